"""The public JSON contract of `sco-archive extract --json` (and archive.json)."""

from __future__ import annotations

from .model import Archive, Document, Meeting


def document_dict(doc: Document) -> dict:
    """One document as in the contract; new keys are only ever added."""
    return {
        "id": doc.id,
        "source": doc.source,
        "kind": doc.kind,
        "title": doc.title,
        "date": doc.date,
        "published": doc.published,
        "speaker": {"name": doc.speaker.name, "title": doc.speaker.title} if doc.speaker else None,
        "venue": {"city": doc.venue.city, "country": doc.venue.country, "online": doc.venue.online} if doc.venue else None,
        "meeting": {"id": doc.meeting_id, "body": doc.body, "number": doc.number},
        "announced_proposals": doc.announced_proposals,
        "proposals": [{"number": p.number, "text": p.text, "summary": p.summary} for p in doc.proposals],
        "themes": list(doc.themes),
        "warnings": list(doc.warnings),
        "overridden": list(doc.overridden),
        "evidence": {k: {"text": v.text, "rule": v.rule} for k, v in sorted(doc.evidence.items())},
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in doc.removed],
        "notes": list(doc.notes),
        "title_generated": doc.title_generated,
        "text": doc.text,
    }


def meeting_dict(meeting: Meeting) -> dict:
    return {
        "id": meeting.id,
        "date": meeting.date,
        "body": meeting.body,
        "number": meeting.number,
        "city": meeting.city,
        "country": meeting.country,
        "online": meeting.online,
        "documents": list(meeting.documents),
    }


def archive_dict(archive: Archive) -> dict:
    return {
        "documents": [document_dict(d) for d in archive.documents],
        "meetings": [meeting_dict(m) for m in archive.meetings],
        "errors": list(archive.errors),
    }
