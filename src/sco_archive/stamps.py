"""Publication stamps: the line a site prints with the day it published the page, in its many forms
("Updated: 2020-11-11", "Xinhua, September 13, 2013", "Faizan Hashmi Published July 04, 2023 | 08:31 PM",
"2007-08-16 18:40:22 Print Send to friend"). `strip_stamp` takes one off a line for clean.py and records it (the
publication date is read from that record); `unstack_date` joins a date stacked on three lines."""

from __future__ import annotations

import re

from .dates import MAX_YEAR, MIN_YEAR, MONTH_NAMES, DASH_DMY, DMY, DOT_DMY, DOT_YMD, ISO, MDY, SLASH_DMY, SLASH_DMY_SHORT, SLASH_YMD, WEEKDAY_NAMES, WEEKDAY_STAMP, full_date
from .knowledge import alternation, knowledge
from .model import Evidence, Removed

ANY_DATE = "(?:" + "|".join(p.pattern for p in (ISO, DASH_DMY, SLASH_YMD, SLASH_DMY, SLASH_DMY_SHORT, DOT_YMD, DOT_DMY, MDY, DMY)) + ")"
# A news agency or site signing the stamp (data/noise.yml `credits`): "Xinhua, September 13, 2013".
# or the site's address: "www.chinaview.cn 2007-08-16 18:40:22"
CREDIT = alternation(knowledge().credits) + r"|(?:www\.)?(?:[\w-]++\.)++(?:cn|com|net|org|ru|kz|kg|uz|tj|pk|in|ir|by)\b"
# " date 2023-05-06 Headline", "Xinhua| Updated: 2020-11-11", "2021-07-14 15:08", "Published: June 5, 2024".
# Each menu item is an atomic group and the spaces around each "|" possessive: a menu can then be read
# one way only (otherwise each item could end, and the next begin, at any of its spaces: 2^n ways to
# fail on a menu of n items).
# A clock time, with AM/PM glued on or apart ("10:22AM", "6:15 PM"), as some systems print it too ("1:56:1 PM", "0:0").
CLOCK = r"\b\d{1,2}:\d{1,2}(?::\d{1,2})?(?:\s*[AaPp]\.?[Mm]\.?(?!\w)|\b|(?=(?-i:[A-Z]{2})))"  # (or run into a credit: "14:00CGTN Editor: ...")
# A place or section may come first ("Astana, Kazakhstan • 19 September, 2022 | 17:30"), a clock time before
# the date ("14:05 / 10.04.2024"), an abbreviated weekday ("Thu Jun 7, 2012 10:22AM GMT"), and after it a
# time in brackets ("04.09.2020 (17:30)"), an update note ("(updated 14:12 10.06.2018)") or a zone ("| GMT +6",
# "(UTC +04:00)"); a dash may follow the label or the time ("Updated - March 11, 2023", "Publish Date: 15:05 - 21 June 2024"),
# and the time may follow the date after "/" or "at" ("12.05.2022 / 17:40", "May 12, 2022 at 5:40 pm"), or after
# "T" with a zone, as a content system prints it ("2022-05-12T17:40:00+05:00", "2022-05-12T17:40Z").
# A byline may come first on the line: "Faizan Hashmi Published July 04, 2023 | 08:31 PM".
# A stamp's label: "Published:", "Updated", "Posted on", "Release date:", "Dated", "Issued on", "Date of event:", a
# Russian page's "Дата публикации:" (date of publication), "Опубликовано:" (published), and a Chinese page's "发布时间:"
# (time of publication), "时间:" (time), "日期:" (date).
STAMP_LABEL = (r"(?:(?:last |first )?(?:published|updated|modified|created)|date of (?:the )?(?:event|meeting|document|publication)|event date"
                r"|meeting date|(?:publication|release|publish) (?:date|time)|date|\[date\]|posted on|posted|release time|released|time|added"
                r"|dated|issued(?: on)?|дата публикации|опубликовано|(?:发布|發布)?(?:时间|時間|日期))")
