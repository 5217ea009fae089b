"""The shipped learned components agree with the code that reads them: the Kazakh CRF
(extract/kazakh_ner.crf, bench/train_kazakh_ner.py) and the event scores
(extract/events/weights.json, bench/train_events.py). A feature renamed in the code but not
retrained would leave the model reading nothing; these tests fail then."""

from __future__ import annotations

import pytest

from extract.events import attach
from extract.events.triggers import find_triggers
from extract.kazakh_crf import crf_paragraph_mentions, rule_labels, sentence_features, tagger
from extract.kazakh_ner import paragraph_mentions
from extract.kazakh_words import words_of
from extract.pipeline import analyse, read_analysis
from extract import parse_article


def _attributes(feats: dict) -> set[str]:
    """The attribute names crfsuite makes of a feature dict: «key:value» for strings."""
    return {f"{k}:{v}" if isinstance(v, str) else k for k, v in feats.items()}


def test_crf_knows_the_features_the_code_makes():
    text = "Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Тимур Сүлейменовті қабылдады."
    words = words_of(text, 0, len(text))
    feats = sentence_features(words, rule_labels(words, paragraph_mentions(text, 0, len(text))))
    known = {attr for attr, _ in tagger().info().state_features}
    made = set().union(*(_attributes(f) for f in feats))
    assert len(made & known) / len(made) > 0.5


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Тимур Сүлейменовті қабылдады.",
         {("PER", "Қасым-Жомарт Тоқаев"), ("PER", "Тимур Сүлейменов")}),
        ("Денсаулық сақтау министрлігі Шымкентте жаңа аурухана ашылатынын хабарлады.",
         {("ORG", "Денсаулық сақтау министрлігі"), ("LOC", "Шымкент")}),
        ("Облыс әкімі Асхат Шахаров Ақтөбе қаласында тұрғындармен кездесті.",
         {("LOC", "Актобе"), ("PER", "Асхат Шахаров")}),  # the gazetteer's name
    ],
)  # fmt: skip
def test_crf_reads_kazakh_news(text, expected):
    found = {(m.type, m.normal) for m in crf_paragraph_mentions(text, 0, len(text))}
    assert expected <= found


def test_event_weights_know_the_features_the_code_makes(nlp):
    text = "Президент Владимир Путин назначил Сергея Иванова специальным представителем в Москве."
    [analysis] = analyse(nlp, [text])
    record = read_analysis(parse_article(text, id="x"), analysis)
    triggers = find_triggers(analysis, [])
    pairs = list(attach.candidates(analysis, triggers, [m for m in record.mentions if m.type == "PER"]))
    assert pairs
    table = attach.weights()["participant"]["weights"]
    made = {f for _, _, feats in pairs for f in feats}
    assert len(made & table.keys()) / len(made) > 0.5
