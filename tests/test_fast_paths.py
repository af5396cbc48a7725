"""The extractor's fast paths find what their plain forms find.

Each speed-up in extract (cheap tests before a pattern, a pattern rewritten so the engine skips
ahead, re.ASCII for ASCII text) claims the same matches as the plain form it replaces; these
properties check the claims on generated text made of the words the patterns look for.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_archive import dates
from sco_archive.data import LazyPattern, StartTest, _prefix_comes_first, alternation, ascii_only, ascii_twin, first_occurrence, knowledge, literal
from sco_archive.extract import kinds, people, places, proposals, themes
from sco_archive.extract.text import FUTURE, _FUTURE_PHRASES

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEPARATORS = st.sampled_from(["", " ", " ", "  ", "-", ".", ", ", ": ", "\n", "_", "é", "\t"])


def phrases(words: list[str], size: int = 10):
    """Texts joining the given words (and odd characters) with assorted separators."""
    odd = ["x", "3", "ſ", "\u212a", "İ", "é", "(", ")", "The", "the", "of", "and"]
    word = st.sampled_from(words + odd)
    return st.lists(st.tuples(word, SEPARATORS), min_size=1, max_size=size).map(lambda ps: "".join(w + s for w, s in ps))


DATE_WORDS = ["2023", "2020-11-10", "2021/7/14", "10.11.2020", "2020.11.10", "May", "MAY", "may", "June 5", "5 June",
              "Sept.", "JUNE", "10th", "1st", "12", "31", "1996", "١٢", "٢٠٢٠", "to", "Monday", "15:08", "Decembers"]


def _plain_find_dates(text: str, partial: bool = True) -> list[tuple]:
    """find_dates without its cheap tests: every format scanned, as before they were added."""
    if not (dates._DIGIT if partial else dates._YEAR_DIGITS).search(text):
        return []
    hits, taken = [], []

    def add(m, y, mo, d):
        if any(m.start() < e and s < m.end() for s, e in taken) or dates.iso(y if y is not None else 2000, mo, d) is None:
            return
        taken.append((m.start(), m.end()))
        hits.append((y, mo, d, m.start(), m.end(), m.group(0)))

    for m in dates.ISO.finditer(text):
        add(m, int(m[1]), int(m[2]), int(m[3]))
    for m in dates.SLASH_YMD.finditer(text):
        add(m, int(m[1]), int(m[2]), int(m[3]))
    for m in dates.DOT_YMD.finditer(text):
        add(m, int(m[1]), int(m[2]), int(m[3]))
    for m in dates.DOT_DMY.finditer(text):
        add(m, int(m[3]), int(m[2]), int(m[1]))
    for m in dates.MDY.finditer(text):
        add(m, int(m[3]), dates._month(m[1]), int(m[2]))
    for m in dates.DMY.finditer(text):
        add(m, int(m[3]), dates._month(m[2]), int(m[1]))
    if partial:
        for m in dates.MD.finditer(text):
            add(m, None, dates._month(m[1]), int(m[2]))
        for m in dates.DM.finditer(text):
            add(m, None, dates._month(m[2]), int(m[1]))
    return sorted(hits, key=lambda h: h[3])


@SETTINGS
@given(phrases(DATE_WORDS, 14), st.booleans())
def test_find_dates_scans_only_formats_that_can_match(text, partial):
    found = [(h.year, h.month, h.day, h.start, h.end, h.text) for h in dates.find_dates(text, partial)]
    assert found == _plain_find_dates(text, partial)


@SETTINGS
@given(phrases(DATE_WORDS + ["x5", "_5", "5th", "of", "jUNE", "Sept", "SEPT", "٣", "junE"], 14), st.sampled_from([0, re.I]))
def test_date_formats_that_start_at_a_digit_or_a_capital_match_as_their_word_boundary_forms(text, flags):
    """The day and month at the start of DMY, DM, MDY and MD are written to let the engine skip ahead;
    with r"\\b" in front, as they were, the same matches (also with re.I, as clean's metadata pattern
    embeds them)."""
    for pattern in (dates.DMY, dates.DM, dates.MDY, dates.MD):
        plain = pattern.pattern.replace(dates._DAY_AT_WORD, r"\b" + dates._DAY).replace("(" + dates._MONTH_AT_WORD, r"\b(" + dates._MONTH)
        assert plain != pattern.pattern
        found = [(m.span(), m.groups()) for m in re.finditer(pattern.pattern, text, flags)]
        assert found == [(m.span(), m.groups()) for m in re.finditer(plain, text, flags)]


@SETTINGS
@given(st.lists(st.text("ab-", min_size=1, max_size=4), max_size=12))
def test_a_prefix_before_a_longer_word_is_told_as_the_quadratic_check_tells_it(words):
    order = {w: i for i, w in reversed(list(enumerate(words)))}
    quadratic = any(w.startswith(v) and order[w] > order[v] for w in order for v in order if w != v)
    assert _prefix_comes_first(order) == quadratic


@SETTINGS
@given(st.lists(st.text("ab -.", min_size=1, max_size=4), min_size=1, max_size=10), st.text("ab -.xé", max_size=30))
def test_a_trie_finds_what_the_plain_alternation_finds(words, text):
    words = sorted(words, key=len, reverse=True)
    plain = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    for fast, slow in ((alternation(words), plain), (alternation(words, word_start=True), r"\b" + plain)):
        assert [(m.span(), m[0]) for m in re.finditer("(" + fast + ")", text)] == [(m.span(), m[0]) for m in re.finditer("(" + slow + ")", text)]


def test_literal_is_what_re_escape_writes_for_a_pattern_without_verbose():
    from re import _compiler, _parser

    for ch in map(chr, range(0x3000)):
        if literal(ch) != re.escape(ch):
            assert ch in " #&-~"  # a backslash only matters to them in re.VERBOSE or in a class
            assert _compiler._code(_parser.parse(literal(ch)), 0) == _compiler._code(_parser.parse(re.escape(ch)), 0)


def _theme_words() -> list[str]:
    owners = themes._pattern()[3]
    return sorted(owners) + ["terrorism", "soil", "Trade", "WHO's", "who", "rats", "ecologic", "counter"]


@SETTINGS
@given(phrases(_theme_words(), 30))
def test_theme_keywords_are_found_as_the_plain_pattern_finds_them(text):
    owners = themes._pattern()[3]
    lower = sorted((w for w in owners if w == w.lower()), key=len, reverse=True)
    plain = re.compile(r"\b(" + "|".join(re.escape(w) for w in lower) + ")")
    low = text.lower()
    assert themes._lower_hits(low) == [(m.start(), m.end(), m[1]) for m in plain.finditer(low)]


def test_theme_keywords_take_the_fast_pattern_only_when_every_keyword_is_inside_words():
    assert themes._pattern()[1] is not None  # (the shipped keywords start and end with letters)
    assert themes._lower_hits("anti-terror and terror; counter-terrorism.") == [(0, 11, "anti-terror"), (16, 22, "terror"), (24, 38, "counter-terror")]


KEYWORD = st.lists(st.sampled_from("aeiotn"), min_size=1, max_size=4).map("".join)


@SETTINGS
@given(st.lists(st.tuples(KEYWORD, st.sampled_from(["", "", " ", "-", "'", "_", "1"]), KEYWORD).map("".join), min_size=1, max_size=8, unique=True),
       st.data())
def test_keywords_after_a_non_word_character_are_found_through_the_spaced_text_as_the_plain_pattern_finds_them(words, data):
    """User keywords with spaces, hyphens or apostrophes; texts of them and other words, often with other
    characters in their place ("anti terror" for "anti-terror"): the spaced form's hits, checked
    against the text, are the plain pattern's."""
    swapped = st.sampled_from(words).flatmap(lambda w: st.sampled_from([" ", "-", "'", ".", "\n"]).map(lambda c: re.sub(r"[ '-]", c, w)))
    token = st.one_of(st.sampled_from(words), swapped, KEYWORD, st.sampled_from(["é", "X"]))
    text = data.draw(st.lists(st.tuples(token, SEPARATORS), max_size=25).map(lambda ps: "".join(w + s for w, s in ps)))
    words = sorted(words, key=len, reverse=True)
    plain = re.compile(r"\W(" + "|".join(re.escape(w) for w in words) + ")")
    low = text.lower()
    expected = [(m.start(1), m.end(), m[1]) for m in plain.finditer(low)]
    spaced = themes._spaced(words) if low.isascii() else None
    assert themes._after_nonword_hits(low, 0, plain, spaced, frozenset(words)) == expected


