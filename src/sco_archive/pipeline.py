"""The pipeline: read -> clean -> extract -> (override) -> group, over files or folders."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from . import __version__, collector
from .clean import clean
from .extract import extract
from .group import group
from .model import Archive, Document, Source, Warning
from .overrides import OverrideError, apply, load, sidecar_bytes, sidecar_for
from .read import MAX_BYTES, discover, read_source


def document(source: Source, sidecar: Path | None = None, sidecar_shown: str = "") -> tuple[Document, str | None]:
    """One source to one (ungrouped) document with its sidecar pinned, and the sidecar's error if any.

    A bad sidecar does not stop the document: it is built as extracted, with the error as a warning.
    """
    doc = extract(source, clean(source.text))
    if sidecar is None:
        return doc, None
    try:
        pins = load(sidecar, sidecar_shown)
    except OverrideError as exc:
        return replace(doc, warnings=doc.warnings + (Warning("sidecar", str(exc)),)), str(exc)
    return apply(doc, pins, sidecar_shown), None


class Cache:
    """Documents by content hash, so a rebuild redoes only the texts (or sidecars) that changed.

    The key covers everything a document depends on: the bytes of the text and of its sidecar, the
    names they are shown under, and the engine version; grouping always runs again over all documents.
    """

    def __init__(self, limit: int = 50_000) -> None:
        self.entries: dict[str, tuple[Document, str | None]] = {}
        self.limit = limit
        self.hits = self.misses = 0

    def key(self, path: Path, shown: str, sidecar: Path | None) -> str | None:
        try:
            if path.stat().st_size > MAX_BYTES:
                return None  # refused when read; not read whole here either
            digest = hashlib.sha256(path.read_bytes())
        except OSError:
            return None
        if sidecar is not None:
            try:  # (read with the sidecar's own checks: never through a link out of its folder)
                digest.update(b"\0sidecar\0" + sidecar_bytes(sidecar))
            except OverrideError as exc:
                digest.update(b"\0refused\0" + str(exc).encode("utf-8", "backslashreplace"))
        digest.update(f"\0{shown}\0{__version__}".encode())
        return digest.hexdigest()

    def get(self, key: str | None) -> tuple[Document, str | None] | None:
        found = self.entries.get(key) if key else None
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def put(self, key: str | None, value: tuple[Document, str | None]) -> None:
        if key is None:
            return
        if len(self.entries) >= self.limit:
            self.entries.clear()
        self.entries[key] = value


def run(paths: list[str], progress=None, cache: Cache | None = None, root: Path | None = None) -> Archive:
    """Every text under `paths` to an Archive; unreadable inputs become `errors`, never exceptions.

    Relative paths are taken from `root` (default: the working directory); texts and errors are named
    by the paths as given (seeds/x.txt), whichever the working directory is."""
    with collector.paused():  # records, not cycles: see collector.py
        return _run(paths, progress, cache, root)


def _discover(paths: list[str], root: Path | None) -> tuple[list[tuple[Path, str]], list[str]]:
    """read.discover of paths relative to `root`, each text and error named as its path was given."""
    if root is None:
        return discover(paths)
    found, errors = discover([str(root / p) for p in paths])
    prefix = str(root).rstrip(os.sep) + os.sep  # what joining to root put before each relative path

    def as_given(name: str) -> str:
        return name[len(prefix):] if name.startswith(prefix) else name

    return [(path, as_given(shown)) for path, shown in found], [as_given(line) for line in errors]


def _run(paths: list[str], progress, cache: Cache | None, root: Path | None) -> Archive:
    found, errors = _discover(paths, root)
    docs = []
    for index, (path, shown) in enumerate(found):
        sidecar = sidecar_for(path)
        key = cache.key(path, shown, sidecar) if cache is not None else None
        cached = cache.get(key) if cache is not None else None
        if cached is not None:
            doc, error = cached
            docs.append(doc)
            if error:
                errors.append(error)
            if progress:
                progress(index + 1, len(found))
            continue
        source = read_source(path, shown)
        if source.error:
            errors.append(f"{shown}: {source.error}")
        else:
            shown_sidecar = str(Path(shown).with_suffix(sidecar.suffix)) if sidecar else ""
            doc, error = document(source, sidecar, shown_sidecar)
            docs.append(doc)
            if cache is not None:
                cache.put(key, (doc, error))
            if error:
                errors.append(error)
        if progress:
            progress(index + 1, len(found))
    documents, meetings = group(docs)
    return Archive(tuple(documents), tuple(meetings), tuple(sorted(errors)))
