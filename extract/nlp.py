"""Nlp: Natasha's models, loaded once; Natasha's types stop here.

`Nlp.analyse` turns text into plain `Analysis` values (tokens with morphology and syntax,
sentences, NER spans with their normal forms), which the rest of `extract` reads.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from .spans import clean_span, is_common_word, normal_form, split_swallowed_person

from natasha import (
    Doc,
    MorphVocab,
    DatesExtractor,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
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
    head: int  # index into Analysis.tokens, -1 for a sentence root
    rel: str
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
    """Natasha's segmenter, morphology, syntax and NER, built once (about 2 s) and reused.

    >>> nlp = Nlp()  # doctest: +SKIP
    >>> [s.normal for s in nlp.analyse("Встреча прошла в Алматы.").spans]  # doctest: +SKIP
    ['Алматы']
    """

    def __init__(self) -> None:
        self.segmenter = Segmenter()
        self.morph_vocab = MorphVocab()
        embedding = NewsEmbedding()
        self.morph_tagger = NewsMorphTagger(embedding)
        self.syntax_parser = NewsSyntaxParser(embedding)
        self.ner_tagger = NewsNERTagger(embedding)
        self.dates_extractor = DatesExtractor(self.morph_vocab)

    def analyse(self, text: str) -> Analysis:
        original, text = text, models_safe(text)
        if not text.strip():
            return Analysis(original, (), (), ())  # the models fail on a text with no token
        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph_tagger)
        doc.parse_syntax(self.syntax_parser)
        doc.tag_ner(self.ner_tagger)
        doc.text = original  # spans are cut from the text as written
        analysis = adapt_doc(doc, self.morph_vocab)
        dates = tuple(
            DateSpan(m.start, m.stop, m.fact.year, m.fact.month, m.fact.day)
            for m in self.dates_extractor(text)
        )
        return replace(analysis, dates=dates)

    def lemma(self, word: str, pos: str = "NOUN") -> str:
        """The dictionary form of a single word, as pymorphy2 sees it."""
        return self.morph_vocab.lemmatize(word, pos, {}) or word.lower()


def models_safe(text: str) -> str:
    """The text with characters Unicode gives no name to (unassigned code points) blanked:
    pymorphy2 raises on them. Same length, so every offset still points into the original."""
    unnamed = {c for c in set(text) if not c.isspace() and unicodedata.name(c, None) is None}
    return text.translate({ord(c): " " for c in unnamed}) if unnamed else text


def adapt_doc(doc: Doc, morph_vocab: MorphVocab) -> Analysis:
    """Natasha's Doc as our plain values, with token heads as indexes."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    index_of: dict[str, int] = {}
    for number, sent in enumerate(doc.sents):
        first = len(tokens)
        for token in sent.tokens:
            index_of[token.id] = len(tokens)
            token.lemmatize(morph_vocab)
            feats = token.feats or {}
            tokens.append(
                Token(
                    start=token.start,
                    stop=token.stop,
                    text=token.text,
                    lemma=token.lemma or token.text.lower(),
                    pos=token.pos or "X",
                    case=feats.get("Case"),
                    number=feats.get("Number"),
                    animate=feats.get("Animacy") == "Anim",
                    head=-1,
                    rel=token.rel or "",
                    sentence=number,
                )
            )
        sentences.append(Sentence(sent.start, sent.stop, first, len(tokens)))
    heads = [index_of.get(t.head_id, -1) for s in doc.sents for t in s.tokens]
    tokens = [replace(t, head=h) for t, h in zip(tokens, heads, strict=True)]
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
