"""Meeting: which SCO body met, its number ("the 20th meeting"), and the announced proposal count."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..data import folded_alternation, knowledge
from ..model import Evidence, Paragraph
from .text import has_word, is_future, sentences


_HAS_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b|(?i:first|second|third|th\b|tieth|teenth)")
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_TH_END = re.compile(r"th\b")


def _has_ordinal(text: str) -> bool:
    """_HAS_ORDINAL.search(text), for ASCII text without re.I (lower-casing ASCII keeps \\b and \\w)."""
    if not text.isascii():
        return _HAS_ORDINAL.search(text) is not None
    if _DIGIT_ORDINAL.search(text):
        return True
    low = text.lower()
    return "first" in low or "second" in low or "third" in low or "tieth" in low or "teenth" in low or _TH_END.search(low) is not None
_MEETING_NOUNS = ("meeting", "summit", "session", "council")
_MEETING_NOUN = re.compile("|".join(_MEETING_NOUNS), re.I)
_COUNT_WORDS = ("point", "proposal", "suggestion", "initiative", "recommendation", "priorit", "measure")


@lru_cache(maxsize=1)
def _number_patterns() -> tuple[re.Pattern, re.Pattern]:
    k = knowledge()
    words = [w for w, n in sorted(k.ordinals.items(), key=lambda x: -len(x[0])) if isinstance(n, int)]
    ordinals = folded_alternation(words)
    start = rf"(?:(\d{{1,2}})(?:st|nd|rd|th)|({ordinals}))"
    # No first-character guard: first_char_guard cannot tell the characters r"\d" matches, so it gave ""
    number = re.compile(
        rf"\b{start}\s+(?:(?!anniversary\b)[\w'’-]+\s+){{0,5}}?"
        rf"(?:meeting|summit|session|council)\b",
        re.I,
    )
    cardinals = "|".join(re.escape(w) for w in sorted(k.cardinals, key=len, reverse=True))
    count = re.compile(
        rf"\b(?:(\d{{1,2}})|({cardinals}))[- ]point\s+(?:proposal|plan|initiative|suggestion|approach|vision|programme|program)s?\b"
        rf"|\b(?:put|puts|putting)\s+forward\s+(?:\w+(?:'s)?\s+){{0,2}}(?:(\d{{1,2}})|({cardinals}))\s+(?:\w+\s+){{0,2}}(?:proposals|suggestions|points|initiatives|recommendations|priorities|measures)\b"
        rf"|\b(?:made|make|makes|making|proposed|propose|offered|offer|offers|raised|presented|present|outlined|set out|advanced|shared)\s+(?:\w+(?:'s)?\s+){{0,2}}(?:(\d{{1,2}})|({cardinals}))\s+(?:\w+\s+){{0,2}}(?:proposals|suggestions|points|initiatives|recommendations|priorities)\b",
        re.I,
    )
    return number, count


@lru_cache(maxsize=64)
def _first_body(sentence: str) -> re.Match | None:
    """The first body named in a sentence (cached: body() and number() both ask for the body sentence)."""
    return knowledge().body_search(sentence)


def body(paragraphs: tuple[Paragraph, ...], title: str | None) -> tuple[str | None, Evidence | None, str | None]:
    """The body of the meeting the text is about: the earliest mention that is not a later meeting."""
    k = knowledge()
    # (a generator: the body is nearly always named in the first sentences, so the rest are not split)
    pool = itertools.chain([title] if title else [], (s for p in paragraphs for s in sentences(p.text)))
    for sentence in pool:
        m = _first_body(sentence)
        # The matches in turn, as finditer gives them (each search starts where the last match ended).
        while m is not None and m.end() > m.start():
            if not is_future(sentence, m.start()):
                return k.body_of(m), Evidence(sentence, "body named"), sentence
            m = k.body_search(sentence, m.end())
        if m is not None:  # an empty match (no alias matches nothing, but in case): finditer's own way
            for m in k.body_pattern.finditer(sentence):
                if not is_future(sentence, m.start()):
                    return k.body_of(m), Evidence(sentence, "body named"), sentence
    return None, None, None


def number(paragraphs: tuple[Paragraph, ...], title: str | None, body_sentence: str | None, extra: tuple[str, ...] = ()) -> tuple[int | None, Evidence | None]:
    """'the 20th Meeting of the Council' -> 20, from a sentence that names the same body (title and captions too)."""
    pattern, _ = _number_patterns()
    k = knowledge()
    body_name = None
    if body_sentence:
        m = _first_body(body_sentence)  # body() just looked for it
        body_name = k.body_of(m) if m else None
    # Only paragraphs and sentences with a meeting noun (the number pattern ends in one) and an ordinal
    # can match: cheap tests first, the number pattern is slow on long sentences.
    pool = [s for s in (body_sentence, title) if s] + [s for p in paragraphs[:12] if has_word(p.text, _MEETING_NOUNS, _MEETING_NOUN) for s in sentences(p.text)] + list(extra)
    for sentence in pool:
        if not has_word(sentence, _MEETING_NOUNS, _MEETING_NOUN) or not _has_ordinal(sentence):
            continue
        for m in pattern.finditer(sentence):
            if is_future(sentence, m.start()):
                continue
            named = k.body_search(sentence, m.start())
            if m[2] and (named is None or named.start() < m.end() or not re.fullmatch(r"\s+of(?:\s+the)?(?:\s+SCO)?\s+", sentence[m.end() : named.start()])):
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
        lower = p.text.lower()
        if not any(w in lower for w in _COUNT_WORDS):
            continue
        m = pattern.search(p.text)
        if m:
            word = next(g for g in m.groups() if g)
            value = int(word) if word.isdigit() else knowledge().cardinals[word.lower()]
            sentence = next((s for s in sentences(p.text) if m.group(0) in s), p.text)
            return value, Evidence(sentence, "announced count"), index
    return None, None, None
