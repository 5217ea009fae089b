"""The sentence a fact was read in, which every edge of the graph carries for a reader to check
it against: found by bisection over the text's sentence ends, one string per sentence of an
article."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from extract.models import ArticleRecord

from .models import Evidence

SENTENCE_END = re.compile(r"[.!?\n]")


@lru_cache(maxsize=64)
def sentence_ends(text: str) -> tuple[int, ...]:
    """Offsets of every sentence-ending character, found once per article: an article gives
    evidence for dozens of facts."""
    return tuple(m.start() for m in SENTENCE_END.finditer(text))


def sentence_bounds(text: str, start: int, stop: int, limit: int = 400) -> tuple[int, int]:
    """The sentence holding text[start:stop], at most `limit` characters either side."""
    ends = sentence_ends(text)
    floor, ceiling = max(0, start - limit), min(len(text), stop + limit)
    i = bisect_left(ends, start)
    left = max(floor, ends[i - 1] + 1 if i else 0)
    j = bisect_left(ends, stop)
    return left, min(ceiling, ends[j] + 1 if j < len(ends) else ceiling)


@lru_cache(maxsize=1024)
def sentence(article: str, text: str, left: int, right: int, limit: int = 400) -> str:
    """One string for the facts of one sentence of one article: a sentence is evidence for
    several facts, and the graph keeps each fact's evidence. Keyed by the article too, so two
    articles printing one sentence keep two strings, as they would without the cache."""
    return " ".join(text[left:right].split())[:limit]


def evidence(record: ArticleRecord, start: int, stop: int) -> Evidence:
    """Where a fact was read, with the sentence a reader checks it against."""
    text = record.article.text
    line = sentence(record.article.id, text, *sentence_bounds(text, start, stop))
    return Evidence(article=record.article.id, start=start, stop=stop, evidence=line)
