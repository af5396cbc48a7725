"""The command line: the JSON contract, the table, check's exit codes, help on every command."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from sco_archive.cli import build_parser, main

from .conftest import SEEDS

CONTRACT_DOC_KEYS = {
    "id", "source", "kind", "title", "date", "published", "speaker", "venue", "meeting", "announced_proposals",
    "proposals", "themes", "warnings", "overridden", "evidence", "removed",
}
CONTRACT_MEETING_KEYS = {"id", "date", "body", "number", "city", "country", "documents"}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sco_archive.cli", *args], capture_output=True, text=True, check=False)


def test_extract_json_keeps_the_contract(tmp_path):
    single = tmp_path / "one.txt"
    single.write_bytes((SEEDS / "001_e29fc6cbd48e96a3.txt").read_bytes())
    result = _run("extract", str(SEEDS), str(single), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]][-1] == "one"
    for doc in data["documents"]:
        assert CONTRACT_DOC_KEYS <= set(doc)
        assert set(doc["meeting"]) >= {"id", "body", "number"}
        assert doc["source"] in {str(SEEDS / f"{doc['id']}.txt"), str(single)}
        for p in doc["proposals"]:
            assert set(p) >= {"number", "text", "summary"}
        for r in doc["removed"]:
            assert set(r) >= {"line", "text", "reason"}
    for meeting in data["meetings"]:
        assert CONTRACT_MEETING_KEYS <= set(meeting)
    # the copy of seed 001 reports the same meeting: both land in one meeting
    dushanbe = [m for m in data["meetings"] if m["city"] == "Dushanbe"]
    assert [m["documents"] for m in dushanbe] == [["001_e29fc6cbd48e96a3", "one"]]


def test_extract_defaults_to_seeds_and_prints_a_table(monkeypatch, capsys):
    monkeypatch.chdir(SEEDS.parent)
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert "003_9ad0c85d99907b88  remarks" in out
    assert out.strip().endswith("5 documents, 4 meetings")


def test_check_passes_on_the_seeds_and_fails_on_a_warning(write_texts):
    assert _run("check", str(SEEDS)).returncode == 0
    folder = write_texts({"vague.txt": "The ministers talked about many things for a long time and then went home.\n"})
    result = _run("check", str(folder))
    assert result.returncode == 1
    assert f"{folder}/vague.txt: venue: no meeting city found" in result.stdout


def test_check_strict_fails_on_notes_and_bad_input_is_exit_2(write_texts):
    assert _run("check", "--strict", str(SEEDS)).returncode == 1  # 002 takes its date from the meeting: a note
    folder = write_texts({"empty.txt": ""})
    result = _run("check", str(folder))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {folder}/empty.txt: empty file, nothing to extract"


def test_missing_path_is_a_one_line_error():
    result = _run("extract", "no/such/folder")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: no/such/folder: no such file or folder"


def _subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_command_has_help(name):
    sub = _subcommands()[name]
    assert sub.description and len(sub.description) > 20, f"{name} has no help text"
    result = _run(name, "--help")
    assert result.returncode == 0 and "usage:" in result.stdout


def test_data_dictionary_describes_every_field_of_the_schema():
    from sco_archive.publish.dictionary import dictionary_page
    from sco_archive.publish.schema import SCHEMA

    def props(schema, path=""):
        for name, prop in schema.get("properties", {}).items():
            key = f"{path}.{name}" if path else name
            yield key, prop
            target = prop.get("items", prop)
            if "$ref" not in target:
                yield from props(target, key)

    page = dictionary_page()
    fields = list(props(SCHEMA)) + [kv for name, d in SCHEMA["$defs"].items() for kv in props(d, name)]
    assert len(fields) > 40
    for key, prop in fields:
        assert prop.get("description"), f"{key} has no description in the schema"
        assert f"| `{key}` |" in page


def test_progress_bar_only_on_a_terminal_after_a_second_and_not_with_quiet(monkeypatch, capsys):
    import io

    from sco_archive import cli

    class Tty(io.StringIO):
        def isatty(self):
            return True

    clock = iter([0.0, 0.5, 2.0, 3.0, 4.0])
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    tty = Tty()
    monkeypatch.setattr(cli.sys, "stderr", tty)
    bar = cli.Progress(quiet=False, label="extract")  # starts at 0.0
    bar(1, 3)  # 0.5 s: too early to show
    assert tty.getvalue() == ""
    bar(3, 3)  # 2.0 s: shown, and finished with a newline
    assert tty.getvalue() == "\rextract [##############################] 3/3\n"
    assert not cli.Progress(quiet=True, label="x").enabled
    monkeypatch.setattr(cli.sys, "stderr", io.StringIO())
    assert not cli.Progress(quiet=False, label="x").enabled  # not a terminal


def test_check_prints_a_sidecar_error_once(write_texts):
    """Issue 17.11: a bad sidecar was printed twice, as an input error and again as the text's warning."""
    folder = write_texts({"one.txt": (SEEDS / "001_e29fc6cbd48e96a3.txt").read_text(encoding="utf-8"),
                          "one.yml": "speeker: nobody\n"})
    result = _run("check", str(folder))
    assert result.returncode == 2
    said = (result.stdout + result.stderr).splitlines()
    assert [line for line in said if "speeker" in line] == [
        f"error: {folder}/one.yml:1: unknown key 'speeker' (allowed: kind, title, date, published, speaker, venue, "
        "meeting, announced_proposals, proposals, themes)"], said