# (or "By" and a byline in any case: "By GT staff reporters Published: Sep 11, 2020 01:02 AM"; or an author's field before
# any label: "Author:CCTV Time:2022.09.13")
BYLINE_BEFORE = (r"(?:(?:(?:(?-i:[A-Z][\w.'’-]*+)(?:\s++(?-i:[A-Z][\w.'’-]*+)){0,3}|(?-i:By)(?:\s++[\w.'’-]++){1,5}?)\s++"
                 r"(?=(?:published|updated|posted)\b))|author\s*+[:：]\s*+[\w.'’-]++(?:\s++[\w.'’-]++){0,2}?\s++(?=" + STAMP_LABEL + r"\s*+[:：]))?")
# The page's buttons before a credited stamp: "0 CommentsPrint E-mail Xinhua, November 25, 2010", "0 Comment(s)Print E-mail ...".
BUTTONS_BEFORE = r"(?:(?:\d++\s*+comments?(?:\(s\))?|print|e-?mail|share)\s*+)*+"
STAMP = re.compile(
    r"^(?P<meta>" + BYLINE_BEFORE + BUTTONS_BEFORE + r"(?:(?>[\w .,&:-]{1,40})\s*+(?:[|｜•·]|(?<=\s)/(?=\s))\s*+)*(?:(?:source\s*+[:：]\s*+)?(?P<credit>" + CREDIT + r")(?:\s++news agency)?\s*+,?\s*+)?(?:" + STAMP_LABEL + r"\s*(?:on|at)?\s*[:：–-]?\s*(?:\((?:[\w-]{1,20}\s++)?time\)\s*+)?(?:(?:in\s++)?(?:" + CREDIT + r")\s*+,\s*+)?)?(?:" + CLOCK + r"(?:\s*[A-Z]{2,4})?\s*+[,/|–-]?\s*)?(?:" + WEEKDAY_STAMP.pattern + r",?\s*)?"
    + ANY_DATE
    # (the year's abbreviation, as a translated Russian page writes it, and the weekday after the date: "17 June 2001 y., Sunday")
    + r"(?:\s++y\.)?(?:,\s*+" + alternation(WEEKDAY_NAMES) + r"\b)?"
    + r"(?:,?\s*[-–/•·]?\s+(?:at\s+)?" + CLOCK + r"(?:\s*+(?:GMT|UTC|(?-i:[A-Z]{2,4})\b)(?:\s*+[+-]\d{1,2}(?::\d{2})?)?|\s++[+-]\d{4}\b)?|(?<=\d)\d{1,2}:\d{2}(?::\d{2})?\b|(?-i:T)\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:(?-i:Z)|[+-]\d{2}:?\d{2})?(?!\w))?"
    + r"(?:\s*+/\s*+updated\b[^/|]{0,30})?(?:\s*+\((?:(?:updated|modified|edited)\b[^()]{0,40}|\d{1,2}:\d{2}|(?:GMT|UTC)\s*+[+-]?\d{1,2}(?::\d{2})?|(?:[\w-]{1,20}\s++)?time)\))?(?:\s*+[|｜]\s*+(?>[\w .,&:+'’-]{1,40}))*)"
    + r"\.?(?:,?\s+(?P<rest>\S.*))?$",
    re.I,
)
STAMP_LABEL_FIRST = re.compile(r"^" + BYLINE_BEFORE + r"(?:[\w .&:-]{1,40}\s*[|｜]\s*)?" + STAMP_LABEL + r"(?!\w)", re.I)
# A date as a content system prints it (ISO, slashes, or with a clock time) is metadata even unlabelled.
MACHINE_DATE = re.compile(r"^\s*+(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|.*\d{1,2}:\d{2})")

# A content system's stamp printed after the headline on its line, with the page's buttons after it:
# "SCO summit meeting issues joint communique 2007-08-17 03:17:54   Print".
TRAILING_STAMP = re.compile(r"\s++(?P<stamp>\d{4}-\d{2}-\d{2}\s++\d{1,2}:\d{2}(?::\d{2})?)(?:\s++(?P<rest>\S.*))?$")


# A news site's listing line over its headline: a section, the date, and the headline that the next line repeats
# ("Economy 30/11/2013 Joint declaration of ..." over "Joint declaration of ...").
_LISTING = re.compile(r"^(?:[A-Z][\w&'’-]*+\s++){1,3}" + ANY_DATE + r"$")


