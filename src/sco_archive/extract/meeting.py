"""Meeting: which SCO body met, its number ("the 20th meeting"), and the announced proposal count."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from ..knowledge import UNSPACED, alternation, knowledge, lower
from ..markers import roman
from ..model import Evidence, Paragraph
from .names import first_titled_name
from .text import is_future, sentences


def _ordinal() -> str:
    """An ordinal, as a figure (group 1: "25th") or a word (group 2: "twenty-fifth")."""
    ordinals = alternation(w for w, n in knowledge().ordinals.items() if isinstance(n, int))
    # (a Russian page writes the figure with its ending: "7-е совещание", "9-го заседания"; a Kazakh page's English keeps
    # the hyphen: "The 19-th session")
    # (and a Portuguese or French page's: "a 15ª cúpula", "le 24e sommet")
    return rf"(?:(\d{{1,2}})(?:-?(?:st|nd|rd|th)|-(?:е|й|я|го|ое|ий|ая|ый|ой)|[ªº]|e\b)|({ordinals}))"


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    """The number in apposition after the body: "the meeting of the Council of Heads of State, the twenty-fifth in the
    organization's history", "The SCO summit, the 20th of its kind", "..., the sixteenth since its founding"."""
    return re.compile(rf",\s+the\s+{_ordinal()}\s+(?:in\s+(?:the\s+)?(?:organi[sz]ation['’]s|SCO['’]s|its)\s+history|of\s+its\s+kind"
                      r"|since\s+(?:the\s+|its\s+)?(?:founding|establishment|inception|creation)(?:\s+of\s+the\s+(?:SCO|organi[sz]ation))?)\b", re.I)


# Verbs that put proposals forward ("made five proposals", "outlined three priorities"; "I see three priorities").
_PUT_FORWARD = alternation(("made", "make", "makes", "making", "proposed", "propose", "proposes", "suggested", "suggests", "offered",
                            "offer", "offers", "raised", "presented", "present", "outlined", "set out", "advanced", "shared", "see", "sees",
                            "share", "laid out", "lays out", "voiced", "tabled", "came up with", "unveiled", "unveils", "listed",
                            "identified", "highlighted", "elaborated on", "detailed"))


