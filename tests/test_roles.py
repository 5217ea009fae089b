"""Roles in Russian news: titles before and after the name, in the name's case (issue «Russian
extraction that a reader would trust»). Sentences are of the kind found in NEREL's news."""

import pytest


def roles(record):
    return {(r.person, r.title) for r in record.roles}


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Российский боксёр Максим Дадашев скончался в больнице.", "Максим Дадашев", "российский боксёр"),
        ("В Москве госпитализирован режиссёр Георгий Данелия.", "Георгий Данелия", "режиссёр"),
        ("Андрей Клишас, глава комитета Совета Федерации по конституционному законодательству, внёс проект.",
         "Андрей Клишас", "глава комитета Совета Федерации по конституционному законодательству"),
        ("Сергей Иванов, бывший председатель Сбербанка, скончался в Москве.",
         "Сергей Иванов", "бывший председатель Сбербанка"),
        ("Император Акихито выразил желание уйти на покой.", "Акихито", "император"),
        ("Владимир Квачков — полковник ГРУ в отставке.", "Владимир Квачков", "полковник ГРУ в отставке"),
    ],
)  # fmt: skip
def test_titles_read(analyse, text, person, title):
    assert (person, title) in roles(analyse(text))


@pytest.mark.parametrize(
    "text, person",
    [
        # the title is in the genitive, the name in the accusative: the title is not hers
        ("Среди соседей — дочь действующего президента Иванку Трамп.", "Иванка Трамп"),
        # a headline line above the name is not a title
        ("Бывший президент Перу застрелился при задержании\nАлан Гарсия скончался в больнице.", "Алан Гарсия"),
        # a verb between the noun and the name: a clause, not a title
        ("С юбилеем замечательного артиста поздравил Владимир Путин.", "Владимир Путин"),
        # kinship and honorifics are not positions
        ("На церемонии была дочь Мария Шукшина.", "Мария Шукшина"),
    ],
)  # fmt: skip
def test_no_false_titles(analyse, text, person):
    assert not [r for r in analyse(text).roles if r.person == person]
