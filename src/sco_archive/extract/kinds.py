"""Kind of text: report, remarks, interview, press conference, statement or other."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import alternation, knowledge, lower
from ..model import Evidence, Paragraph

KINDS = ("report", "remarks", "interview", "press_conference", "statement", "other")
# Given apart from the meeting they are about, often before it: their dateline is not the meeting's, and
# they may name the meeting in the future tense ("ahead of the meeting ... in Dushanbe on Oct. 12").
ANNOUNCING_KINDS = ("interview", "press_conference")


_QA = re.compile(r"^(?:Q|Question|Reporter|Journalist|[A-Z][\w ]{0,30} (?:News|TV|Agency|Times|Daily|Press|Post))\s*[:：]")
# A question turn led by a dash, as interviews and press conferences print them: "– What makes this summit special?"
_DASH_QUESTION = re.compile(r"^[-–—]\s*+[^-–—\s].{0,400}\?$")


@lru_cache(maxsize=1)
def _outlet_turn() -> re.Pattern:
    """A question turn in an outlet's name (data/noise.yml `credits`): "CGTN: What will be the highlights ...?"."""
    return re.compile(r"^(?:" + alternation(knowledge().credits) + r")\s*[:：]")


# ("told reporters" is not here: a wire report quotes what a leader told reporters)
_PRESS = re.compile(
    r"\b(?:press conference|press briefing|news conference|regular (?:news )?briefing|media briefing"
    r"|briefed (?:the )?(?:press|reporters|media|journalists)"
    # (a briefing held or given: "Presidential Press Secretary holds a briefing on Samarkand Summit", "Vice Foreign Minister
    # ... held a briefing to foreign press", "Official from the Ministry of Foreign Affairs Gives a Briefing on ...")
    r"|" + knowledge().verbs("holding_a_briefing") + r" (?:a|the|his|her|its) (?:(?:weekly|regular|special|press|news|media) )?briefing"
    # (the press may be described: "held a briefing for Chinese and foreign journalists")
    r"|briefing (?:for|to) (?:the )?(?:[\w-]++ (?:and [\w-]++ )?)?(?:journalists|reporters|media|press)"
    # a talk with the press as a headline gives it (in the present: a wire's "spoke with reporters" may only quote what was said
    # there), not a quote given to it: "speak with journalists following ...", "introduced to the accompanying
    # journalists the Premier's trip"
    r"|(?:speaks?|talks?) (?:with|to) (?:the )?(?:journalists|reporters|press|media)|(?<!told )(?<!told the )accompanying (?:journalists|reporters)"
    r"|answers? to (?:the )?(?:media questions|questions (?:from|of) (?:the )?(?:media|journalists|press|reporters))"
    # the press addressed: "Good afternoon, esteemed members of the media.", "Dear journalists," (data/titles.yml forms_of_address)
    r"|" + alternation(knowledge().address_before_name) + r" (?:members of the (?:media|press)|journalists|friends (?:from|of) the (?:media|press))"
    r"|ladies and gentlemen of the (?:media|press)"
    # a Russian page's: "пресс-конференция", "Пресс-подход С. Лаврова" (a doorstep), "ответы на вопросы СМИ", "брифинг"
    r"|пресс-конференци\w*|пресс-подход\w*|брифинг\w*|ответ\w* на вопросы (?:сми|журналистов|прессы))\b",
    re.I,
)
# (in Russian too: "заявил на пресс-конференции", "сказал в ходе брифинга")
_TOLD = re.compile(r"\b(?:told|during|after) (?:a|the)\s++(?:joint\s++)?$"
                   r"|\b(?:заявил|сказал|сообщил|отметил|подчеркнул|рассказал)\w*\s++(?:[\w-]+\s++){0,3}?(?:на|в ходе|после)\s++(?:совместной\s++)?$", re.I)
# With question-and-answer turns, a briefing is a press conference ("held a briefing ... for Chinese and foreign media").
_BRIEFING = re.compile(r"\b(?:briefing|briefs?\b[^.]{0,60}?\bmedia|answered questions from (?:the )?(?:[\w-]++ )?(?:journalists|reporters|media|press))\b",
                       re.I)  # ("answered questions from Russian journalists")
