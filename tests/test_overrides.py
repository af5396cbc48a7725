"""Sidecar overrides: pinning fields, and clear errors naming file, line and key."""

from __future__ import annotations

import shutil

import pytest

from sco_archive.knowledge import knowledge
from sco_archive.pipeline import run
from sco_archive.serialise import archive_dict

from .conftest import SEEDS

SEED = "004_056d7b4322dae992"


@pytest.fixture
def folder(tmp_path):
    shutil.copy(SEEDS / f"{SEED}.txt", tmp_path / f"{SEED}.txt")
    return tmp_path


def _doc(folder):
    archive = run([str(folder)])
    return archive_dict(archive)["documents"][0], archive.errors


def test_pinned_fields_replace_extracted_ones_and_are_listed(folder):
    (folder / f"{SEED}.yml").write_text(
        "date: 2023-05-04\nspeaker:\n  title: Foreign Minister\nvenue:\n  city: Benaulim\nmeeting:\n  number: 23\nthemes: [security]\n",
        encoding="utf-8",
    )
    doc, errors = _doc(folder)
    assert errors == ()
    assert doc["date"] == "2023-05-04"
    assert doc["speaker"] == {"name": "Qin Gang", "title": "Foreign Minister"}
    assert doc["venue"] == {"city": "Benaulim", "country": "India", "online": False}
    assert doc["meeting"]["number"] == 23
    assert doc["themes"] == ["security"]
    assert doc["overridden"] == ["date", "meeting", "speaker", "themes", "venue"]
    assert doc["evidence"]["date"]["rule"] == f"pinned in {folder}/{SEED}.yml:1"
    assert doc["meeting"]["id"] == "2023-05-04-council-of-foreign-ministers-benaulim"


def test_pinned_proposals(folder):
    (folder / f"{SEED}.yml").write_text("proposals:\n  - Uphold independence.\n  - text: Deepen security.\n    summary: Security.\n", encoding="utf-8")
    doc, _ = _doc(folder)
    assert [(p["number"], p["summary"]) for p in doc["proposals"]] == [(1, "Uphold independence."), (2, "Security.")]


@pytest.mark.parametrize(("pinned", "body"), [
    ("SCO summit", "Council of Heads of State"),  # an alias of data/bodies.yml, in any case
    ("council of the ministers of foreign affairs", "Council of Foreign Ministers"),
    ("Meeting of Defence Ministers", "Meeting of Defence Ministers"),
    ("Council of Elders", "Council of Elders"),  # not in the data: kept as written
])
def test_a_pinned_body_is_canonical_like_an_extracted_one(folder, pinned, body):
    (folder / f"{SEED}.yml").write_text(f"meeting:\n  body: {pinned}\n", encoding="utf-8")
    doc, errors = _doc(folder)
    assert errors == () and doc["meeting"]["body"] == body
    assert doc["evidence"]["meeting.body"]["text"] == pinned  # the evidence is what was pinned


def test_a_text_pinned_to_an_alias_of_its_body_joins_the_meeting_of_the_same_text_unpinned(folder):
    shutil.copy(folder / f"{SEED}.txt", folder / "copy.txt")
    (folder / "copy.yml").write_text("meeting:\n  body: foreign ministers' meeting\n", encoding="utf-8")
    archive = run([str(folder)])
    assert [d.body for d in archive.documents] == ["Council of Foreign Ministers"] * 2
    assert len(archive.meetings) == 1


def test_every_canonical_body_name_is_its_own_alias():
    k = knowledge()
    assert all(k.canonical_body(name) == name for name in k.bodies)


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ("kind: report\nspeeker: Qin\n", ":2: unknown key 'speeker'"),
        ("date: yesterday\n", ":1: 'date' must be a date YYYY-MM-DD, got 'yesterday'"),
        ("announced_proposals: five\n", ":1: 'announced_proposals' must be a whole number or null, got 'five'"),
        ("venue:\n  online: maybe\n", ":1: 'venue.online' must be true or false, got 'maybe'"),
        ("meeting:\n  bdy: x\n", ":1: unknown key 'meeting.bdy'"),
        ("kind: [report\n", ": bad YAML"),
        ("- just\n- a list\n", ":1: a sidecar must be a mapping"),
        ("kind: speech\n", ":1: 'kind' must be one of report, remarks"),
    ],
)
def test_bad_sidecars_are_one_line_errors_and_the_text_still_builds(folder, sidecar, message):
    (folder / f"{SEED}.yml").write_text(sidecar, encoding="utf-8")
    doc, errors = _doc(folder)
    assert len(errors) == 1 and "\n" not in errors[0]
    assert errors[0].startswith(f"{folder}/{SEED}.yml")
    assert message in errors[0]
    assert doc["speaker"]["name"] == "Qin Gang"  # the extraction itself is intact
    assert any(w.startswith("sidecar:") for w in doc["warnings"])


def test_warnings_are_records_of_a_field_and_pinning_a_field_removes_only_its_own(tmp_path):
    """Warnings are (field, message) records, shown as "<field>: <message>": a pin removes the warnings
    of its field and no other, whatever their messages say."""
    from dataclasses import replace

    from sco_archive.model import Warning
    from sco_archive.overrides import apply

    (tmp_path / "vague.txt").write_text("Officials met.\n\nThey talked about trade.\n", encoding="utf-8")
    doc = run([str(tmp_path)]).documents[0]
    assert {w.field for w in doc.warnings} == {"speaker", "meeting", "venue", "date"}
    assert all(str(w) == f"{w.field}: {w.message}" for w in doc.warnings)
    doc = replace(doc, warnings=doc.warnings + (Warning("proposals", "venue: mentioned in the message only"), Warning(None, "about the text")))
    pinned = apply(doc, {"venue": ({"city": "Goa"}, 1), "meeting": ({"body": "Council"}, 2)}, "vague.yml")
    assert [str(w) for w in pinned.warnings] == [str(w) for w in doc.warnings if w.field not in ("venue", "meeting")]
    assert str(Warning(None, "about the text")) == "about the text"
