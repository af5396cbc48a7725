"""Helpers for the site tests: copy a project, build it in-process, scan the built HTML."""

from __future__ import annotations

import logging
import shutil
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.structure.files import Files

from .conftest import ROOT

HOSTILE = '<script>alert(1)</script> [x](javascript:alert(1)) {: onclick="x"}'
HOSTILE_TEXT = f"""{HOSTILE}

On May 5, 2023, State Councilor and Foreign Minister Qin Gang attended the meeting of the Shanghai Cooperation Organization Council of Foreign Ministers in Goa.

<script>alert(1)</script>

[x](javascript:alert(1))

{{: onclick="x"}}

    indented <img src=x onerror=alert(1)>

!!! note "x"

??? danger "y"

--8<-- "/etc/passwd"

{{{{ config }}}}

Qin put forward a two-point proposal.

First, <a href="javascript:alert(1)" onmouseover="alert(1)">click</a> security cooperation.

Second, [y](javascript:alert(2)){{: onclick="alert(3)"}} stability and security.
"""
HOSTILE_SIDECAR = """\
title: '<img src=x onerror=alert(1)>"><script>alert(1)</script> [x](javascript:alert(1)) {: onclick="x"}'
speaker: {name: '<script>alert(1)</script>', title: '{: onclick="x"}'}
venue: {city: '[x](javascript:alert(1))', country: '<b onmouseover=alert(1)>India</b>', online: false}
"""


# Facet values a filter must find with and without words (issue 19.9): double spaces, a tab, "&amp;"
# and "&" as text, quotes, "<", "%", "%26" and a backslash. Both texts name "zanzibar", the word searched for.
ODD_SEEDS = {
    "odd.txt": "On March 3, 2022, Foreign Minister Wang Yi attended the meeting of the SCO Council of Foreign "
               "Ministers in Beijing and spoke about zanzibar cooperation.\n\nHe said the zanzibar formula works.\n",
    "odd.yml": "\n".join([
        'speaker: {name: "Ana  \\"Bo\\"\\tLi", title: Minister}',
        'venue: {city: "R&amp;D  City", country: Xland, online: false}',
        "meeting: {body: \"Council of  'Heads'\", number: 1}",
        'themes: ["trade  &amp; \\"quotes\\"", "tab\\there", "a < b & c", "100% %26 sure", "back\\\\slash"]',
    ]) + "\n",
    "plain.txt": "On April 4, 2021, Foreign Minister Qin Gang attended the meeting of the SCO Council of Foreign "
                 "Ministers in Moscow and spoke about zanzibar trade.\n\nHe said zanzibar trade matters.\n",
}
# What each odd value is once written on a page: one line, whitespace runs one space.
ODD_VALUES = {
    "speaker": 'Ana "Bo" Li',
    "city": "R&amp;D City",
    "body": "Council of 'Heads'",
    "theme": ['trade &amp; "quotes"', "tab here", "a < b & c", "100% %26 sure", "back\\slash"],
}


class BuildLog(logging.Handler):
    """Collects the warnings MkDocs and the plugins log during a build."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def make_project(dest: Path, seeds: dict[str, str] | None = None, docs: dict[str, str] | None = None) -> Path:
    """A copy of the project's mkdocs.yml and docs/, with the seeds given (default: the real seeds)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", dest / "docs")
    if seeds is None:
        shutil.copytree(ROOT / "seeds", dest / "seeds")
    else:
        (dest / "seeds").mkdir()
        for name, text in seeds.items():
            (dest / "seeds" / name).write_text(text, encoding="utf-8")
    for name, text in (docs or {}).items():
        (dest / "docs" / name).write_text(text, encoding="utf-8")
    return dest


def build_site(project: Path, site_dir: Path, strict: bool = True) -> list[str]:
    """Build a project in-process into site_dir; return the warnings; raise Abort when strict fails."""
    handler = BuildLog()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=strict)
        build(config)
    finally:
        logger.removeHandler(handler)
    return handler.messages


def virtual_files(project: Path) -> dict[str, bytes]:
    """The files the plugin adds to a build, by src_uri, without building."""
    config = load_config(config_file=str(project / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(Files([]), config=config)
    return {f.src_uri: f.content_bytes for f in files if f.generated_by}


class Scan(HTMLParser):
    """Collects what would run in a page: on* attributes, javascript: URLs, scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.handlers: list[str] = []
        self.js_urls: list[str] = []
        self.script_srcs: list[str] = []
        self.inline_scripts: list[str] = []
        self.outside: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}>")
            if name in {"href", "src", "action", "formaction", "data", "srcdoc"} and value.replace(" ", "").startswith(
                    ("javascript:", "data:text/html", "vbscript:")):
                self.js_urls.append(f"<{tag} {name}={value}>")
            if name in {"src", "srcset"} or (tag == "link" and name == "href"):
                if value.startswith(("http:", "https:", "//")):
                    self.outside.append(f"<{tag} {name}={value}>")
        if tag == "script":
            self._in_script = True
            src = dict(attrs).get("src")
            if src:
                self.script_srcs.append(src)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts.append(data)


def scan_site(site_dir: Path) -> dict[str, Scan]:
    """Scan every HTML file of a built site."""
    scans = {}
    for path in sorted(site_dir.rglob("*.html")):
        scan = Scan()
        scan.feed(path.read_text(encoding="utf-8"))
        scans[str(path.relative_to(site_dir))] = scan
    return scans


__all__ = ["Abort", "HOSTILE", "HOSTILE_SIDECAR", "HOSTILE_TEXT", "ODD_SEEDS", "ODD_VALUES", "build_site", "make_project", "scan_site",
           "virtual_files"]
