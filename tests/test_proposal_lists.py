"""Proposal lists in the styles real publishers use, and enumerations that are not proposals (issue 16).

Every text here is made up in a publisher's style: names, places and details are invented."""

from __future__ import annotations

from sco_archive.clean import clean
from sco_archive.extract import extract
from sco_archive.model import Source


def _doc(text: str):
    return extract(Source("x", "x.txt", "x.txt", text), clean(text))


def _summaries(text: str) -> list[str]:
    return [p.summary for p in _doc(text).proposals]


def test_achievements_told_first_second_third_in_the_perfect_tense_are_no_proposals():
    text = ("SCO marks two decades of cooperation\n\n"
            "Dushanbe, 17 September 2021. Speaking at the anniversary summit, President Imomali Saidov said the "
            "organization had come a long way.\n\n"
            "First, trust among the member states has grown, and the borders between them have become borders of friendship.\n\n"
            "Second, trade between the members has grown many times over since 2001.\n\n"
            "Third, the SCO has become a respected voice in world affairs, he said.\n\n"
            "The President thanked the leaders for their support of Tajikistan's chairmanship.\n")
    assert _summaries(text) == []
    # the same markers asking for something are proposals
    asking = text.replace("trust among the member states has grown, and the borders between them have become",
                          "trust among the member states should grow, and the borders between them should stay")
    assert len(_summaries(asking)) == 3


def test_the_nth_proposal_of_the_side_is_strips_the_whole_opener_and_one_with_another_verb_keeps_it():
    text = ("Kazakh premier speaks at SCO heads of government meeting\n\n"
            "Bishkek, 26 October 2023. The Prime Minister of Kazakhstan Alikhan Serikov made several proposals at the meeting.\n\n"
            "The first proposal of the Kazakh side is a new railway through the region by 2030.\n\n"
            "The second proposal concerns food security: the head of government suggested creating a reserve of grain.\n\n"
            "The third proposal of our country is that the members share early warnings of natural disasters.\n\n"
            "The meeting adopted a number of documents.\n")
    assert _summaries(text) == [
        "A new railway through the region by 2030.",
        "The second proposal concerns food security: the head of government suggested creating a reserve of grain.",
        "The members share early warnings of natural disasters."]
