"""Extract: one function per field family; this module composes them into a Document."""

from __future__ import annotations

import re

from ..clean import CAPTION, EVENT_DATE, PUBLICATION
from ..data import Folded
from ..model import Cleaned, Document, Evidence, Paragraph, Removed, Source, Warning
from .. import dates as d
from .kinds import kind as kind_of
from .meeting import announced, body, number
from .people import speaker as speaker_of
from .places import venue as venue_of
from .proposals import proposals as proposals_of
from .text import PAST_ANCHOR, is_future, sentences
from .themes import themes as themes_of

_EVENT = re.compile(
    r"\b(?:attend\w*|held|hold\w*|chair\w*|address\w*|met|meeting|summit|session|opened|took place|deliver\w*|spoke|participat\w*|convened|gather\w*|said|told)\b",
    re.I,
)
_EVENT_FOLDED = Folded(_EVENT)  # (only tested for a match: see data.Folded)
_HEADLINE_END = re.compile(r"[.!?:;,]$")
_NOT_HEADLINE = re.compile(r"^(?:By |Photo|Editor|Source|Dear |Your |Excellenc|Ladies)\b")
_RANGE_ON = re.compile(r"\s*(?:-|–|to|until|through)\s*\d")  # "10-11 June": the first day of a range
_DATELINE_PLACE = re.compile(r"^([A-Z][A-Za-z'’. -]{1,40}),\s*(?:[A-Z][a-z]+,\s*)?")
_MEETING_NOUN = re.compile(r"\b(?:meeting|summit|session)\b", re.I)
_SHORT_BYLINE = re.compile(r"^(?:Remarks|Speech|Address|Statement|Keynote|Full text|Text of)\b")


def headline(paragraphs: tuple[Paragraph, ...]) -> str | None:
    """The text's own headline: a short first paragraph that is not a sentence, byline or dateline."""
    for p in paragraphs[:3]:
        words = p.text.split()
        if len(words) < 3 or p.text.isupper():
            continue  # a section label such as "CHINA / DIPLOMACY"
        return _as_headline(p.text)
    return None


def _as_headline(first: str) -> str | None:
    """The paragraph itself when it reads as a headline."""
    words = first.split()
    if len(first) > 200 or len(words) < 3 or _HEADLINE_END.search(first) or _NOT_HEADLINE.match(first):
        return None
    if _SHORT_BYLINE.match(first) and len(words) < 8:
        return None  # "Remarks by H.E. Xi Jinping" names the speaker; it is not a headline
    if d.find_dates(first) and len(words) < 6:
        return None
    return first


def published(removed: tuple[Removed, ...]) -> tuple[str | None, Evidence | None]:
    """The publication date from a metadata line cleaning took out."""
    for r in removed:
        if r.reason == PUBLICATION:
            value = d.full_date(r.text)
            if value:
                return value, Evidence(r.text, "publication date line")
    return None, None


def _usable(sentence: str, hit: d.DateHit) -> bool:
    """A date that is not about a later meeting and not the start of a range."""
    after = sentence[hit.end : hit.end + 12]
    return not is_future(sentence, hit.start, 50) and not _RANGE_ON.match(after)


def meeting_date(paragraphs: tuple[Paragraph, ...], captions: tuple[Removed, ...], pub: str | None, events: tuple[Removed, ...] = (), datelines: bool = True) -> tuple[str | None, Evidence | None, tuple[int | None, int | None]]:
    """The day of the meeting: lead sentence, dateline, caption, then yearless or weekday dates resolved."""
    lead = [s for p in paragraphs[:4] for s in sentences(p.text)]
    found_ref: list[str | None] = []

    def year_ref() -> str | None:
        """The date a yearless date is read against, worked out the first time one needs it."""
        if not found_ref:
            found_ref.append(pub or _any_full_date(paragraphs))
        return found_ref[0]

    for r in events:
        value = d.full_date(r.text)
        if value:
            return value, Evidence(r.text, "event date line"), (int(value[5:7]), int(value[8:]))
    for s in lead:
        for hit in d.find_dates(s, partial=False):
            if _EVENT_FOLDED.search(s) and _usable(s, hit):
                return hit.resolve(None), Evidence(s, "lead sentence date"), (hit.month, hit.day)
    for p in paragraphs[:10] if datelines else ():
        m = _DATELINE_PLACE.match(p.text)
        if m:
            hits = d.find_dates(p.text[m.end() : m.end() + 30])
            if hits and hits[0].start == 0:
                hit = hits[0]
                value = hit.resolve(None) or d.infer_year(hit, year_ref())
                rest = p.text[m.end() + hit.end :]
                weekday = d.WEEKDAY.search(rest[:200])
                if value and weekday:
                    # "BISHKEK, June 14 (Xinhua) -- ... on Friday": the weekday is counted back from the dateline.
                    return d.weekday_before(weekday[1], value), Evidence(p.text[:200], "dateline and weekday"), (hit.month, hit.day)
                if value:
                    return value, Evidence(p.text[:200], "dateline"), (hit.month, hit.day)
                return None, None, (hit.month, hit.day)
    for p in paragraphs[:8]:
        hits = d.find_dates(p.text, partial=False)
        if hits and len(p.text) - len(hits[0].text) <= 12 and _usable(p.text, hits[0]):
            return hits[0].resolve(None), Evidence(p.text, "date line under the heading"), (hits[0].month, hits[0].day)
    for r in captions:
        for hit in d.find_dates(r.text, partial=False):
            return hit.resolve(None), Evidence(r.text, "photo caption date"), (hit.month, hit.day)
    for s in lead:
        for hit in d.find_dates(s):
            if hit.year is None and _EVENT_FOLDED.search(s) and _usable(s, hit):
                value = d.infer_year(hit, year_ref())
                if value:
                    return value, Evidence(s, "lead sentence date, year from the text"), (hit.month, hit.day)
                return None, None, (hit.month, hit.day)
    if pub:
        for s in lead[:3]:
            m = d.WEEKDAY.search(s)
            if m and (_EVENT_FOLDED.search(s) or re.search(r"\b(?:on|said|says)\s+" + m[1], s)):
                return d.weekday_before(m[1], pub), Evidence(s, "weekday before publication date"), (None, None)
    for p in paragraphs[4:]:
        for s in sentences(p.text):
            if _MEETING_NOUN.search(s) and PAST_ANCHOR.search(s):
                for hit in d.find_dates(s, partial=False):
                    if _usable(s, hit):
                        return hit.resolve(None), Evidence(s, "later meeting sentence date"), (hit.month, hit.day)
    return None, None, (None, None)


