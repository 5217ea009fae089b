"""Parts of a place by the compass: «на севере Мали», «в центре Москвы», «на юго-востоке
Польши», «западной Европы».

The reader's place is the part, not the whole country: NEREL annotates the phrase as one LOC
with the named place nested inside (dev set: all five such phrases before a named place).
Kept as a layer of its own, `ArticleRecord.regions`, over `mentions`, which keep the named
place: an event «в центре Москвы» still happened in Moscow.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Mention
from .names import fold
from .morph import adjective_for, agrees, may_be_genitive, shared_morph_vocab
from .nlp import Analysis

# Lemmas of the nouns and adjectives that name a part of a place by its direction.
PART_NOUNS = frozenset(
    "север юг восток запад северо-восток северо-запад юго-восток юго-запад центр".split()
)
PART_ADJECTIVES = frozenset(
    "северный южный восточный западный северо-восточный северо-западный юго-восточный юго-западный центральный".split()
)


def regions(analysis: Analysis, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """A direction noun right before a place in the genitive («севере Мали») or a lower-case
    direction adjective agreeing with it («западной Европы»), as one LOC over both words."""
    found = []
    for place in (m for m in mentions if m.type == "LOC"):
        first, last = analysis.token_range(place.start, place.stop)
        if first == 0 or first == last:
            continue
        word, head = analysis.tokens[first - 1], analysis.tokens[first]
        if analysis.text[word.stop : place.start] != " " or not word.text[:1].islower():
            continue
        lemma = word.lemma.lower().replace("ё", "е")
        if lemma in PART_NOUNS and word.pos == "NOUN" and word.number != "Plur" and may_be_genitive(head.text):
            normal = f"{lemma} {analysis.text[place.start : place.stop]}"
        elif lemma in PART_ADJECTIVES and agrees(word, head):
            normal = f"{adjective_for(lemma, _gender(place.normal))} {place.normal}"
        else:
            continue
        text = analysis.text[word.start : place.stop]
        found.append(Mention(type="LOC", start=word.start, stop=place.stop, text=text, normal=normal, key=fold(normal)))
    return tuple(found)


def _gender(name: str) -> str | None:
    """The gender of a place's name, from its first word («Европа»: feminine)."""
    return next((p.tag.gender for p in shared_morph_vocab().parse(name.split()[0].lower()) if p.tag.gender), None)
