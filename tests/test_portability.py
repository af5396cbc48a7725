"""The Markdown of `sco-archive generate` builds without our plugin: here with ProperDocs."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import yaml

from .conftest import ROOT, SEEDS


def test_generated_markdown_builds_with_properdocs(tmp_path):
    project = tmp_path / "portable"
    subprocess.run([sys.executable, "-m", "sco_archive.cli", "generate", str(project / "docs"), "--quiet"],
                   cwd=ROOT, check=True, capture_output=True, text=True)
    config = {
        "site_name": "SCO Archive (ProperDocs)",
        "theme": {"name": "material", "font": False, "custom_dir": str(resources.files("sco_archive").joinpath("templates"))},
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
    html = (site / "documents" / "001-e29fc6cbd48e96a3" / "index.html").read_text(encoding="utf-8")
    assert "<title>Wang Yi Attends Meeting of Shanghai Cooperation Organization Council of Foreign Ministers" in html
    assert (site / "archive.json").is_file() and (site / "feed.xml").is_file()
