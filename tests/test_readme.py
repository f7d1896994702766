"""Every command of the README runs as written, in README order, in a folder laid out as a user's would be.

The `sh` blocks' `graphbuild` commands run in-process (one spaCy load for all of them), anything else
in a shell; the Python block runs as a script. A command that needs what a test cannot have (another
machine, the network, the suite itself) is listed in SKIPPED with the test that covers it instead.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.resources import sample_article

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHARED = ROOT.parent / "shared"
DEVELOPERS_ONLY = "# developers: needs ../shared"

SKIPPED = {  # a command's start -> why it is not run here, and what runs it instead
    "make ": "CI runs `make test` itself (.ci/run)",
    "python -m pip install": "tests/test_end_to_end.py::test_plain_install_runs_from_its_own_files",
    "pip install": "an install from PyPI: tests/test_end_to_end.py installs the package from its own files",
    "python -m pytest": "this is the suite",
    "dask ": "a Dask scheduler or worker on other machines",
}
SKIPPED_ANYWHERE = {  # a command containing this -> why
    "tcp://HOST": "a Dask scheduler on another machine",
    "--executor dask": "tests/test_corpus.py::test_dask_local_cluster_gives_the_same_graph",
}


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def _commands() -> list[tuple[str, bool]]:
    """(command, developers only) for every command line of the README's sh blocks, in order."""
    out = []
    for block in _blocks("sh"):
        developers = block.lstrip().startswith(DEVELOPERS_ONLY)
        for line in block.splitlines():
            command = _strip_comment(line).strip()
            if command:
                out.append((command, developers))
    return out


def _strip_comment(line: str) -> str:
    """The line without a trailing `# comment` (a # inside quotes is kept)."""
    quote = ""
    for i, char in enumerate(line):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i]
    return line


def _skip_reason(command: str) -> str:
    for start, why in SKIPPED.items():
        if command.startswith(start):
            return why
    return next((why for part, why in SKIPPED_ANYWHERE.items() if part in command), "")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A user's folder: a clone's queries and ontology, an article, a page, a folder of news and a manifest;
    ../shared beside it when the developers' evaluation set is there."""
    top = tmp_path_factory.mktemp("user")
    home = top / "clone"
    home.mkdir()
    for name in ("queries", "ontology"):
        (home / name).symlink_to(ROOT / name)
    if SHARED.is_dir():
        (top / "shared").symlink_to(SHARED)
    story = Path(str(sample_article())).read_text(encoding="utf-8")
    (home / "article.txt").write_text(story, encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in story.split("\n\n")[1:])
    (home / "page.html").write_text(f"<html><head><title>Police funding</title></head><body><article>"
                                    f"<h1>{story.splitlines()[0]}</h1>{paragraphs}</article></body></html>",
                                    encoding="utf-8")
    (home / "news").mkdir()
    (home / "news" / "a.txt").write_text(story, encoding="utf-8")
    (home / "news" / "b.txt").write_text(story.replace("Home Secretary", "home secretary", 1), encoding="utf-8")
    (home / "articles.csv").write_text("file,published,headline,outlet,url\n"
                                      "news/a.txt,2025-03-14,Police funding,The Gazette,https://example.org/a\n",
                                      encoding="utf-8")
    return home


def _run(command: str, cwd: Path) -> tuple[int, str]:
    words = shlex.split(command)
    if words[0] == "graphbuild" or words[:3] == ["python", "-m", "graphbuild"]:
        argv = words[1:] if words[0] == "graphbuild" else words[3:]
        err, out = io.StringIO(), io.StringIO()
        previous = Path.cwd()
        os.chdir(cwd)
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
                try:
                    code = main(argv)
                except SystemExit as exc:  # --help
                    code = exc.code or 0
        finally:
            os.chdir(previous)
        return code, out.getvalue() + err.getvalue()
    if words[0] == "python":
        words[0] = sys.executable
        command = shlex.join(words)
    proc = subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout + proc.stderr


def test_every_readme_command_runs(workspace):
    ran, skipped = [], []
    for command, developers in _commands():
        why = _skip_reason(command) or ("no ../shared beside the clone" if developers and not SHARED.is_dir() else "")
        if why:
            skipped.append((command, why))
            continue
        code, output = _run(command, workspace)
        assert code == 0, f"{command}\n{output}"
        assert "Traceback" not in output and "please report it as a bug" not in output, f"{command}\n{output}"
        ran.append(command)
    assert len(ran) >= 12, ran  # the README's commands did not vanish from the sh blocks
    assert (workspace / "store").is_dir() and (workspace / "kg" / "graph.ttl").is_file()
    assert not (workspace / "kg" / "graph.ttl").samefile(workspace / "output" / "graph.ttl")


def test_store_and_corpus_folders_are_distinct():
    """A store folder (RocksDB files) must never be a build's output folder, or one overwrites the other."""
    stores = {Path(m) for m in re.findall(r"--store (\S+)", README.read_text(encoding="utf-8"))}
    stores |= {Path(m) for m in re.findall(r"--location (\S+)", README.read_text(encoding="utf-8"))}
    outs = {Path(m) for m in re.findall(r"--out (\S+)", README.read_text(encoding="utf-8"))}
    assert stores and outs and not stores & outs, (stores, outs)


def test_the_python_example_runs(workspace, tmp_path):
    code = _blocks("python")[0]
    story = Path(str(sample_article())).read_text(encoding="utf-8")
    prelude = (f"import rdflib\ntext = {story!r}\nmy_own_graph = rdflib.Graph()\n")
    script = tmp_path / "example.py"
    script.write_text(prelude + code, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=workspace, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    assert (workspace / "graph.html").is_file()


def test_readme_numbers_and_query_answers_are_current():
    """`docs/regenerate.py --check`: the sample's numbers in the README and queries/answers match a build now."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "docs" / "regenerate.py")
    regenerate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(regenerate)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        stale = regenerate.main(["--check", "--no-corpus"])
    assert stale == 0, out.getvalue()
