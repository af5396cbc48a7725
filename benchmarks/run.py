"""Every benchmark of issue 7 in one run; prints the tables (copy them into benchmarks/RESULTS.md).

    python benchmarks/run.py [--quick] [--sizes 100 1000 5000] [--repeat K] [--no-browser] [--plot FILE]

--quick: N up to 1,000 and no browser run. Work folders go to benchmarks/out/ (gitignored).

1. corpora    benchmarks/corpus.py, generated once per N and reused
2. stage      read -> clean -> extract -> group -> render, ms per document, one core (stage.py)
3. end to end `mkdocs build` with the plugin (pagefind: false) against Material building the same
              pre-generated Markdown (`sco-archive generate`) without the plugin, both measured here,
              each in a child process (wall s, CPU s, peak RSS of the child); HTML size of a document page
4. search     Material's search_index.json per N; Pagefind's time and index size per N; bytes the
              browser downloads for one filtered query (Playwright + Debian's chromium)
5. edit loop  1,000 texts: build, edit one seed, build again in-process with the same cache
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
ROOT = HERE.parent
OUT = HERE / "out"
PY = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000", "PYTHONHASHSEED": "0"}
sys.path.insert(0, str(HERE))

from stage import corpus  # noqa: E402


# Runs `mkdocs` in this child and prints its own peak RSS and that of its children (Pagefind) on exit:
# wait4's figure is the larger of the two, which hides which one it was.
MKDOCS = """import json, resource, runpy, sys
sys.argv = ["mkdocs", *sys.argv[1:]]
try:
    runpy.run_module("mkdocs", run_name="__main__")
finally:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("RSS " + json.dumps({"own": own, "children": kids}), flush=True)
"""


def child(cmd: list[str], cwd: Path | None = None) -> dict:
    """Run a command; its wall and CPU seconds and its peak RSS (from wait4, so only this child)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{output.decode()[-3000:]}")
    result = {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}
    for line in output.decode(errors="replace").splitlines():
        if line.startswith("RSS {"):
            rss = json.loads(line[4:])
            result["own_rss_mb"], result["children_rss_mb"] = rss["own"], rss["children"]
    return result


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as data; `!ENV` values are left unset."""


_Loader.add_constructor("!ENV", lambda loader, node: None)


def project_config(seeds: Path, plugin: bool, docs_dir: Path, pagefind: bool = False) -> dict:
    """The project's mkdocs.yml for a corpus: with the plugin (Pagefind on or off) or without it."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    config = {k: v for k, v in config.items() if v is not None}
    config["strict"] = False  # synthetic texts may carry extraction warnings; both builds alike
    config["docs_dir"] = str(docs_dir)
    config.pop("watch", None)
    plugins = []
    for entry in config["plugins"]:
        if isinstance(entry, dict) and "sco-archive" in entry:
            if plugin:
                plugins.append({"sco-archive": {"seeds": str(seeds), "pagefind": pagefind}})
        else:
            plugins.append(entry)
    config["plugins"] = plugins
    if not plugin:  # what the plugin adds in on_config: its templates and stylesheet
        from importlib import resources
        config["theme"]["custom_dir"] = str(resources.files("sco_archive").joinpath("templates"))
        config["extra_css"] = ["assets/sco-archive.css"]
    return config


def projects(n: int) -> tuple[Path, Path, Path]:
    """Three project folders for N texts: as shipped (plugin with Pagefind, which empties lunr), the
    plugin with Pagefind off (lunr as in plain Material), and plain Material over generated Markdown."""
    seeds = corpus(n).resolve()
    base = OUT / f"e2e-{n}"
    shipped, with_plugin, plain = base / "shipped", base / "plugin", base / "plain"
    for folder in (shipped, with_plugin, plain):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    (shipped / "mkdocs.yml").write_text(yaml.safe_dump(project_config(seeds, True, ROOT / "docs", pagefind=True)))
    (with_plugin / "mkdocs.yml").write_text(yaml.safe_dump(project_config(seeds, True, ROOT / "docs")))
    plain_project(with_plugin / "mkdocs.yml", seeds, plain)
    return shipped, with_plugin, plain


