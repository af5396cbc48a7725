"""The charts drawn at build time (render/charts.py): the timeline's meetings per year by body and the home
page's proposals per meeting. SVG that parses as XML, a box per meeting with the right counts, links that
resolve in either URL style, text alternatives, escaped seed values, the same bytes every time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from . import linkcheck
from sco_archive.render.charts import OTHER, built_link, proposals_chart, timeline_chart
from sco_archive.render.index import Index, Site
from sco_archive.render.pages import pages
from sco_archive.pipeline import run

from .sitekit import build_site, make_project

SVG = "{http://www.w3.org/2000/svg}"
CFM, CHS = "Council of Foreign Ministers", "Council of Heads of State"


def svg_of(text: str) -> ET.Element:
    """The one chart of a page, parsed as XML (ElementTree refuses what is not well-formed)."""
    found = re.findall(r"<svg .*?</svg>", text, re.S)
    assert len(found) == 1, len(found)
    return ET.fromstring(found[0])


def cells(svg: ET.Element) -> dict[tuple[str, str], dict]:
    """Each (year, body) cell of the timeline: its counts and the links of its meetings."""
    out = {}
    for g in svg.iter(f"{SVG}g"):
        if g.get("class") == "sco-chart__cell":
            out[g.get("data-year"), g.get("data-body")] = {
                "meetings": int(g.get("data-meetings")), "documents": int(g.get("data-documents")),
                "proposals": int(g.get("data-proposals")), "links": [a.get("href") for a in g.iter(f"{SVG}a")],
                "names": [a.get("aria-label") for a in g.iter(f"{SVG}a")]}
    return out


def test_timeline_chart_has_a_box_per_meeting_by_year_and_body_with_its_counts(seed_archive):
    svg = svg_of(pages(seed_archive)["timeline.md"])
    assert cells(svg) == {
        ("2023", CFM): {"meetings": 1, "documents": 1, "proposals": 5,
                        "links": ["../meetings/2023-05-05-council-of-foreign-ministers-goa/"],
                        "names": [f"{CFM}, Goa, 5 May 2023: 1 document, 5 numbered proposals"]},
        ("2021", CFM): {"meetings": 1, "documents": 1, "proposals": 5,
                        "links": ["../meetings/2021-07-14-council-of-foreign-ministers-dushanbe/"],
                        "names": [f"{CFM}, Dushanbe, 14 July 2021: 1 document, 5 numbered proposals"]},
        ("2020", CFM): {"meetings": 1, "documents": 2, "proposals": 5,
                        "links": ["../meetings/2020-09-10-council-of-foreign-ministers-moscow/"],
                        "names": [f"{CFM}, Moscow, 10 September 2020: 2 documents, 5 numbered proposals"]},
        ("2020", CHS): {"meetings": 1, "documents": 1, "proposals": 4,
                        "links": ["../meetings/2020-11-10-council-of-heads-of-state-beijing/"],
                        "names": [f"{CHS} (20th meeting), Beijing, 10 November 2020: 1 document, 4 numbered proposals"]},
    }
    years = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "sco-chart__year"]
    assert years == ["2023", "2022", "2021", "2020"]  # newest first, the year without a meeting kept
    shown = " ".join(t.text for t in svg.iter(f"{SVG}text"))
    assert "Moscow, 10 Sep" in shown and "2 docs · 5 proposals" in shown and "Beijing, 10 Nov" in shown


def test_charts_have_text_alternatives(seed_archive):
    made = pages(seed_archive)
    for uri, kind in (("timeline.md", "timeline"), ("index.md", "proposals")):
        text = made[uri]
        svg = svg_of(text)
        assert svg.get("role") == "group"  # not "img": that would hide its links (axe: nested-interactive)
        title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
        assert svg.get("aria-labelledby") == title.get("id") == f"sco-chart-{kind}-title" and title.text
        assert svg.get("aria-describedby") == desc.get("id") and "linked to the meeting" in desc.text.replace("links to", "linked to")
        links = list(svg.iter(f"{SVG}a"))
        assert len(links) == 4 and all(a.get("aria-label") and a.find(f"{SVG}title").text == a.get("aria-label") for a in links)
        assert all(g.get("aria-hidden") == "true" for g in svg.iter(f"{SVG}g") if g.get("class") == "sco-chart__axis")
        assert re.search(r"<figure class=\"sco-chart[^>]*>\n.*<figcaption>[^<]+</figcaption>\n</figure>", text, re.S)
    assert "## 2023" in made["timeline.md"]  # the list of meetings by year is still there, after the chart


def test_home_chart_has_a_bar_per_meeting_with_its_proposals(seed_archive):
    svg = svg_of(pages(seed_archive)["index.md"])
    rows = [(a.get("href"), [t.text for t in a.iter(f"{SVG}text")]) for a in svg.iter(f"{SVG}a")]
    assert rows == [
        ("meetings/2023-05-05-council-of-foreign-ministers-goa/", [f"Goa, 5 May 2023 · {CFM}", "5"]),
        ("meetings/2021-07-14-council-of-foreign-ministers-dushanbe/", [f"Dushanbe, 14 July 2021 · {CFM}", "5"]),
        ("meetings/2020-11-10-council-of-heads-of-state-beijing/", [f"Beijing, 10 November 2020 · {CHS}", "4"]),
        ("meetings/2020-09-10-council-of-foreign-ministers-moscow/", [f"Moscow, 10 September 2020 · {CFM}", "5"]),
    ]
    bars = [float(r.get("width")) for r in svg.iter(f"{SVG}rect") if r.get("class") == "sco-chart__bar"]
    assert bars[0] == bars[1] == bars[3] > bars[2] == pytest.approx(bars[0] * 4 / 5)


def test_chart_links_follow_the_url_style(seed_archive):
    flat = Index(seed_archive, Site(directory_urls=False))
    assert built_link(flat, "timeline.md", "meetings/x.md") == "meetings/x.html"
    assert built_link(flat, "index.md", "meetings/x.md") == "meetings/x.html"
    assert built_link(flat, "meetings/index.md", "meetings/x.md") == "x.html"
    nested = Index(seed_archive)
    assert built_link(nested, "timeline.md", "meetings/x.md") == "../meetings/x/"
    assert built_link(nested, "index.md", "meetings/x.md") == "meetings/x/"
    assert "meetings/2023-05-05-council-of-foreign-ministers-goa.html" in timeline_chart(flat, "timeline.md")


@pytest.mark.parametrize("directory_urls", [True, False], ids=["folders", "html-files"])
def test_every_chart_link_resolves_in_the_built_site(tmp_path, directory_urls):
    project = make_project(tmp_path / "archive")
    if not directory_urls:
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8") + "\nuse_directory_urls: false\n", encoding="utf-8")
    site = project / "site"
    assert build_site(project, site) == []
    report = linkcheck.scan(site)
    assert report.problems == []
    home, timeline = site / "index.html", site / ("timeline/index.html" if directory_urls else "timeline.html")
    for page, count in ((home, 4), (timeline, 4)):
        html = page.read_text(encoding="utf-8")
        assert html.count('class="sco-chart__meeting"') == count, page  # the raw HTML reached the page whole


HOSTILE_BODY = '</text><script>alert(1)</script>"\' & <a href="javascript:alert(2)">x</a>\x07\u202e]]>'
HOSTILE_CITY = "<img src=x onerror=alert(1)> &amp; ]]> \ufffe"


def test_seed_values_in_a_chart_are_escaped(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = ("On May 5, 2023, Foreign Minister Qin Gang attended the meeting of the SCO Council of Foreign Ministers "
            "in Goa.\n\nQin put forward a two-point proposal.\n\nFirst, security.\n\nSecond, trade.\n")
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    import yaml

    (seeds / "a.yml").write_text(yaml.safe_dump({"meeting": {"body": HOSTILE_BODY},
                                                 "venue": {"city": HOSTILE_CITY, "country": "X", "online": False}}),
                                 encoding="utf-8")
    archive = run([str(seeds)])
    assert not archive.errors, archive.errors
    index = Index(archive)
    for chart in (timeline_chart(index, "timeline.md"), proposals_chart(index, "index.md")):
        svg = svg_of(chart)  # well-formed XML: nothing broke out of a text or an attribute
        tags = {e.tag for e in svg.iter()}
        assert tags <= {SVG + t for t in ("svg", "title", "desc", "g", "text", "line", "rect", "a")}, tags
        hrefs = [a.get("href") for a in svg.iter(f"{SVG}a")]
        assert len(hrefs) == 1 and re.fullmatch(r"(\.\./)?meetings/2023-05-05-[a-z0-9-]+/", hrefs[0]), hrefs
        said = " ".join(e.text or "" for e in svg.iter()) + " ".join(v for e in svg.iter() for v in e.attrib.values())
        assert "<script>" in said and "<img src=x" in said  # shown as the text it is ...
        assert "<script>" not in chart and "<img" not in chart and "\x07" not in chart and "\u202e" not in chart
        assert "]]>" not in chart.replace("]]&gt;", "")  # ... and never as markup


def test_many_bodies_share_the_last_column(seed_archive):
    many = []
    for i in range(9):
        base = seed_archive.meetings[i % len(seed_archive.meetings)]
        many.append(replace(base, id=f"{base.id}-{i}", body=f"Body {i}"))
    svg = svg_of(timeline_chart(Index(replace(seed_archive, meetings=tuple(many))), "timeline.md"))
    found = cells(svg)
    assert {body for _, body in found} == {"Body 0", "Body 1", "Body 2", "Body 3", "Body 4", OTHER}
    assert sum(cell["meetings"] for cell in found.values()) == 9  # every meeting still drawn
    assert float(svg.get("width")) == 84 + 6 * 180


def test_no_chart_without_meetings(seed_archive):
    empty = Index(replace(seed_archive, documents=(), meetings=()))
    assert timeline_chart(empty, "timeline.md") == "" == proposals_chart(empty, "index.md")
    assert "<svg" not in pages(replace(seed_archive, documents=(), meetings=()))["timeline.md"]


def test_charts_are_the_same_bytes_every_time(seed_archive):
    """(Also held to the golden pages, tests/golden/timeline.md and index.md, across processes.)"""
    first, again = pages(seed_archive), pages(seed_archive)
    assert first["timeline.md"] == again["timeline.md"] and first["index.md"] == again["index.md"]
