"""Shared text helpers for the extractors: sentences, context windows, future tense."""

from __future__ import annotations

import re

# A sentence ends at . ! ? followed by space and a capital or quote, unless the dot ends an abbreviation.
_SENTENCE_END = re.compile(
    r"(?<!\bH\.E)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bU\.S)(?<!\bU\.N)(?<!\b[A-Z])"
    r"(?<!\bSept)(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bvs)(?<!\betc)"
    r"([.!?][\"”’)]*)\s+(?=[\"“‘(]?[A-Z0-9])"
)
FUTURE = re.compile(
    r"\b(?:to be held|will be held|would be held|is to be held|scheduled|upcoming|next year|next summit|preparations? for|"
    r"prepare for|will host|to host|will take place|to take place|will hold|plans to|is set to|ahead of|forthcoming|in preparation)\b",
    re.I,
)
PAST_ANCHOR = re.compile(r"\b(?:attended|attends|attending|chaired|addressed|addresses|held|was held|took place|participated|delivered|spoke|opened)\b", re.I)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences."""
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        parts.append(text[start : m.end(1)].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


def is_future(sentence: str, start: int, window: int = 80) -> bool:
    """True when the phrase at `start` is about a later meeting ("the summit to be held in ...")."""
    before = sentence[max(0, start - window) : start]
    after = sentence[start : start + window]
    near = FUTURE.search(before) or FUTURE.search(after[:50])
    return bool(near)


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph."""
    parts = sentences(text)
    return parts[0] if parts else text
