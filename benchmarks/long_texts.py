"""Memory and time of `sco-archive build` on one long text, by its size and by its number of lines.

    python benchmarks/long_texts.py [--sizes 100000 400000 1600000]

For each size, three texts of the same number of bytes: prose (paragraphs of 40 words), many short
lines ("ab", "x." ...: the shape that once took 2.57 GB for 3 MB; refused above 20,000 lines) and
lines at the limit (one line per 32 bytes: the most lines a text of that size may have). Each is built alone in a fresh
project; the peak is the sum of the resident memory of `sco-archive build` and every process under
it (MkDocs, Pagefind), sampled every 20 ms. Prints one row per text: bytes, lines, wall seconds,
peak MB and peak bytes of memory per byte of text. A text over read.line_limit lines is refused
with one line (and costs nothing).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import tree_rss  # noqa: E402  (the one sampler: it does not count a child between fork and exec)

HEAD = "ASTANA, July 4 (Xinhua) -- The heads of state of the SCO member states met in Astana on Thursday.\n\n"
WORDS = "the summit leaders agreed cooperation security trade Astana member states said would and of to in".split()
SHORT = ["ab", "x.", "7", "Qz", "ok"]


def text(shape: str, size: int) -> str:
    rnd = random.Random(size)
    parts, n = [HEAD], len(HEAD)
    while n < size:
        if shape == "prose":
            piece = " ".join(rnd.choice(WORDS) for _ in range(40)).capitalize() + ".\n\n"
        elif shape == "lines at the limit":
            piece = (rnd.choice(SHORT) + " " + rnd.choice(WORDS) + " " * 31)[:31] + "\n"
        else:
            piece = rnd.choice(SHORT) + "\n"
        parts.append(piece)
        n += len(piece)
    return "".join(parts)


def build(project: Path) -> tuple[float, int]:
    """Wall seconds and peak tree RSS of `sco-archive build` in a project."""
    exe = Path(sys.executable).with_name("sco-archive")
    start = time.perf_counter()
    proc = subprocess.Popen([str(exe), "build"], cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.02)
    return time.perf_counter() - start, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 400_000, 1_600_000])
    args = parser.parse_args()
    exe = Path(sys.executable).with_name("sco-archive")
    print("| shape | bytes | lines | wall s | peak MB | memory / text bytes |\n|---|--:|--:|--:|--:|--:|")
    for size in args.sizes:
        for shape in ("prose", "short lines", "lines at the limit"):
            with tempfile.TemporaryDirectory() as tmp:
                project = Path(tmp) / "p"
                subprocess.run([str(exe), "init", str(project)], check=True, stdout=subprocess.DEVNULL)
                for old in (project / "seeds").iterdir():
                    old.unlink()
                body = text(shape, size)
                (project / "seeds" / "long.txt").write_text(body, encoding="utf-8")
                # pinned, so that the build has no warning and runs to the end under --strict
                (project / "seeds" / "long.yml").write_text(
                    "date: 2024-07-04\nspeaker: null\nmeeting: {body: Council of Heads of State, number: 24}\n", encoding="utf-8")
                wall, peak = build(project)
                print(f"| {shape} | {len(body.encode()):,} | {body.count(chr(10)):,} | {wall:.1f} | {peak / 2**20:.0f} | {peak / len(body.encode()):.0f} |", flush=True)


if __name__ == "__main__":
    main()
