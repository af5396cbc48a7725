"""Read and clean on realistic inputs: encodings, noise lines, nothing lost."""

from __future__ import annotations

import re

import pytest

from sco_archive.clean import clean
from sco_archive.dates import find_dates, full_date
from sco_archive.read import decode, discover, read_source

from .conftest import SEEDS

TEXT = "On June 14, 2019, President Xi Jinping attended the SCO summit in Bishkek.\n\nHe said the SCO should grow."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("utf-8"),
        TEXT.replace(" ", "\u00a0", 3).replace("SCO", "S\u200bCO").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "crlf", "cr", "nbsp-zero-width"],
)
def test_decode_normalises_to_the_same_text(data):
    text, warnings = decode(data)
    assert text == TEXT
    assert warnings == []


def test_cp1252_falls_back_with_a_warning():
    text, warnings = decode("Genève – “SCO” meeting".encode("cp1252"))
    assert text == "Genève – “SCO” meeting"
    assert "cp1252" in warnings[0]


def test_discovery_is_sorted_and_names_bad_files(write_texts):
    folder = write_texts({"b.txt": TEXT, "a.txt": TEXT, "notes.docx": "x", "a.yml": "kind: report\n"})
    found, errors = discover([str(folder)])
    assert [p.name for p, _ in found] == ["a.txt", "b.txt"]
    assert errors == [f"{folder}/notes.docx: skipped, not a .txt file"]


def test_empty_and_binary_files_are_refused_by_name(write_texts):
    folder = write_texts({"empty.txt": "  \n\n", "blob.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00"})
    assert read_source(folder / "empty.txt", "empty.txt").error == "empty file, nothing to extract"
    assert "binary" in read_source(folder / "blob.txt", "blob.txt").error


NOISY = """Home | News | Embassy
About Us
Consular Affairs
Press Releases
Contact
HOME > News > SCO
Published: 2024-07-05 10:31
Xi Calls for Stronger SCO at Astana Summit

ASTANA, July 4 (Xinhua) -- Chinese President Xi Jinping on Thursday called for a stronger SCO.

Xi Jinping delivers a speech at the 24th meeting of the Council of Heads of State in Astana, July 4, 2024. (Xinhua/Li Xueren)

Xi said the SCO should stay true to its founding mission and uphold the Shanghai Spirit in all its work.

Xi said the SCO should stay true to its founding mission and uphold the Shanghai Spirit in all its work.

Editor: Liu Chang
Share: Facebook Twitter Weibo
Copyright © 2024 Xinhua Net. All rights reserved.
中文 Русский Français
"""


def test_noise_is_removed_with_reasons():
    cleaned = clean(NOISY)
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["HOME > News > SCO"] == "breadcrumb"
    assert reasons["Published: 2024-07-05 10:31"] == "publication date line"
    assert reasons["Editor: Liu Chang"] == "site footer"
    assert reasons["Share: Facebook Twitter Weibo"] == "site footer"
    assert reasons["Copyright © 2024 Xinhua Net. All rights reserved."] == "copyright or licence line"
    assert reasons["中文 Русский Français"] == "language switcher"
    assert "photo caption" in reasons.values()
    assert "repeated paragraph" in reasons.values()
    texts = [p.text for p in cleaned.paragraphs]
    assert texts[0] == "Xi Calls for Stronger SCO at Astana Summit"
    assert texts[1].startswith("ASTANA, July 4 (Xinhua)")
    assert sum(t.startswith("Xi said the SCO") for t in texts) == 1


def test_short_repeats_in_a_speech_are_kept():
    speech = "Colleagues,\n\nWe need to act together now.\n\nColleagues,\n\nThank you."
    assert [p.text for p in clean(speech).paragraphs] == ["Colleagues,", "We need to act together now.", "Colleagues,", "Thank you."]


def test_hard_wrapped_paragraphs_are_joined():
    text = "Prime Minister Li Qiang said on Tuesday that the SCO members should deepen\ncooperation in trade and connectivity.\n\nNext paragraph."
    assert [p.text for p in clean(text).paragraphs][0].endswith("should deepen cooperation in trade and connectivity.")


