"""The built seed site in Debian's chromium (Playwright, never a browser download): clicking through,
header search, the Pagefind filter page (its view in the address, keyboard use, its states), axe-core
on every page type, no console errors, no request to another host."""

from __future__ import annotations

import contextlib
import functools
import json
import re
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlencode, urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from sco_archive.publish import search_index

from .conftest import ROOT
from .sitekit import ODD_SEEDS, ODD_VALUES, build_site, make_project

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "test-artifacts" / "screenshots"
DUSHANBE_DOC = "001-e29fc6cbd48e96a3"


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the built site without logging every request."""

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass


@contextlib.contextmanager
def served(site: Path):
    """A built site served on 127.0.0.1 from a thread; yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """The seed site, built and served on 127.0.0.1 from a thread."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (make chromium)")
    project = make_project(tmp_path_factory.mktemp("browser") / "archive")
    site = project / "site"
    # The search index in shards of 4 pages (issue 18): every search below merges several bundles.
    per_shard, search_index.SHARD_PAGES = search_index.SHARD_PAGES, 4
    try:
        assert build_site(project, site) == []
    finally:
        search_index.SHARD_PAGES = per_shard
    assert len(json.loads((site / "pagefind" / "shards.json").read_text())["merge"]) >= 3
    with served(site) as url:
        yield url


def header_search(page, words: str):
    """Type words into Material's header search; the result items once the first has appeared."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(words, delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    return results


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, headless, without network extras."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
        yield browser
        browser.close()


class Watch:
    """What a page did that it should not: console errors, failed requests, requests to other hosts."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.outside: list[str] = []

    def route(self, route) -> None:
        """Let 127.0.0.1 through; fail (and record) anything else."""
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def check(self) -> None:
        """Fail the test on anything recorded."""
        assert self.outside == [], self.outside
        assert self.failed == [], self.failed
        assert self.errors == [], self.errors


@pytest.fixture
def page(browser, request):
    """A fresh page whose console errors and requests are watched."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = Watch()
    context.route("**/*", watch.route)
    page = context.new_page()
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    # A request the page itself gave up on by moving to another page (ERR_ABORTED) did not fail.
    page.on("requestfailed", lambda r: watch.failed.append(f"{r.url} {r.failure}")
            if urlparse(r.url).hostname == "127.0.0.1" and "ERR_ABORTED" not in (r.failure or "") else None)
    page.watch = watch
    yield page
    context.close()
    watch.check()