@SETTINGS
@given(st.lists(st.sampled_from(["WHO", "RATS", "AI", "COVID", "Belt and Road", "UN Charter", "W", " AI "]), max_size=4, unique=True),
       phrases(["WHO", "WHOM", "RATS", "AI", "COVID", "Belt and Road", "UN Charter", "UN", "Belt"], 12))
def test_a_search_from_the_first_written_word_finds_what_the_whole_search_finds(words, text):
    words = sorted(words, key=len, reverse=True)
    pattern = re.compile("(" + alternation([w for w in words], word_start=True) + ")") if words else re.compile("(?!)")
    start = first_occurrence(text, tuple(words))
    found = [m.span() for m in pattern.finditer(text, start)] if start != -1 else []
    assert found == [m.span() for m in pattern.finditer(text)]
    assert start == min((i for i in (text.find(w) for w in words) if i != -1), default=-1)


@SETTINGS
@given(phrases(list(_FUTURE_PHRASES) + ["held", "to", "be", "will", "host", "preparations", "for", "Held", "TO"], 8))
def test_later_meeting_phrases_match_where_the_plain_alternation_does(text):
    plain = re.compile(r"\b(?:to be held|will be held|would be held|is to be held|scheduled|upcoming|next year|next summit|"
                       r"preparations? for|prepare for|will host|to host|will take place|to take place|will hold|plans to|"
                       r"is set to|ahead of|forthcoming|in preparation)\b", re.I)
    assert bool(FUTURE.search(text)) == bool(plain.search(text))


