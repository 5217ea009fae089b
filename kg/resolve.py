"""Cross-article resolution: the records of many articles → one Corpus with one node per
person, organisation, place and event.

People merge on the folded full name (Серік Ақылбай = Серик Акылбай); a surname alone joins a
full name only when exactly one person of the corpus has that surname. Events merge when
they share date, place and kind and their participants overlap (one meeting reported in
Russian and in Kazakh).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import lru_cache
from collections.abc import Iterable, Sequence

from extract.events.lexicon import read_lexicon
from extract.models import ArticleRecord
from extract.models import Event as ExtractedEvent
from extract.names import fold, latin, name_key, slug, surname
from extract.places import known_place

from .aliases import ORGANISATIONS
from .venues import extract_venues
from .models import (
    LIST_SEP,
    Alias,
    ArticleInfo,
    Attendance,
    Corpus,
    Event,
    Evidence,
    Location,
    Organisation,
    Person,
    Place,
    Position,
    Statement,
)

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
# Tails that name the country or the parent body and do not change the organisation:
# «Союз юристов РК» = «Союз юристов», «Сенат Парламента РК» = «Сенат».
ORG_TAILS = re.compile(r"(?:\s+(?:парламента|республики казахстан|казахстана|рк|кр|қр))+$")
# Kazakh puts the country first: «ҚР Ұлттық орталық музейі» (folded: «кр …»).
ORG_HEADS = re.compile(r"^(?:кр|рк)\s+")


def _bare_key(name: str) -> str:
    bare = ORG_HEADS.sub("", ORG_TAILS.sub("", fold(name)))
    return bare or fold(name)


ORG_ALIAS_KEYS = {_bare_key(kazakh): _bare_key(russian) for kazakh, russian in ORGANISATIONS.items()}


@lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    """The key organisations merge on: country tails dropped, Kazakh names mapped to Russian.

    >>> org_key("Сенат Парламента РК") == org_key("Сенат")
    True
    >>> org_key("Заңгерлер одағы") == org_key("Союз юристов РК")
    True
    >>> org_key("ҚР Ұлттық орталық музейі") == org_key("Национальный центральный музей РК")
    True
    """
    key = _bare_key(name)
    return ORG_ALIAS_KEYS.get(key, key)


@lru_cache(maxsize=1 << 16)
def place_key(name: str) -> str:
    """The key places merge on: the gazetteer's name, from any script or Kazakh case form.

    >>> {place_key(n) for n in ("Алматы", "Алматыда", "Almaty", "Алма-Ата")}
    {'алматы'}
    """
    return fold(place_name(name))


def place_name(name: str) -> str:
    """A place's name as the gazetteer spells it, or as written when the gazetteer lacks it."""
    return known_place(name) or known_place(name, kazakh=True) or name


SENTENCE_END = re.compile(r"[.!?\n]")


@lru_cache(maxsize=64)
def sentence_ends(text: str) -> tuple[int, ...]:
    """Offsets of every sentence-ending character, found once per article: an article gives
    evidence for dozens of facts."""
    return tuple(m.start() for m in SENTENCE_END.finditer(text))


def sentence_around(text: str, start: int, stop: int, limit: int = 400) -> str:
    """The sentence holding text[start:stop], for a reader checking the fact."""
    ends = sentence_ends(text)
    floor, ceiling = max(0, start - limit), min(len(text), stop + limit)
    i = bisect_left(ends, start)
    left = max(floor, ends[i - 1] + 1 if i else 0)
    j = bisect_left(ends, stop)
    right = min(ceiling, ends[j] + 1 if j < len(ends) else ceiling)
    return " ".join(text[left:right].split())[:limit]


def evidence(record: ArticleRecord, start: int, stop: int) -> Evidence:
    text = record.article.text
    return Evidence(article=record.article.id, start=start, stop=stop,
                    evidence=sentence_around(text, start, stop))  # fmt: skip


class Names:
    """Spellings grouped under keys, with the articles each came from."""

    def __init__(self, prefer_full: bool = False) -> None:
        self.prefer_full = prefer_full
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self.articles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, key: str, spelling: str, article: str) -> None:
        self.spellings[key][spelling] += 1
        self.articles[key][spelling].add(article)

    def name(self, key: str) -> str:
        """The label: for people a full name over a bare surname; then the commonest spelling,
        then the first seen (records come sorted by article id, so the choice is stable).
        Organisations keep the commonest form: «Сенат» is how articles name the Senate."""
        counts = self.spellings[key]
        order = {s: i for i, s in enumerate(counts)}
        return max(counts, key=lambda s: (self.prefer_full and len(s.split()) > 1, counts[s], -order[s]))

    def aliases(self, key: str) -> tuple[Alias, ...]:
        return tuple(
            Alias(spelling=s, articles=tuple(sorted(a))) for s, a in sorted(self.articles[key].items())
        )

    def article_ids(self, key: str) -> tuple[str, ...]:
        return tuple(sorted(set().union(*self.articles[key].values())))


