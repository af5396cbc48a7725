"""Issue 16 on small texts in real publishers' styles: the speaker among several officials, the meeting's
body and number written in other ways, the kind of text, and proposal lists in reports."""

from __future__ import annotations

import pytest

from sco_archive.clean import clean
from sco_archive.extract import extract
from sco_archive.model import Source


def _doc(text: str):
    return extract(Source("x", "x.txt", "x.txt", text), clean(text))


# (3) Meeting body and number


@pytest.mark.parametrize(
    "lead, number",
    [
        ("MOSCOW, May 29 (Xinhua) -- Chinese President Hu Jintao on Thursday attended the third summit of the Shanghai Cooperation Organization (SCO) in the Kremlin, his first SCO summit since he became head of state.", 3),
        ("Speaking at the Seventh SCO Summit in the Kyrgyz capital, Hu said the member states had expanded cooperation.", 7),
        ("TASHKENT, June 11 (Itar-Tass) -- Russian President Dmitry Medvedev spoke after the SCO's tenth summit in the Uzbek capital.", 10),
        ("TASHKENT, August 19 (TASS) -- Nikolai Patrushev took part in the seventeenth meeting of the secretaries of security councils of the SCO member states.", 17),
        ("QINGDAO, June 10 (Xinhua) -- Chinese President Xi Jinping said at the 18th SCO summit that the members should stay united.", 18),
        ("Speaking at the SCO's 13th summit, his first since taking office in March, Xi said the members should build a community.", 13),
        ("BEIJING, Nov 1 (APP) -- Foreign Minister Bilawal Bhutto Zardari addressed the twenty-first meeting of the SCO Council of Heads of Government.", 21),
    ],
)
def test_a_meeting_number_written_before_the_body(lead, number):
    doc = _doc(lead)
    assert (doc.number, doc.body) == (number, doc.body) and doc.body is not None


@pytest.mark.parametrize(
    "lead",
    [
        "MINSK, July 15 (BelTA) -- Foreign Minister Maxim Ryzhenkov said this is the first meeting of the SCO Council of Foreign Ministers held since Belarus became a full member of the organization.",
        "ASTANA, July 5 -- Today President Nursultan Nazarbayev chaired the meeting of the Council of Heads of State of the SCO in Astana, the first SCO summit held in the Kazakh capital.",
        "BISHKEK, April 29 (TASS) -- Defense Minister Sergei Shoigu said it was the second meeting of the SCO defense ministers with the participation of India and Pakistan as full members.",
    ],
)
def test_an_ordinal_counted_from_an_event_is_not_a_meeting_number(lead):
    assert _doc(lead).number is None


def test_a_headline_naming_another_meeting_gives_way_to_the_lead():
    text = (
        "SCO foreign ministers prepare Bishkek summit at Issyk-Kul meeting\n\n"
        "CHOLPON-ATA, July 13 (Kabar) - The meeting of the Council of Ministers of Foreign Affairs of the SCO member "
        "states was held today in Cholpon-Ata under the chairmanship of Kyrgyz Foreign Minister Erlan Abdyldayev.\n"
    )
    assert _doc(text).body == "Council of Foreign Ministers"


@pytest.mark.parametrize(
    "lead, body",
    [
        ("NEW DELHI, July 4 -- Prime Minister Narendra Modi said at the SCO summit that terrorism must be fought.", "Council of Heads of State"),
        ("BISHKEK, Oct 25 -- Premier Li Qiang addressed the prime ministers' meeting of the SCO in the Kyrgyz capital.", "Council of Heads of Government"),
        ("MOSCOW, Sept 10 -- Sergey Lavrov opened the meeting of the Council of Ministers of Foreign Affairs of the SCO.", "Council of Foreign Ministers"),
    ],
)
def test_body_aliases(lead, body):
    assert _doc(lead).body == body
