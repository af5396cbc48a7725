"""Temporary: lets publish/facets.py (moved as is) import `.render` until its imports are updated."""
from ..render.pages import city_of, doc_uri, speaker_name  # noqa: F401
