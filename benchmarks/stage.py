"""Our own stage, read -> clean -> extract -> group -> render, per document, on one core.

    python benchmarks/stage.py [--repeat K] [N ...]        (default 100 1000 5000 10000, K = 3)

Each N runs K times, each in a fresh process (so caches start cold and peak RSS is per N), on a
synthetic corpus from corpus.py; the rounds take turns (every N once, then every N again), so a
slow minute on the shared machine does not fall on one N only. Prints one row per N: ms per
document for each stage and in total, from the run with the least total CPU time (a slower run
measured someone else's work, not ours), the spread of the K totals, the peak RSS, and the CPU
time of a fixed reference workload (pure Python and regex) that the same process ran just before,
so that figures from different minutes and days can be compared.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


def corpus(n: int, long: bool = False) -> Path:
    """The synthetic corpus of n texts (generated once, reused); `long`: texts as long as the seeds."""
    sys.path.insert(0, str(HERE))
    from corpus import write

    folder = OUT / (f"corpus-long-{n}" if long else f"corpus-{n}")
    if not (folder / f"doc-{n - 1:05d}.txt").exists():
        write(folder, n, long=long)
    return folder


def measure(n: int) -> dict:
    """Time every stage over the corpus of n texts, in this process."""
    from sco_archive import collector
    from sco_archive.clean import clean
    from sco_archive.extract import extract
    from sco_archive.group import group
    from sco_archive.model import Archive
    from sco_archive.read import discover, read_source
    from sco_archive.render.pages import pages

    folder = corpus(n)
    times: dict[str, float] = {}
    with collector.paused():  # as pipeline.run runs them (render.pages pauses it too): see collector.py
        t = time.process_time()
        found, _ = discover([str(folder)])
        sources = [read_source(p, shown) for p, shown in found]
        times["read"] = time.process_time() - t
        t = time.process_time()
        cleaned = [clean(s.text) for s in sources]
        times["clean"] = time.process_time() - t
        t = time.process_time()
        docs = [extract(s, c) for s, c in zip(sources, cleaned)]
        times["extract"] = time.process_time() - t
        t = time.process_time()
        documents, meetings = group(docs)
        times["group"] = time.process_time() - t
    t = time.process_time()
    rendered = pages(Archive(tuple(documents), tuple(meetings)))
    times["render"] = time.process_time() - t
    row = {stage: seconds * 1000 / n for stage, seconds in times.items()}
    row["total"] = sum(times.values()) * 1000 / n
    row["n"] = n
    row["pages"] = len(rendered)
    row["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return row


def reference() -> float:
    """CPU milliseconds of a fixed workload like ours (string handling and regexes), best of five:
    the machine's speed on the day, printed beside the figures so that runs can be compared."""
    import re

    word = re.compile(r"\b(?:summit|meeting|session)\b", re.I)
    text = "The leaders held a meeting in Astana and said the summit was a success. " * 40
    best = float("inf")
    for _ in range(5):
        t = time.process_time()
        for i in range(300):
            parts = [w.lower() for w in text.split() if len(w) > 3]
            " ".join(parts).replace("the", "a")
            len(word.findall(text))
            {w: i for i, w in enumerate(parts)}
        best = min(best, time.process_time() - t)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, metavar="N", help="corpus sizes (default 100 1000 5000 10000)")
    parser.add_argument("--repeat", type=int, default=3, metavar="K", help="fresh processes per size (default 3)")
    parser.add_argument("--one", type=int, metavar="N", help=argparse.SUPPRESS)  # one measurement, printed as JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps({"reference_ms": reference(), **measure(args.one)}))
        return
    sizes = args.sizes or [100, 1000, 5000, 10000]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    runs: dict[int, list[dict]] = {n: [] for n in sizes}
    for _ in range(args.repeat):
        for n in sizes:
            out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True, env=env)
            runs[n].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'N':>6} {'read':>7} {'clean':>7} {'extract':>8} {'group':>7} {'render':>7} {'total':>7}  ms/doc  {'spread':>11} {'pages':>6} {'peak RSS':>9} {'reference':>10}")
    for n in sizes:
        r = min(runs[n], key=lambda run: run["total"])
        spread = f"{r['total']:.2f}-{max(run['total'] for run in runs[n]):.2f}"
        print(f"{n:>6} {r['read']:>7.3f} {r['clean']:>7.3f} {r['extract']:>8.3f} {r['group']:>7.3f} {r['render']:>7.3f} {r['total']:>7.3f}"
              f"          {spread:>11} {r['pages']:>6} {r['peak_rss_mb']:>7.0f} MB {r['reference_ms']:>7.1f} ms")

if __name__ == "__main__":
    main()
