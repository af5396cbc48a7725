"""Issue 16, failure classes 1, 4, 5, 8 and 9: small texts in the styles of real publishers (invented
wording), each checking one general rule."""

from __future__ import annotations

import pytest

from sco_archive.clean import clean
from sco_archive.extract import extract
from sco_archive.model import Source


def _doc(text: str):
    return extract(Source("x", "x.txt", "x.txt", text), clean(text))


def _venue(text: str) -> tuple:
    v = _doc(text).venue
    return (v.city, v.country, v.online) if v else None


# -- 1. Video meetings: the venue is where the speaker spoke from -------------------------------------------

def test_video_link_from_the_speakers_capital_is_the_venue():
    text = (
        "Premier attends SCO meeting via video link\n\n"
        "Chinese Premier Li Qiang on Tuesday attended the 22nd meeting of the Council of Heads of Government of "
        "the Shanghai Cooperation Organization via video link from Beijing. The meeting was chaired by the "
        "Prime Minister of Kyrgyzstan in Bishkek and held in a video format.\n"
    )
    assert _venue(text) == ("Beijing", "China", True)


def test_joined_from_beats_the_city_the_chair_sat_in():
    text = (
        "Prime Minister addresses SCO heads of government by video\n\n"
        "Prime Minister Shehbaz Sharif today addressed the meeting of the Council of Heads of Government of the "
        "Shanghai Cooperation Organization, held in a virtual format. He joined the meeting by video link from "
        "Lahore. The meeting was chaired from Moscow by the Russian Prime Minister.\n"
    )
    assert _venue(text)[:2] == ("Lahore", "Pakistan")


def test_a_chair_speaking_from_the_host_capital_in_virtual_format():
    text = (
        "Vice President chairs SCO meeting in virtual format\n\n"
        "Vice President Jagdeep Dhankhar today chaired the meeting of the Council of Heads of Government of the "
        "Shanghai Cooperation Organisation from New Delhi in virtual format.\n"
    )
    assert _venue(text) == ("New Delhi", "India", True)


def test_the_speakers_own_dateline_when_they_attended_by_video():
    text = (
        "BEIJING, May 12 (Xinhua) -- Chinese Defense Minister Dong Jun on Wednesday attended via video link the "
        "meeting of defense ministers of the Shanghai Cooperation Organization member states, hosted by "
        "Kazakhstan in Astana.\n\nDong said the member states should deepen military mutual trust.\n"
    )
    assert _venue(text) == ("Beijing", "China", True)


def test_a_third_capitals_dateline_is_not_the_venue_of_a_video_meeting():
    text = (
        "ISLAMABAD, Oct 3 (APP): The meeting of the Secretaries of Security Councils of the SCO member states was "
        "held recently via videoconference, hosted by Kazakhstan, which chairs the organisation.\n\n"
        "The participants discussed regional security and the fight against terrorism.\n"
    )
    assert _venue(text) == (None, "Kazakhstan", True)


# -- 4. Dates -------------------------------------------------------------------------------------------

def test_a_dotted_dateline_and_today():
    text = (
        "President offers SCO three initiatives\n"
        "16.06.2011 14:05\n\n"
        "ASTANA. June 15. KAZINFORM. Today President Nursultan Nazarbayev chaired the meeting of the Council of "
        "Heads of State of the Shanghai Cooperation Organization in Astana.\n"
    )
    doc = _doc(text)
    assert (doc.date, doc.published) == ("2011-06-15", "2011-06-16")
    assert (doc.venue.city, doc.venue.country) == ("Astana", "Kazakhstan")


def test_yesterday_counts_back_from_the_updated_stamp_not_the_founding_date():
    text = (
        "Leaders hail SCO decade at Astana summit\n"
        "Updated: 2011-06-16 07:10\n\n"
        "President Hu Jintao yesterday attended the summit of the Shanghai Cooperation Organization in Astana.\n\n"
        "The leaders met at the Palace of Independence, ten years after the founding of the SCO on June 15, 2001, "
        "and signed the Astana Declaration.\n"
    )
    assert _doc(text).date == "2011-06-15"


