"""Clean: take out what is not the text, and record every line taken out with its reason."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .knowledge import FULL_STOPS_ABROAD, alternation, knowledge, word_count
from .markers import LIST_MARKER
from .stamps import ANY_DATE, PUBLICATION, TRAILING_STAMP, furniture_after, listing_stamp, strip_stamp, unstack_date
from .model import Cleaned, Paragraph, Removed

NAVIGATION = "navigation menu"
REPEATED = "repeated paragraph"
CAPTION = "photo caption"
SITE_HEADER = "site header"
OTHER_STORIES = "other stories"  # a list of the site's other stories under the text: its stamps are theirs
BYLINE = "byline"
_SITE_REASONS = {NAVIGATION, "language switcher", "breadcrumb", "navigation menu"}

_HEADING = re.compile(r"^(?:Remarks|Speech|Address|Statement|Interview|Opening|Keynote)\b")
_HAS_DATE = re.compile(ANY_DATE)
_SPACE_RUN = re.compile(r"[ ]{2,}")
_ITEM_GAP = re.compile(r"[ ]{2,}|\t")
_MENU_SPLIT = re.compile(r"[|｜]")
_TERMINAL = tuple(".!?:;,\"”'’)" + FULL_STOPS_ABROAD)  # what a punctuated line ends with (other scripts' full stops too)
_SENTENCE_END = tuple(".!?" + FULL_STOPS_ABROAD)  # what a sentence ends with (before a closing quotation mark)
_WORD = re.compile(r"\w+")
# A line ending in one of these words is cut mid-phrase: the next block continues it.
_DANGLING_WORDS = ("of", "the", "and", "for", "in", "at", "to", "on", "with", "by", "from", "a", "an")
# (not the "; and" a list's item ends with before the next item: "... with other countries; and")
_DANGLING = re.compile(r"(?<!;\s)(?<!;)\b(?:" + "|".join(_DANGLING_WORDS) + r")$", re.I)
_DANGLING_REACH = max(map(len, _DANGLING_WORDS))  # a match starts this close to the end of the line
MIN_REPEAT_CHARS = 40  # shorter repeats ("Colleagues,") are part of a speech, not a duplicate
MAX_NOISE_CHARS = 400  # a longer line is text, whatever it mentions
# A line of one to four capitalised words and nothing else ("Nadir Guramani", "World"): not the wrapped end of
# a headline written in sentence case (a line with a lower-case word of four letters or more).
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,3}$")
_SENTENCE_CASE = re.compile(r"\s[a-z]{4,}+\b")
# Eight words or more. Possessive runs from the start of a word keep the search linear on a long
# word (`\w+(?:\W+\w+){7}` took seconds).
_EIGHT_WORDS = re.compile(r"(?<!\w)\w++(?:\W++\w++){7}")


# A documents database's title field: "[Title] Joint communique following ..."
_TITLE_FIELD = re.compile(r"^\[(?:title|headline)\]\s++(?=\S)", re.I)


def clean(text: str) -> Cleaned:
    """Paragraphs of `text` without noise, and the removed lines with their reasons."""
    lines, folded = unstack_date(text.split("\n"))
    removed: list[Removed] = []
    kept: list[tuple[int, str]] = []  # (line number, stripped text); "" marks a paragraph break
    first_prose = _first_prose_line(lines)
    last_prose = _last_prose_line(lines)
    previous = ""  # the last line kept above the text
    stories = False  # under the heading of a list of other stories: stamps there date those stories
    # a documents database names its fields ("[Title] Joint communique ..."): what is above the title field is its header
    title_field = next((n for n, raw in enumerate(lines[:first_prose], start=1) if _TITLE_FIELD.match(raw.strip())), 0)
    for number, raw in enumerate(lines, start=1):
        line = _SPACE_RUN.sub(" ", raw.strip())
        if not line:
            kept.append((number, ""))
            continue
        if number in folded:  # the month or year of a date stacked on three lines, read on the first
            removed.append(Removed(number, line, PUBLICATION))
            kept.append((number, ""))
            continue
        if number < title_field:
            removed.append(Removed(number, line, SITE_HEADER))
            continue
        field = _TITLE_FIELD.match(line)
        if field:  # the field's name is not part of the headline
            removed.append(Removed(number, field.group(0).strip(), "field label"))
            line = line[field.end() :]
        if number < first_prose and _spaced_menu(raw):
            removed.append(Removed(number, line, NAVIGATION))
            continue
        listed = listing_stamp(line, _next_line(lines, number)) if number < first_prose else None
        if listed:  # the headline is kept where the page repeats it, on the next line
            removed += [Removed(number, listed, PUBLICATION), Removed(number, line[len(listed) :].strip(), REPEATED)]
            continue
        signed = number > last_prose and previous.casefold() in knowledge().cities
        if (number <= first_prose or number > last_prose) and not signed:
            # (under the text, a date under a place is where and when a release was signed: "Islamabad" / "10 September 2020")
            found = len(removed)
            line = strip_stamp(number, line, removed, previous if number <= first_prose else None)
            if len(removed) > found:
                kept.append((number, ""))  # a stamp ends the headline: the line under it is not joined to it
                if stories:  # ("14:42 / 12.11.2024" over another story's headline)
                    removed[found:] = [Removed(r.line, r.text, OTHER_STORIES) for r in removed[found:]]
            if line is None:
                continue
            stamp = TRAILING_STAMP.search(line) if number < first_prose else None
            if stamp and (not stamp["rest"] or furniture_after(stamp["rest"])):
                removed.append(Removed(number, line[stamp.start() :].strip(), PUBLICATION))
                line = line[: stamp.start()]
        reason = _noise_reason(line)
        stories = stories or (reason == OTHER_STORIES and number > first_prose)
        if reason:
            removed.append(Removed(number, line, reason))
            if reason == BYLINE:
                kept.append((number, ""))
            continue
        kept.append((number, line))
        previous = line
    kept = _drop_navigation(kept, removed, first_prose)
    kept = _drop_other_headlines(kept, removed, last_prose)
    kept = _drop_site_header(kept, removed, first_prose)
    kept = _drop_section_label(kept, removed, first_prose)
    paragraphs = _paragraphs(kept, removed, _hard_wrapped(lines))
    return Cleaned(tuple(paragraphs), tuple(sorted(removed, key=lambda r: (r.line, r.reason))))


def _next_line(lines: list[str], number: int) -> str:
    """The next non-blank line after line `number` (counted from 1), spaces collapsed."""
    return next((_SPACE_RUN.sub(" ", raw.strip()) for raw in lines[number:] if raw.strip()), "")


def _first_prose_line(lines: list[str]) -> int:
    """Line number of the first sentence of eight or more words that stands as its own paragraph.

    Publication lines are only looked for above it. A line that the next (lower-case) line continues
    does not count, so the boundary is the same when clean runs again on its own output.
    """
    for index, raw in enumerate(lines):
        line = raw.strip()
        if _is_prose(line) and not line[:1].islower():  # (a page's opening cut mid-sentence is above the text's head)
            following = next((n.strip() for n in lines[index + 1 :] if n.strip()), "")
            if not following[:1].islower():
                return index + 1
    return len(lines) + 1


def _last_prose_line(lines: list[str]) -> int:
    """Line number of the last sentence of eight or more words: a publication stamp may follow it (a page
    cut at the top keeps its footer: "Source: Xinhua | 2014-09-13 08:17:31", "Publication date: ...").
    A sentence that repeats an earlier line does not count: cleaning removes it as a repeat, and the
    boundary must be the same when clean runs again on its own output."""
    keys = [" ".join(line.casefold().split()) for line in lines]
    first = {}
    for index, key in enumerate(keys):
        first.setdefault(key, index)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].strip()
        repeat = len(line) >= MIN_REPEAT_CHARS and first[keys[index]] < index
        if _is_prose(line) and not repeat and not _noise_reason(line):  # (a copyright line is no sentence of the text)
            return index + 1
    return len(lines) + 1


def _is_prose(line: str) -> bool:
    """A sentence of eight words or more (a quotation closes a sentence only after its own full stop: a headline
    'Norov: "The summit will open a new stage"' is no sentence)."""
    return line.rstrip("\"”").endswith(_SENTENCE_END) and bool(_EIGHT_WORDS.search(line))


def _noise_reason(line: str) -> str | None:
    """The reason a whole line is noise by the rules of data/noise.yml, or None."""
    return knowledge().noise_reason(line) if len(line) <= MAX_NOISE_CHARS else None


def _spaced_menu(raw: str) -> bool:
    """A line of four or more short items set apart by runs of spaces or tabs, above the text, is a menu
    ("Politics   Economy   Society   Regions   World"; of six or more, an item may have four words: "Belt and Road Initiative")."""
    items = _ITEM_GAP.split(raw.strip())
    # (each item is a link's name: it does not start in lower case, as the words of a double-spaced headline do;
    # two or three items set apart by wider gaps are the page's tags: "Kazakhstan   SCO")
    wide = all(len(gap) >= 3 or "\t" in gap for gap in _ITEM_GAP.findall(raw.strip()))
    # (a stamp set apart from its credit is no menu: "2002-06-08 09:14:37   Source: Xinhua")
    return len(items) >= (2 if wide else 4) and all(len(item) <= 30 and len(item.split()) <= (3 if len(items) < 6 else 4) and not item[:1].islower() and not item.endswith(_TERMINAL) and not _HAS_DATE.search(item) for item in items)


def _drop_section_label(kept: list[tuple[int, str]], removed: list[Removed], first_prose: int) -> list[tuple[int, str]]:
    """Above the text, a line that repeats an item of the site's menu is the section label over the headline
    ("Russian Politics & Diplomacy" under a menu "Russian Politics & Diplomacy | World | ...")."""
    items = {
        item.strip().casefold()
        for r in removed
        if r.reason == NAVIGATION and r.line < first_prose
        for item in _MENU_SPLIT.split(r.text)
    }
    items.discard("")
    label = {n for n, t in kept if n < first_prose and t and t.casefold() in items}
    removed.extend(Removed(n, t, SITE_HEADER) for n, t in kept if n in label)
    return [(n, t) for n, t in kept if n not in label]


def _is_menu_item(line: str) -> bool:
    """A short line without closing punctuation that does not start with a digit: a link of a menu."""
    if len(line) > 50 or line[:1].isdigit() or line.endswith(_TERMINAL):
        return False
    return 0 < len(_WORD.findall(line)) <= 6


def _drop_navigation(kept: list[tuple[int, str]], removed: list[Removed], first_prose: int) -> list[tuple[int, str]]:
    """Runs of short unpunctuated lines in one block are a site menu: three above the text, four below
    it, unless the run is a list inside the text (after a line that ends with ":", or with a
    sentence both before and after it: "The members are:" / "China" / "India" / ...)."""
    runs: list[tuple[int, int]] = []  # [start, end) indexes into kept
    start = None
    for index, (number, line) in enumerate([*kept, (0, "")]):
        # (above the text, a line of five words naming the SCO is the headline, not a link: "Tarar calls for SCO legal
        # cooperation" between the site's lines and the byline)
        if line and _is_menu_item(line) and not (number < first_prose and _names_the_sco(line)):
            start = index if start is None else start
        elif start is not None:
            runs.append((start, index))
            start = None
    menu: set[int] = set()
    for start, end in runs:
        if _is_menu(kept, start, end, first_prose):
            menu.update(range(start, end))
    removed.extend(Removed(*kept[i], NAVIGATION) for i in sorted(menu))
    return [item for i, item in enumerate(kept) if i not in menu]


MIN_OTHER_HEADLINES = 3  # headlines in a row under the text that are the site's other stories
_HEADLINE_WORDS = (5, 20)  # the words of such a headline, at least and at most


def _other_headline(line: str) -> bool:
    """A line that reads as another story's headline: capitalised, five to twenty words, no closing punctuation but a
    question's ("China's vaccines available?") or a link list's semicolon, and not a person named with an office (a
    signature or a list of delegations: "Prime Minister of the Republic of Kazakhstan — K.K. Massimov", "Li Qiang,
    Premier of the State Council")."""
    words = len(_WORD.findall(line))
    return (line[:1].isupper() and _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]
            and (line.endswith(("?", ";")) or not line.endswith(_TERMINAL))
            and not (_office_of().search(line) and re.search(r",|\s[—–-]\s", line)))


