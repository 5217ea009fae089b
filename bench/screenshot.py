"""A picture of graph.html as headless Chromium draws it with the network cut off, to see the
page without opening a browser (and to prove it needs no host).

    python bench/screenshot.py [out/graph.html] [out/graph.png]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# Every name resolves to nothing, and Chromium's own background traffic is off.
OFFLINE_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND")  # fmt: skip
SETTLE = "--virtual-time-budget=5000"  # lets the page's timers and first frame run before the capture


def find_browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def run_offline(browser: str, *args: str, timeout: float = 120) -> str:
    """Chromium's stdout for `args`, in a fresh profile that is thrown away afterwards."""
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        done = subprocess.run([browser, *OFFLINE_FLAGS, f"--user-data-dir={profile}", SETTLE, *args],
                              capture_output=True, text=True, timeout=timeout, check=False)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{browser} exited with {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def screenshot(page: Path, png: Path, browser: str, size: tuple[int, int] = (1600, 1000)) -> None:
    png.parent.mkdir(parents=True, exist_ok=True)
    run_offline(browser, f"--window-size={size[0]},{size[1]}", f"--screenshot={png.resolve()}",
                page.resolve().as_uri())  # fmt: skip
    if not png.is_file():
        raise RuntimeError(f"{browser} wrote no {png}")


def main(argv: list[str]) -> int:
    page = Path(argv[0] if argv else "out/graph.html")
    png = Path(argv[1] if len(argv) > 1 else page.with_suffix(".png"))
    browser = find_browser()
    if browser is None:
        print("screenshot: no chromium found (apt-get install chromium)", file=sys.stderr)
        return 2
    if not page.is_file():
        print(f"screenshot: {page}: no such page; run `make run` first", file=sys.stderr)
        return 2
    screenshot(page, png, browser)
    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