def test_a_founding_date_in_the_lead_is_not_the_meeting_date():
    text = (
        "Updated: 2016-06-25 08:00\n\n"
        "The leaders met in Tashkent at the summit that marked fifteen years since the founding on June 15, 2001.\n\n"
        "President Xi Jinping yesterday addressed the summit of the Shanghai Cooperation Organization.\n"
    )
    assert _doc(text).date == "2016-06-24"


@pytest.mark.parametrize("stamp, published", [
    ("13-07-2013 16:20", "2013-07-13"),
    ("Xinhua, September 13, 2013", "2013-09-13"),
    ("2024.05.21 21:35 GMT+8", "2024-05-21"),
    ("24 April 2018 10:25", "2018-04-24"),
    ("10 September 202015:19", "2020-09-10"),
    ("中国日报网 2018-04-25 09:30", "2018-04-25"),
    ("Updated: Dec 6, 2012 08:21   Xinhua", "2012-12-06"),
    ("Publication date: 21 November 2012", "2012-11-21"),
    ("01 November 2022", "2022-11-01"),
])
def test_a_publication_stamp_under_the_headline(stamp, published):
    headline = "Ministers discuss SCO economic cooperation at annual meeting"
    text = (
        f"{headline}\n{stamp}\n\n"
        "The ministers of the Shanghai Cooperation Organization member states held their annual meeting and "
        "discussed trade, transport and energy cooperation.\n"
    )
    doc = _doc(text)
    assert (doc.published, doc.title) == (published, headline)


@pytest.mark.parametrize("footer, published", [
    ("Source: Xinhua | 2014-09-13 08:17:31 | Editor: Zhu Ningzhu", "2014-09-13"),
    ("Publication date: June 15, 2001, 18:30", "2001-06-15"),
    ("(Xinhua News Agency May 30, 2003)", "2003-05-30"),
])
def test_a_stamp_at_the_bottom_of_a_page_cut_at_the_top(footer, published):
    text = (
        "ion of the Shanghai Cooperation Organization on Friday, the president said the organization should grow.\n\n"
        "DUSHANBE, Sept. 12 (Xinhua) -- President Xi Jinping on Friday addressed the summit of the Shanghai "
        "Cooperation Organization in the Tajik capital.\n\n"
        "The leaders signed a declaration and agreed to deepen cooperation in security and trade.\n\n"
        f"{footer}\n"
    )
    doc = _doc(text)
    assert doc.published == published
    if published.startswith("2014"):
        assert doc.date == "2014-09-12"  # the dateline's year comes from the footer


def test_a_speech_date_under_a_speech_heading_stays_the_meeting_date():
    # (ext16g: the bare date line is also the page's date, as the dev21 labeller and the corpus conventions read a
    # bare date in a page's head: "05.07.2005" under "Speech by President of the Republic of Kazakhstan ...")
    text = "Speech by President at the SCO summit\n\n21 May 2024\n\nDear colleagues,\n\nI am glad to see you all.\n"
    doc = _doc(text)
    assert (doc.date, doc.published) == ("2024-05-21", "2024-05-21")


# -- 5. Venue -------------------------------------------------------------------------------------------

def test_the_adjective_capital_and_a_dateless_wire_opening():
    text = (
        "Hu makes proposals at SCO summit\n\n"
        "BISHKEK, Kyrgyzstan: President Hu Jintao on Thursday spoke at the summit of the Shanghai Cooperation "
        "Organization.\n"
    )
    assert _venue(text)[:2] == ("Bishkek", "Kyrgyzstan")
    text = (
        "Hu makes proposals at SCO summit\n\n"
        "President Hu Jintao on Thursday spoke at the Seventh SCO Summit in the Kyrgyz capital, where the leaders "
        "signed a treaty.\n"
    )
    assert _venue(text)[:2] == ("Bishkek", "Kyrgyzstan")


