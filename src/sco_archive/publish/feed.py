"""The Atom feed of the documents, newest first, dated by its newest document (never the wall clock).

Its title is the site's name. Its links are absolute when mkdocs.yml sets an absolute `site_url`.
Without one the site's address is unknown, so every link is relative to the feed's own address (the
site's root, where feed.xml is), which RFC 4287 allows and feed readers resolve against the URL they
fetched; the feed says so in a comment. (Leaving the feed out would break every local build's
Downloads page for a problem only publishing has; the Pages workflow sets SITE_URL.)
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from ..model import Archive, Document
from ..render.cite import dated_by, described
from ..render.index import Site, doc_uri, page_url
from ..slug import slugify

# Characters XML 1.0 forbids, and bidi controls (which would reorder a feed reader's titles)
_XML_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def xml_text(text: str) -> str:
    """Text safe inside an XML element (escaped; characters XML 1.0 forbids and bidi controls dropped)."""
    return escape(_XML_DROPPED.sub("", text))


def _href(site: Site, src_uri: str) -> str:
    """A page's address: absolute with an absolute site_url, else relative to the site's root."""
    return site.address(src_uri) or page_url(src_uri, site.directory_urls) or "./"


def feed_entry(doc: Document, site: Site) -> str:
    """One Atom entry."""
    day = dated_by(doc) or "1970-01-01"
    parts = [
        "  <entry>",
        f"    <title>{xml_text(described(doc))}</title>",
        f"    <id>urn:sco-archive:document:{slugify(doc.id)}</id>",
        f"    <link href={quoteattr(_href(site, doc_uri(doc)))}/>",
        f"    <updated>{day}T00:00:00Z</updated>",
    ]
    if doc.speaker:
        parts.append(f"    <author><name>{xml_text(doc.speaker.name)}</name></author>")
    parts += [f"    <category term={quoteattr(_XML_DROPPED.sub('', t))}/>" for t in doc.themes]  # quoteattr escapes
    count = len(doc.proposals)
    summary = f"{doc.kind}, {doc.date or 'undated'}, {count} {'proposal' if count == 1 else 'proposals'}"
    parts += [f"    <summary>{xml_text(summary)}</summary>", "  </entry>"]
    return "\n".join(parts)


def feed(archive: Archive, site: Site = Site()) -> str:
    """An Atom feed of every document, newest first, dated by the newest document."""
    docs = sorted(archive.documents, key=lambda d: (dated_by(d) or "", d.id), reverse=True)
    newest = max((dated_by(d) for d in docs if dated_by(d)), default="1970-01-01")
    base = site.base
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        *([] if base else ["  <!-- site_url is not set in mkdocs.yml: links are relative to this feed's address -->"]),
        f"  <title>{xml_text(site.name)}</title>",
        "  <id>urn:sco-archive:feed</id>",
        f"  <link rel=\"self\" href={quoteattr(base + 'feed.xml' if base else 'feed.xml')}/>",
        f"  <link href={quoteattr(base or './')}/>",
        f"  <updated>{newest}T00:00:00Z</updated>",
    ]
    return "\n".join(head + [feed_entry(d, site) for d in docs] + ["</feed>"]) + "\n"
