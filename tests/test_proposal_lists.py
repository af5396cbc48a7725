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


def test_a_page_cut_right_after_the_second_marker_has_no_second_item():
    text = ("Premier attends the 20th meeting of the SCO Council of Heads of Government\n\n2021-11-26 21:58\n\n"
            "On the evening of November 25, 2021, Premier Zhou Ping attended the meeting of the SCO Council of Heads of "
            "Government by video link from Beijing.\n\nZhou Ping said the SCO should make four efforts.\n\n"
            "First, we need to build a strong security shield for the region. We need to fight terrorism together.\n\n"
            "Second, ")
    doc = _doc(text)
    assert [p.summary for p in doc.proposals] == ["We need to build a strong security shield for the region."]
    assert doc.proposals[-1].text.endswith("fight terrorism together.")


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


SEQUENCE = ("Kazakh premier makes three proposals at SCO meeting\n\n"
            "Astana, 4 July 2024. Prime Minister Daulet Nurlanov made three proposals at the meeting of the heads of "
            "government.\n\n{1}, the members should open a joint fund for small business.\n\n"
            "{2}, the SCO must speed up work on the new railway corridor.\n\n"
            "{3}, the countries need to share data on floods and droughts.\n\n"
            "The meeting also approved the budget of the Secretariat.\n")


@pytest.mark.parametrize("words", [("To begin with", "Next", "Finally"), ("First", "In addition", "Furthermore"),
                                   ("Firstly", "Moreover", "Lastly")])
def test_sequence_words_after_first_number_the_items_of_an_announced_count(words):
    doc = _doc(SEQUENCE.format(None, *words))
    assert [p.summary for p in doc.proposals] == ["The members should open a joint fund for small business.",
                                                  "The SCO must speed up work on the new railway corridor.",
                                                  "The countries need to share data on floods and droughts."]
    assert doc.proposals[-1].text == f"{words[2]}, the countries need to share data on floods and droughts."


def test_sequence_words_number_nothing_without_a_count_or_when_they_give_another_count():
    words = (None, "First", "In addition", "Furthermore")
    # no count announced: "In addition," is a narrative paragraph
    assert _summaries(SEQUENCE.format(*words).replace("three proposals", "remarks")) == []
    # four announced, three found: no list
    assert _summaries(SEQUENCE.format(*words).replace("three proposals", "four proposals")) == []
    # a sequence word that resumes the narrative numbers no item
    assert _summaries(SEQUENCE.format(*words).replace("the countries need to share data", "the leaders adopted a plan")) == []


@pytest.mark.parametrize("items", [
    # a chairmanship's results
    ("more than 150 events were held in all member states.", "the members signed an agreement on cooperation in tourism.",
     "the SCO opened a centre for countering cyber threats in Astana."),
    # decisions, one an outcome only further down
    ("Belarus became a full member of the SCO.", "the leaders approved the development strategy until 2035.",
     "the heads of state appointed a new Secretary-General."),
    # the organisation's history
    ("the Shanghai Five was founded in 1996.", "the SCO was created in 2001.", "India and Pakistan joined it in 2017."),
])
def test_facts_of_the_past_told_first_second_third_are_no_proposals(items):
    text = ("Kazakhstan hands over SCO chairmanship\n\nAstana, 4 July 2024. President Nurlan Tokbayev reviewed the year of "
            "Kazakhstan's chairmanship at the summit.\n\n" + "".join(f"{w}, {i[0].upper()}{i[1:]}\n\n" for w, i in
                                                                   zip(("First", "Second", "Third"), items))
            + "The President thanked the leaders for their support.\n")
    assert _summaries(text) == []


def test_a_reports_past_tense_items_that_tell_what_the_speaker_asked_for_stay_proposals():
    text = ("Premier speaks at SCO meeting\n\nAstana, 4 July 2024. Premier Zhou Ping spoke at the meeting of the heads of "
            "government.\n\nFirst, he pushed for a free trade study within the SCO.\n\n"
            "Second, Zhou backed the idea of an SCO development bank.\n\n"
            "Third, the premier sought closer ties between the members' universities.\n\n"
            "Zhou also met the Kazakh Prime Minister.\n")
    assert _summaries(text) == ["He pushed for a free trade study within the SCO.",
                                "Zhou backed the idea of an SCO development bank.",
                                "The premier sought closer ties between the members' universities."]
    # items led by an infinitive name tasks, not facts ("to seize chances offered by ...")
    tasks = text.replace("he pushed for a free trade study", "to seize the chances offered by a free trade study") \
        .replace("Zhou backed the idea of", "to set up").replace("the premier sought", "to build")
    assert len(_summaries(tasks)) == 3


