"""Nlp: Natasha's models, loaded once; Natasha's types stop here.

`Nlp.analyse` turns text into plain `Analysis` values (tokens with morphology,
sentences, NER spans with their normal forms), which the rest of `extract` reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
import unicodedata
from collections.abc import Callable, Sequence
from typing import Literal
from dataclasses import dataclass, field, replace

from .date_grammar import DateGrammar
from .kazakh import kazakh_spans
from .kazakh_words import is_given_name
from .sentences import LINE_BREAK, cut_at_line_breaks, cut_long_sentences, date_windows, needs_tagger, paragraph_pieces
from .morph import dictionary_reading, grammar_of, lemma_of, reading, shared_morph_vocab
from .stretches import Stretches
from .tokens import segment
from .taggers import MorphTagger, NerTagger, SyntaxParser
from .spans import clean_span, is_common_word, normal_form, split_swallowed_person

from natasha import (
    Doc,
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
)
from natasha.doc import DocSpan
from slovnet.bio import bio_spans


Feats = tuple[tuple[str, str], ...]


class Token:
    """A word. `tagged` is the part of speech and features the analysis gave it (the
    tagger's, or the dictionary's for a word inside a name); for any other word the reading
    is the dictionary's, looked up the first time a rule asks: most words of a
    news text are never read closely, and a word pymorphy2 has not seen costs a quarter of a
    millisecond to guess. The reading's fields are slots filled on first use, so a rule pays
    for the look-up once and reads a plain attribute after; the lemma apart from the rest,
    since it costs a look-up of its own and most rules ask only the part of speech or case."""

    __slots__ = ("start", "stop", "text", "sentence", "tagged", "lemma", "pos", "case", "number", "animate")
    READING = ("lemma", "pos", "case", "number", "animate")

    start: int
    stop: int
    text: str
    sentence: int
    tagged: tuple[str, Feats] | None
    lemma: str
    pos: str
    case: str | None
    number: str | None
    animate: bool

    def __init__(self, start: int, stop: int, text: str, sentence: int, tagged: tuple[str, Feats] | None = None):
        self.start, self.stop, self.text, self.sentence, self.tagged = start, stop, text, sentence, tagged

    def __getattr__(self, name: str):
        if name not in Token.READING:  # only unset slots come here
            raise AttributeError(name)
        pos, feats = self.tagged if self.tagged is not None else reading(shared_morph_vocab(), self.text)
        if name == "lemma":  # a second look-up in the dictionary, which most words never need
            self.lemma = lemma_of(self.text, pos, feats)
        else:
            self.pos, self.case, self.number, self.animate = grammar_of(pos, feats)
        return getattr(self, name)

    def _key(self) -> tuple:
        return self.start, self.stop, self.text, self.sentence, self.tagged

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.stop}, {self.text!r}, sentence={self.sentence})"

    def __getstate__(self) -> tuple:
        return self._key()

    def __setstate__(self, state: tuple) -> None:
        self.__init__(*state)


def tagged_feats(token: Token) -> dict[str, str]:
    """The features the tagger gave the word; none for a word it did not read (no dictionary
    look-up: a rule asking this wants the tagger's reading in context)."""
    return dict(token.tagged[1]) if token.tagged else {}


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
    kazakh: tuple[tuple[int, int], ...] = ()  # the Kazakh paragraphs, [start, stop) each
    # Syntax of the few sentences a rule asked for (`Nlp.add_syntax`): (sentence index, each
    # token's head as an index into the sentence, -1 for the root, and its relation).
    syntax: tuple[tuple[int, tuple[int, ...], tuple[str, ...]], ...] = ()
    starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    sentence_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    parses: dict[int, tuple[tuple[int, ...], tuple[str, ...]]] = field(init=False, repr=False, compare=False)
    line_breaks: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kazakh", Stretches(self.kazakh))  # asked of every word and name
        object.__setattr__(self, "starts", tuple(t.start for t in self.tokens))
        object.__setattr__(self, "sentence_starts", tuple(s.start for s in self.sentences))
        parses: dict[int, tuple[tuple[int, ...], tuple[str, ...]]] = {}
        for i, heads, rels in self.syntax:
            parses.setdefault(i, (heads, rels))
        object.__setattr__(self, "parses", parses)
        object.__setattr__(self, "line_breaks", tuple(m.start() for m in LINE_BREAK.finditer(self.text)))

    def sentence_index(self, offset: int) -> int:
        """The index of the last sentence starting at or before `offset` (0 before the first)."""
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def sentence_at(self, offset: int) -> Sentence:
        if self.sentences:
            sentence = self.sentences[self.sentence_index(offset)]
            if sentence.start <= offset < sentence.stop:
                return sentence
        return Sentence(offset, offset, 0, 0)

    def line_of(self, offset: int) -> tuple[int, int]:
        """[start, stop) of the line holding `offset`, its line break left out: what
        `text.rfind("\\n", 0, offset) + 1` and `text.find("\\n", offset)` find, by bisection (the
        rules ask it of every name; on a text of one long line a search was a scan of it)."""
        i = bisect_left(self.line_breaks, offset)
        start = self.line_breaks[i - 1] + 1 if i else 0
        return start, self.line_breaks[i] if i < len(self.line_breaks) else len(self.text)

    def token_range(self, start: int, stop: int) -> tuple[int, int]:
        """Indices [first, last) of the tokens wholly inside [start, stop); the rules ask
        this for every mention, so it is a bisection, not a scan."""
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, stop, lo=first)
        if last > first and self.tokens[last - 1].stop > stop:
            last -= 1
        return first, last

    def parse_of(self, sentence: int) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
        """The heads and relations of sentence number `sentence`, if it was parsed."""
        return self.parses.get(sentence)

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        first, last = self.token_range(start, stop)
        return list(self.tokens[first:last])