def shot(page, name: str, full_page: bool = True) -> None:
    """Save a screenshot under test-artifacts/screenshots/."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def test_home_timeline_meeting_document_by_clicking(page, site_url):
    page.goto(site_url)
    assert page.locator("h1").first.inner_text().startswith("SCO Archive")
    shot(page, "home")
    page.locator("article a", has_text="timeline").first.click()
    page.wait_for_url("**/timeline/")
    shot(page, "timeline")
    page.locator("article a", has_text="Council of Foreign Ministers, Dushanbe, 14 July 2021").first.click()
    page.wait_for_url("**/meetings/2021-07-14-council-of-foreign-ministers-dushanbe/")
    assert "Dushanbe" in page.locator("h1").first.inner_text()
    shot(page, "meeting")
    page.locator("article a", has_text="Wang Yi Attends Meeting").first.click()
    page.wait_for_url(f"**/documents/{DUSHANBE_DOC}/")
    assert page.locator("h1").first.inner_text().startswith("Wang Yi Attends Meeting")
    assert page.locator("ol li").count() == 5
    shot(page, "document")


def test_index_pages_render(page, site_url):
    for path, name in (("proposals/", "proposals"), ("themes/", "themes"), ("speakers/", "speakers"),
                       ("documents/", "documents"), ("downloads/", "downloads"), ("tags/", "tags")):
        page.goto(site_url + path)
        assert page.locator("article h1").count() == 1, path
        shot(page, name)
    page.goto(site_url + "meetings/2020-09-10-council-of-foreign-ministers-moscow/")
    assert page.locator("article table").nth(1).locator("tbody tr").count() == 5


def test_header_search_finds_the_dushanbe_report(page, site_url):
    page.goto(site_url)
    results = header_search(page, "Dushanbe").locator("a")
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any(DUSHANBE_DOC in (h or "") for h in hrefs), hrefs
    shot(page, "header-search")


def test_filter_page_narrows_to_one_speaker_and_one_year(page, site_url):
    page.goto(site_url + "search/")
    page.locator("#sco-filter-summary", has_text="All 5 documents").wait_for(timeout=10_000)
    page.locator("input[name=speaker][value='Wang Yi']").check()
    page.locator("#sco-filter-summary", has_text="3 documents match").wait_for(timeout=10_000)
    page.locator("input[name=year][value='2020']").check()
    page.locator("#sco-filter-summary", has_text="2 documents match").wait_for(timeout=10_000)
    links = page.locator(".sco-filter__result-link")
    expect(links).to_have_count(2)
    hrefs = sorted(links.nth(i).get_attribute("href") for i in range(links.count()))
    assert [h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs] == ["000-e826e2ac9eb657ac", "002-64e94f34738c3949"]
    page.locator("#sco-filter-q").fill("vaccine")
    page.locator("#sco-filter-summary", has_text="1 document matches").wait_for(timeout=10_000)
    expect(links).to_have_count(1)
    expect(links.first).to_have_attribute("href", re.compile(r"000-e826e2ac9eb657ac/?$"))
    shot(page, "filter")
    links.first.click()
    page.wait_for_url("**/documents/000-e826e2ac9eb657ac/")


def test_filter_page_says_when_the_index_is_missing(browser, site_url, tmp_path):
    # Facet table missing: said on load.
    context = browser.new_context()
    page = context.new_page()
    page.route("**/filters/**", lambda route: route.fulfill(status=404, body="missing"))
    page.goto(site_url + "search/")
    page.locator("#sco-filter-missing").wait_for(state="visible", timeout=10_000)
    assert "sco-archive build" in page.locator("#sco-filter-missing").inner_text()
    context.close()
    # Pagefind missing: filters still work; words say so.
    context = browser.new_context()
    page = context.new_page()
    page.route("**/pagefind/**", lambda route: route.fulfill(status=404, body="missing"))
    page.goto(site_url + "search/")
    page.locator("input[name=speaker][value='Wang Yi']").check()
    page.locator("#sco-filter-summary", has_text="3 documents match").wait_for(timeout=10_000)
    page.locator("#sco-filter-q").fill("vaccine")
    page.locator("#sco-filter-missing").wait_for(state="visible", timeout=10_000)
    context.close()


def test_filters_alone_never_touch_pagefind_and_count_like_facets(page, site_url):
    """Filter-only queries come from filters/*.json; counts of a group ignore that group's own choice."""
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(site_url + "search/")
    page.locator("#sco-filter-summary", has_text="All 5 documents").wait_for(timeout=10_000)
    page.locator("input[name=speaker][value='Wang Yi']").check()
    page.locator("#sco-filter-summary", has_text="3 documents match").wait_for(timeout=10_000)
    speakers = page.locator("input[name=speaker]")
    counts = {speakers.nth(i).get_attribute("value"): speakers.nth(i).locator("xpath=..").inner_text()
              for i in range(speakers.count())}
    assert "(3)" in counts["Wang Yi"] and "(1)" in counts["Qin Gang"], counts  # other speakers stay choosable
    page.locator("input[name=speaker][value='Qin Gang']").check()  # any of the two
    page.locator("#sco-filter-summary", has_text="4 documents match").wait_for(timeout=10_000)
    assert not [u for u in asked if "/pagefind/" in u], asked
    assert any(u.endswith("/filters/facets.json") for u in asked) and any("/filters/docs-0.json" in u for u in asked)


def test_search_page_takes_words_from_the_address(page, site_url):
    page.goto(site_url + "search/?q=vaccine")
    page.locator("#sco-filter-summary", has_text="3 documents match").wait_for(timeout=10_000)
    assert page.locator("#sco-filter-q").input_value() == "vaccine"
    links = page.locator(".sco-filter__result-link")
    assert links.first.get_attribute("href").rstrip("/").endswith(DUSHANBE_DOC)  # newest first
    assert links.first.inner_text().startswith("Wang Yi Attends Meeting")


def test_words_search_merges_the_shards_into_one_pagefind_and_lists_newest_first(page, site_url):
    asked: list[str] = []
    page.on("request", lambda r: asked.append(urlparse(r.url).path))
    page.goto(site_url + "search/?q=security")
    page.locator("#sco-filter-summary", has_text="documents match").wait_for(timeout=10_000)
    facts = page.locator(".sco-filter__facts").all_inner_texts()
    dates = [f.split(" · ")[0] for f in facts]
    assert len(dates) >= 4 and dates == sorted(dates, reverse=True), dates
    # One Pagefind (its script, worker and WebAssembly once); the other shards give only their index.
    assert [u for u in asked if u.endswith("/pagefind.js")] == ["/pagefind/pagefind.js"], asked
    assert len([u for u in asked if "/wasm." in u]) == 1, asked
    bundles = {u.split("/")[1] for u in asked if u.startswith("/pagefind")}
    assert len(bundles) >= 3, bundles
    # The results come from several shards (fragments of more than one bundle).
    assert len({u.split("/")[1] for u in asked if "/fragment/" in u}) >= 2, asked


def test_document_page_on_a_phone_in_dark_mode(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                  color_scheme="dark", is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + f"documents/{DUSHANBE_DOC}/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"page is {width}px wide on a 390px phone"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    shot(page, "document-phone-dark", full_page=False)
    context.close()



HOSTILE_SEED = """<img src=x onerror="window.__pwned=1"> Zanzibar <b>talks</b> [x](javascript:window.__pwned=2)

Beijing, March 3, 2022 (Xinhua) -- Foreign Minister Wang Yi said at the meeting of the SCO Council of
Foreign Ministers in Beijing that the Zanzibar formula <script>window.__pwned=3</script> works.

Zanzibar was named again: <img src=y onerror="window.__pwned=4"> and &lt;mark&gt; and </mark><i>x</i>.
"""


def test_header_and_filter_search_show_hostile_text_as_text(browser, tmp_path):
    """Pagefind's titles and excerpts reach Material's result list as HTML: our worker escapes them."""
    project = make_project(tmp_path / "hostile", seeds={"zanzibar.txt": HOSTILE_SEED})
    site = project / "site"
    build_site(project, site, strict=False)
    with served(site) as url:
        context = browser.new_context()
        try:
            _check_hostile_search(context.new_page(), url)
        finally:
            context.close()


def _check_hostile_search(page, url: str) -> None:
    page.goto(url)
    header_search(page, "zanzibar")
    html = page.locator(".md-search-result").inner_html()
    assert "<img" not in html and "<script" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;img src=x" in html  # shown, as text
    assert "<mark>" in html.lower()  # Pagefind's highlight survives
    assert page.evaluate("window.__pwned") is None
    page.goto(url + "search/?q=zanzibar")
    page.locator("#sco-filter-summary", has_text="1 document matches").wait_for(timeout=10_000)
    assert "<img" not in page.locator("#sco-filter-results").inner_html()
    assert page.evaluate("window.__pwned") is None


# --- The filter page: its view in the address, keyboard use, its states (issue 17.2, 17.3, 17.7) ---

def summary(page, text: str) -> None:
    """Wait until the filter page's summary says `text`."""
    page.locator("#sco-filter-summary", has_text=text).wait_for(timeout=10_000)


def ticked(page) -> list[str]:
    """The ticked boxes of the filter page, as name=value."""
    return page.eval_on_selector_all("#sco-filter-groups input:checked", "boxes => boxes.map(b => `${b.name}=${b.value}`)")


def test_filter_view_lives_in_the_address_and_follows_back_and_forward(page, site_url):
    page.goto(site_url + "search/?speaker=Wang+Yi&year=2020")
    summary(page, "2 documents match speaker Wang Yi and year 2020")
    assert ticked(page) == ["speaker=Wang Yi", "year=2020"]
    page.locator("input[name=speaker][value='Xi Jinping']").check()
    summary(page, "3 documents match speaker Wang Yi or Xi Jinping and year 2020")
    assert page.url == site_url + "search/?speaker=Wang+Yi&speaker=Xi+Jinping&year=2020"
    page.locator("#sco-filter-q").fill("vaccine")
    summary(page, "the words “vaccine”")
    assert page.url == site_url + "search/?q=vaccine&speaker=Wang+Yi&speaker=Xi+Jinping&year=2020"
    page.locator("#sco-filter-q").press_sequentially(" covid", delay=30)  # one history entry per run of typing
    page.wait_for_url("**q=vaccine+covid**")
    page.go_back()
    summary(page, "3 documents match speaker Wang Yi or Xi Jinping and year 2020")
    assert page.locator("#sco-filter-q").input_value() == ""
    page.go_back()
    summary(page, "2 documents match speaker Wang Yi and year 2020")
    assert ticked(page) == ["speaker=Wang Yi", "year=2020"]
    page.go_forward()
    summary(page, "3 documents match")
    assert ticked(page) == ["speaker=Wang Yi", "speaker=Xi Jinping", "year=2020"]
    page.locator("#sco-filter-clear").click()
    summary(page, "All 5 documents")
    assert page.url == site_url + "search/"


def test_words_in_the_address_stay_on_the_filter_page(page, site_url):
    """Material opens its header search for ?q= on any page and drops q when it closes: not here."""
    page.goto(site_url + "search/?q=vaccine&kind=report")
    summary(page, "2 documents match the words “vaccine” and kind report")
    assert page.evaluate("document.getElementById('__search').checked") is False
    assert page.url == site_url + "search/?q=vaccine&kind=report"
    assert page.locator("#sco-filter-q").input_value() == "vaccine"


def test_copy_link_to_this_view(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        page = context.new_page()
        page.goto(site_url + "search/")
        summary(page, "All 5 documents")
        page.locator("input[name=city][value='Moscow']").check()
        summary(page, "documents match city Moscow")
        page.get_by_role("button", name="Copy link to this view").click()
        page.locator("#sco-filter-copied", has_text="Link copied").wait_for(timeout=5_000)
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == site_url + "search/?city=Moscow" == page.url
        other = context.new_page()  # the link opens the same view
        other.goto(copied)
        summary(other, "documents match city Moscow")
        assert ticked(other) == ["city=Moscow"]
    finally:
        context.close()


def test_filter_page_by_keyboard_alone(page, site_url):
    page.goto(site_url + "search/")
    summary(page, "All 5 documents")
    page.locator("#sco-filter-q").focus()
    page.keyboard.press("Tab")  # the Filters toggle
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Tab")
    first = page.evaluate("[document.activeElement.name, document.activeElement.value]")
    assert first == ["speaker", "Qin Gang"]
    ring = page.evaluate("(({outlineStyle, outlineWidth}) => [outlineStyle, parseFloat(outlineWidth)])"
                         "(getComputedStyle(document.activeElement))")
    assert ring[0] != "none" and ring[1] >= 2, ring  # a visible focus ring
    count = page.locator("input[name=year][value='2020'] ~ .sco-filter__count").element_handle()
    assert count.inner_text() == "(3)"
    page.keyboard.press("Space")
    summary(page, "1 document matches speaker Qin Gang")
    assert page.evaluate("[document.activeElement.name, document.activeElement.value, document.activeElement.checked]") \
        == ["speaker", "Qin Gang", True]  # focus stays on the box just toggled
    page.keyboard.press("Tab")
    assert page.evaluate("[document.activeElement.name, document.activeElement.value]") == ["speaker", "Wang Yi"]
    page.keyboard.press("Space")
    summary(page, "4 documents match speaker Qin Gang or Wang Yi")
    assert page.evaluate("document.activeElement.value") == "Wang Yi"
    # The counts are updated in place: the same elements, new numbers.
    assert count.evaluate("span => span.isConnected") and count.inner_text() == "(2)"


def test_filter_page_states(page, site_url):
    page.goto(site_url + "search/")
    summary(page, "All 5 documents, newest first.")
    expect(page.locator(".sco-filter__result-link")).to_have_count(5)  # listed, not only counted
    assert "document(s)" not in page.locator("article").inner_text()
    how = page.locator(".sco-filter__how").inner_text()
    assert "(or)" in how and "(and)" in how
    page.locator("input[name=speaker][value='Xi Jinping']").check()
    summary(page, "1 document matches speaker Xi Jinping.")
    page.locator("input[name=year][value='2021']").check()
    summary(page, "No documents match speaker Xi Jinping and year 2021.")
    expect(page.locator(".sco-filter__result-link")).to_have_count(0)
    clear = page.get_by_role("button", name="Clear all filters and words")
    expect(clear).to_be_visible()
    clear.click()
    summary(page, "All 5 documents")
    assert ticked(page) == [] and page.url == site_url + "search/"
    assert page.evaluate("document.activeElement.id") == "sco-filter-q"  # not dropped to <body>
    expect(clear).to_be_hidden()
    sizes = page.eval_on_selector_all(
        "#sco-filter-groups input, .sco-filter button:not([hidden])",
        "els => els.map(e => e.getBoundingClientRect()).map(r => Math.min(r.width, r.height))")
    assert sizes and min(sizes) >= 24, sizes


def test_filter_page_results_on_the_first_screen_of_a_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(site_url + "search/?speaker=Wang+Yi")
        summary(page, "3 documents match speaker Wang Yi")
        first = page.locator(".sco-filter__result").first.bounding_box()
        assert first["y"] < 844 - 60, first  # not 1,300 px down, under every filter
        assert page.locator("#sco-filter-panel").get_attribute("open") is None
        assert page.locator("#sco-filter-chosen").inner_text() == "(1 ticked)"
        page.locator("#sco-filter-panel summary").click()
        page.locator("input[name=year][value='2021']").check()
        summary(page, "1 document matches speaker Wang Yi and year 2021")
        shot(page, "filter-phone", full_page=False)
    finally:
        context.close()


# --- Citations, proposals and the header search (issue 17.4, 17.5, 17.8) ---

def test_citation_and_bibtex_each_have_a_copy_button_that_copies_them(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        page = context.new_page()
        page.goto(site_url + "documents/003-9ad0c85d99907b88/")
        page.get_by_role("button", name="Copy citation").click()
        page.locator(".sco-cite .sco-copy__status", has_text="Copied.").first.wait_for(timeout=5_000)
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith("Xi Jinping. “Carrying Forward the Shanghai Spirit") and copied.endswith("Accessed [date].")
        assert "Copy" not in copied and "\n" not in copied
        page.get_by_role("button", name="Copy BibTeX").click()
        page.locator(".sco-cite .sco-copy__status", has_text="Copied.").nth(1).wait_for(timeout=5_000)
        entry = page.evaluate("navigator.clipboard.readText()")
        assert entry.startswith("@misc{sco-003-9ad0c85d99907b88,") and entry.endswith("}") and "author = {Xi Jinping}" in entry
        shot(page, "citation")
    finally:
        context.close()


def test_a_proposal_in_the_meeting_table_links_to_that_proposal(page, site_url):
    page.goto(site_url + "meetings/2020-09-10-council-of-foreign-ministers-moscow/")
    page.get_by_role("columnheader", name="Wang Yi (report)").wait_for()
    page.get_by_role("link", name="Persist in sharing weal and woe to resolve various security risks.").click()
    page.wait_for_url("**/documents/000-e826e2ac9eb657ac/#proposal-3")
    target = page.locator("#proposal-3")
    assert target.inner_text().startswith("Persist in sharing weal and woe")
    assert target.evaluate("node => node.matches(':target')")