def test_ordinals_inside_numbered_paragraphs_number_the_items():
    text = ("Ambassador's column: sayings from the summit\n\n"
            "1. Friends come from near and far. The summit gathered leaders from the whole region in a wider format.\n\n"
            "2. The world is changing fast. New risks appear every year and old ones remain.\n\n"
            "3. In such times we need unity. President Li Ming made three proposals at the summit.\n\n"
            "4. First, build a common home of trust. The members should support each other on their core interests.\n\n"
            "5. Second, build a common home of security. We should fight terrorism and drug trafficking together.\n\n"
            "6. Third, build a common home of prosperity. The members need to open their markets to each other.\n\n"
            "7. A good neighbour is better than a distant relative. China will work with all sides for a brighter future.\n")
    doc = _doc(text)
    assert [p.summary for p in doc.proposals] == ["Build a common home of trust.", "Build a common home of security.",
                                                  "Build a common home of prosperity."]
    assert doc.proposals[-1].text == "6. Third, build a common home of prosperity. The members need to open their markets to each other."
    # a figure with "Finally," is still the numbered list's last item
    numbered = ("Minister makes proposals\n\nMinister Aziz Rakhimov made the following proposals:\n\n"
                "1. to set up a water council;\n\n2. to hold a forum of young scientists;\n\n3. Finally, to open an SCO office in Termez.\n")
    assert len(_summaries(numbered)) == 3


def test_a_list_of_another_count_gives_way_to_a_later_list_of_the_count_announced():
    text = ("Zhou makes two proposals at SCO meeting\n\nAstana, 4 July 2024. Premier Zhou Ping spoke at the meeting of the "
            "heads of government.\n\nOpening the meeting, Kazakh Prime Minister Daulet Nurlanov put forward three ideas. First, "
            "a joint payment system. Second, an SCO development bank. Third, a common e-visa.\n\n"
            "Zhou made two proposals.\n\nFirst, the members should deepen security cooperation.\n\n"
            "Second, they should boost trade and investment.\n\nZhou also met the Kazakh Prime Minister.\n")
    assert _summaries(text) == ["The members should deepen security cooperation.", "They should boost trade and investment."]
    # no list of the count below: the first list stays (a page cut short, a count the text gets wrong)
    assert _summaries(text.replace("Second, they should boost trade and investment.", "Zhou spoke for ten minutes.")) == [
        "A joint payment system.", "An SCO development bank.", "A common e-visa."]


@pytest.mark.parametrize("marks", [
    ("🔹",) * 3, ("👉",) * 3, ("✔️",) * 3, ("▷",) * 3, ("◻",) * 3, ("1️⃣", "2️⃣", "3️⃣"), ("①", "②", "③"), ("(A)", "(B)", "(C)"),
    ("A.", "B.", "C."), ("#1", "#2", "#3"), ("1/", "2/", "3/"), ("1 –", "2 –", "3 –"),  # bullets and numbers of posts and pages
    ("The first direction is", "The second direction is", "The third direction is"),  # a translated speech's areas
    ("The first of them is", "The second is", "The third is"),
    ("Point one:", "Point two:", "Point three:"), ("Number one:", "Number two:", "Number three:"),
])
def test_other_bullets_numbers_and_named_areas_mark_items(marks):
    items = ("a regional centre for food security.", "an SCO fund for green energy.", "a forum of young leaders in Samarkand.")
    text = ("Uzbek President's initiatives at the SCO summit\n\nTashkent, 16 September 2022. President Shavkat Ergashev "
            "proposed the following:\n\n" + "".join(f"{m} {i}\n\n" for m, i in zip(marks, items))
            + "The summit ended with the signing of the Samarkand Declaration.\n")
    doc = _doc(text)
    assert [p.summary for p in doc.proposals] == ["A regional centre for food security.", "An SCO fund for green energy.",
                                                  "A forum of young leaders in Samarkand."]


def test_a_copyright_or_degree_sign_opens_no_bullet_item():
    text = ("Uzbek President's initiatives\n\nPresident Shavkat Ergashev proposed the following:\n\n"
            "© 2022 The Tashkent Herald\n\n© All rights reserved\n")
    assert _summaries(text) == []


