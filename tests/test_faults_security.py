"""Hostile and unlucky cases for `load`, `query` and the extraction cache (issue 25), against real
servers on loopback (127.0.0.1 only), each bounded in time."""
from __future__ import annotations

import contextlib
import http.server
import json
import os
import pickle
import shutil
import socket
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from graphbuild import executors
from graphbuild.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (  # our own invention
    "Harriet Quellmore, the chief constable of Westbury Police, said the force would recruit 40 "
    "officers next year.\n\n"
    "\u201cWe need more people on the streets,\u201d Ms Quellmore told the Westbury Gazette. The plan was "
    "criticised by Tobias Renwick, a councillor, who said it would cost too much.\n"
)
SECRET = "SECRETVALUE"


# ---------------------------------------------------------------- loopback servers

class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request as `self.server.answer(handler)` says and records it."""

    def log_message(self, *args):
        pass

    def _any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append((self.command, self.path, self.headers.get("Authorization"), body))
        status, headers = self.server.answer(self)
        self.send_response(*status) if isinstance(status, tuple) else self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PUT = do_HEAD = _any


@contextlib.contextmanager
def http_server(answer):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.daemon_threads = True
    server.seen = []
    server.answer = answer
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def raw_server(talk):
    """A TCP server on loopback whose every connection is `talk(socket)` (bounded by the talker)."""

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            try:
                talk(self.request)
            except OSError:
                pass

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _read_request(sock: socket.socket) -> None:
    sock.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return
        data += chunk


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("load") / "graph.ttl"
    path.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', encoding="utf-8")
    return path


@pytest.fixture
def no_credentials(monkeypatch):
    for name in ("GRAPHBUILD_STORE_USER", "GRAPHBUILD_STORE_PASSWORD", "GRAPHBUILD_STORE_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "report it as a bug" not in err and "Traceback" not in err
    return lines[0]


# ---------------------------------------------------------------- load: redirects

@pytest.mark.parametrize("credentials", ["basic", "bearer", "url"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_load_never_follows_a_redirect_to_another_origin(graph_file, no_credentials, capsys, status, credentials):
    with http_server(lambda h: (201, {})) as (other, other_url), \
            http_server(lambda h: (status, {"Location": f"{other_url}/store?default"})) as (store, store_url):
        endpoint = f"{store_url}/store"
        if credentials == "basic":
            no_credentials.setenv("GRAPHBUILD_STORE_USER", "admin")
            no_credentials.setenv("GRAPHBUILD_STORE_PASSWORD", f"pw-{SECRET}")
        elif credentials == "bearer":
            no_credentials.setenv("GRAPHBUILD_STORE_TOKEN", f"tok-{SECRET}")
        else:
            endpoint = f"http://admin:pw-{SECRET}@{store_url[len('http://'):]}/store"
        code = main(["load", str(graph_file), "--endpoint", endpoint])
        out, err = capsys.readouterr()
        assert code == 1 and out == ""
        line = _one_line(err)
        assert f"HTTP {status}" in line and "refused" in line
        assert store.seen and store.seen[0][2]  # the endpoint itself was asked, with the credentials
        assert other.seen == []  # the other origin received nothing, above all no Authorization header
        assert SECRET not in out + err


@pytest.mark.parametrize("status, followed", [(307, True), (308, True), (301, False), (302, False), (303, False)])
def test_load_follows_only_a_same_origin_307_308(graph_file, no_credentials, capsys, status, followed):
    no_credentials.setenv("GRAPHBUILD_STORE_TOKEN", f"tok-{SECRET}")

    def answer(handler):
        if handler.path.startswith("/old"):
            return status, {"Location": "/new/store?default"}
        return 201, {}

    with http_server(answer) as (store, url):
        code = main(["load", str(graph_file), "--endpoint", f"{url}/old/store"])
        out, err = capsys.readouterr()
    if followed:
        assert code == 0 and "HTTP 201" in out and err == ""
        (method1, _, auth1, body1), (method2, path2, auth2, body2) = store.seen
        assert method1 == method2 == "POST" and body1 == body2 == graph_file.read_bytes()
        assert auth1 == auth2 == f"Bearer tok-{SECRET}" and path2 == "/new/store?default"
    else:
        assert code == 1 and out == "" and f"HTTP {status}" in _one_line(err)
        assert len(store.seen) == 1
    assert SECRET not in out + err


# ---------------------------------------------------------------- load: deadline, garbage

def _drip(sock):
    """Answers one byte every half second (for at most 20 s): each read succeeds, none finishes."""
    _read_request(sock)
    for byte in b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"[:40]:
        sock.sendall(bytes([byte]))
        time.sleep(0.5)


def _silent(sock):
    """Reads the upload, then says nothing for 20 s."""
    _read_request(sock)
    time.sleep(20)


@pytest.mark.parametrize("talk", [_drip, _silent], ids=["drip", "silent"])
def test_load_has_one_deadline(graph_file, no_credentials, capsys, talk):
    with raw_server(talk) as url:
        started = time.monotonic()
        code = main(["load", str(graph_file), "--endpoint", f"{url}/store", "--timeout", "2"])
        took = time.monotonic() - started
        out, err = capsys.readouterr()
    assert code == 1 and out == "" and took < 6
    assert "--timeout" in _one_line(err)


GARBAGE = {
    "ssh banner": b"SSH-2.0-OpenSSH_9.2p1\r\n",
    "binary": bytes(range(256)) * 4 + b"\r\n\r\n",
    "bad status": b"HTTP/1.1 2x0 Fine\r\n\r\n",
    "endless header": b"HTTP/1.1 201 Created\r\nX-Junk: " + b"j" * 70000 + b"\r\n\r\n",
    "hang up": b"",
}


@pytest.mark.parametrize("answer", GARBAGE.values(), ids=GARBAGE.keys())
def test_load_of_a_store_answering_garbage_is_one_line(graph_file, no_credentials, capsys, answer):
    def talk(sock):
        _read_request(sock)
        if answer:
            sock.sendall(answer)

    with raw_server(talk) as url:
        code = main(["load", str(graph_file), "--endpoint", f"{url}/store"])
        out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert url.replace("http://", "") in _one_line(err)


# ---------------------------------------------------------------- load: secrets

def _echo(handler):
    """A store that repeats the credentials it was sent in its reason phrase."""
    return (401, f"Unauthorized {handler.headers.get('Authorization')}"), {}


SECRET_CASES = {
    "token with CR": ({"GRAPHBUILD_STORE_TOKEN": f"tok-{SECRET}\r"}, "{url}/store"),
    "token with CRLF": ({"GRAPHBUILD_STORE_TOKEN": f"tok-{SECRET}\r\n"}, "{url}/store"),
    "token with a space inside": ({"GRAPHBUILD_STORE_TOKEN": f"tok {SECRET}"}, "{url}/store"),
    "password with CRLF": ({"GRAPHBUILD_STORE_USER": "admin\r\n",
                            "GRAPHBUILD_STORE_PASSWORD": f"pw-{SECRET}\r\n"}, "{url}/store"),
    "echoed basic": ({"GRAPHBUILD_STORE_USER": "admin", "GRAPHBUILD_STORE_PASSWORD": f"pw-{SECRET}"},
                     "{url}/store"),
    "upper-case scheme": ({}, "HTTP://admin:pw-" + SECRET + "@{host}/store"),
    "mixed-case https, closed port": ({}, "hTTpS://admin:pw-" + SECRET + "@127.0.0.1:{closed}/store"),
    "ftp": ({}, "ftp://admin:pw-" + SECRET + "@{host}/store"),
    "raw slash in password": ({}, "http://admin:pw/" + SECRET + "@{host}/store"),
    "space and @ in password": ({}, "http://admin:pw @" + SECRET + "@{host}/store"),
    "control character": ({}, "http://admin:pw-" + SECRET + "@{host}/st\x1b[2Jore"),
}


@pytest.mark.parametrize("environment, endpoint", SECRET_CASES.values(), ids=SECRET_CASES.keys())
def test_load_never_prints_a_secret(graph_file, no_credentials, capsys, environment, endpoint):
    for name, value in environment.items():
        no_credentials.setenv(name, value)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        closed_port = closed.getsockname()[1]
    with http_server(_echo) as (store, url):
        target = endpoint.format(url=url, host=url[len("http://"):], closed=closed_port)
        code = main(["load", str(graph_file), "--endpoint", target])
        out, err = capsys.readouterr()
    assert code in (1, 2) and out == ""
    line = _one_line(err)
    assert SECRET not in line and "\x1b" not in line and "\r" not in line
    for _, _, authorization, _ in store.seen:  # nor what was sent, in any encoding
        assert authorization.split(" ", 1)[1] not in line


# ---------------------------------------------------------------- query

@pytest.fixture(scope="module")
def small_graph(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("query") / "graph.ttl"
    path.write_text("".join(f'<https://example.org/s{i}> <https://example.org/p> "o{i}" .\n' for i in range(300)),
                    encoding="utf-8")
    return path


SERVICE_QUERIES = {
    "plain": "SELECT * WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
    "lower case": "select * where { service <{url}/sparql> { ?s ?p ?o } }",
    "silent": "SELECT * WHERE { SeRvIcE SILENT <{url}/sparql> { ?s ?p ?o } }",
    "no spaces": "SELECT * WHERE {?x ?y ?z.SERVICE<{url}/sparql>{?s ?p ?o}}",
    "after a comment with quotes": "SELECT * WHERE { # it's a \"\"\"\n SERVICE <{url}/sparql> { ?s ?p ?o } # \"\"\"\n}",
    "escaped": "SELECT * WHERE { \\u0053ERVICE <{url}/sparql> { ?s ?p ?o } }",
    "after a comparison": "SELECT * WHERE { ?a ?b ?c FILTER(?a<?b)SERVICE#>\n<{url}/sparql>{ ?s ?p ?o } }",
    "by variable": "SELECT * WHERE { VALUES ?e { <{url}/sparql> } SERVICE ?e { ?s ?p ?o } }",
}


@pytest.mark.parametrize("text", SERVICE_QUERIES.values(), ids=SERVICE_QUERIES.keys())
def test_query_refuses_service(small_graph, capsys, text):
    with http_server(lambda h: (500, {})) as (remote, url):
        query = text.replace("{url}", url)
        code = main(["query", query, "--graph", str(small_graph)])
        out, err = capsys.readouterr()
        assert remote.seen == []  # no request left the machine's query
    assert code == 2 and out == "" and "--allow-service" in _one_line(err)


def test_query_allows_service_when_asked(small_graph, capsys):
    """The refusal is the only thing between a query and the network: with --allow-service the
    same query reaches the (loopback) endpoint."""
    with http_server(lambda h: (500, {})) as (remote, url):
        main(["query", SERVICE_QUERIES["plain"].replace("{url}", url), "--graph", str(small_graph),
              "--allow-service"])
        capsys.readouterr()
        assert remote.seen


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p ?o",
    "SELECT * WHERE { ?s ?p ?o . ?s ?q",
    "SELECT ?x WHERE { ?s <https://example.org/p> ?x FILTER(",
])
def test_query_syntax_error_is_one_line(small_graph, capsys, text):
    code = main(["query", text, "--graph", str(small_graph)])
    out, err = capsys.readouterr()
    line = _one_line(err)
    assert code == 2 and out == "" and "not valid" in line and "line 1, column" in line


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_query_streams_its_results(small_graph, fmt):
    """300**3 = 27 million rows: the first come out at once, and memory stays small while the
    reader is slow (the old code built the whole result before writing a byte)."""
    query = "SELECT * WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
    proc = subprocess.Popen([sys.executable, "-m", "graphbuild", "query", query, "--graph", str(small_graph),
                             "--format", fmt], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        got = []
        reader = threading.Thread(target=lambda: got.extend(proc.stdout.readline() for _ in range(3)), daemon=True)
        reader.start()
        reader.join(30)
        assert len(got) == 3 and all(got), "no rows within 30 s"
        time.sleep(2)  # the writer is now blocked on the full pipe
        rss = int(next(line.split()[1] for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
                       if line.startswith("VmRSS:")))
        assert rss < 400_000, f"{rss} kB"
    finally:
        proc.kill()
        proc.wait(10)


# ---------------------------------------------------------------- the extraction cache

@pytest.fixture(scope="module")
def cache_key_file(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        path = tmp_path_factory.mktemp("key") / "cache-key"
        patch.setenv("GRAPHBUILD_CACHE_KEY_FILE", str(path))
        yield path


@pytest.fixture(scope="module")
def cached_build(tmp_path_factory, cache_key_file):
    root = tmp_path_factory.mktemp("cached")
    article = root / "westbury.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["build", str(article), "--out", str(root / "out"), "--skip-validation"]) == 0
    entries = [p for p in (root / "out" / ".graphbuild-cache").iterdir() if not p.name.startswith(".")]
    assert len(entries) == 1
    return article, root / "out"


class _RunsACommand:
    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def _tamper(entry: Path, how: str, marker: Path) -> None:
    data = entry.read_bytes()
    if how == "command":
        entry.write_bytes(pickle.dumps(_RunsACommand(marker)))
        entry.with_suffix(".pickle").write_bytes(pickle.dumps(_RunsACommand(marker)))
    elif how == "same-length edit":
        assert b"Quellmore" in data
        entry.write_bytes(data.replace(b"Quellmore", b"Quallmore"))
    elif how == "wrong type":
        entry.write_bytes(pickle.dumps(["not", "an", "extraction"]) if entry.suffix == ".pickle"
                          else data.split(b"\n", 1)[0] + b"\n" + json.dumps(["not", "an", "extraction"]).encode())
    elif how == "truncated":
        entry.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("how", ["command", "same-length edit", "wrong type", "truncated"])
def test_a_tampered_cache_entry_is_never_used(cached_build, tmp_path, capsys, how):
    article, clean = cached_build
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    marker = tmp_path / "ran"
    entry = next(p for p in (out / ".graphbuild-cache").iterdir() if not p.name.startswith("."))
    _tamper(entry, how, marker)
    capsys.readouterr()
    code = main(["build", str(article), "--out", str(out), "--skip-validation"])
    out_text, err = capsys.readouterr()
    assert not marker.exists(), "a cache entry ran a command"
    assert code == 0
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()
    warnings = [line for line in err.splitlines() if "cache" in line]
    assert len(warnings) == 1 and warnings[0].startswith("graphbuild: warning: westbury.txt:"), err
    assert "report it as a bug" not in err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["articles"][0]["cached"] is False
    # rebuilt: the next build uses the entry again, silently
    assert main(["build", str(article), "--out", str(out), "--skip-validation"]) == 0
    assert "cache" not in capsys.readouterr().err
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["articles"][0]["cached"] is True


_PUT_UNDER_A_FILE_SIZE_LIMIT = """
import resource, signal, sys
from pathlib import Path
from graphbuild import executors
from graphbuild.process import ArticleReport, ArticleResult
from graphbuild.records import Article, Extraction
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write over the limit fails with EFBIG, like a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
text = "word " * 100000
result = ArticleResult(Path("a.txt"), ArticleReport("a.txt", "ok"),
                       Extraction(Article("a.txt", "A", text, "0" * 64)))
