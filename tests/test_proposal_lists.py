"""Proposal lists in the styles real publishers use, and enumerations that are not proposals (issue 16).

Every text here is made up in a publisher's style: names, places and details are invented."""

from __future__ import annotations

import pytest

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


def test_challenges_and_reasons_counted_first_second_third_are_no_proposals():
    challenges = ("Minister warns of threats facing SCO region\n\n"
                  "Tashkent, 12 May 2022. Foreign Minister Aziz Rakhimov said the region faces three main challenges.\n\n"
                  "First, the threat of terrorism from across the borders remains high.\n\n"
                  "Second, drug trafficking continues to fund armed groups.\n\n"
                  "Third, climate change is drying up the rivers of Central Asia.\n\n"
                  "Rakhimov said the SCO was the right platform to address these issues.\n")
    reasons = ("Why the SCO matters to Kyrgyzstan\n\n"
               "Bishkek, 14 June 2019. There are several reasons why the summit is important for our country, President "
               "Sooronbai Asanbekov told reporters.\n\n"
               "Firstly, it is the first time Bishkek hosts the heads of state since 2013.\n\n"
               "Secondly, the summit brings investment projects worth billions of dollars.\n\n"
               "Thirdly, the leaders will sign a declaration that reflects our priorities.\n\nThe summit opens on Friday.\n")
    assert _summaries(challenges) == [] and _summaries(reasons) == []
    # an intro that asks for something in answer to the challenges still opens a list
    answer = challenges.replace("said the region faces three main challenges.",
                                "said the SCO should answer three main challenges with joint steps.")
    assert len(_summaries(answer)) == 3


def test_one_two_three_with_commas_number_an_indian_speakers_items():
    text = ("Indian minister calls for action on terror at SCO\n\n"
            "New Delhi, 28 April 2023. Defence Minister Raj Kumar Verma said India proposes a three-point agenda for the SCO.\n\n"
            "One, the members must act against those who shelter terrorists.\n\n"
            "Two, the SCO should build a joint capacity to respond to disasters.\n\n"
            "Three, the member states must respect each other's borders.\n\n"
            "He said India would host a workshop on disaster relief later this year.\n")
    assert _summaries(text) == ["The members must act against those who shelter terrorists.",
                                "The SCO should build a joint capacity to respond to disasters.",
                                "The member states must respect each other's borders."]


def test_the_first_thing_i_would_like_to_say_is_that_opens_a_translated_speakers_items():
    text = ("Putin speaks at SCO heads of state meeting\n\nVladimir Putin: Colleagues,\n\n"
            "Let me share a few thoughts on our common work.\n\n"
            "The first thing I would like to say is that the SCO must remain open to new partners.\n\n"
            "The second thing is that we need to strengthen the Regional Anti-Terrorist Structure.\n\n"
            "And the third thing: the transition to national currencies in trade must be speeded up.\n\n"
            "Colleagues, I thank you for your attention.\n")
    assert _summaries(text) == ["The SCO must remain open to new partners.",
                                "We need to strengthen the Regional Anti-Terrorist Structure.",
                                "The transition to national currencies in trade must be speeded up."]


def test_a_page_cut_inside_the_first_item_under_the_line_announcing_the_count_keeps_that_item():
    text = ("Foreign Minister attends the meeting of the SCO Council of Foreign Ministers\n\n2020/09/10\n\n"
            "On September 10, 2020, Foreign Minister Zhou Ping attended the meeting of the SCO Council of Foreign Ministers "
            "in Moscow.\n\nZhou Ping made four suggestions on deepening cooperation within the SCO.\n\n"
            "Firstly, the member countries should stand by one another and respect each other's chosen paths. We must firmly "
            "oppose any attempt to sow discord among us and should by no me")
    doc = _doc(text)
    assert [p.summary for p in doc.proposals] == [
        "The member countries should stand by one another and respect each other's chosen paths."]
    assert doc.proposals[0].text.endswith("should by no me")
    # a paragraph after the item: the text was not cut there, and one "Firstly," paragraph is no list
    assert _summaries(text + "ans give way.\n\nThe ministers also approved the agenda of the summit.\n") == []


