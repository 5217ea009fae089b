"""Throughput of extraction: how much kg costs on top of Natasha's NER, and how it scales.

    .venv/bin/python bench/throughput.py [--articles 2000] [--jobs N] [--naive-sample 400]

One corpus (the seeds and the texts of ../shared/eval-data, replicated to --articles, each
copy made unique so the build's de-duplication keeps it), measured in one run:
  (a) Natasha NER alone: segment + NER per article;
  (b) the naive full Natasha pipeline: segment, morphology, syntax, NER, normalise spans
      (on the first --naive-sample articles, a full cycle of the distinct texts: at about
      half a second an article it would dominate the run; docs/s is per article all the same);
  (c) `kg build --jobs 1` (read, extract, resolve, graph; no cache);
  (d) `kg build --jobs N`.
Prints docs/s and chars/s for each, the ratios c/a, c/b, d/c, and peak memory (RSS) of the
process and of the pool's workers. Targets (issue 7): c/a ≥ 0.7, c/b ≥ 1.5, d/c near N.

The replicated corpus lets memoised look-ups serve the copies, and (a) and (c) include loading
the models; so (e) measures c/a the honest way: both sides load first, warm up on 20 NEREL train
texts, then each reads, once, texts neither has seen in the run (NEREL dev, then 300 excerpts
of 1 KB from other NEREL train texts), on one BLAS thread, kg in the build's batches, the two
taking turns on chunks of 16 texts so the machine's drift falls on both alike, the garbage
collector paused for each chunk on both sides (kg build pauses it for each batch; Natasha's
collections in this process would walk kg's word caches, which a process of its own lacks); and the
ten functions kg spends most time in, by cProfile over 50 more unseen texts (`--no-unseen`
skips it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval-data"
sys.path.insert(0, str(ROOT))


def corpus(n: int) -> list[str]:
    """`n` article texts from the seeds and the eval sets, copies marked so each is unique."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("nerel_dev.jsonl", "factru_dev.jsonl", "kaznerd_dev.jsonl"):
        path = EVAL / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    return [texts[i % len(texts)] + f"\n\n№ {i}" for i in range(n)]


def peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def timed(label: str, texts: list[str], run) -> float:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    chars = sum(map(len, texts))
    print(f"{label:<44} {len(texts) / seconds:8.1f} docs/s {chars / seconds:10.0f} chars/s  ({seconds:.1f} s)")
    return len(texts) / seconds


def natasha_ner(texts: list[str]) -> None:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)


def natasha_full(texts: list[str]) -> None:
    from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)  # fmt: skip

    emb = NewsEmbedding()
    segmenter, vocab = Segmenter(), MorphVocab()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        for span in doc.spans:
            span.normalize(vocab)


def jsonl_texts(name: str) -> list[str]:
    return [json.loads(line)["text"] for line in (EVAL / name).open(encoding="utf-8") if line.strip()]


def unseen() -> None:
    """(e): Natasha's NER alone against kg's extraction on texts neither has seen in this run."""
    import cProfile
    import pstats

    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    from threadpoolctl import threadpool_limits

    from extract import Nlp, parse_article
    from kg.parallel import batches, collector_paused, extract_safely

    train, dev = jsonl_texts("nerel_train.jsonl"), jsonl_texts("nerel_dev.jsonl")
    warm, excerpts, profiled = train[:20], [t[:1000] for t in train[20:320]], train[320:370]
    segmenter, ner, nlp = Segmenter(), NewsNERTagger(NewsEmbedding()), Nlp()

    def ner_alone(texts: list[str]) -> None:
        with collector_paused():  # as kg's batches are: its collections would walk kg's caches
            for text in texts:
                doc = Doc(text)
                doc.segment(segmenter)
                doc.tag_ner(ner)

    def kg_extract(texts: list[str]) -> None:
        articles = [parse_article(t, id=f"u{i}") for i, t in enumerate(texts)]
        for batch in batches(articles):
            extract_safely(batch, nlp)

    with threadpool_limits(1):
        ner_alone(warm)
        kg_extract(warm)
        for name, texts in (("NEREL dev", dev), ("1 KB excerpts", excerpts)):
            a, c = interleaved(texts, ner_alone, kg_extract)
            chars = sum(map(len, texts))
            for label, seconds in ((f"(e) Natasha NER alone, unseen {name}", a), (f"(e) kg extraction, unseen {name}", c)):
                print(f"{label:<44} {len(texts) / seconds:8.1f} docs/s {chars / seconds:10.0f} chars/s  ({seconds:.1f} s)")
            print(f"c/a on unseen {name} = {a / c:.2f}  (target ≥ 0.70)")
        profile = cProfile.Profile()
        profile.runcall(kg_extract, profiled)
    print("kg's ten most costly functions (own time, 50 unseen NEREL train texts):")
    stats = pstats.Stats(profile)
    stats.sort_stats("tottime").print_stats(10)


def interleaved(texts: list[str], first, second, chunk: int = 16) -> tuple[float, float]:
    """Seconds each of two readers spends on `texts`, timed a chunk at a time in turn (which
    goes first alternates): a shared machine's speed drifts by a fifth within a minute, and
    timing one reader after the other put the drift into their ratio."""
    spent = [0.0, 0.0]
    for n, i in enumerate(range(0, len(texts), chunk)):
        part = texts[i : i + chunk]
        for side in ((0, 1) if n % 2 == 0 else (1, 0)):
            start = time.perf_counter()
            (first, second)[side](part)
            spent[side] += time.perf_counter() - start
    return spent[0], spent[1]


def kg_build(folder: Path, jobs: int) -> None:
    import kg

    kg.build([folder], jobs=jobs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--naive-sample", type=int, default=400, help="articles (b) runs on; 0 skips it")
    parser.add_argument("--no-unseen", action="store_true", help="skip (e), c/a on texts not seen in the run")
    args = parser.parse_args()
    texts = corpus(args.articles)
    print(f"corpus: {len(texts)} articles, {sum(map(len, texts))} chars; cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with open(folder / "corpus.jsonl", "w", encoding="utf-8") as handle:
            for i, text in enumerate(texts):
                handle.write(json.dumps({"id": f"a{i:05}", "text": text}, ensure_ascii=False) + "\n")
        a = timed("(a) Natasha NER alone", texts, lambda: natasha_ner(texts))
        sample = texts[: args.naive_sample]
        b = timed(f"(b) naive full Natasha pipeline, {len(sample)} articles", sample,
                  lambda: natasha_full(sample)) if sample else None  # fmt: skip
        c = timed("(c) kg build --jobs 1", texts, lambda: kg_build(folder, 1))
        self_peak = peak_mib()
        d = timed(f"(d) kg build --jobs {args.jobs}", texts, lambda: kg_build(folder, args.jobs))
    print(f"c/a = {c / a:.2f}  (target ≥ 0.70)")
    if b:
        print(f"c/b = {c / b:.2f}  (target ≥ 1.50)")
    print(f"d/c = {d / c:.2f}  with {args.jobs} workers (near-linear: ≈ {args.jobs})")
    print(f"peak RSS: this process {self_peak:.0f} MiB; largest worker {peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB")
    if not args.no_unseen:
        unseen()


if __name__ == "__main__":
    main()
