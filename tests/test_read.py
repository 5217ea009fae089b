import datetime as dt
import json

import pytest

from extract import InputError, extract_article, parse_article, read_article, read_articles
from extract.article import parse_header_date


@pytest.mark.parametrize(
    "text, date",
    [
        (" date 2026-02-13 #Казахстан в сравнении\nПресс-релизы", dt.date(2026, 2, 13)),
        ("date 2026-03-10 Фото предоставлено организаторами\nТекст", dt.date(2026, 3, 10)),
        ("2026 жылғы 13 ақпанда Алматыда кездесу өтті.", None),
    ],
)
def test_header_date(text, date):
    assert parse_header_date(text) == date


def test_parse_article_keeps_every_offset():
    """The text as written but for the space after the header's date, now a line break: every
    offset still points into the file."""
    text = " date 2026-02-14 Фото: пресс-служба Сената\n\nВ ходе встречи …"
    article = parse_article(text, id="a1")
    assert article.text == " date 2026-02-14\nФото: пресс-служба Сената\n\nВ ходе встречи …"
    assert len(article.text) == len(text) and article.date == dt.date(2026, 2, 14)
    assert parse_article("В ходе встречи …", id="a2").text == "В ходе встречи …"


def test_a_page_run_on_after_its_date_is_read_whole(nlp):
    """A page saved as one line after its date (or with its headline on the date's line) is an
    article, and what follows the date is read: before, the whole line was taken for the header
    and the page refused, or its headline and lead skipped."""
    one_line = (" date 2026-03-04 На встрече с жителями Каскелена аким района Нурлан Беркимбаев рассказал о "
                "ремонте дорог. Он отметил, что работы завершат к осени.")  # fmt: skip
    article = parse_article(one_line, id="a1")
    record = extract_article(article, nlp)
    people = {p.name for e in record.events if e.reported for p in e.participants}
    assert article.date == dt.date(2026, 3, 4) and "Нурлан Беркимбаев" in people
    with pytest.raises(InputError, match="only a header line"):
        parse_article(" date 2026-03-04 Фото: пресс-служба акимата", id="a2")


def test_bad_header_date_names_file_and_line():
    with pytest.raises(InputError) as info:
        parse_article(" date 2026-13-40 x\ntext", id="a", source="seeds/x.txt")
    assert str(info.value) == 'seeds/x.txt:1: header date "2026-13-40" is not a date'


def test_read_seed(tmp_path):
    article = read_article("seeds/003_baa3d4bc9a958190.txt")
    assert article.id == "003_baa3d4bc9a958190" and article.date == dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"   \n\t", "empty file"),
        (b"\x00\x01binary", "binary file"),
        (b"\xff\xd8\xff\xe0 JFIF \x81\x8d\x8f\x90", "not UTF-8"),
    ],
)
def test_bad_files_are_reported_and_others_go_on(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text("Аида Балаева провела встречу в Алматы.", encoding="utf-8")
    items = list(read_articles([tmp_path]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and reason in errors[0].reason and "bad.txt" in errors[0].path
    assert [i.id for i in items if not isinstance(i, InputError)] == ["good"]


def test_jsonl_lines(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [json.dumps({"id": "x1", "text": "Встреча в Алматы.", "date": "2026-02-13"}, ensure_ascii=False),
             "{not json", json.dumps({"title": "no text"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([path]))
    assert items[0].id == "x1" and items[0].date == dt.date(2026, 2, 13)
    assert [(e.line, e.reason.split(":")[0]) for e in items[1:]] == [(2, "not JSON"), (3, 'line has no "text" string')]
    assert read_article(path, line=1).text == "Встреча в Алматы."


def test_missing_path_is_a_problem():
    [error] = list(read_articles(["no/such/folder"]))
    assert isinstance(error, InputError) and "no such file" in error.reason
