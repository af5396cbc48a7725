"""Speaker: the person whose words the text reports, with the title written beside the name (the titled names
themselves are found by extract/names.py)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..knowledge import alternation, knowledge
from ..model import Evidence, Paragraph, Speaker
from .names import (VOCATIVE_BEFORE, Candidate, NAME, NAME_WORD, NOT_NAME, WORDS, position, strip_adjective, surname_like, title_pattern,
                    titled_candidates, titled_in_text, trim_name)
from .text import sentences

_SAYS = r"(?:said|says|noted|stressed|added|pointed out|called|urged|put forward|puts forward|proposed|told|emphasized|emphasised|underlined|highlighted|attended|attends|addressed|delivered|made|outlined|expressed|reiterated|believes|spoke|speaking|chaired|presided|recalled)"


# A byline: "[Full text of ][the ][Opening ]Remarks by [title] [H.E.] Name[, title][ at ...]".
@lru_cache(maxsize=1)
def _byline_pattern() -> re.Pattern:
    honorifics = alternation(knowledge().honorifics)
    return re.compile(
        r"^(?:(?:English rendering of |Full text of |Text of )?(?:the )?(?:Opening |Keynote |Closing )?(?:Remarks|Speech|Address|Statement|Keynote Speech|Interview)(?: delivered)? (?:by|of) (?:the )?)"
        rf"(?:(?P<pre>[A-Z][\w-]*(?: (?:of|the|and|for))*(?: ?[A-Z][\w-]*(?: (?:of|the|and|for))*){{0,6}}) )??(?:(?:{honorifics})\s?){{0,3}}(?P<name>{NAME})"
        # a title after the name ends at the next comma or at "at/to/on/during" (the occasion)
        r"(?:\s*+,\s*+(?P<title>[^,]+?)(?:\s*+,.*|\s++(?:at|to|on|during)\s.*)?|\s++(?:at|to|on|during)\s+.*)?$"
    )


@lru_cache(maxsize=1)
def _honorific_in() -> re.Pattern:
    """An honorific written as a word of its own inside a heading's title part ("... Minister Makhdoom Shah")."""
    return re.compile(r"(?<!\S)(?:" + alternation(knowledge().honorifics) + r")(?!\S)")


# The verbs that report a person's own words (not attended, chaired: those only name the person).
_REPORTS = r"(?:said|says|noted|stressed|added|pointed out|called|urged|put forward|proposed|told|emphasized|emphasised|underlined|stated|expressed|reiterated|believes|spoke|speaks|declared|suggested|recalled)"


# A person who, as the sentence naming them goes on, puts forward the list the text reports: "Minister of Energy ...
# Jurabek Mirzamakhmudov put forward four proposals", "..., who chaired the meeting, proposed the following:".
_PROPOSES = re.compile(r"[^.;]{0,60}?\b(?:put|puts|putting) forward\s+(?:\w+\s+){0,3}?(?:proposals|suggestions|initiatives|priorities|points)\b"
                       r"|[^.;]{0,60}?\b(?:proposed|suggested|made|offered|presented|outlined)\s+(?:\w+\s+){0,2}?(?:proposals|suggestions|initiatives|the following)\b")


PROPOSER_WEIGHT = 6  # as much as two reported sayings: the list is what the text reports of its speaker


MAX_SCORED = 8


@lru_cache(maxsize=1)
def _title_then_names() -> re.Pattern:
    """A byline's words before the name that run on from a title into the name's first words: "Foreign Minister
    Bilawal" before "Bhutto Zardari" (the name pattern takes at most four words, so a long name is cut there)."""
    adjectives = alternation(knowledge().adjectives)
    # (a listed title only: a ministry written out would take the rest of its own name, "Minister of Foreign" + "Affairs")
    return re.compile(rf"^(?P<title>(?:(?:{adjectives})\s+)?{title_pattern(ministries=False)})\s+(?P<names>{NAME_WORD}(?:\s+{NAME_WORD})*)$")


