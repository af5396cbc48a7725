"""Issue 19: one bad file never breaks the archive. Every input problem (calendar, range, size, depth,
aliases, duplicate keys, encoding, links, permissions, name length) is one line naming the file (and
the line and key of a sidecar), `check`/`extract`/`build` exit 2, and every other text is built."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sco_archive import overrides, read
from sco_archive.cli import main
from sco_archive.pipeline import Cache, run
from sco_archive.serialise import archive_dict

from .conftest import SEEDS

SEED = "004_056d7b4322dae992"  # a report by Qin Gang, Goa 2023
GOOD_NAMES = sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture
def folder(tmp_path):
    """A seeds folder with one text (the one the sidecars pin) and another good text."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / f"{SEED}.txt", seeds / f"{SEED}.txt")
    shutil.copy(SEEDS / "001_e29fc6cbd48e96a3.txt", seeds / "good.txt")
    return seeds


def _run(folder: Path):
    archive = run([str(folder)])
    # what `extract --json` and the site write: it must encode (a lone surrogate did not)
    json.dumps(archive_dict(archive), ensure_ascii=False).encode("utf-8")
    return archive, {d.id: d for d in archive.documents}


def _one_error(archive, starts: str) -> str:
    assert len(archive.errors) == 1, archive.errors
    (line,) = archive.errors
    assert line.startswith(starts) and "\n" not in line, line
    return line


# ---------------------------------------------------------------- sidecars

LONG = "x" * 20_000
SIDECARS = {  # case: (sidecar text, the message after "<file>:")
    "not a calendar date": ("date: 2021-02-29\n", "1: 'date' is not a calendar date, got '2021-02-29' (day is out of range for month)"),
    "month 13": ("date: 2021-13-01\n", "1: 'date' is not a calendar date, got '2021-13-01' (month must be in 1..12)"),
    "hour 25": ("published: 2021-01-01 25:00:00\n", "1: 'published' must be a date YYYY-MM-DD or null, got '2021-01-01 25:00:00'"),
    "tagged timestamp": ("title: x\ndate: !!timestamp 2021-02-30\n", "2: 'date' is not a calendar date, got '2021-02-30' (day is out of range for month)"),
    "first day": ("date: 0001-01-01\n", "1: 'date' must be between 1990-01-01 and 2100-12-31, got '0001-01-01'"),
    "last day": ("published: 9999-12-31\n", "1: 'published' must be between 1990-01-01 and 2100-12-31, got '9999-12-31'"),
    "5000 digits": ("announced_proposals: " + "9" * 5000 + "\n", "1: 'announced_proposals' is a number of 5000 characters, over the limit of 20"),
    "hex digits": ("meeting:\n  number: 0x" + "f" * 5000 + "\n", "2: 'meeting.number' is a number of 5002 characters, over the limit of 20"),
    "tagged int": ("announced_proposals: !!int five\n", "1: 'announced_proposals' is tagged int but 'five' is not one"),
    "nested flow": ("title: " + "[" * 5000 + "]" * 5000 + "\n", "1: refused, nested deeper than 20 levels"),
    "nested block": ("title:\n  " + "- " * 5000 + "x\n", "2: refused, nested deeper than 20 levels"),
    "lone surrogate": ('title: "\\ud800"\n', "1: 'title' holds a lone surrogate ('\\ud800'), which is not text"),
    "surrogate below": ('speaker:\n  name: "Qin \\udfff"\n', "2: 'speaker.name' holds a lone surrogate ('\\udfff'), which is not text"),
    "surrogate in a key": ('"\\udc80": x\n', "1: '\\udc80' holds a lone surrogate ('\\udc80'), which is not text"),
    "duplicate key": ("title: One\nkind: report\ntitle: Two\n", "3: key 'title' given twice (lines 1 and 3); keep one"),
    "duplicate key below": ("speaker:\n  name: A\n  name: B\n", "3: key 'speaker.name' given twice (lines 2 and 3); keep one"),
    "many aliases": ("title: &t " + LONG + "\nproposals: [" + ", ".join(["*t"] * 1000) + "]\n", "2: refused, more than 16 aliases"),
    "aliases expanding": ("title: &t " + LONG + "\nproposals: [*t, *t, *t, *t]\n", "2: 'proposals' expands to over 65536 characters through aliases"),
    "laughs": ("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
               "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n", "3: refused, more than 16 aliases"),
    "laughs in few aliases": ("a: &a [" + ", ".join(["y" * 50] * 100) + "]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n",
                              "3: 'c' expands to over 65536 characters through aliases"),
    "deep through aliases": ("a: &a " + "[" * 15 + "]" * 15 + "\nb: " + "[" * 10 + "*a" + "]" * 10 + "\n",
                             "2: refused, 'b' is nested deeper than 20 levels through aliases"),
    "recursive alias": ("proposals: &p [*p]\n", "1: 'proposals' refers to itself through an alias"),
    "recursive merge": ("speaker: &s {<<: *s}\n", "1: 'speaker' refers to itself through an alias"),
    "summary not text": ("proposals:\n  - {text: Deepen trust., summary: 5}\n", "1: each of 'proposals' must be text or a mapping with text and summary, got {'text': 'Deepen trust.', 'summary': 5}"),
    "key with a newline": ('"a\\nb": x\n', "1: unknown key 'a\\nb' (allowed:"),
}


