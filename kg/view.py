"""The interactive HTML page: one file that works with the network cut off (vis-network and its
CSS inlined from the pyvis wheel into our own template), laid out here, drawn with physics off.

Article text reaches the page only as JSON data, and the page puts it on screen with
textContent: a quote holding markup shows as text and never runs.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
from functools import partial
import hashlib
import importlib.util
import json
import math
import random
from collections import Counter
from importlib.resources import files
from pathlib import Path

import igraph
import jinja2
import networkx as nx

from .coappear import shared_events
from .export import write_text
from .graph import format_date
from .vocabulary import LIST_SEP, NODE_STYLE, OTHER_STYLE, PARTICIPATION_EDGES

# The page shows who appeared where: people at events, the events, their places and organisers.
# Articles and dates are attributes (tooltips, labels), not boxes, and posts are in a person's
# tooltip: at a thousand articles boxes and person–organisation pairs were most of the drawing.
# Gephi's files keep every node and edge.
SHOWN_EDGES = {"LED", "SPOKE_AT", "ATTENDED", "MODERATED", "HELD_AT", "ORGANISED_BY", "LOCATED_IN"}
LABEL_LIMIT = 40
GAP = 80  # pixels kept free around each node's centre: room for its label's first line
NODE_FIELDS = ("latin", "kind", "date", "place", "organiser", "titles", "aliases", "reports", "mentioned_in",
               "articles", "language", "source")  # fmt: skip
EDGE_FIELDS = ("how", "role", "title", "quote", "evidence", "article")
TEXT_LIMIT = 300
LAYOUT_SEED = 7
TEMPLATES = files("kg") / "templates"
SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                  0x2028: "\\u2028", 0x2029: "\\u2029"}  # fmt: skip


def clip(text: str) -> str:
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


def day(iso: str | None) -> str:
    return format_date(dt.date.fromisoformat(iso)) if iso else "undated"


def shown(graph: nx.MultiDiGraph) -> tuple[list[str], list[tuple[str, str, dict]]]:
    """The part of the graph a reader explores: people at events, the events, their places and
    organisers. A person only mentioned in an article, or only holding a post, is counted in the
    legend, not drawn: hundreds of them made a grid, then a cloud, around the picture."""
    edges = [(u, v, d) for u, v, d in graph.edges(data=True) if d.get("type") in SHOWN_EDGES]
    used = {n for u, v, _ in edges for n in (u, v)}
    nodes = [n for n, d in sorted(graph.nodes(data=True)) if n in used or d.get("type") == "Event"]
    return nodes, edges


def layout(graph: nx.Graph, scale: float) -> dict:
    """Positions in pixels, the same on every run, so the page needs no physics to settle:
    igraph's Fruchterman–Reingold (C; 6,000 nodes in under a second, where networkx's takes
    minutes or needs scipy), on an RNG of its own so the user's `random` is left alone."""
    nodes = list(graph)
    if len(nodes) < 2:
        return {n: (0.0, 0.0) for n in nodes}
    index = {n: i for i, n in enumerate(nodes)}
    network = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in graph.edges()])
    igraph.set_random_number_generator(random.Random(LAYOUT_SEED))
    try:
        coords = network.layout_fruchterman_reingold(niter=500).coords
    finally:
        igraph.set_random_number_generator(random)
    xs, ys = [x for x, _ in coords], [y for _, y in coords]
    middle, half = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2), max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    return {n: ((x - middle[0]) / half * scale, (y - middle[1]) / half * scale) for n, (x, y) in zip(nodes, coords)}


