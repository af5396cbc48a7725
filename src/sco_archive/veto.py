"""What rules an undated text out of a meeting it could otherwise be about (group.py): a weekday, a year, a leader, an
anniversary or a count of member states that the meeting's date does not fit. These only rule out; they never make a
match on their own."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .dates import ANY_CASE_WEEKDAY_WORDS, MONTH_WORDS, WEEKDAY_WORDS, weekday_number
from .extract.kinds import ANNOUNCING_KINDS
from .extract.text import TRAVEL, sentences
from .extract.when import said_of_coming
from .knowledge import alternation, knowledge, lower
from .model import Document

LEAD_PARAGRAPHS = 4  # the headline and the first paragraphs, where a report says when the meeting met
# "on Thursday", "в четверг" (data/dates.yml: a weekday of `any_case` is written with its preposition)
ON_WEEKDAY = re.compile(r"\b(?:[Oo]n\s+(" + WEEKDAY_WORDS + r")|(" + ANY_CASE_WEEKDAY_WORDS + r"))\b")
YEAR = re.compile(r"(?<![\d./-])(?:19[89]\d|20\d\d)(?![\d./-]\d)")
# A text names no year more than this after its meeting: the SCO's development strategies run ten years
# and are drafted a year or two ahead ("the draft Development Strategy until 2025" at the 2014 summit).
MAX_YEARS_AHEAD = 12
# An event the text places "in 2017" (also "since 2017", "in June 2017", "in the first half of 2017"), not as coming ("will host the summit again in
# 2034"), is at most MAX_YEARS_AFTER after its meeting (a withdrawal or an exercise the speaker speaks of); a programme's
# name is no such year ("the 2030 Agenda", "Peace Mission 2021").
_COMING = re.compile(r"\b(?:will|would|shall|to be|plans?|planned|next|scheduled|expected|intends?|upcoming)\b", re.I)
IN_YEAR = re.compile(r"\b(?:in|since)\s+(?:the\s+(?:first|second)\s+half\s+of\s+)?(?:(?:early|late|mid-?)\s*)?(?:" + MONTH_WORDS + r"\.?\s+)?"
                     r"((?:19[89]\d|20\d\d))\b(?![\w*/.-]?\d)(?!\s+[A-Z])")
MAX_YEARS_AFTER = 3


def vetoed(doc: Document, members: list[Document]) -> bool:
    """What the undated text gives that no dated member agrees with: the weekday its lead names ("on
    Thursday", not the weekday of any member's date), or a year it names more than MAX_YEARS_AHEAD after
    the meeting or places an event in ("in 2017") more than MAX_YEARS_AFTER after it, or a year before the meeting's
    it places a coming event in ("the next summit will be held in June 2017"), or a leader it names in office ("President Bakiyev") who held no office in the meeting's
    year (data/leaders.yml), or an anniversary of the SCO more than a year from the meeting's, or a meeting number of a body
    numbered yearly held more than a year from the meeting's ("the eighth meeting of the heads of state" is 2008's), or a count of member
    states the SCO did not have in the meeting's year ("the eight member states", data/leaders.yml). These only rule a meeting out; they never make a match on their own (a weekday fits one
    day in seven, and almost any text names only earlier years)."""
    days = [dt.date.fromisoformat(m.date) for m in members if m.date]
    weekday = lead_weekday(doc) if doc.kind not in ANNOUNCING_KINDS else None  # (an interview's weekday is when it was given)
    # (a weekday that is that of the text's own month and day, in the meeting's year, says no more than that day, which
    # group.py has compared: "Thursday, September 11" is the first day of a summit dated by its second, Friday the 12th)
    if days and weekday is not None and all(day.weekday() != weekday for day in days) and not _its_day(doc, days, weekday):
        return True
    years = years_named(doc)
    if days and years and max(years) - MAX_YEARS_AHEAD > max(day.year for day in days):
        return True
    placed = _years_placed(doc.paragraphs)
    if days and placed and max(placed) - MAX_YEARS_AFTER > max(day.year for day in days):
        return True
    coming = _years_coming(doc.paragraphs)  # ("SCO's next summit will be held in Astana in June 2017": written before 2017)
    if days and coming and min(day.year for day in days) > max(coming):
        return True
    anniversary = _anniversary_year(doc.paragraphs)
    if days and anniversary and all(abs(day.year - anniversary) > 1 for day in days):
        return True
    held = knowledge().numbered_year(doc.body, doc.number)  # (the 8th meeting of the heads of state is 2008's)
    if days and held and all(abs(day.year - held) > 1 for day in days):
        return True
    members = _members_years(doc.paragraphs)
    if days and members and not any(_in_office(day.year, members) for day in days):
        return True
    return bool(days) and any(not any(_in_office(day.year, terms) for day in days) for terms in _leaders_in(doc.paragraphs))


def _its_day(doc: Document, days: list[dt.date], weekday: int) -> bool:
    """Whether the month and day the text gives fall on `weekday` in the year of one of `days`."""
    month, day = doc.partial_date
    if month is None or day is None:
        return False
    for year in {d.year for d in days}:
        try:
            if dt.date(year, month, day).weekday() == weekday:
                return True
        except ValueError:
            pass
    return False


@lru_cache(maxsize=1)
def _anniversary_pattern() -> re.Pattern:
    """"the tenth anniversary of the Shanghai Cooperation Organization", "the 20th anniversary of the SCO", "the 10th
    Anniversary Summit of the Shanghai Cooperation Organisation", "the 15th anniversary of the founding of the SCO", "the
    SCO's 20th anniversary"; not another body's or a document's ("the 15th anniversary meeting of the Council of heads of
    government", "the 20th anniversary of the establishment of the SCO Secretariat", "... of the signing of the SCO Charter")."""
    words = "|".join(re.escape(w) for w, n in knowledge().ordinals.items() if isinstance(n, int))
    sco = r"(?:Shanghai\s+Cooperation\s+Organi[sz]ation|SCO|Organi[sz]ation)"
    return re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)|({words}))\s+anniversary(?:\s+(?:summit|meeting|session))?\s+of\s+"
                      rf"(?:the\s+|our\s+)?(?:(?:founding|foundation|establishment)\s+of\s+(?:the\s+)?)?{sco}\b(?:['’]s\s+(?:founding|foundation|establishment))?(?!['’]s|\s+(?-i:[A-Z]))"
                      rf"|\b{sco}['’]s\s+(?:(\d{{1,2}})(?:st|nd|rd|th)|({words}))\s+anniversary\b", re.I)


