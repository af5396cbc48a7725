"""When: the day of the meeting, read with the date formats of dates.py (the formats are shared with clean and the
pages; the rules that pick a date are here); datelines are read in datelines.py, the publication date and the copyright
year in stamps.py."""

from __future__ import annotations

import re

from .. import dates as d
from ..knowledge import knowledge, lower
from ..model import Evidence, Paragraph, Removed
from .datelines import Dateline, date_first, dateline
from .others import BEFORE_A_MEETING, OPENING_ON, of_another_body, of_another_organisation, of_previous_meeting, stale_in_passing
from .weekdays import WEEKDAY_RANGE_END, WILL_MEET_ON, going_on, weekday_named, year_by_weekday
from .text import PAST_ANCHOR, PREVIOUS, PROSE, TRAVEL, first_sentence, is_future, lead_paragraphs, meeting_to_come, sentences, to_come

_EVENT = re.compile(
    r"\b(?:attend\w*|held|hold\w*|chair\w*|address\w*|met|meets?|meeting|summit|session|opened|took place|deliver\w*|spoke|participat\w*|convened|gather\w*|said|told|состоял\w*|открыл\w*|состоится|состоятся|bo[‘'ʻ’]lib\s+o[‘'ʻ’]t\w*)\b"
    # the same news in scripts that do not space their words, matched anywhere (data/verbs.yml): "举行", "出席", "開かれ", "จัดขึ้น"
    r"|" + knowledge().verbs("news_in_other_scripts"),
    re.I,
)
# The place and day of the meeting in brackets closing a heading: "... following the SCO Ministerial Council (Tianjin, July 15,
# 2025)", or the day alone: "Statement by the Prime Minister at the SCO Council of Heads of State, Astana (4 July 2024)";
# this matches the "(Tianjin, " or "(" before the date.
_PLACE_OPEN_BRACKET = re.compile(r"\(\s*+(?:[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){0,2},\s*+)?$")
# An earlier event the speaker recalls ("recalling that he had attended the parade on 24 June this year").
# (or a clause about a person just before the day: "President Xi Jinping, who was re-elected on June 9, attended ...")
_RECALLED = re.compile(r"\b(?:recall\w*|had (?:\w+ly )?\w+ed)\b|\bwho\s++(?:was|were|had|has)\b[^,;]{0,40}$", re.I)
# What happened before the meeting: a day given so ("On May 23, 2016, on the eve of the meeting ..., Wang Yi gave an
# interview"), or a weekday ("... on Thursday hosted a dinner for the ministers, on the eve of their session").
_BEFORE_THE_MEETING = r"(?:on the eve of|ahead of|in the run-up to|prior to)\b"
_BEFORE_IT = re.compile(r"\W*+" + _BEFORE_THE_MEETING, re.I)
_AHEAD_OF = re.compile(r"\b" + _BEFORE_THE_MEETING, re.I)
# A meeting the report says is going on as it is published: "The 15th meeting of culture ministers ... is being held in Sanya".
_UNDER_WAY = re.compile(r"\b(?:is|are)\s++(?:being\s++held|taking\s++place|under\s?+way|in\s++session)\b", re.I)
_HELD_ON = re.compile(r"\b(?:held|take place|takes place|convene|open)\s++on\s++$")
# "10-11 June": the first day of a range; not a time after a dash ("August 28, 2008 - 0:0", "June 9, 2017 - 12:45")
_RANGE_ON = re.compile(r"\s*+(?:-|–|to|until|through)\s*+\d(?!\d?:\d)")
# A meeting with a non-finite future phrase after it: "the SCO summit to be held there", "the summit scheduled for August".
_LATER_MEETING = re.compile(r"\b(?:meeting|summit|session|council)\b[^,.;]{0,40}?\b(?:to be held|to take place|scheduled)\b", re.I)
_MEETING_NOUN = re.compile(r"\b(?:meeting|summit|session|council|conference|talks|briefing|met|convened|gathered"
                           r"|встреч\w*|совещани\w*|заседани\w*|саммит\w*|сесси\w*|yig[‘'ʻ’]ilish\w*|uchrashuv\w*)\b", re.I)
