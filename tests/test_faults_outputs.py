"""Faults around outputs and processes: the files of an output folder are always those of one build,
workers end with the build, and what is not a bug is said in one line (see README, "Errors and exit codes").

The commit's faults run in this process (no spaCy); the rest are real `graphbuild build` processes on
short texts of our own, each bounded in time."""
from __future__ import annotations

import errno
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graphbuild import fileio
from graphbuild.errors import OutputError, Terminated

psutil = pytest.importorskip("psutil")

OLD = {"graph.ttl": b"# old build\n", "graph.html": b"<!-- old build -->\n", "report.json": b'{"old": 1}\n'}
NEW = {"graph.ttl": b"# new build\n", "graph.html": b"<!-- new build -->\n", "report.json": b'{"new": 1}\n'}
ROOT = Path(__file__).resolve().parent.parent


def _article(i: int) -> str:
    """A short news text of our own; `i` varies its names so a corpus has distinct articles."""
    return (f"Nadia Orlov{i}, the chief constable of Eastmoor Police, said on Tuesday that the force would "
            f"open {i + 2} new stations in the valley.\n\n"
            f"\u201cWe want officers closer to the villages,\u201d she said. The county council welcomed the "
            f"plan, and the Police Federation said {i + 30} officers would move.\n\n"
            f"Councillor Tomas Brandt{i} said the stations would cost less than the old headquarters.\n")


def _corpus(folder: Path, count: int, repeat: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"story-{i:02d}.txt").write_text("\n".join(_article(i * 7 + k) for k in range(repeat)),
                                                   encoding="utf-8")
    return folder


def _outputs(out: Path, files: dict[str, bytes]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (out / name).write_bytes(data)


def _which_build(out: Path) -> str:
    """"old" or "new" when the three outputs are all of one build, else what each is."""
    found = {name: (out / name).read_bytes() for name in OLD}
    for label, files in (("old", OLD), ("new", NEW)):
        if found == files:
            return label
    return f"mixed: {found}"


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name == fileio.STAGING)


def _replace_then(action, out: Path):
    """os.replace that does `action(n)` after the n-th rename of an output into `out`."""
    real = os.replace
    calls = []

    def replace(src, dst):
        real(src, dst)
        if Path(dst).parent == out and Path(dst).name in NEW:
            calls.append(dst)
            action(len(calls))

    return replace


def _fail_second(exc):
    def action(n):
        if n == 1:
            raise exc
    return action


def _signal_after_first(signum):
    def action(n):
        if n == 1:
            os.kill(os.getpid(), signum)
            time.sleep(0.2)  # a signal that is not held back arrives here
    return action


def _raise_terminated(signum, frame):
    raise Terminated()


def _full_disk(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _on_rename(action):
    return lambda monkeypatch, out: monkeypatch.setattr(fileio.os, "replace", _replace_then(action, out))


# fault -> (how to cause it, the exception expected, whose files must be there after)
COMMIT_FAULTS = {
    "disk-full-writing-the-journal": (lambda monkeypatch, out: monkeypatch.setattr(fileio, "_write_journal",
                                                                                   _full_disk), OutputError, "old"),
    "disk-full-between-renames": (_on_rename(_fail_second(OSError(errno.ENOSPC, "No space left on device"))),
                                  OutputError, "old"),
    "exception-between-renames": (_on_rename(_fail_second(KeyboardInterrupt())), KeyboardInterrupt, "old"),
    "sigterm-between-renames": (_on_rename(_signal_after_first(signal.SIGTERM)), Terminated, "new"),
    "sigint-between-renames": (_on_rename(_signal_after_first(signal.SIGINT)), KeyboardInterrupt, "new"),
}


@pytest.mark.parametrize("fault", sorted(COMMIT_FAULTS), ids=sorted(COMMIT_FAULTS))
def test_a_fault_inside_the_commit_leaves_the_files_of_one_build(fault, tmp_path, monkeypatch):
    cause, expected, whose = COMMIT_FAULTS[fault]
    out = tmp_path / "out"
    _outputs(out, OLD)
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        cause(monkeypatch, out)
        with pytest.raises(expected):
            with fileio.OutputSet(out) as staged:
                for name, data in NEW.items():
                    staged.write(out / name, data)
    finally:
        signal.signal(signal.SIGTERM, previous)
    monkeypatch.undo()
    assert _which_build(out) == whose
    assert _leftovers(out) == []


@pytest.mark.parametrize("after", [1, 2], ids=["killed-after-one-rename", "killed-after-two-renames"])
def test_a_build_killed_inside_the_commit_is_rolled_forward_by_the_next(after, tmp_path):
    out = tmp_path / "out"
    _outputs(out, OLD)
    pid = os.fork()
    if pid == 0:  # the build that is killed between two renames of its commit
        try:
            def action(n):
                if n == after:
                    os.kill(os.getpid(), signal.SIGKILL)
            fileio.os.replace = _replace_then(action, out)
            with fileio.OutputSet(out) as staged:
                for name, data in NEW.items():
                    staged.write(out / name, data)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    with fileio.output_lock(out):  # how the next build into `out` starts
        assert _which_build(out) == "new"
        assert _leftovers(out) == []


# --- real builds -------------------------------------------------------------------------------------

def _env(**extra) -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT), **extra)


