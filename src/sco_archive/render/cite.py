"""How to cite a document: who wrote it, what it is called, when and by whom it was published, where
the archive keeps it. Plain text and BibTeX from the same parts, so the two never disagree.

The rules a style guide (Chicago, APA) would check:
- the author of a speech, interview, statement or press conference is its speaker; a report's author
  is its publisher when the text names one, else there is none (the person it quotes did not write it);
- a title the archive made up is a description in square brackets, never “a title in quotes”;
- the date is the publication date; without one, the meeting's date, and the citation says so;
- the archive's address of the page (only when `site_url` is an absolute address) and the date the
  reader accessed it, left as a placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document
from ..slug import slugify
from .index import Site, doc_uri, human_date
from .markdown import one_line

# Kinds whose words are the speaker's own: the speaker is the author.
SPOKEN = ("remarks", "interview", "press_conference", "statement")
KIND_NAMES = {"report": "Report", "remarks": "Remarks", "interview": "Interview",
              "press_conference": "Press conference", "statement": "Statement", "other": "Text"}


def described(doc: Document) -> str:
    """The title; one the archive made up (the text has no headline) in square brackets, as a description."""
    return f"[{doc.title}]" if doc.title_generated else doc.title


def dated_by(doc: Document) -> str | None:
    """The date a document is cited and listed in the feed by: its publication date, else the meeting's."""
    return doc.published or doc.date


def title_as_cited(doc: Document) -> str:
    """The title in quotation marks, or the archive's description of an untitled text in brackets."""
    if doc.title_generated:
        return described(doc)
    end = "" if doc.title.endswith(("?", "!", ".")) else "."
    return f"“{doc.title}{end}”"


@dataclass(frozen=True)
class Citation:
    """The parts of a document's citation."""

    key: str
    author: str | None
    organisation: bool  # the author is the publisher, not a person
    title: str  # as it is cited: “quoted.” or [a description]
    plain_title: str  # as BibTeX takes it (braces protect a description's brackets)
    kind: str
    publisher: str | None  # None when it is the author already
    date: str | None  # ISO
    date_is_meeting: bool
    site_name: str
    document: str
    url: str | None

    @property
    def when(self) -> str:
        """The date in words, and what it is when it is not the publication date."""
        if not self.date:
            return "n.d."
        said = human_date(self.date)
        return f"{said} (date of the meeting; the text gives no publication date)" if self.date_is_meeting else said


def cite(doc: Document, site: Site) -> Citation:
    """The parts of a document's citation, for a site."""
    by = doc.publisher
    who = doc.speaker.name if doc.kind in SPOKEN and doc.speaker else by
    return Citation(
        key=f"sco-{slugify(doc.id)}",
        author=who,
        organisation=who is not None and who == by,
        title=title_as_cited(doc),
        plain_title=described(doc),
        kind=KIND_NAMES.get(doc.kind, doc.kind.replace("_", " ").capitalize()),
        publisher=by if by != who else None,
        date=dated_by(doc),
        date_is_meeting=not doc.published and bool(doc.date),
        site_name=site.name,
        document=slugify(doc.id),
        url=site.address(doc_uri(doc)),
    )


def _sentence(text: str) -> str:
    """Text ending with a full stop (not doubled; a quoted title holds its own)."""
    return text if text.endswith((".", "?", "!", "”")) else text + "."


def plain_citation(c: Citation) -> str:
    """A citation in plain text, e.g. 'Xi Jinping. “Title.” Remarks. Xinhua, 11 November 2020. SCO Archive,
    document 003-…. https://…/. Accessed [date].' (a report without a named publisher: 'Report, <date>.')"""
    published = f"{_sentence(c.kind)} {c.publisher}, {c.when}" if c.publisher else f"{c.kind}, {c.when}"
    parts = [c.author and _sentence(c.author), _sentence(c.title), _sentence(published),
             _sentence(f"{c.site_name}, document {c.document}"), c.url and c.url + ".", "Accessed [date]."]
    return " ".join(p for p in parts if p)


_BIBTEX_ESCAPES = (("\\", "/"), ("{", "("), ("}", ")"), ("%", "\\%"), ("&", "\\&"), ("#", "\\#"))


def bibtex_escape(text: str) -> str:
    """A BibTeX field value without characters that would end or change the field."""
    for char, replacement in _BIBTEX_ESCAPES:
        text = text.replace(char, replacement)
    return one_line(text)


def bibtex(c: Citation) -> str:
    """A BibTeX entry: @online for a report or other text that has an address, else @misc (a speech,
    interview, statement or press conference says what it is in `howpublished`). An author that is an
    organisation, and a described title, are braced so that BibTeX neither splits nor recases them."""
    entry = "online" if c.kind in ("Report", "Text") and c.url else "misc"
    fields = [
        ("author", c.author and ("{" + bibtex_escape(c.author) + "}" if c.organisation else bibtex_escape(c.author))),
        ("title", c.plain_title and ("{" + bibtex_escape(c.plain_title) + "}" if c.plain_title.startswith("[") else bibtex_escape(c.plain_title))),
        ("howpublished", None if entry == "online" else bibtex_escape(c.kind)),
        ("publisher", c.publisher and bibtex_escape(c.publisher)),
        ("date", c.date), ("year", c.date[:4] if c.date else None),
        ("url", c.url and bibtex_escape(c.url)),
        ("urldate", "[date]" if c.url else None),
        ("note", bibtex_escape("; ".join(x for x in (
            "Date of the meeting; the text gives no publication date" if c.date_is_meeting else "",
            f"{c.site_name}, document {c.document}", "" if c.url else "Accessed [date]") if x))),
    ]
    lines = [f"@{entry}{{{c.key},"] + [f"  {key} = {{{text}}}," for key, text in fields if text]
    return "\n".join(lines) + "\n}"
