"""Render: an Archive to the Markdown pages of the site, keyed by their path under docs/.

Pure functions over the model; no MkDocs. Every string from a seed goes through `markup`:
`md_escape`/`md_inline`/`cell` in the body and `meta_escape` in front matter. Links point to our
own `.md` paths (MkDocs validates and rewrites them), so pages do not depend on `use_directory_urls`.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from pymdownx.slugs import slugify as _pymdownx_slugify

from . import collector
from .dates import long_date
from .markup import _printable, _value, cell, cells, fence, indent, link, md_escape, md_escape_lines, md_inline, meta_escape, meta_scalar, page, table, table_rows, written_page
from .model import Archive, Document, Meeting
from .slug import slugify, unique

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


def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for relative paths made of plain names (no '.', '..' or empty parts), else
    posixpath.relpath itself: both sides are then under the same working directory, so the common
    prefix of their parts is all relpath compares."""
    if "/" not in start and start not in (".", "..") and _PLAIN_PATH.fullmatch(path):
        # The usual case: from the top folder or one below it, to a path of plain names.
        if not start:
            return path
        if path.startswith(start) and path[len(start) : len(start) + 1] == "/":
            return path[len(start) + 1 :]
        return "." if path == start else "../" + path
    start_parts = start.split("/") if start else []
    path_parts = path.split("/")
    if path.startswith("/") or start.startswith("/") or any(p in ("", ".", "..") for p in path_parts + start_parts):
        return posixpath.relpath(path, start or ".")
    common = 0
    for a, b in zip(start_parts, path_parts):
        if a != b:
            break
        common += 1
    parts = [".."] * (len(start_parts) - common) + path_parts[common:]
    return "/".join(parts) if parts else "."


_PLAIN_PATH = re.compile(r"(?:(?!\.\.?(?:/|$))[^/]+/)*(?!\.\.?$)[^/]+")  # no '', '.', '..' parts, not absolute


def _dirname(path: str) -> str:
    """posixpath.dirname, without its slow path when no slashes repeat or lead."""
    if "//" in path or path.startswith("/"):
        return posixpath.dirname(path)
    return path.rpartition("/")[0]


def rel(from_uri: str, to_uri: str) -> str:
    """A relative link from one page to another path (with an optional #anchor)."""
    path, _, anchor = to_uri.partition("#")
    target = _relpath(path, _dirname(from_uri))
    return target + ("#" + anchor if anchor else "")


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

    @cached_property
    def memo(self) -> dict:
        """Pieces that several pages repeat (a meeting's documents, links from one folder), made once
        per Index and let go with it."""
        return {}

    def meeting_docs(self, meeting: Meeting) -> list[Document]:
        """The documents about a meeting, in id order."""
        key = ("meeting_docs", meeting)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = [self.docs[i] for i in sorted(meeting.documents) if i in self.docs]
        return list(found)

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
    return _meeting_link(index, meeting_id, _dirname(here))


def _meeting_link(index: Index, meeting_id: str, folder: str) -> str:
    """meeting_link from a page in `folder`: the link is the same from every page there, so it is made
    once per folder (and is the link to that Meeting object, as meeting ids are unique in an archive)."""
    key = ("meeting_link", meeting_id, folder)
    found = index.memo.get(key)
    if found is None:
        meeting = index.meetings.get(meeting_id)
        found = index.memo[key] = link(meeting_title(meeting), rel(folder + "/" if folder else "", meeting_uri(meeting.id))) if meeting else "–"
    return found


def doc_link(doc: Document, here: str) -> str:
    """A link to a document page, titled."""
    return link(doc.title, rel(here, doc_uri(doc)))


@functools.lru_cache(maxsize=4096)  # a few hundred speakers, linked from every page that lists documents
def _speaker_link(name: str, folder: str) -> str:
    """A link to the speaker on the speakers page, from a page in `folder`."""
    return link(name, rel(folder + "/" if folder else "", "speakers.md#" + slugify(name)))


