"""Domain knowledge: the YAML files in data/, loaded and compiled once.

Case, the one rule for the whole engine: a pattern whose words may be written in any case is written in
lower case and matched, case-sensitively, against the text lower-cased once by `lower` (the themes'
keywords, the bodies' aliases, the noise rules); those not moved to the rule yet are compiled with re.I. A pattern
where case is information is case-sensitive and sees the text as written (names, titles, month names: "May"
the month, "may" the verb). No test in code stands in front of a data rule: each fires as written.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml


def _load(name: str) -> dict:
    """One data file, read as yaml.safe_load reads it, with libyaml's safe loader when PyYAML has one
    (22 ms less at start-up)."""
    text = resources.files("sco_archive").joinpath("data", name).read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def data(name: str) -> dict:
    """One data file as loaded, for a module that compiles its own words (dates.py: month and weekday names)."""
    return _load(name)


def lower(text: str) -> str:
    """The text in lower case, letter for letter, for the patterns written in lower case: a match's positions
    are the text's. ("İ", the one letter whose lower case is two characters, becomes "i", as re.I reads it.)"""
    return text.replace("İ", "I").lower()


# Other scripts' full stops, where a sentence and a punctuated line end as at ". ! ?": Hindi's danda "।", the Chinese and
# Japanese "。", the full-width "！" and "？" (cleaning and headlines read them).
FULL_STOPS_ABROAD = "।。！？"

# A character of a script that does not space its words (Chinese, Japanese kana): two make about one word.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
CHARACTERS_A_WORD = 2


