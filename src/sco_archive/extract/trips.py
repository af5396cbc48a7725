"""Someone going to the meeting or arriving where it is held: "will travel to Dushanbe to take part in", "will visit China
on Monday to participate in", "has arrived in Tajikistan on a working visit"."""

from __future__ import annotations

import re

from ..knowledge import knowledge
from .placenames import city_country

# "will travel to Dushanbe to take part in", "flew to Astana to attend": the city the meeting is held in.
# (its country and the day may stand between: "will travel to Tianjin, China, tomorrow for the meeting", "will go to Tashkent next
# week to attend")
# (or "leaves for Tashkent to lead the delegation to the meeting", "left for Astana to attend")
# A visit to a country, or an arrival there, for the meeting gives that country: "will visit China on Monday (tomorrow) to
# participate in the ... meeting", "arrived in Tajikistan at SCO Summit".
_TRIP = re.compile(r"\b(?:(?:travel\w*+|fly|flies|flew|go|goes|went|head\w*+|come|comes|came)\s++to|(?:leave|leaves|left|depart\w*+)\s++for"
                   r"|visit(?:s|ed|ing)?+|arriv(?:e|es|ed|ing)\s++in)"
                   r"\s++([A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+)?+)"
                   r"(?:,\s++[A-Z][\w ]{2,30}?,)?(?:\s++(?:today|tomorrow|(?:next|this)\s++(?:week|month)|on\s++[A-Z]\w++))?(?:\s++\([\w ]{1,20}\))?"
                   r"\s++(?:to\s++(?:take\s++part|attend|participate|lead|represent)|for|at)\b")


# Someone arriving somewhere: "has arrived in Tajikistan on a working visit", "arrived on a working visit to Uzbekistan".
_ARRIVED = re.compile(r"\barriv(?:ed|es|ing)\b[^.;]{0,40}?\b(?:in|to|at)\s++(?:the\s++)?([A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+)?)")


def arrived_there(lead: str, known: tuple[str, str]) -> bool:
    """Whether the lead has someone arrive in the dateline's city (`known`: its city and country) or its country."""
    k = knowledge()
    for m in _ARRIVED.finditer(lead):
        for name in (m[1], m[1].split()[0]):
            if city_country(name) == known or k.countries.get(name.lower()) == known[1]:
                return True
    return False


def trip_to(sentence: str, meeting_at: int) -> tuple[str, str] | None:
    """The known city a speaker goes to in order to attend the meeting named after it (or the country, city None)."""
    k = knowledge()
    for m in _TRIP.finditer(sentence, 0, meeting_at):
        known = city_country(m[1])
        country = k.countries.get(m[1].lower())
        if known or country:
            return known or (None, country)
    return None