@functools.lru_cache(maxsize=4096)  # a few dozen themes, linked from every document and meeting page
def _theme_link(theme: str, anchor: str, folder: str) -> str:
    return link(theme, rel(folder + "/" if folder else "", "themes.md#" + anchor))


def doc_line(doc: Document, here: str) -> str:
    """One document in a list: title, kind, speaker, date (the pages use _doc_line, which makes the same)."""
    who = f" · {md_inline(doc.speaker.name)}" if doc.speaker else ""
    return f"{doc_link(doc, here)} · {md_inline(doc.kind)}{who} · {md_inline(human_date(doc.date))}"


def _doc_line(index: Index, doc: Document, to_documents: str) -> str:
    """doc_line(doc, here) for the index pages that all list the document, from a page where the
    documents folder is `to_documents`: "documents/" from the top folder, "../documents/" from a folder
    beside it (what rel() gives for the slug path; link() accepts it). The text, the slug and the rest
    of the line (kind, speaker, date) are the same from every page, so they are made once per document."""
    key = ("doc_line", doc.id)
    found = index.memo.get(key)
    if found is None or found[0] is not doc:
        who = f" · {md_inline(doc.speaker.name)}" if doc.speaker else ""
        found = index.memo[key] = (doc, f"[{md_inline(doc.title)}](", f".md) · {md_inline(doc.kind)}{who} · {md_inline(human_date(doc.date))}", slugify(doc.id))
    return f"{found[1]}{to_documents}{found[3]}{found[2]}"


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
        lines += [f"    - {_doc_line(index, d, 'documents/')}" for d in docs]
        body.append("\n".join(lines))
    if year is None:
        body.append("No meetings yet.")
    return page({"title": "Timeline", "search": {"exclude": True}}, "\n\n".join(body))


def side_by_side(index: Index, docs: list[Document]) -> str:
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
    # table() written directly; the links as link() and rel() make them from a page in a folder beside documents/
    header = " | ".join([f"[{md_inline(f'{d.kind}: {d.title}')}](../documents/{slugify(d.id)}.md)" for d in with_props])
    rows = [f"| {number!s} | " + " | ".join([cell(first.get(number)) for first in summaries]) + " |" for number in numbers]
    return f"| No. | {header} |\n|---|" + "---|" * len(with_props) + "\n" + "\n".join(rows)


def meeting_page(index: Index, meeting: Meeting) -> str:
    """A meeting: facts, documents, proposals side by side, themes."""
    slug = slugify(meeting.id)  # the page is meetings/<slug>.md (meeting_uri)
    docs = index.meeting_docs(meeting)
    title = meeting_title(meeting)
    themes = sorted({t for d in docs for t in d.themes})
    # the facts table (a two-column table()) written directly; from meetings/ the bodies page is "../bodies.md" (rel)
    body = [
        f"# {md_inline(title)}",
        "| Fact | Value |\n|---|---|\n"
        f"| Body | {f'[{md_inline(meeting.body)}](../bodies.md#{index.body_ids[meeting.body]})' if meeting.body else '–'} |\n"
        f"| Number | {cell(ordinal(meeting.number)) if meeting.number else '–'} |\n"
        f"| Date | {cell(human_date(meeting.date))} |\n"
        f"| City | {cell(meeting.city)} |\n"
        f"| Country | {cell(meeting.country)} |\n"
        f"| Online | {'yes' if meeting.online else 'no'} |",
        "## Documents",
        "\n".join([f"- {_doc_line(index, d, '../documents/')}" for d in docs]) or "None.",
        "## Proposals side by side",
        side_by_side(index, docs),
        "## Themes",
        ", ".join([_theme_link(t, index.theme_ids[t], "meetings") for t in themes]) or "None found.",
    ]
    text = "\n\n".join(body)
    # the front matter as _front_matter writes {"title": meta_escape(title), "meeting": slug}
    values = (meta_scalar(title), _value(slug))
    if None in values:  # where _front_matter gives up: the generic way
        return page({"title": meta_escape(title), "meeting": slug}, text)
    return written_page("title: {}\nmeeting: {}".format(*values), text)


