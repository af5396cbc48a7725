"""The table of public fields (fields.py) feeds the serialiser, the JSON Schema, the data dictionary, the
sidecar checks, the facts boxes and the CSVs: each of those follows it."""

from __future__ import annotations

import csv
import io
import json
import re

import jsonschema
import pytest

from sco_archive.fields import (ARCHIVE, DOCUMENT, DOCUMENTS_CSV, FACTS, MEETING, MEETING_FACTS, PROPOSAL, PROPOSALS_CSV,
                                field, sidecar_keys, walk)
from sco_archive.overrides import OverrideError, load
from sco_archive.pipeline import run
from sco_archive.publish.dictionary import dictionary_page
from sco_archive.publish.downloads import data_files
from sco_archive.publish.schema import SCHEMA
from sco_archive.render.index import doc_uri, meeting_uri
from sco_archive.render.markdown import cell
from sco_archive.render.pages import pages
from sco_archive.serialise import archive_dict

from .conftest import ROOT

TABLES = {"archive": ARCHIVE, "document": DOCUMENT, "meeting": MEETING}
EVERY = [(f"{name}.{path}", f) for name, fields in TABLES.items() for path, f in walk(fields)]


@pytest.fixture(scope="module")
def seeds():
    return run([str(ROOT / "seeds")])


def test_no_two_fields_share_a_description():
    seen: dict[str, str] = {}
    for path, f in EVERY:
        assert f.description.strip(), f"{path} has no description"
        assert f.description not in seen, f"{path} has the description of {seen.get(f.description)}"
        seen[f.description] = path


def test_the_schema_gives_each_field_its_own_description_and_validates_archive_json_of_the_seeds(seeds):
    document = SCHEMA["$defs"]["document"]["properties"]
    assert document["title"]["description"] == field("title").description
    assert document["speaker"]["properties"]["title"]["description"] == field("speaker.title").description
    assert document["evidence"]["additionalProperties"]["properties"]["rule"]["description"] == field("evidence.rule").description
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(json.loads(data_files(seeds)["archive.json"]), SCHEMA, cls=jsonschema.Draft202012Validator)


def test_archive_json_holds_the_fields_of_the_table_in_its_order(seeds):
    data = archive_dict(seeds)
    assert list(data) == [f.name for f in ARCHIVE]
    assert all(list(d) == [f.name for f in DOCUMENT] for d in data["documents"])
    assert all(list(m) == [f.name for f in MEETING] for m in data["meetings"])
    assert all(list(p) == [f.name for f in PROPOSAL] for d in data["documents"] for p in d["proposals"])
    assert list(next(d for d in data["documents"] if d["speaker"])["speaker"]) == ["name", "title"]


def test_the_data_dictionary_shows_each_fields_label_description_column_and_sidecar_type():
    page = dictionary_page()
    for path, f in EVERY:
        row = next((line for line in page.splitlines() if line.startswith(f"| `{path.removeprefix('archive.')}` |")), None)
        assert row, f"{path} is not on the data dictionary page"
        for shown in (f.description, f.label, f.csv, f.sidecar):
            if shown:
                assert f"| {cell(shown)} |" in row, f"{path}: {shown!r} is not in its row"


def test_the_views_name_fields_that_can_be_shown_there():
    assert all(field(path).label for path in FACTS)
    assert all(field(name, MEETING).label for name in MEETING_FACTS)
    columns = [field(path).csv for path in DOCUMENTS_CSV]
    assert None not in columns and len(set(columns)) == len(columns)
    assert {path for path, f in walk(DOCUMENT) if f.csv and not path.startswith("proposals.")} == set(DOCUMENTS_CSV)
    assert {name for name, f in walk(PROPOSAL) if f.csv} == set(PROPOSALS_CSV)


def test_the_facts_boxes_and_csvs_follow_the_views(seeds):
    made = pages(seeds)
    doc = next(d for d in seeds.documents if d.speaker)
    box = made[doc_uri(doc)].split('!!! info sco-facts "Facts"', 1)[1].split("\n\n", 2)[1]
    assert re.findall(r"^    \| ([^|]+?) \|", box, re.M)[1:] == [field(path).label for path in FACTS]
    meeting = made[meeting_uri(seeds.meetings[0].id)].split('!!! info sco-facts "Facts"', 1)[1].split("\n\n", 2)[1]
    assert re.findall(r"^    \| ([^|]+?) \|", meeting, re.M)[1:] == [field(n, MEETING).label for n in MEETING_FACTS]
    files = data_files(seeds)
    assert next(csv.reader(io.StringIO(files["documents.csv"]))) == [field(path).csv for path in DOCUMENTS_CSV]
    assert next(csv.reader(io.StringIO(files["proposals.csv"])))[4:] == list(PROPOSALS_CSV) + ["url"]


def test_a_sidecar_may_pin_the_fields_the_table_says_and_names_their_type(tmp_path):
    sidecar = tmp_path / "x.yml"
    sidecar.write_text("colour: red\n", encoding="utf-8")
    with pytest.raises(OverrideError) as unknown:
        load(sidecar, "x.yml")
    assert unknown.value.args[0].endswith(f"(allowed: {', '.join(sidecar_keys())})")
    for key, f in sidecar_keys().items():
        sidecar.write_text(f"{key}: [[1]]\n" if key != "proposals" else f"{key}: 5\n", encoding="utf-8")
        with pytest.raises(OverrideError) as bad:
            load(sidecar, "x.yml")
        assert f"'{key}' must be {f.sidecar}, got" in bad.value.args[0]
    sidecar.write_text("venue: {online: maybe}\n", encoding="utf-8")
    with pytest.raises(OverrideError, match=f"'venue.online' must be {field('venue.online').sidecar}, got 'maybe'"):
        load(sidecar, "x.yml")
