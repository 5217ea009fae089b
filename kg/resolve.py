"""Cross-article resolution: the records of many articles → one Corpus with one node per
person, organisation, place and event.

People merge on the folded full name (Серік Ақылбай = Серик Акылбай); a surname alone joins a
full name only when exactly one person of the corpus has that surname. Organisations and places
merge on their keys (`keys.py`), events on date, place and kind (`events.py`).

Two passes over the records, neither keeping one: the first makes the name tables (which
spellings are one person, one place), the second the facts, article by article. A corpus
larger than memory resolves from its records.jsonl (`kg.records.RecordFile`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from extract.models import ArticleRecord
from extract.names import latin, name_key, slug, surname

from .events import Events
from .spellings import spelling_variants
from .evidence import evidence
from .keys import org_key, place_key, place_name
from .models import (
    Alias,
    ArticleInfo,
    Attendance,
    Corpus,
    Event,
    Location,
    Organisation,
    Person,
    Place,
    Position,
    Statement,
    Venue,
)
from .records import RecordFile
from .venues import extract_venues

# What the second pass yields, in the order `Resolver.facts` gives it.
Fact = ArticleInfo | Location | Attendance | Position | Statement | tuple[str, str] | Event


def _spelling_articles() -> defaultdict[str, set[str]]:
    return defaultdict(set)  # a named function, not a lambda: the tables travel to and from workers


class Names:
    """Spellings grouped under keys, with the articles each came from."""

    def __init__(self, prefer_full: bool = False) -> None:
        self.prefer_full = prefer_full
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self.articles: dict[str, dict[str, set[str]]] = defaultdict(_spelling_articles)

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
    variant = spelling_variants(keys)
    full = [k for k in keys if len(k.split()) >= 2 and variant.get(k, k) == k]
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
    return {k: variant.get(v, v) for k, v in mapping.items()}


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
    """The records in article-id order, readable twice: a RecordFile reads its file again for
    each pass, so the corpus never sits in memory; anything else (a list, a generator) is
    sorted into a list here."""
    return records if isinstance(records, RecordFile) else sorted(records, key=lambda r: r.article.id)


class PersonSpellings:
    """People's spellings under their own name keys, each with the order it was first seen in
    (the tie-break of `Names.name`), its count and its articles, until the keys are resolved."""

    def __init__(self) -> None:
        self.spellings: dict[str, dict[str, int]] = defaultdict(dict)  # name key → spelling → first seen
        self.seen: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.counts: Counter[tuple[str, str]] = Counter()
        self.n = 0

    def add(self, name: str, article: str) -> None:
        key = name_key(name)
        self.n += 1
        self.spellings[key].setdefault(name, self.n)
        self.seen[key, name].add(article)
        self.counts[key, name] += 1

    def update(self, later: PersonSpellings) -> None:
        """The spellings of a later stretch of the corpus, seen after every one of these."""
        for key, names in later.spellings.items():
            for name, first in names.items():
                self.spellings[key].setdefault(name, self.n + first)
        for pair, articles in later.seen.items():
            self.seen[pair] |= articles
        self.counts.update(later.counts)
        self.n += later.n

    def merged(self, person_key: dict[str, str]) -> Names:
        """One Names table by resolved key, each person's spellings in the order first seen."""
        merged: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for key, names in self.spellings.items():
            merged[person_key[key]] += [(first, name, key) for name, first in names.items()]
        people = Names(prefer_full=True)
        for person, names in merged.items():
            for _, name, key in sorted(names):
                people.spellings[person][name] = self.counts[key, name]
                people.articles[person][name] = self.seen[key, name]
        return people


