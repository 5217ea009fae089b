"""extract: one news article, Russian or Kazakh, into typed records (knows nothing of graphs)."""

from .errors import InputError, KgError
from .models import Article, ArticleRecord, Event, Mention, Participant, Quote, Role
from .nlp import Nlp
from .pipeline import EXTRACTOR_VERSION, extract_article, read_analysis
from .article import parse_article
from .read import read_article, read_articles

__all__ = [
    "EXTRACTOR_VERSION",
    "Article",
    "ArticleRecord",
    "Event",
    "InputError",
    "KgError",
    "Mention",
    "Nlp",
    "Participant",
    "Quote",
    "Role",
    "extract_article",
    "parse_article",
    "read_article",
    "read_analysis",
    "read_articles",
]