# A sentence about the briefing itself, naming no meeting: its date is the briefing's day.
_BRIEFING_ONLY = re.compile(r"\b(?:briefing|press conference|news conference)\b", re.I)
_GIVEN = re.compile(r"\b(?:interview\w*|recorded|briefing|press conference|news conference)\b", re.I)
# A day someone briefed the press, or said something, about what is to come: "On the morning of June 1, 2004, Assistant
# Foreign Minister Li Hui briefed journalists ... on President Hu Jintao's upcoming visit ... and presence at the Tashkent
# Summit"; "Premier Wen Jiabao's upcoming visits ... will be China's major diplomatic move ..., Li Hui said here Monday".
_BRIEFED = re.compile(r"\bbriefed\b", re.I)
_SAID_ON = re.compile(r"\b(?:said|told\s++\w+|announced)\s++(?:here\s++|on\s++)?$", re.I)
_TO_COME = re.compile(r"\b(?:upcoming|forthcoming|coming)\b", re.I)


def said_of_coming(sentence: str, at: int) -> bool:
    """Whether the weekday at `at` is the day someone spoke of a meeting to come, not the meeting's: "... the coming summit
    in Samarkand would open a new page, Mirziyoyev said on Monday"."""
    return bool(_SAID_ON.search(sentence, 0, at) and _TO_COME.search(sentence, 0, at))


_SCO_MEETING = re.compile(r"\b(?:meeting|summit|session|council|talks)\b", re.I)
# "today" and "yesterday" count from the dateline or the publication date ("Updated: 2006-06-16" + "yesterday").
_RELATIVE_DAY = re.compile(r"\b(today|yesterday)\b", re.I)
_DAYS_BACK = {"today": 0, "yesterday": 1}
LEAD_PARAGRAPHS = 4  # a lead date is read in the first paragraphs
MAX_DATE_LINE_WORDS = 4  # a place beside the date ("Novo-Ogaryovo, Moscow Region"), not a sentence
_ANY_YEAR = 2000  # a leap year, to count the days between a yearless dateline and an earlier day of its lead
FILED_DAYS = 30  # a lead date more than a month before the dateline's day is an earlier meeting, not this one

Date = tuple[str | None, Evidence | None, tuple[int | None, int | None]]  # ISO date, evidence, (month, day) seen


TRAVEL_REACH = 25  # the journey's verb stands right beside its day


# Someone arriving at the meeting's place on the day (data/verbs.yml journey), the verb right after it, in lower case:
# "on thursday reached bishkek to represent pakistan at the ... meeting".
_JOURNEY_AFTER = re.compile(r"\s++(?:\w+\s++)?" + knowledge().verbs("journey") + r"\b")


def _journey(text: str, day: re.Match) -> bool:
    """Whether the day `day` matched (a weekday, "today") is that of a journey named beside it ("left here Tuesday for
    home after attending the meeting", "today morning left for the Uzbek capital to attend", "will today depart for"), or
    of someone's arrival right after it ("on Thursday reached Bishkek to represent Pakistan at ...")."""
    return bool(TRAVEL.search(text, max(0, day.start() - TRAVEL_REACH), day.end() + TRAVEL_REACH)
                or _JOURNEY_AFTER.match(lower(text), day.end()))


_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")  # "Kazakhstan Today", "Russia Today": an outlet's name, not a day


def _relative(sentence: str, reference: str) -> str | None:
    """The day "today" or "yesterday" in `sentence` names, counted from `reference`."""
    for m in _RELATIVE_DAY.finditer(sentence):
        if not (m[1][0].isupper() and _NAME_BEFORE.search(sentence, 0, m.start())) and not _journey(sentence, m):
            return d.days_before(reference, _DAYS_BACK[m[1].lower()])
    return None


