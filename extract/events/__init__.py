"""Events: what an article reports and every event it names, with who took part, where and when.

Reads the analysis and the records before it (mentions, roles, quotes, dates); returns the
`Event`s the article reports (who appeared where) and an `EventMention` for every event word.

- lexicon.py, lexicon.tsv: which words name an event, of what kind (Russian lemmas, Kazakh stems);
- triggers.py: where they stand in the text;
- attach.py, weights.json: who took part and where, a score learned from NEREL (bench/train_events.py);
- frames.py: every event word with its people and place;
- presence.py: present or merely named (namesakes, bylines, quotes, oblique cases);
- venues.py: the building or site a name stands for;
- cues.py, when.py, where.py: how each person took part, the event's date, its town and venue;
- whom.py: whom a meeting was with, the event's label;
- report.py: the event the article reports, its side visits and the dated events it mentions.
"""

from .report import extract_events

__all__ = ["extract_events"]
