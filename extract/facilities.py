"""Facilities: a building, a street or a site that a place's name stands for («Белого дома»,
«Николоямской улице», «Карнеги-холле», «на площади Тяньаньмэнь», «на заставе "Арканкерген"»).

Natasha tags these LOC, as factRuEval does; NEREL calls them FACILITY, apart from the
countries and towns it calls LOC. Both readings are kept: `mentions` still hold the name as a
LOC, and `ArticleRecord.facilities` says which of those places is a facility, as a FAC mention
over the name and the noun that makes it one.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Mention
from .names import fold
from .morph import shared_morph_vocab
from .nlp import Analysis

# Lemmas of the nouns that make a place a facility, inside its name («Белый дом») or before it
# («улица Лётчиков»).
FACILITY_NOUNS = frozenset(
    """
    улица проспект переулок бульвар набережная шоссе площадь сквер парк сад мост тоннель
    кладбище дом дворец резиденция особняк башня телебашня собор храм мечеть синагога мавзолей
    памятник монумент стадион арена аэропорт вокзал метро застава
    """.split()
)
# Last parts of hyphenated foreign names («Карнеги-холл», «Даунинг-стрит», «Таймс-сквер»,
# «Эмпайр-стейт-билдинг», «Пикадилли-сёркус»), matched by their start since the dictionary
# does not know them all.
FOREIGN_HEADS = ("холл", "стрит", "сквер", "билдинг", "сёркус", "серкус", "плаза", "центр", "арена", "парк")
OPENING_QUOTES = "«\"'"


def facilities(analysis: Analysis, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The article's places that are facilities, in text order: a place whose name holds a
    facility noun, or whose name follows one («на улице Лётчиков»; not «в аэропорту Болоньи»)."""
    text = analysis.text
    found = []
    for place in (m for m in mentions if m.type == "LOC"):
        first, last = analysis.token_range(place.start, place.stop)
        words = analysis.tokens[first:last]
        if any(_may_be_facility_noun(w.text) and _facility_noun(w.lemma) or _foreign_head(w.text) for w in words):
            found.append(place.model_copy(update={"type": "FAC"}))
            continue
        if first == 0:
            continue
        noun = analysis.tokens[first - 1]
        gap = text[noun.stop : place.start]
        if not (noun.text[:1].islower() and gap.strip(OPENING_QUOTES) == " " and _facility_noun(noun.lemma)):
            continue
        if not _settlement(place):
            stop = place.stop + (1 if gap.strip() and text[place.stop : place.stop + 1] in "»\"'" else 0)
            normal = f"{noun.lemma.lower()}{gap}{text[place.start : stop]}"
            written = text[noun.start : stop]
            found.append(Mention(type="FAC", start=noun.start, stop=stop, text=written, normal=normal, key=fold(normal)))
    return tuple(found)


def _settlement(place: Mention) -> bool:
    """The place is a town or a country the dictionary knows («аэропорт Болоньи», «синагога
    Сан-Диего»): the facility is in it, and it is not the facility's name («улица Лётчиков»)."""
    word = place.text.split()[0].lower()
    return any(p.is_known and "Geox" in p.tag for p in shared_morph_vocab().parse(word))


STARTS = frozenset(noun[:3] for noun in FACILITY_NOUNS)


def _may_be_facility_noun(word: str) -> bool:
    """A word whose first three letters start a facility noun: only those are looked up in
    the dictionary («Белого дома», not every word of every place's name)."""
    return word[:3].lower().replace("ё", "е") in STARTS


def _facility_noun(lemma: str) -> bool:
    return lemma.lower().replace("ё", "е") in FACILITY_NOUNS


def _foreign_head(word: str) -> bool:
    parts = word.lower().split("-")
    return len(parts) > 1 and parts[-1].startswith(FOREIGN_HEADS)
