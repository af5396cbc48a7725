"""List markers: the bullet or number that starts a list item ("- ", "• ", "✅ ", "1. ", "(b) ", "IV. ").

Shared by clean (an item starts a paragraph of its own) and the proposals extractor (the items' numbers).
"""

from __future__ import annotations

import re

LIST_MARKER = re.compile(r"^(?:(?P<bullet>[-–—•*·▪►✅✔☑➤▶●■◆]+)|\(?(?P<number>\d{1,2}|[a-j]|[IVX]{1,4}|[ivx]{1,4})[.)])\s+")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def list_number(token: str) -> int | None:
    """The number a marker's token stands for: '1' -> 1, 'b' -> 2, 'IV' -> 4, 'iii' -> 3 ('IIII' -> None).

    A lone 'i' is the roman one that opens "i) ii) iii)", not the letter after 'h' (a list of nine
    lettered items is rarer than a roman list)."""
    if token.isdigit():
        return int(token)
    if token.islower() and (len(token) > 1 or token == "i"):
        return _ROMAN.get(token.upper())
    if token.islower():
        return ord(token) - ord("a") + 1
    return _ROMAN.get(token)
