"""What reaches a terminal: file names and seed values with the characters that act on it escaped.

A file name or a sidecar value is not trusted: printed as it is, a newline forges a line of the build
log or of `check`, ESC [ ... (or its one-character C1 form) moves the cursor, recolours or retitles
the terminal, and U+202E reverses what follows. Every line the CLI and the plugin print goes through
`escape` (or, for JSON, `escape_json`).
"""

from __future__ import annotations

import re

# C0 (newlines too), DEL, C1, bidi marks, embeddings, overrides and isolates, line and paragraph
# separators, and lone surrogates (which cannot even be encoded for the terminal)
_BEYOND_C0 = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[\x00-\x1f{_BEYOND_C0}]")
# json.dumps escapes C0 inside strings itself; outside them, "\n" and spaces are the layout
_UNSAFE_IN_JSON = re.compile(f"[{_BEYOND_C0}]")


def escape(text: object) -> str:
    """One line of text safe to print: each unsafe character as its Python escape (\\n, \\x1b, \\u202e)."""
    text = str(text)
    if text.isascii() and text.isprintable():  # nearly always: nothing to look for
        return text
    return _UNSAFE.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def escape_json(text: str) -> str:
    """JSON text (or a piece of it) safe to print and meaning the same: each unsafe character that
    json.dumps leaves raw (with ensure_ascii=False it escapes C0 only, and only strings can hold the
    others) written as its JSON escape."""
    if text.isascii() and "\x7f" not in text:
        return text
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