@lru_cache(maxsize=1)
def _office_of() -> re.Pattern:
    """An office of data/titles.yml followed by what it is of: "Prime Minister of the Republic of ..."."""
    return re.compile(r"\b(?:" + alternation(knowledge().titles) + r")\s++of\s++(?:the\s++)?[A-Z]")


def _drop_other_headlines(kept: list[tuple[int, str]], removed: list[Removed], last_prose: int) -> list[tuple[int, str]]:
    """Under the text's last sentence, three or more headlines in a row (blank lines between them or not) are a list
    of the site's other stories with no heading over it ("Tajikistan, Kazakhstan plan to Boost Trade ..." / "Tajik
    Deputy Foreign Minister meets ..."), and so is one or more right under such a heading ("Related Stories"); a line
    ending with ":" over them makes them a list of the text."""
    headings = [r.line for r in removed if r.reason == OTHER_STORIES]
    runs: list[tuple[list[int], bool]] = []  # (indexes into kept, whether a heading of other stories is over them)
    above, above_number, above_index = "", 0, -1  # the last line with text before this one
    for index, (number, line) in enumerate(kept):
        if not line:
            continue
        if number > last_prose and _other_headline(line):
            if runs and runs[-1][0][-1] == above_index:
                runs[-1][0].append(index)
            elif not above.endswith(":"):
                runs.append(([index], any(above_number < h < number for h in headings)))
        above, above_number, above_index = line, number, index
    drop = {i for run, headed in runs if len(run) >= (1 if headed else MIN_OTHER_HEADLINES) for i in run}
    removed.extend(Removed(*kept[i], OTHER_STORIES) for i in sorted(drop))
    return [item for i, item in enumerate(kept) if i not in drop]


