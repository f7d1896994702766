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
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from . import __version__
from .errors import GraphbuildError
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


class Cache:
    """Extractions stored under the output folder by content hash."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def get(self, key: str | None) -> ArticleResult | None:
        if self.folder is None or key is None:
            return None
        try:
            with open(self.folder / f"{key}.pickle", "rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def put(self, key: str | None, result: ArticleResult) -> None:
        if self.folder is None or key is None or result.extraction is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f".{key}.{os.getpid()}.tmp"
            with open(tmp, "wb") as handle:
                pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.folder / f"{key}.pickle")
        except OSError:
            pass  # a cache that cannot be written only costs time


def _partition(paths: list[Path], parts: int) -> list[list[Path]]:
    size = -(-len(paths) // parts)
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def _work(paths: list[Path], model: str, max_chars: int) -> list[ArticleResult]:
    return list(process_paths(paths, model=model, max_chars=max_chars))


def run(paths: Sequence[Path], *, model: str, max_chars: int, jobs: int = 1, executor: str = "local",
        scheduler: str | None = None, cache: Cache | None = None, progress: bool | None = None
        ) -> list[ArticleResult]:
    """Process every path (from the cache where possible); results in input order."""
    cache = cache or Cache(None)
    keys = {path: cache_key(path, model, max_chars) for path in paths}
    done: dict[Path, ArticleResult] = {}
    for path in paths:
        hit = cache.get(keys[path])
        if hit is not None:
            hit.path = path
            hit.report.cached = True
            done[path] = hit
    todo = [p for p in paths if p not in done]
    bar = _progress(len(paths), progress)
    bar.update(len(done))
    for result in _execute(todo, model=model, max_chars=max_chars, jobs=jobs, executor=executor,
                           scheduler=scheduler):
        cache.put(keys[result.path], result)
        done[result.path] = result
        bar.update(1)
    bar.close()
    return [done[p] for p in paths]


def _execute(paths: list[Path], *, model, max_chars, jobs, executor, scheduler) -> Iterator[ArticleResult]:
    if not paths:
        return
    if executor == "dask":
        yield from _dask(paths, model=model, max_chars=max_chars, jobs=jobs, scheduler=scheduler)
    elif jobs > 1 and len(paths) > 1:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        parts = _partition(paths, min(jobs, len(paths)) * 4)
        with context.Pool(min(jobs, len(parts))) as pool:
            for results in pool.starmap(_work, [(part, model, max_chars) for part in parts]):
                yield from results
    else:
        yield from process_paths(paths, model=model, max_chars=max_chars)


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
        parts = _partition(paths, workers * 4)
        futures = client.map(_work, parts, model=model, max_chars=max_chars, pure=False)
        for future in futures:
            yield from future.result()
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
