"""Clean: take out what is not the text, and record every line taken out with its reason."""

from __future__ import annotations

import re

from .data import knowledge
from .dates import DMY, DOT_DMY, DOT_YMD, ISO, MDY, SLASH_YMD, TIME, WEEKDAY
from .model import Cleaned, Paragraph, Removed

PUBLICATION = "publication date line"
EVENT_DATE = "event date line"
_EVENT_LABEL = re.compile(r"^(?:date of (?:the )?(?:event|meeting)|event date|meeting date)\b", re.I)
NAVIGATION = "navigation menu"
REPEATED = "repeated paragraph"
CAPTION = "photo caption"
SITE_HEADER = "site header"
_SITE_REASONS = {NAVIGATION, "language switcher", "breadcrumb", "navigation menu"}

_ANY_DATE = "(?:" + "|".join(p.pattern for p in (ISO, SLASH_YMD, DOT_YMD, DOT_DMY, MDY, DMY)) + ")"
# " date 2023-05-06 Headline", "Xinhua| Updated: 2020-11-11", "2021-07-14 15:08", "Published: June 5, 2024".
# Each menu item is an atomic group and the spaces around each "|" possessive: a menu can then be read
# one way only (otherwise each item could end, and the next begin, at any of its spaces: 2^n ways to
# fail on a menu of n items).
_META = re.compile(
    r"^(?P<meta>(?:(?>[\w .&:-]{1,40})\s*+[|｜]\s*+)*(?:(?:date of (?:the )?(?:event|meeting)|event date|meeting date|date|published|updated|posted|release time|released|time|publish time)\s*(?:on)?\s*[:：]?\s*)?(?:" + TIME.pattern + r"(?:\s*[A-Z]{2,4})?,?\s*)?(?:" + WEEKDAY.pattern + r",?\s*)?"
    + _ANY_DATE
    + r"(?:,?\s*[-–]?\s+" + TIME.pattern + r"(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*+[|｜]\s*+(?>[\w .&:-]{1,40}))*)(?:\s+(?P<rest>\S.*))?$",
    re.I,
)
_META_WORD = re.compile(r"^(?:[\w .&:-]{1,40}\s*[|｜]\s*)?(?:date of (?:the )?(?:event|meeting)|event date|meeting date|date|published|updated|posted|release time|released|time|publish time)\b", re.I)
# A date as a content system prints it (ISO, slashes, or with a clock time) is metadata even unlabelled.
_MACHINE_DATE = re.compile(r"^\s*(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|.*\d{1,2}:\d{2})")
_HEADING = re.compile(r"^(?:Remarks|Speech|Address|Statement|Interview|Opening|Keynote)\b")
_HAS_DATE = re.compile(_ANY_DATE)
_LIST_ITEM = re.compile(r"^(?:[-–—•*·▪►]\s|\(?(?:\d{1,2}|[a-j]|[IVX]{1,4})[.)]\s)")
_SPACE_RUN = re.compile(r"[ ]{2,}")
_TERMINAL = re.compile(r"[.!?:;,\"”'’)]$")
_WORD = re.compile(r"\w+")
# A line ending in one of these words is cut mid-phrase: the next block continues it.
_DANGLING = re.compile(r"\b(?:of|the|and|for|in|at|to|on|with|by|from|a|an)$", re.I)
MIN_REPEAT_CHARS = 40  # shorter repeats ("Colleagues,") are part of a speech, not a duplicate
META_LINES = 20
MAX_NOISE_CHARS = 400
# A line ending like a sentence can only be noise through these words (the other rules need the
# line to end in ")" or a menu item): checked first, because the full patterns cost ~20 µs a line.
_NOISE_HINTS = ("©", "(c)", "copyright", "rights reserved", "icp", "公网", "prohibited", "terms of use", "privacy policy")
_NOISE_STARTS = ("photo", "file photo", "pictured", "also read", "read also", "see also", "related", "recommended", "more",
                 "editor", "source", "web editor", "responsible editor", "executive editor", "chief editor", "news id",
                 "article id", "story id", "id", "views", "read", "hits", "word count", "font", "you may", "most ")
