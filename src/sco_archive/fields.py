"""The public fields of the archive, in one table: what `sco-archive extract --json` and archive.json
hold, their JSON Schema and meaning, and where else each one shows (label on the pages, column in
documents.csv, what a sidecar may pin it to).

Everything that lists fields reads it: the serialiser, the JSON Schema, the data dictionary, the
sidecar checks, the facts boxes of document and meeting pages, the CSVs. A new field is a row here
(and its extractor); the views below say where it is shown, in order.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .extract.kinds import KINDS

_DATE = r"^\d{4}-\d{2}-\d{2}$"


@dataclass(frozen=True, eq=False)  # (compared and hashed as itself: `field` looks fields up by their table)
class Field:
    """One public field of a record."""

    name: str
    schema: dict  # its JSON Schema, without description (a container: without the fields it holds)
    description: str
    get: Callable[[Any], Any]  # its JSON value, from the record (or object) it belongs to
    label: str | None = None  # its name on the pages
    csv: str | None = None  # its column in documents.csv (or proposals.csv, for a proposal's fields)
    csv_value: Callable[[Any], Any] | None = None  # its value there, from the document, if not its JSON value
    sidecar: str | None = None  # what a sidecar may pin it to; None: it cannot be pinned
    children: tuple[Field, ...] = ()  # the fields of the object(s) it holds
    many: str | None = None  # how it holds them: one object (None), a "list" or a "map" keyed by name
    ref: str | None = None  # the objects are this named record of the schema ($defs)


PROPOSAL = (
    Field("number", {"type": "integer", "minimum": 1}, "Position in the list, from 1.", lambda p: p.number,
          label="No.", csv="number"),
    Field("text", {"type": "string"}, "The whole item, up to where the list ends and the narrative resumes.",
          lambda p: p.text, csv="text"),
    Field("summary", {"type": "string"}, "The item's first sentence without its list marker.", lambda p: p.summary,
          label="Summary", csv="summary"),
    Field("anchor", {"type": "string", "pattern": "^proposal-[0-9]+$"},
          "The proposal's anchor on its document's page, e.g. proposal-3: documents/<page>/#proposal-3 links to it alone.",
          lambda p: p.anchor, csv="anchor"),
)

DOCUMENT = (
    Field("id", {"type": "string"}, "The file name without .txt; stable, and the key of the document's page.",
          lambda d: d.id, csv="id"),
    Field("source", {"type": "string"}, "The path of the text as it was given.", lambda d: d.source,
          label="Source", csv="source"),
    Field("kind", {"type": "string"}, "report, remarks (a speech's own text), interview, press_conference, statement or other.",
          lambda d: d.kind, label="Kind", csv="kind", sidecar="one of " + ", ".join(KINDS)),
    Field("title", {"type": "string"}, "The text's own headline, or a generated one (see title_generated).",
          lambda d: d.title, label="Title", csv="title", sidecar="text"),
    Field("date", {"type": ["string", "null"], "pattern": _DATE},
          "The day of the meeting the text is about (YYYY-MM-DD); null when unknown.", lambda d: d.date,
          label="Date", csv="date", sidecar="a date YYYY-MM-DD"),
    Field("published", {"type": ["string", "null"], "pattern": _DATE}, "The publication date, only when the text shows one.",
          lambda d: d.published, label="Published", csv="published", sidecar="a date YYYY-MM-DD or null"),
    Field("publisher", {"type": ["string", "null"]}, "The outlet the text names as its publisher (a source line, an "
          "outlet line, a dateline or a copyright line); null when it names none.", lambda d: d.publisher, label="Publisher"),
    Field("speaker", {"type": ["object", "null"]},
          "The person whose words the text reports; null for statements or when none is found.", lambda d: d.speaker,
          label="Speaker", sidecar="a mapping with name and title, or null", children=(
              Field("name", {"type": "string"}, "Full name as written in the text.", lambda s: s.name,
                    label="Speaker", csv="speaker", sidecar="text"),
              Field("title", {"type": ["string", "null"]}, "Title as written beside the name, without a nationality adjective.",
                    lambda s: s.title, label="Speaker's title", csv="speaker_title", sidecar="text"),
          )),
    Field("venue", {"type": ["object", "null"]}, "Where the meeting took place; null when the text does not say.",
          lambda d: d.venue, label="Venue", sidecar="a mapping with city, country, online, or null", children=(
              Field("city", {"type": ["string", "null"]}, "City, spelled as in the places data when known.",
                    lambda v: v.city, label="City", csv="city", sidecar="text"),
              Field("country", {"type": ["string", "null"]}, "Country of the city, from the places data.",
                    lambda v: v.country, label="Country", csv="country", sidecar="text"),
              Field("online", {"type": "boolean"}, "True for video or virtual meetings.", lambda v: v.online,
                    csv="online", csv_value=lambda d: d.online, sidecar="true or false"),
          )),
    Field("meeting", {"type": "object"}, "The meeting the document belongs to.", lambda d: d,
          sidecar="a mapping with body and number", children=(
              Field("id", {"type": "string"}, "Stable meeting id: date, body and city, e.g. "
                    "2020-09-10-council-of-foreign-ministers-moscow (-2, -3, ... added when two meetings would have the same id).",
                    lambda d: d.meeting_id, label="Meeting", csv="meeting"),
              Field("body", {"type": ["string", "null"]}, "The SCO body, e.g. Council of Foreign Ministers.", lambda d: d.body,
                    label="Body", csv="body", sidecar="text"),
              Field("number", {"type": ["integer", "null"], "minimum": 0}, "The meeting's number ('the 20th meeting' is 20), or null.",
                    lambda d: d.number, label="Meeting number", csv="number", sidecar="a whole number from 1, or null"),
          )),
    Field("announced_proposals", {"type": ["integer", "null"], "minimum": 0},
          "The number of proposals the text announces ('a five-point proposal'), or null.", lambda d: d.announced_proposals,
          label="Announced proposals", sidecar="a whole number or null"),
    Field("proposals", {"type": "array"}, "The enumerated proposals the speaker put forward, in order.", lambda d: d.proposals,
          label="Proposals", csv="proposals", csv_value=lambda d: len(d.proposals), sidecar="a list of texts (or of mappings with text and summary)",
          children=PROPOSAL, many="list"),
    Field("themes", {"type": "array", "items": {"type": "string"}}, "Themes from the keyword data (security, health, economy, ...).",
          lambda d: list(d.themes), label="Themes", csv="themes", csv_value=lambda d: ";".join(d.themes),
          sidecar="a list of theme names"),
    Field("warnings", {"type": "array", "items": {"type": "string"}},
          "What the extractor is unsure about; a pinned field removes its warning.", lambda d: [str(w) for w in d.warnings],
          label="Warnings"),
    Field("overridden", {"type": "array", "items": {"type": "string"}}, "Fields pinned in the sidecar <id>.yml.",
          lambda d: list(d.overridden)),
    Field("evidence", {"type": "object"},
          "For each field, the text it came from and the rule that found it (or where it was pinned).", lambda d: d.evidence,
          label="Provenance", many="map", children=(
              Field("text", {"type": "string"}, "The sentence or line the value came from.", lambda e: e.text, label="Evidence"),
              Field("rule", {"type": "string"}, "The name of the rule, or 'pinned in <sidecar>:<line>'.", lambda e: e.rule,
                    label="Rule"),
          )),
    Field("removed", {"type": "array"}, "Every line cleaning removed, with its reason: nothing is silently lost.",
          lambda d: d.removed, label="Removed while cleaning", many="list", children=(
              Field("line", {"type": "integer", "minimum": 1}, "Line number in the raw text (from 1).", lambda r: r.line,
                    label="Line"),
              Field("text", {"type": "string"}, "The removed text.", lambda r: r.text, label="Text"),
              Field("reason", {"type": "string"}, "Why it was removed (navigation menu, photo caption, repeated paragraph, ...).",
                    lambda r: r.reason, label="Reason"),
          )),
    Field("notes", {"type": "array", "items": {"type": "string"}},
          "Facts worth knowing that are not doubts, e.g. a date taken from the meeting.", lambda d: [str(n) for n in d.notes],
          label="Notes"),
    Field("title_generated", {"type": "boolean"}, "True when the title was generated because the text has no headline.",
          lambda d: d.title_generated),
    Field("text", {"type": "string"}, "The clean text, paragraphs separated by blank lines.", lambda d: d.text),
)

MEETING = (
    Field("id", {"type": "string"}, "Stable meeting id (see document.meeting.id).", lambda m: m.id),
    Field("date", {"type": ["string", "null"], "pattern": _DATE}, "The meeting's day: the most common date among its documents.",
          lambda m: m.date, label="Date"),
    Field("body", {"type": ["string", "null"]}, "The SCO body.", lambda m: m.body, label="Body"),
    Field("number", {"type": ["integer", "null"], "minimum": 0}, "The meeting's number, or null.", lambda m: m.number,
          label="Number"),
    Field("city", {"type": ["string", "null"]}, "Host city.", lambda m: m.city, label="City"),
    Field("country", {"type": ["string", "null"]}, "Host country.", lambda m: m.country, label="Country"),
    Field("online", {"type": "boolean"}, "True when any document says the meeting was held by video.", lambda m: m.online,
          label="Online"),
    Field("documents", {"type": "array", "items": {"type": "string"}}, "Ids of the documents about this meeting.",
          lambda m: list(m.documents), label="Documents"),
)

ARCHIVE = (
    Field("documents", {"type": "array"}, "Every text of the archive, one record each, sorted by id.", lambda a: a.documents,
          children=DOCUMENT, many="list", ref="document"),
    Field("meetings", {"type": "array"}, "The meetings the documents form, oldest first.", lambda a: a.meetings,
          children=MEETING, many="list", ref="meeting"),
    Field("errors", {"type": "array", "items": {"type": "string"}},
          "One line per input that could not be used: the file and what is wrong.", lambda a: list(a.errors)),
)

# ---------------------------------------------------------------- where fields show, in order

FACTS = ("kind", "date", "published", "speaker.name", "speaker.title", "meeting.id", "venue.city", "venue.country",
         "themes", "proposals", "source")  # the facts box of a document page
MEETING_FACTS = ("body", "number", "date", "city", "country", "online")  # the facts table of a meeting page
DOCUMENTS_CSV = ("id", "date", "published", "kind", "title", "speaker.name", "speaker.title", "meeting.body",
                 "meeting.number", "venue.city", "venue.country", "venue.online", "meeting.id", "proposals", "themes", "source")
PROPOSALS_CSV = ("number", "summary", "text", "anchor")  # after the document's id, meeting, date and speaker; the page's url last


def walk(fields: tuple[Field, ...], prefix: str = "") -> list[tuple[str, Field]]:
    """Every field with its dotted path ("speaker.name"), parents before their children, in order."""
    out = []
    for field in fields:
        path = prefix + field.name
        out.append((path, field))
        if field.children and not field.ref:
            out += walk(field.children, path + ".")
    return out


@functools.lru_cache(maxsize=None)  # a few dozen paths, asked for on every page
def field(path: str, fields: tuple[Field, ...] = DOCUMENT) -> Field:
    """The field at a dotted path, e.g. field("speaker.name")."""
    return dict(walk(fields))[path]


def value(record: object, path: str, fields: tuple[Field, ...] = DOCUMENT) -> Any:
    """The value of the field at a dotted path, from the record; None when an object on the way is."""
    head, _, rest = path.partition(".")
    found = next(f for f in fields if f.name == head)
    got = found.get(record)
    return got if not rest or got is None else value(got, rest, found.children)


def sidecar_keys() -> dict[str, Field]:
    """The fields a sidecar may pin, by key, in table order."""
    return {f.name: f for f in DOCUMENT if f.sidecar}
