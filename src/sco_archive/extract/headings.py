"""Speakers a text signs in its furniture rather than in its sentences: a byline ("Remarks by H.E. Xi Jinping"), a
name over its office at the head of a speech, a signature under the closing thanks, and transcript turns ("Guo Jiakun:
..."). extract/people.py weighs these against the titled names the sentences report."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import dates
from ..knowledge import alternation, knowledge, lower
from ..model import Evidence, Paragraph, Speaker
from .names import CYRILLIC_NAME, NAME, NAME_WORD, WORDS, only_a_name, strip_adjective, title_pattern, titled_in_text, trim_name


# A byline: "[Full text of ][the ][Opening ]Remarks by [title] [H.E.] Name[, title][ at ...]".
@lru_cache(maxsize=1)
def _byline_pattern() -> re.Pattern:
    honorifics = alternation(knowledge().honorifics)
    return re.compile(
        # (or an article's byline that names its author's office: "By the Minister of Foreign Affairs of ... H.E. Mr. X.")
        r"^(?:(?:English rendering of |Full text of |Text of )?(?:the )?(?:Opening |Keynote |Closing )?(?:Remarks|Speech|Address|Statement|Keynote Speech|Interview)(?: delivered)? (?:by|of) (?:the )?|(?P<by>By) (?:the )?)"
        rf"(?:(?P<pre>[A-Z][\w-]*(?: (?:of|the|and|for))*(?: ?[A-Z][\w-]*(?: (?:of|the|and|for))*){{0,6}}) )??(?:(?:{honorifics})\s?){{0,3}}(?P<name>{NAME})"
        # a title after the name ends at the next comma or at "at/to/on/during" (the occasion)
        r"(?:\s*+,\s*+(?P<title>[^,]+?)(?:\s*+,.*|\s++(?:at|to|on|during)\s.*)?|\s++(?:at|to|on|during)\s+.*)?\.?$"
    )


@lru_cache(maxsize=1)
def _honorific_in() -> re.Pattern:
    """An honorific written as a word of its own inside a heading's title part ("... Minister Makhdoom Shah")."""
    return re.compile(r"(?<!\S)(?:" + alternation(knowledge().honorifics) + r")(?!\S)")


@lru_cache(maxsize=1)
def _title_then_names() -> re.Pattern:
    """A byline's words before the name that run on from a title into the name's first words: "Foreign Minister
    Bilawal" before "Bhutto Zardari" (the name pattern takes at most four words, so a long name is cut there)."""
    adjectives = alternation(knowledge().adjectives)
    # (a listed title only: a ministry written out would take the rest of its own name, "Minister of Foreign" + "Affairs")
    return re.compile(rf"^(?P<title>(?:(?:{adjectives})\s+)?{title_pattern(ministries=False)})\s+(?P<names>{NAME_WORD}(?:\s+{NAME_WORD})*)$")


