"""The words of Kazakh paragraphs and the tables the Kazakh readers share: the word splitter and
sentence edges, the name lists, and the shapes of surnames, given names, place, region,
organisation and title heads, openers and case endings (general Kazakh grammar and news usage)."""

from __future__ import annotations

import importlib.util
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .kazakh import ABLATIVE_ENDING, DATIVE_ENDING, INSTRUMENTAL_ENDING, LOCATIVE_ENDING, PLURAL, strip_suffix
from .models import Mention
from .names import fold, name_key
from .places import known_place
from .stretches import Stretches

# --- data tables ---------------------------------------------------------------------------

# The Kazakh words of posts and honorifics, one row a word: its stem; «title» when it stands,
# capitalised, before a name as a title that is no part of the name («Президент Қасым-Жомарт
# Тоқаев», «Елбасы Нұрсұлтан Назарбаев», «Тілшіміз Алмас Сәдуақас»), in any possessive or case
# form; then the forms that end a role phrase before a name («ректоры Арман Жүдебаев»,
# «министрі Аида Балаева»; source: seed 001 and Kazakh news).
KAZAKH_TITLES = """
президент          title  президенті
премьер-министр    title  премьер-министрі
вице-премьер       title
министр            title  министрі министр
елбасы             title
тілші              title  тілшісі
әріптес            title
депутат            title  депутаты
сенатор            title  сенаторы
әкім               title  әкімі
төраға             title  төрағасы төраға
спикер             title  спикері
хакім              title
ақын               title  ақын
жазушы             title  жазушы
маршал             title
генерал            title
профессор          title  профессоры профессор
академик           title  академигі
доктор             title
мырза              title
ханым              title
тұңғыш             title
мемлекет           title
басшы              title  басшысы
бас                title
дәрігер            title  дәрігер
құрметті           title
қадірлі            title
ардақты            title
марқұм             title
орынбасар          -      орынбасары
актер              -      актері
актриса            -      актрисасы
әртіс              -      әртісі
ректор             -      ректоры
проректор          -      проректоры
директор           -      директоры
хатшы              -      хатшысы
өкіл               -      өкілі
мүше               -      мүшесі
маман              -      маманы
сарапшы            -      сарапшы
заңгер             -      заңгер
журналист          -      журналист
кеңесші            -      кеңесшісі
бастық             -      бастығы
меңгеруші          -      меңгерушісі
декан              -      деканы
елші               -      елшісі
судья              -      судьясы
прокурор           -      прокуроры
жетекші            -      жетекшісі
редактор           -      редакторы
суретші            -      суретші
режиссер           -      режиссері
композитор         -      композитор
әнші               -      әншісі
ұстаз              -      ұстазы
мұғалім            -      мұғалімі
қызметкер          -      қызметкері
инспектор          -      инспекторы
бастауыш           -      бастауыш
құрылтайшы         -      құрылтайшысы
үйлестіруші        -      үйлестірушісі
"""
_TITLE_ROWS = [line.split() for line in KAZAKH_TITLES.strip().splitlines()]
# A title before a name, in any form: «Президент», «Тілшіміз», «Әкімнің».
TITLE_WORDS = re.compile(
    "(?:" + "|".join(row[0] for row in _TITLE_ROWS if row[1] == "title") + ")"
    r"(?:і|ы|сы|сі|ім|ым|іміз|ымыз|міз|мыз)?(?:ның|нің|на|не|ны|ні|н|мен|да|де)?$",
    re.IGNORECASE,
)
# The last word of a role phrase before a name: «… академиясының ректоры».
ROLE_HEAD = re.compile("(?:" + "|".join(form for row in _TITLE_ROWS for form in row[2:]) + ")$", re.IGNORECASE)
# Nouns after a street's name: «Сайын даңғылдары», «Қонаев көшелеріндегі». The name is a
# street, not the person or town it is named after.
STREET_HEAD = re.compile(r"(?:көше|даңғыл|бульвар|алаң|тас жол|жол|саябақ|әуежай)\w*$")
# Russian and Kazakh surname and patronymic shapes, before any case ending
# (source: the endings list of airlock-pii's name_endings.txt, Kazakh -ұлы/-қызы added).
SURNAME = re.compile(
    r"(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ский|ская|цкий|енко|ұлы|улы|қызы|кызы|ович|евич|"
    r"овна|евна|ич|иев|иева|баев|баева)$",
    re.IGNORECASE,
)
PATRONYMIC = re.compile(r"(?:ұлы|улы|қызы|кызы|ович|евич|ич|овна|евна)$", re.IGNORECASE)
# Endings of Kazakh given names (airlock-pii name_endings.txt, section given-kk).
GIVEN_SHAPE = re.compile(r"(?:бек|бай|жан|хан|гүл|гул|құл|сұлтан|бол|гали|ғали|қали|нұр)$", re.IGNORECASE)
# Nouns after a place name that say what kind of place it is; the name stands before them in
# the nominative («Мұнайлы ауданындағы», «Шымкент қаласына»). Regions keep their noun
# («Алматы облысы»), as in KazNERD's annotation.
PLACE_HEAD = re.compile(
    r"(?:аудан|ауыл|аул|қала|кент|өзен|көл|тау|өңір|шатқал|жота|мемлекет|ел|арал)"
    + PLURAL + r"?(?:ы|і|сы|сі)(?:ның|нің|на|не|ндағы|ндегі|нда|нде|нан|нен|н|мен)?$"
)
REGION_HEAD = re.compile(r"облыс(?:тар)?ы\w*$", re.IGNORECASE)
# Organisation head nouns, in the possessive with any case ending («академиясының»,
# «комиссиясы», «министрлігіне», «одағы»), and the nouns that need no possessive («комиссия»).
ORG_HEAD = re.compile(
    r"(?:министрлі[кг]|агентті[кг]|комитет|комиссия|кеңес|банк|ұйым|одақ|одағ|институт|университет"
    r"|академия|орталы[қғ]|қоры?|партия|ассамблея|достастығ|достастық|прокуратура|басқарма"
    r"|департамент|әкімді[кг]|сот|училище|колледж|лицей|коалиция|қауымдастығ|қауымдастық"
    r"|альянс|кабинет|клуб|компания|корпорация|холдинг|театр|музей|филармония|федерация|палата"
    r"|мәслихат|мәжіліс|сенат|парламент|қозғалыс|бірлест|серіктест)"
    r"(?:і|ы|сы|сі|ің|ның|нің|на|не|нда|нде|нан|нен|н|ке|ге|қа|ға|те|та|де|да|тің|тың|дің|дың)*$",
    re.IGNORECASE,
)
ADJECTIVES_LIKE_HEADS = frozenset({"орталық", "кеңестік"})  # «Орталық Азия»: central, not a centre
NAMED_AFTER = "атындағы"
# Words that open Kazakh sentences and are never names: pronouns, demonstratives, adverbs of
# time, conjunctions and discourse words (general grammar; cf. qaznltk's stop_words.txt).
OPENERS = frozenset(
    """
    ал бірақ алайда дегенмен әйтсе сондықтан себебі өйткені яғни демек мысалы әрине иә жоқ
    енді жалпы негізінен сонымен сондай-ақ сонда сол осы бұл мына ол олар оның оған одан онда
    мен біз сіз сен сендер сіздер біздің сіздің менің кім не қандай қай қашан қайда неге
    биыл былтыр бүгін кеше ертең қазір жақында кейін бұрын алдымен соңында әлі тағы тек ең
    және немесе егер әр әрбір барлық бүкіл көп кейбір бір екі үш төрт бес он жүз мың
    алғаш соңғы жаңа үлкен шынымен шынында бәлкім мүмкін сөйтіп осылай осындай сондай
    көршілес біріншіден екіншіден үшіншіден айтпақшы расында рас міне
    """.split()
) | frozenset(
    # the case forms of the demonstrative and personal pronouns («Бұған», «Сонымен», «Одан»)
    # and the adverbs of time turned adjectives by -ғы/-гі («Кешегі», «Ертеңгі»)
    """
    мұны мұның мұнда мұнан мұдан мұған бұны бұның бұнда бұған бұдан мұнымен бұнымен
    осының осыны осыған осында осыдан осымен соның соны соған сонан содан сонымен
    оны онымен мынаның мынаны мынаған мында мынадан бізге бізде бізден бізді сізге
    биылғы былтырғы бүгінгі кешегі ертеңгі қазіргі бұрынғы кейінгі соңғы алдыңғы өткен келесі
    дәл тіпті әсіресе сондай-ақ
    """.split()
)
# Lower-case words that end a clause, not a name: participles («ашылған», «қорғайтын») and
# plural objects («балаларды», «мәселелерін»); an organisation's name never runs across them.
CLAUSE_WORD = re.compile(r"(?:[ғгқк][ае]н|[аеыі]?й?т[ыі]н|[лдт][ае]р(?:ды|ді|ын|ін))$")
# Postpositions close the phrase before them («Павлодар облысы бойынша … ұйымның»); none stands
# inside an organisation's name (general grammar).
POSTPOSITIONS = frozenset("бойынша туралы арқылы кейін дейін бері сияқты секілді қарай соң бұрын сайын".split())
# A region's or a district's genitive: «облысының орталығы», «ауданының орталығы» is its centre, its
# chief town or village, not an organisation nor a building.
REGION_GENITIVE = re.compile(r"(?:облыс|аудан)\w*(?:ның|нің)$")
DATIVE = re.compile(DATIVE_ENDING + "$")
# Words naming the course of a gathering, in the locative, that open a sentence about it
# («Талқылау барысында …», «Кездесу кезінде …», «Жиында …»); each reader adds its own.
OCCASIONS = ("барысында", "кезінде", "отырысында", "жиынында", "кездесуінде", "кездесуде", "жиында")
# Case endings that say a sentence's first word is no name's first word: locative, dative,
# ablative, instrumental (an organisation's name opens in the nominative or as an adjective).
OBLIQUE = re.compile(f"(?:{LOCATIVE_ENDING}|{DATIVE_ENDING}|{ABLATIVE_ENDING}|{INSTRUMENTAL_ENDING})$")
# Organisations named by one word or an abbreviation in Kazakh news (general knowledge:
# state bodies, parties, blocs, national media).
KNOWN_ORGS: dict[str, str] = {
    "Үкімет": "Үкімет", "Мәжіліс": "Мәжіліс", "Сенат": "Сенат", "Парламент": "Парламент",
    "Ақорда": "Ақорда", "ТМД": "ТМД", "СНГ": "СНГ", "ЮНЕСКО": "ЮНЕСКО", "БҰҰ": "БҰҰ", "НАТО": "НАТО",
    "ЕАЭО": "ЕАЭО", "ШЫҰ": "ШЫҰ", "ЕҚЫҰ": "ЕҚЫҰ", "ҰҚШҰ": "ҰҚШҰ", "ДДҰ": "ДДҰ", "ОПЕК": "ОПЕК",
    "Нұр Отан": "Нұр Отан", "Аманат": "Аманат", "Ақ жол": "Ақ жол", "Хабар": "Хабар",
    "Қазпошта": "Қазпошта", "Самұрық-Қазына": "Самұрық-Қазына", "Қазақтелеком": "Қазақтелеком",
    "Қазатомөнеркәсіп": "Қазатомөнеркәсіп", "ҚазМұнайГаз": "ҚазМұнайГаз", "Еуроодақ": "Еуроодақ",
}  # fmt: skip
ORG_KEYS = {fold(k): v for k, v in KNOWN_ORGS.items()}

GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
# «X-тың айтуынша / сөзінше / пікірінше / пайымынша»: according to X's words, view, judgement.
ACCORDING_WORDS = ("айтуынша", "сөзінше", "пікірінше", "пайымынша")
# A quoted name followed by its organisation noun: «…» жалпыұлттық коалициясының (seed 001).
QUOTED_ORG = re.compile(
    r"«(?P<name>[^»\n]{3,120})»\s+(?P<head>(?:[а-яәғқңөұүһі]+\s+)?"
    r"(?:коалиция|партия|комиссия|одақ|одағ|қауымдастық|қауымдастығ|қоры|қор|академия|университет|музей"
    r"|компания|корпорация|холдинг|орталығ|орталық|қозғалыс|агенттіг|агенттік)[а-яәғқңөұүһі]*)"
)

WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W_]+)*\.?")
# A full stop ends a sentence unless it ends an initial («Т. Жүргенов»).
SENTENCE_END = re.compile(r"(?<!\b[А-ЯӘҒҚҢӨҰҮҺІA-Z])[.!?…:]\s*[«\"“(—–-]*\s*$")
SENTENCE_STOP = re.compile(r"(?<!\b[А-ЯӘҒҚҢӨҰҮҺІA-Z])[.!?](?:\s|$)")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    stop: int
    text: str
    initial: bool  # opens a sentence: its capital letter says nothing

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


