"""Heavy things built once per session: Natasha, the seed records, the seed graph."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from extract import Nlp, extract_article, read_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Nlp:
    return Nlp()


@pytest.fixture(scope="session")
def seed_records(nlp):
    """ArticleRecord of each seed, by its number: seed_records["000"]."""
    return {p.name[:3]: extract_article(read_article(p), nlp) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_graph(nlp) -> kg.KnowledgeGraph:
    return kg.build([SEEDS], nlp=nlp)


@pytest.fixture(scope="session")
def analyse(nlp):
    """text → ArticleRecord, for snippets."""
    from extract import parse_article

    def run(text: str):
        return extract_article(parse_article(text, id="snippet"), nlp)

    return run
