"""The JSON Schema of archive.json (the public contract of `sco-archive extract --json`), from the
field table: each field's own schema and description.

Objects allow additional properties: the contract only ever adds fields.
"""

from __future__ import annotations

import copy

from ..fields import ARCHIVE, DOCUMENT, MEETING, Field


def field_schema(field: Field) -> dict:
    """The schema of one field, with the fields of the objects it holds, and its description."""
    schema = copy.deepcopy(field.schema)
    if field.ref:
        schema["items"] = {"$ref": f"#/$defs/{field.ref}"}
    elif field.children:
        held = object_schema(field.children)
        if field.many == "list":
            schema["items"] = held
        elif field.many == "map":
            schema["additionalProperties"] = held
        else:
            schema.update(required=held["required"], properties=held["properties"])
    schema["description"] = field.description
    return schema


def object_schema(fields: tuple[Field, ...]) -> dict:
    """An object requiring every listed field."""
    return {"type": "object", "required": sorted(f.name for f in fields), "properties": {f.name: field_schema(f) for f in fields}}


SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "urn:sco-archive:archive.schema.json",
    "title": "SCO Archive",
    "description": "Documents about Shanghai Cooperation Organization meetings and the meetings they form.",
    "type": "object",
    "required": [f.name for f in ARCHIVE],
    "properties": {f.name: field_schema(f) for f in ARCHIVE},
    "$defs": {"document": object_schema(DOCUMENT), "meeting": object_schema(MEETING)},
}
