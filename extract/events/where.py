"""Where the reported event was: its venue (a building, a site, an organisation's hall) and its
town, from the event's sentence, the dateline («АСТАНА. КАЗИНФОРМ –») or the lead.

A town counts where the text puts something in it: after «в»/«во» in Russian, with a
locative ending in Kazakh («Алматыда», «Қарағанды қаласында»); a country does not («в
Казахстане» is no venue), nor does a town in a list («в городах Астана, Алматы …»).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from ..kazakh import DATIVE_ENDING, LOCATIVE_ENDING
from ..mentions import inside
from ..models import Mention
from ..nlp import Analysis, Sentence
from ..places import CITIES, WORLD_CITIES, known_place
from ..stretches import ByOffset, Stretches
from .presence import body_start
from .venues import NOUN_BEFORE, venue_name, word_start

COUNTRIES = frozenset({"Казахстан", "Республика Казахстан", "РК", "Россия", "Қазақстан", "ҚР"})
IN_TOWN = re.compile(r"\b(?:в|во)\s+$", re.IGNORECASE)
# «в области Жетісу», «в городе Сатпаев»: the place's noun between «в» and a name that does not decline.
IN_PLACE_NOUN = re.compile(r"\b(?:в|во)\s+(?:области|городе|районе|селе|поселке|посёлке|ауле|округе)\s+$", re.IGNORECASE)
# «в»/«на» and at most four words, no clause's end among them, before a genitive place.
IN_PLACE_PHRASE = re.compile(r"\b(?:в|во|на)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# People of a place: a meeting «с жителями Астаны», «с активом города Алматы» is held there.
PEOPLE_OF = re.compile(
    r"\b(?:жител|актив|общественност|горожан|населени|тұрғын|жұртшылы)\w*\s+(?:(?:города|области|района)\s+)?$",
    re.IGNORECASE,
)
# Kazakh puts the place first, in the genitive: «Алға ауданының тұрғындарымен кездесті».
KAZAKH_PEOPLE_OF = re.compile(
    r"(?:\s+(?:ауданы|облысы|қаласы|ауылы|кенті)\w*)?\s+(?:тұрғын|жұртшылы|халқ|актив)\w*", re.IGNORECASE
)
VISITED_BEFORE = re.compile(r"\b(?:посетил[аи]?|посещени[ея]|визит\w*\s+в|прибыл[аи]?\s+в|приехал[аи]?\s+в)\s+$", re.IGNORECASE)
KAZAKH_DATIVE = re.compile(f"(?:{DATIVE_ENDING}|на|не)$", re.IGNORECASE)
TRAVEL = re.compile(r"(?<!\w)(?:сапар|келді|барды|аттанды|келген|барған)", re.IGNORECASE)
# A meeting with the people of an organisation is held at it: «встретился со студентами
# университета …», «… университетінің студенттерімен кездесті».
MEMBERS_OF = re.compile(
    # after «с», before the body: the group met, a list of groups too («с профессорско-
    # преподавательским составом и студентами университета …»)
    r"\b(?:с|со)\s+(?:[\w-]+\s+){0,5}?(?:студентами|преподавателями|коллективом|сотрудниками|работниками|учащимися"
    r"|школьниками|рабочими|горняками|педагогами|воспитанниками|составом)\s+$",
    re.IGNORECASE,
)
KAZAKH_MEMBERS_OF = re.compile(
    r"\s*(?:студент|оқытушы|ұжым|қызметкер|еңбеккер|жұмысшы|мұғалім|ұстаз|оқушы|тәрбиеленуші|кеншілер)\w*мен(?!\w)",
    re.IGNORECASE,
)
# A quoted firm and its legal form before its people: «Қазақстан мұнай жабдықтары зауыты» ЖШС-ның
# еңбеккерлерімен (with the workers of the LLP …), the form being what says it is a firm.
_FIRM = (
    r"«(?P<name>[^«»\n]{2,80})»\s+(?P<form>ЖШС|АҚ|КеАҚ|ЖК|РМК|МКҚК|ШЖҚ\s+РМК"
    r"|жауапкершілігі\s+шектеулі\s+серіктестіг|акционерлік\s+қоғам)"
)
KAZAKH_FIRM_MEMBERS = re.compile(_FIRM + r"(?:-?[а-яәғқңөұүһі]+)?" + KAZAKH_MEMBERS_OF.pattern, re.IGNORECASE)
# … or the firm in the locative: «"Ақтөбе құбыр зауыты" жауапкершілігі шектеулі серіктестігінде
# … кездесу ұйымдастырылды» (a meeting was held at the LLP).
KAZAKH_FIRM_AT = re.compile(_FIRM + r"(?:-?[а-яәғқңөұүһі]*" + LOCATIVE_ENDING + r")(?!\w)", re.IGNORECASE)
# The legal forms written out, by their abbreviation.
FIRM_FORMS = {"жауапкершілігі шектеулі серіктестіг": "ЖШС", "акционерлік қоғам": "АҚ"}
PLACE_NOUNS_GEN = frozenset({"города", "области", "района", "села", "поселка", "посёлка", "аула", "округа", "региона"})
# «в», «во», «на» before the venue's noun, with at most two adjectives between («в
# мультимедийном пресс-центре Sputnik»).
AT_VENUE = re.compile(r"\b(?:в|во|на)\s+(?:[а-яё]+(?:ом|ем|ой|ей|ых|их)\s+){0,2}$", re.IGNORECASE)
# The Kazakh locative, on the name or on its noun: «Алматыда», «Ақтөбе қаласында», «облысындағы».
KAZAKH_LOCATIVE = re.compile(f"(?:{LOCATIVE_ENDING}|нда|нде)(?:ғы|гі)?$", re.IGNORECASE)
KAZAKH_PLACE_NOUN = re.compile(r"\s+(?:қаласы|облысы|ауданы|ауылы|кенті)\w*", re.IGNORECASE)
LIST_BEFORE = re.compile(r"(?:городах|областях|регионах|филиал\w*|қалаларында|облыстарында)[^.]*$", re.IGNORECASE)
# A dateline: a line of the body's first few opens with the town in capitals, then a stop, a
# comma or a dash («АСТАНА. KAZINFORM –», «ОРАЛ, 12 марта»).
DATELINE = re.compile(r"^\s*(?P<town>[А-ЯЁӘҒҚҢӨҰҮҺІ][А-ЯЁӘҒҚҢӨҰҮҺІ-]{2,})(?:\s*[.,]|\s+[–—-])", re.MULTILINE)
# An agency's dateline in ordinary case: the town, a comma and the day («Москва, 6 марта — ИА
# Регнум.», «Алматы, 12 ақпан»).
DATELINE_DAY = re.compile(
    r"^\s*(?P<town>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+(?:[ -][А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+)?),\s+\d{1,2}\s+"
    r"(?i:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|қаң|ақп|нау|сәу|мам|мау|шіл|там|қыр|қаз|қар|жел)",
    re.MULTILINE,
)
DATELINE_REACH = 400  # characters into the body: a headline and a menu line may come first


# The capital put in by a word for it: «в столице», «в столичном …», «елордада»; a town of the
# country the article names most.
CAPITAL_WORD = re.compile(r"(?<!\w)(?:(?:в|во)\s+(?:столице|столичном|столичной)|елорда(?:мыз)?да(?:ғы)?)(?!\w)", re.I)
CAPITALS = {"Казахстан": "Астана", "Россия": "Москва", "Кыргызстан": "Бишкек", "Узбекистан": "Ташкент",
            "Таджикистан": "Душанбе", "Беларусь": "Минск", "Азербайджан": "Баку", "Туркменистан": "Ашхабад"}  # fmt: skip


def is_town(name: str) -> bool:
    return known_place(name, kazakh=True) in CITIES


def _with_noun(text: str, m: Mention) -> str:
    """A Kazakh place name with the place noun after it, where the case ending is
    («Ақтөбе қаласында», «Жамбыл облысына»)."""
    noun = KAZAKH_PLACE_NOUN.match(text, m.stop)
    return text[m.start : noun.end() if noun else m.stop]


def _gone_to(analysis: Analysis, m: Mention, kazakh: Sequence[tuple[int, int]]) -> bool:
    """A visit's destination: the object of «посетил» right after it («посетили Костанайскую
    область»), or a Kazakh dative in a sentence of travel («Жамбыл облысына жұмыс сапарымен
    келді»)."""
    text = analysis.text
    if inside(m.start, m.stop, kazakh):
        sentence = analysis.sentence_at(m.start)
        return bool(KAZAKH_DATIVE.search(_with_noun(text, m))) and bool(TRAVEL.search(text, sentence.start, sentence.stop))
    return bool(VISITED_BEFORE.search(text, max(0, m.start - 30), m.start))


def _put_in(analysis: Analysis, m: Mention, kazakh: Sequence[tuple[int, int]]) -> bool:
    """The text puts something in the place `m` names: right after «в»/«во», or in the
    genitive at the end of a place phrase that «в»/«на» opens («в комьюнити-центре Ауэзовского
    района Алматы», «на территории Карагандинской области»); in Kazakh, with a locative."""
    text = analysis.text
    if inside(m.start, m.stop, kazakh):
        return bool(KAZAKH_LOCATIVE.search(_with_noun(text, m)))
    if IN_TOWN.search(text[max(0, m.start - 4) : m.start]) or IN_PLACE_NOUN.search(text, max(0, m.start - 16), m.start):
        return True
    tokens = analysis.tokens_in(m.start, m.stop)
    if not tokens or not IN_PLACE_PHRASE.search(text, max(0, m.start - 70), m.start):
        return False
    # a name after «города», «области» shares its case whatever the tagger read of the name
    # («в ТРЦ … города Усть-Каменогорска», read nominative)
    first, _ = analysis.token_range(m.start, m.stop)
    noun = analysis.tokens[first - 1] if first > 0 else None
    return tokens[0].case == "Gen" or noun is not None and noun.case == "Gen" and noun.text.lower() in PLACE_NOUNS_GEN


def _towns(analysis: Analysis, mentions: Sequence[Mention], kazakh, start: int, stop: int, quoted: Stretches) -> list[Mention]:
    text = analysis.text
    found = []
    for m in mentions:
        if m.type != "LOC" or not start <= m.start < stop or m.normal in COUNTRIES or known_place(m.normal, True) in COUNTRIES:
            continue
        if inside(m.start, m.stop, quoted):
            continue  # the places a speaker talks of («… Қарағанды, Қызылорда өңірлерінде кездесу өткізді»)
        if (_put_in(analysis, m, kazakh) or _gone_to(analysis, m, kazakh)) and not LIST_BEFORE.search(text[analysis.sentence_at(m.start).start : m.start]):
            found.append(m)
    return found


def _towns_first(places: list[Mention], text: str) -> list[Mention]:
    """A town before a region, else in order."""
    return sorted(places, key=lambda m: not _a_town(m, text))


# The town with no name, which the text has named before: «в городе» (not «в городе Актау»), «в этом городе».
IN_THE_TOWN = re.compile(r"(?<!\w)[Вв]\s+(?:этом\s+|том\s+же\s+)?городе(?!\w)(?!\s+[А-ЯЁ«\"])")
CALLED_TOWN_AFTER = re.compile(r"\s+(?:қала|ауыл)(?:сы|ы|сын|ын|сында|ында|сындағы|ындағы|сына|ына|сынан|ынан|сының|ының)(?!\w)", re.IGNORECASE)
CALLED_TOWN_BEFORE = re.compile(r"(?:\bгород[аеу]?|\bг\.|\bсел[оеау]|\bпос[её]л(?:ок|ке|ка)|\bаул[еа]?)\s*$", re.IGNORECASE)


def _a_town(m: Mention, text: str) -> bool:
    """A town of the gazetteer, or one the text calls a town or a village («Сәтбаев
    қаласындағы», «города Сатпаев», «в селе Узынагаш», «Краснояр ауылында»): a region named
    with it is where the town is, not where the event was."""
    return is_town(m.normal) or bool(CALLED_TOWN_AFTER.match(text, m.stop)) or bool(
        CALLED_TOWN_BEFORE.search(text, max(0, m.start - 8), m.start)
    )


def dateline_town(text: str) -> str | None:
    """The town of a dateline («АСТАНА. КАЗИНФОРМ –», «ОРАЛ.», «Москва, 6 марта —»), in the
    gazetteer's name.

    >>> dateline_town(" date 2026-02-10\\nАСТАНА. КАЗИНФОРМ – Встреча прошла …")
    'Астана'
    """
    start = body_start(text)
    for pattern in (DATELINE, DATELINE_DAY):
        for match in pattern.finditer(text, start, start + DATELINE_REACH):
            town = known_place(match["town"].capitalize(), kazakh=True)
            if town in CITIES or town in WORLD_CITIES:
                return town
    return None


LEAD_WORDS = 6  # a sentence of fewer words is a headline, a menu line, a date or a caption


def lead(analysis: Analysis, count: int = 3) -> tuple[int, int]:
    """The body up to the end of its `count`-th sentence of LEAD_WORDS words or more: the
    headline and the lines above the lead («Жаңалықтар», «21 Ақпан 2026») come with it
    without counting."""
    start = body_start(analysis.text)
    stop, found = start, 0
    for s in analysis.sentences:
        if s.stop <= start:
            continue
        stop = s.stop
        found += s.last - s.first >= LEAD_WORDS
        if found == count:
            break
    return start, stop


def town_name(m: Mention) -> str:
    return known_place(m.normal, kazakh=True) or m.normal


def event_town(
    analysis: Analysis,
    sentence: Sentence,
    mentions: Sequence[Mention],
    kazakh: Sequence[tuple[int, int]],
    event_sentences: Sequence[Sentence] = (),
    quoted: Stretches | None = None,
) -> str | None:
    """The town of the event: the first town its sentence, the lead or another sentence speaking
    of such an event («В рамках поездки в Алматы спикер … встретился с коллективом») puts
    something in, else the first region they do, else the dateline's town, else the place whose
    people it met («с жителями Астаны»). A town inside someone's direct speech (`quoted`) is one
    they speak of."""
    places = [(sentence.start, sentence.stop), lead(analysis), *((s.start, s.stop) for s in event_sentences)]
    if IN_THE_TOWN.search(analysis.text, sentence.start, sentence.stop):
        # «в городе прошла церемония», «в этом городе»: the town named last before
        before = [m for m in mentions if m.type == "LOC" and m.stop <= sentence.start and _a_town(m, analysis.text)
                  and not inside(m.start, m.stop, quoted or Stretches(()))]  # fmt: skip
        if before:
            return town_name(before[-1])
    # the places put in anywhere, read once; each stretch then takes its own, towns first
    candidates = ByOffset(_towns(analysis, mentions, kazakh, 0, len(analysis.text), quoted or Stretches(())))
    found = [m for start, stop in places for m in _towns_first(candidates.starting(start, stop), analysis.text)]
    if found:
        # a town before a region it may be in («Ақтөбе облысында … Ақтөбе қаласындағы»)
        return town_name(next((m for m in found if _a_town(m, analysis.text)), found[0]))
    return (
        _capital(analysis, mentions, places)
        or _district_centre(analysis.text, places)
        or dateline_town(analysis.text)
        or _people_of(analysis, mentions, [(s.start, s.stop) for s in (sentence, *event_sentences)] + [lead(analysis)])
        or _first_town(analysis, mentions, quoted or Stretches(()))
    )


# «Байғанин ауданының орталығы Қарауылкелдіде»: a district's or region's centre, named in the
# locative after it; the town name the tagger often does not know.
DISTRICT_CENTRE = re.compile(
    r"(?:ауданының|облысының)\s+орталығы\s+(?P<town>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+?)(?:нда|нде|" + LOCATIVE_ENDING + r")(?!\w)"
)


def _district_centre(text: str, places: Sequence[tuple[int, int]]) -> str | None:
    """The town a stretch of `places` puts something in as a district's centre."""
    for start, stop in places:
        if found := DISTRICT_CENTRE.search(text, start, stop):
            return found["town"]
    return None


