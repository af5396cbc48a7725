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


def test_a_meeting_number_belongs_to_the_body_chosen_not_to_a_later_meeting_named_first():
    # the body's sentence names the coming summit first; the number in the next sentence is the ministers' meeting's
    text = ("ASTANA, July 10 (Xinhua) -- Preparations for the upcoming summit topped the agenda of the meeting of the SCO "
            "foreign ministers held here on Friday, Chinese Foreign Minister Wang Yi said.\n\n"
            "Wang Yi said the ministers reviewed the documents at the 25th meeting of the Council of Foreign Ministers.\n")
    doc = _doc(text)
    assert (doc.body, doc.number) == ("Council of Foreign Ministers", 25)


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


# (2) Speaker


def _speaker(text: str):
    s = _doc(text).speaker
    return (s.name, s.title) if s else None


@pytest.mark.parametrize(
    "text, name, title",
    [
        # a headline naming an office, not a person (MEA style)
        ("Statement by External Affairs Minister at the SCO Council of Heads of Government Meeting in Sochi (December 01, 2017)\n\n"
         "External Affairs Minister Sushma Swaraj led the Indian delegation to the meeting of the SCO Council of Heads of Government. "
         "She said India would work with all members.\n", "Sushma Swaraj", "External Affairs Minister"),
        # a title after the name stops at the comma (Pakistan MOFA style)
        ("Statement by H.E. Shah Mahmood Qureshi, Foreign Minister of Pakistan, at the 17th meeting of the SCO Council of Heads of Government, Dushanbe, 12 October 2018\n\n"
         "Mr. Chairman,\n\nPakistan values the SCO.\n", "Shah Mahmood Qureshi", "Foreign Minister of Pakistan"),
        # an honorific between the title and the name (PIB style)
        ("NEW DELHI, Nov 30 -- Vice President Shri M. Venkaiah Naidu chaired the meeting of the SCO Council of Heads of Government "
         "in virtual format and said the SCO must fight terrorism.\n", "M. Venkaiah Naidu", "Vice President"),
        # a party post joined to the title with "and" (Xinhua style)
        ("BEIJING, March 29 (Xinhua) -- Member of the Political Bureau of the CPC Central Committee and Secretary of the Central Political "
         "and Legal Affairs Commission Chen Wenqing on Wednesday attended via video link the 18th meeting of secretaries of security councils "
         "of the SCO member states. Chen said China is ready to deepen security cooperation.\n",
         "Chen Wenqing", "Member of the Political Bureau of the CPC Central Committee and Secretary of the Central Political and Legal Affairs Commission"),
        ("BEIJING, June 24 -- National Security Adviser Ajit Doval said at the meeting of SCO security council secretaries that "
         "terrorism must be fought in all its forms.\n", "Ajit Doval", "National Security Adviser"),
        ("Assistant Foreign Minister Li Huilai Briefs Media on the SCO Summit\n\nAssistant Foreign Minister Li Huilai said that President "
         "Xi Jinping will attend the SCO summit in Tashkent.\n", "Li Huilai", "Assistant Foreign Minister"),
        ("Foreign Ministry Spokeswoman Hua Chunying's Regular Press Conference\n\nQ: Will the foreign minister attend the SCO meeting?\n\n"
         "A: Foreign Ministry Spokeswoman Hua Chunying said the foreign ministers would meet in Dushanbe.\n", "Hua Chunying", "Foreign Ministry Spokeswoman"),
        # a "Full Speech" heading is never a name
        ("Full Speech by President Xi Jinping at the SCO Summit\n\nDear colleagues,\n\nChina stands ready to work with all.\n", "Xi Jinping", "President"),
        # another country's ministers listed as attendees are not the speaker
        ("CHOLPON-ATA, July 13 (Kabar) - The meeting of the SCO Council of Foreign Ministers was held today under the chairmanship of "
         "Kyrgyz Foreign Minister Erlan Abdyldayev.\n\nForeign Minister of Kazakhstan Erlan Idrissov, Minister of Foreign Affairs of Russia "
         "Sergey Lavrov and SCO Secretary-General Dmitry Mezentsev took part in the meeting.\n\nOpening the meeting, Erlan Abdyldayev said the "
         "chairmanship had focused on security. Abdyldayev stressed the role of the SCO. Abdyldayev noted progress.\n", "Erlan Abdyldayev", "Foreign Minister"),
    ],
)
def test_the_speaker_among_officials(text, name, title):
    assert _speaker(text) == (name, title)


