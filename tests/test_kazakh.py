import datetime as dt
from pathlib import Path

import pytest

from extract.dates import parse_kazakh_dates
from extract.kazakh import is_kazakh, kazakh_spans, paragraphs, strip_possessive, strip_suffix
from extract.events.cues import governed
from extract.kazakh_ner import kazakh_mentions, known_surnames
from extract.kazakh_roles import kazakh_roles
from extract.names import fold, latin, name_key, slug
from extract.places import known_place

ROOT = Path(__file__).resolve().parent.parent


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
        ("Қазақстан", "Қазақстан"),  # -стан is no ablative
        ("Өзбекстан", "Өзбекстан"),
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


# --- issue 4: Kazakh articles ----------------------------------------------------------------

SEED_001_PEOPLE = {"Аида Балаева", "Болат Әбділманов", "Арман Жүдебаев", "Сержан Саров"}


def _people(record):
    return [m for m in record.mentions if m.type == "PER"]


def test_issue4_seed_001_people_in_their_base_form(seed_records):
    """Read by hand: the four people of seed 001. «Т. Жүргенов» names the academy, «Мемлекет
    басшысы» is a title without a name; no common noun («Мәдениет», «Заң») is a person."""
    people = _people(seed_records["001"])
    assert {m.normal for m in people} == SEED_001_PEOPLE
    assert sorted(m.text for m in people if m.normal == "Аида Балаева") == [
        "Аида Балаева", "Аида Балаева", "Аида Балаеваның", "Аида Балаеваның",
    ]  # fmt: skip


def _organisations(record) -> set[str]:
    """The organisations the graph reads: the mentions' and the compounds over them (a quoted
    Kazakh name with its noun is a compound over the quoted words, as KazNERD marks them)."""
    return {m.normal for m in (*record.mentions, *record.compounds) if m.type == "ORG"}


def test_issue4_seed_001_places_and_organisations(seed_records):
    record = seed_records["001"]
    # «Қазақстанның халық әртісі» is a title (KazNERD's POSITION): the CRF learned from KazNERD
    # leaves its country unmarked, as that corpus does
    assert {m.normal for m in record.mentions if m.type == "LOC"} == {"Алматы"}
    assert {
        "«Әділетті және Прогрессивті Қазақстанның Халықтық Конституциясы үшін!» жалпыұлттық коалициясы",
        "Т. Жүргенов атындағы Қазақ ұлттық өнер академиясы",
        "ҚР Ұлттық орталық музейі",
    } <= _organisations(record)


@pytest.mark.xfail(strict=True, reason="issue 19: the CRF trained on KazNERD leaves a paragraph-initial "
                   "«Конституциялық комиссия» untagged; the rules read it, but their spans lose on KazNERD dev")
def test_issue4_seed_001_commission(seed_records):
    assert "Конституциялық комиссия" in _organisations(seed_records["001"])


def test_issue4_seed_001_roles_quotes_and_event(seed_records):
    record = seed_records["001"]
    roles = {(r.person, r.title) for r in record.roles}
    assert {
        ("Аида Балаева", "Премьер-министрдің орынбасары"),
        ("Аида Балаева", "Мәдениет және ақпарат министрі"),
        ("Болат Әбділманов", "театр және кино актері"),
        ("Болат Әбділманов", "Қазақстанның халық әртісі"),
        ("Арман Жүдебаев", "Т. Жүргенов атындағы Қазақ ұлттық өнер академиясының ректоры"),
        ("Сержан Саров", "ҚР Ұлттық орталық музейінің директоры"),
    } <= roles
    assert {q.speaker for q in record.quotes} == {"Аида Балаева"}
    event = next(e for e in record.events if e.reported)
    assert (event.date, event.place, event.kind) == (dt.date(2026, 2, 13), "Алматы", "meeting")
    assert {p.name for p in event.participants} == SEED_001_PEOPLE
    assert [e.date for e in record.events if not e.reported] == [dt.date(2026, 3, 15)]


