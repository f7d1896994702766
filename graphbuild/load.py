"""Upload a graph to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Oxigraph (`/store`), Apache Jena Fuseki (`/DATASET/data`), GraphDB
(`/repositories/REPO/rdf-graphs/service`) and Virtuoso (`/sparql-graph-crud`)
speak it. Credentials come from the environment and are never printed.
"""
from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .errors import GraphbuildError, InputError
from .rdffiles import rdf_file

USER_ENV, PASSWORD_ENV, TOKEN_ENV = "GRAPHBUILD_STORE_USER", "GRAPHBUILD_STORE_PASSWORD", "GRAPHBUILD_STORE_TOKEN"


class LoadError(GraphbuildError):
    """The endpoint could not be reached or refused the upload."""

    exit_code = 1


def _public(url: str) -> str:
    """The URL without any user:password part, safe to print."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


def target_url(endpoint: str, graph: str | None, content_type: str) -> str:
    if content_type in ("application/trig", "application/n-quads"):
        return endpoint  # a dataset: the store places each named graph
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}" if graph else f"{endpoint}{sep}default"


def load(path: Path, *, endpoint: str, graph: str | None = None, replace: bool = False, timeout: float = 60) -> str:
    """Upload `path`; returns a one-line summary. PUT replaces the graph, POST adds to it."""
    if not endpoint.startswith(("http://", "https://")):
        raise InputError(f"endpoint {endpoint!r} must be an http(s) URL, e.g. http://localhost:7878/store")
    content_type = rdf_file(path).media_type
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); build it with 'graphbuild build'") from None
    url = target_url(endpoint, graph, content_type)
    parts = urllib.parse.urlsplit(url)
    headers = {"Content-Type": content_type}
    user = os.environ.get(USER_ENV) or (urllib.parse.unquote(parts.username) if parts.username else None)
    password = os.environ.get(PASSWORD_ENV) or (urllib.parse.unquote(parts.password) if parts.password else "")
    if os.environ.get(TOKEN_ENV):
        headers["Authorization"] = f"Bearer {os.environ[TOKEN_ENV]}"
    elif user:
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    method = "PUT" if replace else "POST"
    request = urllib.request.Request(_public(url), data=body, method=method, headers=headers)
    shown = _public(url)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        hint = " (check the credentials in $%s/$%s or $%s)" % (USER_ENV, PASSWORD_ENV, TOKEN_ENV) \
            if exc.code in (401, 403) else ""
        raise LoadError(f"{shown} refused the upload: HTTP {exc.code} {exc.reason}{hint}") from None
    except urllib.error.URLError as exc:
        raise LoadError(f"cannot reach {shown}: {exc.reason}; is the store running?") from None
    except (TimeoutError, OSError) as exc:
        raise LoadError(f"cannot reach {shown}: {exc}; is the store running?") from None
    where = f"graph <{graph}>" if graph else "the default graph"
    return f"{'replaced' if replace else 'added to'} {where} at {shown} with {path.name} " \
           f"({len(body)} bytes, HTTP {status})"
