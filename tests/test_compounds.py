"""Compound organisations (extract/compounds.py): a body and the place, organisation or
leader that completes it, read as one organisation over the mentions of its parts. The
snippets are sentences of the NEREL and factRuEval dev sets and of the seeds."""

import pytest

from kg import KnowledgeGraph, build_graph, resolve


def compounds(record):
    return {c.text: c.normal for c in record.compounds}


@pytest.mark.parametrize(
    "text, written, normal",
    [
        # a named body and the country it serves
        ("В мае 2017 года Верховный суд Испании приговорил футболиста к 21 месяцу лишения свободы.",
         "Верховный суд Испании", "Верховный суд Испании"),
        # a common noun body, in an oblique case: the nominative keeps its number
        ("Тем не менее правительство Москвы не согласовало мирный протест граждан.",
         "правительство Москвы", "правительство Москвы"),
        ("Алехандро Толедо сбежал в США, власти Перу добиваются его экстрадиции.", "власти Перу", "власти Перу"),
        ("Соответствующее заявление сделали в полицию Калифорнии.", "полицию Калифорнии", "полиция Калифорнии"),
        # adjectives agree with the head in the nominative, and a body of a body stays whole
        ("Ранее он работал консультантом в министерстве обороны Мали.",
         "министерстве обороны Мали", "министерство обороны Мали"),
        ("Кронпринц Нарухито Верхняя палата парламента Японии 9 июня 2017 года приняла закон.",
         "Верхняя палата парламента Японии", "Верхняя палата парламента Японии"),
        # the chain runs on over genitive organisations, places and a «по …» place
        ("Главное управление МВД России по Нижегородской области начало проверку.",
         "Главное управление МВД России по Нижегородской области",
         "Главное управление МВД России по Нижегородской области"),
        ("Малашенко родился в 1954 году. Окончил философский факультет МГУ.",
         "философский факультет МГУ", "философский факультет МГУ"),
        # a government is completed by its leader's name
        ("Правительство Медведева внесло в парламент законопроект о повышении пенсионного возраста.",
         "Правительство Медведева", "Правительство Медведева"),
        # seed 000: the country after the name
        ("С экспозицией познакомил директор Национального центрального музея РК Сержан Саров.",
         "Национального центрального музея РК", "Национальный центральный музей РК"),
    ],
)  # fmt: skip
def test_compounds_are_read_whole(analyse, text, written, normal):
    record = analyse(text)
    assert compounds(record).get(written) == normal


@pytest.mark.parametrize(
    "text, absent",
    [
        # a quoted name is complete: London is where Arsenal plays, not whose it is
        ("Лондонский «Арсенал» надеется продать «Роме» армянского полузащитника.", "Лондонский «Арсенал»"),
        # the first of a list of places: the body serves all of them
        ("Выступили руководители региональных структур Союза юристов Жетісуской, Акмолинской и "
         "Мангистауской областей.", "Союза юристов Жетісуской"),
        # many bodies are no one organisation
        ("Участвовали представители региональных филиалов Союза юристов России.", "региональных филиалов Союза юристов России"),
        # a descriptor before a name is an apposition, not a genitive
        ("Об этом сообщает агентство Рейтер.", "агентство Рейтер"),
        # a campaign office does not swallow its candidate
        ("Он был главой предвыборного штаба телеведущей Ксении Собчак.", "предвыборного штаба телеведущей Ксении Собчак"),
    ],
)  # fmt: skip
def test_no_compound(analyse, text, absent):
    assert absent not in compounds(analyse(text))


def test_parts_stay_mentions(analyse):
    """factRuEval's reading is still there: the court and the country apart."""
    record = analyse("В мае 2017 года Верховный суд Испании приговорил футболиста.")
    assert {(m.type, m.text) for m in record.mentions} >= {("ORG", "Верховный суд"), ("LOC", "Испании")}


def test_adjective_agrees_with_the_head_in_the_normal_form(analyse):
    """«Следственного» reads neuter first in the dictionary; the head is masculine."""
    record = analyse("Дело возбуждено в Следственном комитете Белоруссии.")
    assert "Следственный комитет Белоруссии" in compounds(record).values()
    assert "Следственный комитет" in {m.normal for m in record.mentions if m.type == "ORG"}


def test_role_works_for_the_compound(analyse):
    record = analyse(
        "Временно исполняющий обязанности председателя правительства Ингушетии Махмуд-Али Калиматов "
        "провёл совещание."
    )
    [role] = [r for r in record.roles if r.person == "Махмуд-Али Калиматов"]
    assert role.organisation == "правительство Ингушетии"


def test_graph_names_the_compound_not_its_head(analyse):
    """The court of Spain is one organisation node; the head's mention stands for it, while an
    organisation further inside («МВД») stays a node of its own."""
    records = [
        analyse("В мае 2017 года Верховный суд Испании приговорил футболиста."),
        analyse("Главное управление МВД России по Нижегородской области начало проверку."),
    ]
    graph = KnowledgeGraph(build_graph(resolve(records)))
    names = {o.name for o in graph.organisations()}
    assert {"Верховный суд Испании", "Главное управление МВД России по Нижегородской области", "МВД"} <= names
    assert "Верховный суд" not in names and "Главное управление" not in names


@pytest.mark.parametrize(
    "text, normal",
    [
        ("Аким Мангистауской области провел встречу с жителями.", "Мангистауская область"),
        ("В хозяйствах Федоровского района урожайность достигает 30 ц/га.", "Федоровский район"),
        ("В Хромтауском районе открыли новую школу.", "Хромтауский район"),
        # a «-ский» adjective the dictionary knows only as a noun («казалинск»)
        ("В Казалинском районе открыли новую школу.", "Казалинский район"),
        # an accusative the tagger calls nominative
        ("Президент посетил с рабочей поездкой Кызылординскую область.", "Кызылординская область"),
        # the district a village is in, not the village's name in apposition
        ("Школа открылась в самом отдаленном селе Аральского района.", "Аральский район"),
    ],
)
def test_a_place_adjective_read_as_a_name_agrees_with_its_noun(analyse, text, normal):
    """The tagger reads a region's adjective it does not know as a name («Мангистауской» as the
    noun «Мангистауска», «Федоровского» as a surname): the dictionary's adjective agreeing with the
    noun after it gives the nominative, not «Мангистауска области»."""
    assert normal in {m.normal for m in analyse(text).mentions if m.type == "LOC"}
