"""Site: run the pipeline for a project and collect every generated file (pages, data, sources, CSS).

Shared by the MkDocs plugin (virtual files) and `sco-archive generate` (files on disk), so both
produce the very same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import frontmatter

from .. import collector
from ..model import Archive
from ..pipeline import Cache, run
from ..render.index import Site, source_uri
from ..render.pages import page_makers
from .dictionary import dictionary_page
from .downloads import Pieces, Streamed, data_makers, data_sizes, write_pieces
from .facets import facet_makers

CSS_URI = "assets/sco-archive.css"
WORKER_URI = "assets/sco-search-worker.js"
SCRIPT_URI = "assets/sco-archive.js"


# A generated file: its text or bytes, a file to copy (a raw source), or a function that makes it.
Content = str | bytes | Path | Callable[[], str | bytes]


@dataclass(frozen=True)
class Generated:
    """An archive and the files generated from it, keyed by path under docs/ (sorted)."""

    archive: Archive
    files: dict[str, Content] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def produce(content: Content) -> str | bytes:
    """The text or bytes of a generated file."""
    if isinstance(content, Path):
        return content.read_bytes()
    if callable(content):
        return content()
    return content


def load_archive(project_dir: Path, seeds: str, cache: Cache | None = None) -> Archive:
    """Run the pipeline over a project's seeds, sources named as in the project (seeds/x.txt)."""
    return run([seeds], cache=cache, root=project_dir.resolve())


def read_intro(docs_dir: Path | None) -> tuple[str, str]:
    """The hand-written introduction of the home page (docs/index.md) and its title, if any."""
    path = docs_dir / "index.md" if docs_dir else None
    if path is None or not path.is_file():
        return "", ""
    post = frontmatter.loads(path.read_text(encoding="utf-8-sig").replace("\r\n", "\n"))
    return post.content, str(post.metadata.get("title") or "")


def raw_sources(archive: Archive, project_dir: Path) -> tuple[dict[str, Path], list[str]]:
    """The file of every source text, keyed by site path, and a line per unreadable one.

    Paths, not bytes: the files are copied when the site is written, never all held in memory.
    """
    out: dict[str, Path] = {}
    problems = []
    for doc in archive.documents:
        path = Path(doc.source) if os.path.isabs(doc.source) else project_dir / doc.source
        try:
            with path.open("rb"):
                pass
        except OSError as exc:
            problems.append(f"{doc.source}: raw text cannot be copied ({exc.strerror})")
            continue
        out[source_uri(doc)] = path.resolve()
    return out, problems


def asset(name: str) -> str:
    """A text file shipped in sco_archive/assets: the stylesheet, the page script (focusable wide tables),
    the header search's worker (Material's protocol, answered by Pagefind), the files of a new project."""
    return resources.files("sco_archive").joinpath("assets", name).read_text(encoding="utf-8")


def plan(project_dir: Path, seeds: str = "seeds", docs_dir: Path | None = None,
         site: Site = Site(), cache: Cache | None = None, pieces: Pieces | None = None) -> Generated:
    """Every generated file of a project's site, each made only when asked for (see `produce`); `site`
    is what mkdocs.yml says about the site (name, address, URL style); `cache` and `pieces` keep what
    a rebuild can reuse (pipeline.Cache, downloads.Pieces)."""
    archive = load_archive(project_dir, seeds, cache)
    intro, intro_title = read_intro(docs_dir)
    sources, problems = raw_sources(archive, project_dir)
    data = data_makers(archive, site, pieces)
    files: dict[str, Content] = {
        **page_makers(archive, intro, intro_title, site, lambda: data_sizes(data)),
        **data,
        **sources,
        **facet_makers(archive, site.directory_urls),
        CSS_URI: lambda: asset("sco-archive.css"),
        SCRIPT_URI: lambda: asset("sco-archive.js"),
        WORKER_URI: lambda: asset("sco-search-worker.js"),
        "data-dictionary.md": dictionary_page,
    }
    return Generated(archive, dict(sorted(files.items())), tuple(problems))


def generate(project_dir: Path, seeds: str = "seeds", docs_dir: Path | None = None,
             site: Site = Site(), cache: Cache | None = None) -> Generated:
    """Every generated file of a project's site, made."""
    with collector.paused():  # records and strings, not cycles: see collector.py
        planned = plan(project_dir, seeds, docs_dir, site, cache)
        return replace(planned, files={uri: produce(content) for uri, content in planned.files.items()})


MANUAL = ("extraction.md", "overrides.md")  # hand-written pages the provenance tables link to, when present


def site_of(config) -> Site:
    """What a loaded MkDocs config says about the site: site_name, site_url, use_directory_urls, and which
    of the hand-written pages that explain extraction its docs folder holds."""
    docs = Path(config.docs_dir)
    return Site(config.site_name, config.site_url or None, config.use_directory_urls,
                frozenset(name for name in MANUAL if (docs / name).is_file()), config.site_description or None)


def write(files: dict[str, Content], out_dir: Path) -> None:
    """Write generated files under a folder, bytes as they are and text as UTF-8 with `\\n`."""
    for uri, made in files.items():
        path = out_dir / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(made, Streamed):
            write_pieces(path, made)
            continue
        content = produce(made)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
