"""Issue 18's figures: build time and peak memory of the whole process tree, shipped against plain
Material, on texts as long as the seeds (`--long`) or the short synthetic ones.

    python benchmarks/scale.py [--long] [--sizes 1000 5000] [--repeat K] [--only shipped|plain] [--cli] [--no-search]

For each N: the project as shipped (plugin + Pagefind, what `sco-archive build` runs) and plain
Material over the same generated Markdown (`sco-archive generate`, no plugin, no Pagefind), each a
fresh `mkdocs build` child; wall seconds and peak RSS summed over the child and every process under
it (Pagefind), sampled every 50 ms (`tree_rss`: a child between fork and exec is not counted twice). Then the bytes the browser downloads for
one word query and for one filter-only query (search_payload.py, chromium). One JSON line per N and build.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import ENV, OUT, PY, ROOT, plain_project, project_config  # noqa: E402
from stage import corpus  # noqa: E402


def projects(n: int, long: bool) -> tuple[Path, Path]:
    """The project as shipped and plain Material over its generated Markdown, for N texts."""
    seeds = corpus(n, long).resolve()
    base = OUT / f"scale-{'long' if long else 'short'}-{n}"
    shipped, plain = base / "shipped", base / "plain"
    for folder in (shipped, plain):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    (shipped / "mkdocs.yml").write_text(yaml.safe_dump(project_config(seeds, True, ROOT / "docs", pagefind=True)))
    plain_project(shipped / "mkdocs.yml", seeds, plain)
    return shipped, plain


def build(project: Path, cli: bool = False) -> dict:
    """`mkdocs build` (or with `cli`, `sco-archive build`) of a project in a child: wall seconds, peak RSS
    of the process tree (MB), and of its MkDocs process alone (without `cli`)."""
    start = time.perf_counter()
    command = ([str(Path(PY).with_name("sco-archive")), "build", "--config-file", str(project / "mkdocs.yml")] if cli
               else [PY, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(project / "site")])
    proc = subprocess.Popen(command, cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = own = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        own = max(own, own_rss(proc.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"build of {project} failed: {proc.stderr.read().decode()[-2000:]}")
    if cli:
        return {"wall": round(wall, 2), "peak_mb": round(peak / 2**20)}
    return {"wall": round(wall, 2), "peak_mb": round(peak / 2**20), "mkdocs_peak_mb": round(own / 2**20)}


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants that run a program of their own.

    A child that has not yet exec'd its program (between fork and exec,
    when /proc shows it with its parent's whole memory, which it shares) is not counted: sampled in
    that window, a 450 MB build spawning Pagefind read as 900 MB (a 400 MB process spawning /bin/true
    200 times: 411 MB read as 822 MB). A child counts once its program or its command line differs
    from its parent's: `sco-archive build` runs MkDocs as `python -m mkdocs`, the same program as
    itself (compared by program alone, MkDocs was not counted)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    exe: dict[int, tuple[str, bytes]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            statm = Path(f"/proc/{entry}/statm").read_text().split()
            exe[int(entry)] = (os.readlink(f"/proc/{entry}/exe"), Path(f"/proc/{entry}/cmdline").read_bytes())
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(statm[1]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = rss.get(pid, 0), [pid]
    while todo:
        parent = todo.pop()
        for child in children.get(parent, []):
            if exe.get(child) != exe.get(parent):
                total += rss.get(child, 0)
            todo.append(child)
    return total


def own_rss(pid: int) -> int:
    """Resident bytes of the process alone (MkDocs, without Pagefind)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def search_payload(site: Path) -> dict:
    """Bytes of one filter-only query, one word query on the filter page and one in the header search."""
    out = subprocess.run([PY, str(HERE / "search_payload.py"), str(site)], env=ENV, capture_output=True, text=True,
                         check=False, timeout=900)
    if out.returncode != 0:
        return {"error": (out.stderr or out.stdout).strip().splitlines()[-1:]}
    p = json.loads(out.stdout.strip().splitlines()[-1])
    return {k: p[k] for k in ("query_bytes", "query_requests", "words_bytes", "words_requests", "header_bytes",
                              "header_requests", "filtered", "with_words", "header_results")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--long", action="store_true", help="texts as long as the seeds")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--only", choices=["shipped", "plain"])
    parser.add_argument("--cli", action="store_true", help="build the shipped project with `sco-archive build` "
                        "(the pipeline's check first, then MkDocs) instead of `mkdocs build`")
    parser.add_argument("--no-search", action="store_true", help="skip the search bytes (Chromium)")
    args = parser.parse_args()
    for n in args.sizes:
        shipped, plain = projects(n, args.long)
        order = [("shipped", shipped), ("plain", plain)]
        best: dict[str, dict] = {}
        for i in range(args.repeat):
            for name, project in order[i % 2:] + order[: i % 2]:
                if args.only and name != args.only:
                    continue
                r = build(project, cli=args.cli and name == "shipped")
                if name not in best or r["wall"] < best[name]["wall"]:
                    best[name] = r
        row = {"n": n, "long": args.long, **best}
        if "shipped" in best and "plain" in best:
            row["ratio"] = round(best["shipped"]["wall"] / best["plain"]["wall"], 3)
        if "shipped" in best and not args.no_search:
            row["search"] = search_payload(shipped / "site")
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