@pytest.mark.parametrize("case", sorted(SIDECARS))
def test_a_bad_sidecar_is_one_line_naming_file_line_and_key_and_everything_is_built(folder, case):
    text, message = SIDECARS[case]
    (folder / f"{SEED}.yml").write_text(text, encoding="utf-8")
    archive, docs = _run(folder)
    line = _one_error(archive, f"{folder}/{SEED}.yml:")
    assert line.startswith(f"{folder}/{SEED}.yml:{message}"), line
    assert len(line) < 400
    assert sorted(docs) == [SEED, "good"]
    assert docs[SEED].speaker.name == "Qin Gang" and docs[SEED].overridden == ()  # extracted, nothing pinned
    assert docs["good"].speaker.name == "Wang Yi"


def test_dates_in_range_and_aliases_within_bounds_still_pin(folder):
    (folder / f"{SEED}.yml").write_text(
        "date: 1990-01-01\npublished: 2100-12-31\ntitle: &t Pinned\nproposals: [*t, *t]\nmeeting: {number: 99999999999999999999}\n",
        encoding="utf-8")
    archive, docs = _run(folder)
    assert archive.errors == ()
    doc = docs[SEED]
    assert (doc.date, doc.published, doc.title, doc.number) == ("1990-01-01", "2100-12-31", "Pinned", 10**20 - 1)
    assert [p.text for p in doc.proposals] == ["Pinned", "Pinned"]


def test_a_sidecar_over_the_size_limit_is_refused_unread(folder):
    (folder / f"{SEED}.yml").write_text("title: " + "x" * (70 * 1024) + "\n", encoding="utf-8")
    archive, docs = _run(folder)
    assert _one_error(archive, f"{folder}/{SEED}.yml: ") == \
        f"{folder}/{SEED}.yml: refused, {70 * 1024 + 8} bytes is over the 65536 byte limit for a sidecar"
    assert docs[SEED].title != "x" * 10


def test_a_sidecar_that_is_not_utf8_is_one_line(folder):
    (folder / f"{SEED}.yml").write_bytes(b"title: caf\xe9\n")
    archive, _ = _run(folder)
    assert _one_error(archive, f"{folder}/{SEED}.yml") == f"{folder}/{SEED}.yml: not valid UTF-8 (byte 10)"


def test_a_sidecar_symlink_out_of_the_folder_is_refused_never_read(folder):
    secret = folder.parent / "secret.yml"
    secret.write_text("title: SECRET from outside\n", encoding="utf-8")
    (folder / f"{SEED}.yml").symlink_to(secret)
    archive, docs = _run(folder)
    assert _one_error(archive, "") == f"{folder}/{SEED}.yml: refused, a symlink pointing outside its folder"
    assert "SECRET" not in json.dumps(archive_dict(archive))
    assert docs[SEED].title != "SECRET from outside"


