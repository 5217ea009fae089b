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
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .anaphora import female_name, named_as_subject
from .events.attach import PUNCTUATION
from .stretches import Stretches
from .models import Mention, Role
from .nlp import Analysis, Token
from .role_phrases import agrees, name_of, organisation_in
from .roles import stated_roles
from .russian import KINSHIP
from .stretches import ByOffset
from .titles import TITLE_HEADS, is_head, title_text

WEIGHTS = Path(__file__).with_name("role_weights.json")
REACH = 10  # words between a name and a title of its sentence, at most
TAIL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


class Phrase(NamedTuple):
    """A title as written: token indices [first, last) and its head word."""

    first: int
    head: int
    last: int


class Candidate(NamedTuple):
    person: Mention
    phrase: Phrase
    role: Role
    reading: str  # the rules' reading that found the pair, "none" when only the scorer pairs them
    features: list[str]


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5-7" if n < 8 else "8+"


def phrases(analysis: Analysis, first: int, last: int, people: Stretches) -> list[Phrase]:
    """The title phrases of tokens [first, last): a head noun naming a position, the adjectives
    before it, the genitives after it («первый заместитель министра финансов»). A head in
    another's genitive tail is that title's word, not a title of its own («заместитель
    премьер-министра»). `people`: the names' spans."""
    tokens = analysis.tokens

    def named(t: Token) -> bool:
        return people.holds(t.start, t.stop)

    found: list[Phrase] = []
    i = first
    while i < last:
        t = tokens[i]
        if t.pos not in ("NOUN", "PROPN", "ADJ") or named(t) or not is_head(t, plural=True):
            i += 1
            continue
        start = i
        while start > first and tokens[start - 1].pos == "ADJ" and not named(tokens[start - 1]):
            start -= 1
        stop = i + 1
        while stop < last and stop - i <= 6:
            n = tokens[stop]
            if named(n) or n.pos not in TAIL or n.case not in ("Gen", None):
                break
            stop += 1
        found.append(Phrase(start, i, stop))
        i = stop
    return found


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
    feats = dict(token.tagged[1]) if token.tagged else {}
    return f"{feats.get('VerbForm', '?')}/{feats.get('Voice', '?')}"


def _touches(analysis: Analysis, person: Mention, phrase: Phrase) -> bool:
    first, last = analysis.token_range(person.start, person.stop)
    return first == phrase.last or last == phrase.first


def _gender(token: Token) -> str | None:
    return dict(token.tagged[1]).get("Gender") if token.tagged else None


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
        f"gender={_gender(head)}/{_gender(tokens[first])}",
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
    out += anaphoric(analysis, people, spans, sentence_phrases, {c.phrase.head for c in out}, titled)
    return out


