"""Injection: every hostile form, in every place a seed string reaches, through the real pipeline and a
strict MkDocs build of the project's own mkdocs.yml, shows up as literal text and runs nothing.

One strict build of the hostile corpus (tests/hostile.py) is shared by the whole module.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
import pytest
from mkdocs.config import load_config

from . import hostile
from .sitekit import build_site, make_project, virtual_files

URL_ATTRS = {"href", "src", "action", "formaction", "data", "srcdoc", "poster", "xlink:href", "background", "cite"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
# Tags no page of ours needs; any of them would have come from a seed.
FOREIGN_TAGS = {"iframe", "frame", "object", "embed", "img", "base", "applet", "math", "style"}

# What Material 9.x emits, and nothing else, as scripts (partials in material/templates):
MATERIAL_BUNDLE = re.compile(r"(?:\.\./)*/?assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js")
MATERIAL_INLINE = (
    "__md_scope=new URL(",                                   # base.html: localStorage helpers
    'var palette=__md_get("__palette")',                     # base.html: palette toggle, before paint
    "var target=document.getElementById(location.hash.slice(1))",  # base.html: content tabs by anchor
)
CONFIG_KEYS = {"annotate", "base", "features", "search", "tags", "translations", "version"}  # id="__config"
OUR_MODULE = "const site = new URL("  # sco-filter.html, on the search page only
OUR_INLINE = "// Material's bundle (next) opens its header search"  # sco-filter.html, before Material's bundle
OUR_SCRIPT = re.compile(r"(?:\.\./)*/?assets/sco-archive\.js")  # sco-archive.js (package assets), every page
# The only page-dependent part of those scripts: the start of a URL such as "../..", "." or "/" (404.html).
RELATIVE = re.compile(r'"(?:\.\.?/?)*/?')


def norm(text: str) -> str:
    """Whitespace collapsed, as a reader sees it."""
    return " ".join(text.split())


class Page(HTMLParser):
    """What a browser would run or show in a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self.text: list[str] = []
        self.title = ""
        self.labels = 0  # md-ellipsis elements: page titles in the header, nav, toc and footer
        self._stack: list[tuple[str, bool]] = []  # (tag, inside an md-ellipsis label)
        self._script: tuple[dict, list[str]] | None = None
        self._in_title = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for name, value in attrs:
            value = re.sub(r"[\s\x00-\x1f]", "", (value or "")).lower()
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in URL_ATTRS and value.startswith(BAD_SCHEMES):
                self.problems.append(f"<{tag} {name}={value}>")
        if tag in FOREIGN_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and (found.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        inside = bool(self._stack and self._stack[-1][1])
        if inside:  # titles in the header, nav, toc and footer are text only
            self.problems.append(f"<{tag}> inside a title label")
        label = "md-ellipsis" in (found.get("class") or "").split()
        self.labels += label
        if tag not in {"meta", "link", "input", "br", "hr", "img", "source", "wbr", "path"}:
            self._stack.append((tag, inside or label))
        if tag == "script":
            self._script = (found, [])
        if tag in {"script", "style"}:
            self._skip += 1
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            if self._stack.pop()[0] == tag:
                break
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None
        if tag in {"script", "style"}:
            self._skip = max(0, self._skip - 1)
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script[1].append(data)
        elif not self._skip:
            self.text.append(data)
        if self._in_title:
            self.title += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def script_problem(attrs: dict, code: str, page: str) -> str | None:
    """Why a script is not one of Material's own (or our filter page's), or None."""
    if "src" in attrs:
        ours = MATERIAL_BUNDLE.fullmatch(attrs["src"] or "") or OUR_SCRIPT.fullmatch(attrs["src"] or "")
        return None if ours and not code.strip() else f"src={attrs['src']}"
    kind = attrs.get("type")
    if kind == "application/json" and attrs.get("id") == "__config":
        config = json.loads(code)
        return None if set(config) <= CONFIG_KEYS and "alert" not in code else "unexpected __config"
    if kind == "module":
        return None if page == "search/index.html" and code.strip().startswith(OUR_MODULE) else "module script"
    if kind is None and code.startswith(MATERIAL_INLINE) and "alert" not in code:
        return None
    if kind is None and page == "search/index.html" and code.strip().startswith(OUR_INLINE):
        return None
    return f"inline script {code[:60]!r}"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return make_project(tmp_path_factory.mktemp("hostile") / "archive", seeds=hostile.corpus())


@pytest.fixture(scope="module")
def site(project) -> Path:
    """The hostile corpus built with the project's mkdocs.yml, strictly: not one warning."""
    site = project / "site"
    assert build_site(project, site, strict=True) == []
    return site


@pytest.fixture(scope="module")
def pages(site) -> dict[str, Page]:
    return {p.relative_to(site).as_posix(): parse(p) for p in sorted(site.rglob("*.html"))}


def test_the_corpus_tries_every_form_in_every_place():
    assert len(hostile.FORMS) >= 15 and hostile.count() == len(hostile.FORMS) * 11
    assert len(hostile.corpus()) == 3 * len(hostile.FORMS) + len(hostile.ODD_NAMES)


def test_no_page_has_a_handler_a_script_url_or_a_foreign_tag(pages):
    assert len(pages) > 2 * len(hostile.FORMS)
    found = {name: page.problems for name, page in pages.items() if page.problems}
    assert found == {}


def test_every_script_is_material_s_own_and_the_same_on_every_page(pages):
    variants: dict[str, set[str]] = {}
    for name, page in pages.items():
        for attrs, code in page.scripts:
            problem = script_problem(attrs, code, name)
            assert problem is None, (name, problem)
            if "src" not in attrs:
                variants.setdefault(code[:20], set()).add(RELATIVE.sub('"', code))
    assert all(len(v) == 1 for v in variants.values()), {k: len(v) for k, v in variants.items()}
    assert sum(1 for k in variants if k.startswith(tuple(p[:20] for p in MATERIAL_INLINE))) == len(MATERIAL_INLINE)


def test_titles_and_labels_carry_no_markup_from_a_seed(site, pages):
    assert all(page.labels >= 10 for name, page in pages.items() if name.startswith("documents/p"))
    for name, page in pages.items():
        raw = re.search(r"<title>(.*?)</title>", (site / name).read_text(encoding="utf-8"), re.S)
        assert raw and "<" not in raw.group(1), name


def test_no_raw_form_survives_in_any_page(site):
    raw_forms = [f for f in hostile.FORMS if "<" in f and "&lt;" not in f]
    for path in [*site.rglob("*.html"), *site.rglob("*.xml"), site / "search" / "search_index.json", site / "tags.json"]:
        text = path.read_text(encoding="utf-8")
        for form in raw_forms:
            assert form.split("\n")[0] not in text, (path, form)


def test_every_form_reads_as_literal_text_where_it_was_put(pages):
    for number, form in enumerate(hostile.FORMS):
        text = norm(" ".join(pages[f"documents/t{number:02d}/index.html"].text))
        line = hostile.one_line(form)
        for expected in (f"{line} meets in Goa", form, f"indented {line}", f"deepen, {line} in the region"):
            assert norm(expected) in text, (number, expected)
        page = pages[f"documents/p{number:02d}/index.html"]
        text = norm(" ".join(page.text))
        for expected in (f"Pinned {form}", f"Foreign Minister {form} Wang", f"Minister {form}", f"City {form}",
                         f"Country {form}", f"Council {form}", f"First, {form} cooperation.", f"Theme {form}"):
            assert norm(expected) in text, (number, expected)
        assert norm(page.title) == norm(f"Pinned {form} - SCO Archive"), number
    indexes = {name: norm(" ".join(pages[f"{name}/index.html"].text)) for name in ("speakers", "venues", "bodies", "themes")}
    for form in hostile.FORMS:
        assert norm(f"Foreign Minister {form} Wang") in indexes["speakers"]
        assert norm(f"City {form}") in indexes["venues"] and norm(f"Country {form}") in indexes["venues"]
        assert norm(f"Council {form}") in indexes["bodies"]
        assert norm(f"Theme {form}") in indexes["themes"]  # (pages show a theme's name capitalised)


def test_front_matter_holds_only_escaped_text(project):
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    for uri, content in virtual_files(project).items():
        if uri.endswith(".md"):
            meta = frontmatter.loads(content.decode("utf-8")).metadata
            assert [s for s in strings(meta) if re.search(r"[<>\"']|&(?!amp;|lt;|gt;|quot;|#x27;)", s)] == [], uri


def test_search_index_tags_and_feed_hold_escaped_text(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for entry in index["docs"]:  # Material renders title, text and tags as HTML
        for value in (entry["title"], entry["text"], *entry.get("tags", [])):
            page = Page()
            page.feed(value)
            assert page.problems == [] and page.scripts == [], entry["location"]
    tags = json.loads((site / "tags.json").read_text(encoding="utf-8"))
    assert "<" not in json.dumps(tags["mappings"])
    for name in ("feed.xml", "sitemap.xml"):
        root = ET.parse(site / name).getroot()
        assert not [e for e in root.iter() if e.tag.rsplit("}", 1)[-1] in {"script", "img", "iframe"}], name


SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"


def test_every_path_stays_in_the_site_and_every_generated_name_is_a_slug(project, site):
    generated = virtual_files(project)
    for uri in generated:
        assert re.fullmatch(rf"(?:{SLUG}/)*{SLUG}(?:\.[a-z]+)+", uri), uri
    pages = [u for u in generated if u.startswith(("documents/", "meetings/", "sources/"))]
    assert len([u for u in pages if u.startswith("documents/")]) == 1 + 2 * len(hostile.FORMS) + len(hostile.ODD_NAMES)
    root = site.resolve()
    files = [p for p in site.rglob("*") if p.is_file() or p.is_symlink()]
    for path in files:
        assert not path.is_symlink() and path.resolve().is_relative_to(root), path
    names = [p.relative_to(site).as_posix() for p in files]
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        if name.startswith(("documents/", "meetings/", "sources/")):
            assert re.fullmatch(rf"(?:documents|meetings)/(?:{SLUG}/)?index\.html|sources/{SLUG}\.txt", name), name


# Security floors: Material < 9.8.2 (its latest security fixes) and pymdown-extensions < 10.21.3 have
# known issues with untrusted text (and pymdownx.snippets reads any file it is pointed at); PyYAML < 5.4
# runs code from YAML.
FLOORS = {"mkdocs-material": "9.8.2", "pymdown-extensions": "10.21.3", "pyyaml": "5.4"}


def test_declared_floors_cover_the_security_fixes_and_the_installed_versions_meet_them():
    import tomllib
    from importlib.metadata import version

    from packaging.requirements import Requirement
    from packaging.version import Version

    from .conftest import ROOT

    declared = {}
    for line in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]:
        requirement = Requirement(line)
        declared[requirement.name.lower()] = requirement.specifier
    for name, floor in FLOORS.items():
        specifier = declared[name]
        lowest = [Version(s.version) for s in specifier if s.operator in (">=", "==", "~=")]
        assert lowest and min(lowest) >= Version(floor), (name, str(specifier))
        assert Version(floor) not in specifier or min(lowest) == Version(floor), (name, str(specifier))
        assert Version(version(name)) in specifier, (name, version(name), str(specifier))


def test_snippets_stay_off():
    from .conftest import ROOT

    names = load_config(config_file=str(ROOT / "mkdocs.yml")).markdown_extensions  # MkDocs' own reading (!ENV)
    assert "pymdownx.snippets" not in names and "pymdownx.escapeall" in names


def test_every_link_and_anchor_of_the_hostile_site_resolves(site):
    from . import linkcheck

    report = linkcheck.scan(site)
    assert report.problems == [] and report.pages > 2 * len(hostile.FORMS) and report.anchors > 0
