"""Weekdays in a text's sentences: the weekday a sentence names (of two, the last), whether someone goes to the meeting
or it will be held on it, and a yearless day's year that its weekday agrees with. The weekday names, in each language,
are data (data/dates.yml, dates.WEEKDAY). Used by extract/when.py."""

from __future__ import annotations

import re

from .. import dates as d

# Someone going to a meeting that the weekday after it dates: "arrived in Beijing to take part in a meeting of ... on Tuesday".
GOING_TO = re.compile(r"\b(?:will|to)\s++(?:\w+\s++){0,2}?(?:take\s++part\s++in|attend|participate\s++in)\b[^,;]*?"
                      r"\b(?:meeting|summit|session)\b[^,;]*+$", re.I)
# The same in Russian, the weekday first: "... прибыли в Бишкек, где в пятницу примут участие во встрече министров".
GOING_TO_AFTER = re.compile(r"\s*+(?:\w+\s++){0,2}?прим(?:ет|ут)\s++участие\s++во?\s++(?:\w+\s++){0,2}?"
                            r"(?:заседани|саммит|встреч|совещани)", re.I)
# The meeting itself to come on a weekday: "The main session of the council will take place on Friday", "where the
# ministers will hold a meeting on Friday".
WILL_MEET_ON = re.compile(r"\bwill\s++(?:be\s++held|take\s++place|begin|start|open|convene|meet"
                          r"|hold\s++(?:a|an|its|their)\s++(?:\w+\s++){0,2}?(?:meeting|session|summit|talks))\s++on\s++$", re.I)

# The second of two weekdays a meeting was held on: "on Wednesday and Thursday" (a range is dated by its last day).
WEEKDAY_RANGE_END = re.compile(r"\s++(?:and|to|through|until|[-–])\s++(" + d.WEEKDAY_WORDS + r")\b")


def going_on(sentence: str, weekday: re.Match) -> bool:
    """Whether someone goes to the meeting, or it will be held, on the weekday: "arrived in Beijing to take part in a
    meeting of ... on Tuesday", "will take place on Friday", "в пятницу примут участие во встрече"."""
    return bool(GOING_TO.search(sentence, 0, weekday.start()) or WILL_MEET_ON.search(sentence, 0, weekday.start())
                or GOING_TO_AFTER.match(sentence, weekday.end()))


def weekday_named(text: str) -> re.Match | None:
    """The first weekday `text` names, or the last of a range of two: "on Wednesday and Thursday" is Thursday."""
    m = d.WEEKDAY.search(text)
    return (WEEKDAY_RANGE_END.match(text, m.end()) or m) if m else None


def year_by_weekday(hit: d.DateHit, year: int, weekday: str, days_late: int = 0) -> str | None:
    """A yearless day in the copyright line's `year` ("© RIA Novosti 2012"), when the weekday the text names falls on that
    day, or up to `days_late` before it (a dateline is filed the day after: "BEIJING, May 15 ... on Tuesday": 15 May 2012
    was a Tuesday). A page's copyright year may be the year it was served, not written: alone it says nothing of the
    meeting's."""
    value = hit.resolve(year)
    return value if value and d.days_between(d.weekday_before(weekday, value), value) <= days_late else None
