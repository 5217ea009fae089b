"""Title phrases around a name: the chain of titles before it («заместитель премьер-министра –
министр культуры и информации, член коалиции … Аида Балаева», read right to left from the name)
and the apposition after it («Аида Балаева, вице-премьер»), cut into segments at commas, dashes
and «и», each title agreeing with the name in case, gender and number."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .geonames import inhabitant
from .mentions import inside
from .models import Mention
from .morph import name_cases, noun_cases
from .nlp import Analysis, Token
from .predicates import POSTS, untimed
from .russian import ASIDE_DESCRIPTIONS, KINSHIP, NOT_TITLES, PLACE_KINDS
from .person_case import INDECLINABLE
from .stretches import ByOffset, rstripped
from .titles import is_head, title_like, title_text, without_partner

SEPARATORS = frozenset({",", "–", "—", "-", ":", ";", "(", ")"})


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
    if not possible(head) or name.cases != {name.first.case}:
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


def genitive_tail(tokens: Sequence[Token]) -> bool:
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
        agreeing = [i for i in agreeing if i == heads[0] or genitive_tail(segment[i + 1 :])]
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
def past_aside(tokens: Sequence[Token]) -> Sequence[Token]:
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


def possible(token: Token) -> bool:
    """The tagger's case is one the dictionary knows the noun's form in (or it knows none)."""
    known = noun_cases(token.text)
    return not known or token.case in known


ASIDE_LENGTH = 6
