"""Determinism: two real `mkdocs build` processes with different PYTHONHASHSEED, the seeds copied in
reverse order with different mtimes, and the same SOURCE_DATE_EPOCH write byte-identical site/ trees,
sitemap.xml(.gz) and search/search_index.json included: once with Pagefind off (Material's lunr
index) and once as shipped, with Pagefind on.

Pagefind's own files (site/pagefind/) are byte-identical from Pagefind 1.6 on, which `make install`
puts in the environment from npm; PyPI's 1.5.2 writes its filter and metadata indexes in hash order
(upstream: Pagefind/pagefind#638), so with only that one the site/pagefind/ comparison is skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS
from .hostile import text_seed

EPOCH = "1683331200"
# A seed with a sidecar and one with odd characters, so pinned evidence and escaping are covered too.
EXTRA = {"zz-pinned.txt": text_seed("Genève & <b>"), "zz-pinned.yml": "speaker: {name: Wang Yi, title: Minister}\n",
         "Zz Odd ünï.txt": text_seed("{: x } | y |")}


# Pagefind's npm package, where `make install` puts it when npm is present.
NPM_PAGEFIND = Path(sys.prefix) / "pagefind" / "node_modules" / "pagefind" / "package.json"


def project(root: Path, order: int, mtime: int, pagefind: bool) -> Path:
    """The project (Pagefind on or off) with the seeds copied in `order` (1 or -1), all with mtime `mtime`."""
    root.mkdir(parents=True)
    shutil.copytree(ROOT / "docs", root / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert config.count("      seeds: seeds\n") == 1
    if not pagefind:
        config = config.replace("      seeds: seeds\n", "      seeds: seeds\n      pagefind: false\n")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    (root / "seeds").mkdir()
    files = {p.name: p.read_bytes() for p in SEEDS.iterdir() if p.is_file()}
    files.update({name: text.encode("utf-8") for name, text in EXTRA.items()})
    for name in sorted(files, reverse=order < 0):
        path = root / "seeds" / name
        path.write_bytes(files[name])
        os.utime(path, (mtime, mtime))
    return root


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def build_twice(base: Path, pagefind: bool) -> list[Path]:
    """Two sites built by two `mkdocs build --strict` processes at once."""
    runs = []
    for number, (order, seed, mtime) in enumerate(((1, "1", 1_000_000_000), (-1, "4242", 1_700_000_000))):
        root = project(base / f"p{number}", order, mtime, pagefind)
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
        env.pop("SITE_URL", None)
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(root / "mkdocs.yml"),
                   "-d", str(root / "site")]
        runs.append((root / "site", subprocess.Popen(command, env=env, cwd=root, stdout=subprocess.PIPE,
                                                     stderr=subprocess.STDOUT, text=True)))
    for _, process in runs:
        out, _ = process.communicate(timeout=300)
        assert process.returncode == 0, out
    return [site for site, _ in runs]


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> list[Path]:
    """Two sites built with Pagefind off."""
    return build_twice(tmp_path_factory.mktemp("determinism"), pagefind=False)


@pytest.fixture(scope="module")
def indexed_sites(tmp_path_factory) -> list[Path]:
    """Two sites built as shipped: Pagefind on."""
    return build_twice(tmp_path_factory.mktemp("determinism-pagefind"), pagefind=True)


def test_two_builds_write_the_same_bytes(sites):
    first, second = (tree(site) for site in sites)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    for name in ("sitemap.xml", "sitemap.xml.gz", "search/search_index.json", "archive.json", "feed.xml",
                 "documents/zz-odd-uni/index.html", "documents/zz-pinned/index.html"):
        assert name in first, name
    assert not any(name.startswith("pagefind/") for name in first)


def test_two_builds_with_pagefind_write_the_same_bytes(indexed_sites):
    """As shipped: every file outside site/pagefind/ the same, and site/pagefind/ too when Pagefind's npm
    package (>= 1.6) is in the environment: then it, not PyPI's 1.5.2, must have written the index."""
    first, second = (tree(site) for site in indexed_sites)
    outside = [{name: data for name, data in site.items() if not name.startswith("pagefind/")} for site in (first, second)]
    assert outside[0] == outside[1]
    assert "pagefind/pagefind-entry.json" in first and any(name.startswith("pagefind/filter/") for name in first)
    if not NPM_PAGEFIND.is_file():
        pytest.skip(f"only PyPI's Pagefind 1.5.2 here (no {NPM_PAGEFIND}): it writes site/pagefind/ in hash order; "
                    "`make install` with npm present installs Pagefind 1.6")
    npm_version = json.loads(NPM_PAGEFIND.read_text(encoding="utf-8"))["version"]
    assert tuple(int(part) for part in npm_version.split(".")[:2]) >= (1, 6), npm_version
    assert json.loads(first["pagefind/pagefind-entry.json"])["version"] == npm_version
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_the_seed_folders_really_differed(sites):
    projects = [site.parent for site in sites]
    assert len({(root / "seeds" / "zz-pinned.txt").stat().st_mtime for root in projects}) == 2
    assert sorted(p.name for p in (projects[0] / "seeds").iterdir()) == sorted(p.name for p in (projects[1] / "seeds").iterdir())


def test_without_pagefind_the_header_search_is_material_s_lunr(sites):
    """`pagefind: false`: Material's worker and lunr index, documents in it, index pages and a
    document's provenance out of it."""
    site = sites[0]
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    assert "documents/zz-pinned/" in locations
    assert not {"timeline/", "proposals/", "speakers/", "documents/"} & locations
    assert not any(d["location"].endswith(("#provenance", "#cite")) for d in index["docs"])
    page = (site / "documents" / "zz-pinned" / "index.html").read_text(encoding="utf-8")
    assert "assets/javascripts/workers/search." in page and "sco-search-worker" not in page


def test_dates_are_written_in_english_whatever_the_locale(monkeypatch):
    """Pages write dates with the project's month names: `date.strftime("%B")` follows LC_TIME, so a
    build on a machine with another locale would write other pages. datetime's strftime calls
    `time.strftime`: made to fail here, any use of it on the way to a page shows."""
    import datetime as dt
    import time
    from dataclasses import replace

    from sco_archive.dates import long_date
    from sco_archive.group import generated_title
    from sco_archive.pipeline import run

    doc = replace(next(d for d in run([str(SEEDS)]).documents if d.date), date="2024-07-04")
    expected = [f"{day.day} {day:%B} {day.year}" for day in (dt.date(2001, month, 1 + month) for month in range(1, 13))]

    def strftime(*args):
        raise AssertionError("strftime follows the locale")

    monkeypatch.setattr(time, "strftime", strftime)
    assert [long_date(f"2001-{month:02d}-{1 + month:02d}") for month in range(1, 13)] == expected
    assert long_date("2020-13-01") == "2020-13-01" and long_date("undated") == "undated"
    assert generated_title(doc).endswith(", 4 July 2024")
