"""Roles: the positions written before a person's name («депутат Мажилиса Аманжол Алтай»),
and the role-only phrases («спикер Сената», «вице-премьер») that stand for a person.

Russian news puts titles in apposition before the name and chains several with commas,
dashes and «и» («заместитель премьер-министра – министр культуры и информации, член
коалиции … Аида Балаева»); we read the chain right to left from the name. What a title is
word by word lives in `titles.py`; titles a verb gives («был назначен министром») in
`predicates.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .anaphora import Subjects
from .marks import quoted_speech
from .epithets import epithets
from .geonames import inhabitant
from .mentions import inside, namesake
from .models import Mention, Role
from .names import fold
from .nlp import Analysis, Token, name_cases, noun_cases
from .predicates import POSTS, PRONOUNS, Predicated, plural_title, titles_fronted, titles_of_clauses, titles_predicated, untimed
from .russian import ASIDE_DESCRIPTIONS, KINSHIP, NOT_TITLES, PLACE_KINDS
from .spans import INDECLINABLE
from .stretches import ByOffset, Stretches, rstripped
from .titles import is_head, title_like, title_text, without_partner

SEPARATORS = frozenset({",", "–", "—", "-", ":", ";", "(", ")"})

# Role-only phrases and the titles they stand for. «Президент» alone, capitalised, is the
# head of state in Kazakh news, not the president of some association named in the text.
ROLE_SYNONYMS = {
    "вице-премьер": ("заместитель премьер-министра", "вице-премьер"),
    "спикер сената": ("председатель сената", "спикер сената"),
    "председатель сената": ("председатель сената", "спикер сената"),
    "спикер мажилиса": ("председатель мажилиса", "спикер мажилиса"),
    "председатель мажилиса": ("председатель мажилиса", "спикер мажилиса"),
    "глава государства": ("президент страны", "президент республики", "президент казахстана", "мемлекет басшысы"),
    "президент": ("президент страны", "президент республики", "президент казахстана", "мемлекет басшысы"),
    "мемлекет басшысы": ("мемлекет басшысы", "президент", "глава государства"),
    # the head of a region or a town is its akim («глава региона» = «аким Карагандинской области»)
    "аким области": ("аким",), "аким города": ("аким",), "аким района": ("аким",), "аким региона": ("аким",),
    "глава региона": ("аким",), "глава области": ("аким",), "глава города": ("аким",), "глава района": ("аким",),
}  # fmt: skip


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(word[:6] for word in fold(phrase).split()[:2])


SYNONYM_STEMS = {_stems(k): tuple(_stems(v) for v in vs) for k, vs in ROLE_SYNONYMS.items()}
ROLE_PHRASE = re.compile(
    r"(вице-премьер\w*|(?:спикер|председател)\w*\s+(?:Сената|Мажилиса)"
    r"|[Гг]лав\w*\s+государства|Президент\w*"
    r"|(?:[Аа]ким\w*|[Гг]лав\w*)\s+(?:области|города|района|региона))"
)


class Name(NamedTuple):
    """A person's name as a title beside it must agree with: its first word, and the cases it
    may stand in. Those are the tagger's, unless the dictionary says the name cannot stand in
    that case; then the dictionary's (NEREL dev: the tagger read «режиссера Мария Шукшина»
    genitive, «премьер-министра земли Гессен Фолькера Буфье» nominative)."""

    first: Token
    cases: frozenset[str]


def name_of(analysis: Analysis, person: Mention) -> Name | None:
    tokens = analysis.tokens_in(person.start, person.stop)
    if not tokens:
        return None
    tagged = tokens[0].case
    known = name_cases(tuple(t.text for t in tokens))
    if known and tagged not in known:
        return Name(tokens[0], known)
    # a name whose last word is inflected says its case there, where the first word may not
    # decline («маршала Е Цзяньина», «Е» read nominative, NEREL dev)
    last = tokens[-1]
    inflected = last.case and last.text.lower().replace("ё", "е") != last.lemma.replace("ё", "е")
    cases = {tagged, last.case} if inflected else {tagged}
    return Name(tokens[0], frozenset(c for c in cases if c))


def agrees(head: Token, name: Name | None) -> bool:
    """A title in apposition shares its name's case («президента … Иванку Трамп» does not).
    For the tagger's case, genitive and accusative count as one, except for a feminine
    accusative name: they share a form in animate masculine nouns and the tagger often gives
    the title one and the name the other («певца Ар Келли обвиняют»)."""
    if name is None or head.case is None or not name.cases:
        return True
    if head.case in name.cases:
        return True
    if not _possible(head) or name.cases != {name.first.case}:
        # the dictionary's cases where the tagger's case cannot be the title's form's («ныне
        # госсоветника Татарстана Минтимера Шаймиева» read nominative) or the name's: the
        # tagger, wrong on the name, is often wrong on its title too («проповедник-евангелист
        # Герольд Кемпинг» both read dative)
        return bool(noun_cases(head.text) & name.cases)
    case = next(iter(name.cases))
    feminine_accusative = name.first.text.endswith(("у", "ю"))  # «Иванку», «Марию»: not a genitive
    if {head.case, case} == {"Gen", "Acc"}:
        return not feminine_accusative
    # a foreign name that does not decline has no case of its own, and the tagger's is a
    # guess («Кронпринц Нарухито» read genitive); only after a nominative title, since a
    # genitive one before a nominative name is often someone else's («подруга
    # премьер-министра Кэрри Симондс»)
    return head.case == "Nom" and name.first.text.lower().endswith(INDECLINABLE)


def _segments(tokens: Sequence[Token], text: str = "") -> list[list[Token]]:
    """Tokens split at commas, dashes, line breaks and at «и» that joins two titles."""
    segments: list[list[Token]] = [[]]
    quoted = False
    for i, token in enumerate(tokens):
        joins_titles = token.text == "и" and i + 1 < len(tokens) and (is_head(tokens[i + 1], plural=True) or _kin(tokens[i + 1 :]) is not None)
        new_line = i > 0 and "\n" in text[tokens[i - 1].stop : token.start]
        if new_line and segments[-1]:
            segments.append([])
            quoted = False
        if token.text in SEPARATORS and not quoted or joins_titles:
            segments.append([])
            continue
        segments[-1].append(token)
        if token.text in ("«", "»", '"'):
            closes = token.text == "»" or (token.text == '"' and quoted)
            quoted = not closes and any(t.text in ("»", '"') for t in tokens[i + 1 :])
            if closes and _title_follows(tokens, i + 1):
                segments.append([])  # «лидер "… — Патриотический фронт" действующий президент»
    return [s for s in segments if s]


def _title_follows(tokens: Sequence[Token], at: int) -> bool:
    """A title's head comes next, after adjectives and participles («действующий»)."""
    while at < len(tokens) and (tokens[at].pos == "ADJ" or tokens[at].pos == "VERB" and tokens[at].case):
        at += 1
    return at < len(tokens) and is_head(tokens[at])