@lru_cache(maxsize=1)
def _number_patterns() -> tuple[re.Pattern, re.Pattern]:
    k = knowledge()
    start = _ordinal()
    number = re.compile(
        # (an abbreviation in brackets after a word is not one more word: "the 6th Shanghai Cooperation Organization (SCO)
        # Agriculture Ministers Meeting"; a Roman numeral, in capitals, counts too: "the XIV meeting of Prosecutors General")
        # (a page may lose the space after "the": "joined hands at the15th meeting held in Sanya")
        rf"(?:\b|(?<=\bthe))(?:{start}|(?-i:(?P<roman>[IVX]{{2,5}})))\s+(?:(?!anniversary\b)[\w'’-]+\s+(?:\([A-Z]{{2,5}}\)\s+)?){{0,5}}?"
        # (some bodies meet as a conference: "VI Conference of SCO Ministers of Culture", "gathered ... for the 13th conference")
        rf"(?:meeting|summit|session|council|conference|{k.meeting_words_abroad})\b",  # (and in other languages: data/bodies.yml)
        re.I,
    )
    cardinals = alternation(k.cardinals)
    count = re.compile(
        rf"\b(?:(\d{{1,2}})|({cardinals}))[- ](?:point|pronged)\s+(?:proposal|plan|initiative|suggestion|approach|vision|programme|program|agenda)s?\b"
        rf"|\b(?:put|puts|putting)\s+forward\s+(?:\w+(?:'s)?\s+){{0,2}}(?:(\d{{1,2}})|({cardinals}))(?!\s+of\b)\s+(?:\w+\s+){{0,2}}(?:proposals|suggestions|points|initiatives|recommendations|priorities|measures)\b"
        # (the addressees may come between: "offered proposals to the SCO member states in four areas:")
        rf"|\b(?:proposals|suggestions|initiatives|priorities|measures)\s+(?:to\s+(?:the\s+)?(?:[\w-]+\s+){{1,4}}?)?(?:in|on|for|covering)\s+(?:(\d{{1,2}})|({cardinals}))\s+(?:areas|directions|fields|spheres|points|sectors|aspects|fronts)\b"
        # "proposed that the member states focus their joint work in three areas:", "I propose to focus on six priority areas:"
        rf"|\b(?:proposed|proposes|propose|suggested|suggests|suggest)\b[^.;:]{{0,80}}?\b(?:in|on)\s+(?:(\d{{1,2}})|({cardinals}))\s+(?:[a-z]+\s+)?(?:areas|directions|fields|spheres|aspects|fronts)\b"
        # "India saw four areas in which it could contribute to the SCO's work:" (an offer of cooperation in so many areas)
        rf"|\b(?:(\d{{1,2}})|({cardinals}))\s+(?:areas|fields|directions|spheres)\s+in\s+which\s+(?:\w+\s+){{1,3}}?(?:could|can|would)\s+(?:contribute|cooperate)\b"
        # "I would like to draw your attention to three tasks."
        rf"|\bdraw\w*\s+(?:your|the)\s+attention\s+to\s+(?:(\d{{1,2}})|({cardinals}))\s+(?:tasks|points|priorities|proposals|areas)\b"
        # "I would like to focus on three areas.", "Let me dwell on four priorities:" (the speaker's own, in the first person)
        rf"|\b(?:i|we)\s+(?:would\s+like|want|wish)\s+to\s+(?:focus|dwell)\s+on\s+(?:(\d{{1,2}})|({cardinals}))\s+(?:[a-z]+\s+)?(?:areas|directions|priorities|tasks|points)\b"
        rf"|\blet\s+me\s+(?:focus|dwell)\s+on\s+(?:(\d{{1,2}})|({cardinals}))\s+(?:[a-z]+\s+)?(?:areas|directions|priorities|tasks|points)\b"
        # "I have three proposals.", "India had three priorities for the SCO:"
        rf"|\b(?:have|has|had)\s+(?:(\d{{1,2}})|({cardinals}))(?!\s+of\b)\s+(?:\w+\s+)?(?:proposals|suggestions|initiatives|priorities|ideas)\b"
        # ("Iran proposes five areas of cooperation:", "I wish to share four thoughts"; not a part of them: "make economic
        # cooperation one of our priorities")
        rf"|\b{_PUT_FORWARD}\s+(?:\w+(?:'s)?\s+){{0,2}}(?:(\d{{1,2}})|({cardinals}))(?!\s+of\b)\s+(?:\w+\s+){{0,2}}(?:proposals|suggestions|points|initiatives|recommendations|priorities|steps|measures|ideas|thoughts|areas|directions|fields|spheres)\b"
        # a person's proposals counted in the possessive: "Wang's four proposals" ("Xi's five-point proposal" is above)
        rf"|\b\w[\w-]*['’]s\s+(?:(\d{{1,2}})|({cardinals}))\s+(?:proposals|suggestions|initiatives|priorities)\b"
        # or a headline that opens with them: "Three proposals of Tajikistan at the SCO summit", "Five initiatives from Astana"
        rf"|^(?:(\d{{1,2}})|({cardinals}))\s+(?:[a-z]+\s+)?(?:proposals|suggestions|initiatives|priorities|ideas)\s+(?:of|from|by)\b"
    )  # (in lower case, matched in the text lower-cased)
    return number, count


