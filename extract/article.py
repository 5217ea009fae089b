"""An article from its text: the header's date, the headline, the text the rules read.

A `.txt` file's first line may be a header ` date YYYY-MM-DD …`; read.py opens the files and
hands their text here, so this module does no I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from .errors import InputError
from .models import Article

HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(?P<date>\S+)")


def parse_header_date(text: str, where: str = "<text>") -> dt.date | None:
    """The date of a ` date 2026-02-13 …` first line, or None when there is no header.

    >>> parse_header_date(" date 2026-02-13 #Казахстан в сравнении\\nТекст")
    datetime.date(2026, 2, 13)
    """
    match = HEADER.match(text)
    if match is None:
        return None
    value = match["date"]
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise InputError(where, f'header date "{value}" is not a date', line=1) from err


# A header line's words after «date YYYY-MM-DD» that are a caption or a menu item («Фото:
# пресс-служба акимата», «#Казахстан»), not an article run on after the date.
HEADER_WORDS = 5
TITLE_LIMIT = 200  # a longer line is a paragraph, not a headline


def first_line_title(text: str) -> str | None:
    r"""The headline of a plain-text article: the first non-empty line under the header that
    looks like one, three words or more (not a menu item such as «Пресс-релизы»), at most
    TITLE_LIMIT characters, no full stop at its end; None once the lead has begun (a long line,
    or one ending a sentence), as a subheading further down is not the article's title.

    >>> first_line_title(" date 2026-02-13\nПресс-релизы\n\nБалаева встретилась с интеллигенцией\nВ Алматы …")
    'Балаева встретилась с интеллигенцией'
    >>> first_line_title(" date 2026-02-14\nФото: пресс-служба Сената Парламента РК\n\nВ Сенате …") is None
    True
    >>> first_line_title("В ходе встречи обсудили проект новой Конституции.\nЕл дамуының жаңа кезеңі") is None
    True
    """
    body = text.partition("\n")[2] if HEADER.match(text) else text
    for line in [line.strip() for line in body.split("\n", 8)[:8] if line.strip()][:3]:
        if len(line) > TITLE_LIMIT or line.endswith((".", "…", ":", ",", ";")):
            return None  # the lead
        if len(line.split()) >= 3 and not CAPTION.match(line) and not line.startswith("#"):  # a rubric
            return line
    return None


# A photo's or a video's credit line over the article («Фото предоставлено организаторами»).
CAPTION = re.compile(r"(?:Фото|Сурет|Видео|Бейне|Photo|Video)(?!\w)", re.IGNORECASE)


def parse_article(
    text: str, id: str, source: str | None = None, line: int | None = None
) -> Article:
    """An Article over `text` (its header's date alone on its line: `header_alone`), with the
    header's date if there is one. A header line with nothing under it is not an article,
    unless the line goes on after the date with more than a caption's words (a page saved
    as one line): there is no one in it to find.

    >>> parse_article(" date 2026-03-10 Фото\\nВстреча.", id="a1").date
    datetime.date(2026, 3, 10)
    """
    where = source or id
    if not text.strip():
        raise InputError(where, "no text", line=line)
    date = parse_header_date(text, where)
    if date is not None and not text.partition("\n")[2].strip() and len(text.split()) < HEADER_WORDS + 2:
        raise InputError(where, "only a header line, no article text under it", line=line)
    text = header_alone(text)
    return Article(id=id, text=text, date=date, source=source, line=line, title=first_line_title(text))


def header_alone(text: str) -> str:
    r"""The header's date on a line of its own. A page saved with its date often goes straight
    on with its first line, the headline or the lead (` date 2026-03-04 На встрече с жителями
    аким …`): that is the article, and every rule that skips the header line would skip it too.
    The one space after the date becomes a line break: same length, so every offset still
    points into the file as written.

    >>> header_alone(" date 2026-03-04 Аким встретился с жителями.\nТекст")
    ' date 2026-03-04\nАким встретился с жителями.\nТекст'
    >>> header_alone("Без заголовка")
    'Без заголовка'
    """
    match = HEADER.match(text)
    if match is None or text[match.end() : match.end() + 1] not in (" ", "\t"):
        return text
    return text[: match.end()] + "\n" + text[match.end() + 1 :]