# A plural title then a colon or a dash opens a list of names in the nominative, whatever the
# title's case («попали пять экс-президентов: Альберто Фухимори, Алехандро Толедо …»), and so
# do these words after the title and its comma («писатели и критики, среди которых — …»).
LIST_INTRODUCERS = frozenset({":", "—", "–"})
INTRODUCING_WORDS = ("среди которых", "среди них", "в том числе", "в частности", "например", "а именно")


def _introduces(segment: Sequence[Token]) -> bool:
    return " ".join(t.text.lower() for t in segment) in INTRODUCING_WORDS
GENITIVE_TAIL = frozenset({"NOUN", "ADJ", "PROPN", "CCONJ", "ADP"})


ACTING = re.compile(r"^(?:временно\s+)?(?:и\.\s*о\.|исполняющ\w*\s+обязанности|врио)\s*$", re.IGNORECASE)


def _acting(segment: Sequence[Token], text: str) -> int:
    """Where an acting title's genitive head starts when the segment opens with «и. о.»,
    «временно исполняющий обязанности» or «врио» (the name goes with those words, not with the
    genitive: «И. о. главы Администрации Советского района Уфы Рустем Рахматуллин»); else 0."""
    for i, t in enumerate(segment[:5]):
        if t.case == "Gen" and is_head(t) and ACTING.match(text[segment[0].start : t.start]):
            return i
    return 0


