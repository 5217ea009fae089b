"""The two commands users type: `kg build` and `kg who`."""

import importlib
import json

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
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

    result = runner.invoke(app, ["who", "Балаева", "--graph", str(out / "graph.json")])
    assert result.exit_code == 0
    assert "13 Feb 2026" in result.output and "10 Mar 2026" in result.output
    assert "Анненская" in result.output

    result = runner.invoke(app, ["who", "Akylbay", "--graph", str(out / "graph.json"), "--json"])
    rows = json.loads(result.output)
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
