"""Stretches of a text, (start, stop) each, asked whether one of them holds or overlaps another.

The rules ask it of every word or every name (is it in a Kazakh paragraph, in a quote, in a
name already found?); a scan of every stretch per question made an article's extraction
quadratic in its length, a bisection keeps it n·log n.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import Generic, Protocol, TypeVar


class Placed(Protocol):
    start: int
    stop: int


Record = TypeVar("Record", bound=Placed)


class Stretches(tuple):
    """A tuple of (start, stop) pairs, in any order, nested or overlapping, indexed once: sorted
    by start, with the furthest stop reached by each prefix, which is all either question needs.

    >>> quotes = Stretches([(10, 40), (0, 5)])
    >>> quotes.holds(12, 20), quotes.holds(3, 8), quotes.overlaps(3, 8)
    (True, False, True)
    """

    def __new__(cls, spans: Iterable[tuple[int, int]] = ()) -> Stretches:
        if type(spans) is cls:
            return spans  # indexed already, and never changed: the rules pass one along freely
        self = super().__new__(cls, spans)
        ordered = sorted(self)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))
        return self

    def holds(self, start: int, stop: int) -> bool:
        """Some stretch contains [start, stop): `a <= start and stop <= b`."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= stop

    def overlaps(self, start: int, stop: int) -> bool:
        """Some stretch shares a character with [start, stop): `a < stop and start < b`."""
        i = bisect_left(self.starts, stop)
        return i > 0 and self.reach[i - 1] > start


class ByOffset(Generic[Record]):
    """Records with a `start` and a `stop` (mentions, spans), sorted by start once, so those in
    or around a stretch are found by bisection, in text order (the records' own order among
    equal starts), where a scan of every record per question made long articles quadratic."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.records = sorted(records, key=lambda r: r.start)
        self.starts = [r.start for r in self.records]
        self.reach = list(accumulate((r.stop for r in self.records), max))

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)

    def starting(self, start: int, stop: int) -> list[Record]:
        """Those that start in [start, stop)."""
        return self.records[bisect_left(self.starts, start) : bisect_left(self.starts, stop)]

    def overlapping(self, start: int, stop: int) -> list[Record]:
        """Those that share a character with [start, stop): `r.start < stop and start < r.stop`."""
        first = bisect_right(self.reach, start)  # all before it stop at `start` or earlier
        return [r for r in self.records[first : bisect_left(self.starts, stop)] if r.stop > start]

    def within(self, start: int, stop: int) -> list[Record]:
        """Those inside [start, stop): `start <= r.start and r.stop <= stop`."""
        return [r for r in self.records[bisect_left(self.starts, start) : bisect_right(self.starts, stop)] if r.stop <= stop]


def rstripped(text: str, at: int) -> int:
    """`len(text[:at].rstrip())` without copying the text before `at`: where the whitespace
    that ends it begins. Asked per name, a copy of all the text before made long articles
    quadratic."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def lstripped(text: str, at: int) -> int:
    """Where the whitespace that starts text[at:] ends: `len(text) - len(text[at:].lstrip())`."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at
