"""graph.html made by a forked helper process, on the machine's other core.

The page needs networkx, pyvis, jinja2 and the ontology's labels, none of which the
extraction needs: a helper forked when a build starts imports them while the build
loads spaCy, then waits. Once the triple table is complete, it renders the page from
its own connection to the table's SQLite file while the build writes the Turtle.
The page is the same bytes either way; whenever the helper cannot be had (no
`os.fork`, it died, it failed) the build renders the page itself.
"""
from __future__ import annotations

import os
import pickle
import signal
from pathlib import Path
from typing import Callable

from ..lifeline import bind_to_parent


FORK = True  # False: no helper, the build renders the page itself (as where os.fork is missing)


class PageJob:
    """A forked page renderer: `start()`, then `submit(...)` once, then `result(...)`; `close()` always."""

    def __init__(self, pid: int | None = None, jobs=None, done=None):
        self._pid, self._jobs, self._done = pid, jobs, done
        self._submitted: Path | None = None

    @classmethod
    def start(cls) -> "PageJob":
        """Fork the helper (which starts importing what the page needs); a no-op job where fork is missing."""
        if not FORK or not hasattr(os, "fork"):
            return cls()
        job_r, job_w = os.pipe()
        done_r, done_w = os.pipe()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            for fd in (job_r, job_w, done_r, done_w):
                os.close(fd)
            return cls()
        if pid == 0:  # the helper: never returns into the caller's code
            status = 1
            try:
                bind_to_parent(parent)
                os.close(job_w)
                os.close(done_r)
                status = _serve(job_r)
            except BaseException:  # noqa: BLE001  (any failure: the build renders the page itself)
                status = 1
            finally:
                try:
                    os.write(done_w, bytes([status]))
                finally:
                    os._exit(0)
        os.close(job_r)
        os.close(done_w)
        return cls(pid, os.fdopen(job_w, "wb"), done_r)

    def submit(self, table_path: Path, articles: list[str], options, dest: Path) -> None:
        """Ask the helper for the page of the (complete, committed) table at `table_path`, into `dest`."""
        if self._jobs is None:
            return
        try:
            pickle.dump((str(table_path), list(articles), options, str(dest)), self._jobs)
            self._jobs.flush()
            self._submitted = Path(dest)
        except (OSError, pickle.PicklingError):
            self._submitted = None

    def result(self, render: Callable[[], bytes]) -> bytes:
        """The helper's page, or `render()` (in this process) if the helper did not make it."""
        submitted, self._submitted = self._submitted, None
        if submitted is not None and self._done is not None:
            try:
                status = os.read(self._done, 1)
            except OSError:
                status = b""
            if status == b"\x00":
                try:
                    return submitted.read_bytes()
                except OSError:
                    pass
        return render()

    def close(self, *, abandon: bool = False) -> None:
        """Let the helper go (it exits when its job pipe closes) and reap it; `abandon`: end it first
        (the build failed or was interrupted, so its page is not wanted)."""
        if abandon and self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        if self._jobs is not None:
            try:
                self._jobs.close()
            except OSError:
                pass
            self._jobs = None
        if self._done is not None:
            os.close(self._done)
            self._done = None
        if self._pid is not None:
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:
                pass
            self._pid = None

    def __enter__(self) -> "PageJob":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(abandon=exc_type is not None)


def _serve(jobs_fd: int) -> int:
    """In the helper: import and warm up what the page needs, then render the one job; 0 when written."""
    from ..tripletable import TripleTable
    from . import html

    html.warm_up()
    with os.fdopen(jobs_fd, "rb") as jobs:
        try:
            table_path, articles, options, dest = pickle.load(jobs)
        except EOFError:  # the build ended (or failed) before its page: nothing to do
            return 1
    table = TripleTable(Path(table_path))
    try:
        page = html.table_html_bytes(table, articles, options)
    finally:
        table.close()
    with open(dest, "wb") as handle:
        handle.write(page)
    return 0
