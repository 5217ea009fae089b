"""Bad input, faults and hostile text: a clear message naming the file, the other articles
still built, nothing half-written, nothing injected."""

import importlib
import json
import os
import signal

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import kg
from extract import InputError, extract_article, parse_article, read_articles
from extract.article import header_alone
from kg.cli import app

GOOD = " date 2026-02-04 x\nМодератором встречи в Астане выступил исполнительный директор Союза юристов Аргын Искакбеков."
build_module = importlib.import_module("kg.build")
runner = CliRunner()


def items(folder):
    found = list(read_articles([folder]))
    return [i for i in found if not isinstance(i, InputError)], [i for i in found if isinstance(i, InputError)]


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\r\n\t ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Café crème à la française".encode("latin-1"), "not UTF-8"),
        ("bad.jsonl", b'{"text": "ok"\n', "not JSON"),
        ("notext.jsonl", b'{"title": "x"}\n', 'no "text"'),
        ("date.txt", " date 2026-13-40 x\nТекст статьи.".encode(), 'header date "2026-13-40" is not a date'),
    ],
)
def test_refused_with_file_and_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    articles, errors = items(tmp_path)
    assert [a.id for a in articles] == ["good"]
    [error] = errors
    assert name in error.path and reason in error.reason


@pytest.mark.parametrize(
    "encoding, raw",
    [
        ("cp1251", GOOD.encode("cp1251")),
        ("utf-16", GOOD.encode("utf-16")),  # with BOM
        ("utf-16-le", GOOD.encode("utf-16-le")),  # without
        ("utf-8-sig", GOOD.encode("utf-8-sig")),
        ("crlf", GOOD.replace("\n", "\r\n").encode()),
    ],
)
def test_other_encodings_are_decoded(tmp_path, encoding, raw):
    (tmp_path / "a.txt").write_bytes(raw)
    [article], warnings = items(tmp_path)
    assert article.text == header_alone(GOOD) and article.date.isoformat() == "2026-02-04"
    assert all(w.kind == "warning" for w in warnings)
    if encoding in ("cp1251", "utf-16", "utf-16-le"):
        assert warnings and "read as" in warnings[0].reason


def test_huge_file_refused_before_reading(tmp_path):
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written
    [error] = list(read_articles([tmp_path]))
    assert "above the limit" in error.reason


def test_unreadable_file(tmp_path, monkeypatch):
    (tmp_path / "locked.txt").write_text(GOOD, encoding="utf-8")
    original = type(tmp_path).read_bytes

    def deny(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(type(tmp_path), "read_bytes", deny)
    [error] = list(read_articles([tmp_path]))
    assert "locked.txt" in error.path and "Permission denied" in error.reason


def test_symlink_loop_and_missing_path(tmp_path):
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "back").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "dir" / "a.txt").write_text(GOOD, encoding="utf-8")
    found = list(read_articles([tmp_path / "loop", tmp_path / "dir", tmp_path / "nope"]))
    assert [getattr(f, "id", None) for f in found] == [None, "a", None]
    assert "leads nowhere" in found[0].reason and "no such file" in found[2].reason


def test_ten_thousand_files(tmp_path):
    for i in range(10_000):  # tiny files, written without pathlib's overhead: the folder is what is tested
        with open(os.path.join(tmp_path, f"{i:05}.txt"), "wb") as handle:
            handle.write(b"x %d" % i)
    articles, errors = items(tmp_path)
    assert len(articles) == 10_000 and not errors and articles[0].id == "00000"


@pytest.fixture
def shared_nlp(monkeypatch, nlp):
    monkeypatch.setattr(build_module, "Nlp", lambda: nlp)


def test_duplicates_kept_once_with_both_paths(tmp_path, shared_nlp):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    graph = kg.build([tmp_path])
    assert len(graph.records) == 1
    [problem] = graph.problems
    assert problem.path.endswith("b.txt") and "a.txt" in problem.reason and problem.severity == "warning"


HOSTILE = (
    " date 2026-02-04 x\nМодератором встречи в Астане выступил исполнительный директор Союза юристов "
    "Аргын Искакбеков.\n«<script>alert(1)</script> Закон & порядок \x07 для всех нас 😀 שלום», – подчеркнул Аргын Искакбеков."
)


