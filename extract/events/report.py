"""Events: what the article reports (a meeting, a visit …) with its date, place, organiser and
who took part, plus the dated events it only mentions (the referendum of 15 March).

Who took part is told apart from who is merely named: people inside someone else's quote,
namesakes («им. Т. Жургенова», «Абай атындағы»), bylines and photo credits, and people named
in an oblique case («по инициативе Президента … Токаева») are not participants.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import FoundDate
from ..mentions import inside
from ..models import PARTICIPATIONS, Article, Event, Mention, Participant, Participation, Quote, Role
from ..nlp import Analysis
from ..roles import ROLE_PHRASE, holder_of
from .presence import CREDIT, body_start, is_participant
from .venues import quoted_venue, venue_name

# Event nouns and verbs → kind (Russian and Kazakh), in the order a lead paragraph uses them.
EVENT_CUES = (
    (r"встреч|встрети|кездес|жиын|бас қос", "meeting"),
    (r"мероприяти|собрани|заседани|отырыс", "meeting"),
    (r"визит|поездк|посетил|сапар", "visit"),
    (r"форум", "forum"),
    (r"конференци", "conference"),
    (r"брифинг", "briefing"),
    (r"круглый стол|дөңгелек үстел", "round table"),
)
EVENT_CUE = re.compile("|".join(f"(?:{p})" for p, _ in EVENT_CUES), re.IGNORECASE)
MET_WITH = re.compile(r"\bвстретил\w*\s+с\s+(?P<whom>[^.,;:\n]+)", re.IGNORECASE)
MEETING_WITH = re.compile(r"\bвстреч[аеиу]\s+с\s+(?P<whom>[^.,;:\n]+)", re.IGNORECASE)
COUNTRIES = frozenset({"Казахстан", "Республика Казахстан", "РК", "Россия"})
LIST_BEFORE = re.compile(r"(?:городах|областях|регионах|филиал\w*)[^.]*$", re.IGNORECASE)
MEMBERS_BEFORE = re.compile(r"\b(?:члены|членов)\s*$", re.IGNORECASE)
MEMBERS_AFTER = re.compile(r"\s*мүшелер")
IN_TOWN = re.compile(r"\b(?:в|во)\s+$", re.IGNORECASE)
REFERENDUM = re.compile(r"референдум", re.IGNORECASE)

SPOKE = re.compile(
    r"выступ|доклад|отметил|подчеркн|рассказал|высказал|остановил|озвучил|продолжил|акцентир"
    r"|заявил|сказал|открывая|приветствуя|поделил|призвал|ашқан|тоқтал|атап өт|білдірд|шақырд"
    r"|айтуынша|айтты|деді|баяндад",
    re.IGNORECASE,
)
ATTENDED = re.compile(
    r"участ|встреч|встрети|присутств|мероприяти|поездк|визит|посетил|ознакомил|модератор"
    r"|кездес|қатыс|жетекшілігімен|жиын",
    re.IGNORECASE,
)
MODERATED = re.compile(r"модератор|вёл встречу|вел встречу|модерат", re.IGNORECASE)


def event_kind(text: str) -> str | None:
    """The kind of the first event word in `text`.

    >>> event_kind("В Алматы члены коалиции встретились с представителями интеллигенции")
    'meeting'
    """
    match = EVENT_CUE.search(text)
    if match is None:
        return None
    return next(kind for pattern, kind in EVENT_CUES if re.match(pattern, match.group(), re.I))


def find_city(
    analysis: Analysis, mentions: Sequence[Mention], kazakh: Sequence[tuple[int, int]]
) -> tuple[str, int] | None:
    """The first town the text says the event was in («в Алматы», «Алматыда»), in a sentence
    that speaks of the event, and not inside a list of towns."""
    for m in mentions:
        if m.type != "LOC" or m.normal in COUNTRIES:
            continue
        if not inside(m.start, m.stop, kazakh) and not IN_TOWN.search(analysis.text[max(0, m.start - 4) : m.start]):
            continue
        sentence = analysis.sentence_at(m.start)
        before = analysis.text[sentence.start : m.start]
        if LIST_BEFORE.search(before):
            continue
        if EVENT_CUE.search(analysis.text[sentence.start : sentence.stop]):
            return m.normal, m.start
    return None


def find_organiser(analysis: Analysis, mentions: Sequence[Mention], roles: Sequence[Role]) -> str | None:
    """The coalition whose members held the event, the moderator's organisation, or the body
    credited for the photos («Фото: пресс-служба Сената»), in that order."""
    text = analysis.text
    for m in mentions:
        if m.type == "ORG" and (
            MEMBERS_BEFORE.search(text[max(0, m.start - 12) : m.start]) or MEMBERS_AFTER.match(text, m.stop)
        ):
            return m.normal
    for role in roles:
        if role.organisation and MODERATED.search(text[analysis.sentence_at(role.start).start : role.start]):
            return role.organisation
    for credit in CREDIT.finditer(text):
        line_end = text.find("\n", credit.end())
        line_end = len(text) if line_end < 0 else line_end
        for m in mentions:
            if m.type == "ORG" and credit.end() <= m.start < line_end:
                return m.normal
    return None


def participation(
    analysis: Analysis,
    mentions: Sequence[Mention],
    quotes: Sequence[Quote],
    kazakh: Sequence[tuple[int, int]],
) -> tuple[Participant, ...]:
    """Each person who took part, with how: moderated, spoke, quoted, attended."""
    text = analysis.text
    quoted = [(q.start, q.stop) for q in quotes if q.kind == "direct"]
    orgs = [(m.start, m.stop) for m in mentions if m.type == "ORG"]
    how: dict[str, set[Participation]] = {}
    for q in quotes:
        if q.speaker:
            how.setdefault(q.speaker, set()).update({"spoke", "quoted"} if q.kind == "direct" else {"spoke"})
    for m in mentions:
        if m.type != "PER" or not is_participant(m, analysis, quoted, kazakh, orgs):
            continue
        sentence = analysis.sentence_at(m.start)
        words = text[sentence.start : sentence.stop]
        found = how.setdefault(m.normal, set())
        if MODERATED.search(text[sentence.start : m.start]):
            found.add("moderated")
        elif SPOKE.search(words):
            found.add("spoke")
        elif ATTENDED.search(words):
            found.add("attended")
    return tuple(
        Participant(name=name, how=_ordered(kinds)) for name, kinds in how.items() if kinds
    )


def _ordered(kinds: set[Participation]) -> tuple[Participation, ...]:
    """How a person took part, strongest first; «attended» goes without saying once they spoke."""
    if kinds & {"moderated", "spoke", "quoted"}:
        kinds = kinds - {"attended"}
    return tuple(h for h in PARTICIPATIONS if h in kinds)


def main_event(
    article: Article,
    analysis: Analysis,
    mentions: Sequence[Mention],
    roles: Sequence[Role],
    quotes: Sequence[Quote],
    dates: Sequence[FoundDate],
    kazakh: Sequence[tuple[int, int]],
) -> Event | None:
    """The event the article reports, or None for an article that reports none."""
    text = analysis.text
    start = body_start(text)
    cue = EVENT_CUE.search(text, start)
    if cue is None:
        return None
    sentence = analysis.sentence_at(cue.start())
    date = article.date or next((d.date for d in dates if d.has_year), None)
    place = quoted_venue(text) or find_city(analysis, mentions, kazakh)
    lead = text[start : start + 1500]
    description = MET_WITH.search(lead) or MEETING_WITH.search(lead)
    return Event(
        kind=event_kind(cue.group()) or "meeting",
        description=f"встреча с {description['whom'].strip()}" if description else None,
        date=date,
        place=place[0] if place else None,
        organiser=find_organiser(analysis, mentions, roles),
        participants=participation(analysis, mentions, quotes, kazakh),
        start=sentence.start,
        stop=sentence.stop,
    )


def mentioned_events(
    analysis: Analysis, dates: Sequence[FoundDate], reported: Event | None
) -> list[Event]:
    """Dated events the article only mentions: the referendum «15 марта» / «15 наурызда».
    A date that is the reported event's own («13 ақпанда … алдағы референдум») is not its."""
    found = []
    taken = reported.date if reported else None
    for match in REFERENDUM.finditer(analysis.text):
        sentence = analysis.sentence_at(match.start())
        dated = [d for d in dates if sentence.start <= d.start < sentence.stop and d.date != taken]
        if dated:
            found.append(Event(kind="referendum", description="республиканский референдум",
                               date=dated[0].date, start=sentence.start, stop=sentence.stop, reported=False))  # fmt: skip
    unique = {e.date: e for e in reversed(found)}
    return sorted(unique.values(), key=lambda e: e.start)


