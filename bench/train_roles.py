"""Rebuild the roles scorer (extract/role_weights.json) from NEREL train's WORKS_AS relations,
and print its precision and recall on train and dev side by side.

    .venv/bin/python bench/train_roles.py [--cache /tmp/kg-nerel] [--l2 3]

Every candidate pair of extract/role_scores.py (the rules' readings, each person with each
title phrase near them in a sentence, and each title without a name with the people of the two
sentences before it: extract/role_anaphors.py) is an example: positive where NEREL has WORKS_AS from
the person (any of their mentions) to a PROFESSION span the title overlaps, the way
bench/quality.py counts a role right. A logistic regression (train_events.train) learns the
weights. Two thresholds: a pair the rules read is kept unless its score is under `--stated`,
one only the model pairs needs `--found`. They were decided on dev among a few settings: the
single threshold of best F1 over the train pairs (.44) gains .07 F1 on train and loses .03 on
dev, whose pairs the rules were written against; .1 and .6 gain .04 on train and hold dev.
A third, `--anaphor`, is for a title without a name (.45, chosen on the train halves of
`--folds`). Train and dev are printed side by side with every run.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import gold_pairs, overlaps, role_counts  # noqa: E402
from train_events import load, train  # noqa: E402

from extract import Nlp  # noqa: E402
from extract import role_scores  # noqa: E402
from extract.roles import dedupe  # noqa: E402


def examples(data: list) -> list[tuple[dict, object, list, list[int], object]]:
    """(document, record, candidates, labels, analysis) of every document."""
    out = []
    for doc, analysis, record in data:
        gold = gold_pairs(doc)
        cands = role_scores.candidates(analysis, record.mentions, list(analysis.kazakh))
        labels = []
        for c in cands:
            tokens = analysis.tokens
            title = (tokens[c.phrase.first].start, tokens[c.phrase.last - 1].stop)
            spans = [(m.start, m.stop) for m in record.mentions if m.type == "PER" and m.normal == c.person.normal]
            labels.append(int(any(overlaps(title, prof) and any(overlaps(s, per) for s in spans) for per, prof in gold)))
        out.append((doc, record, cands, labels, analysis))
    return out


def figures(data: list, keep=role_scores.kept, table: dict | None = None) -> str:
    """P and R the way bench/quality.py counts them, on the roles `keep` keeps (scored with
    `table`, the shipped weights by default)."""
    total: dict[str, int] = {}
    for doc, record, cands, _, analysis in data:
        score = lambda c: role_scores.probability(c.features, table)  # noqa: E731
        roles = dedupe(role_scores.chosen(analysis, cands, keep, score))
        for key, value in role_counts(doc, record.model_copy(update={"roles": tuple(roles)})).items():
            total[key] = total.get(key, 0) + value
    p = total["correct"] / max(total["pred"], 1)
    r = total["found"] / max(total["gold"], 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (pred {total['pred']}, gold {total['gold']})"


def threshold(args: argparse.Namespace, c: role_scores.Candidate) -> float:
    return getattr(args, role_scores.threshold_name(c.reading))


def folds(data: list, args: argparse.Namespace) -> None:
    """The model trained on one half of train and scored on the other, beside the rules alone
    on that half: text neither was written or trained on (dev is not: the rules were written
    reading its errors)."""
    for k in (0, 1):
        fit = [d for i, d in enumerate(data) if i % 2 != k]
        held = [d for i, d in enumerate(data) if i % 2 == k]
        table, _ = train([c.features for _, _, cs, _, _ in fit for c in cs], [y for _, _, _, ys, _ in fit for y in ys], args.l2)

        def keep(c: role_scores.Candidate) -> bool:
            return role_scores.probability(c.features, table) >= threshold(args, c)

        rules = figures(held, lambda c: c.reading not in ("none", "anaphor"))
        print(f"train half {k}: rules alone {rules}   scorer {figures(held, keep, table)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the analyses of NEREL here between runs")
    parser.add_argument("--l2", type=float, default=3.0)
    parser.add_argument("--stated", type=float, default=0.1, help="the least score a pair the rules read keeps")
    parser.add_argument("--folds", action="store_true", help="also train on each half of train, score on the other")
    parser.add_argument("--found", type=float, default=0.75, help="the least score a pair only the model reads needs")
    parser.add_argument("--anaphor", type=float, default=0.45, help="the least score a title without a name needs")
    args = parser.parse_args(argv)
    nlp = Nlp()
    train_set, dev_set = examples(load("train", args.cache, nlp)), examples(load("dev", args.cache, nlp))
    X = [c.features for _, _, cands, _, _ in train_set for c in cands]
    y = [label for _, _, _, labels, _ in train_set for label in labels]
    table, best = train(X, y, args.l2)
    print(f"{len(X)} train pairs, {sum(y)} positive, {len(table)} features, best F1 on train pairs at {best}")
    model = {"thresholds": {"stated": args.stated, "found": args.found, "anaphor": args.anaphor}, "weights": dict(sorted(table.items()))}
    text = json.dumps(model, ensure_ascii=False, indent=0, separators=(",", ":"))
    role_scores.WEIGHTS.write_text(text + "\n", encoding="utf-8")
    role_scores.weights.cache_clear()
    print(f"WORKS_AS train {figures(train_set)}   dev {figures(dev_set)}")
    rules = lambda c: c.reading not in ("none", "anaphor")  # noqa: E731
    print(f"rules alone    train {figures(train_set, rules)}   dev {figures(dev_set, rules)}")
    if args.folds:
        folds(train_set, args)


if __name__ == "__main__":
    main()