def _aside_apposition(segment: Sequence[Token], name: Name | None) -> bool:
    """A segment that describes the person without being a position, in the name's case
    («лауреат премии Grammy», «уроженец города Орска»): the titles before it are still theirs."""
    first = next((t for t in segment if t.pos != "ADJ"), None)
    if first is None or first.pos != "NOUN" or first.lemma.replace("ё", "е") not in ASIDE_DESCRIPTIONS:
        return False
    return agrees(first, name)  # «…, полному кавалеру ордена «За заслуги перед Отечеством» Александру Ширвиндту»


def _modifier(token: Token, head: Token) -> bool:
    """An adjective, or a participle in the head's case, before a title's head («действующий
    президент»; not «закон, позволяющий | императору Акихито»)."""
    return token.pos == "ADJ" or (token.pos == "VERB" and token.case is not None and token.case == head.case)


def _unaged(part: list[Token], names: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """The title without the age that ends it before the name: «президент | 89-летний», and
    without a nominative name after its genitives, which is the person's, cut off the name
    by the tagger: «Экс-председатель Верховного народного собрания КНДР | Хван Чжан Еп»."""
    while len(part) > 1 and part[-1].pos == "ADJ" and "летн" in part[-1].text:
        part = part[:-1]
    while len(part) > 2 and _cut_name(part[-2], part[-1], names):
        part = part[:-1]
    return part


def _cut_name(before: Token, word: Token, names: Sequence[tuple[int, int]]) -> bool:
    """A nominative capitalised word after a genitive name, outside that name's span: a piece
    of the person's name («КНДР Хван»), not of the body's («РИА Новости», «Ассошиэйтед
    Пресс»), nor a name after the noun it names («футбольного клуба Челси»). `names`: the
    spans the NER found."""
    if word.pos != "PROPN" or word.case != "Nom" or before.case != "Gen" or before.pos != "PROPN":
        return False
    return before.lemma.lower() not in PLACE_KINDS and not inside(before.start, word.stop, names)


def _posted(segment: Sequence[Token], head: int) -> bool:
    """The title is a post's genitive, which a name after it holds in any case: «при
    вступлении в должность министра финансов земли Гессен Томас Шефер» (NEREL dev)."""
    return head > 0 and segment[head - 1].lemma in POSTS


def _kin(tokens: Sequence[Token]) -> Token | None:
    """The kinship noun the words open with («супруга музыканта», «младшая дочь маршала»)."""
    first = next((t for t in tokens if t.pos != "ADJ"), None)
    kin = first is not None and first.pos == "NOUN" and first.lemma.replace("ё", "е") in KINSHIP
    return first if kin else None


def _described(noun: Token, name: Name | None) -> bool:
    """A noun after the name that describes the person without being a position, in the
    name's case: kinship, acquaintance, awards, origin («Ли Пэн, соратник Цзян Цзэминя,
    премьер …», «Кшиштоф Пендерецкий — великий поляк, выдающийся художник», NEREL dev); the
    titles after it are still the person's."""
    lemma = noun.lemma.replace("ё", "е")
    return noun.pos == "NOUN" and (lemma in NOT_TITLES or inhabitant(lemma)) and agrees(noun, name)


def _genitive_tail(tokens: Sequence[Token]) -> bool:
    """Only genitives after a head found inside a longer phrase, so the name is its own:
    «пресс-секретарю экс-президента США Билла Клинтона», but not «заместителем генпрокурора
    в администрации Джорджа Буша-младшего», where the name goes with «администрации»."""
    return all(t.case == "Gen" or _named_place(tokens, i) for i, t in enumerate(tokens))


def _named_place(tokens: Sequence[Token], at: int) -> bool:
    """A proper name in the nominative right after the genitive noun it names, as Russian
    writes them: «Республики Башкортостан», «земли Гессен»."""
    kind = tokens[at - 1] if at > 0 else None
    named = kind is not None and kind.case == "Gen" and kind.lemma.lower() in PLACE_KINDS
    return named and tokens[at].pos == "PROPN" and tokens[at].case == "Nom"


def _joined_tails(segments: list[list[Token]]) -> list[list[Token]]:
    """Segments with a comma-split genitive tail joined back to the title it ends: «пресс-
    секретарь Федеральной службы по надзору в сфере связи, информационных технологий и
    массовых коммуникаций» (NEREL dev) is one title, not a title and a headless segment."""
    joined: list[list[Token]] = []
    for segment in segments:
        tail = joined and segment[0].case == "Gen" and all(t.pos in GENITIVE_TAIL for t in segment)
        if tail and not any(is_head(t) for t in segment) and any(is_head(t) for t in joined[-1]):
            joined[-1] = joined[-1] + segment
        else:
            joined.append(segment)
    return joined


def titles_before(
    person: Mention,
    window: Sequence[Token],
    text: str,
    name: Name | None = None,
    plural: bool = False,
    names: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, str]]:
    """(start, stop, title) of each title in the chain that ends just before the name, each a
    noun phrase in the name's case (`name`: the name's first token). `plural`: the name opens
    a list of names, so a plural title is each one's («актёры Андрей Мерзликин и Алиса …»).
    `names`: the NER's spans, which keep a body's name whole in a title («РИА Новости»)."""
    found = []
    if window and "\n" in text[window[-1].stop : person.start]:
        return found  # a headline above the name
    introduced = plural and bool(window) and window[-1].text in LIST_INTRODUCERS
    for segment in reversed(_joined_tails(_segments(window, text))):
        segment = _continued(segment)
        heads = [i for i, t in enumerate(segment) if is_head(t, plural) and title_like(segment, i)]
        acting = _acting(segment, text)
        agreeing = [i for i in heads if introduced or acting or agrees(segment[i], name) or _posted(segment, i)]
        agreeing = [i for i in agreeing if i == heads[0] or _genitive_tail(segment[i + 1 :])]
        if not agreeing:
            kin = _kin(segment)
            if _aside_apposition(segment, name) or kin is not None and agrees(kin, name):
                continue  # «пианист — лауреат премии Grammy Даниил Трифонов»
            if plural and not found and _introduces(segment):
                introduced = True
                continue  # «писатели и критики, среди которых — Павел Басинский и Михаил Павлов»
            break
        introduced = False
        first = agreeing[0]  # «помощник министра Иванова»: Иванов is the minister
        while first > 0 and _modifier(segment[first - 1], segment[agreeing[0]]):
            first -= 1
        part = without_partner(_unaged(segment[acting or first :], names), max(0, agreeing[0] - (acting or first)))
        as_written = text[segment[0].start : part[-1].stop]
        title = as_written[:1].lower() + as_written[1:] if acting else title_text(part, text)
        first = 0 if acting else first
        found.append((segment[first].start, part[-1].stop, title))
        if first > 0:
            break  # words before the title: the chain starts here
    return found


