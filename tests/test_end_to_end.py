"""The command line as a user runs it: build the bundled sample, help, errors, a plain
(non-editable) install, and the score of the article it was made for (in ../shared) against its gold."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph


ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SCORED = ROOT.parent / "shared" / "articles" / "knife-crime-police-cuts.txt"  # the article graphbuild was made for
GOLD = SCORER.parent / "gold" / (SCORED.stem + ".json")


def run(args, *, cwd, env=None, timeout=300):
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The bundled sample built twice, from two different working directories."""
    out = []
    for n in (1, 2):
        cwd = tmp_path_factory.mktemp(f"cwd{n}")
        target = tmp_path_factory.mktemp(f"out{n}")
        proc = run(["-m", "graphbuild", "build", "--out", str(target)], cwd=cwd)
        out.append((proc, target))
    return out


def test_build_sample(builds):
    proc, out = builds[0]
    assert proc.returncode == 0, proc.stderr
    assert (out / "graph.ttl").is_file() and (out / "graph.html").is_file()
    assert "triples" in proc.stdout
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    reported = int(next(line for line in proc.stdout.splitlines() if "triples" in line).split()[0])
    assert len(graph) == reported > 100
    assert "Traceback" not in proc.stderr


def test_build_is_reproducible(builds):
    (first, out1), (second, out2) = builds
    assert first.returncode == second.returncode == 0
    assert (out1 / "graph.ttl").read_bytes() == (out2 / "graph.ttl").read_bytes()


@pytest.fixture(scope="module")
def build_help(tmp_path_factory):
    return run(["-m", "graphbuild", "build", "--help"], cwd=tmp_path_factory.mktemp("help"))


@pytest.mark.parametrize("option", ["--out", "--base-iri", "--model"])
def test_build_help_documents_options(build_help, option):
    assert build_help.returncode == 0, build_help.stderr
    documented = [line for line in build_help.stdout.splitlines() if line.strip().startswith(option + " ")]
    assert documented, build_help.stdout
    assert len(documented[0].split(None, 2)) == 3  # the option is followed by its explanation


@pytest.mark.parametrize(
    "args, says",
    [
        (["missing-article.txt"], "missing-article.txt"),
        (["picture.png"], "PNG"),
        (["--base-iri", "relative/kg/"], "base IRI"),
        (["--model", "no_such_spacy_model"], "no_such_spacy_model"),
    ],
    ids=["missing-input", "binary-input", "bad-base-iri", "unknown-model"],
)
def test_user_errors_are_one_line_and_leave_output_alone(tmp_path, args, says):
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    out = tmp_path / "out"
    out.mkdir()
    previous = out / "graph.ttl"
    previous.write_text("# an earlier build\n", encoding="utf-8")
    before = previous.stat().st_mtime_ns
    proc = run(["-m", "graphbuild", "build", *args, "--out", str(out)], cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("graphbuild: error:")
    assert says in lines[0]
    assert "Traceback" not in proc.stderr
    assert previous.read_text(encoding="utf-8") == "# an earlier build\n"
    assert previous.stat().st_mtime_ns == before
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]  # no temporary or HTML file left


def test_plain_install_runs_from_its_own_files(tmp_path):
    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-input",
         "--disable-pip-version-check", "--target", str(site), str(ROOT)],
        capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    log = proc.stdout + proc.stderr
    missing = [sign for sign in ("invalid command 'bdist_wheel'", "No module named 'wheel'",
                                 "No module named 'setuptools'") if sign in log]
    if proc.returncode != 0 and missing:
        pytest.skip("pip install --no-build-isolation failed: this venv lacks the build requirements of "
                    f"pyproject's [build-system] (setuptools>=68, wheel): {missing[0]}")
    assert proc.returncode == 0, log
    warned = [line for line in log.splitlines() if "Warning" in line and ("setuptools" in line or "Backend" in line)]
    assert warned == [], warned  # the packaging configuration leaves setuptools nothing to warn about

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = run(["-c", (
        "import graphbuild, graphbuild.gazetteer as g, graphbuild.resources as r\n"
        "print(graphbuild.__file__)\n"
        "print(r.ontology_file('graphbuild.ttl'))\n"
        "print(r.ontology_file('gazetteer/organisations.csv'))\n"
        "print(r.sample_article())\n"
        "print(len(g.load().orgs))\n")], cwd=elsewhere, env=env)
    assert probe.returncode == 0, probe.stderr
    *paths, orgs = probe.stdout.splitlines()
    assert len(paths) == 4
    for path in paths:  # the package, its ontology, gazetteer and sample all come from the install
        assert Path(path).resolve().is_relative_to(site.resolve()), path
        assert Path(path).is_file()
    assert int(orgs) > 100

    out = tmp_path / "out"
    build = run(["-m", "graphbuild", "build", "--out", str(out)], cwd=elsewhere, env=env)
    assert build.returncode == 0, build.stderr
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 100
    assert (out / "graph.html").is_file()


@pytest.fixture(scope="module")
def score(tmp_path_factory):
    if not (SCORER.is_file() and SCORED.is_file()):
        pytest.skip(f"no scorer and article in {SCORER.parent.parent} (a clone without ../shared)")
    assert GOLD.is_file(), f"no gold annotation {GOLD} for {SCORED.name}"
    out = tmp_path_factory.mktemp("scored")
    proc = run(["-m", "graphbuild", "build", str(SCORED), "--out", str(out)], cwd=out)
    assert proc.returncode == 0, proc.stderr
    scored = run([str(SCORER), str(out / "graph.ttl"), str(GOLD), "--json", "--ontology", str(ROOT / "ontology")],
                 cwd=ROOT)
    assert scored.returncode == 0, scored.stderr
    return json.loads(scored.stdout)


@pytest.mark.parametrize("section, total", [("entities", 16), ("roles", 5), ("quotes", 22)])
def test_made_for_article_scores_full_marks(score, section, total):
    result = score["sections"][section]
    assert result["total"] == total
    assert result["found"] == total, result["missed"]


def test_made_for_article_has_no_spurious_entities_or_noise(score):
    assert score["entity_precision"] >= 0.9, score["unmatched_entities"]
    assert score["fragmented"] == []
    assert score["noise_labels"] == []