def _first_town(analysis: Analysis, mentions: Sequence[Mention], quoted: Stretches) -> str | None:
    """The first town the body names outside speech, when nothing else places the event: a
    local report names its town in passing («аким города Шымкента», «молодёжь Алматы») more
    often than it says the meeting was there (real-news dev: 4 places more, none made up)."""
    opens = body_start(analysis.text)
    text = analysis.text
    towns = [m for m in mentions if m.type == "LOC" and m.start >= opens and is_town(m.normal)]
    for before, m, after in zip([None, *towns], towns, [*towns[1:], None]):
        # not one of a list («в городах Астана, Алматы и Шымкент»): several places, several events
        listed = any(a and b and TOWN_LIST_GAP.fullmatch(text, a.stop, b.start) for a, b in ((before, m), (m, after)))
        if not listed and not inside(m.start, m.stop, quoted) and not OF_A_BODY.match(text, m.stop):
            return town_name(m)
    return None


# «Қызылорда облыстық филиалының төрағасы»: the town names a body's branch, not where anything was.
OF_A_BODY = re.compile(r"\s+(?:облыстық|қалалық|аудандық)(?!\w)", re.IGNORECASE)
TOWN_LIST_GAP = re.compile(r"\s*(?:,|и|және|мен|пен|бен)\s*", re.IGNORECASE)


