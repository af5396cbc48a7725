"""The `sco-archive` command: thin argument parsing over the pipeline.

Exit codes: 0 success; 1 the archive has warnings (check) or a build failed; 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from . import __version__
from .model import Archive
from .pipeline import run
from .serialise import archive_dict
from .terminal import escape, escape_json

EXIT_OK, EXIT_WARNINGS, EXIT_INPUT = 0, 1, 2


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
        items = list(d.warnings) + (list(d.notes) if args.strict else [])
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sco-archive", description="Turn raw texts about SCO meetings into a citable static site.",
                                     epilog="Exit codes: 0 ok, 1 warnings or failed build, 2 bad usage or bad input.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def paths_command(name: str, help_text: str, func) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("paths", nargs="*", metavar="PATH", help="a .txt file or a folder of them (default: seeds/)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
        p.set_defaults(func=func)
        return p

    p = paths_command("extract", "Print the records extracted from texts: a table, or JSON with --json. Exit 2 when an input is bad (one line each on stderr; the other texts are still printed).", cmd_extract)
    p.add_argument("--json", action="store_true", help="print the archive as one JSON object (the public contract)")
    p.add_argument("--indent", action="store_true", help="indent the JSON")
    p = paths_command("check", "Exit 1 when any document has a warning, 2 when an input is bad; list them.", cmd_check)
    p.add_argument("--strict", action="store_true", help="also fail on notes (e.g. a date taken from the meeting)")
    from . import commands

    commands.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
