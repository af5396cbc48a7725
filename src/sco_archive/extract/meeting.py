"""Meeting: which SCO body met, its number ("the 20th meeting"), and the announced proposal count."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..knowledge import alternation, knowledge
from ..model import Evidence, Paragraph
from .text import is_future, sentences


@lru_cache(maxsize=1)
def _number_patterns() -> tuple[re.Pattern, re.Pattern]:
    k = knowledge()
    ordinals = alternation(w for w, n in k.ordinals.items() if isinstance(n, int))
    start = rf"(?:(\d{{1,2}})(?:st|nd|rd|th)|({ordinals}))"
    number = re.compile(
        rf"\b{start}\s+(?:(?!anniversary\b)[\w'’-]+\s+){{0,5}}?"
        rf"(?:meeting|summit|session|council)\b",
        re.I,
    )
    cardinals = alternation(k.cardinals)
    count = re.compile(
        rf"\b(?:(\d{{1,2}})|({cardinals}))[- ]point\s+(?:proposal|plan|initiative|suggestion|approach|vision|programme|program)s?\b"
        rf"|\b(?:put|puts|putting)\s+forward\s+(?:\w+(?:'s)?\s+){{0,2}}(?:(\d{{1,2}})|({cardinals}))\s+(?:\w+\s+){{0,2}}(?:proposals|suggestions|points|initiatives|recommendations|priorities|measures)\b"
        rf"|\b(?:made|make|makes|making|proposed|propose|offered|offer|offers|raised|presented|present|outlined|set out|advanced|shared)\s+(?:\w+(?:'s)?\s+){{0,2}}(?:(\d{{1,2}})|({cardinals}))\s+(?:\w+\s+){{0,2}}(?:proposals|suggestions|points|initiatives|recommendations|priorities)\b",
        re.I,
    )
    return number, count


def body(paragraphs: tuple[Paragraph, ...], title: str | None) -> tuple[str | None, Evidence | None, str | None]:
    """The body of the meeting the text is about: the earliest mention that is not a later meeting."""
    k = knowledge()
    # (a generator: the body is nearly always named in the first sentences, so the rest are not split)
    pool = itertools.chain([title] if title else [], (s for p in paragraphs for s in sentences(p.text)))
    for sentence in pool:
        for m in k.body_pattern.finditer(sentence):
            if not is_future(sentence, m.start()):
                return k.body_of(m), Evidence(sentence, "body named"), sentence
    return None, None, None


def number(paragraphs: tuple[Paragraph, ...], title: str | None, body_sentence: str | None, extra: tuple[str, ...] = ()) -> tuple[int | None, Evidence | None]:
    """'the 20th Meeting of the Council' -> 20, from a sentence that names the same body (title and captions too)."""
    pattern, _ = _number_patterns()
    k = knowledge()
    first = k.body_pattern.search(body_sentence) if body_sentence else None
    body_name = k.body_of(first) if first else None
    pool = [s for s in (body_sentence, title) if s] + [s for p in paragraphs[:12] for s in sentences(p.text)] + list(extra)
    for sentence in pool:
        for m in pattern.finditer(sentence):
            if is_future(sentence, m.start()):
                continue
            named = k.body_pattern.search(sentence, m.start())
            if m[2] and (named is None or named.start() < m.end() or not re.fullmatch(r"\s++of(?:\s++the)?(?:\s++SCO)?\s++", sentence[m.end() : named.start()])):
                continue  # "its first meeting as a member" is not a meeting number; "the twentieth meeting of the Council" is
            if sentence is not body_sentence and (named is None or k.body_of(named) != body_name):
                continue
            value = int(m[1]) if m[1] else k.ordinals[m[2].lower()]
            return value, Evidence(sentence, "ordinal meeting number")
    return None, None


def announced(paragraphs: tuple[Paragraph, ...]) -> tuple[int | None, Evidence | None, int | None]:
    """The proposal count the text announces, its evidence, and the index of the paragraph it is in."""
    _, pattern = _number_patterns()
    for index, p in enumerate(paragraphs):
        m = pattern.search(p.text)
        if m:
            word = next(g for g in m.groups() if g)
            value = int(word) if word.isdigit() else knowledge().cardinals[word.lower()]
            sentence = next((s for s in sentences(p.text) if m.group(0) in s), p.text)
            return value, Evidence(sentence, "announced count"), index
    return None, None, None
