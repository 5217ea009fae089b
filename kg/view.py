"""The interactive HTML page (pyvis): people, events, places and organisations, coloured by
type, with tooltips that say who did what, where, and from which article.

Tooltips are plain text: article text never becomes markup on the page.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .export import write_text
from .graph import LIST_SEP

STYLE = {  # type: (colour, shape, size)
    "Person": ("#e4572e", "dot", 18),
    "Event": ("#17bebb", "star", 24),
    "Organisation": ("#76b041", "square", 14),
    "Place": ("#ffc914", "triangle", 14),
    "Date": ("#8e8e8e", "diamond", 10),
    "Article": ("#2e86ab", "box", 10),
}
SHOWN_EDGES = {"SPOKE_AT", "ATTENDED", "MODERATED", "HELD_AT", "HELD_ON", "ORGANISED_BY",
               "HOLDS_POSITION", "MEMBER_OF", "REPORTED_IN"}  # fmt: skip


def plain(text: str) -> str:
    """Tooltip text that pyvis will not switch to raw HTML (it does for any «href»)."""
    return text.replace("href", "hre\u200bf")


def tooltip(data: dict) -> str:
    lines = [f"{data.get('type', '')}: {data.get('label', '')}"]
    for key in ("latin", "kind", "date", "place", "organiser", "titles", "aliases", "reports", "articles"):
        if data.get(key):
            lines.append(f"{key}: {str(data[key]).replace(LIST_SEP, '; ')}")
    return plain("\n".join(lines))


def edge_tooltip(data: dict) -> str:
    lines = [data["type"]]
    for key in ("how", "role", "title", "article", "evidence"):
        if data.get(key):
            lines.append(f"{key}: {data[key]}")
    return plain("\n".join(lines))


def to_network(graph: nx.MultiDiGraph) -> Network:
    """The part of the graph a reader explores: entities and events, not every mention."""
    net = Network(height="900px", width="100%", directed=True, cdn_resources="remote")
    edges = [(u, v, d) for u, v, d in graph.edges(data=True) if d.get("type") in SHOWN_EDGES]
    used = {n for u, v, _ in edges for n in (u, v)}
    for node, data in sorted(graph.nodes(data=True)):
        if node not in used and data.get("type") not in ("Person", "Event"):
            continue
        colour, shape, size = STYLE.get(data.get("type"), ("#999999", "dot", 10))
        net.add_node(node, label=data.get("label", node), title=tooltip(data), color=colour,
                     shape=shape, size=size, group=data.get("type"))  # fmt: skip
    for u, v, data in edges:
        net.add_edge(u, v, title=edge_tooltip(data), label=data["type"].lower())
    return net


def write_html(graph: nx.MultiDiGraph, path: str | Path) -> None:
    write_text(path, to_network(graph).generate_html())