def listing_stamp(line: str, below: str) -> str | None:
    """The section and date of a listing line whose headline the line `below` repeats, if `line` is one."""
    if not (below and len(line) > len(below) and line.endswith(below)):
        return None
    head = line[: -len(below)].strip()
    return head if _LISTING.match(head) else None


# Reading a stamp off a line: what cleaning records, and what it leaves of the line.

PUBLICATION = "publication date line"

EVENT_DATE = "event date line"

# (a documents database writes its fields in brackets: "[Date] October 26, 2023" is the document's own date)
_EVENT_LABEL = re.compile(r"^(?:date of (?:the )?(?:event|meeting|document)|event date|meeting date|\[date\])", re.I)

FOOTER = "site footer"  # page buttons after a stamp: "2007-08-16 18:40:22 Print Send to friend"

METADATA = "metadata line"

_PARENTHESISED = re.compile(r"^\((.{1,200})\)$")

_COUNT = re.compile(r"^\d[\d ,.]{0,12}$")  # a page's view count after its stamp

MAX_META_CHARS = 240  # a publication line with a headline after it, at most

# A date stacked on three lines in a page's head ("26" / "October" / "2023"), read as one
_STACKED = (re.compile(r"^\d{1,2}$"), re.compile(r"^(?:" + "|".join(MONTH_NAMES) + r")$", re.I), re.compile(r"^(?:19|20)\d\d$"))

