"""Render: an Archive to the Markdown pages of the site, keyed by their path under docs/.

Pure functions over the model; no MkDocs. Every string from a seed goes through `markup`:
`md_escape`/`md_inline`/`cell` in the body and `meta_escape` in front matter. Links point to our
own `.md` paths (MkDocs validates and rewrites them), so pages do not depend on `use_directory_urls`.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from pymdownx.slugs import slugify as _pymdownx_slugify

from .. import collector
from ..dates import long_date
from .markdown import cell, fence, indent, link, md_escape, md_inline, meta_escape, one_line, page, table
from ..model import Archive, Document, Meeting
from ..slug import slugify, unique

SITE_NAME = "SCO Archive"
LATEST_MEETINGS = 5
DOWNLOADS = (
    ("archive.json", "every document and meeting, as in `sco-archive extract --json`"),
    ("archive.schema.json", "the JSON Schema of archive.json"),
    ("documents.csv", "one row per document"),
    ("proposals.csv", "one row per proposal"),
    ("feed.xml", "an Atom feed of the documents, newest first"),
)

# ---------------------------------------------------------------- paths and names


def doc_uri(doc: Document) -> str:
    """The page of a document."""
    return f"documents/{slugify(doc.id)}.md"


def meeting_uri(meeting_id: str) -> str:
    """The page of a meeting."""
    return f"meetings/{slugify(meeting_id)}.md"


def source_uri(doc: Document) -> str:
    """The raw text of a document, copied into the site."""
    return f"sources/{slugify(doc.id)}.txt"


def rel(from_uri: str, to_uri: str) -> str:
    """A relative link from one page to another path (with an optional #anchor). Our paths are
    relative and made of plain names (no '.' or '..'), so the common folders are all that matter."""
    here, there = from_uri.split("/")[:-1], to_uri.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def human_date(iso: str | None) -> str:
    """'2020-09-10' as '10 September 2020'; None as 'undated'."""
    return long_date(iso) if iso else "undated"


def ordinal(number: int) -> str:
    """1 as '1st', 22 as '22nd'."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def meeting_title(meeting: Meeting) -> str:
    """'Council of Heads of State (20th meeting), Beijing, 10 November 2020'."""
    name = meeting.body or "SCO meeting"
    if meeting.number:
        name += f" ({ordinal(meeting.number)} meeting)"
    place = "online" if meeting.online and not meeting.city else meeting.city
    return ", ".join(p for p in (name, place, human_date(meeting.date)) if p)


def speaker_name(doc: Document) -> str | None:
    """The speaker's name, if any."""
    return doc.speaker.name if doc.speaker else None


def city_of(doc: Document) -> str | None:
    """The document's city, if any."""
    return doc.venue.city if doc.venue else None


def country_of(doc: Document) -> str | None:
    """The document's country, if any."""
    return doc.venue.country if doc.venue else None


def by_date_desc(items: list, date) -> list:
    """Newest first, undated last, ties broken by id: a total order."""
    dated = sorted((i for i in items if date(i)), key=lambda i: (date(i), i.id), reverse=True)
    return dated + sorted((i for i in items if not date(i)), key=lambda i: i.id)


# ---------------------------------------------------------------- the archive, indexed once


@dataclass(frozen=True)
class Index:
    """Look-ups over an Archive that several pages share."""

    archive: Archive

    @cached_property
    def docs(self) -> dict[str, Document]:
        """Documents by id."""
        return {d.id: d for d in self.archive.documents}

    @cached_property
    def meetings(self) -> dict[str, Meeting]:
        """Meetings by id."""
        return {m.id: m for m in self.archive.meetings}

    @cached_property
    def meetings_newest(self) -> list[Meeting]:
        """Meetings, newest first."""
        return by_date_desc(list(self.archive.meetings), lambda m: m.date)

    @cached_property
    def docs_newest(self) -> list[Document]:
        """Documents, newest first."""
        return by_date_desc(list(self.archive.documents), lambda d: d.date)

    def meeting_docs(self, meeting: Meeting) -> list[Document]:
        """The documents about a meeting, in id order."""
        return [self.docs[i] for i in sorted(meeting.documents) if i in self.docs]

    def meeting_of(self, doc: Document) -> Meeting | None:
        """The meeting a document is about."""
        return self.meetings.get(doc.meeting_id)

    @cached_property
    def speakers(self) -> dict[str, list[Document]]:
        """Documents by speaker slug, slugs sorted."""
        found: dict[str, list[Document]] = defaultdict(list)
        for doc in self.docs_newest:
            if doc.speaker:
                found[slugify(doc.speaker.name)].append(doc)
        return dict(sorted(found.items()))

    @cached_property
    def themes(self) -> list[str]:
        """Every theme, sorted."""
        return sorted({t for d in self.archive.documents for t in d.themes})

    @cached_property
    def theme_ids(self) -> dict[str, str]:
        """The heading id of each theme on the themes page ('Security' and 'security' are two)."""
        return heading_ids("theme-", self.themes)

    @cached_property
    def bodies(self) -> dict[str, list[Meeting]]:
        """Meetings by body ("Unknown body" for none), newest first, bodies sorted."""
        found: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in self.meetings_newest:
            found[meeting.body or "Unknown body"].append(meeting)
        return dict(sorted(found.items()))

    @cached_property
    def body_ids(self) -> dict[str, str]:
        """The heading id of each body on the bodies page."""
        return heading_ids("body-", list(self.bodies))

    @cached_property
    def tag_names(self) -> dict[str, str]:
        """Each tag (speaker, body, city, theme) as the pages give it to Material's tags plugin: values it
        would give one id on the tags page ('Security' and 'security') are one tag, spelled as most
        documents spell it (ties: the first in sorted order)."""
        counts = Counter(v for d in self.archive.documents for v in tag_values(d))
        groups: dict[str, list[str]] = defaultdict(list)
        for value in sorted(counts):
            groups[tag_slug(meta_escape(value))].append(value)
        return {value: min(values, key=lambda v: (-counts[v], v)) for values in groups.values() for value in values}

    @cached_property
    def proposal_count(self) -> int:
        """All proposals of all documents."""
        return sum(len(d.proposals) for d in self.archive.documents)


# ---------------------------------------------------------------- page pieces


def meeting_link(index: Index, meeting_id: str, here: str) -> str:
    """A link to a meeting page, or an en dash."""
    meeting = index.meetings.get(meeting_id)
    return link(meeting_title(meeting), rel(here, meeting_uri(meeting.id))) if meeting else "–"


def doc_link(doc: Document, here: str) -> str:
    """A link to a document page, titled."""
    return link(doc.title, rel(here, doc_uri(doc)))


def speaker_link(doc: Document, here: str) -> str:
    """A link to the document's speaker on the speakers page, or an en dash."""
    return link(doc.speaker.name, rel(here, "speakers.md#" + slugify(doc.speaker.name))) if doc.speaker else "–"


def theme_links(index: Index, themes, here: str) -> str:
    """Links to themes on the themes page, comma-separated."""
    return ", ".join(link(t, rel(here, "themes.md#" + index.theme_ids[t])) for t in themes)


def doc_line(doc: Document, here: str) -> str:
    """One document in a list: title, kind, speaker, date."""
    who = f" · {md_inline(doc.speaker.name)}" if doc.speaker else ""
    return f"{doc_link(doc, here)} · {md_inline(doc.kind)}{who} · {md_inline(human_date(doc.date))}"


def heading_id(prefix: str, name: str) -> str:
    """A stable heading id for an index entry (not yet unique on its page: see heading_ids)."""
    return f"{prefix}{slugify(name)}"


_TAG_SLUG = _pymdownx_slugify(case="lower")  # the default `tags_slugify` of Material's tags plugin


def tag_slug(tag: str) -> str:
    """The slug Material's tags plugin makes of a tag (its heading id on the tags page, without 'tag:')."""
    return _TAG_SLUG(tag, "-")


def tag_values(doc: Document) -> list[str]:
    """The tags of a document, as written in the seed: speaker, body, city, then its themes."""
    return [x for x in (speaker_name(doc), doc.body, city_of(doc)) if x] + list(doc.themes)


def heading_ids(prefix: str, names: list) -> dict:
    """The heading id of each name (a string, or a tuple of strings joined by '-'), unique on the page:
    names whose slugs are the same ('Security', 'security') take numeric suffixes, in sorted order."""
    ordered = sorted(set(names))
    slugs = [heading_id(prefix, "-".join(n) if isinstance(n, tuple) else n) for n in ordered]
    return dict(zip(ordered, unique(slugs)))


# ---------------------------------------------------------------- pages


def home_page(index: Index, intro: str = "", intro_title: str = "") -> str:
    """Home: what the archive holds, latest meetings, how to cite, downloads."""
    here = "index.md"
    archive = index.archive
    dates = sorted(d.date for d in archive.documents if d.date)
    span = f"from {human_date(dates[0])} to {human_date(dates[-1])}" if dates else "none of them dated"
    top = intro.strip() or f"# {SITE_NAME}\n\nTexts about meetings of the Shanghai Cooperation Organization (SCO), " \
        "cleaned, read into records with their evidence, and grouped by meeting."
    latest = [meeting_item(index, m, here) for m in index.meetings_newest[:LATEST_MEETINGS]]
    body = [
        top,
        "## What the archive holds",
        "\n".join([
            f"- **{len(archive.documents)}** documents about **{len(archive.meetings)}** meetings, {span}",
            f"- **{len(index.speakers)}** speakers and **{index.proposal_count}** numbered proposals",
            f"- Browse the [timeline](timeline.md), the [documents](documents/index.md), all "
            "[proposals](proposals.md), the [speakers](speakers.md), [venues](venues.md), "
            "[bodies](bodies.md), [themes](themes.md) and [tags](tags.md), or "
            "[search and filter](search.md).",
        ]),
        "## Latest meetings",
        "\n".join(latest) or "No meetings yet: add texts to `seeds/`.",
        "## How to cite",
        "Every document page ends with a citation in plain text and BibTeX. Cite the document, its "
        "source and the date you read it; the raw text of each source is linked from its page.",
        "## Downloads",
        "\n".join(f"- [{name}]({name}): {what}" for name, what in DOWNLOADS),
    ]
    return page({"title": meta_escape(intro_title or SITE_NAME)}, "\n\n".join(body))


def timeline_page(index: Index) -> str:
    """Timeline: years newest first, each meeting with its facts, speakers and documents."""
    here = "timeline.md"
    body = ["# Timeline"]
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
    return page({"title": "Timeline", "search": {"exclude": True}}, "\n\n".join(body))


def side_by_side(docs: list[Document], here: str) -> str:
    """The proposals of each document in columns, one row per proposal number (a document's first
    proposal with that number, if it has several), for a meeting page."""
    with_props = [d for d in docs if d.proposals]
    if not with_props:
        return "No numbered proposals in these texts."
    summaries = []  # per document: number -> summary of its first proposal with that number
    for doc in with_props:
        first: dict[int, str] = {}
        for p in doc.proposals:
            first.setdefault(p.number, p.summary)
        summaries.append(first)
    numbers = sorted({n for first in summaries for n in first})
    header = ["No."] + [link(f"{d.kind}: {d.title}", rel(here, doc_uri(d))) for d in with_props]
    return table(header, [[str(number)] + [cell(first.get(number)) for first in summaries] for number in numbers])


def meeting_page(index: Index, meeting: Meeting) -> str:
    """A meeting: facts, documents, proposals side by side, themes."""
    here = meeting_uri(meeting.id)
    docs = index.meeting_docs(meeting)
    title = meeting_title(meeting)
    themes = sorted({t for d in docs for t in d.themes})
    body_link = link(meeting.body, rel(here, "bodies.md#" + index.body_ids[meeting.body])) if meeting.body else "–"
    facts = [["Body", body_link], ["Number", cell(ordinal(meeting.number)) if meeting.number else "–"],
             ["Date", cell(human_date(meeting.date))], ["City", cell(meeting.city)],
             ["Country", cell(meeting.country)], ["Online", "yes" if meeting.online else "no"]]
    body = [
        f"# {md_inline(title)}",
        table(["Fact", "Value"], facts),
        "## Documents",
        "\n".join([f"- {doc_line(d, here)}" for d in docs]) or "None.",
        "## Proposals side by side",
        side_by_side(docs, here),
        "## Themes",
        theme_links(index, themes, here) or "None found.",
    ]
    return page({"title": meta_escape(title), "meeting": slugify(meeting.id)}, "\n\n".join(body))


def field_value(doc: Document, field: str) -> str | None:
    """The displayed value of an evidence key such as 'speaker', 'meeting.body' or 'themes.security'."""
    head, _, tail = field.partition(".")
    if head == "meeting":
        return {"body": doc.body, "number": str(doc.number) if doc.number else None}.get(tail, doc.meeting_id)
    if head == "themes":
        return tail or ", ".join(doc.themes)
    value = _FIELD_VALUES.get(field)
    return value(doc) if value else None


_FIELD_VALUES = {
    "title": lambda doc: doc.title, "kind": lambda doc: doc.kind, "date": lambda doc: doc.date,
    "published": lambda doc: doc.published,
    "speaker": lambda doc: f"{doc.speaker.name} ({doc.speaker.title})" if doc.speaker and doc.speaker.title
    else speaker_name(doc),
    "venue": lambda doc: ", ".join(p for p in (city_of(doc), country_of(doc)) if p) or (
        "online" if doc.venue and doc.venue.online else None),
    "announced_proposals": lambda doc: str(doc.announced_proposals) if doc.announced_proposals is not None else None,
    "proposals": lambda doc: f"{len(doc.proposals)} proposal(s)",
}


def doc_meta(index: Index, doc: Document) -> dict:
    """The front matter of a document page: only keys we choose, every seed string escaped."""
    meeting = index.meeting_of(doc)
    tags = [index.tag_names[t] for t in tag_values(doc)]
    escape_or_none = lambda v: meta_escape(v) if v else None  # noqa: E731
    return {
        "title": meta_escape(doc.title),
        "id": slugify(doc.id),
        "date": doc.date,
        "published": doc.published,
        "kind": meta_escape(doc.kind),
        "speaker": escape_or_none(speaker_name(doc)),
        "speaker_title": escape_or_none(doc.speaker.title if doc.speaker else None),
        "city": escape_or_none(city_of(doc)),
        "country": escape_or_none(country_of(doc)),
        "online": bool(doc.venue and doc.venue.online),
        "meeting": slugify(meeting.id) if meeting else None,
        "body": escape_or_none(doc.body),
        "number": doc.number,
        "proposals": [meta_escape(p.text) for p in doc.proposals],
        "themes": [meta_escape(t) for t in doc.themes],
        "tags": list(dict.fromkeys(meta_escape(t) for t in tags)),
        "source": meta_escape(doc.source),
        "template": "sco-document.html",
    }


def citation(doc: Document) -> str:
    """A plain-text citation of a document."""
    who = f"{doc.speaker.name}. " if doc.speaker else ""
    return f"{who}“{doc.title}”. {doc.kind.capitalize()}, {human_date(doc.date)}. " \
        f"{SITE_NAME}, document {slugify(doc.id)} (source file {doc.source})."


_BIBTEX_ESCAPES = (("\\", "/"), ("{", "("), ("}", ")"), ("%", "\\%"), ("&", "\\&"), ("#", "\\#"))


def bibtex_escape(text: str) -> str:
    """A BibTeX field value without characters that would end or change the field."""
    for char, replacement in _BIBTEX_ESCAPES:
        text = text.replace(char, replacement)
    return one_line(text)


def bibtex(doc: Document) -> str:
    """A BibTeX @misc entry for a document."""
    fields = [("title", doc.title), ("author", speaker_name(doc)), ("date", doc.date),
              ("howpublished", f"{SITE_NAME}, document {slugify(doc.id)}"), ("note", f"Source file {doc.source}")]
    lines = [f"@misc{{sco-{slugify(doc.id)},"]
    lines += [f"  {key} = {{{bibtex_escape(value)}}}," for key, value in fields if value]
    return "\n".join(lines) + "\n}"


def provenance(doc: Document) -> str:
    """The provenance table: field, value, evidence, rule (or where it was pinned)."""
    if not doc.evidence:
        return "No evidence recorded."
    rows = [[cell(field), cell(field_value(doc, field)), cell(ev.text), cell(ev.rule)] for field, ev in sorted(doc.evidence.items())]
    return table(["Field", "Value", "Evidence", "Rule"], rows)


def removed_block(doc: Document) -> str:
    """A collapsed block listing what cleaning removed, with line numbers and reasons."""
    if not doc.removed:
        return ""
    rows = [[str(r.line), cell(r.text), cell(r.reason)] for r in doc.removed]
    return f'??? note "Removed while cleaning ({len(doc.removed)})"\n\n' + indent(table(["Line", "Text", "Reason"], rows))


def proposal_list(doc: Document) -> str:
    """The proposals as a numbered list: summary, then the full text."""
    if not doc.proposals:
        return "No numbered proposals found in this text."
    items = []
    for p in doc.proposals:
        text = "\n\n".join([x for x in p.text.split("\n\n") if x.strip()])
        items.append(f"{p.number}. **{md_inline(p.summary)}**\n\n{indent(md_escape(text))}")
    return "\n\n".join(items)


def admonition(kind: str, title: str, lines: tuple[str, ...]) -> str:
    """An admonition listing escaped lines, or nothing."""
    if not lines:
        return ""
    return f'!!! {kind} "{title}"\n\n' + indent("\n".join(f"- {md_inline(x)}" for x in lines))


def doc_facts(index: Index, doc: Document) -> str:
    """The facts box of a document page."""
    here = doc_uri(doc)
    announced = f" (announced: {doc.announced_proposals})" if doc.announced_proposals is not None else ""
    rows = [
        ["Kind", cell(doc.kind)],
        ["Date", cell(human_date(doc.date))],
        ["Published", cell(human_date(doc.published)) if doc.published else "–"],
        ["Speaker", speaker_link(doc, here)],
        ["Speaker's title", cell(doc.speaker.title if doc.speaker else None)],
        ["Meeting", meeting_link(index, doc.meeting_id, here)],
        ["City", cell(city_of(doc))],
        ["Country", cell(country_of(doc))],
        ["Themes", theme_links(index, doc.themes, here) or "–"],
        ["Proposals", f"{len(doc.proposals)}{announced}"],
        ["Source", link(doc.source, rel(here, source_uri(doc)))],
    ]
    return '!!! info "Facts"\n\n' + indent(table(["Fact", "Value"], rows))


def document_page(index: Index, doc: Document) -> str:
    """A document: facts, warnings, proposals, clean text, provenance, removed lines, citation."""
    here = doc_uri(doc)
    source = f"[Raw source text]({rel(here, source_uri(doc))})"
    meeting = index.meeting_of(doc)
    body = [
        f"# {md_inline(doc.title)}",
        doc_facts(index, doc),
        admonition("warning", "Warnings", doc.warnings),
        admonition("note", "Notes", doc.notes),
        "## Proposals",
        proposal_list(doc),
        "## Text",
        md_escape(doc.text) or "The clean text is empty.",
        "## Provenance",
        provenance(doc),
        removed_block(doc),
        "## Cite",
        '!!! quote "Plain text"\n\n' + indent(md_escape(citation(doc))),
        fence(bibtex(doc), "bibtex"),
        f"{source} · [all documents](index.md) · [its meeting]({rel(here, meeting_uri(meeting.id))})" if meeting else source,
    ]
    return page(doc_meta(index, doc), "\n\n".join([b for b in body if b]))


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
            start, end = [cell(d.date), meeting_link(index, d.meeting_id, here), speaker_link(d, here)], link("document", rel(here, doc_uri(d)))
            rows += [start + [str(p.number), cell(p.summary), end] for p in d.proposals]
    body = ["# Proposals", f"{len(rows)} numbered proposals, newest first.",
            table(["Date", "Meeting", "Speaker", "No.", "Summary", "Source"], rows) if rows else ""]
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
    return f"- {meeting_link(index, meeting.id, here)} · {len(meeting.documents)} document(s)"


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
        body.append(table(["Meeting"] + [cell(t) for t in themes], rows))
    by_theme: dict[str, list[str]] = {theme: [] for theme in themes}  # each theme's documents, newest first
    for d in index.docs_newest:
        for theme in set(d.themes):
            by_theme[theme].append(f"- {doc_line(d, here)}")
    for theme in themes:
        body.append(f"## {md_inline(theme)} {{#{index.theme_ids[theme]}}}")
        body.append("\n".join(by_theme[theme]))
    return page({"title": "Themes", "search": {"exclude": True}}, "\n\n".join(body))


def tags_page() -> str:
    """The tags listing, filled in by Material's tags plugin."""
    body = "# Tags\n\nDocuments by speaker, body, city and theme.\n\n<!-- material/tags -->"
    return page({"title": "Tags", "search": {"exclude": True}}, body)


def downloads_page(index: Index) -> str:
    """The data files, with what each holds."""
    archive = index.archive
    body = ["# Downloads",
            f"The whole archive as data: {len(archive.documents)} documents, {len(archive.meetings)} meetings.",
            "\n".join(f"- [{name}]({name}): {what}" for name, what in DOWNLOADS),
            "Every CSV value is quoted. A value that starts with `=`, `+`, `-`, `@`, a tab or a carriage "
            "return, and each line inside a value that starts so, is prefixed with `'` so spreadsheets do "
            "not run it as a formula."]
    return page({"title": "Downloads", "search": {"exclude": True}}, "\n\n".join(body))


def search_page() -> str:
    """The search and filter page; the widget itself comes from the sco-filter.html template."""
    body = ("# Search and filter\n\nFilter the documents by speaker, year, body, city, kind and theme "
            "at the same time, with or without words to search for. The header search looks through "
            "every page as well.")
    return page({"title": "Search and filter", "search": {"exclude": True}, "template": "sco-filter.html"}, body)


def page_makers(archive: Archive, intro: str = "", intro_title: str = "") -> dict[str, Callable[[], str]]:
    """Every generated Markdown page as a function that renders it, keyed by its path, sorted.

    The MkDocs plugin renders each page only when MkDocs reads it and keeps nothing: at 5,000
    documents holding every page's Markdown would cost more memory than the archive itself.
    """
    index = Index(archive)
    out: dict[str, Callable[[], str]] = {
        "index.md": lambda: home_page(index, intro, intro_title),
        "timeline.md": lambda: timeline_page(index),
        "documents/index.md": lambda: documents_page(index),
        "proposals.md": lambda: proposals_page(index),
        "speakers.md": lambda: speakers_page(index),
        "venues.md": lambda: venues_page(index),
        "bodies.md": lambda: bodies_page(index),
        "themes.md": lambda: themes_page(index),
        "tags.md": tags_page,
        "downloads.md": lambda: downloads_page(index),
        "search.md": search_page,
    }
    for meeting in archive.meetings:
        out[meeting_uri(meeting.id)] = functools.partial(meeting_page, index, meeting)
    for doc in archive.documents:
        out[doc_uri(doc)] = functools.partial(document_page, index, doc)
    return dict(sorted(out.items()))


def pages(archive: Archive, intro: str = "", intro_title: str = "") -> dict[str, str]:
    """Every generated Markdown page, keyed by its path under docs/, in sorted order."""
    with collector.paused():  # strings and records, not cycles: see collector.py
        return {uri: make() for uri, make in page_makers(archive, intro, intro_title).items()}