# Words that join a later position to an earlier one in a chain: «внучка бывшего
# вице-президента Лукойла, а ныне члена Совета Федерации … Ралифа Сафина», «бывшего
# президента - ныне госсоветника Татарстана Минтимера Шаймиева» (NEREL dev).
CONTINUING = frozenset({"а", "ныне", "теперь", "сейчас", "впоследствии", "затем", "позже", "потом", "позднее"})


def _continued(segment: list[Token]) -> list[Token]:
    """The segment without the words that join it to the position before it."""
    at = 0
    while at < len(segment) - 1 and segment[at].text.lower() in CONTINUING:
        at += 1
    return segment[at:]


AFTER_NAME = frozenset({",", "–", "—"})
ENDS_TITLES_AFTER = frozenset({";", ":", "(", ")", ".", "!", "?", "«", "»", '"'})


def titles_after(
    person: Mention, tokens: Sequence[Token], text: str, people: ByOffset[Mention], name: Name | None
) -> list[tuple[int, int, str]]:
    """(start, stop, title) of titles written after the name: «Андрей Клишас, глава комитета
    Совета Федерации …», «Владимир Квачков — полковник ГРУ в отставке» (NEREL dev). Each
    comma-separated part must open with its head noun (adjectives allowed before it)."""
    if not tokens or tokens[0].text not in AFTER_NAME:
        return []
    dash = tokens[0].text != ","
    found: list[tuple[int, int, str]] = []
    for segment in _own_segments(_segments(_until(tokens[1:], ENDS_TITLES_AFTER), text), people, name, text):
        segment = _continued(segment)
        first = next((i for i, t in enumerate(segment) if t.pos != "ADJ"), len(segment))
        if first < len(segment) and _described(segment[first], name):
            continue  # «Ли Пэн, соратник Цзян Цзэминя, премьер Государственного совета Китая»
        if first == len(segment) or not is_head(segment[first]) or not title_like(segment, first):
            break
        head = segment[first]
        if not (agrees(head, name) or (dash and head.case == "Nom")):
            break
        if any(_inside_title(p, segment, first) for p in people.overlapping(segment[0].start, segment[-1].stop)):
            break
        segment = untimed(segment)
        found.append((segment[0].start, segment[-1].stop, title_text(segment, text)))
    return found


