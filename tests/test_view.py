"""The HTML page: self-contained, laid out in Python, and safe with hostile article text; then
the page in a real headless Chromium with every host unreachable (skipped without Chromium)."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest

from kg import build_graph, resolve
from kg.view import format_html, json_for_script, page_data, read_asset

ROOT = Path(__file__).resolve().parent.parent
BALAEVA = "person:aida-balaeva"
XSS_SNIPPET = (
    " date 2026-02-20 x\nВ Астане прошла встреча с избирателями. Аида Балаева сказала: «<script>window.__pwned=1"
    '</script><img src=x onerror="document.documentElement.dataset.pwned=1"> это важно для всех нас», – '
    "подчеркнула Аида Балаева."
)


def load_bench(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


screenshot = load_bench("screenshot")
BROWSER = screenshot.find_browser()
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no chromium on this machine (.ci/run installs it)")


class Scripts(HTMLParser):
    """The page's <script> elements and every tag that could fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict, str]] = []
        self.fetching: list[str] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._open = attrs
            self.scripts.append((attrs, ""))
        if {"src", "href"} & set(attrs) or (tag == "link"):
            self.fetching.append(tag)

    def handle_data(self, data):
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None


def parse(page: str) -> Scripts:
    parser = Scripts()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def seed_page(seed_graph, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("page") / "graph.html"
    seed_graph.write_html(path)
    return path


@pytest.fixture(scope="module")
def xss_graph(analyse):
    return build_graph(resolve([analyse(XSS_SNIPPET)]))


# --- the page as written ----------------------------------------------------------------------


def test_page_fetches_nothing_and_allows_only_its_own_scripts(seed_page):
    page = seed_page.read_text(encoding="utf-8")
    parsed = parse(page)
    assert parsed.fetching == []
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src &#39;none&#39;" in policy and "http" not in policy
    code = [text for attrs, text in parsed.scripts if attrs.get("type") != "application/json"]
    assert len(code) == 2  # vis-network and the page's own script
    for text in code:
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"sha256-{digest}" in policy


def test_article_markup_stays_data(xss_graph):
    parsed = parse(format_html(xss_graph))
    [data] = [text for attrs, text in parsed.scripts if attrs.get("type") == "application/json"]
    assert "<" not in data and len(parsed.scripts) == 3
    assert any("<script>window.__pwned=1</script>" in value for n in json.loads(data)["nodes"] for _, value in n["info"])


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "a & b > c", "\u2028line", "<!--"])
def test_json_for_script_cannot_close_its_element(text):
    encoded = json_for_script({"quote": text})
    assert not re.search(r"[<>&\u2028]", encoded) and json.loads(encoded) == {"quote": text}


def test_an_asset_that_would_end_its_element_is_refused(tmp_path):
    bad = tmp_path / "bad.js"
    bad.write_text('var s = "</SCRIPT>";', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.js: holds </script"):
        read_asset(bad)


def test_layout_is_fixed_and_covers_every_node(seed_graph):
    first, again = page_data(seed_graph.nx), page_data(seed_graph.nx)
    assert first == again
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in first["nodes"])
    assert len({(n["x"], n["y"]) for n in first["nodes"]}) == len(first["nodes"])


def test_only_mentioned_people_are_counted_not_drawn(seed_graph):
    """Issue 21: people only named in an article are not a loose grid under the picture; the
    legend counts them (the whole graph's totals travel with the page)."""
    data = page_data(seed_graph.nx)
    assert "Касым-Жомарт Токаев" not in [n["label"] for n in data["nodes"]]
    drawn = sum(n["type"] == "Person" for n in data["nodes"])
    assert data["totals"]["Person"] == len(seed_graph.people()) > drawn
    assert not any(n["type"] in ("Article", "Date") for n in data["nodes"])  # attributes, not boxes


def test_events_are_labelled_with_their_day(seed_graph):
    labels = [n["label"] for n in page_data(seed_graph.nx)["nodes"] if n["type"] == "Event"]
    assert "10 Mar 2026 · встреча, шахта «Анненская»" in labels and all(" · " in label for label in labels)
    assert max(map(len, labels)) <= len("13 Feb 2026 · ") + 40


def crowd() -> nx.MultiDiGraph:
    """300 meetings of three or four people each, 900 people, some at several: a campaign's size."""
    graph = nx.MultiDiGraph()
    for i in range(300):
        graph.add_node(f"event:{i}", type="Event", label=f"встреча {i}", date=f"2026-02-{1 + i % 28:02}")
        for j in range(3 + i % 2):
            person = f"person:{(i * 7 + j * 13) % 900}"
            graph.add_node(person, type="Person", label=f"Участник {(i * 7 + j * 13) % 900}")
            graph.add_edge(person, f"event:{i}", type="ATTENDED")
    return graph


def test_a_large_drawing_opens_on_its_busiest_events_with_their_people():
    from kg.view import OVERVIEW

    data = page_data(crowd())
    first = {n["id"] for n in data["nodes"] if n["overview"]}
    assert 0.8 * OVERVIEW <= len(first) <= OVERVIEW < len(data["nodes"])
    for e in data["edges"]:
        if e["to"] in first:  # an event shown shows its people
            assert e["from"] in first
    assert all(n["overview"] for n in page_data(crowd().subgraph([f"event:{i}" for i in range(5)]).copy())["nodes"])