def _any_full_date(paragraphs: tuple[Paragraph, ...]) -> str | None:
    for p in paragraphs:
        value = d.full_date(p.text)
        if value:
            return value
    return None


def extract(source: Source, cleaned: Cleaned) -> Document:
    """Read every field of one cleaned text, each with its evidence or a warning."""
    paragraphs = cleaned.paragraphs
    evidence: dict[str, Evidence] = {}
    warnings = [Warning(None, w) for w in source.warnings]
    captions = tuple(r for r in cleaned.removed if r.reason == CAPTION)

    title = headline(paragraphs)
    if title:
        evidence["title"] = Evidence(title, "headline")
    pub, ev = published(cleaned.removed)
    _put(evidence, "published", ev)
    kind, ev = kind_of(paragraphs)
    _put(evidence, "kind", ev)
    speaker, ev = speaker_of(paragraphs, title is not None) if kind != "statement" else (None, None)
    _put(evidence, "speaker", ev)
    body_name, ev, body_sentence = body(paragraphs, title)
    if body_name is None:
        for r in captions:
            body_name, ev, body_sentence = body((Paragraph(r.line, r.text),), None)
            if body_name:
                ev = Evidence(ev.text, "body named in photo caption")
                break
    _put(evidence, "meeting.body", ev)
    num, ev = number(paragraphs, title, body_sentence, tuple(r.text for r in captions))
    _put(evidence, "meeting.number", ev)
    venue, ev, online_ev = venue_of(paragraphs, captions, body_sentence, datelines=kind not in ("interview", "press_conference"))
    _put(evidence, "venue", ev)
    _put(evidence, "venue.online", online_ev)
    events = tuple(r for r in cleaned.removed if r.reason == EVENT_DATE)
    # An interview's or press conference's dateline is when and where it was given, not the meeting.
    about_meeting = kind in ("interview", "press_conference")
    date, ev, partial = meeting_date(paragraphs, captions, pub, events, datelines=not about_meeting)
    _put(evidence, "date", ev)
    count, ev, count_at = announced(paragraphs)
    _put(evidence, "announced_proposals", ev)
    props, intro, rule = proposals_of(paragraphs, count_at)
    if props:
        evidence["proposals"] = Evidence(intro or props[0].text[:200], rule)
    text = "\n".join(p.text for p in paragraphs)
    themes = themes_of(text)
    for name, ev in themes:
        evidence[f"themes.{name}"] = ev

    if speaker is None and kind != "statement":
        warnings.append(Warning("speaker", "no titled speaker found; pin `speaker` in the sidecar if the text has one"))
    if body_name is None:
        warnings.append(Warning("meeting", "no SCO body named in the text; pin `meeting.body`"))
    if venue is None or (venue.city is None and not venue.online):
        warnings.append(Warning("venue", "no meeting city found; pin `venue`"))
    elif venue.city and venue.country is None:
        warnings.append(Warning("venue", f"'{venue.city}' is not in the places data, so its country is unknown; pin `venue.country`"))
    if count is not None and count != len(props):
        warnings.append(Warning("proposals", f"the text announces {count} but {len(props)} were found (a partial text, or a list style not recognised)"))
    return Document(
        id=source.id,
        source=source.source,
        kind=kind,
        title=title or "",
        date=date,
        published=pub,
        speaker=speaker,
        venue=venue,
        body=body_name,
        number=num,
        announced_proposals=count,
        proposals=tuple(props),
        themes=tuple(name for name, _ in themes),
        warnings=tuple(warnings),
        notes=(),
        overridden=(),
        evidence=evidence,
        removed=cleaned.removed,
        paragraphs=paragraphs,
        title_generated=title is None,
        partial_date=partial,
    )


def _put(evidence: dict[str, Evidence], key: str, ev: Evidence | None) -> None:
    if ev is not None:
        evidence[key] = ev
