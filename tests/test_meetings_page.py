"""The meetings index (issue 17.11: /meetings/ was a 404): every meeting, newest first, in the nav."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sco_archive.render.index import Index
from sco_archive.render.meetings import meetings_page
from sco_archive.render.pages import pages

from .sitekit import build_site, make_project


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("meetings") / "archive")
    assert build_site(project, project / "site") == []
    return project / "site"


def test_meetings_index_lists_every_meeting_newest_first_with_its_facts(seed_archive):
    text = pages(seed_archive)["meetings/index.md"]
    rows = [line for line in text.splitlines() if line.startswith("| 20")]
    dates = [row.split(" | ")[0].lstrip("| ").replace("\\", "") for row in rows]
    assert dates == ["2023-05-05", "2021-07-14", "2020-11-10", "2020-09-10"]
    moscow = rows[-1]
    assert "[Council of Foreign Ministers, Moscow, 10 September 2020](2020-09-10-council-of-foreign-ministers-moscow.md)" in moscow
    assert "[Council of Foreign Ministers](../bodies.md#body-council-of-foreign-ministers)" in moscow
    assert moscow.endswith("| Moscow, Russia | 2 | 5 |")  # two documents, five proposals
    assert "(20th meeting)" in rows[2]


def test_meetings_index_of_an_empty_archive(seed_archive):
    from dataclasses import replace

    assert "No meetings yet." in meetings_page(Index(replace(seed_archive, documents=(), meetings=())))


def test_meetings_folder_is_a_page_linked_from_the_nav(site):
    page = (site / "meetings" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<h1 id="meetings">Meetings<', page)
    for slug in ("2023-05-05-council-of-foreign-ministers-goa", "2020-09-10-council-of-foreign-ministers-moscow"):
        assert f'href="{slug}/"' in page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="meetings/"[^>]*class="md-nav__link', home), "no Meetings entry in the nav"
