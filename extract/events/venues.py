"""Venues: the building or site a name stands for («шахта «Анненская»», «офис компании Yandex
Qazaqstan», «Республиканская школа имени Абая»). Read by `events.py` for where an event or a
visit took place, and by `kg/venues.py` to make such places nodes of their own."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..kazakh import DATIVE_ENDING, INSTRUMENTAL_ENDING, LOCATIVE_ENDING, PLURAL
from ..kazakh_words import REGION_GENITIVE, SURNAME, TITLE_WORDS, is_given_name
from ..models import Mention
from ..compounds import nominative_phrase
from ..morph import shared_morph_vocab
from ..nlp import Analysis, Sentence
from ..stretches import Stretches
from .lexicon import lexicon

# Stem → nominative of the nouns that name a building or a site.
VENUE_NOUNS = {
    "шахт": "шахта", "рудник": "рудник", "завод": "завод", "комбинат": "комбинат",
    "фабрик": "фабрика", "офис": "офис", "школ": "школа", "библиотек": "библиотека",
    "музе": "музей", "театр": "театр", "университет": "университет", "колледж": "колледж",
    "лице": "лицей", "гимнази": "гимназия", "больниц": "больница", "поликлиник": "поликлиника",
    "дворц": "дворец", "дворе": "дворец", "академи": "академия", "институт": "институт",
    "филармони": "филармония", "стадион": "стадион", "арен": "арена", "спорткомплекс": "спорткомплекс",
    "акимат": "акимат", "дом дружбы": "дом дружбы", "доме дружбы": "дом дружбы",
    "дом культуры": "дом культуры", "доме культуры": "дом культуры", "центр": "центр",
    # Kazakh nouns come after the name («Өнер орталығы», «Болашақ сарайы», «№5 мектеп»)
    "орталығ": "орталығы", "сарай": "сарайы", "мектеп": "мектеп", "кітапхана": "кітапхана",
    "кешен": "кешені", "әкімдік": "әкімдігі",
}  # fmt: skip
_NOUN = r"\b(?P<noun>" + "|".join(VENUE_NOUNS) + r")\w*"
VENUE_WORD = re.compile(_NOUN, re.IGNORECASE)
# A venue noun before its quoted name: «шахта «Анненская»», «на заводе «Казцинк»».
QUOTED_VENUE = re.compile(_NOUN + r"\s+«(?P<name>[^»\n]{2,60})»", re.IGNORECASE)
# A venue noun just before an organisation's name: «офис компании Yandex Qazaqstan», «шахта «Анненская».
NOUN_BEFORE = re.compile(_NOUN + r"(?P<gap>(?:\s+компании)?\s*[«\"]?)$", re.IGNORECASE)
# Someone went there: an organisation named in such a sentence is a place, not an employer.
VISIT = re.compile(r"посети|посещ|ознакоми|побывал|осмотре|экскурси|прош\w*\s+(?:на|в)\s|барып|аралап|танысты", re.I)


def word_start(text: str, at: int) -> int:
    """Where the word holding `at` starts, a hyphenated one whole («пресс-центре»)."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
        at -= 1
    return at


def quoted_venue(text: str) -> tuple[str, int] | None:
    """The first venue named by its noun and a quoted name, in the nominative, and where it is.

    >>> quoted_venue("Встреча прошла на шахте «Анненская» в Карагандинской области.")
    ('шахта «Анненская»', 18)
    """
    match = QUOTED_VENUE.search(text)
    if match is None:
        return None
    return f"{VENUE_NOUNS[match['noun'].lower()]} «{match['name']}»", match.start()


def venue_name(text: str, m: Mention) -> str | None:
    """The venue an organisation's mention names, or None when it names no venue.

    >>> text = "Депутаты посетили шахту «Казахстанская» и Республиканскую школу."
    >>> venue_name(text, Mention(type="ORG", text="Казахстанская", normal="Казахстанская", key="", start=25, stop=38))
    'шахта «Казахстанская»'
    >>> venue_name(text, Mention(type="ORG", text="Республиканскую школу", normal="Республиканская школа",
    ...                          key="", start=42, stop=63))
    'Республиканская школа'
    """
    before = NOUN_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before:
        quoted = before["gap"].rstrip().endswith(("«", '"'))
        # the first part of a hyphenated noun is the venue's («пресс-центре» → «пресс-центр»)
        prefix = text[word_start(text, before.start()) : before.start()].lower()
        noun = prefix + VENUE_NOUNS[before["noun"].lower()]
        words = (noun, before["gap"].strip(" «\""), f"«{m.normal}»" if quoted else m.normal)
        return " ".join(w for w in words if w)
    if VENUE_WORD.search(m.normal):
        # a name the tagger cut before its closing mark («Дворец спорта «Алатау Арена»)
        return m.normal + "»" * (m.normal.count("«") - m.normal.count("»"))
    return None


