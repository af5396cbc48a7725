"""The cities a text names for its meeting besides its venue, as grouping (group.py) compares them: the cities its lead
names, the declaration it says was adopted, the declarations it names; all by one name per city (places.yml one_city)."""

from __future__ import annotations

import re
from functools import lru_cache

from .extract.placenames import city_country, place_patterns
from .knowledge import knowledge
from .model import Document

LEAD_PARAGRAPHS = 4  # the headline and the first paragraphs, where a report says where its meeting met
# "signed the Astana Declaration", "documents were signed and adopted, including the Tianjin Declaration" (not "approved the
# draft documents for the summit, including the Tashkent Declaration")
_ADOPTED = re.compile(r"\b(?:signed|adopted|issued)\b(?:(?!\bdraft\b)[^.;]){0,80}?\b([A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+)?) Declaration\b")
_DECLARATION = re.compile(r"\b([A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+)?) Declaration\b")


def one_city(city: str) -> str:
    """The name grouping compares a city by: "Пекин" and "Beijing", "Nur-Sultan" and "Astana" are one city."""
    return knowledge().one_city.get(city.lower(), city)


@lru_cache(maxsize=1024)
def declared_city(paragraphs: tuple) -> str | None:
    """The known city the first declaration the text says was adopted is named after."""
    for p in paragraphs:
        for m in _ADOPTED.finditer(p.text):
            known = city_country(m[1])
            if known:
                return known[0]
    return None


@lru_cache(maxsize=1024)
def cities_named(paragraphs: tuple) -> frozenset[str]:
    """The known cities the text names (not in a name: "the Shanghai Cooperation Organization")."""
    pattern = place_patterns()[0]
    return frozenset(one_city(city_country(m[1])[0]) for p in paragraphs for m in pattern.finditer(p.text) if city_country(m[1]))


@lru_cache(maxsize=1024)
def declarations_named(paragraphs: tuple) -> frozenset[str]:
    """The known cities of the declarations the text names ("the Tianjin Declaration")."""
    return frozenset(one_city(city_country(m[1])[0]) for p in paragraphs for m in _DECLARATION.finditer(p.text) if city_country(m[1]))


def named_places(members: list[Document]) -> set[str]:
    """Where texts that give no city name their meeting: the known cities their leads name, and the city of the one
    declaration they name ("the main document, the Tianjin Declaration"; not when they name two: "the Astana Declaration of
    2005" beside this year's)."""
    declared = set().union(*(declarations_named(m.paragraphs) for m in members))
    led = set().union(*(cities_named(m.paragraphs[:LEAD_PARAGRAPHS]) for m in members))
    return led | (declared if len(declared) == 1 else set())
