"""Our stage in machine instructions per document, counted by valgrind: a figure that does not move
with the load on a shared machine (CPU time here varies by ±40 % between minutes).

    python benchmarks/instructions.py [--texts A B]        (default 100 400 texts of corpus-1000)

For each stage boundary (after read, clean, extract, group, render) the stage runs over the first A and
the first B texts in two processes under `valgrind --tool=cachegrind`; the difference divided by B - A
is the cost of one more document, without interpreter start-up, imports and data loading. Prints the
cumulative and per-stage instructions per document. Needs valgrind (apt package `valgrind`); each
run takes 20-40 s. Instructions do not count system calls (reading files): `stage.py` does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("read", "clean", "extract", "group", "render")


def run_upto(n: int, upto: str) -> None:
    """The stage over the first n texts of corpus-1000, stopping after `upto` (run under valgrind)."""
    from sco_archive.clean import clean
    from sco_archive.knowledge import knowledge
    from sco_archive.extract import extract
    from sco_archive.group import group
    from sco_archive.model import Archive
    from sco_archive.read import discover, read_source
    from sco_archive.render.pages import pages

    knowledge()
    sys.path.insert(0, str(HERE))
    from stage import corpus

    found, _ = discover([str(corpus(1000))])
    sources = [read_source(p, shown) for p, shown in found[:n]]
    if upto == "read":
        return
    cleaned = [clean(s.text) for s in sources]
    if upto == "clean":
        return
    docs = [extract(s, c) for s, c in zip(sources, cleaned)]
    if upto == "extract":
        return
    documents, meetings = group(docs)
    if upto == "group":
        return
    pages(Archive(tuple(documents), tuple(meetings)))


def count(n: int, upto: str) -> int:
    """Instructions valgrind counts for one run."""
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, __file__, "--one", str(n), upto],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    m = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if not m:
        raise SystemExit(f"valgrind printed no instruction count:\n{out.stderr[-2000:]}")
    return int(m[1].replace(",", ""))


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--one"]:
        run_upto(int(args[1]), args[2])
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    a, b = (int(args[1]), int(args[2])) if args[:1] == ["--texts"] else (100, 400)
    print(f"instructions per document (runs over {a} and {b} texts of corpus-1000, difference / {b - a})")
    previous = 0
    for upto in STAGES:
        per_doc = (count(b, upto) - count(a, upto)) // (b - a)
        print(f"  {upto:8s} {per_doc - previous:>12,}   (up to here {per_doc:,})", flush=True)
        previous = per_doc


if __name__ == "__main__":
    main()
