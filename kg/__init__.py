"""kg: a knowledge graph of who appeared where, from Russian and Kazakh news.

>>> import kg                                   # doctest: +SKIP
>>> graph = kg.build(["seeds/"])                # doctest: +SKIP
>>> graph.appearances("Балаева")                # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from .build import build, write_outputs
from .errors import GraphFileError, InputError, KgError, NothingToBuild
from .export import read_json
from .graph import build_graph, graph_of
from .models import Appearance, Corpus, Event, Organisation, Person, Place, Problem
from .query import KnowledgeGraph
from .records import RecordFile
from .resolve import resolve


def load(path: str | Path) -> KnowledgeGraph:
    """The graph written to `graph.json` by `kg build` or `KnowledgeGraph.write_json`."""
    return KnowledgeGraph(read_json(path))


__all__ = [
    "Appearance",
    "Corpus",
    "Event",
    "GraphFileError",
    "InputError",
    "KgError",
    "KnowledgeGraph",
    "NothingToBuild",
    "Organisation",
    "Person",
    "Place",
    "Problem",
    "RecordFile",
    "build",
    "build_graph",
    "graph_of",
    "load",
    "resolve",
    "write_outputs",
]