def _own_segments(
    segments: list[list[Token]], people: ByOffset[Mention], name: Name | None, text: str
) -> list[list[Token]]:
    """The segments after a name up to the next name of the list, in the same case, and the
    titles joined to it by «и», which are that name's: in «актёры Андрей Мерзликин и Алиса
    Гребенщикова, выдающийся спортсмен и актёр Олег Тактаров, продюсер …» the sportsman is
    Тактаров (NEREL dev)."""
    for k, segment in enumerate(segments):
        named = people.starting(segment[0].start + 1, segment[-1].stop + 1)
        if not named or k == 0:
            continue
        first = next((t for t in segment if t.start >= named[0].start), None)
        titled = any(is_head(t) for t in segment if t.stop <= named[0].start)
        if first is None or name is None or not titled or not agrees(first, name):
            continue
        joined = text[segments[k - 1][-1].stop : segment[0].start].strip() == "и"
        return segments[: k - 1 if joined else k]
    return segments


def _inside_title(person: Mention, segment: Sequence[Token], head: int) -> bool:
    """The person is named inside the segment, other than as a genitive after its head
    («тренер Дадашева», «первый заместитель Клишаса»: NEREL dev titles that name a person)."""
    if not (person.start < segment[-1].stop and segment[0].start < person.stop):
        return False
    own = [t for t in segment if person.start <= t.start < person.stop]
    return not own or own[0].case != "Gen" or own[0].start <= segment[head].start