def person_names(records: Sequence[ArticleRecord]) -> Iterable[tuple[str, str]]:
    """(normal name, article) of every person the records name, in any record field."""
    for r in records:
        a = r.article.id
        yield from ((m.normal, a) for m in r.mentions if m.type == "PER")
        yield from ((role.person, a) for role in r.roles)
        yield from ((q.speaker, a) for q in r.quotes if q.speaker)
        yield from ((p.name, a) for e in r.events for p in e.participants)


def person_keys(records: Sequence[ArticleRecord]) -> dict[str, str]:
    """Each person name key → the key of the person it stands for: a lone surname, or an
    initial and a surname, join the one full name that fits, and only when exactly one does
    (two people called Ахметов stay two)."""
    keys = {name_key(n) for n, _ in person_names(records)}
    full = [k for k in keys if len(k.split()) >= 2]
    by_surname: dict[str, set[str]] = defaultdict(set)
    for k in full:
        by_surname[surname(k)].add(k)
    mapping = {k: k for k in keys}
    for k in keys:
        words = k.split()
        if len(words) == 1 and len(by_surname.get(k, ())) == 1:
            mapping[k] = next(iter(by_surname[k]))
        elif len(words) == 2 and len(words[0]) == 1:  # an initial: «Т. Жургенов»
            same = [f for f in by_surname.get(words[1], ()) if f != k and f.startswith(words[0])]
            if len(same) == 1:
                mapping[k] = same[0]
    return mapping


class Resolver:
    """Builds the Corpus; holds the key → id tables while it does."""

    def __init__(self, records: Sequence[ArticleRecord]) -> None:
        self.records = sorted(records, key=lambda r: r.article.id)
        self.person_key = person_keys(self.records)
        self.people = Names(prefer_full=True)
        self.orgs = Names()
        self.places = Names()
        self.venues = [v for r in self.records for v in extract_venues(r)]
        # An organisation's mention that names a venue («офис компании Yandex Qazaqstan») is that place.
        self.venue_at = {(v.article, v.mention): v.name for v in self.venues if v.mention is not None}
        self.towns: dict[str, str] = {}  # venue key → town key
        # An organisation's mention that heads a compound («Верховный суд» of «Верховный суд
        # Испании») stands for the compound: the court of Spain, not any supreme court. One
        # further in («МВД» of «Главное управление МВД России») stays itself.
        self.compound_of = {
            (r.article.id, m.start): c.normal
            for r in self.records
            for c in r.compounds
            for m in r.mentions
            if m.type == "ORG" and m.start == c.start and m.stop <= c.stop
        }
        for name, article in person_names(self.records):
            self.people.add(self.person_key[name_key(name)], name, article)
        for v in self.venues:
            self.places.add(place_key(v.name), v.name, v.article)
            if v.town:
                self.places.add(place_key(v.town), v.town, v.article)
                self.towns.setdefault(place_key(v.name), place_key(v.town))
        for r in self.records:
            for m in r.mentions:
                if (r.article.id, m.start) in self.venue_at:
                    continue
                if m.type == "ORG" and (r.article.id, m.start) not in self.compound_of:
                    self.orgs.add(org_key(m.normal), m.normal, r.article.id)
                elif m.type == "LOC":
                    self.places.add(place_key(m.normal), place_name(m.normal), r.article.id)
            for c in r.compounds:
                self.orgs.add(org_key(c.normal), c.normal, r.article.id)
            for e in r.events:
                if e.place:
                    self.places.add(place_key(e.place), place_name(e.place), r.article.id)
                if e.organiser:
                    self.orgs.add(org_key(e.organiser), e.organiser, r.article.id)
            for role in r.roles:
                if role.organisation:
                    self.orgs.add(org_key(role.organisation), role.organisation, r.article.id)

    def person_id(self, name: str) -> str:
        return "person:" + slug(self.person_key[name_key(name)])

    def org_id(self, name: str) -> str:
        return "org:" + slug(org_key(name))

    def place_id(self, name: str) -> str:
        return "place:" + slug(place_key(name))

    def entity_id(self, kind: str, name: str) -> str:
        return {"PER": self.person_id, "ORG": self.org_id, "LOC": self.place_id}[kind](name)

    def mention_id(self, article: str, m) -> str:
        """The node a mention stands for: a venue's place, or the entity of its type."""
        venue = self.venue_at.get((article, m.start))
        if venue:
            return self.place_id(venue)
        compound = self.compound_of.get((article, m.start)) if m.type == "ORG" else None
        return self.org_id(compound) if compound else self.entity_id(m.type, m.normal)

    def locations(self) -> tuple[Location, ...]:
        """LOCATED_IN facts: each venue in its town, once per article that says so."""
        by_record = {r.article.id: r for r in self.records}
        found = {}
        for v in self.venues:
            if v.town:
                fact = (self.place_id(v.name), self.place_id(v.town), v.article)
                found.setdefault(fact, Location(place=fact[0], town=fact[1],
                                                source=evidence(by_record[v.article], v.start, v.stop)))  # fmt: skip
        return tuple(found.values())

    def resolved_people(self) -> tuple[Person, ...]:
        titles: dict[str, list[str]] = defaultdict(list)
        for r in self.records:
            for role in r.roles:
                pid = self.person_id(role.person)
                if role.title not in titles[pid]:
                    titles[pid].append(role.title)
        people = []
        for key in sorted(self.people.spellings):
            name = self.people.name(key)
            pid = "person:" + slug(key)
            people.append(Person(id=pid, name=name, latin=latin(name), aliases=self.people.aliases(key),
                                 titles=tuple(titles[pid]), articles=self.people.article_ids(key)))  # fmt: skip
        return tuple(people)

    def resolved_orgs(self) -> tuple[Organisation, ...]:
        return tuple(
            Organisation(id="org:" + slug(k), name=self.orgs.name(k), latin=latin(self.orgs.name(k)),
                         aliases=self.orgs.aliases(k), articles=self.orgs.article_ids(k))  # fmt: skip
            for k in sorted(self.orgs.spellings)
        )

    def resolved_places(self) -> tuple[Place, ...]:
        return tuple(
            Place(id="place:" + slug(k), name=self.places.name(k), latin=latin(self.places.name(k)),
                  aliases=self.places.aliases(k), articles=self.places.article_ids(k),
                  town=k in self.towns and "place:" + slug(self.towns[k]) or None)  # fmt: skip
            for k in sorted(self.places.spellings)
        )


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


