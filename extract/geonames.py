"""What the dictionary knows of places by their words alone: whether a word is a place's
name, and whether a noun names a place's inhabitant. Shared by place adjectives
(`adjectives.py`) and titles (`titles.py`), which must not take «дагестанец» for a position."""

from __future__ import annotations

from functools import lru_cache

from .morph import shared_morph_vocab


def place_word(word: str) -> tuple[str, str] | None:
    """(the word, its gender) when the dictionary knows the word as a place's name (Geox)."""
    vocab = shared_morph_vocab()
    if not vocab.word_is_known(word):
        return None  # most candidates are no word at all: a dictionary look-up, not a full parse
    for p in vocab.parse(word):
        if p.is_known and p.tag.POS == "NOUN" and "Geox" in p.tag and p.normal_form == word:
            return word, p.tag.gender or "masc"
    return None


def place_lemma(word: str) -> str | None:
    """The nominative the dictionary gives a place's name in another case, capitalised as the
    word is («Усть-Каменогорска» → «Усть-Каменогорск»): Natasha's normaliser leaves a hyphenated
    name as written. The caller checks the result against the gazetteer: a guess for a word the
    dictionary does not know may be any noun."""
    for p in shared_morph_vocab().parse(word):
        if p.tag.POS == "NOUN" and "Geox" in p.tag:
            lemma = p.normal_form
            return "-".join(part[:1].upper() + part[1:] if w[:1].isupper() else part
                            for part, w in zip(lemma.split("-"), word.split("-"))) if lemma.count("-") == word.count("-") else None  # fmt: skip
    return None


# A people's members whose name is not formed from their country's.
SUPPLETIVE_PEOPLE = frozenset(
    "француз француженка немец немка поляк полька англичанин англичанка грек гречанка турок "
    "турчанка швед шведка финн финка еврей еврейка араб арабка итальянец итальянка казах казашка "
    "узбек узбечка таджик таджичка киргиз киргизка монгол чеченец чеченка иностранец иностранка".split()
)
# Endings that make a place's inhabitant: «дагестан|ец», «индонези|ец», «америк|анец»,
# «кита|янка», «росси|янин».
INHABITANT = ("анец", "янец", "ец", "анка", "янка", "ка", "анин", "янин", "ин")


@lru_cache(maxsize=1 << 12)
def inhabitant(lemma: str) -> bool:
    """The noun names a place's inhabitant or a people's member («дагестанец», «индонезиец»,
    «китаянка», «француз»): a description, never a position (NEREL marks it NATIONALITY). Its
    stem, with the ending a place's name takes, is a place the dictionary knows."""
    if lemma in SUPPLETIVE_PEOPLE:
        return True
    for ending in INHABITANT:
        stem = lemma[: -len(ending)]
        if lemma.endswith(ending) and len(stem) >= 3 and any(place_word(stem + e) for e in ("", "а", "я", "ия", "й", "ь")):
            return True
    return False