STARTS = ["Q", "q", "Question", "Reporter", "Xinhua News", "Full text of ", "Text of ", "the ", "Remarks by ", "REMARKS by",
          "Keynote Speech by ", "Dear colleagues,", "dear friends!", "Your Excellency", "Excellencies", "Mr. President",
          "Location: Astana", "Venue：Goa", "Speech of H.E. Xi Jinping", "ſpeech by", "\u212aolleagues", "Ｑ", " Q", "1. ",
          "•", "é", "Interview", "Opening Remarks by", "Address by President Xi Jinping, at", ":", "Li Qiang", "Xi Jinping"]


@SETTINGS
@given(phrases(STARTS, 4))
def test_a_start_test_never_refuses_a_paragraph_its_pattern_matches(text):
    for test in (kinds._QA_START, kinds._REMARKS_START, kinds._VOCATIVE_START, places._LOCATION_START):
        if not test(text):
            assert test.pattern.match(text) is None, (test.pattern.pattern[:40], text)
    if not people._may_be_turn(text):
        assert people._TURN.match(text) is None
    if ":" not in text:  # _transcript's first test
        assert not people._may_be_turn(text)
    if not text.startswith(people._BYLINE_STARTS):
        assert people._BYLINE.match(text) is None


def test_a_start_test_refuses_what_cannot_start_a_match_and_lets_other_scripts_through():
    location = StartTest(places._LOCATION)
    assert not location("Astana, 4 July") and not location("")
    assert location("Location: Astana") and location("Ｌocation")  # non-ASCII: the pattern decides
    assert StartTest(re.compile(r"(?i:dear) x")).ascii is None  # inline flags: no test, every text goes through


@SETTINGS
@given(phrases(["First", "first", "Firstly", "second", "Secondly", "third", "Finally", "last", "Last but not least",
                "To begin with", "The first", "the second", "And", "Also", "point", "proposal", "is", "(", ")", "1.",
                "(a)", "b)", "IV.", "IIII)", "-", "•", "*", "ſecond", "twenty-second", "first of all", "—", " - "], 10),
       st.sampled_from([None, 1, 2, 3, "last"]))
def test_list_markers_are_read_as_the_plain_patterns_read_them(text, following):
    at_start, inline = proposals._ordinal_patterns()
    ordinals = knowledge().ordinals
    m = at_start.match(text)
    if m:
        word = " ".join((m[1] or m[2]).lower().split())
        plain = ordinals.get(word, ordinals.get(word.removesuffix("ly"))), "ordinal", m.end()
    elif (n := proposals.NUMBERED.match(text)) and proposals._list_number(n[1]) is not None:
        plain = proposals._list_number(n[1]), "numbered", n.end()
    elif (b := proposals.BULLET.match(text)) and len(text) > 2:
        plain = None, "bullet", b.end()
    else:
        plain = None, "none", 0
    assert proposals._marker(text) == plain
    # An inline list needs its first and second markers; without a second, the next paragraph starts with it.
    marks = [ordinals.get(x[1].lower()) for x in inline.finditer(text)] if "first" in text.lower() else []
    if proposals._split_inline(text, following) is not None:
        assert 1 in marks and (2 in marks or following == 2)



