"""The Corpus as a NetworkX MultiDiGraph: records flattened into scalar attributes once, here.

Every node has `type` and `label`; every edge has `type` and, where it comes from the text,
its provenance: `article`, `start`, `stop`, `evidence`. Only str, int and bool values are
stored, so GraphML, GEXF and JSON writers take the graph as it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from sys import intern

import networkx as nx

from extract.models import ArticleRecord
from extract.names import latin

from .models import LIST_SEP, ArticleInfo, Attendance, Corpus, Event, Evidence, Location, Position, Statement
from .resolve import Fact, FirstPass, Resolver
from .vocabulary import EDGE_FOR

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def flat(**attrs) -> dict:
    """Drop None, join sequences, dates as ISO strings, strip characters XML cannot hold:
    what every graph format accepts."""
    out = {}
    for key, value in attrs.items():
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            out[key] = clean(value)
        elif kind is int or kind is bool:
            out[key] = value
        elif isinstance(value, (list, tuple)):
            if value:
                out[key] = clean(LIST_SEP.join(str(v) for v in value))
        elif hasattr(value, "isoformat"):
            out[key] = value.isoformat()
        else:
            out[key] = clean(value) if isinstance(value, str) else value
    return out


def clean(value: str) -> str:
    """The value without characters XML cannot hold. A printable string holds none of them and
    is asked in C at a quarter of a search's cost: a graph cleans a million values."""
    if value.isprintable() or not XML_INVALID.search(value):
        return value
    return XML_INVALID.sub(" ", value)


def provenance(source: Evidence) -> dict:
    return {"article": source.article, "start": source.start, "stop": source.stop,
            "evidence": source.evidence}  # fmt: skip


def add_edge(graph: nx.MultiDiGraph, u: str, v: str, type: str, **attrs) -> None:
    """An edge per fact, keyed 0, 1 … between the same two nodes, so the same fact from two
    articles stays two edges. Node ids are interned: networkx keeps the id it is given in both
    adjacency tables, and 3 million edges would otherwise hold 6 million copies of them."""
    graph.add_edge(intern(u), intern(v), **flat(type=type, **attrs))


def format_date(date) -> str:
    """«13 Feb 2026», the same whatever the machine's locale."""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def date_node(graph: nx.MultiDiGraph, date) -> str:
    node = f"date:{date.isoformat()}"
    if node not in graph:
        graph.add_node(node, **flat(type="Date", label=format_date(date), date=date))
    return node


def place_label(graph: nx.MultiDiGraph, place: str) -> str:
    """A place as a reader wants it: a venue with its town, «шахта «Анненская», Караганда».

    >>> from .models import Place
    >>> corpus = Corpus(places=(Place(id="place:karaganda", name="Караганда", latin="Karaganda"),
    ...     Place(id="place:mine", name="шахта «Анненская»", latin="", town="place:karaganda")))
    >>> place_label(build_graph(corpus), "place:mine")
    'шахта «Анненская», Караганда'
    """
    town = graph.nodes[place].get("town")
    label = graph.nodes[place]["label"]
    return f"{label}, {graph.nodes[town]['label']}" if town else label


def alias_sources(aliases) -> list[str]:
    """One item per spelling and article, «Серік Ақылбай (004_55180b305bf3e1f0)»: a flat list,
    where «spelling: a1, a2» nested a second list inside the first."""
    return [f"{a.spelling} ({article})" for a in aliases for article in a.articles]


def build_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """The graph of a resolved corpus: the same graph, node for node and edge for edge, as
    `graph_of` its records.

    >>> graph = build_graph(resolve(records))  # doctest: +SKIP
    """
    return assemble(corpus, corpus_facts(corpus))


def graph_of(records: Iterable[ArticleRecord], first: FirstPass | None = None) -> nx.MultiDiGraph:
    """The graph of `records` without a Corpus between: each fact becomes an edge as the second
    pass of resolution reads it, so memory holds the graph and the name tables, not the facts.
    `first`: the first pass's tables, when partitions made them elsewhere."""
    resolver = Resolver(records, first)
    return assemble(resolver.entities(), resolver.facts())


