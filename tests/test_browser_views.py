"""Issue 17 in Debian's chromium: the timeline and home charts, tables that neither break words nor hide
columns, and a site opened from disk that says why search cannot work there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .sitekit import build_site, make_project
from .test_browser import CHROMIUM, axe_problems, browser, served  # noqa: F401 - fixtures and helpers

pytestmark = pytest.mark.browser

PHONE, DESKTOP = (390, 844), (1280, 900)


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    """The seed site, built strictly, and its URL served on 127.0.0.1: (folder, url)."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (make chromium)")
    project = make_project(tmp_path_factory.mktemp("views") / "archive")
    site = project / "site"
    assert build_site(project, site) == []
    with served(site) as url:
        yield site, url


@pytest.fixture
def context_for(browser):  # noqa: F811
    """New browser contexts of a size and colour scheme, closed after the test."""
    made = []

    def make(viewport=DESKTOP, scheme="light"):
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, color_scheme=scheme)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


# --- a site opened from disk (issue 17.11) ---

def test_a_site_opened_from_disk_says_search_needs_http(seed_site, context_for):
    site, _ = seed_site
    page = context_for().new_page()
    page.goto((site / "search" / "index.html").as_uri())
    note = page.locator("#sco-filter-file")
    note.wait_for(state="visible", timeout=10_000)
    assert "served over http" in note.inner_text() and "sco-archive serve" in note.inner_text()
    assert page.locator("#sco-filter-missing").is_hidden()  # not "Search index not built": it is built
    page.goto((site / "index.html").as_uri())
    notice = page.locator(".sco-file-notice")
    notice.wait_for(state="visible", timeout=10_000)
    assert "python -m http.server -d site" in notice.inner_text()


def test_a_served_site_says_nothing_about_disk(seed_site, context_for):
    _, url = seed_site
    page = context_for().new_page()
    page.goto(url + "search/")
    page.locator("#sco-filter-summary:not(:empty)").wait_for(timeout=10_000)
    assert page.locator("#sco-filter-file").is_hidden() and page.locator(".sco-file-notice").count() == 0
