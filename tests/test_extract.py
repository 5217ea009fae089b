"""Extraction on real sentences from the seeds and from the same kind of news."""

import datetime as dt

import pytest


def people(record):
    return sorted({m.normal for m in record.mentions if m.type == "PER"})


def roles(record):
    return {(r.person, r.title, r.organisation) for r in record.roles}


@pytest.mark.parametrize(
    "text, person, title, organisation",
    [
        ("В обсуждении принял участие депутат Мажилиса Аманжол Алтай.",
         "Аманжол Алтай", "депутат Мажилиса", "Мажилис"),
        ("Модератором встречи выступил исполнительный директор Союза юристов Аргын Искакбеков.",
         "Аргын Искакбеков", "исполнительный директор Союза юристов", "Союз юристов"),
        ("В ходе встречи ректор Казахской Национальной академии искусств им. Т. Жургенова Арман Жүдебаев высказал мнение.",
         "Арман Жүдебаев", "ректор Казахской Национальной академии искусств им. Т. Жургенова",
         "Казахская Национальная академия искусств им. Т. Жургенова"),
        ("С докладом выступил председатель Союза юристов и председатель Республиканской коллегии юридических консультантов Серік Ақылбай.",
         "Серік Ақылбай", "председатель Республиканской коллегии юридических консультантов",
         "Республиканская коллегия юридических консультантов"),
        ("Юрист Серик Акылбай остановился на правовом значении изменений.", "Серик Акылбай", "юрист", None),
    ],
)  # fmt: skip
def test_roles_in_apposition(analyse, text, person, title, organisation):
    assert (person, title, organisation) in roles(analyse(text))


def test_role_chain_before_a_name(seed_records):
    titles = [r.title for r in seed_records["000"].roles if r.person == "Аида Балаева"]
    assert titles[:2] == ["заместитель премьер-министра", "министр культуры и информации"]
    assert any(t.startswith("член Общенациональной коалиции") for t in titles)


def test_organisation_swallowing_a_person_is_split(seed_records):
    assert "Арман Жүдебаев" in people(seed_records["000"])
    assert "Аманжол Алтай" in people(seed_records["003"])
    orgs = {m.normal for m in seed_records["000"].mentions if m.type == "ORG"}
    assert "Казахская Национальная академия искусств им. Т. Жургенова" in orgs


def test_quoted_coalition_name_stays_verbatim(seed_records):
    orgs = {m.normal for m in seed_records["000"].mentions if m.type == "ORG"}
    assert "Общенациональная коалиция «За Народную Конституцию Справедливого и Прогрессивного Казахстана!»" in orgs


def test_false_places_dropped(seed_records):
    places = {m.normal for m in seed_records["000"].mentions if m.type == "LOC"}
    assert "Пресс-релизы" not in places and "Независимость" not in places and "Алматы" in places


def test_kazakh_people_lose_case_endings(seed_records):
    record = seed_records["001"]
    assert record.language == "kk"
    assert {"Аида Балаева", "Болат Әбділманов", "Арман Жүдебаев", "Сержан Саров"} <= set(people(record))
    assert not {"Мәдениет", "Заң", "Мемлекет", "Конституцияны", "Аида Балаеваның"} & set(people(record))


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ('"Главная цель проекта новой Конституции – это благополучие граждан", – подчеркнула Аида Балаева.',
         "Аида Балаева", "direct"),
        ("Юрист Серик Акылбай выступил.\n«Новая Конституция нужна стране, потому что Казахстан изменился», – отметил он.",
         "Серик Акылбай", "direct"),
        ("Маулен Ашимбаев отметил, что проект закрепляет правовую основу.", "Маулен Ашимбаев", "indirect"),
    ],
)  # fmt: skip
def test_quote_speakers(analyse, text, speaker, kind):
    quotes = analyse(text).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [(speaker, kind)]


def test_role_only_speaker_resolves_to_the_person(seed_records):
    record = seed_records["002"]
    direct = [q for q in record.quotes if q.kind == "direct"]
    assert len(direct) == 3 and {q.speaker for q in direct} == {"Маулен Ашимбаев"}
    assert ("Маулен Ашимбаев", "спикер Сената", "Сенат") in roles(record)


