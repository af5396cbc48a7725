"""A rebuild under `mkdocs serve`, in one process: wall and CPU seconds of each rebuild after an edit.

    python benchmarks/rebuild.py [N] [--edits K]          (default 1000 seed-length texts, 5 edits)

What serve_loop.py times from outside (save -> page served) minus the watcher and the HTTP polling,
with CPU seconds beside the wall ones: on a shared machine CPU time moves less with the load. The
project is built once with incremental rebuilds on (as `mkdocs serve` does), then one text is edited
K times; after each rebuild the search indexing it left running in the background is waited for and
timed ("index"): under serve, an edit saved before it ends waits for it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import OUT, ROOT, project_config  # noqa: E402
from stage import corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from sco_archive import incremental

    base = OUT / f"rebuild-{args.n}"
    shutil.rmtree(base, ignore_errors=True)
    seeds = base / "seeds"
    shutil.copytree(corpus(args.n, True), seeds)
    config = base / "mkdocs.yml"
    config.write_text(yaml.safe_dump(project_config(seeds.resolve(), True, ROOT / "docs", pagefind=True)))
    incremental.enable(True)
    start = time.perf_counter()
    build(load_config(str(config), site_dir=str(base / "site")))
    incremental.wait()
    print(f"first build {time.perf_counter() - start:.1f} s", flush=True)
    edited = seeds / "doc-00042.txt"
    for i in range(args.edits):
        edited.write_text(edited.read_text(encoding="utf-8") + f"\nEdit number {i} was saved at this moment.\n",
                          encoding="utf-8")
        wall, cpu = time.perf_counter(), time.process_time()
        build(load_config(str(config), site_dir=str(base / "site")))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        index = time.perf_counter()
        incremental.wait()
        print(f"rebuild {wall:.2f} s wall, {cpu:.2f} s CPU; index {time.perf_counter() - index:.2f} s; "
              f"load {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
