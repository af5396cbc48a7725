"""Grouping: texts from different publishers about one meeting become one meeting, even when one of
them lacks the city or the exact date; an undated text that could be about several meetings stays alone."""

from __future__ import annotations

import pytest

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


def _briefing_to_come(city: str) -> str:
    return ("Foreign Ministry Spokesperson's Regular Press Conference\n\nAt the invitation of the host, President Xi Jinping "
            f"will attend the meeting of the Council of Heads of State of the Shanghai Cooperation Organization in {city}.\n\n"
            "Q: What does China expect from the summit?\n\nA: We expect it to deepen security cooperation.\n")


@pytest.mark.parametrize("city, joins", [("Bishkek", True), ("Dushanbe", False)])
def test_an_undated_briefing_on_its_meeting_to_come_joins_it_by_the_meeting_s_city(write_texts, city, joins):
    # (the briefing has no venue, as it does not say where it was given; the city of the meeting it names still groups it)
    meetings = _meetings(write_texts, {"wire": WIRE, "briefing": _briefing_to_come(city)})
    assert (meetings["wire"] == meetings["briefing"]) is joins


def test_a_report_without_the_city_a_few_days_off_joins_the_meeting_of_its_week(write_texts):
    # A body does not meet twice in a week: "on Sunday" read against a stamp three days after the summit dates it 16 June.
    late = ("Published: 2019-06-17\n\nPrime Minister Imran Khan said on Sunday, after the meeting of the Council of Heads of "
            "State of the Shanghai Cooperation Organization, that Pakistan would work with all member states for peace.\n")
    far = late.replace("2019-06-17", "2019-07-08")  # a Sunday three weeks after: not the week of the summit
    meetings = _meetings(write_texts, {"wire": WIRE, "late": late, "far": far})
    assert meetings["late"] == meetings["wire"] == "2019-06-14-council-of-heads-of-state-bishkek" != meetings["far"]
    # a text placing a meeting in another city in person, four days later, is another meeting
    elsewhere = ("TASHKENT, June 18, 2019 -- The Council of Heads of State of the Shanghai Cooperation Organization met in "
                 "Tashkent on June 18, 2019.\n")
    meetings = _meetings(write_texts, {"wire": WIRE, "elsewhere": elsewhere})
    assert meetings["elsewhere"] != meetings["wire"]


def test_an_undated_report_joins_the_meeting_held_shortly_before_it_was_published(write_texts):
    meetings = _meetings(write_texts, {"wire": WIRE, "earlier": EARLIER, "published_after": PUBLISHED_AFTER})
    assert meetings["published_after"] == meetings["wire"] != meetings["earlier"]


def test_an_undated_report_published_on_the_eve_of_its_meeting_s_day_joins_it(write_texts):
    # (a two-day summit dated by its second day: a report on the first comes out the day before)
    eve = PUBLISHED_AFTER.replace("2019-06-16", "2019-06-13")
    days_before = PUBLISHED_AFTER.replace("2019-06-16", "2019-06-10")
    meetings = _meetings(write_texts, {"wire": WIRE, "eve": eve, "days_before": days_before})
    assert meetings["eve"] == meetings["wire"] != meetings["days_before"]


def test_a_yearless_dateline_days_after_the_meeting_joins_it_by_the_weekday_its_lead_names(write_texts):
    # 16 June 2019 was a Sunday: the Friday before it is WIRE's 14 June; a Thursday would be the 13th, no day of it.
    late = ("MOSCOW, June 16 (TASS) - President Vladimir Putin on {} addressed the Council of Heads of State of the Shanghai "
            "Cooperation Organization in Bishkek and called for closer security cooperation.\n")
    texts = {"wire": WIRE, "earlier": EARLIER, "friday": late.format("Friday"), "thursday": late.format("Thursday")}
    meetings = _meetings(write_texts, texts)
    assert meetings["friday"] == meetings["wire"] != meetings["thursday"]


def test_an_undated_text_that_fits_two_meetings_stays_alone(write_texts):
    meetings = _meetings(write_texts, {"wire": WIRE, "earlier": EARLIER, "only_city": ONLY_CITY})
    assert meetings["only_city"] not in (meetings["wire"], meetings["earlier"])


def test_an_undated_text_with_only_its_city_joins_the_one_meeting_there(write_texts):
    meetings = _meetings(write_texts, {"wire": WIRE, "only_city": ONLY_CITY})
    assert meetings["only_city"] == meetings["wire"]


def _undated(lead: str) -> str:
    return f"""The President addressed the Council of Heads of State of the Shanghai Cooperation Organization {lead}.
He said the member states should deepen trade and security cooperation in the region for the years to come.
"""


def test_the_weekday_a_report_names_picks_the_meeting_held_on_that_day_of_the_week(write_texts):
    # WIRE's meeting (14 June 2019) was a Friday, EARLIER's (16 August 2007) a Thursday; both in Bishkek.
    texts = {"wire": WIRE, "earlier": EARLIER, "thursday": _undated("in Bishkek on Thursday"),
             "friday": _undated("in Bishkek on Friday"), "monday": _undated("in Bishkek on Monday")}
    meetings = _meetings(write_texts, texts)
    assert meetings["thursday"] == meetings["earlier"] != meetings["wire"]
    assert meetings["friday"] == meetings["wire"]
    assert meetings["monday"] not in (meetings["wire"], meetings["earlier"])


def test_a_report_with_only_the_meeting_number_joins_the_meeting_of_that_number(write_texts):
    texts = {"wire": WIRE, "earlier": EARLIER, "number": _undated("at its 19th meeting of the Council of Heads of State")}
    meetings = _meetings(write_texts, texts)
    assert meetings["number"] == meetings["wire"]