# A founding named before a date: "coincides with the fifth anniversary of the organization's founding on June 15, 2001",
# "The SCO was founded in Shanghai on June 15, 2001": the day of the founding, not of a meeting, nor a year to read one by
_FOUNDED_ON = re.compile(r"\b(?:found(?:ed|ing)|establish(?:ed|ment)|creat(?:ed|ion))\b[^.;\d]{0,40}$")


def _founding(text: str, start: int) -> bool:
    return bool(_FOUNDED_ON.search(lower(text[max(0, start - 60) : start])))


def _usable(sentence: str, hit: d.DateHit, ahead: bool = False) -> bool:
    """A date that is not about a later meeting (unless the text announces the meeting: `ahead`), nor a founding's, and not
    the start of a range. A later meeting named after the date owns the future phrase after it: "held in Bishkek on July 10
    to prepare the SCO summit to be held there in August" gives the day of the meeting held."""
    after = sentence[hit.end : hit.end + 12]
    later = _LATER_MEETING.search(sentence, hit.end, hit.end + 50)
    clause = sentence[: later.start()] if later else sentence
    return ((ahead or not is_future(clause, hit.start, 50)) and not _RANGE_ON.match(after) and not _BEFORE_IT.match(sentence, hit.end)
            and not _founding(sentence, hit.start))


