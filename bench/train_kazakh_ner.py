"""Train the Kazakh CRF (extract/kazakh_ner.crf) on KazNERD train and print exact-span P/R/F1 for
train and dev side by side, the rules alone beside it.

    .venv/bin/python bench/train_kazakh_ner.py [--c1 0.05] [--c2 0.01] [--iterations 150]

Data: ../shared/eval-data/kaznerd_train.jsonl (9,167 sentences of KazNERD, Yeshpanov et al.,
2022, CC BY 4.0), one sentence a line inside each document; kaznerd_dev.jsonl only measured.
Each line is read as a Kazakh paragraph: the words of kazakh_words.words_of, the rules'
reading of them (kazakh_ner.paragraph_mentions) as a feature, KazNERD's PER, ORG and LOC
(GPE and LOCATION) as BIO labels. The scores here compare spans of words (the gold trimmed to
its words); bench/quality.py scores the whole pipeline with the shared scorer.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from extract import kazakh_crf  # noqa: E402
from extract.kazakh import paragraphs  # noqa: E402
from extract.kazakh_ner import paragraph_mentions  # noqa: E402
from extract.kazakh_words import words_of  # noqa: E402

DATA = ROOT.parent / "shared" / "eval-data"


def lines_of(split: str):
    """(text, start, stop, gold spans) of every sentence of KazNERD `split`."""
    for line in (DATA / f"kaznerd_{split}.jsonl").open(encoding="utf-8"):
        if not line.strip():
            continue
        doc = json.loads(line)
        text = doc["text"]
        gold = [(e["start"], e["end"], e["type"]) for e in doc["entities"] if e["type"] in kazakh_crf.TYPES]
        for start, stop in paragraphs(text):
            yield text, start, stop, [g for g in gold if start <= g[0] < stop]


def gold_labels(words, gold) -> list[str]:
    labels = ["O"] * len(words)
    for a, b, kind in gold:
        inside = [i for i, w in enumerate(words) if a <= w.start and w.stop <= b]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + kind
    return labels


def word_spans(words, labels) -> set[tuple[int, int, str]]:
    return {(words[a].start, words[b].stop, kind) for a, b, kind in kazakh_crf.spans_of(labels)}


def prf(c: Counter, kind: str) -> str:
    p = c[f"{kind} right"] / c[f"{kind} predicted"] if c[f"{kind} predicted"] else 0.0
    r = c[f"{kind} right"] / c[f"{kind} gold"] if c[f"{kind} gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} {r:.3f} {f:.3f}"


def evaluate(split: str, tagger: pycrfsuite.Tagger | None) -> tuple[Counter, Counter]:
    """Counts for the CRF (or none) and for the rules alone."""
    crf, rules = Counter(), Counter()
    for text, start, stop, gold in lines_of(split):
        words = words_of(text, start, stop)
        if not words:
            continue
        expected = word_spans(words, gold_labels(words, gold))
        by_rules = kazakh_crf.rule_labels(words, paragraph_mentions(text, start, stop))
        for counts, labels in ((rules, by_rules), (crf, tagger.tag(kazakh_crf.sentence_features(words, by_rules)) if tagger else None)):
            if labels is None:
                continue
            found = word_spans(words, labels)
            for kind in kazakh_crf.TYPES:
                g = {s for s in expected if s[2] == kind}
                f = {s for s in found if s[2] == kind}
                counts[f"{kind} gold"] += len(g)
                counts[f"{kind} predicted"] += len(f)
                counts[f"{kind} right"] += len(g & f)
    return crf, rules


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for text, start, stop, gold in lines_of("train"):
        words = words_of(text, start, stop)
        if words:
            rules = kazakh_crf.rule_labels(words, paragraph_mentions(text, start, stop))
            trainer.append(kazakh_crf.sentence_features(words, rules), gold_labels(words, gold))
            n += 1
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})  # fmt: skip
    trainer.train(str(kazakh_crf.MODEL))
    size = kazakh_crf.MODEL.stat().st_size
    print(f"trained on {n} sentences in {time.perf_counter() - began:.0f} s: {kazakh_crf.MODEL.name}, {size / 1e6:.1f} MB")
    kazakh_crf.tagger.cache_clear()
    tagger = kazakh_crf.tagger()
    print("exact word spans, P R F1:   CRF train | CRF dev | rules train | rules dev")
    results = {split: evaluate(split, tagger) for split in ("train", "dev")}
    for kind in kazakh_crf.TYPES:
        (ct, rt), (cd, rd) = results["train"], results["dev"]
        print(f"  {kind}: {prf(ct, kind)} | {prf(cd, kind)} | {prf(rt, kind)} | {prf(rd, kind)}")


if __name__ == "__main__":
    main()