def ner_words(words: list[str]) -> list[str]:
    """The words as the NER and the morphology tagger read them: a surname in capitals after a
    capitalised word that is a given name of the lists or before a surname's ending («Нариман
    ТУРЕГАЛИЕВ», «Бибигуль НИЕТКАЛИЕВОЙ», as regional papers write them) in the capitalised
    shape the taggers learned names in; in capitals the NER read them as an organisation or as
    nothing, and the tagger a woman's surname as a man's genitive. The text and the spans'
    offsets are the words as written."""
    out = list(words)
    for j in range(1, len(words)):
        word, before = words[j], words[j - 1]
        if len(word) > 3 and word.isalpha() and word.isupper() and before[:1].isupper() and before[1:].islower() and (
            is_given_name(before) or CAPITAL_SURNAME.search(word)
        ):
            out[j] = word[0] + word[1:].lower()
    return out


# A surname's ending in capitals, in any case: «ТУРЕГАЛИЕВ», «НИЕТКАЛИЕВОЙ», «ЖАКСЫБЕКОВУ», «ТАЙЖАНҰЛЫ».
CAPITAL_SURNAME = re.compile(r"(?:[ОЕЁ]В|[ИЫ]Н)(?:А|У|ОЙ|ЫМ|ОМ|Е)?$|(?:ЕНКО|ҰЛЫ|ҚЫЗЫ|УЛЫ|КЫЗЫ|СКИЙ|СКАЯ|ЦКИЙ)$")


