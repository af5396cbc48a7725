"""Proposal lists in more styles of real publishers (sequence words, numbered paragraphs, named areas, the bullets and
numbers of posts), the lists that are not proposals (facts of the past, views, bare names, expected results), and more
places where a list ends (issue 16, session 12).

Every text here is made up in a publisher's style: names, places and details are invented."""

from __future__ import annotations

import pytest

from .test_proposal_lists import _doc, _summaries


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
    ("First in the list is", "Second on the list is", "Third on our list is"),
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


@pytest.mark.parametrize("intro", [
    "Assistant Foreign Minister Liu Qing said the summit is expected to achieve the following results.",
    # (the consensus a meeting reached, whoever tells it)
    "The foreign ministers have reached broad consensus and important agreements as follows, according to Liu Qing.",
])
def test_a_list_of_the_results_a_meeting_is_to_bring_or_the_consensus_it_reached_is_no_proposals(intro):
    text = ("Briefing by the Assistant Foreign Minister on the Astana summit\n\n"
            f"{intro}\n\n"
            "First, the leaders will sign the Astana Declaration.\n\nSecond, the members will adopt a strategy on energy "
            "cooperation.\n\nThird, the summit will admit Belarus as a full member.\n\n"
            "Liu also answered questions about the President's state visits.\n")
    assert _summaries(text) == []
    # the speaker's proposals to bring results are his list
    assert len(_summaries(text.replace(intro, "China proposes the following to deliver results."))) == 3


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


def test_a_list_another_titled_person_put_forward_gives_way_to_the_speakers_list_of_the_same_count():
    text = ("Zhou makes three proposals at SCO meeting\n\nAstana, 4 July 2024. Premier Zhou Ping spoke at the meeting of the "
            "heads of government.\n\nOpening the meeting, Kazakh Prime Minister Daulet Nurlanov put forward three ideas. First, "
            "a joint payment system. Second, an SCO development bank. Third, a common e-visa.\n\nZhou made three proposals.\n\n"
            "First, the members should deepen security cooperation.\n\nSecond, they should boost trade and investment.\n\n"
            "Third, the members should build more roads.\n\nZhou also met the Kazakh Prime Minister.\n")
    assert _summaries(text) == ["The members should deepen security cooperation.", "They should boost trade and investment.",
                                "The members should build more roads."]
    # the speaker named after the others addressed puts the list forward himself
    mine = text.replace("Opening the meeting, Kazakh Prime Minister Daulet Nurlanov put forward",
                        "Addressing Kazakh Prime Minister Daulet Nurlanov and others, Zhou first put forward")
    assert _summaries(mine)[0] == "A joint payment system."
