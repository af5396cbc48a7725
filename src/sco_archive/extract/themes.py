"""Themes: keyword families from data/themes.yml, each assigned with the sentence that shows it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import knowledge
from ..model import Evidence


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    out = {}
    for theme, words in knowledge().themes.items():
        alternatives = []
        for w in words:
            w = w.strip()
            # Capitalised keywords (COVID, WHO, RATS) match as written; others in any case.
            flag = "" if any(c.isupper() for c in w) else "(?i:"
            alternatives.append((flag + re.escape(w) + ")") if flag else re.escape(w))
        out[theme] = re.compile(r"\b(?:" + "|".join(alternatives) + r")")
    return out


def themes(text: str) -> list[tuple[str, Evidence]]:
    """Themes whose keywords occur at least `min_hits` times, in data-file order."""
    found = []
    for theme, pattern in _patterns().items():
        hits = list(pattern.finditer(text))
        if len(hits) >= knowledge().theme_min_hits:
            first = hits[0]
            start = max(text.rfind("\n", 0, first.start()), text.rfind(". ", 0, first.start()) + 1, 0)
            end = text.find(".", first.end())
            snippet = text[start : end + 1 if end != -1 else len(text)].strip()
            found.append((theme, Evidence(snippet[:300], f"{len(hits)} keyword hits ({first.group(0)})")))
    return found
