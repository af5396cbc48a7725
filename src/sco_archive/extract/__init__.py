"""Extract: one function per field family; this module composes them into a Document."""

from __future__ import annotations

from ..clean import BYLINE, CAPTION
from ..knowledge import knowledge, lower
from ..model import Cleaned, Document, Evidence, Paragraph, Source, Warning
from ..stamps import EVENT_DATE, PUBLICATION, copyright_year, published
from .kinds import ANNOUNCING_KINDS, briefing_ahead
from .kinds import kind as kind_of
from .meeting import CALLED_SUMMIT, announced, announces, body, number
from .people import speaker as speaker_of
from .places import venue as venue_of
from .proposals import proposals as proposals_of
from .publisher import publisher as publisher_of
from .themes import themes as themes_of
from .title import headline
from .when import meeting_date


def _under_headline(paragraphs: tuple[Paragraph, ...], title: str | None) -> range:
    """The input lines between the headline and the paragraph after it (empty without a headline)."""
    at = next((i for i, p in enumerate(paragraphs[:3]) if p.text == title), None) if title else None
    if at is None or at + 1 >= len(paragraphs):
        return range(0)
    return range(paragraphs[at].line + 1, paragraphs[at + 1].line)

def extract(source: Source, cleaned: Cleaned) -> Document:
    """Read every field of one cleaned text, each with its evidence or a warning."""
    paragraphs = cleaned.paragraphs
    evidence: dict[str, Evidence] = {}
    warnings = [Warning(None, w) for w in source.warnings]
    captions = tuple(r for r in cleaned.removed if r.reason == CAPTION)

    title = headline(paragraphs)
    if title:
        evidence["title"] = Evidence(title, "headline")
    # a stamp first, then a byline with a day ("By Aigerim Seitkali in Nation on 2 September 2025")
    stamps = [r for r in cleaned.removed if r.reason == PUBLICATION] + [r for r in cleaned.removed if r.reason == BYLINE]
    pub, ev = published(tuple(stamps), _under_headline(paragraphs, title))
    _put(evidence, "published", ev)
    outlet, ev = publisher_of(cleaned.removed, paragraphs)
    _put(evidence, "publisher", ev)
    kind, ev = kind_of(paragraphs)
    _put(evidence, "kind", ev)
    speaker, ev = speaker_of(paragraphs, title is not None, kind == "press_conference") if kind != "statement" else (None, None)
    _put(evidence, "speaker", ev)
    ahead = kind in ANNOUNCING_KINDS  # given apart from (often before) the meeting it is about
    body_name, ev, body_sentence = body(paragraphs, title, ahead)
    if not ahead and announces(paragraphs, title, body_name, bool(ev and ev.rule == CALLED_SUMMIT)):  # a report announcing the meeting
        ahead = True
        body_name, ev, body_sentence = body(paragraphs, title, ahead)
        if kind == "report" and (briefing := briefing_ahead(paragraphs)):  # ... said at a briefing
            kind = "press_conference"
            evidence["kind"] = briefing
    if body_name is None:
        for r in captions:
            body_name, ev, body_sentence = body((Paragraph(r.line, r.text),), None)
            if body_name:
                ev = Evidence(ev.text, "body named in photo caption")
                break
    if body_name is None and speaker and speaker.title and (m := knowledge().lower_body_by_title.search(lower(speaker.title))):
        body_name, ev = knowledge().body_of(m), Evidence(speaker.title, "body of the speaker's office")
    _put(evidence, "meeting.body", ev)
    called_summit = bool(ev and ev.rule == CALLED_SUMMIT)
    num, ev = number(paragraphs, title, body_name, body_sentence, tuple(r.text for r in captions), ahead, called_summit)
    _put(evidence, "meeting.number", ev)
    events = tuple(r for r in cleaned.removed if r.reason == EVENT_DATE)
    # An interview's or press conference's dateline is when and where it was given, not the meeting; a page
    # dated on a bare line in its head, which gives the meeting no other day, reports that day's meeting.
    page_date = evidence.get("published") if not ahead else None
    date, ev, partial = meeting_date(paragraphs, captions, pub, events, datelines=not ahead, page_date=page_date,
                                     ahead=ahead, page_year=copyright_year(cleaned.removed[-_FOOTER_LINES:]), body=body_name)
    _put(evidence, "date", ev)
    # (the year of the meeting, or of the page, tells a place another meeting's: "At the 2022 summit in Samarkand")
    known_day = date or pub
    venue, ev, online_ev = venue_of(paragraphs, captions, body_sentence, datelines=not ahead,
                                 speaker=speaker.name if speaker else None, speaker_title=speaker.title if speaker else None,
                                 ahead=ahead, away=kind in ANNOUNCING_KINDS,
                                 year=int(known_day[:4]) if known_day else None)
    _put(evidence, "venue", ev)
    _put(evidence, "venue.online", online_ev)
    count, ev, count_at = announced(paragraphs, speaker.name if speaker else None)
    _put(evidence, "announced_proposals", ev)
    props, intro, rule = proposals_of(paragraphs, count_at, count, speaker.name if speaker else None)
    if props:
        evidence["proposals"] = Evidence(intro or props[0].text[:200], rule)
    text = "\n".join(p.text for p in paragraphs)
    themes = themes_of(text, body_name)
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
        publisher=outlet,
    )

_FOOTER_LINES = 20  # a page's copyright line is among the last lines cleaning removed

def _put(evidence: dict[str, Evidence], key: str, ev: Evidence | None) -> None:
    if ev is not None:
        evidence[key] = ev
