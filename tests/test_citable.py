"""A site researchers can cite and link into (issue 17): citations by kind, the site's name and address
from mkdocs.yml, a description in brackets for a made-up title, per-proposal anchors, readable
provenance, the header search's index, and the smaller points (titles, plurals, theme names, tag
chips, the feed, the downloads page)."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_archive.cli import main
from sco_archive.extract.publisher import publisher
from sco_archive.model import Archive, Evidence, Paragraph
from sco_archive.publish.feed import feed
from sco_archive.publish.schema import SCHEMA
from sco_archive.publish.site import load_archive
from sco_archive.render.cite import bibtex, cite, plain_citation
from sco_archive.render.document import EVIDENCE_SHOWN, _spans, _window, evidence_cell
from sco_archive.render.index import Site, doc_uri
from sco_archive.render.pages import pages
from sco_archive.serialise import archive_dict

from .conftest import ROOT
from .sitekit import build_site, make_project
from .test_render import _md

EPOCH = "1683331200"
URL = "https://example.org/archive/"
MOSCOW_REPORT = "000_e826e2ac9eb657ac"  # a report quoting Wang Yi, no headline, no publication date
DUSHANBE_REPORT = "001_e29fc6cbd48e96a3"
XI_REMARKS = "003_9ad0c85d99907b88"  # remarks by Xi Jinping, "Xinhua| Updated: 2020-11-11", meeting on 10 November
ATOM = {"a": "http://www.w3.org/2005/Atom"}


@pytest.fixture(scope="module")
def archive() -> Archive:
    return load_archive(ROOT, "seeds")


def _doc(archive: Archive, doc_id: str):
    return next(d for d in archive.documents if d.id == doc_id)


def _build(project: Path, site: Path, site_url: str | None = None) -> Path:
    """Build a project strictly with SOURCE_DATE_EPOCH (and SITE_URL, when given) set."""
    saved = {k: os.environ.get(k) for k in ("SOURCE_DATE_EPOCH", "SITE_URL")}
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    os.environ.pop("SITE_URL", None)
    if site_url:
        os.environ["SITE_URL"] = site_url
    try:
        assert build_site(project, site) == []
    finally:
        for key, value in saved.items():
            os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)
    return site


@pytest.fixture(scope="module")
def published_site(tmp_path_factory) -> Path:
    """The seed site as the Pages workflow builds it: with an absolute site_url."""
    project = make_project(tmp_path_factory.mktemp("published") / "archive")
    return _build(project, project / "site", URL)


@pytest.fixture(scope="module")
def local_site(tmp_path_factory) -> Path:
    """The seed site as `make build` builds it on a laptop: no site_url."""
    project = make_project(tmp_path_factory.mktemp("local") / "archive")
    return _build(project, project / "site")


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------- 17.4 citations


def test_the_author_is_the_speaker_of_a_speech_and_the_named_publisher_of_a_report(archive):
    remarks = cite(_doc(archive, XI_REMARKS), Site())
    assert (remarks.author, remarks.publisher, remarks.date, remarks.date_is_meeting) == ("Xi Jinping", "Xinhua", "2020-11-11", False)
    assert plain_citation(remarks).startswith("Xi Jinping. “Carrying Forward the Shanghai Spirit")
    assert "Remarks. Xinhua, 11 November 2020." in plain_citation(remarks)  # published the 11th, not the meeting's 10th
    entry = bibtex(remarks)
    assert entry.startswith("@misc{sco-003-9ad0c85d99907b88,") and "howpublished = {Remarks}" in entry
    assert "author = {Xi Jinping}" in entry and "date = {2020-11-11}" in entry and "publisher = {Xinhua}" in entry

    record = archive_dict(archive)["documents"][archive.documents.index(_doc(archive, XI_REMARKS))]
    assert record["publisher"] == "Xinhua"  # a field of the record, with its evidence, in `extract --json`
    assert record["evidence"]["publisher"] == {"text": "Xinhua| Updated: 2020-11-11", "rule": "outlet line"}

    report = _doc(archive, MOSCOW_REPORT)  # quotes Wang Yi; names no publisher
    assert report.kind == "report" and report.speaker.name == "Wang Yi" and report.publisher is None
    quoted = cite(report, Site())
    assert quoted.author is None and not plain_citation(quoted).startswith("Wang Yi")
    assert "author" not in bibtex(quoted)

    dateline = Paragraph(1, "BISHKEK, June 14 (Xinhua) -- Wang Yi spoke at the meeting.")
    assert publisher((), (dateline,) + report.paragraphs) == ("Xinhua", Evidence(dateline.text, "dateline"))
    by_agency = cite(replace(report, publisher="Xinhua"), Site())
    assert by_agency.author == "Xinhua" and plain_citation(by_agency).startswith("Xinhua. ")
    assert "author = {{Xinhua}}" in bibtex(by_agency)  # an organisation: braced, never split into names


def test_the_date_is_the_publication_date_else_the_meeting_date_said_so(archive):
    report = cite(_doc(archive, MOSCOW_REPORT), Site())
    assert report.date == "2020-09-10" and report.date_is_meeting
    assert "Report, 10 September 2020 (date of the meeting; the text gives no publication date)." in plain_citation(report)
    assert "note = {Date of the meeting; the text gives no publication date;" in bibtex(report)
    undated = cite(replace(_doc(archive, MOSCOW_REPORT), date=None, published=None), Site())
    assert "Report, n.d." in plain_citation(undated) and "date =" not in bibtex(undated)


def test_the_archive_url_comes_from_an_absolute_site_url_and_an_access_date_is_asked_for(archive):
    doc = _doc(archive, XI_REMARKS)
    with_url = cite(doc, Site(url=URL))
    assert with_url.url == URL + "documents/003-9ad0c85d99907b88/"
    assert f"{with_url.url}. Accessed [date]." in plain_citation(with_url)
    assert f"url = {{{with_url.url}}}" in bibtex(with_url) and "urldate = {[date]}" in bibtex(with_url)
    assert cite(doc, Site(url="https://example.org", directory_urls=False)).url == "https://example.org/documents/003-9ad0c85d99907b88.html"
    for relative in (None, "", "/archive/", "archive/"):
        parts = cite(doc, Site(url=relative))
        assert parts.url is None and "http" not in plain_citation(parts) + bibtex(parts), relative
        assert plain_citation(parts).endswith("Accessed [date].") and "Accessed [date]" in bibtex(parts)
    report = bibtex(cite(_doc(archive, MOSCOW_REPORT), Site(url=URL)))
    assert report.startswith("@online{") and "howpublished" not in report  # a report on the web


def test_a_made_up_title_is_a_description_in_brackets_never_quoted(archive):
    doc = _doc(archive, MOSCOW_REPORT)
    assert doc.title_generated
    described = f"[{doc.title}]"
    parts = cite(doc, Site())
    assert plain_citation(parts).startswith(f"{described}. Report,") and "“" not in plain_citation(parts)
    assert f"title = {{{{{described}}}}}" in bibtex(parts)
    page = pages(archive)[doc_uri(doc)]
    heading_note = page.split(f"# {doc.title}", 1)[1].split("!!! info", 1)[0]
    assert "no headline" in heading_note and "\\[Wang Yi at the SCO Council" in heading_note
    entries = ET.fromstring(feed(archive).encode("utf-8")).findall("a:entry", ATOM)
    assert described in [e.find("a:title", ATOM).text for e in entries]
    titled = _doc(archive, XI_REMARKS)
    assert "“Carrying Forward" in plain_citation(cite(titled, Site())) and "no headline" not in pages(archive)[doc_uri(titled)]


def test_a_document_page_cites_with_the_site_address_and_copy_buttons_have_their_boxes(published_site, local_site):
    page = _html(published_site, "documents/003-9ad0c85d99907b88")
    assert page.count('class="admonition quote sco-cite"') == 2  # the citation and the BibTeX entry, each with a copy button
    assert f"{URL}documents/003-9ad0c85d99907b88/" in page and "Accessed [date]" in page
    local = _html(local_site, "documents/003-9ad0c85d99907b88")
    assert "https://" not in local.split('id="cite"')[1] and "Accessed [date]" in local
    script = (published_site / "assets" / "sco-archive.js").read_text(encoding="utf-8")
    assert ".admonition.sco-cite" in script and "navigator.clipboard.writeText" in script


# ---------------------------------------------------------------- the site's name and address, from one place


def test_init_title_names_the_site_its_pages_feed_and_citations(tmp_path):
    root = tmp_path / "astana"
    assert main(["init", str(root), "--title", "Astana Papers"]) == 0
    site = _build(root, tmp_path / "site")
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "<title>Astana Papers</title>" in home and '<h1 id="astana-papers">Astana Papers' in home
    doc = next((site / "documents").glob("*/index.html")).read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]* - Astana Papers</title>", doc)
    assert "Astana Papers, document " in doc  # the citation names the archive
    assert ET.parse(site / "feed.xml").getroot().find("a:title", ATOM).text == "Astana Papers"
    for path in [site / "index.html", site / "feed.xml", *(site / "documents").glob("*/index.html")]:
        assert "SCO Archive" not in path.read_text(encoding="utf-8"), path


def test_the_home_page_title_names_the_site_once(local_site):
    home = _html(local_site, ".")
    head = home.split("</head>")[0]  # (the charts' SVG <title>s in the body name their marks)
    assert re.findall(r"<title>(.*?)</title>", head) == ["SCO Archive"]


def test_the_feed_links_are_absolute_with_a_site_url_and_relative_with_a_note_without(published_site, local_site):
    root = ET.parse(published_site / "feed.xml").getroot()
    links = [link.get("href") for link in root.iter("{http://www.w3.org/2005/Atom}link")]
    assert links and all(href.startswith(URL) for href in links), links
    assert URL + "documents/003-9ad0c85d99907b88/" in links and URL + "feed.xml" in links
    local = (local_site / "feed.xml").read_text(encoding="utf-8")
    assert "site_url is not set in mkdocs.yml: links are relative to this feed's address" in local
    hrefs = re.findall(r'href="([^"]+)"', local)
    assert hrefs and not any(h.startswith(("http", "/")) for h in hrefs)


# ---------------------------------------------------------------- 17.8 proposals one by one


def test_each_proposal_has_an_anchor_linked_from_the_proposals_table_and_the_meeting_page(local_site, archive):
    doc = _doc(archive, MOSCOW_REPORT)
    page = _html(local_site, "documents/000-e826e2ac9eb657ac")
    assert [f"proposal-{n}" for n in range(1, 6)] == re.findall(r'<p id="(proposal-\d+)">', page)
    table = _html(local_site, "proposals")
    assert 'href="../documents/000-e826e2ac9eb657ac/#proposal-3"' in table
    meeting = _html(local_site, "meetings/2020-09-10-council-of-foreign-ministers-moscow")
    assert 'href="../../documents/000-e826e2ac9eb657ac/#proposal-5"' in meeting
    side = meeting.split('id="proposals-side-by-side"')[1]
    assert re.search(r"<th>[^<]*<a [^>]*>Wang Yi \(report\)</a></th>", side) and "report: " not in side
    data = json.loads((local_site / "archive.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    first = next(d for d in data["documents"] if d["id"] == doc.id)
    assert [p["anchor"] for p in first["proposals"]] == [f"proposal-{n}" for n in range(1, 6)]
    assert set(first["proposals"][0]) == {"number", "text", "summary", "anchor"}  # the contract only grows
    assert SCHEMA["$defs"]["document"]["properties"]["proposals"]["items"]["properties"]["anchor"]["type"] == "string"
    rows = list(csv.DictReader(io.StringIO((local_site / "proposals.csv").read_text(encoding="utf-8"))))
    assert rows[2]["anchor"] == "proposal-3" and rows[2]["url"] == "documents/000-e826e2ac9eb657ac/#proposal-3"


def test_proposal_urls_in_the_csv_are_absolute_with_a_site_url(published_site):
    rows = list(csv.DictReader(io.StringIO((published_site / "proposals.csv").read_text(encoding="utf-8"))))
    assert rows[0]["url"] == URL + "documents/000-e826e2ac9eb657ac/#proposal-1"


def test_side_by_side_columns_are_named_by_speaker_and_kind_and_told_apart(archive):
    doc = _doc(archive, MOSCOW_REPORT)
    twin = replace(doc, id="twin", source="seeds/twin.txt")
    meeting = next(m for m in archive.meetings if m.id == doc.meeting_id)
    grown = Archive(archive.documents + (twin,),
                    tuple(replace(m, documents=m.documents + ("twin",)) if m is meeting else m for m in archive.meetings))
    header = pages(grown)[f"meetings/{meeting.id}.md"].split("## Proposals side by side")[1].strip().splitlines()[0]
    assert "[Wang Yi \\(report, 1\\)](../documents/" in header and "[Wang Yi \\(report, 2\\)](../documents/twin.md)" in header


# ---------------------------------------------------------------- 17.9 provenance


def _provenance(page: str) -> str:
    return page.split("## Provenance", 1)[1].split("## Cite", 1)[0]


def test_provenance_has_labels_linked_rules_highlighted_evidence_and_folded_themes(archive):
    found = pages(archive, site=Site(manual=frozenset({"extraction.md", "overrides.md"})))
    part = _provenance(found[doc_uri(_doc(archive, MOSCOW_REPORT))])
    table, themes = part.split('??? note "Themes (', 1)
    assert "announced\\_proposals" not in part and "themes\\." not in part and "meeting\\.body" not in part
    rows = [line.split(" | ")[0].lstrip("| ") for line in table.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert rows == ["Kind", "Date", "Speaker", "Venue", "Body", "Announced proposals", "Proposals"]
    assert "| Date | 10 September 2020 | On **September 10, 2020** local time" in table
    assert "**Council of Foreign Ministers**" in table and "China's **five** suggestions" in table
    assert "[lead sentence date](../extraction.md#extract-date)" in table
    assert "[announced count](../extraction.md#extract-proposals)" in table
    assert "    | Economy | The global " in themes
    assert "23 mentions: development ×10, economic ×4" in themes and "](../extraction.md#extract-themes)" in themes
    plain = _provenance(pages(archive)[doc_uri(_doc(archive, MOSCOW_REPORT))])  # a site without those pages: no links
    assert "extraction.md" not in plain and "| lead sentence date |" in plain


def test_a_pinned_value_links_to_the_overrides_page(tmp_path):
    project = make_project(tmp_path / "pinned", seeds={
        "a.txt": (ROOT / "seeds" / f"{MOSCOW_REPORT}.txt").read_text(encoding="utf-8"),
        "a.yml": "date: 2020-09-10\n"})
    site = _build(project, project / "site")
    page = _html(site, "documents/a")
    assert re.search(r'<a href="../../overrides/">pinned in seeds/a\.yml:1</a>', page)
    assert 'id="extract-themes"' in _html(site, "extraction")


def test_every_themes_evidence_bolds_a_keyword_of_its_theme(archive):
    """The provenance row of a theme shows the sentence with the theme's keyword in bold."""
    shown = [(doc.id, key, evidence_cell(doc, key, ev)) for doc in archive.documents
             for key, ev in doc.evidence.items() if key.startswith("themes.")]
    assert len(shown) >= 15
    assert all("**" in cell for _, _, cell in shown), [s for s in shown if "**" not in s[2]]