# A heading that names the text a briefing given by someone: "Transcript of Special Briefing by Foreign Secretary on ...",
# "Weekly Media Briefing by the Official Spokesperson" (a page's menu lines may push it out of the lead).
_BRIEFING_HEAD = re.compile(r"^(?:Transcript of |Text of )?(?:the )?(?:[\w-]++ ){0,2}?briefing (?:given )?by\b", re.I)
_HEREINAFTER = re.compile(r"\(\s*+hereinafter\b", re.I)
_SPOKES = re.compile(r"\bspokes(?:person|man|woman)\b", re.I)
_INTERVIEW = re.compile(r"^Interview\s*+[:：]|\b(?:(?:in|during|gave) an? (?:exclusive |joint |written |recent )?interview|interview (?:with|to|of)|interviewed by"
                        r"|(?:correspondent|reporter|journalist)s? (?:talked|spoke) (?:to|with))\b", re.I)
# What a speech's heading may say before its noun: "National Statement by", "Prime Minister Modi's virtual address to".
_SPEECH_ADJECTIVE = r"(?:(?:Opening|Keynote|Closing|Concluding|Inaugural|Welcome|Welcoming|National|Full|Video|Virtual|Televised) )?"
# A prefix that says the text is the speech itself: "Full text of", "Full text:", "Transcript of", "English translation of".
# A page may introduce it so: "Here is the approximate English translation of Modi's full address delivered in Hindi:".
_TEXT_OF = (r"(?:(?:Here is|Here's|Below is|Read) (?:the )?(?:approximate |full |complete |unofficial )?)?"
            r"(?:Full text(?: of |\s*+[:：]\s*+)|Text of |English (?:rendering|translation) of |Transcript of )")
_REMARKS_HEAD = re.compile(
    r"^[—–-]?\s*(?:(?-i:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s " + _SPEECH_ADJECTIVE + r"(?:remarks|speech|address) (?:at|to|during)\b"
    r"|" + _TEXT_OF + r"?(?:the )?" + _SPEECH_ADJECTIVE + r"(?:Remarks|Speech|Address|Keynote Speech|Statement|Intervention) (?:delivered )?(?:by|of|at)\b"
    r"|" + _TEXT_OF + r".{0,100}\b(?:speech|remarks|address|statement)\b"
    # a line that introduces the speech on a page about the meeting: "Mikhail Mishustin's remarks:", "Excerpts from ...'s speech:"
    r"|(?:Excerpts from )?(?-i:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s (?:opening |closing )?(?:remarks|speech|address|statement)\s*+:$"
    # a Russian page's: "Выступление на заседании Совета ...", "Выступление Михаила Мишустина на заседании ...", "Стенограмма
    # выступления ... на ..." (not "Выступление и ответы на вопросы СМИ ...", a press conference)
    r"|(?:Стенограмма\s++)?(?:Выступлени[ея]|Вступительное слово|Заключительное слово|Речь)\s++(?!и\s)(?:[^\s:]+\s++){0,6}?(?:на|в ходе)\s)",
    re.I,
)
# (a speech may open with a greeting, "Vladimir Putin: Good afternoon dear friends and colleagues.", or address its hearers
# in Russian, "Уважаемый господин председатель, уважаемые коллеги!": data/titles.yml forms_of_address)
_VOCATIVES = (r"(?:" + alternation(knowledge().address_before_name) + r"\w* [\w -]{2,40}[,!]|" + alternation(knowledge().address_alone) + r"\b)")
_VOCATIVE = re.compile("^" + _VOCATIVES, re.I)
# ... and on a page in a script that does not space its words (data/titles.yml forms_of_address in_other_scripts: "尊敬的各位同事：",
# "女士们，先生们："), whose questions are turns of their own too ("问：", "一、问：")
_VOCATIVE_IN_SCRIPT = re.compile("^" + alternation(knowledge().address_in_other_scripts))
_SPEECH_IN_SCRIPT = re.compile(knowledge().verbs("speech_in_other_scripts") + "$")  # "——在…会议上的讲话"
_INTERVIEW_IN_SCRIPT = re.compile(knowledge().verbs("interview_in_other_scripts"))  # "王毅接受媒体采访"
_QA_IN_SCRIPT = re.compile(r"^(?:[一二三四五六七八九十\d]{1,3}[、.．]\s*+)?" + knowledge().verbs("asking_in_other_scripts") + r"\s*+[:：]")
# A speaker's name alone on its line, the address opening the next: "President of Russia Vladimir Putin:" / "Colleagues, friends,".
# (a Russian transcript's turn too: "В.Путин:", "Д.Медведев: Уважаемый господин Председатель!")
_TURN_NAME = re.compile(r"^[A-ZА-ЯЁ][\w.’'-]*+(?: (?:of (?:the )?)?+[A-ZА-ЯЁ][\w.’'-]*+){0,5}+:$")
# A speaker's turn that opens with an address: "Vladimir Putin: Esteemed Mr Chairman, colleagues,"; the speaker may carry
# a title ("President of Russia Vladimir Putin: Ladies and gentlemen,").
_TURN_ADDRESS = re.compile(r"^[A-ZА-ЯЁ][\w.’'-]*+(?: (?:of (?:the )?)?+[A-ZА-ЯЁ][\w.’'-]*+){0,5}+:\s++(?:(?i:" + _VOCATIVES + r")|Mr\.? [A-Z][\w’'-]+,)")
# A document's own heading opens with its name, after at most a few capitalised words ("Moscow Declaration of the Council
# ...", "SCO Astana Declaration"); a headline that names a document further on reports it ("Lavrov: ... agree on draft
# Moscow Declaration for November summit"). "Statement by the Prime Minister at ..." (a person's office, data/titles.yml)
# is a speech's heading, not a document's.
@lru_cache(maxsize=1)
def _statement_head() -> re.Pattern:
    office = rf"(?!(?:{alternation(knowledge().adjectives)}\s+)?(?:{alternation(knowledge().titles)})\b)"
    return re.compile(
        r"^(?:(?i:(?:full text\s*+[:：]\s*+)?(?:joint (?:statement|communiqu[eé]|declaration)|information (?:message|note|release)))\b"
        # the Secretariat's release on the meeting, "PRESS RELEASE Meeting of the Council of ..." (not a ministry's numbered
        # "Press Release No. 141/2023", which reports)
        r"|(?i:press release (?:on (?:the )?)?(?:(?:regular |\w+ )?meeting|session|summit) of)\b"
        r"|(?:(?:Full )?(?i:text)(?: of (?:the )?|\s*+[:：]\s*+))?(?:[A-Z][\w.-]*+ ){0,3}(?:Joint (?:Statement|Communiqu[eé])|Declaration|DECLARATION"
        rf"|Communiqu[eé]|Statement (?:of|on|by) the {office})\b)"
        # (not a headline about the document: "Tashkent Declaration Marks New Phase for SCO")
        r"(?!\s++(?i:marks|calls|says|stresses|urges|highlights|reflects|sets|underlines|outlines|reaffirms|shows|charts|"
        r"lays|vows|backs|opens|emphasi[sz]es)\b)"
    )


