"""Memory and time of resolution and graph building as the corpus grows to 100k articles.

    .venv/bin/python bench/scale.py [--sizes 1000,10000,100000]

Extraction is per article and scales with workers (bench/throughput.py); what sees the whole
corpus is resolution and graph building, `kg.graph.graph_of`, which reads a records.jsonl
twice, one record at a time, and holds only the name tables and the graph. The corpus here
is synthetic but made of real records: the seeds' extraction records, copied with new article
ids, dates, places and people (first names × surnames × endings seen in the seeds), so the
graph grows like a real one: more people, more events, more edges. The copies keep the seeds'
texts; evidence sentences are shared within an article only, so the repeated texts do not
flatter the memory figure. Each size is written once to `--folder` and measured in a fresh
process, so the peak RSS is its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import subprocess
import sys
import tempfile
import time
from functools import reduce
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
    mapping = {n: fresh() for n in sorted(people)}  # sorted: the same corpus on every run

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


def write_corpus(size: int, path: Path) -> None:
    """`size` synthetic records into a records.jsonl, as `kg build` leaves one in out/."""
    from kg.records import write_records

    rng = random.Random(size)
    base = seed_records()
    fresh = renamer(base, rng)
    write_records((copy_record(base[i % len(base)], i, fresh, rng) for i in range(size)), path)


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(size: int, path: Path, workers: int = 0) -> None:
    """Resolution and graph building from the file, read one record at a time (twice); with
    `workers`, the first pass runs on a local Dask cluster of that many processes, four
    partitions a worker, and its tables merge in order."""
    from kg.graph import graph_of
    from kg.records import RecordFile
    from kg.resolve import FirstPass, first_pass

    before = rss_mib()
    source = RecordFile(path)
    if workers:
        import distributed

        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:  # fmt: skip
            start = time.perf_counter()  # the cluster's start-up is not counted
            first = reduce(FirstPass.merge, client.gather(client.map(first_pass, source.parts(4 * workers))))
            first_took = time.perf_counter() - start
        where = f"on {workers} Dask workers "
    else:
        start = time.perf_counter()
        first = first_pass(source)
        first_took, where = time.perf_counter() - start, ""
    start = time.perf_counter()
    graph = graph_of(source, first)
    took = first_took + time.perf_counter() - start
    note = f" (first pass {where}{first_took:.1f} s)"
    peak = rss_mib()
    print(f"{size:>7} articles: resolve + graph {took:6.1f} s{note}, {graph.number_of_nodes():>7} nodes "
          f"{graph.number_of_edges():>9} edges, peak RSS {peak:6.0f} MiB "
          f"({(peak - before) * 1024 / size:5.1f} KiB an article over {before:.0f} MiB at start)", flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--folder", type=Path, help="where the records files go (default: a temporary folder)")
    parser.add_argument("--workers", type=int, default=0, help="run the first pass on a local Dask cluster of N processes")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--write", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        measure(int(args.one[0]), Path(args.one[1]), args.workers)
        return
    if args.write:
        write_corpus(int(args.write[0]), Path(args.write[1]))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)  # a --folder not made yet
        for size in (int(s) for s in args.sizes.split(",")):
            path = folder / f"records-{size}.jsonl"
            if not path.exists():
                subprocess.run([sys.executable, __file__, "--write", str(size), str(path)], check=True)
            subprocess.run([sys.executable, __file__, "--one", str(size), str(path), "--workers", str(args.workers)], check=True)


if __name__ == "__main__":
    main()