def test_an_anniversary_of_the_sco_rules_out_the_meetings_of_other_years(write_texts):
    # the SCO was founded in 2001 (data/leaders.yml): its sixth anniversary is 2007 (EARLIER), its 18th 2019 (WIRE)
    texts = {"wire": WIRE, "earlier": EARLIER, "sixth": _undated("in Bishkek on the eve of the sixth anniversary of the SCO"),
             "eighteenth": _undated("in Bishkek in the year of the 18th anniversary of the Shanghai Cooperation Organization")}
    meetings = _meetings(write_texts, texts)
    assert meetings["sixth"] == meetings["earlier"] and meetings["eighteenth"] == meetings["wire"]
    # the anniversary named as the summit's, of the founding, or as the SCO's own; not the Secretariat's or the Charter's
    for lead, meeting in (("at the Sixth Anniversary Summit of the SCO in Bishkek", "earlier"),
                          ("in Bishkek on the 18th anniversary of the founding of the Shanghai Cooperation Organization", "wire"),
                          ("in Bishkek as the Organisation's sixth anniversary neared", "earlier"),
                          ("in Bishkek on the 18th anniversary of the Organization's founding", "wire")):
        meetings = _meetings(write_texts, {"wire": WIRE, "earlier": EARLIER, "named": _undated(lead)})
        assert meetings["named"] == meetings[meeting], lead
    for lead in ("in Bishkek on the 15th anniversary of the establishment of the SCO Secretariat",
                 "in Bishkek on the 17th anniversary of the signing of the SCO Charter"):
        meetings = _meetings(write_texts, {"wire": WIRE, "earlier": EARLIER, "named": _undated(lead)})
        assert meetings["named"] not in (meetings["wire"], meetings["earlier"]), lead


def test_an_interview_given_in_another_city_joins_the_meeting_it_is_about(write_texts):
    interview = """Interview: Xi Jinping on the Bishkek summit

Published: 2019-06-10

On the eve of the meeting of the Council of Heads of State of the SCO in Bishkek, our reporter interviewed President
Xi Jinping in Beijing.

- Mr. President, what do you expect from the summit?

- The member states should deepen trade and security cooperation in the region.
"""
    archive = run([str(write_texts({"wire.txt": WIRE, "interview.txt": interview}))])
    docs = {d.id: d for d in archive.documents}
    assert docs["interview"].venue.city == "Beijing" and docs["interview"].meeting_id == docs["wire"].meeting_id
    assert [m.city for m in archive.meetings] == ["Bishkek"]


def test_an_interview_recorded_on_a_weekday_before_the_summit_joins_it(write_texts):
    # WIRE's summit was on Friday 14 June 2019; the interview was recorded on Monday and published on Tuesday
    interview = """PM says SCO offers a platform for the region

Published: 2019-06-11

ISLAMABAD, June 11 (APP): Prime Minister Imran Khan has said that the SCO offers a unique platform to the region.

In an interview with Kyrgyz television, recorded at the PM House in Islamabad on Monday ahead of his departure for the
SCO Heads of State Council meeting in Bishkek later this week, the prime minister said Pakistan values its membership.
"""
    archive = run([str(write_texts({"wire.txt": WIRE, "interview.txt": interview}))])
    docs = {d.id: d for d in archive.documents}
    assert docs["interview"].kind == "interview" and docs["interview"].venue.city == "Islamabad"
    assert docs["interview"].meeting_id == docs["wire"].meeting_id == "2019-06-14-council-of-heads-of-state-bishkek"


def test_a_leader_named_in_office_rules_out_the_meetings_held_outside_his_term(write_texts):
    # Bakiyev was President of Kyrgyzstan in 2007, not in 2019; Jeenbekov in 2019, not in 2007 (data/leaders.yml).
    texts = {"wire": WIRE, "earlier": EARLIER,
             "bakiyev": _undated("in Bishkek and thanked President Kurmanbek Bakiyev for the warm welcome"),
             "jeenbekov": _undated("in Bishkek and thanked President of Kyrgyzstan Sooronbay Jeenbekov for the welcome")}
    meetings = _meetings(write_texts, texts)
    assert meetings["bakiyev"] == meetings["earlier"] != meetings["wire"]
    assert meetings["jeenbekov"] == meetings["wire"]
    texts = {"wire": WIRE, "earlier": EARLIER, "former": _undated("in Bishkek and recalled former President Bakiyev")}
    meetings = _meetings(write_texts, texts)
    assert meetings["former"] not in (meetings["wire"], meetings["earlier"])  # a former leader rules nothing out


def test_observers_leaders_and_secretaries_general_named_in_office_rule_out_meetings_outside_their_terms(write_texts):
    # Imanaliev was the SCO's Secretary-General 2010-2012, Rouhani Iran's President 2013-2021 (data/leaders.yml).
    def summit(day: str, weekday: str) -> str:
        return (f"ASTANA, {day} (Xinhua) -- The Council of Heads of State of the Shanghai Cooperation Organization met in "
                f"Astana on {weekday}, {day}, and the leaders signed the Astana Declaration.\n")
    texts = {"s2011": summit("June 15, 2011", "Wednesday"), "s2017": summit("June 9, 2017", "Friday"),
             "imanaliev": "The heads of state met in Astana at the meeting of the Council of Heads of State of the SCO. SCO "
                          "Secretary-General Muratbek Imanaliev said the organisation had come of age.\n",
             "rouhani": "The heads of state met in Astana at the meeting of the Council of Heads of State of the SCO. "
                        "President Hassan Rouhani of Iran, an observer, called for closer trade ties.\n"}
    meetings = _meetings(write_texts, texts)
    assert meetings["imanaliev"] == meetings["s2011"] != meetings["s2017"] == meetings["rouhani"]


def test_a_count_of_member_states_rules_out_the_meetings_held_with_another_count(write_texts):
    # The SCO had six full members until 2017 and ten from 2024 (data/leaders.yml).
    def summit(day: str, weekday: str) -> str:
        return (f"ASTANA, {day} (Xinhua) -- The Council of Heads of State of the Shanghai Cooperation Organization met in "
                f"Astana on {weekday}, {day}, and the leaders signed the Astana Declaration.\n")
    def undated(count: str) -> str:
        return (f"The leaders of the {count} member states met in Astana at the meeting of the Council of Heads of State of "
                "the SCO and called for closer trade ties.\n")
    texts = {"s2011": summit("June 15, 2011", "Wednesday"), "s2024": summit("July 4, 2024", "Thursday"),
             "six": undated("six"), "ten": undated("ten"),
             "grown": "The SCO, which has grown from six members to ten, met in Astana at the meeting of the Council of "
                      "Heads of State and called for closer trade ties.\n"}
    meetings = _meetings(write_texts, texts)
    assert meetings["six"] == meetings["s2011"] != meetings["s2024"] == meetings["ten"]
    assert meetings["grown"] not in (meetings["s2011"], meetings["s2024"])  # a count it grew from rules nothing out


