"""The acceptance test of passage-level citations in a real browser: open the HTML brief of
the examples in headless Chromium, click a citation, and check that the passage it links to
is scrolled into view and holds the quoted words, highlighted. Real links, no scripts: the
click is all it takes.

Chromium is Debian's (``apt-get install chromium``), driven by Playwright from PyPI (the
``test`` extra) with ``executable_path``: nothing is downloaded. Without it the test skips,
unless BRIEFING_REQUIRE_BROWSER=1 (as .ci/run sets), which turns the skip into a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUOTE = "They are in dispute among negotiators."


def _browser_or_skip():
    """Playwright's sync API and Chromium, or a skip (a failure when the browser is required)."""
    required = os.environ.get("BRIEFING_REQUIRE_BROWSER") == "1"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        why = "playwright is not installed (pip install -e '.[test]')"
    else:
        if Path(CHROMIUM).is_file():
            return sync_playwright
        why = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if required:
        pytest.fail(f"BRIEFING_REQUIRE_BROWSER=1 but {why}")
    pytest.skip(why)


def test_clicking_a_citation_brings_its_highlighted_passage_into_view(examples_build):
    sync_playwright = _browser_or_skip()
    out, result = examples_build
    assert result.exit_code == 0, result.output
    page_url = (out / "brief.html").resolve().as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 700})
            page.set_default_timeout(15_000)
            page.goto(page_url)
            quote = page.locator("blockquote.quote", has_text=QUOTE.rstrip("."))
            link = quote.locator("sup.cite a").first
            target = link.get_attribute("href")
            assert target and target.startswith("#p-d2-")
            passage = page.locator(f"li[id='{target[1:]}']")
            assert not _in_view(page, passage)  # the annex starts below the first screen
            link.click()
            page.wait_for_function(f"location.hash === {target!r}")
            assert _in_view(page, passage)
            assert passage.locator("mark").inner_text() == QUOTE
            assert QUOTE in passage.inner_text()
            # ... and the passage links back to the quotation it supports.
            back = passage.locator("a.back").first.get_attribute("href")
            assert back == f"#{quote.get_attribute('id')}"
        finally:
            browser.close()


def _in_view(page, locator) -> bool:
    """The element's whole box lies inside the viewport."""
    box = locator.bounding_box()
    size = page.viewport_size
    return (
        box is not None
        and box["y"] >= 0
        and box["x"] >= 0
        and box["y"] + box["height"] <= size["height"]
        and box["x"] + box["width"] <= size["width"]
    )
