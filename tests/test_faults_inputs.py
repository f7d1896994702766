"""Faults in the inputs (issue 25, items 7-9): what a hostile or unlucky user hands the build.

Unreadable subfolders, invisible-only texts, UTF-32, file names that would split a message or
drive the terminal, pipes and FIFOs read once, clutter inside a one-paragraph text, a text with
no paragraph breaks. Whole builds run in a subprocess with a time limit: a hang is a failure.
"""
from __future__ import annotations

import codecs
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.cleaning import MAX_PARAGRAPH_CHARS, clean
from graphbuild.errors import InputError
from graphbuild.messages import shown
from graphbuild.reading import read_bytes

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("Harbour station to close under new plan\n\n"
           "Ruth Alder, the chief constable of Northshire Police, said on Monday that the harbour station "
           "would close in the spring.\n\n"
           "“We have to put officers where the calls come from,” she said.\n")
BUILD_SECONDS = 240  # a build of one short article takes seconds; a hang meets this limit


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}


def _graphbuild(*args: str, cwd: Path, stdin=None, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return _bounded([*prefix, sys.executable, "-m", "graphbuild", *args], cwd=cwd, stdin=stdin)


def _bounded(command: list[str], *, cwd: Path, stdin=None) -> subprocess.CompletedProcess:
    """Run a command in its own process group; past BUILD_SECONDS the whole group is killed (a hung
    build's forked workers too) and the test fails."""
    process = subprocess.Popen(command, cwd=cwd, env=_env(), stdin=stdin, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=BUILD_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"{' '.join(command)} did not finish in {BUILD_SECONDS} s")
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _errors(done: subprocess.CompletedProcess) -> list[str]:
    return [line for line in done.stderr.splitlines() if line.strip()]


# --- file names: one line, nothing reaching the terminal --------------------------------------------

HOSTILE_NAMES = {
    "newline": "two\nlines.txt",
    "clear-screen": "clear\x1b[2J\x1b[Hscreen.txt",
    "carriage-return": "over\rwritten.txt",
    "bidi-override": "right\u202eto-left.txt",
}


@pytest.mark.parametrize("name", HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_a_file_name_that_does_not_print_is_shown_escaped(tmp_path, name):
    path = tmp_path / name
    path.write_text("\u200b\n", encoding="utf-8")  # no text: an error that names the file
    done = _graphbuild("build", name, "--out", "out", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.endswith("\n"), done.stderr
    assert not any(ch in done.stderr[:-1] for ch in "\x1b\r\n\u202e")
    assert repr(name) in done.stderr and "has no text" in done.stderr


def test_an_output_folder_that_does_not_print_is_shown_escaped(tmp_path):
    (tmp_path / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    out = "out\x1b[2J\nput"
    done = _graphbuild("build", "harbour.txt", "--out", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and f"turtle: {shown(out + '/graph.ttl')}" in done.stdout.splitlines()


@pytest.mark.parametrize("name, expected", [
    ("plain name.txt", "plain name.txt"),
    ("a\nb.txt", "'a\\nb.txt'"),
    ("a\x1b[31mb.txt", "'a\\x1b[31mb.txt'"),
    (os.fsdecode(b"caf\xe9.txt"), "'caf\\udce9.txt'"),  # a name that is not UTF-8 would not even print
])
def test_shown(name, expected):
    assert shown(Path(name)) == expected


# --- texts that show nothing ----------------------------------------------------------------------

INVISIBLE = {
    "zero-width-spaces": "\u200b\u200b\u200b\n",
    "joiners-and-bom": "\ufeff\u200d\u200c\u2060\n\u200b",
    "with-white-space": " \u200b\t\n\u00a0\u2060 \n",
    "bidi-marks": "\u200e\u200f\u202a\u202c\n",
}


@pytest.mark.parametrize("text", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_a_text_of_invisible_characters_has_no_text(text):
    with pytest.raises(InputError, match="has no text"):
        read_bytes(text.encode("utf-8"), Path("blank.txt"))


def test_an_invisible_file_fails_the_build_with_one_line(tmp_path):
    (tmp_path / "blank.txt").write_text(INVISIBLE["joiners-and-bom"], encoding="utf-8")
    done = _graphbuild("build", "blank.txt", "--out", "out", cwd=tmp_path)
    assert done.returncode == 2
    assert _errors(done) == ["graphbuild: error: blank.txt: has no text; give a file with an article in it"]


# --- UTF-32 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_a_bom_is_decoded_as_utf32(encoding):
    bom = {"utf-32": b"", "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[encoding]
    raw = read_bytes(bom + ARTICLE.encode(encoding), Path("wide.txt"))
    assert raw.text.lstrip("\ufeff") == ARTICLE and raw.warnings == ()


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF32_LE + "Police".encode("utf-32-le")[:-1],  # cut inside a character
    codecs.BOM_UTF32_BE + b"\x00\x11\x00\x00",  # beyond Unicode
    codecs.BOM_UTF16_LE + "Police".encode("utf-16-le")[:-1],
], ids=["utf32-truncated", "utf32-out-of-range", "utf16-truncated"])
def test_a_bom_over_broken_data_is_one_clear_error(data):
    with pytest.raises(InputError, match="byte-order mark but is not valid"):
        read_bytes(data, Path("broken.txt"))


# --- an unreadable subfolder ------------------------------------------------------------------------

def _without_root_powers() -> tuple[str, ...] | None:
    """A command prefix under which permission bits hold (root reads any folder); None if there is none."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    return (setpriv, "--bounding-set=-dac_override,-dac_read_search") if setpriv else None


def test_an_unreadable_subfolder_is_reported_not_skipped(tmp_path):
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root without setpriv: no folder is unreadable")
    (tmp_path / "news" / "open").mkdir(parents=True)
    (tmp_path / "news" / "locked").mkdir()
    (tmp_path / "news" / "open" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news" / "locked" / "other.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news" / "locked").chmod(0)
    try:
        done = _graphbuild("build", "news", "--out", "out", cwd=tmp_path, prefix=prefix)
    finally:
        (tmp_path / "news" / "locked").chmod(stat.S_IRWXU)
    assert done.returncode == 1, done.stderr  # partly built, as with an unreadable file
    message = "news/locked: folder cannot be read (Permission denied); the articles in it are left out"
    assert f"graphbuild: error: {message}" in _errors(done)
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert report["failed"] == 1 and report["ok"] == 1
    assert {"source": "news/locked", "status": "failed", "message": message}.items() <= report["articles"][0].items()


# --- pipes, FIFOs and /dev/stdin: read once, never hanging -------------------------------------------

def _built_one_article(done: subprocess.CompletedProcess, out: Path) -> None:
    assert done.returncode == 0, done.stderr
    assert "Northshire" in (out / "graph.ttl").read_text("utf-8")


@pytest.mark.parametrize("cached", [False, True], ids=["first-build", "with-its-cache"])
def test_dev_stdin_from_a_pipe(tmp_path, cached):
    if cached:
        _built_one_article(_graphbuild("build", "/dev/stdin", "--out", "out", cwd=tmp_path, stdin=_pipe(tmp_path)),
                           tmp_path / "out")
    _built_one_article(_graphbuild("build", "/dev/stdin", "--out", "out", cwd=tmp_path, stdin=_pipe(tmp_path)),
                       tmp_path / "out")


def _pipe(tmp_path: Path):
    source = tmp_path / "article.src"
    source.write_text(ARTICLE, encoding="utf-8")
    return subprocess.Popen(["cat", str(source)], stdout=subprocess.PIPE).stdout


def test_process_substitution(tmp_path):
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash for <(...)")
    (tmp_path / "article.src").write_text(ARTICLE, encoding="utf-8")
    done = _bounded([bash, "-c", f"{sys.executable} -m graphbuild build <(cat article.src) --out out"], cwd=tmp_path)
    _built_one_article(done, tmp_path / "out")


@pytest.mark.parametrize("builds", [1, 2], ids=["once", "again-from-the-cache"])
def test_a_fifo_is_read_once(tmp_path, builds):
    (tmp_path / "article.src").write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "harbour.txt"
    os.mkfifo(fifo)
    for _ in range(builds):
        writer = subprocess.Popen(["sh", "-c", "cat article.src > harbour.txt"], cwd=tmp_path)
        try:
            _built_one_article(_graphbuild("build", "harbour.txt", "--out", "out", cwd=tmp_path), tmp_path / "out")
        finally:
            writer.kill()
            writer.wait()
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert [(a["source"], a["status"], a["cached"]) for a in report["articles"]] == [("harbour.txt", "ok", builds > 1)]


def test_an_empty_pipe_has_no_text(tmp_path):
    done = _graphbuild("build", "/dev/stdin", "--out", "out", cwd=tmp_path, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert _errors(done) == ["graphbuild: error: /dev/stdin: has no text; give a file with an article in it"]


# --- clutter inside one paragraph -------------------------------------------------------------------

PROSE = ["Councillors in Westerby voted on Thursday to keep the night bus running until midnight.",
         "The route, which links the hospital with the outer estates, carried more riders last winter "
         "than in any year since it opened.",
         "Residents had warned that shift workers would be left without a way home.",
         "A final decision on the timetable will be taken at the next full council meeting in June."]
PITCH = "Read every local story without the ads for just £3.49 a month."


@pytest.mark.parametrize("at", [0, 2, 4], ids=["pitch-first", "pitch-inside", "pitch-last"])
def test_a_pitch_inside_one_paragraph_goes_and_the_prose_stays(at):
    sentences = PROSE[:at] + [PITCH] + PROSE[at:]
    raw = "Night bus saved\n" + " ".join(sentences) + "\n"
    result = clean(raw, "bus.txt")
    assert result.dropped == (PITCH,)
    assert PITCH not in result.article.text
    assert all(sentence in result.article.text for sentence in PROSE)
    assert result.article.warnings == ()
    for (start, end), origin in zip(result.article.paragraphs, result.origin_offsets):
        assert raw[origin:origin + end - start] == result.article.text[start:end]  # verbatim, offsets exact


def test_cleaning_that_takes_most_of_a_text_warns(tmp_path):
    promo = ("Subscribe today and get unlimited access for just £1.99 a week. Cancel at any time. "
             "Sign up for our newsletter for just £2.99 a month.")
    raw = "Night bus saved\n" + "\n".join([promo] * 6) + "\n" + PROSE[0] + "\n"
    warnings = clean(raw, "bus.txt").article.warnings
    assert len(warnings) == 1 and warnings[0].startswith("bus.txt: cleaning removed ")
    (tmp_path / "bus.txt").write_text(raw, encoding="utf-8")
    done = _graphbuild("build", "bus.txt", "--out", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"graphbuild: warning: {warnings[0]}" in _errors(done)
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert report["articles"][0]["warnings"] == list(warnings)


# --- a text without paragraph breaks ------------------------------------------------------------------

@pytest.mark.parametrize("separator", [" ", "  "], ids=["one-space", "two-spaces"])
def test_a_line_longer_than_a_paragraph_is_cut_at_sentence_ends(separator):
    sentences = [f"{s[:-1]} in week {n}." for n in range(60) for s in PROSE]
    raw = "Night bus saved\n" + separator.join(sentences) + "\n"
    result = clean(raw, "bus.txt")
    spans = result.article.paragraphs
    assert len(spans) > 2
    for (start, end), origin in zip(spans[1:], result.origin_offsets[1:]):
        piece = result.article.text[start:end]
        assert raw[origin:origin + len(piece)] == piece
        assert len(piece) <= MAX_PARAGRAPH_CHARS and piece.endswith(".")
    assert separator.join(result.article.text[s:e] for s, e in spans[1:]) == separator.join(sentences)


def test_a_line_without_sentence_ends_is_cut_at_spaces():
    raw = "Night bus saved\n" + " ".join(["the night bus runs until midnight"] * 400) + "\n"
    result = clean(raw, "bus.txt")
    assert max(end - start for start, end in result.article.paragraphs) <= MAX_PARAGRAPH_CHARS
    for (start, end), origin in zip(result.article.paragraphs, result.origin_offsets):
        assert raw[origin:origin + end - start] == result.article.text[start:end]


def test_an_article_with_paragraphs_is_not_cut():
    raw = "Night bus saved\n\n" + "\n\n".join(PROSE) + "\n"
    result = clean(raw, "bus.txt")
    assert [result.article.text[s:e] for s, e in result.article.paragraphs] == ["Night bus saved", *PROSE]


def test_one_line_and_paragraphs_give_the_same_facts(extract_text):
    """What is read from a text does not depend on whether its paragraphs arrived as one line."""
    paragraphs = [" ".join(f"{s[:-1]} in week {n}." for s in PROSE) for n in range(12)]
    paragraphs.insert(3, "“We will not leave night workers stranded,” said Tom Rensley, the council's leader.")
    one_line = extract_text("Night bus saved\n" + " ".join(paragraphs) + "\n")
    with_breaks = extract_text("Night bus saved\n\n" + "\n\n".join(paragraphs) + "\n")
    assert len(one_line.article.text) > MAX_PARAGRAPH_CHARS
    for records in ("entities", "quotes"):
        names = lambda ex: sorted(  # noqa: E731
            (getattr(r, "name", "") or getattr(r, "text", ""), getattr(r, "speaker", "")) for r in getattr(ex, records))
        assert names(one_line) == names(with_breaks), records


# --- the doc's entities and sentences, built once: exactly what spaCy answers ---------------------------

def test_cached_entities_and_sentences_answer_as_spacy_does(nlp):
    """`ents_within`, `span_ents` and `sentence_index` find by bisection what spaCy's `doc.ents`,
    `span.ents` and `token.sent` find by walking the doc (which made cost grow with its square)."""
    from graphbuild.extract.common import doc_sents, ents_within, sentence_index, span_ents

    doc = nlp(" ".join(PROSE * 3) + " Ruth Alder of Northshire Police met Tom Rensley in Westerby on 4 May.")
    assert len(doc.ents) > 5
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 12) + 1):
            span = doc[start:end]
            assert span_ents(span) == list(span.ents)
            assert ents_within(doc, start, end) == [e for e in doc.ents if e.start < end and start < e.end]
        assert doc_sents(doc)[sentence_index(doc, start)] == doc[start].sent
