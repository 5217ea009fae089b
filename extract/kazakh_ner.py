"""Kazakh NER: people, places and organisations in Kazakh paragraphs, and the roles written
before a person's name, by rules over capitalised words, case endings, name lists and head nouns.

Natasha is a Russian model: on Kazakh text it takes common nouns for people and keeps case
endings. Here a capitalised word is a name only when something says so: a given-name list, a
surname shape, the gazetteer, or a head noun after it («Зашаған кентінде», «… академиясының»).
A capitalised word that opens a sentence («Биыл», «Жақында», «Ал») is only ever a weak candidate.
"""

from __future__ import annotations

import importlib.util
import re
import warnings
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .kazakh import strip_possessive, strip_suffix
from .models import Mention, Role
from .names import fold, name_key, surname
from .places import known_place
from .stretches import Stretches, rstripped

# --- data tables ---------------------------------------------------------------------------

# Capitalised words that stand before a name as its title and are no part of it
# («Президент Қасым-Жомарт Тоқаев», «Елбасы Нұрсұлтан Назарбаев», «Тілшіміз Алмас Сәдуақас»).
TITLE_WORDS = re.compile(
    r"(?:президент|премьер-министр|вице-премьер|министр|елбасы|тілші|әріптес|депутат|сенатор"
    r"|әкім|төраға|спикер|хакім|ақын|жазушы|маршал|генерал|профессор|академик|доктор|мырза"
    r"|ханым|тұңғыш|мемлекет|басшы|бас|дәрігер|құрметті|қадірлі|ардақты|марқұм)"
    r"(?:і|ы|сы|сі|ім|ым|іміз|ымыз|міз|мыз)?(?:ның|нің|на|не|ны|ні|н|мен|да|де)?$",
    re.IGNORECASE,
)
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
    r"(?:дар|тар|лар|дер|тер|лер)?(?:ы|і|сы|сі)(?:ның|нің|на|не|ндағы|ндегі|нда|нде|нан|нен|н|мен)?$"
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
DATIVE = re.compile(r"(?:ға|ге|қа|ке)$")
# Case endings that say a sentence's first word is no name's first word: locative, dative,
# ablative, instrumental (an organisation's name opens in the nominative or as an adjective).
OBLIQUE = re.compile(r"(?:да|де|та|те|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен|мен|бен|пен)$")
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
_ORG_KEYS = {fold(k): v for k, v in KNOWN_ORGS.items()}

# Title heads of Kazakh role phrases, in the possessive form that stands before a name
# («ректоры Арман Жүдебаев», «министрі Аида Балаева»; source: seed 001 and Kazakh news).
ROLE_HEAD = re.compile(
    r"(?:орынбасары|министрі|министр|актері|актрисасы|әртісі|ректоры|проректоры|директоры|"
    r"төрағасы|төраға|депутаты|басшысы|әкімі|хатшысы|өкілі|мүшесі|президенті|премьер-министрі|"
    r"жазушы|ақын|профессоры|профессор|тілшісі|маманы|дәрігер|сарапшы|заңгер|журналист|"
    r"кеңесшісі|бастығы|меңгерушісі|деканы|спикері|сенаторы|елшісі|судьясы|прокуроры|"
    r"жетекшісі|редакторы|суретші|режиссері|композитор|әншісі|ұстазы|мұғалімі|академигі|"
    r"қызметкері|инспекторы|бастауыш|құрылтайшысы|үйлестірушісі)$",
    re.IGNORECASE,
)
GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
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
    sections: dict[str, set[str]] = {"male": set(), "female": set()}
    for file in ("given_names_kk.txt", "given_names_ru.txt"):
        for section, entry in _entries(file):
            if section in sections:
                sections[section].update(fold(re.sub(r"\(.*?\)", "", s)) for s in entry.split(","))
    return frozenset(sections["male"] - sections["female"] - {""})


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
    """Two words stand side by side, with nothing but a space between them."""
    return text[a.stop : b.start] in (" ", "\u00a0")


