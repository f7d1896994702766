"""Outputs committed all-or-nothing, one build at a time per output folder.

A build's outputs (graph.ttl, graph.html, report.json, any extra format, the
ontology, the screenshot) are written in full into a staging folder inside the
output folder, then renamed into place under a journal:

1. every new file is staged in `DIR/.graphbuild-staging/`, and the previous
   outputs are hard-linked into its `previous/`;
2. the journal `COMMIT` (the names) is written and renamed into place: from
   here the new build counts as written;
3. the files are renamed into `DIR`, with Ctrl-C, SIGTERM and SIGHUP held back
   until the last one is in place; on an error, the journal becomes `ROLLBACK` (one
   rename) and the previous files are put back;
4. the staging folder is removed.

A build killed within 1-4 leaves the staging folder; the next build into the
folder (under the folder's lock, see `output_lock`) finishes what it finds:
forward when there is a `COMMIT`, back when there is a `ROLLBACK`, and without
either it only removes the staged files (the previous outputs were never
touched). So the files in DIR are always those of one build.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .errors import OutputError

STAGING = ".graphbuild-staging"
LOCK = ".graphbuild.lock"
COMMIT, ROLLBACK, PREVIOUS = "COMMIT", "ROLLBACK", "previous"
# the names a build writes, for the staged files (`.NAME.XXXX.tmp`) of graphbuild before the staging folder
OUTPUT_NAMES = ("graph.ttl", "graph.html", "report.json", "graph.nt", "graph.trig", "graph.jsonld", "ontology.ttl",
                "graph.png")
DEFERRED_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


def atomic_write(path: Path, data: bytes) -> None:
    """Write one file through a temporary file in its folder, fsync, then rename over `path`."""
    path = Path(path)
    _not_a_folder(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write to {path.parent}: {exc.strerror}; choose another folder") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        _unlink(Path(tmp))
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror}") from None
        raise


def _not_a_folder(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        raise OutputError(f"{path} is a folder, not a file graphbuild can replace; move it away or choose "
                          f"another --out")


def check_targets(folder: Path, names) -> None:
    """Before a build starts: the output folder can be one, and no output it will write is a folder."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file, not a folder; choose another --out")
    for name in names:
        _not_a_folder(folder / name)