# --- name lists (airlock-pii's data files) -----------------------------------------------


def _entries(name: str) -> Iterable[tuple[str, str]]:
    """(section, entry) of one of airlock-pii's word lists (format: its data/README.md).

    The files are found without importing the package: its import builds a PII engine (about
    0.2 s) and reads environment variables that may make it raise; we want the lists only."""
    spec = importlib.util.find_spec("airlock_pii")
    try:
        folder = Path(spec.submodule_search_locations[0]) / "data"  # type: ignore[union-attr]
        text = (folder / name).read_text(encoding="utf-8")
    except (AttributeError, TypeError, OSError) as err:
        warnings.warn(f"airlock-pii's {name} cannot be read ({err}): Kazakh people are found by shape only")
        return
    section = ""
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("["):
            section = line.strip("[]")
        elif line:
            yield section, line


@cache
def given_names() -> frozenset[str]:
    """Folded Kazakh and Russian given names («айгерим», «серик»), every spelling listed."""
    names = set()
    for file in ("given_names_kk.txt", "given_names_ru.txt"):
        for _, entry in _entries(file):
            for spelling in entry.split(","):
                names.add(fold(re.sub(r"\(.*?\)", "", spelling)))
    return frozenset(n for n in names if n)


@cache
def male_given_names() -> frozenset[str]:
    """Folded given names the lists give men only (a name both carry is in both sections)."""
    return _given_names_of("male") - _given_names_of("female")