# _NOISE_STARTS by their first character: lower.startswith(_NOISE_STARTS) tries all 27; a line can
# only start with those that share its first character (startswith(()) is False).
_NOISE_STARTS_BY_FIRST = {c: tuple(s for s in _NOISE_STARTS if s[0] == c) for c in {s[0] for s in _NOISE_STARTS}}
_NOISE_HINT = re.compile("|".join(re.escape(w) for w in _NOISE_HINTS))  # any(w in lower ...), in one pass
MAX_META_CHARS = 240  # a publication line with a headline after it, at most
# Four digits in a row. Written out, not \d{4}: a pattern that starts with a set lets `re` skip to
# a digit in C, where a leading repeat makes it try the repeat at every position (~1/3 the cost).
_YEAR = re.compile(r"\d\d\d\d")
# Found exactly when _WORD finds 8 words or more, without making them: from the start of a word,
# whole words (\w++, possessive) and the gaps between them. Starting only where a word starts,
# and never giving back, keeps the search linear on a long word (`\w+(?:\W+\w+){7}` took seconds).
_EIGHT_WORDS = re.compile(r"(?<!\w)\w++(?:\W++\w++){7}")


def clean(text: str) -> Cleaned:
    """Paragraphs of `text` without noise, and the removed lines with their reasons."""
    lines = text.split("\n")
    removed: list[Removed] = []
    kept: list[tuple[int, str]] = []  # (line number, stripped text); "" marks a paragraph break
    first_prose = _first_prose_line(lines)
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:  # (collapsing spaces leaves a stripped line empty exactly when it was empty)
            kept.append((number, ""))
            continue
        if "  " in line:  # _SPACE_RUN needs two spaces in a row
            line = _SPACE_RUN.sub(" ", line)
        if number <= first_prose:  # (_strip_metadata returns any later line unchanged)
            line = _strip_metadata(number, line, first_prose, removed)
            if line is None:
                continue
        reason = _noise_reason(line)
        if reason:
            removed.append(Removed(number, line, reason))
            continue
        kept.append((number, line))
    kept = _drop_navigation(kept, removed, first_prose)
    kept = _drop_site_header(kept, removed, first_prose)
    paragraphs = _paragraphs(kept, removed)
    return Cleaned(tuple(paragraphs), tuple(sorted(removed, key=lambda r: (r.line, r.reason))))


def _first_prose_line(lines: list[str]) -> int:
    """Line number of the first sentence of eight or more words that stands as its own paragraph.

    Publication lines are only looked for above it. A line that the next (lower-case) line continues
    does not count, so the boundary is the same when clean runs again on its own output.
    """
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line.endswith((".", "?", "!", '"', "”")) or not _EIGHT_WORDS.search(line):
            continue  # the cheap tests first; the next non-empty line is looked for only then
        following = next((n.strip() for n in lines[index + 1 :] if n.strip()), "")
        if not following[:1].islower():
            return index + 1
    return len(lines) + 1


def _strip_metadata(number: int, line: str, first_prose: int, removed: list[Removed]) -> str | None:
    """Take a publication date (and its label) off a line near the top; return what is left."""
    if number > first_prose or len(line) > MAX_META_CHARS or not _YEAR.search(line):
        return line  # cheap tests first: the full pattern backtracks on long lines
    m = _META.match(line)
    if not m:
        return line
    rest = m.group("rest")
    labelled = bool(_META_WORD.match(line))
    machine = bool(_MACHINE_DATE.search(line))
    if not labelled and (rest or not machine):
        return line  # "21 May 2024" under a speech heading is the speech's date, not metadata
    reason = EVENT_DATE if _EVENT_LABEL.match(line) else PUBLICATION
    removed.append(Removed(number, m.group("meta").strip(), reason))
    return rest.strip() if rest else None


def _noise_reason(line: str) -> str | None:
    """The reason a whole line is noise, or None."""
    if len(line) > MAX_NOISE_CHARS:
        return None
    lower = line.lower()
    if len(line) > 60 and line[-1] in ".!?\"”" and not lower.startswith(_NOISE_STARTS_BY_FIRST.get(lower[:1], ())) and not _has_hint(lower):
        return None  # a sentence: skip the costly patterns (every long noise line has one of the hints)
    found = _noise_seen.get(line, _noise_seen)
    if found is _noise_seen:  # footers, menus and bylines recur across texts: each line is matched once
        k = knowledge()
        m = k.noise_fullmatch(line, lower)
        found = k.noise_reasons[int(m.lastgroup[1:])] if m else None
        if len(_noise_seen) >= 16384:
            _noise_seen.clear()
        _noise_seen[line] = found
    return found


_noise_seen: dict[str, str | None] = {}  # line -> reason (lines of at most MAX_NOISE_CHARS)


def _has_hint(lower: str) -> bool:
    """`_NOISE_HINT.search(lower)`, as a truth value. In ASCII text only the ASCII hints can occur,
    and `in` for each finds them faster than the pattern, which stops at every c, i, p, r and t."""
    if lower.isascii():
        for hint in _ASCII_HINTS:
            if hint in lower:
                return True
        return False
    return _NOISE_HINT.search(lower) is not None