def plain_project(config: Path, seeds: Path, plain: Path) -> None:
    """Plain Material in `plain`: the Markdown `sco-archive generate` makes with `config`, and the
    hand-written pages (index.md became the home page)."""
    docs = plain / "docs"
    subprocess.run([PY, "-m", "sco_archive.cli", "generate", "-q", "-f", str(config), str(docs)],
                   env=ENV, check=False, capture_output=True)
    for page in (ROOT / "docs").glob("*.md"):
        if page.name != "index.md":
            shutil.copy(page, docs / page.name)
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(project_config(seeds, False, docs.resolve())))


def mkdocs_build(project: Path) -> dict:
    """`mkdocs build` of a project folder, in a child process."""
    return child([PY, "-c", MKDOCS, "build", "-q", "-f", str(project / "mkdocs.yml"), "-d",
                  str(project / "site")], cwd=project)


def first_doc_page(site: Path, n: int) -> Path:
    """The built page of the first synthetic text (the same text at every N)."""
    from sco_archive.pipeline import run
    from sco_archive.render.index import doc_uri
    archive = run([str(corpus(100) / "doc-00000.txt")])
    return site / doc_uri(archive.documents[0]).removesuffix(".md") / "index.html"


def end_to_end(n: int, repeat: int = 1) -> dict:
    """As shipped, plugin with lunr, and plain Material at N; page sizes; search indexes.

    With repeat > 1 the three builds run `repeat` times in rotated order and each keeps its fastest
    run (wall): on a shared machine whose speed drifts between minutes, a single sequence would
    charge the drift to whichever build ran in the slow minutes. Every run's wall time is kept in "runs".
    """
    shipped, with_plugin, plain = projects(n)
    best: dict[str, dict] = {}
    runs: dict[str, list[float]] = {"shipped": [], "plugin": [], "plain": []}
    order = [("shipped", shipped), ("plugin", with_plugin), ("plain", plain)]
    for i in range(repeat):
        for name, project in order[i % 3:] + order[: i % 3]:
            r = mkdocs_build(project)  # as shipped, this includes Pagefind's indexing (on_post_build)
            runs[name].append(round(r["wall"], 1))
            if name not in best or r["wall"] < best[name]["wall"]:
                best[name] = r
    s, a, b = best["shipped"], best["plugin"], best["plain"]
    site = shipped / "site"
    pages = list((site / "documents").glob("*/index.html"))
    files = lambda folder: [p for p in folder.rglob("*") if p.is_file()]  # noqa: E731
    return {
        "n": n, "shipped": s, "plugin": a, "plain": b, "ratio": a["wall"] / b["wall"], "runs": runs,
        "ratio_shipped": s["wall"] / b["wall"],
        "html_pages": sum(1 for _ in site.rglob("*.html")),
        "doc_page_kb": first_doc_page(site, n).stat().st_size / 1024,
        "doc_page_mean_kb": sum(p.stat().st_size for p in pages) / len(pages) / 1024,
        "lunr_mb": (with_plugin / "site" / "search" / "search_index.json").stat().st_size / 1e6,
        "lunr_shipped_kb": (site / "search" / "search_index.json").stat().st_size / 1e3,
        "facets_kb": (site / "filters" / "facets.json").stat().st_size / 1e3,
        "pagefind_mb": sum(p.stat().st_size for p in files(site / "pagefind")) / 1e6,
    }


