"""Finding places in a line or sentence: the known cities of data/places.yml (as written or in capitals), a city
with its country, a wire opening with a place ("BISHKEK, Kyrgyzstan: ..."), and a line that is only a place, or a date,
time and place ("August 28, 2008, Dushanbe"), a city written in another script ("杜尚别") on a page in that script, a host's
welcome to a city and the country of a meeting's chair. extract/places.py and extract/video.py decide which place is the venue."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dates import find_dates
from ..knowledge import alternation, knowledge, lower
from ..model import Evidence
from .text import PREVIOUS, is_future, sentences

# Words that name a meeting (a sentence with one of them may place it).
# A sentence opening on the meeting just named, called "the event": "The event chaired by the Prime Minister of India ...",
# "The event was held via video link." (not "Last year, ... the event took place by videoconference")
THE_EVENT = re.compile(r"^(?:The|This) event\b")
MEETING_WORD = re.compile(r"\b(?:meeting|summit|session|council|conference|talks|gathering|forum|met|"
                          + knowledge().meeting_words_abroad + r")\b", re.I)  # (and a Russian, Persian or Filipino page's: data/bodies.yml)


@lru_cache(maxsize=1)
def place_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """A known city (as written or in capitals); 'in Qingdao, China' (a city not in the data, with its
    country); 'held in China' (the country only)."""
    k = knowledge()
    cities = alternation([c for city, _ in k.cities.values() for c in (city, city.upper())] + list(k.city_forms))
    countries = r"\b(" + alternation(k.country_names) + r")\b"
    # (not a city in a name: "the Shanghai Cooperation Organisation", "the Shanghai spirit", "the New Delhi Declaration")
    return (re.compile(r"\b(" + cities + r")\b(?!\s++(?:" + alternation(k.in_names) + r")\b)"),
            re.compile(r"\b(?:in|at)\s+([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?),\s+" + countries),
            re.compile(r"\b(?:(?:held|hosted|took place|convened)\s+in|hosted\s+by|under\s+the\s+(?:chairmanship|presidency)\s+of)\s+(?:the\s+)?"
                       + countries + r"|"
                       # the chair's office names the host: "under the chairmanship of the Minister of Defence of the Republic
                       # of Uzbekistan"
                       + r"\bunder\s+the\s+(?:chairmanship|presidency)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){0,8}?\s+of\s+(?:the\s+)?"
                       + countries + r"|" + countries + r"(?:,\s+which)?\s+(?:is\s+hosting|hosts|hosted)\s+(?:this|the)\b|" + countries + r"\s+is\s+chairing\b"
                       # "Tajikistan, which holds the rotating chairmanship"
                       + r"|" + countries + r"(?:,\s+which)?\s+(?:holds|is\s+holding)\s+the\s+(?:rotating\s+)?(?:chairmanship|presidency)\b"
                       # "I congratulate Pakistan on hosting the meeting", "the summit under India's chairmanship"
                       + r"|" + countries + r"\s+on\s+(?:successfully\s+)?hosting\s+(?:this|the)\b"
                       + r"|\b(?:[Ss]ummit|[Mm]eeting|[Ss]ession)\s+under\s+" + countries + r"['’]s\s+(?:rotating\s+)?(?:chairmanship|presidency)\b"
                       # "the 14th meeting of the Council of Heads of Government of the SCO member states in China"
                       + r"|\b(?:summit|meeting|session)(?:\s+of\s+[^,.;]{0,100}?)?\s+in\s+(?:the\s+)?" + countries),
            # the host by its adjective: "chaired by the Indian side", "under the Indian chairmanship"
            re.compile(r"\b(?:chaired|hosted|organi[sz]ed)\s+by\s+the\s+(" + alternation(k.adjectives) + r")\s+(?:side|chairmanship|presidency)\b"
                       + r"|\bunder\s+the\s+(" + alternation(k.adjectives) + r")\s+(?:chairmanship|presidency)\b"
                       # a meeting in a city named by its country's adjective only: "the meeting held in this Russian city"
                       + r"|\b(?:held|summit|meeting|session)\s+in\s+(?:this|the)\s+(" + alternation(k.adjectives) + r")\s+city\b(?!\s+of\b)"))

def city_country(city: str) -> tuple[str, str] | None:
    """Canonical spelling and country of a known city."""
    return knowledge().cities.get(city.lower())

# A wire opening with a place but no date: "BISHKEK, Kyrgyzstan:", "BEIJING --".
# (or with the agency between slashes: "Bishkek /Kabar/. The President ...")
_PLACE_OPENING = re.compile(r"^([A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,2})\s*(?:,\s*[A-Z][A-Za-z ]{2,30}?)?\s*(?:\([^()]{1,30}\))?\s*(?::|--|—|–|(?<=\s)-|/[^/\n]{1,30}/\.?)(?:\s|$)")

@dataclass(frozen=True)
class _Opening:
    place: str
    rest: str

def place_opening(text: str) -> _Opening | None:
    """A wire opening with a place and no date: "BISHKEK, Kyrgyzstan: ...", "BEIJING -- ..."."""
    m = _PLACE_OPENING.match(text)
    return _Opening(m[1], text[m.end() :]) if m else None

MAX_PLACE_LINE_WORDS = 8  # "July 10, 2015, 12:45, Ufa": an event line is a date, a time and a place

def date_only(text: str) -> bool:
    """A line that is a date and perhaps a time: "July 4, 2023, 13:50"."""
    hits = find_dates(text)
    return bool(hits) and len(text.split()) <= MAX_PLACE_LINE_WORDS and not re.sub(r"[\d:,. ]", "", text[: hits[0].start] + text[hits[0].end :])

# "The Kremlin, Moscow": a building before the city
_HALL_BEFORE = re.compile(r"^(?:The\s+)?[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,3},\s*+$")

# ", Moscow Region", ", Palace of Independence", ", the Great Hall of the People"
_REGION_AFTER = re.compile(r"^(?:,\s*+(?:the\s++)?[A-Z][\w'’-]*+(?:\s++(?:(?:of|the)\s++)*[A-Z][\w'’-]*+){0,3})?\s*+\.?$")

def _country_and_day(text: str) -> bool:
    """After a city, its country and the day only: ", Russia, April 27th 2009", ", Kyrgyz Republic, 24 June 2008"."""
    country, _, day = text.removeprefix(",").partition(",")
    return country.strip().lower() in knowledge().countries and bool(find_dates(day)) and len(day.split()) <= 4

def place_line(text: str) -> tuple[str, str] | None:
    """A line that is only a place, or a date, time and place: "Beijing", "August 28, 2008, Dushanbe",
    "September 17, 2021, 13:10, Novo-Ogaryovo, Moscow Region"."""
    if len(text.split()) > MAX_PLACE_LINE_WORDS:
        return None
    # a speech's event line in brackets: "(Kazan, Russia, April 27th 2009)" (not a wire's "Baku, Azerbaijan, April 13")
    bracketed = text.startswith("(") and text.endswith(")")
    text = text[1:-1] if bracketed else text
    for m in place_patterns()[0].finditer(text):
        if (_REGION_AFTER.match(text[m.end() :]) or (bracketed and _country_and_day(text[m.end() :]))) and not (m.start() and not find_dates(text[: m.start()]) and not _HALL_BEFORE.match(text[: m.start()])):
            return city_country(m[1])
    return None


THE_MEETING = re.compile(r"(?:The|This)\s++(?:meeting|summit|session|conference)\b")


def same_body(sentence: str, other: str | None) -> bool:
    """Whether the sentence names first the body `other` names first (a briefing's "The meeting of the Council of
    Foreign Ministers will be held in Astana" under "Kazakhstan will host a meeting of the Council of Foreign Ministers"),
    or opens on the meeting named before it and names no body ("The meeting is to be held on June 13 in Bishkek")."""
    k = knowledge()
    a, b = k.find_body(sentence), k.find_body(other) if other else None
    return bool(a and b and k.body_of(a) == k.body_of(b)) or bool(b and not a and THE_MEETING.match(sentence))


MAX_OTHER_SCRIPT_PARAGRAPHS = 6  # the headline and lead of a page in another script


@lru_cache(maxsize=1)
def _other_script_cities() -> re.Pattern:
    return re.compile(alternation(list(knowledge().script_cities)))


# A speech's line of when and where it was given, in brackets under its heading: "(2022年9月16日,撒马尔罕)".
_BRACKETED = re.compile(r"^[（(][^()（）]{4,40}[)）]$")
SPEECH_HEAD_PARAGRAPHS = 12  # where a speech's heading and its line of when and where are, under a page's lines


def other_script_place(paragraphs) -> tuple[str, str, Evidence] | None:
    """The city written in another script (data/places.yml in_other_scripts) of a speech's bracketed line of when and where
    it was given, or the first in a paragraph of the page's opening that names a meeting in such a script; the venue keeps
    the text's form."""
    k = knowledge()
    for p in paragraphs[:SPEECH_HEAD_PARAGRAPHS]:
        if _BRACKETED.match(p.text) and find_dates(p.text) and (m := _other_script_cities().search(p.text)):
            return m[0], k.script_cities[m[0]], Evidence(p.text, "city of a speech's line of when and where")
    for p in paragraphs[:MAX_OTHER_SCRIPT_PARAGRAPHS]:
        m = _other_script_cities().search(p.text) if any(word in p.text for word in k.script_meeting_words) else None
        if m:
            return m[0], k.script_cities[m[0]], Evidence(p.text[:160], "city written in another script")
    return None


# A host greeting the guests: "I cordially welcome you to Dushanbe", "I am glad to welcome you in Astana".
_WELCOME_TO = re.compile(r"\bwelcome\s+(?:you\s+)?(?:all\s+)?(?:here\s+)?(?:to|in)\s+$", re.I)


def welcome(paragraphs) -> tuple[str, str, Evidence] | None:
    """A host welcoming the guests to the city: "I cordially welcome you to Dushanbe", "... welcome you in Astana"."""
    city = place_patterns()[0]
    for p in paragraphs:
        if "elcome" not in p.text:
            continue
        for sentence in sentences(p.text):
            for m in city.finditer(sentence):
                if _WELCOME_TO.search(sentence[max(0, m.start() - 40) : m.start()]):
                    return *city_country(m[1]), Evidence(sentence, "welcome to the city")
    return None


@lru_cache(maxsize=1)
def _chair_pattern() -> re.Pattern:
    """The chair's country: "chaired by Prime Minister of the Republic of Kazakhstan Askar Mamin", "Prime Minister of the
    Russian Federation Mikhail Mishustin chaired the meeting", "under Indian Vice President M. Venkaiah Naidu's chairmanship",
    "Kyrgyz Prime Minister Nikolai Tanayev chaired the meeting"."""
    k = knowledge()
    countries = r"\b(" + alternation(k.country_names) + r")\b"
    return re.compile(r"\bchaired\s+by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){0,8}?\s+of\s+(?:the\s+)?" + countries
                      + r"|\bof\s+(?:the\s+)?" + countries + r"(?:\s+[A-Z][\w.'’-]*){1,4}\s+chaired\s+the\b"
                      # "Secretary of the Kazakh Security Council Asset Issekeshev chaired the meeting"
                      + r"|\bof\s+the\s+(" + alternation(k.adjectives) + r")(?:\s+[A-Z][\w.'’-]*){2,6}\s+chaired\s+the\b"
                      + r"|\bunder\s+(?:the\s+)?(" + alternation(k.adjectives) + r")\s+[A-Z][^;,]{0,60}?['’]s\s+(?:chairmanship|presidency)\b"
                      # "Russian Healthcare Minister Mikhail Murashko chaired the event"
                      + r"|\b(" + alternation(k.adjectives) + r")(?:\s+[A-Z][\w.'’-]*){2,6}\s+chaired\s+the\s+(?:meeting|event|session|summit)\b")


def chair_country(paragraphs) -> tuple[None, str, Evidence] | None:
    """The country of the meeting's chair, in a sentence about the meeting in the first paragraphs."""
    k = knowledge()
    for p in paragraphs[:MAX_CHAIR_PARAGRAPHS]:
        for sentence in sentences(p.text):
            m = _chair_pattern().search(sentence)
            # (the meeting may be named by its body alone: "The SCO CHS was chaired by President of Russia Vladimir Putin.")
            if m and (MEETING_WORD.search(sentence) or THE_EVENT.search(sentence) or m[5] or k.find_body(sentence)) and not is_future(sentence, m.start()) and not PREVIOUS.search(sentence):
                country = m[1] or m[2]
                return None, k.countries[country.lower()] if country else k.adjectives[m[3] or m[4] or m[5]], Evidence(sentence, "the chair's country")
    return None


MAX_CHAIR_PARAGRAPHS = 8


# A lead on someone representing the dateline's country abroad: "ISLAMABAD: ... Dar ... represented Pakistan at the ... meeting",
# "New Delhi: ... Jaishankar represented India at the meeting", "led the Indian delegation to the summit" (in lower case, matched
# in the text lower-cased).
_REPRESENTS = re.compile(r"\b(?:represent(?:ed|s|ing)\s+([a-z]+(?: [a-z]+)?)\s+(?:at|in)\b"
                         r"|(?:led|leads|leading|head(?:ed|s|ing))\s+the\s+([a-z]+)\s+delegation\b)")


def represents_home(lead: str, country: str) -> bool:
    """Whether the lead has someone represent `country` (the dateline's) at the meeting, or lead its delegation: the
    dateline is then the home newsroom's, not the meeting's place."""
    k = knowledge()
    adjectives = {a.lower(): c for a, c in k.adjectives.items()}
    for m in _REPRESENTS.finditer(lower(lead)):
        if (k.countries.get(m[1]) if m[1] else adjectives.get(m[2]) or k.countries.get(m[2])) == country:
            return True
    return False

