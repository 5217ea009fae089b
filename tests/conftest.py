"""Seed records and snippet extraction; `nlp` and `seed_graph` come from the root conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import extract_article, read_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The seed articles' files, in order."""
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_records(nlp):
    """ArticleRecord of each seed, by its number: seed_records["000"]."""
    return {p.name[:3]: extract_article(read_article(p), nlp) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def analyse(nlp):
    """text → ArticleRecord, for snippets."""
    from extract import parse_article

    def run(text: str):
        return extract_article(parse_article(text, id="snippet"), nlp)

    return run