_ASCII_HINTS = tuple(h for h in _NOISE_HINTS if h.isascii())


def _is_menu_item(line: str) -> bool:
    if len(line) > 50 or line[:1].isdigit() or _TERMINAL.search(line):
        return False  # the cheap tests first
    return 0 < len(_WORD.findall(line)) <= 6


def _drop_navigation(kept: list[tuple[int, str]], removed: list[Removed], first_prose: int) -> list[tuple[int, str]]:
    """Runs of short unpunctuated lines in one block are a site menu: four anywhere, three above the text."""
    out: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []

    def flush() -> None:
        # (whether a run is at the top, which looks for dates, matters only for a run of three)
        if len(run) >= 4 or (len(run) == 3 and run[-1][0] < first_prose and not any(_HEADING.match(t) or _HAS_DATE.search(t) for _, t in run)):
            removed.extend(Removed(n, t, NAVIGATION) for n, t in run)
        else:
            out.extend(run)
        run.clear()

    for number, line in kept:
        if line and len(line) <= 50 and _is_menu_item(line):  # (the first test of _is_menu_item, without a call)
            run.append((number, line))
            continue
        if run:  # (flushing no run does nothing)
            flush()
        out.append((number, line))
    flush()
    return out


def _drop_site_header(kept: list[tuple[int, str]], removed: list[Removed], first_prose: int) -> list[tuple[int, str]]:
    """Above the text, short lines before a menu, or a block of two or more short lines, are the site's name."""
    site_lines = {r.line for r in removed if r.reason in _SITE_REASONS and r.line < first_prose}
    last_menu = max(site_lines, default=0)
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, line in kept:
        if number >= first_prose:
            break
        if line:
            blocks[-1].append((number, line))
        elif blocks[-1]:
            blocks.append([])
    header: set[int] = set()
    for block in blocks:
        # where a block sits is checked before its lines are read (the date pattern is costly)
        if block and (block[-1][0] < last_menu or (len(block) >= 2 and block is blocks[0] and len(blocks) > 1)):
            if all(len(_WORD.findall(t)) <= 15 and not _TERMINAL.search(t) and not _HAS_DATE.search(t) and not _HEADING.match(t) for _, t in block):
                header.update(n for n, _ in block)
    if not header:
        return kept  # (the same lines; the caller only reads the list)
    removed.extend(Removed(n, t, SITE_HEADER) for n, t in kept if n in header)
    return [(n, t) for n, t in kept if n not in header]


def _paragraphs(kept: list[tuple[int, str]], removed: list[Removed]) -> list[Paragraph]:
    """Blocks of lines to paragraphs (a hard-wrapped line is joined to the next); in the same pass,
    a joined paragraph that reads as noise, or one that repeats an earlier one, is removed.

    Noise: a paragraph whose lines, joined, read as noise is noise too ("0|" above "a|" is the
    menu "0| a|"); otherwise a second clean of the output would remove what the first one kept.
    A paragraph of one line is that line, which clean() already found not to be noise, so only
    joined paragraphs are judged. (`_noise_reason` is a pure function of the text, so a joined
    text that happens to equal some kept line gets that line's verdict, not noise, as before.)

    Repeats: a paragraph of at least MIN_REPEAT_CHARS that repeats an earlier one word for word
    (the same `_repeat_key`) is removed; every paragraph kept so far counts, short ones too.
    Kept paragraphs are filed by `_word_chars`, which is equal whenever the keys are equal, so
    only those filed under the same word characters need comparing - and most paragraphs find
    none, which spares building their keys.

    Noise and repeat removals used to be recorded in two passes (all noise, then all repeats);
    here they interleave. clean() sorts `removed` by (line, reason), stably, and no two paragraph
    removals share a line (each paragraph starts on a line of its own), so the result is the same.
    """
    paragraphs: list[Paragraph] = []
    seen: dict[bytes, list[str]] = {}  # _word_chars(text) -> the kept paragraphs with them
    current: list[str] = []  # the lines of the paragraph being built
    first = 0  # its first line number
    for number, line in [*kept, (0, "")]:  # a last break, line 0, ends the last paragraph
        if not line:
            if not current or (number and _dangles(current[-1])):
                continue  # nothing to end, or a line cut mid-phrase that goes on after the break
        elif not current:
            first = number
            current.append(line)
            continue
        elif _continues(current[-1], line):
            current.append(line)
            continue
        # the paragraph in `current` is complete
        if len(current) == 1:
            text = current[0]
        else:
            text = " ".join(current)
            reason = _noise_reason(text)
            if reason:
                removed.append(Removed(first, text, reason))
                text = ""
        if text:
            chars = _word_chars(text)
            earlier = seen.get(chars)
            if earlier is None:
                seen[chars] = [text]
                paragraphs.append(Paragraph(first, text))
            elif len(text) >= MIN_REPEAT_CHARS and _repeats(text, earlier):
                removed.append(Removed(first, text, REPEATED))
            else:
                earlier.append(text)
                paragraphs.append(Paragraph(first, text))
        first = number
        current = [line] if line else []
    return paragraphs