def test_a_theme_keyword_with_capitals_is_bolded_only_as_written(archive):
    """As in extraction: "UN" (multilateralism) is bold in "the UN and ...", never the "un" of "unprecedented"."""
    doc = _doc(archive, MOSCOW_REPORT)
    text = "An unprecedented crisis tests the UN and multilateral institutions."
    ev = Evidence(text, "3 mentions")
    shown = evidence_cell(replace(doc, paragraphs=(Paragraph(1, text),)), "themes.multilateralism", ev)
    assert shown == "An unprecedented crisis tests the **UN** and **multilateral** institutions\\."

def test_long_evidence_is_cut_at_words_with_an_ellipsis_around_the_matched_words(archive):
    doc = _doc(archive, MOSCOW_REPORT)
    words = " ".join(f"word{i}" for i in range(80))
    text = f"{words} the <b>security</b> **cooperation** of {words}."
    long = replace(doc, paragraphs=(Paragraph(1, text),), evidence={"themes.security": Evidence(text, "2 keyword hits (security)")})
    shown = evidence_cell(long, "themes.security", long.evidence["themes.security"])
    assert shown.startswith("… word") and shown.endswith(" …")
    inner = shown[2:-2]
    assert len(inner) <= EVIDENCE_SHOWN + 20 and re.fullmatch(r"word\d+ .* word\d+", inner), inner
    assert "&lt;b&gt;**security**&lt;/b&gt; \\*\\*cooperation\\*\\*" in shown  # escaped text, our bold only
    cut = replace(doc, paragraphs=(Paragraph(1, "Leaders met to discuss independence and trade."),),
                  evidence={"kind": Evidence("Leaders met to discuss indep", "reported speech")})
    assert evidence_cell(cut, "kind", cut.evidence["kind"]) == "Leaders met to discuss …"  # never "indep" without "…"
    whole = replace(cut, evidence={"kind": Evidence("Leaders met to discuss independence and trade.", "reported speech")})
    assert evidence_cell(whole, "kind", whole.evidence["kind"]) == "Leaders met to discuss independence and trade\\."