def _is_menu(kept: list[tuple[int, str]], start: int, end: int, first_prose: int) -> bool:
    run = [line for _, line in kept[start:end]]
    if kept[end - 1][0] < first_prose:  # above the text
        if len(run) == 3:
            return not any(_HEADING.match(t) or _HAS_DATE.search(t) for t in run)
        return len(run) > 3
    if len(run) < 4:
        return False
    before = next((line for _, line in reversed(kept[:start]) if line), "")
    after = next((line for _, line in kept[end:] if line), "")
    in_text = before.endswith((":", "：")) or (_is_prose(before) and _is_prose(after))
    return not in_text


def _drop_site_header(kept: list[tuple[int, str]], removed: list[Removed], first_prose: int) -> list[tuple[int, str]]:
    """Above the text, short lines before a menu, or a block of two or more short lines, are the site's name."""
    # (a site's lines under a byline or a stamp are the story's reading controls, "Large Medium Small", not a menu over it:
    # the headline above the byline stays)
    signed = min((r.line for r in removed if r.reason in (BYLINE, PUBLICATION)), default=first_prose)
    site_lines = {r.line for r in removed if r.reason in _SITE_REASONS and r.line < min(first_prose, signed)}
    last_menu = max(site_lines, default=0)
    # a line the noise rules took as the site's name ("Ministry of Defence") still counts in its block
    named: list[tuple[int, str | None]] = [(r.line, None) for r in removed if r.reason == SITE_HEADER]
    blocks: list[list[tuple[int, str | None]]] = [[]]
    for number, line in sorted([*kept, *named], key=lambda item: item[0]):
        if number >= first_prose:
            break
        if line is None or line:
            blocks[-1].append((number, line))
        elif blocks[-1]:
            blocks.append([])
    header: set[int] = set()
    for index, whole in enumerate(blocks):
        # the site's lines end at a line naming the SCO, the headline ("Radio Pakistan" / "National" / "Bilawal
        # calls for ... at SCO moot" / stamp)
        block = list(itertools.takewhile(lambda item: item[1] is None or not _names_the_sco(item[1]), whole))
        first_block = len(block) >= 2 and index == 0 and len(blocks) > 1
        if block and (block[-1][0] < last_menu or first_block):
            if all(t is None or (len(_WORD.findall(t)) <= 15 and not t.endswith(_TERMINAL) and not _HAS_DATE.search(t) and not _HEADING.match(t)) for _, t in block):
                header.update(n for n, t in block if t is not None)
    removed.extend(Removed(n, t, SITE_HEADER) for n, t in kept if n in header)
    return [(n, t) for n, t in kept if n not in header]


