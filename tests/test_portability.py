"""Beyond MkDocs 1.6 (docs/platform.md): the project as shipped builds with ProperDocs, our plugin
running; the Markdown of `sco-archive generate` builds without our plugin, with ProperDocs and with
Zensical."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import yaml

from .conftest import ROOT, SEEDS
from .sitekit import make_project

TEMPLATES = str(resources.files("sco_archive").joinpath("templates"))
DOCUMENT = "documents/001-e29fc6cbd48e96a3/index.html"
TITLE = "<title>Wang Yi Attends Meeting of Shanghai Cooperation Organization Council of Foreign Ministers"


def generate(docs: Path) -> None:
    """`sco-archive generate` into `docs`."""
    subprocess.run([sys.executable, "-m", "sco_archive.cli", "generate", str(docs), "--quiet"],
                   cwd=ROOT, check=True, capture_output=True, text=True)


def assert_archive_pages(site: Path) -> None:
    """Every seed's page, the meetings, the index pages and the downloads are in `site`."""
    for seed in sorted(SEEDS.glob("*.txt")):
        page = site / "documents" / seed.stem.replace("_", "-") / "index.html"
        assert page.is_file(), page
    assert len(list((site / "meetings").glob("*/index.html"))) >= 4
    for name in ("index.html", "timeline/index.html", "documents/index.html", "proposals/index.html",
                 "speakers/index.html", "venues/index.html", "bodies/index.html", "themes/index.html",
                 "search/index.html", "downloads/index.html", "data-dictionary/index.html", "archive.json",
                 "archive.schema.json", "documents.csv", "proposals.csv", "feed.xml", "filters/facets.json"):
        assert (site / name).is_file(), name
    html = (site / DOCUMENT).read_text(encoding="utf-8")
    assert TITLE in html and "data-pagefind-body" in html  # our document template, not the theme's


def test_the_project_as_shipped_builds_with_properdocs_and_our_plugin_runs(tmp_path):
    """ProperDocs, the maintained fork of MkDocs 1.x, reads mkdocs.yml and runs the sco-archive plugin:
    the generated pages, the downloads, our header-search worker and the Pagefind index are there."""
    project = make_project(tmp_path / "shipped")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1683331200"}
    env.pop("SITE_URL", None)
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml"],
                            cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    site = project / "site"
    assert_archive_pages(site)
    assert "sco-search-worker.js?page=search/" in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert not (project / "docs" / "documents").exists()  # virtual files: nothing written to docs/


def test_generated_markdown_builds_with_properdocs(tmp_path):
    """As docs/platform.md says: the hand-written pages, then the generated ones over them (a document's
    provenance links to the hand-written extraction.md)."""
    project = tmp_path / "portable"
    shutil.copytree(ROOT / "docs", project / "docs")
    generate(project / "docs")
    config = {
        "site_name": "SCO Archive (ProperDocs)",
        "theme": {"name": "material", "font": False, "custom_dir": TEMPLATES},
        "plugins": ["search", "tags"],
        "markdown_extensions": ["admonition", "attr_list", "tables", {"toc": {"permalink": True}}, "pymdownx.details",
                                "pymdownx.escapeall", "pymdownx.highlight", "pymdownx.superfences"],
    }
    (project / "properdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    site = project / "site"
    for seed in sorted(SEEDS.glob("*.txt")):
        page = site / "documents" / seed.stem.replace("_", "-") / "index.html"
        assert page.is_file(), page
    html = (site / DOCUMENT).read_text(encoding="utf-8")
    assert TITLE in html
    assert (site / "archive.json").is_file() and (site / "feed.xml").is_file()


def test_generated_markdown_builds_with_zensical(tmp_path):
    """The recipe of docs/platform.md: the hand-written pages, then the generated ones over them (the
    home page included), built by Zensical from the project's own mkdocs.yml plus our templates and
    stylesheet (which the plugin would have added). Zensical ignores the sco-archive plugin."""
    project = tmp_path / "zensical"
    shutil.copytree(ROOT / "docs", project / "docs")
    generate(project / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert config.count("theme:\n  name: material\n") == 1 and config.count("\nextra:\n") == 1
    config = config.replace("theme:\n  name: material\n", f"theme:\n  name: material\n  custom_dir: {TEMPLATES}\n")
    config = config.replace("\nextra:\n", "\nextra_css:\n  - assets/sco-archive.css\n\nextra:\n")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in ("SITE_URL", "REPO_URL")}
    result = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict"], cwd=project, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, (result.stdout + result.stderr)[-2000:]
    site = project / "site"
    assert_archive_pages(site)
    assert 'content="zensical-' in (site / "index.html").read_text(encoding="utf-8")
    for name in ("about/index.html", "extraction/index.html", "tags/index.html"):
        assert (site / name).is_file(), name
    html = (site / DOCUMENT).read_text(encoding="utf-8")
    assert "assets/sco-archive.css" in html
    # What differs (docs/platform.md): Zensical's own header search, no Pagefind index until Pagefind is run.
    assert (site / "search.json").is_file() and not (site / "pagefind").exists()
    assert "sco-search-worker" not in html
