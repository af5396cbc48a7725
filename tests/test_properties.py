"""Properties: clean is idempotent, extract never raises, grouping ignores input order."""

from __future__ import annotations

import random
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sco_archive.clean import clean
from sco_archive.extract import extract
from sco_archive.group import group
from sco_archive.model import Source
from sco_archive.read import normalise

from .conftest import SEEDS

SEED_TEXTS = [normalise(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
LINES = [line for text in SEED_TEXTS for line in text.split("\n")]
PIECES = st.sampled_from(LINES + ["", "First, ", "Second, ", "1. ", "- ", "Thank you.", "Colleagues,", "(Xinhua/Li Tao)", "Print"])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(PIECES, st.text(max_size=60)), max_size=40).map("\n".join),
)
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])  # the same examples every run: CI does not find a new one by chance


def _text(cleaned) -> str:
    return "\n\n".join(p.text for p in cleaned.paragraphs)


@SETTINGS
@given(TEXTS)
@example("0|\na|")  # two lines that, joined into one paragraph, read as a menu (found by hypothesis)
@example("On September 10, 2020 local time, Wang Yi attended the meeting of the Council in Moscow.\n2021-07-14 15:08\n"
         "On September 10, 2020 local time, Wang Yi attended the meeting of the Council in Moscow.")  # (hypothesis)
def test_clean_is_idempotent(text):
    once = clean(normalise(text))
    twice = clean(_text(once))
    assert [p.text for p in twice.paragraphs] == [p.text for p in once.paragraphs]


@SETTINGS
@given(TEXTS)
def test_extract_never_raises(text):
    text = normalise(text)
    doc = extract(Source("x", "x.txt", "x.txt", text), clean(text))
    assert doc.kind in {"report", "remarks", "interview", "press_conference", "statement", "other"}
    assert all(p.number == i for i, p in enumerate(doc.proposals, start=1))


def _docs():
    return [extract(Source(f"d{i}", f"d{i}.txt", "", t), clean(t)) for i, t in enumerate(SEED_TEXTS + SEED_TEXTS[:2])]


DOCS = _docs()


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_input_order(rnd: random.Random):
    shuffled = DOCS[:]
    rnd.shuffle(shuffled)
    docs_a, meetings_a = group(DOCS)
    docs_b, meetings_b = group(shuffled)
    assert meetings_a == meetings_b
    assert docs_a == docs_b


def _lost_words(text: str) -> list[tuple[int, str]]:
    """Words of input lines that are neither in the clean text nor in that line's removed record."""
    cleaned = clean(text)
    by_line: dict[int, str] = {}
    for r in cleaned.removed:
        by_line[r.line] = by_line.get(r.line, "") + " " + r.text
    kept = set(re.findall(r"\w+", _text(cleaned)))
    lost = []
    for number, line in enumerate(text.split("\n"), start=1):
        removed_words = set(re.findall(r"\w+", by_line.get(number, "")))
        lost += [(number, w) for w in re.findall(r"\w+", line) if w not in kept and w not in removed_words]
    return lost


CORPUS_TEXTS = sorted((SEEDS.parent / "tests" / "corpus" / "texts").glob("*.txt"))


def test_nothing_lost_on_the_corpus():
    for path in CORPUS_TEXTS:
        assert _lost_words(normalise(path.read_text(encoding="utf-8"))) == [], path.name


@SETTINGS
@given(TEXTS)
def test_nothing_lost_on_generated_texts(text):
    assert _lost_words(normalise(text)) == []
