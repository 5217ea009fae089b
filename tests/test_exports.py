"""Exports users open elsewhere: GraphML for Gephi (read back by networkx and igraph), GEXF 1.3
with spells for Gephi's timeline, node-link JSON that `kg.load` restores to the byte."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.gexf import read_gexf
from kg.graph import flat
from kg.vocabulary import NODE_STYLE

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
# Keys Gephi's GraphML importer turns into display properties (ImporterGraphML's associations).
GEPHI_NODE_PROPERTIES = {"label", "d3", "x", "y", "xpos", "ypos", "z", "size", "r", "g", "b", "color"}
GEPHI_EDGE_PROPERTIES = {"label", "edgelabel", "d7", "weight", "edge weight", "id", "edgeid", "r", "g", "b", "color"}
BALAEVA = "person:aida-balaeva"


@pytest.fixture(scope="module")
def graphml(seed_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("graphml") / "graph.graphml"
    seed_graph.write_graphml(path)
    return path


@pytest.fixture(scope="module")
def gexf(seed_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("gexf") / "graph.gexf"
    seed_graph.write_gexf(path)
    return path


def graphml_keys(path) -> list[dict]:
    return [k.attrib for k in ET.parse(path).getroot().iter(f"{GRAPHML}key")]


# --- GraphML -------------------------------------------------------------------------------


@pytest.mark.parametrize("attrs, flattened", [
    ({"a": None, "b": [], "c": ()}, {}),
    ({"aliases": ("Серік Ақылбай", "Серик Акылбай")}, {"aliases": "Серік Ақылбай | Серик Акылбай"}),
    ({"date": dt.date(2026, 2, 13), "start": 54, "known": True}, {"date": "2026-02-13", "start": 54, "known": True}),
])  # fmt: skip
def test_flat_keeps_only_what_graphml_accepts(attrs, flattened):
    assert flat(**attrs) == flattened


def test_graphml_keys_are_named_scalars_for_nodes_and_edges_only(graphml):
    """Issue 20: a key per (domain, name), its id the name for nodes and «edge_» and the name
    for edges, so a node key and an edge key never share an id."""
    keys = graphml_keys(graphml)
    assert keys and all(k["id"] == (k["attr.name"] if k["for"] == "node" else f"edge_{k['attr.name']}") for k in keys)
    assert {k["for"] for k in keys} == {"node", "edge"}  # Gephi rejects graph-level keys
    assert {k["attr.type"] for k in keys} <= {"string", "long", "int", "boolean", "double"}


def test_graphml_uses_gephi_names_only_for_the_label_and_colours(graphml):
    keys = graphml_keys(graphml)
    node_names = {k["attr.name"].lower() for k in keys if k["for"] == "node"}
    edge_names = {k["attr.name"].lower() for k in keys if k["for"] == "edge"}
    assert node_names & GEPHI_NODE_PROPERTIES == {"label", "r", "g", "b"}
    assert edge_names & GEPHI_EDGE_PROPERTIES == set()


def test_graphml_colours_nodes_by_type(graphml):
    _, _, g = read_with_networkx(graphml)
    colour = NODE_STYLE["Person"][0]
    assert (g.nodes[BALAEVA]["r"], g.nodes[BALAEVA]["g"], g.nodes[BALAEVA]["b"]) == tuple(
        int(colour[i : i + 2], 16) for i in (1, 3, 5))


def test_graphml_ids_are_unique_in_the_file(graphml):
    """Issue 20: GraphML ids are XML IDs, one per document: Gephi skips an edge whose id it has
    seen (the seeds once had 53 distinct ids for 165 edges). Parsed as XML, not by networkx,
    which accepts repeats."""
    ids = [e.get("id") for e in ET.parse(graphml).getroot().iter() if e.get("id") is not None]
    assert len(ids) == len(set(ids))


def test_graphml_holds_every_edge(seed_graph, graphml):
    root = ET.parse(graphml).getroot()
    keys = {k["id"]: k["attr.name"] for k in graphml_keys(graphml)}
    written = Counter()
    for edge in root.iter(f"{GRAPHML}edge"):
        data = {keys[d.get("key")]: d.text for d in edge.iter(f"{GRAPHML}data")}
        written[(edge.get("source"), edge.get("target"), data["type"])] += 1
    assert written == Counter((u, v, d["type"]) for u, v, d in seed_graph.nx.edges(data=True))


def test_graphml_edge_ids_are_the_same_on_every_run(seed_graph, graphml, tmp_path):
    again = tmp_path / "again.graphml"
    seed_graph.write_graphml(again)
    assert again.read_bytes() == graphml.read_bytes()


def read_with_networkx(path):
    g = nx.read_graphml(path, force_multigraph=True)
    nodes = {n: (d["label"], d["type"]) for n, d in g.nodes(data=True)}
    return nodes, Counter(d["type"] for _, _, d in g.edges(data=True)), g


def read_with_igraph(path):
    igraph = pytest.importorskip("igraph")
    g = igraph.Graph.Read_GraphML(str(path))
    nodes = {v["id"]: (v["label"], v["type"]) for v in g.vs}
    return nodes, Counter(g.es["type"]), g


@pytest.mark.parametrize("read", [read_with_networkx, read_with_igraph], ids=["networkx", "igraph"])
def test_graphml_read_by_two_readers_keeps_labels_and_types(seed_graph, graphml, read):
    nodes, edge_types, _ = read(graphml)
    assert nodes == {n: (d["label"], d["type"]) for n, d in seed_graph.nx.nodes(data=True)}
    assert edge_types == Counter(d["type"] for _, _, d in seed_graph.nx.edges(data=True))


def test_graphml_holds_dates_as_iso_strings_and_lists_joined(graphml):
    _, _, g = read_with_networkx(graphml)
    assert g.nodes["event:2026-02-13-almaty"]["date"] == "2026-02-13"
    assert set(g.nodes["person:serik-akylbay"]["aliases"].split(" | ")) == {"Серік Ақылбай", "Серик Акылбай"}
    spoke = [d for _, v, d in g.out_edges(BALAEVA, data=True) if d["type"] == "SPOKE_AT"]
    assert spoke and all(isinstance(d["start"], int) for d in spoke)


def test_igraph_reads_edge_attributes(graphml):
    _, _, g = read_with_igraph(graphml)
    assert g.vs.find(id=BALAEVA)["latin"] == "Aida Balaeva"  # for Gephi users who do not read Cyrillic
    located = {(g.vs[e.source]["id"], g.vs[e.target]["id"]) for e in g.es if e["type"] == "LOCATED_IN"}
    assert ("place:respublikanskaya-shkola-imeni-abaya", "place:almaty") in located
    quotes = [e["quote"] for e in g.es if e["type"] == "QUOTED_IN"]
    assert any(q.startswith("Главная цель проекта новой Конституции") for q in quotes)


# --- GEXF ----------------------------------------------------------------------------------


def test_gexf_declares_version_1_3_in_dynamic_mode(gexf):
    root = ET.parse(gexf).getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    assert root.get(f"{XSI}schemaLocation") == "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
    graph = root.find(f"{GEXF}graph")
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == ("dynamic", "date", "directed")


def test_gexf_time_data_is_spells_only(gexf):
    """networkx's writer reads `start` and any list as time: here only <spell> carries time."""
    timed = {el.tag for el in ET.parse(gexf).iter() if {"start", "end", "timestamp"} & set(el.attrib)}
    assert timed == {f"{GEXF}spell"}


