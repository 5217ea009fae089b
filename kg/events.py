"""Events across articles: one Event per real-world event, its id from its date and place (or
organiser, or kind), two reports of one event merged when their participants overlap (one
meeting reported in Russian and in Kazakh), and each participant's attendance."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from extract.events.lexicon import read_lexicon
from extract.models import ArticleRecord
from extract.models import Event as ExtractedEvent
from extract.names import name_key, slug

from .evidence import evidence
from .keys import org_key, place_key
from .models import LIST_SEP, Attendance, Event

if TYPE_CHECKING:
    from .resolve import Resolver


def _kind_labels() -> dict[str, str]:
    """An event's kind as a label: the Russian word of the lexicon's first row written for that
    kind («session» → «заседание», «vote» → «голосование»); a kind grown from NEREL stays its
    lemma."""
    labels: dict[str, str] = {}
    for entry in read_lexicon():
        if entry.source == "campaign":
            labels.setdefault(entry.kind, entry.label)
    return labels


KIND_LABELS = _kind_labels()


def event_base_id(event: ExtractedEvent, resolver: Resolver) -> str:
    date = event.date.isoformat() if event.date else "undated"
    if event.kind == "referendum":
        return f"event:{date}-referendum"
    where = event.place and resolver.places.name(place_key(event.place))
    anchor = where or (event.organiser and resolver.orgs.name(org_key(event.organiser))) or event.kind
    return f"event:{date}-{slug(anchor)}"


def same_event(e: ExtractedEvent, members: set[str], people: set[str]) -> bool:
    """Whether report `e`, with `people`, is of the event already known with `members` under the
    same id (same date, place and kind). A dated one is unless both name people and none in
    common; an undated one only when the same venue (a building or site, not a town) and a
    person in common say so: two undated meetings of unrelated articles are two events."""
    if e.date is None:  # a town is too wide to say so: «Москва» holds many undated meetings
        return e.place is not None and e.place != e.town and bool(members & people)
    return not (members and people and not (members & people))


class Events:
    """One Event per real-world event, made as the records come; two reports merge on date,
    place and kind when their participants overlap (or one of them names none; see
    `same_event` for undated ones)."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.events: dict[str, Event] = {}
        self.members: dict[str, set[str]] = {}
        self.sources: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"reports": set(), "mentions": set()})

    def add(self, r: ArticleRecord) -> list[Attendance]:
        """The record's events into the table; returns its attendances, by event id."""
        attendances = []
        for e in r.events:
            people = {self.resolver.person_id(p.name) for p in e.participants}
            base = event_base_id(e, self.resolver)
            eid, n = base, 1
            while eid in self.events and not same_event(e, self.members[eid], people):
                n += 1
                eid = f"{base}-{n}"
            if eid in self.events:
                self.events[eid] = merge_report(self.events[eid], e, r)
                self.members[eid] |= people
            else:
                self.events[eid] = new_event(eid, e, r, self.resolver)
                self.members[eid] = people
            self.sources[eid]["reports" if e.reported else "mentions"].add(r.article.id)
            attendances += attendances_of(eid, e, r, self.resolver)
        return attendances

    def merged(self) -> list[Event]:
        """Every event with the articles that report or mention it, by date. The articles are
        gathered in sets and sorted once: the referendum of a 100k-article corpus is mentioned
        by tens of thousands of them."""
        merged = (ev.model_copy(update={k: tuple(sorted(v)) for k, v in self.sources[ev.id].items()})
                  for ev in self.events.values())  # fmt: skip
        return sorted(merged, key=lambda e: (e.date is None, e.date, e.id))


def new_event(eid: str, e: ExtractedEvent, r: ArticleRecord, resolver: Resolver) -> Event:
    place = resolver.place_id(e.place) if e.place else None
    where = resolver.places.name(place_key(e.place)) if e.place else None
    label = e.description or ", ".join(x for x in (KIND_LABELS.get(e.kind, e.kind), where) if x)
    return Event(
        id=eid,
        kind=e.kind,
        label=label,
        date=e.date,
        place=place,
        organiser=resolver.org_id(e.organiser) if e.organiser else None,
        reports=(r.article.id,) if e.reported else (),
        mentions=() if e.reported else (r.article.id,),
        source=evidence(r, e.start, e.stop),
    )


def merge_report(event: Event, e: ExtractedEvent, r: ArticleRecord) -> Event:
    """Another article's account of the same event: keep the first's facts, fill the gaps."""
    update = {}
    if event.organiser is None and e.organiser:
        update["organiser"] = e.organiser and "org:" + slug(org_key(e.organiser))
    if e.description and event.label == KIND_LABELS.get(event.kind) and r.language == "ru":
        update["label"] = e.description
    return event.model_copy(update=update) if update else event


def first_mention(r: ArticleRecord, name: str) -> tuple[int, int]:
    key = name_key(name)
    for m in r.mentions:
        if m.type == "PER" and m.key == key:
            return m.start, m.stop
    return 0, 0


def attendances_of(eid: str, e: ExtractedEvent, r: ArticleRecord, resolver: Resolver) -> list[Attendance]:
    found = []
    for p in e.participants:
        titles = [role.title for role in r.roles if name_key(role.person) == name_key(p.name)]
        start, stop = first_mention(r, p.name)
        found.append(
            Attendance(person=resolver.person_id(p.name), event=eid, how=p.how,
                       role=LIST_SEP.join(titles) or None, source=evidence(r, start, stop))
        )  # fmt: skip
    return found
