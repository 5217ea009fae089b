"""Extraction quality on the shared gold sets: NER P/R/F1 (ours against raw Natasha) and
WORKS_AS role P/R against NEREL, and (set "events") NEREL PARTICIPANT_IN and TAKES_PLACE_IN on train
and dev side by side. A script that prints figures, never a test.

    .venv/bin/python bench/quality.py [--limit N] [--sets nerel,factru,kaznerd,events]

NER: `extract_article` runs on every gold document (one shared `Nlp`); its spans are written in
the gold's JSONL shape and scored with ../shared/tools/score_ner.py, exact (same start, end,
type) and partial (same type, overlapping, paired one-to-one). The baseline is Natasha's
NewsNERTagger spans as they come. The two sets mark different things, and a record keeps both
readings: factRuEval marks names only, so it is scored against `record.mentions`; NEREL is
nested and also marks an organisation with the place completing it («Верховный суд Испании»),
a region by the compass («севере Мали») and a country's adjective («японского») as ORG and LOC,
and calls a building or street a FACILITY («Белого дома»), so it is scored with
--gold-top-level against `nested_reading`. Each set is printed the other way too.

Roles (NEREL only): a gold pair is a WORKS_AS relation from a PER entity to a PROFESSION
entity. A predicted role is its title span — from `Role.start` to the start of the person's
mention that ends at `Role.stop` (the whole `Role` span when no such mention exists, as for a
role-only phrase read from a quote) — and its person, every PER mention of the record whose
`normal` is `Role.person`. Each span in `Role.restated` (the same title stated for the same
person elsewhere in the article) is one more prediction, read the same way. A prediction
matches a gold pair when the title span overlaps the PROFESSION span and one of the person's
mentions overlaps the PER span. Recall: gold pairs
matched by some prediction; precision: predictions matching some gold pair. "near" recall
counts only gold pairs whose two spans are within 60 characters with no sentence end between
them — the appositions a reader of one sentence sees; the other gold pairs need coreference.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from functools import lru_cache

from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

from extract import Nlp, extract_article, parse_article

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval-data"  # ../shared beside the clone, as in CI
SCORER = ROOT.parent / "shared" / "tools" / "score_ner.py"
SETS = {"nerel": "nerel_dev.jsonl", "factru": "factru_dev.jsonl", "kaznerd": "kaznerd_dev.jsonl", "events": ""}
TRAIN = {"nerel": "nerel_train.jsonl", "kaznerd": "kaznerd_train.jsonl"}  # factRuEval has no train split here
TYPES = ("PER", "ORG", "LOC")
NEAR = 60
SENTENCE_END = re.compile(r"[.!?]\s|\n")


def load_gold(path: Path, limit: int | None) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines if line.strip()]
    return docs[:limit] if limit else docs


def write_jsonl(path: Path, docs: list[dict]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def as_prediction(doc: dict, spans: list[tuple[int, int, str]]) -> dict:
    """A prediction line in the gold's shape."""
    entities = [{"start": a, "end": b, "type": t, "text": doc["text"][a:b]} for a, b, t in spans]
    return {"id": doc["id"], "lang": doc["lang"], "text": doc["text"], "entities": entities}


@lru_cache(maxsize=1)
def natasha_ner() -> NewsNERTagger:
    return NewsNERTagger(NewsEmbedding())


def natasha_spans(nlp: Nlp, text: str) -> list[tuple[int, int, str]]:
    """The baseline: NewsNERTagger's spans, untouched, as Natasha runs it."""
    doc = Doc(text)
    doc.segment(Segmenter())
    doc.tag_ner(natasha_ner())
    return [(s.start, s.stop, s.type) for s in doc.spans]