# ---------------------------------------------------------------- 17.5 the header search's index


def test_the_header_search_indexes_no_permalink_sign_and_no_facts_box(local_site):
    for page in ("documents/001-e29fc6cbd48e96a3", "meetings/2021-07-14-council-of-foreign-ministers-dushanbe", "about"):
        html = _html(local_site, page)
        links = re.findall(r'<a class="headerlink"[^>]*>', html)
        assert links and all('data-pagefind-ignore="all"' in a for a in links), page
    for page in ("documents/001-e29fc6cbd48e96a3", "meetings/2021-07-14-council-of-foreign-ministers-dushanbe"):
        assert '<div class="admonition info sco-facts" data-pagefind-ignore="all">' in _html(local_site, page), page
    worker = (local_site / "assets" / "sco-search-worker.js").read_text(encoding="utf-8")
    assert "PERMALINK" in worker


# ---------------------------------------------------------------- 17.11 the smaller points


def test_counts_are_proper_plurals_on_every_generated_page(archive):
    one = Archive(archive.documents[1:2], tuple(replace(m, documents=(archive.documents[1].id,)) for m in archive.meetings
                                                if m.id == archive.documents[1].meeting_id))
    for found in (pages(archive), pages(one)):
        assert [uri for uri, text in found.items() if "(s)" in text] == []
    home = pages(one)["index.md"]
    assert "**1** document about **1** meeting" in home and "**1** speaker and **5** numbered proposals" in home
    assert "· 1 document\n" in pages(archive)["index.md"] and "· 2 documents" in pages(archive)["index.md"]


