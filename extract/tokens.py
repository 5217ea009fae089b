"""razdel's tokens, without razdel's cost per word.

razdel's tokenizer cuts a text into atoms (a run of Cyrillic or Latin letters, of digits, a
punctuation mark, any other character), then asks its join rules about every pair of
neighbouring atoms, whitespace between them or not, building a context object for each pair
and searching the text again for every token it yields: a sixth of kg's extraction. Only a
pair with nothing between it can join, so here the rules are asked about those pairs alone,
with razdel's own atoms, context windows and rules, and the offsets are the atoms' own; a pair
of letters with no mark between is settled by the one rule that can speak for it (a Kazakh word
is a run of such atoms: razdel's Cyrillic has no «ә», «қ»). The tokens are razdel's
(tests/test_tokens.py compares both on the seeds and the gold texts, Kazakh and Russian).
"""

from __future__ import annotations

from natasha import Doc
from natasha.doc import DocSent, DocToken
from razdel import sentenize
from razdel.rule import JOIN
from razdel.segmenters.tokenize import ATOM, RULES, Atom, TokenSplit

WINDOW = 3  # atoms either side razdel's rules may read (razdel's TokenSplitter.window)


def token_bounds(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each of razdel's tokens of `text`, in order."""
    matches = list(ATOM.finditer(text))
    if not matches:
        return []
    atoms: dict[int, Atom] = {}

    def atom(i: int) -> Atom:
        found = atoms.get(i)
        if found is None:
            m = matches[i]
            found = atoms[i] = Atom(m.start(), m.end(), m.lastgroup, m.group())
        return found

    bounds = []
    start, stop = matches[0].span()
    kinds = [m.lastgroup for m in matches]
    for i in range(1, len(matches)):
        next_start, next_stop = matches[i].span()
        if next_start == stop and (
            _letters_join(kinds[i - 1], kinds[i])
            if kinds[i - 1] != "PUNCT" and kinds[i] != "PUNCT"
            else _join(
                [atom(j) for j in range(max(0, i - WINDOW), i)],
                [atom(j) for j in range(i, min(len(matches), i + WINDOW))],
                text[start:stop],
            )
        ):
            stop = next_stop
            continue
        bounds.append((start, stop))
        start, stop = next_start, next_stop
    bounds.append((start, stop))
    return bounds


def _letters_join(left: str, right: str) -> bool:
    """razdel's verdict on two touching atoms neither of which is a punctuation mark: of its
    rules only «other» can speak then (the rest need a mark on one side), and it joins a
    letter outside the Cyrillic and Latin alphabets it knows («Қ», «ә», «β») to any letter.
    Kazakh words are made of such runs («Қ|аза|қ|стан»), so this is most of their pairs."""
    return "OTHER" in (left, right) and "INT" not in (left, right)


def _join(left: list[Atom], right: list[Atom], buffer: str) -> bool:
    """razdel's verdict on two touching atoms: the first rule with an opinion decides."""
    split = TokenSplit(left, "", right)
    split.buffer = buffer
    for rule in RULES:
        action = rule(split)
        if action:
            return action == JOIN
    return False


def segment(doc: Doc) -> None:
    """What `Doc.segment` does with Natasha's Segmenter: tokens, sentences, the sentences'
    tokens; the tokens from `token_bounds`."""
    text = doc.text
    doc.tokens = [DocToken(start, stop, text[start:stop]) for start, stop in token_bounds(text)]
    doc.sents = [DocSent(s.start, s.stop, s.text) for s in sentenize(text)] if text else []
    doc.envelop_sent_tokens()
