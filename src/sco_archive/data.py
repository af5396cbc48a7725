"""Domain knowledge loaded from the YAML files in data/ (never from code branches)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

import yaml
from re import _constants as _sre, _parser as _sre_parse


def _load(name: str) -> dict:
    text = resources.files("sco_archive").joinpath("data", name).read_text(encoding="utf-8")
    # yaml.safe_load with libyaml's parser when present (ten times faster): CSafeLoader is the safe
    # loader, the same SafeConstructor builds the same values; this is what yaml.safe_load does inside.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@dataclass(frozen=True)
class Knowledge:
    """Every data file, compiled once."""

    bodies: tuple[str, ...]  # canonical names
    body_pattern: re.Pattern | LazyPattern  # every body's aliases in one pattern; group b<i> is bodies[i]
    cities: dict[str, tuple[str, str]]  # lower-case spelling -> (city as canonical, country)
    countries: dict[str, str]  # lower-case name/alias -> country
    country_names: tuple[str, ...]  # names and aliases as written
    adjectives: dict[str, str]  # nationality adjective -> country
    titles: tuple[str, ...]
    ordinals: dict[str, int | str]
    cardinals: dict[str, int]
    themes: dict[str, tuple[str, ...]]
    theme_min_hits: int
    noise_reasons: tuple[str, ...]
    noise_pattern: re.Pattern | LazyPattern  # all noise rules in one pattern; group n<i> is noise_reasons[i]
    body: Folded  # body_pattern with its ASCII twin
    noise: Folded  # noise_pattern with its ASCII twin

    def body_search(self, text: str, pos: int = 0) -> re.Match | None:
        """body_pattern.search(text, pos); on ASCII text the case-sensitive twin over text.lower(), which
        finds the same spans (and groups) faster: for ASCII, re.I folds exactly what lower() folds."""
        return self.body.search(text, pos)

    def noise_fullmatch(self, line: str, lower: str) -> re.Match | None:
        """noise_pattern.fullmatch(line), given lower = line.lower(); an ASCII line goes to the twin, which
        compiles to plain literals the engine can skip past (about half the instructions): the same
        verdict and group."""
        return self.noise.fullmatch(line, lower)

    def body_of(self, match: re.Match) -> str:
        """The canonical name of the body a body_pattern match names."""
        return self.bodies[int(match.lastgroup[1:])]


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    """Load and compile the data files (cached for the process)."""
    body_data = _load("bodies.yml")["bodies"]
    groups = [f"(?P<b{i}>" + "|".join(b["aliases"]) + ")" for i, b in enumerate(body_data)]
    # Each body's group behind the lookahead of its own first characters (the same matches): at a
    # word start only the bodies whose aliases can begin there are tried, not every alias in turn.
    # The whole alternation can start with any of their characters (first_char_guard of it, without
    # parsing it all again).
    starts = [_first_char_set(g, re.I) for g in groups]
    guarded = "(?:" + "|".join(_guard(chars) + g for chars, g in zip(starts, groups)) + ")"
    any_start = set().union(*starts) if all(chars for chars in starts) else None
    # Compiled on first use: sentences in ASCII are searched by its twin (body_search).
    body_pattern = LazyPattern(r"\b" + _guard(any_start) + guarded + r"\b", re.I)
    cities: dict[str, tuple[str, str]] = {}
    countries: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    country_names: list[str] = []
    for c in _load("places.yml")["countries"]:
        countries[c["name"].lower()] = c["name"]
        country_names += [c["name"], *c.get("aliases", [])]
        for alias in c.get("aliases", []):
            countries[alias.lower()] = c["name"]
        for adj in c.get("adjectives", []):
            adjectives[adj] = c["name"]
        for city in [c["capital"], *c.get("cities", [])]:
            cities.setdefault(city.lower(), (city, c["name"]))
    ordinal_data = _load("ordinals.yml")
    theme_data = _load("themes.yml")
    noise_rules = _load("noise.yml")["rules"]
    # Alternatives are tried in order, so a full match's group is the first rule that matches the line.
    # Compiled on first use: ASCII lines are matched by its twin, lower-cased (noise_fullmatch).
    noise_pattern = LazyPattern(
        "|".join(f"(?P<n{i}>" + "|".join(rule["patterns"]) + ")" for i, rule in enumerate(noise_rules)), re.I
    )
    return Knowledge(
        body=Folded(body_pattern),
        noise_pattern=noise_pattern,
        noise=Folded(noise_pattern),
        noise_reasons=tuple(rule["reason"] for rule in noise_rules),
        bodies=tuple(b["name"] for b in body_data),
        body_pattern=body_pattern,
        cities=cities,
        countries=countries,
        country_names=tuple(sorted(set(country_names))),
        adjectives=adjectives,
        titles=tuple(_load("titles.yml")["titles"]),
        ordinals=ordinal_data["ordinals"],
        cardinals=ordinal_data["cardinals"],
        themes={k: tuple(v) for k, v in theme_data["themes"].items()},
        theme_min_hits=theme_data["min_hits"],
    )


def alternation(words: list[str] | tuple[str, ...], escape=None, word_start: bool = False) -> str:
    r"""A regex matching exactly what "(?:" + "|".join(escape(w) for w in words) + ")" matches, written as
    a trie so the engine reads a character once instead of trying every word at every position.

    Words are literals; where one word is a prefix of another the longer must come first (as when
    sorted longest first), so the trie tries the same ends in the same order, longest first, and the
    whole pattern backtracks through the same alternatives. Otherwise the plain alternation is returned.
    `escape` turns one character into its regex (by default `literal`, re.escape's literal for patterns
    without re.VERBOSE; or one that also allows other spacing). Case-sensitive patterns only (or words
    already in one case, ASCII).

    With word_start, the result is r"\b" + the alternation, written so that the engine can skip
    ahead to the words' first characters: when every word starts with a word character, r"\b"
    before the first character is the same test as r"(?<!\w\w)" after it.

    The pattern is written with no group the compiler does not need (an alternation's own group takes
    the "?" of a word that ends there): re's parser is pure Python, and every group costs it a call.
    """
    if escape is None:
        escape = literal
    if word_start and not all(_WORD_CHAR.match(w) for w in words):
        return r"\b" + alternation(words, escape)
    order = {w: i for i, w in reversed(list(enumerate(words)))}
    if not words or "" in order or _prefix_comes_first(order):
        if word_start:
            return "(?:" + "|".join(escape(w[0]) + r"(?<!\w\w)" + "".join(escape(c) for c in w[1:]) for w in words) + ")"
        return "(?:" + "|".join("".join(escape(c) for c in w) for w in words) + ")"
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict, top: bool = False) -> tuple[str, bool]:
        """The node's regex, and whether it is one group (an alternation in "(?:...)")."""
        after = r"(?<!\w\w)" if top and word_start else ""
        branches = [escape(ch) + after + build(child)[0] for ch, child in node.items() if ch != ""]
        if not branches:
            return "", False
        if len(branches) == 1:
            body, group = branches[0], False
        else:
            body, group = "(?:" + "|".join(branches) + ")", True
        if "" in node:  # a word ends here: try the longer words first, then stop here
            return (body if group else "(?:" + body + ")") + "?", False
        return body, group

    found, group = build(trie, top=True)
    return found if group else "(?:" + found + ")"