def test_theme_names_are_capitalised_for_display_only(archive, local_site):
    found = pages(archive)
    assert "## Security {#theme-security}" in found["themes.md"] and "| Meeting | Culture |" in found["themes.md"]
    assert "[Security](../themes.md#theme-security)" in found[doc_uri(archive.documents[0])]
    meta = found[doc_uri(archive.documents[0])].split("---")[1]
    assert "\n- security\n" in meta  # front matter, tags and filters keep the name as written
    assert '<span data-pagefind-filter="theme">security</span>' in _html(local_site, "documents/001-e29fc6cbd48e96a3")


def test_document_pages_show_no_tag_chips_and_the_tags_index_still_lists_them(local_site):
    page = _html(local_site, "documents/001-e29fc6cbd48e96a3")
    assert 'class="md-tags"' not in page
    tags = _html(local_site, "tags")
    assert 'href="../documents/001-e29fc6cbd48e96a3/"' in tags and "Dushanbe" in tags


def test_the_downloads_page_gives_each_file_its_size_and_the_licence(local_site):
    page = _html(local_site, "downloads")
    for name in ("archive.json", "archive.schema.json", "documents.csv", "proposals.csv", "feed.xml"):
        size = (local_site / name).stat().st_size
        shown = f"{size} bytes" if size < 1000 else f"{size / 1000:.1f} kB" if size < 1_000_000 else f"{size / 1e6:.1f} MB"
        assert re.search(rf'href="../{re.escape(name)}">{re.escape(name)}</a> \({re.escape(shown)}\)', page), (name, shown)
    assert "whose copyright stays with their publishers" in page and "MIT licence" in page


