"""The seed graph end to end: who appeared where, resolution, ids, exports."""

import datetime as dt

import networkx as nx
import pytest

import kg

D = dt.date


def table(graph, name):
    return [(a.person, a.date, a.place) for a in graph.appearances(name)]


GOLDEN = {
    "Аида Балаева": [(D(2026, 2, 13), "Алматы"), (D(2026, 3, 10), "шахта «Анненская»")],
    "Аманжол Әлтай": [(D(2026, 2, 13), "Алматы"), (D(2026, 3, 10), "шахта «Анненская»")],
    "Серік Ақылбай": [(D(2026, 2, 4), None), (D(2026, 3, 10), "шахта «Анненская»")],
    "Маулен Ашимбаев": [(D(2026, 2, 14), "Алматы")],
    "Аргын Искакбеков": [(D(2026, 2, 4), None)],
    "Мереке Құлкенов": [(D(2026, 2, 13), "Алматы")],
    "Рауан Кенжехан": [(D(2026, 2, 13), "Алматы")],
    "Болат Әбділманов": [(D(2026, 2, 13), "Алматы")],
    "Арман Жүдебаев": [(D(2026, 2, 13), "Алматы")],
    "Сержан Саров": [(D(2026, 2, 13), "Алматы")],
    "Асылхан Талыпов": [(D(2026, 3, 10), "шахта «Анненская»")],
    "Турсынбек Макишев": [(D(2026, 3, 10), "шахта «Анненская»")],
    "Нурлан Дулатбеков": [(D(2026, 3, 10), "шахта «Анненская»")],
}


@pytest.mark.parametrize("name, rows", GOLDEN.items())
def test_who_appeared_where(seed_graph, name, rows):
    assert [(d, p) for _, d, p in table(seed_graph, name)] == rows


@pytest.mark.parametrize("name", ["Ирина Капитанова", "Токаев", "Жургенов", "Абай"])
def test_merely_mentioned_appear_nowhere(seed_graph, name):
    assert seed_graph.appearances(name) == []


@pytest.mark.parametrize("query", ["Балаева", "Балаевой", "Балаеваның", "Balayeva", "аида балаева"])
def test_any_spelling_finds_balaeva(seed_graph, query):
    assert {a.person for a in seed_graph.appearances(query)} == {"Аида Балаева"}


def test_spellings_across_scripts_are_one_person(seed_graph):
    [person] = [p for p in seed_graph.people() if p.id == "person:serik-akylbay"]
    assert {a.spelling for a in person.aliases} == {"Серік Ақылбай", "Серик Акылбай"}
    assert {a.articles for a in person.aliases} == {("004_55180b305bf3e1f0",), ("003_baa3d4bc9a958190",)}


def test_one_event_reported_in_two_languages(seed_graph):
    [event] = seed_graph.events(date="2026-02-13")
    assert event.id == "event:2026-02-13-almaty"
    assert event.reports == ("000_7c854f543fbbb445", "001_2bb3ed058fab7c0d")
    assert event.label == "встреча с представителями творческой интеллигенции"


def test_referendum_is_one_event(seed_graph):
    [ref] = seed_graph.events(date=dt.date(2026, 3, 15))
    assert ref.kind == "referendum" and len(ref.mentions) == 3 and ref.reports == ()


def test_balaeva_row_in_full(seed_graph):
    first = seed_graph.appearances("Балаева")[0]
    assert first.participation == ("spoke", "quoted")
    assert first.role == "заместитель премьер-министра"
    assert first.articles == ("000_7c854f543fbbb445", "001_2bb3ed058fab7c0d")
    assert any(q.startswith("Главная цель проекта новой Конституции") for q in first.quotes)


def test_nodes_and_edges_carry_types_and_provenance(seed_graph):
    g = seed_graph.nx
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert types == {"Person", "Organisation", "Place", "Event", "Date", "Article"}
    for _, _, d in g.edges(data=True):
        assert "type" in d
        if d["type"] in ("SPOKE_AT", "ATTENDED", "MODERATED", "QUOTED_IN", "HOLDS_POSITION"):
            assert {"article", "start", "stop", "evidence"} <= set(d)
    edge_types = {d["type"] for _, _, d in g.edges(data=True)}
    assert {"SPOKE_AT", "MODERATED", "HELD_AT", "HELD_ON", "ORGANISED_BY", "REPORTED_IN", "QUOTED_IN",
            "HOLDS_POSITION", "MEMBER_OF", "MENTIONED_IN"} <= edge_types


def test_ids_are_readable_and_stable(seed_graph, nlp):
    again = kg.build(["seeds"], nlp=nlp)
    assert sorted(again.nx.nodes) == sorted(seed_graph.nx.nodes)
    assert "person:aida-balaeva" in seed_graph.nx and "org:soyuz-yuristov" in seed_graph.nx


def test_organisations_merge_on_country_tails(seed_graph):
    names = {o.name for o in seed_graph.organisations()}
    assert "Сенат" in names and "Сенат Парламента" not in names


def test_graphml_loads_back_with_labels_and_types(seed_graph, tmp_path):
    path = tmp_path / "graph.graphml"
    seed_graph.write_graphml(path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == seed_graph.nx.number_of_nodes()
    assert back.number_of_edges() == seed_graph.nx.number_of_edges()
    assert back.nodes["person:aida-balaeva"]["label"] == "Аида Балаева"
    assert back.nodes["event:2026-02-13-almaty"]["type"] == "Event"
    assert {d["type"] for _, _, d in back.edges(data=True)} == {d["type"] for _, _, d in seed_graph.nx.edges(data=True)}


def test_json_round_trip(seed_graph, tmp_path):
    path = tmp_path / "graph.json"
    seed_graph.write_json(path)
    loaded = kg.load(path)
    assert nx.utils.graphs_equal(loaded.nx, seed_graph.nx)
    assert loaded.appearances("Балаева") == seed_graph.appearances("Балаева")


def test_corrupt_graph_json_is_a_clear_error(tmp_path):
    path = tmp_path / "graph.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(kg.GraphFileError, match="graph.json: not a kg graph"):
        kg.load(path)