class Nlp:
    """Natasha's segmenter, NER, morphology and date rules, built once (about 2 s) and reused.

    Natasha's morphology tagger is the same network as its NER with a wider output, so it
    costs as much again per word, and syntax more; neither runs on the whole text: syntax
    only where the event scores read it (`add_syntax`: sentences with an event word and a
    name), the tagger only on the sentences a rule reads closely — those with a person or a
    dialogue dash (on news, about two words in five).
    Every other token gets its likeliest reading from the dictionary, looked up only if a
    rule asks, which is all a place or an organisation name needs to be put in the
    nominative. `morph="all"` tags every sentence (slower; for comparing quality). The three
    networks run through `taggers.py`, on Natasha's weights, about twice as fast.

    >>> nlp = Nlp()  # doctest: +SKIP
    >>> [s.normal for s in nlp.analyse("Встреча прошла в Алматы.").spans]  # doctest: +SKIP
    ['Алматы']
    """

    def __init__(self, morph: Literal["selective", "all", "dictionary"] = "selective") -> None:
        self.morph = morph
        self.morph_vocab = shared_morph_vocab()
        embedding = NewsEmbedding()
        self.morph_tagger = MorphTagger(NewsMorphTagger(embedding).infer, batch_size=64)
        self.ner_tagger = NerTagger(NewsNERTagger(embedding).infer, batch_size=16)
        self.date_grammar = DateGrammar(self.morph_vocab)
        self.syntax_parser = SyntaxParser(NewsSyntaxParser(embedding).infer, batch_size=64)

    def analyse(self, text: str) -> Analysis:
        return self.analyse_many([text])[0]

    def analyse_many(self, texts: Sequence[str]) -> list[Analysis]:
        """The analyses of several texts, with the models run on all of them at once.

        Natasha tags one Doc at a time, and its NER decoder steps through a text word by word
        in Python: with sixteen texts in a batch each step serves sixteen. Padding is zero in both
        models' embeddings and masked after every layer, so a text's tags do not depend on
        the texts batched with it."""
        originals = list(texts)
        safe = [models_safe(t) for t in originals]
        kazakh = [Stretches(kazakh_spans(t)) for t in originals]
        docs = [Doc(t) for t in safe if t.strip()]  # the models fail on a text with no token
        for doc in docs:
            segment(doc)
        self.tag_ner(docs)
        self.tag_morph(docs, [k for k, t in zip(kazakh, safe) if t.strip()])
        found = iter(docs)
        analyses = []
        for original, text, paragraphs in zip(originals, safe, kazakh):
            if not text.strip():
                analyses.append(Analysis(original, (), (), (), kazakh=paragraphs))
                continue
            doc = next(found)
            doc.text = original  # spans are cut from the text as written
            analysis = adapt_doc(doc, self.morph_vocab)
            analyses.append(replace(analysis, dates=self.find_dates(text, doc), kazakh=paragraphs))
        return analyses

    def tag_ner(self, docs: list[Doc]) -> None:
        """What `Doc.tag_ner` does, for many Docs in batches of similar length, on the words
        the segmenter found. Natasha's NER tokenizes the text again and then searches for
        every word in it to recover offsets: a seventh of the whole extraction, for the same
        razdel tokens (the same on every text of the benchmark corpus)."""
        order = sorted(range(len(docs)), key=lambda i: len(docs[i].tokens))
        words = [ner_words([token.text for token in docs[i].tokens]) for i in order]
        for i, tags in zip(order, self.ner_tagger(words)):
            doc = docs[i]
            doc.spans = [
                DocSpan(a, b, s.type, doc.text[a:b])
                for s in bio_spans(doc.tokens, tags)
                for a, b in self.name_pieces(doc.text, s.start, s.stop)
            ]
            doc.envelop_span_tokens()
            names = Stretches((span.start, span.stop) for span in doc.spans)  # no cut inside one
            doc.sents = cut_long_sentences(doc, cut_at_line_breaks(doc, names), names)
            doc.envelop_sent_spans()

    def name_pieces(self, text: str, start: int, stop: int) -> list[tuple[int, int]]:
        """A tagged name cut at its blank lines, less a lone common word the tagger ran it on
        into («Kazpravda.kz» before a caption «Фото», «Выступая» after a credit «Фото: Али Галым»),
        as `clean_span` drops one cut off at a line break. The first piece stays: the tagger
        begins a name where one begins («Землю» is the Earth)."""
        first, *rest = paragraph_pieces(text, start, stop)
        return [first, *((a, b) for a, b in rest if " " in text[a:b] or not is_common_word(self.morph_vocab, text[a:b]))]

    def tag_morph(self, docs: list[Doc], kazakh: Sequence[Stretches]) -> None:
        """The tagger on the sentences that need it, of all `docs` at once and sorted by
        length so a batch pads little; the dictionary's reading on the rest. `kazakh`: each
        doc's Kazakh paragraphs."""
        close, rest = [], []
        for doc, paragraphs in zip(docs, kazakh, strict=True):
            for sent in doc.sents:
                tag = self.morph == "all" or (self.morph == "selective" and needs_tagger(sent, paragraphs))
                (close if tag else rest).append(sent)
        close.sort(key=lambda s: len(s.tokens))
        for sent, tags in zip(close, self.morph_tagger([ner_words([t.text for t in s.tokens]) for s in close])):
            for token, (pos, feats) in zip(sent.tokens, tags, strict=True):
                token.pos, token.feats = pos, feats
        for sent in rest:  # the span rules read Natasha's tokens; the rest wait for a rule to ask
            for span in sent.spans:
                for token in span.tokens:
                    token.pos, token.feats = dictionary_reading(self.morph_vocab, token.text)

    def add_syntax(self, analyses: Sequence[Analysis], select: Callable[[Analysis], Sequence[int]]) -> list[Analysis]:
        """The analyses with Natasha's syntax on the sentences `select` names in each. The
        parser costs as much as the tagger per word, so it reads only what a rule will (the
        events' sentences that hold an event word and a name), all texts in one batch."""
        wanted = [(a, i) for a, analysis in enumerate(analyses) for i in select(analysis)]
        if not wanted:
            return list(analyses)
        # by length, so a batch pads little (the parser masks its padding: the same parse)
        wanted.sort(key=lambda ai: (lambda s: s.last - s.first)(analyses[ai[0]].sentences[ai[1]]))
        words = []
        for a, i in wanted:
            sentence = analyses[a].sentences[i]
            words.append([t.text for t in analyses[a].tokens[sentence.first : sentence.last]])
        parsed: dict[int, list] = {}
        for (a, i), (heads, rels) in zip(wanted, self.syntax_parser(words), strict=True):
            parsed.setdefault(a, []).append((i, heads, rels))
        return [replace(x, syntax=tuple(sorted(parsed[a]))) if a in parsed else x for a, x in enumerate(analyses)]

    def find_dates(self, text: str, doc: Doc) -> tuple[DateSpan, ...]:
        """Natasha's date grammar (`date_grammar.py`), read on a few words either side of a
        digit run or a month name: a window is the text yargy's parser was given, and the
        matches within one are chosen as yargy chooses them."""
        dates = []
        for start, stop in date_windows(text, doc):
            dates += (
                DateSpan(start + m.start, start + m.stop, m.year, m.month, m.day)
                for m in self.date_grammar(text[start:stop])
            )
        return tuple(dates)

    def lemma(self, word: str, pos: str = "NOUN") -> str:
        """The dictionary form of a single word, as pymorphy2 sees it."""
        return self.morph_vocab.lemmatize(word, pos, {}) or word.lower()