@needs_browser
def test_browser_large_drawing_shows_the_rest_on_search(tmp_path):
    page = tmp_path / "crowd.html"
    graph = crowd()
    page.write_text(format_html(graph), encoding="utf-8")
    data = page_data(graph)
    first = sum(n["overview"] for n in data["nodes"])
    hidden = next(n for n in data["nodes"] if not n["overview"])
    assert attribute(element(dump_dom(page), "kg-status"), "data-shown") == str(first)
    status = element(dump_dom(page, "#search=" + quote(hidden["label"])), "kg-status")
    assert int(attribute(status, "data-shown")) >= first + 1


def test_a_thousand_node_layout_leaves_room_for_every_node():
    """igraph lays out a large graph (no scipy needed), the same on every run, and no two nodes
    end up on top of each other (within 5 % of GAP pixels)."""
    from kg.view import GAP, positions

    graph = nx.MultiDiGraph()
    for i in range(300):  # events with three or four people each, people at several events
        graph.add_node(f"event:{i}", type="Event", label=f"встреча {i}")
        for j in range(3 + i % 2):
            person = f"person:{(i * 7 + j * 13) % 900}"
            graph.add_node(person, type="Person", label=person)
            graph.add_edge(person, f"event:{i}", type="ATTENDED")
    nodes = sorted(graph)
    edges = list(graph.edges(data=True))
    first, again = positions(graph, nodes, edges), positions(graph, nodes, edges)
    assert first == again and len(first) == len(nodes)
    points = list(first.values())
    closest = min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 for i, a in enumerate(points) for b in points[i + 1 :])
    assert closest >= 0.95 * GAP


def test_person_tooltip_has_roles_dates_quotes_and_sources(seed_graph):
    [balaeva] = [n for n in page_data(seed_graph.nx)["nodes"] if n["id"] == BALAEVA]
    info = dict(balaeva["info"])
    appeared = [v for k, v in balaeva["info"] if k == "appeared"]
    assert [a.split(" · ")[0] for a in appeared] == ["13 Feb 2026", "10 Mar 2026"]
    assert "заместитель премьер-министра" in appeared[0]
    assert any(v.startswith("«Главная цель проекта новой Конституции") for k, v in balaeva["info"] if k == "quote")
    assert "000_7c854f543fbbb445" in info["articles"]


# --- the page in a browser with the network cut off -------------------------------------------


def dump_dom(page: Path, address: str = "") -> str:
    return screenshot.run_offline(BROWSER, "--dump-dom", page.resolve().as_uri() + address)


def element(dom: str, id: str) -> str:
    match = re.search(rf'<([a-z]+) id="{id}"[^>]*>.*?</\1>', dom, re.S)
    assert match, f"no #{id} in the page"
    return match.group(0)


def attribute(tag: str, name: str) -> str | None:
    match = re.search(rf'{name}="([^"]*)"', tag.split(">")[0])
    return match and match.group(1)


@pytest.fixture(scope="module")
def seed_dom(seed_page) -> str:
    if BROWSER is None:
        pytest.skip("no chromium on this machine")
    address = "#" + "&".join(["search=" + quote("Балаева"), "select=" + BALAEVA, "hide=Organisation,Place"])
    return dump_dom(seed_page, address)


@needs_browser
def test_browser_draws_the_page_offline(seed_graph, seed_dom):
    """vis-network ran (inlined, no CDN) and drew a frame holding every node the filter leaves."""
    nodes = page_data(seed_graph.nx)["nodes"]
    status = element(seed_dom, "kg-status")
    assert attribute(status, "data-nodes") == str(len(nodes))
    assert attribute(status, "data-drawn") == attribute(status, "data-shown")


@needs_browser
def test_browser_type_filter_hides_organisations_and_places(seed_graph, seed_dom):
    nodes = page_data(seed_graph.nx)["nodes"]
    kept = [n for n in nodes if n["type"] not in ("Organisation", "Place")]
    assert attribute(element(seed_dom, "kg-status"), "data-shown") == str(len(kept))
    legend = element(seed_dom, "kg-legend")
    totals = page_data(seed_graph.nx)["totals"]
    for t in ("Person", "Event", "Place"):  # what is on screen now, of the whole graph
        shown = 0 if t == "Place" else sum(n["type"] == t for n in nodes)
        assert (f"{t} ({shown})" if shown == totals[t] else f"{t} ({shown} of {totals[t]})") in legend


@needs_browser
def test_browser_search_finds_balaeva(seed_dom):
    result = element(seed_dom, "kg-search-result")
    assert attribute(result, "data-found") == "1" and "Аида Балаева" in result


@needs_browser
def test_browser_clicked_person_highlights_her_events(seed_dom):
    details = element(seed_dom, "kg-details")
    assert attribute(details, "data-highlighted") == "2"
    assert "13 Feb 2026 · встреча с представителями творческой интеллигенции" in details
    assert "10 Mar 2026 · встреча, шахта «Анненская»" in details