def _capital(analysis: Analysis, mentions: Sequence[Mention], stretches: Sequence[tuple[int, int]]) -> str | None:
    """The capital a stretch puts something in («Бүгін елордада …», «в столичном Дворце
    школьников»), of the country the article names most; the Kazakh «елорда» with no country
    named is Kazakhstan's."""
    words = [w for start, stop in stretches for w in CAPITAL_WORD.findall(analysis.text, start, stop)]
    if not words:
        return None
    named = Counter(known_place(m.normal, kazakh=True) for m in mentions if m.type == "LOC")
    country = max((c for c in named if c in CAPITALS), key=named.__getitem__, default=None)
    if country is None and any(w.lower().startswith("елорда") for w in words):
        country = "Казахстан"  # the Kazakh word, in a text naming no country: the press's own
    return CAPITALS[country] if country else None


def _people_of(analysis: Analysis, mentions: Sequence[Mention], stretches: Sequence[tuple[int, int]]) -> str | None:
    """The place whose people the event met («встреча с жителями Астаны», «Алға ауданының
    тұрғындарымен кездесті»), in the event's sentences, then the lead («Ақтөбе тұрғындары …
    алаңына жиналды»)."""
    places = ByOffset(m for m in mentions if m.type == "LOC")
    for start, stop in stretches:
        for m in places.starting(start, stop):
            if m.normal not in COUNTRIES:
                if PEOPLE_OF.search(analysis.text, max(0, m.start - 40), m.start) or KAZAKH_PEOPLE_OF.match(analysis.text, m.stop):
                    return town_name(m)
    return None


