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
