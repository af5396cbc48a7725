"""Markup helpers: the only ways seed text reaches Markdown, front matter, tables and links.

Seed text is untrusted. Python-Markdown passes raw HTML and `javascript:` links through, and with
`attr_list` a `{: onclick=... }` becomes an attribute; MkDocs' Jinja does not autoescape front-matter
values. So every string from a seed goes through `md_escape` (body text), `cell` (table cells) or
`meta_escape` (front matter), and link targets are only ever our own slugs.
"""

from __future__ import annotations

import re

import frontmatter
import yaml

# Markdown's own specials plus those of the extensions a site may enable (tables `|`, attr_list `{}`,
# admonition `!!!`, details `???`, setext `=`, tilde `~`); `pymdownx.escapeall` makes each escape valid.
_MD_SPECIAL = frozenset("\\`*_{}[]()#+-.!|~=?")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069): one U+202E in a title reverses
# the rest of the line it is shown on (the tab, the header, every list that links it). They carry
# nothing a reader needs, so they are removed with the control characters.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f{_BIDI}]")
_BIDI_UTF8 = re.compile(rb"\xe2(?:\x80[\xaa-\xae]|\x81[\xa6-\xa9])")  # the bidi controls, encoded
_TARGET = re.compile(r"[a-z0-9./#_:-]+")


# Each special character replaced in its own C-level pass, the backslash first (the other passes
# only add backslashes) and "&" before "<" and ">" (whose entities start with "&"): the same as
# mapping each character to its escape at once (str.translate with a dict), which looks the dict up
# for every character and was render's hot spot, several times slower.
_REPLACEMENTS = (("\\", "\\\\"), *((c, "\\" + c) for c in sorted(_MD_SPECIAL - {"\\"})), *_ENTITIES.items())
# Only short strings (names, titles, places, labels) are cached: they recur on many pages, while a
# paragraph is escaped once; caching whole texts held ~100 MB at 5,000 documents.
_CACHED_CHARS = 100
_escaped: dict[str, str] = {}
_inlined: dict[str, str] = {}
_CACHE_ENTRIES = 16384


_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])  # _CONTROL, as bytes
_CONTROLS_TO_SPACE = bytes.maketrans(_CONTROL_BYTES, b" " * len(_CONTROL_BYTES))


def _without_controls(text: str) -> str:
    """_CONTROL.sub("", text): control characters and bidi controls removed, without the substitution
    when there is nothing to remove (nearly always).

    In UTF-8 (lone surrogates too, with "surrogatepass") a byte below 0x80 is only ever that ASCII
    character, so the text holds a control character exactly when its encoding holds a control byte;
    encoding and translating bytes run in C at a fraction of the regex's cost per character. Control
    bytes are mapped to a space, which no control byte is, so the bytes come back equal exactly when
    there is none (a plain table is half the instructions per byte of one with bytes to delete). A bidi
    control is three bytes starting with 0xE2, which the search of _BIDI_UTF8 skips to in C."""
    data = text.encode("utf-8", "surrogatepass")
    if data.translate(_CONTROLS_TO_SPACE) == data and (text.isascii() or not _BIDI_UTF8.search(data)):
        return text
    return _CONTROL.sub("", text)


