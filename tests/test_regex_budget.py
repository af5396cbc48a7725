"""Every pattern the package compiles is linear or bounded on adversarial text.

A repeated group whose items can be split more than one way backtracks exponentially on a line that
almost matches (a pipe menu of 13 items with a year took 104 s in the publication-line pattern). This
test collects every pattern the package compiles while it builds the seeds' site and reads both
corpora (tests/regex_inventory.py, in a fresh interpreter), and times each one on strings made to
make such patterns backtrack: long runs of separators, digits, capitals, repeated words, menus that
almost match; and each of them lower-cased, as the patterns written in lower case read a text. A pattern that takes
longer than the bound on any of them fails CI. (`search` is timed on the strings
of about 600 characters, `match` and `fullmatch` on those of 3,000 too.)

The bound is generous (a linear pattern takes well under a millisecond on these strings; an
exponential one takes seconds at 30 items), so a busy machine does not make the test flaky.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOUND = 1.0  # seconds for one search, match or fullmatch on one string (worst seen: 46 ms quiet, 194 ms under load)

_UNITS = [
    "Home | ", "News|", "a | ", "SCO & China | ", "x-y: ", "| ", "｜", "> ", "» ", " / ", "a / b ",
    "1", "12 ", "2024 ", "2024-", "1.", "(1) ", "1) ", "a) ", "IV. ", "-", "– ", "• ",
    "A", "AB ", "Xi ", "The ", "H.E. ", "President ", "Mr. ", "First, ", "and ", "of the ",
    "share x ", "print ", "photo ", "©", "(c) ", "Copyright ", "Source: ", "Editor: ",
    "a", " ", "\t", ".", ",", ":", "'", '"', "(", ")", "a.", "Abc Def ", "abc def ", "AbcDef",
    "中文 ", "русский ", "é", "\u00a0", "June 9, ", "9 June ", "Monday, ", "10:25 ", "GMT+8 ",
]
_ENDS = ["", "!", "\x00", " 2024", "|", ".", " x", "\n"]


def _strings() -> list[str]:
    """Each unit repeated to about 600 and 3,000 characters, each with endings that spoil a match."""
    out = []
    for unit in _UNITS:
        for length in (600, 3000):
            body = unit * max(1, length // len(unit))
            out += [body + end for end in _ENDS]
    # menus that almost match the publication line: items, then a year, then a spoiler
    for items in (13, 40):
        menu = " | ".join(f"Item{i}" for i in range(items))
        out += [menu + " | 2024", menu + " 2024-05-06 x", "Home | " + menu + " | Updated: 2024"]
    # the patterns written in lower case read the text lower-cased (knowledge.lower): the strings as they see them
    return out + [s.lower() for s in out if s.lower() != s]


@pytest.fixture(scope="module")
def patterns() -> list[re.Pattern]:
    found = subprocess.run([sys.executable, str(ROOT / "tests" / "regex_inventory.py")], capture_output=True,
                           text=True, check=True, cwd=ROOT)
    compiled = [re.compile(p, f) for p, f in json.loads(found.stdout)]
    assert len(compiled) > 50  # the inventory saw the package's patterns, not an empty run
    return compiled


def test_the_inventory_finds_lazily_compiled_patterns(patterns):
    sources = {p.pattern for p in patterns}
    assert any("(?P<n0>" in s for s in sources)  # the noise rules
    assert any("(?P<b0>" in s for s in sources)  # the meeting bodies


class _TooSlow(Exception):
    pass


def _interrupt(signum, frame):
    raise _TooSlow  # the regex engine checks for signals, so a runaway search stops here


def test_every_pattern_is_fast_on_adversarial_strings(patterns):
    strings = _strings()
    slow = []
    worst = (0.0, "")
    previous = signal.signal(signal.SIGALRM, _interrupt)
    try:
        for pattern in patterns:
            for text in strings:
                # search tries every start, so on the long strings a pattern that is linear per start
                # (".*copyright.*", matched against one line) reads as quadratic: search the short ones
                operations = (pattern.match, pattern.fullmatch) if len(text) > 1000 else (pattern.search, pattern.match, pattern.fullmatch)
                for operation in operations:
                    start = time.perf_counter()
                    signal.setitimer(signal.ITIMER_REAL, 2 * BOUND)
                    try:
                        operation(text)
                    except _TooSlow:
                        pass
                    finally:
                        signal.setitimer(signal.ITIMER_REAL, 0)
                    took = time.perf_counter() - start
                    if took > worst[0]:
                        worst = (took, f"{operation.__name__} {pattern.pattern[:80]!r} on {text[:30]!r}")
                    if took > BOUND:
                        slow.append(f"{took:.2f} s {operation.__name__} {pattern.pattern[:160]!r} on {text[:50]!r}...")
                        break
    finally:
        signal.signal(signal.SIGALRM, previous)
    print(f"worst single call: {worst[0] * 1000:.1f} ms ({worst[1]}) over {len(patterns)} patterns x {len(strings)} strings")
    assert not slow, f"{len(slow)} slow calls:\n" + "\n".join(slow[:30])
