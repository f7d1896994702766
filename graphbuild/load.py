"""Upload a graph to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Oxigraph (`/store`), Apache Jena Fuseki (`/DATASET/data`), GraphDB
(`/repositories/REPO/rdf-graphs/service`) and Virtuoso (`/sparql-graph-crud`)
speak it. Credentials come from the environment (or the URL) and are never printed.

The request is made with `http.client`, not `urllib`, because urllib follows
redirects on its own (a 302 turns the upload into a GET carrying the
Authorization header to wherever the store points). Here the graph and the
credentials go only to the endpoint's own origin: a 307/308 to that origin is
followed with the same method and body, any other redirect refuses the upload.
One deadline covers the whole exchange, so a server that answers a byte at a
time cannot hold the upload for ever.
"""
from __future__ import annotations

import base64
import http.client
import os
import re
import socket
import ssl
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from .errors import GraphbuildError, InputError
from .rdffiles import rdf_file

USER_ENV, PASSWORD_ENV, TOKEN_ENV = "GRAPHBUILD_STORE_USER", "GRAPHBUILD_STORE_PASSWORD", "GRAPHBUILD_STORE_TOKEN"
DEFAULT_TIMEOUT = 300.0  # seconds for the whole upload, however the server paces its answer
MAX_REDIRECTS = 5  # same-origin 307/308 hops followed before giving up
_DEFAULT_PORTS = {"http": 80, "https": 443}
# scheme://user:pw@ in any scheme and case, up to the last "@" (a password may hold "@", "/" or spaces)
_USERINFO = re.compile(r"(?is)((?:[a-z][a-z0-9+.\-]*:)?//).*@")


