"""Where extraction runs: in this process, in a pool of worker processes (`--jobs N`), or on
a Dask cluster (`--scheduler tcp://HOST:PORT`). Each worker loads Natasha once and takes
articles in batches of `BATCH`, cut the same way by every backend; results come back in
input order, so every backend gives byte-identical output."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from threadpoolctl import threadpool_limits

from extract import Article, ArticleRecord, Nlp, read_analysis
from extract.pipeline import analyse

from .errors import KgError, WorkerDied
from .models import Problem

Result = ArticleRecord | Problem
_worker_nlp: Nlp | None = None


BATCH = 16  # articles whose models run together (Nlp.analyse_many); measured: 8 → 16 gains 4 %, 16 → 64 nothing


def batches(articles: Sequence[Article]) -> list[list[Article]]:
    return [list(articles[i : i + BATCH]) for i in range(0, len(articles), BATCH)]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the length of a batch, as it was after.

    A batch allocates hundreds of thousands of objects that live until its records are made,
    and the word caches grow with every new word, so the collector kept promoting them and
    walking every cache in full collections: a seventh of the extraction time on unseen news
    (bench/throughput.py), for no cycle found (the pipeline makes none: a 660 KB article
    leaves no garbage cycle and peaks at the same memory). Cycles, if any, wait one batch.

    What the batch leaves alive (its records, the caches' new words) goes to the oldest
    generation unscanned (`gc.freeze` then `gc.unfreeze`): else the first allocation after
    `gc.enable` scans all of it as young objects, 7 % of the extraction time on NEREL train
    texts (bench/throughput.py's profile). A cycle among them is still found by the next full
    collection."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not gc.get_freeze_count():  # the caller's own frozen objects stay frozen
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def extract_safely(articles: Sequence[Article], nlp: Nlp) -> list[Result]:
    """The records of a batch of articles, each one a Problem where extraction failed: one bad
    article must not stop the corpus. When the models fail on a batch, its articles are
    retried one by one, so only the article at fault is lost."""
    with collector_paused():
        return _extract_batch(articles, nlp)


def _extract_batch(articles: Sequence[Article], nlp: Nlp) -> list[Result]:
    try:
        analyses = analyse(nlp, [a.text for a in articles])
    except Exception as err:
        if len(articles) == 1:
            return [failed(articles[0], err)]
        return [result for article in articles for result in _extract_batch([article], nlp)]
    results: list[Result] = []
    for article, analysis in zip(articles, analyses):
        try:
            results.append(read_analysis(article, analysis))
        except Exception as err:
            results.append(failed(article, err))
    return results


def failed(article: Article, err: Exception) -> Problem:
    return Problem(path=article.source or article.id, line=article.line,
                   reason=f"extraction failed: {type(err).__name__}: {err}")  # fmt: skip


def worker_nlp() -> Nlp:
    """This process's Nlp, loaded on first use (pool and Dask workers alike).

    A worker's BLAS runs on one thread: Natasha's matrices are small, so more threads gain
    nothing, and N workers each starting a thread per core made `--jobs 2` slower than
    `--jobs 1` on two cores (measured: 30 s against 19 s for 240 articles; 12 s once limited)."""
    global _worker_nlp
    if _worker_nlp is None:
        threadpool_limits(1)
        _worker_nlp = Nlp()
    return _worker_nlp


def extract_in_worker(articles: list[Article]) -> list[Result]:
    return extract_safely(articles, worker_nlp())


def run_serial(articles: Sequence[Article], nlp: Nlp | None) -> Iterator[Result]:
    """Results in this process, on one BLAS thread like a worker's: Natasha's small matrices
    gain nothing from more, and on a busy machine a thread per core made a build 2-4x slower."""
    nlp = nlp or Nlp()
    with threadpool_limits(1):
        for batch in batches(articles):
            yield from extract_safely(batch, nlp)


def cores() -> int:
    """The cores this process may run on (a container's share, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def workers(jobs: int, articles: int) -> int:
    """How many worker processes `--jobs` gets: each loads Natasha (about 300 MB), so no
    more than the cores that can run them nor the batches there are to give them.

    >>> workers(1000, 40) <= min(cores(), 3)
    True
    """
    return max(1, min(jobs, cores(), -(-articles // BATCH)))


def run_pool(articles: Sequence[Article], jobs: int) -> Iterator[Result]:
    parts = batches(articles)
    with ProcessPoolExecutor(max_workers=workers(jobs, len(articles)), initializer=worker_nlp) as pool:
        try:
            for results in pool.map(extract_in_worker, parts):
                yield from results
        except BrokenProcessPool as err:
            raise WorkerDied("an extraction worker died (out of memory, or killed); nothing was written") from err


def run_dask(articles: Sequence[Article], scheduler: str) -> Iterator[Result]:
    try:
        from distributed import Client
    except ImportError as err:
        raise KgError("--scheduler needs Dask: pip install 'kg[dask]'") from err
    with Client(scheduler) as client:
        futures = client.map(extract_in_worker, batches(articles), pure=False)
        for future in futures:
            yield from future.result()


def run(
    articles: Sequence[Article],
    jobs: int = 1,
    nlp: Nlp | None = None,
    scheduler: str | None = None,
) -> Iterator[Result]:
    """Results of `articles` in their order, from the backend the arguments choose."""
    if scheduler:
        return run_dask(articles, scheduler)
    if jobs > 1 and len(articles) > 1:
        return run_pool(articles, jobs)
    return run_serial(articles, nlp)


Progress = Callable[[int, int], None]