def test_an_undated_briefing_published_before_the_meeting_it_announces_joins_it(write_texts):
    briefing = """Published: 2019-06-07

Briefing by the Foreign Ministry Spokesperson

The President will travel to Bishkek to take part in the meeting of the Council of Heads of State of the Shanghai
Cooperation Organization, where the leaders will discuss security and trade.

Question: Will the President hold bilateral talks?

Answer: Yes, on the sidelines of the meeting the President will meet the Kyrgyz President.
"""
    preview = briefing.replace("Briefing by the Foreign Ministry Spokesperson", "Foreign Ministry report").replace(
        "Question: Will the President hold bilateral talks?\n\nAnswer: Yes, on", "On")
    report = preview.replace("will travel to Bishkek to take part", "travelled to Bishkek and took part").replace(
        "will discuss", "discussed").replace("will meet", "met")
    texts = {"wire": WIRE, "earlier": EARLIER, "briefing": briefing, "preview": preview, "report": report}
    meetings = _meetings(write_texts, texts)
    assert meetings["briefing"] == meetings["wire"]  # a week before the summit it announces
    # so does a report whose lead names its meeting as still to come (a preview)
    assert meetings["preview"] == meetings["wire"]
    assert meetings["report"] not in (meetings["wire"], meetings["earlier"])  # a report of the meeting comes out after it


def test_a_year_named_long_after_a_meeting_rules_that_meeting_out(write_texts):
    # "until 2025" is more than MAX_YEARS_AHEAD after 2007, not after 2019: only the 2019 meeting fits.
    texts = {"wire": WIRE, "earlier": EARLIER, "strategy": _undated("in Bishkek and backed the Development Strategy until 2025")}
    meetings = _meetings(write_texts, texts)
    assert meetings["strategy"] == meetings["wire"] != meetings["earlier"]
    texts["strategy"] = _undated("in Bishkek and backed the programme until 2015")
    meetings = _meetings(write_texts, texts)
    assert meetings["strategy"] not in (meetings["wire"], meetings["earlier"])  # both fit: it stays alone


def test_a_year_the_text_places_an_event_in_rules_out_meetings_years_before_it(write_texts):
    # "joined the organisation in 2017" is no text about the 2013 summit; "will host ... again in 2034" is a coming event.
    s2013 = ("BISHKEK, Sept. 13 (Xinhua) -- The Council of Heads of State of the Shanghai Cooperation Organization met in "
             "Bishkek on Friday, September 13, 2013.\n")
    texts = {"wire": WIRE, "s2013": s2013,
             "joined": _undated("in Bishkek and welcomed India and Pakistan, which joined the organisation in 2017")}
    meetings = _meetings(write_texts, texts)
    assert meetings["joined"] == meetings["wire"] != meetings["s2013"]
    texts["joined"] = _undated("in Bishkek and said Kyrgyzstan will host the summit again in 2034")
    meetings = _meetings(write_texts, texts)
    assert meetings["joined"] not in (meetings["wire"], meetings["s2013"])  # both fit: it stays alone


def test_a_year_the_text_places_a_coming_event_in_rules_out_meetings_after_it(write_texts):
    # "the next summit will be held in ... in 2010" was written before 2010: not about the 2019 summit
    texts = {"wire": WIRE, "earlier": EARLIER,
             "coming": _undated("in Bishkek and said the next summit will be held in Tashkent in 2010")}
    meetings = _meetings(write_texts, texts)
    assert meetings["coming"] == meetings["earlier"] != meetings["wire"]
    # a coming year after the meeting rules nothing out
    texts = {"wire": WIRE, "coming": _undated("in Bishkek and said the next summit will be held in Dushanbe in 2020")}
    meetings = _meetings(write_texts, texts)
    assert meetings["coming"] == meetings["wire"]


@pytest.mark.parametrize("lead", [
    # "since" after the coming word: the year is past ("will be the first ... since the pandemic in 2016")
    "in Bishkek. He said this summit will be the first the leaders hold in person since the pandemic in 2016",
    # a full stop without a space after it, on a cut page, between the coming word and the year
    "in Bishkek. Observers will be admitted to the talks.The group was founded in 2001",
    # a modal far before the year, not governing it
    "in Bishkek. I would like to remind you that all member states are bound by the long-term treaty on good-neighbourliness "
    "and friendship, signed in Bishkek in 2007",
])
def test_a_year_no_coming_word_governs_rules_no_later_meeting_out(write_texts, lead):
    # Only a year a coming word governs ("will be held in Tashkent in 2010") was written before it; these are past years.
    meetings = _meetings(write_texts, {"wire": WIRE, "undated": _undated(lead)})
    assert meetings["undated"] == meetings["wire"]


def test_the_weekday_of_a_journey_to_the_meeting_rules_no_meeting_out(write_texts):
    # "left ... on Wednesday to attend" is the day of the journey, not of the Friday summit; a weekday of the meeting itself
    # still rules out a meeting held on another day.
    journey = ("The Foreign Minister left on a two-day trip to Kyrgyzstan on Wednesday to attend the 19th meeting of the "
               "Council of Heads of State of the Shanghai Cooperation Organization in Bishkek.\n"
               "He is expected to hold talks with his counterparts on trade and security.\n")
    met = journey.replace("left on a two-day trip to Kyrgyzstan on Wednesday to attend", "on Wednesday attended")
    meetings = _meetings(write_texts, {"wire": WIRE, "journey": journey, "met": met})
    assert meetings["journey"] == meetings["wire"] != meetings["met"]


