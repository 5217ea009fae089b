"""extract/date_grammar.py reads Natasha's date grammar without yargy: its matches must be
the ones natasha's DatesExtractor finds, span for span and value for value, on real text
and on sentences written to reach each rule and each way two matches can overlap."""

import pytest
from natasha import DatesExtractor

from extract.date_grammar import DateGrammar
from extract.morph import shared_morph_vocab

SENTENCES = [
    # every rule, with and without the year word
    "Референдум назначен на 15 марта 2026 года, итоги подведут 16 марта.",
    "Указ подписан 12.02.2026 г., закон вступил в силу 01.07.26.",
    "В феврале 2026 г. прошли встречи, а в 2025 году их не было; марта 2026 года ждали все.",
    "Мажилис принял поправки 5 мая, Сенат — 11 мая 2025 г",
    # numbers that are no date: out of range, too short or long, a bare year
    "Счёт 32.01.2020 и 12.13.2020 не даты, как и 999 г. и 2101 год, а 2026 — просто число.",
    "На участке № 12 проголосовали 31 избиратель и 1 наблюдатель из 2026 зарегистрированных.",
    # overlaps: the longest coverage wins, as in yargy
    "С 3-4 марта 2026 года по 10.03.2026 г. и 1 мая 2024 г.г. прошли 2020 Г. и 2019 г. г.",
    "Спектакль «12 мая» и роман «1984» показали 9 Мая 2015 года, а Марта пришла 8 марта.",
    # a Kazakh date Natasha's grammar does not read, beside a Russian one
    "2026 жылғы 15 наурызда референдум өтеді (15 марта 2026 г.).",
]


@pytest.fixture(scope="module")
def readers():
    morph = shared_morph_vocab()
    return DatesExtractor(morph), DateGrammar(morph)


def natashas(extractor, text: str) -> list[tuple]:
    return [(m.start, m.stop, m.fact.year, m.fact.month, m.fact.day) for m in extractor(text)]


def ours(grammar, text: str) -> list[tuple]:
    return [(m.start, m.stop, m.year, m.month, m.day) for m in grammar(text)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentences_read_as_natasha_reads_them(readers, sentence):
    assert ours(readers[1], sentence) == natashas(readers[0], sentence)


def test_seeds_read_as_natasha_reads_them(readers, seed_paths):
    found = 0
    for path in seed_paths:
        for line in filter(str.strip, path.read_text(encoding="utf-8").splitlines()):
            expected = natashas(readers[0], line)
            assert ours(readers[1], line) == expected, (path.name, line)
            found += len(expected)
    assert found >= 5  # the seeds hold dates Natasha reads: the test compares something


def test_values(readers):
    text = "Встреча прошла 13 февраля 2026 года, решение принято 01.03.26 г."
    assert ours(readers[1], text) == [(15, 35, 2026, 2, 13), (53, 64, 1926, 3, 1)]


def test_a_month_word_whose_first_reading_is_no_month_gives_no_date(readers):
    """«майи» reads as a form of «май» only in its second parse; yargy raises on it, the
    grammar here drops the date and goes on."""
    assert ours(readers[1], "01июля май Марта 31майи") == [(0, 6, None, 7, 1)]
