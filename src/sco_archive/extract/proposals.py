"""Proposals: the enumerated points the speaker put forward, each item whole and in order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge import FULL_STOPS_ABROAD, alternation, knowledge, lower
from ..markers import (INLINE_NUMBER, INNER_FIRST, list_number, marker, narrated_ordinal, ordinal, ordinal_adverbs, ordinal_patterns, unspaced_markers,
                       unspaced_number)
from ..model import Paragraph, Proposal
from .list_kinds import STRONG_INTRO, all_done, not_proposals, views
from .names import first_titled_name
from .resumes import CUT_MARK, resumes as _resumes
from .text import first_sentence, sentences


@dataclass
class _Unit:
    """A piece of text that may start a list item: a paragraph, or a part of one split at inline markers."""

    text: str
    number: int | str | None  # 1, 2 … ; "last" for "Finally," ; None when unmarked
    style: str  # ordinal | numbered | bullet | none
    marker_end: int = 0
    inline: bool = False
    para: int = 0


def _split_inline(text: str, next_number: int | str | None, first: int = 1) -> list[_Unit] | None:
    """'... three-point proposal: first, to ...; second, to ...; and third, to ...' into units (a paragraph opening
    with the `first`-th item: 'Thirdly, ... . Fourthly, ...').

    A paragraph whose only marker is a mid-paragraph 'The first is ...' is split in two when the next
    paragraph goes on with the second item.
    """
    _, inline = ordinal_patterns()
    if next_number == 2:  # "The President made three proposals. He first proposed ..." over "Raisi's second proposal ..."
        told = _narrated_first(text)
        if told:
            return [_Unit(text[:told].strip(), None, "none"), _Unit(text[told:], 1, "ordinal")]
    # (a full stop before a marker ends the item before it: "First, uphold ... core. Second, ...")
    marks = [(m.start() + (text[m.start()] == "."), m.end(), knowledge().ordinals.get(m[1].lower())) for m in inline.finditer(text)]
    marks += [(m.start(), m.end(), list_number(m[1] or m[2] or m[3])) for m in INLINE_NUMBER.finditer(text)]
    marks += [(m.start(), m.end(), unspaced_number(m)) for m in unspaced_markers()[1].finditer(text)]
    marks = sorted(x for x in marks if x[2] is not None)
    if first == 1 and marks and marks[0][2] == 2 and (adverb := _adverb_first(text, marks[0][0])):
        marks.insert(0, adverb)
    if len(marks) == 1 and marks[0][2] == 1 and marks[0][0] > 0 and next_number == 2:
        start = marks[0][0]
        return [_Unit(text[:start].strip(), None, "none"), _Unit(text[start:].lstrip(".;:, ").strip(), 1, "ordinal", len(inline.match(text, start)[0].lstrip(".;:, ")))]
    if len(marks) < 2:
        adverbs = [(m.start(), m.end(), knowledge().ordinals.get(m[1].lower())) for m in ordinal_adverbs().finditer(text)]
        marks = sorted(x for x in marks + adverbs if x[2] is not None) if len(adverbs) >= 2 else marks
    if len(marks) < 2 or marks[0][2] != first or marks[1][2] != first + 1:
        return None
    units = []
    if marks[0][0] > 0:
        units.append(_Unit(text[: marks[0][0]].strip() + (":" if text[marks[0][0]] == ":" else ""), None, "none"))
    expected = first
    kept = []
    for start, end, n in marks:
        if n == expected or (n == "last" and expected > 1):
            kept.append((start, end, n if n != "last" else expected))
            expected += 1
    for i, (start, end, n) in enumerate(kept):
        stop = kept[i + 1][0] if i + 1 < len(kept) else len(text)
        piece = text[start:stop].lstrip(".;:, ").strip()
        # (a first item that is the paragraph's opening sentence, "firstly" inside it, stands as a paragraph's item)
        units.append(_Unit(piece, n, "ordinal", inline=start > 0 or end > start))
    return units


def _adverb_first(text: str, second: int) -> tuple[int, int, int] | None:
    """A "firstly" inside a sentence before the marked second item ("Xi urged all members to firstly carry forward ... .
    Secondly, the SCO should ..."): the first item's mark, at the start of that sentence (the sentence is the item,
    opener and all)."""
    adverb = next((m for m in ordinal_adverbs().finditer(text, 0, second) if ordinal(m[1]) == 1), None)
    if adverb is None:
        return None
    start = max((at for at, _ in _sentence_starts(text) if at <= adverb.start()), default=0)
    return start, start, 1


def _narrated_first(text: str) -> int | None:
    """Where a sentence after the first that tells the first item starts ("... three proposals. He first proposed ...")."""
    for start, sentence in _sentence_starts(text):
        m = narrated_ordinal().match(sentence)
        if start and m and ordinal(m[1]) == 1:
            return start
    return None


def _sentence_starts(text: str) -> Iterator[tuple[int, str]]:
    """Each sentence of the text with where it starts in it."""
    start = 0
    for sentence in sentences(text):
        start = text.index(sentence, start)
        yield start, sentence
        start += len(sentence)


def _units(paragraphs: tuple[Paragraph, ...]) -> list[_Unit]:
    units: list[_Unit] = []
    markers = [marker(p.text) for p in paragraphs]
    for index, p in enumerate(paragraphs):
        number, style, end = markers[index]
        following = markers[index + 1][0] if index + 1 < len(paragraphs) else None
        # ("Xi urged all members to firstly carry forward ..." over "Secondly, ...", or over a paragraph that goes on with it)
        after = next((m for m in markers[index + 1 : index + 3] if m[1] != "none"), None)
        if style == "none" and after is not None and after[:2] == (2, "ordinal") and INNER_FIRST.search(p.text):
            number, style = 1, "ordinal"
        # (an answer led by a dash may hold the first item: "- ... I see three priorities. First, we need to ...")
        # (a paragraph opening with a later item may hold the next too: "Thirdly, the SCO should ... . Fourthly, it ...")
        if style == "none" or (style == "ordinal" and isinstance(number, int)) or (style == "bullet" and following == 2):
            split = _split_inline(p.text, following, number if style == "ordinal" else 1)
            if split and (style != "ordinal" or len(split) > 1):
                for u in split:
                    u.para = index
                units.extend(split)
                continue
        if style == "none" and index == len(paragraphs) - 1:
            number, style, end = _cut_marker(p.text)
        units.append(_Unit(p.text, number, style, end, para=index))
    return units


def _cut_marker(text: str) -> tuple[int | None, str, int]:
    """A page's last paragraph that is a later ordinal cut short, three letters or more ("Sec"): the next item's marker, with
    no item after it (the item before it runs whole up to it)."""
    word = text.strip().lower()
    found = [n for w, n in knowledge().ordinals.items() if isinstance(n, int) and n > 1 and w.startswith(word)] if len(word) >= 3 else []
    return (min(found), "ordinal", len(text)) if found else (None, "none", 0)


# An intro that ends by pointing at what follows, with a colon or in words: "He proposed the following steps."
_FOLLOWING = re.compile(r"\b(?:the following|as follows)\b[^.!?]{0,40}[.!?]?$", re.I)


def _introduces(text: str) -> bool:
    text = text.rstrip()
    return text.endswith(":") or bool(_FOLLOWING.search(text))


def _find_lists(units: list[_Unit], announced_at: int | None, count: int | None):
    """Every run of items numbered 1, 2, 3 … (or a bullet list after an intro): (intro index, item unit indexes, the units
    with the items' markers)."""
    for i, unit in enumerate(units):
        if unit.style in ("ordinal", "numbered") and unit.number == 1:
            items = _run(units, unit.style, [[i]])
            if len(items) >= 2 or _cut_after_first(units, i, announced_at):
                yield i - 1, items, units
            elif unit.style == "ordinal" and announced_at is not None and announced_at <= unit.para:
                found = _sequence_run(units, i, count)
                if found:
                    yield i - 1, *found
        first = _unmarked_first(units, i)
        if first:
            yield first[0] - 1, _run(units, unit.style, [first, [i]]), units
        if unit.style == "bullet" and i > 0 and units[i - 1].style != "bullet" and (_introduces(units[i - 1].text) or announced_at is not None):
            items = [[i]]
            for j in range(i + 1, len(units)):
                if units[j].style == "bullet":
                    items.append([j])
                elif j + 1 < len(units) and units[j + 1].style == "bullet" and not _resumes(units[j].text):
                    items[-1].append(j)  # a paragraph between two bullets belongs to the item before it
                else:
                    break
            if len(items) >= 2:
                yield i - 1, items, units


def _run(units: list[_Unit], style: str, items: list[list[int]]) -> list[list[int]]:
    """The items of a list from its first ones on: each marker numbered next opens an item, other paragraphs go on the last."""
    for j in range(items[-1][-1] + 1, len(units)):
        u = units[j]
        expected = len(items) + 1
        if u.style == style and (u.number == expected or (u.number == "last" and expected > 2)):
            items.append([j])
        elif u.style == "ordinal" and u.number == "last" and style == "numbered":
            break
        elif u.style in ("ordinal", "numbered") and u.style != style and u.number == expected:
            items.append([j])  # mixed styles: "First, … 2. …" still counts in order
        elif u.style in ("ordinal", "numbered", "bullet") and u.style == style:
            break
        else:
            items[-1].append(j)
    return items


def _sequence_run(units: list[_Unit], first: int, count: int | None) -> tuple[list[list[int]], list[_Unit]] | None:
    """A list begun by "First," (or "To begin with,") and gone on with sequence words instead of ordinals ("Next,", "In
    addition,", "Furthermore,", data/ordinals.yml sequence_words; "Finally," too), under an announced count: the items,
    when the words give exactly that many, and the units with the words as the items' markers."""
    if not count or count < 2:
        return None
    words = _sequence_words()
    items, marked = [[first]], list(units)
    for j in range(first + 1, len(units)):
        u = units[j]
        # (not one that resumes the narrative: "In addition, the leaders adopted ...")
        m = words.match(lower(u.text)) if u.style == "none" and not u.inline and not _resumes(u.text) else None
        if len(items) < count and (m or (u.style == "ordinal" and u.number == "last" and len(items) == count - 1)):
            items.append([j])
            if m:
                marked[j] = _Unit(u.text, len(items), "ordinal", m.end(), para=u.para)
        elif u.style != "none":
            break
        else:
            items[-1].append(j)
    return (items, marked) if len(items) == count else None


@lru_cache(maxsize=1)
def _sequence_words() -> re.Pattern:
    return re.compile(rf"(?:and\s+)?{alternation(knowledge().sequence_words)},\s*")


UNMARKED_FIRST_REACH = 3  # paragraphs an unmarked first item may hold


def _unmarked_first(units: list[_Unit], i: int) -> list[int] | None:
    """A report that gives its first item without a marker, then "Secondly, ...": the paragraphs between the line that
    names the proposal ("The premier made the proposal in an address to ...") and the second item are the first item."""
    if units[i].style != "ordinal" or units[i].number != 2 or any(u.number == 1 for u in units[:i]):
        return None
    for k in range(i - 1, max(-1, i - 2 - UNMARKED_FIRST_REACH), -1):
        if units[k].style != "none" or units[k].inline:
            return None
        if STRONG_INTRO.search(units[k].text) and k + 1 < i:
            between = range(k + 1, i)
            return None if any(_resumes(units[j].text) for j in between) else list(between)
    return None


def _cut_after_first(units: list[_Unit], i: int, announced_at: int | None) -> bool:
    """A page cut inside its list's first item: the item is the text's last paragraph, right under a line that introduces
    proposals ("Premier Wen made the following suggestions ...:" / "First, to seize ... betwe") or announces their count
    ("Wang made five suggestions on ..." / "Firstly, the members should ... firmly suppor")."""
    if i != len(units) - 1 or i == 0 or units[i].inline:
        return False
    intro = units[i - 1]
    return (intro.text.rstrip().endswith((":", "：")) and bool(STRONG_INTRO.search(intro.text))) \
        or (announced_at is not None and intro.para == announced_at and not intro.inline)


def _trim_last(units: list[_Unit], items: list[list[int]]) -> None:
    """The last item keeps no more continuation paragraphs than the others had, and stops where narrative resumes."""
    # Spoken lists ("First, ...") get at least one paragraph: a last item often ends with a sentence of
    # its own ("It should ..., Xi said."). Numbered and bulleted items are self-contained lines.
    floor = 1 if units[items[0][0]].style == "ordinal" else 0
    allowed = max([len(item) - 1 for item in items[:-1]] + [floor])
    last = items[-1]
    if units[last[0]].inline:
        del last[1:]
        return
    kept = [last[0]]
    heading = not units[last[0]].text.rstrip().endswith((".", "!", "?", ";", ":", *FULL_STOPS_ABROAD, "；", "："))  # "5. Uphold openness" over its paragraph
    # (a paragraph naming the speaker as the earlier items' own paragraphs did, and asking as they did, goes on: "Wang said
    # the countries should ..." in an earlier item, "Wang stressed that ... should be ..." in the last)
    named = {units[j].text.split(" ", 1)[0] for item in items[:-1] for j in item[1:]} - {"The", "He", "She", "They", "It"}
    for j in last[1:]:
        goes_on = units[j].text.split(" ", 1)[0] in named and _ASKS_AS_AN_ITEM.search(units[j].text)
        resumes = _resumes(units[j].text) and not goes_on
        if len(kept) - 1 >= allowed or (resumes and not (heading and len(kept) == 1)) or units[j].style != "none" \
                or CUT_MARK.match(units[j].text):
            break
        kept.append(j)
    items[-1] = kept


_ASKS_AS_AN_ITEM = re.compile(r"\b(?:should|must|needs? to)\b")
_LIST_JOINER = re.compile(r"[;,]\s*(?:and|or)?\s*$")  # the "; and" an item ends with before the next
_ITEM_JOINER = re.compile(r"[;,]\s*(?:and)?\s*$")


def _summary_body(unit: _Unit) -> str:
    return unit.text[unit.marker_end :].strip() if not unit.inline else _strip_inline_marker(unit.text)


def _summary(unit: _Unit) -> str:
    body = _summary_body(unit)
    sentence = first_sentence(body)
    sentence = _LIST_JOINER.sub("", sentence).strip()
    return sentence[:1].upper() + sentence[1:]


def _inline_marker_end(text: str) -> int:
    """Where an inline item's text starts after its marker ("and third, ", "(2) ")."""
    _, inline = ordinal_patterns()
    m = inline.match(text) or ordinal_adverbs().match(text) or INLINE_NUMBER.match(text) or unspaced_markers()[1].match(text)
    return m.end() if m else 0


def _strip_inline_marker(text: str) -> str:
    return text[_inline_marker_end(text) :]


def proposals(paragraphs: tuple[Paragraph, ...], announced_at: int | None, count: int | None = None,
              speaker: str | None = None) -> tuple[list[Proposal], str | None, str]:
    """The speaker's enumerated proposals, the intro sentence they hang from, and the rule used."""
    rejected: tuple[str | None, str] | None = None
    taken: tuple[list[Proposal], str | None, str] | None = None
    for intro_index, items, units in _find_lists(_units(paragraphs), announced_at, count):
        intro = units[intro_index].text if intro_index >= 0 else ""
        why = _not_proposals(units[items[0][0]], intro, announced_at, of_count=bool(count) and len(items) == count)
        if why is None and _all_done(units, items, announced_at):
            why = "not proposals: " + units[items[0][0]].style + " list of what has been done"
        # (the items with the paragraphs under them, the last one's own paragraph: what follows it may be the narrative)
        told = [" ".join([_summary_body(units[item[0]])] + [units[j].text for j in item[1:]]) for item in items[:-1]]
        if why is None and announced_at is None and views(intro, told + [_summary_body(units[items[-1][0]])]):
            why = "not proposals: " + units[items[0][0]].style + " list of views that asks for nothing"
        if why is not None:
            rejected = rejected or (intro, why)
            continue
        found = _items(units, items), intro, f"{units[items[0][0]].style} list"
        # (a list of another count, or one another titled person put forward, gives way to a later list of the count announced
        # and the speaker's: "Opening the meeting, Kazakh Prime Minister ... put forward three ideas. First, ..." over "Zhou
        # made two proposals." / "First, ...")
        if (not count or len(found[0]) == count) and not _anothers(intro, speaker):
            return found
        taken = taken or found
    if taken:
        return taken
    if not rejected and announced_at is not None and count:
        found = _unmarked_inline(paragraphs[announced_at].text, count)
        if found:
            return found, paragraphs[announced_at].text, "unmarked inline list of the announced count"
        # (the lead may announce the count and a later line introduce the list: "Hu's four proposals ... are:")
        for at in range(announced_at, len(paragraphs)):
            found = _unmarked_paragraphs(paragraphs, at, count)
            if found:
                return found, paragraphs[at].text, "unmarked paragraphs of the announced count"
    return ([], rejected[0], rejected[1]) if rejected else ([], None, "")


def _anothers(intro: str, speaker: str | None) -> bool:
    """The intro's last sentence names another titled person and not the speaker ("Kazakh Prime Minister Daulet Nurlanov put
    forward ..."; not "Addressing leaders including UN Secretary-General Antonio Guterres, Xi put forward ...")."""
    sentence = (sentences(intro) or ("",))[-1]
    return bool(speaker and first_titled_name(sentence)) and not any(re.search(rf"\b{re.escape(part)}\b", sentence) for part in speaker.split())


def _unmarked_paragraphs(paragraphs: tuple[Paragraph, ...], at: int, count: int) -> list[Proposal] | None:
    """A line of proposals closed by a colon, under an announced count, over exactly that many paragraphs without markers, as a report lists them:
    "Hu's four proposals are:" / "Strengthening the political base ...;" / ... / "Creating a sound external environment
    ...". Each item is one paragraph of at most two sentences, none resumes the narrative, and the items before the last
    are joined as a list's are (a ";" or "; and" ends at least one of them), or each opens with a short heading and a dash
    ("Uphold the Shanghai Spirit – Mutual trust ... remain the core principles."); a list of headed items may be cut short by
    the text's end."""
    intro = paragraphs[at].text.rstrip()
    items = paragraphs[at + 1 : at + 1 + count]
    if count < 2 or len(items) < 2 or not intro.endswith(":") or not STRONG_INTRO.search(intro):
        return None
    if any(_resumes(p.text) or marker(p.text)[1] != "none" or len(sentences(p.text)) > 2 for p in items):
        return None
    headed = all(_HEADED_ITEM.match(p.text) for p in items)
    if len(items) < count and not (headed and at + 1 + len(items) == len(paragraphs)):
        return None
    if not headed and not any(_LIST_JOINER.search(p.text) for p in items[:-1]):
        return None
    return [Proposal(n, p.text, _summary(_Unit(p.text, n, "none"))) for n, p in enumerate(items, start=1)]


_HEADED_ITEM = re.compile(r"[A-Z][^.!?:;–—]{2,60}?\s[–—]\s")  # "Joint Responsibility for Security – Wang called for ..."
_ITEM_SPLIT = re.compile(r";\s++(?:and\s++)?")


def _unmarked_inline(text: str, count: int) -> list[Proposal] | None:
    """An announced count followed by a colon and exactly that many items parted by semicolons, without markers:
    "Wang put forward four suggestions: to ...; to ...; to ...; and to ...." (the last item ends the sentence)."""
    colon = text.find(": ")
    if colon < 0 or count < 2:
        return None
    parts = _ITEM_SPLIT.split(first_sentence(text[colon + 2 :]))
    if len(parts) != count or not all(p.strip() for p in parts):
        return None
    result = []
    for number, part in enumerate(parts, start=1):
        part = part.strip()
        # a cardinal that counts the item is its marker: "made three suggestions: one, the SCO should ...; two, ..."
        counted = _COUNTED_ITEM.match(part)
        if counted and knowledge().cardinals.get(counted[1].lower()) == number:
            part = part[counted.end() :]
        result.append(Proposal(number, part, part[:1].upper() + part[1:]))
    return result


_COUNTED_ITEM = re.compile(r"([A-Za-z]+),\s++")


def _not_proposals(first: _Unit, intro: str, announced_at: int | None, of_count: bool = False) -> str | None:
    """Why a list is not the speaker's proposals, or None when it is; `of_count`: the list has as many items as the text
    announces."""
    announced_here = announced_at is not None and first.para - 3 <= announced_at <= first.para
    return not_proposals(intro, _summary_body(first), first.style, first.inline, announced_here, of_count)


def _all_done(units: list[_Unit], items: list[list[int]], announced_at: int | None) -> bool:
    """Every item tells what has been done (no count was announced)."""
    return announced_at is None and all_done([first_sentence(_summary_body(units[item[0]])) for item in items])


def _last_inline(body: str, units: list[_Unit], items: list[list[int]]) -> str:
    """The last item of an inline list ends with its sentence; in the text's last paragraph (a page cut there), after items
    that ran over several sentences, it runs as they did, to the paragraph's end or a sentence that resumes the narrative
    ("Qin made a five-point proposal. First, ... . All parties should ... Second, ... Third, ... . China will ...")."""
    head = units[items[-1][0]]
    # (a sentence opening as the items before it went on, "All parties should ...", goes on this one too)
    going_on = {_opener(x) for item in items[:-1] for x in sentences(_summary_body(units[item[0]]))[1:]}
    if head.para != units[-1].para or not going_on:
        return first_sentence(body)
    end = len(body)
    for i, sentence in enumerate(sentences(body)):
        if i and _resumes(sentence) and _opener(sentence) not in going_on:
            end = body.index(sentence)
            break
    return body[:end].strip()


def _opener(sentence: str) -> str:
    return " ".join(sentence.split()[:2]).lower()


def _items(units: list[_Unit], items: list[list[int]]) -> list[Proposal]:
    """The proposals of an accepted list."""
    _trim_last(units, items)
    result = []
    for number, item in enumerate(items, start=1):
        head = units[item[0]]
        last_inline = head.inline and number == len(items)  # the last inline item ends with its sentence
        # (the sentence after its marker: "4. Iran calls for ..." is not a sentence "4.")
        start = _inline_marker_end(head.text) if last_inline else 0
        texts = [head.text[:start] + _last_inline(head.text[start:], units, items) if last_inline else head.text]
        texts += [units[j].text for j in item[1:]]
        text = "\n\n".join(t.strip() for t in texts)
        if head.inline or head.style == "bullet":  # (the "; and" that joins the items: "• to hold an annual forum;")
            text = _ITEM_JOINER.sub("", text).strip()
        if number > 1 and number == len(items) and not _summary_body(head).strip(" \"“"):
            break  # a page cut right after the last marker ("Second, "): no item
        result.append(Proposal(number, text, _summary(head)))
    return result