def test_a_sidecar_symlink_inside_the_folder_is_read(folder):
    (folder / "pins.yml.keep").write_text("title: Pinned through a link\n", encoding="utf-8")
    (folder / f"{SEED}.yml").symlink_to(folder / "pins.yml.keep")
    archive, docs = _run(folder)
    assert archive.errors == (f"{folder}/pins.yml.keep: skipped, not a .txt file",)
    assert docs[SEED].title == "Pinned through a link"


@pytest.mark.parametrize("kind", ["loop", "dead link", "link to the folder", "folder", "fifo"])
def test_a_sidecar_that_is_no_file_is_one_line(folder, kind):
    sidecar = folder / f"{SEED}.yml"
    if kind == "loop":
        sidecar.symlink_to(sidecar)
        message = "refused, a symlink loop"
    elif kind == "dead link":
        sidecar.symlink_to(folder / "nowhere.yml")
        message = "refused, a symlink to nothing"
    elif kind == "link to the folder":
        sidecar.symlink_to(".")
        message = "refused, a symlink to a folder (links to folders are not followed)"
    elif kind == "folder":
        sidecar.mkdir()
        message = "refused, not a regular file"
    else:
        os.mkfifo(sidecar)  # reading it would wait forever
        message = "refused, not a regular file"
    archive, docs = _run(folder)
    assert _one_error(archive, "") == f"{sidecar}: {message}"
    assert sorted(docs) == [SEED, "good"]


# ---------------------------------------------------------------- texts and the folder


def test_a_utf16_bom_that_is_not_utf16_is_refused_in_one_line(folder):
    (folder / "odd.txt").write_bytes(b"\xff\xfe" + "Qin Gang".encode("utf-16-le") + b"\x00\xd8x\x00")
    (folder / "half.txt").write_bytes(b"\xfe\xffabc")
    archive, docs = _run(folder)
    assert archive.errors == (
        f"{folder}/half.txt: refused, starts with a UTF-16 byte-order mark but is not valid UTF-16 (truncated data at byte 4)",
        f"{folder}/odd.txt: refused, starts with a UTF-16 byte-order mark but is not valid UTF-16 (illegal UTF-16 surrogate at byte 18)",
    )
    assert sorted(docs) == [SEED, "good"]


def test_a_text_over_the_line_limit_is_refused_in_one_line(folder, monkeypatch):
    monkeypatch.setattr(read, "MIN_LINES", 1000)
    (folder / "lines.txt").write_text("SCO\n" * 1500, encoding="utf-8")
    archive, docs = _run(folder)
    assert archive.errors == (f"{folder}/lines.txt: refused, 1,501 lines in 6,000 bytes is over the limit of 1,000 lines "
                              "(one line per 32 bytes, at least 1,000)",)
    assert sorted(docs) == [SEED, "good"]


def test_the_line_limit_follows_the_size_and_is_generous():
    """Many short lines cost memory by their number: a text's lines are bounded by its size."""
    assert read.line_limit(100) == read.MIN_LINES == 20_000
    assert read.line_limit(3_000_000) == 93_750  # a million lines of "ab" in 3 MB: refused
    assert read.line_limit(read.MAX_BYTES) == 655_360
    for path in SEEDS.glob("*.txt"):
        data = path.read_bytes()
        assert data.count(b"\n") * 20 < read.line_limit(len(data))
        assert len(data) / (data.count(b"\n") + 1) > 2 * read.BYTES_PER_LINE  # seeds' lines are long


def test_symlink_loops_and_links_to_folders_are_one_line_each(folder):
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    (folder / "self").symlink_to(folder / "self")
    (folder / "here").symlink_to(".")
    (folder / "up").symlink_to("..")
    (folder / "up.txt").symlink_to("..")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    archive, docs = _run(folder)
    assert archive.errors == tuple(sorted([
        f"{folder}/a.txt: refused, a symlink loop",
        f"{folder}/b.txt: refused, a symlink loop",
        f"{folder}/gone.txt: refused, a symlink to nothing",
        f"{folder}/here: refused, a symlink to a folder (links to folders are not followed)",
        f"{folder}/self: refused, a symlink loop",
        f"{folder}/up: refused, a symlink to a folder (links to folders are not followed)",
        f"{folder}/up.txt: refused, a symlink to a folder (links to folders are not followed)",
    ]))
    assert sorted(docs) == [SEED, "good"]


