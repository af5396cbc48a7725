"""The archive indexed once for the pages, the paths of pages, and the links between them.

Links point to our own `.md` paths (MkDocs validates and rewrites them), so pages do not depend on
`use_directory_urls`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from pymdownx.slugs import slugify as _pymdownx_slugify

from ..dates import long_date
from ..model import Archive, Document, Meeting
from ..slug import slugify, unique
from .markdown import link, md_inline, meta_escape

SITE_NAME = "SCO Archive"  # the name of a site whose mkdocs.yml gives none (MkDocs requires one)


@dataclass(frozen=True)
class Site:
    """What pages say about the site itself, from mkdocs.yml in one place: its name (`site_name`, which
    `sco-archive init --title` writes), its address (`site_url`) and how MkDocs writes page URLs."""

    name: str = SITE_NAME
    url: str | None = None
    directory_urls: bool = True
    manual: frozenset[str] = frozenset()  # hand-written pages of docs/ that generated pages link to, when present
    description: str | None = None  # site_description: the home page's description

    @property
    def base(self) -> str | None:
        """The site's absolute http(s) address ending in "/", or None when site_url is unset or relative
        (a citation or a feed cannot give a reader a relative address)."""
        parts = urlsplit(self.url or "")
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return None
        return self.url if self.url.endswith("/") else self.url + "/"

    def address(self, src_uri: str, anchor: str = "") -> str | None:
        """The absolute URL of a page (and an anchor on it), or None without an absolute site_url."""
        base = self.base
        return base + page_url(src_uri, self.directory_urls) + (f"#{anchor}" if anchor else "") if base else None

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


def page_url(src_uri: str, directory_urls: bool) -> str:
    """The URL of a page relative to the site root, as MkDocs writes it."""
    stem = src_uri[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    return "" if stem == "index" else (stem[: -len("index")] if stem.endswith("/index") else stem + "/")


def rel(from_uri: str, to_uri: str) -> str:
    """A relative link from one page to another path (with an optional #anchor). Our paths are
    relative and made of plain names (no '.' or '..'), so the common folders are all that matter."""
    here, there = from_uri.split("/")[:-1], to_uri.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def noun(count: int, word: str, plural: str | None = None) -> str:
    """The word for `count` things: 'document' for 1, else 'documents' (or the plural given)."""
    return word if count == 1 else plural or word + "s"


def counted(count: int, word: str, plural: str | None = None) -> str:
    """'1 document', '5 documents'."""
    return f"{count} {noun(count, word, plural)}"


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


def by_date_desc(items: list, date) -> list:
    """Newest first, undated last, ties broken by id: a total order."""
    dated = sorted((i for i in items if date(i)), key=lambda i: (date(i), i.id), reverse=True)
    return dated + sorted((i for i in items if not date(i)), key=lambda i: i.id)


# ---------------------------------------------------------------- the archive, indexed once


@dataclass(frozen=True)
class Index:
    """Look-ups over an Archive that several pages share."""

    archive: Archive
    site: Site = field(default_factory=Site)

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
    def theme_labels(self) -> dict[str, str]:
        """Each theme as pages show it: its first letter capitalised ('digital' as 'Digital'), unless that
        is the name of another theme ('security' beside 'Security' stays as written). Ids, slugs, tags
        and data keep the name as written."""
        names = set(self.themes)
        shown = {t: t[:1].upper() + t[1:] for t in self.themes}
        return {t: t if label != t and label in names else label for t, label in shown.items()}

    def theme_label(self, theme: str) -> str:
        """A theme as pages show it (see theme_labels)."""
        return self.theme_labels.get(theme, theme)

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
            groups[_TAG_SLUG(meta_escape(value), "-")].append(value)
        return {value: min(values, key=lambda v: (-counts[v], v)) for values in groups.values() for value in values}


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
    return ", ".join(link(index.theme_label(t), rel(here, "themes.md#" + index.theme_ids[t])) for t in themes)


def doc_line(doc: Document, here: str) -> str:
    """One document in a list: title, kind, speaker, date."""
    who = f" · {md_inline(doc.speaker.name)}" if doc.speaker else ""
    return f"{doc_link(doc, here)} · {md_inline(doc.kind)}{who} · {md_inline(human_date(doc.date))}"


# The slug Material's tags plugin makes of a tag (its heading id on the tags page, without 'tag:'): the
# default `tags_slugify` of the plugin.
_TAG_SLUG = _pymdownx_slugify(case="lower")


def tag_values(doc: Document) -> list[str]:
    """The tags of a document, as written in the seed: speaker, body, city, then its themes."""
    return [x for x in (doc.speaker_name, doc.body, doc.city) if x] + list(doc.themes)


def heading_ids(prefix: str, names: list) -> dict:
    """The heading id of each name (a string, or a tuple of strings joined by '-'), unique on the page:
    names whose slugs are the same ('Security', 'security') take numeric suffixes, in sorted order."""
    ordered = sorted(set(names))
    slugs = [prefix + slugify("-".join(n) if isinstance(n, tuple) else n) for n in ordered]
    return dict(zip(ordered, unique(slugs)))