_DANGLING_LAST = frozenset("fedrntohymaFEDRNTOHYMA\n")  # the words' last letters, and "\n" (see _dangles)
_TERMINAL_LAST = frozenset(".!?:;,\"”'’)")  # the characters _TERMINAL's class matches


def _dangles(previous: str) -> bool:
    """True when `previous` ends in one of _DANGLING's words: `_DANGLING.search(previous[-8:])`
    (the last 8 characters hold the longest word and the character before it, for its \\b).

    The pattern ends in `$`, which matches at the end or before a final "\\n", so a match ends
    with the last letter of a word or with "\\n". Under re.I an ASCII character matches an ASCII
    letter only as that letter in either case, so a last character that is ASCII, not "\\n" and
    not one of those letters rules a match out; in every other case the pattern decides.
    """
    last = previous[-1:]
    if last in _DANGLING_LAST or not last.isascii():
        return _DANGLING.search(previous[-8:]) is not None
    return False


_LIST_FIRST = frozenset("-–—•*·▪►(0123456789abcdefghijIVX")  # the ASCII (and bullet) starts of _LIST_ITEM


def _continues(previous: str, line: str) -> bool:
    """True when `line` is the wrapped continuation of `previous`."""
    first = line[:1]  # _LIST_ITEM can only match from one of _LIST_FIRST, or a non-ASCII digit
    if (first in _LIST_FIRST or not first.isascii()) and _LIST_ITEM.match(line):
        return False  # a bullet or numbered item starts its own paragraph
    if line[:1].islower() or _dangles(previous):
        return True
    if len(previous) < 50:
        return False
    # `not _TERMINAL.search(previous[-3:])`: the class matches one character and `$` follows it
    # at the end or before a final "\n"; so the last character decides unless it is "\n"
    last = previous[-1:]
    if last in _TERMINAL_LAST:
        return False
    return last != "\n" or _TERMINAL.search(previous[-3:]) is None


_ASCII_KEY = bytes(ord(c.lower()) if _WORD.fullmatch(c.lower()) else ord(" ") for c in map(chr, range(128)))
_ASCII_KEY += b" " * 128  # (never used: only ASCII text is translated)


def _repeats(text: str, earlier: list[str]) -> bool:
    """True when `text` has the `_repeat_key` of one of the `earlier` paragraphs (the same text has)."""
    if text in earlier:
        return True
    key = _repeat_key(text)
    return any(_repeat_key(t) == key for t in earlier)


_ASCII_LOWER = bytes(ord(chr(c).lower()) if c < 128 else c for c in range(256))
_ASCII_NON_WORD = bytes(c for c in range(128) if not _WORD.fullmatch(chr(c).lower()))


def _word_chars(text: str) -> bytes:
    """The UTF-8 bytes of "".join(_WORD.findall(text.lower())): the words run together. Texts with
    equal `_repeat_key`s (the words joined by spaces) have equal word characters.

    For ASCII text, bytes.translate does it: it deletes each byte whose lower case is not a word
    character, and lower-cases the rest (A-Z to a-z, as str.lower() does to ASCII).
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LOWER, _ASCII_NON_WORD)
    return "".join(_WORD.findall(text.lower())).encode("utf-8", "surrogatepass")


def _repeat_key(text: str) -> bytes:
    """The words of `text`, lower-cased, one space between: the UTF-8 bytes of
    `" ".join(_WORD.findall(text.lower()))`. Keys are only compared with each other, and UTF-8
    (lone surrogates passed through) is one-to-one, so two texts get equal keys exactly when those
    strings are equal.

    For ASCII text, lower() maps each character on its own (A-Z to a-z), and _ASCII_KEY maps each
    byte to its lower case when that is a word character (tested with _WORD itself) and to a space
    otherwise; bytes.split() then yields the maximal runs of word characters in order, which are
    the words findall finds. This is about three times faster than the pattern.
    """
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_KEY).split())
    return " ".join(_WORD.findall(text.lower())).encode("utf-8", "surrogatepass")
