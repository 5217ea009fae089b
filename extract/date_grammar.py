"""Natasha's date grammar (natasha/grammars/date.py), matched without yargy's chart parser.

The grammar is five fixed sequences of at most seven tokens, every one holding a number:

    DAY . MONTH . YEAR|YEAR_SHORT [YEAR_WORD]     «13.02.2026 г.»
    YEAR YEAR_WORD                                 «2026 года»
    DAY MONTH_NAME                                 «13 февраля»
    MONTH_NAME YEAR [YEAR_WORD]                    «февраля 2026 г.»
    DAY MONTH_NAME YEAR [YEAR_WORD]                «13 февраля 2026 года»

yargy reads them with a general Earley parser, building and hashing a state for every rule
at every token: on news that was as costly as the NER network itself, for a few dates a
text. Here each sequence is tried at each token directly. What the result depends on is
kept as yargy has it — its tokenizer, the dictionary's normal forms of the month names and
of «год» as yargy's predicates compute them, every span that matches, and yargy's own
choice among overlapping spans (the greatest coverage) — so the matches are the same, span
for span and value for value (tests/test_date_grammar.py compares both on the benchmark
texts and on sentences built to probe each rule).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from natasha.grammars.date import MONTHS
from yargy.morph import MorphAnalyzer
from yargy.span import resolve_spans
from yargy.tokenizer import INT, RUSSIAN, Tokenizer


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int  # characters, in the text read
    stop: int
    year: int | None
    month: int | None
    day: int | None


@dataclass(frozen=True, slots=True)
class _Token:
    value: str
    start: int
    stop: int
    type: str


class DateGrammar:
    """`grammar(text)` yields what natasha's `DatesExtractor(morph)(text)` does, as DateMatch."""

    def __init__(self, morph) -> None:
        self.tokenizer = Tokenizer()
        self.morph = MorphAnalyzer(morph)  # yargy's wrapper: the forms its predicates read
        self.month_names = set().union(*(self.morph.normalized(name) for name in MONTHS))
        self.year_words = self.morph.normalized("год")

    def __call__(self, text: str) -> Iterator[DateMatch]:
        tokens = [_Token(t.value, t.span.start, t.span.stop, t.type) for t in self.tokenizer(text)]
        # Every Russian word of a date stands next to its number; no other word is looked up.
        forms: dict[int, list] = {}
        for i, token in enumerate(tokens):
            if token.type == RUSSIAN and any(0 <= j < len(tokens) and tokens[j].type == INT for j in (i - 1, i + 1)):
                forms[i] = self.morph(token.value)
        found: dict[tuple[int, int], tuple[int | None, int | None, int | None]] = {}
        for i in range(len(tokens)):
            for stop, value in self._from(tokens, forms, i):
                found.setdefault((i, stop), value)
        spans = sorted(found, key=lambda span: (span[0], -span[1]))  # yargy's order of its trees
        for first, stop in resolve_spans(spans):
            year, month, day = found[first, stop]
            if isinstance(month, str):
                if month not in MONTHS:
                    continue
                month = MONTHS[month]
            yield DateMatch(tokens[first].start, tokens[stop - 1].stop, year, month, day)

    def _from(self, tokens: list[_Token], forms: dict[int, list], i: int) -> Iterator[tuple[int, tuple]]:
        """(stop, (year, month, day)) of every sequence of the grammar starting at token i."""

        def number(j: int, low: int, high: int, length: int | None = None) -> int | None:
            if j < len(tokens) and tokens[j].type == INT and low <= int(tokens[j].value) <= high:
                if length is None or len(tokens[j].value) == length:
                    return int(tokens[j].value)
            return None

        def is_value(j: int, value: str) -> bool:
            return j < len(tokens) and tokens[j].value == value

        def month_name(j: int) -> str | None:
            """The month's name as yargy's normalized() gives it: the first form's normal form,
            which for a word like «майи» is no month although another form is; yargy then fails
            on the text, and here the date is dropped (`__call__`)."""
            if j in forms and any(form.normalized in self.month_names for form in forms[j]):
                return forms[j][0].normalized
            return None

        def year_word(j: int) -> Iterator[int]:
            """Where a YEAR_WORD starting at j may stop: «г», «г.», a form of «год»."""
            if is_value(j, "г"):
                yield j + 1
                if is_value(j + 1, "."):
                    yield j + 2
            elif j in forms and any(form.normalized in self.year_words for form in forms[j]):
                yield j + 1

        def year(j: int) -> Iterator[tuple[int, int]]:
            """(stop, year) of a YEAR and any YEAR_WORD after it."""
            value = number(j, 1000, 2100)
            if value is not None:
                yield j + 1, value
                for stop in year_word(j + 1):
                    yield stop, value

        day = number(i, 1, 31)
        if day is not None:
            month = number(i + 2, 1, 12)
            if is_value(i + 1, ".") and month is not None and is_value(i + 3, "."):
                for stop, value in year(i + 4):
                    yield stop, (value, month, day)
                short = number(i + 4, 0, 99, length=2)
                if short is not None:
                    yield i + 5, (1900 + short, month, day)
                    for stop in year_word(i + 5):
                        yield stop, (1900 + short, month, day)
            named = month_name(i + 1)
            if named is not None:
                yield i + 2, (None, named, day)
                for stop, value in year(i + 2):
                    yield stop, (value, named, day)
        value = number(i, 1000, 2100)
        if value is not None:
            for stop in year_word(i + 1):
                yield stop, (value, None, None)
        named = month_name(i)
        if named is not None:
            for stop, value in year(i + 1):
                yield stop, (value, named, None)
