"""Mentions: Natasha's spans cleaned into people, organisations and places of one article.

Fixes what the Russian model does on this kind of text: Kazakh case endings on names
(«Балаеваның»), Kazakh common nouns taken for people («Мәдениет»), abstract nouns taken for
places («Независимость»), and surname-only mentions of a person named in full earlier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .kazakh import strip_suffix
from .models import Mention
from .names import fold, name_key, surname
from .nlp import Analysis, NerSpan
from .places import known_place

# Two capitalised words, the second shaped like a Kazakh or Russian surname, with an
# optional case ending: «Болат Әбділмановтың». Natasha misses many names in Kazakh text.
KAZAKH_FULL_NAME = re.compile(
    r"\b([А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+) ([А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]*"
    r"(?:ов|ев|ова|ева|ин|ина|бай|бек|ұлы|қызы|улы|кызы)[а-яәғқңөұүһі]*)\b"
)
# A quoted Kazakh name followed by its organisation noun: «…» жалпыұлттық коалициясының
KAZAKH_ORG = re.compile(
    r"«(?P<name>[^»\n]{3,120})»\s+(?P<head>(?:[а-яәғқңөұүһі]+\s+)?"
    r"(?:коалиция|партия|комиссия|одақ|қауымдастық|қоры|қор|академия|университет|музей)[а-яәғқңөұүһі]*)"
)
KAZAKH_POSSESSIVE = re.compile(r"(сы|сі|ы|і)(ның|нің|на|не|нда|нде|нан|нен|н)?$")
CAPITALISED_WORD = re.compile(r"\b[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?")


def inside(start: int, stop: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and stop <= b for a, b in spans)


def kazakh_name(text: str) -> str | None:
    """A person's name from a Kazakh span with case endings removed, or None when it is not
    shaped like a name (every word capitalised, an initial or two words at least).

    >>> kazakh_name("Аида Балаеваның"), kazakh_name("Адам құқықтары"), kazakh_name("Мәдениет")
    ('Аида Балаева', None, None)
    """
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return " ".join(words[:-1] + [strip_suffix(words[-1])])


def _person(span: NerSpan, kazakh: bool) -> str | None:
    if kazakh:
        return kazakh_name(span.text)
    words = span.normal.split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    return span.normal


def _place(span: NerSpan, kazakh: bool) -> str | None:
    known = known_place(span.text, kazakh=kazakh) or known_place(span.normal)
    if known or kazakh:
        return known
    if span.common_word:
        return None  # «Независимость», «Пресс-релизы»: common nouns, not places
    return span.normal


def _organisation(span: NerSpan, kazakh: bool) -> str | None:
    if kazakh and not re.search(r"[A-Za-z]", span.text):
        return None  # the Russian model's Kazakh ORGs are noise; Latin names (DKNews.kz) hold
    return span.normal


def gazetteer_places(text: str, kazakh: Sequence[tuple[int, int]], taken: set[int]) -> list[Mention]:
    """Known places in Kazakh paragraphs, where Natasha finds almost none («Алматыда»)."""
    found = []
    for start, stop in kazakh:
        for match in CAPITALISED_WORD.finditer(text, start, stop):
            place = known_place(match.group(), kazakh=True)
            if place and match.start() not in taken:
                found.append(
                    Mention(type="LOC", start=match.start(), stop=match.end(),
                            text=match.group(), normal=place, key=fold(place))
                )  # fmt: skip
    return found


def kazakh_people(text: str, kazakh: Sequence[tuple[int, int]], taken: set[int]) -> list[Mention]:
    """Full names in Kazakh paragraphs that Natasha missed, case endings removed."""
    found = []
    for start, stop in kazakh:
        for match in KAZAKH_FULL_NAME.finditer(text, start, stop):
            if match.start() in taken or known_place(match.group(1), kazakh=True):
                continue
            name = kazakh_name(match.group())
            if name:
                found.append(
                    Mention(type="PER", start=match.start(), stop=match.end(),
                            text=match.group(), normal=name, key=name_key(name))
                )  # fmt: skip
    return found


def kazakh_organisations(text: str, kazakh: Sequence[tuple[int, int]]) -> list[Mention]:
    """Quoted Kazakh names with their organisation noun, the noun back in the nominative:
    «…» жалпыұлттық коалициясының → «…» жалпыұлттық коалициясы."""
    found = []
    for start, stop in kazakh:
        for match in KAZAKH_ORG.finditer(text, start, stop):
            head = KAZAKH_POSSESSIVE.sub(lambda m: m.group(1), match["head"])
            normal = f"«{match['name']}» {head}"
            found.append(
                Mention(type="ORG", start=match.start(), stop=match.end(),
                        text=match.group(), normal=normal, key=fold(normal))
            )  # fmt: skip
    return found


def join_quoted_names(mentions: list[Mention], text: str) -> list[Mention]:
    """An organisation noun followed by its quoted name is one organisation:
    «Общенациональной коалиции "За Народную Конституцию …!"» → «Общенациональная коалиция «…»».
    A span that stops before its closing quote is extended to it."""
    joined: list[Mention] = []
    for m in mentions:
        if m.type == "ORG" and m.text.count('"') % 2 and text[m.stop : m.stop + 1] == '"':
            m = m.model_copy(update={"stop": m.stop + 1, "text": m.text + '"', "normal": m.normal + '"'})
        previous = joined[-1] if joined else None
        gap = text[previous.stop : m.start] if previous else ""
        if previous and previous.type == m.type == "ORG" and gap.strip() in ('"', "«"):
            stop = m.stop + (1 if text[m.stop : m.stop + 1] in '"»' else 0)
            normal = f"{previous.normal} «{m.text.strip(chr(34))}»"
            joined[-1] = Mention(type="ORG", start=previous.start, stop=stop,
                                 text=text[previous.start : stop], normal=normal, key=fold(normal))  # fmt: skip
            continue
        joined.append(m)
    return joined


def link_surnames(mentions: list[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Mention]:
    """Give a surname-only mention the full name it refers to when exactly one person of the
    article has that surname; in Kazakh text an unmatched single word is dropped."""
    full = {}
    for m in mentions:
        if m.type == "PER" and len(m.normal.split()) >= 2:
            full.setdefault(fold(surname(m.normal)), set()).add(m.normal)
    linked = []
    for m in mentions:
        if m.type == "PER" and len(m.normal.split()) == 1:
            names = full.get(fold(m.normal), set())
            if len(names) == 1:
                name = next(iter(names))
                m = m.model_copy(update={"normal": name, "key": name_key(name)})
            elif inside(m.start, m.stop, kazakh):
                continue
        linked.append(m)
    return linked


def extract_mentions(analysis: Analysis, kazakh: Sequence[tuple[int, int]]) -> tuple[Mention, ...]:
    """Clean mentions of one article, in text order."""
    mentions = []
    for span in analysis.spans:
        in_kazakh = inside(span.start, span.stop, kazakh)
        if span.type == "PER":
            normal = _person(span, in_kazakh) or (
                strip_suffix(span.text) if in_kazakh and " " not in span.text else None
            )
        elif span.type == "LOC":
            normal = _place(span, in_kazakh)
        else:
            normal = _organisation(span, in_kazakh)
        if normal:
            key = name_key(normal) if span.type == "PER" else fold(normal)
            mentions.append(
                Mention(type=span.type, start=span.start, stop=span.stop,
                        text=span.text, normal=normal, key=key)
            )  # fmt: skip
    taken = {m.start for m in mentions}
    mentions += gazetteer_places(analysis.text, kazakh, taken)
    mentions += kazakh_people(analysis.text, kazakh, {m.start for m in mentions if m.type == "PER"})
    mentions += kazakh_organisations(analysis.text, kazakh)
    mentions.sort(key=lambda m: (m.start, m.stop))
    mentions = join_quoted_names(mentions, analysis.text)
    return tuple(link_surnames(mentions, kazakh))
