"""Who appeared where on real news: kg's reported events against facts written down by reading
real excerpts of the referendum campaign and of other Kazakhstan news (886 now;
bench/realnews/facts_*.jsonl: urls, names, places, dates, quote offsets; never the text).
Prints figures per language; a script, never a test.

    .venv/bin/python bench/realnews.py [--texts ../realnews/texts] [--show]

The texts are third-party and stay outside the repository: each fact line names the `query`
that finds its page with the `search` tool's `pages` corpus and the `url`; a text is saved as
`<id>.txt`, the excerpt exactly as the search returned it (` date YYYY-MM-DD` and the page's
first line after it, as the seeds are written). The same url may come back as another excerpt
under another query: the fact's quote offsets tell which one is right.

Odd-numbered excerpts are the train half, read for errors (--show prints its misses), even
ones the dev half, only measured: both are printed. Measured, per gold event of an excerpt (an excerpt may report several):
- participants: a named participant is found when a reported event of the excerpt has a
  participant with the same name key (any case, either script), or with the same surname;
- false participants: participants kg gives that are none of the excerpt's gold people;
- places: where the facts state a town or venue, right when a reported event's place names it;
- dates: where the facts state a date, right when a reported event carries it;
- quotes: a gold quote is found when a quote kg reads covers its start (or starts within 3
  characters), its speaker right when the names agree as above; precision over kg's quotes;
  the occasion right when kg's `at_event` is the gold's (said at the reported event or not).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import Nlp, parse_article  # noqa: E402
from extract.names import fold, name_key, surname  # noqa: E402
from extract.places import known_place  # noqa: E402
from extract.pipeline import analyse, read_analysis  # noqa: E402

FACTS = ROOT / "bench" / "realnews"
TEXTS = ROOT.parent / "realnews" / "texts"


ABBREVIATION = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{2,6}")
QUOTED = re.compile(r"[«\"]([^«»\"]+)[»\"]")


def same_person(a: str, b: str) -> bool:
    if name_key(a) == name_key(b):
        return True
    return fold(surname(a)) == fold(surname(b)) and len(surname(a)) > 2


def place_matches(predicted: str | None, gold_town: str | None, gold_venue: str | None) -> bool:
    """The same place: one gazetteer entry in either language («Орал» = «Уральск»), one quoted
    name («ТРЦ «Mega Silk Way»» = «торгово-развлекательный центр «Mega Silk Way»»), an
    abbreviation and the words it stands for («СЦК»), or names
    that share their first five letters either way (a venue written in another case)."""
    if not predicted:
        return False
    said = fold(predicted)
    quoted = QUOTED.findall(predicted)
    if quoted and gold_venue and any(fold(q) in map(fold, QUOTED.findall(gold_venue)) for q in quoted):
        return True
    known = known_place(predicted, kazakh=True)
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", predicted)).upper()
    for gold in (g for g in (gold_town, gold_venue) if g):
        if ABBREVIATION.fullmatch(gold) and gold == initials:
            return True  # «СЦК» = «Служба центральных коммуникаций»
        if known and known == known_place(gold, kazakh=True):
            return True
        if fold(gold)[:5] in said or said[:5] in fold(gold):
            return True
    return False


def split_of(fact_id: str) -> str:
    """Odd-numbered excerpts are the train half (read for errors), even ones the dev half
    (measured only), as with the other gold sets."""
    return "train" if int(fact_id[2:]) % 2 else "dev"


def read_facts(path: Path = FACTS) -> list[dict]:
    rows = []
    for file in sorted(path.glob("facts_*.jsonl")):
        rows += [json.loads(line) for line in file.open(encoding="utf-8") if line.strip()]
    return rows


def score(facts: list[dict], records: dict[str, object], show: bool) -> dict[str, Counter]:
    by_lang: dict[str, Counter] = {}
    for fact in facts:
        record = records.get(fact["id"])
        if record is None:
            continue
        c = by_lang.setdefault(f"{fact['lang']} {split_of(fact['id'])}", Counter())
        c["excerpts"] += 1
        reported = [e for e in record.events if e.reported]
        given = {p.name for e in reported for p in e.participants}
        gold_people = [p["name"] for e in fact["events"] for p in e["participants"]]
        for event in fact["events"]:
            for p in event["participants"]:
                c["participants"] += 1
                hit = any(same_person(p["name"], g) for g in given)
                c["participants found"] += hit
                if show and not hit:
                    print(f"{fact['id']}: missed participant {p['name']}")
            if event["town"] or event["venue"]:
                c["places stated"] += 1
                right = any(place_matches(p, event["town"], event["venue"]) for e in reported for p in (e.place, e.town))
                c["places right"] += right
                if show and not right:
                    print(f"{fact['id']}: place {event['town']} / {event['venue']}, kg {[(e.place, e.town) for e in reported]}")
            else:  # the text does not say where: a place kg gives is one it made up
                c["places unstated"] += 1
                invented = [(e.place, e.town) for e in reported if e.place or e.town]
                c["places invented"] += bool(invented)
                if show and invented:
                    print(f"{fact['id']}: place none stated, kg {invented}")
            if event["date"]:
                c["dates stated"] += 1
                right = any(e.date and e.date.isoformat() == event["date"] for e in reported)
                c["dates right"] += right
                if show and not right:
                    print(f"{fact['id']}: date {event['date']}, kg {[str(e.date) for e in reported]}")
        for name in given:
            c["participants given"] += 1
            if not any(same_person(name, g) for g in gold_people):
                c["false participants"] += 1
                if show:
                    print(f"{fact['id']}: false participant {name}")
        for q in fact["quotes"]:
            c["quotes"] += 1
            found = [k for k in record.quotes if k.start - 3 <= q["start"] < max(k.stop, k.start + 4)]
            c["quotes found"] += bool(found)
            if show and not found:
                print(f"{fact['id']}: missed quote at {q['start']} ({q['kind']}, {q['speaker']})")
            if q["speaker"] and found:
                speaker_right = any(k.speaker and same_person(k.speaker, q["speaker"]) for k in found)
            else:
                speaker_right = any(k.speaker is None for k in found)
            c["speakers right"] += bool(found) and speaker_right
            if found:  # said at the event or on another occasion, as the gold says
                c["occasions right"] += any(k.at_event == q.get("at_event", True) for k in found)
                c["said elsewhere"] += not q.get("at_event", True)
            if show and found and not speaker_right:
                print(f"{fact['id']}: quote at {q['start']} by {q['speaker']}, kg {[k.speaker for k in found]}")
        starts = [q["start"] for q in fact["quotes"]]
        for k in record.quotes:
            c["quotes given"] += 1
            right = any(k.start - 3 <= s < max(k.stop, k.start + 4) for s in starts)
            c["quotes right"] += right
            if show and not right:
                print(f"{fact['id']}: false quote at {k.start} ({k.kind}, {k.speaker})")
    return by_lang


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument("--show", action="store_true", help="print every miss of the train half")
    args = parser.parse_args(argv)
    facts = [f for f in read_facts() if (args.texts / f"{f['id']}.txt").exists()]
    if not facts:
        sys.exit(f"no texts under {args.texts}: fetch them by each fact's query (see the docstring)")
    nlp = Nlp()
    articles = [parse_article((args.texts / f"{f['id']}.txt").read_text(encoding="utf-8"), id=f["id"]) for f in facts]
    analyses = analyse(nlp, [a.text for a in articles])
    records = {a.id: read_analysis(a, x) for a, x in zip(articles, analyses)}
    if args.show:  # misses are read on the train half only
        score([f for f in facts if split_of(f["id"]) == "train"], records, True)
    for lang, c in sorted(score(facts, records, False).items()):
        print(f"{lang}: {c['excerpts']} excerpts")
        print(f"  participants found {ratio(c['participants found'], c['participants'])}, "
              f"false {c['false participants']} of {c['participants given']} given")  # fmt: skip
        print(f"  places right {ratio(c['places right'], c['places stated'])}, given where none is stated "
              f"{c['places invented']} of {c['places unstated']}, dates right {ratio(c['dates right'], c['dates stated'])}")
        print(f"  quotes found {ratio(c['quotes found'], c['quotes'])}, speaker right {ratio(c['speakers right'], c['quotes found'])}, "
              f"precision {ratio(c['quotes right'], c['quotes given'])}, "
              f"at the event or elsewhere right {ratio(c['occasions right'], c['quotes found'])} "
              f"({c['said elsewhere']} said elsewhere)")  # fmt: skip


if __name__ == "__main__":
    main()
