"""Which titles are a person's: a learned score over (person, title) pairs.

The readings of `roles.py` (a title chain touching the name, a title after it, one a verb
gives, an epithet standing for the article's protagonist) were written against NEREL dev and
hold less well on text they were not written for. Here they are one vote among the features
of a pair: every title phrase of a sentence is paired with every person named near it, and a
logistic regression trained on NEREL train's WORKS_AS relations (bench/train_roles.py) says
which pairs are a person and their position. The features are what a reader goes by: which
side of the name the title stands, how far, what lies between (a comma, a dash, a verb, another
name or title), whether the title agrees with the name in case, the title's head word, and
which reading of the rules (if any) found the pair. The weights ship in role_weights.json.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .events.attach import PUNCTUATION
from .stretches import Stretches
from .models import Mention, Role
from .nlp import Analysis, Token, tagged_feats
from .role_phrases import agrees, name_of, organisation_in
from .roles import stated_roles
from .role_anaphors import anaphoric
from .russian import KINSHIP
from .stretches import ByOffset
from .titles import TITLE_HEADS, Phrase, is_head, phrases, tagged_gender, title_text

WEIGHTS = Path(__file__).with_name("role_weights.json")
REACH = 10  # words between a name and a title of its sentence, at most


class Candidate(NamedTuple):
    person: Mention
    phrase: Phrase
    role: Role
    reading: str  # the rules' reading that found the pair, "none" when only the scorer pairs them
    features: list[str]


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5-7" if n < 8 else "8+"


def _phrase_of(analysis: Analysis, start: int, stop: int) -> Phrase | None:
    """The phrase of a title a rule read, [start, stop) in characters."""
    first, last = analysis.token_range(start, stop)
    if first >= last:
        return None
    tokens = analysis.tokens
    head = next((i for i in range(first, last) if is_head(tokens[i], plural=True)), first)
    return Phrase(first, head, last)


def _title_words(role: Role, person: Mention) -> tuple[int, int]:
    """Where a rule's title is written: its span without the name it runs to or from."""
    if role.stop == person.stop and role.start < person.start:
        return role.start, person.start
    if role.start == person.start and role.stop > person.stop:
        return person.stop, role.stop
    return role.start, role.stop


def _apart(analysis: Analysis, person: Mention, phrase: Phrase, people: Sequence[Mention]) -> bool:
    """A line break or another named person stands between the name and the title: the
    title is a headline's or that person's."""
    tokens = analysis.tokens
    lo, hi = sorted((person.start, tokens[phrase.head].start))
    return "\n" in analysis.text[lo:hi] or any(p is not person and lo < p.start < hi for p in people)


def _clause_before(analysis: Analysis, phrase: Phrase) -> list:
    """The words of the phrase's sentence before it, back to a verb or a sentence start,
    across the commas of a list («дочь знаменитого писателя, актера и режиссера»)."""
    tokens = analysis.tokens
    sentence = analysis.sentences[tokens[phrase.head].sentence] if analysis.sentences else None
    floor = sentence.first if sentence else 0
    at = phrase.first
    while at > floor and at > phrase.first - 12 and not (tokens[at - 1].pos in ("VERB", "AUX") and tokens[at - 1].case is None):
        at -= 1
    return list(tokens[at : phrase.first])


def _voice(token: Token) -> str:
    feats = tagged_feats(token)
    return f"{feats.get('VerbForm', '?')}/{feats.get('Voice', '?')}"


def _touches(analysis: Analysis, person: Mention, phrase: Phrase) -> bool:
    first, last = analysis.token_range(person.start, person.stop)
    return first == phrase.last or last == phrase.first


