"""Markup helpers: the only ways seed text reaches Markdown, front matter, tables and links.

Seed text is untrusted. Python-Markdown passes raw HTML and `javascript:` links through, and with
`attr_list` a `{: onclick=... }` becomes an attribute; MkDocs' Jinja does not autoescape front-matter
values. So every string from a seed goes through `md_escape` (body text), `cell` (table cells) or
`meta_escape` (front matter), and link targets are only ever our own slugs.
"""

from __future__ import annotations

import functools
import html
import re

import frontmatter
import yaml

# Markdown's own specials plus those of the extensions a site may enable (tables `|`, attr_list `{}`,
# admonition `!!!`, details `???`, setext `=`, tilde `~`); `pymdownx.escapeall` makes each escape valid.
# The backslash first (the other escapes only add backslashes), "&" before "<" and ">" (whose entities
# start with "&"). A replace per special present is several times faster than str.translate's look-up
# of every character.
_ESCAPES = (("\\", "\\\\"), *((c, "\\" + c) for c in "`*_{}[]()#+-.!|~=?"), ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
# Control characters and the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069): one
# U+202E in a title reverses the rest of the line it is shown on (the tab, the header, every list that
# links it). They carry nothing a reader needs, so they are removed.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_TARGET = re.compile(r"[a-z0-9./#_:-]+")


def _escape_specials(text: str) -> str:
    """Each Markdown and HTML special character escaped."""
    for char, escaped in _ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return text


def md_escape(text: str) -> str:
    """Seed text as literal Markdown: HTML and Markdown specials escaped, indentation stripped."""
    escaped = _escape_specials(_CONTROL.sub("", text))
    return "\n".join(line.strip() for line in escaped.split("\n"))


def one_line(text: str) -> str:
    """Every run of whitespace one space, none at either end."""
    return " ".join(text.split())


@functools.lru_cache(maxsize=16384)  # names, titles, places and dates recur on many pages
def md_inline(text: str) -> str:
    """Seed text as literal Markdown on one line (for headings, list items, link texts)."""
    return md_escape(one_line(text))


def cell(text: str | int | None) -> str:
    """A table cell: one line, literal, `|` escaped; empty values shown as an en dash."""
    if text is None or text == "":
        return "–"
    return md_inline(str(text))


def link(text: str, target: str) -> str:
    """A Markdown link with literal text; `target` must be one of our own relative paths."""
    if not _TARGET.fullmatch(target) or ":" in target.split("#")[0]:
        raise ValueError(f"not an internal link target: {target!r}")
    return f"[{md_inline(text)}]({target})"


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table from already escaped cells."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def indent(text: str, spaces: int = 4) -> str:
    """Indent every non-empty line (content of an admonition or details block)."""
    pad = " " * spaces
    return "\n".join(pad + line if line else "" for line in text.split("\n"))


def fence(text: str, lang: str = "text") -> str:
    """A fenced code block that no line of `text` can close (content is shown literally)."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    marks = "`" * max(3, longest + 1)
    body = "\n".join(line.rstrip() for line in _CONTROL.sub("", text).split("\n"))
    return f"{marks}{lang}\n{body}\n{marks}"


@functools.lru_cache(maxsize=16384)  # as md_inline
def meta_escape(text: str) -> str:
    """A front-matter value: one line of plain, HTML-escaped text (Jinja does not autoescape it)."""
    return html.escape(one_line(_CONTROL.sub("", text)))


# ---------------------------------------------------------------- front matter

# Front matter is written here for what pages hold (flat mappings of strings, numbers, booleans, None,
# lists of those and one-level mappings), as PyYAML's emitter writes it (checked against
# frontmatter.dumps by tests/test_frontmatter.py): a YAML dump per page took a third of render's time.
# Anything else (other characters, very long values, other types) goes through frontmatter.dumps.
_PLAIN_SAFE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
_FIRST_INDICATORS = frozenset("#,[]{}&*!|>'\"%@` ")
_KEY = re.compile("[a-z][a-z_]{0,40}")
_MAX_SCALAR = 4000  # far below the 10,000-character width at which the emitter would wrap a line
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


@functools.lru_cache(maxsize=16384)  # keys and most values (names, places, dates) recur on every page
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
        and _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG
    )
    return value if plain else "'" + value.replace("'", "''") + "'"


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
    """A key the emitter writes as it is, or None."""
    return key if isinstance(key, str) and _KEY.fullmatch(key) and _scalar(key) == key else None


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