# A news story of the meeting or someone's words (data/verbs.yml): "said", "Bishkek hosted the 17th Meeting ...", "will attend";
# on the region's own sites, matched in lower case: "состоялось заседание", "сообщил", "haben ... stattgefunden".
_REPORT = re.compile(rf"\b{knowledge().verbs('saying', 'spoke', 'delivering', 'presiding', 'news')}\b")
_REPORT_ABROAD = re.compile(rf"\b{knowledge().verbs('saying_abroad', 'news_abroad')}\b")
_REPORT_IN_OTHER_SCRIPTS = re.compile(knowledge().verbs("news_in_other_scripts"))  # "会议在杜尚别举行": anywhere


def turn_or_address(text: str) -> bool:
    """A question turn ("Question: ...?", "CGTN: ...?", "– What ...?") or a form of address ("Dear heads of state!")."""
    return bool(_QA.match(text) or _outlet_turn().match(text) or _DASH_QUESTION.match(text) or _VOCATIVE.match(text))


def speech_heading(text: str) -> bool:
    """A speech's own heading: "Dmitry Medvedev's speech at the meeting ...", "Remarks by ...", "Full text of ... address"."""
    return bool(_REMARKS_HEAD.match(text)) and not _statement_head().search(text)


INTERVIEW_LEAD_PARAGRAPHS = 6  # where an interview's lead may say so to an agency


@lru_cache(maxsize=1)
def _agency_interview() -> re.Pattern:
    """An interview given to a news agency (data/noise.yml `credits`): "in an interview with TASS", "in an interview to Kabar"."""
    return re.compile(r"\bin an? (?:exclusive )?interview (?:with|to) (?:the )?(?:" + alternation(knowledge().credits) + r")\b")
