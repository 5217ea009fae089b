"""Nlp: Natasha's models, loaded once; Natasha's types stop here.

`Nlp.analyse` turns text into plain `Analysis` values (tokens with morphology and syntax,
sentences, NER spans with their normal forms), which the rest of `extract` reads.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from natasha.norm import (
    inflect_word,
    normalize,
    recover_shapes,
    recover_spaces,
    syntax_normalize,
)
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
        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph_tagger)
        doc.parse_syntax(self.syntax_parser)
        doc.tag_ner(self.ner_tagger)
        analysis = adapt_doc(doc, self.morph_vocab)
        dates = tuple(
            DateSpan(m.start, m.stop, m.fact.year, m.fact.month, m.fact.day)
            for m in self.dates_extractor(text)
        )
        return replace(analysis, dates=dates)

    def lemma(self, word: str, pos: str = "NOUN") -> str:
        """The dictionary form of a single word, as pymorphy2 sees it."""
        return self.morph_vocab.lemmatize(word, pos, {}) or word.lower()


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
        for kind, pieces in split_swallowed_person(span.type, span.tokens, morph_vocab):
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


PROPER_GRAMMEMES = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr")


def is_common_word(morph_vocab: MorphVocab, word: str) -> bool:
    """Known to the dictionary, and never as a place, name or organisation («Независимость»)."""
    parses = morph_vocab(word.lower())
    return bool(parses) and all(
        p.is_known and not any(g in p.tag for g in PROPER_GRAMMEMES) for p in parses
    )


def _looks_like_name(token) -> bool:
    feats = token.feats or {}
    return (
        token.pos == "PROPN" or any(c in "әғқңөұүһі" for c in token.text.lower())
    ) and token.text[:1].isupper() and feats.get("Case", "Nom") == "Nom"


def split_swallowed_person(kind: str, tokens: list, morph_vocab: MorphVocab) -> list[tuple[str, list]]:
    """Natasha's spans sometimes run an organisation on into the name that follows it
    («Мажилиса Аманжол Алтай», «академии … им. Т. Жургенова Арман Жүдебаев»): a genitive
    organisation, or a word the dictionary knows only as a common noun, followed by two
    capitalised nominative words is an organisation and a person.
    """
    if len(tokens) < 3:
        return [(kind, tokens)]
    run = 0
    while run < len(tokens) - 1 and _looks_like_name(tokens[len(tokens) - 1 - run]):
        run += 1
    before = tokens[len(tokens) - 1 - run]
    oblique = (before.feats or {}).get("Case") not in (None, "Nom")
    common = is_common_word(morph_vocab, before.text)
    if run < 2 or not (oblique or common):
        return [(kind, tokens)]
    # what is left before a person in apposition is an organisation («депутат Мажилиса …»)
    return [("ORG", tokens[:-run]), ("PER", tokens[-run:])]


def normal_form(kind: str, tokens: list, morph_vocab: MorphVocab, text: str) -> str:
    """The nominative form of a span. People: Natasha's syntax-aware inflection.
    Organisations and places: only the head noun and the words before it change case
    («Республиканская коллегия юридических консультантов»); a quoted title stays verbatim.
    """
    start, stop = tokens[0].start, tokens[-1].stop
    if kind == "PER":
        return normalize(morph_vocab, tokens)
    if start > 0 and text[start - 1] in "«\"“„":
        return text[start:stop]
    head = next((i for i, t in enumerate(tokens) if not _adjective(morph_vocab, t)), None)
    if head is None:
        return syntax_normalize(morph_vocab, tokens)
    words = [inflect_word(morph_vocab, t) for t in tokens[:head]]
    words.append(inflect_head(morph_vocab, tokens[head]))
    inflected = recover_spaces(recover_shapes(words, tokens[: head + 1]), tokens[: head + 1])
    return inflected + text[tokens[head].stop : stop]


def _adjective(morph_vocab: MorphVocab, token) -> bool:
    """The tagger's ADJ, unless the dictionary knows the word only as a noun («Мажилиса»)."""
    if token.pos != "ADJ":
        return False
    return any(form.pos == "ADJ" for form in morph_vocab(token.text.lower()))


def inflect_head(morph_vocab: MorphVocab, token) -> str:
    """The head noun in the nominative, even where the tagger missed its part of speech."""
    word = inflect_word(morph_vocab, token)
    case = (token.feats or {}).get("Case")
    if case in (None, "Nom") or word != token.text.lower():
        return word
    for form in morph_vocab(token.text.lower()):
        if form.pos == "NOUN" and form.feats.get("Case") == case:
            nominative = form.inflect({"Nom"})
            if nominative:
                return nominative.word.replace("ё", "е")
            if form.feats.get("Number") == "Sing":  # guessed words pymorphy cannot inflect
                return form.normal.replace("ё", "е")
    return word
