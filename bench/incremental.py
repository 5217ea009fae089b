"""An incremental rebuild: a corpus already built with the cache, then one article added.

    .venv/bin/python bench/incremental.py [--articles 2000]

The corpus is bench/throughput.py's (seeds and eval-data texts, replicated, each copy unique).
The first build fills the cache (in a temporary folder); the second, with one new article,
must re-extract only that one. Prints each step of the second build so that what the cache
saves and what it cannot (reading, resolving the whole corpus again, writing) are apart.
Target (issue 7): under 2 s beyond loading and saving.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import corpus  # noqa: E402


def write_corpus(path: Path, texts: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"a{i:05}", "text": text}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()

    from extract import Nlp
    from kg.build import extract_all, read_all, write_outputs
    from kg.cache import RecordCache
    from kg.graph import build_graph
    from kg.parallel import run
    from kg.query import KnowledgeGraph
    from kg.resolve import resolve

    texts = corpus(args.articles + 1)
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache, out = Path(tmp) / "in", RecordCache(Path(tmp) / "cache"), Path(tmp) / "out"
        folder.mkdir()
        write_corpus(folder / "corpus.jsonl", texts[:-1])
        nlp = Nlp()
        start = time.perf_counter()
        articles, _ = read_all([folder])
        extract_all(articles, nlp=nlp, cache=cache)
        print(f"first build of {len(articles)} articles, extraction into the cache: {time.perf_counter() - start:.1f} s")

        (folder / "today.txt").write_text(texts[-1], encoding="utf-8")
        steps = {}
        clock = time.perf_counter()

        def step(name: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            steps[name] = now - clock
            clock = now

        articles, _ = read_all([folder])
        step("read articles")
        cached = [cache.get(a) for a in articles]
        step("load cached records")
        missing = [a for a, r in zip(articles, cached) if r is None]
        fresh = iter(list(run(missing, nlp=nlp)))
        records = [r if r is not None else next(fresh) for r in cached]
        step(f"extract {len(missing)} new article(s)")
        corpus_ = resolve(records)
        step("resolve")
        graph = build_graph(corpus_)
        step("build graph")
        write_outputs(KnowledgeGraph(graph, records=records), out)
        step("write outputs")
    print(f"second build: {len(articles)} articles, {len(missing)} re-extracted")
    for name, seconds in steps.items():
        print(f"  {name:<52} {seconds:6.2f} s")
    beyond = sum(s for n, s in steps.items() if not n.startswith(("read", "load", "write")))
    print(f"  {'beyond load and save':<52} {beyond:6.2f} s  (target < 2 s)")


if __name__ == "__main__":
    main()
