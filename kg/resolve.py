"""Cross-article resolution: the records of many articles → one Corpus with one node per
person, organisation, place and event.

People merge on the folded full name (Серік Ақылбай = Серик Акылбай); a surname alone joins a
full name only when exactly one person of the corpus has that surname. Events merge when
they share date, place and kind and their participants overlap (one meeting reported in
Russian and in Kazakh).

Two passes over the records, neither keeping one: the first makes the name tables (which
spellings are one person, one place), the second the facts, article by article. A corpus
larger than memory resolves from its records.jsonl (`kg.records.RecordFile`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

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
    Venue,
)

# What the second pass yields, in the order `Resolver.facts` gives it.
Fact = ArticleInfo | Location | Attendance | Position | Statement | tuple[str, str] | Event

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


def sentence_bounds(text: str, start: int, stop: int, limit: int = 400) -> tuple[int, int]:
    """The sentence holding text[start:stop], at most `limit` characters either side."""
    ends = sentence_ends(text)
    floor, ceiling = max(0, start - limit), min(len(text), stop + limit)
    i = bisect_left(ends, start)
    left = max(floor, ends[i - 1] + 1 if i else 0)
    j = bisect_left(ends, stop)
    return left, min(ceiling, ends[j] + 1 if j < len(ends) else ceiling)


@lru_cache(maxsize=1024)
def sentence(article: str, text: str, left: int, right: int, limit: int = 400) -> str:
    """One string for the facts of one sentence of one article: a sentence is evidence for
    several facts, and the graph keeps each fact's evidence. Keyed by the article too, so two
    articles printing one sentence keep two strings, as they would without the cache."""
    return " ".join(text[left:right].split())[:limit]


def evidence(record: ArticleRecord, start: int, stop: int) -> Evidence:
    """Where a fact was read, with the sentence a reader checks it against."""
    text = record.article.text
    line = sentence(record.article.id, text, *sentence_bounds(text, start, stop))
    return Evidence(article=record.article.id, start=start, stop=stop, evidence=line)


class Names:
    """Spellings grouped under keys, with the articles each came from."""

    def __init__(self, prefer_full: bool = False) -> None:
        self.prefer_full = prefer_full
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self.articles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, key: str, spelling: str, article: str) -> None:
        self.spellings[key][spelling] += 1
        self.articles[key][spelling].add(article)

    def update(self, other: Names) -> None:
        """Another table's spellings after this one's, as if added after them."""
        for key, counts in other.spellings.items():
            self.spellings[key].update(counts)
            for spelling, articles in other.articles[key].items():
                self.articles[key][spelling] |= articles

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


def person_names(record: ArticleRecord) -> Iterable[str]:
    """The normal name of every person the record names, in any record field."""
    yield from (m.normal for m in record.mentions if m.type == "PER")
    yield from (role.person for role in record.roles)
    yield from (q.speaker for q in record.quotes if q.speaker)
    yield from (p.name for e in record.events for p in e.participants)


def person_keys(keys: Iterable[str]) -> dict[str, str]:
    """Each person name key → the key of the person it stands for: a lone surname, or an
    initial and a surname, join the one full name that fits, and only when exactly one does
    (two people called Ахметов stay two)."""
    keys = set(keys)
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


def compounds_of(record: ArticleRecord) -> dict[int, str]:
    """An organisation's mention that heads a compound («Верховный суд» of «Верховный суд
    Испании») stands for the compound: the court of Spain, not any supreme court. One further
    in («МВД» of «Главное управление МВД России») stays itself. Keyed by the mention's start."""
    return {
        m.start: c.normal
        for c in record.compounds
        for m in record.mentions
        if m.type == "ORG" and m.start == c.start and m.stop <= c.stop
    }


def by_article(records: Iterable[ArticleRecord]) -> Iterable[ArticleRecord]:
    """A list is sorted here; any other source (`kg.records.RecordFile`) yields its records in
    article-id order itself, as often as it is read, so the corpus never sits in memory."""
    return sorted(records, key=lambda r: r.article.id) if isinstance(records, (list, tuple)) else records


