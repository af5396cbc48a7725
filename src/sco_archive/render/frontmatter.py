"""Pages with YAML front matter: the one writer.

Front matter is written here for what pages hold (flat mappings of strings, numbers, booleans, None,
lists of those and one-level mappings) as PyYAML's emitter writes it (tests/test_frontmatter.py checks
it against frontmatter.dumps): a YAML dump per page took a third of render's time. Anything else
(other characters, very long values, other types) goes through frontmatter.dumps.
Never YAML by f-string: `no`, `12:30`, `010`, `Meeting: Geneva` would all read back as something else.
"""

from __future__ import annotations

import re

import frontmatter
import yaml

# Characters the emitter writes as they are in a plain or single-quoted scalar (not C1 controls, line
# separators, the BOM, astral characters or surrogates)
_PLAIN_SAFE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
_FIRST_INDICATORS = frozenset("#,[]{}&*!|>'\"%@` ")
_KEY = re.compile("[a-z][a-z_]{0,40}")
_MAX_SCALAR = 4000  # far below the 10,000-character width at which the emitter would wrap a line
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def _scalar(value: str) -> str | None:
    """A string as the emitter writes it in block context (plain or single-quoted), or None if unsure."""
    if len(value) > _MAX_SCALAR or not _PLAIN_SAFE.fullmatch(value):
        return None
    plain = (
        value != ""
        and value[0] not in _FIRST_INDICATORS
        and value[-1] != " "
        and not value.startswith(("---", "..."))
        and not (value[0] in "?:-" and (len(value) == 1 or value[1] == " "))
        and ": " not in value
        and not value.endswith(":")
        and " #" not in value
        and _reads_as_string(value)
    )
    return value if plain else "'" + value.replace("'", "''") + "'"


def _reads_as_string(value: str) -> bool:
    """Whether YAML reads the plain scalar as a string (not `no`, `null`, `12:30`, `010`)."""
    return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG


def _value(value) -> str | None:
    """A scalar value in block context, or None."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _scalar(value)
    if isinstance(value, int):
        return str(value)
    return None


def _key(key) -> str | None:
    """A key the emitter writes as it is, or None: lower-case letters and "_" (which pass every test of
    _scalar but the last) that YAML reads as a string."""
    return key if isinstance(key, str) and _KEY.fullmatch(key) and _reads_as_string(key) else None


def _entry(key, value) -> list[str] | None:
    """The lines of one front-matter entry: a scalar, a list of scalars or a mapping of them; None if
    it is not one of those."""
    if _key(key) is None:
        return None
    if not isinstance(value, (list, dict)):
        text = _value(value)
        return None if text is None else [f"{key}: {text}"]
    if not value:
        return [f"{key}: {'[]' if isinstance(value, list) else '{}'}"]
    if isinstance(value, list):
        items = [("- ", item) for item in value]
    elif all(_key(inner) for inner in value):
        items = [(f"  {inner}: ", item) for inner, item in value.items()]
    else:
        return None
    texts = [_value(item) for _, item in items]
    return None if None in texts else [key + ":"] + [prefix + text for (prefix, _), text in zip(items, texts)]


def _front_matter(meta: dict) -> str | None:
    """yaml.dump(meta, ...).strip() as frontmatter.dumps writes it, or None when meta is not simple."""
    if not meta or "content" in meta or "handler" in meta:
        return None
    entries = [_entry(key, value) for key, value in meta.items()]
    if None in entries:
        return None
    return "\n".join(line for lines in entries for line in lines).strip()  # frontmatter strips the dump, a trailing \xa0 too


def page(meta: dict, body: str) -> str:
    """A Markdown page: YAML front matter as python-frontmatter writes it, `\\n` newlines, final newline."""
    front = _front_matter(meta)
    if front is None:
        post = frontmatter.Post(body.strip("\n"), **meta)
        text = frontmatter.dumps(post, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=10_000)
    else:
        text = f"---\n{front}\n---\n\n{body.strip(chr(10))}".strip()
    return text.replace("\r\n", "\n").lstrip("\ufeff") + "\n"
