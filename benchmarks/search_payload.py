"""Bytes a browser downloads for the search and filter page and one filtered query, on a built site.

    python benchmarks/search_payload.py SITE_DIR

Serves SITE_DIR on 127.0.0.1, opens search/ in Debian's chromium (Playwright, never a browser
download), waits for the counts, then ticks the first speaker box and waits for the list (a
filter-only query), then types a word with that filter on (a Pagefind query). Then opens the home page
and types a word into the header search. Every response body is counted per phase (uncompressed: the
local server does not compress). Prints one JSON line: bytes and requests per phase, and those of
/pagefind/ by kind.
"""

from __future__ import annotations

import functools
import json
import sys
import threading
import time
from collections import defaultdict
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
WORD = "security"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: D102
        pass


def kind(path: str) -> str:
    """The kind of a Pagefind file, from its path."""
    name = path.rsplit("/", 1)[-1]
    for prefix, label in (("pagefind-entry", "entry"), ("wasm", "wasm"), ("pagefind", "js")):
        if name.startswith(prefix):
            return label
    return path.split("/pagefind/", 1)[1].split("/", 1)[0] if "/" in path.split("/pagefind/", 1)[1] else name


def main() -> None:
    from playwright.sync_api import sync_playwright

    site = sys.argv[1]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/search/"
    phase = {"now": "load"}
    sizes: dict[str, int] = defaultdict(int)
    pagefind: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    files: dict[str, int] = defaultdict(int)

    def record(response) -> None:
        try:
            size = len(response.body())
        except Exception:  # redirects and aborted requests have no body
            return
        path = urlparse(response.url).path
        sizes[phase["now"]] += size
        counts[phase["now"]] += 1
        files[path] += size
        if "/pagefind/" in path:
            pagefind[f"{phase['now']}:{kind(path)}"] += size

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.on("response", record)
        start = time.perf_counter()
        page.goto(url)
        summary = page.locator("#sco-filter-summary")
        page.wait_for_function("document.querySelector('#sco-filter-summary').textContent.includes('document')",
                               timeout=300_000)
        page.wait_for_load_state("networkidle")
        load_s = time.perf_counter() - start
        before = summary.text_content()
        phase["now"] = "query"
        box = page.locator("input[name=speaker]").first
        label = box.get_attribute("value")
        start = time.perf_counter()
        box.check()
        page.wait_for_function(f"document.querySelector('#sco-filter-summary').textContent !== {json.dumps(before)}",
                               timeout=300_000)
        page.wait_for_load_state("networkidle")
        query_s = time.perf_counter() - start
        after = summary.text_content()

        phase["now"] = "words"
        start = time.perf_counter()
        page.locator("#sco-filter-q").fill(WORD)
        page.wait_for_function(f"document.querySelector('#sco-filter-summary').textContent !== {json.dumps(after)}",
                               timeout=300_000)
        page.wait_for_load_state("networkidle")
        words_s = time.perf_counter() - start
        with_words = summary.text_content()

        home = browser.new_page()  # a new page, same browser cache: what a reader's next page costs
        home.on("response", record)
        phase["now"] = "home_load"
        home.goto(url.replace("/search/", "/"))
        home.wait_for_load_state("networkidle")
        phase["now"] = "header"
        start = time.perf_counter()
        box = home.locator("input.md-search__input")
        box.click()
        box.press_sequentially(WORD, delay=30)
        home.locator(".md-search-result__item").first.wait_for(timeout=300_000)
        home.wait_for_load_state("networkidle")
        header_s = time.perf_counter() - start
        header_results = home.locator(".md-search-result__item").count()
        browser.close()
    server.shutdown()
    print(json.dumps({
        "load_bytes": sizes["load"], "load_requests": counts["load"], "load_s": round(load_s, 2),
        "unfiltered": before, "filter": f"speaker={label}", "filtered": after,
        "query_bytes": sizes["query"], "query_requests": counts["query"], "query_s": round(query_s, 2),
        "words": WORD, "with_words": with_words, "words_bytes": sizes["words"], "words_requests": counts["words"],
        "words_s": round(words_s, 2),
        "home_load_bytes": sizes["home_load"], "home_load_requests": counts["home_load"],
        "header_bytes": sizes["header"], "header_requests": counts["header"], "header_s": round(header_s, 2),
        "header_results": header_results,
        "total_bytes": sizes["load"] + sizes["query"],
        "pagefind_bytes": dict(sorted(pagefind.items())),
        "pagefind_total": sum(pagefind.values()),
        "largest_files": dict(sorted(files.items(), key=lambda kv: -kv[1])[:8]),
    }))


if __name__ == "__main__":
    main()
