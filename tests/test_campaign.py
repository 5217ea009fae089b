"""Issue 21: a campaign's worth of news — a window of days, who appears with whom, tables out."""

import csv
import importlib
import io
import json

import igraph
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.window import Window

runner = CliRunner()
build_module = importlib.import_module("kg.build")


@pytest.fixture(scope="module")
def seed_json(seed_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("campaign") / "graph.json"
    seed_graph.write_json(path)
    return str(path)


def test_window_reads_days_months_and_years():
    assert str(Window.of("2026-02", "2026-02").until) == "2026-02-28" and str(Window.of(until="2024-02").until) == "2024-02-29"
    assert "2026-02-13" in Window.of("2026-02-10", "2026-02-20") and "2026-02-21" not in Window.of("2026-02-10", "2026-02-20")
    assert None not in Window.of("2026") and None in Window()
    for bad in ("13.02.2026", "2026-13", "2026-02-30"):
        with pytest.raises(ValueError, match="not a date"):
            Window.of(bad)
    with pytest.raises(ValueError, match="before it starts"):
        Window.of("2026-03", "2026-02")


def test_events_and_appearances_in_a_window(seed_graph):
    assert {e.date.month for e in seed_graph.events(date="2026-02")} == {2}
    assert [e.id for e in seed_graph.events(since="2026-02-14", until="2026-02-14")] == [
        "event:2026-02-14-almaty", "event:2026-02-14-respublikanskaya-shkola-imeni-abaya"]
    assert [str(a.date) for a in seed_graph.appearances("Балаева", until="2026-02")] == ["2026-02-13"]


def test_who_since_gives_only_the_later_appearance(seed_json):
    result = runner.invoke(app, ["who", "Балаева", "--since", "2026-03-01", "--graph", seed_json, "--json"])
    assert result.exit_code == 0
    assert [r["date"] for r in json.loads(result.output)["appearances"]] == ["2026-03-10"]
    result = runner.invoke(app, ["who", "Балаева", "--since", "1 March", "--graph", seed_json])
    assert result.exit_code == 2 and "not a date" in result.output


def test_who_knows_the_merely_mentioned_and_exits_alike(seed_json):
    """The President is in the seeds, named, at no event: his rows are «mentioned in», exit 0;
    a name the graph does not hold exits 1 as a table and as JSON."""
    result = runner.invoke(app, ["who", "Токаев", "--graph", seed_json])
    assert result.exit_code == 0 and "Mentioned in" in result.output and "002_2b55926e714f2837" in result.output
    result = runner.invoke(app, ["who", "Kassym-Jomart Tokayev", "--graph", seed_json, "--json"])
    answer = json.loads(result.output)
    assert result.exit_code == 0 and answer["appearances"] == []
    assert [m["source"]["article"] for m in answer["mentioned_in"]] == ["002_2b55926e714f2837"]
    for extra in ([], ["--json"]):
        assert runner.invoke(app, ["who", "Иванов", "--graph", seed_json, *extra]).exit_code == 1


def test_who_fits_the_terminal(seed_json):
    result = runner.invoke(app, ["who", "Балаева", "--graph", seed_json], env={"COLUMNS": "80"})
    assert result.exit_code == 0 and max(map(len, result.output.splitlines())) <= 80
    assert "10 Mar" in result.output and "Аида" in result.output


def test_table_csv_opens_as_a_spreadsheet_would(seed_json, tmp_path):
    target = tmp_path / "a.csv"
    result = runner.invoke(app, ["table", "appearances", "--csv", str(target), "--graph", seed_json])
    assert result.exit_code == 0, result.output
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the mark spreadsheets need to read Cyrillic as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {"date", "person", "event", "place", "role", "how", "articles", "titles", "outlets", "urls"} <= set(rows[0])
    balaeva = [r for r in rows if r["person"] == "Аида Балаева"]
    assert [(r["date"], r["place"]) for r in balaeva] == [("2026-02-13", "Алматы"), ("2026-03-10", "шахта «Анненская»")]
    for kind in ("people", "events", "quotes"):
        result = runner.invoke(app, ["table", kind, "--since", "2026-03", "--graph", seed_json])
        assert result.exit_code == 0 and kind in result.output
    assert runner.invoke(app, ["table", "venues", "--graph", seed_json]).exit_code == 2


def test_quotes_table_keeps_the_words_and_their_place(seed_graph):
    rows = seed_graph.table("quotes", since="2026-02-04", until="2026-02-04")
    assert rows and {r.person for r in rows} == {"Серік Ақылбай"} and all(r.articles == "004_55180b305bf3e1f0" for r in rows)
    assert all(r.stop > r.start for r in rows)


def test_dataframe(seed_graph):
    frame = seed_graph.dataframe("events")
    assert list(frame.columns[:4]) == ["date", "event", "kind", "place"]
    assert str(frame["date"].dtype).startswith("datetime64") and len(frame) == len(seed_graph.events())


def test_coappearance_graph_for_gephi_and_igraph(seed_json, tmp_path):
    target = tmp_path / "people.graphml"
    result = runner.invoke(app, ["export", "coappearance", "--out", str(target), "--graph", seed_json])
    assert result.exit_code == 0, result.output
    people = igraph.Graph.Read_GraphML(str(target))
    names = people.vs["label"]
    pair = people.es[people.get_eid(names.index("Аида Балаева"), names.index("Серік Ақылбай"))]
    assert pair["weight"] == 1 and pair["events"] == 1 and pair["event_ids"] == "event:2026-03-10-shakhta-annenskaya"
    for suffix in ("gexf", "csv"):
        assert runner.invoke(app, ["export", "coappearance", "--out", str(tmp_path / f"p.{suffix}"),
                                   "--graph", seed_json]).exit_code == 0  # fmt: skip
    rows = list(csv.DictReader(io.StringIO((tmp_path / "p.csv").read_text("utf-8-sig"))))
    assert int(rows[0]["events"]) >= int(rows[-1]["events"])
    assert runner.invoke(app, ["export", "coappearance", "--out", str(tmp_path / "p.xlsx"), "--graph", seed_json]).exit_code == 2


def test_coappearance_window_drops_other_days(seed_graph):
    march = seed_graph.coappearances(since="2026-03-10", until="2026-03-10")
    assert march.has_edge("person:aida-balaeva", "person:serik-akylbay")
    assert not any(d["events"] and "2026-02" in d["event_ids"] for _, _, d in march.edges(data=True))


def test_build_in_a_window(tmp_path, monkeypatch, nlp):
    monkeypatch.setattr(build_module, "Nlp", lambda: nlp)
    result = runner.invoke(app, ["build", "seeds", "--since", "2026-03", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0 and result.output.count("left out") == 1 and "2 articles," in result.output


MEETING = ("Модератором встречи в Астане выступил исполнительный директор Союза юристов Аргын Искакбеков. "
           "«Конституция — это общее дело», — подчеркнул Аргын Искакбеков.")  # fmt: skip


def test_article_title_outlet_and_url_reach_tables_and_tooltips(tmp_path, monkeypatch, nlp):
    """Issue 21.1: a JSONL line's title, url and source (the outlet), and a .txt file's headline,
    travel to the Article node, the tables and the page, so a row cites its source as a reader would."""
    from kg.view import page_data

    monkeypatch.setattr(build_module, "Nlp", lambda: nlp)
    src = tmp_path / "in"
    src.mkdir()
    line = {"id": "tn-1", "date": "2026-02-04", "text": MEETING, "title": "Юристы обсудили новую Конституцию",
            "source": "Tengrinews", "url": "https://tengrinews.kz/example/1"}  # fmt: skip
    (src / "feed.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (src / "b.txt").write_text(" date 2026-02-05 x\nПресс-релизы\nИскакбеков провёл встречу в Астане\n\n"
                               + MEETING.replace("Астане", "Алматы"), encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(src), "--out", str(out)]).exit_code == 0
    graph_file = str(out / "graph.json")
    target = tmp_path / "a.csv"
    assert runner.invoke(app, ["table", "appearances", "--csv", str(target), "--graph", graph_file]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [(r["titles"], r["outlets"], r["urls"]) for r in rows] == [
        ("Юристы обсудили новую Конституцию", "Tengrinews", "https://tengrinews.kz/example/1"),
        ("Искакбеков провёл встречу в Астане", "", "")]
    import kg

    graph = kg.load(graph_file)
    assert graph.nx.nodes["article:tn-1"]["outlet"] == "Tengrinews"
    person = next(n for n in page_data(graph.nx)["nodes"] if n["label"] == "Аргын Искакбеков")
    assert "Юристы обсудили новую Конституцию (Tengrinews, tn-1)" in dict(person["info"])["articles"]
