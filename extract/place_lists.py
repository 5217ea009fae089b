"""Regions named in a list that shares one noun: «в Акмолинской, Актюбинской и Атырауской
областях» are three regions, «области Жетісу, Абай» two; each is a place of its own, named in
the nominative with its noun («Атырауская область», «область Жетісу»), as the gazetteer knows it.

Natasha tags each word of such a list as a place in the list's case and leaves the shared noun
to the last one («Атырауской областях» → «Атырауска областях»), so the words are named again here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .mentions import inside
from .models import Mention
from .names import fold, name_key
from .morph import modifier_nominative
from .nlp import Analysis
from .places import known_place
from .stretches import ByOffset, Stretches

# A plural place noun after a list of adjectives, and its singular nominative and gender.
PLURAL_NOUN = re.compile(r"\b(?P<stem>област|район|кра)(?:ях|ей|ям|ями|ов|ах|ев|ям)\b", re.IGNORECASE)
# The noun before a list of names: «области Жетісу, Абай», «областей Абай и Улытау».
NOUN_BEFORE = re.compile(r"\b(?P<stem>област|район)(?:и|ей|ь|ях|ям)\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])", re.IGNORECASE)
LIST_GAP = re.compile(r"\s*(?:,|\bи\b)\s*", re.IGNORECASE)
SINGULAR = {"област": ("область", "Fem"), "район": ("район", "Masc"), "кра": ("край", "Masc")}
ADJECTIVE = re.compile(r"(?:ской|ского|ским|ском|ская|ский|ских|скую|цкой|цкая|цких)$", re.IGNORECASE)
SEPARATOR = re.compile(r"^\s*(?:,|\bи\b)\s*$", re.IGNORECASE)
NAME = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*")


def _words_before(text: str, stop: int, limit: int = 400) -> list[tuple[int, int]]:
    """The words of a list ending at `stop`, last first: capitalised words joined by commas or
    «и», up to the first word that is neither."""
    found = []
    window_start = max(0, stop - limit)
    words = list(NAME.finditer(text, window_start, stop))
    end = stop
    for match in reversed(words):
        if not SEPARATOR.match(text[match.end() : end]) and text[match.end() : end].strip():
            break
        found.append((match.start(), match.end()))
        end = match.start()
    return found


class Region(NamedTuple):
    """A region of a list, where its word is and its name."""

    start: int
    stop: int
    name: str


def listed_regions(text: str, kazakh: Sequence[tuple[int, int]] = ()) -> list[Region]:
    """(start, stop, name) of each region of the lists in `text`, outside Kazakh paragraphs.

    >>> [n for _, _, n in listed_regions("в Акмолинской, Атырауской областях, области Жетісу, Абай и Туркестанской областях")]
    ['Акмолинская область', 'Атырауская область', 'область Жетісу', 'область Абай', 'Туркестанская область']
    """
    found: dict[tuple[int, int], str] = {}
    for noun in PLURAL_NOUN.finditer(text):
        if inside(noun.start(), noun.end(), kazakh):
            continue
        singular, gender = SINGULAR[noun["stem"].lower()]
        for start, stop in _words_before(text, noun.start()):
            word = text[start:stop]
            if not ADJECTIVE.search(word):
                break
            adjective = modifier_nominative(word, gender)
            if adjective:
                found[(start, stop)] = f"{adjective[:1].upper()}{adjective[1:]} {singular}"
    for noun in NOUN_BEFORE.finditer(text):
        if inside(noun.start(), noun.end(), kazakh):
            continue
        singular = SINGULAR[noun["stem"].lower()][0]
        at = noun.end()
        # only names the gazetteer knows as such a region: «области Наримана Турегалиева» is a
        # person's region, «области Жетісу» a region
        while (name := NAME.match(text, at)) and known_place(f"{singular} {name.group()}"):
            found.setdefault((name.start(), name.end()), f"{singular} {name.group()}")
            gap = LIST_GAP.match(text, name.end())
            if gap is None:
                break
            at = gap.end()
    return [Region(a, b, known_place(name) or name) for (a, b), name in sorted(found.items())]


def name_listed_regions(analysis: Analysis, mentions: Sequence[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Mention]:
    """The mentions with each listed region a place named with its noun: a mention over the
    region's word (or over it and the noun) takes that name, whatever type Natasha gave it
    («Абай» in «области Жетісу, Абай» is no person); a region no mention covered is added. A
    place adjective standing alone before another noun is no place («на Восточно-Жезказганском
    руднике»)."""
    mentions = [m for m in mentions if not _lone_adjective(analysis.text, m, kazakh)]
    regions = listed_regions(analysis.text, kazakh)
    if not regions:
        return list(mentions)
    by_offset = ByOffset(regions)
    out = []
    for m in mentions:
        # the first region that starts inside the mention or holds its start
        region = min(by_offset.starting(m.start, m.stop)[:1] + by_offset.overlapping(m.start, m.start + 1)[:1], default=None)
        if region is None:
            out.append(m)
            continue
        start, stop, name = region
        person = _person_after(analysis.text, m, stop)
        if person is not None:
            # «Аким области Абай Берик Уали»: the tagger ran the region's name into the akim's
            out += [Mention(type="LOC", start=m.start, stop=stop, text=analysis.text[m.start : stop], normal=name, key=fold(name)),
                    person]  # fmt: skip
            continue
        out.append(Mention(type="LOC", start=m.start, stop=max(m.stop, stop), text=analysis.text[m.start : max(m.stop, stop)],
                           normal=name, key=fold(name)))  # fmt: skip
    taken = Stretches((m.start, m.stop) for m in out)
    for start, stop, name in regions:
        if not taken.overlaps(start, stop):
            out.append(Mention(type="LOC", start=start, stop=stop, text=analysis.text[start:stop], normal=name, key=fold(name)))
    return sorted(out, key=lambda m: (m.start, m.stop))


def _person_after(text: str, m: Mention, region_stop: int) -> Mention | None:
    """The person a name the tagger ran on from a region's name holds after it: two words
    or more of the mention left past the region, whose normal form loses as many leading
    words as the region took."""
    if m.type != "PER" or region_stop >= m.stop:
        return None
    rest = text[region_stop : m.stop]
    start = region_stop + len(rest) - len(rest.lstrip())
    words, taken = text[start : m.stop].split(), len(text[m.start : region_stop].split())
    normal = m.normal.split()[taken:]
    if len(words) < 2 or len(normal) != len(words) or not all(w[:1].isupper() for w in words):
        return None
    joined = " ".join(normal)
    return Mention(type="PER", start=start, stop=m.stop, text=text[start : m.stop], normal=joined, key=name_key(joined))


# Nouns a capitalised place adjective names a place with («Жезказганский регион»).
PLACE_NOUNS = re.compile(r"\s+(?:област|район|кра[йяею]|регион|округ|губерни|уезд|провинци|штат|город)", re.IGNORECASE)


def _lone_adjective(text: str, m: Mention, kazakh: Sequence[tuple[int, int]]) -> bool:
    """A one-word place that is an adjective («Восточно-Жезказганском») before a noun that is no
    place noun: it says what a mine or a plant is near, it names no place."""
    if m.type != "LOC" or " " in m.normal or not ADJECTIVE.search(m.text) or inside(m.start, m.stop, kazakh):
        return False
    if known_place(m.normal):
        return False
    following = re.match(r"\s+[а-яё]", text[m.stop : m.stop + 3])
    return following is not None and not PLACE_NOUNS.match(text, m.stop)
