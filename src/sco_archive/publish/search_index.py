"""The search index in shards: Pagefind runs once per few hundred pages, never over the whole site.

Pagefind's indexer holds everything it indexes in memory, about 0.4 MB per document page of
seed-length text (the article alone costs the same as the whole page: it is the words, not the
HTML), so one run over a 5,000-text site needs some 2 GB. Here the indexed pages (those with
`data-pagefind-body`) are cut, in the order MkDocs writes them, into shards of consecutive pages: a
shard of at least SHARD_PAGES / 2 pages ends after a page whose path hashes to a multiple of
SHARD_PAGES / 4, and one of SHARD_PAGES pages ends anyway (about 3/4 SHARD_PAGES pages a shard; an
added or removed page moves the boundaries of its own shard, now and then of the next). Each shard is indexed by its own Pagefind run into its own bundle: `pagefind/` (the
first) and `pagefind-1/`, `pagefind-2/`, ... `pagefind/shards.json` lists the others, which the header
search and the filter page merge into the first with Pagefind's `mergeIndex`. Memory is then bounded
by a shard, whatever N.

Since a shard is complete as soon as its last page is written, `mkdocs build` indexes it then, in a
background thread, while MkDocs writes the next pages (`Indexer`: one Pagefind at a time, on the
pages' HTML as MkDocs writes it), instead of running Pagefind over the whole site after MkDocs.

Pagefind is given only the part of a page it indexes (`pagefind_input`): it parses the whole page
to find `data-pagefind-body`, and the header, navigation, scripts and a document's provenance were
half the bytes it read. The bundle is byte-identical; Pagefind's CPU time is about 28% less
(1,000 seed-length texts, 3.9 -> 2.8 s).

A shard's bundle depends only on its pages' HTML, so under `mkdocs serve` a shard whose pages are
byte-identical to the previous build's keeps its bundle (incremental.py); an edit re-indexes the one
or two shards its pages fall into (`index_site`, after the build). With one shard the layout is the
one Pagefind writes alone.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import json
import os
import queue
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

from .indexing import pagefind_binary, run_pagefind

# The most pages a shard holds (about 3/4 as many on average): ~0.4 MB of Pagefind memory each on
# seed-length documents, so ~200 MB a run at most; each shard costs a word query a few small requests
# (its entry, metadata, filters and one word chunk).
SHARD_PAGES = 500
MANIFEST = "shards.json"
# Complete shards that may wait for Pagefind in memory during `mkdocs build` (Indexer).
WAITING = 2

# Where a document's provenance, removed lines and citation begin (plugin.py marks them so) and where
# its Pagefind filters begin (sco-document.html): Pagefind ignores what lies between.
NOT_INDEXED = '<div data-pagefind-ignore="all">\n<h2 id="provenance">'
FILTERS = "<div hidden data-pagefind-ignore>"


def bundle_name(shard: int) -> str:
    return "pagefind" if shard == 0 else f"pagefind-{shard}"


def ends_shard(uri: str, size: int, per_shard: int = SHARD_PAGES) -> bool:
    """Whether the shard that `uri` has just brought to `size` pages is complete: at `per_shard` pages, or
    from half that on after a page whose path hashes to a multiple of a quarter of it (about 3/4 of
    `per_shard` on average). The cut depends on the page, not on its place: an added page moves no other
    shard's boundaries (or, now and then, the next one's)."""
    hashed = int.from_bytes(hashlib.sha256(uri.encode("utf-8")).digest()[:8], "big")
    return size >= per_shard or (size >= per_shard // 2 and hashed % max(1, per_shard // 4) == 0)


def plan(outputs: dict[str, tuple[str, bool]], per_shard: int = SHARD_PAGES) -> dict[str, list[str]]:
    """The pages of every bundle, by bundle folder: the indexed pages of `outputs` (dest_uri -> (digest,
    indexed), in the order MkDocs wrote them), cut as `Indexer` cuts them."""
    bundles: dict[str, list[str]] = {}
    current: list[str] = []
    for uri, (_, searched) in outputs.items():
        if searched:
            current.append(uri)
            if ends_shard(uri, len(current), per_shard):
                bundles[bundle_name(len(bundles))], current = current, []
    if current or not bundles:
        bundles[bundle_name(len(bundles))] = current
    return bundles


def pagefind_input(html: str) -> str:
    """What Pagefind is given of a built page: its `<html>` tag (the language) and Material's `<article>`,
    which holds every `data-pagefind-body` of the site, without a document's provenance (ignored by
    Pagefind). The whole page when it is built otherwise."""
    start, end, root = html.find("<article"), html.rfind("</article>"), html.find("<html")
    article = html[start : end + len("</article>")]
    if root < 0 or not 0 <= start < end or "data-pagefind-body" not in article:
        return html
    cut, resume = article.find(NOT_INDEXED), article.find(FILTERS)
    if 0 <= cut < resume:
        article = article[:cut] + article[resume:]
    return f"{html[root : html.index('>', root) + 1]}<body>{article}</body></html>"


def shard_digest(pages: list[str], outputs: dict[str, tuple[str, bool]]) -> str:
    text = "".join(f"{uri}\0{outputs[uri][0]}\n" for uri in pages)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def index_site(site_dir: Path, outputs: dict[str, tuple[str, bool]], rebuild=None,
               per_shard: int | None = None) -> str | None:
    """Index the site's pages shard by shard; a one-line problem, or None when it worked.

    `rebuild` (incremental.Rebuild) gives back a previous bundle whose pages are unchanged."""
    binary = pagefind_binary()
    if binary is None:
        return _missing(site_dir)
    bundles = plan(outputs, per_shard or SHARD_PAGES)
    _release_memory()
    for name, pages in bundles.items():
        target = site_dir / name
        shutil.rmtree(target, ignore_errors=True)
        kept = rebuild.previous_bundle(name, shard_digest(pages, outputs)) if rebuild else None
        if kept is not None:
            os.replace(kept, target)
            continue
        if pages:
            given = ((uri, pagefind_input((site_dir / uri).read_text(encoding="utf-8")).encode("utf-8"))
                     for uri in pages)
            problem = _index(binary, site_dir, given, target)
            if problem:
                return problem
    if bundles.get("pagefind"):
        _manifest(site_dir, list(bundles))
    return None


def _missing(site_dir: Path) -> str:
    return f"{site_dir}: pagefind is not installed (pip install 'pagefind[bin]'); the filter page will not work"


def _manifest(site_dir: Path, names: list[str]) -> None:
    """pagefind/shards.json: the bundles to merge into the first."""
    others = [f"{name}/" for name in names if name != "pagefind"]
    (site_dir / "pagefind" / MANIFEST).write_text(json.dumps({"merge": others}) + "\n", encoding="utf-8")


class Indexer:
    """Indexes the shards of a build while MkDocs writes its pages (`mkdocs build`, not serve).

    `page` is told of every page MkDocs is about to write (the plugin's on_post_page runs last: the page
    as written) and keeps what Pagefind is given of an indexed one (`pagefind_input`, UTF-8: ~12 KB a
    seed-length document, ~6 MB a shard). A complete shard goes to a background thread that writes its
    pages into a folder and runs Pagefind on it, one shard at a time, while MkDocs builds the next pages
    on another core; when WAITING shards are queued (Pagefind behind on a busy machine), MkDocs waits for
    the thread rather than hold more pages in memory.
    `finish` indexes the last shard, waits for every run and writes shards.json. The bundles are those
    `index_site` would write after the build: the same pages, cut the same way (`plan`)."""

    def __init__(self, site_dir: Path, per_shard: int | None = None) -> None:
        self.site_dir = site_dir
        self.per_shard = per_shard or SHARD_PAGES
        self.binary = pagefind_binary()
        self.names: list[str] = []  # the bundles handed to the thread, in order
        self.shard: list[tuple[str, bytes]] = []  # the shard being filled: (page, what Pagefind is given of it)
        self.problem: str | None = None
        self._todo: queue.Queue[tuple[list[tuple[str, bytes]], Path] | None] = queue.Queue(maxsize=WAITING)
        self._thread: threading.Thread | None = None

    def page(self, uri: str, html: str) -> None:
        """A page MkDocs is about to write (`html`, as on_post_page returns it)."""
        if self.binary is not None and "data-pagefind-body" in html:
            self.shard.append((uri, pagefind_input(html).encode("utf-8")))
            if ends_shard(uri, len(self.shard), self.per_shard):
                self._close()

    def _close(self) -> None:
        name = bundle_name(len(self.names))
        self.names.append(name)
        self._todo.put((self.shard, self.site_dir / name))
        self.shard = []
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="sco-archive search shards", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while (job := self._todo.get()) is not None:
            pages, target = job
            if self.problem is None:
                try:
                    shutil.rmtree(target, ignore_errors=True)
                    self.problem = _index(self.binary, self.site_dir, pages, target)
                except OSError as exc:  # (the thread goes on taking shards: MkDocs may be waiting to hand one)
                    self.problem = f"{self.site_dir}: the search index could not be written ({exc})"

    def _join(self) -> None:
        if self._thread is not None:
            self._todo.put(None)
            self._thread.join()
            self._thread = None

    def finish(self) -> str | None:
        """Index the last shard and wait for every run; a one-line problem, or None when it worked."""
        if self.binary is None:
            return _missing(self.site_dir)
        if self.shard:
            self._close()
        self._join()
        if self.problem is None and self.names:
            _manifest(self.site_dir, self.names)
        return self.problem

    def abandon(self) -> None:
        """After a failed build: stop after the current run, and drop the shard being filled."""
        self.problem = self.problem or "build failed"
        self._join()
        self.shard = []


def _release_memory() -> None:
    """Give the memory MkDocs freed while building back to the system before Pagefind starts (glibc keeps
    freed heap otherwise: 452 -> 413 MB at 5,000 seed-length texts), so that the two add up to less."""
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc
            pass


def _index(binary: Path, site_dir: Path, pages: Iterable[tuple[str, bytes]], target: Path) -> str | None:
    """One Pagefind run over `pages` (a page's path under site_dir, what Pagefind is given of it), into the
    bundle folder `target`."""
    # Pagefind reads a folder: the shard's pages go into one (same paths, so the same URLs).
    view = Path(tempfile.mkdtemp(prefix=".sco-shard-", dir=site_dir.parent))
    try:
        for uri, given in pages:
            (view / uri).parent.mkdir(parents=True, exist_ok=True)
            (view / uri).write_bytes(given)
        return run_pagefind(view, target, shown=site_dir, binary=binary)
    finally:
        shutil.rmtree(view, ignore_errors=True)
