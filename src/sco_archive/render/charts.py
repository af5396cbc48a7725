"""Charts drawn at build time: SVG written as text (no script, no library, nothing fetched), inline in
the page as a raw HTML block.

- `timeline_chart`: meetings per year (rows, newest first) by body (columns); each meeting a box with its
  place, its numbers of documents and proposals and a bar for the proposals, linked to its page.
- `proposals_chart`: numbered proposals per meeting, the latest meetings, one bar each, linked.

Every value from a seed (bodies, cities) is XML-escaped by `_esc`, in text and in attributes. Links are
our own relative URLs as the built site has them: MkDocs rewrites the `.md` links of Markdown, not those
of raw HTML, so the chart reads `directory_urls` from the Index's site. Colours are Material's palette
variables (sco-archive.css), so a chart reads in the light and the dark scheme. A chart is a labelled
group of links (role="group", <title>, <desc>; each link named in full); role="img" would hide the
links (axe-core: nested-interactive), and the page's list says the same in words.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from itertools import groupby

from ..dates import long_date
from ..model import Meeting
from .index import Index, counted, human_date, meeting_title, meeting_uri, page_url
from .markdown import meta_text

# Characters XML 1.0 does not allow (meta_text already removes the C0 controls and bidi overrides).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SVG = 'xmlns="http://www.w3.org/2000/svg"'

# The timeline chart: a year column, then a column per body; boxes of CHIP_H stacked in a cell.
YEAR_W, COL_W, HEAD_LINE, PAD = 84, 180, 17, 7
CHIP_H, CHIP_GAP, EMPTY_ROW = 52, 7, 28
FONT, SMALL = 14, 13  # px; text width is estimated at 0.6 em a character (bold) and 0.55 (regular)
SHRINK = 0.8  # on a narrow screen a chart shrinks to this share of its size at most, then scrolls
LANES = 6  # columns at most: with more bodies, those with the fewest meetings share the last one
OTHER = "Other bodies"

# The home page chart: a row per meeting, its label over its bar.
BARS_W, BAR_ROW, BAR_H, LATEST = 420, 40, 12, 10


def _esc(value: object) -> str:
    """Text or an attribute value for SVG: one line, XML-valid characters, `& < > " '` escaped."""
    return html.escape(_NOT_XML.sub("", meta_text(str(value))), quote=True)


def _fit(text: str, px: float, font: int, bold: bool = False) -> str:
    """Text cut with an ellipsis to about `px` pixels wide."""
    most = max(1, int(px / (font * (0.6 if bold else 0.55))))
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _lines(text: str, px: float, font: int, most: int) -> list[str]:
    """Text wrapped between words into at most `most` lines of about `px` pixels (the last one cut)."""
    width = max(1, int(px / (font * 0.6)))
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    kept = lines[:most]
    if len(lines) > most:
        kept[-1] = kept[-1] + " " + " ".join(lines[most:])
    return [_fit(line, px, font, bold=True) for line in kept] or [""]


def built_link(index: Index, here: str, target: str) -> str:
    """The relative URL from page `here` to page `target` (both paths under docs/) in the built site."""
    src, dst = page_url(here, index.site.directory_urls), page_url(target, index.site.directory_urls)
    folder = src.rsplit("/", 1)[0] if "/" in src else ""
    rel = posixpath.relpath(dst or ".", folder or ".")
    return rel + "/" if dst.endswith("/") and not rel.endswith("/") else rel


@dataclass(frozen=True)
class _Counts:
    documents: int
    proposals: int


def _counts(index: Index, meeting: Meeting) -> _Counts:
    docs = index.meeting_docs(meeting)
    return _Counts(len(docs), sum(len(d.proposals) for d in docs))


def _day_month(iso: str) -> str:
    """'2020-09-10' as '10 Sep' (the year is the chart's row); '' for anything but a whole date."""
    words = long_date(iso).split()  # (text that is not an ISO date comes back as it is)
    return f"{words[0]} {words[1][:3]}" if len(words) == 3 else ""


def _place(meeting: Meeting) -> str:
    return meeting.city or ("online" if meeting.online else "place unknown")


def _meeting_label(meeting: Meeting, counts: _Counts) -> str:
    """A meeting in words, for its link's name and tooltip."""
    return (f"{meeting_title(meeting)}: {counted(counts.documents, 'document')}, "
            f"{counted(counts.proposals, 'numbered proposal')}")


def _figure(kind: str, width: int, height: int, title: str, desc: str, parts: list[str], caption: str) -> str:
    """An SVG chart in a figure: a labelled, described group, with a caption (no blank line inside)."""
    ident = f"sco-chart-{kind}"
    return "\n".join([
        f'<figure class="sco-chart sco-chart--{kind}" data-pagefind-ignore="all">',
        f'<div class="sco-chart__frame"><svg {_SVG} class="sco-chart__svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" style="max-width: {width}px; min-width: {round(width * SHRINK)}px" '
        f'role="group" aria-labelledby="{ident}-title" aria-describedby="{ident}-desc">',
        f'<title id="{ident}-title">{_esc(title)}</title>',
        f'<desc id="{ident}-desc">{_esc(desc)}</desc>',
        *parts,
        "</svg></div>",
        f"<figcaption>{caption}</figcaption>",
        "</figure>",
    ])


# ---------------------------------------------------------------- timeline: meetings per year by body


def _year_rows(meetings: list[Meeting]) -> list[tuple[str, list[Meeting]]]:
    """(label, meetings) per row, newest first: every year from the last to the first with a meeting (a
    run of two or more years without one is one row, '2005–2008'), then the undated meetings."""
    by_year: dict[int, list[Meeting]] = {}
    for meeting in meetings:
        if meeting.date:
            by_year.setdefault(int(meeting.date[:4]), []).append(meeting)
    rows: list[tuple[str, list[Meeting]]] = []
    years = range(max(by_year), min(by_year) - 1, -1) if by_year else ()
    for held, run in groupby(years, key=lambda year: year in by_year):
        run = list(run)
        if held:
            rows += [(str(year), by_year[year]) for year in run]
        else:
            rows.append((str(run[0]) if len(run) == 1 else f"{run[-1]}–{run[0]}", []))
    undated = [m for m in meetings if not m.date]
    if undated:
        rows.append(("undated", undated))
    return rows


def _lanes(index: Index) -> tuple[list[str], dict[str, str]]:
    """The chart's columns (bodies in name order, OTHER last when there are too many) and each body's column."""
    bodies = list(index.bodies)  # sorted names; "Unknown body" for meetings without one
    if len(bodies) <= LANES:
        return bodies, {body: body for body in bodies}
    kept = set(sorted(bodies, key=lambda b: (-len(index.bodies[b]), b))[: LANES - 1])
    return [b for b in bodies if b in kept] + [OTHER], {body: body if body in kept else OTHER for body in bodies}


def _chip(index: Index, here: str, meeting: Meeting, counts: _Counts, x: float, y: float, most: int,
          named: bool) -> list[str]:
    """One meeting: a linked box with its place (and body, if `named`), its counts and a bar as long as its
    share of proposals."""
    width = COL_W - 2 * PAD
    label = _meeting_label(meeting, counts)
    bar = (width - 2 * PAD) * counts.proposals / most if most else 0
    day = _day_month(meeting.date) if meeting.date else ""
    place = f"{_place(meeting)}, {day}" if day else _place(meeting)
    place = _fit(f"{meeting.body or 'Unknown body'}: {place}" if named else place, width - 2 * PAD, FONT, bold=True)
    numbers = f"{counted(counts.documents, 'doc')} · {counted(counts.proposals, 'proposal')}"
    return [
        f'<a class="sco-chart__meeting" href="{_esc(built_link(index, here, meeting_uri(meeting.id)))}" '
        f'aria-label="{_esc(label)}"><title>{_esc(label)}</title>',
        f'<rect class="sco-chart__box" x="{x:g}" y="{y:g}" width="{width:g}" height="{CHIP_H}" rx="4"/>',
        f'<text class="sco-chart__place" x="{x + PAD:g}" y="{y + 20:g}">{_esc(place)}</text>',
        f'<text class="sco-chart__counts" x="{x + PAD:g}" y="{y + 37:g}">{_esc(_fit(numbers, width - 2 * PAD, SMALL))}</text>',
        f'<rect class="sco-chart__bar" x="{x + PAD:g}" y="{y + 43:g}" width="{bar:.1f}" height="5" rx="1"/>' if bar else "",
        "</a>",
    ]


def timeline_chart(index: Index, here: str) -> str:
    """Meetings per year by body as an SVG figure ('' when there are none)."""
    meetings = index.meetings_newest
    if not meetings:
        return ""
    bodies, lane_of = _lanes(index)
    counts = {m.id: _counts(index, m) for m in meetings}
    most = max(c.proposals for c in counts.values())
    heads = [_lines(body, COL_W - 2 * PAD, FONT, 3) for body in bodies]
    head_h = HEAD_LINE * max(len(lines) for lines in heads) + 2 * PAD
    rows = _year_rows(meetings)
    width = YEAR_W + COL_W * len(bodies)
    axis = ['<g class="sco-chart__axis" aria-hidden="true">']
    for c, lines in enumerate(heads):
        x = YEAR_W + c * COL_W + PAD
        axis += [f'<text class="sco-chart__head" x="{x}" y="{PAD + HEAD_LINE * (i + 1) - 3}">{_esc(line)}</text>'
                 for i, line in enumerate(lines)]
    cells: list[str] = []
    y = head_h
    for label, in_row in rows:
        lanes = {body: [m for m in in_row if lane_of[m.body or "Unknown body"] == body] for body in bodies}
        deepest = max((len(found) for found in lanes.values()), default=0)
        height = deepest * (CHIP_H + CHIP_GAP) + CHIP_GAP if deepest else EMPTY_ROW
        axis.append(f'<line class="sco-chart__rule" x1="0" y1="{y}" x2="{width}" y2="{y}"/>')
        axis.append(f'<text class="sco-chart__year" x="{PAD}" y="{y + (CHIP_GAP + 20 if deepest else 19)}">{_esc(label)}</text>')
        for c, body in enumerate(bodies):
            found = sorted(lanes[body], key=lambda m: (m.date or "", m.id))
            if not found:
                continue
            docs = sum(counts[m.id].documents for m in found)
            props = sum(counts[m.id].proposals for m in found)
            cells.append(f'<g class="sco-chart__cell" data-year="{_esc(label)}" data-body="{_esc(body)}" '
                         f'data-meetings="{len(found)}" data-documents="{docs}" data-proposals="{props}">')
            for i, meeting in enumerate(found):
                cells += _chip(index, here, meeting, counts[meeting.id], YEAR_W + c * COL_W + PAD,
                               y + CHIP_GAP + i * (CHIP_H + CHIP_GAP), most, named=body == OTHER)
            cells.append("</g>")
        y += height
    axis.append("</g>")
    dated = [m.date[:4] for m in meetings if m.date]
    span = f"from {min(dated)} to {max(dated)}" if dated else "none of them dated"
    desc = (f"{counted(len(meetings), 'meeting')} of {counted(len(index.bodies), 'body', 'bodies')}, {span}: a row "
            f"per year, newest first, a column per body{' (the bodies with the fewest meetings share the last)' if OTHER in bodies else ''}. Each meeting is a box with its place, its numbers of documents "
            "and numbered proposals, and a bar for the proposals; it links to the meeting's page. The list below the "
            "chart gives the same meetings by year.")
    caption = ("Meetings per year by body. Each box is a meeting: its place and date, its numbers of documents and of "
               "numbered proposals, and a bar as long as its share of proposals. Open a box for the meeting's page; "
               "the list below says the same in words.")
    return _figure("timeline", width, y + PAD, "Meetings per year by body", desc, axis + [c for c in cells if c], caption)


# ---------------------------------------------------------------- home: proposals per meeting


def proposals_chart(index: Index, here: str, latest: int = LATEST) -> str:
    """Numbered proposals per meeting, the latest meetings first, as an SVG figure ('' when there are none)."""
    meetings = index.meetings_newest[:latest]
    if not meetings:
        return ""
    counts = {m.id: _counts(index, m) for m in meetings}
    most = max(c.proposals for c in counts.values())
    room = BARS_W - 40  # the bar's full length; the number goes after it
    parts = []
    for row, meeting in enumerate(meetings):
        y = row * BAR_ROW
        n = counts[meeting.id].proposals
        text = _fit(f"{_place(meeting)}, {human_date(meeting.date)} · {meeting.body or 'body unknown'}", BARS_W, SMALL)
        bar = room * n / most if most else 0
        label = _meeting_label(meeting, counts[meeting.id])
        parts += [
            f'<a class="sco-chart__meeting" href="{_esc(built_link(index, here, meeting_uri(meeting.id)))}" '
            f'aria-label="{_esc(label)}"><title>{_esc(label)}</title>',
            f'<rect class="sco-chart__hit" x="0" y="{y}" width="{BARS_W}" height="{BAR_ROW - 2}"/>',
            f'<text class="sco-chart__label" x="0" y="{y + 15}">{_esc(text)}</text>',
            f'<rect class="sco-chart__bar" x="0" y="{y + 21}" width="{bar:.1f}" height="{BAR_H}" rx="2"/>' if bar else "",
            f'<text class="sco-chart__value" x="{bar + 5:.1f}" y="{y + 32}">{n}</text>',
            "</a>",
        ]
    total = len(index.meetings_newest)
    which = f"the latest {len(meetings)} of {total} meetings" if total > len(meetings) else counted(total, "meeting")
    desc = (f"Numbered proposals per meeting, {which}, newest first: a bar per meeting, as long as its number of "
            "proposals, linked to the meeting's page.")
    caption = f"Numbered proposals per meeting, {html.escape(which)}, newest first. Open a bar for the meeting's page."
    return _figure("proposals", BARS_W, len(meetings) * BAR_ROW, "Numbered proposals per meeting", desc,
                   [p for p in parts if p], caption)
