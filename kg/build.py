"""Building: paths → articles → records (cached, or extracted by a backend of
`kg.parallel`) → corpus → graph → out/.

A file that cannot be read (here) or an article that cannot be extracted
(`parallel.extract_safely`) becomes a Problem, and the others go on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from extract import Article, ArticleRecord, InputError, Nlp, read_articles

from .cache import RecordCache
from .errors import NothingToBuild
from .export import staged, write_graphml, write_json, write_text
from .gexf import write_gexf
from .graph import build_graph
from .models import Problem
from .parallel import Progress, run
from .query import KnowledgeGraph
from .resolve import resolve
from .view import page_positions, write_html


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


def extract_all(
    articles: Sequence[Article],
    jobs: int = 1,
    nlp: Nlp | None = None,
    progress: Progress | None = None,
    cache: RecordCache | None = None,
    scheduler: str | None = None,
) -> tuple[list[ArticleRecord], list[Problem]]:
    """Records of `articles` in their order; cached records are reused, the rest extracted
    by the chosen backend and added to the cache."""
    cached = [cache.get(a) if cache else None for a in articles]
    missing = [a for a, r in zip(articles, cached) if r is None]
    done = len(articles) - len(missing)
    fresh = iter(())
    if missing:
        fresh = run(missing, jobs=jobs, nlp=nlp, scheduler=scheduler)
    results: list[ArticleRecord | Problem] = []
    for record in cached:
        if record is None:
            record = next(fresh)
            if cache and isinstance(record, ArticleRecord):
                cache.put(record)
            done += 1
            if progress:
                progress(done, len(articles))
        results.append(record)
    records = [r for r in results if isinstance(r, ArticleRecord)]
    problems = [r for r in results if isinstance(r, Problem)]
    return records, problems


def build(
    paths: Iterable[str | Path],
    jobs: int = 1,
    nlp: Nlp | None = None,
    progress: Progress | None = None,
    cache: str | Path | None = None,
    scheduler: str | None = None,
) -> KnowledgeGraph:
    """The knowledge graph of every article under `paths`; `cache` is a folder of records
    from earlier builds, `scheduler` the address of a Dask scheduler.

    >>> graph = build(["seeds/"], jobs=1)  # doctest: +SKIP
    """
    articles, problems = read_all(paths)
    store = RecordCache(cache) if cache else None
    records, failed = extract_all(articles, jobs, nlp, progress, store, scheduler)
    problems += failed
    if not records:
        problems = [p for p in problems if p.severity == "skipped"]
        raise NothingToBuild("no usable article: " + "; ".join(f"{p.path}: {p.reason}" for p in problems))
    graph = build_graph(resolve(records))
    return KnowledgeGraph(graph, records=records, problems=tuple(problems))


def write_outputs(graph: KnowledgeGraph, out: str | Path) -> dict[str, Path]:
    """Every output file, all renamed into place together once all are written, or none."""
    with staged():
        return write_each(graph, out)


def write_each(graph: KnowledgeGraph, out: str | Path) -> dict[str, Path]:
    """Every output file, each written whole or not at all."""
    out = Path(out)
    paths = {name: out / name for name in
             ("graph.json", "graph.graphml", "graph.gexf", "graph.html", "records.jsonl", "problems.json")}  # fmt: skip
    write_json(graph.nx, paths["graph.json"])
    write_graphml(graph.nx, paths["graph.graphml"])
    page = page_positions(graph.nx)  # one layout for the page and for Gephi
    write_gexf(graph.nx, paths["graph.gexf"], page)
    write_html(graph.nx, paths["graph.html"], page)
    lines = (r.model_dump_json() + "\n" for r in graph.records)
    write_text(paths["records.jsonl"], "".join(lines))
    problems = [p.model_dump(mode="json") for p in graph.problems]
    write_text(paths["problems.json"], json.dumps(problems, ensure_ascii=False, indent=1) + "\n")
    return paths
