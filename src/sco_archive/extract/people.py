"""Speaker: the person whose words the text reports, with the title written beside the name (the titled names
themselves are found by extract/names.py, the speakers a text signs in bylines, signatures and transcript turns by
extract/headings.py)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..knowledge import alternation, knowledge, lower
from ..model import Evidence, Paragraph, Speaker
from .headings import byline, name_over_title, office_in_heading, russian_heading, signature, transcript
from .names import (VOCATIVE_BEFORE, Candidate, NAME, NAME_WORD, NOT_NAME, only_a_name, position, strip_adjective, surname_like, title_pattern,
                    title_words, titled_candidates, titled_in_text, trim_name, unspaced_name)
from .text import sentences

# The verbs that name a person as the one quoted (data/verbs.yml): saying something, giving a speech, at the meeting (and
# saying something on a Russian page: "глава правительства Таджикистана Акил Акилов выразил надежду").
_SAYS = knowledge().verbs("saying", "spoke", "delivering", "presiding", "naming_the_speaker", "saying_abroad", "posting")


# The verbs that report a person's own words (not attended, chaired: those only name the person).
_REPORTS = knowledge().verbs("saying", "spoke")


# A person who, as the sentence naming them goes on, puts forward the list the text reports: "Minister of Energy ...
# Jurabek Mirzamakhmudov put forward four proposals", "..., who chaired the meeting, proposed the following:".
_PROPOSES = re.compile(r"[^.;]{0,60}?\b(?:put|puts|putting) forward\s+(?:\w+\s+){0,3}?(?:proposals|suggestions|initiatives|priorities|points)\b"
                       r"|[^.;]{0,60}?\b(?:proposed|suggested|made|offered|presented|outlined)\s+(?:(?:a\s+)?number\s+of\s+|\w+\s+){0,2}?(?:proposals|suggestions|initiatives|the following)\b")


PROPOSER_WEIGHT = 6  # as much as two reported sayings: the list is what the text reports of its speaker


MAX_SCORED = 8


@lru_cache(maxsize=1024)
def _named_first(name: str) -> re.Pattern:
    """The name or its surname, then a verb of saying ("Lavrov said", "Sergey Lavrov, the minister, noted")."""
    return re.compile(rf"\b{_name_or_surname(name)}\b(?:\s+\w+){{0,3}}?\s+{_SAYS}\b")


@lru_cache(maxsize=1024)
def _verb_first(name: str) -> re.Pattern:
    """A verb of saying, then the name or its surname."""
    # ("said that President Xi will attend": the person after "that" is the subject of what was said)
    # (after a comma or a quotation: "..., said Sergey Lavrov"; not "Lavrov says Mr. Medvedev called", whose verb has
    # its own subject)
    return re.compile(rf"{_VERB_FIRST}\s+(?:the\s+)?(?:(?!that\b)\w+\s+){{0,3}}{_name_or_surname(name)}\b", re.M)


def _name_or_surname(name: str) -> str:
    parts = [w for w in name.split() if surname_like(w)]
    return "(?:" + "|".join(re.escape(w) for w in [name, *parts]) + ")"


# The verbs that start the two patterns, alone: a text with neither has no attribution, and the patterns naming the person
# (compiled per name, which costs far more than a search) are not needed.
_VERB_FIRST = rf"(?:[,”\"’]\s*+|^){_SAYS}"
_ANY_VERB = re.compile(rf"\s+{_SAYS}\b")
_ANY_VERB_FIRST = re.compile(rf"{_VERB_FIRST}\s+", re.M)


# On a page in a script that does not space its words, a name and a verb of saying later in its clause ("李克强表示", "王毅在会上
#指出"; data/verbs.yml saying_in_other_scripts).
_SAYING_IN_SCRIPT = rf"[^。！？，,；;：:\n]{{0,20}}?(?:{knowledge().verbs('saying_in_other_scripts')})"


_FIRST_PERSON_IN_SCRIPT = re.compile(knowledge().verbs("first_person_in_other_scripts"))


def _attribution_count(name: str, text: str) -> int:
    """How often the text gives this person's words: name or surname followed by a verb of saying."""
    if unspaced_name(name):
        return len(re.findall(re.escape(name) + _SAYING_IN_SCRIPT, text))
    named_first = len(_named_first(name).findall(text)) if _ANY_VERB.search(text) else 0
    return named_first + (len(_verb_first(name).findall(text)) if _ANY_VERB_FIRST.search(text) else 0)


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
    # (or a part of it: "Highlights of Sergei Ivanov's address to ...", "Excerpts from ...")
    lead = r"(?:(?:Full\s+)?[Tt]ext\s+of\s+|Transcript\s+of\s+|English\s+(?:translation|rendering)\s+of\s+|(?:Highlights|Excerpts)\s+(?:of|from)\s+)?(?:the\s+)?"
    return re.compile(rf"^{lead}(?:{title}\s+)?(?:(?:{honorifics})\s+)?(?P<name>{name})['’]s\s+(?i:(?:(?:opening|closing|keynote|full|regular)\s+)?(?:address|speech|remarks|statement|press conference|news conference|press briefing|briefing))\b")


