"""Venue: the city and country where the meeting took place, and whether it met online."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..knowledge import alternation, knowledge
from ..model import Evidence, Paragraph, Removed, Venue
from .text import is_future, sentences
from .when import dateline

ONLINE = re.compile(
    r"\b(?:via (?:a )?video ?(?:link|conference)|by (?:a )?video ?(?:link|conference)|video ?conference|videoconference|"
    r"in (?:a |an )?(?:virtual|online|video) (?:format|mode|manner)|virtual(?:ly)? (?:summit|meeting|session|format)|"
    r"held (?:virtually|online)|(?:summit|meeting|session) (?:virtually|online)|online (?:summit|meeting)|video link)\b",
    re.I,
)
_LOCATION = re.compile(r"^(?:Location|Venue|Place)\s*[:：]\s*([A-Z][\w' .-]{1,40}?)\s*(?:,.*)?$")
_MEETING_WORD = re.compile(r"\b(?:meeting|summit|session|council|conference|talks|gathering|forum)\b", re.I)


@lru_cache(maxsize=1)
def _place_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A known city (as written or in capitals); 'in Qingdao, China' (a city not in the data, with its
    country); 'held in China' (the country only)."""
    k = knowledge()
    cities = alternation([c for city, _ in k.cities.values() for c in (city, city.upper())])
    countries = r"\b(" + alternation(k.country_names) + r")\b"
    return (re.compile(r"\b(" + cities + r")\b"),
            re.compile(r"\b(?:in|at)\s+([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?),\s+" + countries),
            re.compile(r"\b(?:held|hosted|took place|convened)\s+in\s+" + countries))


def city_country(city: str) -> tuple[str, str] | None:
    """Canonical spelling and country of a known city."""
    return knowledge().cities.get(city.lower())


_PLACE_BEFORE = re.compile(r"(?:\bin|\bat|,|\bcapital|\bcity of)(?:\s+the)?\s*$")
_HOST_FROM = re.compile(r"\bhost\w*\b[^.;]{0,80}\bfrom\s*$", re.I)


def _venue_from(sentence: str, start: int = 0) -> tuple[str, str | None] | None:
    """The first place of a sentence written as 'in <City>', ', <City>' or 'hosted ... from <City>'.

    A city after 'from' is where a speaker joined from, not the venue, unless the host is speaking from it;
    a place about a later meeting ("the summit to be held in ...") does not count.
    """
    city, in_city_country, held_in_country = _place_patterns()
    for m in city.finditer(sentence, start):
        before = sentence[max(0, m.start() - 90) : m.start()]
        if not (_PLACE_BEFORE.search(before) or _HOST_FROM.search(before)) or is_future(sentence, m.start()):
            continue
        return city_country(m[1])
    for m in in_city_country.finditer(sentence[start:]):
        if not is_future(sentence, start + m.start()):
            return m[1], knowledge().countries[m[2].lower()]
    for m in held_in_country.finditer(sentence[start:]):
        if not is_future(sentence, start + m.start()):
            return None, knowledge().countries[m[1].lower()]  # the country only: "held in China"
    return None


def venue(paragraphs: tuple[Paragraph, ...], captions: tuple[Removed, ...], body_sentence: str | None, datelines: bool = True) -> tuple[Venue | None, Evidence | None, Evidence | None]:
    """Venue with evidence for the place and for the online flag (either may be None)."""
    online_ev = _online(paragraphs, body_sentence)
    place = _place(paragraphs, captions, body_sentence, online_ev is not None or not datelines, datelines)
    if place is None and online_ev is None:
        return None, None, None
    city, country, evidence = place if place else (None, None, None)
    return Venue(city, country, online_ev is not None), evidence, online_ev


def _online(paragraphs: tuple[Paragraph, ...], body_sentence: str | None) -> Evidence | None:
    pool = ([body_sentence] if body_sentence else []) + [s for p in paragraphs[:8] for s in sentences(p.text)]
    for sentence in pool:
        m = ONLINE.search(sentence)
        if m and not is_future(sentence, m.start()) and (_MEETING_WORD.search(sentence) or "attend" in sentence):
            return Evidence(sentence, "online meeting phrase")
    return None


def _place(paragraphs, captions, body_sentence, online: bool, datelines: bool = True):
    # 0. A metadata line "Location: Astana".
    for p in paragraphs[:10]:
        m = _LOCATION.match(p.text)
        if m and city_country(m[1]):
            return *city_country(m[1]), Evidence(p.text, "location line")
    # 1. A dateline: the speech header "Beijing, 10 November 2020" or a wire "BISHKEK, June 14 (Xinhua) --".
    #    For an online meeting the dateline is where the reporter or speaker was, so it comes last.
    for p in ([] if online else paragraphs[:10]):
        found = dateline(p.text)
        known = city_country(found.place) if found else None
        if known:
            return known[0], known[1], Evidence(p.text[:120], "dateline")
    # 2. The sentence that names the meeting: "attended the meeting ... in Moscow".
    lead = [s for p in paragraphs[:4] for s in sentences(p.text)]
    # (a generator: the first sentence that places the meeting ends the search, usually the first)
    ordered = itertools.chain([body_sentence] if body_sentence else [], (s for s in lead if _MEETING_WORD.search(s)))
    for sentence in ordered:
        found = _venue_from(sentence)
        if found:
            return found[0], found[1], Evidence(sentence, "meeting sentence")
    # 3. A photo caption that cleaning removed: "... attends the meeting in Goa, India, May 5, 2023."
    for r in captions:
        if _MEETING_WORD.search(r.text):
            found = _venue_from(r.text)
            if found:
                return found[0], found[1], Evidence(r.text, "photo caption")
    # 4. Any later sentence about the meeting that places it ("the meeting in Moscow").
    for p in paragraphs[4:]:
        for sentence in sentences(p.text):
            m = _MEETING_WORD.search(sentence)
            if m:
                found = _venue_from(sentence, m.start())
                if found:
                    return found[0], found[1], Evidence(sentence, "later meeting sentence")
    # 5. For an online meeting, the dateline after all; then a wire dateline with a city not in the data.
    if online and datelines:
        found = _place(paragraphs, (), None, False)
        if found:
            return found
    for p in paragraphs[:3] if datelines else ():
        found = dateline(p.text)
        if found and found.place.isupper() and found.rest.lstrip().startswith("("):  # "KOKSHETAU, May 5 (Xinhua) --"
            return found.place.title(), None, Evidence(p.text[:120], "dateline (unknown city)")
    return None
