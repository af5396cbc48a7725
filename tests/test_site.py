"""The site: strict builds, front matter read back, archive.json against its schema, generate equals
the plugin, hostile seeds, determinism and offline pages."""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import frontmatter
import jsonschema
import pytest
from mkdocs.utils.meta import get_data

from sco_archive.cli import main
from sco_archive.publish.indexing import REPRODUCIBLE, pagefind_binary, pagefind_version, run_pagefind
from sco_archive.publish.search_index import pagefind_input
from sco_archive.publish.site import load_archive
from sco_archive.render.document import doc_meta
from sco_archive.render.index import Index, doc_uri

from .conftest import ROOT
from .sitekit import (HOSTILE_SIDECAR, HOSTILE_TEXT, ODD_SEEDS, ODD_VALUES, Abort, build_site, make_project, scan_site,
                      virtual_files)

EPOCH = "1683331200"


@pytest.fixture(scope="session")
def seed_project(tmp_path_factory) -> Path:
    """A copy of the project (mkdocs.yml, docs/, seeds/)."""
    return make_project(tmp_path_factory.mktemp("seed-project") / "archive")


@pytest.fixture(scope="session")
def seed_site(seed_project, tmp_path_factory) -> Path:
    """The seed site, built strictly once for the session."""
    site = tmp_path_factory.mktemp("seed-site") / "site"
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        warnings = build_site(seed_project, site)
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    assert warnings == []
    return site


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """A site from one hostile seed whose sidecar pins hostile title, speaker and venue."""
    project = make_project(tmp_path_factory.mktemp("hostile") / "archive",
                           seeds={"evil.txt": HOSTILE_TEXT, "evil.yml": HOSTILE_SIDECAR})
    site = project / "site"
    build_site(project, site, strict=False)
    return site


def test_strict_build_of_the_seeds_passes(seed_site):
    for page in ("index.html", "timeline/index.html", "search/index.html", "documents/index.html",
                 "documents/001-e29fc6cbd48e96a3/index.html", "meetings/2020-09-10-council-of-foreign-ministers-moscow/index.html"):
        assert (seed_site / page).is_file(), page
    for data in ("archive.json", "archive.schema.json", "documents.csv", "proposals.csv", "feed.xml",
                 "sources/001-e29fc6cbd48e96a3.txt", "pagefind/pagefind-ui.js"):
        assert (seed_site / data).is_file(), data


def test_a_broken_link_fails_the_strict_build(tmp_path):
    project = make_project(tmp_path / "archive", docs={"about.md": "# About\n\nSee [the missing page](missing.md).\n"})
    with pytest.raises(Abort):
        build_site(project, tmp_path / "site")


def test_a_seed_warning_fails_the_strict_build_naming_the_file(tmp_path):
    project = make_project(tmp_path / "archive", seeds={"vague.txt": "Some words about nothing in particular.\n"})
    with pytest.raises(Abort):
        build_site(project, tmp_path / "site")
    warnings = build_site(project, tmp_path / "site2", strict=False)
    assert warnings and all("seeds/vague.txt" in w for w in warnings), warnings


def test_nothing_is_written_under_docs(seed_project, seed_site):
    assert sorted(p.name for p in (seed_project / "docs").iterdir()) == sorted(p.name for p in (ROOT / "docs").iterdir())


def test_front_matter_reads_back_identically(seed_project):
    seed_archive = load_archive(seed_project, "seeds")
    files = virtual_files(seed_project)
    pages = {uri: content.decode("utf-8") for uri, content in files.items() if uri.endswith(".md")}
    assert len(pages) == 13 + len(seed_archive.meetings) + len(seed_archive.documents)
    for uri, text in pages.items():
        assert "\r" not in text and not text.startswith("\ufeff") and text.endswith("\n"), uri
        post = frontmatter.loads(text)
        body, meta = get_data(text)
        # (the home page has no title of its own: Material names it after the site, once)
        assert post.metadata == meta and (meta.get("title") or uri == "index.md"), uri
        assert post.content.strip() == body.strip(), uri
    index = Index(seed_archive)
    for doc in seed_archive.documents:
        meta = frontmatter.loads(pages[doc_uri(doc)]).metadata
        assert meta == doc_meta(index, doc)
        required = {"title", "date", "published", "speaker", "speaker_title", "city", "country", "meeting", "body",
                    "kind", "proposals", "themes", "tags", "source"}
        assert required <= set(meta)