@pytest.mark.parametrize("line", ["August 28, 2008, Dushanbe", "July 10, 2015, 12:45, Dushanbe", "Dushanbe"])
def test_a_place_line_under_the_heading(line):
    text = (
        "Meeting of the SCO Heads of State Council\n"
        f"{line}\n\n"
        "The President of Russia took part in the meeting of the Council of Heads of State of the Shanghai "
        "Cooperation Organisation.\n"
    )
    assert _venue(text)[:2] == ("Dushanbe", "Tajikistan")


def test_welcome_you_to_the_city_and_not_the_next_summit():
    text = (
        "Speech by the President of Tajikistan at the SCO summit\n\n"
        "Dear heads of state,\n\n"
        "I cordially welcome you to Dushanbe. We are glad to see you in our hospitable land.\n\n"
        "I wish the Russian Federation every success in preparing the next summit in Ufa.\n"
    )
    assert _venue(text)[:2] == ("Dushanbe", "Tajikistan")


def test_leaders_met_at_a_hall_named_after_the_city():
    text = (
        "Summit marks five years of the SCO\n\n"
        "President Hu Jintao called on the organization to become a model of cooperation, as the summit was held "
        "in the city where it was born.\n\n"
        "Leaders of the member states met at the Shanghai International Convention Center.\n"
    )
    assert _venue(text)[:2] == ("Shanghai", "China")


# -- 8. Headlines ---------------------------------------------------------------------------------------

def test_a_byline_under_the_headline_is_not_joined_to_it():
    text = (
        "China Daily\n"
        "HOME | CHINA | WORLD | BIZ | OPINION\n\n"
        "Wen proposes closer SCO trade ties at Astana meeting\n"
        "By Li Xiaokun (China Daily)\n"
        "Updated: 2008-10-31 07:41\n\n"
        "Premier Wen Jiabao yesterday attended the meeting of the SCO Council of Heads of Government in Astana.\n"
    )
    doc = _doc(text)
    assert doc.title == "Wen proposes closer SCO trade ties at Astana meeting"
    assert "By Li Xiaokun (China Daily)" in {r.text for r in doc.removed}
    assert doc.date == "2008-10-30"


def test_a_place_line_after_a_stamp_is_not_joined_to_the_headline():
    text = (
        "Prime Minister takes part in the meeting of the SCO Council of Heads of Government\n"
        "25 November 2010, 14:10\n"
        "Dushanbe\n\n"
        "The Prime Minister on Thursday took part in the ninth meeting of the Council of Heads of Government of "
        "the member states of the Shanghai Cooperation Organisation.\n"
    )
    doc = _doc(text)
    assert doc.title == "Prime Minister takes part in the meeting of the SCO Council of Heads of Government"
    assert doc.venue.city == "Dushanbe"


# -- 9. Page chrome ---------------------------------------------------------------------------------------

def test_russian_mfa_chrome_and_a_run_in_stamp():
    text = (
        "The Ministry of Foreign Affairs of the Russian Federation\n"
        "de-DE  en-GB  es-ES  fr-FR  pt-PT  ru-RU\n"
        "Home / Press service / Minister's speeches\n\n"
        "28 July 202113:40\n\n"
        "Foreign Minister Sergey Lavrov's remarks at the meeting of the SCO Council of Foreign Ministers, Dushanbe, "
        "July 14, 2021\n\n"
        "Colleagues,\n\n"
        "We have held a useful meeting of the Council of Ministers of Foreign Affairs of the organisation today.\n"
    )
    doc = _doc(text)
    assert doc.published == "2021-07-28"
    assert doc.title.startswith("Foreign Minister Sergey Lavrov's remarks")
    assert not any("de-DE" in p.text for p in doc.paragraphs)
