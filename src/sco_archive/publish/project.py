"""A project on disk: create one, read its MkDocs config, write its generated files, build and serve
it (MkDocs in a child process, with SOURCE_DATE_EPOCH set for a reproducible build).

Every failure is a ProjectError naming the file: `failed` when the work failed (a build), else the
input was bad (a missing mkdocs.yml, a bad seed).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import yaml

from ..model import Archive
from ..render.markdown import md_inline
from .indexing import run_pagefind
from .site import Generated, asset, generate, load_archive, site_of, write


class ProjectError(Exception):
    """A failure; each line of `lines` names a file and what is wrong."""

    def __init__(self, *lines: str, failed: bool = False) -> None:
        super().__init__(lines[-1])
        self.lines, self.failed = lines, failed


def init(root: Path, title: str, example: bool = True) -> None:
    """Create a new archive folder: mkdocs.yml, docs/index.md and seeds/ (with one example text)."""
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ProjectError(f"{root}: already exists and is not an empty folder")
    config = asset("init-mkdocs.yml").replace(
        "site_name: SCO Archive\n", yaml.safe_dump({"site_name": title}, allow_unicode=True), 1)
    # The site's name is set once, in mkdocs.yml; the introduction's heading repeats it as its text.
    intro = asset("init-index.md").replace("# SCO Archive\n", f"# {md_inline(title)}\n", 1)
    files = {"mkdocs.yml": config, "docs/index.md": intro}
    if example:
        files["seeds/example.txt"] = asset("init-example.txt")
    try:
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        (root / "seeds").mkdir(exist_ok=True)
    except OSError as exc:
        raise ProjectError(f"{exc.filename or root}: cannot be written ({exc.strerror})", failed=True) from None


def load_config(given: str):
    """The project's MkDocs config (with our plugin), loaded without building."""
    from mkdocs.config import load_config as mkdocs_config
    from mkdocs.exceptions import ConfigurationError

    path = Path(given)
    if not path.is_file():
        raise ProjectError(f"{given}: no such file (run this in an archive, or give --config-file)")
    try:
        config = mkdocs_config(config_file=str(path))
    except (ConfigurationError, yaml.YAMLError, OSError) as exc:
        raise ProjectError(f"{path}: {' '.join(str(exc).split())}") from None
    if "sco-archive" not in config.plugins:
        raise ProjectError(f"{path}: the sco-archive plugin is not listed under plugins:")
    return config


def _project(config) -> tuple[Path, str]:
    """The project folder and its seeds folder as configured for the plugin."""
    return Path(config.config_file_path).parent, config.plugins["sco-archive"].config.seeds


def write_generated(config_file: str, out: Path) -> Generated:
    """Write every generated page and file under `out`, exactly as the plugin serves them."""
    config = load_config(config_file)
    if out.resolve() == Path(config.docs_dir).resolve():
        raise ProjectError(f"{out}: is the docs folder; generated pages would then exist twice")
    generated = generate(*_project(config), Path(config.docs_dir), site_of(config))
    try:
        write(generated.files, out)
    except OSError as exc:
        raise ProjectError(f"{exc.filename or out}: cannot be written ({exc.strerror})", failed=True) from None
    return generated


