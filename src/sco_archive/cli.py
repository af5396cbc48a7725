"""The `sco-archive` command: parses arguments, calls the pipeline or publish, maps failures to exit codes.

Exit codes: 0 success; 1 the archive has warnings (check) or a build failed; 2 bad usage or bad input.
Every failure ends with one line `error: <file>: <what>`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from . import __version__
from .model import Archive
from .pipeline import run
from .publish import project
from .serialise import archive_dict
from .terminal import escape, escape_json

EXIT_OK, EXIT_WARNINGS, EXIT_INPUT = 0, 1, 2
EXIT_FAILED = EXIT_WARNINGS  # a build that failed
DEFAULT_CONFIG = "mkdocs.yml"
DEFAULT_ADDR = "127.0.0.1:8000"


class Progress:
    """A progress bar on stderr, shown only on a terminal, without --quiet, once work passes one second."""

    def __init__(self, quiet: bool, label: str) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.label = label
        self.start = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or time.monotonic() - self.start < 1.0:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        self.shown = True
        if done == total:
            sys.stderr.write("\n")


def _archive(args: argparse.Namespace, label: str) -> Archive:
    return run(args.paths or ["seeds"], progress=Progress(args.quiet, label))


def _print_errors(archive: Archive) -> None:
    for line in archive.errors:
        print(f"error: {escape(line)}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    archive = _archive(args, "extract")
    _print_errors(archive)
    if args.json:
        encoder = json.JSONEncoder(ensure_ascii=False, indent=2 if args.indent else None)  # as json.dump
        for chunk in encoder.iterencode(archive_dict(archive)):
            sys.stdout.write(escape_json(chunk))
        sys.stdout.write("\n")
    else:
        print(table(archive))
    return EXIT_INPUT if archive.errors else EXIT_OK  # (the good texts are printed all the same)


def table(archive: Archive) -> str:
    """One row per document, its warnings under it (every value escaped for the terminal)."""
    rows = [("id", "kind", "date", "speaker", "body", "city", "props")]
    for d in archive.documents:
        rows.append(tuple(map(escape, (
            d.id, d.kind, d.date or "-", d.speaker.name if d.speaker else "-", d.body or "-",
            (d.venue.city or ("online" if d.venue.online else "-")) if d.venue else "-", str(len(d.proposals)),
        ))))
    widths = [min(max(len(r[i]) for r in rows), 40) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell[:40].ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index:
            lines.extend(f"    warning: {escape(w)}" for w in archive.documents[index - 1].warnings)
    lines.append(f"{len(archive.documents)} documents, {len(archive.meetings)} meetings")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    archive = _archive(args, "check")
    _print_errors(archive)
    count = 0
    for d in archive.documents:
        # A bad sidecar is an input error, printed above once; it is also the document's warning.
        items = [w for w in d.warnings if w.field != "sidecar"] + (list(d.notes) if args.strict else [])
        for w in items:
            print(f"{escape(d.source)}: {escape(w)}")
            count += 1
    if archive.errors:
        return EXIT_INPUT
    if count:
        print(f"{count} warning(s) in {len(archive.documents)} documents", file=sys.stderr)
        return EXIT_WARNINGS
    if not args.quiet:
        print(f"ok: {len(archive.documents)} documents, {len(archive.meetings)} meetings, no warnings")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    """Create a new archive folder: mkdocs.yml, docs/index.md and seeds/ with one example."""
    project.init(Path(args.dir), args.title, example=not args.empty)
    print(f"created {escape(Path(args.dir))}: mkdocs.yml, docs/index.md, seeds/; next: cd {escape(Path(args.dir))} && sco-archive serve")
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    """Write every generated page and file under OUT_DIR, exactly as the plugin serves them."""
    generated = project.write_generated(args.config_file, Path(args.out_dir))
    problems = list(generated.archive.errors) + list(generated.problems)
    for line in problems:
        print(f"error: {escape(line)}", file=sys.stderr)
    if not args.quiet:
        print(f"wrote {len(generated.files)} files to {escape(Path(args.out_dir))}")
    return EXIT_INPUT if problems else EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    """The strict, reproducible build: see project.build."""
    site_dir, epoch = project.build(args.config_file)
    print(f"built {escape(site_dir)} (SOURCE_DATE_EPOCH={escape(epoch)})")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """mkdocs serve with live reload: see project.serve."""
    project.serve(args.config_file, args.dev_addr, args.livereload)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sco-archive", description="Turn raw texts about SCO meetings into a citable static site.",
                                     epilog="Exit codes: 0 ok, 1 warnings or failed build, 2 bad usage or bad input.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, func) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    def paths_command(name: str, help_text: str, func) -> argparse.ArgumentParser:
        p = command(name, help_text, func)
        p.add_argument("paths", nargs="*", metavar="PATH", help="a .txt file or a folder of them (default: seeds/)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
        return p

    def config_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("-f", "--config-file", default=DEFAULT_CONFIG, metavar="FILE",
                       help=f"the archive's MkDocs config (default: {DEFAULT_CONFIG})")

    p = paths_command("extract", "Print the records extracted from texts: a table, or JSON with --json. Exit 2 when an input is bad (one line each on stderr; the other texts are still printed).", cmd_extract)
    p.add_argument("--json", action="store_true", help="print the archive as one JSON object (the public contract)")
    p.add_argument("--indent", action="store_true", help="indent the JSON")
    p = paths_command("check", "Exit 1 when any document has a warning, 2 when an input is bad; list them.", cmd_check)
    p.add_argument("--strict", action="store_true", help="also fail on notes (e.g. a date taken from the meeting)")

    p = command("init", "Create a new archive in DIR: mkdocs.yml using the plugin, docs/index.md and seeds/ "
                "with one example text. DIR must not exist or be empty.", cmd_init)
    p.add_argument("dir", metavar="DIR", help="the folder to create")
    p.add_argument("--title", default="SCO Archive", help="the site name (default: SCO Archive)")
    p.add_argument("--empty", action="store_true", help="leave seeds/ empty (no example text)")

    p = command("generate", "Write the generated Markdown pages and data files to OUT_DIR, byte-identical to what "
                "the MkDocs plugin serves (for other tools, or to read them).", cmd_generate)
    p.add_argument("out_dir", metavar="OUT_DIR", help="where to write (not the docs folder)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    config_option(p)

    p = command("build", "Build the site: mkdocs build --strict (any warning fails) with SOURCE_DATE_EPOCH set for "
                "a reproducible site, then the Pagefind index for the filter page.", cmd_build)
    config_option(p)

    p = command("serve", "Serve the archive with live reload: edits to seeds/ (texts and sidecars) and docs/ "
                "rebuild the site and its Pagefind index.", cmd_serve)
    config_option(p)
    p.add_argument("-a", "--dev-addr", default=DEFAULT_ADDR, metavar="IP:PORT",
                   help=f"address to serve on (default: {DEFAULT_ADDR})")
    p.add_argument("--no-livereload", dest="livereload", action="store_false",
                   help="do not reload the browser on changes")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except project.ProjectError as exc:
        for line in exc.lines:
            print(f"error: {escape(line)}", file=sys.stderr)
        return EXIT_FAILED if exc.failed else EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
