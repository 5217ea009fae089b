"""Present or merely named: who can have taken part in what an article reports.

A namesake («им. Т. Жургенова», «Абай атындағы»), a byline or photo credit, a person inside
someone else's quote and one named in an oblique case («по инициативе Президента … Токаева»)
took part in nothing the article reports.
"""

from __future__ import annotations

import re

from ..mentions import inside, namesake
from ..models import Mention
from ..nlp import Analysis
from ..titles import is_head

CREDIT = re.compile(r"Фото\s*:", re.IGNORECASE)
NAMESAKE_AFTER = re.compile(r"\s*атындағы")


def body_start(text: str) -> int:
    """Where the article proper starts: after a ` date …` header line."""
    return text.index("\n") + 1 if text.lstrip().startswith("date") and "\n" in text else 0


def is_credit_line(text: str, start: int, stop: int) -> bool:
    """A byline, caption or photo credit: a line that starts with «Фото», or a short line that
    is the name; not one that opens speech («Ерлан Кошанов отметил:»)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", stop)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if line.lower().startswith("фото"):
        return True
    return len(line.split()) <= 4 and not line.endswith(":")


def is_person_there(m: Mention, text: str) -> bool:
    """The name stands for a person who can do something: not a namesake nor a credit line."""
    if namesake(text, m.start) or NAMESAKE_AFTER.match(text, m.stop):
        return False
    return not is_credit_line(text, m.start, m.stop)


def is_participant(m: Mention, analysis: Analysis, quoted, kazakh, orgs) -> bool:
    """A participant of the reported event: there, outside quotes and organisation names, and
    in the nominative (a Kazakh name's case is in its ending, stripped already)."""
    if inside(m.start, m.stop, quoted) or inside(m.start, m.stop, orgs):
        return False
    if not is_person_there(m, analysis.text):
        return False
    if inside(m.start, m.stop, kazakh):
        return True
    first, last = analysis.token_range(m.start, m.stop)
    if first > 0 and _oblique_title(analysis.tokens[first - 1]):
        # «реформ Президента Касым-Жомарт Токаев»: the name is in the title's case; not when the
        # title completes a nominative one («заместитель премьер-министра Аида Балаева»)
        before = analysis.tokens[first - 2] if first > 1 else None
        if before is None or before.case != "Nom" or before.pos not in ("NOUN", "PROPN"):
            return False
    # any word in the nominative: the tagger often reads a Kazakh given name it does not know
    # as an oblique case before a nominative surname («Ералы Тугжанов», «Нуржан Жетписбаев»)
    tokens = analysis.tokens[first:last]
    return not tokens or any(t.case in (None, "Nom") for t in tokens)


def _oblique_title(token) -> bool:
    """A title in an oblique case, which the name after it shares whatever its own form says."""
    return token.text[:1].isalpha() and token.case not in (None, "Nom") and is_head(token)