def _full_name(paragraphs: tuple[Paragraph, ...], surname: str) -> str | None:
    """The fullest name the text writes ending in `surname`, the most often written first ("Ebrahim Raisi" for "Raisi")."""
    pattern = re.compile(rf"\b(?:{NAME_WORD}\s+){{1,3}}{re.escape(surname)}\b(?!['’]s)")
    found: Counter[str] = Counter()
    for p in paragraphs:
        for m in pattern.finditer(p.text):
            words = m[0].split()
            while len(words) > 1 and words[0] in title_words():
                words.pop(0)
            if len(words) > 1:
                found[" ".join(words)] += 1
    return max(found, key=lambda n: (found[n], len(n)), default=None)


@lru_cache(maxsize=1)
def _the_office() -> re.Pattern:
    """The speaker called by office at a sentence's start in the summary under a speech's heading, as a government page
    writes it: "Mikhail Mishustin's speech at ..." over "... was held via videoconference. The Prime Minister took part ..."."""
    return re.compile(rf"(?:^|(?<=[.!?]\s))The\s+(?P<office>{alternation(knowledge().titles)})\s+(?=[a-z])")


# The lines where a possessive line may introduce the speech: under a headline, a lead and a list of the delegations'
# heads (ten members and their titles, one a line).
POSSESSIVE_LINES = 20


def _possessive(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """The speaker a headline names in the possessive before "address", "speech" or "remarks"."""
    for index, p in enumerate(paragraphs[:POSSESSIVE_LINES]):
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


# Words given (data/verbs.yml), also on a Russian page ("министр обороны России Сергей Иванов отметил"), a briefing held,
# talking to the media, proposals made.
_SAYING = (rf"(?:{knowledge().verbs('saying', 'spoke', 'delivering', 'saying_abroad')}|is holding a press briefing|talks? to (?:the )?media"
           r"|made\s+(?:\w+\s+){0,2}(?:proposals|suggestions))")


# A verb of saying before the person, on a Russian page as the language writes it ("\"...\", - отметил на заседании министр
# обороны РФ Сергей Иванов", "Как сообщил ранее журналистам помощник президента РФ ...").
_SAYING_BEFORE = knowledge().verbs("saying_abroad")


# A participle clause that gives the words of the sentence's subject: "Xi Jinping chaired the 18th SCO summit in Qingdao,
# calling for ...".
_SAYING_CLAUSE = knowledge().verbs("saying_clause")


@lru_cache(maxsize=1)
def _surname_says() -> re.Pattern:
    """A surname saying something ("Xi said", "..., Tokayev told reporters", "Jaishankar tweeted"); not an institution ("the
    Defense Ministry said")."""
    return re.compile(rf"(?<!the )\b(?!(?:{alternation(knowledge().institution_nouns)})\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)? "
                      rf"(?:said|told|{knowledge().verbs('posting')})\b")


# Addressing an audience or a meeting gives a speech ("Addressing the SCO summit, ...", "addressing his counterparts"), not
# addressing a problem ("addressing emerging security threats", "addressing climate change").
_ADDRESSING = (r"\baddressing\s+(?:[\w-]+\s+){0,5}?(?:meeting|summit|session|council|conference|forum|gathering|plenary|ceremony|event|"
               r"participants|leaders|counterparts|colleagues|delegates|delegations|heads|reporters|journalists|media|audience|you)\b")


# A speech still to come is no words given: "In his speech at the summit, the president is expected to touch upon ...",
# "In his speech the head of state will outline ...".
_TO_COME = r"[^.;]{0,120}?\b(?:will|is expected to|is to|is set to|is due to)\b"


def _reports_words(paragraphs: tuple[Paragraph, ...], by_name: dict[str, list[Candidate]]) -> bool:
    """Whether the text gives anyone's words: a speech in the first person, a speech delivered, a list put forward, or a
    name, a pronoun or "the minister" saying something ("Hu said", "the Vice President said", "He called for", "In his
    speech, ...", "Markovskaya told reporters")."""
    text = "\n".join(p.text for p in paragraphs)
    if _FIRST_PERSON.search(text) or _surname_says().search(text):
        return True
    if any(_PROPOSES.match(c.sentence, c.end) for cs in by_name.values() for c in cs):
        return True
    if any(unspaced_name(n) for n in by_name) and (_FIRST_PERSON_IN_SCRIPT.search(text) or any(_attribution_count(n, text) for n in by_name)):
        return True
    words = {w for n in by_name for w in [n, *n.split()] if surname_like(w)}
    # (the pattern without the text's own names is the same for every text, so it is compiled once, and the one with them
    # only when that finds nothing)
    return bool(_words_given().search(text) or words and re.search(rf"(?i:{_saying('|'.join(re.escape(w) for w in words))})", text))


def _saying(person: str) -> str:
    """A person (a name, "he", "the minister") saying something, or said to have: "Hu said", "according to the minister"."""
    # (an institution's words are no person's: "according to the press center of the Prosecutor General's Office")
    institution = rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(knowledge().institution_nouns)})\b"
    return (rf"\b(?:{person})\b(?:,[^,.;]{{1,80}},|,)?(?:\s+\w+){{0,3}}?\s+{_SAYING}\b|\b(?:{person})\b[^.;]{{0,150}}?\band\s+{_SAYING}\b"
            rf"|\b(?:{person})\b[^.;]{{0,150}}?,\s+{_SAYING_CLAUSE}\b|\b(?:said|according to|{_SAYING_BEFORE})\s+(?:the\s+)?+(?!{institution})(?:\w+\s+){{0,5}}?(?:{person})\b")


