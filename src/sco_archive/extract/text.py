"""Shared text helpers for the extractors: sentences, context windows, future tense."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..knowledge import alternation, knowledge, lower

# A sentence ends at . ! ? (and closing quotes) followed by space and a capital, digit or quote, or at the full stop of a
# script that does not space its words ("。", "！", "？", with its closing quotes) followed by anything...
_SENTENCE_END = re.compile(r"([.!?][\"”’)]*)\s+(?=[\"“‘(«—–]?\s?[A-Z0-9А-ЯЁ])|([。！？][\"”’)」』）]*)\s*(?=\S)")
# ...unless the dot ends an abbreviation or an initial.
_ABBREVIATION = re.compile(r"(?:\b(?:H\.E|Mr|Mrs|Ms|Dr|Smt|St|No|U\.S|U\.N|Sept|Jan|Feb|Aug|Oct|Nov|Dec|vs|etc|Gen|Col|Prof|Amb|"
                           + alternation(w[:-1] for w in knowledge().city_words if w.endswith(".")) + r")|\b[A-ZА-ЯЁ])$")  # ("в г. Астане", data/places.yml)
_FUTURE = re.compile(r"\b" + knowledge().verbs("later_meeting") + r"\b")  # (data/verbs.yml; matched in the text lower-cased)
# A sentence about an earlier meeting ("The previous meeting ... was held by videoconference on 23 September 2020").
PREVIOUS = re.compile(r"\b(?:(?:previous|preceding|last year['’]s|prior|(?:our|the|its) last)\s+(?:\w+\s+){0,5}?(?:meeting|summit|session|council)|(?:previous|last) time)\b", re.I)
PAST_ANCHOR = re.compile(r"\b(?:attended|attends|attending|chaired|addressed|addresses|held|was held|took place|participated|delivered|spoke|opened)\b", re.I)


@lru_cache(maxsize=8192)
def sentences(text: str) -> tuple[str, ...]:
    """Split a paragraph into sentences (cached: every extractor asks for the same paragraphs)."""
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(1) == "." and _ABBREVIATION.search(text, max(0, m.start() - 5), m.start()):
            continue
        parts.append(text[start : m.end(1) if m.group(1) else m.end(2)].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return tuple(parts)


def is_future(sentence: str, start: int, window: int = 80) -> bool:
    """True when the phrase at `start` is about a later meeting ("the summit to be held in ...")."""
    before = sentence[max(0, start - window) : start]
    before = before[before.rfind(", ") + 1 :]  # a later meeting named in an earlier clause is not this one
    after = _FUTURE.search(lower(sentence[start : start + 50]))
    # (a purpose after the phrase is what this meeting was for: "met in Shanghai on Monday to prepare for the summit")
    return bool(_FUTURE.search(lower(before)) or (after and not _PURPOSE.fullmatch(after[0])))


# Future phrases that, after a meeting or its place, give what that meeting was for, not a later one (matched in the
# text lower-cased).
_PURPOSE = re.compile(r"prepare for|preparing for|preparations? for|in preparation|ahead of")


_MEETING = re.compile(r"\b(?:meeting|summit|session|council|talks)\b", re.I)


def meeting_to_come(sentence: str) -> bool:
    """Whether the sentence has a meeting still to come (see to_come). A dateline over such a lead dates the story, not
    the meeting (when.py)."""
    return any(to_come(sentence, m.start()) for m in _MEETING.finditer(sentence))


def to_come(sentence: str, start: int, reach: int | None = None) -> bool:
    """Whether the meeting named at `start` is still to come for the sentence: a later meeting's words (is_future: "the
    summit to be held in ...") or someone going to it, or its eve, before it (data/verbs.yml still_to_come: "will take
    part in the SCO summit"), within `reach` characters (by default anywhere before it)."""
    before = sentence[max(0, start - reach) if reach is not None else 0 : start]
    return is_future(sentence, start) or bool(_going().search(lower(before)))


@lru_cache(maxsize=1)
def _going() -> re.Pattern:
    """Someone going to a meeting, or its eve: data/verbs.yml still_to_come (in lower case)."""
    return re.compile(r"\b" + knowledge().verbs("still_to_come") + r"\b")


PROSE = re.compile(r"^(?:\S+\s+){5,}.*[.!?\"”]$")  # a sentence of six words or more
# A journey to or from a meeting ("left for Tashkent", "will depart for Qingdao", "flew home").
TRAVEL = re.compile(r"\b(?:left|leaves?|leaving|depart(?:s|ed|ing|ure)?|fl(?:ew|ies|ying))\b", re.I)
# Someone going to a meeting to come ("will lead the delegation at a meeting ... being held from tomorrow").
_GOING = re.compile(r"\bwill\s++(?:be\s++)?(?:lead|attend|visit|travel|participat|take\s++part)\w*|\btomorrow\b", re.I)
PREVIEW_SENTENCES = 2  # the first sentences of prose that say whether a text tells of the meeting itself


def around_the_meeting(paragraphs) -> bool:
    """Whether the text's first sentences of prose tell of something around its meeting rather than the meeting: a
    journey to or from it ("Premier Wen Jiabao left here Tuesday for home after attending ...") or someone going to it
    ("Ishaq Dar will lead the delegation at a meeting ... from tomorrow")."""
    lead = [s for p in paragraphs[:8] for s in sentences(p.text) if PROSE.search(s)][:PREVIEW_SENTENCES]
    return any(TRAVEL.search(s) or _GOING.search(s) for s in lead)


def previews_the_meeting(paragraphs) -> bool:
    """Whether the text's first sentences of prose name a meeting still to come (meeting_to_come: "The 2022 SCO summit will
    be held in Uzbekistan this week", "Raisi will take part in the SCO summit"): a preview, published before its meeting."""
    lead = [s for p in paragraphs[:8] for s in sentences(p.text) if PROSE.search(s)][:PREVIEW_SENTENCES]
    return any(meeting_to_come(s) for s in lead)


def arrives_for_the_meeting(paragraphs) -> bool:
    """Whether the text's first sentences of prose tell of someone arriving (data/verbs.yml arriving: "arrived in
    Samarkand to attend the summit")."""
    arriving = re.compile(r"\b" + knowledge().verbs("arriving") + r"\b")
    lead = [s for p in paragraphs[:8] for s in sentences(p.text) if PROSE.search(s)][:PREVIEW_SENTENCES]
    return any(arriving.search(lower(s)) for s in lead)


def lead_paragraphs(paragraphs, count: int):
    """The first `count` paragraphs, or more: the lead runs to the first paragraph of prose, under page furniture the
    cleaning kept ("SCO 2.jpg", a portal's menu) or a speech's salutation lines ("Your Excellency, ...,")."""
    first_prose = next((i for i, p in enumerate(paragraphs) if any(PROSE.search(s) for s in sentences(p.text))), 0)
    return paragraphs[: max(count, first_prose + 1)]


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph."""
    parts = sentences(text)
    return parts[0] if parts else text


# Letters and symbols that show nothing: Hangul fillers and the blank Braille pattern
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Categories that show nothing by themselves: controls, format characters (zero-width, bidi), surrogates,
# separators, and combining marks (which only change the character before them)
_UNSEEN = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp", "Mn", "Mc", "Me"})


def visible(text: str) -> bool:
    """Whether a text shows anything: "\u200b\u200b", a bidi control or spaces alone do not."""
    return any(c not in _BLANK and unicodedata.category(c) not in _UNSEEN for c in text)
