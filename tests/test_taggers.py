"""extract/taggers.py runs Natasha's networks on their own weights: the tags must be
Natasha's, word for word, on real text; and a word's lazily read morphology must be what
reading it at once gave."""

import pickle

import numpy as np
import pytest
from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

from extract.morph import dictionary_reading, shared_morph_vocab
from extract.nlp import Token
from extract.taggers import best_paths
from extract.tokens import segment

SNIPPETS = [
    "Заместитель премьер-министра – министр культуры и информации Аида Балаева встретилась "
    "с творческой интеллигенцией Алматы.",
    "Депутат Мажилиса Аманжол Алтай отметил, что «Закон и Порядок» работает на шахте «Анненская».",
    "Как сообщает «Интерфакс», в Москве 13.02.2026 прошёл форум «Россия – Казахстан».",
]


@pytest.fixture(scope="module")
def natasha():
    embedding = NewsEmbedding()
    return NewsNERTagger(embedding), NewsMorphTagger(embedding)


@pytest.fixture(scope="module")
def texts(seed_paths):
    return [p.read_text(encoding="utf-8") for p in seed_paths] + SNIPPETS


def segmented(nlp, text: str) -> Doc:
    doc = Doc(text)
    segment(doc)
    return doc


def test_ner_spans_are_natashas(nlp, natasha, texts):
    ours = [segmented(nlp, t) for t in texts]
    nlp.tag_ner(ours)  # batched, sorted by length
    for doc, text in zip(ours, texts):
        theirs = segmented(nlp, text)
        theirs.tag_ner(natasha[0])
        assert [(s.start, s.stop, s.type) for s in doc.spans] == [(s.start, s.stop, s.type) for s in theirs.spans]
    assert sum(len(d.spans) for d in ours) > 100  # the seeds are full of names: the test compares something


def test_morph_tags_are_natashas(nlp, natasha, texts):
    sentences = [[t.text for t in s.tokens] for text in texts for s in segmented(nlp, text).sents]
    theirs = [[(t.pos, t.feats) for t in markup.tokens] for markup in natasha[1].map(sentences)]
    assert list(nlp.morph_tagger(sentences)) == theirs
    assert sum(map(len, sentences)) > 3000


def test_syntax_is_natashas(nlp, texts):
    """Heads and relations of every sentence of the seeds, batched and sorted as `add_syntax`
    sends them, against Natasha's parser. The encoder's sums run in another order, so where
    Natasha's two best heads for a word score the same to a millionth (a run of repeated words)
    either may come out; anywhere else the parse must be Natasha's."""
    parser = NewsSyntaxParser(NewsEmbedding())
    infer = parser.infer
    sentences = sorted(([t.text for t in s.tokens] for text in texts for s in segmented(nlp, text).sents), key=len)
    theirs = [
        (tuple(int(t.head_id) - 1 for t in markup.tokens), tuple(t.rel for t in markup.tokens))
        for markup in parser.map(sentences)
    ]
    ours = list(nlp.syntax_parser(sentences))
    differ = [i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    for i in differ:
        batch = infer.encoder.input([infer.encoder.item(sentences[i])])
        scores = infer.model(batch.word_id, batch.shape_id, batch.pad_mask).head_id[0]  # word × (root + words)
        for word, (mine, natashas) in enumerate(zip(ours[i][0], theirs[i][0])):
            if mine != natashas:
                assert abs(scores[word, mine + 1] - scores[word, natashas + 1]) < 1e-4, (sentences[i], word)
    assert len(differ) <= len(sentences) // 50
    assert sum(map(len, sentences)) > 3000


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_best_paths_are_the_crfs(nlp, natasha, seed):
    """Viterbi on random scores, texts of different lengths in one padded batch, against
    slovnet's own decoder with the NER's real transition scores."""
    crf = natasha[0].infer.model.head.crf
    random = np.random.default_rng(seed)
    lengths = random.integers(1, 40, size=8)
    scores = random.normal(size=(8, lengths.max(), crf.transitions.array.shape[0])).astype(np.float32)
    mask = np.arange(lengths.max())[None, :] < lengths[:, None]
    ours = best_paths(scores, mask, crf.transitions.array)
    theirs = crf.decode(scores, mask)
    assert [p.tolist() for p in ours] == [p.tolist() for p in theirs]
    assert [len(p) for p in ours] == lengths.tolist()


def test_untagged_word_reads_the_dictionary():
    token = Token(0, 8, "Балаевой", sentence=0)
    pos, feats = dictionary_reading(shared_morph_vocab(), "Балаевой")
    assert (token.pos, token.case) == (pos, feats.get("Case"))
    assert token.pos == "PROPN" and token.lemma == "балаев"  # out of context: the masculine surname


def test_tagged_word_keeps_the_taggers_reading():
    token = Token(0, 7, "встречи", sentence=0, tagged=("NOUN", (("Case", "Gen"), ("Number", "Sing"))))
    assert (token.pos, token.case, token.number, token.lemma) == ("NOUN", "Gen", "Sing", "встреча")


def test_token_equality_and_pickle_ignore_whether_read():
    read, unread = Token(0, 6, "шахта", sentence=2), Token(0, 6, "шахта", sentence=2)
    assert read.lemma == "шахта"
    assert read == unread and hash(read) == hash(unread)
    copy = pickle.loads(pickle.dumps(read))
    assert copy == read and copy.lemma == "шахта"
    with pytest.raises(AttributeError):
        read.no_such_field  # noqa: B018