ORDINAL_TEXT = ["First", "first", "FIRST", "Firstly", "second", "Secondly", "ſecond", "twenty-ſecond", "Fifteenth", "fifth",
                "first and foremost", "first\tand  foremost", "Last but not least", "last\u2003but not least", "lastly",
                "Finally", "To begin with", "to\nbegin with", "twenty-first", "twenty first", "The", "the", "And", "Also",
                "point", "proposal", "one is", "is", "of all", ",", ":", " - ", "—", ";", "."]


@SETTINGS
@given(phrases(ORDINAL_TEXT, 8))
def test_list_markers_are_found_by_the_ordinal_trie_as_by_the_plain_alternation(text):
    ordinals = sorted(knowledge().ordinals, key=len, reverse=True)
    plain = proposals._ordinal_regexes(proposals._ordinal_words(ordinals, trie=False))
    fast = proposals._ordinal_patterns()
    assert fast[0].pattern != plain[0].pattern  # the ordinals are lower-case ASCII: the trie is used
    spans = lambda m: m and (m.span(), m.groups())
    assert spans(fast[0].match(text)) == spans(plain[0].match(text))
    assert [spans(m) for m in fast[1].finditer(text)] == [spans(m) for m in plain[1].finditer(text)]


@SETTINGS
@given(phrases(["agenda", "Signed", "documents", "ITEMS", "issues discussed", "attended by", "members were", "consist of",
                "following decisions", "programme", "propose", "Suggested", "five-point", "three-point", "initiatives",
                "put forward", "puts forward", "points", "should", "need to", "must", "calls on", "urged", "priorities"], 8))
def test_intro_patterns_find_what_the_case_insensitive_patterns_find(text):
    for folded in (proposals.NOT_PROPOSALS, proposals.STRONG_INTRO, proposals.PROPOSAL_INTRO):
        assert folded.twin is not None  # ASCII text goes through the twin
        a, b = folded.pattern.search(text), folded.search(text)
        assert (a and a.span()) == (b and b.span())

_ALL_TITLES = re.compile(people._title_source(people._sorted_titles()))  # the plain form of people._title_finder()
TITLED = [*list(knowledge().titles)[:40], "Xi Jinping", "Li Qiang", "Wang Yi", "Sergey Lavrov", "Kassym-Jomart Tokayev",
          "A. B. Smith", ",", ", ", "the", "of China", "said", "On Monday", "2024", "Chinese", "Russian", "Mr.", "H.E."]


@SETTINGS
@given(st.lists(st.sampled_from(TITLED), min_size=2, max_size=14).map(" ".join))
def test_name_comma_title_is_only_looked_for_where_it_can_be(sentence):
    titled = _ALL_TITLES.search(sentence)
    _, after = people._patterns()
    if titled is None or "," not in sentence[titled.start():]:
        assert after.search(sentence) is None



@SETTINGS
@given(st.lists(st.sampled_from([*TITLED, "spokesperson", "Spokesperson", "spokespersons", "Foreign Ministry spokesperson",
                                 "ſpokesperson", "xspokesperson", "Ministers"]), min_size=1, max_size=14).map(" ".join))
def test_the_title_finder_finds_where_the_pattern_of_all_titles_finds(text):
    finder = people._title_finder()
    assert finder.others  # the titles hold a lower-case one ("spokesperson"): the split is used
    a, b = _ALL_TITLES.search(text), finder.search(text)
    assert (a and a.start()) == (b and b.start())


@SETTINGS
@given(st.lists(st.text("aAbB -", min_size=1, max_size=4), min_size=1, max_size=6, unique=True), st.text("aAbB -.xé", max_size=30))
def test_the_title_finder_finds_where_the_pattern_finds_for_any_titles(titles, text):
    titles = tuple(sorted(titles, key=len, reverse=True))
    a, b = re.compile(people._title_source(titles)).search(text), people.TitleFinder(titles).search(text)
    assert (a and a.start()) == (b and b.start())

@SETTINGS
@given(phrases(["meeting", "summit", "Session", "council", "conference", "talks", "forum", "council of heads of state",
                "SCO summit", "foreign ministers meeting", "via video link", "held online", "attended", "held", "Meeting of the SCO Heads of State"], 8))