def test_hostile_text_is_escaped_in_xml_and_json(tmp_path, shared_nlp):
    (tmp_path / "h.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    graphml = (out / "graph.graphml").read_text(encoding="utf-8")
    assert "<script>" not in graphml and "&lt;script&gt;" in graphml and "\x07" not in graphml
    back = nx.read_graphml(out / "graph.graphml")
    quotes = [d["quote"] for _, _, d in back.edges(data=True) if d.get("type") == "QUOTED_IN"]
    assert any("<script>alert(1)</script> Закон & порядок" in q and "😀 שלום" in q for q in quotes)
    assert kg.load(out / "graph.json").quotes("Искакбеков")[0].text.startswith("<script>")


def test_interrupted_build_keeps_previous_output(tmp_path, shared_nlp, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(tmp_path / "in"), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    (tmp_path / "in" / "b.txt").write_text(GOOD.replace("Астане", "Алматы"), encoding="utf-8")  # a new graph
    monkeypatch.setattr(build_module, "write_html", interrupted)  # Ctrl-C after graph.graphml and graph.gexf
    with pytest.raises(KeyboardInterrupt):
        build_module.write_outputs(kg.build([tmp_path / "in"]), out)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before  # no temporary files left


def test_interrupted_while_writing_a_file(tmp_path):
    """Ctrl-C halfway through one file: the previous file stays, no temporary file is left."""
    from kg.export import write_atomic

    (tmp_path / "graph.json").write_text("previous", encoding="utf-8")

    def half_then_interrupt(handle):
        handle.write(b'{"nodes": [')
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "graph.json", half_then_interrupt)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == "previous"


def test_exit_codes(tmp_path, shared_nlp):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "o")]).exit_code == 1
    assert runner.invoke(app, ["build", "--jobs", "0"]).exit_code == 2
    assert runner.invoke(app, ["frobnicate"]).exit_code == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400))
def test_extraction_never_crashes(nlp, text):
    if not text.strip():
        with pytest.raises(InputError):
            parse_article(text, id="x")
        return
    record = extract_article(parse_article(text, id="x"), nlp)
    for m in record.mentions:
        assert text[m.start : m.stop] == m.text


NEWSY = st.lists(
    st.sampled_from(["Аида Балаева", "встреча", "в Алматы", "«", "»", "–", "отметила", ",", ".", "\n",
                     "депутат Мажилиса", "Серік Ақылбай", "15 марта", "референдум", "кездесу өтті", "Алматыда"]),
    min_size=1, max_size=40,
).map(" ".join).filter(str.strip)  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NEWSY)
def test_newsy_text_never_crashes(nlp, text):
    extract_article(parse_article(text, id="x"), nlp)