def spells_of(g, u, v, type):
    return [d.get("spells") for _, w, d in g.out_edges(u, data=True) if w == v and d["type"] == type]


def test_gexf_read_by_networkx_plays_the_campaign_by_day(seed_graph, gexf):
    g = nx.read_gexf(gexf, version="1.3")
    assert g.graph["mode"] == "dynamic"
    assert (g.number_of_nodes(), g.number_of_edges()) == (seed_graph.nx.number_of_nodes(), seed_graph.nx.number_of_edges())
    assert g.nodes["event:2026-02-13-almaty"]["spells"] == [("2026-02-13", "2026-02-13")]
    assert "spells" not in g.nodes[BALAEVA]  # people stay on screen; their appearances come and go
    assert spells_of(g, BALAEVA, "event:2026-03-10-shakhta-annenskaya", "SPOKE_AT") == [[("2026-03-10", "2026-03-10")]]
    koalitsiya = "org:obshchenatsionalnaya-koalitsiya-za-narodnuyu-konstitutsiyu-spravedlivogo-i-progressivnogo"
    assert spells_of(g, BALAEVA, koalitsiya, "MEMBER_OF") == [[("2026-02-13", "2026-02-13")]]  # article 000's day
    # issue 20: a mention or a quote lasts the day of its article, like every dated fact
    dated = {n: d["date"] for n, d in seed_graph.nx.nodes(data=True) if d.get("type") == "Article" and d.get("date")}
    for u, v, d in g.edges(data=True):
        if d["type"] in ("MENTIONED_IN", "QUOTED_IN") and v in dated:
            assert d["spells"] == [(dated[v], dated[v])]


def test_gexf_spells_cover_every_dated_node_and_edge(seed_graph, gexf):
    """Issue 20: nothing dated stays on Gephi's timeline from start to end."""
    g = nx.read_gexf(gexf, version="1.3")
    assert all("spells" in g.nodes[n] for n, d in seed_graph.nx.nodes(data=True) if d.get("date"))
    undated = [(u, v, d["type"]) for u, v, d in g.edges(data=True) if "spells" not in d]
    dated = {n for n, d in seed_graph.nx.nodes(data=True) if d.get("type") == "Article" and d.get("date")}
    assert dated and not [e for e in undated if e[1] in dated or e[0] in dated]