def test_a_publisher_named_by_a_seed_stays_escaped_text(archive):
    doc = _doc(archive, MOSCOW_REPORT)
    assert publisher((), (Paragraph(1, "Source: R&D_News {x} | 2020-09-11"),) + doc.paragraphs)[0] is None  # a name
    # holds letters, digits, spaces and & . ' - only
    line = Paragraph(1, "Source: R&D_News. | 2020-09-11")
    assert publisher((), (line,) + doc.paragraphs) == ("R&D_News", Evidence(line.text, "source line"))
    named = replace(doc, paragraphs=(line,) + doc.paragraphs, publisher="R&D_News")
    page = pages(Archive((named,), archive.meetings))[doc_uri(named)]
    assert "R&amp;D\\_News\\. " in page.split("## Cite")[1]  # in the plain citation: Markdown and HTML escaped
    assert "author = {{R\\&D_News}}" in page


_ANY_DOC = load_archive(ROOT, "seeds").documents[0]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=400),
       st.lists(st.text(min_size=1, max_size=12), max_size=3))
def test_evidence_renders_as_its_own_text_with_only_our_bold(text, words):
    """Whatever the seed's evidence and the words to highlight: the cell renders to the evidence's own
    text (or a piece of it between ellipses) and the only markup is <strong>."""
    doc = replace(_ANY_DOC, paragraphs=(Paragraph(1, text),))
    ev = Evidence(text, "2 keyword hits (x)")
    shown = evidence_cell(doc, "kind", ev)
    if shown == "–":
        return
    line = " ".join(text.replace("\u2028", " ").replace("\u2029", " ").split())
    rendered = _md().convert(shown)
    assert re.fullmatch(r"<p>.*</p>", rendered, re.S), rendered
    inner = re.sub(r"</?strong>", "", rendered[3:-4])
    assert "<" not in inner and ">" not in inner.replace("&gt;", "")
    plain = html.unescape(inner).removeprefix("… ").removesuffix(" …")
    assert plain.strip() in line or plain.strip() == "", (plain, line)
    assert _spans(line, words) == sorted(_spans(line, words))
    start, end = _window(line, _spans(line, words))
    assert 0 <= start <= end <= len(line)
