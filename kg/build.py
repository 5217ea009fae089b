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
from .export import remove_stale, staged, write_graphml, write_json, write_text
from .gexf import write_gexf
from .graph import graph_of
from .models import Problem
from .parallel import Progress, run
from .query import KnowledgeGraph
from .view import page_positions, write_html
from .window import Window


def problem_of(err: InputError) -> Problem:
    severity = "warning" if err.kind == "warning" else "skipped"
    return Problem(path=err.path, line=err.line, reason=err.reason, severity=severity)


def read_all(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> tuple[list[Article], list[Problem]]:
    """Articles under `paths`, the same text read twice kept once, and every article with an
    id of its own: two texts under one id (`a/x.txt` and `b/x.txt`, one `"id"` in two JSONL
    files) would be one Article node with offsets into two texts."""
    articles, problems, seen, ids = [], [], {}, {}
    for item in read_articles(paths, exclude):
        if isinstance(item, InputError):
            problems.append(problem_of(item))
            continue
        digest = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
        if digest in seen:
            problems.append(Problem(path=item.source or item.id, line=item.line, severity="warning",
                                    reason=f"same text as {seen[digest]}; kept once"))  # fmt: skip
            continue
        where = item.source or item.id
        seen[digest] = where if item.line is None else f"{where}:{item.line}"
        if item.id in ids:
            ident = unique_id(item, ids)
            problems.append(Problem(path=where, line=item.line, severity="warning",
                                    reason=f"id «{item.id}» is taken by {ids[item.id]}; this article is «{ident}»"))  # fmt: skip
            item = item.model_copy(update={"id": ident})
        ids[item.id] = seen[digest]
        articles.append(item)
    return articles, problems


def unique_id(article: Article, taken: dict[str, str]) -> str:
    """A free id for an article whose id is taken, from its path: the folders above the file
    (`b/x` for `b/x.txt`), the file of a JSONL line (`feed2/42`), then a number.

    >>> unique_id(Article(id="x", text="т", source="in/b/x.txt"), {"x": "in/a/x.txt"})
    'b/x'
    """
    parts = Path(article.source or "").with_suffix("").parts
    if article.line is None:
        parts = parts[:-1]  # a .txt file's id is already its name
    for n in range(1, len(parts) + 1):
        ident = "/".join((*parts[-n:], article.id))
        if ident not in taken:
            return ident
    n = 2
    while f"{article.id}#{n}" in taken:
        n += 1
    return f"{article.id}#{n}"


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
    exclude: Iterable[str | Path] = (),
    window: Window = Window(),
) -> KnowledgeGraph:
    """The knowledge graph of every article under `paths`; `cache` is a folder of records
    from earlier builds, `scheduler` the address of a Dask scheduler, `exclude` folders not
    to read (the build's own output, when it lies inside the input), `window` the days whose
    articles are read (an undated article is read: nothing says it is outside).

    >>> graph = build(["seeds/"], jobs=1)  # doctest: +SKIP
    """
    articles, problems = read_all(paths, exclude)
    if not window.open:
        inside = [a for a in articles if a.date is None or a.date in window]
        if len(inside) < len(articles):
            problems.append(Problem(path=", ".join(map(str, paths)), severity="warning",
                                    reason=f"{len(articles) - len(inside)} articles dated outside "
                                           f"{window.since or '…'} – {window.until or '…'} left out"))  # fmt: skip
        articles = inside
    store = RecordCache(cache) if cache else None
    records, failed = extract_all(articles, jobs, nlp, progress, store, scheduler)
    problems += failed
    if not records:
        problems = [p for p in problems if p.severity == "skipped"]
        raise NothingToBuild("no usable article: " + "; ".join(f"{p.path}: {p.reason}" for p in problems))
    graph = graph_of(records)
    return KnowledgeGraph(graph, records=records, problems=tuple(problems))


OUTPUTS = ("graph.graphml", "graph.gexf", "graph.html", "records.jsonl", "problems.json", "graph.json")


def write_outputs(graph: KnowledgeGraph, out: str | Path) -> dict[str, Path]:
    """Every output file, all renamed into place together once all are written, or none.
    The renames are six steps, not one: graph.json, which `kg who` and `kg.load` read, is
    renamed last, so a build killed between two renames leaves the previous graph readable."""
    remove_stale(out, OUTPUTS)
    with staged():
        return write_each(graph, out)


def write_each(graph: KnowledgeGraph, out: str | Path) -> dict[str, Path]:
    """Every output file, each written whole or not at all."""
    paths = {name: Path(out) / name for name in OUTPUTS}
    write_graphml(graph.nx, paths["graph.graphml"])
    page = page_positions(graph.nx)  # one layout for the page and for Gephi
    write_gexf(graph.nx, paths["graph.gexf"], page)
    write_html(graph.nx, paths["graph.html"], page)
    lines = (r.model_dump_json() + "\n" for r in graph.records)
    write_text(paths["records.jsonl"], "".join(lines))
    problems = [p.model_dump(mode="json") for p in graph.problems]
    write_text(paths["problems.json"], json.dumps(problems, ensure_ascii=False, indent=1) + "\n")
    write_json(graph.nx, paths["graph.json"])
    return paths
