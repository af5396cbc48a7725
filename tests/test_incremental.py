"""Incremental rebuilds (as under `mkdocs serve`): after each edit the site is the one a clean build makes.

A project is built, then edited step by step (a text edited, a text added, a text deleted, a sidecar
added and then edited, a text moved to another meeting); after each step it is rebuilt in place with the previous build remembered
(incremental.py), and compared file by file with a clean build of the same seeds into a fresh folder.
The search index is built in shards of a few pages here, so that some shards are kept and others
re-indexed; with Pagefind >= 1.6 (byte-identical run to run) its bundles are compared too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from sco_archive import incremental
from sco_archive.publish.site import load_archive
from sco_archive.render.pages import page_sources, pages
from sco_archive.slug import slugify
from sco_archive.publish import search_index
from sco_archive.publish.indexing import REPRODUCIBLE, pagefind_binary, pagefind_version

from .conftest import ROOT, SEEDS

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def _tree(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _build(project: Path, site: Path) -> None:
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
    incremental.wait()  # a rebuild's search index is written in the background


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setattr(search_index, "SHARD_PAGES", 4)  # several shards even over a few texts
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.copytree(SEEDS, folder / "seeds")
    incremental.enable(True)
    yield folder
    incremental.enable(False)
    incremental._PREVIOUS.clear()


def _same_as_clean(project: Path, site: Path, tmp_path: Path, step: str) -> None:
    clean_site = tmp_path / f"clean-{step}"
    incremental.enable(False)  # a clean build, as `mkdocs build` makes it
    try:
        _build(project, clean_site)
    finally:
        incremental.enable(True)
    ours, clean = _tree(site), _tree(clean_site)
    binary = pagefind_binary()
    if binary is None or pagefind_version(binary) < REPRODUCIBLE:  # an index that differs run to run anyway
        ours = {k: v for k, v in ours.items() if not k.startswith("pagefind")}
        clean = {k: v for k, v in clean.items() if not k.startswith("pagefind")}
    assert sorted(ours) == sorted(clean), f"{step}: files differ: {sorted(set(ours) ^ set(clean))[:10]}"
    differ = [name for name in ours if ours[name] != clean[name]]
    assert not differ, f"{step}: {len(differ)} files differ from a clean build, e.g. {differ[:5]}"


def _last(site: Path) -> incremental.Built:
    return incremental._PREVIOUS[str(site.resolve())]


def test_edits_rebuilt_in_place_match_a_clean_build(project, tmp_path, monkeypatch):
    site = tmp_path / "served"
    kept: list[set[str]] = []
    real_finish = incremental.Rebuild.finish

    def finish(self, ok=True):  # what each rebuild kept
        kept.append(set(self.kept))
        real_finish(self, ok)

    monkeypatch.setattr(incremental.Rebuild, "finish", finish)
    seeds = project / "seeds"
    _build(project, site)
    pages = len(_last(site).sources)
    bundles = len(_last(site).shards)
    assert bundles > 2 and (site / "pagefind" / "shards.json").is_file()

    untouched = site / "sources" / f"{slugify(Path(SEED_NAMES[0]).stem)}.txt"
    inode = untouched.stat().st_ino
    edited = seeds / SEED_NAMES[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks ended with a joint press statement.\n",
                      encoding="utf-8")
    _build(project, site)
    assert untouched.stat().st_ino == inode, "an unchanged raw text is put back, not copied again"
    assert 0 < len(kept[-1]) < pages, "an edited text rebuilds some pages, not all"
    assert "The talks ended with a joint press statement." in "".join(
        p.read_text(encoding="utf-8") for p in (site / "documents").glob("*/index.html"))
    _same_as_clean(project, site, tmp_path, "edit")

    added = seeds / "zz_added.txt"
    added.write_text(
        "Wang Yi Attends SCO Foreign Ministers' Meeting in Astana\n\n"
        "On May 21, 2024, State Councilor and Foreign Minister Wang Yi attended the meeting of the SCO Council "
        "of Foreign Ministers in Astana.\n\nWang Yi put forward a two-point proposal.\n\n"
        "First, deepen security cooperation.\n\nSecond, expand trade and investment.\n", encoding="utf-8")
    _build(project, site)
    assert kept[-1], "an added text keeps the pages it does not touch"
    _same_as_clean(project, site, tmp_path, "add")

    (seeds / SEED_NAMES[3]).unlink()
    _build(project, site)
    _same_as_clean(project, site, tmp_path, "delete")

    sidecar = seeds / (Path(SEED_NAMES[0]).stem + ".yml")
    sidecar.write_text("themes: [security]\n", encoding="utf-8")
    _build(project, site)
    _same_as_clean(project, site, tmp_path, "sidecar added")
    sidecar.write_text("themes: [trade]\nvenue: {city: Tashkent, country: Uzbekistan, online: false}\n",
                       encoding="utf-8")
    _build(project, site)
    assert kept[-1]
    _same_as_clean(project, site, tmp_path, "sidecar edited")

    moved = Path(SEED_NAMES[2]).stem  # from the Moscow meeting, which it shared, to the Dushanbe one
    (seeds / f"{moved}.yml").write_text("date: 2021-07-14\nvenue: {city: Dushanbe, country: Tajikistan, online: false}\n",
                                        encoding="utf-8")
    _build(project, site)
    assert kept[-1]
    dushanbe = (site / "meetings" / "2021-07-14-council-of-foreign-ministers-dushanbe" / "index.html").read_text("utf-8")
    assert f"../../documents/{slugify(moved)}/" in dushanbe
    _same_as_clean(project, site, tmp_path, "moved to another meeting")


def test_a_one_off_build_keeps_nothing(project, tmp_path):
    incremental.enable(False)
    site = tmp_path / "site"
    _build(project, site)
    _build(project, site)
    assert str(site.resolve()) not in incremental._PREVIOUS
    assert not list(tmp_path.glob("*.sco-previous"))


def test_search_shards_are_bounded_and_an_added_page_moves_no_other():
    names = [f"documents/doc-{i:05d}/index.html" for i in range(1_990)]
    outputs = {uri: (f"h{i}", True) for i, uri in enumerate(names)}
    outputs["404.html"] = ("x", False)  # not indexed (no data-pagefind-body)
    bundles = search_index.plan(outputs, 500)
    pages = sum(bundles.values(), [])
    assert pages == names  # every indexed page once, in the order written, shards of consecutive pages
    sizes = [len(shard) for shard in bundles.values()]
    assert max(sizes) <= 500 and 4 <= len(bundles) <= 20, sizes  # about 250 a shard
    # A page added anywhere (a new document) moves the pages of its own shard, now and then of the next
    # one or two too (where a shard had reached 500 pages), never of the others.
    items = list(outputs.items())
    moved = []
    for at in range(0, len(items), 37):
        after = list(search_index.plan(dict(items[:at] + [("documents/new/index.html", ("n", True))] + items[at:]), 500).values())
        changed = [shard for shard in after if shard not in bundles.values()]
        assert any("documents/new/index.html" in shard for shard in changed)
        moved.append(len(changed))
    assert max(moved) <= 3 and sum(moved) / len(moved) < 1.5, moved


def _markdown_and_sources(project: Path) -> tuple[dict[str, str], tuple, dict[str, tuple]]:
    archive = load_archive(project, "seeds")
    return pages(archive), *page_sources(archive)


def test_a_page_made_from_the_same_records_has_the_same_markdown(tmp_path):
    """What rebuilds rely on to skip making a page (render.pages.page_sources): over realistic edits, a
    document or meeting page whose records and shared look-ups are unchanged has unchanged Markdown."""
    project = tmp_path / "archive"
    shutil.copytree(SEEDS, project / "seeds")
    before, shared, records = _markdown_and_sources(project)
    assert set(records) == {uri for uri in before if uri.startswith(("documents/", "meetings/"))} - {
        "documents/index.md", "meetings/index.md"}
    seeds = project / "seeds"
    edited = seeds / SEED_NAMES[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks ended with a joint press statement.\n", encoding="utf-8")
    (seeds / (Path(SEED_NAMES[2]).stem + ".yml")).write_text(
        "date: 2021-07-14\nvenue: {city: Dushanbe, country: Tajikistan, online: false}\n", encoding="utf-8")
    after, shared_after, records_after = _markdown_and_sources(project)
    assert shared_after == shared
    same = [uri for uri in records if records_after.get(uri) == records[uri]]
    changed = [uri for uri in records if uri in records_after and records_after[uri] != records[uri]]
    assert same and changed, "some pages keep their records and some do not"
    assert all(after[uri] == before[uri] for uri in same)
    # the edited and the moved text, and both meetings it left and joined, are among the changed pages
    moved = {f"documents/{slugify(Path(name).stem)}.md" for name in SEED_NAMES[1:3]} | {
        "meetings/2020-09-10-council-of-foreign-ministers-moscow.md", "meetings/2021-07-14-council-of-foreign-ministers-dushanbe.md"}
    assert moved <= set(changed) and all(after[uri] != before[uri] for uri in moved)
