"""Themes: keyword families from data/themes.yml, each assigned with the sentence that shows it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import alternation, knowledge
from ..model import Evidence


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, list[str]]]:
    """The lower-case keywords (any case), the others (as written: WHO, RATS), and each keyword's themes.
    A keyword matches at a word start ("terror" in "terrorism")."""
    owners: dict[str, list[str]] = {}
    for theme, words in knowledge().themes.items():
        for w in words:
            owners.setdefault(w.strip(), []).append(theme)
    lower = [w for w in owners if w == w.lower()]
    written = [w for w in owners if w != w.lower()]
    return (re.compile(r"\b(" + alternation(lower) + ")", re.I), re.compile(r"\b(" + alternation(written) + ")"), owners)


def themes(text: str) -> list[tuple[str, Evidence]]:
    """Themes whose keywords occur at least `min_hits` times, in data-file order."""
    any_case, as_written, owners = _patterns()
    hits: dict[str, list[tuple[int, int, str]]] = {}
    for pattern, fold in ((any_case, str.lower), (as_written, str)):
        for m in pattern.finditer(text):
            word = fold(m[1])
            for theme in owners.get(word, ()):  # (re.I also matches "ſ" with "s", which lower() keeps)
                hits.setdefault(theme, []).append((m.start(), m.end(), word))
    found = []
    k = knowledge()
    for theme in k.themes:
        theme_hits = hits.get(theme, ())
        if len(theme_hits) >= k.theme_min_hits:
            start, end, word = min(theme_hits, key=lambda hit: hit[0])  # the first (of hits at one place, the first found)
            start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
            stop = text.find(".", end)
            snippet = text[start : stop + 1 if stop != -1 else len(text)].strip()
            found.append((theme, Evidence(snippet[:300], f"{len(theme_hits)} keyword hits ({word})")))
    return found
