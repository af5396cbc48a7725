"""Render: an Archive to the Markdown pages of the site, keyed by their path under docs/.

Pure functions over the model; no MkDocs. Every string from a seed goes through `markdown`:
`md_escape`/`md_inline`/`cell` in the body and `meta_escape` in front matter.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable

from .. import collector
from ..fields import MEETING, MEETING_FACTS, PROPOSAL, field, value
from ..model import Archive, Document, Meeting, Proposal
from ..slug import slugify
from .charts import proposals_chart, timeline_chart
from .document import document_page
from .frontmatter import page
from .index import (Index, Site, counted, doc_line, doc_link, doc_uri, heading_ids, human_date, meeting_link, meeting_title,
                    meeting_uri, noun, ordinal, rel, speaker_link, theme_links)
from .markdown import cell, indent, link, md_inline, meta_escape, meta_text, table
from .meetings import MEETINGS_URI, meetings_page

LATEST_MEETINGS = 5
DESCRIPTION = ("Texts about meetings of the Shanghai Cooperation Organization (SCO), cleaned, read into records with "
               "their evidence, and grouped by meeting.")
DOWNLOADS = (
    ("archive.json", "every document and meeting, as in `sco-archive extract --json`"),
    ("archive.schema.json", "the JSON Schema of archive.json"),
    ("documents.csv", "one row per document"),
    ("proposals.csv", "one row per proposal"),
    ("feed.xml", "an Atom feed of the documents, newest first"),
)


def home_page(index: Index, intro: str = "", intro_title: str = "") -> str:
    """Home: what the archive holds, latest meetings, how to cite, downloads."""
    here = "index.md"
    archive = index.archive
    dates = sorted(d.date for d in archive.documents if d.date)
    span = f"from {human_date(dates[0])} to {human_date(dates[-1])}" if dates else "none of them dated"
    top = intro.strip() or f"# {md_inline(index.site.name)}\n\n{DESCRIPTION}"
    latest = [meeting_item(index, m, here) for m in index.meetings_newest[:LATEST_MEETINGS]]
    proposals = sum(len(d.proposals) for d in archive.documents)
    body = [
        top,
        "## What the archive holds",
        "\n".join([
            f"- **{len(archive.documents)}** {noun(len(archive.documents), 'document')} about **{len(archive.meetings)}** "
            f"{noun(len(archive.meetings), 'meeting')}, {span}",
            f"- **{len(index.speakers)}** {noun(len(index.speakers), 'speaker')} and **{proposals}** numbered "
            f"{noun(proposals, 'proposal')}",
            "- Browse the [timeline](timeline.md), the [meetings](meetings/index.md), the [documents](documents/index.md), all "
            "[proposals](proposals.md), the [speakers](speakers.md), [venues](venues.md), "
            "[bodies](bodies.md), [themes](themes.md) and [tags](tags.md), or "
            "[search and filter](search.md).",
        ]),
        "## Latest meetings",
        proposals_chart(index, here),
        "\n".join(latest) or "No meetings yet: add texts to `seeds/`.",
        "## How to cite",
        "Every document page ends with a citation in plain text and BibTeX. Cite the document, its "
        "source and the date you read it; the raw text of each source is linked from its page.",
        "## Downloads",
        "\n".join(f"- [{name}]({name}): {what}" for name, what in DOWNLOADS),
    ]
    # A title equal to the site's name is left out: Material would show "<name> - <name>" in the tab
    # (it adds the site's name after a page's own title, but not to the home page's H1).
    title = intro_title if intro_title and meta_text(intro_title) != meta_text(index.site.name) else None
    meta = {"title": meta_escape(title)} if title else {}
    return page({**meta, "description": meta_escape(index.site.description or DESCRIPTION)}, "\n\n".join(b for b in body if b))


def timeline_page(index: Index) -> str:
    """Timeline: years newest first, each meeting with its facts, speakers and documents."""
    here = "timeline.md"
    body = ["# Timeline", timeline_chart(index, here)]
    year = None
    for meeting in index.meetings_newest:
        this_year = meeting.date[:4] if meeting.date else "Undated"
        if this_year != year:
            year = this_year
            body.append(f"## {year}")
        docs = index.meeting_docs(meeting)
        speakers = sorted({d.speaker.name for d in docs if d.speaker})
        facts_line = " · ".join(md_inline(x) for x in (
            human_date(meeting.date), meeting.body or "body unknown",
            f"{ordinal(meeting.number)} meeting" if meeting.number else "",
            ", ".join(p for p in (meeting.city, meeting.country) if p) or ("online" if meeting.online else ""),
        ) if x)
        # indent() of one-line texts: the pad before each, if it is not empty ("Speakers: ", "- " are not)
        lines = [f"- **{meeting_link(index, meeting.id, here)}**  ",
                 ("  " + facts_line if facts_line else "") + ("  " if speakers else "")]
        if speakers:
            lines.append("  Speakers: " + ", ".join([md_inline(s) for s in speakers]))
        lines += [f"    - {doc_line(d, here)}" for d in docs]
        body.append("\n".join(lines))
    if year is None:
        body.append("No meetings yet.")
    return page({"title": "Timeline", "search": {"exclude": True}}, "\n\n".join(b for b in body if b))


def column_names(docs: list[Document]) -> list[str]:
    """A short name for each document's column: its speaker (or, without one, its title) and its kind,
    'Wang Yi (report)'; a name two documents share is numbered ('Wang Yi (report, 2)')."""
    names = [f"{d.speaker.name if d.speaker else d.title} ({d.kind.replace('_', ' ')}" for d in docs]
    seen: dict[str, int] = defaultdict(int)
    out = []
    for name in names:
        seen[name] += 1
        out.append(f"{name}, {seen[name]})" if names.count(name) > 1 else name + ")")
    return out


def side_by_side(docs: list[Document], here: str) -> str:
    """The proposals of each document in columns, one row per proposal number (a document's first
    proposal with that number, if it has several), for a meeting page; each column is headed by its
    speaker and kind and each summary links to the proposal on its document's page."""
    with_props = [d for d in docs if d.proposals]
    if not with_props:
        return "No numbered proposals in these texts."
    firsts = []  # per document: number -> its first proposal with that number
    for doc in with_props:
        first: dict[int, Proposal] = {}
        for p in doc.proposals:
            first.setdefault(p.number, p)
        firsts.append(first)
    numbers = sorted({n for first in firsts for n in first})
    targets = [rel(here, doc_uri(d)) for d in with_props]
    header = [field("number", PROPOSAL).label] + [link(name, target) for name, target in zip(column_names(with_props), targets)]
    rows = [[str(number)] + [link(first[number].summary, target + "#" + first[number].anchor) if number in first else "–"
                             for first, target in zip(firsts, targets)] for number in numbers]
    return table(header, rows)