def unstack_date(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The first date stacked on three lines (blank lines between) joined on the first of them, and the two lines
    folded into it (line number -> text), which are removed with the stamp."""
    filled = [i for i, line in enumerate(lines[:12]) if line.strip()]
    for a, b, c in zip(filled, filled[1:], filled[2:]):
        if all(p.match(lines[i].strip()) for p, i in zip(_STACKED, (a, b, c))):
            joined = [*lines[:a], f"{lines[a].strip()} {lines[b].strip()} {lines[c].strip()}", *lines[a + 1 :]]
            return joined, {b + 1: lines[b].strip(), c + 1: lines[c].strip()}
    return lines, {}

def strip_stamp(number: int, line: str, removed: list[Removed], above: str | None = None) -> str | None:
    """Take a publication date (and its label or credit) off a line near the top or below the text;
    return what is left. `above` is the line kept above it (None below the text)."""
    if len(line) > MAX_META_CHARS and not STAMP_LABEL_FIRST.match(line):
        return line  # (a labelled stamp may run into the first sentence: " date 2022-11-03 3rd November, ...")
    inner = _PARENTHESISED.match(line)  # a closing credit "(Xinhua News Agency May 30, 2003)"
    # (a stamp is read without a separator after it: "20:05 18.11.2025 •", "05.07.2005, 10:16,")
    m = (_SEPARATOR_AFTER.search(line) and STAMP.match(_SEPARATOR_AFTER.sub("", line))) or STAMP.match(inner[1] if inner else line)
    if not m:
        return line
    rest, taken = m.group("rest"), m.group("meta")
    if rest and (_COUNT.match(rest) or furniture_after(rest)):
        # "Updated: Dec 6, 2012 08:21   Xinhua": the credit is not the headline's; "... 19:42:10 314": a view count;
        # "... 18:40:22 Print Send to friend": the page's buttons; "05/12/12 15:47, Bishkek – 24.kg news agency, by
        # Asel Kalybekova": place, credit and byline (all removed with the stamp)
        rest, taken = None, m.group(0)
    labelled = bool(STAMP_LABEL_FIRST.match(m.group(0)) or m.group("credit"))
    machine = bool(MACHINE_DATE.search(m.group(0)))
    if not (labelled or machine) and not rest and _page_date(above):
        labelled = True  # a bare "01 November 2022" in a page's head is its publication date
    if not labelled and (rest or not machine):
        return line  # "21 May 2024" under a speech heading is the speech's date, not metadata
    reason = EVENT_DATE if _EVENT_LABEL.match(line) else PUBLICATION
    removed.append(Removed(number, taken.strip(), reason))
    if rest and STAMP_LABEL_FIRST.match(rest):  # "Published October 16, 2024 Updated October 16, 2024 09:12pm"
        return strip_stamp(number, rest.strip(), removed, above)
    return rest.strip() if rest else None

# A separator or comma after a stamp.
_SEPARATOR_AFTER = re.compile(r"[\s,;•·|]*[,;•·|]$")

def furniture_after(rest: str) -> bool:
    """Whether what follows a stamp on its line is only the page's furniture: credits, cities beside them, a byline
    ("by Asel Kalybekova"), a link, an ID or the page's buttons ("Xinhua   Web Editor: Wang Wei")."""
    rest, signed = rest.strip(" ,|–—-"), False
    while rest:
        piece = _FURNITURE_PIECE.match(rest)
        signed = signed or bool(piece)
        piece = piece or _city_at(rest)
        if not piece:
            return knowledge().noise_reason(rest) in (FOOTER, METADATA)
        rest = rest[piece.end() :].strip(" ,|–—-/")
    return signed  # (a city alone after the date is an event line: "June 15, 2006, Shanghai")

# (or the outlet's name in square brackets: "30 октября 2008, 09:34 [ «Аргументы Недели» ]")
_FURNITURE_PIECE = re.compile(
    r"(?:(?:" + CREDIT + r")(?:\s++news agency)?|by\s++(?-i:[A-Z][\w.'’-]*+)(?:\s++(?-i:[A-Z][\w.'’-]*+)){0,3}|https?://\S++"
    r"|\[[^\[\]]{1,40}\])"
    r"(?=$|[\s,|–—-])",
    re.I,
)

_CAPITALISED = re.compile(r"(?-i:[A-Z][\w.'’-]*+)(?:[ -](?-i:[A-Z][\w.'’-]*+)){0,2}(?=$|[\s,|–—-])")

def _city_at(text: str) -> re.Match | None:
    """A city of data/places.yml at the start of `text` ("Bishkek – 24.kg news agency")."""
    m = _CAPITALISED.match(text)
    return m if m and m[0].casefold() in knowledge().cities else None

def _page_date(above: str | None) -> bool:
    """Whether a bare date line in the head of a page (above the text) is the page's date: it is, under a speech
    heading too ("Speech by President ..." / "05.07.2005": the day the page gave the speech), unless it is the
    date line of a sentence ending in ":", or the day under a place ("Astana, Kazakhstan" / "15 June 2011": where
    and when a speech was given)."""
    return not (above and (above.endswith((":", "：")) or _place_line(above)))


def _place_line(line: str) -> bool:
    """Whether a line is only a city of data/places.yml, perhaps with its country: "Astana, Kazakhstan"."""
    city = _city_at(line)
    rest = line[city.end() :].strip(" ,") if city else None
    return rest is not None and (not rest or rest.casefold() in knowledge().countries)


_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")

# A stamp may write the month in lower case ("7 november 2011"): on a line cleaning read as a stamp it is a month.
_LOWER_MONTH = re.compile(r"(?<![\w])(?:" + "|".join(m.lower() for m in MONTH_NAMES) + r")(?!\w)")


def published(lines: tuple[Removed, ...], under_headline: range = range(0)) -> tuple[str | None, Evidence | None]:
    """The publication date from the publication lines cleaning took out: the stamp right under the headline first (one
    above it may be the page's clock: "Friday, 07 October 2022, 11:09:12 pm" over a story stamped "August 11, 2022")."""
    for r in sorted(lines, key=lambda r: r.line not in under_headline):
        value = full_date(r.text) or full_date(_LOWER_MONTH.sub(lambda m: m[0].capitalize(), r.text))
        if value:
            return value, Evidence(r.text, "publication date line")
    return None, None


def copyright_year(lines: tuple[Removed, ...]) -> int | None:
    """The last year of the page's copyright line ("© ITAR-TASS 2013", "© 1997-2011 Kazinform")."""
    for r in lines:
        if _COPYRIGHT.search(r.text):
            years = [int(y) for y in _YEAR.findall(r.text) if MIN_YEAR <= int(y) <= MAX_YEAR]
            if years:
                return max(years)
    return None