def test_a_filipino_report_numbering_an_earlier_prime_ministers_meeting_does_not_join_a_later_one_in_its_city(write_texts):
    # "ika-9 Pulong ng mga Punong Ministro" is the heads of government's ninth meeting (2010), not the 2019 one in Tashkent
    wire = ("TASHKENT, Nov. 2, 2019 -- The Council of Heads of Government of the Shanghai Cooperation Organization met in "
            "Tashkent on Saturday and approved the organisation's budget.\n")
    filipino = ("Dumating kahapon sa Tashkent, Uzbekistan si Premyer Wen ng Tsina para dumalo sa ika-9 Pulong ng mga Punong "
                "Ministro ng mga kasaping bansa ng Shanghai Cooperation Organization (SCO).\n"
                "Tatalakayin sa SCO Prime Ministers' summit ang kalakalan at transportasyon.\n")
    meetings = _meetings(write_texts, {"wire": wire, "filipino": filipino})
    assert meetings["filipino"] != meetings["wire"]


# A wire filed on the summit's Friday tells of the talks of the day before: its Thursday is not the meeting's.
_BILATERAL_THURSDAY = ("Published: 2019-06-14\n\nThe Council of Heads of State of the Shanghai Cooperation Organization in "
                       "Bishkek will review cooperation in security and trade among the member states.\n\nIt will be the "
                       "second summit India attends as a member.\n\nIndia has taken part in many SCO dialogues this year. On "
                       "Thursday, the Indian Prime Minister met his Kyrgyz counterpart and discussed ties in energy and health.\n")
# "..., the President said on Monday" of "the coming summit": the day of the article, not the meeting's, which its second
# sentence gives (a Friday, June 14); a report of the summit itself on a Monday is not the Friday's.
_SAID_MONDAY = ("The coming summit of the Shanghai Cooperation Organization in Bishkek will open a new chapter for the region, "
                "the Kyrgyz President said on Monday.\nHe wrote in an article ahead of the summit of the Council of Heads of "
                "State to be held in Bishkek on June 14 that the member states should deepen trade.\n")


@pytest.mark.parametrize("text, joins", [
    (_BILATERAL_THURSDAY, True),
    (_SAID_MONDAY, True),
    (_SAID_MONDAY.replace("The coming summit", "The summit"), False),
])
def test_the_weekday_of_a_bilateral_talk_or_of_words_on_the_coming_meeting_rules_no_meeting_out(write_texts, text, joins):
    meetings = _meetings(write_texts, {"wire": WIRE, "text": text})
    assert (meetings["text"] == meetings["wire"]) is joins


def test_a_city_named_in_russian_is_the_same_city_named_in_english(write_texts):
    # "В Пекине" (places.yml in_russian: Пекин) is Beijing (one_city): the Russian report joins the English one's meeting
    english = ("BEIJING, April 27, 2011 (Xinhua) -- The defence ministers of the Shanghai Cooperation Organization "
               "member states met in Beijing on Wednesday, April 27, 2011, and discussed regional security.\n")
    russian = ("В Пекине прошло совещание руководителей военных ведомств государств-членов ШОС. Министры обсудили "
               "вопросы региональной безопасности.\n")
    archive = run([str(write_texts({"english.txt": english, "russian.txt": russian}))])
    docs = {d.id: d for d in archive.documents}
    assert docs["russian"].meeting_id == docs["english"].meeting_id
    assert docs["russian"].venue.city == "Пекин"  # the venue keeps the text's own name


def test_a_weekday_that_is_the_text_s_own_day_rules_out_no_two_day_meeting_dated_by_its_second_day(write_texts):
    # "on Thursday, June 13": the first day of the summit the wire dates by Friday the 14th (in 2019 June 13 is a Thursday)
    texts = {"wire": WIRE, "first_day": _undated("in Bishkek on Thursday, June 13")}
    meetings = _meetings(write_texts, texts)
    assert meetings["first_day"] == meetings["wire"]
    # a weekday that is not the day's in the meeting's year still rules it out (June 15 2019 is a Saturday)
    texts["first_day"] = _undated("in Bishkek on Thursday, June 15")
    meetings = _meetings(write_texts, texts)
    assert meetings["first_day"] != meetings["wire"]


def test_undated_texts_on_one_numbered_meeting_of_a_body_are_one_meeting(write_texts):
    # a body's sixth meeting is held once: two undated texts that give it, and no other city, report one meeting
    briefing = ("Foreign Ministry Spokesperson briefing\n\nQuestion: What will the Premier do in Tashkent?\n\nAnswer: The "
                "Premier will attend the sixth meeting of the SCO Council of Heads of Government in Tashkent and meet his "
                "counterparts.\n")
    report = ("The Premier said at the sixth meeting of the SCO Council of Heads of Government that the member states "
              "should deepen trade and transport links.\n")
    meetings = _meetings(write_texts, {"briefing": briefing, "report": report})
    assert meetings["briefing"] == meetings["report"]
    # the same number placed in two cities is no one meeting (a summit numbered by the anniversary, another by the count)
    elsewhere = report.replace("Heads of Government that", "Heads of Government in Bishkek that")
    meetings = _meetings(write_texts, {"briefing": briefing, "elsewhere": elsewhere})
    assert meetings["briefing"] != meetings["elsewhere"]


def test_of_several_meetings_an_undated_text_fits_it_takes_the_one_in_the_only_year_it_names(write_texts):
    # both Bishkek summits fit its city; "the summit of 2019" names the year of one
    texts = {"wire": WIRE, "earlier": EARLIER, "named": _undated("in Bishkek at the summit of 2019")}
    meetings = _meetings(write_texts, texts)
    assert meetings["named"] == meetings["wire"] != meetings["earlier"]
    # a year of neither leaves it alone, and so does the SCO's founding year, which a text on any meeting may recall
    for lead in ("in Bishkek at the summit of 2013", "in Bishkek, twelve years after the founding of 2001"):
        texts["named"] = _undated(lead)
        meetings = _meetings(write_texts, texts)
        assert meetings["named"] not in (meetings["wire"], meetings["earlier"])


