"""The event lexicon: which words name an event, of what kind (lexicon.tsv, beside this file).

Russian rows are lemmas, matched in every form the dictionary gives them, so a word is found
by one look-up of its spelling and no lemma is read for the words around it; Kazakh rows are
stems matched at a word's start, since the Russian dictionary knows no Kazakh inflection.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..morph import shared_morph_vocab

LEXICON = Path(__file__).with_name("lexicon.tsv")
# A Kazakh stem shorter than this would match unrelated words («сап» in «сапа», quality).
MIN_STEM = 4


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the lexicon: `words` is one word or a two-word phrase."""

    words: tuple[str, ...]
    lang: str
    kind: str
    label: str
    appearance: bool
    source: str
    rate: float | None


def read_lexicon(path: Path = LEXICON) -> tuple[Entry, ...]:
    with path.open(encoding="utf-8") as lines:
        rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
        return tuple(
            Entry(words=tuple(r["words"].split()), lang=r["lang"], kind=r["kind"], label=r["label"],
                  appearance=r["appearance"] == "1", source=r["source"],
                  rate=float(r["rate"]) if r["rate"] else None)
            for r in rows
        )  # fmt: skip


def word_forms(lemma: str) -> frozenset[str]:
    """Every form of `lemma` the dictionary knows, lower-cased (the lemma itself at least).

    >>> {"встречи", "встречей", "встреча"} <= word_forms("встреча")
    True
    """
    forms = {lemma}
    for parse in shared_morph_vocab().parse(lemma):
        if parse.normal_form == lemma:
            forms.update(form.word for form in parse.lexeme)
    return frozenset(f.replace("ё", "е") for f in forms)


@dataclass(frozen=True)
class Lexicon:
    """The lexicon indexed for matching: Russian forms of each row's first word, Kazakh stems."""

    russian: dict[str, tuple[Entry, ...]]
    second: dict[Entry, frozenset[str]]  # a Russian phrase's second word, in all its forms
    kazakh: dict[str, tuple[Entry, ...]]  # by a stem's first MIN_STEM letters: one look-up a word

    def russian_entries(self, word: str) -> tuple[Entry, ...]:
        return self.russian.get(word.lower().replace("ё", "е"), ())

    def kazakh_entries(self, word: str) -> list[Entry]:
        word = word.lower()
        return [e for e in self.kazakh.get(word[:MIN_STEM], ()) if word.startswith(e.words[0])]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    russian: dict[str, list[Entry]] = {}
    second: dict[Entry, frozenset[str]] = {}
    kazakh: dict[str, list[Entry]] = {}
    for entry in read_lexicon():
        if entry.lang == "kk":
            if len(entry.words[0]) >= MIN_STEM:
                kazakh.setdefault(entry.words[0][:MIN_STEM], []).append(entry)
            continue
        for form in word_forms(entry.words[0]):
            russian.setdefault(form, []).append(entry)
        if len(entry.words) > 1:
            second[entry] = word_forms(entry.words[1])
    return Lexicon({k: tuple(v) for k, v in russian.items()}, second, {k: tuple(v) for k, v in kazakh.items()})