def field_value(doc: Document, field: str) -> str | None:
    """The displayed value of an evidence key such as 'speaker', 'meeting.body' or 'themes.security'."""
    value = _FIELD_VALUES.get(field)  # only the asked field is worked out
    if value:  # its keys have no "." and are neither "meeting" nor "themes": asked first, the same
        return value(doc)
    head, _, tail = field.partition(".")
    if head == "meeting":
        return {"body": doc.body, "number": str(doc.number) if doc.number else None}.get(tail, doc.meeting_id)
    if head == "themes":
        return tail or ", ".join(doc.themes)
    return None


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


def _yaml_list(key: str, items: list[str | None]) -> str | None:
    """A list of already written scalars as _front_matter writes it under `key`, or None if one is None."""
    if not items:
        return key + ": []"
    if None in items:
        return None
    return key + ":\n- " + "\n- ".join(items)


def _doc_front(index: Index, doc: Document, slug: str) -> str | None:
    """_front_matter(doc_meta(index, doc)), written without the dict and its generic walk, or None where
    that would be None (then the page goes the generic way).

    The same text: doc_meta's keys are plain, in this order; a seed string v becomes meta_escape(v) and
    _front_matter writes that with _value, which is meta_scalar(v); `escape_or_none` values are "null"
    when v is empty or None; no value can end the text with whitespace (the last line is the template).
    `tags` (each value as Index.tag_names spells it) keeps the first of equal escaped values; it is
    deduplicated here on their written form, which is the same: a plain scalar is the value itself and
    never starts with "'", a quoted one always does, and quoting is one-to-one."""
    meeting = index.meetings.get(doc.meeting_id)
    speaker, venue = doc.speaker, doc.venue
    name = speaker.name if speaker else None
    city = venue.city if venue else None
    name_s = meta_scalar(name) if name else None
    body_s = meta_scalar(doc.body) if doc.body else None
    city_s = meta_scalar(city) if city else None
    themes = [meta_scalar(t) for t in doc.themes]
    tag_names = index.tag_names
    tags = [meta_scalar(tag_names[t]) for t in tag_values(doc)]
    values = (
        meta_scalar(doc.title), _value(slug), _value(doc.date), _value(doc.published), meta_scalar(doc.kind),
        name_s if name else "null",
        meta_scalar(speaker.title) if speaker and speaker.title else "null",
        city_s if city else "null",
        meta_scalar(venue.country) if venue and venue.country else "null",
        "true" if venue and venue.online else "false",
        _value(slugify(meeting.id)) if meeting else "null",
        body_s if doc.body else "null",
        _value(doc.number),
        _yaml_list("proposals", [meta_scalar(p.text) for p in doc.proposals]),
        _yaml_list("themes", themes),
        _yaml_list("tags", list(dict.fromkeys(tags))),
        meta_scalar(doc.source),
    )
    if None in values:
        return None
    return ("title: {}\nid: {}\ndate: {}\npublished: {}\nkind: {}\nspeaker: {}\nspeaker_title: {}\ncity: {}\n"
            "country: {}\nonline: {}\nmeeting: {}\nbody: {}\nnumber: {}\n{}\n{}\n{}\nsource: {}\n"
            "template: sco-document.html").format(*values)


def citation(doc: Document) -> str:
    """A plain-text citation of a document."""
    who = f"{doc.speaker.name}. " if doc.speaker else ""
    return f"{who}“{doc.title}”. {doc.kind.capitalize()}, {human_date(doc.date)}. " \
        f"{SITE_NAME}, document {slugify(doc.id)} (source file {doc.source})."


_BIBTEX_ESCAPES = (("\\", "/"), ("{", "("), ("}", ")"), ("%", "\\%"), ("&", "\\&"), ("#", "\\#"))


