"""The graph as tables a journalist opens in a spreadsheet or a notebook: appearances, people,
events and quotes, one row each, with the source articles' titles, outlets and urls.

Rows are Pydantic models, so the CSV columns, the DataFrame columns and the Python fields are
one list; lists inside a cell are joined with « | », as in GraphML.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.models import Record

from .errors import KgError
from .graph import clean
from .vocabulary import LIST_SEP, PARTICIPATION_EDGES
from .window import Window

if TYPE_CHECKING:
    from .query import KnowledgeGraph


class Cited(Record):
    """The source articles of a row, as a reader cites them."""

    articles: str = ""
    titles: str = ""
    outlets: str = ""
    urls: str = ""


class AppearanceRow(Cited):
    date: dt.date | None
    person: str
    event: str
    kind: str
    place: str = ""
    role: str = ""
    how: str = ""
    person_id: str
    event_id: str


class PersonRow(Cited):
    person: str
    latin: str = ""
    titles_held: str = ""
    events: int
    first: dt.date | None = None
    last: dt.date | None = None
    aliases: str = ""
    person_id: str


class EventRow(Cited):
    date: dt.date | None
    event: str
    kind: str
    place: str = ""
    organiser: str = ""
    people: str = ""
    event_id: str


class QuoteRow(Cited):
    date: dt.date | None
    person: str
    kind: str
    quote: str
    at_event: bool  # said at the event the article reports, not on another occasion
    person_id: str
    start: int
    stop: int


def cited(graph: KnowledgeGraph, articles: Sequence[str]) -> dict[str, str]:
    sources = [graph.source(a) for a in articles]
    return {"articles": LIST_SEP.join(articles),
            "titles": LIST_SEP.join(s.title for s in sources if s.title),
            "outlets": LIST_SEP.join(dict.fromkeys(s.outlet for s in sources if s.outlet)),
            "urls": LIST_SEP.join(s.url for s in sources if s.url)}  # fmt: skip


def appearance_rows(graph: KnowledgeGraph, window: Window) -> list[AppearanceRow]:
    rows = [
        AppearanceRow(date=a.date, person=a.person, event=a.event, kind=a.kind, place=a.place or "",
                      role=a.role or "", how=LIST_SEP.join(a.participation), person_id=a.person_id,
                      event_id=a.event_id, **cited(graph, a.articles))  # fmt: skip
        for person, _ in graph.nodes_of("Person")
        for a in graph.appearances_of(person)
        if a.date in window
    ]
    return sorted(rows, key=lambda r: (r.date is None, r.date, r.person, r.event_id))


def person_rows(graph: KnowledgeGraph, window: Window) -> list[PersonRow]:
    rows = []
    for person, data in graph.nodes_of("Person"):
        events = [a for a in graph.appearances_of(person) if a.date in window]
        dates = sorted(a.date for a in events if a.date)
        articles = [a for a in (data.get("articles") or "").split(LIST_SEP) if a and graph.source(a).date in window]
        if not window.open and not events and not articles:
            continue
        rows.append(PersonRow(person=data["label"], latin=data.get("latin", ""), titles_held=data.get("titles", ""),
                              events=len(events), first=dates[0] if dates else None, last=dates[-1] if dates else None,
                              aliases=data.get("aliases", ""), person_id=person, **cited(graph, articles)))  # fmt: skip
    return rows


def event_rows(graph: KnowledgeGraph, window: Window) -> list[EventRow]:
    rows = []
    for event in graph.events(since=window.since, until=window.until):
        people = sorted({graph.nx.nodes[u]["label"] for u, _, d in graph.nx.in_edges(event.id, data=True)
                         if d.get("type") in PARTICIPATION_EDGES})  # fmt: skip
        data = graph.nx.nodes[event.id]
        rows.append(EventRow(date=event.date, event=event.label, kind=event.kind, place=data.get("place", ""),
                             organiser=data.get("organiser", ""), people=LIST_SEP.join(people), event_id=event.id,
                             **cited(graph, event.reports)))  # fmt: skip
    return rows


def quote_rows(graph: KnowledgeGraph, window: Window) -> list[QuoteRow]:
    rows = []
    for person, _ in graph.nodes_of("Person"):
        for _, _, d in graph.nx.out_edges(person, data=True):
            if d["type"] != "QUOTED_IN":
                continue
            source = graph.source(d["article"])
            if source.date in window:
                rows.append(QuoteRow(date=source.date, person=graph.nx.nodes[person]["label"], kind=d["kind"],
                                     quote=d["quote"], at_event=d.get("at_event", True), person_id=person,
                                     start=d["start"], stop=d["stop"],
                                     **cited(graph, (d["article"],))))  # fmt: skip
    return sorted(rows, key=lambda r: (r.date is None, r.date, r.articles, r.start))


# Each table: its row model and the function that makes its rows.
TABLES = {"appearances": (AppearanceRow, appearance_rows), "people": (PersonRow, person_rows),
          "events": (EventRow, event_rows), "quotes": (QuoteRow, quote_rows)}  # fmt: skip
KINDS = tuple(TABLES)


def table(graph: KnowledgeGraph, kind: str, window: Window = Window()) -> list[Record]:
    """The rows of one table: appearances, people, events or quotes."""
    if kind not in TABLES:
        raise ValueError(f"no table «{kind}»: {', '.join(KINDS)}")
    return TABLES[kind][1](graph, window)


def to_csv(rows: Sequence[Record], columns: Sequence[str]) -> str:
    """CSV with a header and a byte-order mark, which spreadsheets need to read Cyrillic as UTF-8."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        values = row.model_dump(mode="json")
        writer.writerow({k: clean(v) if isinstance(v, str) else ("" if v is None else v) for k, v in values.items()})
    return "\ufeff" + buffer.getvalue()


def columns(kind: str) -> list[str]:
    model = TABLES[kind][0]
    own = [f for f in model.model_fields if f not in Cited.model_fields]
    return own + list(Cited.model_fields)


def to_dataframe(rows: Sequence[Record], columns: Sequence[str]):
    """A pandas DataFrame of the rows (pandas is the optional extra `kg[pandas]`)."""
    try:
        import pandas
    except ImportError as err:
        raise KgError("DataFrames need pandas: pip install 'kg[pandas]'") from err
    frame = pandas.DataFrame([r.model_dump() for r in rows], columns=list(columns))
    for name in ("date", "first", "last"):
        if name in frame:
            frame[name] = pandas.to_datetime(frame[name])
    return frame