@pytest.mark.parametrize(
    "seed, kazakh_paragraphs",
    [("000", 0), ("001", 19), ("002", 0), ("003", 0), ("004", 0)],
)
def test_issue4_every_seed_paragraph_in_its_language(seed, kazakh_paragraphs):
    [path] = (ROOT / "seeds").glob(f"{seed}_*.txt")
    text = path.read_text(encoding="utf-8")
    assert len(kazakh_spans(text)) == kazakh_paragraphs
    assert kazakh_paragraphs in (0, len(list(paragraphs(text))))


@pytest.mark.parametrize(
    "paragraph, kazakh",
    [
        # Kazakh-spelled names and titles inside Russian text do not flip it
        ("На встрече выступили Болат Әбділманов, Арман Жүдебаев и Сержан Саров.", False),
        ("Члены коалиции «Әділетті және Прогрессивті Қазақстан үшін!» встретились с интеллигенцией в Алматы.", False),
        ("Ректор академии имени Т. Жүргенова Арман Жүдебаев отметил, что проект важен.", False),
        # and a Russian title inside Kazakh text does not flip that
        ("«Справедливый Казахстан» коалициясының мүшелері Алматыда кездесу өткізді.", True),
        ("Аида Балаеваның айтуынша, жаңа Конституция жобасының басты идеясы - адам құқықтары.", True),
        ("Жиынға жазушылар, актерлер, суретшілер мен студенттер қатысты.", True),
    ],
)
def test_issue4_paragraph_language_with_foreign_names(paragraph, kazakh):
    assert is_kazakh(paragraph) is kazakh


def test_issue4_a_kazakh_paragraph_inside_a_russian_article():
    text = (
        "В Алматы прошла встреча с представителями творческой интеллигенции.\n"
        "Кездесуді ашқан Аида Балаева елімізде жүзеге асырылып жатқан реформаларға тоқталды.\n"
        "Юрист Серік Ақылбай остановился на правовом значении изменений."
    )
    [(start, stop)] = kazakh_spans(text)
    assert text[start:stop].startswith("Кездесуді")


def _kazakh(text):
    return [(m.type, m.text, m.normal) for m in kazakh_mentions(text, [(0, len(text))])]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Театр және кино актері, Қазақстанның халық әртісі Болат Әбділманов сөз сөйледі.",
            [("LOC", "Қазақстанның", "Казахстан"), ("PER", "Болат Әбділманов", "Болат Әбділманов")],
        ),
        (
            "Кездесу Аида Балаеваның жетекшілігімен өтті.",
            [("PER", "Аида Балаеваның", "Аида Балаева")],
        ),
        (
            "Мемлекет басшысы Қасым-Жомарт Тоқаевқа хат жолдады.",
            [("PER", "Қасым-Жомарт Тоқаевқа", "Қасым-Жомарт Тоқаев")],
        ),
        (
            "Конституциялық комиссия жарты жыл бойы жұмыс жүргізді.",
            [("ORG", "Конституциялық комиссия", "Конституциялық комиссия")],
        ),
        (
            "Шымкент қаласында Сыртқы істер министрлігінің өкілі болды.",
            [("LOC", "Шымкент", "Шымкент"), ("ORG", "Сыртқы істер министрлігінің", "Сыртқы істер министрлігі")],
        ),
        # an initial written close to the surname («Ж.Жаңабай»), a surname shaped like a given name
        (
            "Жиынға қалалық мәслихат депутаты Ж.Жаңабай қатысты.",
            [("PER", "Ж.Жаңабай", "Ж. Жаңабай")],
        ),
        # a person before an organisation's head is no part of its name
        (
            "Министр Ерлан Сапаровтың төрағалығымен мемлекеттік комиссияның отырысы өтті.",
            [("PER", "Ерлан Сапаровтың", "Ерлан Сапаров")],
        ),
        # a region keeps its compass word; a list of places shares its plural noun
        (
            "Батыс Қазақстан облысында егін жиналды.",
            [("LOC", "Батыс Қазақстан облысында", "Западно-Казахстанская область")],
        ),
        (
            "Қаратал, Ескелді және Көксу аудандарында су тасқыны болды.",
            [("LOC", "Қаратал", "Қаратал"), ("LOC", "Ескелді", "Ескелді"), ("LOC", "Көксу", "Көксу")],
        ),
        # an organisation's name runs from its first capital over lower-case words …
        (
            "Жиынға Қазақстан халқы Ассамблеясының өкілдері қатысты.",
            [("ORG", "Қазақстан халқы Ассамблеясының", "Қазақстан халқы Ассамблеясы")],
        ),
        # … but never across a participle, a postposition or a dative («кеңес» is advice here)
        ("Кеңес туристерге Түркияның оңтүстігіне бармауға кеңес берді.", [("LOC", "Түркияның", "Турция")]),
        (
            "Павлодар облысы бойынша он ұйымның өкілдері келді.",
            [("LOC", "Павлодар облысы", "Павлодарская область")],
        ),
        # a district's centre («ауданының орталығы») is its chief village, not an organisation
        (
            "Жаңақала ауданының орталығында жаңа мектеп ашылды.",
            [("LOC", "Жаңақала", "Жаңақала")],
        ),
        # the capital of a sentence's first word in a case form names nothing
        ("Қалада жаңа театр ашылды.", []),
        ("Мәдениет пен руханият мәселелеріне ерекше көңіл бөлінді.", []),
        ("Заң және тәртіп қағидаттары негізге алынды.", []),
        ("Мемлекет басшысы бастамашы болған өзгерістер талқыланды.", []),
    ],
)
def test_issue4_kazakh_mentions(text, expected):
    assert _kazakh(text) == expected