def body(paragraphs: tuple[Paragraph, ...], title: str | None, ahead: bool = False) -> tuple[str | None, Evidence | None, str | None]:
    """The body of the meeting the text is about: the earliest mention that is not a later meeting.

    A headline naming another body than the lead paragraph ("... prepare Bishkek summit at Issyk-Kul
    meeting" over "The meeting of the Council of Ministers of Foreign Affairs was held ...") gives way to
    the lead: the lead says which meeting the text reports; so does a later lead sentence whose meeting comes
    after the headline's body named as a later one ("... documents for Astana summit" over "... the documents to be
    submitted to the heads of state at the summit in Astana, Lavrov said after the meeting of the SCO Council of
    Foreign Ministers"). An interview given before the meeting (`ahead`)
    is about the meeting it names in the future ("ahead of the meeting of the Council of Heads of Government")."""
    k = knowledge()
    in_title = _first_body(k, [title], ahead) if title else None
    # (a generator: the body is nearly always named in the first sentences, so the rest are not split)
    found = _first_body(k, (s for p in paragraphs if p.text != title for s in sentences(p.text)), ahead)
    if in_title is None and found is None:
        # a text that names its meeting only as coming announces it ("NOURNEWS - ... the annual meeting of the SCO Council
        # of Heads of State is scheduled for September 16 and 17"): the first meeting it names
        chosen = _first_body(k, ([title] if title else []) + [s for p in paragraphs if p.text != title for s in sentences(p.text)], or_coming=True)
    elif in_title is None or found is None:
        chosen = in_title or found
    elif found[0] != in_title[0] and (found[2] <= 1 or _names_later(k, found[1], in_title[0])):
        chosen = found
    else:
        chosen = in_title
    if chosen is None:
        return None, None, None
    other = _summit_of_another(k, paragraphs, chosen[0])
    if other:  # "at SCO Summit" in a text about "the SCO Council of Heads of Government (CHG) summit"
        return other[0], Evidence(other[1], CALLED_SUMMIT), other[1]
    return chosen[0], Evidence(chosen[1], "body named"), chosen[1]


_SUMMIT_AFTER = re.compile(r"\s*+(?:\([A-Z]{2,5}\)\s*+)?summit\b", re.I)
_SUMMIT_OF_BEFORE = re.compile(r"\bsummit\s++of\s++(?:the\s++)?$", re.I)
# (and in Russian: "заседание Совета глав государств-членов ШОС")
_HEADS_OF_STATE = re.compile(r"\bheads?\s++of\s++(?:the\s++)?states?\b|\bглав\w*\s++государств", re.I)
SUMMIT = "Council of Heads of State"
CALLED_SUMMIT = "body the text calls its summit"

OPENING_PARAGRAPHS = 12  # the page's opening, where the meeting's number (and a council called a summit) is read


def _summit_of_another(k, paragraphs: tuple[Paragraph, ...], chosen: str) -> tuple[str, str] | None:
    """The council a text calls a summit ("the SCO Council of Heads of Government (CHG) summit", "the 23rd summit of the
    Council of the Heads of Government") when the body it named first is the summit only by that word: the text's "SCO
    Summit" is that council's meeting (a text about the heads of state names them)."""
    if chosen != SUMMIT:
        return None
    texts = [p.text for p in paragraphs[:OPENING_PARAGRAPHS]]
    if any(_HEADS_OF_STATE.search(t) for t in texts):
        return None
    for text in texts:
        for sentence in sentences(text):
            for m in k.find_bodies(sentence):
                name = k.body_of(m)
                if name != SUMMIT and (_SUMMIT_AFTER.match(sentence, m.end()) or _SUMMIT_OF_BEFORE.search(sentence, 0, m.start())):
                    return name, sentence
    # a text calling its meeting only "the summit" that names one other body, one the press calls a summit (the heads of
    # government's, the foreign ministers'; bodies.yml called_summit), reports that body's meeting: "ahead of the 23rd SCO
    # summit ... The SCO Council of Heads of Government (CHG) meeting will be held on Tuesday"
    named = {k.body_of(m): sentence for text in texts for sentence in sentences(text) for m in k.find_bodies(sentence) if k.body_of(m) != SUMMIT}
    if len(named) == 1 and next(iter(named)) in k.called_summit:
        return next(iter(named.items()))
    return None


LEAD_SENTENCES = 2  # the lead sentences `announces` reads
_WILL_GO = re.compile(r"\bwill\s++(?:attend|chair|take\s++part\s++in|participate\s++in)\b")
# right after the body's name, or in a clause on it: "... Council of Heads of Government that will take place in Bishkek"
_HELD_LATER = re.compile(r"\s*+(?:(?:that|which)\s++)?(?:will|is\s++to|are\s++to)\s++(?:be\s++held|take\s++place|convene|open)\b")
GOING_WINDOW = 60  # "will attend an annual meeting of the ...": the verb stands right before the meeting's name
_NEXT = re.compile(r"\bnext\s++(?:SCO\s++|annual\s++|regular\s++)?$", re.I)  # "SCO's next summit", "the next SCO summit"
NEXT_WINDOW = 30


