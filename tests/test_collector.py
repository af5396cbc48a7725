"""The garbage collector is paused while the stage runs, and is always back on afterwards."""

from __future__ import annotations

import gc

import pytest

from sco_archive import collector, pipeline
from sco_archive.model import Archive
from sco_archive.render import pages as render


def test_paused_turns_the_collector_off_and_back_on_even_after_an_error():
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with collector.paused():
            assert not gc.isenabled()
            with collector.paused():  # nested: the outer block decides
                assert not gc.isenabled()
            assert not gc.isenabled()
            raise ValueError("boom")
    assert gc.isenabled()


def test_paused_leaves_a_collector_switched_off_by_the_caller_off():
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_pipeline_extracts_with_the_collector_paused_and_restores_it(monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text("Beijing, 10 November 2020\nThe SCO Council of Heads of State met online.\n", encoding="utf-8")
    seen = []
    real = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", lambda source, cleaned: seen.append(gc.isenabled()) or real(source, cleaned))
    archive = pipeline.run([str(tmp_path)])
    assert seen == [False] and len(archive.documents) == 1
    assert gc.isenabled()
    pages = render.pages(archive)
    assert gc.isenabled() and any(uri.startswith("documents/") for uri in pages)


def test_an_error_inside_the_pipeline_still_restores_the_collector(monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text("Some text about the SCO.\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "group", lambda docs: (_ for _ in ()).throw(RuntimeError("group failed")))
    with pytest.raises(RuntimeError):
        pipeline.run([str(tmp_path)])
    assert gc.isenabled()


def test_rendering_pages_pauses_the_collector(monkeypatch):
    seen = []
    monkeypatch.setattr(render, "page_makers", lambda *a: {"x.md": lambda: seen.append(gc.isenabled()) or "x"})
    assert render.pages(Archive((), ())) == {"x.md": "x"}
    assert seen == [False] and gc.isenabled()
