"""The JSON Schema of archive.json (the public contract of `sco-archive extract --json`).

Objects allow additional properties: the contract only ever adds fields.
"""

from __future__ import annotations

_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_OPT_INT = {"type": ["integer", "null"], "minimum": 0}
_STRINGS = {"type": "array", "items": _STR}


def _object(properties: dict, nullable: bool = False) -> dict:
    """An object requiring every listed property."""
    schema = {"type": ["object", "null"] if nullable else "object", "required": sorted(properties),
              "properties": properties}
    return schema


SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "urn:sco-archive:archive.schema.json",
    "title": "SCO Archive",
    "description": "Documents about Shanghai Cooperation Organization meetings and the meetings they form.",
    "type": "object",
    "required": ["documents", "meetings", "errors"],
    "properties": {
        "documents": {"type": "array", "items": {"$ref": "#/$defs/document"}},
        "meetings": {"type": "array", "items": {"$ref": "#/$defs/meeting"}},
        "errors": _STRINGS,
    },
    "$defs": {
        "document": _object({
            "id": _STR,
            "source": _STR,
            "kind": _STR,
            "title": _STR,
            "date": _DATE,
            "published": _DATE,
            "speaker": _object({"name": _STR, "title": _OPT_STR}, nullable=True),
            "venue": _object({"city": _OPT_STR, "country": _OPT_STR, "online": {"type": "boolean"}}, nullable=True),
            "meeting": _object({"id": _STR, "body": _OPT_STR, "number": _OPT_INT}),
            "announced_proposals": _OPT_INT,
            "proposals": {"type": "array", "items": _object({
                "number": {"type": "integer", "minimum": 1}, "text": _STR, "summary": _STR})},
            "themes": _STRINGS,
            "warnings": _STRINGS,
            "overridden": _STRINGS,
            "evidence": {"type": "object", "additionalProperties": _object({"text": _STR, "rule": _STR})},
            "removed": {"type": "array", "items": _object({
                "line": {"type": "integer", "minimum": 1}, "text": _STR, "reason": _STR})},
            "notes": _STRINGS,
            "title_generated": {"type": "boolean"},
            "text": _STR,
        }),
        "meeting": _object({
            "id": _STR,
            "date": _DATE,
            "body": _OPT_STR,
            "number": _OPT_INT,
            "city": _OPT_STR,
            "country": _OPT_STR,
            "online": {"type": "boolean"},
            "documents": _STRINGS,
        }),
    },
}


# What each field means: part of the schema (so archive.schema.json documents itself) and the source
# of the data dictionary page, which therefore cannot drift from the contract.
DESCRIPTIONS: dict[str, str] = {
    "documents": "Every text of the archive, one record each, sorted by id.",
    "meetings": "The meetings the documents form, oldest first.",
    "errors": "One line per input that could not be used: the file and what is wrong.",
    "document.id": "The file name without .txt; stable, and the key of the document's page.",
    "document.source": "The path of the text as it was given.",
    "document.kind": "report, remarks (a speech's own text), interview, press_conference, statement or other.",
    "document.title": "The text's own headline, or a generated one (see title_generated).",
    "document.date": "The day of the meeting the text is about (YYYY-MM-DD); null when unknown.",
    "document.published": "The publication date, only when the text shows one.",
    "document.speaker": "The person whose words the text reports; null for statements or when none is found.",
    "document.speaker.name": "Full name as written in the text.",
    "document.speaker.title": "Title as written beside the name, without a nationality adjective.",
    "document.venue": "Where the meeting took place; null when the text does not say.",
    "document.venue.city": "City, spelled as in the places data when known.",
    "document.venue.country": "Country of the city, from the places data.",
    "document.venue.online": "True for video or virtual meetings.",
    "document.meeting": "The meeting the document belongs to.",
    "document.meeting.id": "Stable meeting id: date, body and city, e.g. 2020-09-10-council-of-foreign-ministers-moscow "
                           "(-2, -3, ... added when two meetings would have the same id).",
    "document.meeting.body": "The SCO body, e.g. Council of Foreign Ministers.",
    "document.meeting.number": "The meeting's number ('the 20th meeting' is 20), or null.",
    "document.announced_proposals": "The number of proposals the text announces ('a five-point proposal'), or null.",
    "document.proposals": "The enumerated proposals the speaker put forward, in order.",
    "document.proposals.number": "Position in the list, from 1.",
    "document.proposals.text": "The whole item, up to where the list ends and the narrative resumes.",
    "document.proposals.summary": "The item's first sentence without its list marker.",
    "document.themes": "Themes from the keyword data (security, health, economy, ...).",
    "document.warnings": "What the extractor is unsure about; a pinned field removes its warning.",
    "document.overridden": "Fields pinned in the sidecar <id>.yml.",
    "document.evidence": "For each field, the text it came from and the rule that found it (or where it was pinned).",
    "document.evidence.text": "The sentence or line the value came from.",
    "document.evidence.rule": "The name of the rule, or 'pinned in <sidecar>:<line>'.",
    "document.removed": "Every line cleaning removed, with its reason: nothing is silently lost.",
    "document.removed.line": "Line number in the raw text (from 1).",
    "document.removed.text": "The removed text.",
    "document.removed.reason": "Why it was removed (navigation menu, photo caption, repeated paragraph, ...).",
    "document.notes": "Facts worth knowing that are not doubts, e.g. a date taken from the meeting.",
    "document.title_generated": "True when the title was generated because the text has no headline.",
    "document.text": "The clean text, paragraphs separated by blank lines.",
    "meeting.id": "Stable meeting id (see document.meeting.id).",
    "meeting.date": "The meeting's day: the most common date among its documents.",
    "meeting.body": "The SCO body.",
    "meeting.number": "The meeting's number, or null.",
    "meeting.city": "Host city.",
    "meeting.country": "Host country.",
    "meeting.online": "True when any document says the meeting was held by video.",
    "meeting.documents": "Ids of the documents about this meeting.",
}


def _describe(schema: dict, path: str) -> None:
    """Copy DESCRIPTIONS into the schema's properties, recursively."""
    for name, prop in schema.get("properties", {}).items():
        key = f"{path}.{name}" if path else name
        if key in DESCRIPTIONS:
            prop["description"] = DESCRIPTIONS[key]
        target = prop.get("items", prop)
        if "$ref" not in target:
            _describe(target, key)


_describe(SCHEMA, "")
for _name, _definition in SCHEMA["$defs"].items():
    _describe(_definition, _name)