def byline(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
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
            continue  # "Statement by External Affairs Minister at ...": a headline that names no person (see office_in_heading)
        pre = pre or lead_title
        # (the title may follow a nationality adjective: "Interview of Russian Minister of Foreign Affairs Sergey Lavrov")
        title = m["title"] or (pre if pre and any(strip_adjective(pre).startswith(t) for t in knowledge().titles) else None)
        if m["by"] and not (title and any(strip_adjective(title).startswith(t) for t in knowledge().titles)):
            continue  # a journalist's byline, "By Li Wei, Xinhua": no office on its own line, no speaker
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
        # (or the speech's own byline under a page's headline: "Speech by Chinese Premier Li Wei at ..." over "Speech by
        # H.E. Li Wei" / "Premier of the State Council of ...")
        again = byline(paragraphs[index + 1 : HEAD_LINES]) if title else None
        if again and again[0].name == name and again[0].title and len(again[0].title) > len(title) \
                and again[0].title.startswith(title.split(" of ")[0]):
            title = again[0].title
        return Speaker(name, title), Evidence(p.text + (f" / {title}" if title else ""), "byline")
    return None


HEAD_LINES = 8  # the lines at the head of a speech where its speaker is signed


def _name_line(text: str) -> bool:
    """A line that is a person's name and nothing else (a speech's signature or byline: "Cai Wu", "Narendra Modi")."""
    return re.fullmatch(NAME, text) is not None and only_a_name(text)


def name_over_title(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """A speech's heading signed with the name on a line of its own over the office ("Cai Wu" / "Minister of Culture, the
    People's Republic of China"), or with the name and the office on one line ("H.E. Li Wei, Premier of the State Council
    of ...")."""
    for p, below in zip(paragraphs[: HEAD_LINES - 1], paragraphs[1:HEAD_LINES]):
        office = below.text
        if _name_line(p.text) and _an_office(office):
            return Speaker(p.text, office), Evidence(f"{p.text} / {office}", "name over its office")
        # (not a transcript turn: "Name, Office:")
        if (m := _name_comma_office().fullmatch(p.text)) and _name_line(m["name"]) and _an_office(m["office"]) and not p.text.endswith(":"):
            return Speaker(m["name"], m["office"]), Evidence(p.text, "name and office on a line of their own")
    return None


def _an_office(text: str) -> bool:
    """A line (or its part) that is an office and no sentence: "Minister of Culture, the People's Republic of China"."""
    return len(text) <= 120 and not text.endswith((".", "!", "?")) and any(text.startswith(t) for t in knowledge().titles)


@lru_cache(maxsize=1)
def _name_comma_office() -> re.Pattern:
    """A head line "[honorific] Name, Office" (the office checked by _an_office)."""
    return re.compile(rf"(?:(?:{alternation(knowledge().honorifics)})\s?)?(?P<name>{NAME}),\s+(?P<office>[A-Z].*)")


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


def office_in_heading(paragraphs: tuple[Paragraph, ...]) -> str | None:
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


def signature(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """A speech signed with its speaker's name on a line of its own under its closing thanks ("Thank you." /
    "Narendra Modi" / "Qingdao"), with the office its heading names ("Prime Minister's Statement at ...")."""
    for index in range(len(paragraphs) - 1, max(len(paragraphs) - 1 - SIGNATURE_FROM_END, 0), -1):
        text = paragraphs[index].text
        if _name_line(text) and _THANKS.match(paragraphs[index - 1].text):  # (not an author's name under a news report)
            return Speaker(text, office_in_heading(paragraphs)), Evidence(text, "signature under the speech")
    return None


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
    # (a Russian transcript's turn in Cyrillic: "В.Путин:", "С.В.Лавров:")
    return re.compile(rf"^(?:{title}(?:\s*+,)?\s++)?(?:(?:{honorifics})\s+)?(?P<name>{NAME}|{CYRILLIC_NAME}){after}:\s")


LABEL_LINE = 120  # a turn's label alone on its line is short


_WEEKDAY_FIRST = re.compile(rf"(?:{dates.WEEKDAY_STAMP.pattern}),?\s+")


def _stamp_at(text: str, at: int) -> bool:
    """Whether the words after a label open with a date or a time ("June 26, 2025 09:28:10 IST", "Monday, November 4",
    "11:46 - 16 Oct"): the label is a page's stamp, not a person's turn."""
    start = m.end() if (m := _WEEKDAY_FIRST.match(text, at)) else at
    return bool(dates.TIME.match(text, start)) or any(hit.start == 0 for hit in dates.find_dates(text[start : start + 40]))


SENTENCE_WORDS = 5


def _floor_given(turns_at: list, name: str) -> bool:
    """Two people with one turn each, the first a spokesperson (data/titles.yml `briefers`) giving the floor to the other
    ("Shri Anil Rao, Official Spokesperson: ... may I request you to make opening remarks." over "Shri Kiran Mehta, Foreign
    Secretary: Thank you ..."): the other, who says most, is the speaker."""
    host, _ = turns_at[0]
    title = lower(host["title"] or host["title_after"] or "")
    return (len({m["name"] for m, _ in turns_at}) == 2 and host["name"] != name
            and any(b in title for b in knowledge().briefers))


def transcript(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
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
    # (and "Last Updated: June 26, 2025 09:28:10 IST" a label with a stamp)
    turns_at = [(m, t) for m, t in turns_at if only_a_name(m["name"]) and not _stamp_at(t, m.end())]
    if not turns_at:
        return None
    turns = Counter(m["name"] for m, _ in turns_at)
    words = Counter()
    for m, t in turns_at:
        words[m["name"]] += len(WORDS.findall(t, m.end()))
    # the most turns; between as many, the one who says most (the official who briefs, not the host who gives the floor)
    name, count = sorted(turns.items(), key=lambda kv: (-kv[1], -words[kv[0]], kv[0]))[0]
    if count < 2 and len(turns) > 1 and not _floor_given(turns_at, name):
        return None
    first, text = next((m, t) for m, t in turns_at if m["name"] == name)
    given = first["title"] or first["title_after"]
    # the fullest title: the turn's own or one the text writes beside the name ("Zhang Deguang, Secretary-General of the
    # Shanghai Cooperation Organization," under a turn "SCO Secretary-General Zhang Deguang:")
    title = max(filter(None, [strip_adjective(given) if given else None, titled_in_text(paragraphs, name)]), key=len, default=None)
    return Speaker(name, title), Evidence(text[:200], "transcript turns")


@lru_cache(maxsize=1)
def _russian_heading_pattern() -> re.Pattern:
    """A Russian heading naming its speaker in the genitive: "Выступление Министра иностранных дел Российской Федерации
    С.В.Лаврова на ...", "Стенограмма выступления В.В.Путина:" (data/titles.yml russian_headings, russian_titles_genitive)."""
    k = knowledge()
    title = rf"(?P<title>{alternation(k.russian_titles_genitive)})(?:\s+(?P<owner>{alternation(k.russian_countries)}))?"
    return re.compile(rf"^(?:{alternation(k.russian_headings)})\s+(?:{title}\s+)?(?P<name>{CYRILLIC_NAME})(?=[\s:,.]|$)")


# A Russian name's genitive ending and its nominative: "Сергея" -> "Сергей", "Марии" -> "Мария", "Захаровой" -> "Захарова",
# "Валентины" -> "Валентина", "Лаврова" -> "Лавров" (an ending after a consonant); any other word is as written ("Шойгу").
_GENITIVE_ENDINGS = (("ия", "ий"), ("ея", "ей"), ("ая", "ай"), ("ии", "ия"), ("ой", "а"), ("ы", "а"))
_CONSONANT_A = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")


def _nominative(word: str) -> str:
    initials, surname = re.fullmatch(r"((?:[А-ЯЁ]\.\s?)*)(.*)", word).groups()
    for genitive, nominative in _GENITIVE_ENDINGS:
        if surname.endswith(genitive) and len(surname) > len(genitive) + 1:
            return initials + surname[: -len(genitive)] + nominative
    return initials + _CONSONANT_A.sub("", surname)


RUSSIAN_HEADING_LINES = 20  # as for a possessive headline: a heading, or a line introducing the speech under a lead


def russian_heading(paragraphs: tuple[Paragraph, ...]) -> tuple[Speaker, Evidence] | None:
    """The speaker a Russian heading names in the genitive, in the nominative: "Выступление и ответы на вопросы СМИ Министра
    иностранных дел Российской Федерации С.В.Лаврова ..." -> С.В.Лавров, Министр иностранных дел Российской Федерации."""
    for index, p in enumerate(paragraphs[:RUSSIAN_HEADING_LINES]):
        m = _russian_heading_pattern().match(p.text)
        if m and (index < 3 or p.text.endswith(":")):
            name = " ".join(_nominative(w) for w in m["name"].split())
            title = knowledge().russian_titles_genitive[m["title"]] if m["title"] else None
            return Speaker(name, f"{title} {m['owner']}" if title and m["owner"] else title), Evidence(p.text[:200], "Russian heading naming the speaker")
    return None