def _meeting_fact(index: Index, meeting: Meeting, name: str, here: str) -> str:
    """A meeting's value in its facts table: the body linked, number and date in words, else the value."""
    if name == "body":
        return link(meeting.body, rel(here, "bodies.md#" + index.body_ids[meeting.body])) if meeting.body else "–"
    if name == "number":
        return cell(ordinal(meeting.number)) if meeting.number else "–"
    if name == "date":
        return cell(human_date(meeting.date))
    if name == "online":
        return "yes" if meeting.online else "no"
    return cell(value(meeting, name, MEETING))


def meeting_page(index: Index, meeting: Meeting) -> str:
    """A meeting: facts, documents, proposals side by side, themes."""
    here = meeting_uri(meeting.id)
    docs = index.meeting_docs(meeting)
    title = meeting_title(meeting)
    themes = sorted({t for d in docs for t in d.themes}, key=lambda t: (index.theme_label(t), t))
    body = [
        f"# {md_inline(title)}",
        '!!! info sco-facts "Facts"\n\n' + indent(table(["Fact", "Value"], [[field(name, MEETING).label, _meeting_fact(index, meeting, name, here)]
                                                                     for name in MEETING_FACTS])),
        f"## {field('documents', MEETING).label}",
        "\n".join([f"- {doc_line(d, here)}" for d in docs]) or "None.",
        "## Proposals side by side",
        side_by_side(docs, here),
        "## Themes",
        theme_links(index, themes, here) or "None found.",
    ]
    return page({"title": meta_escape(title), "meeting": slugify(meeting.id)}, "\n\n".join(body))


def documents_page(index: Index) -> str:
    """All documents in one table, newest first."""
    here = "documents/index.md"
    rows = [[cell(d.date), doc_link(d, here), cell(d.kind), speaker_link(d, here), meeting_link(index, d.meeting_id, here),
             str(len(d.proposals))] for d in index.docs_newest]
    body = ["# Documents", table(["Date", "Title", "Kind", "Speaker", "Meeting", "Proposals"], rows) if rows else "No documents yet."]
    return page({"title": "Documents", "search": {"exclude": True}}, "\n\n".join(body))