def test_a_number_with_a_dash_before_the_same_ordinal_is_one_marker():
    text = ("Chinese FM puts forward five-point proposal for SCO\n\n"
            "Tashkent, The Gulf Courier: Chinese Foreign Minister Zhou Ping put forward a five-point proposal at the meeting "
            "of the SCO Council of Foreign Ministers.\n\n"
            "1- First, the SCO countries should cement solidarity. They should back each other on their core interests.\n\n"
            "2- Second, the SCO members need to better ensure regional security.\n\n"
            "3- Third, the members should speed up the building of roads and railways.\n\n"
            "Zhou also met the Uzbek Foreign Minister on the sidelines.\n")
    assert _summaries(text) == ["The SCO countries should cement solidarity.",
                                "The SCO members need to better ensure regional security.",
                                "The members should speed up the building of roads and railways."]


# (or inside it: a last paragraph of three letters or more that begins the next ordinal)
@pytest.mark.parametrize("cut", ["Second, ", "Sec"])
def test_a_page_cut_right_after_the_second_marker_has_no_second_item_and_the_first_runs_whole_up_to_it(cut):
    text = ("Premier attends the 20th meeting of the SCO Council of Heads of Government\n\n2021-11-26 21:58\n\n"
            "On the evening of November 25, 2021, Premier Zhou Ping attended the meeting of the SCO Council of Heads of "
            "Government by video link from Beijing.\n\nZhou Ping said the SCO should make four efforts.\n\n"
            "First, we need to build a strong security shield for the region. We need to fight terrorism together.\n\n"
            "In this regard, China offers to host a joint exercise of border guards next year.\n\n"
            "Moreover, a meeting of experts can help the members share data on wanted persons.\n\n" + cut)
    doc = _doc(text)
    assert [p.summary for p in doc.proposals] == ["We need to build a strong security shield for the region."]
    assert doc.proposals[-1].text.endswith("share data on wanted persons.")


def test_the_last_inline_item_of_a_pages_last_paragraph_runs_on_as_the_items_before_it_did():
    text = ("Foreign Minister attends the SCO Foreign Ministers' Meeting\n\n2023-05-05 22:00\n\n"
            "On May 5, 2023, Foreign Minister Zhou Ping attended the SCO Foreign Ministers' Meeting in Goa.\n\n"
            "Zhou Ping made a three-point proposal. First, strengthen solidarity and mutual trust. All parties should support "
            "each other on their core interests. Second, deepen security cooperation. All parties should crack down on "
            "terrorism and drug trafficking. Third, promote connected development. All parties should keep supply chains "
            "open. China will host a trade forum this year to widen the road to prosperity.")
    doc = _doc(text)
    assert [p.summary for p in doc.proposals] == ["Strengthen solidarity and mutual trust.", "Deepen security cooperation.",
                                                  "Promote connected development."]
    assert doc.proposals[-1].text.endswith("widen the road to prosperity.")
    # a paragraph after it: the last item ends with its sentence, as before
    doc = _doc(text + "\n\nThe ministers also approved the agenda of the summit.\n")
    assert doc.proposals[-1].text.endswith("Third, promote connected development.")


