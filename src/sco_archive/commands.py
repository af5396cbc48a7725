"""Site commands (init, generate, build, serve), registered on the CLI parser."""

from __future__ import annotations


def register(sub) -> None:
    """Add the site subcommands; filled in by the site layer."""
