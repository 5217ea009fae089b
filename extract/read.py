"""Reading articles: the only module that opens input files.

A `.txt` file is one article whose first line may be a header ` date YYYY-MM-DD …`;
a `.jsonl` file holds one article per line, `{"text": …, "id": …, "date": …}`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .models import Article

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".jsonl")
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


def parse_article(
    text: str, id: str, source: str | None = None, line: int | None = None
) -> Article:
    """An Article over `text` unchanged, with the header's date if there is one.

    >>> parse_article(" date 2026-03-10 Фото\\nВстреча.", id="a1").date
    datetime.date(2026, 3, 10)
    """
    where = source or id
    if not text.strip():
        raise InputError(where, "no text", line=line)
    date = parse_header_date(text, where)
    return Article(id=id, text=text, date=date, source=source, line=line)


def decode(data: bytes, path: str) -> str:
    """UTF-8 text (a BOM is dropped); anything else is refused with the reason."""
    if not data.strip():
        raise InputError(path, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            path, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from err
    return text.removeprefix("\ufeff")


def load_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"file is {size} bytes, above the limit of {MAX_BYTES}")
        return path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err


def parse_jsonl_line(raw: str, path: str, number: int) -> Article:
    """One `.jsonl` line as an Article; its id defaults to `<file stem>:<line>`."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        raise InputError(path, f"not JSON: {err.msg}", line=number) from err
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError(path, 'line has no "text" string', line=number)
    ident = str(obj.get("id") or f"{Path(path).stem}:{number}")
    article = parse_article(obj["text"], id=ident, source=path, line=number)
    if obj.get("date") and article.date is None:
        try:
            date = dt.date.fromisoformat(str(obj["date"])[:10])
        except ValueError as err:
            raise InputError(path, f'date "{obj["date"]}" is not a date', line=number) from err
        article = article.model_copy(update={"date": date})
    return article


def read_article(path: str | Path, line: int | None = None) -> Article:
    """The article in a `.txt` file, or on line `line` (1-based) of a `.jsonl` file."""
    path = Path(path)
    text = decode(load_bytes(path), str(path))
    if path.suffix != ".jsonl":
        return parse_article(text, id=path.stem, source=str(path))
    lines = text.splitlines()
    number = line or 1
    if not 1 <= number <= len(lines):
        raise InputError(path, f"has no line {number}", line=number)
    return parse_jsonl_line(lines[number - 1], str(path), number)


def read_file(path: Path) -> Iterator[Article | InputError]:
    """Every article of one file; problems come back as InputError values, not raised."""
    try:
        text = decode(load_bytes(path), str(path))
    except InputError as err:
        yield err
        return
    if path.suffix != ".jsonl":
        try:
            yield parse_article(text, id=path.stem, source=str(path))
        except InputError as err:
            yield err
        return
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            yield parse_jsonl_line(raw, str(path), number)
        except InputError as err:
            yield err


def find_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Input files under `paths` in a stable order: folders are walked for .txt and .jsonl."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            yield from found
        elif path.is_file():
            yield path
        else:
            yield InputError(path, "no such file or folder")


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article under `paths`, in order, with problems as values so the rest goes on."""
    for item in find_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)