@pytest.mark.parametrize(
    "text, roles",
    [
        (
            "Театр және кино актері Болат Әбділманов пікір білдірді.",
            [("Болат Әбділманов", "театр және кино актері", None)],
        ),
        (
            "Кездесуге театр және кино актері Болат Әбділманов қатысты.",
            [("Болат Әбділманов", "театр және кино актері", None)],
        ),
        (
            "ҚР Ұлттық орталық музейінің директоры Сержан Саров сөйледі.",
            [("Сержан Саров", "ҚР Ұлттық орталық музейінің директоры", "ҚР Ұлттық орталық музейі")],
        ),
        (
            "Кездесуге Премьер-министрдің орынбасары - Мәдениет және ақпарат министрі Аида Балаева қатысты.",
            [
                ("Аида Балаева", "Премьер-министрдің орынбасары", None),
                ("Аида Балаева", "Мәдениет және ақпарат министрі", None),
            ],
        ),
    ],
)
def test_issue4_kazakh_roles(text, roles):
    span = [(0, len(text))]
    found = kazakh_roles(text, kazakh_mentions(text, span), span)
    assert [(r.person, r.title, r.organisation) for r in found] == roles


@pytest.mark.parametrize(
    "text, led",
    [
        ("Кездесу Аида Балаеваның жетекшілігімен өтті.", True),
        ("Министр Ерлан Сапаровтың төрағалығымен комиссияның отырысы өтті.", True),
        ("Аида Балаеваның айтуынша, жоба маңызды.", False),
        ("Кездесуді ашқан Аида Балаева сөз сөйледі.", False),
        ("Жиын Ерлан Қаринның төрағалық етуімен өтті.", True),
    ],
)
def test_issue4_led_by(text, led):
    """«X-тың жетекшілігімен» and its kin: events/cues.py's one table of governing words."""
    [person] = [m for m in kazakh_mentions(text, [(0, len(text))]) if m.type == "PER"]
    assert (governed(text, person.start, person.stop, 0) == "led") is led


def test_moderated_by_in_kazakh():
    text = "Кездесу Аида Балаеваның модераторлығымен өтті."
    [person] = [m for m in kazakh_mentions(text, [(0, len(text))]) if m.type == "PER"]
    assert governed(text, person.start, person.stop, 0) == "moderated"


@pytest.mark.parametrize(
    "text, date, has_year",
    [
        ("15-наурызда өтетін референдум", dt.date(2026, 3, 15), False),
        ("Референдум наурыздың 15-і күні өтеді", dt.date(2026, 3, 15), False),
        ("2026 жылғы ақпанның 13-інде Алматыда", dt.date(2026, 2, 13), True),
        ("2026 жылғы 1-қаңтардан бастап", dt.date(2026, 1, 1), True),
        ("Желтоқсанның 16-сы - Тәуелсіздік күні", dt.date(2026, 12, 16), False),
    ],
)
def test_issue4_more_kazakh_dates(text, date, has_year):
    [found] = parse_kazakh_dates(text, 2026)
    assert (found.date, found.has_year) == (date, has_year)