class Resolver:
    """The key → id tables of a corpus, made in one pass over its records; `facts` is the
    second pass, one record at a time. Neither pass keeps a record: a corpus larger than memory
    resolves from a file."""

    def __init__(self, records: Iterable[ArticleRecord]) -> None:
        self.records = by_article(records)
        self.orgs = Names()
        self.places = Names()  # venues and their towns first: the order ties between spellings break on
        others = Names()
        self.towns: dict[str, str] = {}  # venue key → town key
        spellings: dict[str, dict[str, int]] = defaultdict(dict)  # name key → spelling → first seen
        seen: dict[tuple[str, str], set[str]] = defaultdict(set)
        counts: Counter[tuple[str, str]] = Counter()
        titles: dict[str, dict[str, int]] = defaultdict(dict)  # name key → title → first seen
        n = 0
        for r in self.records:
            a = r.article.id
            for name in person_names(r):
                key = name_key(name)
                n += 1
                spellings[key].setdefault(name, n)
                seen[key, name].add(a)
                counts[key, name] += 1
            for role in r.roles:
                n += 1
                titles[name_key(role.person)].setdefault(role.title, n)
            venues = extract_venues(r)
            for v in venues:
                self.places.add(place_key(v.name), v.name, a)
                if v.town:
                    self.places.add(place_key(v.town), v.town, a)
                    self.towns.setdefault(place_key(v.name), place_key(v.town))
            self._names_of(r, venues, others)
        self.places.update(others)
        self.person_key = person_keys(spellings)
        self.people = Names(prefer_full=True)
        self.titles: dict[str, list[str]] = defaultdict(list)
        merged: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for key, names in spellings.items():
            merged[self.person_key[key]] += [(first, name, key) for name, first in names.items()]
        for person, names in merged.items():
            for _, name, key in sorted(names):
                self.people.spellings[person][name] = counts[key, name]
                self.people.articles[person][name] = seen[key, name]
        by_person: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for key, held in titles.items():
            by_person["person:" + slug(self.person_key[key])] += [(first, t) for t, first in held.items()]
        for pid, held in by_person.items():
            self.titles[pid] = list(dict.fromkeys(t for _, t in sorted(held)))

    def _names_of(self, r: ArticleRecord, venues: Sequence[Venue], places: Names) -> None:
        """Organisations and places one record names, outside its venues."""
        a = r.article.id
        at_venue = {v.mention for v in venues if v.mention is not None}
        compound_of = compounds_of(r)
        for m in r.mentions:
            if m.start in at_venue:
                continue
            if m.type == "ORG" and m.start not in compound_of:
                self.orgs.add(org_key(m.normal), m.normal, a)
            elif m.type == "LOC":
                places.add(place_key(m.normal), place_name(m.normal), a)
        for c in r.compounds:
            self.orgs.add(org_key(c.normal), c.normal, a)
        for e in r.events:
            if e.place:
                places.add(place_key(e.place), place_name(e.place), a)
            if e.organiser:
                self.orgs.add(org_key(e.organiser), e.organiser, a)
        for role in r.roles:
            if role.organisation:
                self.orgs.add(org_key(role.organisation), role.organisation, a)

    def person_id(self, name: str) -> str:
        return "person:" + slug(self.person_key[name_key(name)])

    def org_id(self, name: str) -> str:
        return "org:" + slug(org_key(name))

    def place_id(self, name: str) -> str:
        return "place:" + slug(place_key(name))

    def entity_id(self, kind: str, name: str) -> str:
        return {"PER": self.person_id, "ORG": self.org_id, "LOC": self.place_id}[kind](name)

    def locations(self, r: ArticleRecord, venues: Sequence[Venue]) -> Iterable[Location]:
        """LOCATED_IN facts: each venue in its town, once per article that says so."""
        found = set()
        for v in venues:
            if v.town:
                fact = (self.place_id(v.name), self.place_id(v.town))
                if fact not in found:
                    found.add(fact)
                    yield Location(place=fact[0], town=fact[1], source=evidence(r, v.start, v.stop))

    def mentions(self, r: ArticleRecord, venues: Sequence[Venue]) -> list[tuple[str, str]]:
        """(node, article) of each mention: a venue's place, or the entity of its type."""
        venue_at = {v.mention: v.name for v in venues if v.mention is not None}
        compound_of = compounds_of(r)
        found = set()
        for m in (*r.mentions, *r.compounds):
            venue = venue_at.get(m.start)
            compound = compound_of.get(m.start) if m.type == "ORG" else None
            if venue:
                node = self.place_id(venue)
            else:
                node = self.org_id(compound) if compound else self.entity_id(m.type, m.normal)
            found.add((node, r.article.id))
        return sorted(found)

    def resolved_people(self) -> tuple[Person, ...]:
        people = []
        for key in sorted(self.people.spellings):
            name = self.people.name(key)
            pid = "person:" + slug(key)
            people.append(Person(id=pid, name=name, latin=latin(name), aliases=self.people.aliases(key),
                                 titles=tuple(self.titles[pid]), articles=self.people.article_ids(key)))  # fmt: skip
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

    def entities(self) -> Corpus:
        """The corpus's people, organisations and places: the nodes every fact is an edge between."""
        return Corpus(people=self.resolved_people(), organisations=self.resolved_orgs(), places=self.resolved_places())

    def facts(self) -> Iterator[Fact]:
        """The second pass: for each article, its ArticleInfo, then its facts (locations,
        attendances, positions, statements, mentions), each from that record alone; after the
        last article, the events, merged across them."""
        events = Events(self)
        for r in self.records:
            venues = extract_venues(r)
            yield ArticleInfo(id=r.article.id, source=r.article.source, date=r.article.date, language=r.language,
                              title=r.article.title, outlet=r.article.outlet, url=r.article.url)  # fmt: skip
            yield from self.locations(r, venues)
            yield from events.add(r)
            for role in r.roles:
                org = self.org_id(role.organisation) if role.organisation else None
                yield Position(person=self.person_id(role.person), title=role.title,
                               organisation=org, source=evidence(r, role.start, role.stop))  # fmt: skip
            for q in r.quotes:
                if q.speaker:
                    yield Statement(person=self.person_id(q.speaker), text=q.text, kind=q.kind,
                                    source=evidence(r, q.start, q.stop), at_event=q.at_event)  # fmt: skip
            yield from self.mentions(r, venues)
        yield from events.merged()


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


def resolve(records: Iterable[ArticleRecord]) -> Corpus:
    """The corpus of `records`, with every name resolved to one id: a list, or a source that
    reads them one at a time in article-id order (`kg.records.RecordFile`).

    >>> corpus = resolve(records)  # doctest: +SKIP
    """
    resolver = Resolver(records)
    found: dict[type, list] = defaultdict(list)
    for fact in resolver.facts():
        found[type(fact)].append(fact)
    return resolver.entities().model_copy(update={
        "articles": tuple(found[ArticleInfo]), "events": tuple(found[Event]),
        "attendances": tuple(found[Attendance]), "positions": tuple(found[Position]),
        "statements": tuple(found[Statement]), "locations": tuple(found[Location]),
        "mentions": tuple(found[tuple]),
    })  # fmt: skip
