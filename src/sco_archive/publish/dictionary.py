"""The data dictionary page, generated from the JSON Schema so it cannot drift from the contract."""

from __future__ import annotations

from ..render.markdown import cell
from .schema import SCHEMA


def _type(prop: dict) -> str:
    if "$ref" in prop:
        return prop["$ref"].rsplit("/", 1)[-1]
    kind = prop.get("type", "object")
    kinds = kind if isinstance(kind, list) else [kind]
    if "array" in kinds:
        return f"list of {_type(prop['items'])}"
    return " or ".join(kinds)


def _rows(schema: dict, path: str) -> list[str]:
    rows = []
    required = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        key = f"{path}.{name}" if path else name
        rows.append(f"| `{key}` | {cell(_type(prop))} | {'yes' if name in required else 'no'} | {cell(prop.get('description', ''))} |")
        target = prop.get("items", prop)
        if "$ref" not in target and target.get("properties"):
            rows += _rows(target, key)
    return rows


def dictionary_page() -> str:
    """Markdown: one table per object of archive.json."""
    head = "| field | type | always present | meaning |\n|---|---|---|---|"
    parts = [
        "---\ntitle: Data dictionary\n---\n",
        "# Data dictionary\n",
        "The fields of `archive.json` and of `sco-archive extract --json` (the public contract: fields are only "
        "ever added). This page is generated from the JSON Schema ([archive.schema.json](archive.schema.json)).\n",
        "## The archive\n", head, *_rows(SCHEMA, ""), "",
    ]
    for name, definition in SCHEMA["$defs"].items():
        parts += [f"## {name.capitalize()}\n", head, *_rows(definition, name), ""]
    return "\n".join(parts)
