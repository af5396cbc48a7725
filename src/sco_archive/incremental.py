"""Incremental rebuilds under `mkdocs serve`: a page whose Markdown is what it was last build keeps its HTML.

MkDocs rebuilds the whole site on every change (`mkdocs serve` runs a full build each time, and its
`--dirty` mode only knows files on disk by their mtime, not generated pages). The plugin re-runs
the pipeline, which is cheap with the content-hash cache; what costs is turning ~2 pages per text
into HTML. So, across the rebuilds of one serve process:

- before the build, the previous site is set aside (one rename) and MkDocs builds into an empty folder;
- every generated page's Markdown is made and hashed; a page is *kept* when its Markdown and the
  site-wide inputs (mkdocs.yml, the hand-written pages, the nav pages' front matter, the versions)
  are what they were. A kept page is read from its front matter only (its metadata still reaches the
  tags plugin and the sitemap), rendered through an empty template (MkDocs writes nothing for it) and
  its previous HTML is moved back into place;
- everything else (changed pages, hand-written pages, the tags listing, downloads, static files) is
  built as usual, and the search index re-indexes only the shards whose pages changed (search_index.py).

A document page's HTML depends on its own Markdown and on the site-wide inputs only (it is in no
nav, so it has no previous/next links); a nav page's also on the nav's titles, which are in the
site-wide digest. The tags listing depends on every page, so it is always built. Anything unsure
falls back to building the page: a missing previous file, a failed build, another site folder.
`tests/test_incremental.py` compares a site rebuilt through a series of edits with a clean build.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__

# Set by the plugin when MkDocs starts `serve`; a one-off `mkdocs build` has no previous build.
ENABLED = False

KEPT_TEMPLATE = "sco-kept.html"  # renders nothing: MkDocs then writes nothing for the page
_TAGS_LISTING = "<!-- material/tags"  # a page that lists every page's tags: always built


@dataclass
class Built:
    """What a finished build leaves for the next one: the digests of its inputs and outputs."""

    site_digest: str
    sources: dict[str, str]  # src_uri -> digest of the page's Markdown
    outputs: dict[str, tuple[str, bool]]  # dest_uri -> (digest of the HTML, indexed by Pagefind)
    shards: dict[str, str] = field(default_factory=dict)  # bundle folder -> digest of what it indexes
    anchors: dict[str, frozenset[str]] = field(default_factory=dict)  # src_uri -> the ids links may point at


_PREVIOUS: dict[str, Built] = {}  # by site folder


def enable(on: bool = True) -> None:
    """Keep unchanged pages across builds (the plugin calls this when `mkdocs serve` starts)."""
    global ENABLED
    ENABLED = on


def digest(data: str | bytes) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def front_matter(markdown: str) -> str:
    """The front matter block of a page (with its fences), or '' when it has none."""
    if not markdown.startswith("---\n"):
        return ""
    end = markdown.find("\n---\n", 3)
    return markdown[: end + 5] if end >= 0 else ""


class _QuietKept(logging.Filter):
    """Drops MkDocs' "Page skipped ... empty output" line for the pages kept on purpose."""

    def __init__(self, kept: set[str]) -> None:
        super().__init__()
        self.kept = kept

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        prefix = "Page skipped: '"
        return not (message.startswith(prefix) and message[len(prefix):].split("'", 1)[0] in self.kept)


