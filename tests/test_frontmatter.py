"""Front matter: values that YAML reads as something else (`no`, `12:30`, `010`, `3.10`, `Meeting: Geneva`,
`#5`, `---`, multi-line ...) pinned in sidecars and written in seeds read back identical, types included,
through MkDocs' own reader and through python-frontmatter, from pages with `\\n` newlines and no BOM.

(`yaml.load` is kept out of src/ by tests/test_bad_input.py.)
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import frontmatter
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from sco_archive.publish.site import load_archive
from sco_archive.render.document import doc_meta
from sco_archive.render.frontmatter import page
from sco_archive.render.index import Index, doc_uri
from sco_archive.render.markdown import meta_escape

from . import hostile
from .sitekit import build_site, make_project, virtual_files

TRICKY = (
    "no", "on", "yes", "off", "y", "n", "true", "False", "null", "~", "12:30", "1:20:30", "010", "0o17", "0x1F", "3.10",
    "1e3", ".inf", "-.nan", "2020-01-01", "2001-12-14t21:59:43.10-05:00", "Meeting: Geneva", "#5", "a #b", "---",
    "...", "- item", "? key", "[a, b]", "{a: b}", "&anchor x", "*alias", "!tag x", "!!str x", "%YAML 1.1",
    "@at", "`tick`", "'single'", '"double"', "|", ">", "Genève", "会议 in 北京", "line one\nline two",
    "trailing: ", " leading space", "tab\there", "back\\slash", "\u2028sep", "=", "<<",
)

GOOD = hostile.text_seed("plain words")


def tricky_sidecar(value: str) -> str:
    """A sidecar pinning title, speaker, city, country, body and a theme to the value, via PyYAML."""
    return yaml.safe_dump({
        "title": value if value.strip() else f"x{value}",
        "speaker": {"name": value, "title": value},
        "venue": {"city": value, "country": value, "online": False},
        "meeting": {"body": value, "number": 3},
        "themes": [value],
    }, allow_unicode=True)


def corpus() -> dict[str, str]:
    """Per value: a pinned text (`pNN`) and a text whose headline and a paragraph are the value (`tNN`)."""
    seeds = {}
    for number, value in enumerate(TRICKY):
        seeds[f"p{number:02d}.txt"] = GOOD
        seeds[f"p{number:02d}.yml"] = tricky_sidecar(value)
        seeds[f"t{number:02d}.txt"] = hostile.text_seed(value)
    return seeds


def typed(value):
    """A value with the type of every part spelled out, so `1 == True` and `'1' != 1` are told apart."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [typed(item) for item in value]
    return (type(value).__name__, value)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return make_project(tmp_path_factory.mktemp("tricky") / "archive", seeds=corpus())


@pytest.fixture(scope="module")
def generated(project) -> dict[str, str]:
    """The generated Markdown pages, by path under docs/."""
    return {uri: content.decode("utf-8") for uri, content in virtual_files(project).items() if uri.endswith(".md")}


def test_every_page_is_lf_only_without_bom(generated):
    assert len(generated) > 2 * len(TRICKY)
    for uri, text in generated.items():
        assert text.startswith("---\n") and text.endswith("\n"), uri
        assert "\r" not in text and "\ufeff" not in text and "\u2028" not in text, uri


def test_metadata_reads_back_identical_through_mkdocs_and_python_frontmatter(project, generated):
    archive = load_archive(project, "seeds")
    assert archive.errors == ()
    index = Index(archive)
    expected = {doc_uri(d): doc_meta(index, d) for d in archive.documents}
    for uri, text in generated.items():
        body, meta = get_data(text)
        post = frontmatter.loads(text)
        assert meta and typed(meta) == typed(post.metadata), uri
        assert body.strip() == post.content.strip(), uri
        if uri in expected:
            assert typed(meta) == typed(expected[uri]), uri
            for key in ("date", "published"):
                assert meta[key] is None or isinstance(meta[key], str) and dt.date.fromisoformat(meta[key]), uri


def test_pinned_values_survive_as_text(generated):
    for number, value in enumerate(TRICKY):
        meta = get_data(generated[f"documents/p{number:02d}.md"])[1]
        shown = " ".join(value.split())
        for key in ("speaker", "speaker_title", "city", "country", "body"):
            assert isinstance(meta[key], str) and html.unescape(meta[key]) == shown, (value, key)
        assert html.unescape(meta["title"]) == (shown if value.strip() else f"x{value}".strip()), value
        assert [html.unescape(t) for t in meta["themes"]] == [shown], value
        assert meta["number"] == 3 and meta["online"] is False


def test_a_headline_read_from_a_seed_reads_back(generated):
    meta = get_data(generated[f"documents/t{TRICKY.index('Meeting: Geneva'):02d}.md"])[1]
    assert meta["title"] == "Meeting: Geneva meets in Goa"


def test_the_tricky_site_builds_strictly_with_titles_intact(project, tmp_path_factory):
    site = tmp_path_factory.mktemp("tricky-site") / "site"
    assert build_site(project, site, strict=True) == []
    page = (site / "documents" / f"p{TRICKY.index('12:30'):02d}" / "index.html").read_text(encoding="utf-8")
    assert "<title>12:30 - SCO Archive</title>" in page


# ---------------------------------------------------------------- the writer itself

_TRAPS = ["no", "yes", "ON", "y", "010", "0o17", "12:30", "1_000", "~", "null", "Null", "true", ": ", ":", " #", "#",
          "- ", "-", "?", "---", "...", "0x1F", "1e3", "+1", ".inf", "<<", "=", "2020-09-10", '"', "'", "中文", "\u2028",
          "\ufeff", "\U0001F600", "\x85", "&", "[", "{", "|", ">", "*", "!", "%", "@", "`", "\t", "\n", " ", "  "]
_STRINGS = st.lists(st.sampled_from(_TRAPS + list("ab ")), max_size=12).map("".join)
_SCALARS = st.one_of(_STRINGS, _STRINGS.map(meta_escape), st.none(), st.booleans(), st.integers(-5, 10**6))
_KEYS = st.sampled_from(["title", "id", "date", "tags", "search", "template", "no", "x y", "a:b", "n2"])
_VALUES = st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3), st.dictionaries(st.sampled_from(["exclude", "on", "a b"]), _SCALARS, max_size=2))


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(_KEYS, _VALUES, max_size=8), st.sampled_from(["", "# Hi\n\ntext", "\n\nbody  \n\n", "tail \u2003"]))
def test_pages_have_the_front_matter_python_frontmatter_writes(meta, body):
    """page() writes simple front matter itself (a YAML dump per page took a third of render's time):
    byte for byte what frontmatter.dumps writes."""
    post = frontmatter.Post(body.strip("\n"), **meta)
    expected = frontmatter.dumps(post, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=10_000)
    assert page(meta, body) == expected.replace("\r\n", "\n").lstrip("\ufeff") + "\n"
