"""A campaign's window: «since 2026-02-10 until 2026-02-20», or a whole month («2026-02»),
read the same way by `kg who`, `kg table`, `kg build` and the query API."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from extract.models import Record

BOUND = re.compile(r"\A(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?\Z")


def bound(value: str | dt.date | None, end: bool = False) -> dt.date | None:
    """The first day (or with `end`, the last) of a year, month or day written in ISO.

    >>> bound("2026-02"), bound("2026-02", end=True), bound("2026", end=True)
    (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28), datetime.date(2026, 12, 31))
    """
    if value is None or isinstance(value, dt.date):
        return value
    match = BOUND.match(value.strip())
    if match is None:
        raise ValueError(f"«{value}» is not a date: write 2026, 2026-02 or 2026-02-13")
    year, month, day = int(match["year"]), match["month"], match["day"]
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            last = calendar.monthrange(year, int(month))[1] if end else 1
            return dt.date(year, int(month), last)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError as err:
        raise ValueError(f"«{value}» is not a date: {err}") from err


class Window(Record):
    """Days from `since` to `until`, both included; an open side has no limit. An undated
    event is outside any window that has a limit: nothing says it was in it."""

    since: dt.date | None = None
    until: dt.date | None = None

    @classmethod
    def of(cls, since: str | dt.date | None = None, until: str | dt.date | None = None) -> "Window":
        """The window from two bounds as a user writes them; a month or a year stands for all its days.

        >>> Window.of("2026-02", "2026-02").until
        datetime.date(2026, 2, 28)
        """
        window = cls(since=bound(since), until=bound(until, end=True))
        if window.since and window.until and window.since > window.until:
            raise ValueError(f"the window ends ({window.until}) before it starts ({window.since})")
        return window

    @property
    def open(self) -> bool:
        return self.since is None and self.until is None

    def __contains__(self, date: dt.date | str | None) -> bool:
        if self.open:
            return True
        if date is None or date == "":
            return False
        day = dt.date.fromisoformat(date) if isinstance(date, str) else date
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)
