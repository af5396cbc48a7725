"""Video meetings: whether the meeting met online ("via video link", "in a virtual format"), and where the speaker sat
("via video link from Beijing", the dateline of a lead in which the speaker joined by video), which is then the venue."""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import find_dates
from ..knowledge import alternation, knowledge, lower
from ..model import Evidence, Paragraph
from .placenames import MEETING_WORD, THE_EVENT, city_country, date_only, place_line, place_opening, place_patterns, same_body
from .text import PREVIOUS, is_future, sentences
from .datelines import dateline


ONLINE = re.compile(
    r"\b(?:via (?:a )?video ?(?:link|conference)?|by (?:a )?video ?(?:link|conference)|video ?conference|videoconference|video ?conferencing|"
    r"in (?:a |an |the )?(?:virtual|online|video) (?:format|mode|manner)|virtual(?:ly)? (?:sco )?(?:summit|meeting|session|format)|"
    r"held (?:virtually|online)|(?:summit|meeting|session) (?:virtually|online)|online (?:sco )?(?:summit|meeting)|video link|video (?:summit|meeting|session)|"
    r"virtually (?:address\w*|attend\w*|join\w*|participat\w*|took part|chair\w*|led|from)|(?:participated|took part) virtually|"
    r"led (?:the |an? )?[\w' -]{1,40}? delegation virtually|"
    r"(?:took part|participated|joined|attended|addressed|spoke)(?: in (?:the |an? )?[\w' -]{1,80}?)? remotely|"
    r"в (?:режиме|формате) видеоконференц\w*|по видеосвязи|в онлайн-формате|به صورت ارتباط تصویری|به صورت ویدئو ?کنفرانس)\b"
)  # (in lower case, matched in the text lower-cased; a Russian page: "в режиме видеоконференции"; a Persian one: "به صورت ارتباط تصویری", by video link)

# (a hybrid meeting: some in person; "... are present in the event, while presidents of Russia, China ... take part in the
# summit via video conferencing")
_IN_PERSON = re.compile(r"\b(?:in[ -]person|hybrid|(?:are|were|is|was)\s+present\s+(?:in|at))\b", re.I)

# Some of those present joined by video: "some of the delegations joined it by videoconference" (a hybrid meeting; not
# "the other leaders joined via video link", said of a video summit its chair hosted from his capital)
_SOME_JOINED = re.compile(r"\b(?:some|several|a few|a number|part|one|two|three|four|five)\s+(?:of\s+(?:the\s+|its\s+)?)?"
                          r"(?:delegations|participants|member states|countries|ministers|leaders|heads of delegations?)\b[^.;,]{0,40}$", re.I)

# Where a speaker sat at a video meeting: "via video link from Beijing", "by videoconference in Beijing", "virtually from
# Islamabad".
_VIDEO_FROM = re.compile(r"\b(?:(?:via|by|through|over)\s+(?:a\s+)?video\s*(?:link|conference|call)?\s+(?:from|in)|virtually\s+from)\s+(?:the\s+)?$", re.I)

_FROM = re.compile(r"\bfrom\s+$")

_ACTED_FROM = re.compile(r"\b(?:chaired|hosted|presided over|led|opened|addressed|joined|spoke|took part|participated|attended)\s+(?:\w+\s+){0,3}?from\s+$")

_CHAIRED = re.compile(r"\b(?:chaired|hosted|presided over)\b(?!\s+by\b)")

# At a video meeting: "Speaking from Nur-Sultan, Magzum Mirzagaliyev said ..."
_SPEAKING_FROM = re.compile(r"\b(?:[Ss]peaking|[Jj]oining|[Pp]articipating|[Tt]aking part)\s+from\s+$")

# At a video meeting: "Prime Minister Mikhail Mishustin took part from the Government House in Moscow."
_TOOK_PART_FROM = re.compile(r"\b(?:took|takes|taking)\s+part\s+from\s+(?:the\s+[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,4}\s+in\s+)?$")

# A person (not "the meeting") taking part by video, or chairing it: the dateline of such a sentence is where they sat.
_TOOK_PART = re.compile(r"\b(?:attend\w*|join\w*|address\w*|spoke|deliver\w*|participat\w*|took part|represent\w*|led|(?:chaired|hosted)(?!\s+by\b))\b", re.I)

