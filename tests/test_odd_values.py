"""Odd but accepted values from seeds and sidecars (issue 19, points 6 and 9): CSV quoting and formula
guards, unique meeting and heading ids, the feed's categories, archive.json against its schema, titles
without visible characters, bidi controls, and what reaches the terminal."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from sco_archive.cli import main
from sco_archive.model import Archive, Proposal, Speaker
from sco_archive.pipeline import run
from . import linkcheck
from sco_archive.publish.downloads import data_files, documents_csv, proposals_csv
from sco_archive.publish.feed import feed
from sco_archive.publish.schema import SCHEMA
from sco_archive.render.index import doc_uri, meeting_uri
from sco_archive.render.pages import pages
from sco_archive.slug import slugify
from sco_archive.terminal import escape, escape_json

from .conftest import SEEDS
from .sitekit import build_site, make_project

SEED = "004_056d7b4322dae992"  # Qin Gang at the Council of Foreign Ministers in Goa, 5 May 2023
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# What must never reach a terminal raw: C0 (with newlines), DEL, C1, bidi controls, lone surrogates
UNSAFE_FOR_TERMINAL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029" + BIDI + "\ud800-\udfff]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _seed_text() -> str:
    return (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")


def _folder(root: Path, sidecars: dict[str, str]) -> Path:
    """A seeds folder with one copy of the seed text per sidecar (an empty sidecar: none)."""
    root.mkdir(parents=True, exist_ok=True)
    for stem, sidecar in sidecars.items():
        (root / f"{stem}.txt").write_text(_seed_text(), encoding="utf-8")
        if sidecar:
            (root / f"{stem}.yml").write_text(sidecar, encoding="utf-8")
    return root


# ---------------------------------------------------------------- CSV (6)


def _hostile_csv_archive() -> Archive:
    archive = run([str(SEEDS / f"{SEED}.txt")])
    doc = archive.documents[0]
    odd = replace(
        doc,
        title="Line one\r=HYPERLINK(\"http://x\")",
        speaker=Speaker("\n@SUM(A1)", 'He said "yes", then; no'),
        themes=("security;economy", "a,b", "-1+2"),
        proposals=(Proposal(1, "First.\r\n+cmd|' /C calc'!A0", "=1+1"), Proposal(2, "plain\rtext\n\tTab", "\r-2")),
    )
    return Archive((odd,), archive.meetings)


def _physical_lines(text: str) -> list[str]:
    """The lines a spreadsheet may split the file into (CR, LF or CRLF, quoted or not)."""
    return re.split(r"\r\n|\r|\n", text)


_QUOTED_FIELD = r'"(?:[^"]|"")*"'
_ALL_QUOTED = re.compile(rf"(?:{_QUOTED_FIELD}(?:,{_QUOTED_FIELD})*\n)*")


@pytest.mark.parametrize("make", [documents_csv, proposals_csv])
def test_csv_quotes_every_value_and_guards_formulas_after_every_line_break(make):
    text = make(_hostile_csv_archive())
    # raw: every field quoted (CR, LF, ";" and "," inside values too), and no physical line starts a formula
    assert _ALL_QUOTED.fullmatch(text), text
    for line in _physical_lines(text):
        assert not line.startswith(FORMULA_START), repr(line)
    # read back: the same values, each line that would start a formula prefixed with "'"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    values = [v for row in rows[1:] for v in row]
    for value in values:
        for line in _physical_lines(value):
            assert not line.startswith(FORMULA_START), repr(value)
    unguarded = {re.sub(r"(^|(?<=[\r\n]))'", "", v) for v in values}
    if make is documents_csv:
        assert {'Line one\r=HYPERLINK("http://x")', "\n@SUM(A1)", 'He said "yes", then; no',
                "security;economy;a,b;-1+2"} <= unguarded
        assert "\n'@SUM(A1)" in values and 'Line one\r\'=HYPERLINK("http://x")' in values
    else:
        assert {"First.\r\n+cmd|' /C calc'!A0", "=1+1", "plain\rtext\n\tTab", "\r-2"} <= unguarded
        assert "'\r'-2" in values and "plain\rtext\n'\tTab" in values


def test_csv_of_the_seeds_reads_back_as_before():
    archive = run([str(SEEDS)])
    rows = list(csv.DictReader(io.StringIO(documents_csv(archive), newline="")))
    assert [r["id"] for r in rows] == [d.id for d in archive.documents]
    assert [r["proposals"] for r in rows] == [str(len(d.proposals)) for d in archive.documents]


# ---------------------------------------------------------------- a project of odd pins (9)


SIDECARS = {
    # cities differing in case, or by a number that a suffix would also give, on the same day; each with
    # the body written its own way (texts of one body on one day are one meeting, whatever the city) and
    # not as an alias of data/bodies.yml (a pinned alias is the body's canonical name), so that these are
    # six meetings whose ids (date, body and city as slugs) would be the same
    "goa-a": "venue: {city: Goa, country: India, online: false}\nthemes: [Security, 'R&D <x> \"q\"']\n"
             "title: \"Goa \\u202Eevil\\u202C title \\u2066x\\u2069\"\n"
             "speaker: {name: \"Qin \\u202EGang\", title: Foreign Minister}\n",
    "goa-b": "venue: {city: GOA, country: India, online: false}\nthemes: [security, Security]\n"
             "meeting: {body: COUNCIL-OF-FOREIGN-MINISTERS}\n",
    "goa-c": "venue: {city: Goa 2, country: India, online: false}\ntitle: \"\\u200B\\u200B\"\n"
             "meeting: {body: Council of Foreign-Ministers}\n",
    "goa-d": "venue: {city: Goa, country: INDIA, online: false}\nmeeting: {body: council of foreign ministers.}\n"
             "title: \"\\u200B\\u2060\\u202E \\uFEFF\"\n",
    # two cities whose slugs only differ after the 80th character of the meeting id
    "long-a": "venue: {city: " + "Panaji " * 12 + "A, country: India}\nmeeting: {body: Council_of_Foreign_Ministers}\n",
    "long-b": "venue: {city: " + "Panaji " * 12 + "B, country: India}\nmeeting: {body: Council of Foreign_Ministers}\n",
}


@pytest.fixture(scope="module")
def odd_project(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("odd") / "archive", seeds={})
    _folder(project / "seeds", SIDECARS)
    return project


@pytest.fixture(scope="module")
def odd_archive(odd_project) -> Archive:
    return run([str(odd_project / "seeds")])


@pytest.fixture(scope="module")
def odd_site(odd_project) -> tuple[Path, list[str]]:
    site = odd_project / "site"
    return site, build_site(odd_project, site, strict=False)


def test_odd_pins_are_accepted(odd_archive):
    assert odd_archive.errors == () and len(odd_archive.documents) == len(SIDECARS)
    assert all(d.warnings == () for d in odd_archive.documents)


def test_meeting_ids_are_unique_and_every_meeting_has_its_page_and_its_links(odd_archive):
    ids = [m.id for m in odd_archive.meetings]
    assert len(ids) == len(SIDECARS) and len(set(ids)) == len(ids), ids
    assert all(slugify(i) == i for i in ids)  # the id is the page name as it is
    found = pages(odd_archive)
    by_id = {m.id: m for m in odd_archive.meetings}
    for doc in odd_archive.documents:
        meeting = by_id[doc.meeting_id]
        assert meeting.documents == (doc.id,) and meeting.city == doc.venue.city
        assert meeting_uri(meeting.id) in found
        assert f"(../meetings/{meeting.id}.md)" in found[doc_uri(doc)]
        assert f"(../documents/{slugify(doc.id)}.md)" in found[meeting_uri(meeting.id)]
    assert by_id["2023-05-05-council-of-foreign-ministers-goa-2"].city == "Goa 2"  # its own id, not a suffix


def test_meeting_ids_do_not_depend_on_the_order_of_the_texts(tmp_path):
    first = run([str(_folder(tmp_path / "one", {"a": SIDECARS["goa-a"], "b": SIDECARS["goa-b"], "c": SIDECARS["goa-c"]}))])
    second = run([str(_folder(tmp_path / "two", {"c": SIDECARS["goa-a"], "b": SIDECARS["goa-b"], "a": SIDECARS["goa-c"]}))])
    assert {m.city: m.id for m in first.meetings} == {m.city: m.id for m in second.meetings}


class _Html(HTMLParser):
    """Ids, the <title>, the <h1> text and the text of each heading of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.headings: dict[str, str] = {}
        self.title = self.h1 = ""
        self._in: str | None = None
        self._heading: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        if tag in ("title", "h1"):
            self._in = tag
        if tag in ("h1", "h2", "h3") and attrs.get("id"):
            self._heading = attrs["id"]
            self.headings[self._heading] = ""

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None
        if tag in ("h1", "h2", "h3"):
            self._heading = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "h1":
            self.h1 += data
        if self._heading:
            self.headings[self._heading] += data