@pytest.mark.parametrize("attribution", ["– отметил спикер Сената", "– акцентировал председатель Сената",
                                         "– заключил председатель Сената"])
def test_each_role_only_attribution_is_the_speaker(seed_records, attribution):
    record = seed_records["002"]
    text = record.article.text
    quotes = [q for q in record.quotes if text[q.stop : q.stop + 40].lstrip('»", ').startswith(attribution)]
    assert [q.speaker for q in quotes] == ["Маулен Ашимбаев"]


def test_vice_premier_and_pronoun_resolve_to_balaeva(seed_records):
    record = seed_records["000"]
    # «В ходе встречи было отмечено, что …» is speech with no one speaker
    assert {q.speaker for q in record.quotes} == {"Аида Балаева", None}
    assert [q.text.split()[:3] for q in record.quotes if q.speaker is None] == [["в", "проекте", "новой"]]
    assert any(q.text.startswith("ключевой смысл") for q in record.quotes)  # «По словам вице-премьера»


def test_title_in_quotes_is_not_a_quote(seed_records):
    texts = [q.text for q in seed_records["000"].quotes]
    assert not any(t.startswith("За Народную Конституцию") for t in texts)


def event(record):
    return record.events[0]


def who(record):
    return {p.name: p.how for p in event(record).participants}


@pytest.mark.parametrize(
    "seed, date, place, kind",
    [
        ("000", dt.date(2026, 2, 13), "Алматы", "meeting"),
        ("001", dt.date(2026, 2, 13), "Алматы", "meeting"),
        ("002", dt.date(2026, 2, 14), "Алматы", "meeting"),
        ("003", dt.date(2026, 3, 10), "шахта «Анненская»", "meeting"),
        ("004", dt.date(2026, 2, 4), None, "meeting"),
    ],
)
def test_reported_event(seed_records, seed, date, place, kind):
    e = event(seed_records[seed])
    assert (e.date, e.place, e.kind, e.reported) == (date, place, kind, True)


def test_referendum_is_an_event_of_its_own(seed_records):
    for seed in ("001", "002", "003"):
        mentioned = [e for e in seed_records[seed].events if not e.reported]
        assert [(e.kind, e.date) for e in mentioned] == [("referendum", dt.date(2026, 3, 15))]


def test_participants_and_how(seed_records):
    assert who(seed_records["004"]) == {"Серік Ақылбай": ("spoke",), "Аргын Искакбеков": ("moderated",)}
    assert who(seed_records["003"])["Асылхан Талыпов"] == ("spoke", "quoted")
    assert who(seed_records["000"])["Аида Балаева"] == ("spoke", "quoted")
    assert who(seed_records["000"])["Сержан Саров"] == ("spoke",)


@pytest.mark.parametrize(
    "seed, name",
    [
        ("000", "Ирина Капитанова"),  # the byline
        ("002", "Касым-Жомарт Токаев"),  # the President, named inside a speech
        ("001", "Т. Жүргенов"),  # the academy's namesake
    ],
)
def test_merely_mentioned_are_not_participants(seed_records, seed, name):
    assert name not in who(seed_records[seed])


def test_organisers(seed_records):
    assert event(seed_records["000"]).organiser.startswith("Общенациональная коалиция")
    assert event(seed_records["004"]).organiser == "Союз юристов"
    assert event(seed_records["002"]).organiser == "Сенат Парламента"
    assert "коалициясы" in event(seed_records["001"]).organiser


def test_offsets_point_into_the_text(seed_records):
    for record in seed_records.values():
        text = record.article.text
        for m in record.mentions:
            assert text[m.start : m.stop] == m.text
        for q in record.quotes:
            assert q.text in text[q.start : q.stop]


def test_side_visit_is_an_event_of_its_own(seed_records):
    """002: after the meeting «спикер Сената ознакомился также с оснащением Республиканской школы
    имени Абая» — the speaker, named by his role, visited the school; no other seed has a visit."""
    visits = [e for e in seed_records["002"].events if e.kind == "visit"]
    assert [(e.date, e.place, [(p.name, p.how) for p in e.participants]) for e in visits] == [
        (dt.date(2026, 2, 14), "Республиканская школа имени Абая", [("Маулен Ашимбаев", ("attended",))])
    ]
    assert not [e for s in ("000", "001", "003", "004") for e in seed_records[s].events if e.kind == "visit"]