@needs_browser
def test_browser_isolates_a_person_with_her_events(seed_graph, seed_page):
    """«only the selection»: Balaeva, her two events, the people at them and their places; nothing else."""
    dom = dump_dom(seed_page, "#isolate=1&select=" + BALAEVA)
    data = page_data(seed_graph.nx)
    types = {n["id"]: n["type"] for n in data["nodes"]}
    keep = {BALAEVA} | {e["to"] for e in data["edges"] if e["from"] == BALAEVA}
    events = {n for n in keep if types[n] == "Event"}
    keep |= {e["from"] for e in data["edges"] if e["to"] in events and e["type"] in data["appearance"]}
    keep |= {e["to"] for e in data["edges"] if e["from"] in events and e["type"] in ("HELD_AT", "ORGANISED_BY")}
    assert {"person:serik-akylbay", "place:almaty", "event:2026-03-10-shakhta-annenskaya"} <= keep
    assert attribute(element(dom, "kg-status"), "data-shown") == str(len(keep)) and len(keep) < len(types)


@needs_browser
def test_browser_days_filter_keeps_the_window_and_its_people(seed_graph, seed_page):
    """Issue 21: from/to days in the bar (here from the address) keep the events of those days,
    their people, places and organisers, and hide the rest, undated events included."""
    dom = dump_dom(seed_page, "#since=2026-03-01&until=2026-03-31")
    data = page_data(seed_graph.nx)
    types = {n["id"]: n["type"] for n in data["nodes"]}
    days = {n["id"] for n in data["nodes"] if n["type"] == "Event" and n["date"] and "2026-03-01" <= n["date"] <= "2026-03-31"}
    assert days == {"event:2026-03-10-shakhta-annenskaya", "event:2026-03-15-referendum"}
    keep = days | {e["from"] for e in data["edges"] if e["to"] in days and e["type"] in data["appearance"]}
    keep |= {e["to"] for e in data["edges"] if e["from"] in days}
    keep |= {e["to"] for e in data["edges"] if e["from"] in keep and e["type"] == "LOCATED_IN"}
    assert "person:aida-balaeva" in keep and "person:maulen-ashimbaev" not in keep
    assert attribute(element(dom, "kg-status"), "data-shown") == str(len(keep)) and len(keep) < len(types)


@needs_browser
def test_browser_who_with_whom_joins_people_by_shared_events(seed_graph, seed_page):
    """Issue 21.3: the co-appearance view in the page: people only, an edge per pair that shared an event."""
    dom = dump_dom(seed_page, "#pairs=1")
    data = page_data(seed_graph.nx)
    pair = next(p for p in data["pairs"] if {p["from"], p["to"]} == {"person:aida-balaeva", "person:serik-akylbay"})
    assert pair["events"] == 1
    status = element(dom, "kg-status")
    assert attribute(status, "data-shown") == str(sum(n["type"] == "Person" for n in data["nodes"]))
    assert attribute(status, "data-pairs") == str(len(data["pairs"])) != "0"


@needs_browser
def test_browser_shows_article_markup_as_text_and_never_runs_it(xss_graph, tmp_path):
    page = tmp_path / "xss.html"
    page.write_text(format_html(xss_graph), encoding="utf-8")
    dom = dump_dom(page, "#select=" + BALAEVA)
    details = element(dom, "kg-details")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=" in details
    assert "<img" not in dom and "data-pwned" not in dom
    assert "<script>window.__pwned" not in dom


@needs_browser
def test_screenshot_script_writes_a_png(seed_page, tmp_path):
    png = tmp_path / "graph.png"
    assert screenshot.main([str(seed_page), str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_page_script_never_writes_markup():
    """Tooltips, the legend, the details panel and search results are built with textContent:
    the page's own script has no way to turn article text into markup."""
    script = (ROOT / "kg" / "templates" / "graph.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, sink
    assert "textContent" in script


@needs_browser
def test_browser_really_has_no_network(tmp_path):
    """The control for the offline tests: under the same flags a page asking a CDN gets nothing,
    so a page that draws there needs no host."""
    page = tmp_path / "cdn.html"
    page.write_text(
        '<!doctype html><html><body data-net="waiting">'
        '<img src="https://unpkg.com/vis-network/styles/vis-network.min.css?kg" '
        "onload=\"document.body.dataset.net='loaded'\" onerror=\"document.body.dataset.net='blocked'\">"
        "</body></html>",
        encoding="utf-8",
    )
    assert 'data-net="blocked"' in dump_dom(page)


def test_each_type_has_its_own_colour_and_shape_and_physics_is_off(seed_graph):
    """Issue 6.4: colour and shape per node type (the legend draws them), positions from Python."""
    styles = page_data(seed_graph.nx)["styles"]
    types = {d["type"] for _, d in seed_graph.nx.nodes(data=True)}
    assert types <= set(styles)
    assert len({s["colour"] for s in styles.values()}) == len({s["shape"] for s in styles.values()}) == len(styles)
    assert "physics: false" in (ROOT / "kg" / "templates" / "graph.js").read_text(encoding="utf-8")
