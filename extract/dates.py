"""Dates in the text: Russian ones from Natasha's DatesExtractor, Kazakh ones from month names.

A date without a year («15 марта», «15 наурызда») takes the year of the article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .nlp import Analysis

# Kazakh month names, January first (source: the Kazakh calendar, қаңтар … желтоқсан)
KAZAKH_MONTHS = (
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split()
)
KAZAKH_DATE = re.compile(
    r"(?:(?P<year>\d{4})\s+жыл(?:ғы|ы)?\s+)?(?P<day>\d{1,2})\s+(?P<month>"
    + "|".join(KAZAKH_MONTHS)
    + r")[а-яәғқңөұүһі]*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    stop: int
    date: dt.date
    has_year: bool


def _make(year: int | None, month: int | None, day: int | None, default_year: int | None):
    if not (month and day and (year or default_year)):
        return None
    try:
        return dt.date(year or default_year, month, day)
    except ValueError:
        return None


def parse_kazakh_dates(text: str, default_year: int | None) -> list[FoundDate]:
    """Kazakh dates: «2026 жылғы 13 ақпанда», «15 наурызда».

    >>> [f.date for f in parse_kazakh_dates("2026 жылғы 13 ақпанда Алматыда", None)]
    [datetime.date(2026, 2, 13)]
    """
    found = []
    for match in KAZAKH_DATE.finditer(text):
        month = KAZAKH_MONTHS.index(match["month"].lower()) + 1
        year = int(match["year"]) if match["year"] else None
        date = _make(year, month, int(match["day"]), default_year)
        if date:
            found.append(FoundDate(match.start(), match.end(), date, year is not None))
    return found


def extract_dates(
    analysis: Analysis, kazakh: Sequence[tuple[int, int]], default_year: int | None
) -> list[FoundDate]:
    """Every full date of the article in text order, Russian and Kazakh."""
    found = []
    for span in analysis.dates:
        date = _make(span.year, span.month, span.day, default_year)
        if date:
            found.append(FoundDate(span.start, span.stop, date, span.year is not None))
    for start, stop in kazakh:
        for item in parse_kazakh_dates(analysis.text[start:stop], default_year):
            found.append(FoundDate(item.start + start, item.stop + start, item.date, item.has_year))
    return sorted(found, key=lambda f: f.start)
