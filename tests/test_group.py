"""Grouping: texts from different publishers about one meeting become one meeting, even when one of
them lacks the city or the exact date; an undated text that could be about several meetings stays alone."""

from __future__ import annotations

from sco_archive.pipeline import run

WIRE = """BISHKEK, June 14 (Xinhua) -- Chinese President Xi Jinping on Friday attended the 19th meeting of the
Council of Heads of State of the Shanghai Cooperation Organization (SCO) in Bishkek, Kyrgyzstan, on June 14, 2019.
Xi said the member states should uphold the Shanghai Spirit and deepen security cooperation.
"""
NO_CITY = """Prime Minister Imran Khan addressed the Council of Heads of State of the Shanghai Cooperation
Organization on 14 June 2019. The Prime Minister said that Pakistan would work with all member states for peace.
"""
PUBLISHED_AFTER = """Published: 2019-06-16

President Putin spoke at the summit of the Council of Heads of State of the SCO. The President said the
organization should strengthen its role in regional security and trade among the member states.
"""
ONLY_CITY = """The Kyrgyz President addressed the Council of Heads of State of the SCO in Bishkek, calling on the
member states to deepen trade and security cooperation in the region for the years to come.
"""
EARLIER = """BISHKEK, Aug. 16 (Xinhua) -- Chinese President Hu Jintao attended the meeting of the Council of Heads of
State of the Shanghai Cooperation Organization in Bishkek on August 16, 2007 and called for closer cooperation.
"""


def _meetings(write_texts, texts: dict[str, str]) -> dict[str, str]:
    archive = run([str(write_texts({f"{name}.txt": body for name, body in texts.items()}))])
    return {d.id: d.meeting_id for d in archive.documents}


def test_a_report_without_the_city_joins_the_meeting_of_its_day(write_texts):
    meetings = _meetings(write_texts, {"wire": WIRE, "no_city": NO_CITY})
    assert meetings["wire"] == meetings["no_city"] == "2019-06-14-council-of-heads-of-state-bishkek"


def test_an_undated_report_joins_the_meeting_held_shortly_before_it_was_published(write_texts):
    meetings = _meetings(write_texts, {"wire": WIRE, "earlier": EARLIER, "published_after": PUBLISHED_AFTER})
    assert meetings["published_after"] == meetings["wire"] != meetings["earlier"]


def test_an_undated_text_that_fits_two_meetings_stays_alone(write_texts):
    meetings = _meetings(write_texts, {"wire": WIRE, "earlier": EARLIER, "only_city": ONLY_CITY})
    assert meetings["only_city"] not in (meetings["wire"], meetings["earlier"])


def test_an_undated_text_with_only_its_city_joins_the_one_meeting_there(write_texts):
    meetings = _meetings(write_texts, {"wire": WIRE, "only_city": ONLY_CITY})
    assert meetings["only_city"] == meetings["wire"]
