"""Roles: the positions written before a person's name («депутат Мажилиса Аманжол Алтай»),
and the role-only phrases («спикер Сената», «вице-премьер») that stand for a person.

Russian news puts titles in apposition before the name and chains several with commas,
dashes and «и» («заместитель премьер-министра – министр культуры и информации, член
коалиции … Аида Балаева»); we read the chain right to left from the name. What a title is
word by word lives in `titles.py`, the phrases around a name in `role_phrases.py`; titles a
verb gives («был назначен министром») in `predicates.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .anaphora import Subjects
from .marks import quoted_speech
from .epithets import epithets
from .mentions import inside, namesake
from .models import Mention, Role
from .names import fold
from .nlp import Analysis, Token
from .clause_titles import PRONOUNS, Predicated, titles_of_clauses
from .predicates import plural_title, titles_fronted, titles_predicated
from .role_phrases import (
    ASIDE_LENGTH,
    Name,
    agrees,
    chain_start,
    genitive_tail,
    name_of,
    organisation_in,
    past_aside,
    possible,
    titles_after,
    titles_before,
)
from .stretches import ByOffset, Stretches
from .titles import is_head

# Role-only phrases and the titles they stand for. «Президент» alone, capitalised, is the
# head of state in Kazakh news, not the president of some association named in the text.
ROLE_SYNONYMS = {
    "вице-премьер": ("заместитель премьер-министра", "вице-премьер"),
    "спикер сената": ("председатель сената", "спикер сената"),
    "председатель сената": ("председатель сената", "спикер сената"),
    "спикер мажилиса": ("председатель мажилиса", "спикер мажилиса"),
    "председатель мажилиса": ("председатель мажилиса", "спикер мажилиса"),
    "глава государства": ("глава государства", "президент страны", "президент республики", "президент казахстана", "мемлекет басшысы"),
    "президент": ("глава государства", "президент страны", "президент республики", "президент казахстана", "мемлекет басшысы"),
    "мемлекет басшысы": ("мемлекет басшысы", "президент", "глава государства"),
    # the head of a region or a town is its akim («глава региона» = «аким Карагандинской области»)
    "аким области": ("аким",), "аким города": ("аким",), "аким района": ("аким",), "аким региона": ("аким",),
    "глава региона": ("аким",), "глава области": ("аким",), "глава города": ("аким",), "глава района": ("аким",),
    "руководитель региона": ("аким",),
    # … and in Kazakh: «аймақ / өңір / облыс / қала басшысы» (the region's, the town's head) is its әкім
    "аймақ басшысы": ("аким",), "өңір басшысы": ("аким",), "облыс басшысы": ("аким",), "қала басшысы": ("аким",),
}  # fmt: skip


def title_stems(phrase: str) -> tuple[str, ...]:
    return tuple(word[:6] for word in fold(phrase).split()[:2])


KAZAKH_POSSESSIVE_END = re.compile(r"(?:сы|сі|ы|і)$")


def kazakh_head(title: str) -> str | None:
    """The head noun of a Kazakh title, which comes last with the possessive ending of the
    izafet («Парламент Мәжілісінің депутаты», «облыс әкімі»), back in the nominative
    («депутат», «әкім»): a headline names the holder by it alone («… – депутат»). None for a
    title of one word or one whose last word has no such ending (a Russian title's head comes
    first)."""
    words = title.split()
    if len(words) < 2 or not KAZAKH_POSSESSIVE_END.search(words[-1]) or len(words[-1]) < 5:
        return None
    return KAZAKH_POSSESSIVE_END.sub("", words[-1])


SYNONYM_STEMS = {title_stems(k): tuple(title_stems(v) for v in vs) for k, vs in ROLE_SYNONYMS.items()}


ROLE_PHRASE = re.compile(
    r"(вице-премьер\w*|(?:спикер|председател)\w*\s+(?:Сената|Мажилиса)"
    r"|[Гг]лав\w*\s+государства|[Пп]резидент\w*"
    r"|(?:[Аа]ким\w*|[Гг]лав\w*)\s+(?:области|города|района|региона))"
)


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
        after = past_aside(analysis.tokens_in(person.stop, max(sentence.stop, person.stop)))
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
        is_head(t) and agrees(t, name) and t.case != "Gen" and possible(t) and genitive_tail(window[i + 1 :])
        for i, t in enumerate(window)
    )


def _floor_before(people: Sequence[Mention], index: int) -> int:
    return people[index - 1].stop if index else 0


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
        self.stated = ByOffset(roles)  # where each role is written, a title alone paired with its holder too
        self.words = [(role.person, _word_starts(role.title)) for role in roles]
        for role in roles:
            stems = title_stems(role.title)
            for n in range(len(stems) + 1):
                self.holders.setdefault(stems[:n], set()).add(role.person)
            if head := kazakh_head(role.title):
                self.holders.setdefault(title_stems(head), set()).add(role.person)

    def stated_in(self, start: int, stop: int) -> str | None:
        """The person a role written in text[start:stop] is paired with: a title alone that the
        roles resolved to someone named before («По оценке экономиста X … Экономист отмечает»)."""
        found = {r.person for r in self.stated.starting(start, stop) if r.stop <= stop}
        return next(iter(found)) if len(found) == 1 else None

    def holder_of(self, phrase: str) -> str | None:
        """The one person whose stated title matches a role-only phrase."""
        stems = title_stems(phrase)
        wanted = SYNONYM_STEMS.get(stems, (stems,))
        holders = set().union(*(self.holders.get(w, ()) for w in wanted))
        if len(holders) != 1:
            # the phrase in another case, or short of the title's own words: «по словам акима
            # области» is the «аким Туркестанской области», not the «аким Ордабасинского района»
            words = _word_starts(phrase)
            within = {person for person, title in self.words if _in_order(words, title)}
            holders = within if len(within) == 1 else holders
        return next(iter(holders)) if len(holders) == 1 else None


def _word_starts(phrase: str) -> tuple[str, ...]:
    """The first four letters of each word: a title's words in any case («акима», «аким»)."""
    return tuple(word[:4] for word in fold(phrase).split())


def _in_order(words: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """The title opens with the phrase's first word and holds the rest in order."""
    if not words or not title or words[0] != title[0]:
        return False
    rest = iter(title[1:])
    return all(word in rest for word in words[1:])
