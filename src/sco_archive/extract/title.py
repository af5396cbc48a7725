"""Title: the text's own headline, when it has one (otherwise the pages generate one)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import find_dates
from ..knowledge import FULL_STOPS_ABROAD, UNSPACED, alternation, knowledge, word_count
from ..model import Paragraph
from .kinds import speech_heading, turn_or_address
from .datelines import dateline

# (also inside closing quotes: "... summit.”"; a menu's "Posts|"; other scripts' full stops and the full-width colon and comma: "।", "。", "：")
_HEADLINE_END = re.compile(rf"(?:[.!?:;,{FULL_STOPS_ABROAD}：，][\"”’')]*|\s*\|)$")
# A line that is only a day, a month's name in any language and a year, perhaps with a time: a page's stamp ("28 iulie 2021",
# "5 июля 2024, 13:59"), whatever the language (find_dates reads the languages it knows).
_DAY_MONTH_YEAR = re.compile(r"^\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4}(?:,?\s+\d{1,2}:\d{2})?$")
_WEB_ADDRESS = re.compile(r"\bhttps?://|\bwww\.")  # a site's line with its address ("... all in http://history.example.cn")
_NOT_HEADLINE = re.compile(r"^(?:By |Photo|Editor|Source|(?i:" + knowledge().forms_of_address() + r"))\b")  # (a salutation: data/titles.yml)
# A line in capitals this long is a headline ("JOINT COMMUNIQUE OF THE MEETING OF THE HEADS OF STATE ..."), not a section label.
MIN_CAPITALS_HEADLINE_WORDS = 8
# ... or this long when it names the SCO ("NAZARBAYEV PROPOSES ASIAN ENERGY DIALOGUE WITHIN SCO"; "SCO SUMMIT" is a label).
MIN_SCO_CAPITALS_HEADLINE_WORDS = 5
# A headline is at most this long: the Russian MFA's "Transcript of Remarks and Response to Media Questions by ...
# Following SCO Council of Foreign Ministers Meeting, Dushanbe, July 25, 2008" runs to 220 characters.
MAX_HEADLINE_CHARS = 250
# ... or this long in title case: a ministry's headline over its briefing, "The Official from the Ministry of Foreign Affairs
# Gives a Briefing on President ...'s Attendance of the SCO Summit in ..., His Inspection of ... and His State Visits to ..."
# (a lead sentence this long, its full stop lost, is in sentence case)
MAX_TITLE_CASE_HEADLINE_CHARS = 350
MIN_TITLE_CASE_SHARE = 0.7  # of the words of four letters or more, capitalised


def _title_case(text: str) -> bool:
    """Most words of four letters or more capitalised, as in "Gives a Briefing on President Hu Jintao's Attendance of ..."."""
    long_words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= MIN_TITLE_CASE_SHARE * len(long_words)


_SHORT_BYLINE = re.compile(r"^(?:Remarks|Speech|Address|Statement|Keynote|Full text|Text of)\b")
# A meeting's name alone ("Meeting of the Council of Heads of Government of SCO member states", "Expanded-format meeting
# of ..."): a government page's event, over the speech's own heading when one follows.
_EVENT_NAME = re.compile(r"^(?:(?:Expanded|Restricted|Extended|Enlarged|Narrow|Plenary)[- ]\w*+\s++)?(?:Meeting|Session|Summit|Sitting)s?+"
                         r"\s++of\b[^:.;!?]*+$", re.I)


@lru_cache(maxsize=1)
def _site_prefix() -> re.Pattern:
    """A site's name before the headline on its own line: "People's Daily Online -- Russian PM calls ..."."""
    return re.compile(r"^(?:" + alternation(knowledge().credits) + r")\s*+(?:--|—|–|-|:|\|)\s++(?=\S)")


@lru_cache(maxsize=1)
def _site_suffix() -> re.Pattern:
    """A site's name after the headline, as a page's title bar writes it: "SCO ministers meet in Osh-Xinhua", "... | Dawn"."""
    return re.compile(r"\s*+(?:--|—|–|-|\|)\s*+(?:" + alternation(knowledge().credits) + r")\s*+$")


@lru_cache(maxsize=1)
def _credit_line() -> re.Pattern:
    """An agency's credit with where and when it filed, alone over the headline: "Xinhua News Agency, Samarkand, Uzbekistan,
    September 16." (data/noise.yml `credits`)."""
    return re.compile(r"^(?:" + alternation(knowledge().credits) + r")(?:\s++news agency)?,\s++(?:[A-Z][\w.'’-]*+\s*+,?\s*+){1,4}"
                      r"[^.!?]{0,30}\.?$", re.I)


@lru_cache(maxsize=1)
def _site_name() -> re.Pattern:
    """A paragraph that is only a news site's or agency's name (data/noise.yml `credits`)."""
    return re.compile(r"^(?:the\s+)?(?:" + alternation(knowledge().credits) + r")\s*$", re.I)