@pytest.mark.parametrize("text", ["113 ақпан", "наурыздың 15 мыңы", "Қазан қаласы"])
def test_issue4_no_date_in_numbers_and_towns(text):
    assert parse_kazakh_dates(text, 2026) == []


def test_issue4_seed_001_dates(seed_records):
    event = next(e for e in seed_records["001"].events if e.reported)
    assert event.date == dt.date(2026, 2, 13)


def test_issue4_surname_alone_joins_only_a_unique_full_name():
    known = known_surnames(["Аида Балаева", "Серик Акылбай", "Асқар Мамин", "Асхат Мамин"])
    assert known["акылбай"] == "Серик Акылбай" and known["балаева"] == "Аида Балаева"
    assert "мамин" not in known  # two people share the surname: no guess


def test_issue4_surname_of_a_russian_article_found_in_kazakh_case_forms():
    text = "Заңгер Ақылбайдың пікірінше, жоба маңызды."
    known = ["Серик Акылбай"]
    [person] = [m for m in kazakh_mentions(text, [(0, len(text))], known) if m.type == "PER"]
    assert (person.text, person.normal) == ("Ақылбайдың", "Серик Акылбай")


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        (
            "2026 жылғы 13 ақпанда Алматыда кездесу өтті.\n"
            "«Жаңа Конституция - бәріміздің ортақ ісіміз», - деді Аида Балаева.",
            "Аида Балаева", "direct",
        ),
        (
            "Кездесуде заңгер Серік Ақылбай сөз сөйледі.\n"
            "«Бұл ел тарихындағы ең маңызды шешім», - деп атап өтті Ақылбай.",
            "Серік Ақылбай", "direct",
        ),
        (
            "Аида Балаеваның айтуынша, жаңа Конституция жобасының басты идеясы - адам құқықтары.",
            "Аида Балаева", "indirect",
        ),
    ],
)  # fmt: skip
def test_issue4_kazakh_quotes(analyse, text, speaker, kind):
    [quote] = analyse(text).quotes
    assert (quote.speaker, quote.kind) == (speaker, kind)


def test_issue4_a_bare_surname_after_the_full_name_in_the_same_article():
    text = "Кездесуде заңгер Серік Ақылбай сөз сөйледі. Кейін Ақылбай сұрақтарға жауап берді."
    people = [m for m in kazakh_mentions(text, [(0, len(text))]) if m.type == "PER"]
    assert [(m.text, m.normal) for m in people] == [("Серік Ақылбай", "Серік Ақылбай"), ("Ақылбай", "Серік Ақылбай")]


def test_no_person_across_quotation_marks():
    """The CRF reads words without the marks between them: a span it makes across «», of two
    quoted song titles, is no person; one within a name is."""
    from extract.kazakh_crf import unbroken
    from extract.kazakh_words import words_of

    text = "Әншілер «Қазақстаным», «Менің елім» әндерін, Нұргүл Рамазанова «Атамекен» әнін орындады."
    words = words_of(text, 0, len(text))
    index = {w.text: i for i, w in enumerate(words)}
    spans = [(index["Қазақстаным"], index["Менің"], "PER"), (index["Нұргүл"], index["Рамазанова"], "PER"),
             (index["Қазақстаным"], index["Менің"], "ORG")]  # fmt: skip
    assert unbroken(text, words, spans) == spans[1:]


@pytest.mark.parametrize(
    "text, name",
    [
        # a surname in the plural: the person and those with them
        ("Мұратбек Құттығаевтар", "Мұратбек Құттығаев"),
        ("Мұратбек Құттығаевтардың", "Мұратбек Құттығаев"),
        ("Аида Балаевалар", "Аида Балаева"),
        # a given name ending in «-ар» is no plural, nor a surname with a case ending alone
        ("Ерлан Қаринге", "Ерлан Қарин"),
        ("Жандар Ахметов", "Жандар Ахметов"),
        # a name made with a verb's past tense ends in no accusative «-ды», «-ді»
        ("Дархан Сатыбалды", "Дархан Сатыбалды"),
        ("Бекзат Құдайберді", "Бекзат Құдайберді"),
        ("Нұрлан Амангелді", "Нұрлан Амангелді"),
        # … while a listed given name takes one («Жамалды» is «Жамал»)
        ("Әсел Жамалды", "Әсел Жамал"),
    ],
)  # fmt: skip
def test_kazakh_person_name_in_the_nominative(text, name):
    from extract.kazakh_people import person_name
    from extract.kazakh_words import words_of

    assert person_name(words_of(text, 0, len(text))) == name