# Lemmas of the Russian nouns for a place people gather in, and the first letters that send a
# word to the dictionary at all (most words of a sentence are not looked up).
GATHERING_NOUNS = frozenset(
    """
    библиотека зал здание центр университет школа лицей колледж гимназия академия институт
    дворец дом театр музей филармония стадион арена спорткомплекс комплекс площадка аудитория
    акимат шахта рудник завод комбинат фабрика офис больница поликлиника кинотеатр клуб штаб
    гостиница отель ресторан парк площадь сквер галерея павильон участок пункт конференц-зал цех
    аэропорт вокзал госпиталь суд мечеть храм собор санаторий
    """.split()
)
_GATHERING_STARTS = frozenset(n[:3] for n in GATHERING_NOUNS)
# Adjectives of an administrative level, which make a common noun an institution's name
# («областная библиотека», «городской дворец культуры»); others do not («на международной арене»).
LEVELS = frozenset(
    "областной городской районный республиканский сельский столичный национальный государственный".split()
)
# Kazakh stems of the same nouns, matched at a word's start («ғимаратында», «мектебінде»).
KAZAKH_GATHERING = (
    "ғимарат", "орталығ", "мектеб", "мектеп", "кітапхана", "сарай", "зал", "кешен", "әкімдіг",
    "университет", "колледж", "лицей", "гимназия", "академия", "институт", "мұражай", "театр",
    "филармония", "стадион", "арена", "клуб", "аудитория", "алаң", "саябақ", "үйінде", "емхана", "аурухана",
    "учаске", "пункт", "кеңсе", "мешіт", "балабақша", "әуежай", "вокзал",
)  # fmt: skip
# Nouns that put a place in another («кешені аумағында», on the grounds of the complex): a venue
# only after a noun of KAZAKH_GATHERING.
KAZAKH_GROUNDS = ("аумағ", "ғимарат")
# The Kazakh locative on the head noun, or the locative made an adjective («мектептегі кездесу»).
KAZAKH_AT = re.compile(r"(?:(?<=[ыі])н)?" + LOCATIVE_ENDING + r"(?:ғы|гі)?$")
# Words that end a Kazakh venue phrase on its left: time words and postpositions, the
# instrumental («коалициямен»), a locative of another place, a dative not before «арналған»
# (intended for), a plural subject with its possessive («Ақтөбе тұрғындары … алаңына жиналды»).
KAZAKH_BEFORE_PHRASE = re.compile(
    r"^(?:бүгін|кеше|ертең|жақында|сондай-ақ|сонымен|қатар|осы|бұл|ал|туралы|бойынша|үшін|арқылы|кейін|соң|"
    r"дейін|бірге|қарай|қарамастан|және|күні|жылдығы)$|" + INSTRUMENTAL_ENDING + r"$|(?<!атын)" + LOCATIVE_ENDING + r"(?:ғы|гі)?$"
    r"|" + PLURAL + r"[ыі]$",
    re.I,
)
KAZAKH_PLURAL = re.compile(PLURAL + r"(?:ы|і)?$")
KAZAKH_DATIVE_END = re.compile(f"(?:{DATIVE_ENDING}|(?<=[ыі])на|(?<=[ыі])не)$")
OPENING = "«\"„"
CLOSING = "»\"“"
CLAUSE_MARKS = frozenset(",;:—–-()!?")


def _gathering_noun(token) -> bool:
    return token.text[:3].lower() in _GATHERING_STARTS and _noun_lemma(token) is not None


def _noun_lemma(token) -> str | None:
    """The nominative of a noun for a place people gather in, a compound's parts each
    («школе-лицее» → «школа-лицей», «конференц-зале» → «конференц-зал»), or None."""
    if token.lemma in GATHERING_NOUNS:
        return token.lemma
    head, _, tail = token.text.lower().partition("-")
    if not tail:
        return None
    lemmas = [_lemma_of(part) for part in (head, tail)]
    return "-".join(lemmas) if lemmas[0] in GATHERING_NOUNS else None