def test_headed_paragraphs_under_a_line_introducing_the_announced_proposals_are_the_list_even_cut_short():
    head = ("Zhou unveils 4-point plan for SCO at FMs' meet\n\n"
            "Tianjin, July 16 — Foreign Minister Zhou Ping outlined four suggestions for the SCO at the meeting of the "
            "Council of Foreign Ministers.\n\nHe presented four proposals for the SCO's future:\n\n"
            "Keep the Founding Spirit – Trust and equality remain the principles that guide the organisation.\n\n"
            "Shared Security – Zhou called for joint action against terrorism and drug trafficking.\n\n")
    whole = head + ("Open Markets – He urged the members to cut tariffs and widen trade in green goods.\n\n"
                    "Good Neighbours – Zhou stressed the need for friendly ties among the members.\n\n"
                    "The ministers also approved the agenda of the summit.\n")
    assert _summaries(whole) == [
        "Keep the Founding Spirit – Trust and equality remain the principles that guide the organisation.",
        "Shared Security – Zhou called for joint action against terrorism and drug trafficking.",
        "Open Markets – He urged the members to cut tariffs and widen trade in green goods.",
        "Good Neighbours – Zhou stressed the need for friendly ties among the members."]
    cut = head + "Open Markets – He urged the members to cut tariffs and wid"
    assert len(_summaries(cut)) == 3 and _doc(cut).proposals[-1].text.endswith("and wid")
    # paragraphs without headings that stop short of the count are no list
    assert _summaries(head.replace(" – ", ". ") + "Open markets. He urged the members to cut tariffs.") == []


LIST = ("Premier puts forward three proposals at SCO meeting\n\n"
        "BISHKEK, Oct. 26 (Xinhua) -- Premier Zhou Ping on Thursday made three proposals at the 22nd meeting of the SCO "
        "Council of Heads of Government.\n\nFirst, the members should deepen security cooperation.\n\n"
        "Second, they should boost trade and investment.\n\nThird, the members should build more roads and railways.\n\n")


@pytest.mark.parametrize("after", [
    "Established in 2001, the SCO now has nine members and three observers.",  # the organisation's background
    "The SCO, founded in 2001, groups China, Russia, India, Pakistan and five Central Asian states.",
    "On Afghanistan, the Prime Minister urged the members to help the Afghan people.",  # another topic, a titled subject
    "The Kyrgyz side supported the proposals.",  # another party's answer
    "The SCO was founded in 2001 in Shanghai.",
    "\"The SCO is our common home,\" said Russian Prime Minister Pavel Orlov.",  # a quotation, its attribution after it
    "(Editor: Wang Fang)",  # a page's credit in brackets
    "China will host the next meeting of the heads of government in 2025.",
])
def test_a_news_pages_closing_paragraph_ends_the_last_proposal(after):
    doc = _doc(LIST + after + "\n")
    assert len(doc.proposals) == 3
    assert doc.proposals[-1].text == "Third, the members should build more roads and railways."


@pytest.mark.parametrize("a, b, c", [("a)", "b)", "c)"), ("i)", "ii)", "iii)")])
def test_letters_or_roman_numerals_with_a_bracket_after_a_colon_number_an_inline_list(a, b, c):
    text = ("Pakistan FM at SCO\n\nGoa, May 5, 2023: Foreign Minister Ali Raza Qureshi proposed that the SCO should: "
            f"{a} set up a joint mechanism to tackle climate change; {b} draw up a regional plan to fight poverty; and {c} help "
            "rebuild Afghanistan.\n\nHe said Pakistan wants peaceful relations with all its neighbours.\n")
    assert _summaries(text) == ["Set up a joint mechanism to tackle climate change", "Draw up a regional plan to fight poverty",
                                "Help rebuild Afghanistan."]


def test_the_first_priority_according_to_the_speaker_is_strips_the_whole_opener():
    text = ("Kazakh President outlines SCO priorities\n\n"
            "ASTANA – President Kassym Tulegenov outlined three priorities for the SCO at the summit in Tianjin on Sept. 1.\n\n"
            "The first priority, according to Tulegenov, is to strengthen mutual support within the organization.\n\n"
            "The second priority, according to the President, is to build security centers against new threats.\n\n"
            "The third priority, according to the Kazakh leader, is to link the transport routes of the region.\n\n"
            "Tulegenov also invited the leaders to the Astana International Forum.\n")
    assert _summaries(text) == ["To strengthen mutual support within the organization.",
                                "To build security centers against new threats.", "To link the transport routes of the region."]


