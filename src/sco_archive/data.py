"""Moved to knowledge.py; clean.py still imports it from here until it switches (then delete this file)."""

from .knowledge import knowledge  # noqa: F401