executors.Cache(Path(sys.argv[1])).put("k" * 64, result)
"""


@pytest.mark.parametrize("leftover", ["disk full", "writer killed"])
def test_the_cache_leaves_no_temporary_files(tmp_path, cache_key_file, leftover):
    folder = tmp_path / "cache"
    folder.mkdir()
    if leftover == "disk full":
        done = subprocess.run([sys.executable, "-c", _PUT_UNDER_A_FILE_SIZE_LIMIT, str(folder)], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        assert list(folder.iterdir()) == []
    else:
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        stale = folder / f".{'k' * 64}.{dead.pid}.tmp"
        stale.write_bytes(b"half an entry")
        from graphbuild.process import ArticleReport, ArticleResult
        from graphbuild.records import Article, Extraction

        result = ArticleResult(Path("a.txt"), ArticleReport("a.txt", "ok"),
                               Extraction(Article("a.txt", "A", "Some text.", "0" * 64)))
        executors.Cache(folder).put("e" * 64, result)
        assert not stale.exists()
        assert [p.name for p in folder.iterdir()] == [f"{'e' * 64}.json"]


def test_without_a_usable_key_the_cache_is_off_with_one_warning(cached_build, tmp_path, capsys, monkeypatch):
    """A key that cannot be read (here a folder in its place) turns the cache off: entries written
    under another key are neither trusted nor overwritten, and one line says so."""
    article, clean = cached_build
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    entries = sorted(p.read_bytes() for p in (out / ".graphbuild-cache").iterdir())
    monkeypatch.setenv("GRAPHBUILD_CACHE_KEY_FILE", str(tmp_path))
    capsys.readouterr()
    assert main(["build", str(article), "--out", str(out), "--skip-validation"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "cache" in line]
    assert len(warnings) == 1 and "GRAPHBUILD_CACHE_KEY_FILE" in warnings[0]
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()
    assert sorted(p.read_bytes() for p in (out / ".graphbuild-cache").iterdir()) == entries
