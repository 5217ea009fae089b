"""Building: paths → articles → records (in one process or a pool) → corpus → graph → out/.

The failure policy lives here and only here: a file or article that cannot be used becomes
a Problem and the others go on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from extract import Article, ArticleRecord, InputError, Nlp, extract_article, read_articles

from .errors import NothingToBuild, WorkerDied
from .export import write_graphml, write_json, write_text
from .gexf import write_gexf
from .graph import build_graph
from .models import Problem
from .query import KnowledgeGraph
from .resolve import resolve
from .view import write_html

Progress = Callable[[int, int], None]
_worker_nlp: Nlp | None = None


def problem_of(err: InputError) -> Problem:
    severity = "warning" if err.kind == "warning" else "skipped"
    return Problem(path=err.path, line=err.line, reason=err.reason, severity=severity)


def read_all(paths: Iterable[str | Path]) -> tuple[list[Article], list[Problem]]:
    """Articles under `paths`, the same text read twice kept once."""
    articles, problems, seen = [], [], {}
    for item in read_articles(paths):
        if isinstance(item, InputError):
            problems.append(problem_of(item))
            continue
        digest = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
        if digest in seen:
            problems.append(Problem(path=item.source or item.id, line=item.line, severity="warning",
                                    reason=f"same text as {seen[digest]}; kept once"))  # fmt: skip
            continue
        seen[digest] = item.source or item.id
        articles.append(item)
    return articles, problems


def _extract_safely(article: Article, nlp: Nlp) -> ArticleRecord | Problem:
    try:
        return extract_article(article, nlp)
    except Exception as err:  # one bad article must not stop the corpus
        return Problem(path=article.source or article.id, line=article.line,
                       reason=f"extraction failed: {type(err).__name__}: {err}")  # fmt: skip


def _init_worker() -> None:
    global _worker_nlp
    _worker_nlp = Nlp()


def _extract_in_worker(article: Article) -> ArticleRecord | Problem:
    assert _worker_nlp is not None
    return _extract_safely(article, _worker_nlp)


def extract_all(
    articles: Sequence[Article], jobs: int = 1, nlp: Nlp | None = None, progress: Progress | None = None
) -> tuple[list[ArticleRecord], list[Problem]]:
    """Records of `articles` in their order, with one Nlp per worker when jobs > 1."""
    results = []
    if jobs <= 1 or len(articles) <= 1:
        nlp = nlp or Nlp()
        outputs: Iterable = (_extract_safely(a, nlp) for a in articles)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker)
        outputs = pool.map(_extract_in_worker, articles, chunksize=max(1, len(articles) // (jobs * 8)))
    try:
        for done, output in enumerate(outputs, start=1):
            results.append(output)
            if progress:
                progress(done, len(articles))
    except BrokenProcessPool as err:
        raise WorkerDied("an extraction worker died (out of memory, or killed); nothing was written") from err
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    records = [r for r in results if isinstance(r, ArticleRecord)]
    problems = [r for r in results if isinstance(r, Problem)]
    return records, problems


def build(
    paths: Iterable[str | Path], jobs: int = 1, nlp: Nlp | None = None, progress: Progress | None = None
) -> KnowledgeGraph:
    """The knowledge graph of every article under `paths`.

    >>> graph = build(["seeds/"], jobs=1)  # doctest: +SKIP
    """
    articles, problems = read_all(paths)
    records, failed = extract_all(articles, jobs=jobs, nlp=nlp, progress=progress)
    problems += failed
    if not records:
        problems = [p for p in problems if p.severity == "skipped"]
        raise NothingToBuild("no usable article: " + "; ".join(f"{p.path}: {p.reason}" for p in problems))
    graph = build_graph(resolve(records))
    return KnowledgeGraph(graph, records=records, problems=tuple(problems))


def write_outputs(graph: KnowledgeGraph, out: str | Path) -> dict[str, Path]:
    """Every output file, each written whole or not at all."""
    out = Path(out)
    paths = {name: out / name for name in
             ("graph.json", "graph.graphml", "graph.gexf", "graph.html", "records.jsonl", "problems.json")}  # fmt: skip
    write_json(graph.nx, paths["graph.json"])
    write_graphml(graph.nx, paths["graph.graphml"])
    write_gexf(graph.nx, paths["graph.gexf"])
    write_html(graph.nx, paths["graph.html"])
    lines = (r.model_dump_json() + "\n" for r in graph.records)
    write_text(paths["records.jsonl"], "".join(lines))
    problems = [p.model_dump(mode="json") for p in graph.problems]
    write_text(paths["problems.json"], json.dumps(problems, ensure_ascii=False, indent=1) + "\n")
    return paths
