import pytest

from extract.kazakh import is_kazakh, strip_suffix
from extract.names import fold, latin, slug
from extract.places import known_place


@pytest.mark.parametrize(
    "word, stem",
    [
        ("Балаеваның", "Балаева"),
        ("Алматыда", "Алматы"),
        ("Ақылбайдың", "Ақылбай"),
        ("Балаевамен", "Балаева"),
        ("Қазақстанның", "Қазақстан"),
        ("Әлтайға", "Әлтай"),
        ("Жүргенов", "Жүргенов"),
        ("Алматы", "Алматы"),
        ("Мереке", "Мереке"),
    ],
)
def test_strip_suffix(word, stem):
    assert strip_suffix(word) == stem


@pytest.mark.parametrize(
    "paragraph, kazakh",
    [
        ("Вице-премьер 15 наурызда өтетін республикалық референдумның тарихи маңызына ерекше назар аударды.", True),
        ("Кездесу ресми сипатта ғана емес, мазмұнды әрі ашық форматта өтті.", True),
        ("Юрист Серік Ақылбай остановился на правовом значении конституционных изменений.", False),
        ("председатель Союза писателей Мереке Құлкенов, президент фонда Рауан Кенжехан", False),
    ],
)
def test_paragraph_language(paragraph, kazakh):
    assert is_kazakh(paragraph) is kazakh


@pytest.mark.parametrize(
    "a, b",
    [("Серік Ақылбай", "Серик Акылбай"), ("Аманжол Әлтай", "Аманжол Алтай"), ("Жүргенов", "Жургенов")],
)
def test_fold_joins_spellings(a, b):
    assert fold(a) == fold(b) and slug(a) == slug(b)


def test_fold_keeps_different_names_apart():
    assert fold("Аида Балаева") != fold("Аида Балаев")


def test_latin_and_slug():
    assert latin("Маулен Ашимбаев") == "Maulen Ashimbaev"
    assert slug("Аида Балаева") == "aida-balaeva"


@pytest.mark.parametrize("word, place", [("Алматыда", "Алматы"), ("Қарағандыда", "Караганда"), ("Астане", "Астана")])
def test_known_places(word, place):
    assert known_place(word, kazakh=True) == place
