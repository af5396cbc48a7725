"""Shared fixtures: the project root, the seeds, and a way to write texts into a temp folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")


@pytest.fixture(scope="session")
def seed_archive():
    from sco_archive.pipeline import run

    return run([str(SEEDS)])


@pytest.fixture
def write_texts(tmp_path):
    """Write {name: text} into a fresh folder and return it."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "texts"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return write

# Property tests draw the same examples on every run (the seed is derived from each test), so a CI run
# never fails on an example that no earlier run met; new examples are found by raising max_examples here.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("sco", derandomize=True)
_hypothesis_settings.load_profile("sco")
