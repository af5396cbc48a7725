"""Rendering without MkDocs: escaping helpers, golden pages, downloads, feed, determinism."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import frontmatter
import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_archive.model import Archive, Speaker
from sco_archive.publish.downloads import csv_cell, data_files
from sco_archive.publish.feed import feed
from sco_archive.publish.site import load_archive
from sco_archive.render.frontmatter import page
from sco_archive.render.index import doc_uri, human_date, meeting_title, ordinal, page_url, rel
from sco_archive.render.markdown import cell, fence, link, md_escape, md_inline, meta_escape, table
from sco_archive.render.pages import pages

from .conftest import ROOT
from .update_golden import GOLDEN, golden_pages

HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    '{: onclick="x"}',
    '--8<-- "/etc/passwd"',
    '!!! note "x"',
    "??? danger",
    "{{ config }}",
    "    indented code",
    "# heading",
    "1. list",
    "- item",
    "> quote",
    "<img src=x onerror=alert(1)>",
    "*em* _em_ **strong** `code` ~~del~~",
    "a | b | c",
    "&amp; &lt;b&gt;",
    "Title\n===",
    "\\<script>",
]


def _md() -> markdown.Markdown:
    """Python-Markdown with the site's extensions (read from mkdocs.yml)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!!python", "#").replace("!ENV ", "")
    config = yaml.safe_load(text)
    names, configs = [], {}
    for item in config["markdown_extensions"]:
        name, options = (item, {}) if isinstance(item, str) else next(iter(item.items()))
        names.append(name)
        configs[name] = options or {}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def _text_of(rendered: str) -> str:
    """The text of one rendered paragraph, or fail when it is anything else."""
    match = re.fullmatch(r"<p>(.*)</p>", rendered, re.S)
    assert match, rendered
    assert "<" not in match.group(1), rendered
    return html.unescape(match.group(1))


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escape_renders_hostile_text_literally(text):
    rendered = _md().convert(md_escape(text))
    expected = "\n".join(line.strip() for line in text.split("\n"))
    assert _text_of(rendered) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60))
def test_md_escape_round_trips_any_line(text):
    line = " ".join(text.split())
    if not line:
        return
    # Bidi embeddings, overrides and isolates are removed (issue 19): everything else comes back.
    shown = " ".join(re.sub("[\u202a-\u202e\u2066-\u2069]", "", line).split())
    assert _text_of(_md().convert(md_escape(line))) == shown


def test_table_cells_keep_pipes_and_newlines_inside_the_cell():
    rendered = _md().convert(table(["A", "B"], [[cell("x | y\nz"), cell(None)]]))
    assert rendered.count("<td>") == 2 and "<td>x | y z</td>" in rendered and "<td>–</td>" in rendered


def test_meta_escape_is_plain_escaped_text():
    assert meta_escape('<img src=x onerror="a">\n & \'q\'') == "&lt;img src=x onerror=&quot;a&quot;&gt; &amp; &#x27;q&#x27;"
    assert meta_escape("  two\r\nlines\x00 ") == "two lines"


def test_link_accepts_only_our_own_targets():
    assert link("[a]", "../documents/x.md#y") == "[\\[a\\]](../documents/x.md#y)"
    for bad in ("javascript:alert(1)", "https://example.org/", "x.md) [y](z", "a b.md"):
        with pytest.raises(ValueError):
            link("x", bad)


def test_fence_cannot_be_closed_by_its_content():
    block = fence("a\n```\n````\nb")
    assert block.startswith("`````text\n") and block.endswith("\n`````")


@pytest.mark.parametrize("value", ["no", "12:30", "010", "Meeting: Geneva", "- x", "'q'", '"', "#c", "null", "~", "é"])
def test_front_matter_round_trips_awkward_values(value):
    text = page({"title": value, "list": [value], "n": None}, "# Body")
    assert "\r" not in text and text.endswith("\n")
    post = frontmatter.loads(text)
    assert post.metadata == {"title": value, "list": [value], "n": None} and post.content == "# Body"


def test_small_helpers():
    assert human_date("2020-09-10") == "10 September 2020" and human_date(None) == "undated"
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]
    assert rel("documents/a.md", "meetings/b.md") == "../meetings/b.md"
    assert rel("index.md", "speakers.md#x") == "speakers.md#x"
    assert page_url("documents/a.md", True) == "documents/a/" and page_url("documents/a.md", False) == "documents/a.html"
    assert page_url("index.md", True) == "" and page_url("documents/index.md", True) == "documents/"
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and csv_cell(None) == "" and csv_cell(3) == "3"


@pytest.fixture(scope="module")
def archive() -> Archive:
    """The seeds, named as in the project (seeds/x.txt)."""
    return load_archive(ROOT, "seeds")


def test_golden_pages(archive):
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*.md")}
    found = golden_pages()
    assert sorted(found) == sorted(expected), "pages added or removed: run python -m tests.update_golden"
    changed = [uri for uri in found if found[uri] != expected[uri]]
    assert changed == [], f"pages changed: {changed}; review and run python -m tests.update_golden"


