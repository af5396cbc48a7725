"""Days that belong to another event than the text's meeting, in the sentence that names them: an earlier meeting,
another SCO body's, another organisation's, something done before the meeting, a stale date in passing.
extract/when.py asks these before it takes a day for the meeting."""

from __future__ import annotations

import re

from .. import dates as d
from ..knowledge import knowledge, lower
from .text import PREVIOUS

OPENING_ON = re.compile(r"\W*+(?:On\s++)?$")  # what may stand before a day that opens a sentence
# What was done before the meeting, named after "before", the day closing the clause: "Hu Jintao (R) shakes hands with ... Medvedev before a
# summit of the Shanghai Cooperation Organisation in Dushanbe August 27, 2008" (a photo caption run into the lead).
BEFORE_A_MEETING = re.compile(r"\bbefore\s++(?:a|the)\s++(?:summit|meeting|session)\b[^,.;]{0,80}$", re.I)
STALE_DAYS = 365  # a lead date more than a year before publication is an earlier event (a founding, an anniversary)


def _stale(value: str | None, pub: str | None) -> bool:
    """A date long before the publication date: an earlier event mentioned in passing."""
    return bool(value and pub and d.days_between(value, pub) > STALE_DAYS)


def stale_in_passing(sentence: str, hit: d.DateHit, pub: str | None) -> bool:
    """A stale date named inside a sentence ("the venue of the founding ceremony on June 15, 2001", "Twelve years ago,
    on August 16, 2007, Bishkek hosted the summit"); a sentence opening on its day is the text's own account of the
    meeting, however long after it the page was published ("On May 22, 2010 Tashkent hosted a meeting of the Council of
    Foreign Ministers" on a page of 2012)."""
    return _stale(hit.resolve(None), pub) and not OPENING_ON.match(sentence[: hit.start])


_OWN_MEETING = re.compile(r"\b(?:meeting|summit|session)\b", re.I)
PREVIOUS_REACH = 80  # "the last meeting of the Council of Heads of State of the SCO member states, on": its date follows soon


def of_previous_meeting(sentence: str, hit: d.DateHit) -> bool:
    """Whether the date is that of an earlier meeting named just before it, with no other meeting between: "at the last
    meeting of the Council of Heads of SCO Member States, on 13 September 2013 in Bishkek, ... and the SCO Summit in
    Dushanbe on 12 September 2014 marked ..." gives the second day, not the first."""
    return any(hit.start - m.end() <= PREVIOUS_REACH and not _OWN_MEETING.search(sentence, m.end(), hit.start)
               for m in PREVIOUS.finditer(sentence, 0, hit.start))


def of_another_body(sentence: str, at: int, body: str | None) -> bool:
    """Whether the last SCO body the sentence names before the date is another than `body`: "Russia holds the chair of
    the Council of Heads of Government ..., and the Tianjin summit of September 1 gave us clear guidelines"."""
    k = knowledge()
    named = list(k.find_bodies(sentence, 0, at)) if body else []
    return bool(named) and k.body_of(named[-1]) != body


def of_another_organisation(sentence: str, at: int) -> bool:
    """Whether a sentence that does not name the SCO dates a meeting of another organisation named before the date
    (bodies.yml `other_organisations`): "The Second GMS (Greater Mekong Subregion) Summit will be held from July 4th to 5th, 2005"."""
    k, lowered = knowledge(), lower(sentence)
    return bool(k.lower_other_organisation.search(lowered, 0, at)) and not (k.sco_as_written.search(sentence) or k.lower_sco_pattern.search(lowered))
