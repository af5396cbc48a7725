"""Read: find the texts, decode their bytes, normalise newlines and spaces."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from .model import Source

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused rather than read into memory

# Unicode spaces that become a plain space, and invisible characters that are dropped.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_SAFE_STEM = re.compile(r"^[^\x00-\x1f/\\]+$")
RESERVED_SLUGS = frozenset({"index"})  # documents/index.md is the list of all documents


def discover(paths: list[str]) -> tuple[list[tuple[Path, str]], list[str]]:
    """Expand files and folders into sorted (path, as-given) pairs, plus one error line per bad path."""
    found: list[tuple[Path, str]] = []
    errors: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            # os.scandir: each entry knows whether it is a file or a symlink without another system call
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda e: e.name)
            for entry in entries:
                child = path / entry.name
                shown = str(Path(given) / entry.name)
                if entry.name.startswith("."):
                    if child.suffix == ".txt":
                        errors.append(f"{shown}: skipped, a hidden file (its name starts with a dot)")
                    continue
                if child.suffix == ".txt":
                    problem = _path_problem(child, path, entry)
                    if problem:
                        errors.append(f"{shown}: {problem}")
                    else:
                        found.append((child, shown))
                elif child.suffix in {".yml", ".yaml"}:
                    if not child.with_suffix(".txt").is_file():  # a misnamed sidecar would pin nothing, silently
                        errors.append(f"{shown}: skipped, a sidecar without its text ({child.stem}.txt)")
                elif entry.is_file() and child.suffix != ".md":
                    errors.append(f"{shown}: skipped, not a .txt file")
        elif path.is_file():
            found.append((path, given))
        else:
            errors.append(f"{given}: no such file or folder")
    return _dedupe_stems(found, errors), errors


def _path_problem(child: Path, folder: Path, entry: os.DirEntry) -> str | None:
    """Why a file inside a folder cannot be read, or None."""
    if entry.is_symlink():
        target = child.resolve()
        if folder.resolve() not in target.parents:
            return "refused, a symlink pointing outside its folder"
    if not entry.is_file():  # (follows a symlink, as Path.is_file does)
        return "refused, not a regular file"
    if not _SAFE_STEM.match(child.stem) or child.stem in {"", ".", ".."}:
        return "refused, the file name cannot be used as a page name"
    return None


def _dedupe_stems(found: list[tuple[Path, str]], errors: list[str]) -> list[tuple[Path, str]]:
    """Keep the first of files whose ids would collide (stems equal ignoring case)."""
    from .slug import slugify

    seen: dict[str, str] = {}
    kept = []
    for path, shown in found:
        key = slugify(path.stem)
        if key in RESERVED_SLUGS:
            errors.append(f"{shown}: refused, its page name '{key}' is reserved for the list of documents; rename the file")
            continue
        if key in seen:
            errors.append(f"{shown}: refused, its page name '{key}' is already used by {seen[key]}")
            continue
        seen[key] = shown
        kept.append((path, shown))
    return kept


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 with a warning."""
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append("not valid UTF-8; decoded as cp1252 (Windows Latin-1), check accented letters")
    return normalise(text), warnings


def normalise(text: str) -> str:
    """Newlines to \\n, odd spaces to plain spaces, invisible characters out, NFC.

    Three pattern scans over every text cost most of reading; two cheaper routes give the same text:

    - ASCII text: _INVISIBLE and the non-ASCII spaces cannot occur, so the patterns come down to
      \\t, \\f, \\v -> " " and the _CONTROL bytes removed, which `bytes.translate` does in one
      pass (the two sets are disjoint, so removing first and mapping after is the same as mapping
      first). NFC leaves ASCII text as it is.
    - Other text: every character the three patterns match (Unicode spaces other than " ", format
      characters, control characters) is unprintable by `str.isprintable`, as is "\\n", which no
      pattern matches. So if the text with its newlines made spaces is printable, there is nothing
      for the patterns to change and they are skipped. (tests/test_read_clean.py checks the sets.)
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if text.isascii():
        data = text.encode("ascii")
        changed = data.translate(_ASCII_SPACES, _ASCII_CONTROLS)
        return text if changed == data else changed.decode("ascii")
    if not text.replace("\n", " ").isprintable():
        text = _INVISIBLE.sub("", text)
        text = _SPACES.sub(" ", text)
        text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


# What _SPACES and _CONTROL do to ASCII text, as a bytes.translate table and the bytes it deletes.
_ASCII_SPACES = bytes(ord(" ") if c < 128 and _SPACES.match(chr(c)) else c for c in range(256))
_ASCII_CONTROLS = bytes(c for c in range(128) if _CONTROL.match(chr(c)))


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text at all (NULs outside UTF-16)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in data[:8192]


def read_source(path: Path, shown: str) -> Source:
    """Read one file into a Source; problems become `error` (refused) or `warnings`."""
    stem = path.stem
    try:
        with open(path, "rb", buffering=0) as file:  # (unbuffered: the file is read whole)
            size = os.fstat(file.fileno()).st_size
            if size > MAX_BYTES:
                return Source(stem, shown, str(path), "", error=f"refused, {size} bytes is over the {MAX_BYTES} byte limit")
            data = file.read()
    except OSError as exc:
        return Source(stem, shown, str(path), "", error=f"cannot be read ({exc.strerror or exc})")
    if looks_binary(data):
        return Source(stem, shown, str(path), "", error="refused, binary data (not a text file)")
    text, warnings = decode(data)
    if not text.strip():
        return Source(stem, shown, str(path), "", error="empty file, nothing to extract")
    return Source(stem, shown, str(path), text, tuple(warnings))
