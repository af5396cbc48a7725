"""List markers: the bullet or number that starts a list item ("- ", "• ", "✅ ", "1. ", "(b) ", "IV. ").

Shared by clean (an item starts a paragraph of its own) and the proposals extractor (the items' numbers).
"""

from __future__ import annotations

import re

LIST_MARKER = re.compile(r"^(?:(?P<bullet>[-–—•*·▪►✅✔☑➤▶●■◆➢❖◾◦○▸‣→⁃□✓➔]+)|\(?(?P<number>\d{1,2}|[a-j]|[IVX]{1,4}|[ivx]{1,4})[.)])\s+")
_ROMAN_DIGITS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
MAX_ROMAN_MARKER = 10  # a list marker counts to X


def roman(numeral: str) -> int | None:
    """'XIV' -> 14, for numerals up to XXXIX; None for what is no well-formed numeral ('IIII', 'VX')."""
    value, rest = 0, numeral
    for n, letters in _ROMAN_DIGITS:
        while rest.startswith(letters):
            value, rest = value + n, rest[len(letters) :]
    return value if value and not rest and _written(value) == numeral else None


def _written(value: int) -> str:
    out = ""
    for n, letters in _ROMAN_DIGITS:
        count, value = divmod(value, n)
        out += letters * count
    return out


def list_number(token: str) -> int | None:
    """The number a marker's token stands for: '1' -> 1, 'b' -> 2, 'IV' -> 4, 'iii' -> 3 ('IIII' -> None).

    Letters run from 'a' to 'j' (LIST_MARKER's letters); a lone 'i' is the roman one that opens "i) ii) iii)", not the
    letter after 'h' (a list of nine lettered items is rarer than a roman list), and 'v' and 'x' are roman ("(v)" after
    "(iv)")."""
    if token.isdigit():
        return int(token)
    if len(token) == 1 and "a" <= token <= "j" and token != "i":
        return ord(token) - ord("a") + 1
    value = roman(token.upper())
    return value if value and value <= MAX_ROMAN_MARKER else None
