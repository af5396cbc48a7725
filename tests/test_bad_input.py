"""Bad input: each problem is one clear line naming the file, and every other text is still built."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from pathlib import Path

import pytest

from sco_archive.pipeline import run
from sco_archive.read import read_source
from sco_archive.slug import slugify

from .conftest import SEEDS

GOOD = (SEEDS / "001_e29fc6cbd48e96a3.txt").read_text(encoding="utf-8")


def _build(folder: Path):
    archive = run([str(folder)])
    return archive, {d.id: d for d in archive.documents}


BAD_FILES = {
    "empty.txt": (b"", "empty file, nothing to extract"),
    "blank.txt": (b" \n\t\n\xc2\xa0\n", "empty file, nothing to extract"),
    "binary.txt": (bytes(range(256)) * 4, "refused, binary data (not a text file)"),
    "notes.pdf": (b"%PDF-1.4", "skipped, not a .txt file"),
    ".hidden.txt": (GOOD.encode(), "skipped, a hidden file (its name starts with a dot)"),
    "Good.yml": (b"title: Pinned\n", "skipped, a sidecar without its text (Good.txt)"),
    "Index.txt": (GOOD.encode(), "refused, its page name 'index' is reserved for the list of documents; rename the file"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_is_one_error_line_and_the_good_text_still_builds(tmp_path, name):
    data, message = BAD_FILES[name]
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    archive, docs = _build(tmp_path)
    assert archive.errors == (f"{tmp_path / name}: {message}",)
    assert list(docs) == ["good"]
    assert docs["good"].speaker.name == "Wang Yi"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-16", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")],
)
def test_other_encodings_extract_the_same_record(tmp_path, encoding, bom):
    text = GOOD.replace("\u00a0", " ") + "\n\nThe correspondent in Genève called it “historic”.\n"
    (tmp_path / "x.txt").write_bytes(bom + text.encode(encoding, errors="replace"))
    _, docs = _build(tmp_path)
    doc = docs["x"]
    assert (doc.date, doc.venue.city, len(doc.proposals)) == ("2021-07-14", "Dushanbe", 5)
    assert any("cp1252" in str(w) for w in doc.warnings) == (encoding == "cp1252")
    assert "The correspondent in Genève called it “historic”." in doc.text


def test_stems_differing_in_case_are_refused_by_name(tmp_path):
    (tmp_path / "Report.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "report.txt").write_text(GOOD, encoding="utf-8")
    archive, docs = _build(tmp_path)
    assert list(docs) == ["Report"]
    assert archive.errors == (f"{tmp_path}/report.txt: refused, its page name 'report' is already used by {tmp_path}/Report.txt",)


def test_symlink_outside_the_folder_is_refused(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    archive, docs = _build(folder)
    assert list(docs) == ["good"]
    assert archive.errors == (f"{folder}/link.txt: refused, a symlink pointing outside its folder",)


@pytest.mark.parametrize("name", ["with spaces.txt", "Genève 会议.txt", "..dots.txt", "a..b.txt", "UPPER_case-Name.txt", "会议.txt"])
def test_odd_names_work_with_safe_unique_slugs(tmp_path, name):
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    archive, docs = _build(tmp_path)
    if name.startswith("."):
        assert archive.errors and "hidden" in archive.errors[0]
        return
    assert archive.errors == ()
    (doc,) = docs.values()
    assert doc.id == Path(name).stem
    slug = slugify(doc.id)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)
    assert ".." not in slug and "/" not in slug


def test_slugs_of_different_unicode_names_differ():
    assert slugify("会议") != slugify("会谈")
    assert slugify("Genève") == "geneve"


def test_a_5_mb_file_and_a_1_mb_line_take_bounded_time(tmp_path):
    paragraph = re.sub(r"\s+", " ", GOOD[GOOD.index("First,") : GOOD.index("Second,")])
    (tmp_path / "big.txt").write_text((GOOD + "\n\n") + ("\n\n".join([paragraph] * (5_000_000 // len(paragraph)))), encoding="utf-8")
    (tmp_path / "line.txt").write_text(" ".join([paragraph.strip()] * (1_000_000 // len(paragraph))), encoding="utf-8")
    start = time.process_time()
    archive, docs = _build(tmp_path)
    elapsed = time.process_time() - start
    assert set(docs) == {"big", "line"} and archive.errors == ()
    assert docs["big"].speaker.name == "Wang Yi"
    # A generous bound (about 20x what it takes here): a quadratic rule would take minutes.
    assert elapsed < 60, f"{elapsed:.1f}s"


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    import sco_archive.read as read

    monkeypatch.setattr(read, "MAX_BYTES", 1000)
    (tmp_path / "huge.txt").write_text(GOOD, encoding="utf-8")
    source = read_source(tmp_path / "huge.txt", "huge.txt")
    assert source.error.startswith("refused, ") and "byte limit" in source.error


def test_no_unsafe_yaml_loading_anywhere():
    root = SEEDS.parent / "src"
    offenders = [str(p) for p in root.rglob("*.py") if re.search(r"yaml\.load\(|FullLoader|UnsafeLoader|yaml\.unsafe", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_unreadable_file_is_one_error_line(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    archive, _ = _build(tmp_path)
    assert archive.errors[0].startswith(f"{path}: cannot be read")


# ---------------------------------------------------------------- the same at site level

SITE_GOOD = ["000_e826e2ac9eb657ac", "001_e29fc6cbd48e96a3", "003_9ad0c85d99907b88", "004_056d7b4322dae992"]
SITE_BAD = {  # case: ({file: bytes}, the file the message must name)
    "empty file": ({"empty.txt": b""}, "seeds/empty.txt"),
    "binary file": ({"binary.txt": bytes(range(256)) * 8}, "seeds/binary.txt"),
    "sidecar with bad YAML": ({"pinned-a.txt": GOOD.encode(), "pinned-a.yml": b"title: [unclosed\n"}, "seeds/pinned-a.yml"),
    "sidecar with an unknown key": ({"pinned-b.txt": GOOD.encode(), "pinned-b.yml": b"colour: red\n"}, "seeds/pinned-b.yml"),
    "sidecar with a wrong type": ({"pinned-c.txt": GOOD.encode(), "pinned-c.yml": b"date: 12\n"}, "seeds/pinned-c.yml"),
    "sidecar without its text": ({"lost.yml": b"title: Lost\n"}, "seeds/lost.yml"),
    "stems differing in case": ({"Report.txt": GOOD.encode(), "report.txt": GOOD.encode()}, "seeds/report.txt"),
    "non-.txt file": ({"notes.pdf": b"%PDF-1.4"}, "seeds/notes.pdf"),
    "symlink outside seeds/": ({"link.txt": None}, "seeds/link.txt"),
    "text named like the documents list": ({"Index.txt": GOOD.encode()}, "seeds/Index.txt"),
}


def _bad_project(root: Path, cases: list[str]) -> Path:
    """The project's mkdocs.yml and docs/ (Pagefind off: not under test here), four good seeds, bad inputs."""
    from .conftest import ROOT
    from .sitekit import make_project

    project = make_project(root, seeds={f"{s}.txt": (SEEDS / f"{s}.txt").read_text(encoding="utf-8") for s in SITE_GOOD})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n      pagefind: false\n")
    assert "pagefind: false" in text
    config.write_text(text, encoding="utf-8")
    (root / "outside.txt").write_text(GOOD, encoding="utf-8")
    for case in cases:
        for name, data in SITE_BAD[case][0].items():
            if data is None:
                (project / "seeds" / name).symlink_to(root / "outside.txt")
            else:
                (project / "seeds" / name).write_bytes(data)
    assert ROOT != project
    return project


