"""The exceptions of kg: one root, and input problems that name the file and line."""

from __future__ import annotations

import re
from pathlib import Path

UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    r"""`text` with what a terminal or an XML file must not receive raw written as escapes:
    control characters (an ANSI escape, a newline) and the bytes of a file name that is not
    UTF-8 (which Python holds as lone surrogates) become «\x1b», «\n», «\xff».

    >>> print(printable("новости\x1b[2J\udcff.txt"))
    новости\x1b[2J\xff.txt
    """
    if not UNPRINTABLE.search(text):
        return text

    def escape(match: re.Match) -> str:
        char = match.group()
        if "\udc80" <= char <= "\udcff":  # a byte of a non-UTF-8 name (os.fsdecode's surrogateescape)
            return f"\\x{ord(char) - 0xDC00:02x}"
        return char.encode("unicode_escape").decode("ascii")

    return UNPRINTABLE.sub(escape, text)


class KgError(Exception):
    """Root of every error kg raises on purpose."""


class InputError(KgError):
    """An input that cannot be used: prints as `seeds/x.txt:1: header date "2026-13-40" is not a date`."""

    def __init__(self, path: str | Path, reason: str, line: int | None = None, kind: str = "error") -> None:
        self.path = printable(str(path))
        self.reason = printable(reason)
        self.line = line
        self.kind = kind  # "warning": the input was used, but read in an unusual way
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"

    def __reduce__(self):  # keep the fields across process pools
        return (type(self), (self.path, self.reason, self.line, self.kind))
