"""Issue 17 in Debian's chromium: the timeline and home charts, tables that neither break words nor hide
columns, and a site opened from disk that says why search cannot work there."""

from __future__ import annotations

import re
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


# --- tables (issue 17.6) ---

# Words of table cells that the browser drew across two lines (a cell marked as holding a URL-like
# token may break anywhere, and is left out).
BROKEN_WORDS = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll("article table :is(td, th):not(.sco-cell--long)")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/\\p{L}{4,}/gu)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(word[0]);
      }
    }
  }
  return broken;
}"""
TABLE_PAGES = ("proposals/", "themes/", "meetings/", "documents/", "documents/001-e29fc6cbd48e96a3/",
               "meetings/2020-09-10-council-of-foreign-ministers-moscow/")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_table_cells_wrap_between_words_never_inside_one(seed_site, context_for, viewport):
    _, url = seed_site
    page = context_for(viewport).new_page()
    for path in TABLE_PAGES:
        page.goto(url + path)
        page.wait_for_load_state("networkidle")
        assert page.eval_on_selector("article table td", "td => getComputedStyle(td).overflowWrap") == "break-word", path
        assert page.evaluate(BROKEN_WORDS) == [], path  # e.g. "independ|ence", "Septembe|r"
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport[0] + 1, path  # the page never scrolls sideways


def _scroll_parts(page, table: str, column: str) -> dict:
    """Where a table's column and its scrolling wrapper are, and whether the hint above it shows."""
    return page.evaluate("""([table, column]) => {
      const heads = Array.from(document.querySelectorAll(`article table`)).map((t) => [t, Array.from(t.querySelectorAll("thead th"))]);
      const [found, ths] = heads.find(([t, ths]) => ths.some((th) => th.textContent.trim() === table));
      const th = ths.find((h) => h.textContent.trim() === column);
      const wrap = found.closest(".md-typeset__scrollwrap");
      const hint = wrap.previousElementSibling;
      const box = (el) => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width}; };
      return {th: box(th), wrap: box(wrap), table: box(found), scrollWidth: wrap.scrollWidth, clientWidth: wrap.clientWidth,
              focusable: wrap.tabIndex === 0, label: wrap.getAttribute("aria-label"),
              hint: hint && hint.classList.contains("sco-scroll-hint") && hint.checkVisibility() ? hint.textContent : null,
              content: document.querySelector(".md-content__inner").getBoundingClientRect().width,
              sticky: getComputedStyle(ths[0]).position};
    }""", [table, column])


def test_tables_are_full_width_on_a_desktop(seed_site, context_for):
    """The Proposals table of a small archive (short summaries) took half the page, as did every table
    with short cells."""
    _, url = seed_site
    page = context_for(DESKTOP).new_page()
    for path in TABLE_PAGES:
        page.goto(url + path)
        page.wait_for_load_state("networkidle")
        widths = page.eval_on_selector_all("article table", """tables => tables.map((t) => {
          const box = t.closest(".md-typeset__scrollwrap").parentElement;
          const style = getComputedStyle(box);
          return [t.getBoundingClientRect().width, box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
        })""")
        assert widths and all(table >= 0.9 * room for table, room in widths), (path, widths)
    page.goto(url + "proposals/")
    parts = _scroll_parts(page, "Summary", "Summary")
    assert parts["th"]["right"] <= DESKTOP[0] and parts["scrollWidth"] <= parts["clientWidth"] + 1, parts
    assert parts["hint"] is None


def test_proposals_summary_on_a_phone_is_reached_by_scrolling_the_table_with_a_hint(seed_site, context_for):
    _, url = seed_site
    page = context_for(PHONE).new_page()
    page.goto(url + "proposals/")
    page.wait_for_load_state("networkidle")
    parts = _scroll_parts(page, "Summary", "Summary")
    if parts["th"]["right"] > PHONE[0]:  # not on the screen: in a table that scrolls, and says so
        assert parts["scrollWidth"] > parts["clientWidth"], parts
        assert parts["hint"] and "sideways" in parts["hint"], parts
        assert parts["focusable"] and "scrolls sideways" in parts["label"], parts
        assert parts["th"]["right"] - parts["wrap"]["left"] <= parts["scrollWidth"] + 1, parts
        page.eval_on_selector(".sco-scroll-hint + .md-typeset__scrollwrap", "w => { w.scrollLeft = w.scrollWidth; }")
        parts = _scroll_parts(page, "Summary", "Summary")
    assert 0 <= parts["th"]["left"] and parts["th"]["right"] <= PHONE[0], parts
    assert parts["th"]["width"] >= 150, parts  # a readable column, not one word wide


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_themes_matrix_says_it_scrolls_and_keeps_its_first_column(seed_site, context_for, viewport):
    _, url = seed_site
    page = context_for(viewport).new_page()
    page.goto(url + "themes/")
    page.wait_for_load_state("networkidle")
    parts = _scroll_parts(page, "Meeting", "Terrorism")
    if parts["scrollWidth"] <= parts["clientWidth"]:  # every theme fits (a wide screen): nothing to say
        assert not parts["hint"], parts
        return
    assert parts["hint"] and "sideways" in parts["hint"], parts
    assert parts["sticky"] == "sticky", parts
    page.eval_on_selector(".sco-scroll-hint + .md-typeset__scrollwrap", "w => { w.scrollLeft = w.scrollWidth; }")
    page.wait_for_timeout(100)
    parts = _scroll_parts(page, "Meeting", "Terrorism")
    assert parts["th"]["right"] <= parts["wrap"]["right"] + 1, parts  # the last column in view
    first = page.eval_on_selector(".sco-scroll-hint + .md-typeset__scrollwrap th", "th => th.getBoundingClientRect().left")
    assert first >= parts["wrap"]["left"] - 1, (first, parts)  # and the meetings still beside it
    assert page.eval_on_selector(".sco-scroll-hint + .md-typeset__scrollwrap", "w => w.classList.contains('sco-scrolled')")


