"""Every regular expression the package compiles while it runs, printed as JSON (pattern, flags).

Run in a fresh interpreter (tests/test_regex_budget.py does): `re.compile` and the module-level
helpers (`re.search`, `re.match`, ...) are wrapped before `sco_archive` is imported, so patterns
compiled at import, on first use (lazily, in caches) and per value (a speaker's name) are all seen.
The pipeline then runs over both labelled corpora, and the seeds' site is generated, to reach the
lazily built ones and those of render and publish.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = str(ROOT / "src" / "sco_archive")
seen: dict[tuple[str, int], None] = {}


def _from_package() -> bool:
    """True when the caller of the re function is code of the package (not the stdlib or PyYAML)."""
    for frame in traceback.extract_stack(limit=6)[:-2]:
        if "sco_archive" in frame.filename and "regex_inventory" not in frame.filename:
            return True
    return False


def _wrap(name: str):
    original = getattr(re, name)

    def wrapper(pattern, *args, **kwargs):
        if isinstance(pattern, str) and _from_package():
            flags = kwargs.get("flags", args[0] if name == "compile" and args else 0)
            if name != "compile":  # re.search(p, s, flags) and friends: flags come after the string
                flags = kwargs.get("flags", 0)
            seen.setdefault((pattern, int(flags)), None)
        return original(pattern, *args, **kwargs)

    setattr(re, name, wrapper)


for _name in ("compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split"):
    _wrap(_name)

from sco_archive.pipeline import run  # noqa: E402  (after the wrappers, on purpose)
from sco_archive.publish.site import generate  # noqa: E402

run([str(ROOT / "tests" / "corpus" / "texts"), str(ROOT / "tests" / "holdout" / "texts")])
generate(ROOT, "seeds", ROOT / "docs")  # every page and download of the seeds: the render patterns too
json.dump([[p, f] for p, f in seen], sys.stdout)