class OutputSet:
    """The outputs of one build into `folder`: staged, then committed all-or-nothing (see the module).

    Used as a context manager: committed at a normal exit; on an error or Ctrl-C the staged files go
    and the previous outputs stay as they were."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.staging = self.folder / STAGING
        self._names: list[str] = []

    def __enter__(self) -> "OutputSet":
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _remove(self.staging)
            self.staging.mkdir()
        except OSError as exc:
            raise OutputError(f"cannot write to {self.folder}: {exc.strerror}; "
                              f"choose another folder with --out") from None
        return self

    def stage(self, path: Path) -> Path:
        """The staged file that becomes `path` (in this set's folder) at the commit, for a writer to fill."""
        path = Path(path)
        if path.parent.resolve() != self.folder.resolve():
            raise ValueError(f"{path} is not in {self.folder}")
        _not_a_folder(path)
        if path.name not in self._names:
            self._names.append(path.name)
        return self.staging / path.name

    def write(self, path: Path, data: bytes) -> Path:
        return self.write_with(path, lambda handle: handle.write(data))

    def write_with(self, path: Path, writer: Callable) -> Path:
        """Stage `path` with `writer(handle)` writing into it (so large outputs stream to disk)."""
        staged = self.stage(path)
        try:
            with open(staged, "wb") as handle:
                writer(handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(staged, 0o644)
        except OSError as exc:
            raise OutputError(_cannot_write(path, exc)) from None
        return Path(path)

    def commit(self) -> None:
        with _signals_held():
            self._commit()

    def _commit(self) -> None:
        targets = [self.folder / name for name in self._names]
        for target in targets:
            _not_a_folder(target)
        previous = self.staging / PREVIOUS
        try:
            previous.mkdir()
            for target in targets:
                if os.path.lexists(target):
                    _keep(target, previous / target.name)
            _write_journal(self.staging / COMMIT, self._names)
        except OSError as exc:
            raise OutputError(_cannot_write(self.folder, exc)) from None
        try:
            for target in targets:
                os.replace(self.staging / target.name, target)
        except BaseException as exc:
            os.replace(self.staging / COMMIT, self.staging / ROLLBACK)
            _roll_back(self.folder, self.staging, self._names)
            _remove(self.staging)
            if isinstance(exc, OSError):
                raise OutputError(f"{_cannot_write(target, exc)}; the previous outputs are left as they "
                                  f"were") from None
            raise
        _fsync_folder(self.folder)
        _unlink(self.staging / COMMIT)
        _remove(self.staging)

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.commit()
        finally:  # the staged files go, unless a journal is left for the next build to finish
            if not any(os.path.lexists(self.staging / journal) for journal in (COMMIT, ROLLBACK)):
                _remove(self.staging)


def _cannot_write(path: Path, exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"cannot write {path}: no space left on its device; free some, or choose another --out"
    return f"cannot write {path}: {exc.strerror or exc}"


def _keep(target: Path, backup: Path) -> None:
    """`backup` is the current `target` (a hard link, or a copy where links are not allowed)."""
    try:
        os.link(target, backup, follow_symlinks=False)
    except OSError:
        shutil.copy2(target, backup, follow_symlinks=False)


def _write_journal(path: Path, names: list[str]) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(names, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_folder(path.parent)


def _roll_back(folder: Path, staging: Path, names: list[str]) -> None:
    """Put the previous outputs back; a new file with no previous one goes (idempotent: may run again)."""
    previous = staging / PREVIOUS
    for name in names:
        if os.path.lexists(previous / name):
            os.replace(previous / name, folder / name)
        elif not os.path.lexists(staging / name):  # moved into place, with nothing before it
            _unlink(folder / name)
    _fsync_folder(folder)


def _roll_forward(folder: Path, staging: Path, names: list[str]) -> None:
    for name in names:
        if os.path.lexists(staging / name):
            os.replace(staging / name, folder / name)
    _fsync_folder(folder)


def recover(folder: Path, scratch: tuple[Path, ...] = ()) -> None:
    """Finish the commit of a build killed in the middle of it, and remove what killed builds left
    (in `folder`, and the `.*.tmp` files in each of the `scratch` folders, such as the cache's).

    Call only with the folder's lock held (`output_lock`)."""
    folder = Path(folder)
    staging = folder / STAGING
    try:
        for journal, finish in ((ROLLBACK, _roll_back), (COMMIT, _roll_forward)):
            if (staging / journal).is_file():
                with open(staging / journal, encoding="utf-8") as handle:
                    names = [n for n in json.load(handle) if n in OUTPUT_NAMES]
                finish(folder, staging, names)
                break
    except (OSError, ValueError) as exc:
        raise OutputError(f"cannot finish writing the outputs of an interrupted build in {folder}: {exc}; "
                          f"remove {staging} and build again") from None
    _remove(staging)
    stale = [folder.glob(f".{name}.*.tmp") for name in OUTPUT_NAMES] + [Path(s).glob(".*.tmp") for s in scratch]
    for paths in stale:
        for path in paths:
            _unlink(path)


@contextmanager
def output_lock(folder: Path, on_wait: Callable[[], None] | None = None,
                scratch: tuple[Path, ...] = ()) -> Iterator[None]:
    """Hold `folder`'s lock for a whole build (a second build into it waits), after `recover`ing it.

    The lock is an flock on `DIR/.graphbuild.lock`, released by the kernel when the build ends, however
    it ends. The file is removed at the end, so a waiting build checks that the file it locked is still
    the one in the folder. A folder created here and left empty (the build failed) is removed again."""
    folder = Path(folder)
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {exc.strerror}; choose another folder with --out") from None
    try:
        import fcntl
    except ImportError:  # no flock (not POSIX): builds are not serialised
        fcntl = None
    path = folder / LOCK
    held = None  # the descriptor of the lock file this build holds
    try:
        held = _lock(path, fcntl, on_wait) if fcntl is not None else None
        recover(folder, scratch)
        yield
    finally:
        if held is not None:
            _unlink(path)  # still holding it: no build can be between its lock and its check
            os.close(held)
        if created:
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty: the build wrote something


def _lock(path: Path, fcntl, on_wait) -> int | None:
    """flock `path` (waiting for its holder, `on_wait()` said once); the descriptor, or None where the
    file system has no locks."""
    waited = False
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except FileNotFoundError:  # the build before created the folder, failed and removed it again
            path.parent.mkdir(parents=True, exist_ok=True)
            continue
        except OSError as exc:
            raise OutputError(f"cannot write to {path.parent}: {exc.strerror}; "
                              f"choose another folder with --out") from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait is not None and not waited:
                    on_wait()
                waited = True
                fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException as exc:  # interrupted while waiting, or no locks here
            os.close(fd)
            if isinstance(exc, OSError) and exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                return None
            raise
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)  # the build before removed the file as it finished: lock the new one


SCRATCH_PREFIX = "graphbuild-"
SCRATCH_LOCK = ".graphbuild-scratch.lock"


@contextmanager
def scratch_folder() -> Iterator[Path]:
    """A temporary folder for one build (in $TMPDIR), removed at its end; those of killed builds go too.

    The build holds an flock on a file inside it while it runs, so a folder whose lock can be taken
    belongs to a build that has ended (a `kill -9` leaves its spilled records and triple table)."""
    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX) as work:
        work = Path(work)
        try:
            import fcntl
        except ImportError:
            yield work
            return
        fd = os.open(work / ".lock.tmp", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                os.rename(work / ".lock.tmp", work / SCRATCH_LOCK)  # seen by others only once locked
                _remove_ended(work.parent, fcntl)
            except OSError:
                pass  # no locks on this file system: nothing is removed, nothing is protected
            yield work
        finally:
            os.close(fd)


def _remove_ended(parent: Path, fcntl) -> None:
    """Remove the scratch folders in `parent` whose build has ended (their lock is free)."""
    for folder in parent.glob(f"{SCRATCH_PREFIX}*"):
        lock = folder / SCRATCH_LOCK
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CLOEXEC)
        except OSError:
            continue  # not a build's scratch folder (or not ours to open): left alone
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # a running build's
        finally:
            os.close(fd)
        _remove(folder)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait while the renames of a commit run, then arrive.

    In the main thread their handlers are swapped for one that notes them (Python runs handlers
    there, whichever thread the kernel picked); elsewhere they are blocked for this thread."""
    pending: list[int] = []
    try:
        previous = {signum: signal.signal(signum, lambda signum, frame: pending.append(signum))
                    for signum in sorted(DEFERRED_SIGNALS)}
    except ValueError:  # not the main thread
        previous = None
    if previous is None:
        try:
            mask = signal.pthread_sigmask(signal.SIG_BLOCK, DEFERRED_SIGNALS)
        except (AttributeError, OSError, ValueError):
            mask = None
        try:
            yield
        finally:
            if mask is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
        for signum in dict.fromkeys(pending):
            signal.raise_signal(signum)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