# --- the charts (issue 17: a timeline you can see) ---

SCREENS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screens"
CHART_PAGES = {"timeline": "timeline/", "home": ""}


def _rgba(css: str) -> tuple[float, float, float, float]:
    """'rgb(1, 2, 3)' or 'rgba(1, 2, 3, 0.5)' as floats (colour 0-255, alpha 0-1)."""
    parts = [float(p) for p in re.findall(r"[\d.]+", css)]
    return (*parts[:3], parts[3] if len(parts) > 3 else 1.0)


def _over(top: tuple, below: tuple) -> tuple:
    """A colour with alpha painted over an opaque one."""
    a = top[3]
    return tuple(top[i] * a + below[i] * (1 - a) for i in range(3)) + (1.0,)


def _contrast(one: tuple, two: tuple) -> float:
    def luminance(c):
        channels = [(v / 255) / 12.92 if v / 255 <= 0.03928 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in c[:3]]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


COLOURS = """() => {
  const css = (el, prop) => getComputedStyle(el)[prop];
  const svg = document.querySelector(".sco-chart__svg");
  const box = svg.querySelector(".sco-chart__box, .sco-chart__hit");
  return {page: css(document.body, "backgroundColor"), text: Array.from(svg.querySelectorAll("text"), (t) => css(t, "fill")),
          box: css(box, "fill"), edge: box.classList.contains("sco-chart__box") ? css(box, "stroke") : null,
          bar: css(svg.querySelector(".sco-chart__bar"), "fill"),
          size: [svg.getBoundingClientRect().width, svg.getBoundingClientRect().height],
          links: svg.querySelectorAll("a").length};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_charts_read_in_both_schemes_and_fit_the_screen(seed_site, context_for, viewport, scheme):
    _, url = seed_site
    page = context_for(viewport, scheme).new_page()
    SCREENS.mkdir(parents=True, exist_ok=True)
    for name, path in CHART_PAGES.items():
        page.goto(url + path)
        page.wait_for_load_state("networkidle")
        found = page.evaluate(COLOURS)
        assert found["links"] == 4 and found["size"][0] > 300 and found["size"][1] > 100, (name, found)
        background = _rgba(found["page"])
        under_text = _over(_rgba(found["box"]), background)
        for fill in set(found["text"]):  # text on the tinted boxes (the hardest case): 4.5:1
            assert _contrast(_over(_rgba(fill), under_text), under_text) >= 4.5, (name, scheme, fill, found)
        for mark in filter(None, (found["bar"], found["edge"])):  # graphics: 3:1 against the page
            assert _contrast(_over(_rgba(mark), background), background) >= 3, (name, scheme, mark)
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport[0] + 1, name
        tag = f"{name}-{'desktop' if viewport == DESKTOP else 'phone'}-{scheme}"
        if name == "timeline":
            page.locator(".sco-chart").screenshot(path=str(SCREENS / f"{tag}-chart.png"))
        page.screenshot(path=str(SCREENS / f"{tag}.png"), full_page=name == "home")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_accessibility_problem_on_chart_and_table_pages(seed_site, context_for, viewport, scheme):
    from axe_playwright_python.sync_playwright import Axe

    _, url = seed_site
    axe = Axe()
    page = context_for(viewport, scheme).new_page()
    problems = {}
    for path in ("", "timeline/", "meetings/", "proposals/", "themes/"):
        page.goto(url + path)
        page.wait_for_load_state("networkidle")
        problems[path or "home"] = axe_problems(page, axe)
    assert {name: found for name, found in problems.items() if found} == {}


def test_a_chart_box_opens_its_meeting_by_mouse_and_by_keyboard(seed_site, context_for):
    _, url = seed_site
    page = context_for().new_page()
    page.goto(url + "timeline/")
    page.locator(".sco-chart__meeting").nth(2).click()
    page.wait_for_url("**/meetings/2020-09-10-council-of-foreign-ministers-moscow/")
    page.goto(url + "timeline/")
    first = page.locator(".sco-chart__meeting").first
    first.focus()
    ring = page.evaluate("(({outlineStyle, outlineWidth}) => [outlineStyle, parseFloat(outlineWidth)])"
                         "(getComputedStyle(document.activeElement))")
    assert ring[0] != "none" and ring[1] >= 2, ring
    assert page.evaluate("document.activeElement.getAttribute('aria-label')").startswith("Council of Foreign Ministers, Goa")
    page.keyboard.press("Enter")
    page.wait_for_url("**/meetings/2023-05-05-council-of-foreign-ministers-goa/")
    page.goto(url)
    page.locator(".sco-chart__meeting").last.click()
    page.wait_for_url("**/meetings/2020-09-10-council-of-foreign-ministers-moscow/")