def pair_features(
    analysis: Analysis,
    person: Mention,
    phrase: Phrase,
    reading: str,
    people: Sequence[Mention],
    heads: Sequence[int],
    others: frozenset[int],
    orgs: Stretches,
) -> list[str]:
    """The features of one (person, title) pair; `people`: the sentence's named people,
    `heads`: the head words of its titles, `others`: the heads the rules read as someone
    else's title, `orgs`: the NER's organisations."""
    tokens = analysis.tokens
    first, last = analysis.token_range(person.start, person.stop)
    head = tokens[phrase.head]
    feats = ["bias", f"reading={reading}"]
    lemma = head.lemma.replace("ё", "е")
    feats += [f"lemma={lemma}", f"listed={lemma in TITLE_HEADS}", f"number={head.number}"]
    if first >= last or tokens[first].sentence != head.sentence:
        shift = "before" if phrase.first < first else "after"
        return feats + ["across", f"across&reading={reading}", f"across&{shift}"]
    before = phrase.last <= first
    side = "before" if before else "after" if phrase.first >= last else "inside"
    lo, hi = (phrase.last, first) if before else (last, phrase.first)
    between = tokens[lo:hi] if hi > lo else ()
    name = name_of(analysis, person)
    agreeing = agrees(head, name)
    marks = sorted({PUNCTUATION[t.text] for t in between if t.text in PUNCTUATION})
    named = sum(1 for p in people if p is not person and lo <= analysis.token_range(p.start, p.stop)[0] < hi)
    titled = sum(1 for h in heads if lo <= h < hi)
    verbs = any(t.pos in ("VERB", "AUX") and t.case is None for t in between)
    touch = not between
    distance = _bucket(len(between))
    capital = head.text[:1].isupper() and phrase.first > 0 and tokens[phrase.first - 1].sentence == head.sentence
    in_org = orgs.holds(head.start, head.stop)
    feats += [
        f"side={side}",
        f"dist={distance}",
        f"side={side}&dist={distance}",
        f"touch={touch}&side={side}",
        f"agree={agreeing}",
        f"agree={agreeing}&side={side}",
        f"case={head.case}&side={side}",
        f"number={head.number}&side={side}",
        f"named={min(named, 2)}",
        f"titled={min(titled, 2)}",
        f"nearest={not named and not titled}&side={side}",
        f"verb={verbs}&side={side}",
        f"capital={capital}",
        f"in_org={in_org}",
        f"reading={reading}&side={side}",
        f"reading={reading}&agree={agreeing}",
        f"lemma={lemma}&side={side}",
    ]
    feats += [f"mark={m}&side={side}" for m in marks]
    if touch:
        feats.append(f"touch&case={head.case}&side={side}")
    name_case = tokens[first].case
    feats += [
        f"cases={head.case}/{name_case}&side={side}",
        f"gender={tagged_gender(head)}/{tagged_gender(tokens[first])}",
        f"line={chr(10) in analysis.text[min(head.stop, person.stop) : max(head.start, person.start)]}",
        f"and={any(t.text == 'и' for t in between)}&side={side}",
        f"words={min(last - first, 3)}",
        f"other_read={phrase.head in others}&reading={reading}",
        f"other_touch={any(_touches(analysis, p, phrase) for p in people if p is not person)}&side={side}",
    ]
    feats += [
        f"touch={touch}&agree={agreeing}&side={side}&reading={reading}",
        f"dist={distance}&reading={reading}",
        f"nearest={not named and not titled}&agree={agreeing}&side={side}",
        f"lemma={lemma}&reading={reading}",
        f"verb={verbs}&agree={agreeing}&side={side}&reading={reading}",
        f"verb={verbs}&dist={distance}&side={side}",
        f"verb={verbs}&case={head.case}&side={side}",
    ]
    clause = _clause_before(analysis, phrase)
    if any(t.lemma.replace("ё", "е") in KINSHIP for t in clause):
        feats.append(f"kin_before&side={side}&case={head.case}")
    if clause and clause[-1].pos == "NOUN":
        feats.append(f"prev_noun={clause[-1].lemma}&side={side}")
    voices = {_voice(t) for t in between if t.pos in ("VERB", "AUX")}
    feats += [f"voice={v}&side={side}&case={head.case}" for v in sorted(voices)]
    if phrase.first > 0:
        prev = tokens[phrase.first - 1]
        if prev.pos in ("ADP", "CCONJ", "SCONJ") and prev.sentence == head.sentence:
            feats.append(f"prev={prev.text.lower()}&side={side}")
    return feats