def venue_candidates(mentions: Sequence[Mention], facilities: Sequence[Mention]) -> ByOffset[Mention]:
    """The organisations and facilities an event may be at, indexed once for every sentence
    `event_venue` asks about."""
    return ByOffset(m for m in (*mentions, *facilities) if m.type in ("ORG", "FAC"))


def _named_venues(analysis: Analysis, sentence: Sentence, candidates: ByOffset[Mention]) -> Iterator[tuple[Mention, str, int]]:
    """(mention, venue name, where the phrase naming it opens) of each organisation or facility
    of the sentence that names a venue, its noun before it when it has one."""
    text = analysis.text
    for m in candidates.starting(sentence.start, sentence.stop):
        name = venue_name(text, m)
        if name is not None:
            noun = NOUN_BEFORE.search(text, max(0, m.start - 30), m.start)
            yield m, name, word_start(text, noun.start() if noun else m.start)


def event_venue(analysis: Analysis, sentence: Sentence, candidates: ByOffset[Mention], kazakh: Stretches) -> str | None:
    """The venue the event's sentence puts it in («на шахте «Анненская»», «в областной
    библиотеке имени Абая», «Өнер орталығында»): an organisation or a facility named by a venue
    noun, after «в»/«во»/«на» or with a Kazakh locative. A venue the sentence names otherwise
    («ознакомился с работой библиотеки») was visited, not met in."""
    text = analysis.text
    for m, name, opening in _named_venues(analysis, sentence, candidates):
        if kazakh.holds(m.start, m.stop):
            if KAZAKH_LOCATIVE.search(_with_noun(text, m)):
                return name
        elif AT_VENUE.search(text, max(0, opening - 40), opening):
            return name
    return None


