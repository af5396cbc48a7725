"""Read: find the texts, decode their bytes, normalise newlines and spaces."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from .model import Source

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused rather than read into memory
# Work and memory grow with the number of lines (each is a record, a paragraph, a row on the page) as
# well as with the bytes: so that they follow a text's size, a text may have MIN_LINES lines, and more
# only for its size, one for every BYTES_PER_LINE bytes (the seeds have a few hundred lines of about
# 100 bytes; a million lines of "ab" in 3 MB once took 2.57 GB to build).
MIN_LINES = 20_000
BYTES_PER_LINE = 32


def line_limit(size: int) -> int:
    """The most lines a text of `size` bytes may have."""
    return max(MIN_LINES, size // BYTES_PER_LINE)

# Unicode spaces that become a plain space, and invisible characters that are dropped.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_SAFE_STEM = re.compile(r"^[^\x00-\x1f/\\]+$")
_SURROGATES = re.compile("[\ud800-\udfff]")  # how os.listdir gives the bytes of a name that is not UTF-8
RESERVED_SLUGS = frozenset({"index"})  # documents/index.md is the list of all documents


def discover(paths: list[str]) -> tuple[list[tuple[Path, str]], list[str]]:
    """Expand files and folders into sorted (path, as-given) pairs, plus one error line per bad path.

    A folder is read flat: links are followed only to a file inside it (never to a folder, which is
    how a link to `.` or `..` would make the archive, or a watcher, walk in circles).
    """
    found: list[tuple[Path, str]] = []
    errors: list[str] = []
    for given in paths:
        path = Path(given)
        if _SURROGATES.search(given):  # (the page and source names are made from it)
            errors.append(f"{printable_name(given)}: refused, the name is not valid UTF-8")
            continue
        try:
            is_dir = path.is_dir()
            is_file = not is_dir and path.is_file()
        except OSError as exc:  # (a name longer than the system allows)
            errors.append(f"{given}: cannot be read ({exc.strerror or exc})")
            continue
        if is_dir:
            try:
                # os.scandir: each entry knows whether it is a file or a symlink without another system call
                with os.scandir(path) as listing:
                    entries = sorted(listing, key=lambda e: e.name)
                folder = path.resolve()
            except (OSError, RuntimeError) as exc:
                errors.append(f"{given}: cannot be read ({getattr(exc, 'strerror', None) or exc})")
                continue
            for entry in entries:
                problem = _entry_problem(path, folder, entry)
                shown = printable_name(str(Path(given) / entry.name))  # (refused when it is not UTF-8)
                if problem is None:
                    found.append((path / entry.name, shown))
                elif problem:
                    errors.append(f"{shown}: {problem}")
        elif is_file:
            found.append((path, given))
        else:
            errors.append(f"{given}: no such file or folder")
    return _dedupe_stems(found, errors), errors


def printable_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (held as lone surrogates) written as \\xNN."""
    if not _SURROGATES.search(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _entry_problem(folder: Path, resolved: Path, entry: os.DirEntry) -> str | None:
    """Why an entry of a folder is not a text to read ("" when it is passed over in silence), or None."""
    child = folder / entry.name
    suffix = child.suffix
    if _SURROGATES.search(entry.name):
        return "refused, the file name is not valid UTF-8"
    if entry.name.startswith("."):
        return "skipped, a hidden file (its name starts with a dot)" if suffix == ".txt" else ""
    if suffix in {".yml", ".yaml"}:
        if os.path.lexists(child.with_suffix(".txt")):  # (False for a name the system refuses)
            return ""  # its text's sidecar: read (and checked) with the text
        return f"skipped, a sidecar without its text ({child.stem}.txt)"
    try:
        if entry.is_symlink():
            problem = link_problem(child, resolved)
            if problem and (suffix == ".txt" or problem != _TO_NOTHING):  # (a dead link to no text: nothing to say)
                return problem
        if suffix == ".txt":
            if not entry.is_file():  # (follows a symlink, as Path.is_file does)
                return "refused, not a regular file"
            if not _SAFE_STEM.match(child.stem) or child.stem in {"", ".", ".."}:
                return "refused, the file name cannot be used as a page name"
            return None
        if entry.is_file() and suffix != ".md":
            return "skipped, not a .txt file"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return ""


_TO_NOTHING = "refused, a symlink to nothing"


def link_problem(link: Path, folder: Path) -> str | None:
    """Why a symlink in `folder` (resolved) is not followed, or None: it is followed only to a file
    inside that folder (texts here, sidecars in overrides)."""
    try:
        target = link.resolve(strict=True)
    except FileNotFoundError:
        return _TO_NOTHING
    except (OSError, RuntimeError):
        return "refused, a symlink loop"
    if target.is_dir():
        return "refused, a symlink to a folder (links to folders are not followed)"
    if folder not in target.parents:
        return "refused, a symlink pointing outside its folder"
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
        text = data.decode("utf-16")  # (UnicodeDecodeError when it is not UTF-16: read_source refuses it)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append("not valid UTF-8; decoded as cp1252 (Windows Latin-1), check accented letters")
    return normalise(text), warnings


def normalise(text: str) -> str:
    """Newlines to \\n, odd spaces to plain spaces, invisible characters out, NFC.

    The three pattern scans cost most of reading (80 µs a text of the labelled corpus, 10 without), so
    they run only where they can change something: ASCII text needs \\t, \\f, \\v made spaces and
    control bytes dropped, one `bytes.translate` (NFC leaves ASCII as it is); other text, only when it
    holds a character that is not printable, as every character the patterns match is
    (tests/test_read_clean.py checks the sets).
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
    try:
        text, warnings = decode(data)
    except UnicodeDecodeError as exc:
        return Source(stem, shown, str(path), "", error=f"refused, starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason} at byte {exc.start})")
    if not text.strip():
        return Source(stem, shown, str(path), "", error="empty file, nothing to extract")
    lines = text.count("\n") + 1
    if lines > line_limit(len(data)):
        return Source(stem, shown, str(path), "", error=f"refused, {lines:,} lines in {len(data):,} bytes is over the limit of "
                      f"{line_limit(len(data)):,} lines (one line per {BYTES_PER_LINE} bytes, at least {MIN_LINES:,})")
    return Source(stem, shown, str(path), text, tuple(warnings))