def meeting_date(paragraphs: tuple[Paragraph, ...], captions: tuple[Removed, ...], pub: str | None, events: tuple[Removed, ...] = (), datelines: bool = True,
                 page_date: Evidence | None = None, ahead: bool = False, page_year: int | None = None, body: str | None = None) -> Date:
    """The day of the meeting: event line, lead sentence, dateline, caption, then yearless or weekday dates resolved;
    last, a speech's `page_date` (the bare date line under its heading). A briefing that announces the meeting
    (`ahead`) gives its day in the future tense ("will be held on September 16"). A lead date of a meeting of another
    body than the text's `body` is that meeting's ("the Tianjin summit of September 1" in a text about the heads of
    government)."""
    lead = [s for p in lead_paragraphs(paragraphs, LEAD_PARAGRAPHS) for s in sentences(p.text)]
    for r in events:
        value = d.full_date(r.text)
        if value:
            return value, Evidence(r.text, "event date line"), (int(value[5:7]), int(value[8:]))
    filed = _dateline_day(paragraphs, pub) if datelines else None
    for s in lead:
        if ahead and _BRIEFING_ONLY.search(s) and not _SCO_MEETING.search(s):
            continue  # "On June 14, 2016, the Ministry held a briefing": the briefing's day, not the meeting's
        opening = dateline(s)
        for hit in _held_first(s, d.find_dates(s, partial=False)):
            if opening and hit.end == len(s) - len(opening.rest):
                coming = _coming_weekday(opening.rest, hit.resolve(None))
                if coming:  # "TASHKENT (... - 23rd August, 2022) ... where a meeting ... will be held on Wednesday"
                    return coming, Evidence(s, COMING_WEEKDAY), (None, None)
                if datelines:
                    continue  # the dateline's own day ("Bishkek, 27 October 2023 (TDI): ... on October 26"): read as a dateline below
            if (ahead and _BRIEFING_ONLY.search(s, hit.end)) or (_BRIEFED.search(s, hit.end) and _TO_COME.search(s, hit.end)):
                continue  # "On 26 June 2024, ... held a briefing on ... the meeting ..., which will be held on 4 July": the briefing's day
            if filed and d.days_between(hit.resolve(None), filed) > FILED_DAYS:
                continue  # "BISHKEK, May 22 -- ... after the Qingdao summit of 10 June 2018": an earlier meeting
            if ahead and pub and d.days_between(hit.resolve(None), pub) > FILED_DAYS:
                continue  # a text given ahead of its meeting: "... assumed the chairmanship at the Samarkand Summit on September 16, 2022"
            if (of_another_body(s, hit.start, body) or of_previous_meeting(s, hit) or of_another_organisation(s, hit.start)
                    or BEFORE_A_MEETING.search(s, 0, hit.start)):
                continue
            closing = s[hit.end :].strip() == ")"  # a day in brackets closing a heading
            if closing and _GIVEN.search(s, 0, hit.start):
                continue  # "Transcript of Special Briefing ... on the SCO Summit (July 02, 2023)": the day it was given
            event = _EVENT.search(s) or (closing and _PLACE_OPEN_BRACKET.search(s, 0, hit.start))
            if event and _names_meeting(s) and _usable(s, hit, ahead) and not stale_in_passing(s, hit, pub):
                return hit.resolve(None), Evidence(s, "lead sentence date"), (hit.month, hit.day)
    for p in paragraphs[:10] if datelines else ():
        found = dateline(p.text) or date_first(p.text)
        if found:
            dated = _from_dateline(p.text, found, pub, paragraphs, page_year, body)
            # (a dateline filed on the day of a journey dates nothing: "will today leave for Bishkek to join the ...
            # Meeting set to be held from April 21-22" may still announce the meeting's day)
            return dated if dated != (None, None, (None, None)) else _announced_day(paragraphs, pub, body) or dated
    for s in lead if pub else ():  # "... will attend the 17th Meeting ... on 18th and 19th of this month"
        day = d.of_this_month(s, pub)
        if day and _names_meeting(s) and not PREVIOUS.search(s) and not of_another_body(s, day[1], body):
            return day[0], Evidence(s, "day of the publication's month"), (int(day[0][5:7]), int(day[0][8:]))
    for p in paragraphs[:8]:
        hits = d.find_dates(p.text, partial=False)
        if hits and _date_line(p.text, hits[0]) and _usable(p.text, hits[0]):
            # (unless the lead under it says someone goes to the meeting, or it will be held, on a weekday: the first such
            # day on or after the line's, "12 мая 2015, 21:40" over "... где в пятницу примут участие во встрече ...")
            lead = first_sentence(_next_paragraph(p.text, paragraphs) or "")
            m = weekday_named(lead)
            if m and not _journey(lead, m) and going_on(lead, m):
                day = d.weekday_from(m[1], hits[0].resolve(None))
                return day, Evidence(lead, "date line and the weekday of the meeting to come"), (None, None)
            # (or a later day: "Xinhua) 10:16, September 16, 2021" over "... Xi Jinping will attend the 21st meeting ... on Sept. 17")
            coming = _coming_day(lead, hits[0].resolve(None), body)
            if coming:
                return coming
            return hits[0].resolve(None), Evidence(p.text, "date line under the heading"), (hits[0].month, hits[0].day)
    for r in captions:
        for hit in d.find_dates(r.text, partial=False):
            return hit.resolve(None), Evidence(r.text, "photo caption date"), (hit.month, hit.day)
    for s in lead:
        hits = [h for h in d.find_dates(s) if h.year is None]
        if len(hits) > 1 and hits[0].start == 0:
            hits = hits[1:]  # a date opening the sentence is its dateline ("3rd November, New Delhi: ... held on 1st November")
        elif hits and not datelines and dateline(s):
            hits = hits[1:]  # an interview's dateline says when it was given ("ASTANA, Oct. 9 (Xinhua) -- ... has said")
        for hit in _held_first(s, hits):
            if _EVENT.search(s) and _usable(s, hit, ahead) and not _RECALLED.search(s, 0, hit.start) and not of_another_body(s, hit.start, body):
                value = _year_of(hit, pub, paragraphs)
                weekday = d.WEEKDAY.search(s) if value is None and page_year else None
                if weekday:  # "on Friday, June 14" under "© 2019 Xinhua"
                    value = year_by_weekday(hit, page_year, weekday[1])
                    return value, Evidence(s, "lead sentence date and weekday, year from the copyright line") if value else None, (hit.month, hit.day)
                return value, Evidence(s, "lead sentence date, year from the text") if value else None, (hit.month, hit.day)
    if pub:
        # the first sentences of the text itself (a headline, a section label or "Colleagues," is not one)
        prose = [s for p in paragraphs[:8] for s in sentences(p.text) if PROSE.search(s)][:3]
        under_way = None  # (a day the next sentences give wins: "The summit is underway in ..." / "... signed on Tuesday")
        for s in prose:
            if ahead and _GIVEN.search(s):
                continue  # "an interview ..., recorded in Islamabad on Monday": the day it was given, not the meeting's
            value = _relative(s, pub) if _EVENT.search(s) else None
            if value:
                return value, Evidence(s, "today or yesterday before publication date"), (None, None)
            if not ahead and not under_way and _UNDER_WAY.search(s) and _MEETING_NOUN.search(s):
                under_way = s
                continue
            m = weekday_named(s)
            if m and (_journey(s, m) or said_of_coming(s, m.start())
                      or _before_own_meeting(s, m, body)):
                continue  # "... left for Dushanbe on Sunday", "... on Thursday reached Bishkek", "... Li Hui said here Monday"
            if m and going_on(s, m):
                # "has arrived in Beijing to take part in a meeting of ... on Tuesday": the Tuesday nearest the publication
                # date, most often the coming one (a report filed the day after still counts back)
                before, after = d.weekday_before(m[1], pub), d.weekday_from(m[1], pub)
                nearest = after if d.days_between(pub, after) < d.days_between(before, pub) else before
                return nearest, Evidence(s, "weekday nearest the publication date"), (None, None)
            if m and (_EVENT.search(s) or re.search(r"\b(?:on|said|says)\s+" + m[1], s)):
                # (up to the day after the stamp: a preview's "set to open on Friday" stamped on Thursday, or a stamp a
                # day early in another time zone, names the next day, not the same weekday six days back)
                return d.weekday_before(m[1], d.days_before(pub, -1)), Evidence(s, "weekday before publication date"), (None, None)
        if under_way:
            return pub, Evidence(under_way, "meeting under way on the publication date"), (None, None)
    for p in paragraphs[4:]:
        for s in sentences(p.text):
            if _MEETING_NOUN.search(s) and PAST_ANCHOR.search(s) and not PREVIOUS.search(s):
                for hit in d.find_dates(s):
                    # (a text that announces the meeting may give its day late and without the year: "is to be held on
                    # May 24"; not "On August 31 there will be a reception, and the meeting will be held on September 1";
                    # a report's lead pushed down by subheads may open on its day without the year: "On September 16,
                    # local time, President Xi Jinping attended the 22nd meeting ...", read against the publication date;
                    # not a day in passing: "the first summit he attended after the election on 9 June")
                    held_on = ahead and _HELD_ON.search(s, 0, hit.start)
                    yearless = hit.year is None and (held_on or (not ahead and OPENING_ON.match(s[: hit.start])))
                    if hit.year is None and not yearless:
                        continue
                    value = hit.resolve(None) or (_year_of(hit, pub, paragraphs) if held_on or pub else None)
                    if (value or yearless) and _usable(s, hit, ahead):
                        return value, Evidence(s, "later meeting sentence date") if value else None, (hit.month, hit.day)
    value = _bare_date(page_date.text) if page_date else None
    if value:
        return value, Evidence(page_date.text, "date line of the page"), (int(value[5:7]), int(value[8:]))
    return _announced_day(paragraphs, pub, body) or (None, None, (None, None))


