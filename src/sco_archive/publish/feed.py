"""The Atom feed of the documents, newest first, dated by its newest document (never the wall clock)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from ..model import Archive, Document
from ..render.index import SITE_NAME, doc_uri, page_url
from ..slug import slugify

# Characters XML 1.0 forbids, and bidi controls (which would reorder a feed reader's titles)
_XML_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def xml_text(text: str) -> str:
    """Text safe inside an XML element (escaped; characters XML 1.0 forbids and bidi controls dropped)."""
    return escape(_XML_DROPPED.sub("", text))


def feed_date(doc: Document) -> str | None:
    """The date a document is dated by in the feed: published, else the meeting date."""
    return doc.published or doc.date


def feed_entry(doc: Document, directory_urls: bool) -> str:
    """One Atom entry."""
    day = feed_date(doc) or "1970-01-01"
    parts = [
        "  <entry>",
        f"    <title>{xml_text(doc.title)}</title>",
        f"    <id>urn:sco-archive:document:{slugify(doc.id)}</id>",
        f"    <link href={quoteattr(page_url(doc_uri(doc), directory_urls))}/>",
        f"    <updated>{day}T00:00:00Z</updated>",
    ]
    if doc.speaker:
        parts.append(f"    <author><name>{xml_text(doc.speaker.name)}</name></author>")
    parts += [f"    <category term={quoteattr(_XML_DROPPED.sub('', t))}/>" for t in doc.themes]  # quoteattr escapes
    summary = f"{doc.kind}, {doc.date or 'undated'}, {len(doc.proposals)} proposal(s)"
    parts += [f"    <summary>{xml_text(summary)}</summary>", "  </entry>"]
    return "\n".join(parts)


def feed(archive: Archive, directory_urls: bool = True) -> str:
    """An Atom feed of every document, newest first, dated by the newest document."""
    docs = sorted(archive.documents, key=lambda d: (feed_date(d) or "", d.id), reverse=True)
    newest = max((feed_date(d) for d in docs if feed_date(d)), default="1970-01-01")
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{xml_text(SITE_NAME)}</title>",
        "  <id>urn:sco-archive:feed</id>",
        '  <link rel="self" href="feed.xml"/>',
        '  <link href="./"/>',
        f"  <updated>{newest}T00:00:00Z</updated>",
    ]
    return "\n".join(head + [feed_entry(d, directory_urls) for d in docs] + ["</feed>"]) + "\n"