def test_a_text_whose_name_is_255_bytes_is_built(folder):
    name = "a" * 251 + ".txt"  # NAME_MAX: its .yaml sidecar could not even be named
    shutil.copy(folder / "good.txt", folder / name)
    archive, docs = _run(folder)
    assert archive.errors == ()
    assert docs["a" * 251].speaker.name == "Wang Yi"
    assert overrides.sidecar_for(folder / name) is None


def test_a_file_name_that_is_not_utf8_is_one_line(folder):
    shutil.copy(folder / "good.txt", os.path.join(os.fsencode(folder), b"caf\xe9.txt"))
    archive, docs = _run(folder)
    assert archive.errors == (f"{folder}/caf\\xe9.txt: refused, the file name is not valid UTF-8",)
    assert sorted(docs) == [SEED, "good"]
    given = os.fsdecode(os.path.join(os.fsencode(folder), b"caf\xe9.txt"))
    archive = run([given, str(folder / "good.txt")])
    assert archive.errors == (f"{folder}/caf\\xe9.txt: refused, the name is not valid UTF-8",)
    assert [d.id for d in archive.documents] == ["good"]


def test_an_unreadable_seeds_folder_is_one_line(folder, monkeypatch):
    real = os.scandir

    def scandir(path="."):
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(read.os, "scandir", scandir)
    archive = run([str(folder), str(SEEDS / f"{GOOD_NAMES[0]}.txt")])
    assert archive.errors == (f"{folder}: cannot be read (Permission denied)",)
    assert [d.id for d in archive.documents] == [GOOD_NAMES[0]]


def test_an_unreadable_seeds_folder_is_one_line_for_real(folder):
    folder.chmod(0)
    try:
        if os.access(folder, os.R_OK):
            pytest.skip("this user reads a folder with mode 000 (root): the test above covers it")
        archive = run([str(folder)])
        assert archive.errors == (f"{folder}: cannot be read (Permission denied)",)
    finally:
        folder.chmod(0o755)


def test_a_path_too_long_for_the_system_is_one_line(tmp_path):
    archive = run([str(tmp_path / ("x" * 300))])
    assert archive.errors == (f"{tmp_path / ('x' * 300)}: cannot be read (File name too long)",)


# ---------------------------------------------------------------- dates found in texts


def test_dates_out_of_range_in_a_text_are_dropped_with_a_warning(folder):
    (folder / "far.txt").write_text(
        "The SCO Council of Heads of State met in Bishkek on 1 January 0001, on 9999-12-31 and on December 31, 9999.\n\n"
        "Wang Yi attended the meeting.\n", encoding="utf-8")
    archive, docs = _run(folder)
    assert archive.errors == ()
    assert docs["far"].date is None
    assert any(str(w).startswith("date: no meeting date found") for w in docs["far"].warnings)


def test_a_yearless_29_february_next_to_a_dated_meeting_does_not_crash_grouping(folder):
    (folder / "a.txt").write_text("BISHKEK, June 14, 2021 (Xinhua) -- The meeting of the SCO Council of Foreign Ministers "
                                  "was held in Bishkek on Monday.\n\nWang Yi attended the meeting.\n", encoding="utf-8")
    (folder / "b.txt").write_text("BISHKEK, Feb. 29 (Xinhua) -- The meeting of the SCO Council of Foreign Ministers "
                                  "was held in Bishkek.\n\nWang Yi attended the meeting.\n", encoding="utf-8")
    archive, docs = _run(folder)  # (ValueError: day is out of range for month, from grouping)
    assert docs["a"].date == "2021-06-14" and docs["b"].date is None


# ---------------------------------------------------------------- the commands


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sco_archive.cli", *args], cwd=cwd, capture_output=True,
                          text=True, check=False, timeout=120)