@pytest.mark.parametrize("intro", [
    "The Member States believe that it is important to:",  # a declaration's agreed positions
    "Qingdao, 26 June 2025. The defence ministers agreed that the SCO should:",  # a report of what they agreed
    "The leaders decided that the Organisation would:",
])
def test_what_the_members_agreed_or_hold_together_is_no_proposals(intro):
    text = (f"SCO meeting ends\n\n{intro}\n\n1. strengthen the central coordinating role of the United Nations;\n\n"
            "2. counter the spread of terrorist ideology;\n\n3. ensure food and energy security.\n\n"
            "The next meeting will be held in Kyrgyzstan.\n")
    assert _summaries(text) == []
    # the same list a speaker puts forward is his proposals, and so is his account of what they agreed
    assert len(_summaries(text.replace(intro, "Prime Minister Tariq Mahmood proposed that the SCO should:"))) == 3
    assert len(_summaries(text.replace(intro, "Sergei Lavrenov said the ministers agreed that it is necessary to:"))) == 3


def test_items_quoted_in_guillemets_as_central_asian_agencies_write_are_found():
    text = ("Kazakh President proposes three steps for SCO\n\n"
            "ASTANA. KAZINFORM – President Kassym Tulegenov made three proposals at the meeting of the SCO Council of Heads "
            "of State.\n\n"
            "«Firstly, we need to set up an SCO council of permanent representatives,» the President said.\n\n"
            "«Secondly, it is important to launch an SCO investment fund without delay,» he noted.\n\n"
            "«Thirdly, I propose to hold a forum of SCO regions in Almaty next year,» the Head of State said.\n\n"
            "The President also thanked the Chinese side for its chairmanship.\n")
    assert _summaries(text) == [
        "We need to set up an SCO council of permanent representatives,» the President said.",
        "It is important to launch an SCO investment fund without delay,» he noted.",
        "I propose to hold a forum of SCO regions in Almaty next year,» the Head of State said."]


def test_an_advertisements_slot_between_the_items_is_page_furniture_not_part_of_them():
    text = ("Minister lists India's priorities at SCO meet\n\n"
            "New Delhi, May 5, 2023: External Affairs Minister Subrahmanyam Rao on Friday put forward three priorities for "
            "the SCO.\n\nFirst, he said the SCO must fight terrorism in all its forms.\n\nAdvertisement\n\n"
            "Second, connectivity projects must respect sovereignty, Rao said.\n\n- Advertisement -\n\n"
            "Third, he called for cooperation on millets and food security.\n\nStory continues below this ad\n\n"
            "The meeting was also attended by the Chinese Foreign Minister.\n")
    doc = _doc(text)
    assert [p.text for p in doc.proposals] == ["First, he said the SCO must fight terrorism in all its forms.",
                                               "Second, connectivity projects must respect sovereignty, Rao said.",
                                               "Third, he called for cooperation on millets and food security."]
    assert {r.reason for r in clean(text).removed} == {"site footer"}


def test_items_that_ask_for_something_under_an_intro_naming_challenges_are_proposals():
    text = ("Minister speaks at SCO meeting\n\nTashkent, 12 May 2022. Foreign Minister Aziz Rakhimov said the region faces "
            "three main challenges.\n\nFirst, we should fight terrorism together.\n\nSecond, the members must stop the drug "
            "trade.\n\nThird, we need a common water policy.\n\nRakhimov also met his Chinese counterpart.\n")
    assert len(_summaries(text)) == 3


