"""How the page reads at a campaign's size: builds graphs of about 220 and 1,000 articles, writes
their pages, and times headless Chromium drawing each one (offline, as bench/screenshot.py runs
it), with a screenshot of each to look at.

    .venv/bin/python bench/page.py [--out bench-out/page] [--sizes 220,1000] [--jobs 2]

The corpora are real news from ../shared/eval-data (NEREL dev and factRuEval dev, then NEREL
train and KazNERD dev for the larger one) with the seeds; records are cached under OUT/cache,
so a second run times the page, not the extraction. `write s` is writing every output (the layout included). Time to draw is the wall time of Chromium
loading the page and dumping its DOM once vis-network has drawn a frame (the page sets
`data-drawn` then), less the same for an empty page: what the reader waits for beyond the
browser's own start. With physics off, the first frame is the settled picture.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval-data"
ORDER = ("nerel_dev.jsonl", "factru_dev.jsonl", "nerel_train.jsonl", "kaznerd_dev.jsonl")


def load_screenshot():
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "bench" / "screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus(size: int, folder: Path) -> Path:
    """A folder with the seeds and `size` - 5 real articles as one JSONL file."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for name in ORDER:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            lines.append(json.dumps({"id": f"{name.split('_')[0]}-{obj['id']}", "text": obj["text"]}, ensure_ascii=False))
    wanted = lines[: size - 5]
    (folder / "news.jsonl").write_text("\n".join(wanted) + "\n", encoding="utf-8")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


def timed_dump(shot, browser: str, page: Path, runs: int = 3) -> tuple[float, str]:
    times, dom = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        dom = shot.run_offline(browser, "--window-size=1600,1000", "--dump-dom", page.resolve().as_uri())
        times.append(time.perf_counter() - start)
    return statistics.median(times), dom


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out" / "page")
    parser.add_argument("--sizes", default="220,1000")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    import kg
    from kg.build import write_outputs

    shot = load_screenshot()
    browser = shot.find_browser()
    if browser is None:
        print("page: no chromium found (apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        blank = Path(tmp) / "blank.html"
        blank.write_text("<!doctype html><title>blank</title>", encoding="utf-8")
        baseline, _ = timed_dump(shot, browser, blank)
    print(f"Chromium start and dump, empty page: {baseline:.2f} s (subtracted below)")
    print(f"{'articles':>8} {'nodes':>6} {'drawn':>6} {'edges':>6} {'page MB':>8} {'write s':>8} {'draw s':>7}  screenshot")
    for size in map(int, args.sizes.split(",")):
        folder = corpus(size, args.out / f"corpus-{size}")
        graph = kg.build([folder], jobs=args.jobs, cache=args.out / "cache")
        out = args.out / f"out-{size}"
        start = time.perf_counter()
        written = write_outputs(graph, out)
        writing = time.perf_counter() - start
        seconds, dom = timed_dump(shot, browser, written["graph.html"])
        drawn = dom.split('data-drawn="')[1].split('"')[0] if 'data-drawn="' in dom else "none"
        png = out / "graph.png"
        shot.screenshot(written["graph.html"], png, browser)
        size_mb = written["graph.html"].stat().st_size / 1e6
        print(f"{len(graph.records):>8} {graph.nx.number_of_nodes():>6} {drawn:>6} {graph.nx.number_of_edges():>6} "
              f"{size_mb:>8.1f} {writing:>8.1f} {seconds - baseline:>7.2f}  {png}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
