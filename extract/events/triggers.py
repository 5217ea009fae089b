"""Triggers: the words in a text that name an event («встреча», «скончался», «кездесуде»).

Each is found by its spelling in the lexicon (lexicon.py); an article may hold many, and the
reported event, its participants and its place are all read around them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from ..kazakh import ACCUSATIVE_ENDING
from ..nlp import Analysis
from ..stretches import Stretches
from ..titles import is_head
from .lexicon import Entry, lexicon
from .venues import VENUE_WORD


@dataclass(frozen=True, slots=True)
class Trigger:
    """An event word (or two-word phrase) at tokens [first, last) of the analysis."""

    start: int
    stop: int
    first: int
    last: int
    entry: Entry

    @property
    def kind(self) -> str:
        return self.entry.kind


def _best(entries) -> Entry | None:
    """The campaign's row before a grown one: its kind says more («встреча» is a meeting)."""
    return min(entries, key=lambda e: e.source != "campaign", default=None)


def find_triggers(
    analysis: Analysis, kazakh: list[tuple[int, int]] | tuple = (), sentences: Collection[int] | None = None
) -> list[Trigger]:
    """Every event word of the text, in order (of the sentences numbered `sentences` only,
    when given).

    >>> from extract.nlp import Analysis, Token, Sentence
    >>> text = "Вчера прошла встреча."
    >>> tokens = (Token(0, 5, "Вчера", 0), Token(6, 12, "прошла", 0), Token(13, 20, "встреча", 0), Token(20, 21, ".", 0))
    >>> [t.kind for t in find_triggers(Analysis(text, tokens, (Sentence(0, 21, 0, 4),), ()))]
    ['meeting']
    """
    lex = lexicon()
    tokens = analysis.tokens
    kazakh = Stretches(kazakh)
    # a word of a person's name is no event word, whatever its stem («Сапаров»: «сапар», a trip)
    names = Stretches((s.start, s.stop) for s in analysis.spans if s.type == "PER")
    found = []
    spans = [analysis.sentences[i] for i in sorted(sentences)] if sentences is not None else [None]
    indices = (range(s.first, s.last) if s else range(len(tokens)) for s in spans)
    for i in (i for r in indices for i in r):
        token = tokens[i]
        if not token.text[:1].isalpha() or names.holds(token.start, token.stop):
            continue
        in_kazakh = kazakh.holds(token.start, token.stop)
        entries = lex.kazakh_entries(token.text) if in_kazakh else lex.russian_entries(token.text)
        if not entries and not _may_receive(token.text, in_kazakh):
            continue  # most words: no event word and no verb of receiving
        matched = []
        for entry in entries:
            if len(entry.words) == 1:
                matched.append((entry, i + 1))
                continue
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is None:
                continue
            word = following.text.lower()
            fits = word.startswith(entry.words[1]) if in_kazakh else word.replace("ё", "е") in lex.second[entry]
            if fits:
                matched.append((entry, i + 2))
        # an opening is a gathering where a building or site is opened («открылась новая школа»,
        # «мектеп ашылды»), not a case, a border or a session
        matched = [(e, stop) for e, stop in matched if e.kind != "opening" or _opens_a_venue(tokens, i, stop)]
        if not matched and _reception(tokens, i, in_kazakh):
            matched.append((RECEPTION, i + 1))
        best = _best(e for e, _ in matched)
        if best is not None:
            last = next(stop for e, stop in matched if e is best)
            if not _no_act(tokens, i, last, best, in_kazakh):
                found.append(Trigger(token.start, tokens[last - 1].stop, i, last, best))
    return found


# A reception is a meeting: «Глава государства принял акима области Марата Сейтова», «Мемлекет
# басшысы Ержан Сейтовты қабылдады». The verb is an event word only with a person received:
# «принял участие / решение / закон» and «шешім қабылдады» name none.
RECEPTION = Entry(words=("принять",), lang="ru", kind="meeting", label="приём", appearance=True, source="campaign", rate=None)
RECEIVED_FORMS = frozenset({"принял", "приняла", "приняли"})
KAZAKH_ACCUSATIVE = re.compile(ACCUSATIVE_ENDING + "$")
CITIZENS = frozenset({"азаматтарды", "тұрғындарды"})  # a reception of citizens («азаматтарды жеке қабылдады»)


def _may_receive(word: str, kazakh: bool) -> bool:
    """The word is a verb of receiving, before `_reception` looks at its neighbours."""
    word = word.lower()
    return word.startswith(("қабылдад", "қабылдап")) if kazakh else word in RECEIVED_FORMS


def _reception(tokens, i: int, kazakh: bool) -> bool:
    """The verb at token `i` receives a person: in Russian a title or a name right after it
    («принял посла», «принял Марата Сейтова»); in Kazakh a name in the accusative right before
    it («… Ержан Сейтовты қабылдады»)."""
    if not _may_receive(tokens[i].text, kazakh):
        return False
    if kazakh:
        before = tokens[i - 1].text if i > 0 else ""
        if before.lower() == "жеке" and i > 1:  # «азаматтарды жеке қабылдап»: received in person
            before = tokens[i - 2].text
        return before[:1].isupper() and bool(KAZAKH_ACCUSATIVE.search(before.lower())) or before.lower() in CITIZENS
    if i + 1 >= len(tokens) or any(t.text.lower() == "участие" for t in tokens[max(0, i - 2) : i]):
        return False  # «участие (также) приняли депутаты …»: they took part
    after = tokens[i + 1]
    return after.text[:1].isupper() and after.text[1:2].islower() or is_head(after)


def _opens_a_venue(tokens, first: int, last: int) -> bool:
    """A building or site is named within four words either side of the opening's word."""
    near = " ".join(t.text for t in tokens[max(0, first - 4) : last + 4])
    return bool(VENUE_WORD.search(near))


def _no_act(tokens, first: int, last: int, entry: Entry, kazakh: bool) -> bool:
    """The words name a right or a doer, not an act: «право голоса», «право голосовать»,
    «дауыс беруге құқылы / құқығы бар» (citizens may vote: nobody voted yet), «дауыс беруші»
    (a voter: Kazakh makes the doer of a verb stem with «-ушы / -уші», of a noun with «-кер /
    -гер»: «айтыскер», an aitys poet, is no aitys)."""
    before = tokens[first - 1].text.lower() if first > 0 else ""
    after = tokens[last].text.lower() if last < len(tokens) else ""
    if before.startswith(("право", "права", "правом")) or after.startswith("құқ"):
        return True
    word = tokens[last - 1].text.lower()
    return kazakh and word[len(entry.words[-1]) :].startswith(("ушы", "уші", "кер", "гер"))