def word_count(text: str) -> int:
    """The words of a line: spaced words, or in Chinese or Japanese, its characters two to a word ("6成员国元首批准《...》")."""
    return max(len(text.split()), len(UNSPACED.findall(text)) // CHARACTERS_A_WORD)


def alternation(words) -> str:
    """The words as one regex group that matches what their plain alternation, longest first, matches,
    written as a trie ("s(?:ecurity|tability)"): the engine then reads a character once, not once per
    word (four times faster on the themes' hundred keywords). The words are matched case-sensitively,
    or are all in lower case."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return "(?:" + _branches(trie) + ")" if trie else "(?!)"  # (no words: nothing matches)


def _branches(node: dict) -> str:
    """A trie node as a regex: the longer words first, then the word that ends here (if one does)."""
    longer = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if "" not in node:
        return longer[0] if len(longer) == 1 else "(?:" + "|".join(longer) + ")"
    return "(?:" + "|".join(longer) + ")?" if longer else ""


@dataclass(frozen=True)
class Knowledge:
    """Every data file, compiled once."""

    bodies: tuple[str, ...]  # canonical names
    lower_body_pattern: re.Pattern  # every body's aliases (and names in other scripts) in one pattern, in lower case; group b<i> is bodies[i]
    sco_as_written: re.Pattern  # the organisation's names matched as written ("SCO")
    lower_sco_pattern: re.Pattern  # its names in other languages, in lower case ("шос")
    lower_other_organisation: re.Pattern  # other organisations ("united nations"), in lower case
    bilateral_words: tuple[str, ...]  # bodies.yml: words of a bilateral talk ("counterpart"), in lower case
    meeting_words_abroad: str  # bodies.yml: "встреч\w*", "cúpula": a meeting in other languages, as one regex group
    # the speaker titles whose holders meet as one body (`speakers` in bodies.yml), in lower case; group b<i> is bodies[i]
    lower_body_by_title: re.Pattern
    cities: dict[str, tuple[str, str]]  # lower-case spelling -> (city as canonical, country)
    countries: dict[str, str]  # lower-case name/alias -> country
    country_names: tuple[str, ...]  # names and aliases as written
    adjectives: dict[str, str]  # nationality adjective -> country
    titles: tuple[str, ...]
    party_posts: tuple[str, ...]  # joined to a title with "and"
    honorifics: tuple[str, ...]  # "Shri", "H.E.": neither name nor title
    russian_titles: tuple[str, ...]  # titles on Russian pages, before a Cyrillic name
    russian_headings: tuple[str, ...]  # "Выступление", "Стенограмма выступления": a Russian heading before its speaker
    russian_titles_genitive: dict[str, str]  # "Министра иностранных дел" -> "Министр иностранных дел"
    russian_countries: tuple[str, ...]  # the countries' names in Russian after an office ("России")
    title_prefixes: tuple[str, ...]  # "Union", "Federal": part of the title they stand before
    ministry_fields: frozenset[str]  # the words of a ministry's field ("Agriculture", "Food"): titles.yml's and its titles'
    office_nouns: tuple[str, ...]  # "minister", "the NSA": an office holder after "the" ("the minister said")
    office_nouns_in_russian: tuple[str, ...]  # "глава государства", "он": the same on a Russian page, with no article
    institution_nouns: tuple[str, ...]  # "Ministry", "Office": an institution saying something is no person
    foreign_ministry: tuple[str, ...]  # "Foreign Ministry", as written after a spokesperson's office
    address_before_name: tuple[str, ...]  # titles.yml forms_of_address: "dear" before whom is addressed, lower case
    address_alone: tuple[str, ...]  # ... and "your excellency", "ladies and gentlemen" by themselves
    address_in_other_scripts: tuple[str, ...]  # ... and "尊敬的", "女士们" opening a paragraph on a page in Chinese
    briefers: tuple[str, ...]  # "spokesperson": the office that gives a briefing, lower case
    ordinals: dict[str, int | str]
    cardinals: dict[str, int]
    counted_from: tuple[str, ...]  # phrases after a meeting ordinal that count it from an event
    sequence_words: tuple[str, ...]  # words that go on a list begun by "First," under an announced count ("Next,")
    themes: dict[str, tuple[str, ...]]
    theme_usual: dict[str, float]  # a theme's usual keyword hits per 1,000 words in SCO texts (fixed reference)
    theme_min_rate: float  # hits per 1,000 words a theme needs
    theme_min_lift: float  # share of its usual rate a theme needs
    theme_max: int  # themes kept per document, strongest first
    theme_list_from: int  # a sentence naming this many themes is a list of sectors
    body_themes: dict[str, str]  # themes.yml body_themes: a body -> the field its meetings are about
    theme_scripts: dict[str, tuple[str, ...]]  # themes.yml in_other_scripts: a theme -> its words matched anywhere
    noise_reasons: tuple[str, ...]
    lower_noise_pattern: re.Pattern  # the noise rules in lower case in one pattern; group n<i> is noise_reasons[i]
    noise_as_written: re.Pattern  # the rules marked as_written (capitals are capitals), likewise
    capitals: dict[str, str]  # country -> its capital
    credits: tuple[str, ...]  # news agencies and sites that sign a publication stamp ("Xinhua, May 5, 2023")
    # leaders.yml: the name, a pattern for "<title> <name>" (not "former ...") and the years (from, to or None) it fits
    leaders: tuple[tuple[str, re.Pattern, tuple[tuple[int, int | None], ...]], ...] = ()
    city_forms: tuple[str, ...] = ()  # a city as a Russian text writes it in its case ("Бишкеке"): data/places.yml in_russian
    landmarks: dict[str, str] = field(default_factory=dict)  # a building as written -> its country: data/places.yml landmarks
    one_city: dict[str, str] = field(default_factory=dict)  # lower-case other name of a city -> the name compared: places.yml one_city
    # a city as a page in another script writes it ("杜尚别") -> its country, and the meeting words of such pages: places.yml
    script_cities: dict[str, str] = field(default_factory=dict)
    script_meeting_words: tuple[str, ...] = ()
    city_words: tuple[str, ...] = ()  # places.yml city_words_in_russian: "city" before a city's name ("городе", "г.")
    in_names: tuple[str, ...] = ()  # words after a city that make it part of a name ("the Tashkent Declaration")
    in_abroad: tuple[str, ...] = ()  # "in" before a city in other languages ("sa Dushanbe", "em Ufa"): data/places.yml
    in_abroad_after: tuple[str, ...] = ()  # "in" after a city ("Toshkent shahrida"): data/places.yml
    founded: int | None = None  # leaders.yml: the SCO's founding year, which its anniversaries count from
    members: tuple[tuple[int, int, int | None], ...] = ()  # leaders.yml: (count of full members, from, to or None)
    called_summit: tuple[str, ...] = ()  # bodies.yml: the bodies whose meeting the press may call a summit (called_summit)
    numbered_from: dict[str, int] = field(default_factory=dict)  # bodies.yml numbered_from: body -> year before its first meeting
    verb_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # verbs.yml: group -> its verbs, lower case
    # ordinals.yml: a meeting's number in other languages ("第十一次会议"; group 1 the number), and the values of its words
    # and Chinese digits ("ikkinchi" 2, "六" 6)
    ordinals_abroad: tuple[str, ...] = ()
    numerals_abroad: dict[str, int] = field(default_factory=dict)
    # ordinals.yml: list markers in scripts that do not space their words ("一是", "第二，"; group 1 the number) and the counts
    # of proposals such pages announce ("五点建议")
    markers_abroad: tuple[str, ...] = ()
    # titles on pages in Chinese or Japanese, and the bodies they may open with ("国务院" of "国务院总理")
    script_titles: tuple[str, ...] = ()
    script_title_bodies: tuple[str, ...] = ()
    script_not_names: tuple[str, ...] = ()
    counts_abroad: tuple[str, ...] = ()

    def figure(self, word: str) -> int | None:
        """A number written as a figure ("11"), a word ("ikkinchi" 2) or in Chinese numerals ("六" 6, "十一" 11, "二十五" 25)."""
        if word.isdigit():
            return int(word)
        if word in self.numerals_abroad:
            return self.numerals_abroad[word]
        m = re.fullmatch(r"([^十]?)十([^十]?)", word)  # (a single digit, "六", is a word of numerals_abroad)
        tens, ones = (self.numerals_abroad.get(c) for c in (m[1], m[2])) if m else (None, None)
        if m is None or (m[1] and tens is None) or (m[2] and ones is None):
            return None
        return (tens or 1) * 10 + (ones or 0)

    def numbered_year(self, body: str | None, number: int | None) -> int | None:
        """The year a body that numbers its yearly meetings held its `number`th (bodies.yml numbered_from: the sixth meeting
        of the Council of Heads of State is 2006's), or None."""
        since = self.numbered_from.get(body) if body else None
        return since + number if since and number else None

    def verbs(self, *groups: str) -> str:
        """The verbs of these groups of data/verbs.yml as one regex group, for a pattern to follow with its boundary
        ("spoke" not followed by the words that make it talks with someone: "spoke with", "spoke by phone")."""
        words = alternation([w for g in groups if g != "spoke" for w in self.verb_groups[g]])
        if "spoke" not in groups:
            return words
        spoke = alternation(self.verb_groups["spoke"]) + r"(?!\s+" + alternation(self.verb_groups["talks_after_spoke"]) + r"\b)"
        return f"(?:{words}|{spoke})"

    def forms_of_address(self) -> str:
        """Every form of address of titles.yml forms_of_address as one regex group, in lower case ("dear", "your excellency")."""
        return alternation(self.address_before_name + self.address_alone)

    def find_bodies(self, text: str, start: int = 0, end: int = sys.maxsize) -> Iterator[re.Match]:
        """Each body named in text[start:end], in order: matches of lower_body_pattern in the text lower-cased
        (their positions are the text's, their words in lower case)."""
        return self.lower_body_pattern.finditer(lower(text), start, end)

    def find_body(self, text: str, start: int = 0, end: int = sys.maxsize) -> re.Match | None:
        """The first body named in text[start:end] (as find_bodies), or None."""
        return self.lower_body_pattern.search(lower(text), start, end)

    def names_the_sco(self, text: str) -> bool:
        """Whether the text names the organisation ("SCO", "Shanghai Cooperation Organisation", "ШОС") or one of its
        bodies."""
        return bool(self.sco_as_written.search(text) or self.lower_sco_pattern.search(lower(text)) or self.find_body(text))

    def body_of(self, match: re.Match) -> str:
        """The canonical name of the body a lower_body_pattern match names."""
        return self.bodies[int(match.lastgroup[1:])]

    def canonical_body(self, name: str) -> str:
        """A body's canonical name, when `name` is one of its aliases (a sidecar's pinned body, as the text's
        would be); else the name as given."""
        m = self.lower_body_pattern.fullmatch(lower(name.strip()))
        return self.body_of(m) if m else name

    def noise_reason(self, line: str) -> str | None:
        """Why the whole line is noise, or None."""
        found = [int(m.lastgroup[1:]) for m in (self.lower_noise_pattern.fullmatch(lower(line)), self.noise_as_written.fullmatch(line)) if m]
        return self.noise_reasons[min(found)] if found else None  # (the first rule in the file's order)


@cache
def knowledge() -> Knowledge:
    """Load and compile the data files (once per process)."""
    body_file = _load("bodies.yml")
    body_data, organisation = body_file["bodies"], body_file["organisation"]
    _in_lower_case("bodies.yml", [p for b in body_data for p in [*b["aliases"], *b.get("speakers", ()), *b.get("in_other_scripts", ())]]
                   + organisation["in_lower_case"] + organisation.get("in_other_scripts", []) + body_file.get("other_organisations", []) + body_file.get("bilateral_words", [])
                   + body_file.get("meeting_words_abroad", []))
    # (a body's aliases between word boundaries; its names in other scripts anywhere: "上海合作组织成员国元首理事会")
    bodies = "|".join(f"(?P<b{i}>" + "|".join([r"\b(?:" + "|".join(b["aliases"]) + r")\b", *b.get("in_other_scripts", ())]) + ")"
                      for i, b in enumerate(body_data))
    cities: dict[str, tuple[str, str]] = {}
    countries: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    country_names: list[str] = []
    capitals: dict[str, str] = {}
    city_forms: list[str] = []  # spellings of a city in another case ("Бишкеке"), found as written
    landmarks: dict[str, str] = {}
    one_city: dict[str, str] = {}
    script_cities: dict[str, str] = {}
    place_data = _load("places.yml")
    for c in place_data["countries"]:
        country_names += [c["name"], *c.get("aliases", [])]
        for name in [c["name"], *c.get("aliases", [])]:
            countries[name.lower()] = c["name"]
        capitals[c["name"]] = c["capital"]
        for adj in c.get("adjectives", []):
            adjectives[adj] = c["name"]
        for city in [c["capital"], *c.get("cities", [])]:
            cities.setdefault(city.lower(), (city, c["name"]))
        for landmark in c.get("landmarks", []):
            landmarks[landmark] = c["name"]
        for form in c.get("in_other_scripts", []):
            script_cities[form] = c["name"]
        for form, city in c.get("in_russian", {}).items():
            cities.setdefault(form.lower(), (city, c["name"]))
            city_forms.append(form)
        one_city.update({name.lower(): city for name, city in c.get("one_city", {}).items()})
    ordinal_data = _load("ordinals.yml")
    title_data = _load("titles.yml")
    theme_data = _load("themes.yml")
    noise_data = _load("noise.yml")
    noise_rules = noise_data["rules"]
    _in_lower_case("ordinals.yml", [*ordinal_data.get("sequence_words", ()), *ordinal_data.get("in_other_languages", ()),
                                     *ordinal_data.get("markers_in_other_scripts", ()), *ordinal_data.get("counts_in_other_scripts", ())])
    verb_data = _load("verbs.yml")
    address = title_data.get("forms_of_address", {})
    _in_lower_case("titles.yml", [w for words in address.values() for w in words])
    _in_lower_case("verbs.yml", [w for words in verb_data.values() for w in words])
    _in_lower_case("noise.yml", [p for rule in noise_rules if not rule.get("as_written") for p in rule["patterns"]])

    def noise(as_written: bool) -> re.Pattern:
        # Alternatives are tried in order, so a full match's group is the first rule that matches the line.
        # Anchored at both ends (as fullmatch reads it): a search then tries the line's start only, not
        # every position (".*copyright.*" would read a long line once per position).
        rules = [f"(?P<n{i}>" + "|".join(rule["patterns"]) + ")" for i, rule in enumerate(noise_rules) if bool(rule.get("as_written")) == as_written]
        return re.compile(r"\A(?:" + ("|".join(rules) or "(?!)") + r")\Z")

    return Knowledge(
        bodies=tuple(b["name"] for b in body_data),
        called_summit=tuple(b["name"] for b in body_data if b.get("called_summit")),
        numbered_from={b["name"]: b["numbered_from"] for b in body_data if "numbered_from" in b},
        verb_groups={group: tuple(words) for group, words in verb_data.items()},
        lower_body_pattern=re.compile(bodies),
        sco_as_written=re.compile(r"\b(?:" + "|".join(organisation["as_written"]) + r")\b"),
        lower_sco_pattern=re.compile(r"\b(?:" + "|".join(organisation["in_lower_case"]) + r")\b|" + "|".join(organisation.get("in_other_scripts", ["(?!)"]))),
        bilateral_words=tuple(body_file.get("bilateral_words", ())),
        meeting_words_abroad="(?:" + ("|".join(body_file.get("meeting_words_abroad", ())) or "(?!)") + ")",
        lower_other_organisation=re.compile(r"\b(?:" + ("|".join(body_file.get("other_organisations", ())) or "(?!)") + r")\b"),
        lower_body_by_title=re.compile(
            r"\b(?:" + ("|".join(f"(?P<b{i}>" + "|".join(b["speakers"]) + ")" for i, b in enumerate(body_data) if b.get("speakers")) or "(?!)") + r")\b"
        ),
        cities=cities,
        countries=countries,
        country_names=tuple(sorted(set(country_names))),
        adjectives=adjectives,
        titles=tuple(title_data["titles"]),
        party_posts=tuple(title_data.get("party_posts", ())),
        honorifics=tuple(title_data.get("honorifics", ())),
        russian_titles=tuple(title_data.get("russian_titles", ())),
        russian_headings=tuple(title_data.get("russian_headings", ())),
        russian_titles_genitive=dict(title_data.get("russian_titles_genitive", {})),
        script_titles=tuple(title_data.get("titles_in_other_scripts", ())),
        script_title_bodies=tuple(title_data.get("title_bodies_in_other_scripts", ())),
        script_not_names=tuple(title_data.get("not_names_in_other_scripts", ())),
        russian_countries=tuple(n for c in place_data["countries"] for n in c.get("owner_in_russian", ())),
        title_prefixes=tuple(title_data.get("prefixes", ())),
        ministry_fields=frozenset([*title_data.get("ministry_fields", ()), *(w.strip(",") for t in title_data["titles"] for w in t.split() if w[:1].isupper())]),
        office_nouns=tuple(title_data.get("office_nouns", ())),
        office_nouns_in_russian=tuple(title_data.get("office_nouns_in_russian", ())),
        institution_nouns=tuple(title_data.get("institution_nouns", ())),
        foreign_ministry=tuple(title_data.get("foreign_ministry", ())),
        address_before_name=tuple(address.get("before_a_name", ())),
        address_alone=tuple(address.get("alone", ())),
        address_in_other_scripts=tuple(address.get("in_other_scripts", ())),
        briefers=tuple(title_data.get("briefers", ())),
        ordinals=ordinal_data["ordinals"],
        cardinals=ordinal_data["cardinals"],
        counted_from=tuple(ordinal_data.get("counted_from", ())),
        ordinals_abroad=tuple(ordinal_data.get("in_other_languages", ())),
        numerals_abroad=dict(ordinal_data.get("numerals_abroad", {})),
        markers_abroad=tuple(ordinal_data.get("markers_in_other_scripts", ())),
        counts_abroad=tuple(ordinal_data.get("counts_in_other_scripts", ())),
        sequence_words=tuple(ordinal_data.get("sequence_words", ())),
        themes={k: tuple(v) for k, v in theme_data["themes"].items()},
        theme_usual={k: float(v) for k, v in theme_data["usual_per_1000"].items()},
        theme_min_rate=float(theme_data["min_per_1000"]),
        theme_min_lift=float(theme_data["min_lift"]),
        theme_max=int(theme_data["max_themes"]),
        theme_list_from=int(theme_data["list_from"]),
        body_themes=_body_themes(theme_data, [b["name"] for b in body_data]),
        theme_scripts=_theme_scripts(theme_data),
        noise_reasons=tuple(rule["reason"] for rule in noise_rules),
        lower_noise_pattern=noise(as_written=False),
        noise_as_written=noise(as_written=True),
        capitals=capitals,
        city_words=tuple(place_data.get("city_words_in_russian", ())),
        in_names=tuple(place_data.get("in_names", ())),
        in_abroad=tuple(place_data.get("in_abroad", ())),
        in_abroad_after=tuple(place_data.get("in_abroad_after", ())),
        city_forms=tuple(city_forms),
        landmarks=landmarks,
        one_city=one_city,
        script_cities=script_cities,
        script_meeting_words=tuple(place_data.get("other_script_meeting_words", ())),
        credits=tuple(noise_data.get("credits", ())),
        leaders=_leaders(_load("leaders.yml")["leaders"]),
        founded=_load("leaders.yml").get("founded"),
        members=tuple((int(n), int(years[0]), years[1] and int(years[1])) for n, years in _load("leaders.yml").get("members", {}).items()),
    )


def _body_themes(theme_data: dict, bodies: list[str]) -> dict[str, str]:
    """themes.yml body_themes, each body and theme one the data knows (a misspelt one would never fire)."""
    found = dict(theme_data.get("body_themes") or {})
    for body, theme in found.items():
        if body not in bodies or theme not in theme_data["themes"]:
            raise ValueError(f"data/themes.yml body_themes: {body!r}: {theme!r} names no body of bodies.yml or no theme")
    return found


def _theme_scripts(theme_data: dict) -> dict[str, tuple[str, ...]]:
    """themes.yml in_other_scripts, each under a theme the data has."""
    found = {theme: tuple(words) for theme, words in (theme_data.get("in_other_scripts") or {}).items()}
    if unknown := set(found) - set(theme_data["themes"]):
        raise ValueError(f"data/themes.yml in_other_scripts: {sorted(unknown)} are no themes")
    return found


def _in_lower_case(file: str, patterns: list[str]) -> None:
    """Patterns matched in the text lower-cased must be written in lower case (a capital letter, but for one
    escaped, \\S, would never match): say so rather than let the rule never fire."""
    for p in patterns:
        if re.sub(r"\\.", "", p) != re.sub(r"\\.", "", p).lower():
            raise ValueError(f"data/{file}: {p!r} is matched in any case and must be written in lower case")


def _leaders(entries: list[dict]) -> tuple[tuple[str, re.Pattern, tuple[tuple[int, int | None], ...]], ...]:
    """One case-sensitive pattern per title and name, with every term it held: "President of Kyrgyzstan
    Kurmanbek Bakiyev", "President Bakiyev"; not "former President", "late President" or "Vice President". The name
    comes first: a text without it is not searched with the pattern."""
    terms: dict[tuple[str, str], list[tuple[int, int | None]]] = {}
    for e in entries:
        terms.setdefault((e["title"], e["name"]), []).append((int(e["from"]), e["to"] and int(e["to"])))
    return tuple(
        (name, re.compile(r"(?<![Ff]ormer )(?<![Ll]ate )(?<![Ff]irst )(?<![Vv]ice )(?<![Vv]ice-)(?<!ex-)\b" + re.escape(title)
                    + r" (?:of (?:the )?[A-Z][\w-]*+ )?(?:[A-Z][\w'’-]*+ ){0,2}?" + re.escape(name) + r"\b"), tuple(years))
        for (title, name), years in terms.items()
    )