def _lemma_of(word: str) -> str:
    form = next(iter(shared_morph_vocab().parse(word)), None)
    return form.normal_form if form is not None else word


def _spans_at(analysis: Analysis, start: int) -> list:
    """The NER's names starting at `start` (the spans are in text order; two at most)."""
    i = bisect_left(analysis.spans, start, key=lambda span: span.start)
    return [span for span in analysis.spans[i : i + 2] if span.start == start]


def _place_at(analysis: Analysis, start: int) -> bool:
    """The NER tags a place starting at `start`."""
    return any(span.type == "LOC" for span in _spans_at(analysis, start))


def _same_line(analysis: Analysis, k: int) -> bool:
    """Token `k` is on the line of the token before it."""
    return "\n" not in analysis.text[analysis.tokens[k - 1].stop : analysis.tokens[k].start]


def _initial_stop(tokens, k: int, last: int) -> bool:
    """The stop after an initial or «им», inside a name («им. Л. Н. Гумилева»)."""
    return tokens[k].text == "." and k + 1 < last and tokens[k + 1].text[:1].isupper() and (
        tokens[k - 1].text == "им" or len(tokens[k - 1].text) == 1
    )


def _quoted_run(tokens, i: int, last: int) -> int:
    """Past the closing mark of a name quoted from token `i` (its opening mark), or `i` when
    the quote does not close within eight words."""
    for k in range(i + 1, min(last, i + 10)):
        if tokens[k].text in CLOSING and k > i + 1:
            return k + 1
    return i


def russian_venue(analysis: Analysis, first: int, last: int, kazakh: Stretches = Stretches()) -> str | None:
    """The first place the tokens [first, last) put something in by «в»/«на» and a noun for
    a place people gather in (or name as what was visited or opened: `VISITING`), with the
    words that name it, in the nominative: «в областной библиотеке имени Абая» → «областная
    библиотека имени Абая», «в зале заседаний Ученого совета», «в торгово-развлекательном
    центре "Mega Silk Way"». A bare noun («в зале», «в центре внимания») names no place: an
    adjective, a quoted or capitalised name, «имени», a number or a size must say which."""
    tokens = analysis.tokens
    for i in range(first, last):
        noun = tokens[i]
        if not _gathering_noun(noun) or noun.number == "Plur":
            continue
        if kazakh.holds(noun.start, noun.stop):
            continue
        j = i
        # between the preposition and its noun an adjective can only be the noun's (and the
        # dictionary's first reading of «областной» is not always the case it stands in)
        while j > first and tokens[j - 1].pos == "ADJ":
            j -= 1
        placed = j > first and tokens[j - 1].text.lower() in ("в", "во", "на")
        lemma = _noun_lemma(noun)
        k = i + 1
        if k < last and tokens[k].text in OPENING:
            k = _quoted_run(tokens, k, last)
        elif k < last and tokens[k].text.lower() in ("имени", "им"):
            k += 1
            while k < last and (tokens[k].text[:1].isupper() or _initial_stop(tokens, k, last)) and _same_line(analysis, k):
                k += 1
        else:
            while k < min(last, i + 6) and tokens[k].case == "Gen" and tokens[k].pos in ("NOUN", "ADJ", "PROPN") and _same_line(analysis, k):
                if span := next(iter(_spans_at(analysis, tokens[k].start)), None):
                    # a name in the genitive is one unit, whatever case the tagger gave its
                    # other words («в акимате Павлодарской области»: «области» read Loc)
                    k = max(k, span.last) if span.last <= last else k + 1
                else:
                    k += 1
        numbered = k + 1 < last and tokens[k].text == "№" and tokens[k + 1].text[:1].isdigit()
        if numbered:  # «на избирательном участке № 45», «в школе-лицее № 8»
            k += 2
        sized = k + 2 < last and tokens[k].text.lower() == "на" and tokens[k + 1].text[:1].isdigit() and tokens[k + 2].lemma in CAPACITY
        if sized:  # «школа на 1200 мест»: a new building is named by its size
            k += 3
        if not placed and not (
            noun.case in ("Acc", "Gen") and _visited_before(tokens, first, j)  # «посетил школу», «посещения ТОО»
            or noun.case == "Nom" and k < last and tokens[k].lemma in OPENING_VERBS  # «школа … открылась»
            or noun.case == "Nom" and _opened_before(tokens, first, j)  # «открылась новая школа»
        ):
            continue
        # named: a capital, an adjective of its level, quotes, a number, or the institution it
        # belongs to («в актовом зале акимата», «в конференц-зале университета»)
        named = numbered or sized or any(t.text[:1].isupper() or t.lemma in LEVELS for t in tokens[j : i + 1]) or any(
            t.text[:1].isupper() or t.text in OPENING or _gathering_noun(t) for t in tokens[i + 1 : k]
        )
        # «в центре Москвы» is downtown, not a building
        downtown = lemma == "центр" and k > i + 1 and _place_at(analysis, tokens[i + 1].start)
        if not named or downtown:
            continue
        rest = analysis.text[tokens[i + 1].start : tokens[k - 1].stop] if k > i + 1 else ""
        rest = re.sub(r'^"([^"]+)"$', r"«\1»", rest)
        return f"{nominative_phrase(tokens[j : i + 1])} {rest}".strip()
    return None