class Rebuild:
    """One build: what is kept from the previous one, and the digests this one leaves."""

    def __init__(self, site_dir: str | Path | None = None) -> None:
        self.site_dir = Path(site_dir or ".")
        self.key = str(self.site_dir.resolve())
        self.previous = _PREVIOUS.pop(self.key, None) if ENABLED and site_dir else None
        self.stash: Path | None = None
        self.site_digest = ""
        self.sources: dict[str, str] = {}
        self.outputs: dict[str, tuple[str, bool]] = {}
        self.shards: dict[str, str] = {}
        self.anchors: dict[str, frozenset[str]] = {}
        self.kept: set[str] = set()  # src_uri of the kept pages
        self._quiet = _QuietKept(self.kept)
        if self.previous is not None and self.site_dir.is_dir():
            # The previous site, set aside before MkDocs empties the folder (a rename, not a copy).
            self.stash = self.site_dir.with_name(self.site_dir.name + ".sco-previous")
            shutil.rmtree(self.stash, ignore_errors=True)
            os.replace(self.site_dir, self.stash)
            self.site_dir.mkdir()
            logging.getLogger("mkdocs.commands.build").addFilter(self._quiet)

    def plan(self, files, config, made: type) -> None:
        """Hash every page's Markdown and choose the pages to keep (`made`: the plugin's generated-file class)."""
        if not ENABLED:
            return
        site = hashlib.sha256(f"{__version__}\0{_versions()}\0".encode())
        if config.config_file_path and Path(config.config_file_path).is_file():
            site.update(Path(config.config_file_path).read_bytes())
        generated = []
        for file in files.documentation_pages():
            if isinstance(file, made):
                text = file.content_string
                self.sources[file.src_uri] = digest(text)
                generated.append((file, text))
                if not file.inclusion.is_not_in_nav():  # a nav page: its title is in every page's nav
                    site.update(f"\0{file.src_uri}\0{front_matter(text)}".encode())
            else:  # a hand-written page: few, rarely edited; any change rebuilds every page
                site.update(f"\0{file.src_uri}\0".encode() + file.content_bytes)
        self.site_digest = site.hexdigest()
        previous = self.previous
        if previous is None or self.stash is None or previous.site_digest != self.site_digest:
            return
        for file, text in generated:
            if (previous.sources.get(file.src_uri) == self.sources[file.src_uri] and _TAGS_LISTING not in text
                    and file.dest_uri in previous.outputs and (self.stash / file.dest_uri).is_file()):
                head = front_matter(text)
                file.make = lambda head=head: head  # read for its metadata only
                self.kept.add(file.src_uri)

    def page_content(self, page) -> None:
        """A kept page is rendered through the empty template (its HTML is moved back in `page_written`);
        it keeps the anchors it had, so that links into it are checked as before."""
        uri = page.file.src_uri
        if uri in self.kept:
            page.meta["template"] = KEPT_TEMPLATE
            page.present_anchor_ids = set(self.previous.anchors.get(uri, ()))
        if ENABLED and page.present_anchor_ids is not None:
            self.anchors[uri] = frozenset(page.present_anchor_ids)

    def page_written(self, page, output: str) -> str:
        """Record a page's HTML; for a kept page, move its previous HTML back and let MkDocs write nothing."""
        uri = page.file.dest_uri
        if page.file.src_uri in self.kept:
            target = Path(page.file.abs_dest_path)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.stash / uri, target)
            self.outputs[uri] = self.previous.outputs[uri]
            return ""
        if output.strip():
            self.outputs[uri] = (digest(output), "data-pagefind-body" in output)
        return output

    def previous_bundle(self, name: str, shard_digest: str) -> Path | None:
        """The previous build's search bundle `name` when it indexed the very same pages, else None."""
        self.shards[name] = shard_digest
        if self.previous is None or self.stash is None or self.previous.shards.get(name) != shard_digest:
            return None
        bundle = self.stash / name
        return bundle if bundle.is_dir() else None

    def finish(self, ok: bool = True) -> None:
        """Remember this build for the next (when it succeeded) and drop the previous site."""
        logging.getLogger("mkdocs.commands.build").removeFilter(self._quiet)
        if ENABLED and ok and self.site_digest:
            _PREVIOUS[self.key] = Built(self.site_digest, self.sources, self.outputs, self.shards, self.anchors)
        if self.stash is not None:
            shutil.rmtree(self.stash, ignore_errors=True)
            self.stash = None


def _versions() -> str:
    """MkDocs' and the theme's versions: a new one may render any page differently."""
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions"):
        try:
            found.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}=-")
    return ",".join(found)
