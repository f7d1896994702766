"""Where articles are processed: in this process, in N local processes, or on a Dask cluster;
with a content-hash cache so a re-run only processes new or changed articles.

Each worker loads the spaCy pipeline once (it is cached per process) and
processes a contiguous partition of the articles; the results are small
records, merged by IRI afterwards, so the merged graph does not depend on
where or in which order articles were processed.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import signal
import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Sequence

from . import __version__
from .cache import Cache
from .errors import GraphbuildError
from .lifeline import bind_to_parent
from .process import ArticleResult, process_paths

EXECUTORS = ("local", "dask")
CACHE_DIR = ".graphbuild-cache"


class ExecutorError(GraphbuildError):
    """The cluster could not be reached or failed."""


@lru_cache(maxsize=1)
def _knowledge_fingerprint() -> str:
    """A hash of everything besides the article that shapes its extraction: code and ontology data."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    from importlib import resources

    ontology = Path(str(resources.files("graphbuild.ontology")))
    for root in (package, ontology):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".csv", ".ttl", ".j2"):
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(path: Path, model: str, max_chars: int) -> str | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None  # unreadable files are processed (and reported) every time
    digest = hashlib.sha256(data)
    digest.update(f"|{path.name}|{model}|{max_chars}|{_knowledge_fingerprint()}".encode())
    return digest.hexdigest()


def _partition(paths: list[Path], size: int) -> list[list[Path]]:
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def _work(paths: list[Path], model: str, max_chars: int) -> list[ArticleResult]:
    return list(process_paths(paths, model=model, max_chars=max_chars))


def run(paths: Sequence[Path], *, model: str, max_chars: int, jobs: int | None = 1, executor: str = "local",
        scheduler: str | None = None, cache: Cache | None = None, progress: bool | None = None,
        while_waiting: Callable[[], None] | None = None) -> Iterator[ArticleResult]:
    """Process every path (from the cache where possible), yielding results in input order as they come,
    so the caller never holds more than a partition of them. `while_waiting` is called once while a
    forked process extracts (see `_forked`), for the caller's own preparations."""
    cache = cache or Cache(None)
    # no cache (--no-cache): no keys, so neither the articles nor graphbuild's own files are hashed
    keys = {path: cache_key(path, model, max_chars) if cache.folder is not None else None for path in paths}
    cached = {path for path in paths if cache.has(keys[path])}
    todo = [p for p in paths if p not in cached]
    bar = _progress(len(paths), progress)
    fresh = _execute(todo, model=model, max_chars=max_chars, jobs=jobs, executor=executor, scheduler=scheduler,
                     while_waiting=while_waiting)
    try:
        for path in paths:
            result = cache.get(keys[path]) if path in cached else None
            if result is not None:
                result.path = path
                result.report.cached = True
            else:  # not cached, or the cache entry vanished: the next fresh result is this path's
                result = next(fresh) if path not in cached else _work([path], model, max_chars)[0]
                cache.put(keys[path], result)
            warning = cache.warning_for(keys[path], path)  # an entry not used, said once
            if warning:
                result.report.warnings.append(warning)
            bar.update(1)
            yield result
    finally:
        fresh.close()
        bar.close()