# A place named as what was visited or opened, not by «в»/«на»: «посетил областную детскую
# больницу», «визит начался с посещения завода …», «открылась новая гимназия №42», «Дворец спорта открыт».
VISITING = frozenset("посетить посещать осмотреть осматривать открыть открывать открыться открываться посещение открытие".split())
OPENING_VERBS = frozenset("открыть открыться открываться".split())
CAPACITY = frozenset("место ученик учащийся человек койка посещение".split())


def _visited_before(tokens, first: int, at: int, reach: int = 3) -> bool:
    """A word of visiting or opening stands in the few words before token `at`."""
    return any(t.lemma in VISITING for t in tokens[max(first, at - reach) : at] if t.pos in ("VERB", "NOUN"))


def _opened_before(tokens, first: int, at: int) -> bool:
    """The verb of opening stands right before the noun phrase at `at` («открылась новая школа»)."""
    return at > first and tokens[at - 1].lemma in OPENING_VERBS and tokens[at - 1].pos == "VERB"


def kazakh_venue(analysis: Analysis, first: int, last: int, kazakh: Stretches = Stretches()) -> str | None:
    """The first place the tokens [first, last) put something in with a Kazakh locative (or the
    dative before «жиналды», gathered) on a noun for a place people gather in, with the words
    before it that name it, the ending taken off: «"Amanat" партиясы ғимаратында» → «"Amanat" партиясы ғимараты», «М.Құсайынов
    атындағы … лицей-интернатында» → «… лицей-интернаты». Eight words at most, from the
    clause's start, after a time word, an instrumental or another place's locative."""
    tokens = analysis.tokens
    for i in range(first, last):
        word = tokens[i].text.lower()
        at = KAZAKH_AT.search(word)
        if at is None and i + 1 < last and tokens[i + 1].text.lower().startswith("жинал"):
            at = KAZAKH_DATIVE_END.search(word)  # «… үйінің алаңына жиналды»: where people gathered
        if at is None or not kazakh.holds(tokens[i].start, tokens[i].stop):
            continue
        grounds = word.startswith(KAZAKH_GROUNDS) and i > first and tokens[i - 1].text.lower().startswith(KAZAKH_GATHERING)
        if not (word.startswith(KAZAKH_GATHERING) or grounds):
            continue
        if word.startswith("орталығ") and i > first and REGION_GENITIVE.search(tokens[i - 1].text.lower()):
            continue
        if KAZAKH_PLURAL.search(word[: at.start()]):
            continue  # «Түрлі алаңдарда»: several places, as the Russian plural is («на площадках»)
        j, words = i, 0
        named_after = False  # «X атындағы …»: a person's name inside a venue's name
        while j > first and words < 9:
            before = tokens[j - 1]
            text = before.text
            named_after = named_after or text.lower() == "атындағы"
            if text in CLAUSE_MARKS or text == "." and not (j > first + 1 and len(tokens[j - 2].text) == 1):
                break
            if "\n" in analysis.text[before.stop : tokens[j].start]:
                break
            lower = text.lower()
            if text[:1].isalpha():
                if KAZAKH_BEFORE_PHRASE.search(lower) or TITLE_WORDS.search(lower):
                    break  # … a person's title ends what names the place («… министрі Нұржан Нұржігітов Astana Hub алаңында»)
                if not named_after and is_given_name(text) and j < i and tokens[j].text[:1].isupper():
                    # a person named before the place, not after whom it is named: the surname
                    # after the given name goes with it
                    j += 1 if SURNAME.search(tokens[j].text) else 0
                    break
                if KAZAKH_DATIVE_END.search(lower) and tokens[j].text.lower() != "арналған":
                    break
                if lexicon().kazakh_entries(text):
                    break
                words += 1
            j -= 1
        # named: a capital, quotes, a number, or the institution it belongs to («әкімдігінің
        # мәжіліс залында»)
        if not any(t.text[:1].isupper() or t.text in OPENING or t.text[:1].isdigit() or t.text == "№"
                   or t.text.lower().startswith(KAZAKH_GATHERING) for t in tokens[j:i]):  # fmt: skip
            continue
        # on the grounds of a venue, the venue: «кешені аумағында» → «кешені»
        head = "" if grounds else tokens[i].text[: at.start()]
        name = (analysis.text[tokens[j].start : tokens[i].start] + head).strip()
        closes = i + 1 < last and tokens[i + 1].text in CLOSING and name.count("«") > name.count("»")
        return name + "»" if closes else name
    return None