@cache
def _given_names_of(section: str) -> frozenset[str]:
    """Folded given names of one section of the lists, «male» or «female»."""
    names: set[str] = set()
    for file in ("given_names_kk.txt", "given_names_ru.txt"):
        for found, entry in _entries(file):
            if found == section:
                names.update(fold(re.sub(r"\(.*?\)", "", s)) for s in entry.split(","))
    return frozenset(names - {""})


# Kazakh names made with a verb's past tense («Амангелді», «Сатыбалды», «Құдайберді», «Жанболды»):
# their end is no case ending, the accusative «-ды» in Kazakh («Сатыбалды» is not «Сатыбал») nor a
# genitive in Russian («Сатыбалды» is not of «Сатыбалда»).
VERB_NAMED = re.compile(r"(?:келді|гелді|болды|берді|алды|тұрды|қалды|салды)$", re.IGNORECASE)


@cache
def female_given_names() -> frozenset[str]:
    """Folded given names the lists give women (a name both carry included)."""
    return _given_names_of("female")


@cache
def ordinary_names() -> frozenset[str]:
    """Given names that are also ordinary words («Азамат» citizen, «Арман» dream)."""
    return frozenset(fold(entry) for _, entry in _entries("ordinary_words.txt"))


def is_given_name(word: str) -> bool:
    """A given name of the lists, in any case form: «Асқарға», «Динара», «Нұрсұлтан»."""
    names = given_names()
    return fold(word) in names or fold(strip_suffix(word)) in names


# --- words ---------------------------------------------------------------------------------


def words_of(text: str, start: int, stop: int) -> list[Word]:
    """The words of one paragraph with their offsets; an initial keeps its full stop («Т.»)."""
    found = []
    for match in WORD.finditer(text, start, stop):
        word = match.group()
        if word.endswith(".") and not (len(word) == 2 and word[0].isupper()):
            word = word[:-1]
        at = match.start()
        initial = (not found and not text[start:at].strip()) or _ends_sentence(text, start, at)
        found.append(Word(at, at + len(word), word, initial))
    return found


