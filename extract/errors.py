"""The exceptions of kg: one root, and input problems that name the file and line."""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Root of every error kg raises on purpose."""


class InputError(KgError):
    """An input that cannot be used: prints as `seeds/x.txt:1: header date "2026-13-40" is not a date`."""

    def __init__(self, path: str | Path, reason: str, line: int | None = None, kind: str = "error") -> None:
        self.path = str(path)
        self.reason = reason
        self.line = line
        self.kind = kind  # "warning": the input was used, but read in an unusual way
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"

    def __reduce__(self):  # keep the fields across process pools
        return (type(self), (self.path, self.reason, self.line, self.kind))