MAX_ONLINE_PARAGRAPHS = 4  # the opening says how the meeting met; later a virtual summit is another one
# ... unless a sentence of the next paragraphs says so of the meeting as its subject: "The Summit was held in the virtual
# format.", "The SCO Council of Heads of State met by video link under the Indian chairmanship." (under a briefing's opening
# lines or a wire's quote)
MAX_MEETING_HELD_PARAGRAPHS = 8
_MEETING_HELD = re.compile(r"^(?:the|this)\s(?:[\w'’-]+\s){0,10}?(?:summit|meeting|session|council)\b(?:\s[\w'’-]+){0,8}?\s(?:was held|met|took place|convened)\s")

@lru_cache(maxsize=1)
def _video_from_capital() -> re.Pattern:
    """'by video link from the Tajik capital'."""
    return re.compile(r"\b(?:via|by|through|over)\s+(?:a\s+)?video\s*(?:link|conference|call)?\s+from\s+the\s+("
                      + alternation(knowledge().adjectives) + r")\s+capital\b")

def online_phrase(paragraphs: tuple[Paragraph, ...], body_sentence: str | None, ahead: bool = False) -> Evidence | None:
    """How the meeting met, when the opening says it met online (in a text given ahead of its meeting, `ahead`, the sentence
    naming the meeting may say so in the future tense: "the summit ... will be held in the virtual format on July 4")."""
    pool = ([body_sentence] if body_sentence else []) + [s for p in paragraphs[:MAX_ONLINE_PARAGRAPHS] for s in sentences(p.text)]
    pool += [s for p in paragraphs[MAX_ONLINE_PARAGRAPHS:MAX_MEETING_HELD_PARAGRAPHS] for s in sentences(p.text)
             if _MEETING_HELD.match(lower(s)) and not find_dates(s)]  # (not "The meeting was held online in New Delhi on April 18.")
    for sentence in pool:
        m = ONLINE.search(lower(sentence))
        # (a person taking part: "attended ...", "addressing his counterparts by video link")
        # (not a hybrid meeting's split: "Delegations of China and Russia attended in person, while ... joined via videoconference")
        if m and (_IN_PERSON.search(sentence) or _SOME_JOINED.search(sentence, 0, m.start())):
            continue  # (nor "some of the delegations joined it by videoconference")
        coming = is_future(sentence, m.start()) and not (ahead and (sentence is body_sentence or same_body(sentence, body_sentence))) if m else False
        if m and not coming and not PREVIOUS.search(sentence) and (MEETING_WORD.search(sentence) or THE_EVENT.search(sentence) or "attend" in sentence or "address" in sentence):
            return Evidence(sentence, "online meeting phrase")
    return None