SPEECH_HEADING_PARAGRAPHS = 12  # where a speech's heading is
MAX_SPEECH_HEADING = 200  # characters of a heading line
SPEECH_OPENING_PARAGRAPHS = 3  # where a speech's opening address is, under at most a headline and a date line
SPEECH_INTRO_PARAGRAPHS = 40  # where a line introducing the speech may be, under a page's lists


def kind(paragraphs: tuple[Paragraph, ...]) -> tuple[str, Evidence]:
    """The kind of text, with the line that shows it."""
    head = paragraphs[:8]
    qa = [p for p in paragraphs if _QA.match(p.text) or _outlet_turn().match(p.text) or _DASH_QUESTION.match(p.text) or _QA_IN_SCRIPT.match(p.text)]
    lead_text = " ".join(p.text for p in paragraphs[:3])
    press = _PRESS.search(lead_text)
    if press and not qa and _TOLD.search(lead_text, 0, press.start()):
        press = None  # "Fradkov told a news conference after the talks": a wire report of what was said there
    if (qa or press) and (press or any(_SPOKES.search(p.text) for p in head)):
        return "press_conference", Evidence((press.group(0) if press else qa[0].text)[:200], "press conference marker")
    briefing = _BRIEFING.search(lead_text) if qa else None
    if briefing:
        return "press_conference", Evidence(briefing.group(0)[:200], "briefing with questions and answers")
    if heading := next((p for p in head if len(p.text) < 200 and _BRIEFING_HEAD.match(p.text)), None):
        return "press_conference", Evidence(heading.text, "a briefing's heading")
    # (further down, under a headline, a stamp, a caption and a subtitle, an interview given to a news agency: "...,
    # the minister said in an interview with TASS"; not one quoted from a newspaper)
    interview = _INTERVIEW.search(lead_text) or _INTERVIEW_IN_SCRIPT.search(lead_text) or _agency_interview().search(" ".join(p.text for p in paragraphs[3:INTERVIEW_LEAD_PARAGRAPHS]))
    if interview or len(qa) >= 2:
        return "interview", Evidence(interview.group(0) if interview else qa[0].text[:200], "interview marker")
    for index, p in enumerate(paragraphs[:SPEECH_INTRO_PARAGRAPHS]):
        # (a line introducing the speech may come under a long list of delegations: "Mikhail Mishustin's remarks:")
        if speech_heading(p.text) and (index < SPEECH_HEADING_PARAGRAPHS or p.text.endswith(":")):
            return "remarks", Evidence(p.text, "speech heading")
        if index < SPEECH_HEADING_PARAGRAPHS and len(p.text) < MAX_SPEECH_HEADING and _SPEECH_IN_SCRIPT.search(p.text):
            return "remarks", Evidence(p.text, "speech heading")
    turn = next((p for p in paragraphs if _TURN_ADDRESS.match(p.text)), None)
    if turn:  # a transcript under a third-person intro: "Dmitry Medvedev: Mr Jeenbekov, colleagues,"
        return "remarks", Evidence(turn.text[:200], "speaker's turn opening with an address")
    turn = next((p for p, under in zip(paragraphs, paragraphs[1:])
                 if _TURN_NAME.match(p.text) and _VOCATIVE.match(under.text)), None)
    if turn:  # "President of Russia Vladimir Putin:" / "Colleagues, friends,"
        return "remarks", Evidence(turn.text[:200], "speaker's name over an address")
    vocatives = [p for p in paragraphs if _VOCATIVE.match(p.text) or _VOCATIVE_IN_SCRIPT.match(p.text)]
    if len(vocatives) >= 2 or (vocatives and paragraphs[-1].text.startswith("Thank you")):
        return "remarks", Evidence(vocatives[0].text, "forms of address")
    # a speech that opens with its address ("Dear participants of the Summit!"), over no press conference or interview marker
    if vocatives and vocatives[0] in paragraphs[:SPEECH_OPENING_PARAGRAPHS]:
        return "remarks", Evidence(vocatives[0].text, "opening form of address")
    for p in head[:3]:
        if len(p.text) < 200 and _statement_head().search(p.text):
            return "statement", Evidence(p.text, "statement heading")
        # a document's drafting: "the Shanghai Cooperation Organisation (hereinafter referred to as the SCO or the Organisation)"
        if m := _HEREINAFTER.search(p.text):
            return "statement", Evidence(p.text[max(0, m.start() - 100) : m.end() + 40], "a document's defined term")
    if communique := _communique_lead(paragraphs):
        return "statement", Evidence(communique[:200], "a communiqué's lead")
    # a diplomatic cable, marked for the State Department's network by a line "SIPDIS" under its header, is no news story
    if cable := next((p for p in paragraphs[:CABLE_HEADER_PARAGRAPHS] if p.text == "SIPDIS"), None):
        return "other", Evidence(cable.text, "a diplomatic cable's header")
    for p in paragraphs:
        if _REPORT.search(p.text) or _REPORT_ABROAD.search(lower(p.text)) or _REPORT_IN_OTHER_SCRIPTS.search(p.text):
            return "report", Evidence(p.text[:200], "reported speech")
    return "other", Evidence(paragraphs[0].text[:200] if paragraphs else "", "no marker")