def edit_loop(n: int = 1000) -> dict:
    """Build, edit one seed, build again in-process with the plugin's cache; the same for plain Markdown."""
    code = f"""
import json, shutil, time, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sco_archive import plugin
seeds = Path({str(OUT / f'edit-{n}')!r})
shutil.rmtree(seeds, ignore_errors=True); shutil.copytree({str(corpus(n))!r}, seeds)
def timed(cfg):
    config = load_config(cfg); start = time.perf_counter(); build(config); return time.perf_counter() - start
cfg = {str(OUT / f'e2e-{n}' / 'shipped' / 'mkdocs.yml')!r}
cfg2 = seeds.parent / 'edit-{n}.yml'
import yaml
c = yaml.safe_load(open(cfg)); c['plugins'][-1]['sco-archive']['seeds'] = str(seeds); c['site_dir'] = str(seeds.parent / 'edit-site')
cfg2.write_text(yaml.safe_dump(c))
first = timed(str(cfg2)); h0, m0 = plugin._CACHE.hits, plugin._CACHE.misses
seed = seeds / 'doc-00042.txt'; seed.write_text(seed.read_text() + "\\nThe meeting ended with a joint statement.\\n")
second = timed(str(cfg2))
plain = {str(OUT / f'e2e-{n}' / 'plain' / 'mkdocs.yml')!r}
timed(plain); plain_second = timed(plain)
print(json.dumps(dict(first=first, second=second, hits=plugin._CACHE.hits - h0, misses=plugin._CACHE.misses - m0,
                      plain_second=plain_second)))
"""
    out = subprocess.run([PY, "-c", code], env=ENV, capture_output=True, text=True, check=True, cwd=OUT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def stage_rows(sizes: list[int], repeat: int = 3) -> list[dict]:
    """stage.py's rows, each N in fresh processes, the run of least total CPU of `repeat` (as stage.py)."""
    rows = []
    for n in sizes:
        runs = []
        for _ in range(repeat):
            out = subprocess.run([PY, str(HERE / "stage.py"), "--one", str(n)], env=ENV, capture_output=True,
                                 text=True, check=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        rows.append(min(runs, key=lambda r: r["total"]))
    return rows


def search_payload(n: int) -> dict:
    """Bytes the browser downloads for the filter page and one filtered query, on the built N site."""
    out = subprocess.run([PY, str(HERE / "search_payload.py"), str(OUT / f"e2e-{n}" / "shipped" / "site")],
                         env=ENV, capture_output=True, text=True, check=False, timeout=900)
    if out.returncode != 0:
        return {"error": (out.stderr or out.stdout).strip().splitlines()[-1:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def plot(e2e: list[dict], stages: list[dict], path: Path) -> None:
    """Time per page against N: plugin build, plain build, our stage."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(7, 4.2))
    ns = [r["n"] for r in e2e]
    ax.plot(ns, [r["shipped"]["wall"] * 1000 / r["html_pages"] for r in e2e], "o-", label="mkdocs build + plugin (as shipped, Pagefind)")
    ax.plot(ns, [r["plugin"]["wall"] * 1000 / r["html_pages"] for r in e2e], "d:", label="mkdocs build + plugin (Pagefind off, lunr)")
    ax.plot(ns, [r["plain"]["wall"] * 1000 / r["html_pages"] for r in e2e], "s--", label="mkdocs build, generated Markdown")
    ax.plot([r["n"] for r in stages], [r["total"] for r in stages], "^-", label="our stage (per document)")
    ax.set_xscale("log")
    ax.set_xlabel("documents (N)")
    ax.set_ylabel("ms per page")
    ax.set_ylim(bottom=0)
    ax.grid(True, alpha=0.3)
    ax.legend()
    ax.set_title("SCO Archive: time per page against N")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="N up to 1,000, no browser run")
    parser.add_argument("--sizes", type=int, nargs="+", help="N for the end-to-end builds")
    parser.add_argument("--stage-sizes", type=int, nargs="+", help="N for the stage")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--plot", type=Path, default=HERE / "time-per-page.png")
    parser.add_argument("--repeat", type=int, default=1, help="end-to-end builds per N, rotated; the fastest of each kept")
    args = parser.parse_args()
    sizes = args.sizes or ([100, 1000] if args.quick else [100, 1000, 5000])
    stage_sizes = args.stage_sizes or ([100, 1000] if args.quick else [100, 1000, 5000, 10000])
    OUT.mkdir(exist_ok=True)

    print("## Stage: read -> clean -> extract -> group -> render, ms per document (one core, CPU time)\n")
    stages = stage_rows(stage_sizes)
    print("| N | read | clean | extract | group | render | total | pages | peak RSS |\n|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for r in stages:
        print(f"| {r['n']} | {r['read']:.3f} | {r['clean']:.3f} | {r['extract']:.3f} | {r['group']:.3f} | "
              f"{r['render']:.3f} | **{r['total']:.3f}** | {r['pages']} | {r['peak_rss_mb']:.0f} MB |")

    print("\n## End to end: `mkdocs build`, the plugin as shipped (Pagefind on) and with Pagefind off, "
          "against plain Material on the same generated Markdown\n")
    e2e = []
    print("| N | HTML pages | shipped s | plugin (lunr) s | plain s | ratio shipped | ratio lunr | "
          "shipped ms/page | plain ms/page | shipped peak RSS | plugin (lunr) peak RSS | plain peak RSS | "
          "doc page KB (doc 0 / mean) | lunr index: lunr / shipped | facets.json | Pagefind index |")
    print("|--:|" + "--:|" * 15)
    for n in sizes:  # each row as soon as it is measured
        r = end_to_end(n, args.repeat)
        e2e.append(r)
        sh, pa, pl = r["shipped"], r["plugin"], r["plain"]
        print(f"| {r['n']} | {r['html_pages']} | {sh['wall']:.1f} | {pa['wall']:.1f} | {pl['wall']:.1f} | "
              f"**{r['ratio_shipped']:.3f}** | **{r['ratio']:.3f}** | "
              f"{sh['wall'] * 1000 / r['html_pages']:.2f} | {pl['wall'] * 1000 / r['html_pages']:.2f} | "
              f"{sh.get('own_rss_mb', sh['rss_mb']):.0f} MB (Pagefind {sh.get('children_rss_mb', 0):.0f} MB) | "
              f"{pa['rss_mb']:.0f} MB | {pl['rss_mb']:.0f} MB | "
              f"{r['doc_page_kb']:.1f} / {r['doc_page_mean_kb']:.1f} | "
              f"{r['lunr_mb']:.2f} MB / {r['lunr_shipped_kb']:.2f} KB | {r['facets_kb']:.0f} KB | "
              f"{r['pagefind_mb']:.1f} MB |", flush=True)
    for key in ("shipped", "plugin"):
        per_page = {r["n"]: r[key]["wall"] / r["html_pages"] for r in e2e}
        if 1000 in per_page and 5000 in per_page:
            print(f"\nper-page cost at 5,000 / at 1,000 ({key} build): {per_page[5000] / per_page[1000]:.3f}")
    plot(e2e, stages, args.plot)
    print(f"\nplot: {args.plot.resolve().relative_to(ROOT)}")

    print("\n## Edit loop: 1,000 texts, one seed edited, in-process rebuild with the plugin's cache\n")
    if 1000 in sizes:
        e = edit_loop(1000)
        print(f"first build {e['first']:.1f} s; after editing one seed: {e['second']:.1f} s, cache hits {e['hits']}, "
              f"misses {e['misses']} (extracted again); plain Material rebuild of the generated Markdown "
              f"{e['plain_second']:.1f} s; ratio {e['second'] / e['plain_second']:.3f}")

    if not (args.quick or args.no_browser) and 5000 in sizes:
        print("\n## Search payload: the filter page and one filtered query at 5,000 documents (chromium)\n")
        p = search_payload(5000)
        print(json.dumps(p, indent=1))


if __name__ == "__main__":
    main()