# A chamber of parliament is where its sessions sit: «в Мажилисе», «Сенатта» (in it), «заседание
# мажилиса», «Мәжілістің жалпы отырысы» (its session), written in either case.
CHAMBER = r"(мажилис|мәжіліс|сенат|парламент)"
CHAMBER_SAT = re.compile(
    r"(?<!\w)(?:(?:в|во)\s+" + CHAMBER + r"[еа](?!\w)"
    + r"|(?:заседани\w*|кулуарах)\s+(?:палат\w+\s+)?" + CHAMBER + r"а(?!\w)"  # «в кулуарах Мажилиса»
    + r"|" + CHAMBER + r"(?:те|та)(?!\w)"
    + r"|" + CHAMBER + r"(?:тің|тың|дің|дың)?\s+(?:жалпы\s+|бірлескен\s+|пленарлық\s+)?отырыс)",
    re.IGNORECASE,
)
CHAMBER_NAMES = {"мажилис": "Мажилис", "мәжіліс": "Мәжіліс", "сенат": "Сенат", "парламент": "Парламент"}


# The government's press centre, where ministers and akims give briefings: «в Службе
# центральных коммуникаций», «в СЦК», «Орталық коммуникациялар қызметінде», «ОКҚ-да».
PRESS_CENTRE = re.compile(
    r"(?<!\w)(?:(?P<ru>(?:в\s+Службе|на\s+площадке\s+Службы)\s+центральных\s+коммуникаций|(?:в|на\s+площадке)\s+СЦК)"
    r"|(?P<kk>Орталық\s+коммуникациялар\s+қызмет(?:інде(?:гі)?|і\s+алаңында)|ОКҚ-да(?:ғы)?))(?!\w)"
)


def press_centre_named(text: str, quoted: Stretches) -> str | None:
    """The government's press centre, wherever the article names it outside quoted speech:
    a briefing's place is often said only beside a speaker's words («…, — деді аким Орталық
    коммуникациялар қызметінде»)."""
    for centre in PRESS_CENTRE.finditer(text):
        if not quoted.holds(centre.start(), centre.end()):
            return "Служба центральных коммуникаций" if centre["ru"] else "Орталық коммуникациялар қызметі"
    return None


def seat_venue(analysis: Analysis, sentence: Sentence) -> str | None:
    """The chamber of parliament the sentence puts its session or briefing in, or the
    government's press centre its briefing."""
    text = analysis.text
    if centre := PRESS_CENTRE.search(text, sentence.start, sentence.stop):
        return "Служба центральных коммуникаций" if centre["ru"] else "Орталық коммуникациялар қызметі"
    found = CHAMBER_SAT.search(text, sentence.start, sentence.stop)
    if found is None:
        return None
    word = next(g for g in found.groups() if g)
    return CHAMBER_NAMES[word.lower()]


def venue_in(analysis: Analysis, sentence: Sentence, kazakh: Stretches) -> str | None:
    """The venue a sentence puts something in, by the words around a noun for a place people
    gather in (a name the NER did not tag as an organisation), in either language."""
    if kazakh.overlaps(sentence.start, sentence.stop):
        found = kazakh_venue(analysis, sentence.first, sentence.last, kazakh)
        if found or kazakh.holds(sentence.start, sentence.stop):
            return found
    return russian_venue(analysis, sentence.first, sentence.last, kazakh)
