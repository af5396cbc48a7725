"""Venue: the city and country where the meeting took place, and whether it met online."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..dates import MONTH_NAMES
from ..knowledge import alternation, knowledge, lower
from ..model import Evidence, Paragraph, Removed, Venue
from .placenames import (MEETING_WORD, THE_MEETING, chair_country, city_country, other_script_place, place_line, place_opening, place_patterns,
                         represents_home, same_body, welcome)
from .text import PREVIOUS, is_future, lead_paragraphs, sentences, to_come
from .trips import arrived_there, trip_to
from .video import online_phrase, speaker_seat
from .datelines import dateline

_LOCATION = re.compile(r"^(?:(?:Location|Venue|Place)\s*[:：]|\[(?:Location|Venue|Place)\])\s*([A-Z][\w' .-]{1,40}?)\s*(?:,.*)?$")
MAX_OCCASION_TO_PLACE = 150  # "interview with ..., recorded at the PM House in Islamabad": the place follows closely


MAX_DATELINE_PARAGRAPHS = 10  # a wire's dateline may stand under a page's menus (steps 1 and 1c)


@lru_cache(maxsize=1)
def _capital_pattern() -> re.Pattern:
    """'in the Kyrgyz capital', 'in the capital of Tajikistan' (or 'capital city of'), 'In Kazakhstan's capital', 'the capital of Tajikistan will
    host the meeting': the capital of the country named (data/places.yml); a capital neither placed by "in" nor hosting is no venue."""
    k = knowledge()
    return re.compile(r"\b(?P<prep>(?:[Ii]n|[Aa]t|[Tt]o)\s+)?(?:[Tt]he\s+(?:(?P<adj>" + alternation(k.adjectives) + r")\s+capital\b|capital\s+(?:city\s+)?of\s+(?:the\s+)?(?P<country>"
                      + alternation(k.country_names) + r")\b)|(?P<owner>" + alternation(k.country_names) + r")['’]s\s+capital\b)"
                      r"(?P<hosts>\s+(?:will\s+host|hosts|hosted|is\s+hosting|was\s+hosting)\b)?")


def _capital(sentence: str, ahead: bool = False, start: int = 0, away: bool = False) -> tuple[str, str] | None:
    """The city 'the <Adjective> capital' names in a sentence from `start` (not about a later meeting, unless the text is
    given ahead of the meeting it is about; for a briefing or interview, `away`, not one its sentence has still to come,
    see _to_come; nor one the sentence places "last year", see _LAST_BEFORE)."""
    k = knowledge()
    for m in _capital_pattern().finditer(sentence, start):
        placed = sentence[max(0, m.start() - 90) : m.end("prep") if m["prep"] else m.start()]  # (up to "in the")
        if ((m["prep"] or m["hosts"]) and (ahead or not is_future(sentence, m.start())) and not (away and _to_come(sentence, m.start()))
                and not _NOT_THE_MEETING.search(placed)
                and not _INVITED.search(lower(placed)) and not _LAST_BEFORE.search(lower(placed))):
            country = k.adjectives[m["adj"]] if m["adj"] else k.countries[(m["country"] or m["owner"]).lower()]
            return k.capitals[country], country
    return None


# (a Filipino page's "sa" is "in": "Idinaos ... sa Dushanbe, Tajikistan, ang pulong ...", as are the words of data/places.yml
# in_abroad: "realizada em Ufa", "di Beijing")
# (a city opening brackets is a place too: "... the SCO Ministerial Council (Tianjin, July 15, 2025)"; and a city owned by
# its country: "in Russia's Ufa", "in north China's Tianjin"; a Russian page's "в китайском городе Тяньцзинь", "в столице
# Башкортостана городе Уфе", "в столице Киргизии Бишкеке"; a Portuguese page's "realizada em Ufa")
_PLACE_BEFORE = re.compile(r"(?:\bin|\bat|(?:^|\s)[Вв]о?(?:\s+(?:[а-яё]+(?:ом|ем)\s+)?(?:" + alternation(knowledge().city_words) + r")|\s+столице(?:\s+[А-ЯЁ][\w-]+)?(?:\s+городе)?)?|(?:^|\s)(?i:" + alternation(knowledge().in_abroad) + r")|,|\(|\bcapital|\bcity of|\b(?:(?:working|official|state|his|her|their)\s+)?visit\s+to)(?:\s+the)?\s*$"
                           r"|\b(?:in|at)\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest)\s+)?[A-Z][a-z]+['’]s\s+$")