VISITED = re.compile(r"\b(?:посетил\w*|ознакомил\w*|побывал\w*|осмотрел\w*)", re.IGNORECASE)


def side_visits(
    analysis: Analysis,
    mentions: Sequence[Mention],
    roles: Sequence[Role],
    quotes: Sequence[Quote],
    reported: Event | None,
    kazakh: Sequence[tuple[int, int]],
) -> list[Event]:
    """Places the article's people went to besides the reported event, each a visit of its
    own on the same day: «спикер Сената ознакомился также с оснащением Республиканской школы
    имени Абая». A visit counts when its sentence names the venue (an organisation that is a
    building or a site) after the verb, and who went: a person in the nominative, or a role
    phrase whose holder the article names («спикер Сената»). A group («Сенаторы посетили …»)
    names nobody, so it makes no visit; nor does a visit told inside someone's quote."""
    if reported is None:
        return []
    text = analysis.text
    quoted = [(q.start, q.stop) for q in quotes if q.kind == "direct"]
    found: list[Event] = []
    for verb in VISITED.finditer(text, body_start(text)):
        at = verb.start()
        if inside(at, verb.end(), [*kazakh, *quoted]) or reported.start <= at < reported.stop:
            continue
        sentence = analysis.sentence_at(at)
        seen = {reported.place, *(e.place for e in found)}
        venue = next(
            (name for m in mentions if m.type == "ORG" and verb.end() <= m.start < sentence.stop
             and (name := venue_name(text, m)) and name not in seen),
            None,
        )  # fmt: skip
        if venue is None:
            continue
        who = [
            m.normal for m in mentions
            if m.type == "PER" and sentence.start <= m.start < at and is_participant(m, analysis, [], kazakh, [])
        ]  # fmt: skip
        phrase = ROLE_PHRASE.search(text, sentence.start, at)
        holder = holder_of(phrase.group(), roles) if phrase and not who else None
        people = list(dict.fromkeys(who or ([holder] if holder else [])))
        if people:
            found.append(Event(kind="visit", date=reported.date, place=venue,
                               participants=tuple(Participant(name=p, how=("attended",)) for p in people),
                               start=sentence.start, stop=sentence.stop))  # fmt: skip
    return found


def extract_events(
    article: Article,
    analysis: Analysis,
    mentions: Sequence[Mention],
    roles: Sequence[Role],
    quotes: Sequence[Quote],
    dates: Sequence[FoundDate],
    kazakh: Sequence[tuple[int, int]],
) -> tuple[Event, ...]:
    main = main_event(article, analysis, mentions, roles, quotes, dates, kazakh)
    visits = side_visits(analysis, mentions, roles, quotes, main, kazakh)
    return tuple(([main] if main else []) + visits + mentioned_events(analysis, dates, main))
