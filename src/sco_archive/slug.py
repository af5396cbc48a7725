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


def unique(slugs: list[str], limit: int | None = None) -> list[str]:
    """The slugs made distinct, in order of preference: a slug is first given to the first of those it
    names, the others take the first free numeric suffix (-2, -3, ...), in order. With a limit, every
    result is cut to that many characters first (the suffix kept), so slugs that only differ beyond it
    are told apart the same way."""

    def fitted(slug: str, suffix: str = "") -> str:
        return (slug if limit is None else slug[: limit - len(suffix)].rstrip("-")) + suffix

    out = [fitted(slug) for slug in slugs]
    taken: set[str] = set()
    repeated = []
    for i, slug in enumerate(out):
        if slug in taken:
            repeated.append(i)
        taken.add(slug)
    tried: dict[str, int] = {}  # the last suffix tried for a slug: many repeats stay linear
    for i in repeated:
        number = tried.get(slugs[i], 1) + 1
        while fitted(slugs[i], f"-{number}") in taken:
            number += 1
        tried[slugs[i]] = number
        out[i] = fitted(slugs[i], f"-{number}")
        taken.add(out[i])
    return out