ANNOUNCED_PARAGRAPHS = 10  # a preview may give its meeting's day below the lead
_NEXT = re.compile(r"\b(?:next|following)\b", re.I)


def _announced_day(paragraphs: tuple[Paragraph, ...], pub: str | None, body: str | None) -> Date | None:
    """The day a text that dates its meeting no other way announces for it, in the future tense, on or up to three
    months after its publication day: "The ... summit, 2026, is scheduled to take place from 11-12 June in Bishkek" over
    a stamp of June 3, "... will today leave for Bishkek to join the ... Meeting set to be held from April 21-22"; with no
    publication day, a complete date, or the month and day alone for grouping ("В совещании, которое состоится 28 июля, ..."
    under no stamp). Not a next meeting's ("Their next meeting will be held on June 20"), nor another body's."""
    for p in paragraphs[:ANNOUNCED_PARAGRAPHS]:
        for s in sentences(p.text):
            if not _names_meeting(s) or PREVIOUS.search(s) or _NEXT.search(s):
                continue
            for hit in d.find_dates(s):
                value = hit.resolve(None) or d.infer_year(hit, pub)
                if not (is_future(s, hit.start) and not _RANGE_ON.match(s, hit.end) and not of_another_body(s, hit.start, body)):
                    continue
                if value and 0 <= d.days_between(pub or value, value) <= d.FUTURE_DAYS:
                    return value, Evidence(s, "day announced for the meeting"), (hit.month, hit.day)
                if not value:  # no year and no publication day: the month and day alone, which grouping compares
                    return None, None, (hit.month, hit.day)
            if pub and _coming_weekday(s, pub) and not of_another_body(s, len(s), body):  # "which will be held on Thursday and Friday"
                return _coming_weekday(s, pub), Evidence(s, "weekday announced for the meeting"), (None, None)
    return None