FORK = True  # extract in a forked process when one job runs locally (`_forked`); False: in this one
PARTITION = 16  # articles per task: small enough to stream, large enough for nlp.pipe batches


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def auto_jobs(articles: int) -> int:
    """Processes for a local build when --jobs is not given: one per core this process may use (at
    most 4), and no more than there are partitions of PARTITION articles (a short corpus: one)."""
    return max(1, min(usable_cores(), 4, -(-articles // PARTITION)))


def _execute(paths: list[Path], *, model, max_chars, jobs, executor, scheduler, while_waiting=None
             ) -> Iterator[ArticleResult]:
    if not paths:
        if while_waiting is not None:
            while_waiting()
        return
    if executor == "dask":
        yield from _dask(paths, model=model, max_chars=max_chars, jobs=jobs or 1, scheduler=scheduler)
        return
    import multiprocessing
    import threading

    # forked workers start at once (no new interpreter importing graphbuild); spawned where a fork
    # is missing or unsafe (a process with threads)
    fork = FORK and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    if jobs is None:
        # several processes only where they can be forked (a spawned one must import the caller's
        # main module), in partitions of exactly PARTITION articles: the batches of one process
        jobs = auto_jobs(len(paths)) if fork else 1
        size = PARTITION
    else:
        size = min(PARTITION, -(-len(paths) // jobs))
    if jobs > 1 and len(paths) > 1:
        context = multiprocessing.get_context("fork" if fork else "spawn")
        parts = _partition(paths, size)
        with context.Pool(min(jobs, len(parts)), initializer=bind_to_parent, initargs=(os.getpid(),)) as pool:
            results_of = pool.imap(_work_star, [(part, model, max_chars) for part in parts])
            if while_waiting is not None:
                while_waiting()
            for results in results_of:
                yield from results
    else:
        yield from _forked(paths, model=model, max_chars=max_chars, while_waiting=while_waiting)


def _forked(paths: list[Path], *, model, max_chars, while_waiting=None) -> Iterator[ArticleResult]:
    """`process_paths` in a forked process, its results streamed back through a pipe.

    The same work in the same order (so the same results), but this process is free meanwhile:
    `while_waiting` imports and prepares what the build does next on the machine's other core,
    off the critical path of loading spaCy, parsing and extracting. An error in the forked
    process is raised here as it was raised there. Without `os.fork`, or in a process with
    several threads (a fork copies only one, and maybe a lock another holds), the work is
    done here."""
    import threading

    if not FORK or not hasattr(os, "fork") or threading.active_count() > 1:
        if while_waiting is not None:
            while_waiting()
        yield from process_paths(paths, model=model, max_chars=max_chars)
        return
    read_fd, write_fd = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the forked process: never returns into the caller's code
        try:
            bind_to_parent(parent)
            os.close(read_fd)
            with os.fdopen(write_fd, "wb") as out:
                _send_results(out, paths, model, max_chars)
        finally:
            os._exit(0)
    os.close(write_fd)
    finished = False
    try:
        with os.fdopen(read_fd, "rb") as results:
            if while_waiting is not None:
                while_waiting()
            while True:
                try:
                    kind, value = pickle.load(results)
                except EOFError:
                    raise ExecutorError("the extracting process ended unexpectedly (out of memory?); "
                                        "try again, or with --jobs 2") from None
                if kind == "result":
                    yield value
                elif kind == "error":
                    raise value
                else:
                    finished = True
                    return
    finally:
        if not finished:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        os.waitpid(pid, 0)


def _send_results(out, paths: list[Path], model: str, max_chars: int) -> None:
    """In the forked process: each result, then ("end", None); or the error that stopped it."""
    try:
        for result in process_paths(paths, model=model, max_chars=max_chars):
            pickle.dump(("result", result), out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
        pickle.dump(("end", None), out)
    except BrokenPipeError:
        return  # the build stopped reading: it has stopped
    except BaseException as exc:  # noqa: BLE001  (raised again in the build's own process)
        try:
            error = pickle.dumps(("error", exc), protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(error)
        except Exception:  # noqa: BLE001  (an exception that does not survive pickling: its type and text)
            error = pickle.dumps(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
        try:
            out.write(error)
            out.flush()
        except OSError:
            pass


def _work_star(args) -> list[ArticleResult]:
    return _work(*args)


def _dask(paths, *, model, max_chars, jobs, scheduler) -> Iterator[ArticleResult]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ExecutorError("--executor dask needs Dask: pip install 'dask[distributed]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; is 'dask scheduler' "
                            f"running?") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        parts = _partition(paths, min(PARTITION, -(-len(paths) // workers)))
        futures = client.map(_work, parts, model=model, max_chars=max_chars, pure=False)
        for i in range(len(futures)):
            results = futures[i].result()
            futures[i] = None  # released: the cluster forgets results once they are here
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, progress: bool | None):
    """A tqdm bar on a terminal; silent when stderr is not a TTY (logs, CI)."""
    show = sys.stderr.isatty() if progress is None else progress
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, leave=False)
