"""Natasha's CNN networks (NER, morphology, syntax) run on their own weights, faster.

slovnet executes a convolution by copying every window of the input into one matrix
(channels first), and swaps axes before and after each layer; that copy is most of the
networks' time. Here the words stay (batch, word, channel) and a kernel of width k is k
matrix products on shifted views of the same array: nothing is copied. The CRF's best
path is the same recurrence with the maximum taken directly instead of through fancy
indexing. Same weights, same operations; the sums run in another order, so scores can
differ in the last digits of a float32 (tags are identical on every text of the
benchmark corpus; `tests/test_taggers.py` compares both on the seeds and gold texts).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

import numpy as np
from slovnet.conll import parse_conll_tag
from slovnet.shape import word_shape


CODES = 1 << 16  # words whose codes are kept; the table starts again when full
WINDOW = 16384  # words a network reads at once: more than any news article has


@dataclass(frozen=True)
class Layer:
    kernels: tuple[np.ndarray, ...]  # one (in, out) matrix per kernel position
    bias: np.ndarray
    padding: int
    mean: np.ndarray
    std: np.ndarray
    scale: np.ndarray
    shift: np.ndarray


class Network:
    """The embedding and CNN encoder of one of slovnet's models, and a tagger's projection."""

    def __init__(self, infer, batch_size: int = 8) -> None:
        model = infer.model
        self.encoder = infer.encoder  # words → ids
        self.batch_size = batch_size
        self.codes: dict[str, tuple[int, int]] = {}
        self.decoder = infer.decoder
        self.emb = model.emb
        self.proj = getattr(model.head, "proj", None)  # the syntax model's heads have none
        self.layers = tuple(
            Layer(
                kernels=tuple(
                    np.ascontiguousarray(layer.conv.weight.array[:, :, k].T)
                    for k in range(layer.conv.weight.shape[2])
                ),
                bias=layer.conv.bias.array,
                padding=layer.conv.padding,
                mean=layer.norm.mean.array,
                std=layer.norm.std.array,
                scale=layer.norm.weight.array,
                shift=layer.norm.bias.array,
            )
            for layer in model.encoder.layers
        )
        self.stacked = np.concatenate(self.layers[0].kernels, axis=1)  # in × (width · filters)

    def batches(self, items: Sequence[Sequence[str]]) -> Iterator:
        """slovnet's inputs (ids, shapes, padding mask), `batch_size` items at a time, in order;
        an item longer than WINDOW words goes alone, so no other is padded to its length."""
        for first in range(0, len(items), self.batch_size):
            batch = items[first : first + self.batch_size]
            for long, run in groupby(batch, key=lambda words: len(words) > WINDOW):
                for part in ([[words] for words in run] if long else [list(run)]):
                    yield self.encoder.input([self.item(words) for words in part])

    def item(self, words: Sequence[str]) -> tuple[list[int], list[int]]:
        """slovnet's `encoder.item`: each word's id and shape id, a word's worked out once."""
        codes = [self.code(word) for word in words]
        return [word_id for word_id, _ in codes], [shape_id for _, shape_id in codes]

    def code(self, word: str) -> tuple[int, int]:
        """(word id, shape id): a vocabulary look-up of the lower-cased word and a pass over
        its letters for the shape, the same for every occurrence of a word in a text."""
        found = self.codes.get(word)
        if found is None:
            if len(self.codes) >= CODES:
                self.codes.clear()
            found = self.codes[word] = (
                self.encoder.words_vocab.encode(word.lower()),
                self.encoder.shapes_vocab.encode(word_shape(word)),
            )
        return found

    def scores(self, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
        """(batch, word, tag) scores. Texts longer than WINDOW words are read in stretches of
        WINDOW that overlap by the network's reach (each layer reads `padding` words either
        side), so every word's score comes from the same words as when read at once: a whole
        5 MB text at once held gigabytes of activations (a kilobyte a word in each layer)."""
        length = word_id.shape[1]
        if length <= WINDOW:
            return self.window_scores(word_id, shape_id, pad_mask)
        reach = sum(layer.padding for layer in self.layers)
        parts = []
        for start in range(0, length, WINDOW):
            stop = min(length, start + WINDOW)
            lo, hi = max(0, start - reach), min(length, stop + reach)
            scores = self.window_scores(word_id[:, lo:hi], shape_id[:, lo:hi], pad_mask[:, lo:hi])
            parts.append(scores[:, start - lo : stop - lo])
        return np.concatenate(parts, axis=1)

    def window_scores(self, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
        """(batch, word, tag) scores of words read at once."""
        return self.proj(self.encode(word_id, shape_id, pad_mask))

    def encode(self, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
        """(batch, word, hidden) states of the encoder's last layer; a padded word's state is
        zero after every layer, as in training."""
        x = None
        for n, layer in enumerate(self.layers):
            out = self.first_convolution(word_id, shape_id) if n == 0 else self.convolution(x, layer)
            np.maximum(out, 0, out=out)
            x = (out - layer.mean) / layer.std * layer.scale + layer.shift
            x[pad_mask] = 0
        return x

    def first_convolution(self, word_id: np.ndarray, shape_id: np.ndarray) -> np.ndarray:
        """The first layer reads embeddings, which depend on the word and its shape only; a
        batch of news repeats them (punctuation, prepositions, names: about three positions
        in ten are new), so each distinct one is embedded and multiplied once and the
        products are gathered back to their positions."""
        layer = self.layers[0]
        shapes = len(self.encoder.shapes_vocab)
        keys = word_id.astype(np.int64) * shapes + shape_id
        distinct, where = np.unique(keys, return_inverse=True)
        where = where.reshape(keys.shape)
        products = self.emb(distinct // shapes, distinct % shapes) @ self.stacked
        products = np.vstack([products, np.zeros((1, products.shape[1]), products.dtype)])  # beyond the ends
        edge = len(distinct)
        width, filters = len(layer.kernels), layer.bias.shape[0]
        out = np.broadcast_to(layer.bias, keys.shape + (filters,)).copy()
        for k in range(width):
            shift = k - layer.padding
            index = np.full(keys.shape, edge)
            if shift >= 0:
                index[:, : keys.shape[1] - shift] = where[:, shift:]
            else:
                index[:, -shift:] = where[:, :shift]
            out += products[index, k * filters : (k + 1) * filters]
        return out

    @staticmethod
    def convolution(x: np.ndarray, layer: Layer) -> np.ndarray:
        length = x.shape[1]
        padded = np.pad(x, ((0, 0), (layer.padding, layer.padding), (0, 0)))
        out = padded[:, 0:length] @ layer.kernels[0]
        for k, kernel in enumerate(layer.kernels[1:], start=1):
            out += padded[:, k : k + length] @ kernel
        out += layer.bias
        return out


class NerTagger(Network):
    def __init__(self, infer, batch_size: int = 8) -> None:
        super().__init__(infer, batch_size)
        self.transitions = infer.model.head.crf.transitions.array

    def __call__(self, texts: Sequence[Sequence[str]]) -> Iterator[list[str]]:
        """BIO tags of each list of words."""
        for batch in self.batches(texts):
            scores = self.scores(batch.word_id, batch.shape_id, batch.pad_mask)
            yield from self.decoder(best_paths(scores, ~batch.pad_mask, self.transitions))


class MorphTagger(Network):
    def __init__(self, infer, batch_size: int = 8) -> None:
        super().__init__(infer, batch_size)
        self.tags: dict[int, tuple[str, dict[str, str]]] = {}

    def __call__(self, sentences: Sequence[Sequence[str]]) -> Iterator[list[tuple[str, dict[str, str]]]]:
        """(part of speech, features) of every word of each sentence."""
        vocab = self.decoder.tags_vocab
        for batch in self.batches(sentences):
            best = self.scores(batch.word_id, batch.shape_id, batch.pad_mask).argmax(-1)
            for row, size in zip(best, (~batch.pad_mask).sum(-1)):
                tags = []
                for tag in row[:size].tolist():
                    if tag not in self.tags:
                        self.tags[tag] = parse_conll_tag(vocab.decode(tag))
                    tags.append(self.tags[tag])  # one features dict per tag, shared: never changed
                yield tags


class SyntaxParser(Network):
    """Natasha's dependency parser: this encoder, then slovnet's own head and relation
    layers (two matrix products each; the encoder was its time)."""

    def __init__(self, infer, batch_size: int = 8) -> None:
        super().__init__(infer, batch_size)
        self.head, self.rel = infer.model.head, infer.model.rel
        self.rels = infer.decoder.rels_vocab

    def __call__(self, sentences: Sequence[Sequence[str]]) -> Iterator[tuple[tuple[int, ...], tuple[str, ...]]]:
        """Each sentence's heads (the index of each word's head in the sentence, -1 for the
        root) and relations, as slovnet's SyntaxInfer decodes them."""
        for batch in self.batches(sentences):
            x = self.encode(batch.word_id, batch.shape_id, batch.pad_mask)
            mask = ~batch.pad_mask
            heads = self.head.decode(self.head(x), mask)
            rels = self.rel.decode(self.rel(x, heads), mask)
            for row_heads, row_rels, size in zip(heads, rels, mask.sum(-1)):
                yield (
                    tuple(int(h) - 1 for h in row_heads[:size]),
                    tuple(self.rels.decode(r) for r in row_rels[:size].tolist()),
                )


def best_paths(scores: np.ndarray, mask: np.ndarray, transitions: np.ndarray) -> list[np.ndarray]:
    """Viterbi over (batch, word, tag) scores: each text's likeliest tag ids."""
    batch, length, tags = scores.shape
    score = scores[:, 0]
    history = np.empty((max(0, length - 1), batch, tags), dtype=np.int16)  # one array, not one per word
    for i in range(1, length):
        step = score[:, :, None] + transitions + scores[:, i, None, :]  # batch × from × to
        history[i - 1] = step.argmax(1)
        score = np.where(mask[:, i, None], step.max(1), score)
    paths = []
    for b, size in enumerate(mask.sum(1) - 1):
        best = int(score[b].argmax())
        tags = [best]
        for back in reversed(history[:size]):
            best = int(back[b, best])
            tags.append(best)
        tags.reverse()
        paths.append(np.array(tags))
    return paths