def corpus_facts(corpus: Corpus) -> Iterator[Fact]:
    """A Corpus's facts in the order `Resolver.facts` yields them: article by article, events last."""
    of_article: dict[str, list] = defaultdict(list)
    for fact in (*corpus.locations, *corpus.attendances, *corpus.positions, *corpus.statements):
        of_article[fact.source.article].append(fact)
    for mention in corpus.mentions:
        of_article[mention[1]].append(mention)
    for a in corpus.articles:
        yield a
        yield from of_article.pop(a.id, ())
    yield from corpus.events


def assemble(entities: Corpus, facts: Iterable[Fact]) -> nx.MultiDiGraph:
    """Nodes for the entities' people, organisations and places, then an edge or a node per fact."""
    g = nx.MultiDiGraph()
    for p in entities.people:
        aliases = [x.spelling for x in p.aliases]
        sources = alias_sources(p.aliases)
        g.add_node(p.id, **flat(type="Person", label=p.name, latin=p.latin, aliases=aliases,
                                alias_sources=sources, titles=p.titles, articles=p.articles))  # fmt: skip
    for kind, items in (("Organisation", entities.organisations), ("Place", entities.places)):
        for o in items:
            g.add_node(o.id, **flat(type=kind, label=o.name, latin=o.latin, town=getattr(o, "town", None),
                                    aliases=[x.spelling for x in o.aliases], articles=o.articles,
                                    alias_sources=alias_sources(o.aliases)))  # fmt: skip
    for fact in facts:
        ADD[type(fact)](g, fact)
    return g


def add_article(g: nx.MultiDiGraph, a: ArticleInfo) -> None:
    g.add_node(f"article:{a.id}", **flat(type="Article", label=a.id, source=a.source, date=a.date,
                                         language=a.language, title=a.title, outlet=a.outlet, url=a.url))  # fmt: skip
    if a.date:
        add_edge(g, f"article:{a.id}", date_node(g, a.date), "PUBLISHED_ON")


def add_location(g: nx.MultiDiGraph, place: Location) -> None:
    add_edge(g, place.place, place.town, "LOCATED_IN", **provenance(place.source))


def add_event(g: nx.MultiDiGraph, e: Event) -> None:
    g.add_node(e.id, **flat(type="Event", label=e.label, latin=latin(e.label), kind=e.kind, date=e.date,
                            place=e.place and place_label(g, e.place),
                            organiser=e.organiser and g.nodes[e.organiser]["label"],
                            reports=e.reports, mentioned_in=e.mentions))  # fmt: skip
    if e.date:
        add_edge(g, e.id, date_node(g, e.date), "HELD_ON")
    if e.place:
        add_edge(g, e.id, e.place, "HELD_AT", **provenance(e.source))
    if e.organiser:
        add_edge(g, e.id, e.organiser, "ORGANISED_BY", **provenance(e.source))
    for article in e.reports:
        add_edge(g, e.id, f"article:{article}", "REPORTED_IN", article=article)
    for article in e.mentions:
        add_edge(g, e.id, f"article:{article}", "MENTIONED_IN", article=article)


def add_attendance(g: nx.MultiDiGraph, a: Attendance) -> None:
    strongest = EDGE_FOR[a.how[0]] if a.how else "ATTENDED"
    add_edge(g, a.person, a.event, strongest, how=a.how, role=a.role, **provenance(a.source))


def add_position(g: nx.MultiDiGraph, pos: Position) -> None:
    if pos.organisation:
        kind = "MEMBER_OF" if pos.title.lower().startswith("член") else "HOLDS_POSITION"
        add_edge(g, pos.person, pos.organisation, kind, title=pos.title, **provenance(pos.source))


def add_statement(g: nx.MultiDiGraph, s: Statement) -> None:
    add_edge(g, s.person, f"article:{s.source.article}", "QUOTED_IN", quote=s.text, kind=s.kind,
             at_event=s.at_event, **provenance(s.source))  # fmt: skip


def add_mention(g: nx.MultiDiGraph, mention: tuple[str, str]) -> None:
    entity, article = mention
    if entity in g:
        add_edge(g, entity, f"article:{article}", "MENTIONED_IN", article=article)


# The graph's part of each kind of fact.
ADD = {ArticleInfo: add_article, Location: add_location, Event: add_event, Attendance: add_attendance,
       Position: add_position, Statement: add_statement, tuple: add_mention}  # fmt: skip