@pytest.mark.parametrize(("end", "joined"), [("met with", True), ("arrived FROM", True), ("spoke to", True),
                                              ("left forthwith", False), ("met them", False)])
def test_a_line_cut_after_a_dangling_word_goes_on_after_a_break(end, joined):
    text = f"The Kazakh delegation {end}\n\nPresident Tokayev on Tuesday in Astana.\n\nNext paragraph."
    first = clean(text).paragraphs[0].text
    assert first == (f"The Kazakh delegation {end} President Tokayev on Tuesday in Astana." if joined
                     else f"The Kazakh delegation {end}")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_nothing_lost_on_the_seeds(path):
    source = read_source(path, str(path))
    cleaned = clean(source.text)
    by_line: dict[int, str] = {}
    for r in cleaned.removed:
        by_line[r.line] = by_line.get(r.line, "") + " " + r.text
    kept = " ".join(p.text for p in cleaned.paragraphs)
    for number, line in enumerate(source.text.split("\n"), start=1):
        for word in _words(line):
            assert word in kept or word in by_line.get(number, ""), (number, word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 10 September 2020 the ministers met", [(2020, 9, 10)]),
        ("Sept. 10 talks", [(None, 9, 10)]),
        ("dated 2020/09/10", [(2020, 9, 10)]),
        ("on June 10th the summit", [(None, 6, 10)]),
        ("14.06.2019 Bishkek", [(2019, 6, 14)]),
        ("Resolution 2024/15 of the General Assembly", []),
        ("Decision No. 2023/7 was adopted", []),
        ("It may 5 times", []),
        ("on 31 February 2021", []),
        ("from September 10 to 16", []),
        ("Posted: 15/09/2006", [(2006, 9, 15)]),  # day first, as most of the world writes it
        ("filed 06/14/2019", [(2019, 6, 14)]),  # month first only when the day cannot be a month
        ("14/06/19 11:20", [(2019, 6, 14)]),  # a two-digit year only in a stamp with a clock time
        ("a 3/4/19 share", []),
    ],
)
def test_date_formats(text, expected):
    assert [(h.year, h.month, h.day) for h in find_dates(text)] == expected


def test_normalise_shortcuts_rest_on_unicode_facts():
    """read.normalise skips its patterns on printable text and handles ASCII text with bytes.translate:
    the facts that make both give the same text as the patterns."""
    import unicodedata

    from sco_archive import read

    every = "".join(map(chr, range(0x110000)))
    for pattern in (read._INVISIBLE, read._SPACES, read._CONTROL):
        assert not any(c.isprintable() for c in pattern.findall(every))
    ascii_chars = [chr(c) for c in range(128)]
    assert not read._INVISIBLE.search("".join(ascii_chars))
    assert all(unicodedata.normalize("NFC", a + b) == a + b for a in ascii_chars for b in ascii_chars)


