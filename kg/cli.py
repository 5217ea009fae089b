"""The `kg` command: `kg build` and `kg who`.

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
from .errors import KgError, OutputError
from .export import check_writable
from .parallel import cores
from .graph import format_date
from .models import Appearance

app = typer.Typer(add_completion=False, help="A knowledge graph of who appeared where.")
err = Console(stderr=True, soft_wrap=True)  # a message with a path is never cut in two
out = Console(soft_wrap=True)


@app.command("build")
def build_command(
    paths: list[Path] = typer.Argument(None, help="Files or folders of articles (.txt, .jsonl)."),
    out_dir: Path = typer.Option(Path("out"), "--out", help="Where to write the graph."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="Worker processes for extraction (at most one per core and per 16 articles)."),
    cache_dir: Path = typer.Option(None, "--cache", help="Folder of cached records (default: OUT/cache)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Extract every article again."),
    scheduler: str = typer.Option(None, "--scheduler", help="A Dask scheduler, tcp://HOST:PORT (needs the kg\\[dask] extra)."),
) -> None:
    """Build the graph from articles and write graph.json, graph.graphml, graph.gexf,
    graph.html, records.jsonl and problems.json."""
    paths = paths or [Path("seeds")]
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


def appearance_row(a: Appearance) -> dict:
    return a.model_dump(mode="json")


@app.command("who")
def who_command(
    name: str = typer.Argument(..., help="A name in any spelling or case: Балаева, Balayeva, Ақылбай."),
    graph_file: Path = typer.Option(Path("out/graph.json"), "--graph", help="A graph.json from `kg build`."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Where a person appeared: date, event, place, role, how, sources."""
    from . import load

    try:
        graph = load(graph_file)
    except KgError as error:
        err.print(f"[red]kg who:[/red] {escape(str(error))}", highlight=False)
        raise typer.Exit(1) from error
    rows = graph.appearances(name)
    if as_json:
        print(json.dumps([appearance_row(a) for a in rows], ensure_ascii=False, indent=1))
        return
    if not rows:
        err.print(f"nobody matching «{escape(name)}» appeared at an event in {escape(str(graph_file))}", highlight=False)
        raise typer.Exit(1)
    table = Table(title=f"Who appeared where: {escape(name)}", show_lines=True)
    for column in ("person", "date", "event", "place", "role", "how"):
        table.add_column(column)
    # an article id is what a reader looks up: never cut short
    table.add_column("sources", min_width=max(len(i) for a in rows for i in a.articles or ("",)))
    for a in rows:
        cells = (a.person, format_date(a.date) if a.date else "?", a.event, a.place or "",
                 a.role or "", ", ".join(a.participation), "\n".join(a.articles))  # fmt: skip
        table.add_row(*map(escape, cells))  # names come from articles: «[bold]» is text here
    Console(width=max(out.width, 140)).print(table)  # a table needs room more than wrapping


def main() -> None:
    app(prog_name="kg")
