"""The `sco-archive` MkDocs plugin: glue only. Runs the pipeline and adds the generated files as
virtual files (nothing is written to docs/), then indexes the built site with Pagefind.

    plugins:
      - search
      - tags
      - sco-archive:
          seeds: seeds      # relative to mkdocs.yml
          pagefind: true    # index the built site for the search and filter page
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from . import incremental
from .pipeline import Cache
from .publish.downloads import Pieces, Streamed, write_pieces
from .publish.indexing import reproducibility_notice
from .publish.search_index import Indexer, index_site
from .render.pages import page_sources
from .publish.site import CSS_URI, SCRIPT_URI, WORKER_URI, Content, plan, site_of
from .terminal import escape

log = logging.getLogger("mkdocs.plugins.sco_archive")

# Kept across the rebuilds of `mkdocs serve` (which makes a new plugin per build): only changed texts
# are extracted again.
_CACHE = Cache()
_PIECES = Pieces()  # the same for the downloads: only the changed documents' parts are made again

# Sections of a document page that the header search does not need (the facts, proposals and text
# are what readers search for): the evidence table with the removed lines, and the citation.
_NOT_SEARCHED = ("provenance", "cite")

# What page.content holds while a generated page's HTML is put away (never written to a page).
_PUT_AWAY = "<!-- sco-archive: HTML kept compressed until this page is built -->"

# Material's search worker in the `__config` JSON of a page, e.g. "../assets/javascripts/workers/search.a7633da7.min.js"
_MATERIAL_WORKER = re.compile(r'("search":\s*"[^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js')


class ArchiveConfig(Config):
    """Options of the plugin in mkdocs.yml."""

    seeds = c.Type(str, default="seeds")
    pagefind = c.Type(bool, default=True)


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    """Generated archive pages as virtual files, plus Pagefind after the build."""

    def __init__(self) -> None:
        super().__init__()
        self._put_away: dict[str, bytes] = {}
        self._rebuild = incremental.Rebuild()  # this build's, from on_pre_build
        self._indexer: Indexer | None = None  # `mkdocs build`: search shards indexed as pages are written

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Under `mkdocs serve`, rebuilds keep the pages whose Markdown did not change (incremental.py)."""
        incremental.enable(command == "serve")

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self._rebuild = incremental.Rebuild(config.site_dir)
        self._indexer = Indexer(Path(config.site_dir)) if self.config.pagefind and not incremental.ENABLED else None

    def on_pre_page(self, page, *, config: MkDocsConfig, files: Files):
        self._rebuild.pre_page(page)
        return page

    def on_build_error(self, *, error: Exception) -> None:
        self._rebuild.finish(ok=False)
        if self._indexer is not None:
            self._indexer.abandon()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Add our templates to the theme, and our stylesheet and script to the pages.

        Our templates come after the project's own `custom_dir` and before the theme's: besides our
        page templates they override a Material partial (partials/search.html, for accessibility)."""
        ours = str(resources.files("sco_archive").joinpath("templates"))
        dirs = config.theme.dirs
        if ours not in dirs:
            dirs.insert(1 if config.theme.custom_dir else 0, ours)
        if CSS_URI not in config.extra_css:
            config.extra_css.append(CSS_URI)
        if SCRIPT_URI not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(SCRIPT_URI)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Run the pipeline; add every generated file; log warnings and input errors naming the file."""
        project = Path(config.config_file_path).parent
        intro = files.get_file_from_path("index.md")
        site = site_of(config)
        _PIECES.next_build()
        generated = plan(project, self.config.seeds, Path(config.docs_dir), site, _CACHE,
                         _PIECES if incremental.ENABLED else None)
        for line in generated.archive.errors + generated.problems:  # (file names and values escaped)
            log.warning(escape(line))
        for doc in generated.archive.documents:
            for warning in doc.warnings:
                if warning.field != "sidecar":  # already logged above as an input error
                    log.warning(f"{escape(doc.source)}: {escape(warning)}")
        if intro is not None and not intro.generated_by:
            files.remove(intro)  # its text became the introduction of the generated home page
        for uri, content in generated.files.items():
            existing = files.get_file_from_path(uri)
            if existing is not None:
                log.warning(f"{escape(Path(config.docs_dir, uri))} hides the generated page {uri}; rename one of them")
                continue
            files.append(_virtual_file(config, uri, content, self._rebuild))
        if self.config.pagefind and incremental.ENABLED:  # (lunr's index would need every page's text)
            self._rebuild.plan(files, config, MadeFile, page_sources(generated.archive, site))
        return files

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """Under serve, templates are compiled once, not again at every rebuild (incremental.Compiled)."""
        if incremental.ENABLED:
            env.bytecode_cache = incremental.TEMPLATES
        return env

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        """Watch the seeds folder itself, not what is under it (also when it is not under `watch:`).

        The archive reads seeds/ flat, and MkDocs' watcher follows links: watched recursively, a link
        to `.` or `..` in seeds/ is walked in circles on every poll and memory grows without bound.
        A `watch:` entry for seeds/ (or a folder in it) is taken out, since MkDocs adds each one
        recursively after this event; a folder that holds seeds/ is left, with a warning.
        """
        seeds = (Path(config.config_file_path).parent / self.config.seeds).resolve()
        kept = []
        for watched in config.watch:
            path = Path(watched).resolve()
            if path == seeds or seeds in path.parents:
                continue
            if path in seeds.parents:
                log.warning(f"watch: {watched} holds the seeds folder and is watched with every folder under it; "
                            "a link to a folder in seeds/ would be followed (watch seeds/ instead)")
            kept.append(watched)
        config.watch[:] = kept
        if seeds.is_dir():
            server.watch(str(seeds), recursive=False)
        return server

    @event_priority(-100)  # after other plugins: the HTML is put away compressed until the page is built
    def on_page_content(self, html: str, *, page, config: MkDocsConfig, files: Files) -> str:
        """Decide what the header search indexes.

        With Pagefind (the default), Pagefind indexes every page Material's search would have (all but
        those with `search: exclude`) and answers the header search through our worker; lunr's index
        is left empty, since every page would fetch it whole (24.5 MB at 5,000 documents). Document
        pages mark their own Pagefind body (sco-document.html). Without Pagefind, lunr indexes as
        usual, minus a document's provenance, removed lines and citation (headings marked
        `data-search-exclude`, which Material strips again: the HTML is unchanged).
        """
        self._rebuild.page_content(page)
        searched = not (page.meta.get("search") or {}).get("exclude")
        if self.config.pagefind:
            if searched and page.meta.get("template") != "sco-document.html":
                html = f"<div data-pagefind-body>\n{html}\n</div>"
            start = html.find('<h2 id="provenance">') if page.meta.get("template") == "sco-document.html" else -1
            if start >= 0:  # provenance, removed lines and citation: not what readers search for
                # (search_index.NOT_INDEXED: Pagefind is not even given them)
                html = f'{html[:start]}<div data-pagefind-ignore="all">\n{html[start:]}\n</div>'
            html = _not_excerpted(html)

            page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        elif _inclusion(page.file.src_uri) is InclusionLevel.NOT_IN_NAV and page.file.src_uri.startswith("documents/"):
            for section in _NOT_SEARCHED:
                html = html.replace(f'<h2 id="{section}">', f'<h2 data-search-exclude="true" id="{section}">', 1)
        if isinstance(page.file, MadeFile):
            # MkDocs renders every page's Markdown before it builds the first one, and keeps both, so
            # the whole archive would sit in memory twice. The Markdown is not read again (only
            # `title` looks at it: None would blank it); the HTML is kept compressed until the page
            # is built (about 1/4 of the memory), see on_page_context.
            page.markdown = ""
            if _put_away_kind(page):  # documents and meetings;
                # not the index pages, which Material's tags plugin fills in between the two passes
                self._put_away[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
                return _PUT_AWAY
        return html

    @event_priority(100)  # before other plugins (and Material's search) read page.content
    def on_page_context(self, context, *, page, config: MkDocsConfig, nav):
        """Give a generated page its HTML back, just before its template is rendered."""
        stored = self._put_away.pop(page.file.src_uri, None)
        if stored is not None and page.content == _PUT_AWAY:
            page.content = zlib.decompress(stored).decode("utf-8")
        return context

    @event_priority(-100)
    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        """With Pagefind, point Material's search worker at ours (in the page's `__config` JSON).

        A generated page's HTML is dropped once the page is written (MkDocs would keep it)."""
        if _put_away_kind(page):
            page.content = None
        if self.config.pagefind:
            output = _our_worker(output, config)
        output = self._rebuild.page_written(page, output)
        if self._indexer is not None:
            self._indexer.page(page.file.dest_uri, output)
        return output

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        """The same for pages built from a theme template alone (404.html)."""
        return _our_worker(output_content, config) if self.config.pagefind else output_content

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Index the built site with Pagefind, so the filter page works after any build."""
        self._rebuild.after(lambda: self._index(config))

    def _index(self, config: MkDocsConfig) -> None:
        if self.config.pagefind:
            # in shards, each of a bounded size; under serve only the shards whose pages changed
            problem = (self._indexer.finish() if self._indexer is not None
                       else index_site(Path(config.site_dir), self._rebuild.outputs, self._rebuild))
            if problem:
                log.warning(escape(problem))
            elif notice := reproducibility_notice():
                log.info(notice)  # not a warning: the site is right, only not byte-identical run to run


# What the header search shows no excerpt of (Pagefind takes a result's title and excerpt from the
# page's text): the "¶" of each heading's permalink, and the facts box of document and meeting pages
# (an excerpt read "Fact Value Body Council of ..." instead of the sentence that matched).
_NOT_EXCERPTED = (('<a class="headerlink"', '<a class="headerlink" data-pagefind-ignore="all"'),
                  ('<div class="admonition info sco-facts">', '<div class="admonition info sco-facts" data-pagefind-ignore="all">'))


def _not_excerpted(html: str) -> str:
    """The page's HTML with its permalinks and facts box left out of Pagefind's index."""
    for mark, ignored in _NOT_EXCERPTED:
        html = html.replace(mark, ignored)
    return html


def _our_worker(output: str, config: MkDocsConfig) -> str:
    search_page = "search/" if config.use_directory_urls else "search.html"
    return _MATERIAL_WORKER.sub(lambda m: f"{m[1]}{WORKER_URI}?page={search_page}", output, count=1)


class MadeFile(File):
    """A generated file made when MkDocs reads or copies it, and not kept afterwards.

    MkDocs keeps every `File` for the whole build; with in-memory content that would hold every
    generated page (≈110 MB at 5,000 documents) twice, once here and once as the page's Markdown.
    Through File's public interface only: its content properties, `copy_file` and `is_modified`.
    """

    make: Callable[[], str | bytes]
    assigned: str | bytes | None = None  # content another plugin set, which then stands for what `make` makes

    @classmethod
    def made_by(cls, config: MkDocsConfig, uri: str, make: Callable[[], str | bytes]) -> MadeFile:
        made = cls.generated(config, uri, content="", inclusion=_inclusion(uri))
        made.make = make
        return made

    def _made(self) -> str | bytes:
        return self.make() if self.assigned is None else self.assigned

    @property
    def content_bytes(self) -> bytes:
        made = self._made()
        return made.encode("utf-8") if isinstance(made, str) else made

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self.assigned = value

    @property
    def content_string(self) -> str:
        made = self._made()
        return made if isinstance(made, str) else made.decode("utf-8-sig")

    @content_string.setter
    def content_string(self, value: str) -> None:
        self.assigned = value

    def is_modified(self) -> bool:
        return True

    def copy_file(self, dirty: bool = False) -> None:
        path = Path(self.abs_dest_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.assigned is None and isinstance(self.make, Streamed):
            write_pieces(path, self.make)
        else:
            path.write_bytes(self.content_bytes)


class CopiedFile(File):
    """A raw source text, copied into the site; under serve, one unchanged since the previous build is put
    back from it instead (incremental.Rebuild.copy_back: MkDocs copied all of them again every build)."""

    rebuild: incremental.Rebuild | None = None

    def copy_file(self, dirty: bool = False) -> None:
        if self.rebuild is None or not self.rebuild.copy_back(self.dest_uri, self.abs_src_path):
            super().copy_file(dirty)


def _virtual_file(config: MkDocsConfig, uri: str, content: Content, rebuild: incremental.Rebuild) -> File:
    """A generated file for MkDocs: copied from disk (raw sources), made on demand, or in memory."""
    if isinstance(content, Path):
        copied = CopiedFile.generated(config, uri, abs_src_path=str(content), inclusion=_inclusion(uri))
        copied.rebuild = rebuild if incremental.ENABLED else None
        return copied
    if callable(content):
        return MadeFile.made_by(config, uri, content)
    return File.generated(config, uri, content=content, inclusion=_inclusion(uri))


def _put_away_kind(page) -> bool:
    """A generated document or meeting page: its HTML is kept compressed between MkDocs' passes."""
    return isinstance(page.file, MadeFile) and page.file.inclusion is InclusionLevel.NOT_IN_NAV


def _inclusion(uri: str) -> InclusionLevel:
    """Document and meeting pages are listed on index pages, never in the nav."""
    if uri.startswith(("documents/", "meetings/")) and uri not in ("documents/index.md", "meetings/index.md"):
        return InclusionLevel.NOT_IN_NAV
    return InclusionLevel.UNDEFINED