AHEAD_REACH = 60  # "on the eve of their two-day session in Burabay": the meeting is named right after


def _before_own_meeting(sentence: str, weekday: re.Match, body: str | None) -> bool:
    """Whether the weekday's event is one held ahead of the text's own meeting ("... on Thursday hosted his counterparts
    at a lakeside dinner, on the eve of their two-day session"), not ahead of another body's ("pledged on Thursday to
    deepen cooperation ahead of the June summit", in a text about the security council secretaries, dates their meeting)."""
    ahead = _AHEAD_OF.search(sentence, weekday.end())
    if not ahead:
        return False
    k = knowledge()
    named = next(iter(k.find_bodies(sentence, ahead.end(), ahead.end() + AHEAD_REACH)), None)
    return named is None or body is None or k.body_of(named) == body


def _names_meeting(sentence: str) -> bool:
    """Whether a sentence names a meeting, or an SCO body meeting: "Addressing the Defence Ministers of SCO member
    countries in New Delhi on April 28, 2023, ..." is about their meeting."""
    return bool(_MEETING_NOUN.search(sentence) or knowledge().find_body(sentence))


def _dateline_day(paragraphs: tuple[Paragraph, ...], pub: str | None) -> str | None:
    """The day of the text's dateline (when the story was filed), if it has one."""
    for p in paragraphs[:10]:
        found = dateline(p.text)
        if found:
            return found.date.resolve(None) or _year_of(found.date, pub, paragraphs)
    return None


def _bare_date(text: str) -> str | None:
    """The date of a line that is only a date, perhaps after its weekday ("14 June, 2019", "Saturday, June 25,
    2016"), not a labelled or timed stamp ("Published: 2019-06-16", "16-12-2014 10:12")."""
    hits = d.find_dates(text, partial=False)
    rest = d.WEEKDAY.sub("", text[: hits[0].start]).strip(" ,") if hits else None
    return hits[0].resolve(None) if hits and not rest and not text[hits[0].end :].strip(" .") else None


def _date_line(text: str, hit: d.DateHit) -> bool:
    """A line that is a date with at most a time and a place: "July 10, 2015, 12:45, Ufa",
    "September 17, 2021, 13:10, Novo-Ogaryovo, Moscow Region"."""
    rest = d.TIME.sub(" ", text[: hit.start] + " " + text[hit.end :])
    words = rest.replace(",", " ").split()
    return len(words) <= MAX_DATE_LINE_WORDS and not rest.rstrip().endswith((".", "!", "?", ":"))