def test_extract_json_and_check_exit_2_on_a_lone_surrogate_and_print_the_rest(folder):
    (folder / f"{SEED}.yml").write_text('title: "\\ud800"\n', encoding="utf-8")
    line = f"error: {folder}/{SEED}.yml:1: 'title' holds a lone surrogate ('\\ud800'), which is not text"
    result = _cli(["extract", "--json", str(folder)], folder)
    assert (result.returncode, result.stderr.splitlines()) == (2, [line])
    assert sorted(d["id"] for d in json.loads(result.stdout)["documents"]) == [SEED, "good"]
    result = _cli(["check", str(folder)], folder)
    assert result.returncode == 2 and line in result.stderr.splitlines()


def test_build_exits_2_with_one_line_before_building(folder, capsys):
    from .sitekit import make_project

    project = make_project(folder.parent / "archive", seeds={"good.txt": (folder / "good.txt").read_text(encoding="utf-8")})
    (project / "seeds" / "good.yml").write_text("date: 2021-02-29\n", encoding="utf-8")
    with contextlib.chdir(project):
        code = main(["build"])
    assert code == 2
    assert capsys.readouterr().err.splitlines() == [
        "error: seeds/good.yml:1: 'date' is not a calendar date, got '2021-02-29' (day is out of range for month)"]


def test_a_lenient_build_names_every_bad_input_in_one_line_and_builds_every_good_text(tmp_path):
    """What `mkdocs serve` does on each rebuild: the problems are logged, the good pages are served."""
    from .sitekit import build_site, make_project

    project = make_project(tmp_path / "archive", seeds={f"{s}.txt": (SEEDS / f"{s}.txt").read_text(encoding="utf-8") for s in GOOD_NAMES})
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n      pagefind: false\n"), encoding="utf-8")
    seeds = project / "seeds"
    bad = {"pinned.yml": "date: 2021-02-29\n", "deep.yml": "title: " + "[" * 3000 + "\n", "dup.yml": "title: a\ntitle: b\n",
           "laughs.yml": SIDECARS["laughs"][0], "surrogate.yml": SIDECARS["lone surrogate"][0]}
    for name, text in bad.items():
        shutil.copy(SEEDS / f"{SEED}.txt", seeds / name.replace(".yml", ".txt"))
        (seeds / name).write_text(text, encoding="utf-8")
    shutil.copy(SEEDS / f"{SEED}.txt", seeds / ("n" * 251 + ".txt"))  # a 255-byte name: built
    (seeds / "bom.txt").write_bytes(b"\xff\xfeab\x00\xdc")
    (seeds / "loop.txt").symlink_to(seeds / "loop.txt")
    (seeds / "up").symlink_to("..")
    (tmp_path / "secret.yml").write_text("title: SECRET\n", encoding="utf-8")
    shutil.copy(SEEDS / f"{SEED}.txt", seeds / "leak.txt")
    (seeds / "leak.yml").symlink_to(tmp_path / "secret.yml")
    warnings = build_site(project, tmp_path / "site", strict=False)
    for named in [*bad, "bom.txt", "loop.txt", "up", "leak.yml"]:
        lines = [w for w in warnings if w.startswith(f"seeds/{named}:")]
        assert len(lines) == 1 and "\n" not in lines[0], (named, warnings)
    built = sorted(p.parent.name for p in (tmp_path / "site" / "documents").glob("*/index.html"))
    from sco_archive.slug import slugify

    expected = [slugify(s) for s in GOOD_NAMES] + [n[:-4] for n in bad] + ["leak", slugify("n" * 251)]
    assert built == sorted(expected)
    assert "SECRET" not in "".join(p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "site").rglob("*.html"))


# ---------------------------------------------------------------- the watcher (mkdocs serve)


