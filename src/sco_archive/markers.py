"""List markers: the bullet or number that starts a list item ("- ", "• ", "✅ ", "1. ", "(b) ", "IV. "), and the
words that number items ("First,", "Secondly", "One is to ...", "Point 1:", "He first proposed ...").

Shared by clean (an item starts a paragraph of its own) and the proposals extractor (the items' numbers).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .knowledge import alternation, knowledge, lower

LIST_MARKER = re.compile(r"^(?:(?P<bullet>[-–—•*·▪►✅✔☑➤▶●■◆➢❖◾◦○▸‣→⁃□✓➔]+)|\(?(?P<number>\d{1,2}|[a-j]|[IVX]{1,4}|[ivx]{1,4})(?:[.)]|(?<=\d)-))\s+")
_ROMAN_DIGITS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
MAX_ROMAN_MARKER = 10  # a list marker counts to X


def roman(numeral: str) -> int | None:
    """'XIV' -> 14, for numerals up to XXXIX; None for what is no well-formed numeral ('IIII', 'VX')."""
    value, rest = 0, numeral
    for n, letters in _ROMAN_DIGITS:
        while rest.startswith(letters):
            value, rest = value + n, rest[len(letters) :]
    return value if value and not rest and _written(value) == numeral else None


def _written(value: int) -> str:
    out = ""
    for n, letters in _ROMAN_DIGITS:
        count, value = divmod(value, n)
        out += letters * count
    return out


def list_number(token: str) -> int | None:
    """The number a marker's token stands for: '1' -> 1, 'b' -> 2, 'IV' -> 4, 'iii' -> 3 ('IIII' -> None).

    Letters run from 'a' to 'j' (LIST_MARKER's letters); a lone 'i' is the roman one that opens "i) ii) iii)", not the
    letter after 'h' (a list of nine lettered items is rarer than a roman list), and 'v' and 'x' are roman ("(v)" after
    "(iv)")."""
    if token.isdigit():
        return int(token)
    if len(token) == 1 and "a" <= token <= "j" and token != "i":
        return ord(token) - ord("a") + 1
    value = roman(token.upper())
    return value if value and value <= MAX_ROMAN_MARKER else None


@lru_cache(maxsize=1)
def ordinal_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A list marker at a paragraph's start ("The second task stipulates improving ..." too), and one inside a paragraph (a space in an ordinal: any whitespace); a quotation
    may open before it ("\"First, we must ...", a quotation running over several paragraphs)."""
    words = alternation(knowledge().ordinals).replace("\\ ", r"\s+")
    at_start = re.compile(
        rf"^[\"“«]?(?:(?:And|Also)\s+)?(?:(?:The|the)\s+({words})\s+(?:(?:task|step)\s+(?:stipulates|envisages|involves|is)\s+(?:that\s+)?"
        # (a report may say whose it is before "is": "The first task he proposed is that ...", "The second priority, the
        # Chinese president said, is that ...")
        rf"|(?:task|step|point|proposal|suggestion|priority|area|one)(?:,\s+(?:(?:[\w-]+\s+){{1,4}}?(?:said|noted|added|stressed)|according\s+to\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+),|\s+(?:he|she)\s+"
        rf"(?:proposed|mentioned|suggested|put\s+forward|raised|outlined|named|listed))\s+is\s+(?:that\s+)?"
        # ("The first direction is security: ...", as translated speeches name their areas; "The first of them is to ...")
        rf"|(?:point|proposal|suggestion|priority|area|thing|direction|avenue|track|goal|objective|measure|initiative|idea)\b"
        rf"(?:[^,:.;!?]{{0,60}}?\s+is\b(?:\s+that\b)?|\s*[:,])|(?:one\s+|of\s+(?:them|these)\s+)?is\b(?:\s+that\b)?)"
        # (or a full stop, as a translated speech heads its items: "First. The Afghan problem cannot be solved ...")
        rf"|({words})(?:ly)?(?:\s+of\s+all|\s+and\s+foremost|\s+but\s+not\s+least)?\s*(?:,|:|—|–|\s-\s|\.(?=\s+[A-Z\"“]))"
        # a heading of its own: "First proposal: deepen ...", "Second point — trade."
        rf"|({words})\s+(?:point|proposal|suggestion|priority|area|initiative)\s*(?::|—|–|\s-\s)"
        # ("First in the list is cooperation on ...", "Second on our list is ...")
        rf"|({words})\s+(?:in|on)\s+(?:the|our|my|this)\s+list\s+is\s+(?:that\s+)?)"
        rf"(?:\s*and\s+(?:most\s+important(?:ly)?|above\s+all|finally|lastly|last(?:ly)?)\s*,)?\s*",
        re.I,
    )
    # (the spaces before a marker are possessive: a long run of them is not read again for every length)
    # (a quotation may open with the first: "\"First, we must ... Second, ...,\" Tokayev said.")
    inline = re.compile(rf"(?:^[\"“«]?|[.;:,]?\s++)(?:and\s+)?(?:the\s+)?({words})(?:ly)?(?:\s+of\s+all)?\s*(?:,|:|\s+is\s+)\s*", re.I)
    return at_start, inline


@lru_cache(maxsize=1)
def ordinal_adverbs() -> re.Pattern:
    """Ordinal adverbs without a comma, two or more in a sentence: "the SCO should firstly deepen ..., secondly expand ..."
    (one alone is inside the first item: "He urged the members to firstly give priority to ...")."""
    words = alternation(w for w, n in knowledge().ordinals.items() if " " not in w)
    return re.compile(rf"(?:^|[,;]?\s++)(?:and\s+)?({words})ly\s++(?=[a-z])", re.I)


@lru_cache(maxsize=1)
def narrated_ordinal() -> re.Pattern:
    """An ordinal told inside a report's sentence, a few words into it: "He first proposed ...", "Raisi's second proposal
    was that ...", "In his third proposal, the Iranian president urged ..." (the sentence is the item, marker and all)."""
    words = alternation(w for w, n in knowledge().ordinals.items() if isinstance(n, int)).replace("\\ ", r"\s+")
    return re.compile(rf"(?:[^.!?;:\s][^.!?;:]{{0,60}}?\s)?({words})(?:ly)?\s+(?:(?:proposal|suggestion|initiative|recommendation|idea)s?\b"
                      rf"|(?:proposed|suggested|urged|recommended|proposes|suggests|urges|(?:called|calls) (?:for|on))\b)", re.I)


# A parenthesised number inside a sentence: "China proposes that the member states (1) ...; (2) ...; and (3) ...".
# (or a figure with a dot or a bracket after a colon, a semicolon or a full stop: "in four areas: 1. Iran is ready ...;
# 2. The Chabahar port ...", "Bakiyev made five proposals. 1) Create an energy club. 2) Set up a fund.")
# (a letter or a roman numeral with a closing bracket only after a colon or a semicolon: "proposed that the SCO should: a) set
# up ...; b) draw up ...; and c) help ...", "Tajikistan proposes: i) ...; ii) ...")
INLINE_NUMBER = re.compile(r"(?:^|\s)(?:and\s+)?\((\d{1,2}|[a-h]|[ivx]{1,4})\)\s+|(?:^|(?<=[:;.])\s+)(\d{1,2})[.)]\s+"
                           r"|(?:^|(?<=[:;])\s+)(?:and\s+)?([a-h]|[ivx]{1,4})\)\s+")
# "firstly" inside the first item's sentence ("He urged the members to firstly give priority to ..."),
# when the next paragraph opens with "Secondly": the whole paragraph is the first item.
INNER_FIRST = re.compile(r"\S\s+firstly\b", re.I)


# A courtesy after "First of all," is no item: "First of all, let me thank our Tajik friends for ..."
COURTESY = re.compile(r"(?:let me|allow me to|I would like to|I want to|I wish to|I must)\s+(?:\w+\s+){0,2}?"
                      r"(?:thank|welcome|greet|congratulate|express (?:my |our )?(?:sincere |deep )?gratitude)\b", re.I)


@lru_cache(maxsize=1)
def counted() -> re.Pattern:
    """A cardinal that counts the items, as official translations write them: "One is to ...", "Two is that ...", or as an
    Indian speaker does, with a comma before a word in lower case: "One, the members must act ..."."""
    return re.compile(rf"^({alternation(knowledge().cardinals)})(?:\s+is\s+(?=(?:to|that)\b)|,\s+(?=[a-z]))", re.I)


@lru_cache(maxsize=1)
def named_number() -> re.Pattern:
    """A numbered heading that names what it numbers: "Point 1: ...", "Proposal 2. ...", "Priority No. 3 – ...", or counts in
    words: "Point one: ...", "Number two: ..."."""
    return re.compile(rf"^(?:point|proposal|suggestion|priority|initiative|number)\s+(?:no\.?\s*)?(\d{{1,2}}|{alternation(knowledge().cardinals)})"
                      r"\s*[:.–—-]\s+")


@lru_cache(maxsize=1)
def unspaced_markers() -> tuple[re.Pattern, re.Pattern]:
    """A list marker of a script that does not space its words (ordinals.yml markers_in_other_scripts: "一是", "第二，") at a
    paragraph's start, and one inside a paragraph, right after a full stop, a colon or a semicolon ("...建议:一是...。二是...")."""
    markers = "|".join(f"(?:{m})" for m in knowledge().markers_abroad)
    return re.compile(rf"^\s*(?:{markers})\s*"), re.compile(rf"(?:^|(?<=[。！？；;：:]))\s*(?:{markers})\s*")


def unspaced_number(m: re.Match) -> int | None:
    """The number an unspaced marker stands for ("二是" 2, "第十，" 10)."""
    return knowledge().figure(next(g for g in m.groups() if g))


def marker(text: str) -> tuple[int | str | None, str, int]:
    """The list marker a paragraph starts with: (its number, its style, where the item's text starts)."""
    m = unspaced_markers()[0].match(text)
    if m:
        return unspaced_number(m), "ordinal", m.end()
    m = ordinal_patterns()[0].match(text)
    if m and COURTESY.match(text, m.end()):
        return None, "none", 0
    if m:
        word = " ".join(next(g for g in m.groups() if g).lower().split())
        return knowledge().ordinals.get(word, knowledge().ordinals.get(word.removesuffix("ly"))), "ordinal", m.end()
    m = narrated_ordinal().match(text)
    if m:
        return ordinal(m[1]), "ordinal", 0
    m = counted().match(text)
    if m:
        return knowledge().cardinals[m[1].lower()], "ordinal", m.end()
    m = named_number().match(lower(text))
    if m:
        return int(m[1]) if m[1].isdigit() else knowledge().cardinals[m[1]], "numbered", m.end()
    m = LIST_MARKER.match(text)
    if m and m["bullet"]:
        return None, "bullet", m.end()
    if not m:
        m = OTHER_NUMBER.match(text)
        if m:
            return _other_number(m), "numbered", m.end()
        end = _symbol_bullet(text)
        if end:
            return None, "bullet", end
    if m and list_number(m["number"]) is not None:
        # (a number and the same ordinal after it are one marker: "1- First, the SCO countries should ..."; another ordinal
        # numbers the item in a text whose paragraphs are numbered: "4. First, build a common home of trust.")
        then = ordinal_patterns()[0].match(text[m.end() :])
        told = ordinal(next(g for g in then.groups() if g)) if then else None
        if isinstance(told, int) and told != list_number(m["number"]):
            return told, "ordinal", m.end() + then.end()
        return list_number(m["number"]), "numbered", m.end() + then.end() if then and told is not None else m.end()
    return None, "none", 0


# Other numbers that posts and pages put before their items: a keycap emoji "1️⃣", a circled figure "②", "#3", "4/", "5 – ", and a
# capital letter "(A)", "B.", "C)" (to H: "I." is the roman one).
OTHER_NUMBER = re.compile(r"^(?:(?P<keycap>\d)\ufe0f?\u20e3|(?P<circled>[\u2460-\u2473\u2776-\u2793])|#(?P<hash>\d{1,2})|(?P<slash>\d{1,2})/|(?P<dashed>\d{1,2})\s[–—-]"
                          r"|\(?(?P<letter>[A-H])[.)])\s+")


def _other_number(m: re.Match) -> int:
    if m["letter"]:
        return ord(m["letter"]) - ord("A") + 1
    if m["circled"]:
        return int(unicodedata.numeric(m["circled"]))
    return int(m["keycap"] or m["hash"] or m["slash"] or m["dashed"])


_NO_BULLETS = "©®°№℗™"  # symbols that open a line without listing anything


def _bullet_symbol(ch: str) -> bool:
    """A symbol (not ©, °, ™ ...), or a shape, an arrow or a dingbat, which Unicode may file as a mathematical sign ("▷", "◻")."""
    return (unicodedata.category(ch) == "So" and ch not in _NO_BULLETS) or any(a <= ord(ch) <= b for a, b in _SHAPES) or ch == "∙"


_SHAPES = ((0x2190, 0x21FF), (0x25A0, 0x25FF), (0x2700, 0x27BF))  # arrows, geometric shapes, dingbats


def _symbol_bullet(text: str) -> int:
    """Where the text after a bullet of any other symbol starts ("🔹 ", "👉 ", "✔️ ", "♦ ", "∙ "), else 0; an emoji's
    variation selector or joiner goes with it."""
    end = 0
    while end < len(text) and (_bullet_symbol(text[end]) or (end and text[end] in "\ufe0f\u200d")):
        end += 1
    space = len(text[end:]) - len(text[end:].lstrip())
    return end + space if end and space else 0


def ordinal(word: str) -> int | str | None:
    """The number an ordinal word stands for ("Second" -> 2, "first  and foremost" -> 1)."""
    return knowledge().ordinals.get(" ".join(word.lower().split()))