@pytest.mark.parametrize(
    "text, visits",
    [
        # a person in the nominative went to a venue named after the verb
        ("date 2026-03-02\nВ Астане прошла встреча депутатов с избирателями.\n\n"
         "После встречи депутат Аманжол Алтай посетил также офис компании Kaspi.",
         [("офис компании Kaspi", ["Аманжол Алтай"])]),
        # a group names nobody: no visit
        ("date 2026-02-14\nВ Алматы прошла встреча сенаторов с экспертами.\n\n"
         "Сенаторы также посетили офис компании Yandex Qazaqstan.", []),
        # nor does a person in an oblique case
        ("date 2026-03-02\nВ Астане прошла встреча депутатов с избирателями.\n\n"
         "Делегация во главе с Аманжолом Алтаем посетила офис компании Kaspi.", []),
        # a visit told inside a quote is the speaker's story, not the article's report
        ("date 2026-03-02\nВ Астане прошла встреча депутатов с избирателями.\n\n"
         "«Вчера Аманжол Алтай посетил офис компании Kaspi», – рассказала Аида Балаева.", []),
        # the reported event's own venue is no second visit; the next venue is
        ("date 2026-03-02\nВ Караганде прошла встреча депутатов с горняками.\n\n"
         "Затем Аида Балаева побывала на шахте «Казахстанская» и осмотрела Карагандинский "
         "государственный технический университет.",
         [("Карагандинский государственный технический университет", ["Аида Балаева"])]),
    ],
)  # fmt: skip
def test_side_visits(analyse, text, visits):
    record = analyse(text)
    found = [(e.place, [p.name for p in e.participants]) for e in record.events if e.kind == "visit"]
    assert found == visits
    assert all(e.date == record.events[0].date for e in record.events if e.kind == "visit")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Президент назначил Аиду Балаеву министром культуры и информации.", "Аида Балаева"),
        ("Аким наградил Ирину Капитанову почётной грамотой.", "Ирина Капитанова"),
        ("После этого Малашенко женился на Божене Рынской.", "Божена Рынская"),
        ("Президент принял Сергея Петрова в Акорде.", "Сергей Петров"),
    ],
)
def test_a_woman_named_in_an_oblique_case_gets_her_nominative(analyse, text, name):
    """The tagger reads «Аиду Балаеву» masculine; the dictionary has «-ову», «-ской» in that case
    only as feminine, so the name is put in the nominative as a woman's."""
    assert name in [m.normal for m in analyse(text).mentions if m.type == "PER"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("На встрече выступила Малика Ахметова, директор школы-лицея № 12.", "Малика Ахметова"),
        ("Директор колледжа Амина Жунусова рассказала о новых специальностях.", "Амина Жунусова"),
        ("В забеге участвовала 80-летняя Салиха Зигангерова из Кокшетау.", "Салиха Зигангерова"),
        # … and a man's genitive after a title in that case stays a man's
        ("Слово предоставили дочери члена Совета Федерации Ралифа Сафина.", "Ралиф Сафин"),
        ("Встреча прошла с участием Ерлана Карина.", "Ерлан Карин"),
    ],
)  # fmt: skip
def test_a_womans_name_that_is_also_a_mans_genitive(analyse, text, name):
    """Many Kazakh women's names are men's names with «-а» («Малика», «Амина», «Салиха»): the
    dictionary knows only the man's genitive, and read so «Малика Ахметова» became «Малик Ахметов»."""
    assert name in [m.normal for m in analyse(text).mentions if m.type == "PER"]


