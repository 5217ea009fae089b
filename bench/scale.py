"""Memory and time of resolution and graph building as the corpus grows to 100k articles.

    .venv/bin/python bench/scale.py [--sizes 1000,10000,100000]

Extraction is per article and scales with workers (bench/throughput.py); what must hold a
whole corpus at once is `resolve` and `build_graph`. The corpus here is synthetic but made
of real records: the seeds' extraction records, copied with new article ids, dates, places
and people (first names × surnames × endings seen in the seeds), so the graph grows like a
real one: more people, more events, more edges. Each size runs in a fresh process so the
peak RSS is its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seed_records():
    from extract import Nlp, extract_article, read_article

    nlp = Nlp()
    return [extract_article(read_article(p), nlp) for p in sorted((ROOT / "seeds").glob("*.txt"))]


def renamer(records, rng: random.Random):
    """A function mapping each seed person to a fresh synthetic person for one copy."""
    names = {p.name for r in records for e in r.events for p in e.participants}
    firsts = sorted({n.split()[0] for n in names})
    lasts = sorted({n.split()[-1] for n in names})
    endings = ["", "ов", "ев", "ин", "бек", "ұлы", "ова", "ева", "ина", "кызы"]

    def fresh() -> str:
        return f"{rng.choice(firsts)} {rng.choice(lasts)}{rng.choice(endings)}"

    return fresh


def copy_record(record, i: int, fresh, rng: random.Random):
    from extract.names import name_key
    from extract.places import PLACES

    people = {m.normal for m in record.mentions if m.type == "PER"} | {
        p.name for e in record.events for p in e.participants
    }
    mapping = {n: fresh() for n in people}

    def rename(name):
        return mapping.get(name, name)

    mentions = tuple(
        m.model_copy(update={"normal": rename(m.normal), "key": name_key(rename(m.normal))})
        if m.type == "PER" else m
        for m in record.mentions
    )  # fmt: skip
    roles = tuple(r.model_copy(update={"person": rename(r.person)}) for r in record.roles)
    quotes = tuple(q.model_copy(update={"speaker": q.speaker and rename(q.speaker)}) for q in record.quotes)
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(365))
    place = rng.choice(sorted(PLACES))
    events = tuple(
        e.model_copy(update={
            "date": day if e.reported else e.date,
            "place": place if e.reported else e.place,
            "participants": tuple(p.model_copy(update={"name": rename(p.name)}) for p in e.participants),
        })
        for e in record.events
    )  # fmt: skip
    article = record.article.model_copy(update={"id": f"s{i:06}", "source": None, "date": day})
    return record.model_copy(
        update={"article": article, "mentions": mentions, "roles": roles, "quotes": quotes, "events": events}
    )


def measure(size: int) -> None:
    import kg

    rng = random.Random(size)
    base = seed_records()
    fresh = renamer(base, rng)
    records = [copy_record(base[i % len(base)], i, fresh, rng) for i in range(size)]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    corpus = kg.resolve(records)
    resolved = time.perf_counter()
    graph = kg.build_graph(corpus)
    built = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{size:>7} articles: resolve {resolved - start:6.1f} s, graph {built - resolved:6.1f} s, "
          f"{graph.number_of_nodes():>7} nodes {graph.number_of_edges():>8} edges, "
          f"{len(corpus.people):>6} people, peak RSS {peak:6.0f} MiB (records alone {before:.0f} MiB)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        measure(args.one)
        return
    for size in (int(s) for s in args.sizes.split(",")):
        subprocess.run([sys.executable, __file__, "--one", str(size)], check=True)


if __name__ == "__main__":
    main()
