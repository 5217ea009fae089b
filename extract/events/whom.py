"""Whom a meeting was with, the event's label in the graph («встреча с творческой
интеллигенцией»): the words after «встреча с» that name them, not the clause after them."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Mention
from ..nlp import Analysis, tagged_feats


# Words that end who a meeting was with: a verb, a preposition opening where or about what, a
# conjunction opening a clause, a pronoun («встреча с общественностью области в конгресс-холле …
# приняли участие»).
WHOM_ENDS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "PRON"})


def whom(analysis: Analysis, mentions: Sequence[Mention], start: int, stop: int) -> str | None:
    """Whom the meeting was with: the words after «встреча с» up to a verb, a preposition or a
    word in the nominative, which opens the next clause («… с активом Алматы аким города …»). A
    quoted name, a body's or a place's is read whole («клуба «Каспий»», «коллективом ТОО «Кайнар
    АКБ»»), and so is a person's name unless it is the
    next clause's subject («… лицея Аида Балаева отметила»): the one met is of it («с министром
    культуры Франции Рашидой Дати», «с министром Тимчо Муцунски»)."""
    first, last = analysis.token_range(start, stop)
    tokens = analysis.tokens
    people = {m.start: m for m in mentions if m.type == "PER"}
    names = {m.start: m for m in mentions if m.type in ("ORG", "LOC")}
    end, i = first, first
    while i < last:
        token = tokens[i]
        if (name := names.get(token.start)) is not None and i > first:  # «коллективом ТОО «Кайнар АКБ»»
            end = i = min(analysis.token_range(name.start, name.stop)[1], last)
            continue
        if token.text == "«":  # a quoted name, whatever its words
            close = next((j for j in range(i + 1, last) if tokens[j].text == "»"), None)
            if close is None:
                break
            end = i = close + 1
            continue
        if (person := people.get(token.start)) is not None and i > first:
            a, b = analysis.token_range(person.start, person.stop)
            subject = b < len(tokens) and tokens[b].pos == "VERB" and not any(_case(t) == "Ins" for t in tokens[a:b])
            if subject or b > last:
                break
            end = i = b
            continue
        ends = token.pos in WHOM_ENDS and tagged_feats(token).get("VerbForm") != "Part"  # «населенных пунктов»
        nominative = token.pos in ("NOUN", "PROPN", "ADJ") and _case(token) == "Nom" and not token.text.isupper()  # «ТОО»
        if i > first and (ends or nominative):
            break
        end = i = i + 1
    while end > first and tokens[end - 1].text in (",", "и", "а", "-", "–", "—", "("):
        end -= 1  # «… интеллигенцией Алматы и рассказала»: the conjunction of the next verb
    if end == first:
        return None
    return analysis.text[tokens[first].start : tokens[end - 1].stop].strip()


def _case(token) -> str | None:
    return tagged_feats(token).get("Case")