# The meeting under way named by its city: "the current Bishkek summit", "this Ufa summit".
_THIS_ONE = re.compile(r"\b(?:current|present|ongoing|this|today['’]s)\s++$", re.I)
_MEETING_AFTER = re.compile(r"\s++(?:SCO\s++)?(?:summit|meeting|session)\b", re.I)
# The meeting named by its city as it opens or ends: "The Ufa summit concludes Russia's presidency", "Shanghai Summit Ends".
_OPENS_AFTER = re.compile(r"\s++(?:SCO\s++)?(?:summit|meeting|session)\s++(?:opens|opened|begins|began|starts|started|kicks\s++off|ends|ended|closes|closed|concludes|concluded)\b", re.I)
_NEXT_MEETING = re.compile(r"\bnext\s+(?:[\w']+\s+){0,3}?(?:summit|meeting|session)\b")  # (in lower case)
_TO_BE = re.compile(r"\b(?:will|would|shall|to)\s++be\s++$")
_HERE = re.compile(r"\b(?:met|meet|meets|held|opened|gathered|convened|took place)\s++here\b", re.I)
# "Astana hosted the seventh meeting"; "Toshkent shahrida" (data/places.yml in_abroad_after)
_HOSTS_AFTER = re.compile(r"\s++(?:hosts|hosted|is hosting|was hosting|" + alternation(knowledge().in_abroad_after) + r")\b")
_HOST_FROM = re.compile(r"\bhost\w*\b[^.;]{0,80}\bfrom\s*$", re.I)
# A city that places something else: an earlier meeting's decision ("the consensus reached at the Bishkek summit in
# September"), or what a relative clause is about ("the anti-terrorist structure, whose location in Bishkek was agreed").
# Nor the source a report cites ("citing the Secretariat in Beijing", "со ссылкой на Секретариат ... в Пекине"), nor what is
# set up there ("agreed to establish an anti-terrorism center in the Kyrgyz capital", "set up the Secretariat in Beijing").
_NOT_THE_MEETING = re.compile(r"\b(?:reached|agreed|adopted|signed|approved|taken)\s+at\s+(?:the\s+)?$|\bwhose\s+(?:\w+\s+){1,3}in\s+$"
                              r"|\b(?:citing|со\s+ссылкой\s+на)\s+[^.;,]{0,60}$"
                              r"|\b(?:establish\w*|set\s+up|creat\w*|locat\w*|based|station\w*)\s+(?:an?|the|its)\s+(?![^.;,]*\b(?:meeting|summit|session)\b)"
                              r"[^.;,]{0,60}?\s+(?:in|at)\s+(?:the\s+\w+\s+capital\s+of\s+)?$")
# Nor the founding ("SCO was founded at a summit in Shanghai in 2001", "established in Shanghai", "founded in 2001 in
# Shanghai", "whose establishment we proclaimed in June 2001 in Shanghai", "the SCO was inaugurated in Shanghai, China",
# "launched in Shanghai", "born in Shanghai"; in lower case, matched in the text lower-cased).
_FOUNDED = re.compile(r"\b(?:founded|established|created|set up|proclaimed|inaugurated|launched|born)\s+(?:in\s+(?:[a-z]+\s+)?(?:19|20)\d\d\s+)?(?:at\s+(?:a|the|its)\s+(?:\w+\s+)?(?:summit|meeting)\s+)?(?:in|at)\s+$")
# Nor a meeting someone is invited to, a later one ("Tokayev invites SCO leaders to summit in Astana", "I invite you to join
# the summit to be held in Astana", "has been invited to attend the meeting ... in Bishkek"; in lower case, matched in the
# text lower-cased; not "at the invitation of ...").
_INVITED = re.compile(r"\binvit(?:e|es|ed|ing)\b[^.;]{0,60}?\bto\s[^.;]{0,60}?\b(?:summit|meeting|session)\b[^.;]{0,60}$")
# A meeting dated in its own words to a year: "At the 2022 SCO Summit in Samarkand", "in June 2018, at the regular summit
# ... in Qingdao" (the year before the meeting's noun), "in Samarkand (Uzbekistan) on September 16, 2022", "in Ufa in July
# 2015" (the year right after the city); or "held in Samarkand last September", "paid a visit to Islamabad last week". (in lower case, matched in the text lower-cased)
_YEAR_BEFORE = re.compile(r"(?:\b((?:19|20)\d\d)(?:\s+sco)?\s+|\bin\s+(?:[a-z]+\s+)?((?:19|20)\d\d),\s+at\s+the\s+[^.;]{0,40}?\b)"
                          r"(?:summit|meeting|session)\b[^.;]{0,60}$")