def test_a_paragraph_naming_the_speaker_and_asking_as_the_earlier_items_paragraphs_did_stays_in_the_last_item():
    text = ("FM offers proposal on SCO development\n\n"
            "DUSHANBE — Foreign Minister Zhou Ping put forward a three-point proposal on the development of the SCO.\n\n"
            "First, the members should pursue solidarity, Zhou said.\n\n"
            "Zhou said the countries should settle differences through dialogue.\n\n"
            "Second, the countries should share responsibility for security.\n\n"
            "Zhou said the members should crack down on terrorism and drug trafficking.\n\n"
            "China is ready to work with all sides for a cyberspace of peace.\n\n"
            "Third, the members should cooperate against the pandemic, Zhou added.\n\n"
            "The countries should oppose vaccine nationalism, he said.\n\n")
    going_on = "Zhou stressed that tracing the virus is a scientific issue, which should be left to scientists.\n"
    assert _doc(text + going_on).proposals[-1].text.endswith("which should be left to scientists.")
    # the speaker's name on a paragraph that asks for nothing is the narrative resuming
    doc = _doc(text + "Zhou also met the Tajik Foreign Minister on the sidelines of the meeting.\n")
    assert doc.proposals[-1].text.endswith("oppose vaccine nationalism, he said.")


def test_firstly_inside_a_sentence_before_secondly_in_the_same_paragraph_and_two_items_in_a_later_paragraph():
    text = ("Kyrgyz president makes four-point proposal at SCO summit\n\n"
            "BISHKEK, June 14 (Xinhua) -- Kyrgyz President Almaz Toktorov on Friday put forward a four-point proposal "
            "for the Shanghai Cooperation Organization.\n\n"
            "Toktorov praised the organization's record since its founding and thanked the members for their support.\n\n"
            "Looking to the future, Toktorov urged the members to firstly deepen trust among them, the basis of the bloc. "
            "Secondly, the SCO should fight drug trafficking more closely, said the Kyrgyz leader.\n\n"
            "Thirdly, the members should open new railway routes across the region. Fourthly, they need to train more "
            "young diplomats together.\n\n"
            "The summit adopted a declaration and eight other documents.\n")
    # (the sentence that holds "firstly" is the first item, opener and all, as a paragraph's is)
    assert _summaries(text) == [
        "Looking to the future, Toktorov urged the members to firstly deepen trust among them, the basis of the bloc.",
        "The SCO should fight drug trafficking more closely, said the Kyrgyz leader.",
        "The members should open new railway routes across the region.",
        "They need to train more young diplomats together."]


def test_a_bullet_items_text_drops_the_semicolon_that_joins_it_to_the_next():
    text = ("SCO transport ministers meet in Bishkek\n\n"
            "Bishkek, 12 April 2019. Kyrgyz Minister of Transport Daniyar Osmonov proposed the following:\n\n"
            "• to open a freight route from Osh to the Caspian ports;\n\n"
            "• to hold a yearly SCO logistics forum;\n\n"
            "• to align the members' rules for road permits;\n\n"
            "The ministers also discussed the plan of joint events for 2020.\n")
    doc = _doc(text)
    assert [p.summary for p in doc.proposals] == ["To open a freight route from Osh to the Caspian ports",
                                                  "To hold a yearly SCO logistics forum", "To align the members' rules for road permits"]
    assert doc.proposals[-1].text.endswith("to align the members' rules for road permits")


def test_firstly_inside_a_sentence_opens_the_first_item_over_a_paragraph_that_goes_on_with_it():
    text = ("TASHKENT, June 14 (Xinhua) -- Uzbek President Rustam Karimbekov on Friday put forward a three-point proposal "
            "for the Shanghai Cooperation Organization.\n\n"
            "Proposing for the bloc's next decade, Karimbekov urged the members to firstly widen trade in local currencies.\n\n"
            "The members should also open their markets to each other's farm produce, said the Uzbek leader.\n\n"
            "Secondly, the SCO should build a water-sharing mechanism in the region.\n\n"
            "Thirdly, it should set up a joint fund for young scientists.\n\n"
            "The summit was attended by leaders of ten member states.\n")
    proposals = _doc(text).proposals
    assert [p.summary for p in proposals] == [
        "Proposing for the bloc's next decade, Karimbekov urged the members to firstly widen trade in local currencies.",
        "The SCO should build a water-sharing mechanism in the region.", "It should set up a joint fund for young scientists."]
    assert proposals[0].text.endswith("farm produce, said the Uzbek leader.")