@lru_cache(maxsize=1)
def _words_given() -> re.Pattern:
    """Words given by a pronoun or an office ("he said", "the Vice President said"), or a speech given or delivered."""
    person = "|".join([r"he|she", rf"the\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(knowledge().office_nouns)})",
                       alternation(knowledge().office_nouns_in_russian)])
    return re.compile(rf"(?i:{_saying(person)}|\bin (?:his|her) (?:speech|address|remarks|statement)\b(?!{_TO_COME})|\b(?:speaking at|speaking to)\b"
                      rf"|{_ADDRESSING}|\b{knowledge().verbs('speech_abroad')}\b|\bdelivered\s+(?:\w+\s+){{0,2}}(?:speech|address|remarks)\b)")


@lru_cache(maxsize=1)
def _untitled_patterns() -> tuple[re.Pattern, ...]:
    """A person the text names with no listed title, as the one who speaks: "Nikolay Shulginov spoke at the meeting",
    "Faridoun Mahmadalizoda, a spokesman for the Ministry of Defense, says ...", "TASS quoted Bakhtier Khakimov, a special
    SCO envoy of the Russian President, as saying", "According to Aidar Abishev, National Coordinator ..., the parties ..."."""
    honorifics = alternation(knowledge().honorifics)
    apposition = r"(?:,\s+(?:a|an|the)\s+(?P<title>[^,]{3,80}?),?)?"
    # (the office may be written with no article after the name: "Sapar Isakov, head of the department of foreign policy in
    # the office of the Kyrgyz President, said", "Ali Shamkhani, Secretary of the Supreme National Security Council,
    # announced"; an office word must open it, see _untitled; the name after a closing quote or an agency's dash)
    bare = r"(?:,\s+(?P<office>[^,]{3,100}?),)?"
    return (re.compile(rf"^(?:(?:{honorifics})\s+)?(?P<name>{NAME}){apposition}\s+(?:\w+\s+){{0,2}}?(?:{_REPORTS})\b"),
            re.compile(rf"(?:^|,[\"”]\s+|^[A-Z]{{3,}}\s+[-–]\s+)(?:(?:{honorifics})\s+)?(?P<name>{NAME}){bare}\s+(?:\w+\s+){{0,1}}?(?:{_REPORTS}|announced)\b"),
            re.compile(rf"\bquoted\s+(?:(?:{honorifics})\s+)?(?P<name>{NAME}){apposition}\s+as\s+saying\b"),
            # "According to Aidar Abishev, National Coordinator of the Republic of Kazakhstan for SCO, the parties signed ..."
            re.compile(rf"\b[Aa]ccording\s+to\s+(?:(?:{honorifics})\s+)?(?P<name>{NAME})(?:,\s+(?:(?:a|an|the)\s+)?(?P<title>[^,]{{3,80}}?))?,"))