def announces(paragraphs: tuple[Paragraph, ...], title: str | None, name: str | None, summit: bool = False) -> bool:
    """Whether the lead names the text's meeting (of body `name`) first as coming: "Kazakhstan will host a regular
    meeting of the Council of Foreign Ministers ..., the spokesman said at a briefing" is given ahead of the meeting,
    like an interview before it (its dateline is the day of the briefing, not of the meeting). A text that calls its
    council's meeting a summit (`summit`, CALLED_SUMMIT) may name it so ("ahead of the 23rd SCO summit")."""
    k = knowledge()
    lead = [s for p in paragraphs[:5] if p.text != title for s in sentences(p.text) if len(s.split()) >= 6][:LEAD_SENTENCES]
    for sentence in lead:
        m = k.find_body(sentence)
        if m and _NEXT.search(sentence, max(0, m.start() - NEXT_WINDOW), m.start()):
            continue  # a meeting after the text's own: "SCO's next summit will be held in Astana in June 2017. ... this meeting held in Tashkent"
        if m:
            # (the organisation's name may stand between the body and its verb: "The tenth anniversary summit of the
            # Shanghai Cooperation Organization will take place in Astana on June 15")
            # (or a long name: "the annual meeting of Shanghai Cooperation Organization (SCO) Defence Ministers will be held")
            named = _ORGANISATION.match(sentence, m.end())
            # (or someone going to it: "... flies to Kyrgyzstan on Tuesday and will take part in the regular meeting")
            going = _WILL_GO.search(sentence, max(0, m.start() - GOING_WINDOW), m.start())
            later = is_future(sentence, m.start()) or bool(named and is_future(sentence, named.end())) or bool(_HELD_LATER.match(sentence, m.end()))
            return (name is None or k.body_of(m) in (name, SUMMIT if summit else None)) and (bool(going) or later)
    return False


_ORGANISATION = re.compile(r"\s++of\s++the\s++(?:Shanghai\s++Cooperation\s++Organi[sz]ation|SCO)(?:\s++\(SCO\))?(?:\s++member\s++(?:states|countries))?", re.I)



def _names_later(k, sentence: str, name: str) -> bool:
    """Whether the sentence names the body as a later meeting ("the documents to be submitted to the heads of
    state at the summit"): a headline naming that body first names the coming meeting, not the one reported."""
    return any(k.body_of(m) == name and is_future(sentence, m.start()) for m in k.find_bodies(sentence))


# The body as the subject of a verb in the future: "the June summit of the SCO in Beijing will chart the course".
_WILL_AFTER = re.compile(r"\s*(?:in\s++[A-Z][\w'’-]*+\s*)?will\s++(?!have\s++been\b)\w")


def _after_name(sentence: str, end: int) -> int:
    """Where the body named up to `end` ends, with the organisation's name after it ("summit of the SCO")."""
    named = _ORGANISATION.match(sentence, end)
    return named.end() if named else end


# An earlier meeting of a body: "The previous time the secretaries of the security councils of the SCO countries met was
# last June in Dushanbe."
_EARLIER_TIME = re.compile(r"\b(?:previous|last)\s++time\b[^.;]*+$", re.I)


def _first_body(k, pool, ahead: bool = False, or_coming: bool = False) -> tuple[str, str, int] | None:
    """The first body named in the sentences (not a later meeting, nor an earlier one): (its name, the sentence, how many
    sentences came before it); with `or_coming`, when there is none, the first meeting named as coming."""
    coming = None  # the first meeting named as coming: the text's own when it names no other (a text announcing it)
    for index, sentence in enumerate(pool):
        after = 0  # a later-meeting phrase before an earlier body is about that one: "Preparations for the summit
        # in July topped the agenda of the foreign ministers' meeting held here"
        for m in k.find_bodies(sentence):
            if _EARLIER_TIME.search(sentence, 0, m.start()):
                continue
            if ahead or not (is_future(sentence[after:], m.start() - after) or _WILL_AFTER.match(sentence, _after_name(sentence, m.end()))):
                return k.body_of(m), sentence, index
            coming = coming or (k.body_of(m), sentence, index)
            after = m.end()
    return coming if or_coming else None


