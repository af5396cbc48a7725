"""The fast forms in markup.py and render.py against the plain forms they replace, on random hostile text.

    python benchmarks/markup_fuzz.py [N]        (default 200,000 strings)

Each string mixes Markdown/HTML/YAML/BibTeX specials, every kind of whitespace, C0/C1 controls, lone
surrogates, a BOM and non-ASCII. Prints the number of differences (0 expected) and exits 1 if any.
"""

from __future__ import annotations

import html
import random
import re
import sys

import yaml

from sco_archive import markup, render

ALPHABET = [*"\\`*_{}[]()#+-.!|~=?&<>\"'%:, aZ09", *"\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000",
            *"\x00\x01\x7f\x9f\ufeff\u202e\u2066\u00e9\u4e2d\U0001F600\ud800\udfff", "---", "...", ": ", " #", "true", "no",
            "2020-01-01", "12:30", "\r\n", "\n\n"]


def escape_specials_loop(text: str) -> str:
    """markup._escape_specials as the loop over _REPLACEMENTS it spells out."""
    for special, escaped in markup._REPLACEMENTS:
        if special in text:
            text = text.replace(special, escaped)
    return text


def md_escape_plain(text: str) -> str:
    """markup._md_escape as it was: controls removed, specials escaped, every line stripped."""
    return "\n".join(line.strip() for line in markup._escape_chars(text).split("\n"))


def table_rows_plain(rows: list[tuple]) -> str:
    """markup.table_rows as cell() of each value, rows written one by one."""
    return "\n".join("| " + " | ".join(markup.cell(v) for v in row) + " |" for row in rows)


def fence_plain(text: str, lang: str = "text") -> str:
    """markup.fence with every line's end stripped, as before its fast path."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    marks = "`" * max(3, longest + 1)
    body = "\n".join(line.rstrip() for line in markup._without_controls(text).split("\n"))
    return f"{marks}{lang}\n{body}\n{marks}"


def indent_plain(text: str, spaces: int = 4) -> str:
    return "\n".join(" " * spaces + line if line else "" for line in text.split("\n"))


def bibtex_escape_plain(text: str) -> str:
    """render.bibtex_escape with every replacement made unconditionally."""
    for char, replacement in render._BIBTEX_ESCAPES:
        text = text.replace(char, replacement)
    return " ".join(text.split())


def written_page_template(front: str, body: str) -> str:
    """markup.written_page as page() wrote it: frontmatter's template, stripped, then the newline."""
    text = f"---\n{front}\n---\n\n{body.strip(chr(10))}\n".strip()
    return text.replace("\r\n", "\n").lstrip("\ufeff") + "\n"


def main(n: int) -> int:
    rnd = random.Random(7)

    def text(length: int) -> str:
        return "".join(rnd.choice(ALPHABET) if rnd.random() < 0.6 else rnd.choice("abcdefgh ") for _ in range(length))

    differences = 0
    for i in range(n):
        s = text(rnd.choice([0, 3, 20, 60, 150, 300]))
        ascii_text = s.encode("ascii", "ignore").decode("ascii")
        differences += markup._escape_specials(s) != escape_specials_loop(s)
        differences += markup._html_escape(s) != html.escape(s, quote=True)
        differences += markup._md_escape(s) != md_escape_plain(s)
        differences += markup._md_escape(ascii_text) != md_escape_plain(ascii_text)
        lines = ascii_text.replace("\r", "\n").replace("\t", " ")  # ASCII lines, to reach _md_escape's fast path
        differences += markup._md_escape(lines) != md_escape_plain(lines)
        differences += markup._lf(s) != s.replace("\r\n", "\n")
        differences += render.bibtex_escape(s) != bibtex_escape_plain(s)
        differences += render.bibtex_escape(ascii_text) != bibtex_escape_plain(ascii_text)
        for block in (s, ascii_text, ascii_text.replace("\t", " ").replace("\r", "\n")):
            differences += markup.fence(block, "bibtex") != fence_plain(block, "bibtex")
            differences += markup.indent(block) != indent_plain(block)
        differences += markup.meta_scalar(s) != markup._value(markup.meta_escape(s))
        differences += markup._without_controls(s) != markup._CONTROL.sub("", s)
        if s:
            resolved = markup._RESOLVER.resolve(yaml.ScalarNode, s, (True, False)) == markup._STR_TAG
            differences += markup._resolves_to_str(s) != resolved
        differences += markup._printable_lines(ascii_text) != ascii_text.replace("\n", " ").isprintable()
        differences += markup._printable_lines(s) != s.replace("\n", " ").isprintable()
        differences += markup._printable(s) != s.isprintable()
        differences += markup._printable(ascii_text) != ascii_text.isprintable()
        differences += markup.cells(group := [text(rnd.choice([0, 5, 40])) or None for _ in range(4)]) != [markup.cell(v) for v in group]
        plain = [ascii_text[:20], ascii_text[20:60].replace("\n", " "), "a b", "x"]
        for table in (list(zip(*[iter(group)] * 2)), list(zip(*[iter(plain)] * 2)), [(v, v.strip(), "\x1f" + v) for v in plain if v.strip()]):
            differences += markup.table_rows(table) != table_rows_plain(table)
        differences += markup.cells(plain) != [markup.cell(v) for v in plain]
        differences += markup._meta_line(s) != markup._one_line(markup._CONTROL.sub("", s))
        # paragraphs of printable ASCII words, to reach the fast forms of _meta_line and of a long meta_scalar
        words = "".join(rnd.choice(["ab", "c.d", "'", "&", ":", "#", "-", "2", "T"]) + rnd.choice([" ", " ", "\n", "\n\n", "", "\n\n\n", "  ", " \n", "\n "])
                        for _ in range(rnd.choice([1, 5, 60])))
        for paragraphs in (words, words.strip(), words.strip(" ")):
            differences += markup._meta_line(paragraphs) != markup._one_line(markup._CONTROL.sub("", paragraphs))
            differences += markup.meta_scalar(paragraphs) != markup._value(markup.meta_escape(paragraphs))
        differences += bool(s.isascii() and s.isprintable()) != bool(s.isascii() and markup._PLAIN_SAFE.fullmatch(s))
        front = text(rnd.choice([1, 30]))
        differences += markup.written_page(front, s) != written_page_template(front, s)
        group = [text(rnd.choice([0, 5, 40, 200])) for _ in range(rnd.randint(0, 5))]
        differences += markup.md_escape_lines(group) != [markup.md_escape(t).split("\n") for t in group]
        if i % 1000 == 0:  # keep the caches from answering for most strings
            markup._meta_scalars.clear()
            markup._escaped.clear()
    print(f"{n} strings (and as many groups of up to 5): {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))