def resolve_events(resolver: Resolver) -> tuple[list[Event], list[Attendance]]:
    """One Event per real-world event; two reports merge on date, place and kind when their
    participants overlap (or one of them names none; see `same_event` for undated ones)."""
    events: dict[str, Event] = {}
    members: dict[str, set[str]] = {}
    sources: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"reports": set(), "mentions": set()})
    attendances = []
    for r in resolver.records:
        for e in r.events:
            people = {resolver.person_id(p.name) for p in e.participants}
            base = event_base_id(e, resolver)
            eid, n = base, 1
            while eid in events and not same_event(e, members[eid], people):
                n += 1
                eid = f"{base}-{n}"
            if eid in events:
                events[eid] = merge_report(events[eid], e, r)
                members[eid] |= people
            else:
                events[eid] = new_event(eid, e, r, resolver)
                members[eid] = people
            sources[eid]["reports" if e.reported else "mentions"].add(r.article.id)
            attendances += attendances_of(eid, e, r, resolver)
    # the articles are gathered in sets and sorted once: the referendum of a 100k-article
    # corpus is mentioned by tens of thousands of them
    merged = (ev.model_copy(update={k: tuple(sorted(v)) for k, v in sources[ev.id].items()}) for ev in events.values())
    return sorted(merged, key=lambda e: (e.date is None, e.date, e.id)), attendances


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


def resolve(records: Sequence[ArticleRecord]) -> Corpus:
    """The corpus of `records`, with every name resolved to one id.

    >>> corpus = resolve(records)  # doctest: +SKIP
    """
    resolver = Resolver(records)
    events, attendances = resolve_events(resolver)
    positions, statements, mentions = [], [], set()
    for r in resolver.records:
        for role in r.roles:
            org = resolver.org_id(role.organisation) if role.organisation else None
            positions.append(Position(person=resolver.person_id(role.person), title=role.title,
                                      organisation=org, source=evidence(r, role.start, role.stop)))  # fmt: skip
        for q in r.quotes:
            if q.speaker:
                statements.append(Statement(person=resolver.person_id(q.speaker), text=q.text, kind=q.kind,
                                            source=evidence(r, q.start, q.stop), at_event=q.at_event))  # fmt: skip
        for m in (*r.mentions, *r.compounds):
            mentions.add((resolver.mention_id(r.article.id, m), r.article.id))
    articles = tuple(
        ArticleInfo(id=r.article.id, source=r.article.source, date=r.article.date, language=r.language,
                    title=r.article.title, outlet=r.article.outlet, url=r.article.url)  # fmt: skip
        for r in resolver.records
    )
    return Corpus(
        articles=articles,
        people=resolver.resolved_people(),
        organisations=resolver.resolved_orgs(),
        places=resolver.resolved_places(),
        events=tuple(events),
        attendances=tuple(attendances),
        positions=tuple(positions),
        statements=tuple(statements),
        locations=resolver.locations(),
        mentions=tuple(sorted(mentions)),
    )