def bibtex_escape(text: str) -> str:
    """A BibTeX field value without characters that would end or change the field."""
    # each of _BIBTEX_ESCAPES in its order, spelled out (markup_fuzz checks it against the loop); a replace
    # of an absent character still counts it character by character, `in` is a memchr
    if "\\" in text:
        text = text.replace("\\", "/")
    if "{" in text:
        text = text.replace("{", "(")
    if "}" in text:
        text = text.replace("}", ")")
    if "%" in text:
        text = text.replace("%", "\\%")
    if "&" in text:
        text = text.replace("&", "\\&")
    if "#" in text:
        text = text.replace("#", "\\#")
    if _printable(text) and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # " " is its only whitespace, single and inside: splitting and joining give it back
    return " ".join(text.split())


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
    # table() of rows (field, value, evidence, rule), written directly
    return "| Field | Value | Evidence | Rule |\n|---|---|---|---|\n" + table_rows(
        [(field, field_value(doc, field), ev.text, ev.rule) for field, ev in sorted(doc.evidence.items())])


def removed_block(doc: Document) -> str:
    """A collapsed block listing what cleaning removed, with line numbers and reasons."""
    if not doc.removed:
        return ""
    escaped = iter(cells([x for r in doc.removed for x in (r.text, r.reason)]))
    # the indented table() of rows (line, text, reason), written directly: every line of the table is
    # non-empty, and no cell holds a line break, so indenting puts four spaces before each row
    return (f'??? note "Removed while cleaning ({len(doc.removed)})"\n\n    | Line | Text | Reason |\n    |---|---|---|\n'
            + "\n".join([f"    | {r.line!s} | {text} | {reason} |" for r, text, reason in zip(doc.removed, escaped, escaped)]))


def proposal_list(doc: Document) -> str:
    """The proposals as a numbered list: summary, then the full text."""
    if not doc.proposals:
        return "No numbered proposals found in this text."
    # md_escape works line by line, so escaping the paragraphs joined is escaping each of them
    texts = ["\n\n".join([x for x in p.text.split("\n\n") if x.strip()]) for p in doc.proposals]
    items = []
    for p, lines in zip(doc.proposals, md_escape_lines(texts)):
        paragraphs = "\n".join(["    " + line if line else "" for line in lines])  # indent(md_escape(text))
        items.append(f"{p.number}. **{md_inline(p.summary)}**\n\n{paragraphs}")
    return "\n\n".join(items)


def admonition(kind: str, title: str, lines: tuple[str, ...]) -> str:
    """An admonition listing escaped lines, or nothing."""
    if not lines:
        return ""
    return f'!!! {kind} "{title}"\n\n' + indent("\n".join(f"- {md_inline(x)}" for x in lines))


def doc_facts(index: Index, doc: Document, slug: str) -> str:
    """The facts box of a document page, written in one piece (it was a table of rows, indented).

    The same text: no cell holds a line break (cells and link texts are made one line), so indenting
    the table prefixes each of its lines with four spaces; links from the documents/ folder to a slug
    path are "../" + that path (what rel gives; slugs are [a-z0-9-], which link() accepts)."""
    speaker, venue = doc.speaker, doc.venue
    announced = doc.announced_proposals
    here = f"documents/{slug}.md"
    return (
        '!!! info "Facts"\n\n    | Fact | Value |\n    |---|---|\n'
        f"    | Kind | {cell(doc.kind)} |\n"
        f"    | Date | {cell(human_date(doc.date))} |\n"
        f"    | Published | {cell(human_date(doc.published)) if doc.published else '–'} |\n"
        f"    | Speaker | {_speaker_link(speaker.name, 'documents') if speaker else '–'} |\n"
        f"    | Speaker's title | {cell(speaker.title) if speaker else '–'} |\n"
        f"    | Meeting | {meeting_link(index, doc.meeting_id, here)} |\n"
        f"    | City | {cell(venue.city) if venue else '–'} |\n"
        f"    | Country | {cell(venue.country) if venue else '–'} |\n"
        f"    | Themes | {', '.join([_theme_link(t, index.theme_ids[t], 'documents') for t in doc.themes]) or '–'} |\n"
        f"    | Proposals | {len(doc.proposals)}{f' (announced: {announced})' if announced is not None else ''} |\n"
        f"    | Source | [{md_inline(doc.source)}](../sources/{slug}.txt) |"
    )


