"""The extraction cache: one record per article, keyed by the article and the extractor's
version, so adding an article to a large corpus re-extracts only that article."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pydantic import ValidationError

from extract import EXTRACTOR_VERSION, Article, ArticleRecord

from .export import write_text


class RecordCache:
    """Records on disk under `folder/<version>/<ab>/<hash>.json`; a damaged entry, or one
    holding another article's record, is a miss."""

    def __init__(self, folder: str | Path, version: str = EXTRACTOR_VERSION) -> None:
        self.folder = Path(folder) / version

    def path(self, article: Article) -> Path:
        digest = hashlib.sha256(article.model_dump_json().encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, article: Article) -> ArticleRecord | None:
        path = self.path(article)
        try:
            record = ArticleRecord.model_validate_json(path.read_bytes())
        except (OSError, ValidationError, ValueError):
            return None
        return record if record.article == article else None  # a file copied over another's name

    def put(self, record: ArticleRecord) -> None:
        write_text(self.path(record.article), record.model_dump_json())
