"""Records of one article: what `extract` hands to `kg`.

Every fact carries half-open character offsets (`start`, `stop`) into `Article.text`,
so a reader can always go back to the words it came from.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

Language = Literal["ru", "kk"]
EntityType = Literal["PER", "ORG", "LOC", "FAC"]  # FAC: only in `ArticleRecord.facilities`
Participation = Literal["led", "spoke", "quoted", "moderated", "attended"]
QuoteKind = Literal["direct", "indirect"]

PARTICIPATIONS: tuple[Participation, ...] = ("led", "moderated", "spoke", "quoted", "attended")


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Located(Record):
    """A fact tied to a stretch of the article's text."""

    start: int
    stop: int

    @model_validator(mode="after")
    def _ordered(self) -> "Located":
        if not 0 <= self.start <= self.stop:
            raise ValueError(f"bad span [{self.start}, {self.stop})")
        return self


class Article(Record):
    """One news article exactly as read; offsets of every other record refer to `text`.
    `source` is the file it was read from; `title`, `outlet` and `url` are how a reader cites
    it (a JSONL line's own fields, or a `.txt` file's first line under its header)."""

    id: str
    text: str
    date: dt.date | None = None
    source: str | None = None
    line: int | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


class Mention(Located):
    """A named entity in the text; `normal` is its nominative form, `key` its spelling-free match key."""

    type: EntityType
    text: str
    normal: str
    key: str


class Role(Located):
    """A position a person holds, as the article states it («депутат Мажилиса»); `restated`:
    the (start, stop) spans where the article states the same title for the same person again
    («император Акихито» in the lead and in the body), each shaped like the role's own span."""

    person: str
    title: str
    organisation: str | None = None
    restated: tuple[tuple[int, int], ...] = ()


class Quote(Located):
    """Words attributed to a speaker; `speaker` is None when the text does not say who."""

    speaker: str | None
    text: str
    kind: QuoteKind = "direct"
    # Said at the event the article reports, not on another occasion the words around it name
    # («Ранее … заявил», «в интервью», «бұған дейін»): only then is the speaker a participant.
    at_event: bool = True


class Participant(Record):
    """A person who took part in an event, and how."""

    name: str
    how: tuple[Participation, ...]


class Event(Located):
    """Something that happened on a date at a place, as reported by the article."""

    kind: str
    description: str | None = None
    date: dt.date | None = None
    place: str | None = None  # the venue, else the town
    town: str | None = None  # the town the text puts the event in
    organiser: str | None = None
    participants: tuple[Participant, ...] = ()
    reported: bool = True  # False: the article only mentions it (the coming referendum)


class EventMention(Located):
    """An event word of the text (`start`, `stop`: the word) and what the text ties to it: who
    took part and where. Every event an article names, reported or not («скончался», «выборах»,
    «встреча»); `Event` is the one the article reports, who appeared where."""

    kind: str
    word: str
    participants: tuple[str, ...] = ()
    place: str | None = None
    appearance: bool = False  # people are somewhere in person (a meeting, not a death)


class ArticleRecord(Record):
    """Everything extracted from one article: the contract between `extract` and `kg`."""

    article: Article
    language: Language
    mentions: tuple[Mention, ...] = ()
    # Organisations written as a body and the place it serves («Верховный суд Испании»,
    # «правительство Москвы»), each over the mentions of its parts, which `mentions` keeps.
    compounds: tuple[Mention, ...] = ()
    # Places named by an adjective («японского монарха» → Япония), outside any name.
    place_adjectives: tuple[Mention, ...] = ()
    # Parts of a place by the compass («на севере Мали»), each over the place's mention.
    regions: tuple[Mention, ...] = ()
    # Places that are a building, a street or a site («Белого дома», «улице Лётчиков»): FAC
    # mentions over the LOC mention of their name.
    facilities: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    event_mentions: tuple[EventMention, ...] = ()