# Verbs that give their subject a position in the instrumental («Сидибе был министром
# здравоохранения», «Маккаррик стал кардиналом», «был назначен руководителем»), and those that
# take «пост»/«должность» and a genitive title («занимал пост генерального директора»).
def _past_aside(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens after a short parenthesised aside right after the name, the original
    spelling mostly: «Томас Шефер (Thomas Schäfer), министр финансов земли Гессен»."""
    if not tokens or tokens[0].text != "(":
        return tokens
    close = next((i for i, t in enumerate(tokens[: ASIDE_LENGTH + 2]) if t.text == ")"), None)
    return tokens[close + 1 :] if close else tokens


def _until(tokens: Sequence[Token], stops: frozenset[str]) -> list[Token]:
    taken = []
    for t in tokens:
        if t.text in stops:
            break
        taken.append(t)
    return taken


def organisation_in(start: int, stop: int, organisations: ByOffset[Mention]) -> str | None:
    """The first organisation named inside [start, stop) (a title's)."""
    return next((m.normal for m in organisations.within(start, stop)), None)


def chain_start(analysis: Analysis, at: int) -> int:
    """Where the title chain before `at` may begin: its sentence, or the one before when the
    segmenter cut after a quoted name ending in «!» («… Казахстана!" Аида Балаева»)."""
    sentence = analysis.sentence_at(at)
    text = analysis.text
    if text[sentence.start : at].strip() or sentence.start == 0:
        return sentence.start
    before = rstripped(text, sentence.start)  # the end of the text before the sentence
    if text[before - 1 : before] in ('"', "»", "”"):
        return analysis.sentence_at(before - 1).start
    return sentence.start


def dedupe(roles: Sequence[Role]) -> list[Role]:
    """One role per person and title, the first stated; where the article states it again
    is kept in its `restated` spans, so nothing the text says is lost."""
    first: dict[tuple[str, str], int] = {}
    unique: list[Role] = []
    restated: list[list[tuple[int, int]]] = []  # each unique role's spans, its own restated first
    for role in roles:
        key = (role.person, fold(role.title))
        if key not in first:
            first[key] = len(unique)
            unique.append(role)
            restated.append(list(role.restated))
            continue
        kept, spans = unique[first[key]], restated[first[key]]
        if role.start != kept.start and all(role.start != a for a, _ in spans):
            spans.append((role.start, role.stop))
    return [
        role.model_copy(update={"restated": tuple(spans)}) if len(spans) > len(role.restated) else role
        for role, spans in zip(unique, restated, strict=True)
    ]


def stated_roles(
    analysis: Analysis, mentions: Sequence[Mention], kazakh: Sequence[tuple[int, int]]
) -> list[tuple[str, Mention, Role]]:
    """Titles in apposition before or after each named person in the Russian paragraphs,
    each with the person's mention it was read for and the reading that found it ("before", "listed", "after", "predicated",
    "fronted", "clause", "epithet"): the learned scorer (`role_scores.py`) weighs each
    reading by how often it is right on NEREL train. A role's span runs from its title to the
    name, or from the name to its title."""
    roles = []
    kazakh = Stretches(kazakh)
    people = [m for m in mentions if m.type == "PER"]
    named = ByOffset(people)
    orgs = ByOffset(m for m in mentions if m.type == "ORG")
    names = Stretches((s.start, s.stop) for s in analysis.spans)  # the NER's spans: a body's name stays whole in a title
    listed: list[tuple[int, int, str]] = []  # a plural title shared by a list of names
    fronted: list[tuple[int, int, str]] = []  # a fronted title shared by a list of subjects
    for index, person in enumerate(people):
        if inside(person.start, person.stop, kazakh):
            continue
        name = name_of(analysis, person)
        listed = listed if index and _listed(analysis.text, people[index - 1], person) else []
        found = listed or _before(analysis, people, named, index, name, names)
        if not found and _opens_list(analysis.text, people, index):
            listed = found = _before(analysis, people, named, index, name, names, plural=True)
        for start, stop, title in found:
            roles.append(
                ("listed" if listed else "before", person, Role(person=person.normal, title=title, start=start, stop=person.stop,
                     organisation=organisation_in(start, stop, orgs)))
            )  # fmt: skip
        sentence = analysis.sentence_at(person.start)
        after = _past_aside(analysis.tokens_in(person.stop, max(sentence.stop, person.stop)))
        appended = titles_after(person, after, analysis.text, named, name)
        reading = "after" if appended else "predicated"
        for start, stop, title in appended or titles_predicated(analysis, person):
            roles.append(
                (reading, person, Role(person=person.normal, title=title, start=person.start, stop=stop,
                     organisation=organisation_in(start, stop, orgs)))
            )  # fmt: skip
        shared = index and fronted and _listed(analysis.text, people[index - 1], person)
        fronted = fronted if shared and plural_title(analysis, fronted[0]) else []
        fronted = fronted or titles_fronted(analysis, person, named, titled=bool(found))
        for start, stop, title in fronted:
            roles.append(
                ("fronted", person, Role(person=person.normal, title=title, start=start, stop=person.stop,
                     organisation=organisation_in(start, stop, orgs)))
            )  # fmt: skip
    speech = Stretches(quoted_speech(analysis.text))
    subjects_of = Subjects(analysis, people)
    for found in titles_of_clauses(analysis):
        start, stop, title = found.title
        if inside(found.verb.start, stop, kazakh):
            continue
        both = found.subject is not None and found.subject.lemma == "оба"
        subjects = _pair(analysis, named, found.subject) if both else [_subject(analysis, named, subjects_of, found, speech)]
        for person in filter(None, subjects):
            roles.append(
                ("clause", person, Role(person=person.normal, title=title, start=start, stop=stop,
                     organisation=organisation_in(start, stop, orgs)))
            )  # fmt: skip
    holders: dict[str, set[str]] = {}
    for _, _, role in roles:
        for word in fold(role.title).split():
            holders.setdefault(word, set()).add(role.person)
    stated = [(r.start, r.stop) for _, _, r in roles]
    for person, (start, stop, title) in epithets(analysis, mentions, stated, holders, [*speech, *kazakh]):
        roles.append(("epithet", person, Role(person=person.normal, title=title, start=start, stop=stop)))
    return roles


# Between two names of a list: a comma or «и», after an aside on the first («Юрий Царёв
# (проект «Метро»), Алексей Борисов», «Альберто Фухимори (1990—2000 годы), Алехандро Толедо»,
# «Михаил Павлов из Москвы, Василий Авченко из Владивостока»).
LIST_GAP = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*|из\s+[^,()\n]{1,40}?\s*)?(?:,|и)\s*")


def _subject(
    analysis: Analysis,
    people: ByOffset[Mention],
    subjects: Subjects,
    found: Predicated,
    speech: Sequence[tuple[int, int]],
) -> Mention | None:
    """The person a clause's title is for: its named subject, unless the verb follows the
    name at once (`titles_predicated` reads those, with the name in the role's span); for a
    pronoun or no subject, the person the article is talking about, except inside quoted
    speech, where «он» is whoever the speaker talks about («Он был отличным боксером»)."""
    subject = found.subject
    if subject is None or subject.text.lower() in PRONOUNS:
        if inside(found.verb.start, found.verb.stop, speech):
            return None
        return subjects.of((subject or found.verb).start, found.female)
    if subject.lemma == "который":
        near = people.overlapping(subject.start - RELATIVE_REACH, subject.start)
        return next((m for m in near if RELATIVE_GAP.fullmatch(analysis.text, m.stop, subject.start)), None)
    named = next(iter(people.overlapping(subject.start, subject.start + 1)), None)
    between = analysis.tokens_in(named.stop, found.verb.start) if named else ()
    if named is None or not found.capacity and all(t.pos in ("ADV", "PART", "AUX") for t in between):
        return None
    return named


# Between a name and the «который» that stands for it: «продюсеру Александру Бондареву, который»;
# a name ending further back than RELATIVE_REACH characters is not asked.
RELATIVE_GAP = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?,\s*")
RELATIVE_REACH = 200


def _pair(analysis: Analysis, people: ByOffset[Mention], both: Token) -> list[Mention]:
    """The two people «оба»/«обе» stands for: the last two named before it in its sentence
    («Иванку Трамп и её мужа Джареда Кушнера (оба являются советниками Белого дома)»)."""
    sentence = analysis.sentence_at(both.start)
    before = people.within(sentence.start, both.start)
    distinct = list({m.normal: m for m in before}.values())
    return distinct[-2:] if len(distinct) >= 2 else []


def _listed(text: str, previous: Mention, person: Mention) -> bool:
    """The person follows the previous one in a list: «Юрий Царёв, Алексей Борисов и …»."""
    return LIST_GAP.fullmatch(text[previous.stop : person.start]) is not None


def _opens_list(text: str, people: Sequence[Mention], index: int) -> bool:
    return index + 1 < len(people) and _listed(text, people[index], people[index + 1])


def _before(
    analysis: Analysis,
    people: Sequence[Mention],
    named: ByOffset[Mention],
    index: int,
    name: Name | None,
    names: Sequence[tuple[int, int]],
    plural: bool = False,
):
    """The title chain that touches the name from the left, read back to the previous person.
    `named`: the same people by offset; `names`: the NER's spans, which keep a body's name
    whole in a title («РИА Новости»)."""
    person = people[index]
    floor = chain_start(analysis, person.start)
    first = index  # the person's place in the list once the namesakes right before it are passed over
    while first and namesake(analysis.text, people[first - 1].start):
        first -= 1  # «настоятель собора во имя … Александра Невского …»
    floor = max(floor, analysis.line_of(person.start)[0])  # a chain ends at a headline
    if first and people[first - 1].stop > floor:
        floor = people[first - 1].stop
        if _owner(analysis, people[first - 1], person, name):
            floor = max(chain_start(analysis, person.start), _floor_before(people, first - 1))
    window = analysis.tokens_in(floor, person.start)
    if window and window[-1].stop < person.start - 2:
        return []  # the title must touch the name
    window = _without_asides(window, named, people[first:index])
    return list(reversed(titles_before(person, window, analysis.text, name, plural, names)))


def _owner(analysis: Analysis, previous: Mention, person: Mention, name: Name | None) -> bool:
    """The previous name, in the genitive and right before this one, completes this one's
    title: «Адвокат Александра Кокорина Андрей Ромашов», «помощник Владимира Путина Юрий
    Ушаков», «пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту». The title's
    head must agree with this name, with only genitives after it: in «госсоветника Татарстана
    Минтимера Шаймиева Тимур Шаймиев» the title is the first man's."""
    if analysis.text[previous.stop : person.start].strip():
        return False
    first = next(iter(analysis.tokens_in(previous.start, previous.stop)), None)
    if first is None or first.case != "Gen":
        return False
    window = analysis.tokens_in(chain_start(analysis, previous.start), previous.start)
    return any(
        is_head(t) and agrees(t, name) and t.case != "Gen" and _possible(t) and _genitive_tail(window[i + 1 :])
        for i, t in enumerate(window)
    )


def _possible(token: Token) -> bool:
    """The tagger's case is one the dictionary knows the noun's form in (or it knows none)."""
    known = noun_cases(token.text)
    return not known or token.case in known


def _floor_before(people: Sequence[Mention], index: int) -> int:
    return people[index - 1].stop if index else 0


ASIDE_LENGTH = 6


def _without_asides(window: Sequence[Token], people: ByOffset[Mention], passed: Sequence[Mention] = ()) -> list[Token]:
    """The window without short parenthesised asides naming no one (but the namesakes `passed`
    over), which sit inside a title or between it and the name: «пресс-секретаря Фонда борьбы с
    коррупцией (ФБК) Киру Ярмыш»."""
    kept: list[Token] = []
    opened: int | None = None
    for token in window:
        if token.text == "(":
            opened = len(kept)
        kept.append(token)
        if token.text == ")" and opened is not None:
            aside = kept[opened:]
            named = any(all(p is not q for q in passed) for p in people.starting(aside[0].start, aside[-1].stop))
            if len(aside) <= ASIDE_LENGTH + 2 and not named:
                del kept[opened:]
            opened = None
    return kept


class TitleHolders:
    """Who holds each title the article states, by the stems of the title's first words, so a
    role-only phrase finds its holder without a scan of every role.

    >>> r = Role(person="Аида Балаева", title="заместитель премьер-министра", start=0, stop=1)
    >>> TitleHolders([r]).holder_of("вице-премьера")
    'Аида Балаева'
    """

    def __init__(self, roles: Sequence[Role]) -> None:
        self.holders: dict[tuple[str, ...], set[str]] = {}
        for role in roles:
            stems = _stems(role.title)
            for n in range(len(stems) + 1):
                self.holders.setdefault(stems[:n], set()).add(role.person)

    def holder_of(self, phrase: str) -> str | None:
        """The one person whose stated title matches a role-only phrase."""
        stems = _stems(phrase)
        wanted = SYNONYM_STEMS.get(stems, (stems,))
        holders = set().union(*(self.holders.get(w, ()) for w in wanted))
        return next(iter(holders)) if len(holders) == 1 else None
