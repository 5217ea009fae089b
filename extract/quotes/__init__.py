"""Quotes: what was said and who said it, read from the analysis and the people, organisations
and roles before it; returns each Quote (direct or indirect, said at the reported event or
elsewhere) and the roles the attributions reveal («заключил председатель Сената X»).

- context.py: the verbs of saying and who a stretch of text names as the speaker;
- direct.py: quotation marks, dash-led paragraphs, paragraphs of speech after their speaker;
- lines.py: headlines and captions («Имя: …», «… – Имя»), «Об этом сообщил X»;
- indirect.py: «отметил, что …», «По словам X», «X-тың айтуынша»;
- kazakh.py: Kazakh sentences that end in a verb of saying.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..anaphora import Antecedents
from ..events.cues import ELSEWHERE, POSTED_HERE, READ_OUT, background
from ..events.presence import interviewed
from ..marks import cut_quote, quote_marks, quoted_speech
from ..models import Mention, Quote, Role
from ..nlp import Analysis
from ..roles import TitleHolders
from ..stretches import ByOffset, Stretches
from .context import Context
from .direct import DASH_LINE, dash_paragraphs, direct_quotes, first_person, speech_paragraphs, unattributed
from .indirect import indirect_quotes
from .kazakh import kazakh_said
from .lines import about_this, headline_said, name_colon_lines, said_after

__all__ = ["extract_quotes", "said_elsewhere"]


def said_elsewhere(analysis: Analysis, q: Quote) -> bool:
    """The words around the quote, not in it, say it was said on another occasion («Ранее …
    заявил, что», «— сказал он в интервью», «— написал политолог в Telegram»), or its paragraph opens as background («Напомним о
    другом случае … X рассказал, что …»)."""
    sentence = analysis.sentence_at(q.start)
    end = max(sentence.stop, analysis.sentence_at(max(q.start, q.stop - 1)).stop)
    text = analysis.text
    line = analysis.line_of(q.start)[0]
    previous = analysis.line_of(line - 1)[0] if line > 0 else line
    if READ_OUT.search(text, previous, q.start):
        return True  # a letter or an address someone else read out: its author was not there
    return bool(ELSEWHERE.search(text, sentence.start, q.start) or ELSEWHERE.search(text, q.stop, end)
                or POSTED_HERE.search(text, sentence.start, q.start) or POSTED_HERE.search(text, q.stop, end)
                or background(analysis, q.start))  # fmt: skip


def extract_quotes(
    analysis: Analysis,
    mentions: Sequence[Mention],
    roles: Sequence[Role],
    kazakh: Sequence[tuple[int, int]],
) -> tuple[list[Quote], list[Role]]:
    """Direct and indirect quotes in text order, and the roles their attributions reveal."""
    text = analysis.text
    people = [m for m in mentions if m.type == "PER"]
    orgs = [m for m in mentions if m.type == "ORG"]
    marks = quote_marks(text)
    cut = cut_quote(text, marks)
    all_marks = (*marks, *([cut] if cut else []))
    paragraphs = speech_paragraphs(text, all_marks)  # read once: the quoted stretches, then the quotes
    quoted = quoted_speech(text, marks)
    quoted += [(m.start("body"), m.end("body")) for m in DASH_LINE.finditer(text)]
    quoted += [(start, said.start()) for start, said in paragraphs]
    subjects = Antecedents(analysis, people, skip=quoted, kazakh=kazakh)
    ctx = Context(analysis, ByOffset(people), ByOffset(orgs), TitleHolders(roles), subjects, Stretches(quoted),
                  Stretches(kazakh), all_marks)  # fmt: skip
    direct, found_roles = direct_quotes(text, ctx)
    dashed, dash_roles = dash_paragraphs(text, ctx, paragraphs)
    found_roles += dash_roles
    ctx = replace(ctx, holders=TitleHolders(list(roles) + found_roles))
    indirect, indirect_roles = indirect_quotes(text, ctx)
    found = direct + dashed + indirect
    # the sentences of reported speech, then the paragraphs of speech after them
    found += name_colon_lines(ctx, Stretches((q.start, q.stop) for q in found))
    found += headline_said(ctx, Stretches((q.start, q.stop) for q in found))
    found += about_this(ctx, Stretches((q.start, q.stop) for q in found))
    found += said_after(ctx, Stretches((q.start, q.stop) for q in found))
    found += kazakh_said(ctx, Stretches((q.start, q.stop) for q in found))
    found += unattributed(text, ctx, found)
    found += first_person(text, ctx, found)
    press = interviewed(analysis, people)
    quotes = sorted((q.model_copy(update={"at_event": False}) if said_elsewhere(analysis, q) or q.speaker in press else q
                     for q in found), key=lambda q: q.start)  # fmt: skip
    return quotes, found_roles + indirect_roles
