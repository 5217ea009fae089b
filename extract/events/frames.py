"""Event frames: every event word of an article with the people and the place the text ties
to it (the learned scores of attach.py), one `EventMention` each."""

from __future__ import annotations

from collections.abc import Sequence

from ..mentions import inside
from ..models import EventMention, Mention
from ..nlp import Analysis
from .attach import attach
from .presence import is_person_there
from .triggers import Trigger


def event_frames(
    analysis: Analysis,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    facilities: Sequence[Mention],
    kazakh: Sequence[tuple[int, int]],
) -> tuple[EventMention, ...]:
    """One EventMention per trigger outside the Kazakh paragraphs (the scores are learned on
    Russian), with the people and the likeliest place tied to it."""
    russian = [t for t in triggers if not inside(t.start, t.stop, kazakh)]
    people = [m for m in mentions if m.type == "PER"]
    places = [m for m in mentions if m.type == "LOC"] + list(facilities)
    who = attach("participant", analysis, russian, people)
    where = attach("place", analysis, russian, places)
    frames = []
    for t in russian:
        names = dict.fromkeys(m.normal for m, _ in who.get(t, ()) if is_person_there(m, analysis))
        place = max(where.get(t, ()), key=lambda pair: pair[1], default=None)
        frames.append(
            EventMention(start=t.start, stop=t.stop, kind=t.kind, word=analysis.text[t.start : t.stop],
                         participants=tuple(names), place=place[0].normal if place else None,
                         appearance=t.entry.appearance)
        )  # fmt: skip
    return tuple(frames)
