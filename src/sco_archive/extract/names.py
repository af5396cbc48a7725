"""Titled names: where a text names a person beside a title ("Foreign Minister Wang Yi", "Sergey Lavrov, Russia's
Foreign Minister,"), the candidates the speaker is chosen from (extract/people.py), and what a name is."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..dates import WEEKDAY_NAMES
from ..knowledge import UNSPACED, alternation, knowledge
from ..model import Paragraph
from .text import sentences

# A name word, or an initial with or without its dot ("S. Jaishankar", "S Jaishankar"; not the words "A" and "I"),
# or initials run together ("D.Y. Chandrachud")
NAME_WORD = r"(?:[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*|(?:[A-Z]\.){2,3}+|[A-Z]\.|(?![AI]\s)[A-Z](?=\s+[A-Z][a-z]))"


_PARTICLE = r"(?:bin|ibn|al-|el-|ul|de|van|von|da)"


NAME = rf"{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{NAME_WORD}){{1,3}}"


# Capitalised words that start a sentence or follow a title but are never part of a name.
WORDS = re.compile(r"[^\W\d_]{2,}")


NOT_NAME = {
    "The", "On", "In", "At", "And", "Of", "For", "With", "During", "Attends", "Attended", "Meeting", "Council",
    "Said", "Says", "Meets", "Calls", "Urges", "Holds", "Speaks", "Addresses", "Delivers", "Chairs", "Visits",
    "Shanghai", "Cooperation", "Organization", "Organisation", "Summit", "Foreign", "Ministers", "Minister",
    "President", "Premier", "State", "Heads", "Government", "Republic", "People's", "People’s", "China", "Russia",
    "Thank", "You", "Dear", "Colleagues", "Excellency", "Excellencies", "Friends", "Ladies", "His", "Her",
    *WEEKDAY_NAMES, "Local", "Time", "H.E.", "Mr.", "Ms.", "Mr", "Ms", "Mrs", "Mrs.", "Dr.", "Dr",
    "Full", "Text", "Speech", "Remarks", "Address", "Statement", "Transcript", "Shri", "Smt.", "By",
    # a page's rubric over a headline ("Special Report: President Hu visits two nations") is no speaker's turn
    "Report", "Special", "Exclusive", "Live", "Update", "Video", "Photo", "Analysis", "Commentary", "Opinion", "Editorial",
    # a region over a headline ("Central Asia: Meeting In Tashkent, ...")
    "Asia", "Eurasia", "Europe",
}


# A name addressed: opening with a form of address ("Your Excellency Emomali Rahmon"), or after one or after words of
# meeting or thanking within two words ("Dear President Putin", "thanked Prime Minister ..."; data/titles.yml, verbs.yml)
ADDRESS_WORDS = re.compile("(?i:" + knowledge().forms_of_address() + r")\s")
VOCATIVE_BEFORE = re.compile("(?:" + knowledge().forms_of_address() + "|" + knowledge().verbs("meeting_or_thanking") + r")\s+(?:\w+\s+){0,2}$", re.I)


# ... but "with" before a person who then speaks is no meeting: "India hosted the meeting on Monday, with Union minister
# G Kishan Reddy emphasising the importance of ..."
SPEAKING_AFTER = re.compile(r"\s+(?:saying|stressing|emphasi[sz]ing|noting|calling|urging|underlining|highlighting|telling|stating|pointing out)\b")


# A person named as the one who chaired or hosted ("chaired by Secretary ... Nikolai Patrushev") is only named.
MERELY_NAMED = re.compile(r"\b(?:(?:chaired|hosted|presided over|co-chaired|moderated|opened|received|welcomed|led|attended) by|under the (?:chairmanship|chairpersonship|presidency) of)\s+(?:the\s+)?(?:\w+['’]s\s+)?$", re.I)


# ... or as one who was there and did nothing else in the sentence ("SCO Deputy Secretary-General Sokhail Khan took part
# in the event.", "Kyrgyz Prosecutor General Otkurbek Dzhamshitov chaired the meeting.", "..., and Russia's Minister of
# Culture Vladimir Medinsky, took part in the meeting.")
MERELY_PRESENT = re.compile(r",?\s+(?:also\s+)?(?:took part|participated|was present|were present|chaired|co-chaired|presided over)\s+(?:in\s+)?(?:the|this)\s+(?:\w+\s+){0,3}?(?:meeting|event|session|summit|conference|talks)\s*[.;]")


LISTED = 3


LIST_OPENS = re.compile(r":|\b(?:with|by|including|included|were|among them)\b")


@dataclass(frozen=True)
class Candidate:
    name: str
    title: str | None
    paragraph: int  # the index of its paragraph
    number: int  # the index of its sentence in the paragraph
    sentence: str
    rule: str
    merely_named: bool = False  # "chaired by <title> <name>": named, not quoted
    end: int = 0  # where the name ends in the sentence


def title_pattern(ministries: bool = True) -> str:
    """A title as written before or after a name, its country included ("Minister of Energy of the Republic of
    Uzbekistan"): "Member of the Political Bureau ... and Foreign Minister", "Deputy Prime Minister and Foreign
    Minister", "Deputy Prime Minister – Minister of Foreign Affairs"; "Acting" before any title is part of it
    ("Acting Minister of Foreign Affairs", "acting President"); with `ministries`, a ministry the titles do not list."""
    k = knowledge()
    titles, countries, party = alternation(k.titles), alternation(k.country_names), alternation(k.party_posts)
    # (an envoy's country and where they serve: "Ambassador Extraordinary and Plenipotentiary of the PRC to the Kyrgyz Republic",
    # or its capital: "Tajikistan's Ambassador to Tehran Nizomuddin Zohidi")
    capitals = alternation(sorted(set(k.capitals.values())))
    of_country = rf"(?:\s+of\s+(?:the\s+)?(?:{countries}))?(?:\s+to\s+(?:the\s+)?(?:{countries}|{capitals}))?"
    listed = rf"{titles}|{ministry()}|{spokesperson_for()}" if ministries else titles
    return rf"(?:(?:{party})\s+and\s+)?(?:[Aa]cting\s+)?{_prefix()}(?:{listed})(?:(?:\s+(?:and|–|—)\s+|/)(?:{titles}|{party}))?{of_country}"


def spokesperson_for() -> str:
    """A foreign ministry's spokesperson with the ministry written out after the office, its country's adjective inside:
    "the official spokesman for the Russian foreign ministry", "the spokesperson for the Kazakh Foreign Ministry"."""
    k = knowledge()
    return (rf"(?:[Oo]fficial\s+)?[Ss]pokes(?:man|woman|person)\s+(?:for|of)\s+the\s+(?:{alternation(k.adjectives)}\s+)?"
            + alternation(k.foreign_ministry))


def ministry() -> str:
    """A ministry the titles do not list, written out before the name: "Minister of Digital Development Maksut Shadiyev",
    "Minister of Industry and Trade of the Russian Federation Denis Manturov" (the name then takes its last two words;
    an honorific is no word of the ministry: "... Natural Gas Shri Murli Deora")."""
    word = rf"(?!(?:{alternation(knowledge().honorifics)})\s)[A-Z][a-z]+"
    return rf"{_prefix()}Minister\s+(?:of|for)\s+(?:the\s+)?{word}(?:(?:,\s+|\s+and\s+|\s+){word}){{0,5}}"


@lru_cache(maxsize=1)
def _ministry_head() -> re.Pattern:
    return re.compile(rf"{_prefix()}Minister\s+(?:of|for)\s+(?:the\s+)?")


def _prefix() -> str:
    """A word before a title that is part of it ("Union", "Federal": `prefixes` in titles.yml), optional."""
    return rf"(?:{alternation(knowledge().title_prefixes)}\s+)?"


def office_end(title: str, name: str) -> tuple[str, str]:
    """Where a ministry written out before a name ends: at its last field word (titles.yml's `ministry_fields` and its
    titles' words), so a three-word name keeps the first word the pattern gave the office ("Union Minister of Agriculture
    Narendra Singh Tomar", not "... Agriculture Narendra" / "Singh Tomar"). A ministry the data does not know the field
    of, or one listed as a title, is left as matched."""
    k = knowledge()
    head = _ministry_head().match(title)
    if title in k.titles or not head or not re.fullmatch(ministry(), title):
        return title, name
    field = title[head.end():].split()
    known = [i for i, w in enumerate(field) if w.strip(",") in k.ministry_fields]
    rest = field[known[-1] + 1:] if known else []
    if not rest or len(rest) + len(name.split()) > 4 or any(w == "and" or w.endswith(",") or w in k.ministry_fields for w in rest):
        return title, name
    return title[: head.end()] + " ".join(field[: known[-1] + 1]), " ".join([*rest, name])


@lru_cache(maxsize=1)
def titled_name_patterns() -> tuple[re.Pattern, re.Pattern]:
    k = knowledge()
    adjectives, countries = alternation(k.adjectives), alternation(k.country_names)
    honorifics = alternation(k.honorifics)
    title = title_pattern()
    # a title written in lower case ("acting President", "external affairs minister") may start there
    lower = "(?:" + alternation({"acting", *(t.split()[0] for t in k.titles if t[:1].islower())}) + r")\b"
    before = re.compile(
        rf"\b(?=[A-Z]|{lower})(?:(?:{adjectives})\s+)?(?P<title>{title})(?:\s+\([A-Z]{{2,5}}\))?,?\s+(?:(?:{honorifics})\s+)?(?P<name>{NAME})(?=\s+[a-z(]|\s*[,.;:’']|\s*$)"
    )
    # (a comma may part the title from an honorific, or from a name in apposition: "Minister of State for Culture, Shri
    # Arjun Ram Meghwal", "the President of Kazakhstan, Kassym-Jomart Tokayev, stated")
    # after the name, the country may own the title: "Sergei Lavrov, Russia's Foreign Minister, told"
    after = re.compile(
        rf"\b(?=[A-Z])(?:(?:{honorifics})\s+)?(?P<name>{NAME}),\s+(?:the\s+)?(?:(?:{adjectives})\s+|(?:{countries})['’]s\s+)?(?P<title>{title})(?:,|\.?$|\.\s)"
    )
    return before, after


# A name in Cyrillic on a Russian page: two or three words, or an initial and a surname ("Сергей Иванов", "Д. Кейн"), or
# one or two initials run into the surname, as the Kremlin, the Government and the foreign ministry write them ("В.Путин",
# "С.В.Лавров").
CYRILLIC_NAME = (r"(?:(?:[А-ЯЁ][а-яёъь]+|[А-ЯЁ]\.)(?:\s+[А-ЯЁ][а-яёъь]+(?:-[А-ЯЁ][а-яёъь]+)?){1,2}"
                 r"|(?:[А-ЯЁ]\.){1,2}[А-ЯЁ][а-яёъь]+(?:-[А-ЯЁ][а-яёъь]+)?)")


@lru_cache(maxsize=1)
def russian_titled_pattern() -> re.Pattern:
    """A Russian page's title before a name in Cyrillic, the office's country after it part of the title ("министр
    обороны России Сергей Иванов", "Президент Республики Таджикистан Эмомали Рахмон"): titles.yml's `russian_titles`,
    places.yml's `owner_in_russian`."""
    k = knowledge()
    return re.compile(rf"(?<![\w-])(?P<title>(?:{alternation(k.russian_titles)})(?:\s+(?:{alternation(k.russian_countries)}))?)"
                      rf"\s+(?P<name>{CYRILLIC_NAME})(?=\s+[а-яё(«\d-]|\s*[,.;:»]|\s*$)")


# A name in a script that does not space its words: two to six characters (a foreign name's parts joined by a middle dot).
_HAN = r"[\u3400-\u9fff]"
SCRIPT_NAME = rf"{_HAN}{{2,6}}?(?:[·•]{_HAN}{{1,6}}?)?"


@lru_cache(maxsize=1)
def script_titled_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A title next to a name on a page in Chinese or Japanese, the title first ("国务院总理李克强", "国务委员兼外交部长王毅",
    "中华人民共和国主席 习近平") or after the name ("李克強總理在…", "劉建超報道官は"): titles.yml's titles_in_other_scripts,
    each perhaps after its body and joined to another by "兼" or "、". The name ends where its script does or where a word that
    follows names does (verbs.yml: "表示", "在", "出席" …)."""
    k = knowledge()
    office = rf"(?:{alternation(k.script_title_bodies)})?(?:{alternation(k.script_titles)})"
    title = rf"(?P<title>{office}(?:[兼、]{office})*)"
    after = _after_names()
    # (no name opens with a word that follows names, with another office or with a word that is no name: "總理在會上",
    # "国务委员兼外长", "外长会议")
    return (re.compile(rf"{title}\s?(?!{after}|{office}|[兼、]|{alternation(k.script_not_names)})(?P<name>{SCRIPT_NAME})(?=$|(?!{_HAN})|{after})"),
            re.compile(rf"(?<!{_HAN})(?P<name>{SCRIPT_NAME}){title}(?=$|(?!{_HAN})|{after})"))


def _after_names() -> str:
    """The words that follow a name on a page in Chinese (verbs.yml: "表示", "在", "出席" …), as one regex group."""
    return knowledge().verbs("saying_in_other_scripts", "news_in_other_scripts", "after_names_in_other_scripts")


def unspaced_name(name: str) -> bool:
    """A name written in a script that does not space its words ("李克强")."""
    return bool(re.fullmatch(SCRIPT_NAME, name))


def _written_alone(name: str, text: str) -> bool:
    """Whether the text writes a name found before its title without the title too, before a word that follows names
    ("李克强表示", "王毅在…"): the title after it cannot tell where the name begins ("俄总检察长表示" names no "俄总")."""
    return bool(re.search(rf"(?<!{_HAN}){re.escape(name)}(?:{_after_names()})", text))


def trim_name(name: str) -> str:
    """Drop trailing words that cannot be part of a name ("Wang Yi Attends" -> "Wang Yi")."""
    words = name.split()
    for i, w in enumerate(words):
        if w.endswith(("'s", "’s")):  # "Imran Khan's Address" -> "Imran Khan"
            words = words[:i] + [w[:-2]]
            break
    while len(words) > 1 and words[-1] in NOT_NAME:
        words.pop()
    while words and words[0] in NOT_NAME:
        words.pop(0)
    return " ".join(words)


def titled_candidates(paragraphs: tuple[Paragraph, ...], skip: int, addressed: bool = False) -> list[Candidate]:
    """Every titled name in the paragraphs after the first `skip`, in text order; people addressed or met ("Your
    Excellency President Putin", "spoke with Secretary-General ... Zhang Ming") only when `addressed`."""
    before, after = titled_name_patterns()
    found: list[Candidate] = []
    whole = ""
    for index in range(skip, len(paragraphs)):
        text = paragraphs[index].text.replace(" & ", " and ")
        for number, sentence in enumerate(sentences(text)):
            # (a sentence with no character of a script that does not space its words is not read for its names: most are not)
            scripts = ((script_titled_patterns()[0], "title before name"), (script_titled_patterns()[1], "name before title")) if UNSPACED.search(sentence) else ()
            for pattern, rule in ((before, "title before name"), (after, "name, title"), (russian_titled_pattern(), "title before name"), *scripts):
                for m in pattern.finditer(sentence):
                    if not addressed and ((VOCATIVE_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()])
                                           and not SPEAKING_AFTER.match(sentence, m.end("name")))
                                          or ADDRESS_WORDS.match(m["name"])):  # "Your Excellency Emomali Rahmon, President ..."
                        continue
                    title, name = office_end(m["title"], trim_name(m["name"]))
                    if len(name.replace(".", ". ").split()) < 2 and not unspaced_name(name):  # (an initial joined to the surname is a word: "С.Хан", "В.В.Путин")
                        continue
                    if rule == "name before title" and not _written_alone(name, whole := whole or "\n".join(p.text for p in paragraphs)):
                        continue
                    named = bool(MERELY_NAMED.search(sentence[max(0, m.start() - 60) : m.start()])
                                 or MERELY_PRESENT.match(sentence, m.end("name")))
                    found.append(Candidate(name, title, index, number, sentence, rule, named, m.end("name")))
    # a sentence naming LISTED or more titled people is a list of those taking part: each of them named after the list's
    # opening ("were:", "attended by", "with") is merely named there ("President Xi Jinping attended the meeting with
    # President Nursultan Nazarbayev of Kazakhstan, ...": Xi, before it, is not)
    names_in: dict[tuple[int, int], set[str]] = {}
    for c in found:
        names_in.setdefault((c.paragraph, c.number), set()).add(c.name)

    def listed(c: Candidate) -> bool:
        if len(names_in[c.paragraph, c.number]) < LISTED:
            return False
        cue = LIST_OPENS.search(c.sentence)
        return bool(cue) and c.sentence.find(c.name) > cue.start()

    return [replace(c, merely_named=True) if listed(c) else c for c in found]


def first_titled_name(text: str) -> str | None:
    """The first person the text names with a title ("Chinese Premier Li Keqiang, who spoke before ...")."""
    m = titled_name_patterns()[0].search(text)
    return office_end(m["title"], trim_name(m["name"]))[1] if m else None


def position(paragraphs: tuple[Paragraph, ...], skip: int, candidate: Candidate) -> int:
    """How many sentences come before the candidate's, counted from paragraph `skip` (as candidates
    splits them); worked out only when names are weighed."""
    before = sum(len(sentences(p.text.replace(" & ", " and "))) for p in paragraphs[skip : candidate.paragraph])
    return before + candidate.number


def strip_adjective(title: str) -> str:
    """'Chinese Foreign Minister' -> 'Foreign Minister' (a nationality; 'SCO Secretary-General' keeps its 'SCO')."""
    first, _, rest = title.partition(" ")
    return rest if rest and first in knowledge().adjectives else title


# Two-letter words that are English, not surnames ("He said" is a pronoun; "Xi said", "Li said" are people).
SHORT_WORDS = {"He", "It", "In", "On", "At", "As", "We", "If", "Of", "To", "By", "An", "Or", "So", "No", "Do", "Go", "Up", "Us", "My", "Be", "Is", "Me"}


def surname_like(word: str) -> bool:
    """A word of a name that can stand for the person alone ("Jinping", "Xi"; not "S." or "He")."""
    return not word.endswith(".") and (len(word) > 2 or (len(word) == 2 and word.istitle() and word not in SHORT_WORDS))


def titled_in_text(paragraphs: tuple[Paragraph, ...], name: str) -> str | None:
    """The fullest title the text writes beside `name` (also where the person is addressed or met: "CGTN spoke with
    Secretary-General of the Shanghai Cooperation Organization Zhang Ming")."""
    titled = [c.title for c in titled_candidates(paragraphs, 0, addressed=True) if c.name == name and c.title]
    return strip_adjective(max(titled, key=len)) if titled else None


def only_a_name(text: str) -> bool:
    """Whether a name as matched is a person's name whole: nothing trimmed off it ("Curated By"), no city, nor a city's word
    ("New Delhi"; "the summit in Bishkek August 16 emphasized" names no "Bishkek August"), and no word of a title or a
    nationality ("Kyrgyz Ambassador: SCO summit in Bishkek will be historic" is a headline)."""
    k = knowledge()
    return (trim_name(text) == text and text.lower() not in k.cities
            and not any(w in title_words() or w in k.adjectives or w.lower() in k.cities for w in text.split()))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words of titles and honorifics, which open no name ("Prime Minister Narendra Modi" -> "Narendra Modi"; a Russian page's
    "Президент России:" is no transcript turn)."""
    k = knowledge()
    return frozenset(w for t in [*k.titles, *k.russian_titles, *k.honorifics] for w in t.split()) | NOT_NAME