def number(paragraphs: tuple[Paragraph, ...], title: str | None, body_name: str | None, body_sentence: str | None,
           extra: tuple[str, ...] = (), ahead: bool = False, summit: bool = False) -> tuple[int | None, Evidence | None]:
    """'the 20th Meeting of the Council' -> 20: in the sentence that named the meeting's body, or in one (title and
    captions too) that names the same body. A text whose body no sentence names has no number. A text given ahead of
    its meeting (`ahead`) numbers it in the future ("Ahead of the 24th meeting of the Council of Heads of State"); a text
    that calls its council's meeting a summit (`summit`, CALLED_SUMMIT) numbers it as the summit ("the 23rd SCO summit");
    an ordinal after "since" numbers an earlier meeting ("since the first meeting of the heads of state ... in 1996")."""
    if body_name is None or body_sentence is None:
        return None, None
    pattern, _ = _number_patterns()
    k = knowledge()
    # Each sentence once (the body's sentence and the title are most often among the paragraphs' too).
    pool = dict.fromkeys([s for s in (body_sentence, title) if s] + [s for p in paragraphs[:OPENING_PARAGRAPHS] for s in sentences(p.text)] + list(extra))
    for sentence in pool:
        for m in pattern.finditer(sentence):
            if (not ahead and is_future(sentence, m.start())) or _SINCE.search(sentence, 0, m.start()):
                continue
            if _SUCH.match(sentence, m.end(1) if m[1] else m.end(2) if m[2] else m.end("roman")):
                # "This is the ninth such meeting." numbers the meeting the text has named (not a first: "the first such
                # meeting in India"; not the leaders' "their second such meeting this year")
                value = _value(m)
                if value and value > 1 and _THIS_IS.match(sentence[: m.start()]) and not _counted_from().match(sentence, m.end()):
                    return value, Evidence(sentence, "ordinal such meeting")
                continue
            named = k.find_body(sentence, m.start())
            if m[2] and not _names_body(sentence, m, named) and not _their_own(k, sentence, m):
                continue  # "its first meeting as a member" is not a meeting number; "the twentieth meeting of the Council" is
            if _counted_from().match(sentence, m.end()):
                continue  # "the first meeting ... held since Belarus became a member" counts from an event, not from the first meeting
            if _of_another(k, sentence, m.end()):
                continue  # "during the 72nd Session of the United Nations (UN) General Assembly": another organisation's
            # (the body may be named before the number: "Culture ministers of the SCO ... at their 16th meeting")
            named = named or k.find_body(sentence)
            if sentence is not body_sentence and (named is None or k.body_of(named) not in (body_name, SUMMIT if summit else None)):
                continue
            value = _value(m)
            if value:
                return value, Evidence(sentence, "ordinal meeting number")
    for sentence in pool:
        # "The SCO Heads of State Council convened for the 22nd time in Samarkand" (the body the subject of the verb; not
        # "for the first time": a first in a place; not "On the summit's sidelines, Xi and Putin met for the 40th time")
        m = _for_the_time().search(sentence)
        named = next((b for b in k.find_bodies(sentence, 0, m.start()) if _MET_FOR.fullmatch(sentence, b.end(), m.start())), None) if m else None
        value = _value(m) if named else None
        if named and value and value > 1 and k.body_of(named) == body_name and (ahead or not is_future(sentence, named.start())):
            return value, Evidence(sentence, "ordinal time the body met")
    # the lead's "The fourth conference of the Council of Shanghai Cooperation Organization (SCO) opened in Moscow", "The
    # 15th Security Secretaries of Shanghai Cooperation Organization (SCO) had ...": the text's meeting, its body named
    # elsewhere (not a first, nor an anniversary)
    lead = next((sentences(p.text)[0] for p in paragraphs[:3] if p.text != title and sentences(p.text)), None)
    m = _lead_ordinal().search(lead) if lead else None
    if m and not (m[2] and m[2].lower() == "first") and (ahead or not is_future(lead, m.start())):
        return _value(m), Evidence(lead, "ordinal of the SCO's meeting in the lead")
    for sentence in pool:
        m = _apposition().search(sentence)
        named = k.find_body(sentence, 0, m.start()) if m else None
        if named and k.body_of(named) == body_name and (ahead or not is_future(sentence, named.start())):
            return _value(m), Evidence(sentence, "ordinal in apposition to the meeting")
    # (a German ordinal's full stop may end a sentence for the splitter, "das 22. Kulturministertreffen": whole paragraphs too)
    return _number_abroad(k, [*pool, *(p.text for p in paragraphs[:OPENING_PARAGRAPHS])], body_name)