def test_a_place_span_does_not_open_with_a_word_in_a_case():
    """Kazakh puts the case on a phrase's last word: «Жиынға» (to the meeting) opens the clause,
    not the place; and a place the gazetteer lacks keeps its «-да» where the text writes it bare
    before «аудандық» (Qobda, not «Қоб»)."""
    from extract.kazakh_crf import normal_of, unbroken
    from extract.kazakh_words import words_of

    text = "Қобда аудандық орталықта кездесу өтті. Жиынға Қобда тұрғындары қатысты."
    words = words_of(text, 0, len(text))
    i = next(n for n, w in enumerate(words) if w.text == "Жиынға")
    assert unbroken(text, words, [(i, i + 1, "LOC")]) == [(i + 1, i + 1, "LOC")]
    assert normal_of("LOC", [words[i + 1]], text) == "Қобда"


def test_ata_zan_is_no_part_of_a_name():
    """«Ата заң» (the constitution) after a name the CRF runs into it is not the name's."""
    from extract.kazakh_crf import unbroken
    from extract.kazakh_words import words_of

    text = "Институт басшысы Анар Фазылжан Ата Заңның мәтінін талқылады."
    words = words_of(text, 0, len(text))
    first, ata = (next(n for n, w in enumerate(words) if w.text == t) for t in ("Анар", "Ата"))
    assert unbroken(text, words, [(first, ata, "PER")]) == [(first, ata - 1, "PER")]


@pytest.mark.parametrize(
    "text, person, title",
    [
        # a locative before the title says where or when («… отырысында», «… алдында», «…
        # қаңтарда»): it ends a clause, and is no word of the title
        ("АСТАНА. KAZINFORM – Конституциялық реформа жөніндегі комиссияның бүгінгі отырысында Республикалық "
         "адвокаттар алқасының төрағасы Мәди Мырзағараев комиссия аясында жаңа Конституция мәселесін қарауды ұсынды.",
         "Мәди Мырзағараев", "Республикалық адвокаттар алқасының төрағасы"),
        ("Зауыт жұмысшыларының алдында Мәжіліс депутаты Дания Еспаева жаңа жобадағы адам құқығы туралы айтты.",
         "Дания Еспаева", "Мәжіліс депутаты"),
        ("Бүгін 2026 жылғы 20 қаңтарда Мәжіліс депутаты Мұрат Әбенов жаңа Конституция туралы айтты.",
         "Мұрат Әбенов", "Мәжіліс депутаты"),
        # ... so does a dative (whither) or an instrumental (with what)
        ("Маңызды шараға облыс әкімі Берік Уәли қатысып, жаңа Конституция туралы айтты.",
         "Берік Уәли", "облыс әкімі"),
        ("Мұғалжар ауданына жұмыс сапарымен Парламент Мәжілісінің депутаты Қазыбек Әлішев келді.",
         "Қазыбек Әлішев", "Парламент Мәжілісінің депутаты"),
        # the title's own «… арналған» keeps its dative; a quoted name keeps its opening mark
        ("Жиынға сарапшылар, қалалық тұрмыстық зорлық-зомбылық құрбандарына арналған дағдарыс орталығының директоры "
         "Раиса Байлиева қатысты.",
         "Раиса Байлиева", "қалалық тұрмыстық зорлық-зомбылық құрбандарына арналған дағдарыс орталығының директоры"),
        ("Жиынға студенттер, «Жастар рухы» жастар қанатының төрағасы Ақерке Искандерова қатысты.",
         "Ақерке Искандерова", "«Жастар рухы» жастар қанатының төрағасы"),
    ],
)  # fmt: skip
def test_a_locative_ends_a_kazakh_title(analyse, text, person, title):
    assert {(r.person, r.title) for r in analyse(" date 2026-01-29 x\n" + text).roles} == {(person, title)}


