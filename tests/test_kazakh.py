import datetime as dt

import pytest

from extract.dates import parse_kazakh_dates
from extract.kazakh import is_kazakh, kazakh_spans, strip_possessive, strip_suffix
from extract.names import fold, latin, name_key, slug
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


@pytest.mark.parametrize(
    "word, stem",
    [
        ("Тоқаевқа", "Тоқаев"),  # -ов/-ев surnames take the voiceless endings
        ("Назарбаевтың", "Назарбаев"),
        ("Ахметовке", "Ахметов"),
        ("Қазақстаннан", "Қазақстан"),  # the ablative is -нан after м н ң
        ("Ереваннан", "Ереван"),
        ("Қазақстандағы", "Қазақстан"),  # locative-attributive -дағы
        ("Ақтөбедегі", "Ақтөбе"),
        ("Абайдың", "Абай"),
        ("Сержан", "Сержан"),
        ("Мәдениет", "Мәдениет"),
    ],
)
def test_strip_suffix_more_endings(word, stem):
    assert strip_suffix(word) == stem


@pytest.mark.parametrize(
    "phrase, nominative",
    [
        ("академиясының", "академиясы"),
        ("комиссиясы", "комиссиясы"),
        ("коалициясының", "коалициясы"),
        ("министрлігіне", "министрлігі"),
        ("облысында", "облысы"),
        ("музейінің", "музейі"),
        ("Иран Ислам Республикасымен", "Иран Ислам Республикасы"),
        ("Қазақстанның", "Қазақстанның"),  # no possessive: left to strip_suffix
    ],
)
def test_strip_possessive(phrase, nominative):
    assert strip_possessive(phrase) == nominative


def test_a_paragraph_without_evidence_takes_the_articles_language():
    text = (
        "Кездесу ресми сипатта ғана емес, мазмұнды әрі ашық форматта өтті.\n"
        "Ереваннан Гүлжан Марқабаева хабарлайды.\n"
        "Жиынға жазушылар мен актерлер қатысты."
    )
    assert len(kazakh_spans(text)) == 3


def test_a_byline_in_a_russian_article_stays_russian():
    text = "Встреча прошла в Алматы, и на ней выступили юристы.\nАида Балаева\nОни обсудили проект."
    assert kazakh_spans(text) == []


# Real pairs: the Kazakh and Russian spellings of one person in the seeds and in Kazakh news.
SAME_PERSON = [
    ("Серік Ақылбай", "Серик Акылбай"),
    ("Аманжол Әлтай", "Аманжол Алтай"),
    ("Жүргенов", "Жургенов"),
    ("Болат Әбділманов", "Болат Абдилманов"),
    ("Арман Жүдебаев", "Арман Жудебаев"),
    ("Мереке Құлкенов", "Мереке Кулкенов"),
    ("Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев"),
    ("Нұрсұлтан Назарбаев", "Нурсултан Назарбаев"),
    ("Маулен Әшімбаев", "Маулен Ашимбаев"),
]
# Different people whose names differ in one letter or an ending; the fold keeps them apart.
DIFFERENT_PEOPLE = [
    ("Аида Балаева", "Аида Балаев"),
    ("Серік Ақылбай", "Серікбай Ақылбай"),
    ("Арман Жүдебаев", "Арман Жұмабаев"),
    ("Асқар Мамин", "Асхат Мамин"),
    ("Ерлан Нұрғалиев", "Арлан Нұрғалиев"),
]


@pytest.mark.parametrize("a, b", SAME_PERSON)
def test_same_person_across_scripts(a, b):
    assert name_key(a) == name_key(b) and slug(a) == slug(b)


@pytest.mark.parametrize("a, b", DIFFERENT_PEOPLE)
def test_different_people_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    "spelling, case_form",
    [("Аида Балаева", "Аида Балаеваның"), ("Серик Акылбай", "Серік Ақылбайдың"), ("Касым-Жомарт Токаев", "Қасым-Жомарт Тоқаевқа")],
)
def test_same_person_across_cases_once_the_ending_is_off(spelling, case_form):
    words = case_form.split()
    assert name_key(" ".join(words[:-1] + [strip_suffix(words[-1])])) == name_key(spelling)


@pytest.mark.parametrize(
    "word, place",
    [
        ("Ресейдің", "Россия"),
        ("Нұр-Сұлтанға", "Астана"),
        ("Өскеменнің", "Усть-Каменогорск"),
        ("Алматы облысында", "Алматинская область"),
        ("Шығыс Қазақстан облысы", "Восточно-Казахстанская область"),
        ("Орталық Азияның", "Центральная Азия"),
        ("Германияда", "Германия"),
        ("Мәскеуде", "Москва"),
    ],
)
def test_known_places_in_kazakh_forms(word, place):
    assert known_place(word, kazakh=True) == place


@pytest.mark.parametrize("word", ["Абай", "Алтай", "Мәдениет", "Заң", "Сатпаев"])
def test_people_and_common_nouns_are_no_places(word):
    assert known_place(word, kazakh=True) is None


@pytest.mark.parametrize(
    "text, date, has_year",
    [
        ("2026 жылғы 13 ақпанда Алматыда кездесу өтті", dt.date(2026, 2, 13), True),
        ("15 наурызда өтетін республикалық референдум", dt.date(2026, 3, 15), False),
        ("2026 ж. 13 ақпан", dt.date(2026, 2, 13), True),
        ("2026 жылдың 1-ші қаңтарынан бастап", dt.date(2026, 1, 1), True),
        ("13 ақпан 2026 жылы", dt.date(2026, 2, 13), True),
        ("Жиын 13.02.2026 өтті", dt.date(2026, 2, 13), True),
        ("Қазан қаласында 5 қазанда", dt.date(2026, 10, 5), False),
    ],
)
def test_kazakh_dates(text, date, has_year):
    [found] = parse_kazakh_dates(text, 2026)
    assert (found.date, found.has_year) == (date, has_year)


@pytest.mark.parametrize("text", ["30 ақпанда", "1.2.3.2026", "Қазан айында", "13 студент"])
def test_not_kazakh_dates(text):
    assert parse_kazakh_dates(text, 2026) == []
