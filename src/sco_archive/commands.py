"""Site commands (init, generate, build, serve), registered on the CLI parser.

Exit codes: 0 ok; 1 the build failed; 2 bad usage or bad input (a missing mkdocs.yml, a bad seed).
Every failure ends with one line `error: <file>: <what>`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import yaml

from .model import Archive
from .terminal import escape

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2
DEFAULT_CONFIG = "mkdocs.yml"
DEFAULT_ADDR = "127.0.0.1:8000"


class CommandError(Exception):
    """A failure with its exit code; the message is one line naming the file."""

    def __init__(self, message: str, code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.code = code


# ---------------------------------------------------------------- helpers


def _asset(name: str) -> str:
    """A text file shipped in sco_archive/assets."""
    return resources.files("sco_archive").joinpath("assets", name).read_text(encoding="utf-8")


def _config_path(given: str) -> Path:
    """The mkdocs.yml to use; a missing one is bad input."""
    path = Path(given)
    if not path.is_file():
        raise CommandError(f"{given}: no such file (run this in an archive, or give --config-file)")
    return path


def _load_config(path: Path):
    """The MkDocs config with our plugin, loaded without building."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        config = load_config(config_file=str(path))
    except (ConfigurationError, yaml.YAMLError, OSError) as exc:
        raise CommandError(f"{path}: {' '.join(str(exc).split())}") from None
    if "sco-archive" not in config.plugins:
        raise CommandError(f"{path}: the sco-archive plugin is not listed under plugins:")
    return config


def _seeds(config) -> str:
    """The seeds folder as configured for the plugin."""
    return config.plugins["sco-archive"].config.seeds


def _mkdocs_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a mkdocs child process (MkDocs 2 notice silenced)."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra or {})}


def source_date_epoch(archive: Archive) -> str:
    """SOURCE_DATE_EPOCH from the environment, else midnight UTC of the newest document's date."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    dates = [d for doc in archive.documents for d in (doc.date, doc.published) if d]
    newest = dt.date.fromisoformat(max(dates)) if dates else dt.date(2001, 6, 15)  # the SCO's founding day
    return str(int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp()))


# ---------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    """Create a new archive folder: mkdocs.yml, docs/index.md and seeds/ with one example."""
    root = Path(args.dir)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise CommandError(f"{root}: already exists and is not an empty folder")
    config = _asset("init-mkdocs.yml").replace(
        "site_name: SCO Archive\n", yaml.safe_dump({"site_name": args.title}, allow_unicode=True), 1)
    files = {"mkdocs.yml": config, "docs/index.md": _asset("init-index.md")}
    if not args.empty:
        files["seeds/example.txt"] = _asset("init-example.txt")
    try:
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        (root / "seeds").mkdir(exist_ok=True)
    except OSError as exc:
        raise CommandError(f"{exc.filename or root}: cannot be written ({exc.strerror})", EXIT_FAILED) from None
    print(f"created {escape(root)}: mkdocs.yml, docs/index.md, seeds/; next: cd {escape(root)} && sco-archive serve")
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    """Write every generated page and file under OUT_DIR, exactly as the plugin serves them."""
    from .publish.site import generate, write

    path = _config_path(args.config_file)
    config = _load_config(path)
    out = Path(args.out_dir)
    if out.resolve() == Path(config.docs_dir).resolve():
        raise CommandError(f"{out}: is the docs folder; generated pages would then exist twice")
    generated = generate(path.parent, _seeds(config), Path(config.docs_dir), config.use_directory_urls)
    try:
        write(generated.files, out)
    except OSError as exc:
        raise CommandError(f"{exc.filename or out}: cannot be written ({exc.strerror})", EXIT_FAILED) from None
    problems = list(generated.archive.errors) + list(generated.problems)
    for line in problems:
        print(f"error: {escape(line)}", file=sys.stderr)
    if not args.quiet:
        print(f"wrote {len(generated.files)} files to {escape(out)}")
    return EXIT_INPUT if problems else EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    """Bad seeds first (exit 2); then mkdocs build --strict with SOURCE_DATE_EPOCH set (exit 1 on any
    warning); then Pagefind, unless the plugin already indexed the site."""
    from .publish.indexing import run_pagefind
    from .publish.site import load_archive

    path = _config_path(args.config_file)
    config = _load_config(path)
    archive = load_archive(path.parent, _seeds(config))
    if archive.errors:
        for line in archive.errors[:-1]:
            print(f"error: {escape(line)}", file=sys.stderr)
        raise CommandError(archive.errors[-1])
    epoch = source_date_epoch(archive)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(path)]
    if subprocess.call(command, env=_mkdocs_env({"SOURCE_DATE_EPOCH": epoch})) != 0:
        raise CommandError(f"{path}: build failed (see the messages above)", EXIT_FAILED)
    site_dir = Path(config.site_dir)
    if not (site_dir / "pagefind" / "pagefind-entry.json").is_file():
        problem = run_pagefind(site_dir)
        if problem:
            raise CommandError(problem, EXIT_FAILED)
    print(f"built {escape(site_dir)} (SOURCE_DATE_EPOCH={escape(epoch)})")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """mkdocs serve with live reload; every build (first one included) is indexed by Pagefind."""
    path = _config_path(args.config_file)
    _load_config(path)
    command = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(path), "--dev-addr", args.dev_addr,
               "--livereload" if args.livereload else "--no-livereload"]
    try:
        code = subprocess.call(command, env=_mkdocs_env())
    except KeyboardInterrupt:
        return EXIT_OK
    if code not in (0, -2, 130):
        raise CommandError(f"{path}: serve failed (see the messages above)", EXIT_FAILED)
    return EXIT_OK


def _guard(func):
    """Run a command, turning CommandError into its one-line message and exit code."""

    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except CommandError as exc:
            print(f"error: {escape(exc)}", file=sys.stderr)
            return exc.code

    return run


def register(sub) -> None:
    """Add the site subcommands to the CLI's subparsers."""

    def add(name: str, help_text: str, func) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(func=_guard(func))
        return parser

    def config_option(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("-f", "--config-file", default=DEFAULT_CONFIG, metavar="FILE",
                            help=f"the archive's MkDocs config (default: {DEFAULT_CONFIG})")

    p = add("init", "Create a new archive in DIR: mkdocs.yml using the plugin, docs/index.md and seeds/ "
            "with one example text. DIR must not exist or be empty.", cmd_init)
    p.add_argument("dir", metavar="DIR", help="the folder to create")
    p.add_argument("--title", default="SCO Archive", help="the site name (default: SCO Archive)")
    p.add_argument("--empty", action="store_true", help="leave seeds/ empty (no example text)")

    p = add("generate", "Write the generated Markdown pages and data files to OUT_DIR, byte-identical to what "
            "the MkDocs plugin serves (for other tools, or to read them).", cmd_generate)
    p.add_argument("out_dir", metavar="OUT_DIR", help="where to write (not the docs folder)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    config_option(p)

    p = add("build", "Build the site: mkdocs build --strict (any warning fails) with SOURCE_DATE_EPOCH set for "
            "a reproducible site, then the Pagefind index for the filter page.", cmd_build)
    config_option(p)

    p = add("serve", "Serve the archive with live reload: edits to seeds/ (texts and sidecars) and docs/ "
            "rebuild the site and its Pagefind index.", cmd_serve)
    config_option(p)
    p.add_argument("-a", "--dev-addr", default=DEFAULT_ADDR, metavar="IP:PORT",
                   help=f"address to serve on (default: {DEFAULT_ADDR})")
    p.add_argument("--no-livereload", dest="livereload", action="store_false",
                   help="do not reload the browser on changes")
