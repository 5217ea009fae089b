"""Writing and reading the graph: GraphML for Gephi, node-link JSON that `kg.load` restores.

Every file is written to a temporary file beside it and renamed, so an interrupted build
leaves the previous output whole; inside `staged()` the renames wait until every file is
written, so an interrupted build leaves the previous output folder as it was.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from glob import escape as glob_escape
from pathlib import Path
from typing import IO

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter
from pydantic import ValidationError

from extract.errors import printable

from .errors import GraphFileError, OutputError
from .graph import clean
from .models import GraphData
from .vocabulary import NODE_STYLE, OTHER_STYLE


# (temporary file, target) pairs waiting for the end of `staged()`; None outside it.
_pending: contextvars.ContextVar[list[tuple[str, Path]] | None] = contextvars.ContextVar("pending", default=None)


@contextlib.contextmanager
def staged() -> Iterator[None]:
    """Files written inside are renamed into place together at the end, or not at all.

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> with staged():
    ...     write_text(folder / "a.txt", "a")
    ...     (folder / "a.txt").exists()
    False
    >>> (folder / "a.txt").read_text()
    'a'
    """
    pending: list[tuple[str, Path]] = []
    token = _pending.set(pending)
    try:
        yield
    except BaseException:
        for tmp, _ in pending:
            Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        _pending.reset(token)
    for tmp, path in pending:
        os.replace(tmp, path)


def check_writable(folder: str | Path) -> None:
    """Raise OutputError unless files can be written in `folder` (made if missing): a folder
    that is a file, or read-only, or under a file. Asked by trying, as only that is sure
    (permissions, read-only mounts, quotas and root all answer it)."""
    folder = Path(folder)
    existing = folder
    while not existing.exists():
        if existing.is_symlink():
            raise OutputError(folder, f"{existing} is a symbolic link that leads nowhere")
        existing = existing.parent
    if not existing.is_dir():
        what = "is a file, not a folder" if existing == folder else f"cannot be made: {existing} is a file"
        raise OutputError(folder, what)
    try:
        fd, probe = tempfile.mkstemp(dir=existing, prefix=".kg-probe-")
    except OSError as err:
        raise OutputError(folder, f"cannot write in {existing}: {err.strerror or err}") from err
    os.close(fd)
    os.unlink(probe)


def remove_stale(folder: str | Path, names: Iterable[str]) -> None:
    """Delete the temporary files (`.graph.json.x1y2.tmp`) an earlier build left when it was
    killed before it could, so they do not pile up beside the outputs."""
    folder = Path(folder)
    if folder.is_dir():
        for name in names:
            for tmp in folder.glob(f".{glob_escape(name)}.*.tmp"):
                tmp.unlink(missing_ok=True)


def write_atomic(path: str | Path, write: Callable[[IO[bytes]], None]) -> None:
    """Call `write` on a temporary file in the target folder, then rename it over `path`
    (at the end of `staged()` when inside it)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are for reading
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        pending = _pending.get()
        if pending is None:
            os.replace(tmp, path)
        else:
            pending.append((tmp, path))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str) -> None:
    write_atomic(path, lambda handle: handle.write(text.encode("utf-8")))


class _Writer(GraphMLWriter):
    """networkx's GraphML writer with key ids unique per (domain, name): the attribute's name
    for nodes («type»), «edge_» and the name for edges («edge_type»). GraphML ids are XML IDs,
    one per document; networkx's named ids give a node key and an edge key of one name the
    same id, which a strict reader (Gephi's, graphology's) takes for one key."""

    def get_key(self, name, attr_type, scope, default):
        keys_key = (name, attr_type, scope)
        if keys_key not in self.keys:
            wanted = name if scope == "node" else f"edge_{name}"
            taken = set(self.keys.values())
            self.keys[keys_key] = wanted if wanted not in taken else f"{wanted}_{attr_type}"
            key = self.myElement("key", **{"id": self.keys[keys_key], "for": scope, "attr.name": name, "attr.type": attr_type})
            if default is not None:
                element = self.myElement("default")
                element.text = str(default)
                key.append(element)
            self.xml.insert(0, key)
        return self.keys[keys_key]


def graphml_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph as GraphML holds it: every edge's id unique in the file and the same on every
    run («e0», «e1» … in the graph's own order, which is the corpus's), and each node with
    Gephi's colour attributes `r`, `g`, `b` for its type."""
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        colour = NODE_STYLE.get(data.get("type"), OTHER_STYLE)[0]
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        out.add_node(clean(node), **data, r=r, g=g, b=b)  # an id is an XML attribute too
    for n, (u, v, data) in enumerate(graph.edges(data=True)):
        out.add_edge(clean(u), clean(v), key=f"e{n}", **data)
    return out


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """GraphML with scalar attributes only, unique edge and key ids, colours by type."""
    writer = _Writer(encoding="utf-8", prettyprint=True, named_key_ids=True)
    writer.add_graph_element(graphml_graph(graph))
    write_atomic(path, writer.dump)


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
    except OSError as err:
        raise GraphFileError(path, f"cannot read: {err.strerror or err}") from err
    except ValueError as err:  # bad JSON, or bytes that are not UTF-8
        raise GraphFileError(path, f"not a kg graph (node-link JSON): {err}") from err
    return json_to_graph(data, path)


def json_to_graph(data: object, path: str | Path = "<json>") -> nx.MultiDiGraph:
    """The graph of parsed node-link JSON, checked against GraphData; anything else raises
    GraphFileError naming the element at fault.

    >>> json_to_graph([], "g.json")
    Traceback (most recent call last):
    kg.errors.GraphFileError: g.json: not a kg graph (node-link JSON): no object with a "nodes" list
    >>> json_to_graph({"nodes": [{"id": "e", "type": "Event", "label": "x", "date": "13.02"}], "edges": []}, "g.json")
    Traceback (most recent call last):
    kg.errors.GraphFileError: g.json: not a kg graph: nodes[0] «e», date: Value error, Invalid isoformat string: '13.02'
    """
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise GraphFileError(path, 'not a kg graph (node-link JSON): no object with a "nodes" list')
    try:
        GraphData.model_validate(data)
    except ValidationError as err:
        raise GraphFileError(path, f"not a kg graph: {_first_error(data, err)}") from err
    try:
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise GraphFileError(path, f"not a kg graph (node-link JSON): {err!r}") from err
    for node, attrs in graph.nodes(data=True):
        if not isinstance(attrs.get("type"), str) or not isinstance(attrs.get("label"), str):
            raise GraphFileError(path, f"not a kg graph: node {node!r} has no type or label (an edge leads to it)")
    return graph


def _first_error(data: dict, err: ValidationError) -> str:
    """The first thing wrong, as a reader finds it in the file: «edges[12] (a → b), how: …»."""
    error = err.errors()[0]
    loc = error["loc"]
    where = ".".join(map(str, loc))
    if len(loc) >= 2 and isinstance(loc[1], int):
        element = data[loc[0]][loc[1]]
        name = ""
        if isinstance(element, dict):
            name = f"«{element.get('id')}»" if loc[0] == "nodes" else f"({element.get('source')} → {element.get('target')})"
        where = " ".join(filter(None, (f"{loc[0]}[{loc[1]}]", name)))
        if len(loc) > 2:
            where += ", " + ".".join(map(str, loc[2:]))
    return printable(f"{where}: {error['msg']}")
