"""The page of a document: facts, warnings and notes, proposals, clean text, provenance, removed
lines, citation; and its front matter."""

from __future__ import annotations

from ..dates import find_dates
from ..knowledge import knowledge, lower
from ..fields import DOCUMENT, FACTS, field, value, walk
from ..model import Document, Evidence
from ..slug import slugify
from .cite import bibtex, cite, plain_citation
from .frontmatter import page
from .index import (Index, Site, counted, doc_uri, human_date, meeting_link, meeting_uri, ordinal, rel, source_uri,
                    speaker_link, tag_values, theme_links)
from .markdown import cell, fence, indent, link, md_escape, md_inline, md_span, meta_escape, one_line, table


def field_value(doc: Document, key: str) -> str | None:
    """The displayed value of an evidence key such as 'speaker', 'meeting.body' or 'themes.security'."""
    head, _, tail = key.partition(".")
    if head == "meeting":
        return {"body": doc.body, "number": ordinal(doc.number) if doc.number else None}.get(tail, doc.meeting_id)
    if head == "themes":
        return tail or ", ".join(doc.themes)
    shown = _FIELD_VALUES.get(key)
    return shown(doc) if shown else None


_FIELD_VALUES = {
    "title": lambda doc: doc.title, "kind": lambda doc: doc.kind, "date": lambda doc: human_date(doc.date),
    "published": lambda doc: human_date(doc.published) if doc.published else None, "publisher": lambda doc: doc.publisher,
    "speaker": lambda doc: f"{doc.speaker.name} ({doc.speaker.title})" if doc.speaker and doc.speaker.title
    else doc.speaker_name,
    "venue": lambda doc: ", ".join(p for p in (doc.city, doc.country) if p) or ("online" if doc.online else None),
    "announced_proposals": lambda doc: str(doc.announced_proposals) if doc.announced_proposals is not None else None,
    "proposals": lambda doc: counted(len(doc.proposals), "proposal"),
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


# ---------------------------------------------------------------- provenance

EVIDENCE_SHOWN = 240  # characters of evidence shown around the matched words; the rest is cut at a word, with "…"
_CONTEXT_BEFORE = 60  # of them, at most this many before the first matched word
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# The section of docs/extraction.md that explains the rules of each field (its `{ #extract-... }` anchors).
_EXPLAINED = {"title": "extract-title", "kind": "extract-kind", "date": "extract-date", "published": "extract-published",
              "publisher": "extract-publisher", "speaker": "extract-speaker", "venue": "extract-venue", "meeting": "extract-meeting",
              "announced_proposals": "extract-proposals", "proposals": "extract-proposals", "themes": "extract-themes"}
_CLOSING = " .,;:!?\"'”’)"  # what may follow a whole sentence in its paragraph
_ENDS = tuple(_CLOSING.strip(" ,"))  # what a whole sentence ends with
_GROUPING_RULE = "date of the meeting it reports on"  # the date a text without one takes from its meeting: grouping


def matched_words(doc: Document, key: str, ev: Evidence) -> list[str]:
    """The words of the evidence the value was read from (the name, the place, the date as written, a
    theme's keyword), to highlight; none when the value is not written there as such (kind, title)."""
    head, _, tail = key.partition(".")
    if head in ("date", "published"):
        iso = doc.date if head == "date" else doc.published
        return [h.text for h in find_dates(ev.text) if iso and (h.month, h.day) == (int(iso[5:7]), int(iso[8:10]))]
    if head == "speaker" and doc.speaker:
        return [w for w in (doc.speaker.name, doc.speaker.title) if w]
    if head == "venue":
        return [w for w in (doc.city, doc.country) if w]
    if key == "meeting.body":
        return [doc.body] if doc.body else []
    if head == "publisher":
        return [doc.publisher] if doc.publisher else []
    if key == "meeting.number" and doc.number:
        return [ordinal(doc.number)]
    if head == "announced_proposals" and doc.announced_proposals:
        n = doc.announced_proposals
        return [str(n)] + ([_NUMBER_WORDS[n - 1]] if n <= len(_NUMBER_WORDS) else [])
    if head == "themes":
        return [w.strip() for w in knowledge().themes.get(tail, ())]
    return []


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the words occur in the text from the start of a word (to the end of that word: 'fast channel'
    in 'fast channels'), merged with neighbours only a space apart, in order. As in data/themes.yml, a
    lower-case word matches in any case and a word with capitals as written ("UN" is not "un")."""
    found = []
    lowered = lower(text)
    for word in {w for w in words if w.strip()}:
        haystack = lowered if word == word.lower() else text
        start = haystack.find(word)
        while start != -1:
            end = start + len(word)
            if start == 0 or not text[start - 1].isalnum():
                while end < len(text) and text[end].isalnum():
                    end += 1
                found.append((start, end))
            start = haystack.find(word, end)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1]:start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _cut_at(clean: str, text: str) -> str:
    """The character of the clean text right after the evidence when the extractor cut the evidence
    short inside a paragraph; "" when it did not (it ends a sentence, or only a full stop or the like was
    left out), or the evidence is not in the clean text."""
    at = clean.find(text) if text and not text.rstrip().endswith(_ENDS) else -1
    if at == -1:
        return ""
    rest = clean[at + len(text): at + len(text) + 400].partition("\n")[0]
    return rest[:1] if rest.strip(_CLOSING) else ""


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The part of a long evidence text shown: EVIDENCE_SHOWN characters from a little before the first
    matched word, both ends moved in to a word boundary."""
    if len(text) <= EVIDENCE_SHOWN:
        return 0, len(text)
    start = max(0, spans[0][0] - _CONTEXT_BEFORE) if spans else 0
    end = min(len(text), start + EVIDENCE_SHOWN)
    if start > 0:
        space = text.find(" ", start, spans[0][0] if spans else end)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", max(start, spans[0][1] if spans else start), end + 1)
        end = space if space != -1 else end
    return start, end


def evidence_cell(doc: Document, key: str, ev: Evidence, clean: str | None = None) -> str:
    """Evidence as a table cell: escaped, the matched words in bold, cut at word boundaries with "…".
    (`clean` is the document's clean text, when the caller has it already.)"""
    after = _cut_at(doc.text if clean is None else clean, ev.text)
    text = one_line(ev.text)
    if not text:
        return "–"
    spans = _spans(text, matched_words(doc, key, ev))
    start, end = _window(text, spans)
    if after.isalnum() and end == len(text) and text[-1].isalnum():  # cut mid-word by the extractor: drop the piece
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    out, at = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out += [md_span(text[at:s]), "**", md_span(text[s:e]), "**"]
        at = e
    out.append(md_span(text[at:end]))
    shown = "".join(out).strip()
    return ("… " if start > 0 else "") + shown + (" …" if end < len(text) or after else "")


def _label(path: str) -> str:
    """A document field's label on the pages."""
    return field(path).label


def evidence_label(index: Index, key: str) -> str:
    """An evidence key as a reader names it: its field's label ('announced_proposals' is 'Announced
    proposals'), a theme's name as pages show it."""
    if key.startswith("themes."):
        return index.theme_label(key.partition(".")[2])
    found = _PATHS.get(key)
    return found.label if found is not None and found.label else key.replace("_", " ").replace(".", " ").capitalize()


def rule_cell(site: Site, key: str, rule: str, here: str) -> str:
    """The rule, linked to the hand-written page that explains it (when the site has that page)."""
    if rule.startswith("pinned in "):
        target = "overrides.md"
    elif rule == _GROUPING_RULE:
        target = "extraction.md#4-group"
    else:
        target = f"extraction.md#{_EXPLAINED[key.partition('.')[0]]}" if key.partition(".")[0] in _EXPLAINED else ""
    if not target or target.partition("#")[0] not in site.manual:
        return cell(rule)
    return link(rule, rel(here, target))


_PATHS = dict(walk(DOCUMENT))  # every document field by its dotted path, in table order
_RANK = {path: i for i, path in enumerate(_PATHS)}


def _order(key: str) -> tuple[int, str]:
    """Evidence rows in the order of the field table (title, kind, date, ... proposals), unknown keys last."""
    return (_RANK.get(key, len(_RANK)), key)


def provenance(index: Index, doc: Document) -> str:
    """The provenance: a table of field, value, evidence and rule, then the themes in their own folded block."""
    if not doc.evidence:
        return "No evidence recorded."
    here = doc_uri(doc)
    clean = doc.text  # (joined from the paragraphs on each call)
    head = [_label("evidence.text"), _label("evidence.rule")]
    fields = sorted((k for k in doc.evidence if not k.startswith("themes")), key=_order)
    themes = [k for k in doc.evidence if k.startswith("themes")]
    themes.sort(key=lambda k: doc.themes.index(k[len("themes."):]) if k[len("themes."):] in doc.themes else len(doc.themes))
    intro = "What each value was read from (in bold, the words that give it) and the rule that found it" + (
        ", linked to the page that explains it." if "extraction.md" in index.site.manual else ".")
    parts = [intro]
    if fields:
        rows = [[cell(evidence_label(index, k)), cell(field_value(doc, k)), evidence_cell(doc, k, doc.evidence[k], clean),
                 rule_cell(index.site, k, doc.evidence[k].rule, here)] for k in fields]
        parts.append(table(["Field", "Value"] + head, rows))
    if themes:
        rows = [[cell(evidence_label(index, k)), evidence_cell(doc, k, doc.evidence[k], clean), rule_cell(index.site, k, doc.evidence[k].rule, here)]
                for k in themes]
        title = f"{_label('themes')} ({len(themes)}): where each was found"
        parts.append(f'??? note "{title}"\n\n' + indent(table(["Theme"] + head, rows)))
    return "\n\n".join(parts)


def removed_block(doc: Document) -> str:
    """A collapsed block listing what cleaning removed, with line numbers and reasons."""
    if not doc.removed:
        return ""
    rows = [[str(r.line), cell(r.text), cell(r.reason)] for r in doc.removed]
    header = [_label("removed.line"), _label("removed.text"), _label("removed.reason")]
    return f'??? note "{_label("removed")} ({len(doc.removed)})"\n\n' + indent(table(header, rows))


# ---------------------------------------------------------------- the page


def proposal_list(doc: Document) -> str:
    """The proposals as a numbered list: summary, then the full text; each with its anchor (the first
    with its number, should a document ever have two)."""
    if not doc.proposals:
        return "No numbered proposals found in this text."
    items, anchored = [], set()
    for p in doc.proposals:
        text = "\n\n".join([x for x in p.text.split("\n\n") if x.strip()])
        anchor = f"\n    {{ #{p.anchor} }}" if p.anchor not in anchored else ""
        anchored.add(p.anchor)
        items.append(f"{p.number}. **{md_inline(p.summary)}**{anchor}\n\n{indent(md_escape(text))}")
    return "\n\n".join(items)


def admonition(kind: str, title: str, lines: tuple) -> str:
    """An admonition listing warnings or notes, escaped, or nothing."""
    if not lines:
        return ""
    return f'!!! {kind} "{title}"\n\n' + indent("\n".join(f"- {md_inline(str(x))}" for x in lines))


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
    """The facts box of a document page: the fields of fields.FACTS, by their labels. (Class `sco-facts`:
    the header search takes its excerpts from the text, not from this box.)"""
    here = doc_uri(doc)
    rows = [[_label(path), _fact(index, doc, path, here)] for path in FACTS]
    return '!!! info sco-facts "Facts"\n\n' + indent(table(["Fact", "Value"], rows))


def title_note(doc: Document) -> str:
    """Under the heading of a text without a headline: the title is the archive's description of it."""
    if not doc.title_generated:
        return ""
    return (f"*The text has no headline: the archive describes it, and cites it in square brackets as* "
            f"{md_inline(f'[{doc.title}]')}")


def cite_section(index: Index, doc: Document) -> str:
    """The citation in plain text and BibTeX, each in a box with a copy button (sco-archive.js)."""
    parts = cite(doc, index.site)
    return "\n\n".join([
        '!!! quote sco-cite "Citation"\n\n' + indent(md_escape(plain_citation(parts))),
        '!!! quote sco-cite "BibTeX"\n\n' + indent(fence(bibtex(parts), "bibtex")),
        "Replace *\\[date\\]* with the day you read the page." + (
            "" if parts.url else " The archive's address is left out: this site was built without an absolute `site_url`."),
    ])


def document_page(index: Index, doc: Document) -> str:
    """A document: facts, warnings, proposals, clean text, provenance, removed lines, citation."""
    here = doc_uri(doc)
    source = f"[Raw source text]({rel(here, source_uri(doc))})"
    meeting = index.meeting_of(doc)
    body = [
        f"# {md_inline(doc.title)}",
        title_note(doc),
        doc_facts(index, doc),
        admonition("warning", _label("warnings"), doc.warnings),
        admonition("note", _label("notes"), doc.notes),
        f"## {_label('proposals')}",
        proposal_list(doc),
        "## Text",
        md_escape(doc.text) or "The clean text is empty.",
        f"## {_label('evidence')}",
        provenance(index, doc),
        removed_block(doc),
        "## Cite",
        cite_section(index, doc),
        f"{source} · [all documents](index.md) · [its meeting]({rel(here, meeting_uri(meeting.id))})" if meeting else source,
    ]
    return page(doc_meta(index, doc), "\n\n".join([b for b in body if b]))