def anaphoric(
    analysis: Analysis,
    people: Sequence[Mention],
    spans: Stretches,
    sentence_phrases: dict[int, list[Phrase]],
    paired: set[int],
    titled: dict[str, set[str]],
) -> list[Candidate]:
    """A title written without a name, paired with the people named in the sentences before it:
    news names a person once, then calls them by what they are («… Нельсон Мандела
    госпитализирован. Состояние политика оценивается как тяжёлое», «Обама находится с визитом
    в ЮАР. Президент США встретился с семьей Манделы»). Each distinct person of the last
    BACK sentences, the latest first, up to RIVALS of them; `paired`: the heads of the
    titles already paired with a name of their own sentence; `titled`: the people the rules
    gave each title head lemma."""
    if not people:
        return []
    tokens, text = analysis.tokens, analysis.text
    by_sentence: dict[int, list[Mention]] = {}
    for p in people:
        by_sentence.setdefault(analysis.sentence_index(p.start), []).append(p)
    named_in: dict[str, list[int]] = {}  # the sentences naming each person, in order
    for p in people:
        named_in.setdefault(p.normal, []).append(analysis.sentence_index(p.start))
    total = sorted((-len(at), normal) for normal, at in named_in.items())
    standing = {normal: rank for rank, (_, normal) in enumerate(total, 1)}  # 1: the most named
    out: list[Candidate] = []
    for index, sentence in enumerate(analysis.sentences):
        if index not in sentence_phrases and not any(i in by_sentence for i in range(index - BACK, index)):
            continue
        own = sentence_phrases.get(index)
        if own is None:
            own = phrases(analysis, sentence.first, sentence.last, spans)
        for phrase in own:
            if phrase.head in paired:
                continue
            rivals: list[tuple[Mention, int]] = []
            for back in range(1, BACK + 1):
                for p in reversed(by_sentence.get(index - back, ())):
                    if all(p.normal != r.normal for r, _ in rivals):
                        rivals.append((p, back))
            rivals = rivals[:RIVALS]
            words = tokens[phrase.first : phrase.last]
            start, stop = words[0].start, words[-1].stop
            title = title_text(words, text)
            for rank, (person, back) in enumerate(rivals, 1):
                role = Role(person=person.normal, title=title, start=start, stop=stop)
                before = bisect_left(named_in[person.normal], index)  # times named before the sentence
                feats = anaphor_features(analysis, person, phrase, rank, back, len(rivals), before)
                lemma = tokens[phrase.head].lemma.replace("ё", "е")
                holders = titled.get(lemma, set())
                own, other = person.normal in holders, bool(holders - {person.normal})
                feats += [f"ana&standing={min(standing[person.normal], 3)}", f"ana&own={own}&other={other}",
                          f"ana&own={own}&rank={rank}", f"ana&standing={min(standing[person.normal], 3)}&rank={rank}"]  # fmt: skip
                out.append(Candidate(person, phrase, role, "anaphor", feats))
    return out


BACK = 2  # sentences before a title without a name where its person may be named
RIVALS = 3  # people of those sentences a title may be paired with, the latest first
FORMER = ("экс", "бывш")
POSSESSIVES = frozenset({"его", "ее", "её", "их", "свой", "своя", "своего", "своей", "своим", "своему", "своими"})


def anaphor_features(
    analysis: Analysis, person: Mention, phrase: Phrase, rank: int, back: int, rivals: int, named: int
) -> list[str]:
    """The features of a title without a name and a person named before it: how recent and
    how alone the person is, how often named, whether named as a subject; the title's head
    word, case, gender and number, whether it opens its sentence or holds a genitive tail
    («Президент США»), whether it says «бывший»."""
    tokens = analysis.tokens
    head = tokens[phrase.head]
    lemma = head.lemma.replace("ё", "е")
    sentence = analysis.sentences[head.sentence]
    opens = phrase.first == sentence.first
    female = female_name(person.normal)
    former = any(t.text.lower().startswith(FORMER) for t in tokens[max(sentence.first, phrase.first - 1) : phrase.head + 1])
    subject = named_as_subject(analysis, person)
    before = tokens[phrase.first - 1] if phrase.first > sentence.first else None
    whose = before is not None and before.text.lower() in POSSESSIVES
    return [f"ana&whose={whose}",
        "bias", "reading=anaphor", f"ana&rank={rank}", f"ana&back={back}", f"ana&rivals={min(rivals, 3)}",
        f"ana&rank={rank}&rivals={min(rivals, 3)}", f"ana&named={min(named, 3)}", f"ana&subject={subject}",
        f"ana&rank={rank}&subject={subject}", f"ana&lemma={lemma}", f"ana&listed={lemma in TITLE_HEADS}",
        f"ana&case={head.case}", f"ana&opens={opens}", f"ana&opens={opens}&case={head.case}",
        f"ana&number={head.number}", f"ana&gender={_gender(head)}/{female}", f"ana&tail={phrase.last - phrase.head > 1}",
        f"ana&former={former}", f"ana&capital={head.text[:1].isupper()}", f"ana&rank={rank}&back={back}",
    ]  # fmt: skip


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


def kept(candidate: Candidate) -> bool:
    """A pair the rules read stays unless the model is sure it is wrong; one only the model
    pairs needs a higher score (the two thresholds of role_weights.json)."""
    table = weights()["thresholds"]
    which = candidate.reading if candidate.reading in ("none", "anaphor") else "stated"
    return probability(candidate.features) >= table[{"none": "found"}.get(which, which)]


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
