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
        # genitive title, accusative name: one form in animate masculine nouns
        ("Певца Ар Келли обвиняют в растлении.", "Ар Келли", "певец"),
        # a plural title before a list of names is each one's
        ("В Доме культуры выступили легендарные музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв.",
         "Павел Шевелев", "легендарный музыкант"),
        ("В фильме сыграли актёры Андрей Мерзликин и Алиса Гребенщикова.", "Алиса Гребенщикова", "актер"),
        # a position given by the verb after the name, or by an appointing verb before it
        ("В девяностые годы Модибо Сидибе был министром здравоохранения.", "Модибо Сидибе", "министр здравоохранения"),
        ("В 2001 году Теодор Маккаррик стал кардиналом.", "Теодор Маккаррик", "кардинал"),
        ("В 1923 году он назначил Владимира Зворыкина руководителем лаборатории электроники.",
         "Владимир Зворыкин", "руководитель лаборатории электроники"),
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
        # a list of names with no title before it
        ("На встрече были Иван Петров и Анна Сидорова.", "Анна Сидорова"),
        # an award or an agent is not a position
        ("Иван Петров стал победителем конкурса.", "Иван Петров"),
        ("Иван Петров был избит охранником.", "Иван Петров"),
    ],
)  # fmt: skip
def test_no_false_titles(analyse, text, person):
    assert not [r for r in analyse(text).roles if r.person == person]