def _from_dateline(text: str, found: Dateline, pub: str | None, paragraphs: tuple[Paragraph, ...], page_year: int | None = None,
                   body: str | None = None) -> Date:
    """The dateline's date (a yearless one read against the publication date or the text's first full
    date, or with neither in the copyright line's year when the lead's weekday agrees), or the day a weekday after it
    names: "BISHKEK, June 14 (Xinhua) -- ... on Friday"."""
    hit = found.date
    value = hit.resolve(None) or _year_of(hit, pub, paragraphs)
    if len(found.rest.split()) < 6:  # a dateline alone on its line ("Bishkek, Aug 24, 2018 / Kabar /.") has its lead below
        found = Dateline(found.place, found.date, _next_paragraph(text, paragraphs) or found.rest)
    lead = next((s for s in sentences(found.rest) if len(s.split()) >= 6), "")
    # (the weekday of the lead's first sentence, however long: "... which was held in Beijing on Thursday")
    window = found.rest[: max(200, len(lead) + found.rest.find(lead))] if lead else found.rest[:200]
    weekday = weekday_named(window)
    coming = _coming_weekday(window, value) if value else None
    if coming:  # "NEW DELHI, April 27 ... on Thursday arrived ... where the ministers will hold a meeting on Friday"
        return coming, Evidence(text[:200], COMING_WEEKDAY), (None, None)
    if (weekday and _journey(window, weekday)) or any(_journey(window, m) for m in _RELATIVE_DAY.finditer(window)):
        return None, None, (None, None)  # "... left here Tuesday for home after attending ...": filed on the day of a journey
    rule = "dateline and weekday"
    if value is None and page_year:
        # (the lead may name the meeting and its weekday in the next paragraph: "... said at the eighth meeting ... held
        # on the shore of Lake Issyk-Kul on Friday")
        weekday = weekday or _meeting_weekday(_next_paragraph(text, paragraphs) or "")
        value = year_by_weekday(hit, page_year, weekday[1], days_late=1) if weekday else None
        rule = "dateline and weekday, year from the copyright line"
    # the lead may give the meeting its own day: "Bishkek, Dec 16, 2014 / Kabar /. ... the meeting, which was
    # held in Astana on December 15" (the dateline is the day the story was filed); a lead naming no meeting leaves it
    # to the next paragraph's first sentence ("ISLAMABAD, July 11 (APP): Kasuri has proposed ..." over "... addressing
    # the meeting of the SCO Council of Foreign Ministers held in Bishkek ... on July 10")
    # (a yearless dateline with no year to read it by still says the lead's day is the meeting's month and day: "Beijing,
    # 7 Jul (Xinhua) -- On the afternoon of 4 July, President Xi Jinping attended ...", read in a leap year)
    about = lead if _MEETING_NOUN.search(lead) else first_sentence(_next_paragraph(text, paragraphs) or "")
    reference = value or hit.resolve(_ANY_YEAR)
    if reference and _MEETING_NOUN.search(about) and _EVENT.search(about) and not PREVIOUS.search(about):
        for other in d.find_dates(about):
            day = other.resolve(None) or d.infer_year(other, reference)
            if day and day != reference and _usable(about, other) and 0 < d.days_between(day, reference) <= 7:
                if value is None:
                    return None, None, (other.month, other.day)
                return day, Evidence(about, "meeting day after the dateline"), (other.month, other.day)
    coming_day = _coming_day(about, value, body) if value else None
    if coming_day:
        return coming_day
    if value and weekday:
        return d.weekday_before(weekday[1], value), Evidence(text[:200], rule), (hit.month, hit.day)
    relative = _relative(window, value) if value else None
    if relative:
        return relative, Evidence(text[:200], "dateline and today or yesterday"), (hit.month, hit.day)
    if value and meeting_to_come(about):
        return None, None, (None, None)  # "MOSCOW, September 5 (Sputnik) - X will take part in the SCO summit": filed before it
    return value, Evidence(text[:200], "dateline") if value else None, (hit.month, hit.day)


