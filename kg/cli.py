"""The `kg` command: `kg build`, `kg who`, `kg table` and `kg export coappearance`.

Exit codes: 0 the graph was written (problems, if any, are listed in out/problems.json),
1 nothing usable was found or a graph file is damaged, 2 a usage error (an unknown option,
an --out or --cache that cannot be written).
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from .build import build, write_outputs
from .coappear import coappearance_graph, write_coappearance
from .errors import KgError, OutputError
from .export import check_writable, write_text
from .parallel import cores
from .graph import format_date
from .tables import KINDS, columns, table, to_csv
from .window import Window

app = typer.Typer(add_completion=False, help="A knowledge graph of who appeared where.")
err = Console(stderr=True, soft_wrap=True)  # a message with a path is never cut in two
out = Console(soft_wrap=True)


def window_of(since: str | None, until: str | None) -> Window:
    try:
        return Window.of(since, until)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--since/--until") from error


SINCE = typer.Option(None, "--since", help="First day: 2026-02-10, or a month (2026-02) or a year.")
UNTIL = typer.Option(None, "--until", help="Last day, included: 2026-02-20, 2026-02 or 2026.")
GRAPH = typer.Option(Path("out/graph.json"), "--graph", help="A graph.json from `kg build`.")


@app.command("build")
def build_command(
    paths: list[Path] = typer.Argument(None, help="Files or folders of articles (.txt, .jsonl)."),
    out_dir: Path = typer.Option(Path("out"), "--out", help="Where to write the graph."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="Worker processes for extraction (at most one per core and per 16 articles)."),
    cache_dir: Path = typer.Option(None, "--cache", help="Folder of cached records (default: OUT/cache)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Extract every article again."),
    scheduler: str = typer.Option(None, "--scheduler", help="A Dask scheduler, tcp://HOST:PORT (needs the kg\\[dask] extra)."),
    since: str = SINCE,
    until: str = UNTIL,
) -> None:
    """Build the graph from articles and write graph.json, graph.graphml, graph.gexf,
    graph.html, records.jsonl and problems.json."""
    paths = paths or [Path("seeds")]
    window = window_of(since, until)
    cache = None if no_cache else (cache_dir or out_dir / "cache")
    try:  # before extracting: a wrong --out must not cost the whole extraction
        for folder in (out_dir, cache) if cache else (out_dir,):
            check_writable(folder)
    except OutputError as error:
        err.print(f"[red]kg build:[/red] {escape(str(error))}", highlight=False)
        raise typer.Exit(2) from error
    if jobs > cores():
        err.print(f"--jobs {jobs}: this machine has {cores()} cores; at most {cores()} workers run", highlight=False)
    columns = ("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("extracting", total=None)
            graph = build(
                paths,
                jobs=jobs,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                cache=cache,
                scheduler=scheduler,
                exclude=(out_dir, cache) if cache else (out_dir,),
                window=window,
            )
    except KgError as error:
        err.print(f"[red]kg build:[/red] {escape(str(error))}", highlight=False)
        raise typer.Exit(1) from error
    for problem in graph.problems:
        where = problem.path if problem.line is None else f"{problem.path}:{problem.line}"
        err.print(f"[yellow]{problem.severity}[/yellow] {escape(where)}: {escape(problem.reason)}", highlight=False)
    written = write_outputs(graph, out_dir)
    g = graph.nx
    counts = {t: sum(1 for _, d in g.nodes(data=True) if d.get("type") == t) for t in ("Article", "Person", "Event")}
    out.print(
        f"{counts['Article']} articles, {counts['Person']} people, {counts['Event']} events, "
        f"{len(graph.problems)} problems → {escape(str(out_dir))}/",
        highlight=False,
    )
    out.print(f"HTML: {escape(str(written['graph.html'].resolve()))}", highlight=False, soft_wrap=True)


def load_graph(graph_file: Path, command: str):
    """The graph of `graph_file`, or a message and exit code 1."""
    from . import load

    try:
        return load(graph_file)
    except KgError as error:
        err.print(f"[red]kg {command}:[/red] {escape(str(error))}", highlight=False)
        raise typer.Exit(1) from error


def cell_table(title: str, columns: tuple[str, ...]) -> Table:
    table = Table(title=title, show_lines=True)
    for column in columns:
        table.add_column(column, overflow="fold")  # a name or an article id is folded, never cut short
    return table


@app.command("who")
def who_command(
    name: str = typer.Argument(..., help="A name in any spelling or case: Балаева, Balayeva, Ақылбай."),
    graph_file: Path = GRAPH,
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    since: str = SINCE,
    until: str = UNTIL,
) -> None:
    """Where a person appeared: date, event, place, role, how, sources; then the articles
    that only mention them. Exit code 1 when the graph knows nobody of that name."""
    window = window_of(since, until)
    graph = load_graph(graph_file, "who")
    rows = graph.appearances(name, window.since, window.until)
    mentioned = graph.mentioned(name, window.since, window.until)
    known = bool(graph.find_people(name))
    if as_json:
        print(json.dumps({"appearances": [a.model_dump(mode="json") for a in rows],
                          "mentioned_in": [m.model_dump(mode="json") for m in mentioned]},
                         ensure_ascii=False, indent=1))  # fmt: skip
        raise typer.Exit(0 if known else 1)
    if not known:
        err.print(f"nobody matching «{escape(name)}» in {escape(str(graph_file))}", highlight=False)
        raise typer.Exit(1)
    if rows:
        table = cell_table(f"Who appeared where: {escape(name)}", ("person", "date", "event", "place", "role", "how", "sources"))
        for a in rows:
            cells = (a.person, format_date(a.date) if a.date else "?", a.event, a.place or "",
                     a.role or "", ", ".join(a.participation), "\n".join(a.articles))  # fmt: skip
            table.add_row(*map(escape, cells))  # names come from articles: «[bold]» is text here
        out.print(table)
    else:
        out.print(f"«{escape(name)}»: no event in {escape(str(graph_file))} they took part in", highlight=False)
    if mentioned:
        table = cell_table("Mentioned in (not present)", ("person", "date", "article", "title"))
        for m in mentioned:
            date = format_date(m.source.date) if m.source.date else "?"
            table.add_row(*map(escape, (m.person, date, m.source.article, m.source.title or "")))
        out.print(table)


@app.command("table")
def table_command(
    kind: str = typer.Argument(..., help="appearances, people, events or quotes."),
    csv_file: Path = typer.Option(None, "--csv", help="Write CSV here (UTF-8 with BOM, for spreadsheets)."),
    graph_file: Path = GRAPH,
    since: str = SINCE,
    until: str = UNTIL,
) -> None:
    """One row per appearance, person, event or quote, with the source articles' titles,
    outlets and urls: on screen, or as CSV for a spreadsheet."""
    if kind not in KINDS:
        raise typer.BadParameter(f"«{kind}»: choose {', '.join(KINDS)}", param_hint="KIND")
    window = window_of(since, until)
    graph = load_graph(graph_file, "table")
    rows = table(graph, kind, window)
    names = columns(kind)
    if csv_file:
        write_or_exit(lambda: write_text(csv_file, to_csv(rows, names)), csv_file)
        out.print(f"{len(rows)} {kind} → {escape(str(csv_file))}", highlight=False)
        return
    shown = [c for c in names if not c.endswith("_id") and c not in ("titles", "outlets", "urls", "start", "stop")]
    screen = cell_table(f"{kind}: {len(rows)}", tuple(shown))
    for row in rows:
        values = row.model_dump(mode="json")
        screen.add_row(*(escape(str(values[c] if values[c] is not None else "")) for c in shown))
    out.print(screen)


export_app = typer.Typer(help="Other graphs out of graph.json.", add_completion=False)
app.add_typer(export_app, name="export")


@export_app.command("coappearance")
def coappearance_command(
    target: Path = typer.Option(Path("out/coappearance.graphml"), "--out", help="A .graphml, .gexf or .csv file."),
    graph_file: Path = GRAPH,
    since: str = SINCE,
    until: str = UNTIL,
) -> None:
    """Who appears with whom: a person–person graph, `weight` the events two people shared,
    `articles` the articles naming both; GraphML or GEXF for Gephi and igraph, or CSV."""
    format = target.suffix.lower().lstrip(".")
    if format not in ("graphml", "gexf", "csv"):
        raise typer.BadParameter(f"{target}: the name must end in .graphml, .gexf or .csv", param_hint="--out")
    window = window_of(since, until)
    graph = load_graph(graph_file, "export")
    people = coappearance_graph(graph.nx, window)
    write_or_exit(lambda: write_coappearance(people, target, format), target)
    out.print(f"{people.number_of_nodes()} people, {people.number_of_edges()} pairs → {escape(str(target))}", highlight=False)


def write_or_exit(write, target: Path) -> None:
    try:
        write()
    except OSError as error:
        err.print(f"[red]kg:[/red] cannot write {escape(str(target))}: {escape(error.strerror or str(error))}", highlight=False)
        raise typer.Exit(2) from error


def main() -> None:
    app(prog_name="kg")
