"""The bad-input matrix: a one-line message naming the file, a documented exit code, earlier output untouched."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graphbuild.cli import main

ENGLISH = ("Jane Porter, the Home Secretary, visited the Metropolitan Police on Monday. "
           "She said: “We will recruit 2,000 more officers in London.”\n")
FRENCH = ("La ministre de l'Intérieur a annoncé lundi une hausse des effectifs de la police dans les quartiers "
          "les plus touchés par la violence. Les syndicats de policiers ont salué une mesure attendue depuis "
          "longtemps, mais ils demandent des moyens supplémentaires pour les commissariats de banlieue.\n")
PREVIOUS = {"graph.ttl": b"# previous build\n", "graph.html": b"<!-- previous build -->\n"}


def _previous(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, data in PREVIOUS.items():
        (out / name).write_bytes(data)


def _untouched(out: Path) -> bool:
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    return all((out / n).read_bytes() == d for n, d in PREVIOUS.items()) and not leftovers


def _write(path: Path, content) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


FAILING = {  # id -> (file name, content or None for "do not create", words the message must contain)
    "missing-path": ("missing.txt", None, ["missing.txt", "no such file"]),
    "empty-file": ("empty.txt", b"", ["empty.txt", "no text"]),
    "whitespace-only": ("blank.txt", b" \n\t\n  \r\n", ["blank.txt", "no text"]),
    "png": ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), ["picture.txt", "PNG image"]),
    "pdf": ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(100), ["report.txt", "PDF"]),
    "gzip": ("archive.txt", gzip.compress(b"hello world" * 20), ["archive.txt", "gzip"]),
    "invalid-utf8": ("broken.txt", bytes(range(128, 256)) * 8, ["broken.txt", "UTF-8"]),
    "twenty-megabytes": ("huge.txt", None, ["huge.txt", "over the limit", "--max-chars"]),
}


@pytest.mark.parametrize("case", sorted(FAILING), ids=sorted(FAILING))
def test_bad_inputs_fail_cleanly(case, tmp_path, capsys):
    name, content, words = FAILING[case]
    article = tmp_path / "in" / name
    if case == "twenty-megabytes":
        paragraph = ENGLISH * 40 + "\n"
        _write(article, (paragraph * (20_000_000 // len(paragraph) + 1))[:20_000_000])
    elif content is not None:
        _write(article, content)
    out = tmp_path / "out"
    _previous(out)
    code = main(["build", str(article), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("graphbuild: error:"), err
    assert all(w in lines[0] for w in words), lines[0]
    assert "Traceback" not in err
    assert _untouched(out)


def test_a_folder_with_no_articles(tmp_path, capsys):
    folder = tmp_path / "empty-folder"
    _write(folder / "notes.md", "not an article")
    out = tmp_path / "out"
    _previous(out)
    assert main(["build", str(folder), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "empty-folder" in err and "no articles" in err and len(err.strip().splitlines()) == 1
    assert _untouched(out)


def test_an_output_folder_that_cannot_be_written(tmp_path, capsys):
    article = _write(tmp_path / "a.txt", ENGLISH)
    blocker = _write(tmp_path / "not-a-folder", "a file where the output folder should be")
    assert main(["build", str(article), "--out", str(blocker / "out")]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and "--out" in err and len(err.strip().splitlines()) == 1


SUCCEEDING = {  # id -> (file name, content, warning words or None)
    "windows-1252": ("cp1252.txt", ENGLISH.replace("“", '"').replace("”", '"').encode("utf-8").decode("utf-8")
                     .replace("Porter", "Port\u00e9r").encode("cp1252"), ["Windows-1252"]),
    "utf16-bom": ("utf16.txt", ENGLISH.encode("utf-16"), None),
    "html-page": ("page.html", ("<!DOCTYPE html><html><head><title>Police news</title><script>var ad=1;</script>"
                                "</head><body><nav>Home | News | Sport</nav><article><h1>Recruitment plan</h1><p>"
                                + ENGLISH + "</p><p>Tom Ellison, chairman of the Police Federation, welcomed the "
                                "plan.</p></article><footer>Subscribe for £1 a month</footer></body></html>"),
                  None),
    "non-english": ("fr.txt", FRENCH, ["does not look like English"]),
    "no-entities": ("plain.txt", "It rained all day and the roads were quiet.\n\nNobody went out.\n", None),
    "only-quotes": ("quotes.txt", "“We will not give up.”\n\n“Never.”\n\n‘It is over,’ she said.\n", None),
    "unbalanced-quotes": ("unbalanced.txt", "Jane Porter said: “We will act \"now' and ‘later.\n\n"
                          "”Tom Ellison replied: \"No.\n\n‘’“”\"\n", None),
}


@pytest.mark.parametrize("case", sorted(SUCCEEDING), ids=sorted(SUCCEEDING))
def test_awkward_inputs_build(case, tmp_path, capsys):
    name, content, warning = SUCCEEDING[case]
    article = _write(tmp_path / name, content)
    out = tmp_path / "out"
    assert main(["build", str(article), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    if warning:
        assert all(w in err for w in warning), err
    else:
        assert "warning" not in err, err
    graph = Graph().parse(out / "graph.ttl")
    assert len(graph) > 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [a["status"] for a in report["articles"]] == ["ok"]
    if case == "html-page":
        text = " ".join(str(o) for o in graph.objects())
        assert "Jane Porter" in text and "var ad" not in text and "Subscribe" not in text


LENT_EXCEPT = ("lxml_html_clean", "graphbuild", "__editable__", "pip", "_distutils_hack", "__pycache__")


@pytest.mark.slow
def test_an_html_page_builds_after_a_plain_pip_install(tmp_path):
    """`pip install -e .` with the pip that a fresh venv ships (ensurepip's), then an HTML page.

    So that this takes seconds, not minutes, every installed package except lxml_html_clean is lent
    from this environment (a .pth to a folder of links to them): pip itself must still see that
    graphbuild needs lxml_html_clean, and install it, for the page to build. (Its wheel and the
    build backend's are fetched first, through pip's cache, so the install itself needs no index.)
    """
    wheels = tmp_path / "wheels"
    fetched = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", str(wheels),
                              "lxml_html_clean", "setuptools>=77"], capture_output=True, text=True)
    if fetched.returncode != 0:
        pytest.skip(f"lxml_html_clean and setuptools cannot be fetched here: {fetched.stderr.strip()[-200:]}")
    lent = tmp_path / "lent"
    lent.mkdir()
    for entry in Path(sysconfig.get_paths()["purelib"]).iterdir():
        if not entry.name.startswith(LENT_EXCEPT) and entry.suffix != ".pth":
            (lent / entry.name).symlink_to(entry)
    project = tmp_path / "project"
    root = Path(__file__).resolve().parent.parent
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(root / name, project / name)
    for name in ("graphbuild", "ontology"):
        shutil.copytree(root / name, project / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "lent.pth").write_text(f"{lent}\n")
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    installed = subprocess.run([python, "-m", "pip", "install", "--no-index",
                                "--find-links", str(wheels), "-e", str(project)],
                               capture_output=True, text=True, env=env, cwd=tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (site / "lxml_html_clean").is_dir(), installed.stdout  # installed by pip, not lent

    name, content, _ = SUCCEEDING["html-page"]
    page = _write(tmp_path / name, content)
    done = subprocess.run([venv / "bin" / "graphbuild", "build", str(page), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Jane Porter" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_one_bad_article_does_not_stop_the_corpus(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    _write(corpus / "a.txt", ENGLISH)
    _write(corpus / "b.txt", b"")
    _write(corpus / "c.txt", "Tom Ellison, chairman of the Police Federation, criticised the Home Office.\n")
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "b.txt" in captured.err and "1 article(s) failed" in captured.out
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {a["source"]: a["status"] for a in report["articles"]} == {"a.txt": "ok", "b.txt": "failed",
                                                                       "c.txt": "ok"}
    failed = next(a for a in report["articles"] if a["status"] == "failed")
    assert "no text" in failed["message"] and failed["seconds"] >= 0
    ok = next(a for a in report["articles"] if a["source"] == "a.txt")
    assert ok["counts"]["entities"] >= 2 and ok["counts"]["quotes"] == 1
    labels = {str(o) for o in Graph().parse(out / "graph.ttl").objects()}
    assert {"Jane Porter", "Tom Ellison"} <= labels


def test_order_of_articles_does_not_change_the_graph(tmp_path):
    a = _write(tmp_path / "a.txt", ENGLISH)
    b = _write(tmp_path / "b.txt", "Tom Ellison, chairman of the Police Federation, criticised the Home Office.\n")
    assert main(["build", str(a), str(b), "--out", str(tmp_path / "ab"), "--skip-validation"]) == 0
    assert main(["build", str(b), str(a), "--out", str(tmp_path / "ba"), "--skip-validation"]) == 0
    assert isomorphic(Graph().parse(tmp_path / "ab" / "graph.ttl"), Graph().parse(tmp_path / "ba" / "graph.ttl"))
    assert main(["build", str(a), str(b), "--out", str(tmp_path / "ab2"), "--skip-validation"]) == 0
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "ab" / name).read_bytes() == (tmp_path / "ab2" / name).read_bytes()


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill"])
def test_an_interrupted_build_leaves_the_previous_output(tmp_path, how):
    from graphbuild.resources import sample_article

    corpus = tmp_path / "corpus"
    text = Path(str(sample_article())).read_text(encoding="utf-8")
    for i in range(60):
        _write(corpus / f"article-{i:02d}.txt", text.replace("Police", f"Police {i}", 1))
    out = tmp_path / "out"
    _previous(out)
    # SIGINT back to its default in the child: a suite run with it ignored (a background job, some CI
    # runners) would hand the child an ignored ctrl-c, and this would test the parent, not graphbuild
    proc = subprocess.Popen([sys.executable, "-m", "graphbuild", "build", str(corpus), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_sigint)
    time.sleep(6)  # the pipeline is loaded and articles are being parsed
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(how)
    _, err = proc.communicate(timeout=60)
    if how == signal.SIGINT:
        assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    else:
        assert proc.returncode == -signal.SIGKILL
    assert _untouched(out)
