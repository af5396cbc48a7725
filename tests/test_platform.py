"""The platform (docs/platform.md): which Pagefind runs, the MkDocs and Material pins, the banner
variables. Builds with ProperDocs and Zensical are in test_portability."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

from sco_archive.publish import indexing

from .conftest import ROOT


def fake_pagefind(prefix: Path, version: str) -> Path:
    """An npm-style Pagefind under `prefix` (node_modules/@pagefind/<platform>/bin) printing `version`."""
    binary = prefix / "node_modules" / "@pagefind" / "linux-x64" / "bin" / "pagefind_extended"
    binary.parent.mkdir(parents=True)
    binary.write_text(f"#!/bin/sh\necho 'pagefind {version}'\n", encoding="utf-8")
    binary.chmod(0o755)
    return binary


def test_pagefind_from_npm_in_the_environment_comes_first(tmp_path, monkeypatch):
    binary = fake_pagefind(tmp_path, "1.6.0")
    monkeypatch.setattr(indexing, "NPM_PREFIX", tmp_path)
    assert indexing.pagefind_binary() == binary
    assert indexing.pagefind_version(binary) == (1, 6, 0)
    assert indexing.reproducibility_notice() is None


def test_without_it_pypi_s_pagefind_runs_with_a_one_line_notice(tmp_path, monkeypatch):
    monkeypatch.setattr(indexing, "NPM_PREFIX", tmp_path)
    binary = indexing.pagefind_binary()
    assert binary is not None and "pagefind_bin" in binary.parts
    old = fake_pagefind(tmp_path / "old", "1.5.2")
    monkeypatch.setattr(indexing, "pagefind_binary", lambda: old)
    notice = indexing.reproducibility_notice()
    assert notice and "\n" not in notice
    assert notice.startswith("Pagefind 1.5.2: the search index (site/pagefind/) will not be reproducible")


def test_make_install_puts_a_pinned_pagefind_1_6_from_npm_where_indexing_looks():
    recipe = subprocess.run(["make", "-n", "-B", "install"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    found = re.search(r"npm install --prefix (\S+) .*\bpagefind@(\d+\.\d+\.\d+)\b", recipe)
    assert found, recipe
    assert Version(found[2]) >= Version("1.6")
    assert (ROOT / found[1]).resolve() == (ROOT / ".venv" / "pagefind").resolve()
    assert indexing.NPM_PREFIX.name == "pagefind"  # under sys.prefix: .venv when run from there
    assert "will not be reproducible" in recipe  # the notice when npm is missing


def test_make_and_ci_silence_both_mkdocs_2_banners():
    """Material prints its banner unless NO_MKDOCS_2_WARNING is set (any value); ProperDocs unless
    DISABLE_MKDOCS_2_WARNING is the word `true` (1 does not do it)."""
    printed = subprocess.run(["make", "-s", "--eval", '_banners: ; @echo "$$NO_MKDOCS_2_WARNING $$DISABLE_MKDOCS_2_WARNING"',
                              "_banners"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert printed[0] and printed[1].lower() == "true", printed
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^export .*\bNO_MKDOCS_2_WARNING=1\b", ci, re.M)
    assert re.search(r"^export .*\bDISABLE_MKDOCS_2_WARNING=true\b", ci, re.M)
    assert ci.index("DISABLE_MKDOCS_2_WARNING") < ci.index("make test")


def test_mkdocs_1_6_and_material_9_8_2_are_pinned_and_the_floors_file_agrees():
    declared = {Requirement(line).name.lower(): Requirement(line).specifier for line in
                tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]}
    assert Version("1.6.0") in declared["mkdocs"] and Version("1.6.1") in declared["mkdocs"]
    assert Version("1.5.3") not in declared["mkdocs"] and Version("2.0.0") not in declared["mkdocs"]
    assert Version("9.8.2") in declared["mkdocs-material"] and Version("9.8.1") not in declared["mkdocs-material"]
    floors = dict(line.split("==") for line in (ROOT / "constraints" / "floors.txt").read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#"))
    assert floors["mkdocs"] == "1.6.0" and floors["mkdocs-material"] == "9.8.2"
    for name, pinned in floors.items():
        assert Version(pinned) in declared[name.lower()], (name, pinned)