# The meeting still to open after the dateline: "BISHKEK, Dec. 2 (Xinhua) -- The SCO is to open its 11th prime ministers'
# meeting in Bishkek ... on Dec. 4-5".
_IS_TO = re.compile(r"\b(?:is|are)\s++(?:due\s++)?to\s++(?:open|hold|be\s++held|start|begin|convene|meet)\b", re.I)


def _coming_day(about: str, filed: str, body: str | None) -> Date | None:
    """The day after the dateline's (`filed`), up to three months on, that the lead's sentence `about` gives its meeting in
    the future tense (of a range, the last day); not another body's."""
    if not _MEETING_NOUN.search(about) or PREVIOUS.search(about) or _NEXT.search(about):
        return None
    for other in d.find_dates(about):
        day = other.resolve(None) or d.infer_year(other, filed)
        future = _IS_TO.search(about, 0, other.start) or to_come(about, other.start)
        if (day and future and 0 < d.days_between(filed, day) <= d.FUTURE_DAYS and not _RANGE_ON.match(about, other.end)
                and not of_another_body(about, other.start, body)):
            return day, Evidence(about, "day the lead announces after the dateline"), (other.month, other.day)
    return None


_HELD_BEFORE = re.compile(r"\bheld\s++(?:on\s++)?$", re.I)


def _held_first(sentence: str, hits: list[d.DateHit]) -> list[d.DateHit]:
    """The sentence's dates, the one the meeting is said to be held on first: "... arrived in Samarkand on Sept. 15 to
    attend the ... Summit ... held Sept. 15-16" gives the summit's day, not the arrival's."""
    return sorted(hits, key=lambda hit: not _HELD_BEFORE.search(sentence, 0, hit.start))


COMING_WEEKDAY = "dateline and the weekday the meeting will be held on"


def _coming_weekday(text: str, filed: str) -> str | None:
    """The day of a meeting `text` says will be held on a weekday (of two, the last), the first such weekday on or after
    the day the story was `filed`: someone arriving on Thursday "where the ministers will hold a meeting on Friday"."""
    for m in d.WEEKDAY.finditer(text):
        if WILL_MEET_ON.search(text, 0, m.start()) and _names_meeting(text):
            return d.weekday_from((WEEKDAY_RANGE_END.match(text, m.end()) or m)[1], filed)
    return None


def _meeting_weekday(text: str) -> re.Match | None:
    """The weekday of the first sentence of `text` that names a meeting and a weekday."""
    for sentence in sentences(text):
        weekday = d.WEEKDAY.search(sentence)
        if weekday and _MEETING_NOUN.search(sentence):
            return weekday
    return None


def _next_paragraph(text: str, paragraphs: tuple[Paragraph, ...]) -> str | None:
    """The text of the paragraph after the one whose text is `text`."""
    index = next((i for i, p in enumerate(paragraphs) if p.text == text), len(paragraphs))
    return paragraphs[index + 1].text if index + 1 < len(paragraphs) else None


def _year_of(hit: d.DateHit, pub: str | None, paragraphs: tuple[Paragraph, ...]) -> str | None:
    """A yearless date read against the publication date, else against a complete date of the text within
    FILED_DAYS of it ("Other news: 29-05-2003 ..." under "Moscow, May 29"); an event the text recalls months
    away says nothing of the year ("GOA, May 5 ... the actions of August 5, 2019")."""
    if pub:
        return d.infer_year(hit, pub)
    for p in paragraphs:
        for other in d.find_dates(p.text, partial=False):
            reference = other.resolve(None) if not _founding(p.text, other.start) else None
            value = d.infer_year(hit, reference) if reference else None
            if value and abs(d.days_between(value, reference)) <= FILED_DAYS:
                return value
    return None
