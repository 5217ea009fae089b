"""records.jsonl as a source of records that never sits in memory whole: resolution reads the
file twice, one record at a time, in article-id order, so its memory is the name tables and the
graph, not the corpus (at 100k articles the records alone are 2 GiB as Python objects).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from extract import ArticleRecord

from .errors import RecordFileError

# `model_dump_json` writes the article first and its id first: the id is read without parsing the line.
LEADING_ID = re.compile(rb'\{"article":\{"id":("(?:[^"\\]|\\.)*")')


def write_records(records: Iterable[ArticleRecord], path: str | Path) -> int:
    """One record a line, as `kg build` writes records.jsonl; the number written."""
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(record.model_dump_json() + "\n")
            n += 1
    return n


class RecordFile:
    """The records of a records.jsonl, by article id, read again on every iteration.

    >>> records = RecordFile("out/records.jsonl")  # doctest: +SKIP
    >>> graph = kg.graph.graph_of(records)         # doctest: +SKIP
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        found: list[tuple[str, int, int]] = []
        with open(self.path, "rb") as lines:
            offset = 0
            for n, line in enumerate(lines, 1):
                if line.strip():
                    found.append((self._id(line, n), offset, n))
                offset += len(line)
        found.sort()
        self.lines = [(offset, n) for _, offset, n in found]  # where each record is, by article id

    def _id(self, line: bytes, n: int) -> str:
        match = LEADING_ID.match(line)
        if match:
            return json.loads(match.group(1))
        return self._parse(line, n).article.id

    def _parse(self, line: bytes, n: int) -> ArticleRecord:
        try:
            return ArticleRecord.model_validate_json(line)
        except (ValidationError, ValueError) as err:
            raise RecordFileError(f"{self.path}:{n}", f"not a record of kg: {str(err).splitlines()[0]}") from err

    def __len__(self) -> int:
        return len(self.lines)

    def parts(self, n: int) -> list[RecordFile]:
        """The records cut into `n` runs of consecutive article ids, each a RecordFile of its own
        over the same file: the first pass of resolution runs on each, anywhere the file can be
        read, and their tables merge in order (`kg.resolve.FirstPass.merge`)."""
        size = max(1, -(-len(self.lines) // max(1, n)))
        return [self._view(self.lines[i : i + size]) for i in range(0, len(self.lines), size)]

    def _view(self, lines: list[tuple[int, int]]) -> RecordFile:
        view = object.__new__(RecordFile)
        view.path, view.lines = self.path, lines
        return view

    def __iter__(self) -> Iterator[ArticleRecord]:
        with open(self.path, "rb") as lines:
            for offset, n in self.lines:
                lines.seek(offset)
                yield self._parse(lines.readline(), n)
