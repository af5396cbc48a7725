"""Downloads: archive.json, its schema, documents.csv and proposals.csv (and the Atom feed, feed.py).

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

from ..fields import DOCUMENTS_CSV, PROPOSAL, PROPOSALS_CSV, field, value
from ..model import Archive, Document
from ..render.index import Site, doc_uri, page_url
from ..serialise import document_dict, meeting_dict
from .feed import feed
from .schema import SCHEMA

_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_AFTER_BREAK = re.compile(r"(?<=[\r\n])(?=[=+\-@\t\r])")


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


class Pieces:
    """The pieces of the downloads made from one record each (a document's entry in archive.json, its rows
    of the CSV files), remembered from one build to the next under `mkdocs serve`: after an edit only
    the pieces of the records that changed are made again. A piece unused for a whole build is forgotten."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], tuple[object, str]] = {}
        self.before: dict[tuple[str, str], tuple[object, str]] = {}

    def next_build(self) -> None:
        self.before, self.kept = self.kept, {}

    def get(self, kind: str, key: str, record: object, make: Callable[[], str]) -> str:
        """The piece `kind` of the record named `key`: as made last time when the record is equal, else `make()`."""
        found = self.kept.get((kind, key)) or self.before.get((kind, key))
        if found is None or found[0] != record:
            found = (record, make())
        self.kept[(kind, key)] = found
        return found[1]


def _piece(pieces: Pieces | None, kind: str, key: str, record: object, make: Callable[[], str]) -> str:
    return make() if pieces is None else pieces.get(kind, key, record, make)


def _json_item(item: object, depth: int) -> str:
    """An item of a JSON list as `to_json` indents it at `depth` (one level of 2 spaces each)."""
    pad = "  " * (depth + 1)
    return pad + json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n" + pad)


def _json_list(items: Iterable[str], depth: int) -> Iterator[str]:
    """A JSON list of items made by `_json_item`, an item at a time."""
    first = True
    for item in items:
        yield "[\n" if first else ",\n"
        yield item
        first = False
    yield "[]" if first else "\n" + "  " * depth + "]"


def archive_json(archive: Archive, pieces: Pieces | None = None) -> Iterator[str]:
    """archive.json, one document at a time: the same text as to_json(serialise.archive_dict(archive))."""
    yield '{\n  "documents": '
    yield from _json_list((_piece(pieces, "json", d.id, d, lambda d=d: _json_item(document_dict(d), 1))
                           for d in archive.documents), 1)
    yield ',\n  "meetings": '
    yield from _json_list((_piece(pieces, "json meeting", m.id, m, lambda m=m: _json_item(meeting_dict(m), 1))
                           for m in archive.meetings), 1)
    yield ',\n  "errors": '
    yield from _json_list((_json_item(e, 1) for e in archive.errors), 1)
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
    return _csv_lines([header]) + _csv_lines([[csv_cell(v) for v in row] for row in rows])


def _csv_lines(rows: list[list[object]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
    return out.getvalue()


def _csv_value(doc: Document, path: str) -> object:
    """A document's value in the CSV column of the field at `path`."""
    found = field(path)
    return found.csv_value(doc) if found.csv_value else value(doc, path)


def documents_csv(archive: Archive, pieces: Pieces | None = None) -> str:
    """One row per document."""
    header = [field(path).csv for path in DOCUMENTS_CSV]
    return _csv_lines([header]) + "".join(
        _piece(pieces, "csv", d.id, d, lambda d=d: _csv_lines([[csv_cell(_csv_value(d, path)) for path in DOCUMENTS_CSV]]))
        for d in archive.documents)


def proposal_url(site: Site, doc: Document, anchor: str) -> str:
    """A proposal's address: absolute with an absolute site_url, else from the site's root."""
    return site.address(doc_uri(doc), anchor) or f"{page_url(doc_uri(doc), site.directory_urls)}#{anchor}"


def _proposal_rows(doc: Document, site: Site) -> str:
    """A document's rows of proposals.csv."""
    return _csv_lines([[csv_cell(v) for v in [doc.id, doc.meeting_id, doc.date, doc.speaker_name]
                        + [value(p, name, PROPOSAL) for name in PROPOSALS_CSV] + [proposal_url(site, doc, p.anchor)]]
                       for p in doc.proposals])


def proposals_csv(archive: Archive, site: Site = Site(), pieces: Pieces | None = None) -> str:
    """One row per proposal, in document then number order: the document's id, meeting, date and speaker
    first, the proposal's address on its document's page last."""
    header = ["document", "meeting", "date", "speaker"] + [field(name, PROPOSAL).csv for name in PROPOSALS_CSV] + ["url"]
    return _csv_lines([header]) + "".join(_piece(pieces, "proposals", d.id, (d, site), lambda d=d: _proposal_rows(d, site))
                                          for d in archive.documents)


def data_makers(archive: Archive, site: Site = Site(), pieces: Pieces | None = None) -> dict[str, Callable[[], str]]:
    """Every download as a function that writes it, keyed by its path in the site (`pieces`: see Pieces)."""
    return {
        "archive.json": Streamed(lambda: archive_json(archive, pieces)),
        "archive.schema.json": lambda: to_json(SCHEMA),
        "documents.csv": lambda: documents_csv(archive, pieces),
        "feed.xml": lambda: feed(archive, site),
        "proposals.csv": lambda: proposals_csv(archive, site, pieces),
    }


def made_size(make: Callable[[], str]) -> int:
    """The size in bytes of a download as written (UTF-8), a streamed one counted piece by piece."""
    if isinstance(make, Streamed):
        return sum(len(piece.encode("utf-8")) for piece in make.pieces())
    return len(make().encode("utf-8"))


def data_sizes(makers: dict[str, Callable[[], str]]) -> dict[str, int]:
    """The size of every download, for the downloads page (each is made once more to be measured:
    archive.json a piece at a time, never held whole)."""
    return {name: made_size(make) for name, make in makers.items()}


def data_files(archive: Archive, site: Site = Site()) -> dict[str, str]:
    """Every download, keyed by its path in the site."""
    return {uri: make() for uri, make in data_makers(archive, site).items()}
