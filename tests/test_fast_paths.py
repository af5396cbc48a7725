"""Render's fast paths produce what their plain forms produce.

Each speed-up (a pattern rewritten, a prefilter, a second writer) claims the same output as the plain form
it replaces; these properties check the claims on generated text.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_archive.model import Document

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEPARATORS = st.sampled_from(["", " ", " ", "  ", "-", ".", ", ", ": ", "\n", "_", "é", "\t"])


def phrases(words: list[str], size: int = 10):
    """Texts joining the given words (and odd characters) with assorted separators."""
    odd = ["x", "3", "ſ", "\u212a", "İ", "é", "(", ")", "The", "the", "of", "and"]
    word = st.sampled_from(words + odd)
    return st.lists(st.tuples(word, SEPARATORS), min_size=1, max_size=size).map(lambda ps: "".join(w + s for w, s in ps))


def test_replaced_builds_what_dataclasses_replace_builds():
    import dataclasses

    import pytest

    from sco_archive.model import replaced
    from sco_archive.pipeline import run

    from .conftest import SEEDS

    doc = run([str(SEEDS)]).documents[0]
    fast = replaced(doc, meeting_id="m", title="t", warnings=("w",))
    plain = dataclasses.replace(doc, meeting_id="m", title="t", warnings=("w",))
    assert fast == plain and type(fast) is Document and fast.evidence is doc.evidence
    assert doc.title != "t"  # the original is left as it was
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.title = "x"
    with pytest.raises(TypeError):
        replaced(doc, no_such_field=1)


# ---------------------------------------------------------------- render's markup fast paths

RESOLVER_WORDS = ["true", "True", "no", "NO", "on", "Off", "yes", "null", "Null", "~", "<<", "=", "!", "&", "*", ".inf", ".NaN",
                  "0x1F", "0b10", "0o7", "010", "1_000", "1e3", "1.5e+3", "-1.5", "+1", "12:30", "190:20:30.15", "2020-01-01",
                  "2020-1-1 10:00:00", "2001-12-14t21:59:43.10-05:00", "Z", "T", "e", "x", "p", "é", "\n", "\t"]


@SETTINGS
@given(phrases(RESOLVER_WORDS, 4).filter(bool))
def test_the_yaml_resolver_is_skipped_only_where_no_pattern_can_match(value):
    import yaml

    from sco_archive import markup

    plain = markup._RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == markup._STR_TAG
    assert markup._resolves_to_str(value) == plain


def test_the_resolver_prefilter_knows_every_pattern_of_the_default_resolver():
    from sco_archive import markup

    assert markup._RESOLVER_CHARS and None not in markup._RESOLVER_CHARS.values()
    assert markup._match_chars(re.compile("(?:ab|c+)$")) == frozenset("abc")
    for unknown in ("ab", "a.$", r"\d$", "[^a]$", "(?i:a)$", "(a)\\1$"):
        assert markup._match_chars(re.compile(unknown)) is None


LINE_WORDS = ["a", "b c", " ", "  ", "\n", "\n\n", " \n", "\n ", "\t", "\r", "\x0b", "\x1f", "\x7f", "\x00", "\x85", "\xa0", "\u2028",
              "é", ".", "-", "#", "\\", "&", "<", "!", "|", "`", "\u202e", "\u2069"]


@SETTINGS
@given(phrases(LINE_WORDS, 12))
def test_md_escape_of_ascii_lines_is_the_escape_with_every_line_stripped(text):
    from sco_archive import markup

    plain = "\n".join(line.strip() for line in markup._escape_chars(text).split("\n"))
    assert markup._md_escape(text) == plain


PARAGRAPH_WORDS = ["Ab", "c.d", "'", "&", "<", ":", "#", "-", "2", "T", "x" * 120, " ", "  ", "\n", "\n\n", "\n\n\n", " \n", "\n ", "\t", "é", "\x00", "\u202e"]


@SETTINGS
@given(phrases(PARAGRAPH_WORDS, 14))
def test_front_matter_values_of_ascii_paragraphs_are_one_lined_and_written_as_the_plain_forms_do(text):
    from sco_archive import markup

    plain_line = markup._one_line(markup._CONTROL.sub("", text))
    assert markup._meta_line(text) == plain_line
    assert markup.meta_scalar(text) == markup._value(markup._html_escape(plain_line))


CELL_WORDS = ["a", "b c", "Ab.", "x-y", " ", "  ", "\n", "\x1f", "\t", "\x00", "\xa0", "é", "|", "&", "#", "\\", "\u2066"]


@SETTINGS
@given(st.lists(st.tuples(*[st.one_of(st.none(), phrases(CELL_WORDS, 5))] * 3), max_size=5))
def test_table_rows_are_the_rows_of_escaped_cells(rows):
    from sco_archive import markup

    assert markup.table_rows(rows) == "\n".join("| " + " | ".join(markup.cell(v) for v in row) + " |" for row in rows)


@SETTINGS
@given(phrases(CELL_WORDS + ["{", "}", "%", "`", "```", "\r", "\n \n", " \n"], 10))
def test_bibtex_fences_and_indents_are_what_the_plain_forms_make(text):
    from sco_archive import markup, render

    plain_bibtex = text
    for char, replacement in render._BIBTEX_ESCAPES:
        plain_bibtex = plain_bibtex.replace(char, replacement)
    assert render.bibtex_escape(text) == " ".join(plain_bibtex.split())
    body = "\n".join(line.rstrip() for line in markup._without_controls(text).split("\n"))
    marks = markup.fence(text).split("text\n", 1)[0]
    assert markup.fence(text) == f"{marks}text\n{body}\n{marks}"
    assert markup.indent(text) == "\n".join("    " + line if line else "" for line in text.split("\n"))
