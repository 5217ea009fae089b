"""Issue 22: extraction linear in an article's length. The indexes that replaced scans must
answer as the scans did, and a long text read in pieces must read as when read at once."""

import random
from pathlib import Path
from types import SimpleNamespace

import pytest

from extract import sentences as sentences_module
from extract import taggers
from extract.stretches import ByOffset, Stretches, lstripped, rstripped
from extract.tokens import segment
from natasha import Doc

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def random_spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(n):
        start = rng.randrange(60)
        spans.append((start, start + rng.choice([0, 1, 2, 5, 20])))  # empty, short, nested
    return spans


@pytest.mark.parametrize("seed", range(20))
def test_stretches_answer_as_a_scan(seed):
    rng = random.Random(seed)
    spans = random_spans(rng, rng.randrange(8))
    stretches = Stretches(spans)
    assert stretches == tuple(spans)
    assert Stretches(stretches) is stretches  # passed along, not indexed again
    for start in range(-2, 80):
        for stop in range(start, start + 25, 3):
            assert stretches.holds(start, stop) == any(a <= start and stop <= b for a, b in spans)
            assert stretches.overlaps(start, stop) == any(a < stop and start < b for a, b in spans)


@pytest.mark.parametrize("seed", range(20))
def test_by_offset_answers_as_a_scan_in_text_order(seed):
    rng = random.Random(seed)
    records = sorted((SimpleNamespace(start=a, stop=b) for a, b in random_spans(rng, rng.randrange(8))),
                     key=lambda r: (r.start, r.stop))  # fmt: skip
    index = ByOffset(records)
    for start in range(-2, 80):
        for stop in range(start, start + 25, 3):
            assert index.starting(start, stop) == [r for r in records if start <= r.start < stop]
            assert index.overlapping(start, stop) == [r for r in records if r.start < stop and start < r.stop]
            assert index.within(start, stop) == [r for r in records if start <= r.start and r.stop <= stop]


@pytest.mark.parametrize("text", ["", "  ", "а \n b", "Фото:  \t", " x "])
def test_stripped_ends(text):
    for at in range(len(text) + 1):
        assert rstripped(text, at) == len(text[:at].rstrip())
        assert lstripped(text, at) == len(text) - len(text[at:].lstrip())


def test_a_long_text_is_tagged_in_windows_as_at_once(nlp, monkeypatch):
    """The seeds as one text of 3,000 words, read at once and in windows of 100 words."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    words = [[t.text for t in segmented(nlp, text).tokens]]
    monkeypatch.setattr(taggers, "WINDOW", 10**9)
    whole = list(nlp.ner_tagger(words))
    monkeypatch.setattr(taggers, "WINDOW", 100)
    assert list(nlp.ner_tagger(words)) == whole
    assert list(nlp.ner_tagger(words + [words[0][:50]])) == whole + list(nlp.ner_tagger([words[0][:50]]))


def test_a_sentence_too_long_is_cut_where_no_name_is(nlp, monkeypatch):
    text = "Аида Балаева и Ерлан Кошанов провели встречу с жителями Алматы и Астаны " * 30
    monkeypatch.setattr(sentences_module, "SENTENCE_WORDS", 7)
    doc = segmented(nlp, text)
    nlp.tag_ner([doc])  # cuts the sentences, once the names are known
    tokens = [t for sent in doc.sents for t in sent.tokens]
    assert [t.start for t in tokens] == [t.start for t in segmented(nlp, text).tokens]
    assert len(doc.sents) > 30 and all(len(s.tokens) <= 8 for s in doc.sents)
    names = Stretches((s.start, s.stop) for s in doc.spans)
    assert not any(names.holds(a.tokens[-1].start, b.tokens[0].stop) for a, b in zip(doc.sents, doc.sents[1:]))


def segmented(nlp, text: str) -> Doc:
    doc = Doc(text)
    segment(doc)
    return doc
