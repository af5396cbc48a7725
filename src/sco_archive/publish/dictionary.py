"""The data dictionary page, generated from the field table so it cannot drift from the contract."""

from __future__ import annotations

from ..fields import ARCHIVE, DOCUMENT, MEETING, Field, walk
from ..render.markdown import cell
from .schema import field_schema

_HEAD = ("| field | type | always present | meaning | on the pages | column in the CSVs | pinned in a sidecar as |\n"
         "|---|---|---|---|---|---|---|")


def _type(schema: dict) -> str:
    """A schema's type in words: "string or null", "list of document"."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    kind = schema.get("type", "object")
    kinds = kind if isinstance(kind, list) else [kind]
    if "array" in kinds:
        return f"list of {_type(schema['items'])}"
    return " or ".join(kinds)


def _rows(fields: tuple[Field, ...], prefix: str) -> list[str]:
    """One row per field (every field of an object is always present)."""
    return [f"| `{prefix}{path}` | {cell(_type(field_schema(field)))} | yes | {cell(field.description)} | {cell(field.label)} "
            f"| {cell(field.csv)} | {cell(field.sidecar)} |" for path, field in walk(fields)]


def dictionary_page() -> str:
    """Markdown: one table per object of archive.json."""
    parts = [
        "---\ntitle: Data dictionary\n---\n",
        "# Data dictionary\n",
        "The fields of `archive.json` and of `sco-archive extract --json` (the public contract: fields are only "
        "ever added), with their label on the pages, their column in documents.csv (a proposal's: in proposals.csv) "
        "and what a sidecar may pin them to. The JSON Schema: [archive.schema.json](archive.schema.json).\n",
    ]
    for title, fields, prefix in (("The archive", ARCHIVE, ""), ("Document", DOCUMENT, "document."), ("Meeting", MEETING, "meeting.")):
        parts += [f"## {title}\n", _HEAD, *_rows(fields, prefix), ""]
    return "\n".join(parts)