def _parsed(path: Path) -> _Html:
    page = _Html()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_heading_ids_are_unique_on_every_page_and_links_reach_the_right_heading(odd_site):
    site, _ = odd_site
    for path in sorted(site.rglob("*.html")):
        ids = _parsed(path).ids
        assert [i for i, n in Counter(ids).items() if n > 1] == [], path.relative_to(site)
    assert linkcheck.check(site) == []
    themes = _parsed(site / "themes" / "index.html").headings
    assert {'R&D <x> "q"', "Security", "security"} <= {t.replace("¶", "").strip() for t in themes.values()}
    # the theme links of a document lead to the heading of that very theme
    doc = (site / "documents" / "goa-b" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="\.\./\.\./themes/#([^"]+)"[^>]*>([^<]+)<', doc)
    assert {text for _, text in links} == {"security", "Security"}
    for anchor, text in links:
        assert themes[anchor].replace("¶", "").strip() == text
    venues = _parsed(site / "venues" / "index.html").headings
    assert {"Goa", "GOA", "Goa 2"} <= {t.replace("¶", "").strip() for t in venues.values()}
    bodies = _parsed(site / "bodies" / "index.html").headings
    assert {"Council of Foreign Ministers", "council of foreign ministers.", "COUNCIL-OF-FOREIGN-MINISTERS"} <= {t.replace("¶", "").strip() for t in bodies.values()}


