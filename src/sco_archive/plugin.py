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
from importlib import resources
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from .indexing import run_pagefind
from .pipeline import Cache
from .site import CSS_URI, generate

log = logging.getLogger("mkdocs.plugins.sco_archive")

# Kept across the rebuilds of `mkdocs serve` (which makes a new plugin per build): only changed texts
# are extracted again.
_CACHE = Cache()

# Sections of a document page that the header search does not need (the facts, proposals and text
# are what readers search for): the evidence table with the removed lines, and the citation.
_NOT_SEARCHED = ("provenance", "cite")


class ArchiveConfig(Config):
    """Options of the plugin in mkdocs.yml."""

    seeds = c.Type(str, default="seeds")
    pagefind = c.Type(bool, default=True)


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    """Generated archive pages as virtual files, plus Pagefind after the build."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Add our templates to the theme and our stylesheet to the pages."""
        config.theme.dirs.append(str(resources.files("sco_archive").joinpath("templates")))
        if CSS_URI not in config.extra_css:
            config.extra_css.append(CSS_URI)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Run the pipeline; add every generated file; log warnings and input errors naming the file."""
        project = Path(config.config_file_path).parent
        intro = files.get_file_from_path("index.md")
        generated = generate(project, self.config.seeds, Path(config.docs_dir), config.use_directory_urls, _CACHE)
        for line in generated.archive.errors + generated.problems:
            log.warning(line)
        for doc in generated.archive.documents:
            for warning in doc.warnings:
                if not warning.startswith("sidecar: "):  # already logged above as an input error
                    log.warning(f"{doc.source}: {warning}")
        if intro is not None and not intro.generated_by:
            files.remove(intro)  # its text became the introduction of the generated home page
        for uri, content in generated.files.items():
            existing = files.get_file_from_path(uri)
            if existing is not None:
                log.warning(f"{Path(config.docs_dir, uri)} hides the generated page {uri}; rename one of them")
                continue
            files.append(File.generated(config, uri, content=content, inclusion=_inclusion(uri)))
        return files

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        """Watch the seeds folder too (also when it is not under `watch:`)."""
        seeds = (Path(config.config_file_path).parent / self.config.seeds).resolve()
        if seeds.is_dir() and str(seeds) not in {str(Path(w).resolve()) for w in config.watch}:
            server.watch(str(seeds))
        return server

    def on_page_content(self, html: str, *, page, config: MkDocsConfig, files: Files) -> str:
        """Keep a document's provenance, removed lines and citation out of the header search index.

        Material's search indexes a section unless its heading carries `data-search-exclude`, and then
        strips that attribute from the page: the HTML is unchanged; search_index.json is smaller.
        """
        if _inclusion(page.file.src_uri) is InclusionLevel.NOT_IN_NAV and page.file.src_uri.startswith("documents/"):
            for section in _NOT_SEARCHED:
                html = html.replace(f'<h2 id="{section}">', f'<h2 data-search-exclude="true" id="{section}">', 1)
        return html

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Index the built site with Pagefind, so the filter page works after any build."""
        if self.config.pagefind:
            problem = run_pagefind(Path(config.site_dir))
            if problem:
                log.warning(problem)


def _inclusion(uri: str) -> InclusionLevel:
    """Document and meeting pages are listed on index pages, never in the nav."""
    if uri.startswith(("documents/", "meetings/")) and uri != "documents/index.md":
        return InclusionLevel.NOT_IN_NAV
    return InclusionLevel.UNDEFINED