def _untitled(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """With no titled person, the first person named as saying something, with the office written beside the name."""
    for p in paragraphs:
        for sentence in sentences(p.text):
            for pattern in _untitled_patterns():
                m = pattern.search(sentence)
                if not m or trim_name(m["name"]) != m["name"] or any(w in title_words() for w in m["name"].split()):
                    continue
                if m["name"].lower() in knowledge().cities or m["name"].lower() in knowledge().countries:
                    continue
                if m["name"] in knowledge().credits or any(w in knowledge().institution_nouns for w in m["name"].split()):
                    continue  # an agency or an office is no person: "According to Mehr News Agency, ..."
                office = m.groupdict().get("office")
                if office and office.split()[0].capitalize() not in title_words():
                    continue  # "X, who arrived on Monday, said": no office
                return Speaker(m["name"], m.groupdict().get("title") or office), Evidence(sentence, "person named as saying")
    return None


UNTITLED_SAYINGS = 2  # how often a person named without a title must be reported saying something to outweigh the titled


_FULL_NAME = re.compile(rf"\b{NAME}\b")


def _untitled_sayer(text: str, by_name: dict[str, list[Candidate]]) -> tuple[Speaker, Evidence] | None:
    """The person named in full without a title whose words the text gives most often (at least twice): "... said
    Tokayev.", "Kassym-Jomart Tokayev highlighted ...", in a text whose titled people say nothing."""
    counts = Counter()
    for m in _FULL_NAME.finditer(text):
        name = m[0]
        if name in counts or name in by_name or not only_a_name(name) or any(w in NOT_NAME for w in name.split()):
            continue
        if name.lower() in knowledge().countries:
            continue
        counts[name] = _attribution_count(name, text)
    return _most_said(counts, text, "person named without a title as saying")


def _most_said(counts: Counter[str], text: str, rule: str) -> tuple[Speaker, Evidence] | None:
    """The person whose words the text gives most often (the first named between as many), if at least UNTITLED_SAYINGS."""
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda kv: (kv[1], -text.find(kv[0])))
    if count < UNTITLED_SAYINGS:
        return None
    return Speaker(name, None), Evidence(name, rule)


# A word before or after a verb of saying that may be a surname: "Xi said", "..., said Tokayev.", "Mr Nazarbayev said".
_SURNAME_BY_VERB = re.compile(rf"\b(?P<a>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{_SAYS}\b|\b{_SAYS}\s+(?:Mr\.?\s+|Ms\.?\s+)?(?P<b>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s*[.,]")
_HONOURED = r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+"


def _surname_sayer(text: str, by_name: dict[str, list[Candidate]]) -> tuple[Speaker, Evidence] | None:
    """The person a report names only by surname whose words it gives most often (at least twice, or once as "Mr
    Nazarbayev said"): "Xi said the bloc has entered ...", "..., said Tokayev." in a text that writes no full name beside
    them; the surname also stands inside a sentence ("..., Xi said"), so "Officials said" is no one, and not only after "the"
    ("the Leader of the Nation proposed" is an honorific style)."""
    k = knowledge()
    counts: Counter[str] = Counter()
    for m in _SURNAME_BY_VERB.finditer(text):
        word = m["a"] or m["b"]
        if (word in counts or not surname_like(word) or word in title_words() or word in k.adjectives
                or word.lower() in k.cities or word.lower() in k.countries or word in k.credits
                or any(word in name.split() for name in by_name)
                or not re.search(rf"(?:[a-z,] +|{_HONOURED})(?<!\bthe )(?<!\bThe ){re.escape(word)}\b", text)):
            continue
        counts[word] = _attribution_count(word, text) + (1 if re.search(rf"{_HONOURED}{re.escape(word)}\b", text) else 0)
    return _most_said(counts, text, "person named by surname as saying")


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
                if surname in title_words() or surname.lower() in knowledge().cities or surname.lower() in knowledge().countries:
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