def _names_the_sco(line: str) -> bool:
    """A first line of five words or more that names the SCO or one of its bodies is the text's headline
    ("Meeting of the SCO Heads of State Council"), not the site's name."""
    return max(len(_WORD.findall(line)), word_count(line)) >= 5 and knowledge().names_the_sco(line)


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the text was wrapped at a fixed width. A sentence longer than any wrapping width means the text was
    pasted a paragraph a line: a line then goes on on the next only when it is cut mid-phrase, not because it is
    long (a headline over its dateline, with no blank line between, is not one paragraph)."""
    return not any(len(line) > MAX_WRAPPED_CHARS and (_is_prose(line.strip()) or _FULL_STOP_INSIDE.search(line)) for line in lines)


# A sentence ends inside the line and the next begins: a long line cut mid-sentence at the end of a page's opening is
# still a paragraph pasted on one line.
# (or, in a script with no capitals, its full stop: Hindi's "।", the Chinese "。", with more words after it)
_FULL_STOP_INSIDE = re.compile(r"\w{4,}[.!?][\"”]?\s++[A-Z][a-z]|[।。]\s*+\w")


MAX_WRAPPED_CHARS = 150  # a text wrapped at a fixed width has no longer sentence line (tests/test_group.py wraps at up to 115)


def _paragraphs(kept: list[tuple[int, str]], removed: list[Removed], wrapped: bool = True) -> list[Paragraph]:
    """Blocks of lines to paragraphs (a hard-wrapped line is joined to the next); a joined paragraph
    that reads as noise, or one that repeats an earlier one, is removed.

    A paragraph of several lines is judged as noise as a whole ("0|" above "a|" is the menu "0| a|"):
    otherwise a second clean of the output would remove what the first one kept. A repeat is a
    paragraph of at least MIN_REPEAT_CHARS with the same text as an earlier one, apart from case and
    spacing ("-5" and "5", "$" and "€" differ).
    """
    paragraphs: list[Paragraph] = []
    seen: set[str] = set()
    blocks = _blocks(kept, wrapped)
    for numbered in blocks:
        first, lines = numbered[0][0], [line for _, line in numbered]
        text = " ".join(lines)
        reason = _noise_reason(text) if len(lines) > 1 else None
        key = " ".join(text.casefold().split())
        if reason:  # (each line recorded on its own)
            removed.extend(Removed(number, line, reason) for number, line in numbered)
        elif len(text) >= MIN_REPEAT_CHARS and key in seen:
            removed.append(Removed(first, text, REPEATED))
        else:
            seen.add(key)
            paragraphs.append(Paragraph(first, text))
    return paragraphs


def _blocks(kept: list[tuple[int, str]], wrapped: bool) -> list[list[tuple[int, str]]]:
    """Lines to paragraphs: each a list of (line number, line); a line cut mid-phrase goes on after a break."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in kept:
        if not line:
            if current and not _dangles(current[-1][1]):
                current = []
            continue
        if current and _continues(current[-1][1], line, wrapped):
            current.append((number, line))
        else:
            current = [(number, line)]
            blocks.append(current)
    return blocks


def _dangles(previous: str) -> bool:
    """True when `previous` ends in a word that needs the next one ("of", "the", ...)."""
    # Searched from where the last word can start, not from every position of the line (r"\b" still
    # sees the character before that place).
    return _DANGLING.search(previous, max(0, len(previous) - _DANGLING_REACH)) is not None


def _continues(previous: str, line: str, wrapped: bool) -> bool:
    """True when `line` is the continuation of `previous` (cut mid-phrase, or wrapped at the text's width)."""
    if LIST_MARKER.match(line):
        return False  # a bullet or numbered item starts its own paragraph
    if line.isupper() and not previous.isupper():
        return False  # a heading in capitals goes on no sentence, even one cut mid-phrase above it
    if line[:1].islower() or _dangles(previous):
        return True
    if _NAME_LINE.match(line) and _SENTENCE_CASE.search(previous):
        return False  # a byline or section line under a sentence-case headline ("Nadir Guramani", "World")
    return wrapped and len(previous) >= 50 and not previous.endswith(_TERMINAL)
