"""Reading articles: the only module that opens input files.

A `.txt` file is one article whose first line may be a header ` date YYYY-MM-DD …`;
a `.jsonl` file holds one article per line, `{"text": …, "id": …, "date": …, "title": …,
"url": …, "source": … (the outlet)}`, and is read
line by line, so its size has no limit; a `.txt` file and a `.jsonl` line may hold MAX_BYTES.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from .article import parse_article
from .errors import InputError, printable
from .models import Article

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".jsonl")  # in any case: «.TXT» is an article too
SURROGATE = re.compile("[\ud800-\udfff]")


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


def _utf8_with_bad_bytes(data: bytes, err: UnicodeDecodeError) -> tuple[str, str] | None:
    """UTF-8 text with a few broken bytes (a file cut mid-letter, one stray Latin-1 byte) and a
    note of where they are; None when the bytes are mostly not UTF-8, as in a Windows-1251 file,
    where every Cyrillic letter breaks UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for c in text if c >= "\x80") - text.count("\ufffd")
    if valid < 4 * bad:
        return None
    line = data.count(b"\n", 0, err.start) + 1
    plural = "s" * (bad > 1)
    return text, f"{bad} byte{plural} not UTF-8 (the first at offset {err.start}, line {line}), read as \ufffd"


def decode(data: bytes, path: str) -> tuple[str, str | None]:
    """The text of a file and a note of anything unusual in reading it (None for UTF-8):
    UTF-8 (with or without BOM, a few bad bytes replaced), UTF-16 (BOM or not), or
    Windows-1251 when the bytes read as Cyrillic; anything else is refused with the reason.
    Line endings become \\n."""
    if not data.strip():
        raise InputError(path, "empty file")
    text, note = None, None
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec).removeprefix("\ufeff")
            except UnicodeDecodeError as err:
                raise InputError(path, f"starts with a {codec} byte-order mark but is not {codec}") from err
            note = None if codec == "utf-8-sig" else f"read as {codec}, not UTF-8"
            break
    if text is None and b"\x00" in data:
        text, note = _utf16_without_bom(data), "read as utf-16, not UTF-8"
        if text is None:
            raise InputError(path, f"binary file (a NUL byte at offset {data.index(0)}), not text")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            text, note = _utf8_with_bad_bytes(data, err) or (_cp1251(data), "read as cp1251, not UTF-8")
            if text is None:
                raise InputError(
                    path, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start}) "
                    "and not Windows-1251 Cyrillic either"
                ) from err
    if not text.strip():
        raise InputError(path, "no text (only white space)")
    return text.replace("\r\n", "\n").replace("\r", "\n"), note


LEADS_NOWHERE = "a symbolic link that leads nowhere (broken, or a loop)"


def _status(path: Path) -> os.stat_result:
    """The file's status, refusing what is not a regular file: reading a FIFO or a device
    would block the build until someone writes to it, or never end."""
    try:
        status = path.stat()
    except OSError as err:
        if path.is_symlink():  # a link in a folder: broken, or a loop
            raise InputError(path, LEADS_NOWHERE) from err
        raise InputError(path, f"cannot read: {err.strerror or err}") from err
    if not stat.S_ISREG(status.st_mode):
        raise InputError(path, "not a regular file (a FIFO, socket or device)")
    return status


def load_bytes(path: Path) -> bytes:
    """The bytes of a regular file no larger than MAX_BYTES; OS errors become InputError."""
    size = _status(path).st_size
    if size > MAX_BYTES:
        raise InputError(path, f"file is {size} bytes, above the limit of {MAX_BYTES}")
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err


def _raw_lines(handle) -> Iterator[bytes | None]:
    """The lines of a binary file split on b"\\n" only, one at a time; None for a line over
    MAX_BYTES, which is skipped without being held in memory."""
    while raw := handle.readline(MAX_BYTES + 1):
        if len(raw) <= MAX_BYTES:
            yield raw
            continue
        while raw and not raw.endswith(b"\n"):
            raw = handle.readline(1 << 20)
        yield None


def jsonl_lines(path: Path) -> Iterator[tuple[int, str] | InputError]:
    """The numbered lines of a `.jsonl` file, streamed: only the line being read is in memory,
    so a campaign's archive in one file is fine. Lines end at \\n only: U+2028 and U+0085
    are characters inside a JSON string (`json.dumps(ensure_ascii=False)` writes them raw).
    A UTF-16 file cannot be cut on the byte \\n, so it is read whole, within MAX_BYTES."""
    size = _status(path).st_size
    with open(path, "rb") as handle:
        head = handle.read(8192)
        handle.seek(0)
        if head.startswith(BOMS[1][0]) or head.startswith(BOMS[2][0]) or b"\x00" in head:
            if size > MAX_BYTES:
                yield InputError(path, f"a UTF-16 file of {size} bytes, above the limit of {MAX_BYTES} "
                                       "(save it as UTF-8 to stream it line by line)")  # fmt: skip
                return
            text, note = decode(handle.read(), str(path))
            if note:
                yield InputError(path, note, kind="warning")
            yield from enumerate(text.split("\n"), start=1)
            return
        empty = True
        for number, raw in enumerate(_raw_lines(handle), start=1):
            if raw is None:
                yield InputError(path, f"line is above the limit of {MAX_BYTES} bytes", line=number)
                continue
            raw = raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw
            if not raw.strip():
                continue
            empty = False
            try:
                text, note = decode(raw, str(path))
            except InputError as err:
                yield InputError(path, err.reason, line=number)
                continue
            if note:
                yield InputError(path, note, line=number, kind="warning")
            yield number, text
        if empty:
            yield InputError(path, "empty file")