_YEAR_AFTER = re.compile(r"(?:,?\s*\(?[a-z]+\)?)?(?:\s+(?:sco\s+)?(?:summit|meeting|session))?\s+(?:on|in)\s+"
                         r"(?:(?:[a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[a-z]+),?\s+|[a-z]+\s+)?((?:19|20)\d\d)\b")
_LAST = r"last\s+(?:year|month|week|" + "|".join(m.lower() for m in MONTH_NAMES) + r")\b"
# (or "in Shanghai, China, last year"; "their meeting last year in Uzbekistan's capital Tashkent", "last June in Dushanbe")
_LAST_AFTER = re.compile(r"(?:,\s+[a-z]+,)?\s+" + _LAST)
_LAST_BEFORE = re.compile(r"\b" + _LAST + r"\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")


def _another_year(sentence: str, start: int, end: int, year: int | None) -> bool:
    """Whether the city at sentence[start:end] places a meeting the sentence dates to a year other than `year` (the text's
    meeting's, or its page's), or to "last September" or "last week"."""
    before, after = lower(sentence[max(0, start - 90) : start]), lower(sentence[end : end + 60])
    if _LAST_AFTER.match(after) or _LAST_BEFORE.search(before):
        return True
    named = _YEAR_BEFORE.search(before) or _YEAR_AFTER.match(after)
    return bool(year and named and int(next(g for g in named.groups() if g)) != year)


TO_COME_WINDOW = 150  # "X will lead the delegation to the meeting of the SCO Council of Heads of Government, which ... in Islamabad"


def _to_come(sentence: str, start: int) -> bool:
    """Whether the sentence has the meeting whose place is at `start` still to come (text.to_come, within TO_COME_WINDOW
    before the place: "Wen will attend the meeting ... in Bishkek")."""
    return to_come(sentence, start, TO_COME_WINDOW)


def _city_before(sentence: str, at: int) -> int:
    """Where the meeting word at `at` starts, or the city naming it right before it as it opens or ends ("The Ufa summit
    concludes ...", see _OPENS_AFTER)."""
    for m in place_patterns()[0].finditer(sentence, max(0, at - 40), at):
        opens = _OPENS_AFTER.match(sentence, m.end())
        if opens and opens.end() > at:
            return m.start()
    return at