def score(gold: Path, pred: Path, top_level: bool) -> dict:
    """score_ner.py's JSON table: {mode: {type: {p, r, f1, tp, gold, pred}}}."""
    command = [sys.executable, str(SCORER), str(gold), str(pred), "--json", "--types", ",".join(TYPES)]
    command += ["--gold-top-level"] if top_level else []
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def title_span(role, mentions, span: tuple[int, int] | None = None) -> tuple[int, int]:
    """Where the title itself is written: the role's span (or one of its restated spans) up to
    its person's mention."""
    start, stop = span or (role.start, role.stop)
    for m in mentions:
        if m.type == "PER" and m.stop == stop and m.normal == role.person and m.start > start:
            return start, m.start
    return start, stop


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def gold_pairs(doc: dict) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(PER span, PROFESSION span) of each WORKS_AS relation, once each."""
    pairs = set()
    for rel in doc.get("relations", ()):
        if rel["type"] != "WORKS_AS":
            continue
        per, prof = doc["entities"][rel["head"]], doc["entities"][rel["tail"]]
        pairs.add(((per["start"], per["end"]), (prof["start"], prof["end"])))
    return sorted(pairs)


def is_near(text: str, pair) -> bool:
    (a, b), (c, d) = pair
    gap = text[min(b, d) : max(a, c)]
    return len(gap) <= NEAR and not SENTENCE_END.search(gap)


def role_counts(doc: dict, record) -> dict[str, int]:
    """Matched and total gold pairs (all and near) and predictions of one document."""
    pairs = gold_pairs(doc)
    predicted = []
    for role in record.roles:
        people = [(m.start, m.stop) for m in record.mentions if m.type == "PER" and m.normal == role.person]
        for span in ((role.start, role.stop), *role.restated):
            predicted.append((title_span(role, record.mentions, span), people))

    def matches(pair, prediction) -> bool:
        title, people = prediction
        return overlaps(title, pair[1]) and any(overlaps(p, pair[0]) for p in people)

    found = [p for p in pairs if any(matches(p, r) for r in predicted)]
    near = [p for p in pairs if is_near(doc["text"], p)]
    return {
        "gold": len(pairs), "found": len(found),
        "near": len(near), "near_found": len([p for p in found if p in near]),
        "pred": len(predicted), "correct": sum(any(matches(p, r) for p in pairs) for r in predicted),
    }  # fmt: skip


def measure(path: Path, name: str, nlp: Nlp, limit: int | None, tmp: Path, split: str) -> dict:
    """Our NER (both readings), Natasha's and the roles on one gold file, scored."""
    docs = load_gold(path, limit)
    names, nested, natasha, roles = [], [], [], {}
    began = time.perf_counter()
    for doc in docs:
        record = extract_article(parse_article(doc["text"], id=doc["id"]), nlp)
        flat = [(m.start, m.stop, m.type) for m in record.mentions]
        names.append(as_prediction(doc, flat))
        nested.append(as_prediction(doc, nested_reading(record)))
        natasha.append(as_prediction(doc, natasha_spans(nlp, doc["text"])))
        for key, value in role_counts(doc, record).items():
            roles[key] = roles.get(key, 0) + value
    seconds = time.perf_counter() - began
    top_level = name == "nerel"
    gold_path, natasha_path = tmp / f"{name}.{split}.gold.jsonl", tmp / f"{name}.{split}.natasha.jsonl"
    ours_path, other_path = tmp / f"{name}.{split}.ours.jsonl", tmp / f"{name}.{split}.other.jsonl"
    write_jsonl(gold_path, docs)
    write_jsonl(ours_path, nested if top_level else names)
    write_jsonl(other_path, names if top_level else nested)
    write_jsonl(natasha_path, natasha)
    return {"docs": docs, "seconds": seconds, "top_level": top_level, "roles": roles,
            "ours": score(gold_path, ours_path, top_level), "other": score(gold_path, other_path, top_level),
            "natasha": score(gold_path, natasha_path, top_level)}  # fmt: skip


def run_set(name: str, nlp: Nlp, limit: int | None, tmp: Path, train: bool = True) -> None:
    dev = measure(DATA / SETS[name], name, nlp, limit, tmp, "dev")
    docs, seconds, top_level = dev["docs"], dev["seconds"], dev["top_level"]
    print(f"\n== {name}: {len(docs)} documents, {sum(len(d['text']) for d in docs):,} characters, {seconds:.0f} s")
    if top_level:
        print("   NEREL is nested: gold reduced to its top-level PER/ORG/LOC spans (--gold-top-level), ours to")
        print("   the outermost of mentions and the layers over them: compounds («Верховный суд Испании»),")
        print("   regions («севере Мали»), place adjectives («японского»); facilities («Белого дома») as FAC")
    else:
        print("   ours: the mentions (names and places apart, as this set marks them), without the layers")
    print_ner(dev["ours"], dev["natasha"])
    print(f"   the same with{' the mentions alone' if top_level else ' the layers, read as for NEREL'}:")
    print_ner(dev["other"], dev["natasha"], types=("ORG", "LOC", "ALL"), modes=("exact",))
    if dev["roles"].get("gold"):
        print_roles(dev["roles"])
    if train and name in TRAIN:
        other = measure(DATA / TRAIN[name], name, nlp, limit, tmp, "train")
        print(f"   train | dev ({len(other['docs'])} train documents), exact F1 of ours:")
        print("     " + "   ".join(f"{t} {other['ours']['exact'][t]['f1']:.3f} | {dev['ours']['exact'][t]['f1']:.3f}" for t in TYPES))
        if other["roles"].get("gold"):
            (a, b) = (other["roles"], dev["roles"])
            print(f"     roles P {a['correct'] / max(a['pred'], 1):.3f} | {b['correct'] / max(b['pred'], 1):.3f}"
                  f"   R {a['found'] / max(a['gold'], 1):.3f} | {b['found'] / max(b['gold'], 1):.3f}")  # fmt: skip


