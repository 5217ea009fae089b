"""Errors of the corpus side; the root and input errors live in `extract.errors`."""

from __future__ import annotations

from extract.errors import InputError, KgError, printable

__all__ = ["GraphFileError", "InputError", "KgError", "NothingToBuild", "OutputError", "RecordFileError", "WorkerDied"]


class PathError(KgError):
    """An error about one file or folder: prints as «PATH: REASON», the path made printable."""

    def __init__(self, path, reason: str) -> None:
        self.path = printable(str(path))
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class GraphFileError(PathError):
    """A graph file that cannot be loaded: names the file and what is wrong with it."""


class RecordFileError(PathError):
    """A line of a records file that is not a record of this kg: names the file and the line."""


class NothingToBuild(KgError):
    """No article under the given paths could be used."""


class WorkerDied(KgError):
    """A worker process of a parallel build died; the build stops and writes nothing."""


class OutputError(PathError):
    """A place to write (`--out`, `--cache`) that cannot be written: found before extracting,
    not after an hour of it."""