def folded_alternation(words: list[str] | tuple[str, ...], escape=None, trie: bool = True) -> str:
    """The words (longest first) as "|".join of their regexes, for a re.I pattern, without a group of its
    own: as a trie (alternation: the same matches, far fewer steps) when every word is lower-case ASCII,
    which no two letters of match alike under re.I; else plain (or when trie is False)."""
    escape = escape or literal
    if trie and all(w.isascii() and w == w.lower() for w in words):
        return alternation(words, escape)[3:-1]  # (alternation's "(?:...)" taken off)
    return "|".join("".join(escape(c) for c in w) for w in words)


def first_occurrence(text: str, words: tuple[str, ...]) -> int:
    """Where the first of `words` occurs in `text` (str.find), or -1 when none does. A pattern whose
    every match starts with one of the words written as they are (such as r"\b" + their alternation)
    finds the same matches when its search starts there, and none when there is no such place; and
    str.find reads a text several times faster than the engine tries a pattern along it."""
    found = [i for i in map(text.find, words) if i != -1]
    return min(found) if found else -1


_ESCAPED = {c: re.escape(c) for c in "()[]{}?*+|^$\\.\t\n\r\v\f"}


def literal(ch: str) -> str:
    """re.escape(ch) for a pattern without re.VERBOSE: the same, but for " ", "-", "#", "&" and "~", which
    need no backslash outside a character class, and which re's parser reads faster without one."""
    return _ESCAPED.get(ch, ch)


_WORD_CHAR = re.compile(r"\w")


def _prefix_comes_first(order: dict[str, int]) -> bool:
    """Whether a word is a prefix of a word that comes after it (`order`: each word's first index).

    The same as any(w.startswith(v) and order[w] > order[v] for w in order for v in order if w != v),
    which is quadratic in the number of words; this looks each word's shorter prefixes up instead
    (linear in the letters)."""
    return any(order.get(w[:i], n) < n for w, n in order.items() for i in range(1, len(w)))