def speaker(paragraphs: tuple[Paragraph, ...], has_headline: bool, briefing: bool = False) -> tuple[Speaker | None, Evidence | None]:
    """The person whose words the text reports, with evidence; None when no titled person is found. A speaker found
    without a title takes the office the lead names alone ("The President of Belarus has proposed ..."). In a briefing's
    text the one person titled as giving briefings (a spokesperson) is the speaker."""
    found, evidence = _speaker(paragraphs, has_headline, briefing)
    if found and found.title is None:
        office = next((m for p in paragraphs[:OFFICE_LEAD] for m in [_office_alone().search(p.text)] if m), None)
        if office:
            found = Speaker(found.name, strip_adjective(office[0].split(" ", 1)[1]))
    return found, evidence


@lru_cache(maxsize=1)
def _office_alone() -> re.Pattern:
    """An office named with "the" and no person after it: "The President of Belarus has proposed", "the President at the summit",
    "The Kazakh President highlighted" (the nationality no part of it); written with a capital, as an office named alone
    ("The Chinese president made a proposal" names the person, not an office)."""
    k = knowledge()
    offices = [t for t in k.titles if t[0].isupper()]
    return re.compile(rf"\b[Tt]he\s(?:(?:{alternation(k.adjectives)})\s+)?(?:{alternation(offices)})(?:\s+of\s+(?:the\s+)?(?:{alternation(k.country_names)}))?(?!\s+(?:[A-Z]|of\b)|[\w-])")


OFFICE_LEAD = 4  # the paragraphs where a report names its speaker's office


def _speaker(paragraphs: tuple[Paragraph, ...], has_headline: bool, briefing: bool = False) -> tuple[Speaker | None, Evidence | None]:
    by = byline(paragraphs) or name_over_title(paragraphs) or _possessive(paragraphs) or russian_heading(paragraphs) or transcript(paragraphs)
    if by:
        return by
    skip = 1 if has_headline else 0  # a headline's name is counted only when the text names nobody else
    candidates = titled_candidates(paragraphs, skip)
    if not candidates and skip:
        skip, candidates = 0, titled_candidates(paragraphs, 0)
    candidates = _quoted(paragraphs, candidates)
    if not candidates and not (signed := signature(paragraphs) or _captioned(paragraphs)):
        candidates = _quoted(paragraphs, _titled_surnames(paragraphs))
    if not candidates:
        text = "\n".join(p.text for p in paragraphs)
        return signed or _untitled(paragraphs) or _untitled_sayer(text, {}) or _surname_sayer(text, {}) or (None, None)
    by_name: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_name.setdefault(c.name, []).append(c)
    office = office_in_heading(paragraphs) if has_headline and len(by_name) > 1 else None
    holders = {c.name for c in candidates if office and c.title and strip_adjective(c.title) == office}
    briefers = {c.name for c in candidates if briefing and c.title and any(b in lower(c.title) for b in knowledge().briefers)}
    if len(holders) == 1:
        best = holders.pop()  # the one person holding the office the heading names
    elif len(briefers) == 1:
        best = briefers.pop()  # the spokesperson giving the briefing, not the minister it announces
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
        return signature(paragraphs) or _untitled(paragraphs) or (None, None)
    if _OPENS_AS_SPEECH.match(paragraphs[0].text) and not _attribution_count(best, "\n".join(p.text for p in paragraphs)):
        # a speech with no heading over it ("Ladies and gentlemen, ...") only mentions the people it names: "During the UN
        # Secretary General Ban Ki-moon's visit ..." is not its speaker, unless the text gives their words
        return signature(paragraphs) or (None, None)
    if not _attribution_count(best, text := "\n".join(p.text for p in paragraphs)) and (sayer := _untitled_sayer(text, by_name) or _surname_sayer(text, by_name)):
        return sayer  # the titled people are only mentioned ("the initiatives of President Xi"); another gives the words
    chosen = by_name[best]
    title = max((c.title for c in chosen if c.title), key=len, default=None)
    first = next(c for c in chosen if c.title == title)
    return Speaker(best, strip_adjective(title) if title else None), Evidence(first.sentence, first.rule)
