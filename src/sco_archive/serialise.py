"""The public JSON contract of `sco-archive extract --json` (and archive.json), from the field table."""

from __future__ import annotations

from .fields import ARCHIVE, DOCUMENT, MEETING, Field
from .model import Archive, Document, Meeting


def record_dict(fields: tuple[Field, ...], record: object) -> dict:
    """A record as in the contract: each field's JSON value, in table order."""
    return {f.name: _json(f, f.get(record)) for f in fields}


def _json(field: Field, got: object) -> object:
    """A field's value as JSON: the objects it holds as dicts (a map's in key order)."""
    if not field.children or got is None:
        return got
    if field.many == "list":
        return [record_dict(field.children, item) for item in got]
    if field.many == "map":
        return {key: record_dict(field.children, item) for key, item in sorted(got.items())}
    return record_dict(field.children, got)


def document_dict(doc: Document) -> dict:
    """One document as in the contract; new keys are only ever added."""
    return record_dict(DOCUMENT, doc)


def meeting_dict(meeting: Meeting) -> dict:
    """One meeting as in the contract."""
    return record_dict(MEETING, meeting)


def archive_dict(archive: Archive) -> dict:
    """The whole archive as in the contract."""
    return record_dict(ARCHIVE, archive)
