"""Themes: keyword families from data/themes.yml, each assigned with the sentence that shows it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import LazyPattern, alternation, ascii_only, knowledge
from ..model import Evidence


def _is_word(ch: str) -> bool:
    """What r"\\w" matches in a str pattern: Unicode letters and numbers (str.isalnum) and "_"."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=1)
def _pattern() -> tuple[LazyPattern, LazyPattern | None, LazyPattern, dict[str, list[str]]]:
    """Patterns for the lower-case keywords (any case: run over lower-cased text), for the capitalised
    ones (as written: WHO, RATS), and the themes of each keyword.

    The lower-case keywords are r"\\b(" + the words + ")". When every one starts and ends with a word
    character, the same matches come from two patterns the engine runs faster: the words at the very
    start, then r"\\W(" + the words + ")" (the engine skips ahead to the non-word characters, a word's
    r"\\b" being the one just before it; a match ends in a word character, so the next one's r"\\W"
    is never inside it)."""
    owners: dict[str, list[str]] = {}
    for theme, words in knowledge().themes.items():
        for w in words:
            owners.setdefault(w.strip().lower() if w.strip() == w.strip().lower() else w.strip(), []).append(theme)
    lower = sorted((w for w in owners if w == w.lower()), key=len, reverse=True)
    exact = sorted((w for w in owners if w != w.lower()), key=len, reverse=True)
    trie = alternation(lower)  # a trie: the same matches, far fewer steps
    words_inside = bool(lower) and all(w and _is_word(w[0]) and _is_word(w[-1]) for w in lower)
    # Each compiled on first use (data.LazyPattern): ASCII text is read by _ascii_patterns' forms, and the
    # first pattern is the same object there (without r"\b" re.ASCII changes nothing in it).
    return (
        LazyPattern(r"\b(" + trie + ")") if not words_inside else LazyPattern("(" + trie + ")"),
        LazyPattern(r"\W(" + trie + ")") if words_inside else None,
        # r"\b" + the words, written to let the engine skip ahead to their (capital) first letters
        LazyPattern("(" + alternation(exact, word_start=True) + ")"),
        owners,
    )


@lru_cache(maxsize=1)
def _ascii_patterns() -> tuple[re.Pattern, re.Pattern | None, re.Pattern]:
    """The three patterns for ASCII text (data.ascii_only: the same matches, faster; compiled from the
    sources, the Unicode forms are not compiled for them)."""
    first, after_nonword, exact, _ = _pattern()
    return ascii_only(first), ascii_only(after_nonword) if after_nonword is not None else None, ascii_only(exact)


def _lower_hits(low: str) -> list[tuple[int, int, str]]:
    """(start, end, keyword) of each lower-case keyword in the lower-cased text, as
    re.compile(r"\\b(" + keywords + ")").finditer(low) finds them."""
    first, after_nonword, _ = _ascii_patterns() if low.isascii() else _pattern()[:3]
    if after_nonword is None:
        return [(m.start(), m.end(), m[1]) for m in first.finditer(low)]
    hits = []
    m = first.match(low)  # at 0, r"\b" holds before a word character
    if m:
        hits.append((0, m.end(), m[1]))
    hits += [(m.start(1), m.end(), m[1]) for m in after_nonword.finditer(low, m.end() if m else 0)]
    return hits


def _start(hit: tuple[int, int, str]) -> int:
    return hit[0]


def themes(text: str) -> list[tuple[str, Evidence]]:
    """Themes whose keywords occur at least `min_hits` times, in data-file order."""
    exact, owners = _pattern()[2:]
    if text.isascii():
        exact = _ascii_patterns()[2]
    hits: dict[str, list[tuple[int, int, str]]] = {}
    for hit in _lower_hits(text.lower()):  # lower-casing once is far cheaper than re.I
        for theme in owners[hit[2]]:
            hits.setdefault(theme, []).append(hit)
    for m in exact.finditer(text):
        for theme in owners[m[1]]:
            hits.setdefault(theme, []).append((m.start(), m.end(), m[0]))
    found = []
    k = knowledge()
    for theme in k.themes:
        theme_hits = hits.get(theme, ())
        if len(theme_hits) >= k.theme_min_hits:
            start, end, word = min(theme_hits, key=_start)  # the first (of hits at one place, the first found)
            start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
            stop = text.find(".", end)
            snippet = text[start : stop + 1 if stop != -1 else len(text)].strip()
            found.append((theme, Evidence(snippet[:300], f"{len(theme_hits)} keyword hits ({word})")))
    return found