class LoadError(GraphbuildError):
    """The endpoint could not be reached or refused the upload."""

    exit_code = 1


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` safe to print: any URL's user:password part (whatever the scheme or its case) becomes
    `***@`, every known secret `***`, and control characters (a CR in a token, a terminal escape in
    a URL) are shown escaped instead of acting on the terminal."""
    text = _USERINFO.sub(r"\1***@", text)
    for secret in sorted((s for s in secrets if len(s) >= 3), key=len, reverse=True):
        text = text.replace(secret, "***")
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


@dataclass(frozen=True)
class _Target:
    scheme: str  # lower case
    host: str  # lower case, without brackets
    port: int
    path: str  # path and query, as sent in the request line

    @property
    def origin(self) -> tuple[str, str, int]:
        return self.scheme, self.host, self.port

    def shown(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == _DEFAULT_PORTS[self.scheme] else f":{self.port}"
        return f"{self.scheme}://{host}{port}{self.path}"


def _parse(url: str) -> tuple[_Target, str | None, str | None]:
    """The target of an http(s) URL and the user and password written in it; ValueError if it is not one."""
    if any(not c.isprintable() or c.isspace() for c in url):
        raise ValueError("it contains spaces or control characters")
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ValueError("it must be an http(s) URL, e.g. http://localhost:7878/store")
    if not parts.hostname:
        raise ValueError("it names no host")
    port = parts.port or _DEFAULT_PORTS[scheme]  # ValueError for a port that is not a number
    path = urllib.parse.quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        path += "?" + urllib.parse.quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    user = urllib.parse.unquote(parts.username) if parts.username else None
    password = urllib.parse.unquote(parts.password) if parts.password else None
    return _Target(scheme, parts.hostname.lower(), port, path), user, password


def target_url(endpoint: str, graph: str | None, content_type: str) -> str:
    if content_type in ("application/trig", "application/n-quads"):
        return endpoint  # a dataset: the store places each named graph
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}" if graph else f"{endpoint}{sep}default"


def _secrets(endpoint: str) -> tuple[str, ...]:
    """Every form a secret of this upload could take in a message."""
    found = []
    for name in (TOKEN_ENV, PASSWORD_ENV):
        value = os.environ.get(name) or ""
        found += [value, value.strip()]
    userinfo = re.search(r"(?s)//(.*)@", endpoint)
    if userinfo:  # as written, and decoded; the password alone too
        raw = userinfo.group(1)
        found += [raw, urllib.parse.unquote(raw), raw.partition(":")[2], urllib.parse.unquote(raw.partition(":")[2])]
    return tuple(s for s in found if s)


def _authorization(user: str | None, password: str | None) -> str | None:
    """The Authorization header from the environment (or the URL): a bearer token, else basic."""
    token = (os.environ.get(TOKEN_ENV) or "").strip()
    if token:
        if not re.fullmatch(r"[\x21-\x7e]+", token):
            raise InputError(f"${TOKEN_ENV} has spaces, control or non-ASCII characters a bearer token cannot "
                             f"have; set it again (was it read from a file with Windows line ends?)")
        return f"Bearer {token}"
    env_user = (os.environ.get(USER_ENV) or "").rstrip("\r\n")
    user = env_user or user
    if not user:
        return None
    if ":" in user:
        raise InputError(f"the store user name (${USER_ENV} or the URL) cannot contain ':'")
    password = (os.environ.get(PASSWORD_ENV) or "").rstrip("\r\n") or password or ""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode("utf-8", "surrogateescape")).decode("ascii")


class _Deadline:
    """One deadline for the whole exchange: a timer shuts the connection's socket when it passes,
    which ends a read or write that a server keeps alive a byte at a time."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.passed = False

    def left(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0:
            self.passed = True
        return max(left, 0.001)

    def expired(self) -> bool:
        """Passed, or so nearly that the socket's own timeout (set to what was left) fired first."""
        return self.passed or time.monotonic() >= self.ends - 0.1

    def guard(self, connection: http.client.HTTPConnection) -> threading.Timer:
        def cut() -> None:
            self.passed = True
            sock = connection.sock
            if sock is not None:
                try:
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                except OSError:
                    pass

        timer = threading.Timer(self.left(), cut)
        timer.daemon = True
        timer.start()
        return timer


def _exchange(target: _Target, method: str, body: bytes, headers: dict, deadline: _Deadline
              ) -> tuple[int, str, str | None]:
    """One request: (status, reason, Location header)."""
    if target.scheme == "https":
        connection = http.client.HTTPSConnection(target.host, target.port, timeout=deadline.left(),
                                                 context=ssl.create_default_context())
    else:
        connection = http.client.HTTPConnection(target.host, target.port, timeout=deadline.left())
    timer = deadline.guard(connection)
    try:
        connection.request(method, target.path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.reason or "", response.getheader("Location")
    finally:
        timer.cancel()
        connection.close()


def load(path: Path, *, endpoint: str, graph: str | None = None, replace: bool = False,
         timeout: float = DEFAULT_TIMEOUT) -> str:
    """Upload `path`; returns a one-line summary. PUT replaces the graph, POST adds to it.
    Success is a 2xx answer from the endpoint's own origin, within `timeout` seconds in all."""
    secrets = _secrets(endpoint)
    try:
        _, url_user, url_password = _parse(endpoint)
    except ValueError as exc:
        raise InputError(redact(f"endpoint {endpoint}: {exc}", secrets)) from None
    if not 0 < timeout < float("inf"):
        raise InputError(f"--timeout must be a positive number of seconds, not {timeout}")
    content_type = rdf_file(path).media_type
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); build it with 'graphbuild build'") from None
    try:
        target, _, _ = _parse(target_url(endpoint, graph, content_type))
    except ValueError as exc:
        raise InputError(redact(f"endpoint {endpoint}: {exc}", secrets)) from None
    headers = {"Content-Type": content_type}
    authorization = _authorization(url_user, url_password)
    if authorization:
        headers["Authorization"] = authorization
        secrets += (authorization, authorization.partition(" ")[2])
    method = "PUT" if replace else "POST"
    shown = redact(target.shown(), secrets)
    origin = target.origin
    deadline = _Deadline(timeout)
    try:
        for hop in range(MAX_REDIRECTS + 1):
            status, reason, location = _exchange(target, method, body, headers, deadline)
            if 200 <= status < 300:
                break
            if 300 <= status < 400:
                target = _same_origin_target(target, status, location, origin, hop, secrets, shown)
                continue
            hint = " (check the credentials in $%s/$%s or $%s)" % (USER_ENV, PASSWORD_ENV, TOKEN_ENV) \
                if status in (401, 403) else ""
            raise LoadError(f"{shown} refused the upload: HTTP {status} {redact(reason[:80], secrets)}".rstrip()
                            + hint)
    except LoadError:
        raise
    except (http.client.HTTPException, OSError, ValueError) as exc:
        if deadline.expired():
            raise LoadError(f"{shown} did not complete the upload within {timeout:g} s (--timeout); it may or "
                            f"may not have been stored") from None
        raise LoadError(redact(_network_problem(exc, shown), secrets)) from None
    if content_type in ("application/trig", "application/n-quads"):
        where = "the store, each named graph of the file kept"  # a dataset: its graphs, not the default graph
    else:
        where = f"graph <{redact(graph, secrets)}>" if graph else "the default graph"
    return f"{'replaced' if replace else 'added to'} {where} at {shown} with {path.name} " \
           f"({len(body)} bytes, HTTP {status})"


def _same_origin_target(target: _Target, status: int, location: str | None, origin: tuple, hop: int,
                        secrets: tuple[str, ...], shown: str) -> _Target:
    """Where a redirect may take the upload: only a 307/308 (which keep the method and body) to the
    endpoint's own scheme, host and port; anything else refuses the upload (LoadError)."""
    base = target.shown()
    where = urllib.parse.urljoin(base, location) if location else ""
    try:
        following = _parse(where)[0] if where else None
    except ValueError:
        following = None
    said = redact(where, secrets) or "nowhere"
    if following is None or following.origin != origin:
        raise LoadError(f"{shown} answered HTTP {status}, a redirect to {said}; refused: graphbuild sends the "
                        f"graph and credentials only to the endpoint's own origin; give the final URL as --endpoint")
    if status not in (307, 308):
        raise LoadError(f"{shown} answered HTTP {status}, a redirect to {said}; refused: only a 307/308 keeps "
                        f"the upload's method and body; give the final URL as --endpoint")
    if hop == MAX_REDIRECTS:
        raise LoadError(f"{shown} redirected the upload more than {MAX_REDIRECTS} times; refused")
    return following


def _network_problem(exc: Exception, shown: str) -> str:
    """One line for a failed exchange; never the server's own bytes."""
    if isinstance(exc, http.client.RemoteDisconnected):
        return f"{shown} closed the connection without answering; is --endpoint the store's Graph Store endpoint?"
    if isinstance(exc, http.client.HTTPException):
        return (f"{shown} did not answer in HTTP ({type(exc).__name__}); is --endpoint the store's Graph Store "
                f"endpoint?")
    if isinstance(exc, TimeoutError):
        return f"{shown} did not answer in time; is the store running?"
    if isinstance(exc, ssl.SSLError):
        return f"cannot reach {shown}: TLS failed ({exc.reason or type(exc).__name__})"
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc) or type(exc).__name__
        return f"cannot reach {shown}: {reason}; is the store running?"
    return f"cannot upload to {shown}: {exc}"