def models_safe(text: str) -> str:
    """The text with characters Unicode gives no name to (unassigned code points) blanked:
    pymorphy2 raises on them; and Latin look-alikes inside Cyrillic words made Cyrillic
    («Католичеcкой» with a Latin «c», NEREL dev), which the models read as a foreign word
    cut in two. Same length, so every offset still points into the original."""
    unnamed = {c for c in set(text) if not c.isspace() and unicodedata.name(c, None) is None}
    text = text.translate({ord(c): " " for c in unnamed}) if unnamed else text
    return MIXED_WORD.sub(_cyrillic, text) if MIXED.search(text) else text


LOOK_ALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
MIXED = re.compile(r"[а-яё][a-zA-Z]|[a-zA-Z][а-яё]")
MIXED_WORD = re.compile(r"\b(?=\w*[а-яё])(?=\w*[aceopxyABCEHKMOPTX])[а-яёА-ЯЁaceopxyABCEHKMOPTX]+\b")


def _cyrillic(word: re.Match) -> str:
    return word.group().translate(LOOK_ALIKES)


def adapt_doc(doc: Doc, morph_vocab: MorphVocab) -> Analysis:
    """Natasha's Doc as our plain values. A word the tagger did not read keeps no reading
    of its own: `Token` asks the dictionary when a rule needs one."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    index_of: dict[int, int] = {}
    sorted_feats: dict[int, Feats] = {}  # by the dict's id: the tagger gives one dict per tag
    for number, sent in enumerate(doc.sents):
        first = len(tokens)
        for token in sent.tokens:
            index_of[token.start] = len(tokens)  # Natasha's token ids are unset without syntax
            tagged = None
            if token.pos is not None:
                feats = sorted_feats.get(id(token.feats))
                if feats is None:
                    feats = sorted_feats[id(token.feats)] = tuple(sorted(token.feats.items()))
                tagged = (token.pos, feats)
            tokens.append(Token(token.start, token.stop, token.text, number, tagged))
        sentences.append(Sentence(sent.start, sent.stop, first, len(tokens)))
    spans = []
    for span in doc.spans:
        cleaned = clean_span(span.type, span.tokens, doc.text, morph_vocab)
        for kind, pieces in (part for k, t in cleaned for part in split_swallowed_person(k, t, morph_vocab)):
            first = index_of[pieces[0].start]
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
