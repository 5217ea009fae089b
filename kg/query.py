"""KnowledgeGraph: the typed query API over the NetworkX graph.

Queries read only the graph's attributes, so a graph loaded from `graph.json` answers
exactly as the one just built. Names are matched in any case form, Kazakh or Russian
letters, or a Latin transliteration («Балаевой», «Балаеваның», «Balayeva»).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import networkx as nx

from extract.kazakh import strip_suffix
from extract.models import PARTICIPATIONS
from extract.names import fold, latin

from . import tables
from .coappear import coappearance_graph
from .export import write_graphml, write_json
from .gexf import write_gexf
from .models import (Alias, Appearance, Event, Evidence, Mentioned, Organisation, Person, Place, Position, Problem,
                     Source, Statement)  # fmt: skip
from .view import write_html
from .vocabulary import LIST_SEP, PARTICIPATION_EDGES
from .window import Window

LATIN_WORD = re.compile(r"[A-Za-z]")


def split(value: str | None) -> tuple[str, ...]:
    return tuple(value.split(LIST_SEP)) if value else ()


def latin_key(text: str) -> str:
    """A loose Latin key: «Balayeva», «Balaeva» and «Балаева» agree.

    >>> latin_key("Balayeva") == latin_key("Балаева"), latin_key("Ashimbayev") == latin_key("Ашимбаев")
    (True, True)
    >>> latin_key("Kassym-Jomart Tokayev") == latin_key("Касым-Жомарт Токаев")
    True
    """
    key = latin(fold(text)).lower()
    key = re.sub(r"y(?=[aeiou])", "", key)
    key = key.replace("kh", "h").replace("q", "k").replace("iy", "i").replace("yy", "y").replace("zh", "j")
    key = re.sub(r"(\w)\1", r"\1", key)  # Kassym, Kasym
    return " ".join(key.replace("-", " ").split())


def _word_matches(query: str, word: str) -> bool:
    """One query word against one name word, allowing Russian and Kazakh case endings."""
    if query == word or fold(strip_suffix(query)) == word:
        return True
    common = 0
    for a, b in zip(query, word):
        if a != b:
            break
        common += 1
    return common >= max(4, len(word) - 2) and len(query) <= len(word) + 3


def name_matches(query: str, spellings: tuple[str, ...]) -> bool:
    """Every word of the query matches a word of one of the spellings."""
    is_latin = bool(LATIN_WORD.search(query))
    key = latin_key if is_latin else fold
    words = key(query).split() if is_latin else [key(w) for w in query.split() if key(w)]
    if not words:
        return False
    for spelling in spellings:
        names = key(spelling).split() if is_latin else [key(w) for w in spelling.split()]
        if all(any(_word_matches(w, n) for n in names) for w in words):
            return True
    return False


class KnowledgeGraph:
    """Who appeared where, over a NetworkX MultiDiGraph (`.nx`).

    >>> graph = kg.build(["seeds/"])  # doctest: +SKIP
    >>> [a.date.isoformat() for a in graph.appearances("Балаева")]
    ['2026-02-13', '2026-03-10']
    """

    def __init__(self, graph: nx.MultiDiGraph, records=(), problems: tuple[Problem, ...] = ()) -> None:
        self.nx = graph
        self.records = tuple(records)
        self.problems = tuple(problems)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {self.nx.number_of_nodes()} nodes, {self.nx.number_of_edges()} edges>"

    def nodes_of(self, type: str) -> list[tuple[str, dict]]:
        """(id, attributes) of every node of one type, by id."""
        return sorted((n, d) for n, d in self.nx.nodes(data=True) if d.get("type") == type)

    def find_people(self, name: str) -> list[str]:
        """Ids of the people whose name or any alias matches `name`.

        >>> graph.find_people("Akylbay"), graph.find_people("Ақылбайдың")
        (['person:serik-akylbay'], ['person:serik-akylbay'])
        """
        found = []
        for node, data in self.nodes_of("Person"):
            spellings = (data["label"], *split(data.get("aliases")), data.get("latin", ""))
            if name_matches(name, spellings):
                found.append(node)
        return found

    def people(self) -> list[Person]:
        """Every person, by id, with aliases and the articles each spelling came from.

        >>> [(a.spelling, a.articles) for a in graph.people()[0].aliases]
        [('Аида Балаева', ('000_7c854f543fbbb445', '001_2bb3ed058fab7c0d', '003_baa3d4bc9a958190'))]
        """
        return [self._person(n, d) for n, d in self.nodes_of("Person")]

    def _aliases(self, data: dict) -> tuple[Alias, ...]:
        by_spelling: dict[str, list[str]] = {}
        for item in split(data.get("alias_sources")):
            spelling, _, article = item.rpartition(" (")
            by_spelling.setdefault(spelling, []).append(article.removesuffix(")"))
        return tuple(Alias(spelling=s, articles=tuple(a)) for s, a in by_spelling.items())

    def _person(self, node: str, data: dict) -> Person:
        return Person(id=node, name=data["label"], latin=data.get("latin", ""), aliases=self._aliases(data),
                      titles=split(data.get("titles")), articles=split(data.get("articles")))  # fmt: skip

    def organisations(self) -> list[Organisation]:
        return [
            Organisation(id=n, name=d["label"], latin=d.get("latin", ""), aliases=self._aliases(d),
                         articles=split(d.get("articles")))
            for n, d in self.nodes_of("Organisation")
        ]

    def places(self) -> list[Place]:
        """Towns, regions and venues; a venue names its town (`town`, the LOCATED_IN edge).

        >>> {p.name: p.town for p in graph.places()}["Республиканская школа имени Абая"]
        'place:almaty'
        """
        return [
            Place(id=n, name=d["label"], latin=d.get("latin", ""), aliases=self._aliases(d), articles=split(d.get("articles")),
                  town=d.get("town"))
            for n, d in self.nodes_of("Place")
        ]

    def events(
        self,
        date: dt.date | str | None = None,
        place: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
    ) -> list[Event]:
        """Events on one date (a day, or a whole month or year: «2026-02»), between `since` and
        `until` (both included), and/or at a place (any spelling of its name).

        >>> [(e.id, e.reports) for e in graph.events(date="2026-02-13", place="Almaty")]
        [('event:2026-02-13-almaty', ('000_7c854f543fbbb445', '001_2bb3ed058fab7c0d'))]
        >>> [e.date.isoformat() for e in graph.events(since="2026-03")]
        ['2026-03-10', '2026-03-15']
        """
        window = Window.of(since, until)
        day = Window.of(date, date) if date is not None else Window()
        found = []
        for node, data in self.nodes_of("Event"):
            if data.get("date") not in window or data.get("date") not in day:
                continue
            if place and not name_matches(place, (data.get("place", ""),)):
                continue
            found.append(self._event(node, data))
        return sorted(found, key=lambda e: (e.date is None, e.date, e.id))

    def _event(self, node: str, data: dict) -> Event:
        targets = {d["type"]: v for _, v, d in self.nx.out_edges(node, data=True)}
        date = data.get("date")
        return Event(id=node, kind=data.get("kind", "event"), label=data["label"],
                     date=dt.date.fromisoformat(date) if date else None,
                     place=targets.get("HELD_AT"), organiser=targets.get("ORGANISED_BY"),
                     reports=split(data.get("reports")), mentions=split(data.get("mentioned_in")))  # fmt: skip

    def appearances(self, name: str, since: dt.date | str | None = None, until: dt.date | str | None = None) -> list[Appearance]:
        """Every event a person matching `name` took part in, by date; `since` and `until`
        (a day, a month or a year) keep the events of a window.

        >>> [(str(a.date), a.place) for a in graph.appearances("Balayeva")]
        [('2026-02-13', 'Алматы'), ('2026-03-10', 'шахта «Анненская»')]
        >>> [str(a.date) for a in graph.appearances("Balayeva", since="2026-03-01")]
        ['2026-03-10']
        """
        window = Window.of(since, until)
        rows = []
        for person in self.find_people(name):
            rows += [a for a in self.appearances_of(person) if a.date in window]
        return sorted(rows, key=lambda a: (a.date is None, a.date, a.person, a.event_id))

    def source(self, article: str) -> Source:
        """An article as a table or a tooltip cites it."""
        data = self.nx.nodes.get(f"article:{article}", {})
        date = data.get("date")
        return Source(article=article, date=dt.date.fromisoformat(date) if date else None,
                      title=data.get("title"), outlet=data.get("outlet"), url=data.get("url"))  # fmt: skip

    def mentioned(self, name: str, since: dt.date | str | None = None, until: dt.date | str | None = None) -> list[Mentioned]:
        """The articles that name a person matching `name` without an event they took part in:
        the President quoted in passing, an academy's namesake.

        >>> [(m.person, m.source.article) for m in graph.mentioned("Токаев")]
        [('Касым-Жомарт Токаев', '002_2b55926e714f2837')]
        """
        window = Window.of(since, until)
        rows = []
        for person in self.find_people(name):
            present = {a for row in self.appearances_of(person) for a in row.articles}
            for _, _, data in self.nx.out_edges(person, data=True):
                if data["type"] == "MENTIONED_IN" and data["article"] not in present:
                    source = self.source(data["article"])
                    if source.date in window:
                        rows.append(Mentioned(person=self.nx.nodes[person]["label"], person_id=person, source=source))
        return sorted(rows, key=lambda m: (m.source.date is None, m.source.date, m.person_id, m.source.article))

    def appearances_of(self, person: str) -> list[Appearance]:
        """The events of one person by id (`person:aida-balaeva`), unsorted: what `appearances`
        and the tables read, with no name to match."""
        by_event: dict[str, list[dict]] = defaultdict(list)
        for _, event, data in self.nx.out_edges(person, data=True):
            if data["type"] in PARTICIPATION_EDGES:
                by_event[event].append(data)
        quotes = defaultdict(list)
        for _, _, data in self.nx.out_edges(person, data=True):
            if data["type"] == "QUOTED_IN" and data.get("at_event", True):  # not what they said elsewhere
                quotes[data["article"]].append(data["quote"])
        rows = []
        for event, edges in by_event.items():
            info = self.nx.nodes[event]
            how = {h for e in edges for h in split(e.get("how"))}
            articles = tuple(sorted({e["article"] for e in edges}))
            roles = [e["role"] for e in edges if e.get("role")]
            date = info.get("date")
            rows.append(Appearance(
                person=self.nx.nodes[person]["label"], person_id=person, event=info["label"],
                event_id=event, kind=info.get("kind", "event"),
                date=dt.date.fromisoformat(date) if date else None, place=info.get("place"),
                role=roles[0].split(LIST_SEP)[0] if roles else None,
                participation=tuple(h for h in PARTICIPATIONS if h in how),
                articles=articles,
                # an article's quotes were said where the person spoke, not on a visit they made
                quotes=tuple(q for a in articles for q in quotes[a]) if "spoke" in how else (),
            ))  # fmt: skip
        return rows

    def _evidence(self, data: dict) -> Evidence:
        return Evidence(article=data["article"], start=data["start"], stop=data["stop"],
                        evidence=data.get("evidence", ""))  # fmt: skip

    def quotes(self, name: str) -> list[Statement]:
        """What a person matching `name` said, direct and indirect, with its source.

        >>> [q.kind for q in graph.quotes("Ашимбаев")].count("direct")
        3
        """
        found = []
        for person in self.find_people(name):
            for _, _, data in self.nx.out_edges(person, data=True):
                if data["type"] == "QUOTED_IN":
                    found.append(Statement(person=person, text=data["quote"], kind=data["kind"],
                                           source=self._evidence(data), at_event=data.get("at_event", True)))  # fmt: skip
        return sorted(found, key=lambda q: (q.source.article, q.source.start))

    def roles(self, name: str) -> list[Position]:
        """The titles a person matching `name` holds, as the articles state them.

        >>> sorted({r.title for r in graph.roles("Искакбеков")})
        ['исполнительный директор Союза юристов']
        """
        found = []
        for person in self.find_people(name):
            for _, target, data in self.nx.out_edges(person, data=True):
                if data["type"] in ("HOLDS_POSITION", "MEMBER_OF"):
                    found.append(Position(person=person, title=data["title"], organisation=target,
                                          source=self._evidence(data)))  # fmt: skip
            for title in split(self.nx.nodes[person].get("titles")):
                if not any(p.title == title for p in found):
                    found.append(Position(person=person, title=title, source=None))
        return found

    def co_appearances(self, a: str, b: str) -> list[Event]:
        """Events at which people matching `a` and `b` both appeared.

        >>> [e.id for e in graph.co_appearances("Балаева", "Ақылбай")]
        ['event:2026-03-10-shakhta-annenskaya']
        """
        first = {x.event_id for x in self.appearances(a)}
        second = {x.event_id for x in self.appearances(b)}
        return [e for e in self.events() if e.id in first & second]

    def coappearances(self, since: dt.date | str | None = None, until: dt.date | str | None = None) -> nx.Graph:
        """Who appears with whom: people joined by the events they shared (`weight`, `events`)
        and the articles naming both (`articles`), in a window if given.

        >>> people = graph.coappearances()
        >>> people["person:aida-balaeva"]["person:serik-akylbay"]["events"]
        1
        """
        return coappearance_graph(self.nx, Window.of(since, until))

    def table(self, kind: str, since: dt.date | str | None = None, until: dt.date | str | None = None) -> list:
        """The rows of a table: "appearances", "people", "events" or "quotes", in a window if given.

        >>> [(str(r.date), r.person) for r in graph.table("appearances", since="2026-03-10", until="2026-03-10")][:2]
        [('2026-03-10', 'Аида Балаева'), ('2026-03-10', 'Аманжол Алтай')]
        """
        return tables.table(self, kind, Window.of(since, until))

    def dataframe(self, kind: str, since: dt.date | str | None = None, until: dt.date | str | None = None):
        """The same table as a pandas DataFrame (`pip install 'kg[pandas]'`), dates as datetimes."""
        return tables.to_dataframe(self.table(kind, since, until), tables.columns(kind))

    def ego(self, name: str, radius: int = 1) -> nx.MultiDiGraph:
        """The neighbourhood of the people matching `name`, edges in both directions counted.

        >>> sub = graph.ego("Искакбеков")
        >>> "event:2026-02-04-soyuz-yuristov" in sub and "person:argyn-iskakbekov" in sub
        True
        """
        nodes: set[str] = set()
        for person in self.find_people(name):
            nodes |= set(nx.ego_graph(self.nx, person, radius=radius, undirected=True))
        return self.nx.subgraph(nodes).copy()

    def write_graphml(self, path: str | Path) -> None:
        write_graphml(self.nx, path)

    def write_gexf(self, path: str | Path) -> None:
        write_gexf(self.nx, path)

    def write_json(self, path: str | Path) -> None:
        write_json(self.nx, path)

    def write_html(self, path: str | Path) -> None:
        write_html(self.nx, path)
