"""Publishing: the Pages workflow builds exactly as `make build` does, and site_url comes from one place."""

from __future__ import annotations

import re
import subprocess

import yaml

from .conftest import ROOT


def _workflow() -> dict:
    return yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))


def test_workflow_runs_the_make_build_command_and_the_official_pages_actions():
    jobs = _workflow()["jobs"]
    steps = jobs["build"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert runs == ["make build"]
    uses = [s["uses"].split("@")[0] for job in jobs.values() for s in job["steps"] if "uses" in s]
    assert {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} <= set(uses)
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"


def test_make_build_is_the_strict_build():
    recipe = subprocess.run(["make", "-n", "build"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert re.search(r"sco-archive build\b", recipe)
    from sco_archive.publish import project

    assert '"build", "--strict"' in (ROOT / "src" / "sco_archive" / "publish" / "project.py").read_text(encoding="utf-8")
    assert project.build.__doc__ and "strict" in project.build.__doc__


def test_site_url_and_repo_url_come_from_the_environment(monkeypatch):
    from mkdocs.config import load_config

    monkeypatch.setenv("SITE_URL", "https://example.org/sco/")
    monkeypatch.setenv("REPO_URL", "https://github.com/example/sco")
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert config.site_url == "https://example.org/sco/"
    assert config.repo_url == "https://github.com/example/sco"
    env = _workflow()["jobs"]["build"]["steps"]
    build = next(s for s in env if s.get("run") == "make build")
    assert set(build["env"]) == {"SITE_URL", "REPO_URL"}
    monkeypatch.delenv("SITE_URL")
    monkeypatch.delenv("REPO_URL")
    assert load_config(str(ROOT / "mkdocs.yml")).site_url is None
