"""Where quotation marks open and close: «» nest, straight quotes pair up within a paragraph.
Quotes read speech between them; roles pass over what is said inside them («Он был отличным
боксером», said of someone else)."""

from __future__ import annotations

import re

OPENERS = {"«": "»", "„": "“", "“": "”", '"': '"'}
MIN_WORDS = 4
QUOTE_OR_BREAK = re.compile('[«»„“”"\n]')
# A paragraph led by a dash: a line of dialogue or of pasted speech.
DASH_LINE = re.compile(r"^[ \t]*[–—−-][ \t]+(?P<body>[^\n]+)", re.MULTILINE)


def quote_marks(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of top-level quotation marks; «» nest, straight quotes pair up."""
    return _scan(text)[0]


def _scan(text: str, begin: int = 0) -> tuple[list[tuple[int, int]], int | None]:
    """The top-level quotes from `begin`, and where one opens that nothing closes by the end."""
    found, depth, start, closer = [], 0, 0, ""
    for mark in QUOTE_OR_BREAK.finditer(text, begin):  # nothing else changes the state
        i, char = mark.start(), mark.group()
        if depth and (char == "«" and closer == "»" or char == '"' and closer == '"' and _opens_inside(text, i)):
            depth += 1
        elif depth and char == closer:
            depth -= 1
            if depth == 0:
                found.append((start, i))
        elif not depth and char in OPENERS:
            if char == '"' and i > 0 and not (text[i - 1].isspace() or text[i - 1] in "([–—-:"):
                continue
            depth, start, closer = 1, i, OPENERS[char]
        elif char == "\n" and closer == '"':
            depth = 0  # an unpaired straight quote does not swallow the next paragraph
    return found, start if depth else None


def _opens_inside(text: str, i: int) -> bool:
    """A straight quote inside straight quotes that opens a nested one: a space before it and a
    letter after it («"Спасибо министерству, "Казводхозу" и …", – рассказал X»). One with a
    letter before it, or a comma or space after it, closes."""
    return i + 1 < len(text) and (text[i + 1].isalnum() or text[i + 1] == "«") and text[i - 1] in " \t(«"


def cut_quote(text: str, closed: list[tuple[int, int]]) -> tuple[int, int] | None:
    """An opening mark in the text's last paragraph that nothing closes: an excerpt cut in the
    middle of a quote. It runs to the text's end; the outermost such mark, not a quote begun
    inside it («Ключевой смысл … закреплены «» cut after a nested opening mark)."""
    last = closed[-1][1] if closed else -1
    _, start = _scan(text, last + 1)
    if start is None or "\n" in text[start:].rstrip():
        return None
    return start, len(text.rstrip())


def quoted_speech(text: str, marks: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The stretches inside top-level quotation marks long enough to be speech, not a name
    («Говорит Москва»); `marks`: the text's quote_marks, where the caller has them already."""
    marks = quote_marks(text) if marks is None else marks
    return [(a + 1, b) for a, b in marks if len(text[a + 1 : b].split()) >= MIN_WORDS]


def interview_questions(text: str) -> list[tuple[int, int]]:
    """Dash-led paragraphs that end in a question: an interviewer's («– Господин министр, как
    …?»), whose words are nobody's speech, and whose addressee is not at the event they ask about."""
    return [(m.start("body"), m.end("body")) for m in DASH_LINE.finditer(text) if m["body"].rstrip().endswith("?")]
