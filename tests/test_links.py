"""Links: the offline checker (tests/linkcheck.py) finds every internal link and anchor of the built
seed site resolving, and reports the broken ones of a hand-made fixture and of a damaged seed site."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from . import linkcheck

from .conftest import ROOT
from .sitekit import build_site, make_project

BROKEN = ROOT / "tests" / "data" / "linkcheck" / "broken-site"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The seed site, built strictly."""
    project = make_project(tmp_path_factory.mktemp("links") / "archive")
    assert build_site(project, project / "site", strict=True) == []
    return project / "site"


def test_every_internal_link_and_anchor_of_the_seed_site_resolves(site, seed_archive):
    report = linkcheck.scan(site)
    assert report.problems == []
    assert report.pages == len(list(site.rglob("*.html"))) >= 11 + len(seed_archive.documents) + len(seed_archive.meetings)
    assert report.links > 50 * len(seed_archive.documents) and report.anchors > 10 * len(seed_archive.documents)


def test_the_fixture_s_six_broken_links_are_reported_and_nothing_else():
    report = linkcheck.scan(BROKEN)
    assert (report.pages, report.links, report.anchors) == (2, 18, 8)
    assert report.problems == [
        "index.html: broken anchor about/#nobody (no id 'nobody' in about/index.html)",
        "index.html: broken link missing.html (no such file)",
        "index.html: broken link empty/ (a folder without index.html)",
        "index.html: broken link ../outside.html (points outside the site)",
        "index.html: broken anchor #nowhere (no id 'nowhere' in index.html)",
        "index.html: broken link img/missing.svg (no such file)",
    ]


def test_links_under_the_site_url_count_as_internal(tmp_path):
    shutil.copytree(BROKEN, tmp_path / "site")
    page = tmp_path / "site" / "about" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "</body>", '<a href="https://example.org/archive/missing/">x</a><a href="https://example.org/archive/#top">y</a></body>'),
        encoding="utf-8")
    assert linkcheck.check(tmp_path / "site") == linkcheck.check(BROKEN)
    problems = linkcheck.check(tmp_path / "site", site_url="https://example.org/archive/")
    assert problems[0] == "about/index.html: broken link https://example.org/archive/missing/ (no such folder)"
    assert len(problems) == 7


def test_a_damaged_seed_site_is_caught(site, tmp_path, seed_archive):
    damaged = tmp_path / "site"
    shutil.copytree(site, damaged)
    shutil.rmtree(damaged / "documents" / "001-e29fc6cbd48e96a3")
    timeline = damaged / "timeline" / "index.html"
    text = timeline.read_text(encoding="utf-8")
    assert text.count(' id="2021"') == 1
    timeline.write_text(text.replace(' id="2021"', ' id="year-2021"'), encoding="utf-8")
    problems = linkcheck.check(damaged)
    assert problems and all("001-e29fc6cbd48e96a3" in p or "#2021" in p for p in problems), problems
    assert {p.split(":")[0] for p in problems} >= {"documents/index.html", "timeline/index.html", "proposals/index.html"}
    assert any("broken anchor" in p and "#2021" in p for p in problems), problems


def test_the_command_line_exits_1_on_problems(capsys):
    assert linkcheck.main([str(BROKEN)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 6 and "2 pages, 18 internal links, 8 anchors, 6 problem(s)" in err
    assert os.path.isdir(BROKEN / "empty")