def test_a_chair_who_is_only_named_is_not_the_speaker():
    text = (
        "BEIJING, Sep 19 (APP): The 15th meeting of the Secretaries of Security Councils of the SCO member states was held via "
        "videoconference, hosted by Russia.\n\nThe meeting was chaired by Secretary of the Security Council of the Russian Federation "
        "Nikolai Patrushev and attended by representatives of India, Kazakhstan and China.\n\n"
        "According to the press release, the participants stressed the importance of cooperation.\n"
    )
    assert _speaker(text) is None
    quoted = text + "\nPatrushev said the members would meet again next year.\n"
    assert _speaker(quoted) == ("Nikolai Patrushev", "Secretary of the Security Council of the Russian Federation")


# (6) Kind


@pytest.mark.parametrize(
    "text, kind",
    [
        # a wire report that quotes what a leader told reporters
        ("TASHKENT, June 11 (Itar-Tass) -- The SCO leaders on Friday approved the rules for admitting new members, Russian President "
         "Dmitry Medvedev told reporters after the summit.\n\n\"It is a very important decision,\" Medvedev said.\n", "report"),
        # a ministry briefing page with Q: turns and no "press conference" phrase
        ("Assistant Foreign Minister Li Huilai Briefs Chinese and Foreign Media on President Xi Jinping's Attendance at the SCO Summit\n\n"
         "On June 14, 2016, the Ministry of Foreign Affairs held a briefing in Beijing. Assistant Foreign Minister Li Huilai answered questions.\n\n"
         "Q: What do you expect from the summit?\n\nLi Huilai: We expect new documents.\n\nQ: Will India join?\n\nLi Huilai: The procedure goes on.\n",
         "press_conference"),
        # the Russian MFA's statement and answers to media questions
        ("Foreign Minister Sergey Lavrov's statement and answers to questions from the media following the meeting of the SCO Council of "
         "Ministers of Foreign Affairs, Moscow, September 10, 2020\n\nLadies and gentlemen,\n\nWe have just concluded the meeting.\n\n"
         "Question: How do you assess the results?\n\nSergey Lavrov: Positively.\n", "press_conference"),
        # a transcript under a third-person intro (Russian Government / Kremlin style)
        ("Dmitry Medvedev's remarks at the meeting of the Council of Heads of Government of SCO member states\n\n"
         "Prime Minister Dmitry Medvedev took part in the meeting of the Council of Heads of Government.\n\n"
         "Dmitry Medvedev: Mr Jeenbekov, colleagues,\n\nFirst of all, I would like to thank our Kyrgyz friends.\n", "remarks"),
        ("The meeting of the SCO heads of state took place in Bishkek. Vladimir Putin took part.\n\n"
         "Vladimir Putin: Esteemed Mr Chairman, colleagues,\n\nThe treaty we have just signed is of historic significance.\n", "remarks"),
        ("Speech by Prime Minister Narendra Modi at the SCO Summit in Astana\n\nYour Excellency President Tokayev,\n\nI thank you.\n", "remarks"),
        ("Remarks at the SCO Council of Foreign Ministers by External Affairs Minister Dr. S. Jaishankar\n\nThe SCO matters to India.\n", "remarks"),
        # a joint communique written in lower case, and a declaration
        ("Joint communique of the Meeting of Defence Ministers of the SCO Member States\n\n28.07.2021\n\n"
         "The Meeting of Defence Ministers was held in Dushanbe. The meeting was attended by the heads of the defence agencies.\n", "statement"),
        ("Tashkent Declaration of the Council of Heads of State of the SCO\n\nThe heads of state of the member states declare the following.\n", "statement"),
    ],
)
def test_kind(text, kind):
    assert _doc(text).kind == kind


# (7) Proposals in reports


def _summaries(text: str):
    return [p.summary for p in _doc(text).proposals]


def test_a_third_person_list_across_paragraphs_ends_where_another_call_is_reported():
    text = (
        "ASTANA, July 5 (Kazinform) -- President Nursultan Nazarbayev put forward a three-point plan at the SCO summit.\n\n"
        "First, he called for a joint programme against drug trafficking.\n\n"
        "Second, he proposed an SCO energy club.\n\n"
        "Third, he urged the members to open universities to each other's students.\n\n"
        "Nursultan Nazarbayev also called for the legal framework of the organization to be completed.\n"
    )
    doc = _doc(text)
    assert [p.summary for p in doc.proposals] == [
        "He called for a joint programme against drug trafficking.", "He proposed an SCO energy club.",
        "He urged the members to open universities to each other's students.",
    ]
    assert "legal framework" not in doc.proposals[-1].text


