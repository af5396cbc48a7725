"""Overrides: a sidecar `<stem>.yml` next to a text pins any field; errors name file, line and key.

A sidecar is untrusted input, read with bounds: at most MAX_BYTES, nested at most MAX_DEPTH deep, at
most MAX_ALIASES aliases and MAX_EXPANDED characters once they are expanded, numbers of at most
MAX_DIGITS characters, dates only between FIRST_DATE and LAST_DATE, no key given twice, no lone
surrogate. Anything else is one OverrideError line, never an exception from deeper down.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import replace
from pathlib import Path

import yaml

from .extract.kinds import KINDS
from .fields import field, sidecar_keys
from .knowledge import knowledge
from .model import Document, Evidence, Proposal, Speaker, Venue
from .read import link_problem

MAX_BYTES = 64 * 1024  # a sidecar pins a dozen fields: a few hundred bytes
MAX_DEPTH = 20  # the fields need 4 levels (proposals > item > text)
MAX_ALIASES = 16  # no field needs one; a few are tolerated
MAX_EXPANDED = MAX_BYTES  # characters (plus one per node) after aliases: what an alias-free sidecar can hold
MAX_DIGITS = 20  # characters of a number as written: a meeting number or a count has a few
FIRST_DATE, LAST_DATE = dt.date(1990, 1, 1), dt.date(2100, 12, 31)  # the SCO's history (1996-), with a margin


class OverrideError(Exception):
    """A sidecar that cannot be applied; the message is one line naming file, line and key."""


_FIELDS = sidecar_keys()  # the fields a sidecar may pin, by key: what each may be pinned to is their `sidecar`
_SUB = {key: {sub.name for sub in f.children if sub.sidecar} for key, f in _FIELDS.items() if f.children and not f.many}


def sidecar_for(text_path: Path) -> Path | None:
    """The sidecar of a text, if there is one (.yml or .yaml): whatever is there under that name,
    checked when it is read (a name longer than the system allows is no sidecar)."""
    return next((p for p in (text_path.with_suffix(".yml"), text_path.with_suffix(".yaml")) if os.path.lexists(p)), None)


def sidecar_bytes(path: Path) -> bytes:
    """The bytes of a sidecar: a regular file inside its text's folder (a link is followed only when
    it stays there), at most MAX_BYTES. OverrideError (without the file name) otherwise."""
    if path.is_symlink():
        problem = link_problem(path, path.parent.resolve())
        if problem:
            raise OverrideError(problem)
    try:
        # O_NONBLOCK: a FIFO under a sidecar's name must not stall the build (it is refused below)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise OverrideError(f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OverrideError("refused, not a regular file")
        if info.st_size > MAX_BYTES:
            raise OverrideError(f"refused, {info.st_size} bytes is over the {MAX_BYTES} byte limit for a sidecar")
        data = b""
        while chunk := os.read(fd, MAX_BYTES + 1 - len(data)):
            data += chunk
            if len(data) > MAX_BYTES:  # (grew since it was measured)
                raise OverrideError(f"refused, over the {MAX_BYTES} byte limit for a sidecar")
    except OSError as exc:
        raise OverrideError(f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    return data


_INT, _FLOAT, _BOOL, _NULL = (f"tag:yaml.org,2002:{t}" for t in ("int", "float", "bool", "null"))
_TIMESTAMP, _MERGE = "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:merge"
_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


class _Limit(yaml.YAMLError):
    """A bound of the loader passed (reported as "refused", not as bad YAML)."""

    def __init__(self, problem: str, mark: yaml.Mark) -> None:
        super().__init__(problem)
        self.problem, self.problem_mark = problem, mark


class _Loader(yaml.SafeLoader):
    """SafeLoader without timestamps (dates stay text and are checked here: PyYAML raises ValueError
    on 2021-02-29), with a bound on nesting and on the number of aliases."""

    yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0
        self.aliases = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise _Limit(f"more than {MAX_ALIASES} aliases", self.peek_event().start_mark)
            return super().compose_node(parent, index)
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise _Limit(f"nested deeper than {MAX_DEPTH} levels", self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


_Loader.add_constructor(_TIMESTAMP, yaml.SafeLoader.construct_yaml_str)  # `!!timestamp x` is text too

# A scalar tagged !!int, !!float, !!bool or !!null must read as one (PyYAML raises ValueError or
# KeyError on `!!int abc`): the patterns of the resolvers that give those tags.
_SCALAR_FORMS: dict[str, list[re.Pattern]] = {}
for _resolvers in _Loader.yaml_implicit_resolvers.values():
    for _tag, _pattern in _resolvers:
        if _tag in (_INT, _FLOAT, _BOOL, _NULL) and _pattern not in _SCALAR_FORMS.setdefault(_tag, []):
            _SCALAR_FORMS[_tag].append(_pattern)


def load(path: Path, shown: str) -> dict[str, tuple[object, int]]:
    """Read, parse and validate a sidecar into {field: (value, line)}."""
    try:
        raw = sidecar_bytes(path)
    except OverrideError as exc:
        raise OverrideError(f"{shown}: {exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OverrideError(f"{shown}: not valid UTF-8 (byte {exc.start})") from None
    node, data = _parse(text, shown)
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise OverrideError(f"{shown}:1: a sidecar must be a mapping of field: value")
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    out = {}
    for key, value in data.items():
        line = lines.get(str(key), 1)
        if key not in _FIELDS:
            raise OverrideError(f"{shown}:{line}: unknown key {_quoted(key)} (allowed: {', '.join(_FIELDS)})")
        out[key] = (_check(key, value, f"{shown}:{line}"), line)
    return out


def _parse(text: str, shown: str) -> tuple[yaml.Node | None, object]:
    """The YAML node and value of a sidecar, within the bounds; OverrideError naming the line."""
    loader = None
    try:
        loader = _Loader(text)  # (which refuses control characters: a ReaderError)
        node = loader.get_single_node()
        if node is None:
            return None, None
        _bounded(node, shown)
        return node, loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        what = "refused" if isinstance(exc, _Limit) else "bad YAML"
        raise OverrideError(_one_line(f"{shown}{line}: {what}, {problem}")) from None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
        # (a constructor's own failure that the checks above did not foresee)
        raise OverrideError(_one_line(f"{shown}: bad YAML, a value cannot be read ({type(exc).__name__}: {str(exc)[:100]})")) from None
    finally:
        if loader is not None:
            loader.dispose()


def _bounded(root: yaml.Node, shown: str) -> None:
    """Refuse what would cost more than the sidecar's size or crash later: aliases expanding past
    MAX_EXPANDED characters or MAX_DEPTH levels (or into themselves), a key given twice, a lone
    surrogate, a long or malformed number. Each node is checked once (its size and height kept)."""
    measured: dict[int, tuple[int, int]] = {}  # id(node): (size, height) with aliases expanded
    open_nodes: set[int] = set()

    def where(node: yaml.Node) -> str:
        return f"{shown}:{node.start_mark.line + 1}"

    def measure(node: yaml.Node, path: str, depth: int, parent: yaml.Node) -> tuple[int, int]:
        """Characters (plus one per node) and levels of the node with every alias expanded."""
        name = _quoted(path or "the sidecar")
        if id(node) in open_nodes:
            raise OverrideError(f"{where(node)}: {name} refers to itself through an alias")
        size, height = measured.get(id(node)) or (0, 0)
        if depth + max(height, 1) - 1 > MAX_DEPTH:  # (the levels it would take, from `depth` on)
            # (named where it is used: a node measured before is reached again through an alias)
            raise OverrideError(f"{where(parent)}: refused, {name} is nested deeper than {MAX_DEPTH} levels through aliases")
        if id(node) in measured:
            return size, height
        open_nodes.add(id(node))
        size = height = 1
        if isinstance(node, yaml.ScalarNode):
            _scalar(node, path, where(node))
            size += len(node.value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                item_size, item_height = measure(item, path, depth + 1, node)
                size, height = size + item_size, max(height, 1 + item_height)
        else:
            seen: dict[tuple[str, str], int] = {}
            for key, value in node.value:
                key_path = path
                if isinstance(key, yaml.ScalarNode) and key.tag != _MERGE:
                    line = key.start_mark.line + 1
                    key_path = f"{path}.{key.value}" if path else key.value
                    if (key.tag, key.value) in seen:
                        raise OverrideError(f"{shown}:{line}: key {_quoted(key_path)} given twice (lines {seen[key.tag, key.value]} and {line}); keep one")
                    seen[key.tag, key.value] = line
                for part in (key, value):
                    part_size, part_height = measure(part, key_path, depth + 1, node)
                    size, height = size + part_size, max(height, 1 + part_height)
        open_nodes.discard(id(node))
        measured[id(node)] = size, height
        if size > MAX_EXPANDED:
            raise OverrideError(f"{where(node)}: {name} expands to over {MAX_EXPANDED} characters through aliases")
        return size, height

    measure(root, "", 1, root)


def _scalar(node: yaml.ScalarNode, path: str, where: str) -> None:
    """A scalar that PyYAML would fail on, or that would fail later, as one line."""
    name = _quoted(path or "the sidecar")
    if _SURROGATE.search(node.value):
        raise OverrideError(f"{where}: {name} holds a lone surrogate ({_SURROGATE.search(node.value)[0]!a}), which is not text")
    if node.tag in (_INT, _FLOAT) and len(node.value) > MAX_DIGITS:
        raise OverrideError(f"{where}: {name} is a number of {len(node.value)} characters, over the limit of {MAX_DIGITS}")
    forms = _SCALAR_FORMS.get(node.tag)
    if forms and not any(p.match(node.value) for p in forms):
        raise OverrideError(f"{where}: {name} is tagged {node.tag.rsplit(':', 1)[-1]} but {_shown(node.value)} is not one")


def _quoted(name: object) -> str:
    """A key as shown in a message: quoted, on one line (control characters escaped)."""
    text = str(name)
    return f"'{text}'" if text.isprintable() else repr(text)


def _shown(value: object, limit: int = 80) -> str:
    """A value as shown in a message: its repr, cut to `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _date(value: object, where: str, key: str, nullable: bool) -> str | None:
    """A date pinned as YYYY-MM-DD: a calendar date, between FIRST_DATE and LAST_DATE."""
    if value is None and nullable:
        return None
    match = _ISO_DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise OverrideError(f"{where}: '{key}' must be {_FIELDS[key].sidecar}, got {_shown(value)}")
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise OverrideError(f"{where}: '{key}' is not a calendar date, got {_shown(value)} ({exc})") from None
    if not FIRST_DATE <= day <= LAST_DATE:
        raise OverrideError(f"{where}: '{key}' must be between {FIRST_DATE} and {LAST_DATE}, got {_shown(value)}")
    return day.isoformat()


def _check(key: str, value: object, where: str) -> object:
    """Check a value's type; return it normalised."""
    def bad() -> OverrideError:
        return OverrideError(f"{where}: '{key}' must be {_FIELDS[key].sidecar}, got {_shown(value)}")

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
                raise OverrideError(f"{where}: unknown key {_quoted(f'{key}.{sub}')} (allowed: {', '.join(sorted(_SUB[key]))})")
            if not _sub_ok(sub, sub_value):
                raise OverrideError(f"{where}: '{key}.{sub}' must be {field(f'{key}.{sub}').sidecar}, got {_shown(sub_value)}")
        return value
    if key == "proposals":
        if not isinstance(value, list):
            raise bad()
        items = []
        for item in value:
            if isinstance(item, str):
                items.append({"text": item, "summary": item})
            elif (isinstance(item, dict) and isinstance(item.get("text"), str) and set(item) <= {"text", "summary"}
                  and isinstance(item.get("summary"), (str, type(None)))):
                items.append({"text": item["text"], "summary": item.get("summary") or item["text"]})
            else:
                raise OverrideError(f"{where}: each of 'proposals' must be text or a mapping with text and summary, got {_shown(item)}")
        return items
    if key == "themes":
        if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
            raise bad()
        return value
    raise bad()  # pragma: no cover - every key of _FIELDS is handled above


def _sub_ok(sub: str, value: object) -> bool:
    """A pinned sub-field has its type: `online` true or false, `number` a whole number from 1 or null, others text or null."""
    if sub == "online":
        return isinstance(value, bool)
    if value is None:
        return True
    if sub == "number":
        return isinstance(value, int) and not isinstance(value, bool) and value >= 1
    return isinstance(value, str)


def apply(doc: Document, pins: dict[str, tuple[object, int]], shown: str) -> Document:
    """Pin the sidecar's fields over the extracted ones; the record lists what was pinned."""
    changes: dict[str, object] = {}
    evidence = dict(doc.evidence)
    warnings = list(doc.warnings)

    def pin(field: str, line: int, value: object) -> None:
        evidence[field] = Evidence(str(value), f"pinned in {shown}:{line}")
        warnings[:] = [w for w in warnings if w.field != field.split(".")[0]]

    for key, (value, line) in pins.items():
        if key == "speaker":
            changes["speaker"] = None if value is None else Speaker(value.get("name") or (doc.speaker.name if doc.speaker else ""), value.get("title", doc.speaker.title if doc.speaker else None))
        elif key == "venue":
            old = doc.venue or Venue(None, None, False)
            changes["venue"] = None if value is None else Venue(value.get("city", old.city), value.get("country", old.country), value.get("online", old.online))
        elif key == "meeting":
            if "body" in value:
                changes["body"] = value["body"] and knowledge().canonical_body(value["body"])
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
