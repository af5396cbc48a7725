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


def md_span(text: str) -> str:
    """A piece of one line of seed text as literal Markdown, its spaces kept (to join with markup of
    our own, such as the `**` around the words a rule matched)."""
    return _escape_specials(_CONTROL.sub("", text.replace("\n", " ")))


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


def meta_text(text: str) -> str:
    """A front-matter value before escaping: one line of plain text (whitespace runs one space, no
    control character). Values shown outside the pages (the filter page's facet table) use it too, so
    that they equal what a page's HTML reads back as."""
    return one_line(_CONTROL.sub("", text))


def meta_escape(text: str) -> str:
    """A front-matter value: one line of plain, HTML-escaped text (Jinja does not autoescape it)."""
    return html.escape(meta_text(text))
