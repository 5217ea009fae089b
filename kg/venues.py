"""Venues and the towns they are in: a mine, a school, an office or a museum an article puts its
event at, or that its people visited, becomes a Place linked to its town when the article names
the town in the same sentence, or earlier in the same paragraph."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from extract.models import ArticleRecord
from extract.places import CITIES, known_place
from extract.events.venues import VENUE_WORD, VISIT, venue_name

from .models import Venue

SENTENCE_END = re.compile(r"[.!?]\s|\n")


def is_town(name: str) -> bool:
    """A town of the gazetteer, not a region or a country.

    >>> is_town("Қарағанды"), is_town("Алматыда"), is_town("Карагандинская область"), is_town("Казахстан")
    (True, True, False, False)
    """
    return known_place(name, kazakh=True) in CITIES


@lru_cache(maxsize=16)
def sentence_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(start, end) of every sentence break of a text, found once: an article asks for the
    sentence of each of its organisations."""
    found = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


def sentence_span(text: str, start: int) -> tuple[int, int]:
    """The bounds of the sentence around `start` (a full stop, ! or ? before a space, or a line end).

    >>> sentence_span("Один. Два три. Четыре", 8)
    (6, 14)
    """
    starts, ends = sentence_breaks(text)
    i = bisect_right(ends, start)  # the breaks before `start` end at or before it
    left = ends[i - 1] if i else 0
    if i < len(starts) and starts[i] < start:  # a break across `start` («.» before it, «\n» at it)
        end = SENTENCE_END.search(text, start)
        return left, end.start() + 1 if end else len(text)
    return left, starts[i] + 1 if i < len(starts) else len(text)


def paragraph_start(text: str, start: int) -> int:
    return text.rfind("\n", 0, start) + 1


def town_of(record: ArticleRecord, start: int) -> str | None:
    """The town named in the sentence of `start`, else the last one named before it in its paragraph."""
    text = record.article.text
    left, right = sentence_span(text, start)
    towns = [m for m in record.mentions if m.type == "LOC" and is_town(m.normal)]
    same = [m for m in towns if left <= m.start < right]
    before = [m for m in towns if paragraph_start(text, start) <= m.start < left]
    found = same[0] if same else before[-1] if before else None
    return found and known_place(found.normal, kazakh=True)


def event_venues(record: ArticleRecord) -> Iterable[Venue]:
    """The place of each reported event that is not itself a town («шахта «Анненская»»)."""
    text = record.article.text
    for e in record.events:
        if not e.place or known_place(e.place, kazakh=True) or not VENUE_WORD.search(e.place):
            continue
        _, _, proper = e.place.partition(" ")
        at = text.find(proper) if proper else -1
        start, stop = (at, at + len(proper)) if at >= 0 else (e.start, e.stop)
        town = e.town or town_of(record, start) or town_of(record, e.start)
        yield Venue(name=e.place, town=town, article=record.article.id, start=start, stop=stop)


def extract_venues(record: ArticleRecord) -> tuple[Venue, ...]:
    """Venues of one article: its event's venue, and organisations named as somewhere people went.
    An organisation's mention inside a venue's name («Анненская» in «шахта «Анненская»») is the venue.

    >>> from extract import parse_article
    >>> from extract.models import ArticleRecord, Mention
    >>> text = "В Актобе депутат посетил офис компании Kaspi."
    >>> record = ArticleRecord(article=parse_article(text, id="a"), language="ru", mentions=(
    ...     Mention(type="LOC", text="Актобе", normal="Актобе", key="актобе", start=2, stop=8),
    ...     Mention(type="ORG", text="Kaspi", normal="Kaspi", key="kaspi", start=39, stop=44)))
    >>> [(v.name, v.town, v.mention) for v in extract_venues(record)]
    [('офис компании Kaspi', 'Актобе', 39)]
    """
    text = record.article.text
    found = list(event_venues(record))
    for m in record.mentions:
        if m.type != "ORG":
            continue
        inner = next((v for v in found if v.start <= m.start and m.stop <= v.stop), None)
        if inner is not None:
            found.append(inner.model_copy(update={"start": m.start, "stop": m.stop, "mention": m.start}))
            continue
        name = venue_name(text, m)
        if name and VISIT.search(text, *sentence_span(text, m.start)):
            found.append(Venue(name=name, town=town_of(record, m.start), article=record.article.id,
                               start=m.start, stop=m.stop, mention=m.start))  # fmt: skip
    return tuple(found)
