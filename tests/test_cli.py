"""The two commands users type: `kg build` and `kg who`."""

import importlib
import json

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
WIDE = {"COLUMNS": "160"}  # a terminal wide enough that no cell wraps
build_module = importlib.import_module("kg.build")  # the module, not the function kg.build


@pytest.fixture
def shared_nlp(monkeypatch, nlp):
    """The CLI builds its own Nlp; hand it the session's instead of loading the models again."""
    monkeypatch.setattr(build_module, "Nlp", lambda: nlp)


def test_build_then_who(tmp_path, shared_nlp):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", "seeds", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "HTML:" in result.output and "graph.html" in result.output
    names = {p.name for p in out.iterdir()}
    assert {"graph.json", "graph.graphml", "graph.html", "records.jsonl", "problems.json"} <= names
    assert len((out / "records.jsonl").read_text(encoding="utf-8").splitlines()) == 5
    assert json.loads((out / "problems.json").read_text(encoding="utf-8")) == []

    result = runner.invoke(app, ["who", "Балаева", "--graph", str(out / "graph.json")], env=WIDE)
    assert result.exit_code == 0
    assert "13 Feb 2026" in result.output and "10 Mar 2026" in result.output
    assert "Анненская" in result.output

    result = runner.invoke(app, ["who", "Akylbay", "--graph", str(out / "graph.json"), "--json"])
    rows = json.loads(result.output)["appearances"]
    assert [r["date"] for r in rows] == ["2026-02-04", "2026-03-10"]


def test_bad_articles_are_listed_and_the_rest_built(tmp_path, shared_nlp):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(" date 2026-02-04 x\nМодератором встречи выступил исполнительный директор "
                                  "Союза юристов Аргын Искакбеков.", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "bad_date.txt").write_text(" date 2026-13-40 x\nТекст.", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    problems = json.loads((out / "problems.json").read_text(encoding="utf-8"))
    assert sorted((p["path"].split("/")[-1], p["line"]) for p in problems) == [("bad_date.txt", 1), ("empty.txt", None)]
    assert "empty file" in result.output


def test_nothing_usable_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and not (tmp_path / "out").exists()


def test_who_without_graph_exits_1(tmp_path):
    result = runner.invoke(app, ["who", "Балаева", "--graph", str(tmp_path / "missing.json")])
    assert result.exit_code == 1 and "missing.json" in result.output


@pytest.fixture(scope="module")
def seed_json(seed_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("who") / "graph.json"
    seed_graph.write_json(path)
    return str(path)


def test_who_table_has_every_column(seed_json):
    """Issue 5.5: `kg who NAME` prints date, event, place, role, how and sources."""
    result = runner.invoke(app, ["who", "Balayeva", "--graph", seed_json], env=WIDE)
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "person" in line and "sources" in line)
    assert [w for w in header.replace("┃", " ").split()] == ["person", "date", "event", "place", "role", "how", "sources"]
    for cell in ("Аида Балаева", "13 Feb 2026", "Алматы", "заместитель", "spoke, quoted", "000_7c854f543fbbb445",
                 "10 Mar 2026", "шахта «Анненская»", "003_baa3d4bc9a958190"):  # cells wrap at spaces
        assert cell in result.output, cell


def test_who_json_rows(seed_json):
    result = runner.invoke(app, ["who", "Ашимбаева", "--graph", seed_json, "--json"])
    assert result.exit_code == 0
    keys = ("person", "person_id", "date", "place", "participation", "articles")
    meeting, visit = json.loads(result.output)["appearances"]
    assert {k: meeting[k] for k in keys} == {
        "person": "Маулен Ашимбаев", "person_id": "person:maulen-ashimbaev", "date": "2026-02-14",
        "place": "Алматы", "participation": ["spoke", "quoted"], "articles": ["002_2b55926e714f2837"]}
    assert meeting["role"] and meeting["event"] and meeting["quotes"]
    assert {k: visit[k] for k in keys} == {
        "person": "Маулен Ашимбаев", "person_id": "person:maulen-ashimbaev", "date": "2026-02-14",
        "place": "Республиканская школа имени Абая, Алматы", "participation": ["attended"],
        "articles": ["002_2b55926e714f2837"]}
    assert not visit["quotes"]  # what he said was said at the meeting


def test_who_nobody_exits_1_and_usage_error_exits_2(seed_json):
    result = runner.invoke(app, ["who", "Иванов", "--graph", seed_json])
    assert result.exit_code == 1 and "Иванов" in result.output
    result = runner.invoke(app, ["who", "Иванов", "--graph", seed_json, "--json"])
    assert result.exit_code == 1 and json.loads(result.output) == {"appearances": [], "mentioned_in": []}
    assert runner.invoke(app, ["who"]).exit_code == 2


def test_markup_in_names_and_paths_is_printed_as_text(tmp_path, shared_nlp):
    """Rich reads «[red]» as a style: a file name or a person's name holding brackets must reach
    the terminal as written, not vanish or restyle the line."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "[bold]empty.txt").write_bytes(b"")
    (src / "good.txt").write_text(" date 2026-02-04 x\nМодератором встречи выступил исполнительный директор "
                                  "Союза юристов Аргын [red]Искакбеков.", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "[bold]empty.txt: empty file" in result.output
    result = runner.invoke(app, ["who", "[red]Искакбеков", "--graph", str(out / "graph.json")])
    assert "[red]Искакбеков" in result.output
