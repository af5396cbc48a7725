"""The content-hash cache: only changed texts are extracted again, and cached output equals uncached."""

from __future__ import annotations

import shutil

from sco_archive.pipeline import Cache, run
from sco_archive.serialise import archive_dict

from .conftest import SEEDS


def test_cached_output_equals_uncached_and_only_the_edited_text_is_redone(tmp_path):
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    cache = Cache()
    first = run([str(tmp_path)], cache=cache)
    assert (cache.hits, cache.misses) == (0, 5)
    assert archive_dict(run([str(tmp_path)], cache=cache)) == archive_dict(first)
    assert (cache.hits, cache.misses) == (5, 5)

    edited = tmp_path / "001_e29fc6cbd48e96a3.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Dushanbe", "Khujand"), encoding="utf-8")
    (tmp_path / "004_056d7b4322dae992.yml").write_text("date: 2023-05-04\n", encoding="utf-8")
    again = run([str(tmp_path)], cache=cache)
    assert (cache.hits, cache.misses) == (8, 7)  # the edited text and the one with a new sidecar
    assert archive_dict(again) == archive_dict(run([str(tmp_path)]))
    docs = {d.id: d for d in again.documents}
    assert docs["001_e29fc6cbd48e96a3"].venue.city == "Khujand"
    assert docs["004_056d7b4322dae992"].date == "2023-05-04"
