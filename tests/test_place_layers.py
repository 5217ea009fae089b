"""The layers a record keeps over its place names: places named by an adjective
(extract/adjectives.py), parts of a place by the compass (extract/regions.py) and places that
are facilities (extract/facilities.py). The snippets are sentences of the NEREL dev set, and
the seeds."""

import pytest

from extract.adjectives import place_of


def layer(record, name):
    return {m.text: m.normal for m in getattr(record, name)}


@pytest.mark.parametrize(
    "text, written, place",
    [
        ("Это будет первый случай отречения японского монарха за последние 200 лет.", "японского", "Япония"),
        ("СМИ: Дмитрий Быков впал в кому в уфимской больнице.", "уфимской", "Уфа"),
        ("Около 10:00 по московскому времени он покинул территорию исправительной колонии.", "московскому", "Москва"),
        ("В ответ немецкий концерн Bayer, который приобрёл Monsanto, заявил о намерении обжаловать решение.",
         "немецкий", "Германия"),
        ("Это произошло через несколько дней спекуляций о здоровье северокорейского лидера.",
         "северокорейского", "Северная Корея"),
        # a hyphenated name is one place; a compound adjective is one place per part
        ("Даниил Трифонов дают концерт в нью-йоркском Карнеги-холле.", "нью-йоркском", "Нью-Йорк"),
        ("Она внучка предпринимателя Яна Абрамова и российско-британской певицы Алсу.", "российско", "Россия"),
        ("Она внучка предпринимателя Яна Абрамова и российско-британской певицы Алсу.", "британской", "Британия"),
        # the town's word «казан» (a cauldron) does not hide Kazan
        ("Как пишет казанская «Газета Daily», МНКТ ведет разработку месторождения.", "казанская", "Казань"),
        # seed 000
        ("Экспозиция рассказывает об истории казахстанской государственности.", "казахстанской", "Казахстан"),
    ],
)  # fmt: skip
def test_an_adjective_names_its_place(analyse, text, written, place):
    assert layer(analyse(text), "place_adjectives").get(written) == place


@pytest.mark.parametrize(
    "text, word",
    [
        ("Урок прошёл на русском языке.", "русском"),  # a language, not Rus'
        ("Решение принял городской суд.", "городской"),  # no place at all
        ("Партизанский отряд действовал в лесах.", "Партизанский"),  # the partisans', not Partizansk's
        ("Памятник Александру Невскому открыли в 2019 году.", "Невскому"),  # inside a person's name
    ],
)  # fmt: skip
def test_an_adjective_that_names_no_place(analyse, text, word):
    assert word not in layer(analyse(text), "place_adjectives")


def test_place_of_undoes_the_ways_an_adjective_is_formed():
    assert [place_of(a) for a in ("итальянский", "армянский", "калифорнийский", "смоленский", "киевский")] == [
        "Италия", "Армения", "Калифорния", "Смоленск", "Киев",
    ]  # fmt: skip
    assert place_of("советский") == "СССР" and place_of("ленинский") is None


@pytest.mark.parametrize(
    "text, written, normal",
    [
        ("Экстремисты провозгласили независимое государство Азавад на севере Мали.", "севере Мали", "север Мали"),
        ("Они проводят массовые встречи с избирателями в центре Москвы.", "центре Москвы", "центр Москвы"),
        ("Он родился в семье адвоката в городе Дембица на юго-востоке Польши.",
         "юго-востоке Польши", "юго-восток Польши"),
    ],
)  # fmt: skip
def test_a_part_of_a_place_by_the_compass(analyse, text, written, normal):
    record = analyse(text)
    assert layer(record, "regions").get(written) == normal
    assert any(m.type == "LOC" and written.endswith(m.text) for m in record.mentions)  # the place stays a mention


def test_a_centre_that_is_no_part_of_a_place(analyse):
    assert layer(analyse("Он работает в центре города с 2010 года."), "regions") == {}


@pytest.mark.parametrize(
    "text, written",
    [
        ("Бывший президент США Барак Обама приобрёл жильё в Вашингтоне недалеко от Белого дома.", "Белого дома"),
        ("Вечером в четверг он ехал на мотоцикле по Николоямской улице в Москве.", "Николоямской улице"),
        ("Даниил Трифонов дают концерт в нью-йоркском Карнеги-холле.", "Карнеги-холле"),
        ("Сотрудники полиции выявили случай нарушения режима на улице Лётчиков в микрорайоне Затон.", "улице Лётчиков"),
    ],
)  # fmt: skip
def test_a_facility_is_marked_over_its_place(analyse, text, written):
    record = analyse(text)
    assert [f.type for f in record.facilities if f.text == written] == ["FAC"]


def test_a_town_after_a_facility_noun_is_where_it_stands(analyse):
    record = analyse("В 2015 году он приехал в Италию, но в аэропорту Болоньи его задержали.")
    assert not [f for f in record.facilities if "Болоньи" in f.text]
    assert "Болоньи" in {m.text for m in record.mentions if m.type == "LOC"}