def source_date_epoch(archive: Archive) -> str:
    """SOURCE_DATE_EPOCH from the environment, else midnight UTC of the newest document's date."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    dates = [d for doc in archive.documents for d in (doc.date, doc.published) if d]
    newest = dt.date.fromisoformat(max(dates)) if dates else dt.date(2001, 6, 15)  # the SCO's founding day
    return str(int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp()))


def _mkdocs(*args: str, env: dict[str, str] | None = None) -> int:
    """Run mkdocs in a child process (MkDocs 2 notice silenced); its exit code."""
    return subprocess.call([sys.executable, "-m", "mkdocs", *args], env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})


def build(config_file: str) -> tuple[Path, str]:
    """Bad seeds first (input errors); then `mkdocs build --strict` with SOURCE_DATE_EPOCH set (any
    warning fails it); then Pagefind, unless the plugin already indexed the site. The site folder and
    the epoch."""
    config = load_config(config_file)
    errors, epoch = _checked(config_file)
    if errors:
        raise ProjectError(*errors)
    if _mkdocs("build", "--strict", "--config-file", config_file, env={"SOURCE_DATE_EPOCH": epoch}) != 0:
        raise ProjectError(f"{config_file}: build failed (see the messages above)", failed=True)
    site_dir = Path(config.site_dir)
    if not (site_dir / "pagefind" / "pagefind-entry.json").is_file():
        problem = run_pagefind(site_dir)
        if problem:
            raise ProjectError(problem, failed=True)
    return site_dir, epoch


def _checked(config_file: str) -> tuple[list[str], str]:
    """The project's input errors and its SOURCE_DATE_EPOCH, from the pipeline run in a child process.

    In a child, so that the archive (155 MB at 5,000 seed-length texts) is not held here while MkDocs
    runs: freed in this process, most of it would stay in its heap."""
    result = subprocess.run([sys.executable, "-m", __name__, config_file], stdout=subprocess.PIPE, check=False)
    if result.returncode != 0:
        raise ProjectError(f"{config_file}: the archive could not be read (see the messages above)", failed=True)
    found = json.loads(result.stdout)
    return found["errors"], found["epoch"]


def _main(config_file: str) -> None:
    """What `_checked` runs in its child: the archive's errors and epoch, as JSON on stdout."""
    archive = load_archive(*_project(load_config(config_file)))
    print(json.dumps({"errors": archive.errors, "epoch": source_date_epoch(archive)}))


def serve(config_file: str, dev_addr: str, livereload: bool) -> None:
    """`mkdocs serve` with live reload; every build (the first one included) is indexed by Pagefind."""
    load_config(config_file)
    code = _serve_child([sys.executable, "-m", "mkdocs", "serve", "--config-file", config_file, "--dev-addr", dev_addr,
                         "--livereload" if livereload else "--no-livereload"],
                        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if code not in (0, -2, 130, -signal.SIGTERM, -signal.SIGKILL):
        raise ProjectError(f"{config_file}: serve failed (see the messages above)", failed=True)


# Seconds `mkdocs serve` gets to stop after it was asked to, before it is terminated (then killed).
STOP_GRACE = 10.0
# What the child is sent the 1st, 2nd and 3rd time it is asked to stop: SIGINT first, on which mkdocs
# serve shuts its server down and removes its temporary site folder (on SIGTERM it would just die).
_STOPS = (signal.SIGINT, signal.SIGTERM, signal.SIGKILL)


def _serve_child(args: list[str], env: dict[str, str]) -> int:
    """Run a server in a child process and wait for it; its exit code (minus the signal that ended it).

    SIGTERM or SIGINT to this process stops the child too: without that, a SIGTERM (a process manager,
    `kill`, a test harness) ended this process at once and left mkdocs serving, orphaned. The child has
    a process group of its own, so that a Ctrl-C on the terminal reaches it once, through here, and not
    a second time while it shuts down. (Handlers are set before the child starts: a signal this process
    catches is one the child starts with the default action, never ignored.)
    """
    asked: list[int] = []
    child: subprocess.Popen | None = None

    def stop(signum, frame) -> None:
        asked.append(signum)
        if child is not None:
            _stop(child, len(asked))

    try:
        previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: no handlers, and no process group of its own either
        return subprocess.call(args, env=env)
    try:
        child = subprocess.Popen(args, env=env, process_group=0)
        if asked:
            _stop(child, 1)
        while True:
            try:
                return child.wait(timeout=STOP_GRACE if asked else None)
            except subprocess.TimeoutExpired:
                asked.append(0)
                _stop(child, len(asked))
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _stop(child: subprocess.Popen, times: int) -> None:
    """Ask a child to stop, more firmly each time."""
    if child.poll() is None:
        child.send_signal(_STOPS[min(times, len(_STOPS)) - 1])


if __name__ == "__main__":
    _main(sys.argv[1])
