"""Issue 23: what they said, on sentences written in the style of campaign news: one row per
shape of reported speech, Russian and Kazakh side by side, each asserting where the quote starts
and who said it."""

from __future__ import annotations

import pytest


def quotes_of(record) -> list[tuple[str, str | None, str]]:
    """(first words of the quote, speaker, kind) in text order."""
    return [(" ".join(q.text.split()[:3]), q.speaker, q.kind) for q in record.quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dash-led paragraph of speech after the paragraph whose indirect speech names the speaker
        (" date 2026-02-16 x\nАким области Ермаганбет Булекпаев отметил, что принятие Конституции — важный шаг.\n"
         "— Конституция закрепляет права каждого гражданина и гарантирует их защиту.",
         [("принятие Конституции —", "Ермаганбет Булекпаев", "indirect"),
          ("Конституция закрепляет права", "Ермаганбет Булекпаев", "direct")]),
        # Kazakh: the same, after a sentence that ends in «атап өтті»
        (" date 2026-02-17 x\nЖиында сөз алған Ақылбек Нурлин жаңа Конституцияның маңызды құжат екенін атап өтті.\n"
         "— Бұл — біз үшін жаңа кезең. Әр азамат оны түсінуге тиіс.",
         [("жаңа Конституцияның маңызды", "Ақылбек Нурлин", "indirect"),
          ("Бұл — біз", "Ақылбек Нурлин", "direct")]),
        # a caption line before the quote: «Имя Фамилия, должность: «…»» (the tagger reads the
        # woman's name as a man's genitive; the dictionary knows «Жасмина» only as a nominative name)
        (" date 2026-02-20 x\nПенсионеры высказывали своё мнение.\n\nЖасмина Ашимова, общественный активист: "
         "«Пенсионерам важно понять, какие права останутся за ними после реформы».",
         [("Пенсионерам важно понять,", "Жасмина Ашимова", "direct")]),
        # «Об этом сообщил X»: the sentence before is what X said
        (" date 2026-02-20 x\nРеферендум пройдет 15 марта на всех избирательных участках страны. Об этом сообщил "
         "председатель комиссии Нурлан Абдиров.",
         [("Референдум пройдет 15", "Нурлан Абдиров", "indirect")]),
        (" date 2026-01-20 x\nӨңірдің тарихы мен мәдениеті ел үшін өте маңызды. Бұл туралы Мемлекет басшысы "
         "Қасым-Жомарт Тоқаев Ұлттық құрылтайдың отырысында айтты.",
         [("Өңірдің тарихы мен", "Қасым-Жомарт Тоқаев", "indirect")]),
        # the speaker named by the title of the person the article has named («глава региона»)
        (" date 2026-02-14 x\nВ форуме приняли участие аким области Берик Уали и депутат Нуртай Сабильянов.\n\n"
         "Выступая на открытии форума, глава региона отметил, что новая Конституция защищает интересы аграриев.",
         [("новая Конституция защищает", "Берик Уали", "indirect")]),
        # a subject whose given name the tagger reads in an oblique case («Нуржан Жетписбаев»)
        (" date 2026-02-27 x\nПроректор Нуржан Жетписбаев в своем выступлении отметил, что референдум является "
         "важным инструментом модернизации.",
         [("референдум является важным", "Нуржан Жетписбаев", "indirect")]),
        # an attribution after a comma alone, and a verb in the present
        (" date 2026-02-23 x\nДиректор школы Айбек Аманғосов выступил.\n«Бұл норма әр отбасының құқығын қорғайды», "
         "деді ол.",
         [("Бұл норма әр", "Айбек Аманғосов", "direct")]),
        (" date 2026-02-24 x\n«Для колледжей в проекте важнее всего статьи об образовании», — поясняет директор "
         "колледжа Саттар Куашбаев.",
         [("Для колледжей в", "Саттар Куашбаев", "direct")]),
        # Kazakh: a sentence going on with no subject of its own is the last speaker's
        (" date 2026-02-23 x\nКездесуде Бауыржан Қаниев жоба туралы баяндады. Сондай-ақ облыс тұрғындары көп "
         "ұсыныс жібергенін атап өтті.",
         [("облыс тұрғындары көп", "Бауыржан Қаниев", "indirect")]),
        # a headline: the name, a colon and what they said
        (" date 2026-03-01 x\nЕрлан Қарин: Ата заң әр азаматқа ортақ құжат\nҚОСТАНАЙ. KAZINFORM – "
         "Мемлекеттік кеңесші Ерлан Қарин облыс тұрғындарымен кездесті.",
         [("Ата заң әр", "Ерлан Қарин", "direct")]),
        # a headline: what was said, a dash and who said it, by name or by the title the article gives them
        (" date 2026-01-20 x\nҚызылорда шаһарының тарихи мән-маңызы айрықша - Президент\nБүгін Мемлекет басшысы "
         "Қасым-Жомарт Тоқаев Ұлттық құрылтайдың отырысында сөз сөйледі.",
         [("Қызылорда шаһарының тарихи", "Қасым-Жомарт Тоқаев", "direct")]),
        (" date 2026-02-03 x\nНовая Конституция стала общественным договором — Ерлан Карин\nГоссоветник Ерлан Карин "
         "встретился с жителями Семея.",
         [("Новая Конституция стала", "Ерлан Карин", "direct")]),
        # the speaker after the quote with no verb: «…» — Имя Фамилия, должность
        (" date 2026-02-10 x\nВ Караганде прошла встреча с горняками.\n«Новая Конституция защищает права "
         "трудящихся» — Серик Утешов, сенатор.",
         [("Новая Конституция защищает", "Серик Утешов", "direct")]),
        # a quote that resumes after an inserted «— сказал X, —»: one quote, one speaker, and the
        # attribution is not among its words
        (" date 2026-02-10 x\nВ Караганде прошла встреча с горняками.\n«Новая Конституция защищает права "
         "трудящихся, — сказал сенатор Серик Утешов, — и это главное для шахтеров».",
         [("Новая Конституция защищает", "Серик Утешов", "direct")]),
        # the same in a dash-led paragraph
        (" date 2026-02-10 x\nВ Караганде прошла встреча с горняками.\n— Новая Конституция защищает права "
         "трудящихся, — сказал сенатор Серик Утешов. — И это главное для шахтеров.",
         [("Новая Конституция защищает", "Серик Утешов", "direct")]),
        # Kazakh passive speech: said, by no one the sentence names
        (" date 2026-02-12 x\nАлқа отырысында жаңа Конституция жобасы азаматтардың құқықтарын кеңейтетіні айтылды.",
         [("жаңа Конституция жобасы", None, "indirect")]),
        # a passive whose sentence names someone: said, by no one named («атап өтілді», not «атап өтті»)
        (" date 2026-02-02 x\nЖиында Мемлекет басшысы Қасым-Жомарт Тоқаев бастамашы болған реформа тарихи қадам "
         "екені атап өтілді.",
         [("Мемлекет басшысы Қасым-Жомарт", None, "indirect")]),
        # «Такое мнение высказали X»: a group's opinion in the sentence before, with no one speaker
        (" date 2026-02-10 x\nПроекту Конституции нужны уточнения в разделе об образовании. Такое мнение высказали "
         "преподаватели колледжа в Таразе.",
         [("Проекту Конституции нужны", None, "indirect")]),
        # indirect speech whose speaker the text does not name is speech all the same
        (" date 2026-02-10 x\nВ колледже прошла встреча. Молодежь подчеркнула, что поддерживает новую редакцию "
         "Основного закона.",
         [("поддерживает новую редакцию", None, "indirect")]),
        # «По словам X» names X in the genitive, after someone else was named as a subject
        (" date 2026-02-06 x\nВ встрече приняли участие Эльвира Азимова и Ержан Жиенбаев. По словам Эльвиры "
         "Азимовой, поступило более 4 тысяч откликов от граждан.",
         [("поступило более 4", "Эльвира Азимова", "indirect")]),
        # the subject goes on speaking in a verbal adverb: «…, отметив, что …»
        (" date 2026-03-13 x\nГоссоветник Ерлан Карин подчеркнул всенародный характер реформы, отметив, что новый "
         "Основной закон прошел всестороннее обсуждение.",
         [("новый Основной закон", "Ерлан Карин", "indirect")]),
        # Kazakh: a verb of saying that goes on into another clause («… айтып, …»)
        (" date 2026-02-20 x\nДепутаттармен кездесуде кәсіпкер Ерлан Анарбеков цехты кеңейткісі келетінін айтып, "
         "жоспарымен бөлісті.",
         [("цехты кеңейткісі келетінін", "Ерлан Анарбеков", "indirect")]),
        # Kazakh «X-тың сөзінше, …» and «X атап өткендей, …»: according to X, as X said
        (" date 2026-02-02 x\nОблыс әкімі Ермағанбет Бөлекпаев тұрғындармен кездесті.\nӘкімнің сөзінше, жаңа "
         "Конституцияда азаматтардың құқықтары басымдыққа ие.",
         [("жаңа Конституцияда азаматтардың", "Ермағанбет Бөлекпаев", "indirect")]),
        (" date 2026-03-02 x\nМәулен Әшімбаев атап өткендей, жастардың әлеуеті ел дамуының негізгі күші.",
         [("жастардың әлеуеті ел", "Мәулен Әшімбаев", "indirect")]),
        # a paragraph opened by a straight quotation mark that the excerpt cuts
        (" date 2026-02-02 x\nАудан әкімі Нұрлан Сұлтанғазиев жиынды ашты.\n\"Конституциялық реформа аясындағы "
         "өзгерістер саяси жүйені жаңартуға",
         [("Конституциялық реформа аясындағы", "Нұрлан Сұлтанғазиев", "direct")]),
        # a dash-led paragraph the excerpt cuts after three words
        (" date 2026-02-10 x\nВыступил сенатор Серик Утешов.\n— Право на здоровье закреп",
         [("Право на здоровье", "Серик Утешов", "direct")]),
        # an excerpt cut inside the quote: the quote runs to its end
        (" date 2026-02-10 x\nЕрлан Кошанов отметил:\n«Сегодня для страны важнее всего согласие в обществе и "
         "доверие граждан к",
         [("Сегодня для страны", "Ерлан Кошанов", "direct")]),
        # a paragraph of speech with no mark at all, its attribution closing it: Kazakh «…, - деді X»
        # with a name and with «ол», Russian «…, – сказал он»
        (" date 2026-02-03 x\nОблыс әкімі Серік Шәпкенов жастармен кездесті.\nБіз жастардың бастамаларын "
         "әрдайым қолдаймыз. Әр ауылда жаңа спорт алаңдары ашылады, - деді Серік Шәпкенов.",
         [("Біз жастардың бастамаларын", "Серік Шәпкенов", "direct")]),
        (" date 2026-02-03 x\nСенатор Ләззат Рамазанова тұрғындармен кездесті.\nЖаңа Конституция әр азаматтың "
         "құқығын қорғайды және мемлекеттің жауапкершілігін арттырады, – деді ол кездесуде.",
         [("Жаңа Конституция әр", "Ләззат Рамазанова", "direct")]),
        (" date 2026-03-02 x\nАким области Ермаганбет Булекпаев встретился с горняками.\nМы продолжим модернизацию "
         "шахт и будем строить новое жилье для горняков, – сказал он.",
         [("Мы продолжим модернизацию", "Ермаганбет Булекпаев", "direct")]),
    ],
)  # fmt: skip
def test_quote_shapes(analyse, text, expected):
    assert quotes_of(analyse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a group names no one speaker: «Олар …», a list of people «… және басқа да қатысушылар»
        " date 2026-02-13 x\nАйбек Сейітов жиынды ашты.\n\nОлар саланы одан әрі дамытуға бағытталған ұсыныстарын "
        "ұсынып, мәдени саясаттың маңызын атап өтті.",
        " date 2026-02-13 x\nАктер Болат Әбділманов, ректор Арман Жүдебаев және басқа да қатысушылар жаңа Конституция "
        "жобасына қатысты пікірлерін білдірді.",
        # a coalition's name in quotation marks opening a paragraph is no speech
        " date 2026-02-26 x\nАқтөбе облысының жұртшылығы жобаны қолдады\n«Әділетті және Прогрессивті Қазақстанның "
        "Халықтық Конституциясы үшін!» Жалпыұлттық коалициясының мүшелері Ақтөбеге келді.",
        # a list in dash-led lines is no speech
        " date 2026-02-26 x\nВ повестке:\n- обсуждение проекта новой Конституции страны;\n- вопросы молодежной "
        "политики региона;",
        # two people joined by «пен» speak as a group; «ой-пікір білдірді» says they spoke, not what
        " date 2026-02-20 x\nЖиын өтті.\nТыныштыбай Шалабаев пен Болат Бақтыгереевтер жаңа Конституциядағы "
        "құндылықтардың маңызын атап өтті.",
        " date 2026-02-20 x\nЖиын өтті.\nДрама театрының директоры Серік Қамиев жиынға қатысып, ой-пікір білдірді.",
        # «Қатысушылардың пікірінше»: a group's view names no one speaker
        " date 2026-02-13 x\nАйбек Сейітов жиынды ашты.\nҚатысушылардың пікірінше, алдағы референдум елдің даму "
        "бағытын айқындайтын тарихи сәт.",
        # a question put to someone in a headline is not what they said
        " date 2025-09-11 x\nПарламентте анасын құттықтауға бола ма – Сенат төрағасының пікірі\nСенат төрағасы Мәулен "
        "Әшімбаев палатаның кулуарында тілшілердің сұрақтарына жауап берді.",
        # speech whose attribution does not close its paragraph: the story goes on after it
        " date 2026-03-02 x\nАким области Ермаганбет Булекпаев встретился с горняками. Мы продолжим модернизацию "
        "шахт и будем строить жилье, – сказал он. Затем аким осмотрел новый цех обогатительной фабрики.",
        # the outlet's «деп хабарлайды» is no one's speech
        " date 2026-02-12 x\nБүгін елордада жалпыұлттық коалиция құрылды, деп хабарлайды BAQ.KZ.",
    ],
)  # fmt: skip
def test_no_quote(analyse, text):
    assert quotes_of(analyse(text)) == []


