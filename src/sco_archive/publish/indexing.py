"""Indexing: run Pagefind over a built site (offline).

Pagefind comes from one of two places, the first found wins:
- npm, in this environment: `make install` runs `npm install --prefix .venv/pagefind pagefind@<pinned>`
  when npm is present. Pagefind >= 1.6 writes a byte-identical index run to run.
- PyPI's pagefind_bin wheel (a dependency, so always there): 1.5.2, which writes its filter and
  metadata files in hash order, so two builds differ under site/pagefind/.
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path

PAGEFIND_TIMEOUT = 600
# Where `make install` puts Pagefind's npm package (sys.prefix is the virtual environment).
NPM_PREFIX = Path(sys.prefix) / "pagefind"
# The first Pagefind whose index is byte-identical run to run.
REPRODUCIBLE = (1, 6)


def pagefind_binary() -> Path | None:
    """The Pagefind executable: npm's in this environment, else the pagefind_bin wheel's, else None.

    npm's `pagefind` command is a Node wrapper that runs the native binary of the one platform
    package npm installed (@pagefind/linux-x64, ...); we run that binary directly: no Node process.
    """
    npm = sorted(NPM_PREFIX.glob("node_modules/@pagefind/*/bin/pagefind_extended"))
    if npm:
        return npm[0]
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    return get_executable()


@cache
def pagefind_version(binary: Path) -> tuple[int, ...]:
    """The version `binary --version` prints ("pagefind 1.6.0" -> (1, 6, 0)); () when it prints none."""
    try:
        out = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=60, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ()
    found = re.search(r"(\d+)\.(\d+)\.(\d+)", out)
    return tuple(int(part) for part in found.groups()) if found else ()


def reproducibility_notice() -> str | None:
    """One line when the Pagefind in use does not write a reproducible index, else None."""
    binary = pagefind_binary()
    if binary is None or pagefind_version(binary) >= REPRODUCIBLE:
        return None
    version = ".".join(map(str, pagefind_version(binary))) or "of unknown version"
    return (f"Pagefind {version}: the search index (site/pagefind/) will not be reproducible; Pagefind >= 1.6 "
            f"from npm would be (`make install` installs it when npm is present)")


def run_pagefind(site_dir: Path, output: Path | None = None, shown: Path | None = None,
                 binary: Path | None = None) -> str | None:
    """Index `site_dir` into `site_dir/pagefind` (or `output`); a one-line problem naming `shown` (the site,
    by default), or None when it worked."""
    shown = shown or site_dir
    binary = binary or pagefind_binary()
    if binary is None:
        return f"{shown}: pagefind is not installed (pip install 'pagefind[bin]'); the filter page will not work"
    where = ["--output-path", str(output.resolve())] if output else []
    try:
        result = subprocess.run([str(binary), "--site", str(site_dir), *where, "--silent"], capture_output=True,
                                text=True, timeout=PAGEFIND_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{shown}: pagefind failed to run ({exc})"
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        return f"{shown}: pagefind failed ({detail[-1] if detail else f'exit {result.returncode}'})"
    return None
