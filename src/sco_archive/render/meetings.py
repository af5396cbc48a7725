"""The meetings index page (meetings/index.md): every meeting, newest first, with its facts and counts."""

from __future__ import annotations

from ..model import Meeting
from .frontmatter import page
from .index import Index, meeting_link, ordinal, rel
from .markdown import cell, link, table

MEETINGS_URI = "meetings/index.md"


def meeting_place(meeting: Meeting) -> str:
    """'Moscow, Russia', 'online', or '' when the meeting's place is unknown."""
    return ", ".join(p for p in (meeting.city, meeting.country) if p) or ("online" if meeting.online else "")


def _body(index: Index, meeting: Meeting, here: str) -> str:
    """The body linked to its section of the bodies page, with the meeting's number."""
    if not meeting.body:
        return "–"
    number = f" ({cell(ordinal(meeting.number))} meeting)" if meeting.number else ""
    return link(meeting.body, rel(here, "bodies.md#" + index.body_ids[meeting.body])) + number


def meetings_page(index: Index) -> str:
    """All meetings in one table, newest first: date, meeting, body, place, documents and proposals."""
    here = MEETINGS_URI
    rows = []
    for meeting in index.meetings_newest:
        docs = index.meeting_docs(meeting)
        rows.append([cell(meeting.date), meeting_link(index, meeting.id, here), _body(index, meeting, here),
                     cell(meeting_place(meeting)), str(len(docs)), str(sum(len(d.proposals) for d in docs))])
    count = len(rows)
    body = ["# Meetings",
            f"{count} {'meeting' if count == 1 else 'meetings'}, newest first; by year on the "
            f"[timeline]({rel(here, 'timeline.md')}), by body on the [bodies]({rel(here, 'bodies.md')}) page.",
            table(["Date", "Meeting", "Body", "Place", "Documents", "Proposals"], rows)] if rows else ["# Meetings", "No meetings yet."]
    return page({"title": "Meetings", "search": {"exclude": True}}, "\n\n".join(body))