def test_of_several_meetings_an_interview_given_elsewhere_fits_it_takes_the_one_in_the_only_city_it_names(write_texts):
    # given in Beijing, its June 14 fits the Bishkek summit of 2019 and an Astana one of 2011; it names Bishkek only
    astana = ("ASTANA, June 14, 2011 (Kazinform) -- The Council of Heads of State of the Shanghai Cooperation Organization met "
              "in Astana on June 14, 2011 and adopted a declaration on the tenth anniversary.\n")
    interview = ("The Council of Heads of State of the Shanghai Cooperation Organization will meet on June 14 in Bishkek, the "
                 "President said in an interview in Beijing with journalists from the member states.\n\"The leaders will "
                 "sign important documents,\" he said.\n")
    meetings = _meetings(write_texts, {"wire": WIRE, "astana": astana, "interview": interview})
    assert meetings["interview"] == meetings["wire"] != meetings["astana"]
    both = interview.replace("he said.", "he said, recalling the summit in Astana.")  # both cities named: it stays alone
    meetings = _meetings(write_texts, {"wire": WIRE, "astana": astana, "interview": both})
    assert meetings["interview"] not in (meetings["wire"], meetings["astana"])


def test_a_coming_event_placed_in_half_of_a_year_rules_out_meetings_after_that_year(write_texts):
    # "will be held in the first half of 2010" was written before 2010 was half over: not about the 2019 summit
    texts = {"wire": WIRE, "coming": _undated("in Bishkek and agreed that a meeting of the disaster relief officials "
                                              "will be held in the first half of 2010")}
    meetings = _meetings(write_texts, texts)
    assert meetings["coming"] != meetings["wire"]
    texts["coming"] = _undated("in Bishkek and agreed that a meeting of the disaster relief officials will be held in "
                               "the second half of 2019")
    meetings = _meetings(write_texts, texts)
    assert meetings["coming"] == meetings["wire"]  # the meeting's own year rules nothing out


def test_texts_in_the_same_city_and_year_are_one_meeting_of_their_body_whatever_day_they_give(write_texts):
    briefing = """On June 14, 2016, the Ministry of Foreign Affairs published a note on the meeting of the Council of
Heads of State of the Shanghai Cooperation Organization in Tashkent, where the leaders will discuss security.
"""
    summit = """TASHKENT, June 24, 2016 -- The Council of Heads of State of the Shanghai Cooperation Organization met in
Tashkent on June 24, 2016. The leaders signed the Tashkent Declaration and discussed trade and security.
"""
    older = """TASHKENT, June 17, 2004 -- The Council of Heads of State of the Shanghai Cooperation Organization met in
Tashkent on June 17, 2004 and opened the Regional Anti-Terrorist Structure.
"""
    meetings = _meetings(write_texts, {"briefing": briefing, "summit": summit, "older": older})
    assert meetings["briefing"] == meetings["summit"] != meetings["older"]


def test_a_defence_minister_named_in_office_rules_out_a_defence_ministers_meeting_before_his_term(write_texts):
    # Viktor Khrenin has been Belarus's Minister of Defence since 2020 (data/leaders.yml).
    texts = {
        "dmm2010": "ASTANA, June 15 (Xinhua) -- Chinese Defence Minister Liang Guanglie on Tuesday attended the meeting of "
                   "defence ministers of the Shanghai Cooperation Organization in Astana on June 15, 2010 and said the "
                   "member states should deepen military trust.\n",
        "dmm2024": "ASTANA, April 26 (Xinhua) -- Chinese Defence Minister Dong Jun on Friday attended the meeting of "
                   "defence ministers of the Shanghai Cooperation Organization in Astana on April 26, 2024 and said the "
                   "member states should deepen military trust.\n",
        "undated": "The meeting of the defence ministers of the member states of the Shanghai Cooperation Organization is "
                   "held today in Astana. Minister of Defence of Belarus Viktor Khrenin said Belarus was ready to take "
                   "part in joint exercises.\n",
    }
    meetings = _meetings(write_texts, texts)
    assert meetings["undated"] == meetings["dmm2024"] != meetings["dmm2010"]


def test_a_prime_minister_who_later_became_president_rules_out_meetings_after_his_premiership(write_texts):
    # Shavkat Mirziyoyev was Prime Minister of Uzbekistan until 2016 and President since (data/leaders.yml).
    def chg(day: str, weekday: str) -> str:
        return (f"TASHKENT, {day} (Xinhua) -- Chinese Premier Li Keqiang on {weekday} attended the meeting of the Council "
                f"of Heads of Government of the Shanghai Cooperation Organization in Tashkent on {day} and said the member "
                "states should deepen trade.\n")
    texts = {"chg2013": chg("November 29, 2013", "Friday"), "chg2019": chg("November 2, 2019", "Saturday"),
             "undated": "Tashkent\n\nThe Prime Minister addressed the meeting of the SCO Council of Heads of Government in "
                        "Tashkent and had talks with Prime Minister of Uzbekistan Shavkat Mirziyoyev before it.\n"}
    meetings = _meetings(write_texts, texts)
    assert meetings["undated"] == meetings["chg2013"] != meetings["chg2019"]


# A video meeting that gives no city, only its host country; one whose cities are where two prime ministers sat.
_HOSTED_BY_VIDEO = {"video": "India hosted the 19th meeting of the Council of Heads of Government of the Shanghai Cooperation "
                             "Organization via videoconference on November 30, 2020, the external affairs ministry said.\n"}
_SEEN_FROM_SEATS = {
    "video": ("MOSCOW, November 30, 2020 (TASS) -- Russian Prime Minister Mikhail Mishustin took part via videoconference in the "
              "19th meeting of the Council of Heads of Government of the Shanghai Cooperation Organization on Monday, November "
              "30, 2020. He said the member states should keep supply chains open.\n"),
    "seat": ("ASTANA, November 30, 2020 (Kazinform) -- Prime Minister Askar Mamin took part via videoconference in the meeting of "
             "the Council of Heads of Government of the Shanghai Cooperation Organization on November 30, 2020, chaired by India.\n"),
}
_MET_IN = ("Trade and transport corridors were discussed at the meeting of the SCO Council of Heads of Government that took "
           "place in {place}, from November 30 to December 1. The heads of delegations signed a joint communique.\n")


