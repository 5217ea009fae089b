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
# The year before the day («2026 жылғы», «2026 жылы», «2026 жылдың», «2026 ж.») or after the
# month («13 ақпан 2026 жыл»); an ordinal ending on the day («13-ші») and a hyphen between day
# and month («15-наурызда», as many Kazakh outlets write it) are allowed.
KAZAKH_YEAR = r"(?P<{}>\d{{4}})\s*(?:жылғы|жылы|жылдың|жыл|ж\.)"
KAZAKH_DATE = re.compile(
    r"(?:" + KAZAKH_YEAR.format("year") + r"\s+)?(?<![\d.,])(?P<day>\d{1,2})(?:-?(?:ші|шы|інші|ыншы|сі|сы))?(?:\s+|-)"
    r"(?P<month>" + "|".join(KAZAKH_MONTHS) + r")[а-яәғқңөұүһі]*"
    r"(?:\s+" + KAZAKH_YEAR.format("year_after") + r"[а-яәғқңөұүһі]*)?",
    re.IGNORECASE,
)
# The month in the genitive, then the day with its possessive: «наурыздың 15-і», «2026 жылғы
# ақпанның 13-інде» (the 15th of March).
KAZAKH_DATE_MONTH_FIRST = re.compile(
    r"(?:" + KAZAKH_YEAR.format("year") + r"\s+)?(?P<month>" + "|".join(KAZAKH_MONTHS) + r")"
    r"(?:ның|нің|дың|дің|тың|тің)\s+(?P<day>\d{1,2})-?(?:і|ы|сі|сы)(?![\d])[а-яәғқңөұүһі]*",
    re.IGNORECASE,
)
# «13.02.2026»: day, month, year, as Kazakh official texts write them.
NUMERIC_DATE = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\d.])")


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    stop: int
    date: dt.date
    has_year: bool


def make_date(year: int | None, month: int | None, day: int | None, default_year: int | None, near: dt.date | None = None):
    """The date, a missing year taken from `near` (the header's date: the year that puts the day
    nearest it, so «31 декабря» on a page of 1 January is the day before) or else `default_year`.

    >>> make_date(None, 12, 31, 2026, dt.date(2026, 1, 1)), make_date(None, 3, 12, 2026, dt.date(2026, 3, 14))
    (datetime.date(2025, 12, 31), datetime.date(2026, 3, 12))
    """
    if not (month and day and (year or default_year or near)):
        return None
    try:
        if year is None and near is not None:
            return min((dt.date(y, month, day) for y in (near.year - 1, near.year, near.year + 1)),
                       key=lambda d: abs((d - near).days))  # fmt: skip
        return dt.date(year or default_year, month, day)
    except ValueError:
        return None


def parse_kazakh_dates(text: str, default_year: int | None, near: dt.date | None = None) -> list[FoundDate]:
    """Kazakh dates: «2026 жылғы 13 ақпанда», «15 наурызда», «наурыздың 15-і», «13.02.2026».

    >>> [f.date for f in parse_kazakh_dates("2026 жылғы 13 ақпанда Алматыда", None)]
    [datetime.date(2026, 2, 13)]
    """
    found = []
    for match in [*KAZAKH_DATE.finditer(text), *KAZAKH_DATE_MONTH_FIRST.finditer(text)]:
        month = KAZAKH_MONTHS.index(match["month"].lower()) + 1
        year = match["year"] or match.groupdict().get("year_after")
        date = make_date(int(year) if year else None, month, int(match["day"]), default_year, near)
        if date:
            found.append(FoundDate(match.start(), match.end(), date, year is not None))
    for match in NUMERIC_DATE.finditer(text):
        date = make_date(int(match["year"]), int(match["month"]), int(match["day"]), None)
        if date:
            found.append(FoundDate(match.start(), match.end(), date, True))
    return sorted(found, key=lambda f: f.start)


def extract_dates(
    analysis: Analysis, kazakh: Sequence[tuple[int, int]], default_year: int | None, near: dt.date | None = None
) -> list[FoundDate]:
    """Every full date of the article in text order, Russian and Kazakh; a day and month with no
    year take `near`'s nearest year, else `default_year`."""
    found = []
    for span in analysis.dates:
        date = make_date(span.year, span.month, span.day, default_year, near)
        if date:
            found.append(FoundDate(span.start, span.stop, date, span.year is not None))
    for start, stop in kazakh:
        for item in parse_kazakh_dates(analysis.text[start:stop], default_year, near):
            found.append(FoundDate(item.start + start, item.stop + start, item.date, item.has_year))
    return sorted(found, key=lambda f: f.start)