def organisation_venue(analysis: Analysis, sentence: Sentence, candidates: ByOffset[Mention], kazakh: Stretches) -> str | None:
    """An organisation the event's sentence puts it in by «в», named by no venue noun («В
    Министерстве просвещения состоялось совещание»): the meeting was on its premises. Not in
    Kazakh: a locative read off a name's last word also ends words that are no case («Олимпиада»),
    and on the real-news halves it found three venues on train and gave one on dev that the
    text does not state."""
    text = analysis.text
    end = len(text.rstrip())
    for m in candidates.starting(sentence.start, sentence.stop):
        cut = m.stop >= end  # an excerpt that ends inside the name
        if m.type == "ORG" and not cut and not kazakh.holds(m.start, m.stop) and IN_TOWN.search(text, max(0, m.start - 4), m.start):
            return m.normal
    return None


def members_venue(analysis: Analysis, sentence: Sentence, candidates: ByOffset[Mention], kazakh: Stretches) -> str | None:
    """The organisation whose people the event's sentence met («со студентами университета …»,
    «… филармония ұжымымен кездесті»): where it was, when no venue is named otherwise
    («Өнер орталығында … филармония ұжымымен кездесті» was at the arts centre)."""
    text = analysis.text
    for m, name, opening in _named_venues(analysis, sentence, candidates):
        if kazakh.holds(m.start, m.stop):
            if KAZAKH_MEMBERS_OF.match(text, m.stop):
                return name
        elif MEMBERS_OF.search(text, max(0, opening - 90), opening):
            return name
    if kazakh.holds(sentence.start, sentence.stop) and (
        firm := KAZAKH_FIRM_MEMBERS.search(text, sentence.start, sentence.stop)
        or KAZAKH_FIRM_AT.search(text, sentence.start, sentence.stop)
    ):  # a firm the tagger does not read as an organisation
        form = " ".join(firm["form"].lower().split())
        return f"«{firm['name']}» {FIRM_FORMS.get(form, firm['form'])}"
    return None