def _cleaned(value: str, what: str, path: str, number: int) -> tuple[str, InputError | None]:
    """`value` without lone surrogates (a JSON escape «\\ud800» that is half a character,
    which no UTF-8 file can hold), and a warning when there were any."""
    found = len(SURROGATE.findall(value))
    if not found:
        return value, None
    note = f"{what} has {found} unpaired surrogate escape{'s' * (found > 1)} (half a character), read as \ufffd"
    return SURROGATE.sub("\ufffd", value), InputError(path, note, line=number, kind="warning")


def parse_jsonl_line(raw: str, path: str, number: int) -> tuple[Article, list[InputError]]:
    """One `.jsonl` line as an Article and warnings about it; the id defaults to
    `<file stem>:<line>` and is made printable (no control characters in a graph's ids)."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        raise InputError(path, f"not JSON: {err.msg}", line=number) from err
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError(path, 'line has no "text" string', line=number)
    text, warning = _cleaned(obj["text"], "text", path, number)
    warnings = [warning] if warning else []
    given = str(obj.get("id") or f"{Path(path).stem}:{number}")
    ident = printable(given)
    if ident != given:
        warnings.append(InputError(path, f"id has control characters; read as «{ident}»", line=number, kind="warning"))
    article = parse_article(text, id=ident, source=path, line=number)
    cited = {}
    for field, keys in (("title", ("title",)), ("outlet", ("outlet", "source")), ("url", ("url",))):
        given = next((obj[key] for key in keys if obj.get(key) not in (None, "")), None)  # «outlet» before «source»
        if given is not None and printable(str(given)).strip():
            cited[field] = printable(str(given)).strip()
    if cited:
        article = article.model_copy(update=cited)
    if obj.get("date") and article.date is None:
        try:
            date = dt.date.fromisoformat(str(obj["date"])[:10])
        except ValueError as err:
            raise InputError(path, f'date "{printable(str(obj["date"]))}" is not a date', line=number) from err
        article = article.model_copy(update={"date": date})
    return article, warnings


def read_txt(path: Path) -> tuple[Article, list[InputError]]:
    """The article of a `.txt` file; its id is the file's name without `.txt`, printable."""
    source = printable(str(path))
    text, note = decode(load_bytes(path), source)
    warnings = [InputError(source, note, kind="warning")] if note else []
    ident = printable(path.stem)
    if ident != path.stem:
        warnings.append(InputError(source, f"file name has control characters or bytes that are not UTF-8; "
                                           f"its id is «{ident}»", kind="warning"))  # fmt: skip
    return parse_article(text, id=ident, source=source), warnings


def read_article(path: str | Path, line: int | None = None) -> Article:
    """The article in a `.txt` file, or on line `line` (1-based) of a `.jsonl` file."""
    path = Path(path)
    if path.suffix.lower() != ".jsonl":
        return read_txt(path)[0]
    number = line or 1
    for item in jsonl_lines(path):
        if isinstance(item, InputError):
            if item.kind != "warning" and item.line in (None, number):
                raise item
        elif item[0] == number:
            return parse_jsonl_line(item[1], printable(str(path)), number)[0]
    raise InputError(path, f"has no line {number}", line=number)


def read_file(path: Path) -> Iterator[Article | InputError]:
    """Every article of one file, warnings before it; problems come back as InputError values,
    not raised, so one bad line does not stop the file."""
    if path.suffix.lower() != ".jsonl":
        try:
            article, warnings = read_txt(path)
        except InputError as err:
            yield err
            return
        yield from warnings
        yield article
        return
    source = printable(str(path))
    try:
        for item in jsonl_lines(path):
            if isinstance(item, InputError):
                yield item
                continue
            number, raw = item
            if not raw.strip():
                continue
            try:
                article, warnings = parse_jsonl_line(raw, source, number)
            except InputError as err:
                yield err
                continue
            yield from warnings
            yield article
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(source, f"cannot read: {err.strerror or err}")


def _is_article(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def walk(folder: Path, exclude: frozenset[Path] = frozenset()) -> Iterator[Path | InputError]:
    """Article files under `folder`, sorted, without following links to folders (no loops).
    Hidden folders (.git, .cache) are not entered; a hidden article file is reported, not read;
    folders in `exclude` (the build's own output) are not entered."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and Path(root, d).resolve() not in exclude)
        for name in sorted(files):
            if not _is_article(name):
                continue
            if name.startswith("."):
                yield InputError(Path(root) / name, "hidden file (its name starts with a dot), not read")
            else:
                yield Path(root) / name


def find_files(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Path | InputError]:
    """Input files under `paths` in a stable order: folders are walked for .txt and .jsonl,
    a file named on its own is read whatever its name."""
    skipped = frozenset(Path(p).resolve() for p in exclude)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            before = 0
            for item in walk(path, skipped):
                before += 1
                yield item
            if not before:
                yield InputError(path, "no .txt or .jsonl file in this folder")
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield InputError(path, LEADS_NOWHERE)
        else:
            yield InputError(path, "no such file or folder")


def read_articles(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Article | InputError]:
    """Every article under `paths`, in order, with problems as values so the rest goes on;
    folders in `exclude` are not read."""
    for item in find_files(paths, exclude):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)
