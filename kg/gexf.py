"""GEXF 1.3 for Gephi: colours and sizes by node type, and dates as spells, so that Gephi's
timeline plays the campaign day by day.

The XML is built here rather than by `networkx.write_gexf`: that writer misspells the 1.3 XSI
namespace, turns an edge's `type` into GEXF's directed/undirected flag, its `start` (our text
offset) and any list into time data. networkx's reader reads the file back.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from .errors import GraphFileError
from .export import write_atomic
from .graph import add_edge, clean
from .view import below, page_positions
from .vocabulary import NODE_STYLE, OTHER_STYLE, PARTICIPATION_EDGES

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} {NS}/gexf.xsd"
XML_TYPES = {bool: "boolean", int: "integer", float: "double", str: "string"}
EVENT_EDGES = ("HELD_ON", "HELD_AT", "ORGANISED_BY")
GEXF_ONLY = {"label", "viz", "spells", "id"}  # what the reader adds that the kg graph does not hold


def node_spells(data: dict) -> list[tuple[str, str]]:
    """A dated node (an event, a date, an article) lasts its day; people, organisations and
    places get no spell, so Gephi shows them throughout."""
    return [(data["date"], data["date"])] if data.get("date") else []


def edge_spells(graph: nx.MultiDiGraph, source: str, target: str, data: dict) -> list[tuple[str, str]]:
    """An appearance lasts its event's day, and so do the event's place, date and organiser;
    any other fact the day of the article that states it (a role, a quote, a mention, a
    report); an article's date edge, that date. Undated, no spell."""
    date = None
    if data["type"] in PARTICIPATION_EDGES:
        date = graph.nodes[target].get("date")
    elif data["type"] in EVENT_EDGES:
        date = graph.nodes[source].get("date")
    elif data.get("article"):
        date = graph.nodes.get(f"article:{data['article']}", {}).get("date")
    elif graph.nodes[source].get("type") == "Article":
        date = graph.nodes[source].get("date")
    return [(date, date)] if date else []


def xml_type(key: str, value) -> str:
    try:
        return XML_TYPES[type(value)]
    except KeyError:
        raise TypeError(f"attribute {key!r} holds a {type(value).__name__}; GEXF takes scalars only") from None


def columns(items, skip: frozenset = frozenset({"label"})) -> dict[str, str]:
    """Attribute title → GEXF type, sorted; an attribute seen with two types becomes a string."""
    seen: dict[str, set[str]] = {}
    for data in items:
        for key, value in data.items():
            if key not in skip:
                seen.setdefault(key, set()).add(xml_type(key, value))
    return {key: types.pop() if len(types) == 1 else "string" for key, types in sorted(seen.items())}


def format_value(value) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def attributes_element(cls: str, titles: dict[str, str]) -> ET.Element:
    element = ET.Element("attributes", {"class": cls})
    for title, kind in titles.items():
        ET.SubElement(element, "attribute", id=f"{cls}-{title}", title=title, type=kind)
    return element


def add_attvalues(element: ET.Element, cls: str, data: dict, titles: dict[str, str]) -> None:
    keys = [key for key in titles if key in data]
    if keys:
        values = ET.SubElement(element, "attvalues")
        for key in keys:
            ET.SubElement(values, "attvalue", {"for": f"{cls}-{key}", "value": format_value(data[key])})


def add_spells(element: ET.Element, spells: list[tuple[str, str]]) -> None:
    if spells:
        parent = ET.SubElement(element, "spells")
        for start, end in spells:
            ET.SubElement(parent, "spell", start=start, end=end)


