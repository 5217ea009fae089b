"""Reading articles: the only module that opens input files.

A `.txt` file is one article whose first line may be a header ` date YYYY-MM-DD …`;
a `.jsonl` file holds one article per line, `{"text": …, "id": …, "date": …}`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
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


BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
LETTER = re.compile(r"[^\W\d_]")


def _looks_like_news(text: str) -> bool:
    """Mostly Cyrillic, Latin, digits, punctuation and spaces: what a wrong decoding is not."""
    sample = text[:2000]
    usual = sum(1 for c in sample if c.isascii() and (c.isprintable() or c.isspace()) or CYRILLIC.match(c)
                or c in "«»–—…“”„№")  # fmt: skip
    return bool(sample) and usual / len(sample) > 0.9


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text that lost its byte-order mark: the NUL bytes of its ASCII characters."""
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_news(text):
            return text
    return None


def _cp1251(data: bytes) -> str | None:
    """Windows-1251 text, the usual non-UTF-8 encoding of Russian news, when it reads as Cyrillic."""
    text = data.decode("cp1251", errors="replace")
    letters = LETTER.findall(text)
    if letters and len(CYRILLIC.findall(text)) / len(letters) > 0.6 and "\ufffd" not in text:
        return text
    return None


def decode(data: bytes, path: str) -> tuple[str, str]:
    """The text of a file and the encoding it was read in: UTF-8 (with or without BOM),
    UTF-16 (BOM or not), or Windows-1251 when the bytes read as Cyrillic; anything else is
    refused with the reason. Line endings become \\n."""
    if not data.strip():
        raise InputError(path, "empty file")
    text, encoding = None, None
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(codec).removeprefix("\ufeff"), codec
            except UnicodeDecodeError as err:
                raise InputError(path, f"starts with a {codec} byte-order mark but is not {codec}") from err
            break
    if text is None and b"\x00" in data[:8192]:
        text, encoding = _utf16_without_bom(data), "utf-16"
        if text is None:
            raise InputError(path, "binary file (contains NUL bytes), not text")
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as err:
            text, encoding = _cp1251(data), "cp1251"
            if text is None:
                raise InputError(
                    path, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start}) "
                    "and not Windows-1251 Cyrillic either"
                ) from err
    if not text.strip():
        raise InputError(path, "no text (only white space)")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


LEADS_NOWHERE = "a symbolic link that leads nowhere (broken, or a loop)"


def load_bytes(path: Path) -> bytes:
    """The bytes of a file no larger than MAX_BYTES; OS errors become InputError."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"file is {size} bytes, above the limit of {MAX_BYTES}")
        return path.read_bytes()
    except OSError as err:
        if path.is_symlink() and not path.exists():  # a link in a folder: broken, or a loop
            raise InputError(path, LEADS_NOWHERE) from err
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
    text, _ = decode(load_bytes(path), str(path))
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
        text, encoding = decode(load_bytes(path), str(path))
    except InputError as err:
        yield err
        return
    if encoding not in ("utf-8", "utf-8-sig"):
        yield InputError(path, f"read as {encoding}, not UTF-8", kind="warning")
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


def walk(folder: Path) -> Iterator[Path]:
    """Article files under `folder`, sorted, without following links to folders (no loops)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def find_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Input files under `paths` in a stable order: folders are walked for .txt and .jsonl."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from walk(path)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield InputError(path, LEADS_NOWHERE)
        else:
            yield InputError(path, "no such file or folder")


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article under `paths`, in order, with problems as values so the rest goes on."""
    for item in find_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)
