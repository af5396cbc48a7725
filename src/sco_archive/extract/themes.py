"""Themes: keyword families from data/themes.yml, each assigned when the text is about it, with the
sentence that shows it and the count of its keywords."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from ..knowledge import alternation, knowledge, lower
from ..model import Evidence

_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"[^.!?;\n]+")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, list[str]]]:
    """The lower-case keywords (matched in the text lower-cased), the others (as written: WHO, RATS), the words in
    other scripts (matched anywhere: "安全"), and each keyword's themes. A keyword matches at a word start ("terror" in
    "terrorism"); one in capitals only (an acronym) matches a whole word or its plural ("AI", "ICTs", not "AIIB")."""
    owners: dict[str, list[str]] = {}
    scripts = knowledge().theme_scripts
    for theme, words in [*knowledge().themes.items(), *scripts.items()]:
        for w in words:
            owners.setdefault(w.strip(), []).append(theme)
    # The regex takes the longest keyword at a place, so the shorter ones it begins with count there
    # too: "extremism" (security) is also "extremis" (terrorism).
    owners = {w: sorted({t for k in owners if w.startswith(k) for t in owners[k]}, key=list(knowledge().themes).index) for w in owners}
    anywhere = {w.strip() for words in scripts.values() for w in words}
    in_lower = [w for w in owners if w == w.lower() and w not in anywhere]
    acronyms = [w for w in owners if w.isupper() and " " not in w]  # a whole word, or its plural: "AI", not "AIIB"
    written = [w for w in owners if w != w.lower() and w not in acronyms]
    as_written = r"\b(" + alternation(written) + r"|(?:" + alternation(acronyms) + r")(?=s?\b))"  # ("UN Charter" before "UN")
    return (re.compile(r"\b(" + alternation(in_lower) + ")"), re.compile(as_written),
            re.compile("(" + alternation(sorted(anywhere)) + ")"), owners)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def themes(text: str, body: str | None = None) -> list[tuple[str, Evidence]]:
    """The themes the text is about, strongest first (rule in data/themes.yml): keyword hits per 1,000
    words at least `min_per_1000` and at least `min_lift` of the theme's usual rate, ranked by
    rate x ln(1 + lift), at most `max_themes`. The thresholds count every mention; the ranking counts an item
    of a list of sectors in part (see `theme_counts`). The evidence is the first sentence naming the theme
    and, as the rule, the count: "7 mentions: terror ×4, extremis ×3 (18.1 per 1,000 words, 2.7× usual)".
    A meeting of a body with a field of its own (`body_themes`: defence ministers, security) is about that field
    whatever its words: the theme is given after those its keywords found (one more than `max_themes` at most)."""
    k = knowledge()
    words, hits, counted = theme_counts(text)
    ranked = []
    for theme in k.themes:
        theme_hits = hits.get(theme)
        if not theme_hits or not words:
            continue
        every, usual = 1000 * len(theme_hits) / words, k.theme_usual.get(theme, 1.0)
        if every >= k.theme_min_rate and every / usual >= k.theme_min_lift:
            rate = 1000 * counted[theme] / words  # ranked by the mentions, an item of a list of sectors in part
            ranked.append((-rate * math.log1p(rate / usual), theme, rate, rate / usual, theme_hits, counted[theme]))
    ranked.sort(key=lambda r: (r[0], r[1]))
    found = []
    for _, theme, rate, lift, theme_hits, count in ranked[: k.theme_max]:
        start, end, word = min(theme_hits, key=lambda hit: hit[0])  # the first (of hits at one place, the first found)
        # the sentence of the first hit, from a word at most 150 characters before it (the evidence keeps 300)
        near = text.find(" ", start - 150, start) if start > 150 else 0
        start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, near, 0)
        stop = text.find(".", end)
        snippet = text[start : stop + 1 if stop != -1 else len(text)].strip()
        counts = Counter(hit[2] for hit in theme_hits)  # (ordered below by count, then word)
        named = ", ".join(f"{w} ×{n}" for w, n in sorted(counts.items(), key=lambda c: (-c[1], c[0])))
        in_lists = "" if count == len(theme_hits) else f"{count:.1f} counted, an item of a list of sectors in part; "
        rule = f"{_plural(len(theme_hits), 'mention')}: {named} ({in_lists}{rate:.1f} per 1,000 words, {lift:.1f}× usual)"
        found.append((theme, Evidence(snippet[:300], rule)))
    field = k.body_themes.get(body)
    if field and field not in (theme for theme, _ in found):
        found.append((field, Evidence(body, "the field of the meeting's body (data/themes.yml body_themes)")))
    return found


def theme_counts(text: str) -> tuple[int, dict[str, list[tuple[int, int, str]]], dict[str, float]]:
    """The text's words, each theme's keyword hits (start, end, keyword) and what they count for: a hit
    counts 1, or (list_from - 1)/k when it is its theme's only hit in a sentence that names k >= list_from
    themes (an item in a list of sectors; a theme named again in the sentence is what the sentence is about)."""
    in_lower, as_written, anywhere, owners = _patterns()
    hits: dict[str, list[tuple[int, int, str]]] = {}
    for pattern, seen in ((in_lower, lower(text)), (as_written, text), (anywhere, text)):
        for m in pattern.finditer(seen):
            for theme in owners.get(m[1], ()):
                hits.setdefault(theme, []).append((m.start(), m.end(), m[1]))
    starts = [m.start() for m in _SENTENCE.finditer(text)]
    sentence = {(theme, start): bisect_right(starts, start) for theme, theme_hits in hits.items() for start, _, _ in theme_hits}
    per_theme = Counter((theme, s) for (theme, _), s in sentence.items())
    themes_in = Counter(s for _, s in per_theme)  # themes per sentence
    list_from = knowledge().theme_list_from

    def share(theme: str, s: int) -> float:  # a theme named once among list_from or more: an item of a list
        k = themes_in[s]
        return (list_from - 1) / k if k >= list_from and per_theme[theme, s] == 1 else 1.0

    counted = {theme: sum(share(theme, sentence[theme, start]) for start, _, _ in theme_hits) for theme, theme_hits in hits.items()}
    return len(_WORD.findall(text)), hits, counted
