"""When the reported event was: a date its sentence or the lead states, a day named relative to
the header's date («вчера», «бүгін»), else the header's date itself.

A date inside a quote is what someone said («в 1995 году …»), never the event's; an article
without a header takes no date from its body but a stated one, so an anniversary quoted in a
text («9 мая 1945 года») does not become the date of the event it reports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..dates import FoundDate, make_date
from ..mentions import inside
from ..nlp import Analysis, Sentence

# Days named relative to the article's own date, Russian and Kazakh (source: common usage).
RELATIVE = {"сегодня": 0, "бүгін": 0, "вчера": -1, "накануне": -1, "кеше": -1, "позавчера": -2}
RELATIVE_WORD = re.compile(r"(?<!\w)(" + "|".join(RELATIVE) + r")(?!\w)", re.IGNORECASE)
# Days of the week, Russian and Kazakh: «в субботу», «өткен сенбі күні» is the last such day
# on or before the header's date (a report tells what has happened).
WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6,
    "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "сенбі": 5, "жексенбі": 6,
}  # fmt: skip
WEEKDAY = re.compile(
    r"(?<!\w)(?:(?:в|во)\s+(?:прошл(?:ую|ый|ое)\s+)?(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|(дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)(?:\s+күні|де|да))(?!\w)",
    re.IGNORECASE,
)
# Kazakhstan's holidays of a fixed date, named as the day something happened on: «в День
# Республики», «Республика күнінде» (not the eve: «накануне Дня …», «… күні қарсаңында»).
RUSSIAN_HOLIDAYS = {
    "республики": (10, 25), "независимости": (12, 16), "конституции": (8, 30), "столицы": (7, 6),
    "победы": (5, 9), "знаний": (9, 1), "единства": (5, 1), "защитника": (5, 7),
}  # fmt: skip
KAZAKH_HOLIDAYS = {
    "республика": (10, 25), "тәуелсіздік": (12, 16), "конституция": (8, 30), "астана": (7, 6), "елорда": (7, 6),
    "жеңіс": (5, 9), "білім": (9, 1), "бірлік": (5, 1), "отан": (5, 7),
}  # fmt: skip
HOLIDAYS = RUSSIAN_HOLIDAYS | KAZAKH_HOLIDAYS
HOLIDAY = re.compile(
    r"(?<!\w)(?:(?:в|во)\s+День\s+(?P<ru>" + "|".join(RUSSIAN_HOLIDAYS) + r")"
    r"|(?P<kk>" + "|".join(KAZAKH_HOLIDAYS) + r")\s+(?:қорғаушылар\s+|қорғаушы\s+)?күнінде)(?!\w)",
    re.IGNORECASE,
)
# How far back a stated date may lie and still be the news the article reports.
REACH = dt.timedelta(days=31)


# A time of day beside a date: a page's publication stamp («13.12.2025, 10:25», «10:25 | 13.12.2025»).
TIME_AFTER = re.compile(r"[,|\s]*\d{1,2}:\d{2}(?!\d)")
TIME_BEFORE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}[,|\s]*$")


def _stamp(text: str, d: FoundDate) -> bool:
    """The date is when the page was published, not when the event was: written in figures, with
    a time of day beside it («13.12.2025, 10:25»); «в 10:00, 13 марта» is the event's."""
    if not NUMERIC_DATE.fullmatch(text, d.start, d.stop):
        return False
    return bool(TIME_AFTER.match(text, d.stop) or TIME_BEFORE.search(text, max(0, d.start - 12), d.start))


# A relative day and the date that says which it is: «Сегодня, 17 декабря», «Бүгін, 5 наурызда».
DAY_NAMED = re.compile(r"(?<!\w)(?:сегодня|вчера|бүгін|кеше)\s*,\s*$", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")


def _fits(date: dt.date, header: dt.date | None, ahead: int) -> bool:
    """A date the news can be reporting: from a month before the header to `ahead` days after
    it (an event announced in its own sentence: «встреча состоится 20 марта»)."""
    return header is None or header - REACH <= date <= header + dt.timedelta(days=ahead)


def event_date(
    header: dt.date | None,
    analysis: Analysis,
    sentence: Sentence,
    lead: tuple[int, int],
    dates: Sequence[FoundDate],
    quoted: Sequence[tuple[int, int]],
) -> dt.date | None:
    """The event's date; see the module's docstring for the order.

    >>> from extract.nlp import Analysis
    >>> text = "Вчера в Алматы прошла встреча."
    >>> event_date(dt.date(2026, 2, 14), Analysis(text, (), (), ()), Sentence(0, 30, 0, 0), (0, 30), [], [])
    datetime.date(2026, 2, 13)
    """
    text = analysis.text
    stated = [d for d in dates if not inside(d.start, d.stop, quoted) and (d.has_year or header) and not _stamp(text, d)]
    # without a header, only the event's own sentence dates it
    places = (((sentence.start, sentence.stop), 7), (lead, 0)) if header else (((sentence.start, sentence.stop), 7),)
    for (start, stop), ahead in places:
        # «Сегодня, 17 декабря, …»: the text says which day its «today» is, whatever the header
        named = [d for d in stated if start <= d.start < stop and DAY_NAMED.search(text, max(start, d.start - 12), d.start)]
        if named:
            return named[0].date
        here = [d for d in stated if start <= d.start < stop and _fits(d.date, header, ahead)]
        if here:
            return here[0].date
        if header:
            word = RELATIVE_WORD.search(analysis.text, start, stop)
            if word and not inside(word.start(), word.end(), quoted):
                return header + dt.timedelta(days=RELATIVE[word.group(1).lower()])
            day = WEEKDAY.search(analysis.text, start, stop)
            if day and not inside(day.start(), day.end(), quoted):
                return header - dt.timedelta(days=(header.weekday() - WEEKDAYS[(day[1] or day[2]).lower()]) % 7)
            holiday = HOLIDAY.search(analysis.text, start, stop)
            if holiday and not inside(holiday.start(), holiday.end(), quoted):
                date = make_date(None, *HOLIDAYS[(holiday["ru"] or holiday["kk"]).lower()], None, header)
                if date and _fits(date, header, ahead):
                    return date
    return header
