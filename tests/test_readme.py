"""Every command the README shows is run here (or, for servers and publishing, checked to exist and
exercised by its own test): a command added to the README without a check fails this test."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    """The command lines of the README's sh blocks, without comments."""
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    lines = [line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A copy of the project to run the commands in (nothing is written into the checkout)."""
    dest = tmp_path_factory.mktemp("readme") / "project"
    shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(".venv*", ".git", "site", "test-artifacts", "benchmarks", "__pycache__", ".pytest_cache", ".hypothesis"))
    return dest


def _run(args: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300)


def _sco(line: str) -> list[str]:
    """`.venv/bin/sco-archive x` or `sco-archive x` as a command run with this interpreter."""
    words = shlex.split(line)
    assert words[0].endswith("sco-archive")
    return [sys.executable, "-m", "sco_archive.cli", *words[1:]]


def check(line: str, project: Path, tmp: Path) -> None:
    """Run or verify one README command."""
    if line.startswith("make "):
        target = line.split()[1]
        dry = _run(["make", "-n", target], project)
        assert dry.returncode == 0, dry.stderr
        if target == "serve":
            assert "sco-archive serve --dev-addr 127.0.0.1:8000" in dry.stdout  # served for real in test_serve.py
        elif target == "test":
            assert "pytest" in dry.stdout and "chromium" in (project / "Makefile").read_text()
            assert "make test" in (project / ".ci" / "run").read_text()
        elif target == "build":
            assert "sco-archive build" in dry.stdout
        return
    if line.startswith("SITE_URL="):
        env_part, command = line.split(" ", 1)
        assert "mkdocs gh-deploy --strict" in command
        result = _run([sys.executable, "-m", "mkdocs", "gh-deploy", "--help"], project)
        assert "--strict" in result.stdout  # pushing is not tested; the build it runs is `mkdocs build --strict`
        return
    if line.startswith("pip install"):
        assert (project / "pyproject.toml").is_file()  # `make` installs the same package with pip (-e)
        return
    if line.startswith("cd my-archive && "):
        archive = tmp / "my-archive"
        assert (archive / "mkdocs.yml").is_file()  # made by the `init` line before; serve: test_serve.py
        return
    if line.startswith((".venv/bin/sco-archive", "sco-archive")):
        args = _sco(line)
        if args[3] == "init":
            args[4] = str(tmp / args[4])
        if args[3] == "generate":
            args[4] = str(tmp / args[4])
        result = _run(args, project)
        assert result.returncode == 0, (line, result.stdout[-500:], result.stderr[-1000:])
        if "--json" in args:
            assert len(json.loads(result.stdout)["documents"]) == 5
        if args[3] == "build":
            assert (project / "site" / "index.html").is_file() and (project / "site" / "pagefind").is_dir()
        if args[3] == "generate":
            assert (tmp / "out" / "index.md").is_file()
        return
    raise AssertionError(f"the README shows a command this test does not check: {line!r}")


def test_the_readme_shows_the_two_commands():
    assert "make serve" in README and "make test" in README


def test_every_readme_command_works(project, tmp_path):
    commands = readme_commands()
    assert len(commands) >= 10
    for line in commands:
        check(line, project, tmp_path)


def test_no_placeholder_in_the_docs_is_read_as_an_html_tag():
    """"seeds/<name>.yml" outside code is an HTML tag to Markdown, and the page shows "seeds/.yml"."""
    import re

    for page in sorted((ROOT / "docs").glob("*.md")):
        text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
        text = re.sub(r"`[^`\n]*`", "", text)
        assert not re.findall(r"<[a-z][a-z ]*>", text), page.name
