"""Publisher: the outlet a text names as its own, which a citation of a report gives as its author."""

from __future__ import annotations

import re

from ..model import Evidence, Paragraph, Removed

# Where a text names its publisher, most telling first. Each name is short (at most 60 characters)
# and starts with a capital; the patterns are linear (bounded, no nested repeats).
_NAME = r"(?P<name>[A-Z][\w&.'’ -]{1,59}?)"
PATTERNS = (
    ("source line", re.compile(r"^(?:Source|Publisher|Published by)\s*[:：]\s*" + _NAME + r"\s*(?:[|｜]|$)")),
    ("outlet line", re.compile(r"^" + _NAME + r"\s*[|｜]\s*(?:Updated|Published|Posted|Released)\b")),
    ("dateline", re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\(" + _NAME + r"\)\s*(?:--|[—–-])")),
    ("copyright line", re.compile(r"^Copyright\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?" + _NAME
                                  + r"\.?\s*(?:All rights reserved\b|$)", re.I)),
)
_LEAD_PARAGRAPHS = 3  # a dateline opens the text
_EDGE = 40  # removed lines read at each end


def publisher(removed: tuple[Removed, ...], paragraphs: tuple[Paragraph, ...]) -> tuple[str | None, Evidence | None]:
    """The publisher the text names (its source line, outlet line, dateline or copyright line), or None.
    Such lines are in a page's header or footer: the first and last lines cleaning removed, and the
    first paragraphs."""
    edges = removed if len(removed) <= 2 * _EDGE else removed[:_EDGE] + removed[-_EDGE:]
    lines = [" ".join(r.text.split()) for r in edges] + [" ".join(p.text.split()) for p in paragraphs[:_LEAD_PARAGRAPHS]]
    for rule, pattern in PATTERNS:
        for line in lines:
            m = pattern.search(line)
            if m:
                return m["name"].strip(" .-"), Evidence(line, rule)
    return None, None