def _venue_from(sentence: str, start: int = 0, ahead: bool = False, year: int | None = None, away: bool = False) -> tuple[str, str | None] | None:
    """The first place of a sentence written as 'in <City>', ', <City>' or 'hosted ... from <City>'.

    A city after 'from' is where a speaker joined from, not the venue, unless the host is speaking from it;
    a place about a later meeting ("the summit to be held in ...") does not count, unless the text is given
    before the meeting it is about (`ahead`: an interview "ahead of the meeting ... in Dushanbe"), nor one the sentence
    dates to another year than `year` (see _another_year). A briefing or interview (`away`) was not given at a meeting
    the sentence has still to come (see _to_come): such a place is the meeting's, not its speaker's.
    """
    city, in_city_country, held_in_country, host_side = place_patterns()
    for m in city.finditer(sentence, start):
        before = sentence[max(0, m.start() - 90) : m.start()]
        placed = (_PLACE_BEFORE.search(before) or _HOST_FROM.search(before) or _HOSTS_AFTER.match(sentence, m.end())
                  or (_THIS_ONE.search(before) and _MEETING_AFTER.match(sentence, m.end())) or _OPENS_AFTER.match(sentence, m.end()))
        if placed and away and _to_come(sentence, m.start()):
            return None  # (nor another city of a meeting still to come: "... in Bishkek, and co-host ... in Moscow")
        if not placed or (not ahead and is_future(sentence, m.start())) or _NOT_THE_MEETING.search(before) or _FOUNDED.search(lower(before)) or _INVITED.search(lower(before)):
            continue
        if _another_year(sentence, m.start(), m.end(), year):
            continue
        return city_country(m[1])
    for m in in_city_country.finditer(sentence[start:]):
        if ((ahead or not is_future(sentence, start + m.start())) and not (away and _to_come(sentence, start + m.start()))
                and not _another_year(sentence, start + m.start(1), start + m.end(1), year)
                and not _INVITED.search(lower(sentence[max(0, start + m.start() - 90) : start + m.start()]))
                and not _FOUNDED.search(lower(sentence[max(0, start + m.start() - 90) : start + m.start() + 3]))):
            return m[1], knowledge().countries[m[2].lower()]
    found = _capital(sentence, ahead, start, away)
    if found:
        return found
    for m in held_in_country.finditer(sentence[start:]):
        # (nor "The next meeting of ... heads of government will be held in India": a future verb before "in")
        if not (is_future(sentence, start + m.start()) or is_future(m[0], len(m[0]), len(m[0])) or _TO_BE.search(sentence, 0, start + m.start())
                or (away and _to_come(sentence, start + m.start()))):
            return None, knowledge().countries[next(g for g in m.groups() if g).lower()]  # the country only: "held in China"
    for m in host_side.finditer(sentence[start:]):
        if not is_future(sentence, start + m.start()) and not (away and _to_come(sentence, start + m.start())):
            return None, knowledge().adjectives[next(g for g in m.groups() if g)]
    return None


def venue(paragraphs: tuple[Paragraph, ...], captions: tuple[Removed, ...], body_sentence: str | None, datelines: bool = True,
          speaker: str | None = None, ahead: bool = False, year: int | None = None, away: bool = False,
          speaker_title: str | None = None) -> tuple[Venue | None, Evidence | None, Evidence | None]:
    """Venue with evidence for the place and for the online flag (either may be None). At a video
    meeting the venue is where the speaker (`speaker`, their name; `speaker_title`, their title) sat, when the text says. A briefing or interview
    (`away`) has the place it was given, and no meeting's place that its sentence has still to come."""
    online_ev = online_phrase(paragraphs, body_sentence, ahead)
    place = speaker_seat(paragraphs, captions, speaker, datelines, speaker_title) if online_ev else None
    place = place or (_occasion_place(paragraphs) if ahead and not online_ev else None)
    place = place or _place(paragraphs, captions, body_sentence, online_ev is not None or not datelines, datelines, ahead and not away, online_ev is None, year, away)
    city, country, evidence = place if place else (None, None, None)
    if city is None and country is None and online_ev is None:
        return None, evidence, None
    return Venue(city, country, online_ev is not None), evidence, online_ev


@lru_cache(maxsize=1)
def _coming() -> re.Pattern:
    """A meeting named as coming: data/verbs.yml coming_meeting a few words before a meeting's word (in lower case; not the
    verb: "thank you all for coming to the summit held in Osh")."""
    return re.compile(r"\b" + knowledge().verbs("coming_meeting") + r"\s+(?:(?!and\b|or\b|to\b|for\b)[\w()'’-]+\s+){0,5}?" + MEETING_WORD.pattern)


COMING_TO_PLACE = 60  # "The upcoming ... summit, set to take place in Tianjin"


def _coming_place(sentence: str) -> tuple[str | None, str | None] | None:
    """The place of a meeting the sentence names as coming, right after it ("its upcoming summit in Tashkent"; not "the
    meeting in Moscow will review the preparations for the forthcoming SCO Summit")."""
    m = _coming().search(lower(sentence))
    return _venue_from(sentence[m.start() : m.end() + COMING_TO_PLACE], ahead=True) if m else None


