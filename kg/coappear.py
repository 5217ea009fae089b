"""Who appears with whom: the person–person network most Gephi users start from, weighted by
the events two people shared (`weight`, `events`) and by the articles that name both
(`articles`), over the whole corpus or a window of days."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx

from .export import write_atomic, write_text
from .graph import clean
from .vocabulary import LIST_SEP, PARTICIPATION_EDGES
from .window import Window


Pairs = dict[tuple[str, str], set[str]]


def pairs_of(groups: dict[str, set[str]]) -> Pairs:
    """(a, b) -> the places (events, articles) where both are, from the people of each place."""
    shared: Pairs = defaultdict(set)
    for where, people in groups.items():
        for pair in combinations(sorted(people), 2):
            shared[pair].add(where)
    return shared


def shared_events(graph: nx.MultiDiGraph, window: Window = Window()) -> Pairs:
    """Two people and the events of the window both took part in."""
    at_event: dict[str, set[str]] = defaultdict(set)
    for person, event, data in graph.edges(data=True):
        if data.get("type") in PARTICIPATION_EDGES and graph.nodes[event].get("date") in window:
            at_event[event].add(person)
    return pairs_of(at_event)


def shared_articles(graph: nx.MultiDiGraph, window: Window = Window()) -> Pairs:
    """Two people and the articles of the window that name both."""
    in_article: dict[str, set[str]] = defaultdict(set)
    for node, data in graph.nodes(data=True):
        if data.get("type") == "Person":
            for article in filter(None, (data.get("articles") or "").split(LIST_SEP)):
                if graph.nodes.get(f"article:{article}", {}).get("date") in window:
                    in_article[article].add(node)
    return pairs_of(in_article)


def coappearance_graph(graph: nx.MultiDiGraph, window: Window = Window()) -> nx.Graph:
    """People as nodes (label, latin), an edge between two who took part in one event or are
    named in one article; `weight` counts shared events, `articles` shared articles."""
    by_event, by_article = shared_events(graph, window), shared_articles(graph, window)
    out = nx.Graph()
    for pair in sorted(by_event.keys() | by_article.keys()):
        for person in pair:
            if person not in out:
                data = graph.nodes[person]
                out.add_node(person, type="Person", label=data["label"], latin=data.get("latin", ""))
        events, articles = by_event.get(pair, set()), by_article.get(pair, set())
        out.add_edge(*pair, weight=len(events), events=len(events), articles=len(articles),
                     event_ids=LIST_SEP.join(sorted(events)), article_ids=LIST_SEP.join(sorted(articles)))  # fmt: skip
    return out


def write_coappearance(people: nx.Graph, path: str | Path, format: str) -> None:
    """The network as GraphML or GEXF (Gephi, igraph), or CSV (one row per pair)."""
    if format == "graphml":
        write_atomic(path, lambda handle: nx.write_graphml(people, handle, encoding="utf-8"))
    elif format == "gexf":
        write_atomic(path, lambda handle: nx.write_gexf(people, handle, encoding="utf-8"))
    elif format == "csv":
        write_text(path, coappearance_csv(people))
    else:
        raise ValueError(f"unknown format «{format}»: graphml, gexf or csv")


def coappearance_csv(people: nx.Graph) -> str:
    """One row per pair, strongest first, with a byte-order mark so a spreadsheet reads it as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("a", "a_name", "b", "b_name", "events", "articles", "event_ids", "article_ids"))
    rows = sorted(people.edges(data=True), key=lambda e: (-e[2]["events"], -e[2]["articles"], e[0], e[1]))
    for a, b, data in rows:
        writer.writerow((a, clean(people.nodes[a]["label"]), b, clean(people.nodes[b]["label"]), data["events"],
                         data["articles"], data["event_ids"], data["article_ids"]))  # fmt: skip
    return "\ufeff" + buffer.getvalue()