def _start(args: list[str], *, env=None, **popen) -> subprocess.Popen:
    # SIGINT back to its default: a suite run with it ignored would hand the build an ignored Ctrl-C
    return subprocess.Popen([sys.executable, "-m", "graphbuild", "build", *args], env=env or _env(),
                            stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **popen)


def _descendants(pid: int) -> list:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _wait_for_workers(proc: subprocess.Popen, count: int, timeout: float = 90) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        found = _descendants(proc.pid)
        if len(found) >= count:
            return found
        time.sleep(0.1)
    raise AssertionError(f"the build never had {count} child processes")


def _alive(processes: list) -> list[int]:
    alive = []
    for p in processes:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                alive.append(p.pid)
        except psutil.NoSuchProcess:
            pass
    return alive


def test_workers_die_with_a_killed_build(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 24, repeat=4)
    proc = _start([str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2"])
    try:
        _wait_for_workers(proc, 2)  # the page's helper, extracting workers
        time.sleep(1.5)  # loading spaCy, or parsing
        workers = _descendants(proc.pid)
        assert proc.poll() is None and len(workers) >= 2
        proc.kill()
        proc.wait(timeout=10)
        deadline = time.monotonic() + 1.0
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _alive(workers) == []
    finally:
        for p in _descendants(proc.pid):
            p.kill()
        proc.kill()
        proc.communicate(timeout=10)


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_an_interrupted_corpus_build_ends_cleanly(how, tmp_path):
    corpus = _corpus(tmp_path / "corpus", 24, repeat=4)
    out = tmp_path / "out"
    _outputs(out, OLD)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    proc = _start([str(corpus), "--out", str(out), "--jobs", "2"], env=_env(TMPDIR=str(scratch)),
                  start_new_session=True)
    try:
        _wait_for_workers(proc, 2)
        time.sleep(1.5)
        workers = _descendants(proc.pid)
        if how == "ctrl-c":  # the terminal sends it to every process of the job
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.terminate()
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=10)
    code, word = {"ctrl-c": (130, "interrupted"), "sigterm": (143, "terminated")}[how]
    assert proc.returncode == code, err
    assert len(err.strip().splitlines()) == 1 and word in err, err
    assert "Traceback" not in err and "ForkPoolWorker" not in err
    time.sleep(0.5)
    assert _alive(workers) == []
    assert _which_build(out) == "old" and _leftovers(out) == []
    assert list(scratch.iterdir()) == []  # the build's temporary folder went too


def test_an_output_that_is_a_folder_is_refused_in_one_line(tmp_path):
    story = _corpus(tmp_path / "corpus", 1) / "story-00.txt"
    out = tmp_path / "out"
    _outputs(out, {k: v for k, v in OLD.items() if k != "graph.html"})
    (out / "graph.html").mkdir()
    (out / "graph.html" / "keep.txt").write_text("mine")
    proc = _start([str(story), "--out", str(out)], stdout=subprocess.PIPE)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, err
    assert len(err.strip().splitlines()) == 1 and "graph.html" in err and "folder" in err, err
    assert "bug" not in err
    assert (out / "graph.ttl").read_bytes() == OLD["graph.ttl"]
    assert (out / "report.json").read_bytes() == OLD["report.json"]
    assert (out / "graph.html" / "keep.txt").read_text() == "mine"


def _read_until(stream, word: str, proc: subprocess.Popen, timeout: float) -> str:
    seen = ""
    deadline = time.monotonic() + timeout
    while word not in seen and time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([stream], [], [], 0.2)
        if ready:
            seen += os.read(stream.fileno(), 4096).decode("utf-8", "replace")
    return seen


def test_a_second_build_into_a_folder_waits_for_the_first(tmp_path):
    story = _corpus(tmp_path / "corpus", 1) / "story-00.txt"
    out = tmp_path / "out"
    _outputs(out, OLD)
    with fileio.output_lock(out):  # a build holding the folder
        proc = _start([str(story), "--out", str(out)], stdout=subprocess.PIPE)
        try:
            said = _read_until(proc.stderr, "waiting", proc, timeout=60)
            assert "waiting" in said and proc.poll() is None, said
            time.sleep(1.0)
            assert _which_build(out) == "old"  # nothing written while the other build holds the folder
        except BaseException:
            proc.kill()
            proc.communicate(timeout=10)
            raise
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [a["status"] for a in report["articles"]] == ["ok"]
    assert not (out / fileio.LOCK).exists()


def test_two_builds_into_one_folder_run_one_after_the_other(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 2)
    out = tmp_path / "out"
    procs = [_start([str(story), "--out", str(out), "--no-cache"], stdout=subprocess.PIPE)
             for story in sorted(corpus.iterdir())]
    errs = []
    try:
        for proc in procs:
            errs.append(proc.communicate(timeout=180)[1])
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=10)
    assert [p.returncode for p in procs] == [0, 0], errs
    assert sum("waiting" in err for err in errs) == 1, errs
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    last = report["articles"][0]["source"]
    other = ({"story-00.txt", "story-01.txt"} - {last}).pop()
    names = {"story-00.txt": "Orlov0", "story-01.txt": "Orlov7"}
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert names[last] in turtle and names[other] not in turtle
    assert names[last] in page and names[other] not in page