@pytest.mark.parametrize("video, elsewhere, same_country", [
    (_HOSTED_BY_VIDEO, "Yekaterinburg, Russia", "Agra, India"),
    (_SEEN_FROM_SEATS, "Tashkent, Uzbekistan", "Almaty, Kazakhstan"),
])
def test_an_undated_text_placing_its_meeting_in_person_does_not_join_a_video_meeting_seen_from_other_countries(
        write_texts, video, elsewhere, same_country):
    # the undated report's city in person is in none of the video meeting's countries (its host's, or those of the cities
    # its speakers sat in); in one of them it joins
    meetings = _meetings(write_texts, {**video, "in_person": _MET_IN.format(place=elsewhere)})
    assert meetings["in_person"] != meetings["video"] and len({meetings[name] for name in video}) == 1
    meetings = _meetings(write_texts, {**video, "in_person": _MET_IN.format(place=same_country)})
    assert meetings["in_person"] == meetings["video"]


def test_an_undated_wire_filed_days_later_joins_the_meeting_of_the_day_its_lead_names(write_texts):
    # (the yearless dateline is the day the story was filed; the lead names the meeting's own day, three days before)
    late_wire = ("Bishkek, 17 Jun (Xinhua) -- On the evening of 14 June, the Council of Heads of State of the Shanghai "
                 "Cooperation Organization held its meeting, attended by the leaders of the member states.\n")
    meetings = _meetings(write_texts, {"wire": WIRE, "late_wire": late_wire})
    assert meetings["late_wire"] == meetings["wire"] == "2019-06-14-council-of-heads-of-state-bishkek"


STAMPED_ONLY = """Council of ministers of justice meets in Dushanbe

12.03.2019, 17:05

The ministers of justice of the SCO member states met in Dushanbe for the regular meeting of the ministers of justice.
Minister of Justice of Kyrgyzstan Ayaz Baetov took part in the meeting and spoke on legal aid and the exchange of
legal information among the member states.
"""


def test_an_undated_report_that_joins_no_meeting_was_held_on_the_day_it_was_stamped(write_texts):
    archive = run([str(write_texts({"stamped.txt": STAMPED_ONLY}))])
    doc = archive.documents[0]
    assert doc.date == "2019-03-12"
    assert doc.evidence["date"].rule == "publication date of a report on no other meeting"


def test_a_stamped_report_naming_another_day_or_an_interview_stays_undated(write_texts):
    other_day = STAMPED_ONLY + "\nThe ministers signed the protocol their deputies had agreed on 5 December 2018.\n"
    interview = STAMPED_ONLY.replace("took part in the meeting and spoke", "said in an interview with our agency after the meeting").replace(
        "Council of ministers of justice meets in Dushanbe", "Interview: Ayaz Baetov on the SCO justice ministers' meeting")
    archive = run([str(write_texts({"other_day.txt": other_day, "interview.txt": interview}))])
    got = {d.id: (d.kind, d.date) for d in archive.documents}
    assert got == {"other_day": ("report", None), "interview": ("interview", None)}


def test_a_stamped_report_naming_only_a_later_day_is_dated_by_its_stamp(write_texts):
    # the next meeting's day, after the stamp, is a later event's, not another day of this meeting
    later_day = STAMPED_ONLY + "\nThe next meeting of the ministers of justice is scheduled for 14-15 May 2020 in Moscow.\n"
    archive = run([str(write_texts({"later_day.txt": later_day}))])
    doc = archive.documents[0]
    assert doc.date == "2019-03-12"
    assert doc.evidence["date"].rule == "publication date of a report on no other meeting"


@pytest.mark.parametrize("trip", [
    "left for Dushanbe to take part in the meeting and speak",  # a journey
    "will lead the delegation at the meeting opening tomorrow and speak",  # someone going to a meeting to come
    "arrived in Dushanbe to take part in the meeting and speak",  # an arrival, on the eve (data/verbs.yml arriving)
])
def test_a_stamped_report_of_a_journey_or_a_delegation_going_to_the_meeting_is_not_dated_by_its_stamp(write_texts, trip):
    text = STAMPED_ONLY.replace("took part in the meeting and spoke", trip).replace(
        "The ministers of justice of the SCO member states met in Dushanbe for the regular meeting of the ministers of justice.\n", "")
    archive = run([str(write_texts({"trip.txt": text}))])
    assert archive.documents[0].date is None


def test_an_undated_text_naming_the_declaration_adopted_joins_the_meeting_in_that_city(write_texts):
    dushanbe = ("DUSHANBE, Sept. 12 (Xinhua) -- Chinese President Xi Jinping attended the meeting of the Council of Heads of "
                "State of the Shanghai Cooperation Organization in Dushanbe on September 12, 2014.\n")
    undated = ("President Emomali Rahmon attended the SCO Council of Heads of State. The leaders signed eleven documents, the "
               "Bishkek Declaration among them.\n")
    drafts = undated.replace("signed eleven documents, the", "discussed eleven draft documents, the draft")
    meetings = _meetings(write_texts, {"wire": WIRE, "dushanbe": dushanbe, "undated": undated, "drafts": drafts})
    assert meetings["undated"] == meetings["wire"] == "2019-06-14-council-of-heads-of-state-bishkek"
    assert meetings["drafts"] not in (meetings["wire"], meetings["dushanbe"])


def test_an_undated_text_fitting_two_meetings_joins_the_one_held_in_person_in_its_city(write_texts):
    # (the same month and day in two years: a video summit gives no city to rule the text out, the in-person one agrees)
    video = ("The Council of Heads of State of the Shanghai Cooperation Organization met via videoconference on June 14, 2020. "
             "The leaders discussed the pandemic and trade.\n")
    yearless = ("The Kyrgyz President addressed the Council of Heads of State of the SCO in Bishkek on June 14, calling on the "
                "member states to deepen trade and security cooperation in the region.\n")
    meetings = _meetings(write_texts, {"wire": WIRE, "video": video, "yearless": yearless})
    assert meetings["yearless"] == meetings["wire"] != meetings["video"]