def proposals_page(index: Index) -> str:
    """Every proposal in one table: date, meeting, speaker, number, summary, link."""
    here = "proposals.md"
    rows = []
    for d in index.docs_newest:
        if d.proposals:
            target = rel(here, doc_uri(d))
            start, end = [cell(d.date), meeting_link(index, d.meeting_id, here), speaker_link(d, here)], link("document", target)
            rows += [start + [str(p.number), link(p.summary, target + "#" + p.anchor), end] for p in d.proposals]
    body = ["# Proposals", f"{len(rows)} numbered {noun(len(rows), 'proposal')}, newest first; each summary links to the "
            "proposal on its document's page.",
            table(["Date", "Meeting", "Speaker", field("number", PROPOSAL).label, field("summary", PROPOSAL).label, "Source"], rows) if rows else ""]
    return page({"title": "Proposals", "search": {"exclude": True}}, "\n\n".join(b for b in body if b))


def speakers_page(index: Index) -> str:
    """Speakers: their titles and documents."""
    here = "speakers.md"
    body = ["# Speakers"]
    for slug, docs in index.speakers.items():
        titles = sorted({d.speaker.title for d in docs if d.speaker and d.speaker.title})
        body.append(f"## {md_inline(docs[0].speaker.name)} {{#{slug}}}")
        if titles:
            body.append("; ".join(md_inline(t) for t in titles))
        body.append("\n".join([f"- {doc_line(d, here)}" for d in docs]))
    if len(body) == 1:
        body.append("No speakers yet.")
    return page({"title": "Speakers", "search": {"exclude": True}}, "\n\n".join(body))


def meeting_item(index: Index, meeting: Meeting, here: str) -> str:
    """One meeting in a list."""
    return f"- {meeting_link(index, meeting.id, here)} · {counted(len(meeting.documents), 'document')}"


def venues_page(index: Index) -> str:
    """Venues: countries, their cities, and the meetings held there."""
    here = "venues.md"
    places: dict[str, dict[str, list[Meeting]]] = defaultdict(lambda: defaultdict(list))
    for meeting in index.meetings_newest:
        country = meeting.country or ("Online" if meeting.online else "Unknown country")
        places[country][meeting.city or ("online" if meeting.online else "unknown city")].append(meeting)
    country_ids = heading_ids("country-", list(places))
    city_ids = heading_ids("city-", [(country, city) for country in places for city in places[country]])
    body = ["# Venues"]
    for country in sorted(places):
        body.append(f"## {md_inline(country)} {{#{country_ids[country]}}}")
        for city in sorted(places[country]):
            body.append(f"### {md_inline(city)} {{#{city_ids[country, city]}}}")
            body.append("\n".join(meeting_item(index, m, here) for m in places[country][city]))
    if len(body) == 1:
        body.append("No venues yet.")
    return page({"title": "Venues", "search": {"exclude": True}}, "\n\n".join(body))


def bodies_page(index: Index) -> str:
    """SCO bodies and their meetings."""
    here = "bodies.md"
    body = ["# Bodies"]
    for name, meetings in index.bodies.items():
        body.append(f"## {md_inline(name)} {{#{index.body_ids[name]}}}")
        body.append("\n".join(meeting_item(index, m, here) for m in meetings))
    if len(body) == 1:
        body.append("No meetings yet.")
    return page({"title": "Bodies", "search": {"exclude": True}}, "\n\n".join(body))


def themes_page(index: Index) -> str:
    """Themes: a theme x meeting table, then the documents of each theme."""
    here = "themes.md"
    themes = index.themes
    rows = []
    for meeting in index.meetings_newest:
        found = {t for d in index.meeting_docs(meeting) for t in d.themes}
        rows.append([meeting_link(index, meeting.id, here)] + ["●" if t in found else "" for t in themes])
    body = ["# Themes", "Which themes each meeting's documents take up (● = at least one document)."]
    if themes:
        body.append(table(["Meeting"] + [cell(index.theme_label(t)) for t in themes], rows))
    by_theme: dict[str, list[str]] = {theme: [] for theme in themes}  # each theme's documents, newest first
    for d in index.docs_newest:
        line = f"- {doc_line(d, here)}"  # (the same under each of its themes)
        for theme in set(d.themes):
            by_theme[theme].append(line)
    for theme in themes:
        body.append(f"## {md_inline(index.theme_label(theme))} {{#{index.theme_ids[theme]}}}")
        body.append("\n".join(by_theme[theme]))
    return page({"title": "Themes", "search": {"exclude": True}}, "\n\n".join(body))


def tags_page() -> str:
    """The tags listing, filled in by Material's tags plugin."""
    body = "# Tags\n\nDocuments by speaker, body, city and theme.\n\n<!-- material/tags -->"
    return page({"title": "Tags", "search": {"exclude": True}}, body)