def test_pages_are_deterministic_and_sorted(archive):
    first, second = pages(archive), pages(load_archive(ROOT, "seeds"))
    assert first == second and list(first) == sorted(first)
    assert data_files(archive) == data_files(load_archive(ROOT, "seeds"))


def test_every_meeting_and_document_is_linked_from_an_index_page(archive):
    found = pages(archive)
    index_text = found["timeline.md"] + found["documents/index.md"]
    for doc in archive.documents:
        assert doc_uri(doc) in index_text
    for meeting in archive.meetings:
        assert f"meetings/{meeting.id}.md" in found["timeline.md"]
        assert meeting_title(meeting)


def test_meeting_page_compares_the_proposals_of_each_source(archive):
    doc = archive.documents[0]
    twin = replace(doc, id="twin", source="seeds/twin.txt", proposals=doc.proposals[:3])
    meeting = next(m for m in archive.meetings if m.id == doc.meeting_id)
    grown = Archive(archive.documents + (twin,),
                    tuple(replace(m, documents=m.documents + ("twin",)) if m is meeting else m for m in archive.meetings))
    text = pages(grown)[f"meetings/{meeting.id}.md"]
    section = text.split("## Proposals side by side")[1].split("##")[0]
    rows = [r for r in section.strip().splitlines() if r.startswith("| ")]
    assert rows[0].count("](../documents/") == 2  # one column per source with proposals
    assert rows[-1].endswith("| – |")  # the twin has no 5th proposal


def test_downloads(archive):
    files = data_files(archive)
    assert json.loads(files["archive.json"])["documents"][0]["id"] == archive.documents[0].id
    rows = list(csv.DictReader(io.StringIO(files["proposals.csv"])))
    assert len(rows) == sum(len(d.proposals) for d in archive.documents)
    assert "\r" not in files["documents.csv"]
    docs = list(csv.DictReader(io.StringIO(files["documents.csv"])))
    assert [d["id"] for d in docs] == [d.id for d in archive.documents]


def test_feed_is_valid_atom_dated_by_the_newest_document(archive):
    hostile = replace(archive.documents[0], title="<b>&\x01 ]]>", speaker=Speaker("A & <B>", None), title_generated=False)
    text = feed(Archive(archive.documents + (replace(hostile, id="zz"),), archive.meetings))
    root = ET.fromstring(text.encode("utf-8"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.find("a:updated", ns).text == "2023-05-06T00:00:00Z"
    entries = root.findall("a:entry", ns)
    assert len(entries) == len(archive.documents) + 1
    assert "<b>& ]]>" in [e.find("a:title", ns).text for e in entries]
    dates = [e.find("a:updated", ns).text for e in entries]
    assert dates == sorted(dates, reverse=True)


def test_hostile_title_in_front_matter_is_escaped(archive):
    doc = replace(archive.documents[0], title="<script>alert(1)</script>", speaker=Speaker('<img onerror="x">', "{: x}"))
    found = pages(Archive((doc,), archive.meetings))
    meta = frontmatter.loads(found[doc_uri(doc)]).metadata
    assert meta["title"] == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert meta["speaker"] == "&lt;img onerror=&quot;x&quot;&gt;"
    assert "<" not in json.dumps(meta)
    body = frontmatter.loads(found[doc_uri(doc)]).content
    outside_fences = re.sub(r"(?ms)^( *)(`{3,})bibtex\n.*?^\1\2$", "", body)  # code blocks show text literally
    assert "<script>" not in outside_fences and "<img" not in outside_fences
    assert "<script>" in body  # the BibTeX block keeps the title as it is


def test_md_inline_collapses_lines():
    assert md_inline("a\n\n  b") == "a b"


def test_golden_folder_holds_only_pages():
    assert all(p.suffix == ".md" for p in GOLDEN.rglob("*") if p.is_file())
    assert Path(GOLDEN).is_dir()


def test_archive_json_is_written_a_document_at_a_time_with_the_same_text(archive, tmp_path):
    """archive.json is streamed (its pieces are written as made) and equals json.dumps of the whole."""
    from sco_archive.publish.downloads import Streamed, archive_json, to_json, write_pieces
    from sco_archive.serialise import archive_dict

    with_errors = replace(archive, errors=("seeds/x.txt: refused, binary data",))
    for a in (with_errors, Archive((), ()), Archive(archive.documents[:1], ())):
        made = data_files(a)["archive.json"]
        assert made == to_json(archive_dict(a))
        pieces = list(archive_json(a))
        assert len(pieces) >= 2 * len(a.documents) and "".join(pieces) == made
        write_pieces(tmp_path / "archive.json", Streamed(lambda: archive_json(a)))
        assert (tmp_path / "archive.json").read_bytes() == made.encode("utf-8")