# The interview itself: "interviewed Zhang Deguang ... at the SCO Secretariat in Beijing", "The interview was recorded
# in the Great Hall of the People in Beijing", "answered questions from journalists at the Secretariat in Beijing", "CGTN spoke
# with the Secretary-General in Astana", "talked to the Secretary-General, who arrived in the Kyrgyz capital".
# (A briefing's city is read by _briefing_place: the lead's "at a press conference ... in Beijing", "held a briefing in
# Samarkand", 12 of 13 labelled texts agreeing.)
_OCCASION = re.compile(r"\b(?:interview\w*|recorded|answer(?:ed|s|ing)\s+(?:the\s+)?questions|(?:spoke|talked)\s+(?:with|to))\b", re.I)
INTERVIEW_PLACE = "where the interview was given"  # (an evidence rule grouping reads: that city is not the meeting's)
# A briefing or interview on its meeting still to come has no venue, but grouping compares the meeting's city it names.
MEETING_TO_COME = "the meeting's place, still to come (not where the speaker was)"


def meeting_city(evidence: Evidence | None) -> str | None:
    """The city of the meeting still to come that a briefing's or interview's venue evidence names, for grouping."""
    found = _venue_from(evidence.text, ahead=True) if evidence and evidence.rule == MEETING_TO_COME else None
    return found[0] if found else None


def _occasion_place(paragraphs: tuple[Paragraph, ...]) -> tuple[str, str, Evidence] | None:
    """The city an interview given apart from the meeting was given in, when the lead says so."""
    city = place_patterns()[0]
    for p in paragraphs[:4]:
        for sentence in sentences(p.text):
            m = _OCCASION.search(sentence)
            for place in city.finditer(sentence, m.end()) if m else ():
                between = sentence[m.end() : place.start()]
                if MEETING_WORD.search(between) or len(between) > MAX_OCCASION_TO_PLACE:
                    break  # "an interview ahead of the summit in Samarkand": the meeting's city
                if _PLACE_BEFORE.search(between[-90:]):
                    return *city_country(place[1]), Evidence(sentence, INTERVIEW_PLACE)
            capital = _capital_pattern().search(sentence, m.end()) if m else None
            found = _capital(sentence, start=capital.start()) if capital and capital.start() - m.end() <= MAX_OCCASION_TO_PLACE else None
            if found and not MEETING_WORD.search(sentence, m.end(), capital.start()):
                return *found, Evidence(sentence, INTERVIEW_PLACE)  # "... in the Kazakh capital"
    return None


# "at a press briefing at the SCO Secretariat in Beijing", "at a news conference following the ... meeting, Tashkent, May 24",
# "the Foreign Ministry held a press briefing in Beijing", "held a briefing in Samarkand" (in lower case, matched in the text
# lower-cased)
_BRIEFING = re.compile(r"\b(?:at|during|" + knowledge().verbs("holding_a_briefing") + r") an? (?:regular |special |joint )?(?:(?:press |news |media )?briefing|(?:press|news|media) conference)\b[^.;]{0,120}")
BRIEFING_PARAGRAPHS = 5  # the lead, where a report says where the press conference was


def _briefing_place(paragraphs: tuple[Paragraph, ...]) -> tuple[str, str, Evidence] | None:
    """The place of the press conference or briefing the lead reports (in its first paragraph that names one)."""
    for p in paragraphs[:BRIEFING_PARAGRAPHS]:
        m = _BRIEFING.search(lower(p.text))
        if m:
            found = _venue_from(p.text[m.start() : m.end()])
            return (*found, Evidence(p.text, "place of the press conference")) if found and found[0] else None
    return None


# The dateline's city named again: "the SCO summit here", "held in the Kazakh city" (under "ALMATY, ...").
_DATELINE_CITY = re.compile(r"\b(?:meeting|summit|session|held|met|gathered|convened)\s+here\b|\bthe ([A-Z][a-z]+) (?:city|capital)\b")


