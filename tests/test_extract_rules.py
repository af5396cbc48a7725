"""Extraction rules on small texts: the data files decide, case follows the one rule, datelines and list
markers read alike wherever they are used."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_archive import dates, knowledge as knowledge_module
from sco_archive.clean import clean
from sco_archive.extract import extract
from sco_archive.extract.when import dateline
from sco_archive.knowledge import alternation, knowledge
from sco_archive.markers import LIST_MARKER, list_number
from sco_archive.model import Source


def _doc(text: str):
    return extract(Source("x", "x.txt", "x.txt", text), clean(text))


@pytest.fixture
def data(monkeypatch):
    """edit(file name, function that changes its loaded value): what the data files hold, for one test.
    Every cache built from the data is emptied at each edit and at the end, so nothing of it stays behind."""
    edits: dict = {}
    load = knowledge_module._load
    monkeypatch.setattr(knowledge_module, "_load", lambda name: edits.get(name, lambda v: v)(load(name)))

    def edit(name: str, change) -> None:
        edits[name] = change
        _empty_caches()

    yield edit
    monkeypatch.undo()
    _empty_caches()


def _empty_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith("sco_archive.extract") or name == "sco_archive.knowledge":
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def test_a_title_added_to_the_data_finds_its_speaker(data):
    text = "Chief Envoy Ivan Petrov attended the SCO summit in Astana on 4 July 2024 and said the SCO should grow."
    assert _doc(text).speaker is None
    data("titles.yml", lambda v: {"titles": [*v["titles"], "Chief Envoy"]})
    speaker = _doc(text).speaker
    assert (speaker.name, speaker.title) == ("Ivan Petrov", "Chief Envoy")


def test_a_theme_keyword_added_to_the_data_assigns_its_theme(data):
    text = "Leaders discussed glaciers. Glaciers melt; the GLACIER fund was set up at the SCO summit."
    assert "water" not in _doc(text).themes
    data("themes.yml", lambda v: {**v, "themes": {**v["themes"], "water": ["glacier"]}})
    assert "water" in _doc(text).themes


def test_a_body_alias_added_to_the_data_is_found(data):
    text = "The SCO Water Forum met in Dushanbe on 10 June 2024."
    assert _doc(text).body is None
    data("bodies.yml", lambda v: {"bodies": [*v["bodies"], {"name": "Water Forum", "aliases": ["water forum"]}]})
    assert _doc(text).body == "Water Forum"


def test_an_inline_list_may_open_with_any_ordinal_of_the_data():
    """'to begin with' is an ordinal for 1 in data/ordinals.yml: no word written in code stands in front of it."""
    text = ("Xi Jinping attended the SCO summit in Astana on 4 July 2024.\n\n"
            "President Xi made two proposals: to begin with, deepen security cooperation; second, expand trade.")
    assert [p.summary for p in _doc(text).proposals] == ["Deepen security cooperation", "Expand trade."]


def test_word_patterns_match_in_any_case_and_names_only_as_written():
    doc = _doc("FOREIGN MINISTER WANG YI attended the COUNCIL OF FOREIGN MINISTERS in MOSCOW on 10 September 2020.\n\n"
               "He spoke of TERRORISM and Counter-Terrorism.")
    assert doc.body == "Council of Foreign Ministers" and doc.venue.city == "Moscow" and "terrorism" in doc.themes
    assert doc.speaker is None  # titles and names are matched as written
    assert dates.find_dates("they may meet on 5 may") == []  # "may" the verb is not a month
    assert "health" not in _doc("Who met whom? Asked who, he said who knew.").themes  # WHO, not "who"


@pytest.mark.parametrize("line, reason", [
    ("Copyright © 2024 Xinhua. All rights reserved.", "copyright or licence line"),
    ("SHARE ON FACEBOOK", "site footer"),
    ("A sentence of the text that speaks of the copyright of a treaty.", None),  # text, not a footer
    ("The ministers met in Moscow.", None),
])
def test_noise_rules_judge_whole_lines_in_any_case(line, reason):
    k = knowledge()
    assert k.noise_reason(line) == reason


def test_a_noise_rule_added_to_the_data_removes_a_long_line_that_ends_like_a_sentence(data):
    """Data decides: no test in clean.py stands between a line and the rules of noise.yml."""
    line = "This article was brought to you by the Friends of the Steppe Newsletter, which thanks its readers."
    text = "The ministers met in Astana on 21 May 2024 and agreed on a plan of joint work for the year.\n\n" + line
    assert line in [p.text for p in clean(text).paragraphs]
    rule = {"reason": "sponsor line", "patterns": ["this article was brought to you by .{1,200}"]}
    data("noise.yml", lambda v: {"rules": [*v["rules"], rule]})
    cleaned = clean(text)
    assert line not in [p.text for p in cleaned.paragraphs]
    assert {r.text: r.reason for r in cleaned.removed}[line] == "sponsor line"


@pytest.mark.parametrize("text, place, rest", [
    ("BISHKEK, June 14 (Xinhua) -- Chinese President Xi Jinping on Friday", "BISHKEK", " (Xinhua) -- Chinese President Xi Jinping on Friday"),
    ("Beijing, 10 November 2020", "Beijing", ""),
    ("Moscow, Tuesday, 10 September 2020 - The ministers met.", "Moscow", " - The ministers met."),
    ("ST. PETERSBURG , Sept. 9 (TASS)", "ST. PETERSBURG", " (TASS)"),
])
def test_a_dateline_is_a_place_and_a_date(text, place, rest):
    found = dateline(text)
    assert (found.place, found.rest) == (place, rest)


@pytest.mark.parametrize("text", ["Beijing, the capital, 10 November", "Beijing 10 November 2020", "beijing, 10 November 2020"])
def test_not_a_dateline(text):
    assert dateline(text) is None


def test_a_dateline_gives_the_date_and_the_city():
    doc = _doc("KOKSHETAU, May 5 (Xinhua) -- The ministers held a meeting of the SCO Council of Foreign Ministers on Friday.\n\n"
               "Published: 2023-05-06")
    assert doc.venue.city == "Kokshetau" and doc.venue.country is None
    doc = _doc("Astana, 4 July 2024\n\nThe SCO summit opened. Leaders said the SCO should grow.")
    assert (doc.date, doc.venue.city, doc.evidence["date"].rule, doc.evidence["venue"].rule) == ("2024-07-04", "Astana", "dateline", "dateline")


@pytest.mark.parametrize("line, number", [
    ("1. Deepen cooperation", 1), ("(b) Expand trade", 2), ("IV. Build roads", 4), ("j) Last", 10),
    ("- Deepen cooperation", None), ("-- The SCO should", None), ("• Item", None),
])
def test_list_markers(line, number):
    m = LIST_MARKER.match(line)
    assert m and (list_number(m["number"]) if m["number"] else None) == number


@pytest.mark.parametrize("line", ["1.5 million tonnes", "-based", "a.m. meeting", "IIII. odd", "2024. It was", "Deepen cooperation"])
def test_not_list_markers(line):
    m = LIST_MARKER.match(line)
    assert m is None or (m["number"] and list_number(m["number"]) is None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("ab -.", min_size=1, max_size=4), min_size=1, max_size=10), st.text("ab -.xé", max_size=30))
def test_alternation_matches_what_the_plain_alternation_longest_first_matches(words, text):
    plain = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    for pattern in ("(" + alternation(words) + ")", r"\b(" + alternation(words) + r")\b"):
        expected = pattern.replace(alternation(words), plain)
        assert [m.span() for m in re.finditer(pattern, text)] == [m.span() for m in re.finditer(expected, text)]
    assert re.search(alternation([]), text) is None


DATE_WORDS = ["2023", "2020-11-10", "2021/7/14", "10.11.2020", "2020.11.10", "May", "MAY", "may", "June 5", "5 June",
              "Sept.", "JUNE", "10th", "1st", "12", "31", "1996", "١٢", "٢٠٢٠", "to", "Monday", "15:08", "Decembers"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(DATE_WORDS + ["x", "é"]), st.sampled_from(["", " ", ", ", "-", ".", "/"])), max_size=14)
       .map(lambda ps: "".join(w + s for w, s in ps)), st.booleans())
def test_find_dates_skips_only_the_formats_a_text_cannot_hold(text, partial):
    """find_dates scans a format only when the text holds its separator between digits, or a month name
    (the per-format prefilters pay); every format scanned gives the same dates."""
    scanned = []
    for pattern, order in ((dates.ISO, "ymd"), (dates.DASH_DMY, "dmy"), (dates.SLASH_YMD, "ymd"), (dates.DOT_YMD, "ymd"), (dates.DOT_DMY, "dmy"),
                           (dates.MDY, "mdy"), (dates.DMY, "dmy"), *(((dates.MD, "md"), (dates.DM, "dm")) if partial else ())):
        for m in pattern.finditer(text):
            values = dict(zip(order, m.groups()))
            month = int(values["m"]) if values["m"].isdigit() else dates._month(values["m"])
            year = int(values["y"]) if "y" in values else None
            if dates.iso(year or 2000, month, int(values["d"])) and not any(m.start() < e and s < m.end() for s, e, _ in scanned):
                scanned.append((m.start(), m.end(), (year, month, int(values["d"]))))
    assert [(h.start, h.end, (h.year, h.month, h.day)) for h in dates.find_dates(text, partial)] == sorted(scanned)


def test_themes_are_distinctive_capped_and_say_why():
    """Issue 17.10: a theme means the text is about it, and its evidence gives the count."""
    short = ("The SCO foreign ministers met in Tashkent on 29 July 2022 and discussed terrorism, the situation "
             "in Afghanistan and the digital economy.")
    assert {"terrorism", "afghanistan", "digital"} <= set(_doc(short).themes)
    filler = "The ministers spoke about many matters of common interest to the member states today. " * 80
    long = ("The SCO Council of Foreign Ministers met in Moscow on 10 September 2020. " + filler
            + "They also touched on health. " + "Terrorism and extremism threaten the region; anti-terror work goes on. " * 3)
    doc = _doc(long)
    assert "health" not in doc.themes  # named once in passing in a long text
    assert "terrorism" in doc.themes
    # "extremism" is security's keyword and begins with terrorism's "extremis": it counts for both
    assert doc.evidence["themes.terrorism"].rule.startswith("9 mentions: anti-terror ×3, extremism ×3, terror ×3 (")
    everything = " ".join(words[0] for words in knowledge_module.knowledge().themes.values()) * 3
    assert len(_doc("The SCO summit met in Astana on 4 July 2024. " + everything).themes) <= knowledge_module.knowledge().theme_max



_LIST = ("President Xi put forward three proposals.\n\nFirst, the member states should deepen security cooperation.\n\n"
         "Second, they should expand trade and investment.\n\nThird, they should build more railways and highways.\n\n")


@pytest.mark.parametrize("after", [
    "According to Xi, China will train 2,000 officers for the member states.",
    "On the situation in Afghanistan, President Xi said China supports an Afghan-led process.",
    "Prime Minister of Kazakhstan Karim Massimov chaired the meeting.",
    "Leaders of the other member states said they appreciate China's work.",
    "The Chinese president also said China will host the next summit.",
    "Before the meeting, Xi held talks with the Kyrgyz president.",
    "Xi announced that China will provide loans to the member states.",
])
def test_a_report_of_something_else_ends_the_last_proposal(after):
    proposals = _doc(_LIST + after + "\n").proposals
    assert [p.summary for p in proposals][-1] == "They should build more railways and highways."
    assert after[:20] not in proposals[-1].text


def test_an_explanation_after_the_last_proposal_stays_in_it():
    proposals = _doc(_LIST + "China is ready to share its experience in building railways with the member states.\n").proposals
    assert "share its experience" in proposals[-1].text


@pytest.mark.parametrize(("text", "summaries"), [
    ("Yang said China proposes that the member states (1) fully implement the treaty; (2) fight terrorism together; "
     "and (3) carry out joint energy projects.", ["Fully implement the treaty", "Fight terrorism together", "Carry out joint energy projects."]),
    ("Wen made three suggestions.\n\nHe urged the members to firstly give priority to energy.\n\nSecondly, they should build roads.\n\n"
     "Thirdly, and most importantly, they should set up a bank.", ["He urged the members to firstly give priority to energy.",
                                                                  "They should build roads.", "They should set up a bank."]),
])
def test_inline_numbers_firstly_inside_a_sentence_and_an_aside_after_the_marker(text, summaries):
    assert [p.summary for p in _doc(text).proposals] == summaries
