"""Cleaning removes only what is clearly page chrome: real sentences, lists and figures stay text.

Each case here was removed as noise before (issue 19, finding 4), in texts written the way embassy
pages and agency wires write them.
"""

from __future__ import annotations

import re

import pytest

from sco_archive.clean import clean

OPENING = "ASTANA, July 4 (Xinhua) -- The heads of state of the SCO member states met in Astana on Thursday.\n\n"


def _kept(text: str) -> list[str]:
    return [p.text for p in clean(text).paragraphs]


def _reasons(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean(text).removed}


@pytest.mark.parametrize("sentence", [
    "Fourth, we should strengthen the protection of intellectual property, fight copyright piracy and "
    "respect the terms of use of shared databases.",
    "Copyright protection for films and books was also on the agenda of the culture ministers.",
    "The ministers agreed that all rights reserved to member states under the Charter remain untouched.",
    "Participants reviewed the privacy policy of the joint digital platform and its terms of use.",
])
def test_a_sentence_that_mentions_a_footer_word_stays(sentence):
    assert sentence in _kept(OPENING + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "Source: officials in Bishkek said the talks had been constructive and frank.",
    "Editor: the role of the press was discussed at a side event on media cooperation.",
    "More: the leaders also agreed to hold the next meeting in Tianjin.",
    "Related: a memorandum on energy cooperation was signed the same day.",
    "See also: the annex lists the projects approved by the ministers.",
])
def test_a_sentence_that_starts_like_a_credit_line_stays(sentence):
    assert sentence in _kept(OPENING + sentence + "\n")


@pytest.mark.parametrize(("line", "reason"), [
    ("Copyright © 2024 Xinhua Net. All rights reserved.", "copyright or licence line"),
    ("© 2023 CGTN", "copyright or licence line"),
    ("Copyright: President of Russia, kremlin.ru", "copyright or licence line"),
    ("Reproduction of materials without written permission is prohibited.", "copyright or licence line"),
    ("Terms of Use | Privacy Policy | Contact Us", "copyright or licence line"),
    ("Source: Xinhua", "site footer"),
    ("Editor: Liu Chang", "site footer"),
    ("Source: Xinhua.net | Editor: Wang Wei", "site footer"),
    ("Related: SCO foreign ministers meet in Astana", "related link"),
])
def test_footer_lines_are_still_removed(line, reason):
    assert _reasons(OPENING + "The talks went on into the evening and ended with a joint statement.\n\n" + line + "\n")[line] == reason


def test_a_short_list_inside_the_text_stays():
    text = (OPENING + "The organisation now has the following members:\n\nChina\nIndia\nKazakhstan\nKyrgyzstan\n"
            "Pakistan\nRussia\n\nThe leaders welcomed Belarus as the tenth member of the organisation.\n")
    kept = _kept(text)
    assert all(country in " ".join(kept) for country in ("China", "India", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Russia"))
    assert not any(r == "navigation menu" for r in _reasons(text).values())


def test_a_list_between_two_sentences_stays():
    text = (OPENING + "Observers and dialogue partners sent their delegations to the meeting in Astana.\n\n"
            "Mongolia\nAfghanistan\nIran\nBelarus\n\nEach of them addressed the session in the afternoon, after the members.\n")
    assert "Mongolia" in " ".join(_kept(text))


def test_a_menu_at_the_foot_of_the_page_is_still_removed():
    text = OPENING + "The talks ended with a joint statement on trade.\n\nHome\nNews\nWorld\nBusiness\nSport\n"
    assert {r for t, r in _reasons(text).items() if t in ("Home", "News", "World", "Business", "Sport")} == {"navigation menu"}


@pytest.mark.parametrize(("first", "second"), [
    ("Trade between the two countries fell by -5 per cent in the first quarter of the year.",
     "Trade between the two countries fell by 5 per cent in the first quarter of the year."),
    ("The development bank will lend $100 million to the members for transport projects.",
     "The development bank will lend €100 million to the members for transport projects."),
])
def test_paragraphs_that_differ_in_a_sign_or_a_currency_are_not_repeats(first, second):
    kept = _kept(OPENING + first + "\n\n" + second + "\n")
    assert first in kept and second in kept


def test_a_repeat_is_the_same_words_whatever_the_case_and_spacing():
    paragraph = "Xi said the SCO should stay true to its founding mission and uphold the Shanghai Spirit."
    text = OPENING + paragraph + "\n\n" + paragraph.upper().replace(" ", "  ") + "\n"
    assert _kept(text).count(paragraph) == 1
    assert "repeated paragraph" in _reasons(text).values()


def test_two_pipe_lines_are_not_lost():
    """A block of two one-item menus ("0|" over "a|") is removed as one menu, with every word recorded."""
    cleaned = clean("0|\na|")
    recorded = " ".join([p.text for p in cleaned.paragraphs] + [r.text for r in cleaned.removed])
    assert re.findall(r"\w+", recorded) == ["0", "a"]