def _first_chars(parsed) -> tuple[set[str], bool] | None:
    """The characters a parsed pattern can start with, and whether it can match the empty string;
    None when that cannot be told (classes such as \\w, lookarounds, backreferences...)."""
    chars: set[str] = set()
    for op, av in parsed:
        if op is _sre.LITERAL:
            return chars | {chr(av)}, False
        if op is _sre.IN:
            for o, a in av:
                if o is _sre.LITERAL:
                    chars.add(chr(a))
                elif o is _sre.RANGE and a[1] - a[0] <= 128:
                    chars.update(chr(x) for x in range(a[0], a[1] + 1))
                else:
                    return None
            return chars, False
        if op is _sre.SUBPATTERN:
            if av[1] or av[2]:
                return None  # (?i:...) and the like: its letters match otherwise than the pattern's flags say
            found = _first_chars(av[3])
        elif op is _sre.BRANCH:
            found = (set(), False)
            for branch in av[1]:
                sub = _first_chars(branch)
                if sub is None:
                    return None
                found = (found[0] | sub[0], found[1] or sub[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            sub = _first_chars(av[2])
            found = None if sub is None else (sub[0], sub[1] or av[0] == 0)
        elif op is _sre.AT:
            continue  # \b and the like consume nothing
        else:
            return None
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_char_set(source: str, flags: int = 0) -> set[str] | None:
    """The characters `source` can start with; None when they cannot be told or it can match the empty string."""
    try:
        found = _first_chars(_sre_parse.parse(source, flags))
    except Exception:  # noqa: BLE001 - a private module: without it, no guard
        return None
    if found is None or found[1] or not found[0]:
        return None
    return found[0]


def _guard(chars: set[str] | None) -> str:
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" if chars else ""


def first_char_guard(source: str, flags: int = 0) -> str:
    """A lookahead for the characters `source` can start with, to put before it: the same matches,
    but positions where it cannot start fail at once instead of trying every alternative. The
    lookahead is compiled with the same flags, so with re.I its class folds case as the literals do.
    Empty when the characters cannot be told or the pattern can match the empty string."""
    return _guard(_first_char_set(source, flags))


class StartTest:
    """Whether `pattern.match(text)` can succeed, told from the text's first character: the characters
    the pattern can start with, found as first_char_guard finds them. False only when it cannot match;
    a call costs a fraction of a failed match (per paragraph, in loops over every paragraph).

    ASCII characters are looked up in a set worked out with the pattern's own flags (re.I folds them as
    the pattern does); any other first character is let through, and so is any text when the
    characters cannot be told or the pattern can match the empty string."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        chars = _first_char_set(pattern.pattern, pattern.flags)
        if chars is None:
            self.ascii = None
        else:
            first = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", pattern.flags)
            self.ascii = frozenset(chr(i) for i in range(128) if first.match(chr(i)))

    def __call__(self, text: str) -> bool:
        if self.ascii is None:
            return True
        first = text[:1]
        return first in self.ascii or (first > "\x7f")


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class LazyPattern:
    """re.compile(pattern, flags), compiled the first time it is used: `pattern` and `flags` are there at
    once, every other attribute (search, finditer, groupindex...) is the compiled pattern's. For a form
    that only some texts need (the Unicode pattern whose ASCII twin reads ASCII text), or one built only
    for its source: re's parser and compiler are pure Python, a big pattern costs milliseconds."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        # what re.compile(pattern, flags).flags is: with re.UNICODE unless re.ASCII, and with the pattern's
        # own flags, which only a compiled pattern tells ("(?i)abc")
        self.flags = self.compiled.flags if _GLOBAL_FLAGS.match(pattern) else flags | (0 if flags & re.ASCII else re.UNICODE)

    @cached_property
    def compiled(self) -> re.Pattern:
        return re.compile(self.pattern, self._flags)

    def __getattr__(self, name: str):  # only for what is not set yet
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value  # the next look-up finds the bound method at once
        return value


def ascii_twin(pattern: re.Pattern | LazyPattern) -> re.Pattern | None:
    """The same re.I pattern compiled case-sensitively, to run over lower-cased ASCII text; None when that
    could differ, as the source tells:

    - an upper-case letter outside a group name (\\S, [A-Z], a capital);
    - a character named by its number (\\x4b is "K"), a group that turns re.I off ("(?-i:...)"), or a
      range in a class that may hold upper-case letters ([0-a]; see _RANGE);
    - a character outside ASCII that re.I matches with an ASCII one ('ſ' with 's', the Kelvin sign with
      'k'), or one next to a hyphen (a range's end: [Ā-ǿ] holds 'ſ'). Others ('©', '中文') can match no
      ASCII character either way.
    """
    source = re.sub(r"\(\?P<\w+>", "(", pattern.pattern)
    if not pattern.flags & re.I or any(c.isupper() for c in source) or _NUMBERED_OR_I_OFF.search(source):
        return None
    classes = [m[0][1:-1] for m in _CLASS_OR_CHAR.finditer(source) if len(m[0]) > 2]
    if any(_may_span_capitals(*m.groups()) for c in classes for m in _RANGE.finditer(c)):
        return None
    others = "".join(sorted({c for c in source if not c.isascii()}))
    if others and (_NEXT_TO_HYPHEN.search(source) or re.compile("[" + re.escape(others) + "]", pattern.flags).search(_ASCII)):
        return None
    return re.compile(pattern.pattern, _ascii_flags(pattern.pattern, pattern.flags & ~re.I))


_NUMBERED_OR_I_OFF = re.compile(r"\\[xu0-9]|\(\?[a-zA-Z]*-")
# A character class, or one character (escaped or not) outside one: ranges are only inside classes
# ("[\w-]+-point" has none). A class's "]" right after "[" or "[^" is a character of it.
_CLASS_OR_CHAR = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]|\\.|.", re.S)
# In a class, each hyphen with the characters around it (escaped or not): overlapping, so "a-b-c" gives both pairs.
_RANGE = re.compile(r"(?=(\\?.)-(\\?.))", re.S)
_NEXT_TO_HYPHEN = re.compile(r"[^\x00-\x7f]-|-[^\x00-\x7f]")
_ASCII = "".join(map(chr, range(128)))


def _may_span_capitals(start: str, end: str) -> bool:
    """Whether start-end, if it is a range, may hold an upper-case ASCII letter. An escaped end may stand
    for any character (\\t); "-]" ends a class (a hyphen before an unescaped "]" is a literal)."""
    if end == "]":
        return False
    if len(start) > 1 or len(end) > 1:
        return True
    return start <= "Z" and end >= "A" and start <= end


_INLINE_I = re.compile(r"\(\?[a-zA-Z]*i")  # (?i) or (?i:...), with other flags or not


def ascii_only(pattern: re.Pattern) -> re.Pattern:
    r"""The same case-sensitive pattern compiled with re.ASCII, to run over ASCII text only, where it
    finds the same matches faster (a character's class is a table look-up, not the Unicode database):
    on ASCII characters r"\w", r"\W", r"\b", r"\B", r"\d" and r"\D" match alike either way. Not r"\s":
    without re.ASCII it also matches the ASCII separators \x1c-\x1f, so a pattern that may hold
    r"\s" or r"\S" (or uses re.I or (?i), which folds some non-ASCII letters to ASCII ones) is returned as it is.
    So is one without any of those classes: re.ASCII would compile it to the same code."""
    flags = _ascii_flags(pattern.pattern, pattern.flags)
    if flags == pattern.flags or not any(c in "wWbBdDsS" for c in _ESCAPED_CHAR.findall(pattern.pattern)):
        return pattern
    return re.compile(pattern.pattern, flags)


_ESCAPED_CHAR = re.compile(r"\\(.)", re.S)  # the character after each backslash (r"\\" is one escape)


def _ascii_flags(source: str, flags: int) -> int:
    """`flags` with re.ASCII when ascii_only may use it for this source, else `flags` as they are."""
    if flags & re.I or _INLINE_I.search(source) or "\\s" in source or "\\S" in source:
        return flags
    return (flags & ~re.UNICODE) | re.ASCII


class Folded:
    """A re.I pattern that searches ASCII text through its ascii_twin: the same spans (use positions and
    truthiness only: on ASCII text the groups hold the lower-cased text)."""

    def __init__(self, pattern: re.Pattern | LazyPattern) -> None:
        self.pattern = pattern
        self.twin = ascii_twin(pattern)

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        if self.twin is not None and text.isascii():
            return self.twin.search(text.lower(), pos)
        return self.pattern.search(text, pos)

    def fullmatch(self, text: str, lower: str | None = None) -> re.Match | None:
        """pattern.fullmatch(text); `lower`, when given, is text.lower() (a caller that has it already)."""
        if self.twin is not None and text.isascii():
            return self.twin.fullmatch(text.lower() if lower is None else lower)
        return self.pattern.fullmatch(text)
