"""Downloads: archive.json, its schema, documents.csv, proposals.csv and the Atom feed.

All deterministic: sorted keys and rows, `\\n` newlines, and the feed dated by its newest document
(never the wall clock).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..model import Archive, Document
from ..render.pages import SITE_NAME, city_of, country_of, doc_uri, speaker_name
from .schema import SCHEMA
from ..serialise import document_dict, meeting_dict
from ..slug import slugify

_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_AFTER_BREAK = re.compile(r"(?<=[\r\n])(?=[=+\-@\t\r])")
# Characters XML 1.0 forbids, and bidi controls (which would reorder a feed reader's titles)
_XML_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def to_json(data: object) -> str:
    """Stable, readable JSON with a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


class Streamed:
    """A download made piece by piece: called, it returns the whole text like any other maker, and a
    writer that knows it (the plugin, `site.write`) writes the pieces as they come instead.

    archive.json is 36 MB at 5,000 documents; made in one go, the dicts of every document and the
    pure-Python encoder's list of small strings (json uses it whenever `indent` is set) needed
    225 MB, at the moment MkDocs holds every page, so that it set the build's peak memory.
    """

    def __init__(self, pieces: Callable[[], Iterable[str]]) -> None:
        self.pieces = pieces

    def __call__(self) -> str:
        return "".join(self.pieces())


def write_pieces(path: Path, made: Streamed) -> None:
    """Write a streamed download as UTF-8, a piece at a time."""
    with open(path, "wb") as out:
        for piece in made.pieces():
            out.write(piece.encode("utf-8"))


def _json_list(items: Iterable[object], depth: int) -> Iterator[str]:
    """A JSON list as `to_json` indents it at `depth` (one level of 2 spaces each), an item at a time."""
    pad = "  " * (depth + 1)
    first = True
    for item in items:
        yield ("[\n" if first else ",\n") + pad + json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n" + pad)
        first = False
    yield "[]" if first else "\n" + "  " * depth + "]"


def archive_json(archive: Archive) -> Iterator[str]:
    """archive.json, one document at a time: the same text as to_json(serialise.archive_dict(archive))."""
    yield '{\n  "documents": '
    yield from _json_list((document_dict(d) for d in archive.documents), 1)
    yield ',\n  "meetings": '
    yield from _json_list((meeting_dict(m) for m in archive.meetings), 1)
    yield ',\n  "errors": '
    yield from _json_list(archive.errors, 1)
    yield "\n}\n"


def csv_cell(value: object) -> str:
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading quote, at its start and
    after each line break inside it (a spreadsheet may start a row there)."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA):
        text = "'" + text
    if "\n" in text or "\r" in text:
        text = _FORMULA_AFTER_BREAK.sub("'", text)
    return text


def to_csv(header: list[str], rows: list[list[object]]) -> str:
    """CSV text with `\\n` line ends, every value quoted (a value holding a bare CR, `;` or `,` is then
    one value to any reader, whatever delimiter or line end it assumes)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    writer.writerows([[csv_cell(v) for v in row] for row in rows])
    return out.getvalue()


def documents_csv(archive: Archive) -> str:
    """One row per document."""
    header = ["id", "date", "published", "kind", "title", "speaker", "speaker_title", "body", "number",
              "city", "country", "online", "meeting", "proposals", "themes", "source"]
    rows = [[d.id, d.date, d.published, d.kind, d.title, speaker_name(d), d.speaker.title if d.speaker else None,
             d.body, d.number, city_of(d), country_of(d), bool(d.venue and d.venue.online), d.meeting_id,
             len(d.proposals), ";".join(d.themes), d.source] for d in archive.documents]
    return to_csv(header, rows)


def proposals_csv(archive: Archive) -> str:
    """One row per proposal, in document then number order."""
    header = ["document", "meeting", "date", "speaker", "number", "summary", "text"]
    rows = [[d.id, d.meeting_id, d.date, speaker_name(d), p.number, p.summary, p.text]
            for d in archive.documents for p in d.proposals]
    return to_csv(header, rows)


def xml_text(text: str) -> str:
    """Text safe inside an XML element (escaped; characters XML 1.0 forbids and bidi controls dropped)."""
    return escape(_XML_DROPPED.sub("", text))


def page_url(src_uri: str, directory_urls: bool) -> str:
    """The URL of a page relative to the site root, as MkDocs writes it."""
    stem = src_uri[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    return "" if stem == "index" else (stem[: -len("index")] if stem.endswith("/index") else stem + "/")


def feed_date(doc: Document) -> str | None:
    """The date a document is dated by in the feed: published, else the meeting date."""
    return doc.published or doc.date


def feed_entry(doc: Document, directory_urls: bool) -> str:
    """One Atom entry."""
    day = feed_date(doc) or "1970-01-01"
    parts = [
        "  <entry>",
        f"    <title>{xml_text(doc.title)}</title>",
        f"    <id>urn:sco-archive:document:{slugify(doc.id)}</id>",
        f"    <link href={quoteattr(page_url(doc_uri(doc), directory_urls))}/>",
        f"    <updated>{day}T00:00:00Z</updated>",
    ]
    if doc.speaker:
        parts.append(f"    <author><name>{xml_text(doc.speaker.name)}</name></author>")
    parts += [f"    <category term={quoteattr(_XML_DROPPED.sub('', t))}/>" for t in doc.themes]  # quoteattr escapes
    summary = f"{doc.kind}, {doc.date or 'undated'}, {len(doc.proposals)} proposal(s)"
    parts += [f"    <summary>{xml_text(summary)}</summary>", "  </entry>"]
    return "\n".join(parts)


def feed(archive: Archive, directory_urls: bool = True) -> str:
    """An Atom feed of every document, newest first, dated by the newest document."""
    docs = sorted(archive.documents, key=lambda d: (feed_date(d) or "", d.id), reverse=True)
    newest = max((feed_date(d) for d in docs if feed_date(d)), default="1970-01-01")
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{xml_text(SITE_NAME)}</title>",
        "  <id>urn:sco-archive:feed</id>",
        '  <link rel="self" href="feed.xml"/>',
        '  <link href="./"/>',
        f"  <updated>{newest}T00:00:00Z</updated>",
    ]
    return "\n".join(head + [feed_entry(d, directory_urls) for d in docs] + ["</feed>"]) + "\n"


def data_makers(archive: Archive, directory_urls: bool = True) -> dict[str, Callable[[], str]]:
    """Every download as a function that writes it, keyed by its path in the site."""
    return {
        "archive.json": Streamed(lambda: archive_json(archive)),
        "archive.schema.json": lambda: to_json(SCHEMA),
        "documents.csv": lambda: documents_csv(archive),
        "feed.xml": lambda: feed(archive, directory_urls),
        "proposals.csv": lambda: proposals_csv(archive),
    }


def data_files(archive: Archive, directory_urls: bool = True) -> dict[str, str]:
    """Every download, keyed by its path in the site."""
    return {uri: make() for uri, make in data_makers(archive, directory_urls).items()}
