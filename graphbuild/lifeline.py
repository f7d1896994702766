"""Child processes that end with the build.

A worker must never outlive the build that started it (`kill -9` of the build
gives its workers no chance to be told), and Ctrl-C, which the terminal sends to
every process of the job, is the build's to handle: a worker ignoring it prints
no traceback of its own and is ended by the build's clean-up.
"""
from __future__ import annotations

import os
import signal
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _death_signal(signum: int) -> bool:
    """Ask Linux to send `signum` to this process when its parent dies; False where it cannot."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0) == 0
    except (OSError, AttributeError):  # not Linux (no prctl)
        return False


def _watch(parent: int) -> None:
    """Elsewhere: a daemon thread that ends this process once its parent is gone."""
    while os.getppid() == parent:
        time.sleep(0.25)
    os._exit(1)


def bind_to_parent(parent: int) -> None:
    """In a freshly started child of `parent`: die with it, ignore Ctrl-C, let SIGTERM end it at once.

    (A forked child inherits the build's own handlers: SIGTERM raising `Terminated` would make a
    worker print a traceback when the build ends it.)"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if not _death_signal(signal.SIGKILL):
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the death signal was asked for
        os._exit(1)
