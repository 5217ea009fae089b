"""Writing and reading the graph: GraphML for Gephi, node-link JSON that `kg.load` restores.

Every file is written to a temporary file beside it and renamed, so an interrupted build
leaves the previous output whole.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import networkx as nx

from .errors import GraphFileError


def write_atomic(path: str | Path, write: Callable[[IO[bytes]], None]) -> None:
    """Call `write` on a temporary file in the target folder, then rename it over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are for reading
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str) -> None:
    write_atomic(path, lambda handle: handle.write(text.encode("utf-8")))


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """GraphML with scalar attributes only; edges keep their ids and types."""
    write_atomic(path, lambda handle: nx.write_graphml_xml(graph, handle, named_key_ids=True))


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    return nx.read_graphml(path, force_multigraph=True)


def graph_to_json(graph: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


def write_json(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Node-link JSON, keys sorted: the same graph always gives the same bytes."""
    write_text(path, graph_to_json(graph))


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """The graph written by `write_json`; a damaged file raises GraphFileError naming it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except OSError as err:
        raise GraphFileError(path, f"cannot read: {err.strerror or err}") from err
    except (ValueError, KeyError, TypeError) as err:
        raise GraphFileError(path, f"not a kg graph (node-link JSON): {err}") from err
