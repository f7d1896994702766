"""A PNG of the built page, rendered by a real headless Chromium through Playwright.

The browser is the system's (Debian's `chromium`; `$GRAPHBUILD_CHROMIUM` to
use another): graphbuild never downloads a browser of its own.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import OutputError
from ..fileio import atomic_write

CHROMIUM_ENV = "GRAPHBUILD_CHROMIUM"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    candidates = [os.environ.get(CHROMIUM_ENV, ""), "/usr/bin/chromium", shutil.which("chromium") or "",
                  shutil.which("chromium-browser") or ""]
    for path in candidates:
        if path and os.path.exists(path):
            return path
    raise OutputError(f"no Chromium found for --screenshot; install Debian's 'chromium' or set ${CHROMIUM_ENV}")


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


def wait_until_settled(page, timeout_ms: int = 30000) -> float:
    """Poll from outside the page (its CSP forbids eval) until the layout has settled; ms taken."""
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        state = page.evaluate("() => window.graphbuild ? window.graphbuild.state : null")
        if state and state.get("settled"):
            return state.get("settleMs") or 0.0
        page.wait_for_timeout(50)
    raise OutputError(f"the page did not settle within {timeout_ms / 1000:.0f} s")


def screenshot(html: Path, png: Path, *, width: int = 1400, height: int = 900, timeout_ms: int = 30000) -> Path:
    """Open the page from disk, wait for the layout to settle, and save a PNG."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise OutputError("--screenshot needs Playwright: pip install 'graphbuild[test]' or playwright") from None
    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(Path(html).resolve().as_uri())
            wait_until_settled(page, timeout_ms)
            with tempfile.TemporaryDirectory() as tmp:
                shot = Path(tmp) / "graph.png"
                page.screenshot(path=str(shot), full_page=False)
                atomic_write(png, shot.read_bytes())
        finally:
            browser.close()
    return png