def _byline(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """'Remarks by H.E. Xi Jinping' with the title on the same or the next line."""
    for index, p in enumerate(paragraphs[:8]):
        m = _byline_match(p.text)
        if not m:
            continue
        raw, pre = m["name"], m["pre"]
        styled = _honorific_in().search(pre) if pre else None
        if styled:  # "Foreign Minister Makhdoom Shah Mahmood Qureshi": the honorific parts title from name
            pre, raw = pre[: styled.start()].strip() or None, f"{pre[styled.end():].strip()} {raw}".strip()
        if pre and (split := _title_then_names().match(pre)):  # "Foreign Minister Bilawal" + "Bhutto Zardari"
            pre, raw = split["title"], f"{split['names']} {raw}"
        bare = strip_adjective(raw)  # ("Statement of Belarus President Aleksandr Lukashenko at ...")
        lead_title = next((t for t in sorted(knowledge().titles, key=len, reverse=True) if bare.startswith(t + " ")), None)
        name = trim_name(bare[len(lead_title) + 1 :] if lead_title else raw)
        if len(name.split()) < 2 or any(t.startswith(name + " ") or t == name for t in knowledge().titles):
            continue  # "Statement by External Affairs Minister at ...": a headline that names no person (see _office_in_heading)
        pre = pre or lead_title
        # (the title may follow a nationality adjective: "Interview of Russian Minister of Foreign Affairs Sergey Lavrov")
        title = m["title"] or (pre if pre and any(strip_adjective(pre).startswith(t) for t in knowledge().titles) else None)
        # the title on the next line, up to the occasion a block may have joined to it ("... of China At the 23rd Meeting")
        following = re.split(r"\s+(?:At|To|On|During)\s", paragraphs[index + 1].text)[0] if index + 1 < len(paragraphs) else ""
        if not title and following and len(following) <= 120:
            if not following.endswith((".", "!", ",")) and re.match(r"^(?:the\s+)?[A-Z]", following) and any(t in following for t in knowledge().titles):
                title = following
        title = strip_adjective(title.strip().rstrip(",")) if title else None
        # a fuller form of the same office written beside the name in the text ("President of Kazakhstan" in the heading,
        # "President of the Republic of Kazakhstan Nursultan Nazarbayev" in the lead)
        fuller = titled_in_text(paragraphs, name)
        if title and fuller and len(fuller) > len(title) and fuller.startswith(title.split(" of ")[0]):
            title = fuller
        return Speaker(name, title), Evidence(p.text + (f" / {title}" if title else ""), "byline")
    return None


HEAD_LINES = 8  # the lines at the head of a speech where its speaker is signed


def _only_a_name(text: str) -> bool:
    """Whether a name as matched is a person's name whole: nothing trimmed off it ("Curated By"), no city ("New Delhi"),
    and no word of a title or a nationality ("Kyrgyz Ambassador: SCO summit in Bishkek will be historic" is a headline)."""
    k = knowledge()
    return (trim_name(text) == text and text.lower() not in k.cities
            and not any(w in _title_words() or w in k.adjectives for w in text.split()))


def _name_line(text: str) -> bool:
    """A line that is a person's name and nothing else (a speech's signature or byline: "Cai Wu", "Narendra Modi")."""
    return re.fullmatch(NAME, text) is not None and _only_a_name(text)


def _name_over_title(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """A speech's heading signed with the name on a line of its own over the office ("Cai Wu" / "Minister of Culture, the
    People's Republic of China")."""
    for p, below in zip(paragraphs[: HEAD_LINES - 1], paragraphs[1:HEAD_LINES]):
        office = below.text
        if (_name_line(p.text) and len(office) <= 120 and not office.endswith((".", "!", "?"))
                and any(office.startswith(t) for t in knowledge().titles)):
            return Speaker(p.text, office), Evidence(f"{p.text} / {office}", "name over its office")
    return None


_SMALL_WORDS = {"of", "the", "and", "at", "to", "on", "during", "by", "for", "in"}


def _recased(text: str) -> str:
    """An ALL-CAPS heading written in title case, so that its byline reads like any other: "SPEECH BY PRESIDENT OF THE
    REPUBLIC OF UZBEKISTAN ISLAM KARIMOV AT ..." -> "Speech by President of the Republic of Uzbekistan Islam Karimov at ..."."""
    words = []
    for i, word in enumerate(text.split(" ")):
        lower = word.lower()
        words.append(lower if i and lower in _SMALL_WORDS else "-".join(w[:1] + w[1:].lower() for w in word.split("-")))
    return " ".join(words)


def _byline_match(text: str) -> re.Match | None:
    """The byline a heading opens with, an ALL-CAPS one read in title case."""
    return _byline_pattern().match(_recased(text) if text.isupper() else text)


@lru_cache(maxsize=1)
def _office_possessive() -> re.Pattern:
    """A heading giving the speech as an office's: "English translation of Prime Minister's Statement at ..."."""
    return re.compile(rf"\b(?P<office>{alternation(knowledge().titles)})['’]s\s+(?i:statement|speech|address|remarks)\b")


def _office_in_heading(paragraphs: tuple[Paragraph, ...]) -> str | None:
    """The office a byline heading names without a person: "Statement by Minister of State for External Affairs at ...",
    "Prime Minister's Statement at ..."."""
    for p in paragraphs[:3]:
        m = _byline_match(p.text)
        if m:
            written = " ".join(filter(None, [m["pre"], m["name"]]))
            return written if written in knowledge().titles else None
        if m := _office_possessive().search(p.text):
            return m["office"]
    return None


_THANKS = re.compile(r"^Thank you\b.{0,60}[.!]$")


SIGNATURE_FROM_END = 3  # a speech's signature is among its last paragraphs (a place or a date may follow it)


def _signature(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """A speech signed with its speaker's name on a line of its own under its closing thanks ("Thank you." /
    "Narendra Modi" / "Qingdao"), with the office its heading names ("Prime Minister's Statement at ...")."""
    for index in range(len(paragraphs) - 1, max(len(paragraphs) - 1 - SIGNATURE_FROM_END, 0), -1):
        text = paragraphs[index].text
        if _name_line(text) and _THANKS.match(paragraphs[index - 1].text):  # (not an author's name under a news report)
            return Speaker(text, _office_in_heading(paragraphs)), Evidence(text, "signature under the speech")
    return None


@lru_cache(maxsize=1024)
def _attribution_patterns(name: str) -> tuple[re.Pattern, re.Pattern]:
    parts = [w for w in name.split() if surname_like(w)]
    alternatives = "(?:" + "|".join(re.escape(w) for w in [name, *parts]) + ")"
    return (re.compile(rf"\b{alternatives}\b(?:\s+\w+){{0,3}}?\s+{_SAYS}\b"),
            # ("said that President Xi will attend": the person after "that" is the subject of what was said)
            # (after a comma or a quotation: "..., said Sergey Lavrov"; not "Lavrov says Mr. Medvedev called", whose verb has
            # its own subject)
            re.compile(rf"(?:[,”\"’]\s*+|^){_SAYS}\s+(?:the\s+)?(?:(?!that\b)\w+\s+){{0,3}}{alternatives}\b", re.M))


def _attribution_count(name: str, text: str) -> int:
    """How often the text gives this person's words: name or surname followed by a verb of saying."""
    named_first, verb_first = _attribution_patterns(name)
    return len(named_first.findall(text)) + len(verb_first.findall(text))


@lru_cache(maxsize=1)
def _turn_pattern() -> re.Pattern:
    """A transcript turn: "Guo Jiakun: ...", with the title before the name when the page writes it
    ("President of Russia Vladimir Putin:", "Official Spokesperson, Shri Randhir Jaiswal:")."""
    k = knowledge()
    titles, countries, honorifics = alternation(k.titles), alternation(k.country_names), alternation(k.honorifics)
    adjectives = alternation([*k.adjectives, "SCO"])
    title = rf"(?:(?:{adjectives})\s+)?(?P<title>(?:{titles})(?:\s+of\s+(?:the\s+)?(?:{countries}))?)"
    # (or the title after the name: "Shri Vinay Kwatra, Foreign Secretary:")
    after = rf"(?:\s*+,\s*+(?:(?:{adjectives})\s+)?(?P<title_after>(?:{titles})(?:\s+of\s+(?:the\s+)?(?:{countries}))?))?"
    return re.compile(rf"^(?:{title}(?:\s*+,)?\s++)?(?:(?:{honorifics})\s+)?(?P<name>{NAME}){after}:\s")


LABEL_LINE = 120  # a turn's label alone on its line is short


SENTENCE_WORDS = 5


def _transcript(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """In a Q&A transcript the speaker is the name that opens the most turns ("Guo Jiakun: ...")."""
    # a turn says something: "Registration Number: 130349" is a label with a value
    # (and a turn is not a list of links: "Related News: PM arrives in Astana | CPEC open for all: PM")
    # (a turn's label may stand on a line of its own over the words: "Alexander Lukashenko, President of Belarus:" / "...")
    # (their words a sentence: "Publication Date:" over "Tue, 2011-11-01 23:34" is a label)
    texts = [(f"{p.text} {paragraphs[i + 1].text}", SENTENCE_WORDS)
             if p.text.endswith(":") and len(p.text) <= LABEL_LINE and i + 1 < len(paragraphs) else (p.text, 2)
             for i, p in enumerate(paragraphs)]
    turns_at = [(m, text) for text, least in texts
                if (m := _turn_pattern().match(text)) and len(WORDS.findall(text, m.end())) >= least and " | " not in text]
    if not turns_at:
        return None
    # "New Delhi: Prime Minister ..." is a dateline; "Curated By: News Desk" a label
    turns_at = [(m, t) for m, t in turns_at if _only_a_name(m["name"])]
    if not turns_at:
        return None
    turns = Counter(m["name"] for m, _ in turns_at)
    words = Counter()
    for m, t in turns_at:
        words[m["name"]] += len(WORDS.findall(t, m.end()))
    # the most turns; between as many, the one who says most (the official who briefs, not the host who gives the floor)
    name, count = sorted(turns.items(), key=lambda kv: (-kv[1], -words[kv[0]], kv[0]))[0]
    if count < 2 and len(turns) > 1:
        return None
    first, text = next((m, t) for m, t in turns_at if m["name"] == name)
    given = first["title"] or first["title_after"]
    # the fullest title: the turn's own or one the text writes beside the name ("Zhang Deguang, Secretary-General of the
    # Shanghai Cooperation Organization," under a turn "SCO Secretary-General Zhang Deguang:")
    title = max(filter(None, [strip_adjective(given) if given else None, titled_in_text(paragraphs, name)]), key=len, default=None)
    return Speaker(name, title), Evidence(text[:200], "transcript turns")


@lru_cache(maxsize=1)
def _possessive_pattern() -> re.Pattern:
    """A headline giving the speech as the speaker's: "Prime Minister Shehbaz Sharif's address at ...",
    "Mikhail Mishustin's speech at the meeting ...", "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference"."""
    k = knowledge()
    titles, countries, honorifics = alternation(k.titles), alternation(k.country_names), alternation(k.honorifics)
    adjectives = alternation([*k.adjectives, "SCO"])
    title = rf"(?:(?:{adjectives})\s+)?(?P<title>(?:{titles})(?:\s+of\s+(?:the\s+)?(?:{countries}))?)"
    name = rf"(?:{NAME_WORD}\s+){{0,3}}[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
    # (after "Full text of": "Full text of President Raisi's address at ...")
    lead = r"(?:(?:Full\s+)?[Tt]ext\s+of\s+|English\s+(?:translation|rendering)\s+of\s+)?(?:the\s+)?"
    return re.compile(rf"^{lead}(?:{title}\s+)?(?:(?:{honorifics})\s+)?(?P<name>{name})['’]s\s+(?i:(?:(?:opening|closing|keynote|full|regular)\s+)?(?:address|speech|remarks|statement|press conference|news conference|press briefing|briefing))\b")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of titles and honorifics, which open no name ("Prime Minister Narendra Modi" -> "Narendra Modi")."""
    k = knowledge()
    return frozenset(w for t in [*k.titles, *k.honorifics] for w in t.split()) | NOT_NAME


def _full_name(paragraphs: tuple[Paragraph, ...], surname: str) -> str | None:
    """The fullest name the text writes ending in `surname`, the most often written first ("Ebrahim Raisi" for "Raisi")."""
    pattern = re.compile(rf"\b(?:{NAME_WORD}\s+){{1,3}}{re.escape(surname)}\b(?!['’]s)")
    found: Counter[str] = Counter()
    for p in paragraphs:
        for m in pattern.finditer(p.text):
            words = m[0].split()
            while len(words) > 1 and words[0] in _title_words():
                words.pop(0)
            if len(words) > 1:
                found[" ".join(words)] += 1
    return max(found, key=lambda n: (found[n], len(n)), default=None)


@lru_cache(maxsize=1)
def _the_office() -> re.Pattern:
    """The speaker called by office at a sentence's start in the summary under a speech's heading, as a government page
    writes it: "Mikhail Mishustin's speech at ..." over "... was held via videoconference. The Prime Minister took part ..."."""
    return re.compile(rf"(?:^|(?<=[.!?]\s))The\s+(?P<office>{alternation(knowledge().titles)})\s+(?=[a-z])")


def _possessive(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """The speaker a headline names in the possessive before "address", "speech" or "remarks"."""
    for index, p in enumerate(paragraphs[:12]):
        m = _possessive_pattern().match(p.text)
        # a headline, or a line that introduces the speech under a list of delegations ("Dmitry Medvedev's remarks:")
        if m and (index < 3 or p.text.endswith(":")):
            name = trim_name(m["name"])
            if len(name.split()) < 2:  # "President Raisi's address": the full name the text gives ("Ebrahim Raisi")
                name = _full_name(paragraphs, name) if m["title"] and name else None
                if name is None:
                    return None
            # the fullest office the text writes beside the name ("President of the Republic of Uzbekistan")
            title = max(filter(None, [strip_adjective(m["title"]) if m["title"] else None, titled_in_text(paragraphs, name)]),
                        key=len, default=None)
            if title is None and index + 1 < len(paragraphs) and (office := _the_office().search(paragraphs[index + 1].text)):
                title = office["office"]  # the summary under the heading calls the speaker by office
            return Speaker(name, title), Evidence(p.text, "headline naming the speech's speaker")
    return None


def _quoted(paragraphs: tuple[Paragraph, ...], candidates: list[Candidate]) -> list[Candidate]:
    """Drop the people only named as chair or host whose words the text never reports (a release that
    quotes no one has no speaker)."""
    merely = {c.name for c in candidates if c.merely_named} - {c.name for c in candidates if not c.merely_named}
    if not merely:
        return candidates
    text = "\n".join(p.text for p in paragraphs)
    for name in merely:
        words = "|".join(re.escape(w) for w in [name, *name.split()] if len(w) > 2 and not w.endswith("."))
        if re.search(rf"\b(?:{words})\b(?:\s+\w+){{0,2}}?\s+{_REPORTS}\b|\b(?:said|according to)\s+(?:{words})\b", text):
            merely = merely - {name}
        # (or by pronoun in the very next sentence: "Kazakh Foreign Minister Murat Nurtleu chaired the meeting. He said ...")
        elif any(_PRONOUN_NEXT.match(_next_sentence(paragraphs, c)) for c in candidates if c.name == name):
            merely = merely - {name}
    return [c for c in candidates if c.name not in merely]


_PRONOUN_NEXT = re.compile(rf"(?:[A-Z][\w ,]{{0,40}},\s+(?:he|she)|He|She)\s+(?:also\s+)?{_REPORTS}\b")


def _next_sentence(paragraphs: tuple[Paragraph, ...], candidate: Candidate) -> str:
    """The sentence after the candidate's: in its paragraph, or the first of the next."""
    own = sentences(paragraphs[candidate.paragraph].text.replace(" & ", " and "))
    if candidate.number + 1 < len(own):
        return own[candidate.number + 1]
    following = sentences(paragraphs[candidate.paragraph + 1].text) if candidate.paragraph + 1 < len(paragraphs) else ()
    return following[0] if following else ""


# A person's own words: a speech in the first person or addressing its hearers, or a person (a name, "he", "the
# minister") who says something.
# (not an initial: "A. I. Buribayev", "V.I. Norov")
_FIRST_PERSON = re.compile(r"(?<![.\w])I(?![.\w])|\b(?:we|We|us|our|Our|my|My|Dear|Colleagues|Excellency|Excellencies|Thank you)\b")


_SAYING = (r"(?:said|says|noted|stressed|added|pointed out|called|urged|put forward|puts forward|proposed|told|emphasi[sz]ed|"
           r"underlined|highlighted|stated|declared|suggested|recalled|reiterated|believes|spoke|addressed|delivered|outlined|"
           r"expressed|mentioned|is holding a press briefing|talks? to (?:the )?media|made\s+(?:\w+\s+){0,2}(?:proposals|suggestions))")


# A participle clause that gives the words of the sentence's subject: "Xi Jinping chaired the 18th SCO summit in Qingdao,
# calling for ...".
_SAYING_CLAUSE = r"(?:calling|saying|stressing|urging|noting|emphasi[sz]ing|underlining|highlighting|proposing|pointing out)"


_SURNAME_SAYS = re.compile(r"(?<!the )\b[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:said|told)\b")


def _reports_words(paragraphs: tuple[Paragraph, ...], by_name: dict[str, list[Candidate]]) -> bool:
    """Whether the text gives anyone's words: a speech in the first person, a speech delivered, a list put forward, or a
    name, a pronoun or "the minister" saying something ("Hu said", "the Vice President said", "He called for", "In his
    speech, ...", "Markovskaya told reporters")."""
    text = "\n".join(p.text for p in paragraphs)
    if _FIRST_PERSON.search(text) or _SURNAME_SAYS.search(text):
        return True
    if any(_PROPOSES.match(c.sentence, c.end) for cs in by_name.values() for c in cs):
        return True
    words = {w for n in by_name for w in [n, *n.split()] if surname_like(w)}
    person = "|".join([r"he|she", *(re.escape(w) for w in words), rf"the\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(knowledge().office_nouns)})"])
    return bool(re.search(rf"(?i:\b(?:{person})\b(?:,[^,.;]{{1,80}},|,)?(?:\s+\w+){{0,3}}?\s+{_SAYING}\b|\b(?:{person})\b[^.;]{{0,150}}?\band\s+{_SAYING}\b|\b(?:{person})\b[^.;]{{0,150}}?,\s+{_SAYING_CLAUSE}\b|\b(?:said|according to)\s+(?:the\s+)?(?:\w+\s+){{0,3}}?(?:{person})\b"
                          rf"|\bin (?:his|her) (?:speech|address|remarks|statement)\b|\b(?:addressing|speaking at|speaking to)\b"
                          r"|\bdelivered\s+(?:\w+\s+){0,2}(?:speech|address|remarks)\b)", text))


@lru_cache(maxsize=1)
def _untitled_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A person the text names with no listed title, as the one who speaks: "Nikolay Shulginov spoke at the meeting",
    "Faridoun Mahmadalizoda, a spokesman for the Ministry of Defense, says ...", "TASS quoted Bakhtier Khakimov, a special
    SCO envoy of the Russian President, as saying"."""
    honorifics = alternation(knowledge().honorifics)
    apposition = r"(?:,\s+(?:a|an|the)\s+(?P<title>[^,]{3,80}?),?)?"
    return (re.compile(rf"^(?:(?:{honorifics})\s+)?(?P<name>{NAME}){apposition}\s+(?:\w+\s+){{0,2}}?(?:{_REPORTS})\b"),
            re.compile(rf"\bquoted\s+(?:(?:{honorifics})\s+)?(?P<name>{NAME}){apposition}\s+as\s+saying\b"))


def _untitled(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """With no titled person, the first person named as saying something, with the office written beside the name."""
    for p in paragraphs:
        for sentence in sentences(p.text):
            for pattern in _untitled_patterns():
                m = pattern.search(sentence)
                if not m or trim_name(m["name"]) != m["name"] or any(w in _title_words() for w in m["name"].split()):
                    continue
                if m["name"].lower() in knowledge().cities or m["name"].lower() in knowledge().countries:
                    continue
                return Speaker(m["name"], m["title"]), Evidence(sentence, "person named as saying")
    return None


@lru_cache(maxsize=1)
def _caption_pattern() -> re.Pattern:
    """A video script's on-screen caption over a quotation: the name and the office in capitals, "LUO SHUGANG CHINESE
    MINISTER OF CULTURE \"All member states ...\"" (a reporter's caption names a place, not an office)."""
    k = knowledge()
    titles = "|".join(re.escape(t.upper()) for t in sorted(set(k.titles), key=len, reverse=True))
    adjectives = "|".join(re.escape(a.upper()) for a in sorted(k.adjectives, key=len, reverse=True))
    return re.compile(rf"^(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){{1,2}}?) (?:(?:{adjectives}) )?(?P<title>(?:{titles})(?: OF [A-Z ]+?)?) [\"“]")


# A text that opens by addressing its hearers: a speech with no heading.
_OPENS_AS_SPEECH = re.compile(r"(?:(?:Dear|Distinguished|Esteemed|Respected)\s+[\w -]{2,40}|Excellencies|Your Excellenc\w+|Ladies and gentlemen|Colleagues)\s*[,!:]\s*$", re.I)


@lru_cache(maxsize=1)
def _surname_pattern() -> re.Pattern:
    """A title before a surname alone: "President Hu delivered an important speech"."""
    k = knowledge()
    adjectives = alternation(k.adjectives)
    return re.compile(rf"\b(?=[A-Z])(?:(?:{adjectives})\s+)?(?P<title>{title_pattern(ministries=False)})\s+(?P<name>[A-Z][a-z]{{1,}}(?:-[A-Z][a-z]+)?)(?=\s+[a-z]|\s*[,.;:])")


def _titled_surnames(paragraphs: tuple[Paragraph, ...]) -> list[Candidate]:
    """People a report names only by title and surname ("President Hu"), with the fullest name it writes ending in the
    surname: a page that gives no full name beside a title (in a speech they are the people it mentions)."""
    if any(_FIRST_PERSON.search(p.text) for p in paragraphs):
        return []
    text = "\n".join(p.text for p in paragraphs)
    found = []
    for index, p in enumerate(paragraphs):
        for number, sentence in enumerate(sentences(p.text)):
            for m in _surname_pattern().finditer(sentence):
                surname = m["name"]
                if surname in _title_words() or surname.lower() in knowledge().cities or surname.lower() in knowledge().countries:
                    continue
                if VOCATIVE_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()]):
                    continue
                name = _full_name(paragraphs, surname) or surname
                found.append(Candidate(name, m["title"], index, number, sentence, "title before surname", False, m.end("name")))
    # (only a person whose words the text gives: not "President Xi will chair the summit" in a report quoting "Wang Yi said")
    return [c for c in found if _attribution_count(c.name, text)]


def _captioned(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """The first person a video script's captions quote."""
    for p in paragraphs:
        m = _caption_pattern().match(p.text)
        if m:
            return Speaker(m["name"], m["title"]), Evidence(p.text[:200], "caption over a quotation")
    return None


def speaker(paragraphs: tuple[Paragraph, ...], has_headline: bool) -> tuple[Speaker | None, Evidence | None]:
    """The person whose words the text reports, with evidence; None when no titled person is found. A speaker found
    without a title takes the office the lead names alone ("The President of Belarus has proposed ...")."""
    found, evidence = _speaker(paragraphs, has_headline)
    if found and found.title is None:
        office = next((m for p in paragraphs[:OFFICE_LEAD] for m in [_office_alone().search(p.text)] if m), None)
        if office:
            found = Speaker(found.name, office[0].split(" ", 1)[1])
    return found, evidence


@lru_cache(maxsize=1)
def _office_alone() -> re.Pattern:
    """An office named with "the" and no person after it: "The President of Belarus has proposed", "the President at the summit"."""
    k = knowledge()
    return re.compile(rf"\b[Tt]he\s(?:{alternation(k.titles)})(?:\s+of\s+(?:the\s+)?(?:{alternation(k.country_names)}))?(?!\s+(?:[A-Z]|of\b)|[\w-])")


OFFICE_LEAD = 4  # the paragraphs where a report names its speaker's office


def _speaker(paragraphs: tuple[Paragraph, ...], has_headline: bool) -> tuple[Speaker | None, Evidence | None]:
    by = _byline(paragraphs) or _name_over_title(paragraphs) or _possessive(paragraphs) or _transcript(paragraphs)
    if by:
        return by
    skip = 1 if has_headline else 0  # a headline's name is counted only when the text names nobody else
    candidates = titled_candidates(paragraphs, skip)
    if not candidates and skip:
        skip, candidates = 0, titled_candidates(paragraphs, 0)
    candidates = _quoted(paragraphs, candidates)
    if not candidates and not (signed := _signature(paragraphs) or _captioned(paragraphs)):
        candidates = _quoted(paragraphs, _titled_surnames(paragraphs))
    if not candidates:
        return signed or _untitled(paragraphs) or (None, None)
    by_name: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_name.setdefault(c.name, []).append(c)
    office = _office_in_heading(paragraphs) if has_headline and len(by_name) > 1 else None
    holders = {c.name for c in candidates if office and c.title and strip_adjective(c.title) == office}
    if len(holders) == 1:
        best = holders.pop()  # the one person holding the office the heading names
    elif len(by_name) == 1:
        best = next(iter(by_name))  # one candidate: nothing to weigh, so the whole text is not read again
    else:
        text = "\n".join(p.text for p in paragraphs)
        scores: Counter[str] = Counter()
        # Only the most mentioned names are scored: the attribution count reads the whole text per name. (Between names
        # mentioned as often, the earliest: a list of attending leaders does not push out the lead's speaker.)
        first_at = {name: position(paragraphs, skip, cs[0]) for name, cs in by_name.items()}
        for name, cs in sorted(by_name.items(), key=lambda kv: (-len(kv[1]), first_at[kv[0]], kv[0]))[:MAX_SCORED]:
            proposes = any(_PROPOSES.match(c.sentence, c.end) for c in cs)
            scores[name] = _attribution_count(name, text) * 3 + len(cs) + (2 if first_at[name] < 3 else 0) + (PROPOSER_WEIGHT if proposes else 0)
        best = max(scores, key=lambda n: (scores[n], -first_at[n], n))
    if not _reports_words(paragraphs, by_name):  # a release that quotes no one: the people it names are only named
        return _signature(paragraphs) or (None, None)
    if _OPENS_AS_SPEECH.match(paragraphs[0].text) and not _attribution_count(best, "\n".join(p.text for p in paragraphs)):
        # a speech with no heading over it ("Ladies and gentlemen, ...") only mentions the people it names: "During the UN
        # Secretary General Ban Ki-moon's visit ..." is not its speaker, unless the text gives their words
        return _signature(paragraphs) or (None, None)
    chosen = by_name[best]
    title = max((c.title for c in chosen if c.title), key=len, default=None)
    first = next(c for c in chosen if c.title == title)
    return Speaker(best, strip_adjective(title) if title else None), Evidence(first.sentence, first.rule)