def test_ascii_twins_find_what_the_case_insensitive_patterns_find(text):
    k = knowledge()
    for folded in (places._MEETING_FOLDED, places._ONLINE_FOLDED):
        a, b = folded.pattern.search(text), folded.search(text)
        assert (a and a.start()) == (b and b.start())
    assert k.body.twin is not None  # (else this compares the pattern with itself)
    a, b = k.body_pattern.search(text), k.body_search(text)
    assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


NOISE_WORDS = ["Print", "print", "email", "Share", "on", "Facebook", "Editor", "Source", ":", "：", "|", "/", ">", "»", "[", "]",
               "Copyright", "©", "(c)", "2024", "All Rights Reserved", "ICP备", "Related", "news", "Read", "more", "also", "Photo",
               "Xinhua", "(Xinhua/Li Hua)", "Home", "English", "中文", "Русский", "News ID", "Views", "Font", "size", "small", "A"]


@SETTINGS
@given(phrases(NOISE_WORDS, 12))
def test_noise_lines_are_judged_as_the_case_insensitive_pattern_judges_them(line):
    k = knowledge()
    plain, fast = re.compile(k.noise_pattern.pattern, re.I).fullmatch(line), k.noise_fullmatch(line, line.lower())
    assert (plain and plain.lastgroup) == (fast and fast.lastgroup)


TWIN_PIECES = ["a", "k", "s", "i", "z", "0", " ", "-", ".", "©", "中", "ſ", "\u212a", "İ", "[a-z]", "[0-a]", "[!-~]", "[\\w.-]",
               "[^a]", "[^©]", "[Ā-ǿ]", "[\\t-z]", "\\x4b", "\\x6b", "\\101", "(?-i:a)", "(?:a|k)", "\\w", "\\s", "a*", "(s)\\1"]


@SETTINGS
@given(st.lists(st.sampled_from(TWIN_PIECES), min_size=1, max_size=4).map("".join), st.text("aAkKsSiIzZ0 -.!~\t_[", max_size=6))
def test_an_ascii_twin_matches_lower_cased_ascii_text_as_the_case_insensitive_pattern_matches_it(source, text):
    try:
        pattern = re.compile(source, re.I)
    except re.error:  # ("(s)\\1" + "0" refers to a group 10)
        return
    twin = ascii_twin(pattern)
    if twin is not None:
        for a, b in ((pattern.fullmatch(text), twin.fullmatch(text.lower())), (pattern.search(text), twin.search(text.lower()))):
            assert (a and a.span()) == (b and b.span())


def test_ascii_twins_are_refused_where_case_folding_could_differ():
    for source in ("ſ", "\u212a", "İ", "[0-a]", "\\x4b", "\\101", "(?-i:a)", "[Ā-ǿ]", "[\\t-z]", "[é-ſ]", "A"):
        assert ascii_twin(re.compile(source, re.I)) is None, source
    for source in ("©|中文|[a-z]", "[\\w .&:-]+", "e-mail|[^|]{1,40}", "[\\w-]+-point", "[]-a]"):  # (no range with capitals)
        assert ascii_twin(re.compile(source, re.I)) is not None, source
    assert knowledge().noise.twin is not None  # (else the noise test above compares the pattern with itself)


def test_ascii_only_leaves_patterns_that_could_match_otherwise():
    assert ascii_only(re.compile(r"\bword\b")).flags & re.ASCII
    for pattern in (re.compile(r"a\sb"), re.compile(r"a\Sb"), re.compile("abc", re.I), re.compile("(?i:abc)d")):
        assert ascii_only(pattern) is pattern  # \s also matches \x1c-\x1f; re.I folds 'ſ' and the Kelvin sign
    for source in ("(?:ab|c)d", r"a\\w", r"a\.b"):  # no class: re.ASCII would compile it to the same code
        assert ascii_only(re.compile(source)).pattern == source and not ascii_only(re.compile(source)).flags & re.ASCII
    word_start = re.compile(alternation(["council", "summit"], word_start=True) + r"\b")
    fast = ascii_only(word_start)
    for text in ("the council met", "xcouncil", "summit_", "a summit.", "Council"):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in word_start.finditer(text)]


def test_a_lazy_pattern_is_the_compiled_pattern_once_used():
    for source, flags in (("(?i)ab(c)", 0), ("ab(?P<x>c)", re.I), (r"\bab", re.ASCII), ("a(?i:b)c", 0)):
        lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
        assert lazy.flags == compiled.flags and lazy.pattern == source
        for text in ("xabc", "ABC", "zab c"):
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert lazy.groupindex == compiled.groupindex and lazy.groups == compiled.groups
