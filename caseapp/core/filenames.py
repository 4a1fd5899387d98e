"""File names derived from data (a case number, an attachment's name): one helper, so that a hostile value
never becomes a path (`../../x`, `/etc/passwd`), a hidden file, a reserved device name or a disguised
extension (U+202E), on Windows, macOS or Linux."""

from __future__ import annotations

import unicodedata

MAX_NAME_BYTES = 200  # a file's name, in UTF-8 (file systems allow 255; room for " (2)")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = set('/\\:*?"<>|')


def storable_text(name: str) -> str:
    """A file name as storable text: bytes that were not UTF-8 (kept by the OS as lone surrogates) become
    U+FFFD instead of failing the insert or the audit hash."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "replace").decode("utf-8")


def safe_file_name(name: str, fallback: str) -> str:
    """A name to write a file under on Windows, macOS or Linux: NFC; no path separators, control or format
    characters (a right-to-left override can disguise an extension), nor characters Windows refuses; no
    leading dots (no hidden file, no '..'), no trailing dots or spaces, not a reserved device name, at most
    MAX_NAME_BYTES in UTF-8 with the extension kept. `fallback` when nothing is left."""
    text = unicodedata.normalize("NFC", storable_text(name))
    cleaned = "".join("_" if c in _UNSAFE else c for c in text
                      if not unicodedata.category(c).startswith("C"))
    cleaned = cleaned.strip().lstrip(".").rstrip(". ")
    if not cleaned.strip("_. "):  # nothing but replaced characters: no name worth keeping
        return fallback
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or not stem or len(suffix.encode("utf-8")) > 16:
        stem, suffix = cleaned, ""
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    ext = f".{suffix}" if suffix else ""
    if len((stem + ext).encode("utf-8")) > MAX_NAME_BYTES:
        while stem and len((stem + ext).encode("utf-8")) > MAX_NAME_BYTES:
            stem = stem[:-1]
        stem = stem.rstrip(". ")
    return stem + ext if stem else fallback


def report_file_name(case_number: str | None, kind: str, extension: str = "pdf") -> str:
    """The default name for a case's printed report or labels ('TEST-2026-000001-report.pdf'), safe
    whatever the case number holds."""
    return safe_file_name(f"{case_number or 'case'}-{kind}.{extension}", f"case-{kind}.{extension}")