def test_a_text_calling_the_foreign_ministers_meeting_a_summit_joins_their_meeting(write_texts):
    # the headline's "SCO Summit" is the foreign ministers' meeting the lead names, so the undated text joins the dated
    # report on it in the same city
    dated = ("CHOLPON-ATA, May 12, 2026 -- The Council of Foreign Ministers of the Shanghai Cooperation Organization met in "
             "Cholpon-Ata on May 12, 2026 and prepared the documents for the summit.\n")
    called = ("SCO Summit Cholpon-Ata: host greets the visiting ministers\n\n"
              "The host greeted the visiting ministers at the SCO Summit by the lake. Security was tight.\n\n"
              "Cholpon-Ata - The meeting of the SCO Council of Foreign Ministers has opened by the lake in Cholpon-Ata. Before "
              "the session the host minister greeted his colleagues at the entrance.\n")
    meetings = _meetings(write_texts, {"dated": dated, "called": called})
    assert meetings["called"] == meetings["dated"]


def test_a_cable_s_declassification_date_gives_no_year_and_it_joins_its_meeting(write_texts):
    # a diplomatic cable's header says when it may be declassified, ten years on: no year of the text, so the summit's
    # yearless day in its summary joins the meeting of that day
    cable = ("C O N F I D E N T I A L BISHKEK 000512\n\n"
             "E.O. 12958: DECL: 08/20/2017\n"
             "TAGS: PREL, KG\n"
             "SUBJECT: SHANGHAI SUMMIT STRESSES SECURITY\n\n"
             "Classified By: Charge d'Affaires John Smith for Reasons 1.4 (b) and (d)\n\n"
             "1. (C) SUMMARY: The summit of the Council of Heads of State of the Shanghai Cooperation Organization in "
             "Bishkek August 16 stressed security and trade. The leaders signed a treaty on friendship.\n")
    meetings = _meetings(write_texts, {"earlier": EARLIER, "cable": cable})
    assert meetings["cable"] == meetings["earlier"] == "2007-08-16-council-of-heads-of-state-bishkek"


def test_the_day_an_undated_preview_says_its_meeting_will_meet_rules_out_a_meeting_of_another_day(write_texts):
    # "On June 20, the Council ... will meet in Bishkek" names the month and day of its meeting, though no year: not the
    # summit held in Bishkek on June 14 of some year, which its city alone would have joined
    preview = ("On June 20, the Council of Heads of State of the Shanghai Cooperation Organization will meet in Bishkek for "
               "the first time since the charter entered into force, and the leaders are expected to sign a treaty.\n")
    meetings = _meetings(write_texts, {"wire": WIRE, "preview": preview})
    assert meetings["preview"] != meetings["wire"]
    same_day = preview.replace("On June 20,", "On June 14,")
    meetings = _meetings(write_texts, {"wire": WIRE, "preview": same_day})
    assert meetings["preview"] == meetings["wire"]


def test_the_day_an_unstamped_preview_announces_picks_its_meeting_of_two_in_its_city(write_texts):
    # "В совещании, которое состоится 26 апреля, ..." (the meeting, which will take place on April 26): no year and no
    # stamp, so the text stays undated, but its month and day pick the one of two Bishkek meetings held that day
    preview = ("Министр обороны проведет в Бишкеке совещание министров обороны государств-членов Шанхайской организации "
               "сотрудничества (ШОС).\n«В совещании, которое состоится 26 апреля, примут участие делегации всех "
               "государств-членов», — сообщили в ведомстве.\n")
    held = ("BISHKEK, April 26, 2025 (Kabar) -- The meeting of the defence ministers of the Shanghai Cooperation Organization "
            "member states was held in Bishkek on April 26, 2025. The ministers discussed regional security.\n")
    older = held.replace("April 26, 2025", "June 12, 2019")
    meetings = _meetings(write_texts, {"preview": preview, "held": held, "older": older})
    assert meetings["preview"] == meetings["held"] == "2025-04-26-meeting-of-defence-ministers-bishkek" != meetings["older"]


def test_an_undated_report_published_days_before_its_meeting_joins_the_one_held_in_person_in_its_city(write_texts):
    # published five days before the summit, too early for a report's stamp to date it, but in the summit's city and
    # within a month of it: a body meets once a year in a city
    preview = ("Published: 2019-06-09\n\nThe leaders of the member states of the Shanghai Cooperation Organization will gather in "
               "Bishkek for the meeting of the Council of Heads of State, the Kyrgyz foreign ministry said, and security will "
               "be at the top of the agenda.\n")
    meetings = _meetings(write_texts, {"wire": WIRE, "preview": preview})
    assert meetings["preview"] == meetings["wire"] == "2019-06-14-council-of-heads-of-state-bishkek"
    months_before = preview.replace("2019-06-09", "2019-03-01")
    meetings = _meetings(write_texts, {"wire": WIRE, "preview": months_before})
    assert meetings["preview"] != meetings["wire"]


_EVE_BRIEFING = """Foreign Ministry Spokesperson's Regular Press Conference

Date of event: 2019-06-13

Q: The SCO summit opens in Bishkek. What does China expect?

A: President Xi Jinping will attend the meeting of the Council of Heads of State of the Shanghai Cooperation
Organization in Bishkek. We expect the summit to deepen security cooperation.
"""
_ARRIVAL = """BISHKEK, June 13, 2019 -- Chinese President Xi Jinping arrived in Bishkek on Thursday for the meeting of
the Council of Heads of State of the Shanghai Cooperation Organization. He was met at the airport by the Kyrgyz
Prime Minister.
"""


@pytest.mark.parametrize("eve", [_EVE_BRIEFING, _ARRIVAL], ids=["briefing", "arrival"])
def test_a_meeting_is_dated_by_the_texts_that_tell_of_it_not_by_a_briefing_or_arrival_on_its_eve(write_texts, eve):
    # one text of the meeting held and one of its eve: the meeting's date is the one the meeting's own report gives, and
    # an undated report on it takes that date
    archive = run([str(write_texts({"wire.txt": WIRE, "eve.txt": eve, "later.txt": PUBLISHED_AFTER}))])
    docs = {d.id: d for d in archive.documents}
    assert docs["eve"].date == "2019-06-13"
    assert docs["eve"].meeting_id == docs["wire"].meeting_id == docs["later"].meeting_id == "2019-06-14-council-of-heads-of-state-bishkek"
    assert docs["later"].date == "2019-06-14"