def test_two_builds_are_byte_identical(tmp_path, shared_nlp):
    first, second = tmp_path / "1", tmp_path / "2"
    for out in (first, second):
        assert runner.invoke(app, ["build", "seeds", "--out", str(out)]).exit_code == 0
    for name in ("graph.json", "graph.graphml", "graph.gexf", "graph.html", "records.jsonl", "problems.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


# --- issue 8, the rest of the table -------------------------------------------------------------


def test_mixed_line_endings_become_newlines(tmp_path):
    (tmp_path / "mixed.txt").write_bytes(" date 2026-02-04 x\r\nПервая.\rВторая.\nТретья.\r\n".encode())
    [article], warnings = items(tmp_path)
    assert article.text == " date 2026-02-04\nx\nПервая.\nВторая.\nТретья.\n" and not warnings
    assert article.date.isoformat() == "2026-02-04"


def test_limit_is_stated_and_checked_before_reading(tmp_path, monkeypatch):
    read = importlib.import_module("extract.read")
    monkeypatch.setattr(read, "MAX_BYTES", 64)
    (tmp_path / "long.txt").write_text(GOOD, encoding="utf-8")  # a real file just over a small limit
    (tmp_path / "short.txt").write_text("Встреча в Алматы.", encoding="utf-8")
    articles, [error] = items(tmp_path)
    assert [a.id for a in articles] == ["short"]
    assert "long.txt" in error.path and "above the limit of 64" in error.reason


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="running as root: chmod 000 does not stop root from reading (see test_unreadable_file)")
def test_unreadable_permissions(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.txt").write_text("Встреча в Алматы.", encoding="utf-8")
    locked.chmod(0)
    try:
        articles, [error] = items(tmp_path)
    finally:
        locked.chmod(0o644)
    assert [a.id for a in articles] == ["good"]
    assert "locked.txt" in error.path and "Permission denied" in error.reason


BAD_FILES = {  # name: (bytes, the line the problem names, words of the reason)
    "empty.txt": (b"", None, "empty file"),
    "blank.txt": (b" \n\r\n\t ", None, "empty file"),
    "nul.txt": (b"\x00\x01\x02binary\x00", None, "binary file"),
    "latin1.txt": ("Café crème à la française".encode("latin-1"), None, "not UTF-8"),
    "date.txt": (" date 2026-13-40 x\nТекст статьи.".encode(), 1, 'header date "2026-13-40" is not a date'),
    "news.jsonl": (b'{"text": "\\u0412\\u0441\\u0442\\u0440\\u0435\\u0447\\u0430."}\n{not json\n{"title": 1}\n', 2, "not JSON"),
}


def test_every_bad_file_is_listed_and_the_rest_built(tmp_path, shared_nlp):
    """Issue 8: each bad input is named with its line and problem on stderr and in problems.json;
    the good articles still make a graph; exit code 0."""
    src = tmp_path / "in"
    src.mkdir()
    for name, (content, _, _) in BAD_FILES.items():
        (src / name).write_bytes(content)
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "copy.txt").write_text(GOOD, encoding="utf-8")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    with open(src / "huge.txt", "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(src), str(tmp_path / "nope"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    problems = {(p["path"].split("/")[-1], p["line"]): p for p in json.loads((out / "problems.json").read_text("utf-8"))}
    for name, (_, line, reason) in BAD_FILES.items():
        assert reason in problems[name, line]["reason"], name
        where = f"{name}:{line}" if line else name
        assert where in result.output and reason in result.output
    assert 'no "text"' in problems["news.jsonl", 3]["reason"]
    assert "above the limit" in problems["huge.txt", None]["reason"]
    assert "leads nowhere" in problems["loop.txt", None]["reason"]
    assert "no such file" in problems["nope", None]["reason"]
    duplicate = problems["good.txt", None]  # the same text as copy.txt, which sorts first
    assert duplicate["severity"] == "warning" and "copy.txt" in duplicate["reason"]
    graph = kg.load(out / "graph.json")
    assert [a.place for a in graph.appearances("Искакбеков")] == ["Астана"]
    assert sum(d["type"] == "Article" for _, d in graph.nx.nodes(data=True)) == 2  # copy.txt, news.jsonl:1


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00\x01", b"[]", b"null", b'{"nodes": 3}',
                                     b'{"nodes": [{"id": "a"}], "edges": []}',
                                     b'{"nodes": [{"id": "a", "type": "Person", "label": "A"}], "edges": [{"source": "a"}]}'])
def test_corrupt_graph_json_is_a_clear_error(tmp_path, content):
    """`kg.load` and `kg who` on a damaged graph.json: GraphFileError naming the file; exit code 1."""
    path = tmp_path / "graph.json"
    path.write_bytes(content)
    with pytest.raises(kg.GraphFileError, match=r"graph\.json: (not a kg graph|cannot read)"):
        kg.load(path)
    result = runner.invoke(app, ["who", "Балаева", "--graph", str(path)])
    assert result.exit_code == 1 and "graph.json" in result.output and "Traceback" not in result.output


def kill_this_worker(article):
    """Stands in for extraction in a pool worker: the worker dies as the OOM killer would kill it."""
    os.kill(os.getpid(), signal.SIGKILL)


def no_models():
    return None