def _check(project: Path, capsys) -> tuple[int, list[str]]:
    from sco_archive.cli import main

    with contextlib.chdir(project):
        code = main(["check", "--strict", "seeds"])
    out = capsys.readouterr()
    return code, (out.out + out.err).splitlines()


def test_the_good_site_passes_check_and_a_strict_build(tmp_path, capsys):
    from .sitekit import build_site

    project = _bad_project(tmp_path / "archive", [])
    assert _check(project, capsys)[0] == 0
    assert build_site(project, tmp_path / "site") == []


@pytest.mark.parametrize("case", sorted(SITE_BAD))
def test_each_bad_input_fails_check_and_the_strict_build_in_one_line_naming_the_file(tmp_path, capsys, case):
    from .sitekit import Abort, BuildLog, build_site

    project = _bad_project(tmp_path / "archive", [case])
    named = SITE_BAD[case][1]
    code, lines = _check(project, capsys)
    assert code != 0 and [line for line in lines if named in line], (code, lines)
    handler = BuildLog()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        with pytest.raises(Abort):
            build_site(project, tmp_path / "site", strict=True)
    finally:
        logger.removeHandler(handler)
    assert [m for m in handler.messages if named in m and "\n" not in m], handler.messages


def test_a_lenient_build_with_every_bad_input_still_builds_every_other_page(tmp_path):
    from .sitekit import build_site

    project = _bad_project(tmp_path / "archive", sorted(SITE_BAD))
    warnings = build_site(project, tmp_path / "site", strict=False)
    for case, (_, named) in SITE_BAD.items():
        assert any(named in w for w in warnings), case
    built = sorted(p.parent.name for p in (tmp_path / "site" / "documents").glob("*/index.html"))
    assert built == sorted([slugify(s) for s in SITE_GOOD] + ["pinned-a", "pinned-b", "pinned-c", "report"])
    assert len(SITE_BAD) == 10