def test_lines_built_to_make_a_noise_rule_backtrack_are_cleaned_at_once():
    """Seed text is untrusted: a line that almost matches a noise rule must not make the rule try
    every way of splitting it (before the repeats were made possessive, "share x x ... x!" took
    2.5 s at 50 characters and doubled with every "x"; these take minutes to centuries that way)."""
    import time

    lines = ["share " + "x " * 40 + "!", "Share on" + " x," * 40 + "!", "Font " + "big" * 40 + "1",
             "font size: " + "a | " * 40 + "|"]
    for line in lines:
        start = time.perf_counter()
        cleaned = clean(line + "\n\nThe ministers met in Astana and agreed on a plan of joint work.")
        assert time.perf_counter() - start < 5, line  # milliseconds now; not a speed target, a hang guard
        if "|" not in line:  # ("a | a | ..." is a menu, by another rule)
            assert cleaned.paragraphs[0].text == line  # almost matching: kept, not noise


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("14:22, 10 July 2015 | GMT +6", "2015-07-10"),  # Kazinform: time first, a zone after a bar
        ("Thu Jun 7, 2012 10:22AM GMT", "2012-06-07"),  # an abbreviated weekday, AM glued to the time
        ("Saturday, June 25, 2016", "2016-06-25"),  # a bare date in the page's head, above the headline
        ("Astana, Kazakhstan • 19 September, 2022 | 17:30", "2022-09-19"),  # the newsroom first
        ("14:05 / 10.04.2024", "2024-04-10"),
        ("04.09.2020 (17:30)", "2020-09-04"),
        ("10.06.2018 (updated 14:12 10.06.2018)", "2018-06-10"),
        ("Source:Xinhua Published: 2019/11/2 21:18:40", "2019-11-02"),
        ("Updated: September 17, 2021 4:37 pm IST", "2021-09-17"),
        ("By Aigerim Seitkali in Nation on 2 September 2025", "2025-09-02"),  # a byline with the day
        ("Last updated at: (Beijing Time) Friday, June 16, 2006", "2006-06-16"),  # a zone in brackets before the weekday
        ("Date: 09:41, 15-06-2017.", "2017-06-15"),  # a full stop after the date
        ("06-21-2018 09:40 AM CET | Politics, Law & Society", "2018-06-21"),  # a press-release site's sections after a bar
    ],
)
def test_publication_stamps_of_real_publishers(stamp, published):
    text = f"Kazakh leader calls for closer SCO cooperation\n{stamp}\n\nThe leader spoke at the meeting of the SCO Council of Heads of State on Friday.\n"
    cleaned = clean(text)
    stamps = [r for r in cleaned.removed if r.reason in ("publication date line", "byline")]
    assert stamps and full_date(stamps[0].text) == published
    assert [p.text for p in cleaned.paragraphs][0] == "Kazakh leader calls for closer SCO cooperation"


def test_a_site_name_line_and_the_section_above_a_headline_are_the_site_header():
    text = "Radio Pakistan\nNational\nBilawal calls for collective action against terrorism at SCO moot\nFriday, 05 May 2023 15:40\n\nForeign Minister Bilawal Bhutto Zardari has called upon the member states to work together.\n"
    cleaned = clean(text)
    assert [p.text for p in cleaned.paragraphs][0] == "Bilawal calls for collective action against terrorism at SCO moot"
    assert {r.text: r.reason for r in cleaned.removed}["Radio Pakistan"] == "site header"
    ministry = clean("Ministry of Foreign Affairs of the Republic of Tajikistan\n31.07.2014 | Press service\n\nAslov chairs the meeting of the SCO Council of Foreign Ministers\n\nThe minister chaired the regular meeting of the council in Dushanbe.\n")
    assert [p.text for p in ministry.paragraphs][0] == "Aslov chairs the meeting of the SCO Council of Foreign Ministers"


def test_a_state_named_alone_is_a_site_header_but_not_a_list_line_wrapped_before_its_country():
    """(who13b) "Islamic Republic of Pakistan" alone on a line is the site's state; "Republic of Kazakhstan Dana Ospanova",
    a delegation list's line wrapped after "Minister of Transport of the", names the person after the state."""
    site = clean("Islamic Republic of Pakistan\n\nSCO transport ministers meet in Tashkent\n\nThe ministers met in Tashkent on Friday.\n")
    assert {r.text: r.reason for r in site.removed}["Islamic Republic of Pakistan"] == "site header"
    listed = clean("SCO transport ministers meet in Tashkent\n\nThe heads of delegations:\n\nMinister of Transport of the Republic of "
                   "Belarus Ivan Lukin\nMinister of Transport of the\nRepublic of Kazakhstan Dana Ospanova\n\n"
                   "The ministers met in Tashkent on Friday and agreed a plan for roads.\n")
    assert not [r for r in listed.removed if "Kazakhstan" in r.text]
    assert "Minister of Transport of the Republic of Kazakhstan Dana Ospanova" in " ".join(p.text for p in listed.paragraphs)