def test_archive_json_validates_against_its_schema(seed_site, seed_archive):
    data = json.loads((seed_site / "archive.json").read_text(encoding="utf-8"))
    schema = json.loads((seed_site / "archive.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert len(data["documents"]) == len(seed_archive.documents)
    broken = {**data, "documents": [{**data["documents"][0], "date": 2020}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)


def test_generate_writes_what_the_plugin_serves(seed_project, tmp_path, capsys):
    out = tmp_path / "generated"
    assert main(["generate", str(out), "-q", "--config-file", str(seed_project / "mkdocs.yml")]) == 0
    on_disk = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert on_disk == virtual_files(seed_project)


def test_generate_refuses_the_docs_folder_and_a_missing_config(seed_project, capsys):
    assert main(["generate", str(seed_project / "docs"), "-f", str(seed_project / "mkdocs.yml")]) == 2
    assert main(["generate", "out", "-f", str(seed_project / "missing.yml")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"error: {seed_project / 'missing.yml'}: no such file (run this in an archive, or give --config-file)"


def test_init_creates_an_archive_that_builds(tmp_path, capsys):
    root = tmp_path / "new"
    assert main(["init", str(root)]) == 0
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) == [
        "docs/index.md", "mkdocs.yml", "seeds/example.txt"]
    assert build_site(root, tmp_path / "site") == []
    assert main(["init", str(root)]) == 2


def test_hostile_seed_text_runs_nothing(hostile_site):
    scans = scan_site(hostile_site)
    assert any(name.startswith("documents/evil") for name in scans)
    for name, scan in scans.items():
        assert scan.handlers == [], name
        assert scan.js_urls == [], name
        assert all("alert" not in s for s in scan.inline_scripts), name
        assert all(not re.match(r"(https?:)?//", s) for s in scan.script_srcs), name
    page = (hostile_site / "documents" / "evil" / "index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "<" not in title and "&lt;img src=x onerror=alert(1)&gt;" in title
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{: onclick=&quot;x&quot;}" in page or '{: onclick="x"}' in page
    assert "--8&lt;--" in page and "{{ config }}" in page and "!!! note" in page


def test_pages_request_nothing_from_other_hosts(seed_site):
    for name, scan in scan_site(seed_site).items():
        assert scan.outside == [], name
    for path in [*seed_site.rglob("*.html"), *seed_site.rglob("*.css")]:
        text = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, path
        assert not re.search(r"@import\s+url\(\s*['\"]?(https?:)?//", text), path


def test_pagefind_indexes_documents_meetings_and_written_pages_not_index_pages(seed_site, seed_archive):
    bodies = sorted(str(p.parent.relative_to(seed_site)) for p in seed_site.rglob("index.html")
                    if "data-pagefind-body" in p.read_text(encoding="utf-8"))
    documents = sorted(doc_uri(d)[:-len(".md")] for d in seed_archive.documents)
    meetings = sorted(f"meetings/{m.id}" for m in seed_archive.meetings)
    assert [b for b in bodies if b.startswith("documents/")] == documents
    assert [b for b in bodies if b.startswith("meetings/")] == meetings
    assert {"about", "adding-texts", "data-dictionary"} <= set(bodies)
    assert not {"timeline", "proposals", "speakers", "venues", "themes", "documents", "search"} & set(bodies)
    page = (seed_site / "documents" / "001-e29fc6cbd48e96a3" / "index.html").read_text(encoding="utf-8")
    assert page.count("data-pagefind-body") == 1  # the article; not wrapped twice
    # Pages are made lazily, their Markdown dropped after rendering and their HTML kept compressed
    # between MkDocs' two passes: titles, text and the search index must survive that.
    for path in seed_site.rglob("*.html"):
        assert "sco-archive: HTML kept compressed" not in path.read_text(encoding="utf-8"), path
    assert "The countries should firmly oppose" in page
    assert page.index('<div data-pagefind-ignore="all">') < page.index('<h2 id="provenance">')
    assert "<title>Wang Yi Attends Meeting of Shanghai Cooperation Organization" in page
    assert '<span data-pagefind-meta="title">Wang Yi Attends Meeting' in page
    for name, value in (("speaker", "Wang Yi"), ("year", "2021"), ("body", "Council of Foreign Ministers"),
                        ("city", "Dushanbe"), ("kind", "report"), ("theme", "security"), ("type", "document")):
        assert f'<span data-pagefind-filter="{name}">{value}</span>' in page


def test_pagefind_given_only_the_indexed_part_of_each_page_writes_the_same_index(seed_site, tmp_path):
    """Pagefind reads the article of a page without a document's provenance (search_index.pagefind_input),
    not the whole page: the bundle is the one the whole pages give, byte for byte."""
    binary = pagefind_binary()
    if binary is None or pagefind_version(binary) < REPRODUCIBLE:
        pytest.skip("Pagefind < 1.6 writes a different index run to run")
    pages = {p.relative_to(seed_site): p.read_text(encoding="utf-8") for p in seed_site.rglob("*.html")
             if not p.relative_to(seed_site).parts[0].startswith("pagefind")}
    pages = {path: page for path, page in pages.items() if "data-pagefind-body" in page}
    bundles = []
    for name, given in (("whole", lambda page: page), ("cut", pagefind_input)):
        for path, page in pages.items():
            (tmp_path / name / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name / path).write_text(given(page), encoding="utf-8")
        assert run_pagefind(tmp_path / name, tmp_path / f"{name}-bundle") is None
        bundle = tmp_path / f"{name}-bundle"
        bundles.append({p.relative_to(bundle): p.read_bytes() for p in bundle.rglob("*") if p.is_file()})
    assert bundles[0] == bundles[1] and any(p.parts[0] == "fragment" for p in bundles[0])
    document = pages[Path("documents", "001-e29fc6cbd48e96a3", "index.html")]
    cut = pagefind_input(document)
    assert "The countries should firmly oppose" in cut and '<h2 id="provenance">' not in cut
    assert cut.startswith('<html lang="en"') and len(cut) < len(document) / 2


def test_header_search_goes_to_pagefind_and_lunr_gets_nothing(seed_site):
    index = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"] == []  # every page would fetch it whole: 24.5 MB at 5,000 documents
    for path in seed_site.rglob("*.html"):
        config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', path.read_text(encoding="utf-8"))
        assert config and json.loads(config.group(1))["search"].endswith("assets/sco-search-worker.js?page=search/"), path
    assert (seed_site / "assets" / "sco-search-worker.js").is_file()


def test_facet_table_matches_the_archive(seed_site, seed_archive):
    facets = json.loads((seed_site / "filters" / "facets.json").read_text(encoding="utf-8"))
    assert facets["count"] == len(seed_archive.documents) == len(facets["docs"])
    assert facets["order"] == ["speaker", "year", "body", "city", "kind", "theme"]
    shard = json.loads((seed_site / "filters" / "docs-0.json").read_text(encoding="utf-8"))
    dates = [row[2] for row in shard]
    assert dates == sorted(dates, reverse=True)  # newest first, as the filter page lists them
    for row, facts in zip(facets["docs"], shard):
        url, title, date, speaker, city = facts
        assert (seed_site / url / "index.html").is_file()
        doc = next(d for d in seed_archive.documents if d.title == title)
        values = {name: [facets["groups"][name][i] for i in idx] for name, idx in zip(facets["order"], row)}
        assert values["speaker"] == [doc.speaker.name] == [speaker]
        assert values["year"] == [doc.date[:4]] and date == doc.date
        assert values["city"] == [doc.venue.city] == [city]
        assert values["body"] == [doc.body] and values["kind"] == [doc.kind]
        assert values["theme"] == list(doc.themes)


def _pagefind_filters(page: str) -> dict[str, list[str]]:
    """The filter values a document page gives Pagefind, as the filter page reads them back: HTML
    decoded once, holding no "&" (so Pagefind 1.5, which decodes twice, reads the same), '"' or "\\"
    (which make a Pagefind filter match nothing), then %XX turned back into "%", "&", '"' and "\\"."""
    found: dict[str, list[str]] = {}
    for name, raw in re.findall(r'<span data-pagefind-filter="(\w+)">([^<]*)</span>', page):
        once = html.unescape(raw)
        assert not set(once) & set('&"\\'), raw
        found.setdefault(name, []).append(re.sub("%(25|26|22|5C)", lambda m: chr(int(m[1], 16)), once))
    return found


def test_facet_values_with_odd_spacing_entities_and_quotes_round_trip(tmp_path):
    """The facet table (filters alone) and Pagefind (words and filters) hold the very same values."""
    project = make_project(tmp_path / "odd", seeds=ODD_SEEDS)
    site = project / "site"
    build_site(project, site, strict=False)
    facets = json.loads((site / "filters" / "facets.json").read_text(encoding="utf-8"))
    shard = json.loads((site / "filters" / "docs-0.json").read_text(encoding="utf-8"))
    for row, (url, *_) in zip(facets["docs"], shard):
        table = {name: [facets["groups"][name][i] for i in idx] for name, idx in zip(facets["order"], row)}
        pagefind = _pagefind_filters((site / url / "index.html").read_text(encoding="utf-8"))
        assert pagefind.pop("type") == ["document"]
        assert pagefind == {name: values for name, values in table.items() if values}, url
    odd = {name: [facets["groups"][name][i] for i in idx] for name, idx in zip(facets["order"], facets["docs"][0])}
    assert odd["speaker"] == [ODD_VALUES["speaker"]] and odd["city"] == [ODD_VALUES["city"]]
    assert odd["body"] == [ODD_VALUES["body"]] and odd["theme"] == ODD_VALUES["theme"]


def _unstable(path: Path) -> bool:
    """Pagefind's filter and metadata indexes, which PyPI's Pagefind 1.5.2 does not write reproducibly
    (upstream: Pagefind/pagefind#638; fragments are stable since 1.3). Pagefind 1.6 does: test_determinism
    compares them too."""
    return path.parts[0] == "pagefind" and (path.parts[1] == "filter" or path.suffix == ".pf_meta"
                                            or path.name == "pagefind-entry.json")


def test_the_build_is_deterministic(seed_project, seed_site, tmp_path):
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        build_site(seed_project, tmp_path / "again")
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    first = {p.relative_to(seed_site): p.read_bytes() for p in seed_site.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "again"): p.read_bytes() for p in (tmp_path / "again").rglob("*") if p.is_file()}
    first = {k: v for k, v in first.items() if not _unstable(k)}
    second = {k: v for k, v in second.items() if not _unstable(k)}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []
    assert any(k.parts[:2] == ("pagefind", "fragment") for k in first)


def test_a_project_is_read_from_any_working_directory_without_changing_it(seed_project, tmp_path, monkeypatch):
    """The plugin runs inside MkDocs (and `mkdocs serve`'s threads): it never changes the process's
    working directory, and sources are named as in the project wherever the build was started."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "chdir", lambda *args: pytest.fail("the working directory was changed"))
    archive = load_archive(seed_project, "seeds")
    assert archive.documents and all(d.source == f"seeds/{d.id}.txt" for d in archive.documents)
    assert load_archive(seed_project, "no-such-folder").errors == ("no-such-folder: no such file or folder",)


def test_generated_files_are_made_on_demand_and_take_content_other_plugins_set(seed_project, tmp_path):
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from sco_archive.plugin import MadeFile

    config = load_config(config_file=str(seed_project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config = config.plugins.on_config(config)
    made = next(f for f in config.plugins.on_files(Files([]), config=config) if f.src_uri == "timeline.md")
    assert isinstance(made, MadeFile) and made.is_modified()
    assert made.content_string.startswith("---\ntitle: Timeline\n") and made.content_bytes == made.content_string.encode()
    made.content_string = "# set by another plugin\n"
    assert made.content_bytes == b"# set by another plugin\n"
    made.content_bytes = "# bytes\n".encode()
    made.copy_file()
    assert Path(made.abs_dest_path).read_text(encoding="utf-8") == "# bytes\n"