def quoted_titles(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Short «…» stretches: titles of works, projects and bodies, not running text."""
    line = text.rfind("\n", 0, start) + 1  # no title runs across a line break: none starts before it
    return [
        (m.start(), m.end())
        for m in QUOTED_TITLE.finditer(text, line, stop)
        if m.start() >= start and len(m.group().split()) <= 12
    ]


QUOTED_TITLE = re.compile(r"«[^«»\n]{1,80}»")


def _inside(word: Word, spans: Stretches) -> bool:
    return spans.holds(word.start, word.stop)


def is_title(word: Word) -> bool:
    return bool(TITLE_WORDS.match(word.text)) and not is_given_name(word.text)


def is_surname(word: str) -> bool:
    """Shaped like a surname or patronymic, with or without a case ending: «Тоқаевқа»."""
    return bool(SURNAME.search(word) or SURNAME.search(strip_suffix(word)))


def mention(kind: str, text: str, start: int, stop: int, normal: str) -> Mention:
    key = name_key(normal) if kind == "PER" else fold(normal)
    return Mention(type=kind, start=start, stop=stop, text=text[start:stop], normal=normal, key=key)


# --- people, places, organisations -------------------------------------------------------


def person_name(words: Sequence[Word]) -> str:
    """The name in the nominative: the case ending comes off the last word only
    («Қасым-Жомарт Кемелұлы Тоқаевтан» → «Қасым-Жомарт Кемелұлы Тоқаев»)."""
    parts = [w.text for w in words]
    if not PATRONYMIC.search(parts[-1]):
        parts[-1] = PLURAL_SURNAME.sub(r"\1", strip_suffix(parts[-1]))
    return " ".join(parts)


# A surname in the plural stands for the person and those with them («Мұратбек Құттығаевтар»,
# Muratbek Kuttygaev and his group): the person is the surname without it.
PLURAL_SURNAME = re.compile(r"^(.{2,}(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына))(?:тар|тер|дар|дер|лар|лер)$")


def _given(word: Word) -> bool:
    return is_given_name(word.text) or all(is_given_name(p) for p in word.text.split("-"))


def is_initial(word: Word) -> bool:
    return len(word.text) == 2 and word.text.endswith(".") and word.text[0].isupper()


def match_person(words: Sequence[Word], i: int, text: str, known: Mapping[str, str]) -> int:
    """How many words from `i` make a person's name (0: none).

    A given name of the lists, or an initial, followed by up to two more capitalised words
    («Гүлжан Марқабаева», «Т. Жүргенов», «Нұрсұлтан Абишевич Назарбаев»); or any capitalised
    word followed by a surname («Валентин Шитов»); or a surname alone in mid-sentence
    («Головкиннің»); or a name the corpus already knows.
    """
    first = words[i]
    run = _name_run(words, i, text)
    names = words[i : i + run]
    if is_initial(first):
        return run if run > 1 else 0
    if run > 1 and _given(first):
        return run
    if run == 3 and first.initial and not _strong_capital(first) and _two_word_name(names[1:]):
        return 0  # «Кездесу Аида Балаеваның …»: the sentence's first word, then the name
    surname_after = any(is_surname(w.text) for w in names[1:])
    if run > 1 and surname_after and first.text.lower() not in OPENERS:
        return run
    if fold(strip_suffix(first.text)) in known:
        return 1
    return 1 if _single_person(words, i, text) else 0


def _two_word_name(words: Sequence[Word]) -> bool:
    """A given name (or any capitalised word) followed by a surname: «Аида Балаеваның»."""
    return not PATRONYMIC.search(words[0].text) and is_surname(words[1].text)


def _name_run(words: Sequence[Word], i: int, text: str) -> int:
    """Capitalised words side by side from `i`, at most three, up to a title, a place, an
    organisation or the word after a surname («Қасым-Жомарт Тоқаев Дмитрий Медведевті»)."""
    run = 1
    while i + run < len(words) and run < 3 and joined(text, words[i + run - 1], words[i + run]):
        nxt, last = words[i + run], words[i + run - 1]
        if not nxt.capital or is_title(nxt) or known_place(nxt.text, kazakh=True) or known_organisation(nxt):
            break
        if run >= 2 and is_surname(last.text) and not PATRONYMIC.search(last.text):
            break
        run += 1
    return run


def _single_person(words: Sequence[Word], i: int, text: str) -> bool:
    """One word alone is a person when it is a given name in mid-sentence, a given name
    spoken to («Динара, сөз өзіңізде», «Қайырлы күн, Бірлік!»), or a surname in mid-sentence."""
    word = words[i]
    after = text[word.stop : word.stop + 2].lstrip()[:1]
    spoken_to = after in (",", "!", "?")
    if _given(word):
        if fold(strip_suffix(word.text)) in ordinary_names():
            before = rstripped(text, word.start)  # the end of the text before it, spaces left out
            return spoken_to and (word.initial or text[before - 1 : before] == ",")
        return True
    return not word.initial and is_surname(word.text) and not known_place(word.text, kazakh=True)


def match_place(words: Sequence[Word], i: int, text: str) -> tuple[int, str] | None:
    """(how many words, canonical name) of a known place from `i`, its region noun included
    («Алматы облысында», «Батыс Қазақстан облысы», «Орталық Азияның», «Ресейдің»)."""
    for size in (3, 2, 1):
        chunk = words[i : i + size]
        if len(chunk) < size or not all(joined(text, a, b) for a, b in zip(chunk, chunk[1:])):
            continue
        if not all(w.capital for w in chunk):
            continue  # «Қазақстан мен …»: the conjunction is no part of the name
        phrase = text[chunk[0].start : chunk[-1].stop]
        place = known_place(phrase, kazakh=True)
        nxt = words[i + size] if i + size < len(words) else None
        if nxt and joined(text, chunk[-1], nxt) and REGION_HEAD.match(nxt.text):
            region = known_place(f"{phrase} {strip_possessive(nxt.text)}", kazakh=True)
            if region or place:  # «Батыс Қазақстан облысы», whose «Батыс Қазақстан» is no place
                return size + 1, region or strip_possessive(f"{phrase} {nxt.text}")
        if place:
            return size, place
    return None


def place_before_head(words: Sequence[Word], i: int, text: str) -> tuple[int, str] | None:
    """(how many words, name) of an unknown place named by the noun after it:
    «Зашаған кентінде» → Зашаған, «Жаңаарқа ауданының» → Жаңаарқа, «Челябі облысында»."""
    if words[i].initial and not _strong_capital(words[i]) and _next_capital(words, i, text):
        return None  # «Осы Зашаған кентінде», «Шығыстағы Глубокое ауданындағы»: the next word is it
    run = 0
    while i + run < len(words) and words[i + run].capital and run < 3:
        if run and not joined(text, words[i + run - 1], words[i + run]):
            break
        run += 1
    for size in range(run, 0, -1):
        nxt = words[i + size] if i + size < len(words) else None
        if nxt is None or nxt.capital or not joined(text, words[i + size - 1], nxt):
            continue
        if size == run and REGION_HEAD.match(nxt.text):
            return size + 1, strip_possessive(text[words[i].start : nxt.stop])
        if size == run and PLACE_HEAD.match(nxt.text):
            return size, strip_suffix(text[words[i].start : words[i + size - 1].stop])
    return None


PLURAL_PLACE_HEAD = re.compile(r"(?:аудан|ауыл|аул|қала|кент|өзен|көл|тау|облыс)(?:дар|тар|лар|дер|тер|лер)\w*$")
AND = frozenset({"және", "мен", "бен", "пен"})


def listed_places(words: Sequence[Word], text: str) -> list[int]:
    """The words of a list of places named by one plural noun after it: «Қаратал, Ескелді және
    Көксу аудандарында» (all three are districts), «Ақсу, Қызылағаш ауылдары»."""
    found = []
    for h, head in enumerate(words):
        if h < 2 or not PLURAL_PLACE_HEAD.match(head.text) or not words[h - 1].capital:
            continue
        names, k = [h - 1], h - 1
        while k >= 1:
            gap = text[words[k - 1].stop : words[k].start].strip()
            if gap == "," and words[k - 1].capital:
                k -= 1
            elif not gap and k >= 2 and words[k - 1].text in AND and words[k - 2].capital:
                k -= 2
            else:
                break
            names.append(k)
        if len(names) > 1:
            found += sorted(names)
    return found


def _next_capital(words: Sequence[Word], i: int, text: str) -> bool:
    return i + 1 < len(words) and words[i + 1].capital and joined(text, words[i], words[i + 1])


def organisation_at(words: Sequence[Word], h: int, text: str) -> tuple[int, str] | None:
    """(first word, nominative name) of an organisation whose head noun is words[h]: from the
    nearest capitalised word before it, across lower-case words and «X атындағы»
    («Сыртқы істер министрлігіне», «Т. Жүргенов атындағы Қазақ ұлттық өнер академиясының»)."""
    first = h if words[h].capital and _opens_name(words[h]) else None
    capital_before = False  # a capitalised head («Қазақстан халқы Ассамблеясы») goes on leftwards
    j = h
    while j > 0 and h - j < 6 and joined(text, words[j - 1], words[j]):
        word = words[j - 1]
        if word.capital and (not _opens_name(word) or _no_title_word(word) or _in_person_name(words, j - 1, text)):
            break
        if not word.capital and (word.text != NAMED_AFTER and capital_before or _ends_clause(words, j - 1)):
            break
        j -= 1
        if word.capital:
            first, capital_before = j, True
    if first is None or first == h and not known_organisation(words[h]):
        return None  # a bare head noun («Театр және кино актері») names no organisation
    if _sentence_case_only(words, first, h):
        return None  # «Қалада жаңа театр …»: only the sentence's capital, on a word in a case form
    if words[h].text.lower() in ADJECTIVES_LIKE_HEADS:
        return None
    while first > 0 and words[first - 1].text.endswith(".") and len(words[first - 1].text) == 2:
        first -= 1  # the initial of a namesake: «Т. Жүргенов атындағы»
    name = text[words[first].start : words[h].stop]
    return first, _nominative_org(name)


def _ends_clause(words: Sequence[Word], i: int) -> bool:
    """A lower-case word no organisation's name runs across: a participle, a plural object, or
    a dative other than the one before «қарсы» («Жемқорлыққа қарсы іс-қимыл агенттігі»):
    «Түркияның оңтүстігіне бармауға кеңес» is advice, not a council."""
    word = words[i].text
    if CLAUSE_WORD.search(word) or word in POSTPOSITIONS:
        return True
    after = words[i + 1].text if i + 1 < len(words) else ""
    return len(word) > 5 and bool(DATIVE.search(word)) and after != "қарсы"


def _nominative_org(name: str) -> str:
    """The organisation's name with its head noun in the nominative: «…академиясының» →
    «…академиясы», «…комиссияның» → «…комиссия», «Үкіметтің» → «Үкімет»."""
    possessive = strip_possessive(name)
    return possessive if possessive != name else strip_suffix(name)


def _opens_name(word: Word) -> bool:
    """A capitalised word that may open an organisation's name: not a sentence opener of no
    meaning («Кейін», «Ол»), not a place in an oblique case («Алматыда университет ашылды»)."""
    if word.initial and word.text.lower() in OPENERS:
        return False
    place = known_place(word.text, kazakh=True)
    stripped = strip_suffix(word.text)
    return not (place and stripped != word.text and not GENITIVE.search(word.text))


def _in_person_name(words: Sequence[Word], i: int, text: str) -> bool:
    """words[i] is a given name, or the surname after one: a person stands before the
    organisation («Министр Ерлан Сапаровтың төрағалығымен … комиссияның»), unless
    it is named after them («Т. Жүргенов атындағы»)."""
    if i + 1 < len(words) and words[i + 1].text == NAMED_AFTER:
        return False
    before = words[i - 1] if i else None
    after_a_name = before and joined(text, before, words[i]) and (_given(before) or is_initial(before))
    return _given(words[i]) or bool(after_a_name)


def _sentence_case_only(words: Sequence[Word], first: int, h: int) -> bool:
    """The name's only capital is the sentence's first letter, on a word in an oblique case or
    a word that is no name: «Қалада жаңа театр ашылды», «Биылғы байқаудың жүлде қоры»."""
    opener = words[first]
    if not opener.initial or _strong_capital(opener) or any(w.capital for w in words[first + 1 : h + 1]):
        return False
    return bool(OBLIQUE.search(opener.text.lower())) or opener.text.lower() in OPENERS


def _strong_capital(word: Word) -> bool:
    """A sentence-opening capital that is still a name: a known place, organisation or name."""
    return bool(known_place(word.text, kazakh=True) or fold(strip_suffix(word.text)) in _ORG_KEYS or _given(word))


def known_organisation(word: Word) -> str | None:
    return _ORG_KEYS.get(fold(word.text)) or _ORG_KEYS.get(fold(strip_suffix(word.text)))


def paragraph_mentions(text: str, start: int, stop: int, known: Mapping[str, str] | None = None) -> list[Mention]:
    """People, places and organisations of one Kazakh paragraph, in text order."""
    known = {} if known is None else known  # an empty AskedFor still records what is asked
    words = words_of(text, start, stop)
    titles = Stretches(quoted_titles(text, start, stop))
    found = quoted_organisations(text, start, stop)
    orgs = _organisations(words, text, titles)
    quoted = Stretches((m.start, m.stop) for m in found)
    taken = {i for i, w in enumerate(words) if quoted.holds(w.start, w.start + 1)}
    orgs = [o for o in orgs if not taken & set(range(o[0], o[1] + 1))]
    taken |= {i for first, last, _ in orgs for i in range(first, last + 1)}
    found += [mention("ORG", text, words[a].start, words[b].stop, name) for a, b, name in orgs]
    listed = [k for k in listed_places(words, text) if k not in taken]
    taken |= set(listed)
    for k in listed:
        found.append(mention("LOC", text, words[k].start, words[k].stop, known_place(words[k].text) or words[k].text))
    i = 0
    while i < len(words):
        word = words[i]
        org = known_organisation(word)
        if i in taken or not word.capital or is_title(word) or _inside(word, titles) and not org:
            i += 1
            continue
        if _before_street(words, i, text):
            i += 1
            continue
        place = match_place(words, i, text) or place_before_head(words, i, text)
        if org:
            found.append(mention("ORG", text, word.start, word.stop, org))
            i += 1
        elif place:
            size, name = place
            found.append(mention("LOC", text, word.start, words[i + size - 1].stop, name))
            i += size
        elif size := match_person(words, i, text, known):
            name = person_name(words[i : i + size])
            found.append(mention("PER", text, word.start, words[i + size - 1].stop, known.get(fold(name), name)))
            i += size
        else:
            i += 1
    return sorted(found, key=lambda m: (m.start, m.stop))


def quoted_organisations(text: str, start: int, stop: int) -> list[Mention]:
    """Quoted names with their organisation noun, the noun back in the nominative:
    «…» жалпыұлттық коалициясының → «…» жалпыұлттық коалициясы."""
    found = []
    for match in QUOTED_ORG.finditer(text, start, stop):
        normal = f"«{match['name']}» {strip_possessive(match['head'])}"
        found.append(mention("ORG", text, match.start(), match.end(), normal))
    return found


def _before_street(words: Sequence[Word], i: int, text: str) -> bool:
    nxt = words[i + 1] if i + 1 < len(words) else None
    return bool(nxt and not nxt.capital and joined(text, words[i], nxt) and STREET_HEAD.match(nxt.text))


def _organisations(words: Sequence[Word], text: str, titles: Stretches) -> list[tuple[int, int, str]]:
    found = []
    named = bytearray(len(words))  # the words of the organisations found
    for h, word in enumerate(words):
        if ORG_HEAD.match(word.text) and not _inside(word, titles):
            org = organisation_at(words, h, text)
            if org and not named[org[0]]:
                found.append((org[0], h, org[1]))
                named[org[0] : h + 1] = b"\x01" * (h + 1 - org[0])
    return found


def kazakh_mentions(
    text: str, kazakh: Sequence[tuple[int, int]], known: Iterable[str] = (), read=None
) -> list[Mention]:
    """Every person, place and organisation of the Kazakh paragraphs of `text`.

    `known` are full names the corpus already knows (from its Russian articles, say): their
    surname alone, in any case form and either script («Ақылбайдың»), is that person. `read`
    reads one paragraph (text, start, stop, known surnames): the rules by default.

    >>> [m.normal for m in kazakh_mentions("Аида Балаеваның айтуынша, Алматыда жиын өтті.", [(0, 45)])]
    ['Аида Балаева', 'Алматы']
    """
    read = read or paragraph_mentions  # the rules; kazakh_crf's learned reading is passed in
    surnames = known_surnames(known)
    asked = [AskedFor(surnames) for _ in kazakh]
    found = [read(text, start, stop, looked_up) for (start, stop), looked_up in zip(kazakh, asked, strict=True)]
    named = [m.normal for paragraph in found for m in paragraph if m.type == "PER" and len(m.normal.split()) >= 2]
    if named:
        # Again, now that the article's own full names are known: «… - деді Ақылбай» after
        # «заңгер Серік Ақылбай» is that person, though «Ақылбай» has no surname shape. Only
        # a paragraph whose reading asked for a surname whose entry changed can read differently.
        more = known_surnames([*known, *named])
        changed = {key for key in more.keys() | surnames.keys() if more.get(key) != surnames.get(key)}
        for n, (start, stop) in enumerate(kazakh):
            if asked[n].keys_asked & changed:
                found[n] = read(text, start, stop, more)
    return [m for paragraph in found for m in paragraph]


class AskedFor(Mapping):
    """Known surnames that remember which surnames a paragraph's reading asked for: a reading
    is the same again with other entries for any surname it did not ask for. (Looking for
    every changed surname in every paragraph's text made an article quadratic in its length.)"""

    def __init__(self, surnames: Mapping[str, str]) -> None:
        self.surnames = surnames
        self.keys_asked: set[str] = set()

    def __getitem__(self, key: str) -> str:
        self.keys_asked.add(key)
        return self.surnames[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.surnames)

    def __len__(self) -> int:
        return len(self.surnames)


def known_surnames(names: Iterable[str]) -> dict[str, str]:
    """Folded surname → full name, for the surnames that only one of `names` carries.

    >>> known_surnames(["Аида Балаева", "Серик Акылбай"])["акылбай"]
    'Серик Акылбай'
    """
    by_surname: dict[str, set[str]] = {}
    for name in names:
        if len(name.split()) >= 2:
            by_surname.setdefault(fold(surname(name)), set()).add(name)
    return {key: min(full) for key, full in by_surname.items() if len(full) == 1}


# --- roles ---------------------------------------------------------------------------------


def _title_segments(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Stretches between commas and dashes before a name, right to left."""
    cuts = [start] + [m.end() for m in re.finditer(r",|\s[-–—]\s", text[start:stop])] + [stop]
    cuts = sorted({start} | {start + c for c in cuts[1:-1]} | {stop})
    return [(a, b) for a, b in reversed(list(zip(cuts, cuts[1:])))]


# Postpositions and linking words that open a clause before a title, never a title's own word.
CLAUSE_WORDS = frozenset("бұл осы ал туралы жөнінде жайында бойынша үшін арқылы кейін соң дейін бірге қарай сондай-ақ сонымен қатар".split())


def _title_words(text: str, a: int, b: int, whole: bool) -> tuple[int, str] | None:
    """(start, title) of a stretch that ends in a title head; a stretch that opens the
    sentence keeps only its genitive chain («…мүшелері Премьер-министрдің орынбасары»)."""
    words = words_of(text, a, b)
    if not words or not ROLE_HEAD.match(words[-1].text):
        return None
    lead = int(not whole and len(words) > 1 and _no_title_word(words[0]))
    while lead < len(words) - 1 and words[lead].text.lower() in CLAUSE_WORDS:
        lead += 1  # «Бұл туралы Мемлекет басшысы …»: the postposition is the clause's, not the title's
    first = lead  # «Кездесуге театр және кино актері …»: the sentence's first word is not the title's
    if not whole and len(words) - lead > 4:
        first = len(words) - 1
        while first > lead and (GENITIVE.search(words[first - 1].text) or words[first - 1].capital):
            first -= 1
        org = organisation_at(words, first, text) if ORG_HEAD.match(words[first].text) else None
        first = max(lead, min(first, org[0])) if org else first  # «ҚР Ұлттық орталық музейінің директоры»
    start = words[first].start
    title = text[start : words[-1].stop].strip()
    if opens_sentence(text, start) and not _strong_capital(words[first]):
        title = title[:1].lower() + title[1:]
    return start, title


def _no_title_word(word: Word) -> bool:
    """A sentence's first word in a case form or a pronoun: it opens the clause, not the title."""
    lower = word.text.lower()
    return word.initial and not _strong_capital(word) and (bool(OBLIQUE.search(lower)) or lower in OPENERS)


def _role_organisation(title: str) -> str | None:
    """The organisation a title names before its head: «…академиясының ректоры» → «…академиясы»."""
    head = title.rsplit(" ", 1)
    if len(head) < 2:
        return None
    before = head[0].split()
    if before and GENITIVE.search(before[-1]) and ORG_HEAD.match(before[-1]):
        return _nominative_org(head[0])
    return None


def kazakh_roles(text: str, mentions: Sequence[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Role]:
    """Titles written before a person's name in the Kazakh paragraphs, read right to left from
    the name: «Премьер-министрдің орынбасары - Мәдениет және ақпарат министрі Аида Балаеваның»
    gives two roles. Unlike Russian, the organisation comes before the title in the genitive
    («… академиясының ректоры Арман Жүдебаев»)."""
    roles: list[Role] = []
    kazakh = sorted(kazakh)  # the paragraphs, one line each
    starts = [a for a, _ in kazakh]

    def paragraph(at: int) -> int | None:
        i = bisect_right(starts, at) - 1
        return starts[i] if i >= 0 and at < kazakh[i][1] else None

    people = [m for m in mentions if m.type == "PER" and paragraph(m.start) is not None]
    for index, person in enumerate(people):
        reach = person.start - TITLE_REACH
        floor = max(
            [paragraph(person.start)]
            # the last sentence stop before the name that can end after `reach`
            + [m.end() for m in SENTENCE_STOP.finditer(text, max(0, reach - 2), person.start)]
            + ([people[index - 1].stop] if index else [])
        )
        roles += titles_before(text, person, max(floor, reach))
    return roles


TITLE_REACH = 300  # characters before a name that its titles may take


def titles_before(text: str, person: Mention, floor: int) -> list[Role]:
    """The chain of titles that ends at the person's name, left to right."""
    chain = []
    for a, b in _title_segments(text, floor, person.start):
        found = _title_words(text, a, b, whole=a != floor)
        if found is None:
            break
        start, title = found
        chain.append(Role(person=person.normal, title=title, start=start, stop=person.stop,
                          organisation=_role_organisation(title)))  # fmt: skip
    return list(reversed(chain))