def test_a_build_stopped_while_waiting_leaves_the_other_builds_lock(tmp_path):
    story = _corpus(tmp_path / "corpus", 1) / "story-00.txt"
    out = tmp_path / "out"
    with fileio.output_lock(out):
        held = (out / fileio.LOCK).stat().st_ino
        proc = _start([str(story), "--out", str(out)], stdout=subprocess.PIPE)
        try:
            said = _read_until(proc.stderr, "waiting", proc, timeout=60)
            assert "waiting" in said, said
            proc.terminate()
            _, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=10)
        assert proc.returncode == 143, said + err
        assert (out / fileio.LOCK).stat().st_ino == held  # the lock file of the build holding the folder


def test_leftovers_of_killed_builds_are_removed_by_the_next(tmp_path):
    story = _corpus(tmp_path / "corpus", 1) / "story-00.txt"
    out = tmp_path / "out"
    _outputs(out, OLD)
    stale = [out / fileio.STAGING / "graph.ttl", out / ".graph.ttl.k2x8q1.tmp", out / ".report.json.zz9.tmp",
             out / ".graphbuild-cache" / ".0a1b2c.4242.tmp"]
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half written")
    mine = out / "notes.tmp"  # not graphbuild's: kept
    mine.write_text("mine")
    scratch = tmp_path / "tmp"  # the build's $TMPDIR: the scratch folder of a killed build, and others
    ended, running, other = (scratch / f"{fileio.SCRATCH_PREFIX}{n}" for n in ("ended", "running", "other"))
    for folder in (ended, running):
        (folder / "records").mkdir(parents=True)
        (folder / "records" / "0.pickle").write_bytes(b"spilled")
        (folder / fileio.SCRATCH_LOCK).touch()
    other.mkdir()
    import fcntl

    with open(running / fileio.SCRATCH_LOCK, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # a build still running holds it
        proc = _start([str(story), "--out", str(out)], stdout=subprocess.PIPE, env=_env(TMPDIR=str(scratch)))
        _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert [p for p in stale if p.exists()] == [] and not (out / fileio.STAGING).exists()
    assert mine.read_text() == "mine"
    assert sorted(p.name for p in scratch.iterdir()) == sorted([running.name, other.name])


@pytest.fixture
def full_tmpdir(tmp_path):
    """A 256 KiB tmpfs with one page left free (enough for `tempfile` to accept it as TMPDIR)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                          capture_output=True, timeout=30)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode(errors='replace').strip()}")
    try:
        with open(mount / "filler", "wb") as handle:
            try:
                handle.write(bytes(256 * 1024))
                handle.flush()
            except OSError:
                pass
        size = (mount / "filler").stat().st_size
        os.truncate(mount / "filler", max(0, size - 4096))
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, timeout=30)


def test_a_full_temporary_folder_is_named_in_one_line(full_tmpdir, tmp_path):
    story = _corpus(tmp_path / "corpus", 1, repeat=6) / "story-00.txt"
    out = tmp_path / "out"
    _outputs(out, OLD)
    proc = _start([str(story), "--out", str(out), "--no-cache"], env=_env(TMPDIR=str(full_tmpdir)),
                  stdout=subprocess.PIPE)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, err
    assert len(err.strip().splitlines()) == 1 and "no space left" in err and str(full_tmpdir) in err, err
    assert "bug" not in err
    assert _which_build(out) == "old" and _leftovers(out) == []


def test_stdout_closed_early_ends_quietly_after_a_build(tmp_path):
    story = _corpus(tmp_path / "corpus", 1) / "story-00.txt"
    out = tmp_path / "out"
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone, as `graphbuild build | true` leaves it
    try:
        proc = _start([str(story), "--out", str(out)], stdout=write_end)
    finally:
        os.close(write_end)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 141, err
    assert err == ""
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["ok"] == 1


def test_a_full_disk_leaves_no_partial_cache_entry(full_tmpdir, extract_text):
    from graphbuild.cache import Cache
    from graphbuild.process import ArticleReport, ArticleResult

    folder = full_tmpdir / "cache"
    story = " ".join(f"Officer {n} of Kent Police said the cuts were wrong." for n in range(400))
    bulky = ArticleResult(Path("story.txt"), ArticleReport("story.txt", "ok"), extraction=extract_text(story))
    Cache(folder).put("0123abcd", bulky)  # a cache that cannot be written only costs time: no error
    assert not folder.exists() or [p.name for p in folder.iterdir()] == []