ABROAD_WINDOW = 80  # characters between a body named in another language and its number ("ครั้งที่ 11" after the long name)
LONGEST_BODY_NAME = 200  # a body's name as long as a Russian page writes it ("Совещание руководителей ведомств ... ситуаций")


def _number_abroad(k, pool, body_name: str) -> tuple[int | None, Evidence | None]:
    """A meeting's number as a page in another language writes it (ordinals.yml in_other_languages), next to the text's body
    named in that sentence: "上海合作组织成员国元首理事会第六次会议", "ika-14 na pulong ng Konseho ng mga Puno ng Estado"."""
    for sentence in pool:
        text = lower(sentence)
        for pattern in _abroad():  # (the number first: rare, where every sentence names a body)
            for m in pattern.finditer(text):
                # (a body that begins near the number, however long its name: "девятое Совещание руководителей ведомств
                # государств-членов ШОС, занимающихся вопросами ... чрезвычайных ситуаций")
                near = k.find_bodies(text, max(0, m.start() - ABROAD_WINDOW), m.end() + ABROAD_WINDOW + LONGEST_BODY_NAME)
                if (any(k.body_of(body) == body_name for body in near if body.start() <= m.end() + ABROAD_WINDOW)
                        and (value := k.figure(m[1]))):
                    return value, Evidence(sentence, "meeting number in another language")
    return None, None


@lru_cache(maxsize=1)
def _abroad() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in knowledge().ordinals_abroad)


_OF = re.compile(r"\s++of\s++(?:the\s++)?")


def _of_another(k, sentence: str, end: int) -> bool:
    """Whether the meeting an ordinal numbers is another organisation's (bodies.yml `other_organisations`), named right after
    it: "the 72nd Session of the United Nations (UN) General Assembly"."""
    of = _OF.match(sentence, end)
    return bool(of and k.lower_other_organisation.match(lower(sentence), of.end()))


@lru_cache(maxsize=1)
def _counted_from() -> re.Pattern:
    """The rest of an ordinal's clause names the event it counts from (data/ordinals.yml counted_from)."""
    return re.compile(r"[^.;,]{0,120}?\b(?:" + "|".join(knowledge().counted_from) + r")\b", re.I)


def _value(m: re.Match) -> int:
    """The number an ordinal match stands for: a figure ("25th"), a word ("twenty-fifth") or a Roman numeral ("XXV")."""
    if m[1]:
        return int(m[1])
    if m[2]:
        return knowledge().ordinals[m[2].lower()]
    return roman(m["roman"])


@lru_cache(maxsize=1)
def _lead_ordinal() -> re.Pattern:
    return re.compile(rf"(?:^|:\s|–\s|--\s)The\s+{_ordinal()}\s+(?:(?!anniversary\b|year\b|birthday\b|decade\b|(?i:secretary|director|chairman|president|member|observer|partner|head)\w*)[\w'’-]+\s+){{1,3}}?of\s+(?:the\s+)?"
                      r"(?:Council\s+of\s+(?:the\s+)?)?(?:Shanghai\s+Cooperation\s+Organi[sz]ation|SCO)\b")


# What may stand between a body and its verb: "the Council of Heads of Government (CHG) met", "ministers of the SCO member
# states held".
_BODY_TAIL = r"\s*+(?:\([A-Z]{2,5}\)\s*+)?(?:(?:member\s++)?(?:states|countries|nations)\s++)?"
_MET_FOR = re.compile(_BODY_TAIL + r"(?:(?:has|have|had)\s++)?(?:also\s++)?"
                      r"(?:met|convened|gathered|been\s++held|was\s++held|were\s++held|took\s++place|is\s++held|meets|convenes)\s++", re.I)


@lru_cache(maxsize=1)
def _for_the_time() -> re.Pattern:
    return re.compile(rf"\bfor\s+the\s+{_ordinal()}\s+time\b", re.I)


# The body as the subject that holds its meeting: "... held their fourth meeting", "... opened its twentieth session".
_THEIR = re.compile("^" + _BODY_TAIL + r"(?:also\s++)?(?:held|hold|holds|opened|opens|began|begins|convened|convenes)\s++(?:their|its)\s++$", re.I)


