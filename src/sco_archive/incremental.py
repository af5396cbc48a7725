"""Incremental rebuilds under `mkdocs serve`: a page whose Markdown is what it was last build keeps its HTML.

MkDocs rebuilds the whole site on every change (`mkdocs serve` runs a full build each time, and its
`--dirty` mode only knows files on disk by their mtime, not generated pages). The plugin re-runs
the pipeline, which is cheap with the content-hash cache; what costs is turning ~2 pages per text
into HTML. So, across the rebuilds of one serve process:

- before the build, the previous site is set aside (one rename) and MkDocs builds into an empty folder;
- every generated page's Markdown is made and hashed; a page is *kept* when its Markdown and the
  site-wide inputs (mkdocs.yml, the hand-written pages, the nav pages' front matter, the versions)
  are what they were. A document or meeting page made from records (and archive-wide look-ups, see
  render.pages.page_sources) equal to the previous build's has the Markdown it had, and is not made
  again to be compared. A kept page is not read again: it gets the front matter it had (which the tags
  plugin, the nav and the sitemap read), no content, an empty template (so MkDocs writes nothing for
  it), and its previous HTML is moved back into place;
- a raw source text unchanged since (size and modification time) is moved back too;
- everything else (changed pages, hand-written pages, the tags listing, downloads, static files) is
  built as usual, and the search index re-indexes only the shards whose pages changed (search_index.py),
  in the background: the page is served at once, the search follows a moment later.

A document page's HTML depends on its own Markdown and on the site-wide inputs only (it is in no
nav, so it has no previous/next links); a nav page's also on the nav's titles, which are in the
site-wide digest. The tags listing depends on every page, so it is always built. Anything unsure
falls back to building the page: a missing previous file, a failed build, another site folder.
`tests/test_incremental.py` compares a site rebuilt through a series of edits with a clean build.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import jinja2.bccache

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
    metas: dict[str, dict] = field(default_factory=dict)  # src_uri -> the page's front matter, as read
    made_from: tuple[tuple, dict[str, tuple]] = ((), {})  # render.pages.page_sources: what the pages were made from
    copies: dict[str, tuple[int, int]] = field(default_factory=dict)  # dest_uri -> (size, mtime) of the file copied there


_PREVIOUS: dict[str, Built] = {}  # by site folder
_PENDING: list[threading.Thread] = []  # a rebuild's search indexing, still running


def wait() -> None:
    """Wait for the search indexing of the last rebuild (the next build does, before it touches the site)."""
    while _PENDING:
        _PENDING.pop().join()


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
        if site_dir:
            wait()
        self.site_dir = Path(site_dir or ".")
        self.key = str(self.site_dir.resolve())
        self.previous = _PREVIOUS.pop(self.key, None) if ENABLED and site_dir else None
        self.stash: Path | None = None
        self.site_digest = ""
        self.sources: dict[str, str] = {}
        self.outputs: dict[str, tuple[str, bool]] = {}
        self.shards: dict[str, str] = {}
        self.anchors: dict[str, frozenset[str]] = {}
        self.metas: dict[str, dict] = {}
        self.made_from: tuple[tuple, dict[str, tuple]] = ((), {})
        self.copies: dict[str, tuple[int, int]] = {}
        self.kept: set[str] = set()  # src_uri of the kept pages
        self._folders: set[str] = set()  # folders made for kept pages
        self._quiet = _QuietKept(self.kept)
        if self.previous is not None and self.site_dir.is_dir():
            # The previous site, set aside before MkDocs empties the folder (a rename, not a copy).
            self.stash = self.site_dir.with_name(self.site_dir.name + ".sco-previous")
            shutil.rmtree(self.stash, ignore_errors=True)
            os.replace(self.site_dir, self.stash)
            self.site_dir.mkdir()
            logging.getLogger("mkdocs.commands.build").addFilter(self._quiet)

    def plan(self, files, config, made: type, made_from: tuple[tuple, dict[str, tuple]] = ((), {})) -> None:
        """Hash every page's Markdown and choose the pages to keep (`made`: the plugin's generated-file class;
        `made_from`: what the document and meeting pages are made from, see render.pages.page_sources)."""
        if not ENABLED:
            return
        self.made_from = shared, records = made_from
        before = self.previous.made_from if self.previous is not None else ((), {})
        same_shared = bool(shared) and before[0] == shared
        site = hashlib.sha256(f"{__version__}\0{_versions()}\0".encode())
        if config.config_file_path and Path(config.config_file_path).is_file():
            site.update(Path(config.config_file_path).read_bytes())
        generated = []
        for file in files.documentation_pages():
            if isinstance(file, made):
                uri = file.src_uri
                if same_shared and uri in records and uri in self.previous.sources and before[1].get(uri) == records[uri]:
                    self.sources[uri] = self.previous.sources[uri]  # made from the same records: the same Markdown
                    generated.append((file, ""))
                    continue
                text = file.content_string
                self.sources[uri] = digest(text)
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
                    and file.src_uri in previous.metas and file.dest_uri in previous.outputs
                    and (self.stash / file.dest_uri).is_file()):
                self.kept.add(file.src_uri)
            elif text:  # (public File API) MkDocs reads the page as made here, not made a second time
                file.content_string = text

    def pre_page(self, page) -> None:
        """A kept page is neither read nor turned into HTML: it gets its front matter as read last time
        (for the tags plugin, the nav and the sitemap) and no content."""
        if not ENABLED:
            return
        uri = page.file.src_uri
        if uri in self.kept:
            meta = self.metas[uri] = self.previous.metas[uri]

            def read_source(config) -> None:
                page.markdown, page.meta = "", dict(meta)  # (the plugins set keys in it, never change a value)

            page.read_source = read_source
            page.render = lambda config, files: setattr(page, "content", "")
            return
        read = page.read_source

        def read_and_remember(config) -> None:
            read(config)
            self.metas[uri] = copy.deepcopy(page.meta)

        page.read_source = read_and_remember

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
            folder, name = os.path.split(uri)
            parent = os.path.dirname(folder)
            if parent not in self._folders:
                (self.site_dir / parent).mkdir(parents=True, exist_ok=True)
                self._folders.add(parent)
            if name == "index.html" and folder and page.file.inclusion.is_not_in_nav() and folder not in self._folders:
                os.replace(self.stash / folder, self.site_dir / folder)  # a document's or meeting's own folder
            else:
                (self.site_dir / folder).mkdir(parents=True, exist_ok=True)
                self._folders.add(folder)
                os.replace(self.stash / uri, self.site_dir / uri)
            self.outputs[uri] = self.previous.outputs[uri]
            return ""
        if ENABLED and output.strip():  # (only a serve rebuild compares them; a build has no use for them)
            self.outputs[uri] = (digest(output), "data-pagefind-body" in output)
        return output

    def copy_back(self, dest_uri: str, src: str) -> bool:
        """Put back the previous build's copy of a file unchanged since (the same size and modification
        time, as MkDocs' --dirty decides); False when it is to be copied."""
        try:
            stat = os.stat(src)
            stamp = self.copies[dest_uri] = (stat.st_size, stat.st_mtime_ns)
            if self.previous is None or self.stash is None or self.previous.copies.get(dest_uri) != stamp:
                return False
            folder = os.path.dirname(dest_uri)
            if folder not in self._folders:
                (self.site_dir / folder).mkdir(parents=True, exist_ok=True)
                self._folders.add(folder)
            os.replace(self.stash / dest_uri, self.site_dir / dest_uri)
        except OSError:
            return False
        return True

    def previous_bundle(self, name: str, shard_digest: str) -> Path | None:
        """The previous build's search bundle `name` when it indexed the very same pages, else None."""
        self.shards[name] = shard_digest
        if self.previous is None or self.stash is None or self.previous.shards.get(name) != shard_digest:
            return None
        bundle = self.stash / name
        return bundle if bundle.is_dir() else None

    def after(self, work: Callable[[], None]) -> None:
        """Run the search indexing, then `finish`; on a rebuild under serve in the background, so that the
        changed pages are served at once and the index follows (the next build waits for it)."""

        def run() -> None:
            ok = False
            try:
                work()
                ok = True
            finally:
                self.finish(ok)

        if ENABLED and self.previous is not None:
            thread = threading.Thread(target=run, name="sco-archive search index", daemon=True)
            _PENDING.append(thread)
            thread.start()
        else:
            run()

    def finish(self, ok: bool = True) -> None:
        """Remember this build for the next (when it succeeded) and drop the previous site."""
        logging.getLogger("mkdocs.commands.build").removeFilter(self._quiet)
        if ENABLED and ok and self.site_digest:
            _PREVIOUS[self.key] = Built(self.site_digest, self.sources, self.outputs, self.shards, self.anchors,
                                         self.metas, self.made_from, self.copies)
        if self.stash is not None:
            shutil.rmtree(self.stash, ignore_errors=True)
            self.stash = None


class Compiled(jinja2.BytecodeCache):
    """The theme's templates compiled once for all the rebuilds of a serve process (MkDocs makes a new
    Jinja environment each build, which compiled every template again); Jinja recompiles a template
    whose source changed (each entry is checked against the source's checksum)."""

    def __init__(self) -> None:
        self.codes: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.codes:
            bucket.bytecode_from_string(self.codes[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.codes[bucket.key] = bucket.bytecode_to_string()


TEMPLATES = Compiled()


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
