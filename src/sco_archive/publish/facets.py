"""Facets: the static data behind the filter page, so that filtering needs no search index.

Pagefind answers a search without words by reading every word-index chunk (6 MB at 5,000
documents). Filtering is a job for a table instead, written once at build time:

- `filters/facets.json`: the values of every filter group and, per document (newest first), the
  index of its value in each group. About 25 bytes per document; the page computes matches and
  counts from it.
- `filters/docs-<k>.json`: title, URL and facts of documents k*SHARD .. (k+1)*SHARD - 1 in the same
  order, fetched only for the results shown.

Values are plain text (the page inserts them with `textContent`), each exactly as a document page
gives it to Pagefind (`render.markdown.meta_text`: one line, whitespace runs one space), so that words and
filters together find what the filters alone find; URLs are our own slugs.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from ..model import Archive, Document
from ..render.index import doc_uri, page_url
from ..render.markdown import meta_text

GROUPS = ("speaker", "year", "body", "city", "kind", "theme")
SHARD = 50


def group_values(doc: Document) -> dict[str, list[str]]:
    """A document's values in each filter group (the same values its page gives Pagefind)."""
    raw = {"speaker": [doc.speaker_name], "year": [doc.date and doc.date[:4]], "body": [doc.body], "city": [doc.city],
           "kind": [doc.kind], "theme": doc.themes}
    return {name: _plain(values) for name, values in raw.items()}


def _plain(values) -> list[str]:
    """Values as a page writes them (one line of plain text), without empty ones or repeats."""
    return list(dict.fromkeys(v for v in map(meta_text, filter(None, values)) if v))


def newest_first(archive: Archive) -> list[Document]:
    """Documents by date, newest first; undated last; ties by page path (deterministic)."""
    dated = sorted((d for d in archive.documents if d.date), key=lambda d: doc_uri(d))
    dated.sort(key=lambda d: d.date, reverse=True)
    undated = sorted((d for d in archive.documents if not d.date), key=doc_uri)
    return dated + undated


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def facets(docs: list[Document]) -> str:
    """filters/facets.json for documents in display order."""
    per_doc = [group_values(d) for d in docs]
    groups = {name: sorted({v for values in per_doc for v in values[name]}) for name in GROUPS}
    position = {name: {v: i for i, v in enumerate(values)} for name, values in groups.items()}
    rows = [[[position[name][v] for v in values[name]] for name in GROUPS] for values in per_doc]
    return _dump({"groups": groups, "order": list(GROUPS), "shard": SHARD, "count": len(docs), "docs": rows})


def shard(docs: list[Document], k: int, directory_urls: bool) -> str:
    """filters/docs-<k>.json: [url, title, date, speaker, city] of each document in the shard."""
    rows = [[page_url(doc_uri(d), directory_urls), d.title, d.date or "", d.speaker_name or "", d.city or ""]
            for d in docs[k * SHARD:(k + 1) * SHARD]]
    return _dump(rows)


def facet_makers(archive: Archive, directory_urls: bool = True) -> dict[str, Callable[[], str]]:
    """Every facet file as a function that writes it, keyed by its site path."""
    docs = newest_first(archive)
    out: dict[str, Callable[[], str]] = {"filters/facets.json": lambda: facets(docs)}
    for k in range((len(docs) + SHARD - 1) // SHARD):
        out[f"filters/docs-{k}.json"] = lambda k=k: shard(docs, k, directory_urls)
    return out