def _visible(text: str) -> bool:
    return any(not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf", "Mn", "Me") for c in text)


def test_a_title_without_visible_characters_is_missing_and_the_generated_one_is_shown(odd_archive, odd_site):
    site, _ = odd_site
    for stem in ("goa-c", "goa-d"):
        doc = next(d for d in odd_archive.documents if d.id == stem)
        assert doc.title_generated and doc.title.startswith("Qin Gang at the SCO "), doc.title
        page = _parsed(site / "documents" / stem / "index.html")
        assert _visible(page.h1) and page.h1.startswith("Qin Gang at the SCO ")
        assert page.title.startswith("Qin Gang at the SCO ")
    for path in sorted(site.rglob("*.html")):
        page = _parsed(path)
        assert _visible(page.title), path.relative_to(site)
        assert not page.h1 or _visible(page.h1), path.relative_to(site)


def test_bidi_controls_reach_no_title_heading_or_page(odd_archive, odd_site):
    site, _ = odd_site
    doc = next(d for d in odd_archive.documents if d.id == "goa-a")
    assert "\u202e" in doc.title  # the record keeps what was pinned; the pages do not show it
    page = _parsed(site / "documents" / "goa-a" / "index.html")
    assert page.title.startswith("Goa evil title x") and page.h1.startswith("Goa evil title x")
    for path in sorted(site.rglob("*.html")):
        assert not set(BIDI) & set(path.read_text(encoding="utf-8")), path.relative_to(site)
    front = pages(odd_archive)
    for uri, text in front.items():
        assert not set(BIDI) & set(text), uri
    assert not set(BIDI) & set(feed(odd_archive))


def test_feed_category_terms_are_escaped_once(odd_archive):
    root = ET.fromstring(feed(odd_archive).encode("utf-8"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    terms = {c.get("term") for c in root.iterfind("a:entry/a:category", ns)}
    assert {'R&D <x> "q"', "Security", "security"} <= terms


ODD_PINS = {
    "n1": "meeting: {number: 1, body: null}\nannounced_proposals: 0\n",
    "n2": "venue: {online: true, city: null, country: null}\nspeaker: null\nkind: statement\n",
    "n3": "published: null\nproposals: []\nthemes: ['', ' ']\nspeaker: {title: null}\n",
    "n4": "meeting: {number: 99999999999}\nproposals: [{text: '=1', summary: ''}]\n",
    "n5": "venue: null\nmeeting: {body: null}\ndate: 2023-05-06\n",
}


def test_archive_json_of_odd_pins_validates_against_its_schema(odd_archive, tmp_path):
    odd = run([str(_folder(tmp_path / "seeds", ODD_PINS))])
    assert odd.errors == ()
    for archive in (odd_archive, odd):
        data = json.loads(data_files(archive)["archive.json"])
        jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("number", [-5, 0])
def test_a_meeting_number_below_1_is_a_one_line_sidecar_error_and_archive_json_stays_valid(tmp_path, number):
    folder = _folder(tmp_path / "seeds", {"x": f"meeting: {{number: {number}}}\n"})
    archive = run([str(folder)])
    assert len(archive.errors) == 1 and "\n" not in archive.errors[0]
    assert archive.errors[0].startswith(f"{folder}/x.yml:1: 'meeting.number' must be")
    jsonschema.validate(json.loads(data_files(archive)["archive.json"]), SCHEMA, cls=jsonschema.Draft202012Validator)


# ---------------------------------------------------------------- the terminal (9)


HOSTILE_NAMES = ["evil\nerror: forged line", "esc\x1b[31mred", "csi\x9b31mred", "rtl\u202etxt.exe", "del\x7f"]


@pytest.fixture
def hostile_folder(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in HOSTILE_NAMES:  # a text with warnings: each is printed with the file name
        (folder / f"{name}.txt").write_text("A short note about nothing in particular.\n", encoding="utf-8")
    (folder / "pinned.txt").write_text(_seed_text(), encoding="utf-8")
    (folder / "pinned.yml").write_text(
        'speaker: {name: "Qin\\e[2J\\nerror: forged\\u202e", title: "\\x9b1m"}\nvenue: {city: "Goa\\r\\e]0;t\\a"}\n'
        'themes: ["x\\e[1m"]\n', encoding="utf-8")
    (folder / "bad.txt").write_text(_seed_text(), encoding="utf-8")
    (folder / "bad.yml").write_text('title: 5\nkind: "x\\e[31m\\ny"\n', encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", [["extract"], ["extract", "--json", "--indent"], ["check"], ["check", "--strict"], ["generate"]])
def test_file_names_and_sidecar_values_reach_the_terminal_escaped(hostile_folder, tmp_path, capsys, command, monkeypatch):
    if command == ["generate"]:
        project = make_project(tmp_path / "project", seeds={})
        shutil.rmtree(project / "seeds")
        shutil.copytree(hostile_folder, project / "seeds")
        monkeypatch.chdir(project)
        main(["generate", str(tmp_path / "out")])
    else:
        main(command + [str(hostile_folder)])
    out, err = capsys.readouterr()
    assert not UNSAFE_FOR_TERMINAL.search(out.replace("\n", "")), out
    assert not UNSAFE_FOR_TERMINAL.search(err.replace("\n", "")), err
    assert "forged" in out + err  # shown, escaped
    for line in err.splitlines():
        assert line.startswith("error: ") or re.match(r"\d+ warning", line), line
    for line in out.splitlines():
        assert not line.startswith("error: "), line
    if "--json" in command:
        speakers = {d["speaker"]["name"] for d in json.loads(out)["documents"] if d["speaker"]}
        assert "Qin\x1b[2J\nerror: forged\u202e" in speakers  # the same values, written as JSON escapes


def test_the_build_log_escapes_file_names_and_sidecar_values(hostile_folder, tmp_path):
    project = make_project(tmp_path / "project", seeds={})
    shutil.rmtree(project / "seeds")
    shutil.copytree(hostile_folder, project / "seeds")
    messages = build_site(project, tmp_path / "site", strict=False)
    ours = [m for m in messages if "seeds/" in m]
    for name in HOSTILE_NAMES:
        assert any(f"seeds/{escape(name)}.txt: " in m for m in ours), name
    assert any("bad.yml:1: 'title' must be text" in m for m in ours)
    for message in ours:
        assert not UNSAFE_FOR_TERMINAL.search(message), repr(message)


def test_terminal_escape_shows_every_unsafe_character_as_an_escape():
    assert escape("plain é 中文 ✓") == "plain é 中文 ✓"
    assert escape("a\nb\r\x1b[2J\x9b\x7f\u202e\u2066\udc9b\t") == "a\\nb\\r\\x1b[2J\\x9b\\x7f\\u202e\\u2066\\udc9b\\t"
    value = {"a": "x\x1b[1m\n\u202e\x9b\udc9b\x7f é"}
    text = escape_json(json.dumps(value, ensure_ascii=False))
    assert not UNSAFE_FOR_TERMINAL.search(text) and json.loads(text) == value
