"""Dates: the formats texts write them in (named patterns), plausibility checks, and the English long form.
Shared by clean (publication lines), extract (extract/when.py picks a text's dates) and the pages."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .knowledge import alternation, data

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")  # as pages write them: not strftime's, which follows the locale
# Month and weekday names in every language a page writes them in, by number (data/dates.yml): those of
# `capitalised_only` match capitalised or in capitals only ("may" the verb is not a month), those of `any_case` in lower
# case too ("14 июня 2019", "в четверг").
_WORDS = data("dates.yml")
_MONTHS = {**_WORDS["months"]["capitalised_only"], **_WORDS["months"]["any_case"]}
MONTH_WORDS = alternation({m.capitalize() for m in _MONTHS} | {m.upper() for m in _MONTHS} | set(_WORDS["months"]["any_case"]))
_MONTH = MONTH_WORDS + r"\.?"
_WEEKDAY_NUMBER = {**_WORDS["weekdays"]["capitalised_only"], **_WORDS["weekdays"]["any_case"]}
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_NOT_NUM_BEFORE = r"(?<![\d/.\-])"
_NOT_NUM_AFTER = r"(?![\d/\-]|\.\d)"

ISO = re.compile(_NOT_NUM_BEFORE + r"(\d{4})-(\d{1,2})-(\d{1,2})" + _NOT_NUM_AFTER)
SLASH_YMD = re.compile(_NOT_NUM_BEFORE + r"(\d{4})/(\d{1,2})/(\d{1,2})" + _NOT_NUM_AFTER)
DOT_YMD = re.compile(_NOT_NUM_BEFORE + r"(\d{4})\.(\d{1,2})\.(\d{1,2})" + _NOT_NUM_AFTER)
DOT_DMY = re.compile(_NOT_NUM_BEFORE + r"(\d{1,2})\.(\d{1,2})\.(\d{4})" + _NOT_NUM_AFTER)
DASH_DMY = re.compile(_NOT_NUM_BEFORE + r"(\d{1,2})-(\d{1,2})-(\d{4})" + _NOT_NUM_AFTER)  # "13-07-2013 16:20"
# "23/09/2003", "15/09/2006": day first as most of the world writes it (a US "06/14/2019" is read month first,
# since 14 cannot be a month); a two-digit year only in a stamp with a clock time ("14/06/19 11:20").
SLASH_DMY = re.compile(_NOT_NUM_BEFORE + r"(\d{1,2})/(\d{1,2})/(\d{4})" + _NOT_NUM_AFTER)
SLASH_DMY_SHORT = re.compile(_NOT_NUM_BEFORE + r"(\d{1,2})/(\d{1,2})/(\d{2})(?=,?\s+\d{1,2}:\d{2}\b)")
# A year may run into a clock time on some pages ("10 September 202015:19"): the year ends there too.
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2}\b))"
_DAY_OF = r"(?:" + alternation(_WORDS["months"]["day_of"]) + r"\s+)?"  # "5th of June", "10 de julho", "ika-10 ng Hunyo"
_MONTH_OF = r"(?:" + alternation(_WORDS["months"]["month_of"]) + r"\s+)?"  # "julho de 2015"
DMY = re.compile(r"\b" + _DAY + r"(?:\s+" + _DAY_OF + r"|-)(" + _MONTH + r")(?:,?\s+" + _MONTH_OF + r"|-)(\d{4})" + _YEAR_END)
MDY = re.compile(r"\b(" + _MONTH + r")\s+" + _DAY + r"(?:,\s*|\s+)(\d{4})" + _YEAR_END)
# Between the days of a range: "17-18", "11 and 12"; not "to", which most often spans a journey ("from May 3 to 5, 2019
# the premier attended the meeting and paid visits to two countries").
_DAYS_APART = r"(?:\s*[-–]\s*|\s+and\s+)"
# "November 17-18, 2025", "September 11 and 12, 2014", "September, 11th and 12th 2014": a range of days in one month with
# the year after the last, dated by its last day (as "17-18 November 2025" is, whose last day DMY reads)
MDY_RANGE = re.compile(r"\b(" + _MONTH + r"),?\s+" + _DAY + _DAYS_APART + _DAY + r"(?:,\s*|\s+)(\d{4})" + _YEAR_END)
# "hosted in Kunming from July 30 to 31, 2025": a span of days after "from" inside a sentence, dated by its last day; not
# a sentence opening on it ("From December 4 to 6, 2012, the premier attended ... and paid visits": a journey's).
MDY_FROM_TO = re.compile(r"(?<=\bfrom )(" + _MONTH + r")\s+" + _DAY + r"\s+to\s+" + _DAY + r"(?:,\s*|\s+)(\d{4})" + _YEAR_END)
# The same with no year, "held in Zhengzhou from December 14 to 15" (read as any yearless day); not a visit's span ("will
# pay a state visit to Kazakhstan from June 12 to 14 and attend the summit": the visit's words before it in its clause),
# nor one longer than a meeting lasts (three days: "visits ... and the Tashkent Summit from June 8 to 18" is a journey's).
MD_FROM_TO = re.compile(r"(?<=\bfrom )(" + _MONTH + r")\s+" + _DAY + r"\s+to\s+" + _DAY + r"\b(?!,?\s*\d{4})")
_VISIT_BEFORE = re.compile(r"\b(?:visit|visits|trip|tour)\b[^,;.]*$", re.I)
MEETING_DAYS = 3
# "1-2 November 2019", "31 August-1 September 2025": a day range written day first, dated by its last day too.
DMY_RANGE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s+" + MONTH_WORDS + r")?\s*[-–]\s*" + _DAY + r"\s+(" + _MONTH + r"),?\s+(\d{4})" + _YEAR_END)
# "2023-yil 14-iyul": the year first, with its word (data/dates.yml year_words), then the day and the month.
YDM = re.compile(r"\b(\d{4})[-\s]" + alternation(_WORDS["months"]["year_words"]) + r"\s+" + _DAY + r"[-\s](" + _MONTH + r")")
# "2008年8月28日", "8月28日", "2008년 8월 28일": the year (if any), month and day each followed by its mark (data/dates.yml
# number_marks), year first.
_MARKS = _WORDS["months"]["number_marks"]
YMD_MARKED = re.compile(_NOT_NUM_BEFORE + r"(?:(\d{4})\s*" + alternation({y for y, _, _ in _MARKS}) + r"\s*)?(\d{1,2})\s*"
                        + alternation({m for _, m, _ in _MARKS}) + r"\s*(\d{1,2})\s*" + alternation({d for _, _, d in _MARKS}))
_MARKED = re.compile(alternation({m for _, m, _ in _MARKS}))  # YMD_MARKED
# "August 31 to September 1" / "August 31-September 1, 2025": a range over two months, dated by its last day.
MD_RANGE = re.compile(r"\b" + MONTH_WORDS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|to)\s*(" + _MONTH + r")\s+" + _DAY + r"\b(?:,?\s*(\d{4})" + _YEAR_END + r")?")
# "April 26-28" with no year: a range of days in one month, dated by its last day.
MD_DAYS = re.compile(r"\b(" + _MONTH + r")\s+" + _DAY + r"\s*[-–]\s*" + _DAY + r"\b(?!\s*,?\s*\d{4})")
MD = re.compile(r"\b(" + _MONTH + r")\s+" + _DAY + r"\b(?!\s*,?\s*\d{4})(?!\s*(?:-|to|and)\s*\d)")
DM = re.compile(r"\b" + _DAY + r"\s+" + _DAY_OF + r"(" + _MONTH + r")(?!\.?,?\s*" + _MONTH_OF + r"\d{4})")
WEEKDAY_WORDS = alternation({w.capitalize() for w in _WEEKDAY_NUMBER} | set(_WORDS["weekdays"]["any_case"]))  # one regex group
WEEKDAY = re.compile(r"\b(" + WEEKDAY_WORDS + r")\b")
WEEKDAY_NAMES = tuple(w.capitalize() for w in _WORDS["weekdays"]["capitalised_only"])  # "Monday", as running text writes it
ANY_CASE_WEEKDAY_WORDS = "(?i:" + alternation(_WORDS["weekdays"]["any_case"]) + ")"  # "в четверг", "В четверг": one regex group
# A stamp may abbreviate the weekday ("Thu Jun 7, 2012 10:22AM GMT", data/dates.yml in_stamps); running text never counts these.
WEEKDAY_STAMP = re.compile(r"\b(?:" + alternation(w.capitalize() for w in _WORDS["weekdays"]["in_stamps"]) + r"\.?|" + "|".join(WEEKDAY_NAMES) + r")(?![\w])")
TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")

_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"\d{4}|\d/\d{1,2}/\d\d")  # a complete date has a four-digit year, or "14/06/19"
# What each family of formats cannot match without (find_dates tests these first: the patterns start with
# r"\b" or a lookbehind, which the engine tries at every position; these it skips through at C speed).
_DIGIT_DASH_DIGIT = re.compile(r"\d-\d")  # ISO, DASH_DMY
_DIGIT_SLASH_DIGIT = re.compile(r"\d/\d")  # SLASH_YMD
_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")  # DOT_YMD, DOT_DMY
_MONTH_NAME = re.compile(MONTH_WORDS)  # MDY, DMY, MD, DM

MIN_YEAR, MAX_YEAR = 1996, 2099  # the Shanghai Five met first in 1996


@dataclass(frozen=True)
class DateHit:
    """A date found in text; year is None for "Sept. 10" style dates."""

    year: int | None
    month: int
    day: int
    start: int
    end: int
    text: str

    def resolve(self, year: int | None) -> str | None:
        """ISO date, taking `year` when the text gave none."""
        return iso(self.year or year, self.month, self.day)


def iso(year: int | None, month: int, day: int) -> str | None:
    """YYYY-MM-DD for a plausible date, else None."""
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _day_month(first: int, second: int) -> tuple[int, int]:
    """(month, day) of a slashed or dashed date written day first, or month first when only that reads ("06/14")."""
    return (first, second) if second > 12 >= first else (second, first)


def find_dates(text: str, partial: bool = True) -> list[DateHit]:
    """Every plausible date in `text`, in order; partial (yearless) ones too when asked."""
    if not (_DIGIT if partial else _YEAR_DIGITS).search(text):
        return []  # every pattern needs a digit, and every complete date four in a row
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, y: int | None, mo: int, d: int) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        if iso(y if y is not None else 2000, mo, d) is None:
            return
        taken.append((m.start(), m.end()))
        hits.append(DateHit(y, mo, d, m.start(), m.end(), m.group(0)))

    # Each format needs its separator between digits, or a month name: a text without is not scanned for it.
    if "-" in text and _DIGIT_DASH_DIGIT.search(text):
        for m in ISO.finditer(text):
            add(m, int(m[1]), int(m[2]), int(m[3]))
        for m in DASH_DMY.finditer(text):
            add(m, int(m[3]), *_day_month(int(m[1]), int(m[2])))  # ("05-29-2012 21:36 BJT": month first)
    if "/" in text and _DIGIT_SLASH_DIGIT.search(text):
        for m in SLASH_YMD.finditer(text):
            add(m, int(m[1]), int(m[2]), int(m[3]))
        for m in SLASH_DMY.finditer(text):
            add(m, int(m[3]), *_day_month(int(m[1]), int(m[2])))
        for m in SLASH_DMY_SHORT.finditer(text):
            add(m, 2000 + int(m[3]), *_day_month(int(m[1]), int(m[2])))
    if "." in text and _DIGIT_DOT_DIGIT.search(text):
        for m in DOT_YMD.finditer(text):
            add(m, int(m[1]), int(m[2]), int(m[3]))
        for m in DOT_DMY.finditer(text):
            add(m, int(m[3]), int(m[2]), int(m[1]))
    if _MARKED.search(text):
        for m in YMD_MARKED.finditer(text):
            if m[1] or partial:
                add(m, int(m[1]) if m[1] else None, int(m[2]), int(m[3]))
    if _MONTH_NAME.search(text):
        for m in DMY_RANGE.finditer(text):
            add(m, int(m[3]), _month(m[2]), int(m[1]))
        for m in MD_RANGE.finditer(text):
            if m[3] or partial:
                add(m, int(m[3]) if m[3] else None, _month(m[1]), int(m[2]))
        for m in MDY.finditer(text):
            add(m, int(m[3]), _month(m[1]), int(m[2]))
        for m in DMY.finditer(text):
            add(m, int(m[3]), _month(m[2]), int(m[1]))
        for m in YDM.finditer(text):
            add(m, int(m[1]), _month(m[3]), int(m[2]))
        for m in MDY_RANGE.finditer(text):
            add(m, int(m[4]), _month(m[1]), int(m[3]))
        for m in MDY_FROM_TO.finditer(text):
            add(m, int(m[4]), _month(m[1]), int(m[3]))
        if partial:
            for m in MD_DAYS.finditer(text):
                add(m, None, _month(m[1]), int(m[3]))
            for m in MD_FROM_TO.finditer(text):
                if 0 < int(m[3]) - int(m[2]) < MEETING_DAYS and not _VISIT_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                    add(m, None, _month(m[1]), int(m[3]))
            for m in MD.finditer(text):
                add(m, None, _month(m[1]), int(m[2]))
            for m in DM.finditer(text):
                add(m, None, _month(m[2]), int(m[1]))
    return sorted(hits, key=lambda h: h.start)


# "on 18th and 19th of this month", "on the 15th of the current month": a day of the month the text was written in
# (of a range, the last day), which only a reference day (the publication date) completes.
_OF_THIS_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s++(?:and|to|-|–)\s++(\d{1,2})(?:st|nd|rd|th)?)?\s++of\s++(?:this|the\s++current)\s++month\b", re.I)


def of_this_month(text: str, reference: str) -> tuple[str, int] | None:
    """The ISO day "of this month" in `text` names, in the month of `reference` (ISO), and where it starts."""
    m = _OF_THIS_MONTH.search(text)
    value = iso(int(reference[:4]), int(reference[5:7]), int(m[2] or m[1])) if m else None
    return (value, m.start()) if value else None


def full_date(text: str) -> str | None:
    """The first complete date in `text` as ISO, or None."""
    for hit in find_dates(text, partial=False):
        value = hit.resolve(None)
        if value:
            return value
    return None


def weekday_number(name: str) -> int:
    """The number of a weekday data/dates.yml names, in any case (Monday = 0)."""
    return _WEEKDAY_NUMBER[name.lower()]


def weekday_before(name: str, reference: str) -> str:
    """The latest day named `name` on or before `reference` (ISO)."""
    ref = dt.date.fromisoformat(reference)
    back = (ref.weekday() - weekday_number(name)) % 7
    return (ref - dt.timedelta(days=back)).isoformat()


def weekday_from(name: str, reference: str) -> str:
    """The first day named `name` on or after `reference` (ISO): a meeting "on Friday" announced on a Thursday."""
    return weekday_before(name, days_before(reference, -6))


def days_before(reference: str, days: int) -> str:
    """The ISO day `days` before `reference`."""
    return (dt.date.fromisoformat(reference) - dt.timedelta(days=days)).isoformat()


def days_between(earlier: str, later: str) -> int:
    """Days from `earlier` to `later` (both ISO)."""
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


FUTURE_DAYS = 90  # a text may announce a meeting up to about three months ahead


def infer_year(hit: DateHit, reference: str | None) -> str | None:
    """Resolve a yearless date against a reference date: the nearest such date, at most FUTURE_DAYS ahead."""
    if reference is None:
        return None
    ref = dt.date.fromisoformat(reference)
    value = iso(ref.year, hit.month, hit.day)
    if value and dt.date.fromisoformat(value) > ref + dt.timedelta(days=FUTURE_DAYS):
        value = iso(ref.year - 1, hit.month, hit.day)
    return value


def long_date(iso: str) -> str:
    """'2020-09-10' as '10 September 2020', in English whatever the locale; text that is not an ISO
    date is returned as it is."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
