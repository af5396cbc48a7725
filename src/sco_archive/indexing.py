"""Indexing: run Pagefind over a built site (the binary ships in the pagefind_bin wheel; offline)."""

from __future__ import annotations

import subprocess
from pathlib import Path

PAGEFIND_TIMEOUT = 600


def pagefind_binary() -> Path | None:
    """The Pagefind executable, or None when it is not installed."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    return get_executable()


def run_pagefind(site_dir: Path) -> str | None:
    """Index `site_dir` into `site_dir/pagefind`; a one-line problem, or None when it worked."""
    binary = pagefind_binary()
    if binary is None:
        return f"{site_dir}: pagefind is not installed (pip install 'pagefind[bin]'); the filter page will not work"
    try:
        result = subprocess.run([str(binary), "--site", str(site_dir), "--silent"], capture_output=True,
                                text=True, timeout=PAGEFIND_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{site_dir}: pagefind failed to run ({exc})"
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        return f"{site_dir}: pagefind failed ({detail[-1] if detail else f'exit {result.returncode}'})"
    return None