def test_said_elsewhere_is_no_speech_at_the_event(analyse):
    """A quote the text says was said on another occasion is kept, marked so, and its speaker
    is no participant who spoke; the graph's QUOTED_IN edge says the same, and the person's
    appearance at the event does not list it."""
    from kg import KnowledgeGraph, build_graph, resolve

    record = analyse(
        " date 2026-02-20 x\nВ Актобе прошел форум общественности. Аким области Асхат Шахаров отметил, что "
        "реформа отвечает запросам граждан. Ранее депутат Мажилиса Ерлан Саиров заявил, что новая Конституция "
        "защищает права сельчан."
    )
    assert [(q.speaker, q.at_event) for q in record.quotes] == [("Асхат Шахаров", True), ("Ерлан Саиров", False)]
    event = next(e for e in record.events if e.reported)
    assert "Ерлан Саиров" not in {p.name for p in event.participants}
    graph = KnowledgeGraph(build_graph(resolve([record])))
    edges = [d for _, _, d in graph.nx.edges(data=True) if d["type"] == "QUOTED_IN"]
    assert sorted(d["at_event"] for d in edges) == [False, True]
    assert [a.quotes for a in graph.appearances("Шахаров")] == [("реформа отвечает запросам граждан",)]


@pytest.mark.parametrize(
    "text, words",
    [
        ("«Новая Конституция защищает права трудящихся, — сказал сенатор Серик Утешов, — и это главное для "
         "шахтеров».", "Новая Конституция защищает права трудящихся, и это главное для шахтеров"),
        ("— Новая Конституция защищает права трудящихся, — сказал сенатор Серик Утешов. — И это главное для "
         "шахтеров.", "Новая Конституция защищает права трудящихся. И это главное для шахтеров."),
    ],
)  # fmt: skip
def test_a_resumed_quote_keeps_both_parts(analyse, text, words):
    assert [q.text for q in analyse(" date 2026-02-10 x\nВ Караганде прошла встреча.\n" + text).quotes] == [words]