@pytest.mark.parametrize(
    "text, name",
    [
        # a surname the dictionary does not know follows its given name's case
        ("Концерт памяти Эрика Клэптона прошёл в Лондоне.", "Эрик Клэптон"),
        ("В Йоханнесбурге открыли музей Нельсона Манделы.", "Нельсон Мандела"),
        ("Дочь Сергея Скрипаля выписали из больницы.", "Сергей Скрипаль"),
        # a Kazakh given name in «-и» does not decline: not the genitive of «Ганя»
        ("Министр просвещения Гани Бейсембаев провел совещание.", "Гани Бейсембаев"),
        ("Совещание прошло под руководством министра Гани Бейсембаева.", "Гани Бейсембаев"),
        # the instrumental: a surname the dictionary does not know follows too
        ("Встреча с Уильямом Фридкином прошла в Москве.", "Уильям Фридкин"),
        # a woman's surname in «-овой» is a case form only; a given name that does not decline stays
        ("Грамоту вручили директору школы Сагдат Сеитовой.", "Сагдат Сеитова"),
        # … but «-ой» after a man's given name is the nominative of an adjective's form
        ("Анатолий Березовой выступил на форуме.", "Анатолий Березовой"),
        ("Соглашение подписали с Андреем Лозовым, а затем Андрей Лозовой выступил перед прессой.", "Андрей Лозовой"),
        # a woman's given name of the lists beside a surname in «-ова» is her nominative
        ("На совещании выступили судьи областного суда Сауле Садыкова и Ерлан Жумабеков.", "Сауле Садыкова"),
        ("Совещание провела руководитель управления Раушан Бостанова и Ерлан Жумабеков.", "Раушан Бостанова"),
        # a given name the dictionary does not know follows its surname's case
        ("Фильм Акиры Куросавы показали в Алматы.", "Акира Куросава"),
        # a man's adjectival surname keeps its «-ий»
        ("Дело Юрия Заруцкого рассмотрят в суде.", "Юрий Заруцкий"),
        # a Kazakh name made with a verb's past tense does not decline either
        ("Вчера под руководством председателя Федерации профсоюзов Сатыбалды Даулеталина состоялась встреча.",
         "Сатыбалды Даулеталин"),
        # … while a listed name in «-а», «-я» may be a man's genitive
        ("Книги Яна Фишера переведены на казахский язык.", "Ян Фишер"),
        ("Историки спорят о дате рождения Юлия Цезаря.", "Юлий Цезарь"),
    ],
)  # fmt: skip
def test_the_words_of_a_name_in_one_case(analyse, text, name):
    """Where the dictionary changed one word of a name only, the other follows its case."""
    assert name in [m.normal for m in analyse(text).mentions if m.type == "PER"]


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a headline with no full stop, a caption, then the lead: three sentences
        ("Коалиция провела встречу в Алматы\n\nФото: пресс-служба\nВ Алматы прошла встреча с жителями города.", 3),
        # a line run on into the next in the middle of a sentence is one sentence
        ("В работе форума в областном центре приняли участие депутаты Мажилиса Парламента, министр просвещения, "
         "ректоры вузов и директор\n"
         "Мухамедкали Тауан из города Астаны, который выступил с докладом о развитии образования в стране.", 1),
        # a text wrapped at a width: its line breaks are not sentence ends
        ("Президент страны\nзаявил сегодня, что\nреформа будет\nпродолжена, и\nАскар Мамин\nподдержал его.", 1),
    ],
)  # fmt: skip
def test_sentences_end_at_line_breaks(nlp, text, sentences):
    assert len(nlp.analyse(text).sentences) == sentences


@pytest.mark.parametrize(
    "text, name",
    [
        ("Представители МИДа провели брифинг.", "МИД"),
        ("Эксперты КИСИ обсудили итоги года.", "КИСИ"),
        ("Делегация ТЮРКСОЙ прибыла в Туркестан.", "ТЮРКСОЙ"),
        ("Решение ЕСПЧ вступило в силу.", "ЕСПЧ"),
    ],
)  # fmt: skip
def test_an_abbreviation_keeps_its_own_form(analyse, text, name):
    """Abbreviations do not decline in writing; the inflection had made «КИСИ» «КИСЬ», «ЕСПЧ»
    «ЕСПЧИ», and «МИДа» loses only the case ending written after it."""
    assert name in [m.normal for m in analyse(text).mentions if m.type == "ORG"]
