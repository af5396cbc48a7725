"""Render before/after issue 7's changes, interleaved in one process (CPU ms per document).

    python benchmarks/render_ab.py [N]        (default 1000)

"before" puts back the per-character escape loop, the pure-Python YAML dumper and the uncached
relative links; "after" is the code as it is. Both must render the very same pages.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import frontmatter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stage import corpus  # noqa: E402

from sco_archive import markup, render  # noqa: E402
from sco_archive.pipeline import run  # noqa: E402


def old_escape_line(line: str) -> str:
    out = []
    for char in line:
        if char in markup._ENTITIES:
            out.append(markup._ENTITIES[char])
        elif char in markup._MD_SPECIAL:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def old_page(meta: dict, body: str) -> str:
    post = frontmatter.Post(body.strip("\n"), **meta)
    text = frontmatter.dumps(post, sort_keys=False, allow_unicode=True, width=10_000)
    return text.replace("\r\n", "\n").lstrip("\ufeff") + "\n"


def timed(archive) -> tuple[float, dict]:
    start = time.process_time()
    out = render.pages(archive)
    return time.process_time() - start, out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    archive = run([str(corpus(n))])
    new = (markup._escape_line, markup.page, render.rel)
    old = (old_escape_line, old_page, render.rel.__wrapped__)
    best = {"before": float("inf"), "after": float("inf")}
    outputs = {}
    for _ in range(3):
        for label, (esc, pg, rel) in (("before", old), ("after", new)):
            markup._escape_line, render.page, render.rel = esc, pg, rel
            seconds, outputs[label] = timed(archive)
            best[label] = min(best[label], seconds)
    markup._escape_line, render.page, render.rel = new
    same = outputs["before"] == outputs["after"]
    print(f"N={n}: render before {best['before'] * 1000 / n:.3f} ms/doc, after {best['after'] * 1000 / n:.3f} "
          f"ms/doc (best of 3, CPU); x{best['before'] / best['after']:.2f}; identical pages: {same}")


if __name__ == "__main__":
    main()
