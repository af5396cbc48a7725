"""Themes: keyword families from data/themes.yml, each assigned with the sentence that shows it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import LazyPattern, alternation, ascii_only, first_occurrence, knowledge
from ..model import Evidence


def _is_word(ch: str) -> bool:
    """What r"\\w" matches in a str pattern: Unicode letters and numbers (str.isalnum) and "_"."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=1)
def _pattern() -> tuple[LazyPattern, LazyPattern | None, LazyPattern, dict[str, list[str]], tuple[str, ...]]:
    """Patterns for the lower-case keywords (any case: run over lower-cased text), for the capitalised
    ones (as written: WHO, RATS), the themes of each keyword, and the capitalised keywords.

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
        tuple(exact),
    )


# Every ASCII character r"\W" matches (re.ASCII or not), as a space: see _spaced.
_NON_WORD = bytes(c for c in range(128) if not _is_word(chr(c)))
_SPACED = bytes.maketrans(_NON_WORD, b" " * len(_NON_WORD))


def _spaced(words: list[str]) -> re.Pattern:
    """r"\\W(" + words + ")" for ASCII text whose non-word characters are all spaces (_SPACED), as bytes:
    each word with its non-word characters as spaces (the first of words that become the same kept).
    The engine skips ahead to a space (a literal) far faster than to r"\\W" (a class).

    It matches wherever the plain pattern matches the text, but also where a word's "-" is a space
    in the text ("anti terror" for "anti-terror"), so a match counts only when the text there is one
    of the words. Then it is the plain pattern's match: the words are longest first, so of those
    that fit there the first is the longest; and a word that fits the text fits its spaced form."""
    spaced = dict.fromkeys(w.encode("ascii").translate(_SPACED).decode("ascii") for w in words)
    return re.compile((" (" + alternation(list(spaced)) + ")").encode("ascii"))


@lru_cache(maxsize=1)
def _ascii_patterns() -> tuple[re.Pattern, re.Pattern | None, re.Pattern, re.Pattern | None, frozenset[str]]:
    """The three patterns for ASCII text (data.ascii_only: the same matches, faster; compiled from the
    sources, the Unicode forms are not compiled for them), _spaced for the lower-case keywords when
    they are ASCII, and those keywords."""
    first, after_nonword, exact, owners, _ = _pattern()
    lower = sorted((w for w in owners if w == w.lower()), key=len, reverse=True)
    spaced = _spaced(lower) if after_nonword is not None and all(w.isascii() for w in lower) else None
    return (ascii_only(first), ascii_only(after_nonword) if after_nonword is not None else None,
            ascii_only(exact), spaced, frozenset(lower))


def _lower_hits(low: str) -> list[tuple[int, int, str]]:
    """(start, end, keyword) of each lower-case keyword in the lower-cased text, as
    re.compile(r"\\b(" + keywords + ")").finditer(low) finds them."""
    spaced, keywords = None, frozenset()
    if low.isascii():
        first, after_nonword, _, spaced, keywords = _ascii_patterns()
    else:
        first, after_nonword = _pattern()[:2]
    if after_nonword is None:
        return [(m.start(), m.end(), m[1]) for m in first.finditer(low)]
    hits = []
    m = first.match(low)  # at 0, r"\b" holds before a word character
    if m:
        hits.append((0, m.end(), m[1]))
    return hits + _after_nonword_hits(low, m.end() if m else 0, after_nonword, spaced, keywords)


def _after_nonword_hits(low: str, pos: int, after_nonword, spaced: re.Pattern | None, keywords: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, keyword) of each match of after_nonword (r"\\W(" + keywords + ")") from pos, through
    its _spaced form when there is one (ASCII text): up to the first place the spaced form matches
    where the plain one does not, from where the plain one reads on."""
    hits = []
    if spaced is not None:
        for s in spaced.finditer(low.encode("ascii").translate(_SPACED), pos):
            word = low[s.start(1) : s.end()]
            if word not in keywords:  # and the plain pattern matches nothing before this place
                pos = s.start()
                break
            hits.append((s.start(1), s.end(), word))
        else:
            return hits
    return hits + [(m.start(1), m.end(), m[1]) for m in after_nonword.finditer(low, pos)]


def _start(hit: tuple[int, int, str]) -> int:
    return hit[0]


def themes(text: str) -> list[tuple[str, Evidence]]:
    """Themes whose keywords occur at least `min_hits` times, in data-file order."""
    exact, owners, exact_words = _pattern()[2:]
    if text.isascii():
        exact = _ascii_patterns()[2]
    hits: dict[str, list[tuple[int, int, str]]] = {}
    for hit in _lower_hits(text.lower()):  # lower-casing once is far cheaper than re.I
        for theme in owners[hit[2]]:
            hits.setdefault(theme, []).append(hit)
    # Every match starts where one of the words is written: the engine reads the text from the first
    # (str.find reads a text far faster than the engine looks for the words' first letters).
    start = first_occurrence(text, exact_words)
    for m in exact.finditer(text, start) if start != -1 else ():
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
