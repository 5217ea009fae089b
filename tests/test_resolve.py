"""Resolution across articles and the query API (issue: one person, one node)."""

import networkx as nx
import pytest

import kg
from extract import extract_article, parse_article


def graph_of(nlp, *texts):
    records = [extract_article(parse_article(t, id=f"a{i}"), nlp) for i, t in enumerate(texts)]
    return kg.KnowledgeGraph(kg.build_graph(kg.resolve(records)), records=records)


def test_namesakes_do_not_merge_on_a_surname(nlp):
    g = graph_of(
        nlp,
        " date 2026-02-01 x\nНа встрече в Астане выступил депутат Мажилиса Ерлан Ахметов.",
        " date 2026-02-02 x\nНа встрече в Шымкенте выступил аким города Нурлан Ахметов.",
        " date 2026-02-03 x\nНа встрече в Актобе Ахметов отметил, что реформа важна для всех.",
    )
    names = {p.name for p in g.people()}
    assert {"Ерлан Ахметов", "Нурлан Ахметов"} <= names
    assert len(g.find_people("Ерлан Ахметов")) == 1


def test_surname_joins_the_only_candidate(nlp):
    g = graph_of(
        nlp,
        " date 2026-02-01 x\nНа встрече в Астане выступил депутат Мажилиса Ерлан Ахметов.",
        " date 2026-02-03 x\nНа встрече в Актобе Ахметов отметил, что реформа важна для всех.",
    )
    assert [p.name for p in g.people()] == ["Ерлан Ахметов"]
    assert [a.place for a in g.appearances("Ахметов")] == ["Астана", "Актобе"]


def test_coalition_is_one_organisation_in_two_languages(seed_graph):
    [coalition] = [o for o in seed_graph.organisations() if "коалиция" in o.name.lower()]
    assert coalition.name.startswith("Общенациональная коалиция")
    assert set(coalition.articles) == {"000_7c854f543fbbb445", "001_2bb3ed058fab7c0d"}


def test_latin_labels_for_gephi_users(seed_graph):
    assert seed_graph.nx.nodes["person:maulen-ashimbaev"]["latin"] == "Maulen Ashimbaev"
    assert seed_graph.nx.nodes["place:almaty"]["latin"] == "Almaty"


def test_co_appearances(seed_graph):
    assert [e.date.isoformat() for e in seed_graph.co_appearances("Балаева", "Алтай")] == ["2026-02-13", "2026-03-10"]
    assert seed_graph.co_appearances("Ашимбаев", "Балаева") == []


def test_quotes_and_roles(seed_graph):
    quotes = seed_graph.quotes("Balaeva")
    assert {q.source.article for q in quotes} == {"000_7c854f543fbbb445", "001_2bb3ed058fab7c0d", "003_baa3d4bc9a958190"}
    assert all(q.text in q.source.evidence or q.source.evidence in q.text or q.kind == "direct" for q in quotes)
    titles = {r.title for r in seed_graph.roles("Ақылбай")}
    assert {"председатель Союза юристов", "член Конституционной комиссии", "юрист"} <= titles


def test_ego_graph(seed_graph):
    sub = seed_graph.ego("Макишев")
    assert isinstance(sub, nx.MultiDiGraph)
    assert "event:2026-03-10-shakhta-annenskaya" in sub and "person:aida-balaeva" not in sub
    assert "person:aida-balaeva" in seed_graph.ego("Макишев", radius=2)


@pytest.mark.parametrize("query", ["Ашимбаев", "Ашимбаева", "Ashimbayev", "маулен ашимбаев"])
def test_person_found_by_any_form(seed_graph, query):
    assert seed_graph.find_people(query) == ["person:maulen-ashimbaev"]


def test_events_filtered_by_place(seed_graph):
    assert [e.date.isoformat() for e in seed_graph.events(place="Алматы")] == ["2026-02-13", "2026-02-14"]
    assert [e.id for e in seed_graph.events(place="Almaty")] == [e.id for e in seed_graph.events(place="Алматыда")]