def test_serve_watches_seeds_flat_and_never_through_a_link_out_of_it(tmp_path):
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer
    from watchdog.utils.dirsnapshot import DirectorySnapshot

    from .sitekit import make_project

    project = make_project(tmp_path / "archive", seeds={"good.txt": (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")})
    seeds = (project / "seeds").resolve()
    (seeds / "up").symlink_to("..")
    (seeds / "here").symlink_to(".")
    config = load_config(config_file=str(project / "mkdocs.yml"))
    assert [Path(w).resolve() for w in config.watch] == [seeds]  # the project's mkdocs.yml lists it
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    try:
        # what `mkdocs serve` does: the plugins' on_serve, then every `watch:` entry
        server.watch(config.docs_dir)
        server = config.plugins.on_serve(server, config=config, builder=lambda: None)
        for item in config.watch:
            server.watch(item)
        watches = {Path(w.path).resolve(): w.is_recursive for w in server._watch_refs.values()}
        assert watches[seeds] is False
        for path, recursive in watches.items():
            assert not (recursive and (path == seeds or path in seeds.parents)), path
        snapshot = DirectorySnapshot(str(seeds), recursive=False)
        assert {Path(p).relative_to(seeds).parts[:1] for p in snapshot.paths} <= {(), ("good.txt",), ("up",), ("here",)}
    finally:
        server.server_close()
    archive = run([str(seeds)])
    assert archive.errors == (f"{seeds}/here: refused, a symlink to a folder (links to folders are not followed)",
                              f"{seeds}/up: refused, a symlink to a folder (links to folders are not followed)")


# ---------------------------------------------------------------- one random bad file among good ones

_CACHE = Cache()  # the good seeds are extracted once for all examples
BASE = {d.id: d for d in run([str(SEEDS)]).documents}
_FIELDS = ("kind", "speaker", "venue", "body", "number", "proposals", "themes", "published", "text", "warnings")

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
                     st.dates().map(str), st.sampled_from(["2021-02-29", "0001-01-01", "9999-12-31", "\ud800", "*a", "&a x"]))
_KEYS = st.one_of(st.sampled_from(list(overrides._FIELDS) + ["name", "title", "city", "online", "number", "text", "<<"]), st.text(max_size=8))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)), max_leaves=12)
_PIECES = [line for text in SIDECARS.values() for line in text[0].splitlines()[:3] if len(line) < 300]


def _dumped(value: object) -> str:
    try:
        return yaml.safe_dump(value, allow_unicode=True)
    except yaml.YAMLError:
        return "title: x\n"


_SIDECAR = st.one_of(
    st.dictionaries(_KEYS, _VALUES, max_size=5).map(_dumped),
    st.lists(st.sampled_from(_PIECES), max_size=6).map("\n".join),
    st.text(max_size=200),
    st.binary(max_size=200),
)
_TEXT = st.one_of(st.binary(max_size=400), st.binary(max_size=40).map(lambda b: b"\xff\xfe" + b), st.text(max_size=300).map(str.encode))


def _check_one_bad_file(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for stem in GOOD_NAMES:
            shutil.copy(SEEDS / f"{stem}.txt", folder / f"{stem}.txt")
        if name.endswith(".yml"):
            shutil.copy(SEEDS / f"{SEED}.txt", folder / "bad.txt")
        (folder / name).write_bytes(data)
        archive = run([str(folder)], cache=_CACHE)  # does not raise
        json.dumps(archive_dict(archive), ensure_ascii=False).encode("utf-8")
        assert len(archive.errors) <= 1, archive.errors
        assert all(e.startswith(f"{folder}/{name}") and "\n" not in e for e in archive.errors), archive.errors
        docs = {d.id: d for d in archive.documents}
        for stem in GOOD_NAMES:  # every good text is extracted as it is alone
            assert [getattr(docs[stem], f) for f in _FIELDS] == [getattr(BASE[stem], f) for f in _FIELDS], stem
        if name.endswith(".yml"):  # a bad sidecar never costs its text
            assert "bad" in docs


PROPERTY = settings(max_examples=100, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@PROPERTY
@given(_SIDECAR)
@example("date: 2021-02-29\ntitle: a\ntitle: b\n")
@example(SIDECARS["laughs"][0])
@example(b"\xff\xfe\x00\xd8")
def test_random_sidecar_among_good_texts(data):
    _check_one_bad_file("bad.yml", data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))


@PROPERTY
@given(_TEXT)
@example(b"\xff\xfe\x00\xd8")
@example(b"")
def test_random_text_among_good_texts(data):
    _check_one_bad_file("bad.txt", data)