def file_size(size: int) -> str:
    """A file size in words: '850 bytes', '12.3 kB', '4.1 MB' (SI units)."""
    if size < 1000:
        return counted(size, "byte")
    for unit in ("kB", "MB", "GB"):
        size /= 1000
        if size < 1000 or unit == "GB":
            return f"{size:.1f} {unit}"
    raise AssertionError("unreachable")


LICENCE = ("The data is derived from the seed texts, whose copyright stays with their publishers: each document "
           "page names its source and links its raw text. What the archive adds is structure (fields, evidence, "
           "grouping); ask a text's publisher before you republish the text itself. The software that builds "
           "this site, SCO Archive, is free software under the MIT licence.")


def downloads_page(index: Index, sizes: dict[str, int] | None = None) -> str:
    """The data files, with what each holds, its size (when known) and the licence."""
    archive = index.archive
    sizes = sizes or {}
    files = [f"- [{name}]({name}) ({file_size(sizes[name])}): {what}" if name in sizes else f"- [{name}]({name}): {what}"
             for name, what in DOWNLOADS]
    body = ["# Downloads",
            f"The whole archive as data: {counted(len(archive.documents), 'document')}, "
            f"{counted(len(archive.meetings), 'meeting')}.",
            "\n".join(files),
            "Every CSV value is quoted. A value that starts with `=`, `+`, `-`, `@`, a tab or a carriage "
            "return, and each line inside a value that starts so, is prefixed with `'` so spreadsheets do "
            "not run it as a formula.",
            "## Licence",
            LICENCE]
    return page({"title": "Downloads", "search": {"exclude": True}}, "\n\n".join(body))


def search_page() -> str:
    """The search and filter page; the widget itself comes from the sco-filter.html template."""
    body = ("# Search and filter\n\nFilter the documents by speaker, year, body, city, kind and theme "
            "at the same time, with or without words to search for. The header search looks through "
            "every page as well.")
    return page({"title": "Search and filter", "search": {"exclude": True}, "template": "sco-filter.html"}, body)


def page_makers(archive: Archive, intro: str = "", intro_title: str = "", site: Site = Site(),
                sizes: Callable[[], dict[str, int]] | None = None) -> dict[str, Callable[[], str]]:
    """Every generated Markdown page as a function that renders it, keyed by its path, sorted; `sizes`
    gives the size of each download in bytes, for the downloads page.

    The MkDocs plugin renders each page only when MkDocs reads it and keeps nothing: at 5,000
    documents holding every page's Markdown would cost more memory than the archive itself.
    """
    index = Index(archive, site)
    out: dict[str, Callable[[], str]] = {
        "index.md": lambda: home_page(index, intro, intro_title),
        "timeline.md": lambda: timeline_page(index),
        "documents/index.md": lambda: documents_page(index),
        MEETINGS_URI: lambda: meetings_page(index),
        "proposals.md": lambda: proposals_page(index),
        "speakers.md": lambda: speakers_page(index),
        "venues.md": lambda: venues_page(index),
        "bodies.md": lambda: bodies_page(index),
        "themes.md": lambda: themes_page(index),
        "tags.md": tags_page,
        "downloads.md": lambda: downloads_page(index, sizes() if sizes else None),
        "search.md": search_page,
    }
    for meeting in archive.meetings:
        out[meeting_uri(meeting.id)] = functools.partial(meeting_page, index, meeting)
    for doc in archive.documents:
        out[doc_uri(doc)] = functools.partial(document_page, index, doc)
    return dict(sorted(out.items()))


def page_sources(archive: Archive, site: Site = Site()) -> tuple[tuple, dict[str, tuple]]:
    """What the document and meeting pages are made from: the look-ups over the whole archive they read
    (shared by all), and each page's own records by its path. Under `mkdocs serve` (incremental.py) a
    page whose records and shared look-ups equal the previous build's is not rendered again to be
    compared. Keep in step with document_page and meeting_page (tests/test_incremental.py checks it)."""
    index = Index(archive, site)
    shared = (site, index.theme_labels, index.theme_ids, index.tag_names, index.body_ids)
    records = {doc_uri(d): (d, index.meeting_of(d)) for d in archive.documents}
    records.update({meeting_uri(m.id): (m, index.meeting_docs(m)) for m in archive.meetings})
    return shared, records


def pages(archive: Archive, intro: str = "", intro_title: str = "", site: Site = Site(),
          sizes: Callable[[], dict[str, int]] | None = None) -> dict[str, str]:
    """Every generated Markdown page, keyed by its path under docs/, in sorted order."""
    with collector.paused():  # strings and records, not cycles: see collector.py
        return {uri: make() for uri, make in page_makers(archive, intro, intro_title, site, sizes).items()}
