"""Temporary: lets publish/facets.py (moved as is) import `.model` until its imports are updated."""
from ..model import Archive, Document  # noqa: F401
