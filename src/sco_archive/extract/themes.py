"""Themes: keyword families from data/themes.yml, each assigned when the text is about it, with the
sentence that shows it and the count of its keywords."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from ..knowledge import alternation, knowledge
from ..model import Evidence

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, list[str]]]:
    """The lower-case keywords (any case), the others (as written: WHO, RATS), and each keyword's themes.
    A keyword matches at a word start ("terror" in "terrorism")."""
    owners: dict[str, list[str]] = {}
    for theme, words in knowledge().themes.items():
        for w in words:
            owners.setdefault(w.strip(), []).append(theme)
    # The regex takes the longest keyword at a place, so the shorter ones it begins with count there
    # too: "extremism" (security) is also "extremis" (terrorism).
    owners = {w: sorted({t for k in owners if w.startswith(k) for t in owners[k]}, key=list(knowledge().themes).index) for w in owners}
    lower = [w for w in owners if w == w.lower()]
    written = [w for w in owners if w != w.lower()]
    return (re.compile(r"\b(" + alternation(lower) + ")", re.I), re.compile(r"\b(" + alternation(written) + ")"), owners)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def themes(text: str) -> list[tuple[str, Evidence]]:
    """The themes the text is about, strongest first (rule in data/themes.yml): keyword hits per 1,000
    words at least `min_per_1000` and at least `min_lift` of the theme's usual rate, ranked by
    rate x ln(1 + lift), at most `max_themes`. The evidence is the first sentence naming the theme and,
    as the rule, the count: "7 mentions: terror ×4, extremis ×3 (18.1 per 1,000 words, 2.7× usual)"."""
    any_case, as_written, owners = _patterns()
    hits: dict[str, list[tuple[int, int, str]]] = {}
    for pattern, fold in ((any_case, str.lower), (as_written, str)):
        for m in pattern.finditer(text):
            word = fold(m[1])
            for theme in owners.get(word, ()):  # (re.I also matches "ſ" with "s", which lower() keeps)
                hits.setdefault(theme, []).append((m.start(), m.end(), word))
    words = len(_WORD.findall(text))
    k = knowledge()
    ranked = []
    for theme in k.themes:
        theme_hits = hits.get(theme)
        if not theme_hits or not words:
            continue
        rate = 1000 * len(theme_hits) / words
        lift = rate / k.theme_usual.get(theme, 1.0)
        if rate >= k.theme_min_rate and lift >= k.theme_min_lift:
            ranked.append((-rate * math.log1p(lift), theme, rate, lift, theme_hits))
    ranked.sort(key=lambda r: (r[0], r[1]))
    found = []
    for _, theme, rate, lift, theme_hits in ranked[: k.theme_max]:
        start, end, word = min(theme_hits, key=lambda hit: hit[0])  # the first (of hits at one place, the first found)
        # the sentence of the first hit, from a word at most 150 characters before it (the evidence keeps 300)
        near = text.find(" ", start - 150, start) if start > 150 else 0
        start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, near, 0)
        stop = text.find(".", end)
        snippet = text[start : stop + 1 if stop != -1 else len(text)].strip()
        counts = Counter(hit[2] for hit in sorted(theme_hits))
        named = ", ".join(f"{w} ×{n}" for w, n in sorted(counts.items(), key=lambda c: (-c[1], c[0])))
        rule = f"{_plural(len(theme_hits), 'mention')}: {named} ({rate:.1f} per 1,000 words, {lift:.1f}× usual)"
        found.append((theme, Evidence(snippet[:300], rule)))
    return found