def test_a_briefings_list_of_the_results_a_meeting_is_expected_to_bring_is_no_proposals():
    text = ("Briefing by the Assistant Foreign Minister on the Astana summit\n\n"
            "Assistant Foreign Minister Liu Qing said the summit is expected to achieve the following results.\n\n"
            "First, the leaders will sign the Astana Declaration.\n\nSecond, the members will adopt a strategy on energy "
            "cooperation.\n\nThird, the summit will admit Belarus as a full member.\n\n"
            "Liu also answered questions about the President's state visits.\n")
    assert _summaries(text) == []
    # the speaker's proposals to bring results are his list
    assert len(_summaries(text.replace("the summit is expected to achieve the following results.",
                                       "China proposes the following to deliver results."))) == 3


SPEECH = ("Speech by Premier Zhou Ping at the SCO meeting\n\nDear colleagues,\n\nI would like to make three proposals.\n\n"
          "First, we should deepen security cooperation.\n\nSecond, we should boost trade and investment.\n\n"
          "Third, we should build more roads and railways.\n\n")


@pytest.mark.parametrize("closing", ["Finally, I would like to thank Kazakhstan for its warm hospitality.",
                                     "Let me conclude by congratulating the Kazakh side on its successful chairmanship.",
                                     "I wish the meeting every success."])
def test_a_speechs_closing_courtesy_ends_the_last_proposal(closing):
    doc = _doc(SPEECH + closing + "\n")
    assert len(doc.proposals) == 3 and doc.proposals[-1].text == "Third, we should build more roads and railways."


def test_a_headline_opening_with_the_count_announces_the_numbered_list_under_it():
    text = ("Three proposals of Tajikistan at the SCO summit\n\nDushanbe, 17 September 2021. President Imomali Saidov "
            "addressed the summit.\n\n1. To create an SCO centre for countering drugs.\n\n2. To set up a water and energy "
            "council.\n\n3. To hold a forum of SCO universities.\n\nThe summit ended with the signing of a declaration.\n")
    doc = _doc(text)
    assert doc.announced_proposals == 3
    assert [p.summary for p in doc.proposals] == ["To create an SCO centre for countering drugs.",
                                                  "To set up a water and energy council.", "To hold a forum of SCO universities."]
    # a count of something else in the headline announces nothing, and the list has no intro
    assert _doc(text.replace("Three proposals of", "Three decades of")).announced_proposals is None


INTERVIEW = ("Interview of the SCO Secretary-General to a news agency\n\nQuestion: Is the SCO an alliance against the West?\n\n"
             "Answer: Let me be clear.\n\nFirst, the SCO is not a military bloc.\n\nSecond, it is not directed against third "
             "countries.\n\nThird, its doors are open to all who share its principles.\n\n"
             "Question: What about Afghanistan?\n\nAnswer: We follow the situation closely.\n")


def test_a_list_of_views_that_asks_for_nothing_after_an_intro_that_proposes_nothing_is_no_proposals():
    assert _summaries(INTERVIEW) == []
    # the same views after an intro that proposes, or items that ask, are a list
    assert len(_summaries(INTERVIEW.replace("Let me be clear.", "I have a few proposals."))) == 3
    assert len(_summaries(INTERVIEW.replace("is not a military bloc", "should not become a military bloc"))) == 3


def test_the_next_question_of_an_interview_ends_the_last_proposal():
    doc = _doc(INTERVIEW.replace("Let me be clear.", "We will make three proposals."))
    assert len(doc.proposals) == 3
    assert doc.proposals[-1].text == "Third, its doors are open to all who share its principles."


def test_bare_names_counted_first_second_third_are_no_proposals_unless_the_paragraphs_under_them_ask():
    head = "SCO meeting opens\n\nAstana, 4 July 2024. The SCO was created to fight three evils.\n\n"
    bare = head + "First, terrorism.\n\nSecond, separatism.\n\nThird, extremism.\n\nThe meeting also approved the budget.\n"
    assert _summaries(bare) == []
    headed = head + ("First, terrorism.\n\nWe should share intelligence on armed groups.\n\nSecond, separatism.\n\n"
                     "We must respect each other's borders.\n\nThird, extremism.\n\nThe meeting also approved the budget.\n")
    assert _summaries(headed) == ["Terrorism.", "Separatism.", "Extremism."]