CABLE_HEADER_PARAGRAPHS = 20  # a cable's header: a mirror site's fields, the routing lines, the distribution marker


# Where a report given ahead of its meeting says it was a briefing: "..., said Deputy Foreign Minister Cheng Gaoping at a
# press conference", "Li told reporters at a news briefing" (said there, not a briefing to come).
_SAID_AT_BRIEFING = re.compile(r"\b(?:said|says|told|announced|added|noted)\s+(?:[\w-]+\s+){0,5}?(?:at|during)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:press|news|media)\s+(?:conference|briefing)\b", re.I)
ANNOUNCED_BRIEFING_PARAGRAPHS = 8  # under a headline, a lead and the meeting's programme


def briefing_ahead(paragraphs: tuple[Paragraph, ...]) -> Evidence | None:
    """A report given ahead of its meeting (meeting.announces) that says further down its words were said at a briefing
    ("Premier Wen will attend the meeting ..., Vice-Minister Cheng Guoping told reporters at a news briefing"): the text is
    the briefing's (tests/corpus/README.md: a news report of a briefing is press_conference)."""
    for p in paragraphs[:ANNOUNCED_BRIEFING_PARAGRAPHS]:
        if m := _SAID_AT_BRIEFING.search(p.text):
            return Evidence(m.group(0), "announcement said at a briefing")
    # (or the lead gives the announcement to an office that gives briefings, titles.yml briefers: "The 13th meeting ... will be
    # held in Beijing on May 21-22, Chinese Foreign Ministry spokesperson Lu Kang announced Wednesday")
    for p in paragraphs[:BRIEFER_LEAD_PARAGRAPHS]:
        if m := _briefer().search(lower(p.text)):
            return Evidence(p.text[:200], "announcement by " + m.group(0))
    return None


BRIEFER_LEAD_PARAGRAPHS = 3  # a headline, a stamp, the lead


@lru_cache(maxsize=1)
def _briefer() -> re.Pattern:
    return re.compile(rf"\b{alternation(knowledge().briefers)}\b")


# The Secretariat's joint communiqué opens on its meeting, the council named with its abbreviation joined to the organisation's
# ("CHS SCO", "SCO CHG"): "A regular meeting of the Council of Heads of Government of the SCO (SCO CHG) was held on 4 November
# in Osh", "... (CHS SCO) took place on ...".
_COMMUNIQUE_LEAD = re.compile(r"\b(?:meeting|session) of the Council of [^.]{0,160}?\((?:SCO (?:CHS|CHG|CFM)|(?:CHS|CHG|CFM) SCO)\)")
# A news story quotes someone or dates itself by the day ("said", a quotation, "yesterday"): it reports the meeting.
_NEWS = re.compile(r"[\"“”]|\b(?:said|says|told|according to|yesterday|today)\b")


def _communique_lead(paragraphs: tuple[Paragraph, ...]) -> str | None:
    """The lead of a joint communiqué with no heading over it (under at most a site's lines), in a text that from there on
    quotes no one."""
    at = next((i for i, p in enumerate(paragraphs[:COMMUNIQUE_LEAD_PARAGRAPHS]) if _COMMUNIQUE_LEAD.search(p.text)), None)
    if at is None or any(_NEWS.search(p.text) for p in paragraphs[at:]):
        return None
    return paragraphs[at].text


COMMUNIQUE_LEAD_PARAGRAPHS = 8  # a documents database's site lines and fields may stand over the lead