@lru_cache(maxsize=1024)
def _anniversary_year(paragraphs: tuple) -> int | None:
    """The year of the SCO anniversary the text names, counted from its founding (data/leaders.yml)."""
    founded = knowledge().founded
    for p in paragraphs if founded else ():
        m = _anniversary_pattern().search(p.text)
        if m:
            number, word = m[1] or m[3], m[2] or m[4]
            return founded + (int(number) if number else knowledge().ordinals[word.lower()])
    return None


@lru_cache(maxsize=1)
def _members_pattern() -> re.Pattern:
    """"the eight member states", "all nine SCO member countries", "its ten full members"; not "the original six ..." nor
    "grown from six members to ten"."""
    words = "|".join(re.escape(w) for w in knowledge().cardinals)
    return re.compile(rf"(?<!original )(?<!founding )(?<!from )\b(\d{{1,2}}|{words})\s+(?:full\s+)?(?:SCO\s+)?"
                      r"(?:member\s+(?:states|countries|nations)|members)\b", re.I)


@lru_cache(maxsize=1024)
def _members_years(paragraphs: tuple) -> tuple[tuple[int, int | None], ...]:
    """The years in which the SCO had as many full members as the most the text names (data/leaders.yml)."""
    cardinals = knowledge().cardinals
    named = [int(m[1]) if m[1].isdigit() else cardinals[m[1].lower()] for p in paragraphs for m in _members_pattern().finditer(p.text)]
    return tuple((start, end) for count, start, end in knowledge().members if named and count == max(named))


def _in_office(year: int, terms: tuple[tuple[int, int | None], ...]) -> bool:
    return any(start <= year and (end is None or year <= end) for start, end in terms)