def add_viz(element: ET.Element, type: str | None, position: tuple[float, float] | None) -> None:
    colour, _, size = NODE_STYLE.get(type, OTHER_STYLE)
    r, g, b = (str(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    ET.SubElement(element, "viz:color", r=r, g=g, b=b, a="1.0")
    if position is not None:  # the page's y grows downwards, Gephi's upwards
        ET.SubElement(element, "viz:position", x=f"{position[0]:.1f}", y=f"{-position[1]:.1f}", z="0.0")
    ET.SubElement(element, "viz:size", value=f"{float(size)}")


def node_element(node: str, data: dict, titles: dict[str, str], position=None) -> ET.Element:
    element = ET.Element("node", id=clean(str(node)), label=clean(str(data.get("label", node))))
    add_attvalues(element, "node", data, titles)
    add_spells(element, node_spells(data))
    add_viz(element, data.get("type"), position)
    return element


def all_positions(graph: nx.MultiDiGraph, page: dict | None = None) -> dict[str, tuple[float, float]]:
    """The page's positions (`page`, else laid out again), and the nodes it does not draw
    (articles only mentioned, dates of nothing drawn) in rows under them."""
    pos = page or page_positions(graph)
    return below(pos, [n for n in graph.nodes if n not in pos])


def edge_element(graph: nx.MultiDiGraph, n: int, u: str, v: str, data: dict, titles: dict[str, str]) -> ET.Element:
    """`kind` keeps parallel edges of different types apart in Gephi; `label` shows the type."""
    element = ET.Element("edge", id=str(n), source=clean(str(u)), target=clean(str(v)), label=data["type"], kind=data["type"])
    add_attvalues(element, "edge", data, titles)
    add_spells(element, edge_spells(graph, u, v, data))
    return element


def graph_to_gexf(graph: nx.MultiDiGraph, page: dict | None = None) -> ET.Element:
    """The <gexf> element of a kg graph.

    >>> root = graph_to_gexf(graph.nx)
    >>> root.get("version"), root.find("graph").get("mode")
    ('1.3', 'dynamic')
    """
    root = ET.Element("gexf", {"xmlns": NS, "xmlns:viz": VIZ, "xmlns:xsi": XSI,
                               "xsi:schemaLocation": SCHEMA_LOCATION, "version": "1.3"})  # fmt: skip
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "kg"
    ET.SubElement(meta, "description").text = "who appeared where: people, events, organisations, places"
    body = ET.SubElement(root, "graph", defaultedgetype="directed", mode="dynamic", timeformat="date")
    node_titles = columns(d for _, d in graph.nodes(data=True))
    edge_titles = columns((d for _, _, d in graph.edges(data=True)), skip=frozenset())
    body.append(attributes_element("node", node_titles))
    body.append(attributes_element("edge", edge_titles))
    nodes = ET.SubElement(body, "nodes")
    pos = all_positions(graph, page)
    nodes.extend(node_element(n, d, node_titles, pos.get(n)) for n, d in graph.nodes(data=True))
    edges = ET.SubElement(body, "edges")
    edges.extend(edge_element(graph, i, u, v, d, edge_titles) for i, (u, v, d) in enumerate(graph.edges(data=True)))
    return root


def write_gexf(graph: nx.MultiDiGraph, path: str | Path, page: dict | None = None) -> None:
    """GEXF 1.3 in dynamic mode; the same graph always gives the same bytes. `page`: the
    page's positions, when the caller has laid the graph out already."""
    tree = ET.ElementTree(graph_to_gexf(graph, page))
    ET.indent(tree, space=" ")
    write_atomic(path, lambda handle: tree.write(handle, encoding="utf-8", xml_declaration=True))


def gexf_to_graph(raw: nx.Graph) -> nx.MultiDiGraph:
    """Back to a kg graph: Gephi's extras dropped, edge keys rebuilt in the order written."""
    graph = nx.MultiDiGraph()
    for node, data in raw.nodes(data=True):
        graph.add_node(node, label=data["label"], **{k: v for k, v in data.items() if k not in GEXF_ONLY})
    for u, v, data in raw.edges(data=True):
        add_edge(graph, u, v, **{k: x for k, x in data.items() if k not in GEXF_ONLY})
    return graph


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """The graph written by `write_gexf`; a damaged file raises GraphFileError naming it."""
    try:
        raw = nx.read_gexf(path, version="1.3")
    except OSError as err:
        raise GraphFileError(path, f"cannot read: {err.strerror or err}") from err
    except (ET.ParseError, nx.NetworkXError, KeyError, ValueError, TypeError) as err:
        raise GraphFileError(path, f"not a kg graph (GEXF 1.3): {err}") from err
    return gexf_to_graph(raw)
