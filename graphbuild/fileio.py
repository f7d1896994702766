"""Atomic file writes: a build that fails half-way never leaves a broken file behind."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over `path`."""
    with OutputSet() as outputs:
        outputs.write(path, data)


class OutputSet:
    """Stage every output to a temporary file, then rename them all at the end.

    Nothing replaces an earlier build's files until every new file has been
    written in full; on any error or Ctrl-C the temporary files are removed.
    """

    def __init__(self):
        self._staged: list[tuple[str, Path]] = []

    def __enter__(self) -> "OutputSet":
        return self

    def write(self, path: Path, data: bytes) -> Path:
        return self.write_with(path, lambda handle: handle.write(data))

    def write_with(self, path: Path, writer) -> Path:
        """Stage `path` with `writer(handle)` writing into it (so large outputs stream to disk)."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        except OSError as exc:
            raise OutputError(f"cannot write to {path.parent}: {exc.strerror}; "
                              f"choose another folder with --out") from None
        self._staged.append((tmp, path))
        try:
            with os.fdopen(fd, "wb") as handle:
                writer(handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror}") from None
        return path

    def commit(self) -> None:
        for tmp, path in self._staged:
            os.replace(tmp, path)
        self._staged.clear()

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
            return
        for tmp, _ in self._staged:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        self._staged.clear()
