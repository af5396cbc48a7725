"""CPU seconds of MkDocs' main thread by phase, and of its child processes (Pagefind), for one build.

    python benchmarks/phases.py path/to/mkdocs.yml path/to/site

Measurement only: it wraps a few MkDocs functions (Markdown conversion, page reading, Jinja rendering,
writing, copying, cleaning) and every plugin event with a timer (`time.thread_time`, this thread's CPU)
and then builds in this process. Used to see where shipped ÷ plain goes (benchmarks/RESULTS.md,
issue 18 point 4): run it on `scale.py`'s shipped and plain projects.
"""

from __future__ import annotations

import collections
import json
import resource
import sys
import time

import jinja2
from mkdocs import plugins, utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.structure import files, pages

SPENT: collections.Counter[str] = collections.Counter()
_DEPTH = [0]  # time a call only when no other timed call is running (no double counting)


def timed(owner, name: str, label: str) -> None:
    """Replace owner.name with the same function, timed under `label`."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        if _DEPTH[0]:
            return original(*args, **kwargs)
        _DEPTH[0] += 1
        start = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            SPENT[label] += time.thread_time() - start
            _DEPTH[0] -= 1

    setattr(owner, name, wrapper)


def run_event(self, name, item=None, **kwargs):
    """PluginCollection.run_event with each plugin's time counted under `event:plugin`."""
    pass_item = item is not None
    for method in self.events[name]:
        self._current_plugin = self._event_origins.get(method, "<unknown>")
        start = time.thread_time()
        _DEPTH[0] += 1
        try:
            result = method(item, **kwargs) if pass_item else method(**kwargs)
        finally:
            _DEPTH[0] -= 1
        SPENT[f"{name}:{self._current_plugin}"] += time.thread_time() - start
        if result is not None:
            item = result
    self._current_plugin = None
    return item


def main() -> None:
    timed(pages.Page, "render", "Markdown to HTML (Page.render)")
    timed(pages.Page, "read_source", "reading pages (Page.read_source)")
    timed(jinja2.Template, "render", "Jinja templates")
    timed(utils, "write_file", "writing pages")
    timed(utils, "clean_directory", "cleaning the site folder")
    timed(files.Files, "copy_static_files", "copying other files")
    plugins.PluginCollection.run_event = run_event
    start, wall = time.thread_time(), time.perf_counter()
    mkdocs_build.build(load_config(sys.argv[1], site_dir=sys.argv[2]))
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"main_thread_cpu": round(time.thread_time() - start, 2),
                      "process_cpu": round(own.ru_utime + own.ru_stime, 2),
                      "children_cpu": round(kids.ru_utime + kids.ru_stime, 2),
                      "wall": round(time.perf_counter() - wall, 2)}))
    for label, seconds in SPENT.most_common():
        if seconds >= 0.05:
            print(f"  {label:60s} {seconds:7.2f}")


if __name__ == "__main__":
    main()