def candidates(analysis: Analysis, mentions: Sequence[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Every pair the rules read and every (person, title phrase) pair of one sentence
    within REACH words, each with its features."""
    paragraphs = Stretches(kazakh)
    people = [m for m in mentions if m.type == "PER" and not paragraphs.holds(m.start, m.stop)]
    spans = Stretches((m.start, m.stop) for m in people)
    orgs = Stretches((m.start, m.stop) for m in analysis.spans if m.type == "ORG")
    by_sentence: dict[int, list[Mention]] = {}
    for p in people:
        by_sentence.setdefault(analysis.sentence_index(p.start), []).append(p)
    sentence_phrases: dict[int, list[Phrase]] = {}
    for index in by_sentence:
        s = analysis.sentences[index]
        sentence_phrases[index] = phrases(analysis, s.first, s.last, spans)
    out: list[Candidate] = []
    claimed: set[tuple[int, int]] = set()  # (person's start, title head) pairs the rules read
    stated = []
    for reading, person, role in stated_roles(analysis, mentions, kazakh):
        phrase = _phrase_of(analysis, *_title_words(role, person))
        if phrase is not None:
            stated.append((reading, person, role, phrase))
    read_for: dict[int, set[str]] = {}  # title heads the rules read, and whose
    for _, person, _, phrase in stated:
        for i in range(phrase.first, phrase.last):
            read_for.setdefault(i, set()).add(person.normal)
    for reading, person, role, phrase in stated:
        index = analysis.sentence_index(person.start)
        own = sentence_phrases.get(index, [])
        claimed.update((person.start, p.head) for p in own if p.first < phrase.last and phrase.first < p.last)
        claimed.add((person.start, phrase.head))
        heads = [p.head for p in own]
        others = frozenset(h for h in heads if read_for.get(h, set()) - {person.normal})
        feats = pair_features(analysis, person, phrase, reading, by_sentence.get(index, []), heads, others, orgs)
        out.append(Candidate(person, phrase, role, reading, feats))
    text = analysis.text
    organisations = ByOffset(m for m in mentions if m.type == "ORG")
    for index, named in by_sentence.items():
        own = sentence_phrases[index]
        heads = [p.head for p in own]
        for person in named:
            others = frozenset(h for h in heads if read_for.get(h, set()) - {person.normal})
            first, last = analysis.token_range(person.start, person.stop)
            for phrase in own:
                if (person.start, phrase.head) in claimed:
                    continue
                gap = first - phrase.last if phrase.last <= first else phrase.first - last
                if gap < 0 or gap > REACH or phrase.head in others or _apart(analysis, person, phrase, named):
                    continue
                words = analysis.tokens[phrase.first : phrase.last]
                start, stop = words[0].start, words[-1].stop
                title = title_text(words, text)
                span = (start, person.stop) if stop <= person.start else (person.start, stop)
                role = Role(person=person.normal, title=title, start=span[0], stop=span[1],
                            organisation=organisation_in(start, stop, organisations))  # fmt: skip
                feats = pair_features(analysis, person, phrase, "none", named, heads, others, orgs)
                out.append(Candidate(person, phrase, role, "none", feats))
    titled: dict[str, set[str]] = {}  # title head lemmas the rules read, and whose
    for _, person, _, phrase in stated:
        titled.setdefault(analysis.tokens[phrase.head].lemma.replace("ё", "е"), set()).add(person.normal)
    paired = {c.phrase.head for c in out}
    for person, phrase, role, feats in anaphoric(analysis, by_sentence, spans, sentence_phrases, paired, titled):
        out.append(Candidate(person, phrase, role, "anaphor", feats))
    return out


@lru_cache(maxsize=1)
def weights() -> dict:
    with WEIGHTS.open(encoding="utf-8") as f:
        return json.load(f)


def probability(features: Sequence[str], table: dict[str, float] | None = None) -> float:
    """The model's score of a pair; `table`: other weights than the shipped ones (the
    training script's halves of train)."""
    table = weights()["weights"] if table is None else table
    z = sum(table.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def threshold_name(reading: str) -> str:
    """Which threshold of role_weights.json a pair found by `reading` must reach: «stated» for
    the rules' readings, «found» for a pair only the model reads in a sentence, «anaphor» for a
    title without a name."""
    return {"none": "found", "anaphor": "anaphor"}.get(reading, "stated")


def kept(candidate: Candidate) -> bool:
    """A pair the rules read stays unless the model is sure it is wrong; one only the model
    pairs needs a higher score (the thresholds of role_weights.json)."""
    return probability(candidate.features) >= weights()["thresholds"][threshold_name(candidate.reading)]


def extract_roles(analysis: Analysis, mentions: Sequence[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Role]:
    """The roles of the people named in the Russian paragraphs: the rules' readings first,
    in their order, then the pairs only the model found."""
    return chosen(analysis, candidates(analysis, mentions, kazakh), kept, lambda c: probability(c.features))


def chosen(
    analysis: Analysis, found: Sequence[Candidate], keep: Callable[[Candidate], bool], score: Callable[[Candidate], float]
) -> list[Role]:
    """The roles of the candidates `keep` keeps. A title without a name goes to the one
    person it `score`s best with; where that person's name stands with a title of the same
    head word («Министр энергетики Алмасадам Саткалиев … Министр осмотрел»), it restates that
    title (`dedupe` keeps it as a restated span) rather than making a second one."""
    tokens = analysis.tokens
    found = [c for c in found if keep(c)]
    named: dict[tuple[str, str], str] = {}
    best: dict[int, float] = {}
    for c in found:
        if c.reading != "anaphor":
            named.setdefault((c.person.normal, tokens[c.phrase.head].lemma), c.role.title)
        else:
            best[c.phrase.head] = max(best.get(c.phrase.head, 0.0), score(c))
    roles = []
    for c in found:
        if c.reading != "anaphor":
            roles.append(c.role)
        elif score(c) >= best[c.phrase.head]:
            title = named.get((c.person.normal, tokens[c.phrase.head].lemma))
            roles.append(c.role.model_copy(update={"title": title}) if title else c.role)
    return roles