def headline(paragraphs: tuple[Paragraph, ...]) -> str | None:
    """The text's own headline: a short first paragraph that is not a sentence, byline or dateline (among the first three
    lines of three words or more: a site's one-word labels over it, "LINE", "Text:AAAPrint", "Politics", do not count)."""
    long_lines = [i for i, p in enumerate(paragraphs[:HEADLINE_REACH]) if word_count(p.text) >= 3][:HEADLINE_LINES]
    for index, p in enumerate(paragraphs[: long_lines[-1] + 1 if long_lines else 0]):
        words = word_count(p.text)
        if words < 3 or p.text[:1].islower() or _capitals_label(p.text) or _site_name().match(p.text) \
                or (_credit_line().match(p.text) and find_dates(p.text)) or _WEB_ADDRESS.search(p.text) or _DAY_MONTH_YEAR.match(p.text):
            continue  # a section label such as "CHINA / DIPLOMACY", the site's name ("People's Daily Online"), an agency's
            # credit line ("Xinhua News Agency, Samarkand, Uzbekistan, September 16."), a line with the site's address, a stamp, or a
            # page's opening cut mid-sentence
        if words <= MAX_LABEL_WORDS and not knowledge().names_the_sco(p.text) and not _HEADLINE_END.search(p.text):
            following = [_site_prefix().sub("", q.text) for q in paragraphs[index + 1 : index + 3]]
            # (but a speech's own title right over its heading is the headline: "Working Together for Lasting Peace and
            # Common Prosperity" / "Address by H.E. Hu Jintao, President of ..., at the Twelfth Meeting of ...")
            speech_title = words >= MIN_SPEECH_TITLE_WORDS and speech_heading(following[0] if following else "")
            if any(knowledge().names_the_sco(f) and _is_headline(f) for f in following) and not speech_title:
                continue  # a site's or section's name over a headline naming the SCO ("Russian Politics & Diplomacy")
        text = _site_suffix().sub("", _site_prefix().sub("", p.text))
        under = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
        if _EVENT_NAME.match(text) and speech_heading(under) and _is_headline(under):
            return under  # the event's name over "Dmitry Medvedev's speech at the meeting ..."
        if len(under) < len(text) and text.endswith(" " + under) and _is_headline(under):
            return under  # a section's name and the day before the headline, the headline alone under it
        if UNSPACED.search(text) and under and not UNSPACED.search(under) and _is_headline(under) and knowledge().names_the_sco(under):
            return under  # a bilingual page's Chinese headline over its English one: "王毅主持..." / "Wang Yi chairs SCO ..."
        if _is_headline(text):
            return text
        return _headline_under_dateline(p.text, paragraphs[index + 1 : index + 2]) or _heading_after_summary(paragraphs)
    return None


HEADLINE_LINES = 3  # the lines of three words or more among which the headline is
HEADLINE_REACH = 8  # ... within the page's first lines


SUMMARY_REACH = 8  # paragraphs a page's summary may run before its separator


def _heading_after_summary(paragraphs: tuple[Paragraph, ...]) -> str | None:
    """A page that lost its headline, with a summary over a separator and the speech's heading under it: "Vladimir Putin took
    part in ..." / "* * *" / "Address by the President of Russia at the SCO Heads of State Council Meeting"."""
    for p, under in zip(paragraphs[:SUMMARY_REACH], paragraphs[1 : SUMMARY_REACH + 1]):
        if p.text.replace(" ", "") in ("***", "---") and speech_heading(under.text) and _is_headline(under.text):
            return under.text
    return None


def _capitals_label(text: str) -> bool:
    """A short line in capitals is a section label ("CHINA / DIPLOMACY"), unless it is a headline naming the SCO
    ("NAZARBAYEV PROPOSES ASIAN ENERGY DIALOGUE WITHIN SCO")."""
    words = len(text.split())
    if not text.isupper() or words >= MIN_CAPITALS_HEADLINE_WORDS:
        return False
    return not (words >= MIN_SCO_CAPITALS_HEADLINE_WORDS and knowledge().names_the_sco(text))


def _headline_under_dateline(lead: str, following: tuple[Paragraph, ...]) -> str | None:
    """An agency's headline naming the SCO right under its dateline lead: "DUSHANBE, 18.05.2011 /NIAT "Khovar"/.
    Minister of Culture ... took part ..." over "Tajik culture minister attends SCO meeting in Astana"."""
    if not following or dateline(lead) is None:
        return None
    text = following[0].text
    return text if knowledge().names_the_sco(text) and _is_headline(text) else None


MAX_LABEL_WORDS = 8  # a site's or section's name, at most
MIN_SPEECH_TITLE_WORDS = 5  # a speech's own title over its heading, at least ("Russian Politics & Diplomacy" is a section)


MAX_ASKING_HEADLINE_WORDS = 14  # "Will the SCO become a new pole of the world?"; a longer line ending so is a sentence


def _asked(text: str) -> bool:
    """A headline that asks or exclaims ("SCO at 20: what next?"), not a question turn or a form of address."""
    return text.endswith(("?", "!")) and len(text.split()) <= MAX_ASKING_HEADLINE_WORDS and not turn_or_address(text)


def _is_headline(text: str) -> bool:
    """Whether the first real paragraph reads as a headline."""
    words = len(text.split())
    longest = MAX_TITLE_CASE_HEADLINE_CHARS if _title_case(text) else MAX_HEADLINE_CHARS
    if len(text) > longest or (_HEADLINE_END.search(text) and not _asked(text)) or _NOT_HEADLINE.match(text):
        return False
    if _SHORT_BYLINE.match(text) and words < 8:
        return False  # "Remarks by H.E. Xi Jinping" names the speaker; it is not a headline
    return not (find_dates(text) and words < 6)
