"""Where the models' sentences end, and which stretches they read: a sentence cut where a line
ends a headline, a menu line or a byline (not where a hard-wrapped paragraph goes on), a
sentence too long for the tagger cut between words, never inside a name; the sentences the
morphological tagger must read (the rest the dictionary reads); the stretches that may hold a
date, for the date grammar."""

from __future__ import annotations

import re
from bisect import bisect_right

from natasha import Doc
from natasha.doc import DocSent

from .stretches import Stretches


LINE_BREAK = re.compile("\n")


MAY_HOLD_DATE = re.compile(
    r"\b\d{1,2}\.\d{1,2}\.\d{2,4}|\b(?:1\d\d\d|20\d\d|2100)\b"
    r"|\b(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)",
    re.IGNORECASE,
)


# Every rule of Natasha's date grammar holds a month name, a dotted date or a year from 1000 to 2100.
DATE_REACH = 3  # tokens either side of a trigger: «13-го февраля 2026 г.» fits


DASHES = frozenset("–—-")


def date_windows(text: str, doc: Doc) -> list[tuple[int, int]]:
    """Character ranges, inside one sentence each, around every word a date can hold;
    overlapping ranges are merged so no date is read twice."""
    windows: list[tuple[int, int]] = []
    for sent in doc.sents:
        tokens, merged = sent.tokens, []
        starts = [t.start for t in tokens]
        for match in MAY_HOLD_DATE.finditer(text, sent.start, sent.stop):
            first = max(0, bisect_right(starts, match.start()) - 1 - DATE_REACH)
            last = min(len(tokens), bisect_right(starts, match.end() - 1) + DATE_REACH) - 1
            start, stop = tokens[first].start, tokens[last].stop
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))
            else:
                merged.append((start, stop))
        windows += merged
    return windows


SENTENCE_WORDS = 500  # twice the longest sentence of NEREL, factRuEval and KazNERD (242 words)


# A line that goes on on the next: a word, a comma or a hyphen at its end, a lower-case word after.
WRAP = re.compile(r"[\w,-][ \t]*\n[ \t]*[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


SHORT_LINE = 12  # words: a headline, a menu line, a caption, a byline


def is_hard_wrapped(text: str) -> bool:
    """Most of the text's line breaks fall inside sentences (a text wrapped at a width): its
    lines are no sentence bounds, only its blank lines are."""
    breaks = text.count("\n") - 2 * text.count("\n\n")
    return breaks >= 4 and len(WRAP.findall(text)) * 2 >= breaks


# A blank line: the end of a paragraph, a headline or a caption.
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def paragraph_pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The parts of a name tagged over text[start:stop] on either side of its blank lines: the
    tagger runs a name on across a paragraph's end («Фото: Али Галым» and «Выступая …» below it;
    «Али Галым» and «Спикер Мажилиса Ерлан Кошанов …»), and no name holds a blank line.

    >>> paragraph_pieces("Фото: Али Галым\\n\\nВыступая", 6, 25)
    [(6, 15), (17, 25)]
    """
    pieces, at = [], start
    for gap in BLANK_LINE.finditer(text, start, stop):
        pieces.append((at, len(text[:gap.start()].rstrip())))
        at = gap.end()
    return [*pieces, (at, stop)]


def cut_at_line_breaks(doc: Doc, names: Stretches) -> list[DocSent]:
    """The doc's sentences, cut where a line ends one: razdel joins a headline, a menu line or
    a photo caption to the next sentence when none ends in a full stop («… области\n\nВ состав
    комиссии вошли …»), and a rule reading that sentence reads both. A blank line always ends a
    sentence; a single line break does after a short line (SHORT_LINE words), not before a
    lower-case word, and not in a text wrapped at a width. A long line running on into the
    next is one paragraph broken in two. Never inside one of the `names`."""
    single = not is_hard_wrapped(doc.text)
    pieces = []
    for sent in doc.sents:
        tokens, first = sent.tokens, 0
        for i in range(1, len(tokens) + 1):
            if i < len(tokens):
                gap = doc.text[tokens[i - 1].stop : tokens[i].start]
                if "\n" not in gap or names.holds(tokens[i - 1].start, tokens[i].stop):
                    continue
                if gap.count("\n") == 1 and not (single and not tokens[i].text[:1].islower() and _short_line(doc.text, tokens[i - 1].stop)):
                    continue
            pieces.append(sent if first == 0 and i == len(tokens) else _piece(doc, sent, first, i))
            first = i
    return pieces


def _piece(doc: Doc, sent: DocSent, first: int, cut: int) -> DocSent:
    """The sentence's tokens [first, cut) as a sentence of their own; its first and last piece
    keep the sentence's own ends."""
    tokens = sent.tokens
    start = sent.start if first == 0 else tokens[first].start
    stop = sent.stop if cut == len(tokens) else tokens[cut - 1].stop
    return DocSent(start, stop, doc.text[start:stop], tokens=tokens[first:cut])


def _short_line(text: str, stop: int) -> bool:
    """The line ending at `stop` has at most SHORT_LINE words (read back no further than that)."""
    start = text.rfind("\n", max(0, stop - 400), stop) + 1
    return len(text[start:stop].split()) <= SHORT_LINE and (start > 0 or stop < 400)


def cut_long_sentences(doc: Doc, sents: list[DocSent], names: Stretches) -> list[DocSent]:
    """The sentences, those longer than SENTENCE_WORDS words cut into pieces of about that
    many, never inside one of the `names`. A text with no sentence breaks is one sentence, and
    the rules that read a name's or an event word's whole sentence (and the parser, which costs
    the square of a sentence's length) would make it quadratic."""
    pieces = []
    for sent in sents:
        tokens, first = sent.tokens, 0
        if len(tokens) <= SENTENCE_WORDS:
            pieces.append(sent)
            continue
        while first < len(tokens):
            cut = min(len(tokens), first + SENTENCE_WORDS)
            while cut < len(tokens) and names.holds(tokens[cut - 1].start, tokens[cut].stop):
                cut += 1
            pieces.append(_piece(doc, sent, first, cut))
            first = cut
    return pieces


def needs_tagger(sent, kazakh: Stretches = Stretches()) -> bool:
    """A Russian sentence a rule reads word by word: it names a person (roles, quotes,
    presence) or opens with a dialogue dash. Quotation marks alone do not count: most enclose
    a name («Газпром»), and a quote's speech verb and pronoun («отметил он») read the same from
    the dictionary (measured: the seeds' quotes and both gold sets' figures unchanged, a fifth
    fewer words tagged). A Kazakh paragraph is read by `kazakh_ner`'s own rules, and a Russian
    tagger's guesses at Kazakh words help none of them."""
    if kazakh.holds(sent.start, sent.stop):
        return False
    return (
        any(span.type == "PER" for span in sent.spans)
        or (bool(sent.tokens) and sent.tokens[0].text in DASHES)
    )
