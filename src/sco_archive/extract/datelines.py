"""Datelines: a paragraph that opens with a place and a date ("BISHKEK, June 14 (Xinhua) --"). when.py reads the
meeting's day from them; the venue, a video speaker's seat and the title read their place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import dates as d

# A dateline's place: "BISHKEK, June 14 (Xinhua) --", "Beijing, 10 November 2020", "Moscow, Tuesday, 10 September 2020".
# A dateline may be written with dots: "ASTANA. July 5. KAZINFORM.", "Almaty. September 30. Kazakhstan Today -", and the country may follow the place in brackets
# or slashes: "New Delhi [India], April 28 (ANI):", "CHOLPON-ATA /Kyrgyzstan/, August 24. /TASS/.", "ASTANA (Kazakhstan), July 5:".
# The agency and the date may stand in brackets after the place, with or without a comma before them:
# "DUSHANBE (UrduPoint News / Sputnik - 04th July, 2023)", "ISLAMABAD, (UrduPoint / Pakistan Point News - 16th Oct, 2024)".
# A Russian agency's place in Cyrillic: "АСТАНА, 4 июля. /ТАСС/.", "Бишкек, 14 июня — РИА Новости".
_DATELINE = re.compile(r"^([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'’.-]+(?:[ -][A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'’.-]+){0,2})(?:\s?+(?:\[[A-Z][A-Za-z ]{1,30}\]|/[A-Z][A-Za-z ]{1,30}/|\([A-Z][A-Za-z ]{1,30}\)(?=,)))?"
                       r"(?:,?\s++\([A-Z][\w .'’/]{1,60}?\s[-–]\s++|\s*(?:,|(?<![A-Z]\.[A-Z])(?<=[A-Za-z]{2})\.)\s*(?:[A-Z][a-z]+\s*,\s*)?)")


@dataclass(frozen=True)
class Dateline:
    """A paragraph that opens with a place and a date."""

    place: str
    date: d.DateHit  # (its positions count from the date's start)
    rest: str  # the paragraph after the date


def dateline(text: str) -> Dateline | None:
    """The dateline a paragraph opens with, if it does."""
    m = _DATELINE.match(text)
    if m and d.WEEKDAY.fullmatch(m[1]):
        return None  # a page's date line, "Sunday, October 13, 2024": a weekday is no place
    hits = d.find_dates(text[m.end() : m.end() + 30]) if m else []
    if not hits or hits[0].start != 0:
        return None
    return Dateline(m[1], hits[0], text[m.end() + hits[0].end :])


# A wire's lead that opens with its date and agency but no place: "5 July 2005 (RFE/RL) -- Russia, China ... told ...
# today", "(epa) September 20, 2006 -- The supreme court chiefs ...". The agency stands in brackets before or after the
# date, and a dash ends the opening.
_AGENCY_BEFORE = re.compile(r"\(\s*+[A-Za-z][\w/&.' -]{0,24}\)\s*+")
_AGENCY_AFTER = re.compile(r"(?:,?\s*+\(\s*+[A-Za-z][\w/&.' -]{0,24}\))?\s*+(?:--|–|—)\s*+")


def date_first(text: str) -> Dateline | None:
    """The dateline a paragraph opens with when it gives the day and agency but no place (its place is "")."""
    before = _AGENCY_BEFORE.match(text)
    start = before.end() if before else 0
    hits = d.find_dates(text[start : start + 30], partial=False)
    if not hits or hits[0].start != 0:
        return None
    after = _AGENCY_AFTER.match(text, start + hits[0].end)
    if not after or not (before or "(" in after[0]):
        return None
    return Dateline("", hits[0], text[after.end() :])
