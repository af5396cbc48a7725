"""Rewrite the golden pages of the seeds on purpose: `python -m tests.update_golden`.

The golden pages are the generated Markdown of the seeds without a hand-written introduction, so an
edit of docs/index.md does not change them; review the diff before committing.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from sco_archive.publish.downloads import data_makers, data_sizes
from sco_archive.publish.site import MANUAL, load_archive
from sco_archive.render.index import Site
from sco_archive.render.pages import pages

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


# The seeds' own site as mkdocs.yml describes it when SITE_URL is unset (no address), with the
# hand-written pages that explain extraction.
SITE = Site(manual=frozenset(MANUAL))


def golden_pages() -> dict[str, str]:
    """The generated pages of the seeds, keyed by path under docs/, the downloads page with the sizes."""
    archive = load_archive(ROOT, "seeds")
    return pages(archive, site=SITE, sizes=lambda: data_sizes(data_makers(archive, SITE)))


def main() -> int:
    """Replace tests/golden/ with the pages as generated now."""
    found = golden_pages()
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for uri, text in found.items():
        path = GOLDEN / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    print(f"wrote {len(found)} golden pages to {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
