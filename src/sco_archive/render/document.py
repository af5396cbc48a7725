"""The page of a document: facts, warnings and notes, proposals, clean text, provenance, removed
lines, citation; and its front matter."""

from __future__ import annotations

from ..fields import FACTS, field, value
from ..model import Document
from ..slug import slugify
from .frontmatter import page
from .index import SITE_NAME, Index, doc_uri, human_date, meeting_link, meeting_uri, rel, source_uri, speaker_link, tag_values, theme_links
from .markdown import cell, fence, indent, link, md_escape, md_inline, meta_escape, one_line, table


def field_value(doc: Document, key: str) -> str | None:
    """The displayed value of an evidence key such as 'speaker', 'meeting.body' or 'themes.security'."""
    head, _, tail = key.partition(".")
    if head == "meeting":
        return {"body": doc.body, "number": str(doc.number) if doc.number else None}.get(tail, doc.meeting_id)
    if head == "themes":
        return tail or ", ".join(doc.themes)
    shown = _FIELD_VALUES.get(key)
    return shown(doc) if shown else None


_FIELD_VALUES = {
    "title": lambda doc: doc.title, "kind": lambda doc: doc.kind, "date": lambda doc: doc.date,
    "published": lambda doc: doc.published,
    "speaker": lambda doc: f"{doc.speaker.name} ({doc.speaker.title})" if doc.speaker and doc.speaker.title
    else doc.speaker_name,
    "venue": lambda doc: ", ".join(p for p in (doc.city, doc.country) if p) or ("online" if doc.online else None),
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
        "speaker": escape_or_none(doc.speaker_name),
        "speaker_title": escape_or_none(doc.speaker.title if doc.speaker else None),
        "city": escape_or_none(doc.city),
        "country": escape_or_none(doc.country),
        "online": doc.online,
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
    fields = [("title", doc.title), ("author", doc.speaker_name), ("date", doc.date),
              ("howpublished", f"{SITE_NAME}, document {slugify(doc.id)}"), ("note", f"Source file {doc.source}")]
    lines = [f"@misc{{sco-{slugify(doc.id)},"]
    lines += [f"  {key} = {{{bibtex_escape(text)}}}," for key, text in fields if text]
    return "\n".join(lines) + "\n}"


def provenance(doc: Document) -> str:
    """The provenance table: field, value, evidence, rule (or where it was pinned)."""
    if not doc.evidence:
        return "No evidence recorded."
    rows = [[cell(key), cell(field_value(doc, key)), cell(ev.text), cell(ev.rule)] for key, ev in sorted(doc.evidence.items())]
    return table(["Field", "Value", _label("evidence.text"), _label("evidence.rule")], rows)


def removed_block(doc: Document) -> str:
    """A collapsed block listing what cleaning removed, with line numbers and reasons."""
    if not doc.removed:
        return ""
    rows = [[str(r.line), cell(r.text), cell(r.reason)] for r in doc.removed]
    header = [_label("removed.line"), _label("removed.text"), _label("removed.reason")]
    return f'??? note "{_label("removed")} ({len(doc.removed)})"\n\n' + indent(table(header, rows))


def proposal_list(doc: Document) -> str:
    """The proposals as a numbered list: summary, then the full text."""
    if not doc.proposals:
        return "No numbered proposals found in this text."
    items = []
    for p in doc.proposals:
        text = "\n\n".join([x for x in p.text.split("\n\n") if x.strip()])
        items.append(f"{p.number}. **{md_inline(p.summary)}**\n\n{indent(md_escape(text))}")
    return "\n\n".join(items)


def admonition(kind: str, title: str, lines: tuple) -> str:
    """An admonition listing warnings or notes, escaped, or nothing."""
    if not lines:
        return ""
    return f'!!! {kind} "{title}"\n\n' + indent("\n".join(f"- {md_inline(str(x))}" for x in lines))


def _label(path: str) -> str:
    """A document field's label on the pages."""
    return field(path).label


def _fact(index: Index, doc: Document, path: str, here: str) -> str:
    """A document's value in the facts box: linked where it has a page, dates in words, else the value."""
    if path == "date":
        return cell(human_date(doc.date))
    if path == "published":
        return cell(human_date(doc.published)) if doc.published else "–"
    if path == "speaker.name":
        return speaker_link(doc, here)
    if path == "meeting.id":
        return meeting_link(index, doc.meeting_id, here)
    if path == "themes":
        return theme_links(index, doc.themes, here) or "–"
    if path == "proposals":
        announced = f" (announced: {doc.announced_proposals})" if doc.announced_proposals is not None else ""
        return f"{len(doc.proposals)}{announced}"
    if path == "source":
        return link(doc.source, rel(here, source_uri(doc)))
    return cell(value(doc, path))


def doc_facts(index: Index, doc: Document) -> str:
    """The facts box of a document page: the fields of fields.FACTS, by their labels."""
    here = doc_uri(doc)
    rows = [[_label(path), _fact(index, doc, path, here)] for path in FACTS]
    return '!!! info "Facts"\n\n' + indent(table(["Fact", "Value"], rows))


def document_page(index: Index, doc: Document) -> str:
    """A document: facts, warnings, proposals, clean text, provenance, removed lines, citation."""
    here = doc_uri(doc)
    source = f"[Raw source text]({rel(here, source_uri(doc))})"
    meeting = index.meeting_of(doc)
    body = [
        f"# {md_inline(doc.title)}",
        doc_facts(index, doc),
        admonition("warning", _label("warnings"), doc.warnings),
        admonition("note", _label("notes"), doc.notes),
        f"## {_label('proposals')}",
        proposal_list(doc),
        "## Text",
        md_escape(doc.text) or "The clean text is empty.",
        f"## {_label('evidence')}",
        provenance(doc),
        removed_block(doc),
        "## Cite",
        '!!! quote "Plain text"\n\n' + indent(md_escape(citation(doc))),
        fence(bibtex(doc), "bibtex"),
        f"{source} · [all documents](index.md) · [its meeting]({rel(here, meeting_uri(meeting.id))})" if meeting else source,
    ]
    return page(doc_meta(index, doc), "\n\n".join([b for b in body if b]))