def test_the_filter_page_shows_theme_names_capitalised_and_keeps_their_values(page, site_url):
    page.goto(site_url + "search/?theme=security")
    summary(page, "documents match theme security")
    box = page.locator(".sco-filter__value", has=page.locator("input[name=theme][value=security]"))
    assert box.locator(".sco-filter__name").inner_text() == "Security"
    assert ticked(page) == ["theme=security"]


def test_header_search_titles_and_excerpts_come_from_the_text(page, site_url):
    page.goto(site_url)
    results = header_search(page, "Dushanbe")
    page.wait_for_timeout(300)  # every result drawn
    titles = [results.nth(i).locator("h1, h2").first.inner_text() for i in range(results.count())]
    texts = [results.nth(i).inner_text() for i in range(results.count())]
    assert any("Council of Foreign Ministers, Dushanbe" in t for t in titles), titles  # the meeting page
    assert not [t for t in titles + texts if "¶" in t]
    assert not [t for t in texts if re.search(r"\bFact\s+Value\b", t)], texts


# --- axe-core on every page type, light and dark, desktop and phone (issue 17.3) ---

PAGE_TYPES = {
    "home": "",
    "document": f"documents/{DUSHANBE_DOC}/",
    "meeting": "meetings/2021-07-14-council-of-foreign-ministers-dushanbe/",
    "timeline": "timeline/",
    "speakers": "speakers/",
    "venues": "venues/",
    "bodies": "bodies/",
    "themes": "themes/",
    "proposals": "proposals/",
    "documents": "documents/",
    "tags": "tags/",
    "filter": "search/",
    "filter with words": "search/?q=vaccine&speaker=Wang+Yi",
    "filter, nothing found": "search/?speaker=Xi+Jinping&year=2021",
    "downloads": "downloads/",
    "docs page": "extraction/",
    "data dictionary": "data-dictionary/",
}
# axe's own defaults plus target-size (WCAG 2.2 AA, 24 px), which axe leaves off by default.
AXE_OPTIONS = {"resultTypes": ["violations"], "rules": {"target-size": {"enabled": True}}}