class PersonTitles:
    """The titles the roles give each name key, each with the order it was first seen in."""

    def __init__(self) -> None:
        self.titles: dict[str, dict[str, int]] = defaultdict(dict)  # name key → title → first seen
        self.n = 0

    def add(self, person: str, title: str) -> None:
        self.n += 1
        self.titles[name_key(person)].setdefault(title, self.n)

    def update(self, later: PersonTitles) -> None:
        for key, held in later.titles.items():
            for title, first in held.items():
                self.titles[key].setdefault(title, self.n + first)
        self.n += later.n

    def merged(self, person_key: dict[str, str]) -> dict[str, list[str]]:
        """Each person id's titles, in the order first seen across all their name keys."""
        by_person: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for key, held in self.titles.items():
            by_person["person:" + slug(person_key[key])] += [(first, t) for t, first in held.items()]
        titles: dict[str, list[str]] = defaultdict(list)
        for pid, held in by_person.items():
            titles[pid] = list(dict.fromkeys(t for _, t in sorted(held)))
        return titles


class FirstPass:
    """The name tables of some records read in article-id order. Two made over consecutive
    stretches of a corpus merge (`merge`) into the tables one pass over both makes, so the first
    pass can run on partitions, on as many workers as there are."""

    def __init__(self) -> None:
        self.orgs = Names()
        self.venue_places = Names()  # venues and their towns before other places: ties break on first seen
        self.other_places = Names()
        self.towns: dict[str, str] = {}  # venue key → town key
        self.people = PersonSpellings()
        self.titles = PersonTitles()

    def read(self, records: Iterable[ArticleRecord]) -> FirstPass:
        """Every name of every record into the tables; people under their own name keys until
        all keys are known and a surname can join the one full name that fits."""
        for r in records:
            a = r.article.id
            for name in person_names(r):
                self.people.add(name, a)
            for role in r.roles:
                self.titles.add(role.person, role.title)
            venues = extract_venues(r)
            for v in venues:
                self.venue_places.add(place_key(v.name), v.name, a)
                if v.town:
                    self.venue_places.add(place_key(v.town), v.town, a)
                    self.towns.setdefault(place_key(v.name), place_key(v.town))
            self._names_of(r, venues)
        return self

    def merge(self, later: FirstPass) -> FirstPass:
        """These tables, then those of the records after them."""
        self.orgs.update(later.orgs)
        self.venue_places.update(later.venue_places)
        self.other_places.update(later.other_places)
        for venue, town in later.towns.items():
            self.towns.setdefault(venue, town)
        self.people.update(later.people)
        self.titles.update(later.titles)
        return self

    def _names_of(self, r: ArticleRecord, venues: Sequence[Venue]) -> None:
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
                self.other_places.add(place_key(m.normal), place_name(m.normal), a)
        for c in r.compounds:
            self.orgs.add(org_key(c.normal), c.normal, a)
        for e in r.events:
            if e.place:
                self.other_places.add(place_key(e.place), place_name(e.place), a)
            if e.organiser:
                self.orgs.add(org_key(e.organiser), e.organiser, a)
        for role in r.roles:
            if role.organisation:
                self.orgs.add(org_key(role.organisation), role.organisation, a)


def first_pass(part: Iterable[ArticleRecord]) -> FirstPass:
    """The tables of one partition (a function at module level, so workers can be sent it).

    >>> from functools import reduce
    >>> tables = reduce(FirstPass.merge, client.gather(client.map(first_pass, source.parts(4))))  # doctest: +SKIP
    """
    return FirstPass().read(part)


class Resolver:
    """The key → id tables of a corpus, made in one pass over its records (or merged from
    passes over its partitions, `first`); `facts` is the second pass, one record at a time.
    Neither pass keeps a record: a corpus larger than memory resolves from a file."""

    def __init__(self, records: Iterable[ArticleRecord], first: FirstPass | None = None) -> None:
        self.records = by_article(records)
        first = first or FirstPass().read(self.records)
        self.orgs = first.orgs
        self.places = Names()  # a table of its own: `first` stays as it was, to serve another resolver
        self.places.update(first.venue_places)
        self.places.update(first.other_places)
        self.towns = first.towns
        self.person_key = person_keys(first.people.spellings)
        self.people = first.people.merged(self.person_key)
        self.titles = first.titles.merged(self.person_key)

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
