"""Edit -> reload under `mkdocs serve`: seconds from saving a file until the server serves the change.

    python benchmarks/serve_loop.py [N] [--long] [--ours-only]       (default 1000)

--long: texts as long as the seeds (corpus.py --long). Since issue 18 a rebuild under `mkdocs serve`
keeps every page whose Markdown did not change (incremental.py) and re-indexes only the search
shards whose pages changed (search_index.py); the figure to hold against is the first (full) build.

Two servers, one after the other, on copies (the corpus and the e2e folders stay untouched):
- ours: `mkdocs serve` of a project with the plugin as shipped (Pagefind on) over N seeds; one seed
  is edited (a sentence appended), and the document's page is fetched until it has the sentence;
- plain: `mkdocs serve` of plain Material over the same site as generated Markdown
  (`sco-archive generate`); the same document's .md file is edited the same way.
Each server first gets a warm-up edit (the first rebuild after start-up also pays for imports and
caches); the figure is the median of the next `EDITS` edits. MkDocs' watcher sometimes sees one save
as two changes, the second during the rebuild the first started, and then rebuilds twice: such an
edit takes two builds, which the median passes over. The servers' logs stay in benchmarks/out/serve-N/.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import ENV, OUT, PY, ROOT, plain_project, project_config  # noqa: E402
from stage import corpus  # noqa: E402

EDITS = 3
DOC = "doc-00042"
TIMEOUT = 900.0


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return ""


def wait_for(url: str, text: str, server: subprocess.Popen, log: Path) -> float:
    """Seconds until `url` serves a page containing `text`."""
    start = time.perf_counter()
    while text not in fetch(url):
        if server.poll() is not None or time.perf_counter() - start > TIMEOUT:
            raise SystemExit(f"the server stopped or never served the change; log: {log}")
        time.sleep(0.1)
    return time.perf_counter() - start


def serve(config: Path, port: int, edit: Path, append: str, log: Path) -> dict:
    """Start `mkdocs serve`, wait for the first build, then time EDITS + 1 edits of `edit`."""
    url = f"http://127.0.0.1:{port}/documents/{DOC}/"
    with open(log, "w") as out:
        server = subprocess.Popen([PY, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
                                  env=ENV, stdout=out, stderr=subprocess.STDOUT, cwd=config.parent)
    try:
        first = wait_for(url, "<html", server, log)
        times = []
        for i in range(EDITS + 1):
            marker = f"Edit number {i} was saved at this moment."
            time.sleep(1.0)  # the watcher ignores changes made within its debounce window
            edit.write_text(edit.read_text(encoding="utf-8") + append.format(marker=marker), encoding="utf-8")
            times.append(wait_for(url, marker, server, log))
        return {"first_build": first, "warm_up": times[0], "edits": times[1:], "median": statistics.median(times[1:])}
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    long, ours_only = "--long" in sys.argv, "--ours-only" in sys.argv
    n = int(args[0]) if args else 1000
    base = OUT / f"serve-{'long-' if long else ''}{n}"
    shutil.rmtree(base, ignore_errors=True)
    seeds = base / "seeds"
    shutil.copytree(corpus(n, long), seeds)
    ours = base / "ours"
    ours.mkdir()
    (ours / "mkdocs.yml").write_text(yaml.safe_dump(project_config(seeds.resolve(), True, ROOT / "docs", pagefind=True)))
    plain = base / "plain"
    plain_project(ours / "mkdocs.yml", seeds.resolve(), plain)

    result = {"n": n, "long": long}
    result["ours"] = serve(ours / "mkdocs.yml", 8765, seeds / f"{DOC}.txt", "\n{marker}\n", base / "ours.log")
    result["ours"]["of_first_build"] = result["ours"]["median"] / result["ours"]["first_build"]
    if ours_only:
        print(json.dumps(result))
        print(f"edit -> page at N={n}: {result['ours']['median']:.2f} s (edits {', '.join(f'{t:.2f}' for t in result['ours']['edits'])}), "
              f"first build {result['ours']['first_build']:.1f} s, ratio {result['ours']['of_first_build']:.3f}")
        return
    result["plain"] = serve(plain / "mkdocs.yml", 8766, plain / "docs" / "documents" / f"{DOC}.md", "\n\n{marker}\n", base / "plain.log")
    result["ratio"] = result["ours"]["median"] / result["plain"]["median"]
    print(json.dumps(result))
    print(f"edit -> reload at N={n}, median of {EDITS}: ours {result['ours']['median']:.1f} s "
          f"(edits {', '.join(f'{t:.1f}' for t in result['ours']['edits'])}), plain mkdocs serve "
          f"{result['plain']['median']:.1f} s ({', '.join(f'{t:.1f}' for t in result['plain']['edits'])}); ratio {result['ratio']:.2f}")


if __name__ == "__main__":
    main()
