"""An offline link checker for any built static site, used by the tests (stdlib only; knows nothing of sco-archive).

Every internal link (href/src/srcset/action to a relative URL, a root-relative URL, or a URL under
`site_url`) of every HTML file must resolve to a file in the site, or to a folder with index.html,
and its #anchor to an element with that id (or an <a name>) in the target page.

    python -m tests.linkcheck site/ [--site-url https://example.org/archive/]
"""

from __future__ import annotations

import posixpath
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

_URL_ATTRS = {"href", "src", "action", "formaction", "poster", "data"}
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass
class Report:
    """What a check looked at and what it found."""

    pages: int = 0
    links: int = 0
    anchors: int = 0
    problems: list[str] = field(default_factory=list)


class _Page(HTMLParser):
    """The ids and the link URLs of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in _URL_ATTRS and not (tag == "base" and name == "href"):
                self.urls.append(value.strip())
            elif name in {"srcset", "imagesrcset"}:
                self.urls += [part.strip().split()[0] for part in value.split(",") if part.strip()]
        if tag == "base":
            self.base = dict(attrs).get("href")


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    page.close()
    return page


def _internal_path(url: str, site_url: str | None) -> str | None:
    """The URL, root-relative when under `site_url`; None for a link elsewhere (another host, mailto:)."""
    if site_url:
        base, found = urlsplit(site_url.rstrip("/") + "/"), urlsplit(url)
        if found.netloc == base.netloc and found.scheme in ("", "http", "https") and (found.path + "/").startswith(base.path):
            rest = found.path[len(base.path):]
            return "/" + rest + (f"?{found.query}" if found.query else "") + (f"#{found.fragment}" if found.fragment else "")
    if url.startswith("//") or _SCHEME.match(url):
        return None
    return url


def _resolve(site: Path, page: str, path: str) -> tuple[str | None, str | None]:
    """(site-relative file a link path points at, why not) for a link on `page` (site-relative)."""
    path = unquote(path)
    if path.startswith("/"):
        joined = path.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(page), path)
    normal = posixpath.normpath(joined) if joined else "."
    if normal == ".." or normal.startswith("../") or posixpath.isabs(normal):
        return None, "points outside the site"
    normal = "" if normal == "." else normal
    target = site / normal
    if target.is_dir():
        index = posixpath.join(normal, "index.html") if normal else "index.html"
        return (index, None) if (site / index).is_file() else (None, "a folder without index.html")
    if path.endswith("/"):
        return None, "no such folder"
    if target.is_file():
        return normal, None
    return None, "no such file"


def scan(site_dir: Path | str, site_url: str | None = None) -> Report:
    """Check every internal link and anchor of a built site."""
    site = Path(site_dir)
    report = Report()
    pages = {p.relative_to(site).as_posix(): _parse(p) for p in sorted(site.rglob("*.html"))}
    report.pages = len(pages)
    ids: dict[str, set[str]] = {name: page.ids for name, page in pages.items()}
    for name, page in pages.items():
        for url in page.urls:
            if page.base is not None:
                report.problems.append(f"{name}: a <base> element changes what links mean; not checked")
                break
            internal = _internal_path(url, site_url)
            if internal is None:
                continue
            report.links += 1
            parts = urlsplit(internal)
            target, problem = (name, None) if not parts.path else _resolve(site, name, parts.path)
            if problem:
                report.problems.append(f"{name}: broken link {url} ({problem})")
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.endswith(".html"):
                report.anchors += 1
                if target not in ids:
                    ids[target] = _parse(site / target).ids
                if fragment not in ids[target]:
                    report.problems.append(f"{name}: broken anchor {url} (no id '{fragment}' in {target})")
    return report


def check(site_dir: Path | str, site_url: str | None = None) -> list[str]:
    """Every broken internal link or anchor of a built site, one line each naming the page."""
    return scan(site_dir, site_url).problems


def main(argv: list[str] | None = None) -> int:
    """Print the problems; exit 1 when there are any."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tests.linkcheck", description=check.__doc__)
    parser.add_argument("site_dir", help="a built site, e.g. site/")
    parser.add_argument("--site-url", help="links under this URL count as internal")
    args = parser.parse_args(argv)
    report = scan(args.site_dir, args.site_url)
    for line in report.problems:
        print(line)
    print(f"{report.pages} pages, {report.links} internal links, {report.anchors} anchors, "
          f"{len(report.problems)} problem(s)", file=sys.stderr)
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