def _escape_specials(text: str) -> str:
    """Each special character escaped: `for special, escaped in _REPLACEMENTS`, each replaced if present,
    written out in that order (a third fewer instructions than the loop, which unpacks a tuple per
    special for every text; benchmarks/markup_fuzz.py checks it against the loop)."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "!" in text:
        text = text.replace("!", "\\!")
    if "#" in text:
        text = text.replace("#", "\\#")
    if "(" in text:
        text = text.replace("(", "\\(")
    if ")" in text:
        text = text.replace(")", "\\)")
    if "*" in text:
        text = text.replace("*", "\\*")
    if "+" in text:
        text = text.replace("+", "\\+")
    if "-" in text:
        text = text.replace("-", "\\-")
    if "." in text:
        text = text.replace(".", "\\.")
    if "=" in text:
        text = text.replace("=", "\\=")
    if "?" in text:
        text = text.replace("?", "\\?")
    if "[" in text:
        text = text.replace("[", "\\[")
    if "]" in text:
        text = text.replace("]", "\\]")
    if "_" in text:
        text = text.replace("_", "\\_")
    if "`" in text:
        text = text.replace("`", "\\`")
    if "{" in text:
        text = text.replace("{", "\\{")
    if "|" in text:
        text = text.replace("|", "\\|")
    if "}" in text:
        text = text.replace("}", "\\}")
    if "~" in text:
        text = text.replace("~", "\\~")
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_chars(text: str) -> str:
    """Control characters removed, then each special character escaped (lines not yet stripped:
    escaping adds no whitespace, so stripping them after is the same)."""
    return _escape_specials(_without_controls(text))


def _md_escape(text: str) -> str:
    if "\n" in text and _ascii_lines(text):  # a whole text: skip splitting it to strip its lines
        return _escape_specials(text)
    text = _escape_chars(text)
    if "\n" not in text:
        return text.strip()
    return "\n".join(line.strip() for line in text.split("\n"))


def _ascii_lines(text: str) -> bool:
    """Whether text is lines of printable ASCII with no space at either end of a line: then removing control
    characters and stripping each line (before or after escaping, which only turns a special character into
    more non-space characters) leave it as it is. The printable ASCII characters are \x20-\x7e, so the only
    whitespace left is " " and "\n", and a line starts or ends with whitespace exactly where the text starts
    or ends with " " or holds " \n" or "\n "."""
    if not text.isascii():
        return False
    data = text.encode("ascii")
    return (data.translate(_UNPRINTABLE_BUT_LF_TO_SPACE) == data and text[:1] != " " and text[-1:] != " "
            and " \n" not in text and "\n " not in text)


def md_escape(text: str) -> str:
    """Seed text as literal Markdown: HTML and Markdown specials escaped, indentation stripped.

    Short strings are cached: names, titles and places are escaped again on every index page that lists them.
    """
    if len(text) > _CACHED_CHARS:
        return _md_escape(text)
    found = _escaped.get(text)
    if found is None:
        if len(_escaped) >= _CACHE_ENTRIES:
            _escaped.clear()
        found = _escaped[text] = _md_escape(text)
    return found


def md_escape_lines(texts: list[str]) -> list[list[str]]:
    """[md_escape(text).split("\\n") for text in texts], escaped in one pass instead of a dozen C calls
    (and a Python loop over the specials) per text.

    The same: removing controls and escaping replace single characters and never touch "\\n", so escaping
    the texts joined by "\\n" is joining their escapes; each line is stripped as md_escape strips it, and
    a text with n line breaks is the next n + 1 lines."""
    lines = [line.strip() for line in _escape_chars("\n".join(texts)).split("\n")]
    out, start = [], 0
    for text in texts:
        end = start + text.count("\n") + 1
        out.append(lines[start:end])
        start = end
    return out


def _one_line(text: str) -> str:
    r"""re.sub(r"\s+", " ", text).strip(): every run of whitespace one space, none at either end.

    str.split() splits at exactly the characters `\\s` matches (str.isspace, checked for every code
    point) and drops them at both ends, in C: several times faster than the regex on long texts."""
    return " ".join(text.split())


def md_inline(text: str) -> str:
    """Seed text as literal Markdown on one line (for headings, list items, link texts)."""
    if len(text) > _CACHED_CHARS:
        return _md_escape(_one_line(text))
    found = _inlined.get(text)
    if found is None:
        if len(_inlined) >= _CACHE_ENTRIES:
            _inlined.clear()
        found = _inlined[text] = _md_escape(_one_line(text))
    return found


def cell(text: str | int | None) -> str:
    """A table cell: one line, literal, `|` escaped; empty values shown as an en dash."""
    if text is None or text == "":
        return "–"
    return md_inline(str(text))


# ASCII's unprintable characters (all below 0x20, and 0x7f), and all of them but "\n", mapped to a space
_UNPRINTABLE = bytes([*range(0x00, 0x20), 0x7F])
_UNPRINTABLE_TO_SPACE = bytes.maketrans(_UNPRINTABLE, b" " * len(_UNPRINTABLE))
_UNPRINTABLE_BUT_LF = bytes([*range(0x00, 0x0A), *range(0x0B, 0x20), 0x7F])
_UNPRINTABLE_BUT_LF_TO_SPACE = bytes.maketrans(_UNPRINTABLE_BUT_LF, b" " * len(_UNPRINTABLE_BUT_LF))


def _printable(text: str) -> bool:
    """text.isprintable(); for ASCII text through a byte table, as in _printable_lines."""
    if text.isascii():
        data = text.encode("ascii")
        return data.translate(_UNPRINTABLE_TO_SPACE) == data
    return text.isprintable()


def _printable_lines(text: str) -> bool:
    """text.replace("\\n", " ").isprintable(): every line printable. For ASCII text (the printable ASCII
    characters are \\x20-\\x7e) a byte table does it in a third of isprintable's instructions per
    character: unprintable bytes other than "\\n" become a space, which none of them is, so the bytes
    come back equal exactly when there is none."""
    if text.isascii():
        data = text.encode("ascii")
        return data.translate(_UNPRINTABLE_BUT_LF_TO_SPACE) == data
    return text.replace("\n", " ").isprintable()


def cells(values: list[str | None]) -> list[str]:
    """[cell(v) for v in values], escaped in one pass over all their characters instead of a dozen
    C calls per value (a provenance table has some fifty cells, many of them whole sentences).

    The same, character for character: each value is made one line first, so joined by "\\n" every
    value is a line of its own; escaping replaces single characters (never "\\n") and strips each line."""
    texts = [v for v in values if v]  # strings only: cell(0) is "0", not "–"
    joined = "\n".join(texts)
    # flat = joined.replace("\n", " ") was checked: printable, no "  ", no " " at either end. With every
    # "\n" a separator (and no value empty, so no "\n\n"), "  " in flat is "  ", " \n" or "\n " in joined.
    if joined.count("\n") == len(texts) - 1 and _printable_lines(joined) and "  " not in joined \
            and " \n" not in joined and "\n " not in joined and joined[:1] != " " and joined[-1:] != " ":
        # The usual case, checked in C over all values at once: each is one line of printable characters
        # (every whitespace but " " and every control character is unprintable) with single spaces
        # inside it and none at its ends, so _one_line, removing controls and stripping change nothing.
        escaped = _escape_specials(joined).split("\n")
    else:
        escaped = [line.strip() for line in _escape_chars("\n".join(_one_line(text) for text in texts)).split("\n")]
    if len(texts) == len(values):
        return escaped
    found = iter(escaped)
    return [next(found) if v else "–" for v in values]


# For table_rows: ASCII's unprintable bytes (but "\n" and "\x1f") to "\x00"; " ", "\n" and "\x1f" to "\n"
_ROW_SEPARATORS = b" \n\x1f"
_ROW_CHECK = bytes.maketrans(bytes([*(b for b in _UNPRINTABLE if b not in _ROW_SEPARATORS), *_ROW_SEPARATORS]),
                             b"\x00" * (len(_UNPRINTABLE) - 2) + b"\n" * len(_ROW_SEPARATORS))


def table_rows(rows: list[tuple]) -> str:
    """"\n".join("| " + " | ".join(cells(row)) + " |" for row in rows): the rows of a table, escaped
    (rows of strings or None, all as wide).

    The usual case in one escape and two replaces, instead of splitting the escaped cells apart and joining
    them again: every value is a non-empty string of printable ASCII with single spaces, none at its ends,
    and holds neither "\n" nor "\x1f" (then, as in `cells`, each cell is its escape). Joined with "\x1f"
    between cells and "\n" between rows, which escaping leaves alone, the escape of the whole is the cells'
    escapes so joined. The check: with " " and both separators made "\n", a double space, a space at a
    value's end, or an empty value would be "\n\n" or an "\n" at either end, and every other unprintable
    byte is "\x00"."""
    if rows and all(map(all, rows)):
        flat = "".join(map("".join, rows))
        if flat.isascii() and "\n" not in flat and "\x1f" not in flat:
            joined = "\n".join(map("\x1f".join, rows))
            data = joined.encode("ascii").translate(_ROW_CHECK)
            if b"\x00" not in data and b"\n\n" not in data and data[:1] != b"\n" and data[-1:] != b"\n":
                return "| " + _escape_specials(joined).replace("\x1f", " | ").replace("\n", " |\n| ") + " |"
    if not rows:
        return ""
    escaped = iter(cells([v for row in rows for v in row]))
    return "\n".join(["| " + " | ".join(row) + " |" for row in zip(*[escaped] * len(rows[0]))])


# html.escape(text, quote=True), in its order ("&" first: the other entities start with it)
_HTML_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def _html_escape(text: str) -> str:
    """html.escape(text, quote=True). A str.replace of a character the text does not hold still counts
    it character by character; `in` (memchr) is several times cheaper, so only present ones are replaced."""
    for char, entity in _HTML_ESCAPES:
        if char in text:
            text = text.replace(char, entity)
    return text


def _meta_line(text: str) -> str:
    """_one_line(_without_controls(text)), with neither pass when the text is printable (no control
    character, no whitespace but " "), has no double space and none at either end: then both give it
    back as it is. One early-stopping check instead of two passes over long texts."""
    if text.isascii():
        line = _ascii_meta_line(text)
        return _one_line(_without_controls(text)) if line is None else line
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return _one_line(_without_controls(text))


def _ascii_meta_line(text: str) -> str | None:
    """_meta_line(text) for an ASCII text made of printable lines with single spaces, none at either end of
    a line, and breaks of one or two "\n" between lines, else None. Such a text holds no control character,
    and its whitespace runs are a lone " " or one such break: str.split() cuts exactly there, so _one_line
    puts one space for each break (a text of paragraphs, such as a proposal, without splitting it into
    words). What is left is printable ASCII."""
    if not _ascii_lines(text) or "  " in text or text[:1] == "\n" or text[-1:] == "\n" or "\n\n\n" in text:
        return None
    return text.replace("\n\n", " ").replace("\n", " ") if "\n" in text else text


def meta_text(text: str) -> str:
    """A front-matter value before escaping: one line of plain text (whitespace runs one space, no
    control character). Values shown outside the pages (the filter page's facet table) use it too, so
    that they equal what a page's HTML reads back as."""
    return _meta_line(text)


def meta_escape(text: str) -> str:
    """A front-matter value: one line of plain, HTML-escaped text (Jinja does not autoescape it)."""
    if len(text) > _CACHED_CHARS:
        return _html_escape(_meta_line(text))
    found = _meta_escaped.get(text)
    if found is None:
        if len(_meta_escaped) >= _CACHE_ENTRIES:
            _meta_escaped.clear()
        found = _meta_escaped[text] = _html_escape(_one_line(_without_controls(text)))
    return found


_meta_escaped: dict[str, str] = {}


def link(text: str, target: str) -> str:
    """A Markdown link with literal text; `target` must be one of our own relative paths."""
    if not _TARGET.fullmatch(target) or ":" in target.split("#")[0]:
        raise ValueError(f"not an internal link target: {target!r}")
    return f"[{md_inline(text)}]({target})"


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table from already escaped cells."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def indent(text: str, spaces: int = 4) -> str:
    """Indent every non-empty line (content of an admonition or details block)."""
    pad = " " * spaces
    if "\n" not in text:  # one line (a citation): what the join below gives, without splitting
        return pad + text if text else ""
    return "\n".join(pad + line if line else "" for line in text.split("\n"))


# libyaml writes the very same front matter as PyYAML's pure-Python SafeDumper, six times faster, as
# long as every string stays within these characters (C1 controls, the BOM and astral characters
# are quoted differently): checked by benchmarks/yaml_dumpers.py. Other pages keep SafeDumper.
_LIBYAML_DIFFERS = re.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
_FAST_DUMPER = getattr(yaml, "CSafeDumper", None)


def _strings(value) -> list[str]:
    """Every string in a front-matter value (keys included)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def yaml_dumper(meta: dict) -> type:
    """libyaml's dumper when it writes the same bytes as SafeDumper for this metadata, else SafeDumper."""
    if _FAST_DUMPER is None or _LIBYAML_DIFFERS.search("".join(_strings(meta))):
        return yaml.SafeDumper
    return _FAST_DUMPER


# Front matter without a YAML dump, for what pages hold (flat mappings of strings, numbers, booleans,
# None, lists of those and one-level mappings): the bytes PyYAML's emitter writes for them, checked by
# benchmarks/front_matter.py against frontmatter.dumps. Anything else (other characters, very long
# values, other types) goes through frontmatter.dumps as before.
_PLAIN_SAFE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
_FIRST_INDICATORS = frozenset("#,[]{}&*!|>'\"%@` ")
_KEY = re.compile("[a-z][a-z_]{0,40}")
_MAX_SCALAR = 4000  # far below the 10,000-character width at which the emitter would wrap a line
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
# The first characters an implicit resolver (bool, int, float, null, timestamp...) looks at: a string
# starting otherwise is a plain str to the resolver. With a catch-all resolver every string is looked at.
_RESOLVED_FIRST = (frozenset(k for k in _RESOLVER.yaml_implicit_resolvers if k) if None not in _RESOLVER.yaml_implicit_resolvers
                   else type("_All", (), {"__contains__": lambda self, _: True})())
_scalars: dict[str, str | None] = {}


def _match_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """The characters a match of `pattern` can be made of, when it can only match up to the end of the text
    (its last item is `$`) out of literals and class ranges; else None (case folding, a category or a
    negated class, any character, a group reference: then nothing is known)."""
    from re import _parser  # the parser re.compile uses (sre_parse before 3.11)

    chars: set[str] = set()

    def walk(items) -> bool:
        for op, arg in items:
            if op is _parser.LITERAL:
                chars.add(chr(arg))
            elif op is _parser.IN:
                for kind, value in arg:
                    if kind is _parser.LITERAL:
                        chars.add(chr(value))
                    elif kind is _parser.RANGE:
                        chars.update(map(chr, range(value[0], value[1] + 1)))
                    else:
                        return False
            elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
                if not walk(arg[2]):
                    return False
            elif op is _parser.SUBPATTERN:  # (group, flags turned on, flags turned off, items)
                if arg[1] & re.IGNORECASE or not walk(arg[3]):
                    return False
            elif op is _parser.BRANCH:
                if not all(walk(branch) for branch in arg[1]):
                    return False
            elif op is not _parser.AT:
                return False
        return True

    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if pattern.flags & re.IGNORECASE or not len(tree) or tree[-1] != (_parser.AT, _parser.AT_END) or not walk(tree):
            return None
    except Exception:  # noqa: BLE001 - another parser: nothing is known
        return None
    return frozenset(chars)


def _resolver_chars() -> dict[str, str | None]:
    """For each first character the implicit resolvers look at: every character their patterns can match, as
    one string (for str.lstrip), or None when one of them is not such a set. Empty when the resolver has path
    resolvers or a catch-all implicit one (then every string goes to the resolver)."""
    resolvers = _RESOLVER.yaml_implicit_resolvers
    if None in resolvers or _RESOLVER.yaml_path_resolvers or _RESOLVER.DEFAULT_SCALAR_TAG != _STR_TAG:
        return {}
    found: dict[str, str | None] = {}
    for first, patterns in resolvers.items():
        sets = [_match_chars(regexp) for _, regexp in patterns]
        found[first] = None if None in sets else "".join(sorted(set().union(*sets)))
    return found


_RESOLVER_CHARS = _resolver_chars()


def _resolves_to_str(value: str) -> bool:
    """_RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG for a non-empty value, without
    running the patterns (several thousand instructions each) when none can match: each is anchored by `$`,
    which matches at the end or before a final "\n", and made of the characters _RESOLVER_CHARS lists, so
    a match leaves at most "\n" once those characters are stripped from the front. No match is str."""
    chars = _RESOLVER_CHARS.get(value[0])
    if chars is not None and value.lstrip(chars) not in ("", "\n"):
        return True
    return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG


def _scalar(value: str) -> str | None:
    """A string as the emitter writes it in block context (plain or single-quoted), or None if unsure."""
    found = _scalars.get(value, _scalars)
    if found is not _scalars:
        return found
    # an ASCII string matches _PLAIN_SAFE exactly when it is printable (its printable characters are
    # \x20-\x7e), which _printable tells in a fraction of the regex's instructions per character
    if len(value) > _MAX_SCALAR or not (value.isascii() and _printable(value) or _PLAIN_SAFE.fullmatch(value)):
        found = None
    else:
        found = _written(value)
    if len(value) <= _CACHED_CHARS:
        if len(_scalars) >= _CACHE_ENTRIES:
            _scalars.clear()
        _scalars[value] = found
    return found


def _written(value: str) -> str:
    """A string of _PLAIN_SAFE characters, at most _MAX_SCALAR long, as the emitter writes it: plain or single-quoted."""
    plain = (
        value != ""
        and value[0] not in _FIRST_INDICATORS
        and value[-1] != " "
        and not value.startswith(("---", "..."))
        and not (value[0] in "?:-" and (len(value) == 1 or value[1] == " "))
        and ": " not in value
        and not value.endswith(":")
        and " #" not in value
        and (value[0] not in _RESOLVED_FIRST or _resolves_to_str(value))
    )
    return value if plain else "'" + value.replace("'", "''") + "'"


def _plain_key(key) -> bool:
    """A key the emitter writes as it is; each checked once (pages use a few dozen keys)."""
    if type(key) is not str:
        return False
    if key in _plain_keys:
        return True
    if not _KEY.fullmatch(key) or _scalar(key) != key:
        return False
    if len(_plain_keys) >= _CACHE_ENTRIES:
        _plain_keys.clear()
    _plain_keys.add(key)
    return True


_plain_keys: set[str] = set()


def _value(value) -> str | None:
    """A scalar value in block context, or None."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is str:
        return _scalar(value)
    if type(value) is int:
        return str(value)
    return None


def _front_matter(meta: dict) -> str | None:
    """yaml.dump(meta, ...).strip() as frontmatter.dumps writes it, or None when meta is not simple."""
    if not meta or "content" in meta or "handler" in meta:
        return None
    lines = []
    for key, value in meta.items():
        if not _plain_key(key):
            return None
        if type(value) is list:
            if not value:
                lines.append(key + ": []")
                continue
            lines.append(key + ":")
            for item in value:
                text = _value(item)
                if text is None:
                    return None
                lines.append("- " + text)
        elif type(value) is dict:
            if not value:
                lines.append(key + ": {}")
                continue
            lines.append(key + ":")
            for inner, item in value.items():
                text = _value(item)
                if text is None or not _plain_key(inner):
                    return None
                lines.append("  " + inner + ": " + text)
        else:
            text = _value(value)
            if text is None:
                return None
            lines.append(key + ": " + text)
    return "\n".join(lines).strip()  # frontmatter strips the dump, a value's trailing \xa0 too


def page(meta: dict, body: str) -> str:
    """A Markdown page: YAML front matter written by python-frontmatter, `\\n` newlines, final newline."""
    front = _front_matter(meta)
    if front is None:
        post = frontmatter.Post(body.strip("\n"), **meta)
        text = frontmatter.dumps(post, Dumper=yaml_dumper(meta), sort_keys=False, allow_unicode=True, width=10_000)
        return _lf(text).lstrip("\ufeff") + "\n"
    return written_page(front, body)


def written_page(front: str, body: str) -> str:
    """page(meta, body) for meta whose front matter `_front_matter(meta)` wrote as `front`.

    frontmatter's template is "{start}\\n{metadata}\\n{end}\\n\\n{content}\\n", stripped, and this
    function adds the final newline: here in one copy of the page instead of three (the template, the
    strip, the newline). The text starts with "---", so stripping only takes the whitespace at the end of
    the content (or, with no content, the blank lines after "---"), and there is no BOM to take."""
    content = body.strip("\n").rstrip()
    return _lf(f"---\n{front}\n---\n\n{content}\n" if content else f"---\n{front}\n---\n")


def _lf(text: str) -> str:
    """text.replace("\\r\\n", "\\n"), which scans a whole page for the pair; looking for a lone "\\r"
    first (memchr) is many times faster, and without one there is no pair to replace."""
    return text.replace("\r\n", "\n") if "\r" in text else text


def meta_scalar(text: str) -> str | None:
    """_value(meta_escape(text)): a seed string as _front_matter writes it as a value, or None when
    _front_matter would give up on it. One call and one look-up where the two caches took two each."""
    if len(text) > _CACHED_CHARS:
        line = _ascii_meta_line(text) if text.isascii() else None
        if line is None:
            return _scalar(_html_escape(_meta_line(text)))
        # printable ASCII, and so is its HTML escape (entities are): _scalar's character test would pass,
        # and a text this long is not in its cache
        value = _html_escape(line)
        return _written(value) if len(value) <= _MAX_SCALAR else None
    found = _meta_scalars.get(text, _meta_scalars)
    if found is _meta_scalars:
        if len(_meta_scalars) >= _CACHE_ENTRIES:
            _meta_scalars.clear()
        found = _meta_scalars[text] = _scalar(meta_escape(text))
    return found


_meta_scalars: dict[str, str | None] = {}


def fence(text: str, lang: str = "text") -> str:
    """A fenced code block that no line of `text` can close (content is shown literally)."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0) if "`" in text else 0
    marks = "`" * max(3, longest + 1)
    if _printable_lines(text) and " \n" not in text and text[-1:] != " ":
        body = text  # no control character, and no line ends with whitespace (" " is the only kind left)
    else:
        body = "\n".join(line.rstrip() for line in _without_controls(text).split("\n"))
    return f"{marks}{lang}\n{body}\n{marks}"
