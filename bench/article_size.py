"""Extraction time and memory as one article grows: is `extract_article` linear in its length?

    .venv/bin/python bench/article_size.py [--sizes 10,100,1000,5000] [--max-seconds 600]

Each article (sizes in KB of UTF-8, 1 KB = 1000 bytes) is made of whole real texts joined by a
blank line: the texts of ../shared/eval-data (NEREL train and dev, factRuEval dev, KazNERD train
and dev) interleaved so every size holds Russian and Kazakh in the same proportion. Each size
takes its own slice of them, and the models are warmed up on texts of none of the slices, so no
memoised look-up serves a text twice. The corpora hold 4.3 MB of distinct text, less than 10 KB +
100 KB + 1 MB + 5 MB: once they run out, texts come back with their lines in reverse order (a new
article, the same words). Only the 5 MB article needs it: 3.2 MB of it are texts of its own, 1.8 MB
such reversed texts (those of the smaller sizes' slices first, then 0.7 MB of its own).

Each size runs in a fresh process on one BLAS thread, so its peak RSS (models included) is its
own; a size past --max-seconds is stopped and shown as such. The last line is the ratio of the
largest size's ms/KB to the smallest's: 1 where extraction is linear in the article's length.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval-data"
sys.path.insert(0, str(ROOT))
CORPORA = ("nerel_train", "nerel_dev", "factru_dev", "kaznerd_train", "kaznerd_dev")
WARM_UP = 6  # texts the models read first, none of them in any article
KB = 1000


def read_corpora() -> list[list[str]]:
    """The texts of each gold set, in file order."""
    corpora = []
    for name in CORPORA:
        with (EVAL / f"{name}.jsonl").open(encoding="utf-8") as lines:
            corpora.append([json.loads(line)["text"] for line in lines if line.strip()])
    return corpora


def interleave(corpora: list[list[str]]) -> list[str]:
    """All texts in one list, each next one from the corpus least used so far (by bytes), so
    any stretch of the list mixes them as the whole does."""
    totals = [sum(len(t.encode()) for t in texts) for texts in corpora]
    taken, used, mixed = [0] * len(corpora), [0] * len(corpora), []
    while any(n < len(texts) for n, texts in zip(taken, corpora)):
        left = [i for i, texts in enumerate(corpora) if taken[i] < len(texts)]
        i = min(left, key=lambda i: used[i] / totals[i])
        text = corpora[i][taken[i]]
        taken[i] += 1
        used[i] += len(text.encode())
        mixed.append(text)
    return mixed


def reversed_lines(text: str) -> str:
    return "\n".join(reversed(text.split("\n")))


def articles(sizes: list[int]) -> tuple[list[str], list[str]]:
    """The warm-up texts and one article per size (KB), from consecutive slices of the texts;
    once they run out, texts come back with their lines reversed."""
    texts = interleave(read_corpora())
    warm, pool = texts[:WARM_UP], texts[WARM_UP:]
    stream = (t for cycle in (pool, map(reversed_lines, pool)) for t in cycle)
    built = []
    for size in sizes:
        parts, length = [], 0
        while length < size * KB:
            text = next(stream)
            parts.append(text)
            length += len(text.encode()) + 2
        built.append("\n\n".join(parts))
    return warm, built


def measure(index: int, sizes: list[int]) -> None:
    """Extract the article of sizes[index] in this process; print one JSON line."""
    os.environ.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    from extract import Nlp, extract_article, parse_article

    warm, built = articles(sizes)
    nlp = Nlp()
    for i, text in enumerate(warm):
        extract_article(parse_article(text, id=f"warm{i}"), nlp)
    article = parse_article(built[index], id=f"size{sizes[index]}")
    start = time.perf_counter()
    record = extract_article(article, nlp)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"bytes": len(article.text.encode()), "chars": len(article.text), "seconds": seconds,
                      "peak_mb": peak, "mentions": len(record.mentions)}))  # fmt: skip


def run_size(index: int, sizes: list[int], max_seconds: float) -> dict | None:
    """One size in a fresh process (one BLAS thread); None when it ran past `max_seconds`."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    command = [sys.executable, __file__, "--sizes", ",".join(map(str, sizes)), "--one", str(index)]
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=max_seconds, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as err:
        sys.exit(f"size {sizes[index]} KB failed:\n{err.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000,5000", help="article sizes in KB, smallest first")
    parser.add_argument("--max-seconds", type=float, default=600, help="stop a size after this long (model load included)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.one is not None:
        measure(args.one, sizes)
        return
    print(f"{'size':>8} {'chars':>9} {'seconds':>8} {'ms/KB':>7} {'peak RSS MB':>12}")
    per_kb = []
    for index, size in enumerate(sizes):
        row = run_size(index, sizes, args.max_seconds)
        if row is None:
            print(f"{size:>5} KB {'':>9} {'>' + str(int(args.max_seconds)):>8} {'-':>7} {'-':>12}", flush=True)
            continue
        per_kb.append(row["seconds"] * 1000 / (row["bytes"] / KB))
        print(f"{size:>5} KB {row['chars']:>9} {row['seconds']:>8.1f} {per_kb[-1]:>7.1f} {row['peak_mb']:>12.0f}", flush=True)
    if len(per_kb) > 1:
        print(f"ms/KB at the largest size finished over the smallest: {per_kb[-1] / per_kb[0]:.2f}")


if __name__ == "__main__":
    main()
