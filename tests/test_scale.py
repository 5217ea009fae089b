"""Parallel builds, the Dask backend and the record cache give the same graph as one process."""

import importlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.cache import RecordCache
from kg.cli import app
from kg.export import graph_to_json

build_module = importlib.import_module("kg.build")
runner = CliRunner()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"  # as the seed_graph fixture reads them


def test_jobs_output_identical(seed_graph):
    parallel = kg.build([SEEDS], jobs=2)
    assert graph_to_json(parallel.nx) == graph_to_json(seed_graph.nx)


def test_dask_local_cluster_output_identical(seed_graph):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:  # fmt: skip
        graph = kg.build([SEEDS], scheduler=cluster.scheduler_address)
    assert graph_to_json(graph.nx) == graph_to_json(seed_graph.nx)


def test_cache_reextracts_only_new_articles(tmp_path, nlp, monkeypatch):
    calls = []
    real = build_module.run

    def counting_run(articles, **kwargs):
        calls.append([a.id for a in articles])
        return real(articles, **kwargs)

    monkeypatch.setattr(build_module, "run", counting_run)
    corpus = tmp_path / "in"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for p in seeds[:4]:
        (corpus / p.name).write_bytes(p.read_bytes())
    first = kg.build([corpus], nlp=nlp, cache=tmp_path / "cache")
    (corpus / seeds[4].name).write_bytes(seeds[4].read_bytes())
    second = kg.build([corpus], nlp=nlp, cache=tmp_path / "cache")
    assert calls == [[p.stem for p in seeds[:4]], [seeds[4].stem]]
    assert len(first.records) == 4 and len(second.records) == 5
    assert graph_to_json(second.nx) == graph_to_json(kg.build([corpus], nlp=nlp).nx)


def test_damaged_cache_entry_is_a_miss(tmp_path, seed_graph):
    cache = RecordCache(tmp_path)
    record = seed_graph.records[0]
    cache.put(record)
    assert cache.get(record.article) == record
    cache.path(record.article).write_text("{broken", encoding="utf-8")
    assert cache.get(record.article) is None


def test_cli_uses_a_cache_in_out(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(importlib.import_module("kg.parallel"), "Nlp", lambda: nlp)
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", "seeds", "--out", str(out)]).exit_code == 0
    assert len(list((out / "cache").rglob("*.json"))) == 5
    assert runner.invoke(app, ["build", "seeds", "--out", str(out), "--no-cache"]).exit_code == 0


def test_batched_analysis_equals_one_at_a_time(nlp):
    """Issue 7: the models run on batches of articles, and an article's analysis must not
    depend on its batch companions, or the cache and `--jobs` could change the graph."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append("Встреча прошла 13.02.2026 в Алматы. Выступил Ерлан Карин.")
    assert nlp.analyse_many(texts) == [nlp.analyse(t) for t in texts]
    assert nlp.analyse_many(texts[::-1]) == [nlp.analyse(t) for t in texts[::-1]]


def test_a_batch_the_models_fail_on_loses_only_the_bad_article(nlp, monkeypatch):
    """A failure inside the models takes down a whole batch; its articles are retried one by
    one so only the article at fault becomes a Problem."""
    from extract import parse_article

    parallel = importlib.import_module("kg.parallel")
    real = nlp.analyse_many

    def fragile(texts):
        if any("ОТКАЗ" in t for t in texts):
            raise ValueError("model failure")
        return real(texts)

    monkeypatch.setattr(nlp, "analyse_many", fragile)
    articles = [parse_article(text, id=f"a{i}") for i, text in enumerate(
        ["Аида Балаева выступила в Алматы.", "ОТКАЗ модели.", "Ерлан Карин приехал в Астану."])]  # fmt: skip
    results = parallel.extract_safely(articles, nlp)
    assert [type(r).__name__ for r in results] == ["ArticleRecord", "Problem", "ArticleRecord"]
    assert "model failure" in results[1].reason and results[1].path == "a1"
    assert {m.normal for m in results[2].mentions if m.type == "PER"} == {"Ерлан Карин"}


def test_graph_from_a_records_file_is_the_graph_from_memory(tmp_path, seed_records, analyse):
    """Issue 25: resolution read one record at a time from records.jsonl, twice, gives the
    graph of the records in memory, whatever order the file holds them in."""
    from kg.graph import graph_of
    from kg.records import RecordFile, write_records

    records = [*seed_records.values(), analyse(
        " date 2026-03-02 x\nВ Караганде аким области Ермаганбет Булекпаев встретился с горняками шахты «Анненская». "
        "«Мы слышим вас», — сказал Булекпаев."
    )]  # fmt: skip
    path = tmp_path / "records.jsonl"
    assert write_records(reversed(records), path) == len(records)
    source = RecordFile(path)
    assert len(source) == len(records)
    streamed = graph_of(source)
    assert graph_to_json(streamed) == graph_to_json(kg.build_graph(kg.resolve(records)))
    assert {"person:ermaganbet-bulekpaev", "person:aida-balaeva"} <= set(streamed)


def test_a_damaged_records_line_names_the_file_and_line(tmp_path, seed_records):
    from kg.errors import RecordFileError
    from kg.records import RecordFile

    path = tmp_path / "records.jsonl"
    good = seed_records["000"].model_dump_json()
    path.write_text(good + "\n" + good.replace('"language":"ru"', '"language":"xx"') + "\n", encoding="utf-8")
    with pytest.raises(RecordFileError, match=r"records\.jsonl:2: not a record of kg"):
        list(RecordFile(path))


def test_resolve_reads_a_generator_once(seed_records):
    """Resolution reads its records twice; a generator is read once, into a sorted list, so a
    one-pass source gives the same corpus as a list."""
    records = list(seed_records.values())
    assert kg.resolve(r for r in records) == kg.resolve(records)


def test_the_first_pass_on_partitions_merges_into_one(tmp_path, seed_records, analyse):
    """Issue 25: the first pass of resolution run on runs of consecutive articles, here on a
    Dask cluster, merges into the tables of one pass: the same graph."""
    distributed = pytest.importorskip("distributed")
    from functools import reduce

    from kg.graph import graph_of
    from kg.records import RecordFile, write_records
    from kg.resolve import FirstPass, first_pass

    records = [*seed_records.values(), analyse(" date 2026-02-05 x\nВ Алматы аким Ерболат Досаев встретился с "
                                               "ветеранами. Досаев отметил, что реформа важна для всех.")]  # fmt: skip
    path = tmp_path / "records.jsonl"
    write_records(records, path)
    source = RecordFile(path)
    parts = source.parts(3)
    assert [len(p) for p in parts] == [2, 2, 2] and sum(len(p) for p in parts) == len(source)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:  # fmt: skip
        tables = reduce(FirstPass.merge, client.gather(client.map(first_pass, parts)))
    assert graph_to_json(graph_of(source, tables)) == graph_to_json(graph_of(source))


def test_first_pass_tables_serve_twice(seed_records):
    """The merged tables given to a resolver are read, not changed: the same tables serve a
    second resolver, and give the same graph again."""
    from kg.graph import graph_of
    from kg.resolve import Resolver, first_pass

    records = list(seed_records.values())
    tables = first_pass(sorted(records, key=lambda r: r.article.id))
    before = {key: dict(counts) for key, counts in tables.venue_places.spellings.items()}
    Resolver(records, tables)
    assert {key: dict(counts) for key, counts in tables.venue_places.spellings.items()} == before
    assert graph_to_json(graph_of(records, tables)) == graph_to_json(graph_of(records))
