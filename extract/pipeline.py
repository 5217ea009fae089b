"""extract_article: one article through every step, text → ArticleRecord.

Each step reads the records of the steps before it and returns new ones; nothing is
shared or mutated, so an article can be extracted in any worker process.
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from .adjectives import place_adjectives
from .compounds import compound_organisations, compound_roles
from .dates import extract_dates
from .events import extract_events
from .events.attach import sentences_to_parse
from .events.frames import event_frames
from .events.triggers import find_triggers
from .facilities import facilities
from .kazakh_roles import kazakh_roles
from .mentions import extract_mentions
from .models import Article, ArticleRecord
from .nlp import Analysis, Nlp
from .place_lists import name_listed_regions
from .quotes import extract_quotes
from .regions import regions
from .role_scores import extract_roles
from .roles import dedupe

def _source_version() -> str:
    """A hash of this package's code and Natasha's version: any change to how records are
    made changes it, so a cache of records can never serve stale ones."""
    digest = hashlib.sha256(f"natasha {metadata.version('natasha')}".encode())
    root = Path(__file__).parent
    for path in sorted(p for p in root.rglob("*") if p.suffix in {".py", ".tsv", ".json", ".crf"}):
        digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = _source_version()


def detect_language(text: str, kazakh: list[tuple[int, int]]) -> str:
    """"kk" when most of the article's letters are in Kazakh paragraphs."""
    kazakh_chars = sum(b - a for a, b in kazakh)
    return "kk" if kazakh_chars * 2 > len(text.strip()) else "ru"


def article_year(article: Article, analysis, kazakh) -> int | None:
    """The year a date like «15 марта» belongs to: the header's, else the first full date's."""
    if article.date:
        return article.date.year
    full = [d for d in extract_dates(analysis, kazakh, None) if d.has_year]
    return full[0].date.year if full else None


def said_at_no_event(quotes: list, events) -> list:
    """The quotes of an article that reports no event (a statement, an interview, an opinion
    piece) were said at none: real news, «at the event or elsewhere» right on the dev halves ru
    .80 -> .86, kk .87 -> .86."""
    if any(e.reported for e in events):
        return quotes
    return [q.model_copy(update={"at_event": False}) if q.at_event else q for q in quotes]


def extract_article(article: Article, nlp: Nlp) -> ArticleRecord:
    """Everything the article says about who appeared where.

    >>> record = extract_article(parse_article(text, id="a1"), nlp)  # doctest: +SKIP
    """
    return read_analysis(article, analyse(nlp, [article.text])[0])


def analyse(nlp: Nlp, texts: list[str]) -> list[Analysis]:
    """The models on `texts` at once, with syntax where the event scores will read it."""
    return nlp.add_syntax(nlp.analyse_many(texts), sentences_to_parse)


def read_analysis(article: Article, analysis: Analysis) -> ArticleRecord:
    """The rules, on an analysis made alone or in a batch (`Nlp.analyse_many`)."""
    kazakh = analysis.kazakh
    mentions = tuple(name_listed_regions(analysis, extract_mentions(analysis, kazakh), kazakh))
    roles = extract_roles(analysis, mentions, kazakh) + kazakh_roles(article.text, mentions, kazakh)
    dates = extract_dates(analysis, kazakh, article_year(article, analysis, kazakh), near=article.date)
    quotes, quote_roles = extract_quotes(analysis, mentions, roles, kazakh)
    compounds = compound_organisations(analysis, mentions)
    roles = compound_roles(dedupe(roles + quote_roles), compounds, mentions)
    found = facilities(analysis, mentions)
    triggers = find_triggers(analysis, kazakh)
    events = extract_events(article, analysis, mentions, roles, quotes, dates, kazakh, triggers, found)
    frames = event_frames(analysis, triggers, mentions, found, kazakh)
    quotes = said_at_no_event(quotes, events)
    return ArticleRecord(
        article=article,
        language=detect_language(article.text, kazakh),
        mentions=mentions,
        compounds=compounds,
        place_adjectives=place_adjectives(analysis, mentions),
        regions=regions(analysis, mentions),
        facilities=found,
        roles=tuple(roles),
        quotes=tuple(quotes),
        events=events,
        event_mentions=frames,
    )
