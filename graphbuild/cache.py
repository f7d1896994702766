"""The extraction cache: data, never code.

Each entry is one article's records as JSON (read back through the record
dataclasses' own field types, so an entry of the wrong shape is refused, not
used), signed with an HMAC whose key lives outside the output folder
(`$GRAPHBUILD_CACHE_KEY_FILE`, else `$XDG_CONFIG_HOME/graphbuild/cache-key`,
else `~/.config/graphbuild/cache-key`). Whoever can write the output folder
cannot run code through it (nothing is unpickled) nor change what a build
reads from it (an edited entry fails its HMAC). An entry that cannot be read,
verified or decoded is extracted again, with one warning.
"""
from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
import secrets
import stat
import types
import typing
from functools import lru_cache
from pathlib import Path

from . import records
from .process import ArticleReport, ArticleResult

FORMAT = b"graphbuild-cache 1"  # first line of every entry, before its HMAC; a new layout is a new number
SUFFIX = ".json"
KEY_ENV = "GRAPHBUILD_CACHE_KEY_FILE"
MAX_ENTRY_BYTES = 1 << 30  # far above any article's records; a bigger file is not read


class EntryError(Exception):
    """A cache entry that cannot be used; its message says why."""


def key_file() -> Path:
    if os.environ.get(KEY_ENV):
        return Path(os.environ[KEY_ENV])
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "graphbuild" / "cache-key"


def _secret(path: Path) -> bytes:
    """The HMAC key at `path`, made (random, readable by its owner only) the first time."""
    try:
        data = path.read_bytes().strip()
        if len(data) >= 32:
            return data
        raise OSError(f"{path} holds no key (fewer than 32 bytes)")
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_hex(32).encode() + b"\n")
        try:
            os.link(tmp, path)  # never replaces a key another build made meanwhile
        except FileExistsError:
            pass
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes().strip()


# ---- records <-> JSON, checked against the dataclasses' field types

@lru_cache(maxsize=None)
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)