def speaker_seat(paragraphs, captions, speaker: str | None, datelines: bool, title: str | None = None):
    """The city a speaker joined a video meeting from: "via video link from Beijing" (a sentence or a
    caption); "chaired ... from New Delhi in virtual format" when the sentence names the speaker (by surname, or opening
    on their title: "The Prime Minister joined the Summit from Islamabad."); or the dateline of a lead sentence in which
    the speaker (a person) attended by video."""
    city = place_patterns()[0]
    surname = speaker.split()[-1] if speaker else None
    by_title = "the " + lower(title) + " " if title else None
    pool = [s for p in paragraphs[:8] for s in sentences(p.text)] + [r.text for r in captions]
    for tier in (0, 1):
        for sentence in pool:
            # (with no speaker, the host who chairs it: "... chaired the meeting ... from New Delhi in virtual format")
            if surname:
                named = surname in sentence or (by_title and lower(sentence).startswith(by_title))
            else:
                named = _CHAIRED.search(sentence)
            if tier and not named:
                continue
            online = ONLINE.search(lower(sentence))
            for m in city.finditer(sentence):
                before = sentence[max(0, m.start() - 40) : m.start()]
                # (at a video meeting, a sentence naming the speaker: "chaired ... from New Delhi in virtual format", and
                # without the video words: "The meeting was chaired from Moscow by the Minister of Justice ... Chuychenko")
                from_city = _FROM.search(before) if online else _ACTED_FROM.search(before)
                if ((from_city if tier else _VIDEO_FROM.search(before)) or _SPEAKING_FROM.search(before)) and not is_future(sentence, m.start()):
                    return *city_country(m[1]), Evidence(sentence, "where the speaker joined from")
                if not tier and surname and surname in sentence and _TOOK_PART_FROM.search(sentence[max(0, m.start() - 80) : m.start()]):
                    return *city_country(m[1]), Evidence(sentence, "where the speaker took part from")
    # "by video link from the Tajik capital": the capital of the country the adjective names
    for sentence in pool:
        m = _video_from_capital().search(sentence)
        if m and not is_future(sentence, m.start()):
            country = knowledge().adjectives[m[1]]
            return knowledge().capitals[country], country, Evidence(sentence, "where the speaker joined from")
    # An event line under the heading of a page about a video meeting ("September 17, 2021, Novo-Ogaryovo,
    # Moscow Region") says where the page's speaker was.
    # (or split in two lines: "July 4, 2023, 13:50" over "The Kremlin, Moscow")
    for index, p in enumerate(paragraphs[:4]):
        found = place_line(p.text)
        dated = find_dates(p.text) or (index and date_only(paragraphs[index - 1].text))
        if found and dated:
            return *found, Evidence(p.text, "event line of a video meeting")
    for index, p in enumerate(paragraphs[:4] if datelines else ()):
        found = dateline(p.text) or place_opening(p.text)
        known = city_country(found.place) if found else None
        # (a dateline alone on its line has its lead in the next paragraph: "Islamabad:" over "Prime Minister ... led the
        # Pakistani delegation virtually ...")
        rest = found.rest if found and found.rest.strip() else (paragraphs[index + 1].text if found and index + 1 < len(paragraphs) else "")
        lead = sentences(rest)[0] if rest.strip() else ""
        video = ONLINE.search(lower(lead))
        took_part = _TOOK_PART.search(lead, 0, video.end()) if video else None  # "attended via video link", "virtually addressed"
        if known and took_part and (surname is None or surname in lead[: video.start()]):
            return *known, Evidence(p.text[:120], "dateline of the speaker who joined by video")
        # (or a lead on the speaker chairing the video meeting, which another sentence says met by video: "New Delhi,
        # November 30: Vice President Venkaiah Naidu on Monday chaired the 19th meeting of ... heads of government")
        chaired = _CHAIRED.search(lead)
        if known and chaired and surname and surname in lead[: chaired.start()] and MEETING_WORD.search(lead, chaired.end()):
            return *known, Evidence(p.text[:120], "dateline of the speaker who chaired the video meeting")
        # (or a lead on the speaker of the dateline's country: "DUSHANBE (...) Tajikistan's President Emomali Rahmon said
        # during the summit ...": a leader speaking at a video meeting from home)
        if known and known[1] and surname and _of_country(lead, surname, known[1]):
            return *known, Evidence(p.text[:120], "dateline in the country of the speaker at a video meeting")
    # A building the speaker sat in, with no city named: "Premier Li ... attended the ... meeting at the Great Hall of the
    # People" (its country only; data/places.yml landmarks)
    for sentence in pool if surname and knowledge().landmarks else ():
        m = _landmark_pattern().search(sentence)
        if m and surname in sentence and not city.search(sentence):
            return None, knowledge().landmarks[m[1]], Evidence(sentence, "building the speaker joined from")
    return None


def _of_country(lead: str, surname: str, country: str) -> bool:
    """Whether the lead names the speaker as of `country` right before the name: "Tajikistan's President Emomali
    Rahmon", "Tajik President Emomali Rahmon" (the country's name or adjective, data/places.yml)."""
    at = lead.find(surname)
    k = knowledge()
    names = [n for n, c in k.countries.items() if c == country] + [a for a, c in k.adjectives.items() if c == country]
    before = lead[max(0, at - 60) : at] if at > 0 else ""
    return bool(names) and bool(re.search(r"\b(?i:" + "|".join(re.escape(n) for n in names) + r")(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){1,4}$", before))


@lru_cache(maxsize=1)
def _landmark_pattern() -> re.Pattern:
    return re.compile(r"\bat\s+(?:the\s+)?(" + alternation(knowledge().landmarks) + r")\b")
