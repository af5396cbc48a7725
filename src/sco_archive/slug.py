"""Slugs: page names made of [a-z0-9-] only."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65_536)  # pure; render asks for the same ids, names and themes many times
def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens; a short hash when no ASCII is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")[:80].strip("-")
    return slug or "u-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