def opens_sentence(text: str, at: int) -> bool:
    """Nothing but a sentence end (or the start of the line) stands before `at`. Read back only
    to the line's start or the last letters before `at`, whichever is nearer."""
    floor = max(0, _trail(text, 0, at) - 3)
    floor = text.rfind("\n", floor, at) + 1 or floor
    return not text[floor:at].strip() or _ends_sentence(text, floor, at)


AFTER_STOP = frozenset("«\"“(—–-")  # what SENTENCE_END lets follow a stop, besides spaces


def _trail(text: str, floor: int, at: int) -> int:
    """Where the spaces, quotes and dashes that end text[floor:at] begin."""
    while at > floor and (text[at - 1].isspace() or text[at - 1] in AFTER_STOP):
        at -= 1
    return at


def _ends_sentence(text: str, floor: int, at: int) -> bool:
    """`SENTENCE_END.search(text[floor:at])`, reading only the end of the stretch: its stop can
    stand only right before the spaces, quotes and dashes that end it. Asked for every word,
    a search of the whole stretch made a long paragraph quadratic."""
    stop = _trail(text, floor, at) - 1
    if stop < floor:
        return False
    if stop - 2 < floor:  # the look-behind reads two characters before the stop, none before `floor`
        return SENTENCE_END.search(text[floor:at]) is not None
    return SENTENCE_END.match(text, stop, at) is not None


def joined(text: str, a: Word, b: Word) -> bool:
    """Two words stand side by side, with nothing but a space between them, or nothing at all
    after an initial («Ж.Жаңабай», «С.Мұхтаров»)."""
    between = text[a.stop : b.start]
    return between in (" ", "\u00a0") or (not between and len(a.text) == 2 and a.text.endswith("."))


def quoted_titles(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Short «…» stretches: titles of works, projects and bodies, not running text."""
    line = text.rfind("\n", 0, start) + 1  # no title runs across a line break: none starts before it
    return [
        (m.start(), m.end())
        for m in QUOTED_TITLE.finditer(text, line, stop)
        if m.start() >= start and len(m.group().split()) <= 12
    ]


QUOTED_TITLE = re.compile(r"«[^«»\n]{1,80}»")


def inside(word: Word, spans: Stretches) -> bool:
    return spans.holds(word.start, word.stop)


def is_title(word: Word) -> bool:
    return bool(TITLE_WORDS.match(word.text)) and not is_given_name(word.text)


def is_surname(word: str) -> bool:
    """Shaped like a surname or patronymic, with or without a case ending: «Тоқаевқа»."""
    return bool(SURNAME.search(word) or SURNAME.search(strip_suffix(word)))


def mention(kind: str, text: str, start: int, stop: int, normal: str) -> Mention:
    key = name_key(normal) if kind == "PER" else fold(normal)
    return Mention(type=kind, start=start, stop=stop, text=text[start:stop], normal=normal, key=key)


def given(word: Word) -> bool:
    return is_given_name(word.text) or all(is_given_name(p) for p in word.text.split("-"))


def strong_capital(word: Word) -> bool:
    """A sentence-opening capital that is still a name: a known place, organisation or name."""
    return bool(known_place(word.text, kazakh=True) or fold(strip_suffix(word.text)) in ORG_KEYS or given(word))


def no_title_word(word: Word) -> bool:
    """A sentence's first word in a case form or a pronoun: it opens the clause, not the title."""
    lower = word.text.lower()
    return word.initial and not strong_capital(word) and (bool(OBLIQUE.search(lower)) or lower in OPENERS)


def known_organisation(word: Word) -> str | None:
    return ORG_KEYS.get(fold(word.text)) or ORG_KEYS.get(fold(strip_suffix(word.text)))


def kazakh_nominative(text: str, m: Mention) -> bool:
    """A Kazakh name with no case ending: its last word as the text writes it is its normal one
    (the subject, not «Тоқаевтың бастамасы»)."""
    return text[m.start : m.stop].split()[-1] == m.normal.split()[-1]
