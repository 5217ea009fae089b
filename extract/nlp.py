"""Nlp: Natasha's models, loaded once; Natasha's types stop here.

`Nlp.analyse` turns text into plain `Analysis` values (tokens with morphology,
sentences, NER spans with their normal forms), which the rest of `extract` reads.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal
from dataclasses import dataclass, replace

from .spans import PROPER_GRAMMEMES, clean_span, is_common_word, normal_form, split_swallowed_person

from natasha import (
    Doc,
    MorphVocab,
    DatesExtractor,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    Segmenter,
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    stop: int
    text: str
    lemma: str
    pos: str
    case: str | None
    number: str | None
    animate: bool
    sentence: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    stop: int
    first: int  # index of its first token
    last: int  # index past its last token


@dataclass(frozen=True, slots=True)
class NerSpan:
    type: str
    start: int
    stop: int
    text: str
    normal: str
    first: int  # token range, like Sentence
    last: int
    common_word: bool = False  # one word the dictionary knows only as a common noun


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: int
    stop: int
    year: int | None
    month: int | None
    day: int | None


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    spans: tuple[NerSpan, ...]
    dates: tuple[DateSpan, ...] = ()

    def sentence_at(self, offset: int) -> Sentence:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.stop:
                return sentence
        return Sentence(offset, offset, 0, 0)

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        return [t for t in self.tokens if t.start >= start and t.stop <= stop]


class Nlp:
    """Natasha's segmenter, NER, morphology and date rules, built once (about 2 s) and reused.

    Natasha's morphology tagger costs about four times its NER, and syntax more again, so
    neither runs on the whole text: syntax never (no rule reads it), the tagger only on the
    sentences a rule can read closely — those with a person, a quotation or a dialogue dash.
    Every other token gets its likeliest reading from the dictionary, which is all a place
    or an organisation name needs to be put in the nominative. `morph="all"` tags every
    sentence (slower; for comparing quality).

    >>> nlp = Nlp()  # doctest: +SKIP
    >>> [s.normal for s in nlp.analyse("Встреча прошла в Алматы.").spans]  # doctest: +SKIP
    ['Алматы']
    """

    def __init__(self, morph: Literal["selective", "all", "dictionary"] = "selective") -> None:
        self.morph = morph
        self.segmenter = Segmenter()
        self.morph_vocab = MorphVocab()
        embedding = NewsEmbedding()
        self.morph_tagger = NewsMorphTagger(embedding)
        self.ner_tagger = NewsNERTagger(embedding)
        self.dates_extractor = DatesExtractor(self.morph_vocab)

    def analyse(self, text: str) -> Analysis:
        original, text = text, models_safe(text)
        if not text.strip():
            return Analysis(original, (), (), ())  # the models fail on a text with no token
        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.ner_tagger)
        self.tag_morph(doc)
        doc.text = original  # spans are cut from the text as written
        analysis = adapt_doc(doc, self.morph_vocab)
        return replace(analysis, dates=self.find_dates(text, doc))

    def tag_morph(self, doc: Doc) -> None:
        close, rest = [], []
        for sent in doc.sents:
            tag = self.morph == "all" or (self.morph == "selective" and needs_tagger(sent))
            (close if tag else rest).append(sent)
        for sent, markup in zip(close, self.morph_tagger.map([[t.text for t in s.tokens] for s in close])):
            for token, tagged in zip(sent.tokens, markup.tokens, strict=True):
                token.pos, token.feats = tagged.pos, tagged.feats
        for sent in rest:
            for token in sent.tokens:
                token.pos, token.feats = dictionary_reading(self.morph_vocab, token.text)

    def find_dates(self, text: str, doc: Doc) -> tuple[DateSpan, ...]:
        """Natasha's date rules, run only on sentences with a digit or a month in them:
        its parser costs as much as the NER on a whole text."""
        dates = []
        for sent in doc.sents:
            chunk = text[sent.start : sent.stop]
            if MAY_HOLD_DATE.search(chunk):
                dates += (
                    DateSpan(sent.start + m.start, sent.start + m.stop, m.fact.year, m.fact.month, m.fact.day)
                    for m in self.dates_extractor(chunk)
                )
        return tuple(dates)

    def lemma(self, word: str, pos: str = "NOUN") -> str:
        """The dictionary form of a single word, as pymorphy2 sees it."""
        return self.morph_vocab.lemmatize(word, pos, {}) or word.lower()


MAY_HOLD_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}|\b(?:1[89]|2[01])\d\d\b|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр", re.IGNORECASE)
QUOTE_MARKS = frozenset("«»\"“”„")
DASHES = frozenset("–—-")


def needs_tagger(sent) -> bool:
    """A sentence a rule reads word by word: it names a person (roles, quotes, presence),
    holds a quotation, or opens with a dialogue dash."""
    return (
        any(span.type == "PER" for span in sent.spans)
        or any(t.text in QUOTE_MARKS for t in sent.tokens)
        or (bool(sent.tokens) and sent.tokens[0].text in DASHES)
    )


@lru_cache(maxsize=1 << 17)
def _reading(morph_vocab: MorphVocab, word: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    forms = morph_vocab(word.lower())
    if not forms:
        return "X", ()
    best = forms[0]
    proper = any(g in best.tag for g in PROPER_GRAMMEMES) or not best.is_known
    pos = "PROPN" if best.pos == "NOUN" and proper and word[:1].isupper() else best.pos
    return pos, tuple(best.feats.items())


def dictionary_reading(morph_vocab: MorphVocab, word: str) -> tuple[str, dict[str, str]]:
    """The likeliest part of speech and features of a word out of context (pymorphy2's first
    parse); a capitalised name or unknown word is PROPN, as the tagger would call it."""
    pos, feats = _reading(morph_vocab, word)
    return pos, dict(feats)


@lru_cache(maxsize=1 << 17)
def _lemma(morph_vocab: MorphVocab, word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
    return morph_vocab.lemmatize(word, pos, dict(feats)) or word.lower()


def models_safe(text: str) -> str:
    """The text with characters Unicode gives no name to (unassigned code points) blanked:
    pymorphy2 raises on them. Same length, so every offset still points into the original."""
    unnamed = {c for c in set(text) if not c.isspace() and unicodedata.name(c, None) is None}
    return text.translate({ord(c): " " for c in unnamed}) if unnamed else text


def adapt_doc(doc: Doc, morph_vocab: MorphVocab) -> Analysis:
    """Natasha's Doc as our plain values; lemmas are memoised, since the same words recur
    across a corpus and pymorphy2's guesser is slow on unknown ones."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    index_of: dict[str, int] = {}
    for number, sent in enumerate(doc.sents):
        first = len(tokens)
        for token in sent.tokens:
            index_of[token.id] = len(tokens)
            feats = token.feats or {}
            lemma = _lemma(morph_vocab, token.text, token.pos or "X", tuple(sorted(feats.items())))
            tokens.append(
                Token(
                    start=token.start,
                    stop=token.stop,
                    text=token.text,
                    lemma=lemma,
                    pos=token.pos or "X",
                    case=feats.get("Case"),
                    number=feats.get("Number"),
                    animate=feats.get("Animacy") == "Anim",
                    sentence=number,
                )
            )
        sentences.append(Sentence(sent.start, sent.stop, first, len(tokens)))
    spans = []
    for span in doc.spans:
        cleaned = clean_span(span.type, span.tokens, doc.text, morph_vocab)
        for kind, pieces in (part for k, t in cleaned for part in split_swallowed_person(k, t, morph_vocab)):
            first = index_of[pieces[0].id]
            spans.append(
                NerSpan(
                    type=kind,
                    start=pieces[0].start,
                    stop=pieces[-1].stop,
                    text=doc.text[pieces[0].start : pieces[-1].stop],
                    normal=normal_form(kind, pieces, morph_vocab, doc.text),
                    first=first,
                    last=first + len(pieces),
                    common_word=len(pieces) == 1 and is_common_word(morph_vocab, pieces[0].text),
                )
            )
    return Analysis(doc.text, tuple(tokens), tuple(sentences), tuple(spans))
