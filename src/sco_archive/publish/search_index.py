"""The search index in shards: Pagefind runs once per few hundred pages, never over the whole site.

Pagefind's indexer holds everything it indexes in memory, about 0.4 MB per document page of
seed-length text (the article alone costs the same as the whole page: it is the words, not the
HTML), so one run over a 5,000-text site needs some 2 GB. Here the indexed pages (those with
`data-pagefind-body`) are dealt by a hash of their path into ceil(pages / `SHARD_PAGES`) shards (about
SHARD_PAGES each; when the count crosses a multiple, every page is dealt again, once), and each
shard is indexed by its own Pagefind run into its own bundle: `pagefind/` (the first) and
`pagefind-1/`, `pagefind-2/`, ... `pagefind/shards.json` lists the others, which the header search
and the filter page merge into the first with Pagefind's `mergeIndex`. Memory is then bounded by a
shard, whatever N.

A shard's bundle depends only on its pages' HTML, so under `mkdocs serve` a shard whose pages are
byte-identical to the previous build's keeps its bundle (incremental.py); an edit re-indexes the one
or two shards its pages fall into. With one shard (up to SHARD_PAGES pages) the layout is the one
Pagefind writes alone.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .indexing import pagefind_binary, run_pagefind

# Pages per shard: ~0.4 MB of Pagefind memory each on seed-length documents, so ~200 MB a run; each
# shard costs a word query three small requests (its entry, metadata and one word chunk).
SHARD_PAGES = 500
MANIFEST = "shards.json"


def shard_count(pages: int, per_shard: int = SHARD_PAGES) -> int:
    return max(1, -(-pages // per_shard))


def bundle_name(shard: int) -> str:
    return "pagefind" if shard == 0 else f"pagefind-{shard}"


def shard_of(uri: str, shards: int) -> int:
    """A page's shard: a stable hash of its path (an added page moves no other page)."""
    return int.from_bytes(hashlib.sha256(uri.encode("utf-8")).digest()[:8], "big") % shards


def plan(outputs: dict[str, tuple[str, bool]], per_shard: int = SHARD_PAGES) -> dict[str, list[str]]:
    """The pages of every bundle, by bundle folder: the indexed pages of `outputs` (dest_uri -> (digest, indexed))."""
    indexed = sorted(uri for uri, (_, searched) in outputs.items() if searched)
    count = shard_count(len(indexed), per_shard)
    bundles: dict[str, list[str]] = {bundle_name(i): [] for i in range(count)}
    for uri in indexed:
        bundles[bundle_name(shard_of(uri, count))].append(uri)
    return bundles


def shard_digest(pages: list[str], outputs: dict[str, tuple[str, bool]], shards: int) -> str:
    text = f"{shards}\n" + "".join(f"{uri}\0{outputs[uri][0]}\n" for uri in pages)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def index_site(site_dir: Path, outputs: dict[str, tuple[str, bool]], rebuild=None,
               per_shard: int | None = None) -> str | None:
    """Index the site's pages shard by shard; a one-line problem, or None when it worked.

    `rebuild` (incremental.Rebuild) gives back a previous bundle whose pages are unchanged."""
    binary = pagefind_binary()
    if binary is None:
        return f"{site_dir}: pagefind is not installed (pip install 'pagefind[bin]'); the filter page will not work"
    bundles = plan(outputs, per_shard or SHARD_PAGES)
    _release_memory()
    for name, pages in bundles.items():
        target = site_dir / name
        shutil.rmtree(target, ignore_errors=True)
        kept = rebuild.previous_bundle(name, shard_digest(pages, outputs, len(bundles))) if rebuild else None
        if kept is not None:
            os.replace(kept, target)
            continue
        if pages:
            problem = _index(binary, site_dir, pages, target)
            if problem:
                return problem
    if bundles.get("pagefind"):
        others = [f"{name}/" for name in bundles if name != "pagefind"]
        (site_dir / "pagefind" / MANIFEST).write_text(json.dumps({"merge": others}) + "\n", encoding="utf-8")
    return None


def _release_memory() -> None:
    """Give the memory MkDocs freed while building back to the system before Pagefind starts (glibc keeps
    freed heap otherwise: 452 -> 413 MB at 5,000 seed-length texts), so that the two add up to less."""
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc
            pass


def _index(binary: Path, site_dir: Path, pages: list[str], target: Path) -> str | None:
    """One Pagefind run over `pages` (paths under site_dir), into the bundle folder `target`."""
    # Pagefind reads a folder: the shard's pages are linked into one (same paths, so the same URLs).
    view = Path(tempfile.mkdtemp(prefix=".sco-shard-", dir=site_dir.parent))
    try:
        for uri in pages:
            link = view / uri
            link.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site_dir / uri, link)
            except OSError:  # another file system, or no hard links: a copy
                shutil.copyfile(site_dir / uri, link)
        return run_pagefind(view, target, shown=site_dir, binary=binary)
    finally:
        shutil.rmtree(view, ignore_errors=True)