def _names_dateline_city(sentence: str, country: str) -> bool:
    """Whether the sentence names the dateline's city again ("here", "the Kazakh city" in Kazakhstan)."""
    m = _DATELINE_CITY.search(sentence)
    return bool(m) and (m[1] is None or knowledge().adjectives.get(m[1]) == country)


def _lead_of(rest: str) -> str:
    """The lead sentence of a dateline's rest, past a credit ("/ Kabar /.")."""
    return next((x for x in sentences(rest) if len(x.split()) >= 6), "")


def _elsewhere(rest: str, following: str = "", country: str | None = None, further: str = ""):
    """The known city the lead sentence after a dateline places the meeting in, when it does; or, in the lead
    or the paragraph after it, another country than the dateline's ("Tehran, IRNA – ... said on Friday ..." /
    "Addressing the summit of the SCO heads of state in Uzbekistan, ...": the city is not known)."""
    lead = _lead_of(rest)
    if _HERE.search(lead):
        return None  # "ALMATY, Sept. 14 (Xinhua) -- ... met here on Friday, ... after it was founded in Shanghai"
    found = _venue_from(lead) if MEETING_WORD.search(lead) and not PREVIOUS.search(lead) else None
    if found and found[0]:
        return found[0], found[1], Evidence(lead, "meeting sentence after the dateline")
    # (or the speaker's trip to it: "ISLAMABAD: ... will travel to Tianjin, China, tomorrow for the ... meeting")
    meeting = MEETING_WORD.search(lead)
    trip = trip_to(lead, meeting.start()) if meeting and not PREVIOUS.search(lead) else None
    if trip and trip[1] != country:
        return trip[0], trip[1], Evidence(lead, "trip to the meeting after the dateline")
    # (a lead that does not name the meeting leaves it to the next paragraph: "ISLAMABAD, July 11 (APP): Kasuri has
    # proposed ..." / "... was addressing the meeting ... held in Bishkek"; so does one that names it without placing it, when
    # the next paragraph opens on it: "New Delhi: ... on the sidelines of the SCO Defence Ministers' Meeting." / "The meeting
    # took place ... in China's Qingdao." (not "The ministers first met in Moscow in 2003."))
    following_lead = sentences(following)[0] if following and sentences(following) else ""
    # (past a paragraph that does not name it either: "ISLAMABAD: The Prime Minister has called for ..." / "In the
    # context of relations with neighbours, ..." / "The Prime Minister led the delegation to the summit ... in Tianjin")
    if not MEETING_WORD.search(lead) and not MEETING_WORD.search(following_lead) and further and sentences(further):
        following_lead = sentences(further)[0]
    if (country and (not MEETING_WORD.search(lead) or (found is None and THE_MEETING.match(following_lead))) and MEETING_WORD.search(following_lead) and not PREVIOUS.search(following_lead)
            and not _names_dateline_city(following_lead, country)):
        found = _venue_from(following_lead)
        if found and found[0] and found[1] != country:
            return found[0], found[1], Evidence(following_lead, "meeting sentence after the dateline's lead")
    if country:
        for sentence in [lead, *sentences(following)[:1]]:
            found = _venue_from(sentence) if MEETING_WORD.search(sentence) and not PREVIOUS.search(sentence) else None
            if found and found[0] is None and found[1] and found[1] != country:
                return None, found[1], Evidence(sentence, "meeting sentence after the dateline (country)")
    return None


def _next_two(paragraphs, index: int) -> tuple[str, str]:
    """The texts of the two paragraphs after paragraphs[index] ("" past the page's end), where a dateline's lead may go on."""
    return tuple(paragraphs[i].text if i < len(paragraphs) else "" for i in (index + 1, index + 2))