def spread(pos: dict, gap: float = GAP, rounds: int = 100) -> dict:
    """The same picture with no two nodes closer than `gap`: pairs too close are pushed apart
    along the line between them, neighbours found in a grid of `gap`-wide cells (linear time)."""
    pos = {n: [float(x), float(y)] for n, (x, y) in pos.items()}
    for _ in range(rounds):
        cells: dict[tuple[int, int], list[str]] = {}
        for n, (x, y) in pos.items():
            cells.setdefault((int(x // gap), int(y // gap)), []).append(n)
        moved = False
        for (cx, cy), members in sorted(cells.items()):
            near = [m for dx in (-1, 0, 1) for dy in (-1, 0, 1) for m in cells.get((cx + dx, cy + dy), ())]
            for a in members:
                for b in near:
                    if b <= a:
                        continue
                    (ax, ay), (bx, by) = pos[a], pos[b]
                    dx, dy = bx - ax, by - ay
                    dist = math.hypot(dx, dy)
                    if dist >= gap:
                        continue
                    if dist < 1e-6:  # one on top of the other: apart along a direction fixed by the names
                        angle = (sum(map(ord, a + b)) % 360) * math.pi / 180
                        dx, dy, dist = math.cos(angle), math.sin(angle), 1.0
                    push = (gap * 1.05 - dist) / 2 / dist  # a little past: pairs pushed only to the edge creep back
                    pos[a][0] -= dx * push
                    pos[a][1] -= dy * push
                    pos[b][0] += dx * push
                    pos[b][1] += dy * push
                    moved = True
        if not moved:
            break
    return {n: (x, y) for n, (x, y) in pos.items()}


def grid(nodes: list[str], top: float, left: float, step: float = 140) -> dict:
    """Unconnected nodes in rows under the drawing: left to the layout they drift to its rim."""
    width = max(1, math.ceil(math.sqrt(len(nodes))) * 2)
    return {n: (left + step * (i % width), top + step * (i // width)) for i, n in enumerate(nodes)}


def spread_of(count: int) -> float:
    """Half the width of the drawing of `count` connected nodes, in the page's pixels."""
    return 0.75 * GAP * math.sqrt(count) + 100


SCREEN = (1400, 870)  # the drawing's part of a laptop's window, in pixels


def label_max(pos: dict) -> float:
    """The font size of the busiest node's label, chosen so that it reads at about 20 pixels
    when the whole drawing fits a laptop's screen (the page's first view): the larger the
    drawing, the larger its hubs' labels, while the rest stay under the size the page draws."""
    xs, ys = [x for x, _ in pos.values()] or [0.0], [y for _, y in pos.values()] or [0.0]
    fit = 0.9 * min(SCREEN[0] / max(max(xs) - min(xs), 1.0), SCREEN[1] / max(max(ys) - min(ys), 1.0))
    return max(12.0, 20 / fit)


def below(pos: dict, nodes: list[str]) -> dict:
    """`pos` with `nodes` added in rows under the drawing (the page's lonely nodes, the nodes
    only Gephi's file holds): left to the layout they drift to its rim."""
    bottom, left = max((y for _, y in pos.values()), default=0), min((x for x, _ in pos.values()), default=0)
    return {**pos, **grid(nodes, top=bottom + 150, left=left)}


def positions(graph: nx.MultiDiGraph, nodes: list[str], edges) -> dict[str, tuple[float, float]]:
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from((u, v) for u, v, _ in edges)
    lonely = [n for n in nodes if simple.degree(n) == 0]
    simple.remove_nodes_from(lonely)
    pos = spread(layout(simple, scale=spread_of(len(simple))))  # about the room each node needs; spread() does the rest
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in below(pos, lonely).items()}


def label_of(data: dict) -> str:
    """What the drawing writes under a node: an event with its day («13 Feb 2026 · встреча …»),
    any label cut at LABEL_LIMIT (the tooltip has it whole)."""
    label = data.get("label", "")
    label = label if len(label) <= LABEL_LIMIT else label[: LABEL_LIMIT - 1] + "…"
    if data.get("type") == "Event":
        return f"{day(data.get('date'))} · {label}"
    return label


def appearance_lines(graph: nx.MultiDiGraph, person: str) -> list[tuple[str, str]]:
    """One line per event, by date, with every role the articles give there."""
    roles: dict[str, list[str]] = {}
    for _, event, d in graph.out_edges(person, data=True):
        if d["type"] in PARTICIPATION_EDGES:
            said = roles.setdefault(event, [])
            said += [d["role"]] if d.get("role") and d["role"] not in said else []
    lines = []
    for event in sorted(roles, key=lambda e: (graph.nodes[e].get("date") or "9999", e)):
        info = graph.nodes[event]
        parts = [day(info.get("date")), info.get("label", event), info.get("place"), *roles[event]]
        lines.append(("appeared", " · ".join(p for p in parts if p)))
    return lines


def quote_lines(graph: nx.MultiDiGraph, person: str) -> list[tuple[str, str]]:
    return [("quote", f"«{clip(d['quote'])}» ({d['article']})")
            for _, _, d in graph.out_edges(person, data=True) if d["type"] == "QUOTED_IN"]  # fmt: skip


def people_line(graph: nx.MultiDiGraph, event: str) -> list[tuple[str, str]]:
    names = sorted({graph.nodes[u].get("label", u) for u, _, d in graph.in_edges(event, data=True)
                    if d["type"] in PARTICIPATION_EDGES})  # fmt: skip
    return [("people", "; ".join(names))] if names else []


CITED_FIELDS = ("reports", "mentioned_in", "articles")


def cite(graph: nx.MultiDiGraph, article: str) -> str:
    """An article as a reader cites it: «headline (outlet, id)», or its id alone when the input
    gave no headline; the id stays, as it names the file."""
    data = graph.nodes.get(f"article:{article}", {})
    title = data.get("title")
    return f"{title} ({', '.join(filter(None, (data.get('outlet'), article)))})" if title else article


def node_info(graph: nx.MultiDiGraph, node: str) -> list[tuple[str, str]]:
    """Tooltip lines: the node's own fields (articles by their headlines), a person's
    appearances and quotes, an event's people."""
    data = graph.nodes[node]
    lines = []
    for key in NODE_FIELDS:
        if data.get(key):
            value = "; ".join(map(partial(cite, graph), data[key].split(LIST_SEP))) if key in CITED_FIELDS else str(data[key])
            lines.append((key, clip(value)))
    if data.get("type") == "Person":
        lines += appearance_lines(graph, node) + quote_lines(graph, node)
    elif data.get("type") == "Event":
        lines += people_line(graph, node)
    return lines


def edge_info(graph: nx.MultiDiGraph, target: str, data: dict) -> list[tuple[str, str]]:
    lines = [(key, clip(str(data[key]).replace(LIST_SEP, "; "))) for key in EDGE_FIELDS if data.get(key)]
    if data["type"] in PARTICIPATION_EDGES:
        lines.insert(0, ("date", day(graph.nodes[target].get("date"))))
    return lines


def style_of(type: str | None) -> dict:
    colour, shape, size = NODE_STYLE.get(type, OTHER_STYLE)
    return {"colour": colour, "shape": shape, "size": size}


def page_positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Where the page draws each node it shows; GEXF writes the same positions, so Gephi opens
    with the page's picture (the build lays the graph out once and hands both writers the
    positions: a large graph's layout takes seconds)."""
    return positions(graph, *shown(graph))


OVERVIEW = 250  # nodes a first view can show with their labels read; the rest wait for the zoom


def overview(nodes: list[str], edges, degree: Counter, graph: nx.MultiDiGraph) -> set[str]:
    """The nodes the first view of a large drawing shows, about OVERVIEW of them: the busiest
    first, an event always with its people and place (an event alone says nothing of who
    appeared where); every node while the drawing is small enough to read whole."""
    if len(nodes) <= 2 * OVERVIEW:
        return set(nodes)
    around: dict[str, set[str]] = {}
    for u, v, _ in edges:
        around.setdefault(u, set()).add(v)
        around.setdefault(v, set()).add(u)
    first: set[str] = set()
    for node in sorted(nodes, key=lambda n: (-degree[n], n)):
        group = {node} | (around.get(node, set()) if graph.nodes[node].get("type") == "Event" else set())
        if len(first) + len(group - first) <= OVERVIEW:
            first |= group
    return first


def page_data(graph: nx.MultiDiGraph, pos: dict | None = None) -> dict:
    """What the page's script reads: styles, nodes with positions and tooltip lines, edges."""
    nodes, edges = shown(graph)
    pos = pos or page_positions(graph)
    degree = Counter(n for u, v, _ in edges for n in {u, v})  # how much a node takes part in: its size
    first = overview(nodes, edges, degree, graph)
    return {
        "styles": {t: style_of(t) for t in NODE_STYLE},
        "other": style_of(None),
        "appearance": list(PARTICIPATION_EDGES),
        "labelMax": round(label_max(pos), 1),
        "totals": dict(Counter(d.get("type", "") for _, d in graph.nodes(data=True))),
        "nodes": [{"id": n, "label": label_of(graph.nodes[n]), "type": graph.nodes[n].get("type", ""), "weight": degree[n],
                   "overview": n in first, "date": graph.nodes[n].get("date") if graph.nodes[n].get("type") == "Event" else None,
                   "x": pos[n][0], "y": pos[n][1], "info": node_info(graph, n),
                   "search": [*graph.nodes[n].get("aliases", "").split(LIST_SEP), graph.nodes[n].get("latin", "")]}
                  for n in nodes],
        "edges": [{"id": f"e{i}", "from": u, "to": v, "type": d["type"], "info": edge_info(graph, v, d)}
                  for i, (u, v, d) in enumerate(edges)],
        "pairs": pairs(graph, set(nodes)),
    }  # fmt: skip


def pairs(graph: nx.MultiDiGraph, drawn: set[str]) -> list[dict]:
    """Who appeared with whom, for the page's «who with whom» view: two drawn people joined by
    the events they shared (the event weight of `kg export coappearance`)."""
    shared = [(pair, events) for pair, events in sorted(shared_events(graph).items()) if drawn.issuperset(pair)]
    return [{"id": f"p{i}", "from": a, "to": b, "events": len(events),
             "info": [("events together", str(len(events))), ("events", "; ".join(sorted(events)))]}
            for i, ((a, b), events) in enumerate(shared)]  # fmt: skip


def json_for_script(data) -> str:
    """JSON that cannot close its <script> element, whatever the articles say."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_ESCAPES)


def vis_folder() -> Path:
    """vis-network 9.1.2 as the pinned pyvis 0.3.2 wheel ships it; found, not imported (that
    would load IPython)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("graph.html needs pyvis==0.3.2 installed: it ships vis-network")
    return Path(spec.submodule_search_locations[0]) / "lib" / "vis-9.1.2"


@functools.cache
def read_asset(resource) -> str:
    """A script or stylesheet to inline; one that would end its element early is refused."""
    text = resource.read_text(encoding="utf-8").replace("\r\n", "\n")
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"{resource}: holds </script or </style and cannot be inlined")
    return text


def csp(*scripts: str) -> str:
    """Only these inline scripts run, and the page may fetch nothing: no host, no file."""
    digests = (base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") for s in scripts)
    allowed = " ".join(f"'sha256-{d}'" for d in digests)
    return f"default-src 'none'; script-src {allowed}; style-src 'unsafe-inline'; img-src data:"


@functools.cache
def template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("kg", "templates"), autoescape=True)
    return env.get_template("graph.html")


def format_html(graph: nx.MultiDiGraph, title: str = "kg — who appeared where", pos: dict | None = None) -> str:
    """The whole page as one string.

    >>> page = format_html(graph.nx)
    >>> "https://" in page.split("<script>")[0], "vis.Network" in page
    (False, True)
    """
    vis = vis_folder()
    vis_js, app_js = read_asset(vis / "vis-network.min.js"), read_asset(TEMPLATES / "graph.js")
    return template().render(title=title, csp=csp(vis_js, app_js), data=json_for_script(page_data(graph, pos)),
                             vis_css=read_asset(vis / "vis-network.css"), vis_js=vis_js, app_js=app_js)  # fmt: skip


def write_html(graph: nx.MultiDiGraph, path: str | Path, pos: dict | None = None) -> None:
    write_text(path, format_html(graph, pos=pos))