def test_gexf_opens_with_the_page_picture(seed_graph, gexf):
    from kg.view import page_positions

    g = nx.read_gexf(gexf, version="1.3")
    x, y = page_positions(seed_graph.nx)[BALAEVA]
    assert (g.nodes[BALAEVA]["viz"]["position"]["x"], g.nodes[BALAEVA]["viz"]["position"]["y"]) == (x, -y)
    assert all("position" in d["viz"] for _, d in g.nodes(data=True))


def test_gexf_colours_and_sizes_by_type(gexf):
    g = nx.read_gexf(gexf, version="1.3")
    viz = g.nodes[BALAEVA]["viz"]
    colour, _, size = NODE_STYLE["Person"]
    assert "#{r:02x}{g:02x}{b:02x}".format(**viz["color"]) == colour and viz["size"] == size
    assert g.nodes["event:2026-02-13-almaty"]["viz"]["size"] == NODE_STYLE["Event"][2]


def test_gexf_edges_keep_type_offsets_and_kind(gexf):
    edges = list(ET.parse(gexf).iter(f"{GEXF}edge"))
    assert all(e.get("kind") == e.get("label") for e in edges)
    g = nx.read_gexf(gexf, version="1.3")
    spoke = [d for _, _, d in g.out_edges(BALAEVA, data=True) if d["type"] == "SPOKE_AT"]
    assert spoke and all(d["label"] == "SPOKE_AT" and isinstance(d["start"], int) for d in spoke)


def test_gexf_round_trip_restores_the_graph(seed_graph, gexf):
    assert nx.utils.graphs_equal(read_gexf(gexf), seed_graph.nx)


def test_gexf_same_graph_same_bytes(seed_graph, gexf, tmp_path):
    again = tmp_path / "again.gexf"
    seed_graph.write_gexf(again)
    assert again.read_bytes() == gexf.read_bytes()


def test_gexf_refuses_list_attributes(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("person:x", type="Person", label="X", aliases=["X", "Икс"])
    with pytest.raises(TypeError, match="'aliases' holds a list"):
        kg.KnowledgeGraph(g).write_gexf(tmp_path / "g.gexf")
    assert list(tmp_path.iterdir()) == []


def test_damaged_gexf_is_a_clear_error(tmp_path):
    path = tmp_path / "graph.gexf"
    path.write_text("<gexf", encoding="utf-8")
    with pytest.raises(kg.GraphFileError, match="graph.gexf: not a kg graph"):
        read_gexf(path)


# --- node-link JSON and the output folder -----------------------------------------------------


def test_json_round_trip_is_exact_to_the_byte(seed_graph, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    seed_graph.write_json(first)
    kg.load(first).write_json(second)
    assert second.read_bytes() == first.read_bytes()


def test_build_writes_gexf_beside_the_others(seed_graph, tmp_path):
    written = kg.write_outputs(seed_graph, tmp_path)
    assert written["graph.gexf"].is_file()
    assert nx.utils.graphs_equal(read_gexf(written["graph.gexf"]), kg.load(written["graph.json"]).nx)


# --- read as Gephi Lite reads them -----------------------------------------------------------

GEPHI_MODULES = Path(__file__).resolve().parent.parent / ".gephi" / "node_modules"


@pytest.fixture(scope="module")
def gephi_lite(seed_graph, tmp_path_factory):
    """What graphology's GraphML and GEXF parsers (Gephi Lite's importers) read from the seed
    graph's files; .ci/run installs them into .gephi/ (`npm install --prefix .gephi …`)."""
    if shutil.which("node") is None or not (GEPHI_MODULES / "graphology-gexf").is_dir():
        pytest.skip("no node or no graphology parsers in .gephi/ (.ci/run installs them)")
    folder = tmp_path_factory.mktemp("gephi")
    seed_graph.write_graphml(folder / "graph.graphml")
    seed_graph.write_gexf(folder / "graph.gexf")
    script = Path(__file__).parent / "js" / "gephi_read.js"
    done = subprocess.run(["node", str(script), str(folder)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NODE_PATH": str(GEPHI_MODULES)})  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_lite_reads_every_node_and_edge(seed_graph, gephi_lite, fmt):
    """Issue 20: a reader other than networkx, the one Gephi Lite uses, keeps every edge (a
    repeated id made it drop most of them) with its type."""
    read = gephi_lite[fmt]
    assert (read["nodes"], read["edges"]) == (seed_graph.nx.number_of_nodes(), seed_graph.nx.number_of_edges())
    assert read["edgeTypes"] == dict(Counter(d["type"] for _, _, d in seed_graph.nx.edges(data=True)))


def test_gephi_lite_reads_labels_and_colours(gephi_lite):
    balaeva = gephi_lite["graphml"]["balaeva"]
    assert (balaeva["label"], balaeva["type"]) == ("Аида Балаева", "Person")
    assert balaeva["color"] == NODE_STYLE["Person"][0]  # from the r, g, b attributes
