"""extract/tokens.py asks razdel's rules only about touching atoms: its tokens and sentences
must be razdel's, through Natasha's Segmenter, on real text and on the shapes the rules are for."""

import json
from pathlib import Path

import pytest
from natasha import Doc, Segmenter
from razdel import tokenize

from extract.tokens import segment, token_bounds

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval-data"

SHAPES = [
    "",
    "   \n\t ",
    "Вице-премьер Аида Балаева, т.е. министр, прибыла в 10:30.",  # hyphen, abbreviation, time
    "Рост составил 3,5% (1/2 бюджета), а 2.0 — нет; ответ: 4\\5.",  # floats, fractions
    "«Закон и Порядок»!!! Что?! Да... -- *** :-) ;)",  # quote marks, endings, smileys
    "ΔP и mβж, yahoo! Yahoo!, a -b, c - d, e -- f, 2026г., №5, 5-й, кое-кто_то",
    "Серік Ақылбай (Шымкент) мен Балаеваның «Qazaq Media» ЖШС-ы",
    "e-mail: info@akorda.kz, https://www.gov.kz/memleket/entities?lang=ru",
    "\u00abОн\u00bb\u2014 сказал\u2013 она.\u2026\u00a0конец",
]


def gold_texts(limit: int) -> list[str]:
    texts = []
    for name in ("nerel_dev.jsonl", "kaznerd_dev.jsonl", "factru_dev.jsonl"):
        path = EVAL / name
        if path.exists():
            lines = [line for line in path.open(encoding="utf-8") if line.strip()][:limit]
            texts += [json.loads(line)["text"] for line in lines]
    return texts


@pytest.mark.parametrize("text", SHAPES)
def test_shapes_tokenised_as_razdel_does(text):
    assert token_bounds(text) == [(t.start, t.stop) for t in tokenize(text)]


def test_real_text_tokenised_as_razdel_does(seed_paths):
    texts = [p.read_text(encoding="utf-8") for p in seed_paths] + gold_texts(60)
    assert len(texts) > 100
    for text in texts:
        assert token_bounds(text) == [(t.start, t.stop) for t in tokenize(text)], text[:80]


def test_segment_gives_natasha_doc(seed_paths):
    segmenter = Segmenter()
    for text in [p.read_text(encoding="utf-8") for p in seed_paths] + SHAPES:
        ours, theirs = Doc(text), Doc(text)
        segment(ours)
        theirs.segment(segmenter)
        assert [(t.start, t.stop, t.text) for t in ours.tokens] == [(t.start, t.stop, t.text) for t in theirs.tokens]
        assert [(s.start, s.stop, s.text, [t.start for t in s.tokens]) for s in ours.sents] == [
            (s.start, s.stop, s.text, [t.start for t in s.tokens]) for s in theirs.sents
        ]
