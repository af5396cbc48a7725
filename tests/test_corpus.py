"""The labelled corpus: every field of every text, known failures as strict xfail."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .evaluate import FIELDS, evaluate

CORPUS = Path(__file__).parent / "corpus"
KNOWN = {(k["text"], k["field"]): k["why"] for k in yaml.safe_load((CORPUS / "known_failures.yml").read_text(encoding="utf-8"))}
LABELLED = sorted(p.stem for p in (CORPUS / "labels").glob("*.yml"))


@pytest.fixture(scope="module")
def results():
    return evaluate(CORPUS)[0]


def test_corpus_is_big_enough_and_fully_labelled():
    texts = sorted(p.stem for p in (CORPUS / "texts").glob("*.txt"))
    assert len(texts) >= 15
    assert texts == LABELLED


def _cases():
    for name in LABELLED:
        for field in FIELDS:
            marks = [pytest.mark.xfail(reason=KNOWN[(name, field)], strict=True)] if (name, field) in KNOWN else []
            yield pytest.param(name, field, marks=marks, id=f"{name}-{field}")


@pytest.mark.parametrize(("name", "field"), list(_cases()))
def test_field(results, name, field):
    if field not in results[name]:
        pytest.skip("no label for this field")  # grouping is only labelled for texts with a partner
    ok, got, want = results[name][field]
    assert ok, f"got {got!r}, want {want!r}"


HOLDOUT = Path(__file__).parent / "holdout"


def test_holdout_accuracy_does_not_regress():
    """The held-out texts are measured, not fitted: a floor on overall accuracy guards against regressions.

    First blind run (before any rule saw these texts): 78.4% of fields; see docs/extraction.md.
    """
    results, _, _ = evaluate(HOLDOUT)
    checks = [ok for fields in results.values() for ok, _, _ in fields.values()]
    assert len(results) >= 12
    assert sum(checks) / len(checks) >= 0.96


BLIND = Path(__file__).parent / "blind"


def test_blind_accuracy_does_not_regress():
    """The blind split was written by a helper from a brief; the rules were never tuned on it (its texts
    were not read while developing). A floor on overall accuracy guards against regressions.

    First run (before issue 16's rules): 82.5% of fields; after: 87.6%; see docs/extraction.md.
    Session 8 added 24 texts (b2_*, a second helper, a new brief): 83.6% on them before that session's
    changes, 85.5% on all 50; 91.5% on all 50 after them. Session 9 added 48 (b3_*, b4_*): all 98 went from
    90.9% to 92.5%. Session 10 added 24 (b5_*): 91.9% on them on arrival, 92.6% on all 122; 94.3% after the
    session's rules. Session 11 added 24 (b6_*): 97.6% on them on arrival; all 146 went from 94.9% to 95.3%
    (the first 122 alone from 94.4% to 94.8%). Session 12 added 24 (b7_*, half with a proposal list): 95.7% on them
    on arrival with the session's first code; all 170 went from 95.4% to 95.7% with the session's rules.
    """
    results, _, _ = evaluate(BLIND)
    checks = [ok for fields in results.values() for ok, _, _ in fields.values()]
    assert len(results) >= 170
    assert sum(checks) / len(checks) >= 0.95