def document_page(index: Index, doc: Document) -> str:
    """A document: facts, warnings, proposals, clean text, provenance, removed lines, citation."""
    slug = slugify(doc.id)
    # links from documents/<slug>.md to slug paths, as rel() makes them (see doc_facts)
    source = f"[Raw source text](../sources/{slug}.txt)"
    body = [
        f"# {md_inline(doc.title)}",
        doc_facts(index, doc, slug),
        admonition("warning", "Warnings", doc.warnings),
        admonition("note", "Notes", doc.notes),
        "## Proposals",
        proposal_list(doc),
        "## Text",
        md_escape("\n\n".join([p.text for p in doc.paragraphs])) or "The clean text is empty.",  # line by line
        "## Provenance",
        provenance(doc),
        removed_block(doc),
        "## Cite",
        '!!! quote "Plain text"\n\n' + indent(md_escape(citation(doc))),
        fence(bibtex(doc), "bibtex"),
        f"{source} · [all documents](index.md) · [its meeting](../meetings/{slugify(doc.meeting_id)}.md)"
        if doc.meeting_id in index.meetings else source,
    ]
    text = "\n\n".join([b for b in body if b])
    front = _doc_front(index, doc, slug)
    return page(doc_meta(index, doc), text) if front is None else written_page(front, text)


def documents_page(index: Index) -> str:
    """All documents in one table, newest first."""
    # table() rows written directly; from documents/index.md a document page is "<slug>.md" (rel)
    rows = [f"| {cell(d.date)} | [{md_inline(d.title)}]({slugify(d.id)}.md) | {cell(d.kind)} | "
            f"{_speaker_link(d.speaker.name, 'documents') if d.speaker else '–'} | "
            f"{_meeting_link(index, d.meeting_id, 'documents')} | {len(d.proposals)} |" for d in index.docs_newest]
    body = ["# Documents", "| Date | Title | Kind | Speaker | Meeting | Proposals |\n|---|---|---|---|---|---|\n"
            + "\n".join(rows) if rows else "No documents yet."]
    return page({"title": "Documents", "search": {"exclude": True}}, "\n\n".join(body))


def proposals_page(index: Index) -> str:
    """Every proposal in one table: date, meeting, speaker, number, summary, link."""
    # table() rows written directly; from proposals.md a document page is "documents/<slug>.md" (rel)
    rows = []
    for doc in index.docs_newest:
        if not doc.proposals:
            continue
        # the cells that are the same for each of the document's proposals
        start = (f"| {cell(doc.date)} | {_meeting_link(index, doc.meeting_id, '')} | "
                 f"{_speaker_link(doc.speaker.name, '') if doc.speaker else '–'} | ")
        end = f" | [document](documents/{slugify(doc.id)}.md) |"
        rows += [f"{start}{p.number!s} | {cell(p.summary)}{end}" for p in doc.proposals]
    body = ["# Proposals", f"{len(rows)} numbered proposals, newest first.",
            "| Date | Meeting | Speaker | No. | Summary | Source |\n|---|---|---|---|---|---|\n" + "\n".join(rows)
            if rows else ""]
    return page({"title": "Proposals", "search": {"exclude": True}}, "\n\n".join(b for b in body if b))


def speakers_page(index: Index) -> str:
    """Speakers: their titles and documents."""
    body = ["# Speakers"]
    for slug, docs in index.speakers.items():
        titles = sorted({d.speaker.title for d in docs if d.speaker and d.speaker.title})
        body.append(f"## {md_inline(docs[0].speaker.name)} {{#{slug}}}")
        if titles:
            body.append("; ".join(md_inline(t) for t in titles))
        body.append("\n".join([f"- {_doc_line(index, d, 'documents/')}" for d in docs]))
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
            by_theme[theme].append(f"- {_doc_line(index, d, 'documents/')}")
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
