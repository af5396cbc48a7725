"""Overrides: a sidecar `<stem>.yml` next to a text pins any field; errors name file, line and key."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import yaml

from .extract.kinds import KINDS
from .model import Document, Evidence, Proposal, Speaker, Venue


class OverrideError(Exception):
    """A sidecar that cannot be applied; the message is one line naming file, line and key."""


_FIELDS = {
    "kind": "one of " + ", ".join(KINDS),
    "title": "text",
    "date": "a date YYYY-MM-DD",
    "published": "a date YYYY-MM-DD or null",
    "speaker": "a mapping with name and title, or null",
    "venue": "a mapping with city, country, online, or null",
    "meeting": "a mapping with body and number",
    "announced_proposals": "a whole number or null",
    "proposals": "a list of texts (or of mappings with text and summary)",
    "themes": "a list of theme names",
}
_SUB = {"speaker": {"name", "title"}, "venue": {"city", "country", "online"}, "meeting": {"body", "number"}}


def sidecar_for(text_path: Path) -> Path | None:
    """The sidecar of a text, if there is one (.yml or .yaml)."""
    for suffix in (".yml", ".yaml"):
        candidate = text_path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def load(path: Path, shown: str) -> dict[str, tuple[object, int]]:
    """Parse and validate a sidecar into {field: (value, line)}."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise OverrideError(f"{shown}{line}: bad YAML, {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OverrideError(f"{shown}: cannot be read ({exc})") from None
    if data is None:
        return {}
    if not isinstance(data, dict) or node is None or not isinstance(node, yaml.MappingNode):
        raise OverrideError(f"{shown}:1: a sidecar must be a mapping of field: value")
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    out = {}
    for key, value in data.items():
        line = lines.get(str(key), 1)
        if key not in _FIELDS:
            raise OverrideError(f"{shown}:{line}: unknown key '{key}' (allowed: {', '.join(_FIELDS)})")
        out[key] = (_check(key, value, f"{shown}:{line}"), line)
    return out


def _date(value: object, where: str, key: str, nullable: bool) -> str | None:
    if value is None and nullable:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise OverrideError(f"{where}: '{key}' must be {_FIELDS[key]}, got {value!r}")


def _check(key: str, value: object, where: str) -> object:
    """Check a value's type; return it normalised."""
    def bad() -> OverrideError:
        return OverrideError(f"{where}: '{key}' must be {_FIELDS[key]}, got {value!r}")

    if key == "kind":
        if value not in KINDS:
            raise bad()
        return value
    if key == "title":
        if not isinstance(value, str) or not value.strip():
            raise bad()
        return value.strip()
    if key in ("date", "published"):
        return _date(value, where, key, key == "published")
    if key == "announced_proposals":
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise bad()
        return value
    if key in _SUB:
        if value is None and key != "meeting":
            return None
        if not isinstance(value, dict):
            raise bad()
        for sub, sub_value in value.items():
            if sub not in _SUB[key]:
                raise OverrideError(f"{where}: unknown key '{key}.{sub}' (allowed: {', '.join(sorted(_SUB[key]))})")
            if sub == "online" and not isinstance(sub_value, bool):
                raise OverrideError(f"{where}: '{key}.online' must be true or false, got {sub_value!r}")
            if sub == "number" and sub_value is not None and (not isinstance(sub_value, int) or isinstance(sub_value, bool) or sub_value < 1):
                raise OverrideError(f"{where}: '{key}.number' must be a whole number from 1, or null, got {sub_value!r}")
            if sub not in ("online", "number") and sub_value is not None and not isinstance(sub_value, str):
                raise OverrideError(f"{where}: '{key}.{sub}' must be text, got {sub_value!r}")
        return value
    if key == "proposals":
        if not isinstance(value, list):
            raise bad()
        items = []
        for item in value:
            if isinstance(item, str):
                items.append({"text": item, "summary": item})
            elif isinstance(item, dict) and isinstance(item.get("text"), str) and set(item) <= {"text", "summary"}:
                items.append({"text": item["text"], "summary": item.get("summary") or item["text"]})
            else:
                raise OverrideError(f"{where}: each of 'proposals' must be text or a mapping with text and summary, got {item!r}")
        return items
    if key == "themes":
        if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
            raise bad()
        return value
    raise bad()  # pragma: no cover - every key of _FIELDS is handled above


def apply(doc: Document, pins: dict[str, tuple[object, int]], shown: str) -> Document:
    """Pin the sidecar's fields over the extracted ones; the record lists what was pinned."""
    changes: dict[str, object] = {}
    evidence = dict(doc.evidence)
    warnings = list(doc.warnings)

    def pin(field: str, line: int, value: object) -> None:
        evidence[field] = Evidence(str(value), f"pinned in {shown}:{line}")
        prefix = field.split(".")[0] + ":"
        warnings[:] = [w for w in warnings if not w.startswith(prefix)]

    for key, (value, line) in pins.items():
        if key == "speaker":
            changes["speaker"] = None if value is None else Speaker(value.get("name") or (doc.speaker.name if doc.speaker else ""), value.get("title", doc.speaker.title if doc.speaker else None))
        elif key == "venue":
            old = doc.venue or Venue(None, None, False)
            changes["venue"] = None if value is None else Venue(value.get("city", old.city), value.get("country", old.country), value.get("online", old.online))
        elif key == "meeting":
            if "body" in value:
                changes["body"] = value["body"]
                pin("meeting.body", line, value["body"])
            if "number" in value:
                changes["number"] = value["number"]
                pin("meeting.number", line, value["number"])
            continue
        elif key == "proposals":
            changes["proposals"] = tuple(Proposal(i, p["text"], p["summary"]) for i, p in enumerate(value, start=1))
        elif key == "themes":
            changes["themes"] = tuple(value)
        elif key == "title":
            changes["title"] = value
            changes["title_generated"] = False
        else:
            changes[key] = value
        pin(key, line, value)
    if "date" in pins:
        changes["partial_date"] = (None, None)
    return replace(doc, **changes, evidence=evidence, warnings=tuple(warnings), overridden=tuple(sorted(set(doc.overridden) | set(pins))))