def test_other_ministers_reported_after_the_list_end_it():
    text = (
        "DUSHANBE, July 14 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi put forward four proposals at the meeting of "
        "the SCO Council of Foreign Ministers.\n\nFirst, the members should support Afghanistan.\n\nSecond, they should fight terrorism.\n\n"
        "Third, they should deepen vaccine cooperation.\n\nFourth, they should safeguard the United Nations.\n\n"
        "The foreign ministers of other member states said they supported the SCO's role.\n"
    )
    assert "other member states" not in _doc(text).proposals[-1].text


@pytest.mark.parametrize("furniture", ["(Continued on page 2)", "1 2 3 Next Page"])
def test_page_furniture_is_never_appended_to_an_item(furniture):
    text = (
        "BISHKEK, Dec 5 (Xinhua) -- Chinese Premier Wen Jiabao made five proposals at the SCO prime ministers' meeting.\n\n"
        "First, the members should expand trade.\n\nSecond, they should build roads.\n\n"
        "Third, they should cooperate in agriculture. China will set up demonstration farms.\n\n" + furniture + "\n"
    )
    doc = _doc(text)
    assert len(doc.proposals) == 3 and furniture not in doc.proposals[-1].text
    assert any("announces 5 but 3" in w.message for w in doc.warnings)


def test_lower_case_roman_markers_number_a_list():
    text = (
        "Statement by H.E. Shah Mahmood Qureshi, Foreign Minister of Pakistan, at the 17th meeting of the SCO Council of Heads of Government\n\n"
        "Mr. Chairman,\n\nPakistan proposes the following:\n\ni) The SCO should develop a regional connectivity plan.\n\n"
        "ii) The member states should establish a poverty alleviation forum.\n\niii) The SCO should adopt a framework against illicit financial flows.\n\n"
        "Thank you.\n"
    )
    assert _summaries(text) == [
        "The SCO should develop a regional connectivity plan.", "The member states should establish a poverty alleviation forum.",
        "The SCO should adopt a framework against illicit financial flows.",
    ]


def test_a_count_after_the_noun_is_announced():
    text = "TASHKENT, Nov 2 (UzA) -- Foreign Minister Abdulla Aripov put forward proposals in three areas at the SCO meeting."
    assert _doc(text).announced_proposals == 3


def test_agenda_in_an_announcing_intro_does_not_reject_the_list():
    text = (
        "BEIJING, Nov 1 (APP) -- Foreign Minister Bilawal Bhutto Zardari addressed the SCO Council of Heads of Government.\n\n"
        "He outlined four priorities for the SCO's economic agenda:\n\n1. Climate action must become a pillar of SCO cooperation.\n\n"
        "2. The member states should ensure food security.\n\n3. Connectivity must be the engine of prosperity.\n\n"
        "4. The SCO should help Afghanistan rebuild its economy.\n\nThe foreign minister also met the Chinese premier.\n"
    )
    assert len(_summaries(text)) == 4


@pytest.mark.parametrize(
    "text",
    [
        # achievements of a chairmanship
        "NEW DELHI, Nov 30 (PIB) -- The Vice President listed the initiatives taken during India's chairmanship:\n"
        "(i) the first SCO Start-up Forum;\n(ii) the first meeting of the SCO Consortium of Economic Think Tanks;\n(iii) an online exhibition.\n",
        # outcomes
        "BISHKEK, June 14 -- The summit ended with agreements. First, the leaders approved the Bishkek Declaration.\n\n"
        "Secondly, the leaders signed a plan on drug control.\n",
        # lessons and pillars
        "Xi Jinping said the SCO rests on three pillars:\n- security cooperation;\n- economic cooperation;\n- people-to-people exchanges.\n",
    ],
)
def test_no_invented_proposals(text):
    assert _summaries(text) == []


def test_a_bullet_list_after_it_is_necessary_to():
    text = (
        "MOSCOW, Sept 10 -- Sergey Lavrov said the ministers agreed that it is necessary to:\n"
        "- preserve the SCO's role in regional security;\n- expand cooperation in the fight against drugs;\n- strengthen economic ties.\n\n"
        "Lavrov also thanked the Kyrgyz chairmanship.\n"
    )
    assert _summaries(text) == ["Preserve the SCO's role in regional security", "Expand cooperation in the fight against drugs", "Strengthen economic ties."]
