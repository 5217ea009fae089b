"""Who took part in an event, and where it was: a learned score over (event word, name) pairs.

A pair is a trigger and a person's (or a place's) mention in the same sentence. Its features
are what a reader goes by: which side of the event word the name stands, how far, what lies
between (a comma, another name, another event word, «который»), the name's case and the
preposition before it, the event word's part of speech and lemma. The weights are a logistic
regression trained by bench/train_events.py on NEREL's PARTICIPANT_IN and TAKES_PLACE_IN
relations (../shared/eval-data/nerel_train.jsonl) and shipped in weights.json.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from ..models import Mention
from ..nlp import Analysis
from .triggers import Trigger, find_triggers

WEIGHTS = Path(__file__).with_name("weights.json")
PREPOSITIONS = frozenset("с со у против над для от к ко о об по при между на в во за из из-за до после перед без".split())
PUNCTUATION = {",": "comma", ":": "colon", "(": "paren", ")": "paren", "«": "quote", "»": "quote", '"': "quote",
               "–": "dash", "—": "dash", "-": "dash", ";": "semicolon"}  # fmt: skip


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-5" if n < 6 else "6-8" if n < 9 else "9-12" if n < 13 else "13+"


def pair_features(
    analysis: Analysis, trigger: Trigger, mention: Mention, others: Sequence[Mention], triggers: Sequence[Trigger]
) -> list[str]:
    """The features of one (event word, mention) pair; `others`: the sentence's other mentions
    of the same type, `triggers`: the sentence's other event words.

    Names of features are strings, so the model is a readable table («side=before&case=Nom»)."""
    tokens = analysis.tokens
    first, last = analysis.token_range(mention.start, mention.stop)
    before = mention.stop <= trigger.start
    lo, hi = (last, trigger.first) if before else (trigger.last, first)
    between = tokens[lo:hi] if hi > lo else ()
    side = "before" if before else "after"
    head = tokens[trigger.first]
    case = (tokens[first].case or "none") if first < last else "none"
    pos = head.pos if head.pos in ("VERB", "NOUN", "ADJ") else "other"
    words = {t.text.lower() for t in between}
    marks = sorted({PUNCTUATION[t.text] for t in between if t.text in PUNCTUATION})
    named = sum(1 for m in others if m is not mention and (lo <= analysis.token_range(m.start, m.stop)[0] < hi))
    events = sum(1 for t in triggers if t is not trigger and lo <= t.first < hi)
    preposition = tokens[first - 1].text.lower() if first > 0 and tokens[first - 1].text.lower() in PREPOSITIONS else "none"
    nearest = not named
    distance = _bucket(len(between))
    feats = [
        "bias",
        f"side={side}",
        f"dist={distance}",
        f"side={side}&dist={distance}",
        f"case={case}",
        f"side={side}&case={case}",
        f"pos={pos}",
        f"pos={pos}&side={side}",
        f"pos={pos}&case={case}",
        f"pos={pos}&side={side}&case={case}",
        f"prep={preposition}",
        f"pos={pos}&prep={preposition}",
        f"named_between={min(named, 2)}",
        f"events_between={min(events, 2)}",
        f"nearest={nearest}&side={side}",
        f"lemma={trigger.entry.words[0]}",
        f"lemma={trigger.entry.words[0]}&side={side}",
        f"kind={trigger.kind}",
        f"source={trigger.entry.source}",
    ]
    feats += [f"mark={m}" for m in marks]
    feats += [f"mark={m}&side={side}" for m in marks]
    if words & {"который", "которая", "которые", "которого", "которой", "которых", "которому", "которым"}:
        feats.append("which_between")
    if "и" in words:
        feats.append("and_between")
    if trigger.entry.rate is not None:
        feats.append(f"rate={min(int(trigger.entry.rate * 5), 4)}")
    index = analysis.sentence_index(trigger.start)
    parse = analysis.parse_of(index)
    if parse is not None:
        base = analysis.sentences[index].first
        path = tree_path(parse[0], parse[1], _head(parse[0], first - base, last - base), trigger.first - base)
        rate = min(int(trigger.entry.rate * 5), 4) if trigger.entry.rate is not None else "none"
        feats += [f"path={path}", f"path={path}&pos={pos}", f"path={path}&rate={rate}",
                  f"up={path.split('|')[0].split('/')[0]}&side={side}"]  # fmt: skip
    return feats


def _head(heads: Sequence[int], first: int, last: int) -> int:
    """The word of a name that the rest of the sentence hangs it on: its word whose head is
    outside it (the first word if the parse puts none there)."""
    return next((i for i in range(first, last) if not first <= heads[i] < last), first)


# Relations that join a name to its title or its other words: a path passes through them, so
# «Президент России Владимир Путин освободил» has Путин as the verb's subject («nsubj|»).
TRANSPARENT = frozenset({"appos", "flat"})


def tree_path(heads: Sequence[int], rels: Sequence[str], a: int, b: int, reach: int = 3) -> str:
    """The relations from word `a` up to the lowest word it shares with `b`, and from `b` up
    to it: «nsubj|» is a subject of the event word, «obj|» its object, «nmod/obj|» a name
    governed by its object; «far» past `reach` steps either way. An apposition or a name's
    other word is no step.

    >>> tree_path([1, -1, 1], ["nsubj", "root", "obj"], 0, 1)
    'nsubj|'
    >>> tree_path([1, -1, 1], ["nsubj", "root", "obj"], 0, 2)
    'nsubj|obj'
    >>> tree_path([1, 2, -1], ["appos", "nsubj", "root"], 0, 2)
    'nsubj|'
    """
    up_a = [a]
    while heads[up_a[-1]] >= 0 and len(up_a) < 30:
        up_a.append(heads[up_a[-1]])
    up_b = [b]
    while up_b[-1] not in up_a and heads[up_b[-1]] >= 0 and len(up_b) < 30:
        up_b.append(heads[up_b[-1]])
    if up_b[-1] not in up_a:
        return "far"  # the parser may give a sentence several roots: the two hang on different ones
    top = up_a.index(up_b[-1])

    def steps(chain: Sequence[int]) -> list[str]:
        return [r for r in (rels[i].split(":")[0] for i in chain) if r not in TRANSPARENT]

    left, right = steps(up_a[:top]), steps(up_b[:-1])
    if len(left) > reach or len(right) > reach:
        return "far"
    return "/".join(left) + "|" + "/".join(right)


def sentences_to_parse(analysis: Analysis) -> list[int]:
    """The sentences whose syntax the scores read: those with an event word and a name."""
    named = {analysis.sentence_index(s.start) for s in analysis.spans if s.type in ("PER", "LOC")
             and not analysis.kazakh.holds(s.start, s.stop)}  # the scores read Russian sentences only
    triggers = find_triggers(analysis, analysis.kazakh, sentences=named)
    return sorted({analysis.sentence_index(t.start) for t in triggers})


@lru_cache(maxsize=1)
def weights() -> dict[str, dict]:
    with WEIGHTS.open(encoding="utf-8") as f:
        return json.load(f)


def probability(model: str, features: Sequence[str]) -> float:
    table = weights()[model]["weights"]
    z = sum(table.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# How far a name may stand from the event word, in sentences: the sentence before («Он был
# арестован» after the name), two before, and the one after (a headline's event word).
REACH = (-2, -1, 0, 1)
PRONOUNS = frozenset("он она они его ее её их ему ей им".split())


def across_features(analysis: Analysis, trigger: Trigger, mention: Mention, shift: int, named_here: bool, last: bool) -> list[str]:
    """The features of a name in another sentence than the event word's: how far back, whether
    the event's sentence names someone itself or speaks of someone by a pronoun, and whether
    the name is the last one of its sentence."""
    sentence = analysis.sentences[analysis.sentence_index(trigger.start)]
    words = {t.text.lower() for t in analysis.tokens[sentence.first : trigger.first]}
    first, stop = analysis.token_range(mention.start, mention.stop)
    case = (analysis.tokens[first].case or "none") if first < stop else "none"
    head = analysis.tokens[trigger.first]
    pos = head.pos if head.pos in ("VERB", "NOUN", "ADJ") else "other"
    pronoun = bool(words & PRONOUNS)
    return [
        "bias", f"across={shift}", f"across={shift}&named_here={named_here}", f"across={shift}&pronoun={pronoun}",
        f"across={shift}&case={case}", f"across={shift}&pos={pos}", f"across={shift}&last={last}",
        f"across={shift}&pos={pos}&named_here={named_here}", f"lemma={trigger.entry.words[0]}",
        f"across&lemma={trigger.entry.words[0]}", f"kind={trigger.kind}", f"source={trigger.entry.source}",
    ]  # fmt: skip


def candidates(
    analysis: Analysis, triggers: Sequence[Trigger], mentions: Sequence[Mention]
) -> Iterator[tuple[Trigger, Mention, list[str]]]:
    """Every (trigger, mention) pair within `REACH` sentences, with its features; in another
    sentence, only the last mention of each name there."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(analysis.sentence_index(m.start), []).append(m)
    events: dict[int, list[Trigger]] = {}
    for t in triggers:
        events.setdefault(analysis.sentence_index(t.start), []).append(t)
    for index, sentence_triggers in events.items():
        names = by_sentence.get(index, [])
        for trigger in sentence_triggers:
            for m in names:
                if m.start < trigger.stop and trigger.start < m.stop:
                    continue
                yield trigger, m, pair_features(analysis, trigger, m, names, sentence_triggers)
            seen = {m.normal for m in names}
            for shift in REACH:
                there = by_sentence.get(index + shift, []) if shift else []
                for i, m in enumerate(there):
                    if m.normal in seen or any(o.normal == m.normal for o in there[i + 1 :]):
                        continue
                    yield trigger, m, across_features(analysis, trigger, m, shift, bool(names), i == len(there) - 1)
                seen |= {m.normal for m in there}


def attach(
    model: str, analysis: Analysis, triggers: Sequence[Trigger], mentions: Sequence[Mention]
) -> dict[Trigger, list[tuple[Mention, float]]]:
    """For each trigger, the mentions the model ties to it, with their probability."""
    threshold = weights()[model]["threshold"]
    tied: dict[Trigger, list[tuple[Mention, float]]] = {}
    for trigger, m, feats in candidates(analysis, triggers, mentions):
        p = probability(model, feats)
        if p >= threshold:
            tied.setdefault(trigger, []).append((m, p))
    return tied