def _their_own(k, sentence: str, m: re.Match) -> bool:
    """A word ordinal of the meeting its body, named before it in the sentence as the subject, holds: "Energy ministers of
    the SCO held their fourth meeting in Tashkent" (not a first: "its first meeting as a member"; not the leaders' "SCO
    summit: Xi and Putin held their third meeting")."""
    if m[2].lower() == "first":
        return False
    named = None
    for named in k.find_bodies(sentence, 0, m.start()):
        pass
    return named is not None and bool(_THEIR.match(sentence[named.end() : m.start()]))


_QUALIFIER = re.compile(r"\s*+(?:(?:annual|regular|ordinary|extraordinary)\s++)?", re.I)
_OF_FORM = re.compile(r"(?:meeting|session|council)\s++of\b", re.I)
_THIS_IS = re.compile(r"(?:This|It|The\s++(?:\w+\s++){0,3}?(?:meeting|summit|session|conference|gathering))\s++(?:is|was)\s++(?:the\s++)?$")
_SUCH = re.compile(r"\s++such\s++(?:meeting|summit|session|conference)\b", re.I)
# "since the first meeting ...", "the previous 13th meeting of the Council ...": an earlier meeting
_SINCE = re.compile(r"\b(?:since\s++(?:the\s++)?|(?:previous|preceding)\s++)$", re.I)


def _names_body(sentence: str, m: re.Match, named: re.Match | None) -> bool:
    """Whether a word ordinal belongs to the body named after it: the body starts right after the word
    ("the Seventh SCO Summit", "the seventeenth meeting of the secretaries ...") or follows as
    "of the <body>" ("the twentieth meeting of the Council ..."). "The first SCO summit held in the
    Kazakh capital" is a first in a place: "first" needs the "of the <body>" form."""
    if named is None:
        return False
    if m[2].lower() != "first" and named.start() >= m.end(2) and _QUALIFIER.fullmatch(sentence, m.end(2), named.start()):
        return True  # (a word such as "annual" may stand between: "the seventeenth annual meeting of secretaries of ...")
    if named.start() >= m.end(2) and not sentence[m.end(2) : named.start()].strip() and _OF_FORM.match(named.group(0)):
        return True  # the body's own name has the "of the" form: "the first meeting of the heads of government"
    return named.start() >= m.end() and bool(re.fullmatch(r"\s++of(?:\s++the)?(?:\s++SCO)?\s++", sentence[m.end() : named.start()], re.I))


@lru_cache(maxsize=1)
def _counts_abroad() -> re.Pattern:
    """A count of proposals announced on a page in a script that does not space its words (ordinals.yml
    counts_in_other_scripts: "提出五点建议")."""
    return re.compile("|".join(f"(?:{c})" for c in knowledge().counts_abroad))


def announced(paragraphs: tuple[Paragraph, ...], speaker: str | None = None) -> tuple[int | None, Evidence | None, int | None]:
    """The proposal count the text announces, its evidence, and the index of the paragraph it is in; not a count another
    titled person than the `speaker` made ("Chinese Premier Li Keqiang, who spoke before Medvedev, made five proposals")."""
    _, pattern = _number_patterns()
    surname = speaker.split()[-1] if speaker else None
    for index, p in enumerate(paragraphs):
        text = lower(p.text)
        for m in chain(pattern.finditer(text), _counts_abroad().finditer(text) if UNSPACED.search(text) else ()):
            said = p.text[m.start() : m.end()]
            sentence = next((s for s in sentences(p.text) if said in s), p.text)
            before = sentence[: max(sentence.find(said), 0)]
            other = first_titled_name(before) if surname else None
            # (the speaker may be the subject after the others they addressed: "Addressing leaders including Russian
            # President Vladimir Putin ..., Xi put forward five proposals", by either part of the
            # name; not "Li Keqiang, who spoke before Medvedev, made")
            if other and surname not in other.split() and not re.search(rf"\b(?:{alternation(speaker.split())})\s+(?:[\w-]+\s+){{0,3}}$", before):
                continue
            word = next(g for g in m.groups() if g)
            value = knowledge().cardinals.get(word.lower()) or knowledge().figure(word)
            return value, Evidence(sentence, "announced count"), index
    return None, None, None
