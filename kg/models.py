"""The corpus after resolution: one Person, Organisation, Place or Event however many
articles and spellings name it, and the answers the query API returns."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict

from extract.models import Participation, QuoteKind, Record


# One separator for every list held in a flat attribute (GraphML, GEXF, JSON): «a | b».
LIST_SEP = " | "

class Alias(Record):
    """One spelling of a name and the articles it came from."""

    spelling: str
    articles: tuple[str, ...]


class Person(Record):
    id: str
    name: str
    latin: str
    aliases: tuple[Alias, ...] = ()
    titles: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()


class Organisation(Record):
    id: str
    name: str
    latin: str
    aliases: tuple[Alias, ...] = ()
    articles: tuple[str, ...] = ()


class Place(Record):
    id: str
    name: str
    latin: str
    aliases: tuple[Alias, ...] = ()
    articles: tuple[str, ...] = ()
    town: str | None = None  # Place.id of the town a venue is in (LOCATED_IN)


class Venue(Record):
    """A building or site an article names (a mine, a school, an office) and the town the article
    puts it in; `mention` is the start of the organisation mention that names it, if one does."""

    name: str
    town: str | None = None  # the town's gazetteer name
    article: str
    start: int
    stop: int
    mention: int | None = None


class Evidence(Record):
    """Where a fact was read: article, half-open offsets into its text, and the sentence."""

    article: str
    start: int
    stop: int
    evidence: str


class Attendance(Record):
    """One person taking part in one event, as one article reports it."""

    person: str  # Person.id
    event: str  # Event.id
    how: tuple[Participation, ...]
    role: str | None = None
    source: Evidence


class Position(Record):
    """A title a person holds, with the organisation when the article names one."""

    person: str
    title: str
    organisation: str | None = None  # Organisation.id
    source: Evidence | None = None  # None: a title without an organisation, from the Person node


class Location(Record):
    """A venue in a town, as one article states it (a LOCATED_IN edge)."""

    place: str  # Place.id of the venue
    town: str  # Place.id of the town
    source: Evidence


class Statement(Record):
    """Words attributed to a person."""

    person: str
    text: str
    kind: QuoteKind
    source: Evidence
    at_event: bool = True  # said at the event the article reports (extract.models.Quote)


class Event(Record):
    id: str
    kind: str
    label: str
    date: dt.date | None = None
    place: str | None = None  # Place.id
    organiser: str | None = None  # Organisation.id
    reports: tuple[str, ...] = ()  # articles that report it
    mentions: tuple[str, ...] = ()  # articles that only mention it
    source: Evidence | None = None


class ArticleInfo(Record):
    id: str
    source: str | None = None
    date: dt.date | None = None
    language: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


class Corpus(Record):
    """Everything resolved across articles: what the graph is built from."""

    articles: tuple[ArticleInfo, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    attendances: tuple[Attendance, ...] = ()
    positions: tuple[Position, ...] = ()
    statements: tuple[Statement, ...] = ()
    locations: tuple[Location, ...] = ()
    mentions: tuple[tuple[str, str], ...] = ()  # (entity id, article id)


class Problem(Record):
    """An input that could not be used ("skipped"), or was used with a caveat ("warning")."""

    path: str
    line: int | None = None
    reason: str
    severity: Literal["skipped", "warning"] = "skipped"


class Source(Record):
    """An article as a reader cites it: its id, date, and where the input said it came from."""

    article: str
    date: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


class Mentioned(Record):
    """A person named in an article, with no event the article says they took part in."""

    person: str
    person_id: str
    source: Source


class Appearance(Record):
    """One row of "who appeared where": a person at an event.

    >>> Appearance(person="Аида Балаева", person_id="person:aida-balaeva", event="встреча",
    ...            event_id="event:2026-02-13-almaty", participation=("spoke",)).participation
    ('spoke',)
    """

    person: str
    person_id: str
    event: str
    event_id: str
    kind: str = "meeting"
    date: dt.date | None = None
    place: str | None = None
    role: str | None = None
    participation: tuple[Participation, ...] = ()
    articles: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()


def _iso_date(value: str) -> str:
    dt.date.fromisoformat(value)  # raises ValueError, which pydantic reports with the element
    return value


IsoDate = Annotated[str, AfterValidator(_iso_date)]
Text = str | None


class NodeData(BaseModel):
    """A node of graph.json as `kg.load` takes it: the attributes the queries read, each of
    the type `build_graph` writes, so a hand-edited or foreign file fails on load, naming the
    node, and not in the middle of `kg who`. Attributes kg does not know are kept."""

    model_config = ConfigDict(extra="allow", strict=True)
    id: str
    type: str
    label: str
    date: IsoDate | None = None
    latin: Text = None
    kind: Text = None
    place: Text = None
    town: Text = None
    organiser: Text = None
    aliases: Text = None
    alias_sources: Text = None
    titles: Text = None
    articles: Text = None
    reports: Text = None
    mentioned_in: Text = None


class EdgeData(BaseModel):
    """An edge of graph.json as `kg.load` takes it (see NodeData)."""

    model_config = ConfigDict(extra="allow", strict=True)
    source: str
    target: str
    key: str | int | None = None
    type: str
    article: Text = None
    evidence: Text = None
    start: int | None = None
    stop: int | None = None
    how: Text = None
    role: Text = None
    title: Text = None
    quote: Text = None
    kind: Text = None
    at_event: bool | None = None


class GraphData(BaseModel):
    """graph.json: networkx's node-link JSON of a kg graph."""

    nodes: list[NodeData]
    edges: list[EdgeData]
