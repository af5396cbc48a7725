"""Themes: keyword families from data/themes.yml, each assigned with the sentence that shows it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import alternation, knowledge
from ..model import Evidence


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, re.Pattern, dict[str, list[str]]]:
    """One pattern for lower-case keywords (any case), one for capitalised ones (as written: WHO, RATS)."""
    owners: dict[str, list[str]] = {}
    for theme, words in knowledge().themes.items():
        for w in words:
            owners.setdefault(w.strip().lower() if w.strip() == w.strip().lower() else w.strip(), []).append(theme)
    lower = sorted((w for w in owners if w == w.lower()), key=len, reverse=True)
    exact = sorted((w for w in owners if w != w.lower()), key=len, reverse=True)
    return (
        re.compile(r"\b(" + alternation(lower) + ")"),  # a trie: the same matches, far fewer steps
        # r"\b" + the words, written to let the engine skip ahead to their (capital) first letters
        re.compile("(" + alternation(exact, word_start=True) + ")"),
        owners,
    )


def themes(text: str) -> list[tuple[str, Evidence]]:
    """Themes whose keywords occur at least `min_hits` times, in data-file order."""
    any_case, exact, owners = _pattern()
    hits: dict[str, list[re.Match]] = {}
    for m in any_case.finditer(text.lower()):  # lower-casing once is far cheaper than re.I
        for theme in owners[m[1]]:
            hits.setdefault(theme, []).append(m)
    for m in exact.finditer(text):
        for theme in owners[m[1]]:
            hits.setdefault(theme, []).append(m)
    found = []
    for theme in knowledge().themes:
        theme_hits = sorted(hits.get(theme, []), key=lambda m: m.start())
        if len(theme_hits) >= knowledge().theme_min_hits:
            first = theme_hits[0]
            start = max(text.rfind("\n", 0, first.start()), text.rfind(". ", 0, first.start()) + 1, 0)
            end = text.find(".", first.end())
            snippet = text[start : end + 1 if end != -1 else len(text)].strip()
            found.append((theme, Evidence(snippet[:300], f"{len(theme_hits)} keyword hits ({first.group(0)})")))
    return found