@lru_cache(maxsize=1)
def scorer():
    """../shared/tools/score_ner.py as a module, for the reduction it applies to nested gold."""
    spec = importlib.util.spec_from_file_location("score_ner", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def nested_reading(record) -> list[tuple[int, int, str]]:
    """NEREL's reading of a record: the outermost of its mentions and the layers over them
    (compounds, regions, place adjectives), with the places that are facilities read as
    facilities (FAC, which no scored type is), as NEREL reads «Белого дома»."""
    facilities = [(f.start, f.stop) for f in record.facilities]
    spans = [
        (m.start, m.stop, m.type)
        for m in (*record.mentions, *record.compounds, *record.place_adjectives, *record.regions)
        if not (m.type == "LOC" and any(a <= m.start and m.stop <= b for a, b in facilities))
    ]
    return outermost(spans + [(f.start, f.stop, f.type) for f in record.facilities])


def outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Our spans that no other of ours contains: the scorer's own top-level reduction, applied
    to our nested reading as --gold-top-level applies it to NEREL's."""
    return scorer().top_level(spans)


def print_ner(ours: dict, natasha: dict, types: tuple[str, ...] = (*TYPES, "ALL"), modes=("exact", "partial")) -> None:
    print(f"   {'':8}{'ours':>24}   {'Natasha':>22}")
    for mode in modes:
        print(f"   {mode:8}{'P':>8}{'R':>8}{'F1':>8}   {'P':>7}{'R':>8}{'F1':>8}   gold")
        for type_ in types:
            a, b = ours[mode][type_], natasha[mode][type_]
            print(f"     {type_:6}{a['p']:8.3f}{a['r']:8.3f}{a['f1']:8.3f}   "
                  f"{b['p']:7.3f}{b['r']:8.3f}{b['f1']:8.3f}   {a['gold']}")  # fmt: skip


def print_roles(c: dict) -> None:
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    print("   roles (WORKS_AS)  P       R       near R   gold  near  pred")
    print(f"     {'':12}{ratio(c['correct'], c['pred']):6.3f}  {ratio(c['found'], c['gold']):6.3f}  "
          f"{ratio(c['near_found'], c['near']):6.3f}   {c['gold']:5d} {c['near']:5d} {c['pred']:5d}")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N documents of each set")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ",".join(SETS))
    parser.add_argument("--no-train", action="store_true", help="dev sets only (train splits take minutes)")
    args = parser.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        parser.error(f"unknown set {unknown[0]!r}; choose from {', '.join(SETS)}")
    nlp = Nlp()
    with tempfile.TemporaryDirectory(prefix="kg-quality-") as tmp:
        for name in names:
            if name == "events":
                run_events(nlp, args.limit)
            else:
                run_set(name, nlp, args.limit, Path(tmp), train=not args.no_train)


def run_events(nlp: Nlp, limit: int | None) -> None:
    """NEREL's PARTICIPANT_IN (person → event) and TAKES_PLACE_IN (event → place) against the
    records' event frames, train and dev side by side (bench/train_events.py's scoring: a frame
    matches when its event word overlaps the gold EVENT and one of its person's or place's
    mentions overlaps the gold argument)."""
    from train_events import figures, load, score_frames  # noqa: PLC0415  (a sibling script)

    print("\n== events: NEREL PARTICIPANT_IN and TAKES_PLACE_IN, train | dev")
    splits = {split: load(split, None, nlp)[:limit] if limit else load(split, None, nlp) for split in ("train", "dev")}
    for kind in ("PARTICIPANT_IN", "TAKES_PLACE_IN"):
        train, dev = (score_frames(splits[s], kind) for s in ("train", "dev"))
        print(f"   {kind:15} train {figures(train)} | dev {figures(dev)}")


if __name__ == "__main__":
    main()