def _encode(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _decode(kind, value, where: str):
    """`value` (parsed JSON) as an instance of the type `kind`; EntryError if it does not fit."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if dataclasses.is_dataclass(kind):
        names = [f.name for f in dataclasses.fields(kind)]
        if not isinstance(value, dict) or set(value) != set(names):
            raise EntryError(f"{where} is not a {kind.__name__}")
        hints = _hints(kind)
        return kind(**{name: _decode(hints[name], value[name], f"{where}.{name}") for name in names})
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        others = [a for a in args if a is not type(None)]
        if len(others) != 1:
            raise EntryError(f"{where} has a type the cache does not hold")
        return _decode(others[0], value, where)
    if origin is tuple:
        if not isinstance(value, list):
            raise EntryError(f"{where} is not a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v, where) for v in value)
        if len(args) != len(value):
            raise EntryError(f"{where} has {len(value)} items, not {len(args)}")
        return tuple(_decode(a, v, where) for a, v in zip(args, value))
    if origin is list:
        if not isinstance(value, list):
            raise EntryError(f"{where} is not a list")
        return [_decode(args[0], v, where) for v in value]
    if origin is dict or kind is dict:
        if not isinstance(value, dict):
            raise EntryError(f"{where} is not an object")
        return {k: _decode(args[1], v, where) for k, v in value.items()} if args else value
    if kind is bool or kind is str:
        if type(value) is not kind:
            raise EntryError(f"{where} is not a {kind.__name__}")
        return value
    if kind is int:
        if type(value) is not int:
            raise EntryError(f"{where} is not a whole number")
        return value
    if kind is float:
        if type(value) not in (int, float):
            raise EntryError(f"{where} is not a number")
        return float(value)
    raise EntryError(f"{where} has a type the cache does not hold")


def dumps(key: str, result: ArticleResult, secret: bytes) -> bytes:
    payload = json.dumps({"key": key, "report": _encode(result.report), "extraction": _encode(result.extraction)},
                         ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii")
    return FORMAT + b" " + _mac(secret, key, payload).encode() + b"\n" + payload


def verified(key: str, data: bytes, secret: bytes) -> bytes:
    """The payload of an entry for `key` signed with `secret`; EntryError if it is not one."""
    header, newline, payload = data.partition(b"\n")
    fmt, _, mac = header.rpartition(b" ")
    if not newline or fmt != FORMAT:
        raise EntryError("it is not a graphbuild cache entry of this version")
    if not hmac.compare_digest(mac, _mac(secret, key, payload).encode()):
        raise EntryError("it failed verification (edited, or made with another key)")
    return payload


def loads(key: str, data: bytes, secret: bytes) -> ArticleResult:
    """The result an entry holds; EntryError if it is not an entry for `key` signed with `secret`."""
    payload = verified(key, data, secret)
    try:
        parsed = json.loads(payload)
    except (ValueError, RecursionError):
        raise EntryError("it is not valid JSON") from None
    if not isinstance(parsed, dict) or set(parsed) != {"key", "report", "extraction"} or parsed["key"] != key:
        raise EntryError("it does not hold an extraction")
    try:
        report = _decode(ArticleReport, parsed["report"], "report")
        extraction = _decode(records.Extraction, parsed["extraction"], "extraction")
    except (TypeError, ValueError, RecursionError) as exc:
        raise EntryError(f"it does not fit the records ({type(exc).__name__})") from None
    return ArticleResult(path=Path(report.source), report=report, extraction=extraction)


def _mac(secret: bytes, key: str, payload: bytes) -> str:
    return hmac.new(secret, FORMAT + b"\n" + key.encode() + b"\n" + payload, hashlib.sha256).hexdigest()


class Cache:
    """Extractions stored under the output folder by content hash (see the module's docstring)."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self._secret: bytes | None = None
        self._notice = ""  # why the cache is off, said once
        self._rejected: dict[str, str] = {}  # key -> why its entry was not used
        self._swept = False
        if folder is not None:
            try:
                self._secret = _secret(key_file())
            except OSError as exc:
                self.folder = None
                self._notice = (f"the cache is off: its key {key_file()} cannot be read or made "
                                f"({exc.strerror or exc}); set ${KEY_ENV} to a writable file")
        if self.folder is not None and self.folder.is_dir():
            self._sweep()

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def _read(self, key: str) -> bytes | None:
        """The entry's bytes; None if there is none; EntryError if it cannot be read."""
        try:
            fd = os.open(self._path(key), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise EntryError(f"it cannot be opened ({exc.strerror})") from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
                raise EntryError("it is not a regular file of a sensible size")
            with os.fdopen(fd, "rb", closefd=False) as handle:
                data = handle.read()
        except OSError as exc:
            raise EntryError(f"it cannot be read ({exc.strerror})") from None
        finally:
            os.close(fd)
        return data

    def has(self, key: str | None) -> bool:
        """Whether a verified entry exists (a bad one is noted for `warning_for`)."""
        if self.folder is None or key is None:
            return False
        try:
            data = self._read(key)
            return data is not None and bool(verified(key, data, self._secret))
        except EntryError as exc:
            self._rejected[key] = str(exc)
            return False

    def get(self, key: str | None) -> ArticleResult | None:
        if self.folder is None or key is None:
            return None
        try:
            data = self._read(key)
            return None if data is None else loads(key, data, self._secret)
        except EntryError as exc:
            self._rejected[key] = str(exc)
            return None

    def warning_for(self, key: str | None, path: Path) -> str:
        """The one warning this article's result carries: why its entry was not used (or, once, why the
        cache is off); "" when there is none."""
        if key is not None and key in self._rejected:
            return f"{path.name}: its cache entry was not used ({self._rejected.pop(key)}); extracted it again"
        notice, self._notice = self._notice, ""
        return notice

    def put(self, key: str | None, result: ArticleResult) -> None:
        """Store a result: written to a temporary file, then renamed; on any failure the temporary
        file goes (a full disk leaves nothing behind) and the build goes on."""
        if self.folder is None or key is None or result.extraction is None:
            return
        try:
            data = dumps(key, result, self._secret)
        except (TypeError, ValueError):
            return  # records the cache cannot hold are extracted again next time
        tmp = self.folder / f".{key}.{os.getpid()}.tmp"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, self._path(key))
            (self.folder / f"{key}.pickle").unlink(missing_ok=True)  # the old, unsafe format
        except OSError:
            tmp.unlink(missing_ok=True)  # a cache that cannot be written only costs time
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _sweep(self) -> None:
        """Remove temporary files that builds which no longer run left behind (killed mid-write)."""
        if self._swept:
            return
        self._swept = True
        for tmp in self.folder.glob(".*.tmp"):
            try:
                pid = int(tmp.name.rsplit(".", 2)[-2])
                os.kill(pid, 0)
            except ProcessLookupError:
                tmp.unlink(missing_ok=True)
            except (ValueError, IndexError, OSError):
                continue
