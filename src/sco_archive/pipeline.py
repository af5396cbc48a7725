"""The pipeline: read -> clean -> extract -> (override) -> group, over files or folders."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .clean import clean
from .extract import extract
from .group import group
from .model import Archive, Document, Source
from .overrides import OverrideError, apply, load, sidecar_for
from .read import discover, read_source


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
        return replace(doc, warnings=doc.warnings + (f"sidecar: {exc}",)), str(exc)
    return apply(doc, pins, sidecar_shown), None


def run(paths: list[str], progress=None) -> Archive:
    """Every text under `paths` to an Archive; unreadable inputs become `errors`, never exceptions."""
    found, errors = discover(paths)
    docs = []
    for index, (path, shown) in enumerate(found):
        source = read_source(path, shown)
        if source.error:
            errors.append(f"{shown}: {source.error}")
        else:
            sidecar = sidecar_for(path)
            shown_sidecar = str(Path(shown).with_suffix(sidecar.suffix)) if sidecar else ""
            doc, error = document(source, sidecar, shown_sidecar)
            docs.append(doc)
            if error:
                errors.append(error)
        if progress:
            progress(index + 1, len(found))
    documents, meetings = group(docs)
    return Archive(tuple(documents), tuple(meetings), tuple(sorted(errors)))