_BISHKEK_WIRE = """BISHKEK, Dec. 5, 2012 (Xinhua) -- Chinese Premier Wen Jiabao attended the 11th meeting of the Council of Heads of
Government of the Shanghai Cooperation Organization in Bishkek on December 5, 2012, and called for closer trade ties.
"""
_BISHKEK_IN_CHINESE = """上海合作组织成员国政府首脑理事会第十一次会议在比什凯克举行。与会各方就加强经贸合作交换了意见。
"""


def test_a_city_written_in_another_script_is_the_city_named_in_english(write_texts):
    # (places.yml one_city: "比什凯克" and "Bishkek" are one city, so the undated Chinese report joins the Bishkek meeting)
    meetings = _meetings(write_texts, {"wire": _BISHKEK_WIRE, "chinese": _BISHKEK_IN_CHINESE})
    assert meetings["wire"] == meetings["chinese"] == "2012-12-05-council-of-heads-of-government-bishkek"


_DUSHANBE_2008 = """DUSHANBE, Aug. 28, 2008 -- The leaders of the Shanghai Cooperation Organization met in Dushanbe on August 28,
2008, at the Council of Heads of State of the SCO, and signed a declaration on regional security.
"""


@pytest.mark.parametrize("number, joins", [("eighth", True), ("14th", False)])
def test_a_meeting_number_of_a_body_meeting_yearly_rules_out_the_meetings_of_other_years(write_texts, number, joins):
    # (bodies.yml numbered_from: the heads of state's nth meeting was held in 2000 + n, give or take a year)
    undated = (f"The {number} meeting of the Council of Heads of State of the Shanghai Cooperation Organization opened in "
               "Dushanbe, where the presidents discussed security and trade.\n")
    meetings = _meetings(write_texts, {"wire": _DUSHANBE_2008, "undated": undated})
    assert (meetings["wire"] == meetings["undated"]) is joins


def test_a_meeting_number_of_a_body_meeting_yearly_joins_the_meeting_of_its_year(write_texts):
    # (no city, no day: "the sixth meeting of the Council of Heads of State" is the 2006 summit, bodies.yml numbered_from)
    shanghai = ("SHANGHAI, June 15, 2006 -- The Council of Heads of State of the Shanghai Cooperation Organization met in "
                "Shanghai on June 15, 2006, and adopted a declaration.\n")
    undated = ("The spokesman said that the sixth meeting of the Council of Heads of State of the Shanghai Cooperation "
               "Organization would review the work of the past five years.\n")
    meetings = _meetings(write_texts, {"shanghai": shanghai, "bishkek": EARLIER, "undated": undated})
    assert meetings["undated"] == meetings["shanghai"] == "2006-06-15-council-of-heads-of-state-shanghai"


def test_a_chinese_report_giving_only_its_month_and_day_joins_the_meeting_of_that_day(write_texts):
    # (made up) "本报6月14日电 ... 14日举行": no year, city or number anywhere, but the month and day agree with the wire's meeting
    chinese = ("本报6月14日电 上海合作组织成员国元首理事会会议14日举行,各成员国元首出席会议。\n\n"
               "元首们讨论了地区安全与经贸合作。\n")
    meetings = _meetings(write_texts, {"wire": WIRE, "chinese": chinese})
    assert meetings["wire"] == meetings["chinese"] == "2019-06-14-council-of-heads-of-state-bishkek"


@pytest.mark.parametrize("weekday, meeting", [("в четверг", "earlier"), ("в пятницу", "wire")])
def test_a_weekday_named_in_russian_picks_the_meeting_held_on_that_day_of_the_week(write_texts, weekday, meeting):
    # data/dates.yml's weekdays in every language rule meetings out (veto.py), as the English "on Thursday" does:
    # EARLIER (16 August 2007) was a Thursday, WIRE (14 June 2019) a Friday, both in Bishkek
    russian = (f"Президент {weekday} принял участие в заседании Совета глав государств-членов Шанхайской организации "
               "сотрудничества в Бишкеке. Он призвал к укреплению сотрудничества в сфере безопасности.\n")
    meetings = _meetings(write_texts, {"wire": WIRE, "earlier": EARLIER, "russian": russian})
    assert meetings["russian"] == meetings[meeting] != meetings["wire" if meeting == "earlier" else "earlier"]


def test_a_country_alone_does_not_place_an_undated_text_at_a_meeting_held_in_person_in_a_city(write_texts):
    # A body meets in each member country every few years: "a summit in Kazakhstan" with no day, year or city is not
    # the one Astana summit of the archive (it stays a meeting of its own); the city would place it there.
    summit = ("ASTANA, June 9, 2017 (Xinhua) -- The Council of Heads of State of the Shanghai Cooperation Organization met "
              "in Astana on Friday, and the leaders signed the Astana Declaration.\n")
    country = ("The leaders called for a deadline for foreign troops to leave the region at a summit in Kazakhstan of the "
               "Council of Heads of State of the Shanghai Cooperation Organization.\n")
    meetings = _meetings(write_texts, {"summit": summit, "country": country,
                                       "city": country.replace("in Kazakhstan", "in Astana, Kazakhstan,")})
    assert meetings["country"] != meetings["summit"] == meetings["city"]


def test_an_undated_text_joins_a_meeting_whose_texts_give_no_city_by_the_one_declaration_they_name(write_texts):
    # A speech dated in its heading gives no city, but names the declaration its meeting prepared: a report placing the
    # same body's meeting in that city in person is on it; not when the speech names two declarations.
    speech = ("Address by the President at the meeting of the Council of Heads of State of the Shanghai Cooperation "
              "Organization (September 1, 2025)\n\nDear colleagues, a solid set of documents is ready for today's meeting, "
              "and the main one, the Tianjin Declaration, sets out our shared approach to trade and security.\n")
    report = ("The leaders met in Tianjin at the meeting of the Council of Heads of State of the Shanghai Cooperation "
              "Organization and agreed to deepen cooperation in trade and transport.\n")
    meetings = _meetings(write_texts, {"speech": speech, "report": report})
    assert meetings["report"] == meetings["speech"] == "2025-09-01-council-of-heads-of-state-tianjin"
    two = speech.replace("our shared approach", "our shared approach, as the Astana Declaration did,")
    meetings = _meetings(write_texts, {"speech": two, "report": report})
    assert meetings["report"] != meetings["speech"]