def _place(paragraphs, captions, body_sentence, online: bool, datelines: bool = True, ahead: bool = False, in_person: bool = False,
           year: int | None = None, away: bool = False):
    # 0. A metadata line "Location: Astana".
    for p in paragraphs[:10]:
        m = _LOCATION.match(p.text)
        if m and city_country(m[1]):
            return *city_country(m[1]), Evidence(p.text, "location line")
    # 0b. The press conference or briefing the lead places: "Wang said at a press conference on the summit in Beijing" (the
    #    story may be filed elsewhere: "BISHKEK (TCA) -- ...").
    found = _briefing_place(paragraphs)
    if found:
        return found
    # 1. A dateline: the speech header "Beijing, 10 November 2020" or a wire "BISHKEK, June 14 (Xinhua) --".
    #    For an online meeting the dateline is where the reporter or speaker was, so it comes last.
    #    A lead that places the meeting elsewhere ("Bishkek, Dec 16 / Kabar /. ... the meeting, which was held
    #    in Astana on December 15") says the dateline is only where the story was filed.
    #    A dateline alone on its line ("Tashkent, May 14, AZERTAC") has its lead in the next paragraph.
    home = False
    for index, p in enumerate([] if online else paragraphs[:MAX_DATELINE_PARAGRAPHS]):
        found = dateline(p.text)
        known = city_country(found.place) if found else None
        if known:
            rest = found.rest
            following, further = _next_two(paragraphs, index)
            if len(rest.split()) < 6 and following:
                rest, following, further = following, "", ""
            moved = _elsewhere(rest, following, known[1], further)
            if moved or not represents_home(_lead_of(rest), known[1]):
                return moved or (known[0], known[1], Evidence(p.text[:120], "dateline"))
            home = True  # (a home newsroom's dateline over its delegate at the meeting: "New Delhi: ... represented India at")
            break
    # 1a. A text given ahead of the meeting (a briefing, an interview) skips datelines (where and when it was given), unless
    #    its lead holds the meeting "here": "BEIJING - ... the meeting ... to be held here from May 21 to 22, ... announced",
    #    or has someone arrive there for it: "DUSHANBE, July 27. /TASS/. ... has arrived in Tajikistan on a working visit".
    for p in paragraphs[:3] if not datelines and in_person else ():
        found = dateline(p.text) or place_opening(p.text)
        known = city_country(found.place) if found else None
        lead = sentences(found.rest)[0] if known and found.rest.strip() else ""
        if known and MEETING_WORD.search(lead) and _HERE.search(lead):
            return known[0], known[1], Evidence(lead, "dateline of a meeting held here")
        if known and arrived_there(" ".join(sentences(found.rest)[:2]), known):
            return known[0], known[1], Evidence(p.text[:160], "dateline of an arrival there")
    # 1b. A place line under the heading ("Beijing", "August 28, 2008, Dushanbe"), a dateless wire opening.
    #    (a place line is where a transcript's event was held, an interview's or news conference's too:
    #    "June 10, 2018, 17:20, Qingdao" under "News conference following ...")
    head = [] if (online and not in_person) or home else paragraphs[:4]
    for index, p in enumerate(head):
        found = place_line(p.text)
        opening = place_opening(p.text) if not online else None
        known = found or (city_country(opening.place) if opening else None)
        if known:
            following, further = _next_two(paragraphs, index)
            moved = _elsewhere(opening.rest, following, known[1], further) if opening and not found else None
            if moved or found or not represents_home(_lead_of(opening.rest), known[1]):
                return moved or (known[0], known[1], Evidence(p.text[:120], "place line" if found else "dateline without a date"))
            home = True
            break
    # 1c. A wire's dateline in capitals further down, under a page's menus and a standfirst ("QINGDAO: Prime Minister ...").
    for index, p in enumerate(paragraphs[len(head) : MAX_DATELINE_PARAGRAPHS] if not online and not home else (), len(head)):
        opening = place_opening(p.text)
        known = city_country(opening.place) if opening and opening.place.isupper() else None
        if known:
            following, further = _next_two(paragraphs, index)
            moved = _elsewhere(opening.rest, following, known[1], further)
            return moved or (known[0], known[1], Evidence(p.text[:120], "dateline in capitals under the page's head"))
    # 2. The sentence that names the meeting: "attended the meeting ... in Moscow".
    #    (the lead runs to the first paragraph of prose: a speech under its salutation lines, a report under a menu)
    lead = [s for p in lead_paragraphs(paragraphs, 4) for s in sentences(p.text)]
    # (a generator: the first sentence that places the meeting ends the search, usually the first)
    # (the sentence that named the body may be about an earlier meeting: "Following last year's summit in Yekaterinburg, ...")
    named = [body_sentence] if body_sentence and not PREVIOUS.search(body_sentence) else []
    ordered = itertools.chain(named, (s for s in lead if MEETING_WORD.search(s) and not PREVIOUS.search(s)))
    # (a sentence giving the country only leaves the city to a later lead sentence in that country: "attended the 10th annual
    # summit of the SCO in Uzbekistan" / "... were the focal points of the SCO summit in Tashkent, Friday.")
    country_only = None
    for sentence in ordered:
        own = sentence is body_sentence or same_body(sentence, body_sentence)
        if away and _NEXT_MEETING.search(lower(sentence)):
            continue  # (a briefing after the meeting naming the next one: "The next summit ... will be held in Astana")
        if not away and _coming_place(sentence):  # (a report: "at the upcoming summit in Astana"; another body's: passed)
            if own:
                return None, None, Evidence(sentence, MEETING_TO_COME)
            continue
        found = _venue_from(sentence, ahead=ahead and own, year=year, away=away)
        if not found and not away:  # (or a trip to its country: "... arrived in Tajikistan at SCO Summit"; a trip to a city is
            # left alone here: a report naming it only as the coming meeting's place is grouped as a report, after its meeting)
            trip = trip_to(sentence, MEETING_WORD.search(sentence).start()) if MEETING_WORD.search(sentence) else None
            found = trip if trip and trip[0] is None else None
        if away and own and not found and _venue_from(sentence, ahead=True, year=year):
            return None, None, Evidence(sentence, MEETING_TO_COME)  # ("Wen will attend the meeting ... in Bishkek")
        if found and found[0] is None:
            country_only = country_only or (found[1], Evidence(sentence, "meeting sentence"))
        elif found and (country_only is None or found[1] == country_only[0]):
            return found[0], found[1], Evidence(sentence, "meeting sentence")
    if country_only:
        return None, *country_only
    # 3. A photo caption that cleaning removed: "... attends the meeting in Goa, India, May 5, 2023."
    for r in captions:
        if MEETING_WORD.search(r.text):
            found = _venue_from(r.text, away=away)
            if found:
                return found[0], found[1], Evidence(r.text, "photo caption")
    # 4. Any later sentence about the meeting that places it ("the meeting in Moscow"), or the trip to it
    #    ("Sergey Lavrov will travel to Dushanbe to take part in the meeting").
    for p in paragraphs[4:]:
        for sentence in sentences(p.text):
            m = MEETING_WORD.search(sentence)
            if m and not PREVIOUS.search(sentence):  # (not "since our last summit in Bishkek")
                trip = trip_to(sentence, m.start())
                if trip:
                    return trip[0], trip[1], Evidence(sentence, "trip to the meeting")
                found = _venue_from(sentence, _city_before(sentence, m.start()), year=year, away=away)
                if found:
                    return found[0], found[1], Evidence(sentence, "later meeting sentence")
    # 5. A host's welcome; then a wire dateline with a city not in the data. (At a video meeting a
    #    dateline is where the story was filed unless the speaker joined from there: see speaker_seat.)
    found = welcome(paragraphs)
    if found:
        return found
    # 6. A lead that places what it reports without naming the meeting (a page cut above its first words:
    #    "o-operation Organization member states in Bishkek on Tuesday, ...").
    for p in paragraphs[:2]:
        for sentence in sentences(p.text):
            found = _venue_from(sentence, year=year, away=away) if not PREVIOUS.search(sentence) else None
            if found:
                return found[0], found[1], Evidence(sentence, "lead sentence place")
    for p in paragraphs[:3] if datelines and not online else ():
        found = dateline(p.text)
        if found and found.place.isupper() and found.rest.lstrip().startswith("("):  # "KOKSHETAU, May 5 (Xinhua) --"
            return found.place.title(), None, Evidence(p.text[:120], "dateline (unknown city)")
    # 7. The country of the meeting's chair: "The meeting was chaired by Prime Minister of the Republic of Kazakhstan ...".
    # 8. A page in another script: "……第八次会议28日在塔吉克斯坦首都杜尚别举行".
    return chair_country(paragraphs) or other_script_place(paragraphs)
