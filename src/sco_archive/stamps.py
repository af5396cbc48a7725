"""Publication stamps: the line a site prints with the day it published the page, in its many forms
("Updated: 2020-11-11", "Xinhua, September 13, 2013", "Faizan Hashmi Published July 04, 2023 | 08:31 PM",
"2007-08-16 18:40:22 Print Send to friend"). Cleaning takes them out; the publication date is read from them."""

from __future__ import annotations

import re

from .dates import DASH_DMY, DMY, DOT_DMY, DOT_YMD, ISO, MDY, SLASH_DMY, SLASH_DMY_SHORT, SLASH_YMD, WEEKDAY_STAMP
from .knowledge import alternation, knowledge

ANY_DATE = "(?:" + "|".join(p.pattern for p in (ISO, DASH_DMY, SLASH_YMD, SLASH_DMY, SLASH_DMY_SHORT, DOT_YMD, DOT_DMY, MDY, DMY)) + ")"
# A news agency or site signing the stamp (data/noise.yml `credits`): "Xinhua, September 13, 2013".
# or the site's address: "www.chinaview.cn 2007-08-16 18:40:22"
CREDIT = alternation(knowledge().credits) + r"|(?:www\.)?(?:[\w-]++\.)++(?:cn|com|net|org|ru|kz|kg|uz|tj|pk|in|ir|by)\b"
# " date 2023-05-06 Headline", "Xinhua| Updated: 2020-11-11", "2021-07-14 15:08", "Published: June 5, 2024".
# Each menu item is an atomic group and the spaces around each "|" possessive: a menu can then be read
# one way only (otherwise each item could end, and the next begin, at any of its spaces: 2^n ways to
# fail on a menu of n items).
# A clock time, with AM/PM glued on or apart ("10:22AM", "6:15 PM"), as some systems print it too ("1:56:1 PM", "0:0").
CLOCK = r"\b\d{1,2}:\d{1,2}(?::\d{1,2})?(?:\s*[AaPp]\.?[Mm]\.?(?!\w)|\b)"
# A place or section may come first ("Astana, Kazakhstan • 19 September, 2022 | 17:30"), a clock time before
# the date ("14:05 / 10.04.2024"), an abbreviated weekday ("Thu Jun 7, 2012 10:22AM GMT"), and after it a
# time in brackets ("04.09.2020 (17:30)"), an update note ("(updated 14:12 10.06.2018)") or a zone ("| GMT +6",
# "(UTC +04:00)"); a dash may follow the label or the time ("Updated - March 11, 2023", "Publish Date: 15:05 - 21 June 2024"),
# and the time may follow the date after "/" or "at" ("12.05.2022 / 17:40", "May 12, 2022 at 5:40 pm"), or after
# "T" with a zone, as a content system prints it ("2022-05-12T17:40:00+05:00", "2022-05-12T17:40Z").
# A byline may come first on the line: "Faizan Hashmi Published July 04, 2023 | 08:31 PM".
# A stamp's label: "Published:", "Updated", "Posted on", "Release date:", "Dated", "Issued on", "Date of event:".
STAMP_LABEL = (r"(?:(?:last |first )?(?:published|updated|modified|created)|date of (?:the )?(?:event|meeting|document|publication)|event date"
                r"|meeting date|(?:publication|release|publish) (?:date|time)|date|\[date\]|posted on|posted|release time|released|time|added"
                r"|dated|issued(?: on)?)")
# (or "By" and a byline in any case: "By GT staff reporters Published: Sep 11, 2020 01:02 AM")
BYLINE_BEFORE = (r"(?:(?:(?-i:[A-Z][\w.'’-]*+)(?:\s++(?-i:[A-Z][\w.'’-]*+)){0,3}|(?-i:By)(?:\s++[\w.'’-]++){1,5}?)\s++"
                 r"(?=(?:published|updated|posted)\b))?")
# The page's buttons before a credited stamp: "0 CommentsPrint E-mail Xinhua, November 25, 2010".
BUTTONS_BEFORE = r"(?:(?:\d++\s*+comments?|print|e-?mail|share)\s*+)*+"
STAMP = re.compile(
    r"^(?P<meta>" + BYLINE_BEFORE + BUTTONS_BEFORE + r"(?:(?>[\w .,&:-]{1,40})\s*+(?:[|｜•·]|(?<=\s)/(?=\s))\s*+)*(?:(?:source\s*+[:：]\s*+)?(?P<credit>" + CREDIT + r")(?:\s++news agency)?\s*+,?\s*+)?(?:" + STAMP_LABEL + r"\s*(?:on|at)?\s*[:：–-]?\s*(?:\((?:[\w-]{1,20}\s++)?time\)\s*+)?)?(?:" + CLOCK + r"(?:\s*[A-Z]{2,4})?\s*+[,/|–-]?\s*)?(?:" + WEEKDAY_STAMP.pattern + r",?\s*)?"
    + ANY_DATE
    # (the year's abbreviation, as a translated Russian page writes it, and the weekday after the date: "17 June 2001 y., Sunday")
    + r"(?:\s++y\.)?(?:,\s*+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)?"
    + r"(?:,?\s*[-–/•·]?\s+(?:at\s+)?" + CLOCK + r"(?:\s*+(?:GMT|UTC|(?-i:[A-Z]{2,4})\b)(?:\s*+[+-]\d{1,2}(?::\d{2})?)?|\s++[+-]\d{4}\b)?|(?<=\d)\d{1,2}:\d{2}(?::\d{2})?\b|(?-i:T)\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:(?-i:Z)|[+-]\d{2}:?\d{2})?(?!\w))?"
    + r"(?:\s*+/\s*+updated\b[^/|]{0,30})?(?:\s*+\((?:(?:updated|modified|edited)\b[^()]{0,40}|\d{1,2}:\d{2}|(?:GMT|UTC)\s*+[+-]?\d{1,2}(?::\d{2})?|(?:[\w-]{1,20}\s++)?time)\))?(?:\s*+[|｜]\s*+(?>[\w .&:+'’-]{1,40}))*)"
    + r"\.?(?:,?\s+(?P<rest>\S.*))?$",
    re.I,
)
STAMP_LABEL_FIRST = re.compile(r"^" + BYLINE_BEFORE + r"(?:[\w .&:-]{1,40}\s*[|｜]\s*)?" + STAMP_LABEL + r"(?!\w)", re.I)
# A date as a content system prints it (ISO, slashes, or with a clock time) is metadata even unlabelled.
MACHINE_DATE = re.compile(r"^\s*+(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|.*\d{1,2}:\d{2})")

# A content system's stamp printed after the headline on its line, with the page's buttons after it:
# "SCO summit meeting issues joint communique 2007-08-17 03:17:54   Print".
TRAILING_STAMP = re.compile(r"\s++(?P<stamp>\d{4}-\d{2}-\d{2}\s++\d{1,2}:\d{2}(?::\d{2})?)(?:\s++(?P<rest>\S.*))?$")
