"""Session fixtures shared by tests/ and by the doctests of kg/ and extract/: Natasha's
models and the seed graph are built once per run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from extract import Nlp

    return Nlp()


@pytest.fixture(scope="session")
def seed_graph(nlp):
    import kg

    return kg.build([SEEDS], nlp=nlp)


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace, request):
    """Doctests in kg/ read `graph` (the seed graph) and `kg`, like a user's session."""
    if isinstance(request.node, pytest.DoctestItem):
        import kg

        doctest_namespace["kg"] = kg
        doctest_namespace["graph"] = request.getfixturevalue("seed_graph")