def test_killed_worker_leaves_previous_output(tmp_path, shared_nlp, monkeypatch):
    """Issue 8: a worker killed mid-build stops the build with a clear message and exit code 1;
    out/ keeps the previous build, byte for byte."""
    parallel = importlib.import_module("kg.parallel")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "b.txt").write_text(GOOD.replace("Астане", "Алматы"), encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(src), "--out", str(out), "--no-cache"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    monkeypatch.setattr(parallel, "extract_in_worker", kill_this_worker)
    monkeypatch.setattr(parallel, "worker_nlp", no_models)
    result = runner.invoke(app, ["build", str(src), "--out", str(out), "--jobs", "2", "--no-cache"])
    assert result.exit_code == 1 and "worker died" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_hostile_text_is_safe_in_every_output(tmp_path, shared_nlp):
    """<script>, & and a control character in a quote: GEXF still parses, the page holds no markup."""
    (tmp_path / "h.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(tmp_path), "--out", str(out)]).exit_code == 0
    gexf = nx.read_gexf(out / "graph.gexf", version="1.3")
    quotes = [d.get("quote", "") for _, _, d in gexf.edges(data=True)]
    assert any("<script>alert(1)</script> Закон & порядок" in q and "😀 שלום" in q for q in quotes)
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "\x07" not in page


# --- issue 22: a hostile tester's second round -------------------------------------------------


def test_utf8_with_a_broken_byte_stays_utf8(tmp_path):
    """1. One letter cut mid-character and one stray Latin-1 byte: the rest is read as the
    UTF-8 it is (no «Р РµС» people), the bad bytes become U+FFFD, and the warning says where."""
    raw = GOOD.encode()
    cut = raw.index("Союза".encode()) + 1  # the second byte of «С»
    (tmp_path / "a.txt").write_bytes(raw[:cut] + raw[cut + 1 :].replace(b"Astana", b"") + b" caf\xe9")
    [article], [warning] = items(tmp_path)
    assert "Аргын Искакбеков" in article.text and article.text.count("\ufffd") == 2
    assert warning.kind == "warning" and "2 bytes not UTF-8" in warning.reason and "line 2" in warning.reason


def test_same_id_in_two_places_is_two_articles(tmp_path, shared_nlp):
    """3. The same file name in two folders, and one JSONL id in two files: never one Article."""
    for folder, place in (("a", "Астане"), ("b", "Алматы")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(GOOD.replace("Астане", place), encoding="utf-8")
        line = {"id": "42", "text": GOOD.replace("Астане", place).replace("Аргын", "Арман")}
        (tmp_path / folder / "feed.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    graph = kg.build([tmp_path])
    assert [r.article.id for r in graph.records] == ["42", "x", "feed/42", "b/x"]
    assert sorted(a.place for a in graph.appearances("Аргын Искакбеков")) == ["Алматы", "Астана"]
    warnings = [p for p in graph.problems if "is taken by" in p.reason]
    assert len(warnings) == 2 and "a/x.txt" in warnings[1].reason and "«b/x»" in warnings[1].reason


def test_jsonl_is_streamed_with_a_limit_per_line(tmp_path, monkeypatch):
    """4. A JSONL file larger than the limit is read line by line; only the line over it is refused."""
    read = importlib.import_module("extract.read")
    monkeypatch.setattr(read, "MAX_BYTES", 300)
    lines = [json.dumps({"id": f"n{i}", "text": f"Встреча номер {i} прошла в Алматы."}, ensure_ascii=False) for i in range(8)]
    lines[5] = json.dumps({"id": "long", "text": "Очень длинный текст. " * 40}, ensure_ascii=False)
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert (tmp_path / "feed.jsonl").stat().st_size > 300
    articles, [error] = items(tmp_path)
    assert [a.id for a in articles] == ["n0", "n1", "n2", "n3", "n4", "n6", "n7"]
    assert error.line == 6 and "above the limit of 300" in error.reason


def test_unicode_line_separators_stay_inside_a_jsonl_line(tmp_path):
    """5. U+2028 and U+0085 written raw by json.dumps(ensure_ascii=False) do not end a line."""
    texts = ["Первый абзац.\u2028Второй абзац.", "Строка\x85другая строка.", "{broken"]
    lines = [json.dumps({"text": t}, ensure_ascii=False) for t in texts[:2]] + [texts[2]]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, [error] = items(tmp_path)
    assert [a.text for a in articles] == texts[:2] and [a.line for a in articles] == [1, 2]
    assert error.line == 3 and "not JSON" in error.reason


def test_lone_surrogate_escape_is_replaced_not_fatal(tmp_path, shared_nlp):
    """6. «\\ud800» in a JSONL text: the article is built with U+FFFD in its place, and a warning."""
    line = '{"id": "s", "text": "' + GOOD.replace("\n", "\\n").replace("Астане", "Астане \\ud83d") + '"}'
    (tmp_path / "feed.jsonl").write_text(line + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(x) for x in (out / "records.jsonl").read_text("utf-8").splitlines()]
    assert "Астане \ufffd" in record["article"]["text"]
    assert "unpaired surrogate" in result.output and "feed.jsonl:1" in result.output


def test_control_characters_and_bad_bytes_in_names_make_valid_xml(tmp_path, shared_nlp):
    """7, 8. A control character in a file name and in a JSONL id, and a file name that is not
    UTF-8: the build goes through, the ids are escaped, GraphML and GEXF parse."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "bell\x07.txt").write_text(GOOD, encoding="utf-8")
    with open(os.path.join(os.fsencode(src), b"\xff\xfe-news.txt"), "wb") as handle:
        handle.write(GOOD.replace("Астане", "Алматы").encode())
    line = {"id": "esc\x1b[31m", "text": GOOD.replace("Астане", "Караганде")}
    (src / "feed.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    graphml = nx.read_graphml(out / "graph.graphml")
    articles = sorted(n for n, d in graphml.nodes(data=True) if d["type"] == "Article")
    assert articles == ["article:\\xff\\xfe-news", "article:bell\\x07", "article:esc\\x1b[31m"]
    gexf = nx.read_gexf(out / "graph.gexf", version="1.3")
    assert "article:bell\\x07" in gexf
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_workers_are_capped_by_cores_and_batches(tmp_path, shared_nlp):
    """9. `--jobs 1000` does not start 1,000 copies of Natasha."""
    parallel = importlib.import_module("kg.parallel")
    assert parallel.workers(1000, 10_000) == parallel.cores()
    assert parallel.workers(1000, 20) == min(2, parallel.cores())  # two batches of 16
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out"), "--jobs", "1000"])
    assert result.exit_code == 0 and f"at most {parallel.cores()} workers" in result.output


def test_collector_is_as_it_was_after_a_failed_batch(nlp, monkeypatch):
    """The garbage collector is paused for a batch (kg/parallel.py) and back as it was after,
    when a rule fails on an article too; the article becomes a Problem, the other a record."""
    import gc

    parallel = importlib.import_module("kg.parallel")
    read = parallel.read_analysis

    def fail_on_b(article, analysis):
        if article.id == "b":
            raise ValueError("rule failed")
        return read(article, analysis)

    monkeypatch.setattr(parallel, "read_analysis", fail_on_b)
    batch = [parse_article(GOOD, id="a"), parse_article(GOOD, id="b")]
    assert gc.isenabled()
    first = parallel.extract_safely(batch, nlp)
    assert gc.isenabled()
    assert [type(r).__name__ for r in first] == ["ArticleRecord", "Problem"] and "rule failed" in first[1].reason
    gc.disable()
    try:
        assert parallel.extract_safely(batch, nlp)[0].article.id == "a"
        assert not gc.isenabled()
    finally:
        gc.enable()


def refuse_to_extract(*args, **kwargs):
    raise AssertionError("extraction started before the output place was checked")


@pytest.mark.parametrize("where", ["out is a file", "out under a file", "cache is a file", "read-only"])
def test_unwritable_output_is_refused_before_extracting(tmp_path, monkeypatch, where):
    """10. A wrong --out or --cache: a message naming it and exit code 2, before any extraction."""
    cli = importlib.import_module("kg.cli")
    monkeypatch.setattr(cli, "build", refuse_to_extract)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    afile = tmp_path / "taken"
    afile.write_text("x", encoding="utf-8")
    args = {"out is a file": ["--out", str(afile)],
            "out under a file": ["--out", str(afile / "out")],
            "cache is a file": ["--out", str(tmp_path / "out"), "--cache", str(afile)],
            "read-only": ["--out", "/sys/kg-out"]}[where]  # fmt: skip
    if where == "read-only" and os.access("/sys", os.W_OK) and not os.path.ismount("/sys"):
        pytest.skip("/sys is writable here")
    result = runner.invoke(app, ["build", str(tmp_path), *args])
    assert result.exit_code == 2, result.output
    assert ("taken" in result.output or "/sys" in result.output) and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "change, named",
    [
        (lambda g: g["edges"][0].pop("type"), "edges[0] (person:"),
        (lambda g: next(n for n in g["nodes"] if n["type"] == "Event").update(date="13 Feb"), "date"),
        (lambda g: next(e for e in g["edges"] if "how" in e).update(how=3), "how"),
        (lambda g: g["nodes"][0].update(id=["a", "b"]), "nodes[0]"),
        (lambda g: next(e for e in g["edges"] if "start" in e).update(start="12"), "start"),
    ],
)
def test_graph_json_of_the_wrong_shape_names_the_element(tmp_path, seed_graph, change, named):
    """11. A graph.json that parses but is not what kg writes: a GraphFileError naming the
    element, and `kg who` exits 1 without a traceback."""
    from kg.export import graph_to_json

    data = json.loads(graph_to_json(seed_graph.nx))
    change(data)
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(kg.GraphFileError) as info:
        kg.load(path)
    assert "graph.json: not a kg graph" in str(info.value) and named in str(info.value)
    result = runner.invoke(app, ["who", "Балаева", "--graph", str(path)])
    assert result.exit_code == 1 and named in result.output and "Traceback" not in result.output


# --- issue 22, the doubtful cases, decided (README, "Input") ------------------------------------


def test_nul_bytes_anywhere_make_a_binary_file(tmp_path):
    """A NUL byte refuses a file wherever it is, not only in the first 8 KB."""
    (tmp_path / "late.txt").write_bytes(GOOD.encode() + b"\n" * 9000 + b"\x00tail")
    [error] = list(read_articles([tmp_path]))
    assert "binary file" in error.reason and f"offset {len(GOOD.encode()) + 9000}" in error.reason


def test_a_header_alone_is_not_an_article(tmp_path):
    (tmp_path / "header.txt").write_text(" date 2026-02-13 #Казахстан\n\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    articles, [error] = items(tmp_path)
    assert [a.id for a in articles] == ["good"] and "only a header line" in error.reason


def test_escapes_in_file_names_are_printed_escaped(tmp_path, shared_nlp):
    """An ANSI escape or a newline in a bad file's name reaches stderr as «\\x1b», «\\n»."""
    (tmp_path / "\x1b[2Jred\nx.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0 and "\\x1b[2Jred\\nx.txt: empty file" in result.output
    assert "\x1b[2J" not in result.output


def test_fifo_is_skipped_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    articles, [error] = items(tmp_path)  # reading the FIFO would block here for ever
    assert [a.id for a in articles] == ["good"] and "not a regular file" in error.reason
    [error] = list(read_articles([tmp_path / "pipe.txt"]))
    assert "not a regular file" in error.reason


def test_upper_case_suffix_is_read_and_hidden_files_are_named(tmp_path):
    (tmp_path / "LOUD.TXT").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".draft.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(GOOD, encoding="utf-8")  # a hidden folder is not entered
    articles, [error] = items(tmp_path)
    assert [a.id for a in articles] == ["LOUD"]
    assert error.path.endswith(".draft.txt") and "hidden file" in error.reason


def test_empty_folder_says_what_it_looked_for(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["build", str(tmp_path / "empty"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no .txt or .jsonl file in this folder" in result.output


def test_graph_json_is_renamed_last(tmp_path, seed_graph, monkeypatch):
    """The six renames of a build are not one step: graph.json, what `kg who` reads, goes last."""
    export = importlib.import_module("kg.export")
    renamed = []
    real = os.replace
    monkeypatch.setattr(export.os, "replace", lambda a, b: (renamed.append(os.path.basename(b)), real(a, b)))
    build_module.write_outputs(seed_graph, tmp_path)
    assert len(renamed) == 6 and renamed[-1] == "graph.json"


def test_cache_entry_of_another_article_is_a_miss(tmp_path, seed_records):
    from kg.cache import RecordCache

    cache = RecordCache(tmp_path)
    first, second = seed_records["000"], seed_records["001"]
    cache.put(first)
    assert cache.get(first.article) == first
    target = cache.path(second.article)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(cache.path(first.article).read_bytes())  # another article's record under this name
    assert cache.get(second.article) is None


def test_output_inside_the_input_is_not_read_back(tmp_path, shared_nlp):
    """`kg build in --out in/out` twice: the second build does not read its own records.jsonl."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    for _ in range(2):
        result = runner.invoke(app, ["build", str(src), "--out", str(src / "out")])
        assert result.exit_code == 0 and "1 articles, 1 people, 1 events, 0 problems" in result.output


def test_stale_temporary_files_are_removed(tmp_path, seed_graph):
    (tmp_path / ".graph.json.k2x9a1.tmp").write_text("half", encoding="utf-8")
    (tmp_path / ".notes.tmp").write_text("someone else's", encoding="utf-8")
    build_module.write_outputs(seed_graph, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".notes.tmp"]