@lru_cache(maxsize=1024)  # an undated text is checked against every meeting of its body: read it once
def _leaders_in(paragraphs: tuple) -> tuple[tuple[tuple[int, int | None], ...], ...]:
    """The terms of office of the leaders the text names in office ("President Bakiyev", data/leaders.yml):
    a meeting held in none of a named leader's years is not the one the text is about."""
    text = "\n".join(p.text for p in paragraphs)
    return tuple(terms for name, pattern, terms in knowledge().leaders if name in text and pattern.search(text))


# A lead sentence on a bilateral talk that names no SCO meeting gives the talk's weekday, not the meeting's ("On
# Wednesday, the minister met his Russian counterpart" in a wire filed on the Thursday of the meeting)
_BILATERAL = re.compile(r"\b" + alternation(knowledge().bilateral_words) + r"\b")  # (data/bodies.yml)
_OF_THE_SCO = re.compile(r"\b(?:sco|shanghai cooperation|summit|council|session)\b")


def lead_weekday(doc: Document) -> int | None:
    """The weekday of "on Thursday" in the lead (Monday = 0), if it names one; not a bilateral talk's (_BILATERAL), nor
    the day someone spoke of a meeting to come ("the coming summit ..., Mirziyoyev said on Monday"), nor a journey's
    ("Jaishankar left on a two-day trip to Kyrgyzstan on Wednesday to attend the meeting": _journey_before)."""
    for paragraph in doc.paragraphs[:LEAD_PARAGRAPHS]:
        for sentence in sentences(paragraph.text):
            m = ON_WEEKDAY.search(sentence)
            said = lower(sentence)
            if (m and not (_BILATERAL.search(said) and not _OF_THE_SCO.search(said))
                    and not said_of_coming(sentence, m.start(m.lastindex)) and not _journey_before(sentence, m.start())):
                return weekday_number(m[m.lastindex])
    return None


def _journey_before(sentence: str, at: int) -> bool:
    """Whether a journey's verb stands before `at` in the sentence (text.TRAVEL: "left", "depart", "flew"; not a photo's
    "fifth from left")."""
    return any(not sentence[max(0, m.start() - 5) : m.start()].lower().endswith("from ") for m in TRAVEL.finditer(sentence, 0, at))


@lru_cache(maxsize=1024)
def _years_placed(paragraphs: tuple) -> tuple[int, ...]:
    """The years the text places events in ("in 2017", "since June 2017"), not coming ones ("will host ... in 2034")."""
    return tuple(int(m[1]) for p in paragraphs for s in sentences(p.text) for m in IN_YEAR.finditer(s)
                 if not _COMING.search(s, 0, m.start()))


COMING_REACH = 80  # characters from a word that makes an event coming to the year it governs ("will be held in Astana in June 2017")
_SINCE = re.compile(r"\bsince\b", re.I)


@lru_cache(maxsize=1024)
def _years_coming(paragraphs: tuple) -> tuple[int, ...]:
    """The years the text places coming events in ("will be held in Astana in June 2017"): it was written before them. The
    coming word governs the year: it stands up to COMING_REACH characters before it, with no full stop between (a cut page's
    "... will be admitted to the SCO.The SCO is an international organization founded in 2001") and no "since" after it
    ("This summit will be the first ... since the epidemic in 2020"); not a remark far before it ("I would like to remind you
    that ... the Treaty ... signed in Bishkek in 2007")."""
    return tuple(int(m[1]) for p in paragraphs for s in sentences(p.text) for m in IN_YEAR.finditer(s) if _coming_before(s, m.start()))


def _coming_before(sentence: str, at: int) -> bool:
    """Whether a coming word governs what stands at `at` (see _years_coming)."""
    before = re.split(r"[.;]", sentence[max(0, at - COMING_REACH) : at])[-1]
    coming = list(_COMING.finditer(before))
    return bool(coming) and not _SINCE.search(before, coming[-1].end())


def years_named(doc: Document) -> set[int]:
    """The years the text names ("Peace Mission 2007", "until 2025"); not parts of dates or numbers."""
    return {int(m[0]) for p in doc.paragraphs for m in YEAR.finditer(p.text)}