def axe_problems(page, axe) -> list[str]:
    """The serious and critical violations axe-core finds in the page as it is now."""
    found = axe.run(page, options=AXE_OPTIONS).response["violations"]
    return [f"{v['id']} ({v['impact']}): {n['target']} {n.get('failureSummary', '')[:200]!r}"
            for v in found if v["impact"] in ("serious", "critical") for n in v["nodes"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_no_serious_accessibility_problem_on_any_page_type(browser, site_url, viewport, scheme):
    axe = Axe()
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, color_scheme=scheme)
    try:
        page = context.new_page()
        problems = {}
        for name, path in PAGE_TYPES.items():
            page.goto(site_url + path)
            page.wait_for_load_state("networkidle")
            if path.startswith("search/"):
                page.locator("#sco-filter-summary:not(:empty)").wait_for(timeout=10_000)
            problems[name] = axe_problems(page, axe)
        # Material's header search, open with results.
        page.goto(site_url + "timeline/")
        if viewport[0] < 600:
            page.locator("label[for=__search]").first.click()
        header_search(page, "Dushanbe")
        problems["header search"] = axe_problems(page, axe)
        assert {name: found for name, found in problems.items() if found} == {}
    finally:
        context.close()


# --- Words and filters with odd facet values (issue 19.9) ---

@pytest.fixture(scope="module")
def odd_site_url(tmp_path_factory):
    """A two-text site whose facet values hold double spaces, a tab, entities and quotes."""
    project = make_project(tmp_path_factory.mktemp("odd") / "archive", seeds=ODD_SEEDS)
    build_site(project, project / "site", strict=False)
    with served(project / "site") as url:
        yield url


def test_words_and_filters_find_odd_facet_values(page, odd_site_url):
    for name, values in ODD_VALUES.items():
        for value in values if isinstance(values, list) else [values]:
            page.goto(odd_site_url + "search/?" + urlencode({name: value}))
            summary(page, "1 document matches")
            assert ticked(page) == [f"{name}={value}"]
            count = page.locator(".sco-filter__value", has=page.locator(f"input[name={name}]:checked"))
            assert count.locator(".sco-filter__count").inner_text() == "(1)"
            page.locator("#sco-filter-q").fill("zanzibar")  # now through Pagefind
            summary(page, "1 document matches the words “zanzibar”")
            assert count.locator(".sco-filter__count").inner_text() == "(1)", (name, value)
            assert ticked(page) == [f"{name}={value}"]
            assert page.url == odd_site_url + "search/?" + urlencode({"q": "zanzibar", name: value})
            facts = page.locator(".sco-filter__facts").first.inner_text()
            assert ODD_VALUES["speaker"] in facts and ODD_VALUES["city"] in facts, facts