def test_a_capitalised_common_noun_after_a_title_is_no_person(analyse):
    """«Депутат Конституцияның преамбуласы …»: a title, then the Constitution in the genitive,
    which the dictionary knows only as a common noun; the deputy named before stays a person."""
    record = analyse(" date 2026-01-27 x\nМәжіліс депутаты Үнзила Шапақ сұхбат берді.\nДепутат Конституцияның "
                     "преамбуласы жай ғана кіріспе емес екенін баса айтты.")
    assert {m.normal for m in record.mentions if m.type == "PER"} == {"Үнзила Шапақ"}


def test_a_pilgrims_honorific_inside_a_kazakh_name(analyse):
    """«Наурызбай қажы Тағанұлы»: the tagger stops at the lower-case honorific and makes two
    people; it is one name, one person across articles with or without the honorific."""
    record = analyse(" date 2026-02-11 x\nБұл туралы бүгін өткен жиында діни басқарманың төрағасы, Бас мүфти "
                     "Ерболат қажы Сапарұлы хабарлады.")
    people = [m for m in record.mentions if m.type == "PER"]
    assert [m.normal for m in people] == ["Ерболат қажы Сапарұлы"]
    assert people[0].key == name_key("Ерболат Сапарұлы")


def test_a_surname_in_its_case_after_the_patronymic_stays_in_the_name(analyse):
    """«Мемлекет басшысы Қасым-Жомарт Кемелұлы Тоқаевтың тапсырмалары»: the CRF ended the name at
    the patronymic; the surname after it is the name's, and in the genitive the person owns the
    instructions and took part in nothing."""
    record = analyse(" date 2025-09-09 x\nАудандық Ассамблеяның сессиясы өтті.\nСессия барысында Мемлекет басшысы "
                     "Қасым-Жомарт Кемелұлы Тоқаевтың Ассамблеяның сессиясында берген тапсырмалары талқыланды.")
    assert {m.normal for m in record.mentions if m.type == "PER"} == {"Қасым-Жомарт Кемелұлы Тоқаев"}
    event = next(e for e in record.events if e.reported)
    assert not event.participants


def test_a_firm_named_like_a_person_is_no_person(analyse):
    """«"Бабек Құрылыс" ЖШС»: a quoted name with a legal form after it is a firm."""
    record = analyse(" date 2025-08-19 x\nОблыс әкімі Ерлан Сейтов азаматтарды қабылдады. Жолды 2024 жылы "
                     "«Ержан Құрылыс» ЖШС мердігерлік ұйымы салған.")
    assert {m.normal for m in record.mentions if m.type == "PER"} == {"Ерлан Сейтов"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Бүгін Ұлытау облысында жаңа мектеп ашылды.", "область Ұлытау"),
        ("Өткен аптада жиын өтті. Қазір Павлодар облысы бойынша 12 мектеп салынып жатыр.", "Павлодарская область"),
    ],
)
def test_an_adverb_opening_the_sentence_is_no_part_of_a_place(analyse, text, place):
    """«Бүгін» (today), «Қазір» (now) at a sentence's start are never a name's first word: the
    CRF joined them to the place after them («Бүгін Ұлытау облысы»)."""
    places = [m for m in analyse(text).mentions if m.type == "LOC"]
    assert place in {m.normal for m in places}
    assert not any(m.text.split()[0] in ("Бүгін", "Қазір") for m in analyse(text).mentions)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Облыста жиын өтті.\nАудандық Прокурор Марат Ахметов қатысушыларға арнаған сөзінде заңның маңызына тоқталды.",
         "Марат Ахметов"),
    ],
)
def test_a_title_opening_the_sentence_is_no_part_of_the_name(analyse, text, person):
    """A capitalised title before a given name («Прокурор Берік Асылов») is not the person's first
    name: the CRF had read it into the span."""
    people = {m.normal for m in analyse(text).mentions if m.type == "PER"}
    assert person in people and not any(p.split()[0] in ("Прокурор", "Елшісі") for p in people), people
