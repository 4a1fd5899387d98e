"""The hand-over package (a ZIP): its manifest, and checking it offline with no database.

A package holds a case's papers and data as files, and `manifest.json`: the format and version, the sending
agency, the case, when and by whom it was made, each file's name, size and SHA-256, the sender's chain hash
and the hashes of the case's audit entries; signed with the sender's Ed25519 key when the session had one
(the public key travels with it). Checking recomputes everything from the bytes: any file altered, added or
removed, a manifest edited or a bad signature is a change (`BundleChanged`, exit 3); a file that is not a
readable ZIP at all is a user error (`BundleUnreadable`, exit 1).

The ZIP is hostile until checked: nothing is ever extracted to disk; names must be plain relative names of
the package's own form (no "..", no absolute or drive paths, no backslashes, no control characters), each
once; members, the manifest and every file are read with bounds (a zip bomb stops at the size the manifest
gives, plus one byte).
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import translate
from caseapp.core.signing import SignatureChecker

FORMAT_NAME = "caseapp-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_MEMBERS = 10_000
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_FILE_BYTES = 512 * 1024 * 1024  # one file of the package (an attachment is at most this)
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_NAME_CHARS = 200
_NAME = re.compile(r"(?:attachments/)?[A-Za-z0-9][A-Za-z0-9._-]{0,150}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20


class BundleUnreadable(CaseAppError):
    """Not a package at all: a missing file, or not a ZIP (exit 1)."""


class BundleChanged(CaseAppError):
    """A package that is not as its sender made it (exit 3); `problems` names every change found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems[:10]) + (f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""))
        self.problems = problems


def safe_name(text: str, fallback: str = "file") -> str:
    """A file name reduced to the package's own form: letters, digits, dot, dash and underscore."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._-")[:120]
    return cleaned or fallback


def canonical_bytes(manifest: dict[str, Any]) -> bytes:
    """The manifest as signed: every key but "signature", sorted, compact, UTF-8."""
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def manifest_digest(manifest: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(manifest)).hexdigest()


@dataclass
class BundleCheck:
    """An intact package: its manifest, and who signed it (the key's SHA-256 fingerprint, "" unsigned)."""

    manifest: dict[str, Any]
    signed_by: str = ""
    files: list[dict[str, Any]] = field(default_factory=list)

    @property
    def case_number(self) -> str:
        return str(self.manifest.get("case") or "")

    @property
    def agency(self) -> str:
        return str(self.manifest.get("agency") or "")


def _name_problem(name: str) -> str:
    if len(name) > MAX_NAME_CHARS or not _NAME.fullmatch(name) or ".." in name:
        shown = name[:80].encode("unicode_escape").decode("ascii")
        return translate("Bundle", "a file named \"{name}\" is not one a package holds (a path outside the "
                                   "package, or a name of another form)").format(name=shown)
    return ""


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
    """The member's bytes in chunks, stopping once more than `limit` came out (a zip bomb)."""
    total = 0
    with archive.open(info) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                return
            total += len(chunk)
            if total > limit:
                raise _TooLong
            yield chunk


class _TooLong(Exception):
    pass


def _load_manifest(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> dict[str, Any]:
    try:
        raw = b"".join(_read_bounded(archive, info, MAX_MANIFEST_BYTES))
    except _TooLong:
        raise BundleChanged([translate("Bundle", "manifest.json is larger than a manifest can be")]) from None
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleChanged([translate("Bundle", "manifest.json is not valid JSON: it was edited")]) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleChanged([translate("Bundle", "manifest.json is not a hand-over package's manifest")])
    if manifest.get("version") != FORMAT_VERSION:
        raise BundleChanged([translate("Bundle", "manifest.json has version {version}; this application reads "
                                                 "version {ours}").format(version=manifest.get("version"),
                                                                          ours=FORMAT_VERSION)])
    if not _shaped(manifest):
        raise BundleChanged([translate("Bundle", "manifest.json is not in the form a package's manifest has: it "
                                                 "was edited")])
    return manifest


def _shaped(manifest: dict[str, Any]) -> bool:
    """The manifest's facts have the types the application writes (what is printed and imported from them)."""
    texts = ("agency", "case", "created_at", "paper_language")
    creator = manifest.get("created_by")
    entries = manifest.get("case_entries")
    return (all(isinstance(manifest.get(key), str) and len(manifest[key]) <= 200 for key in texts)
            and isinstance(manifest.get("time_zone", ""), str) and len(manifest.get("time_zone", "")) <= 100
            and isinstance(manifest.get("chain_hash"), str) and bool(_HEX64.fullmatch(manifest["chain_hash"]))
            and isinstance(creator, dict) and all(isinstance(creator.get(k), str) for k in ("login", "name"))
            and isinstance(entries, list) and len(entries) <= MAX_MEMBERS * 100
            and all(isinstance(e, dict) and isinstance(e.get("hash"), str) and isinstance(e.get("id"), int)
                    for e in entries))


def _listed(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    files = manifest.get("files")
    if not isinstance(files, list) or len(files) > MAX_MEMBERS:
        raise BundleChanged([translate("Bundle", "manifest.json has no list of files: it was edited")])
    listed: dict[str, dict[str, Any]] = {}
    for item in files:
        if not (isinstance(item, dict) and isinstance(item.get("name"), str) and isinstance(item.get("size"), int)
                and isinstance(item.get("sha256"), str) and _HEX64.fullmatch(item["sha256"])
                and 0 <= item["size"] <= MAX_FILE_BYTES) or item["name"] in listed or item["name"] == MANIFEST \
                or _name_problem(item["name"]):
            raise BundleChanged([translate("Bundle", "manifest.json lists a file in a form it never has: "
                                                     "it was edited")])
        listed[item["name"]] = item
    return listed


def _signature(manifest: dict[str, Any]) -> tuple[str, list[str]]:
    """(the signer's fingerprint or "", problems)."""
    signature = manifest.get("signature")
    if signature is None:
        return "", []
    if not isinstance(signature, dict):
        return "", [translate("Bundle", "the manifest's signature is not in its form")]
    public = str(signature.get("public_key") or "")
    value = str(signature.get("value") or "")
    if not _HEX64.fullmatch(public) or not SignatureChecker().valid(public, manifest_digest(manifest), value):
        return "", [translate("Bundle", "the manifest's signature does not match it: the manifest was edited "
                                        "or signed with another key")]
    return hashlib.sha256(bytes.fromhex(public)).hexdigest(), []


def declared_entries(path: Path) -> int | None:
    """How many files the ZIP's end record says it holds (zip64 included), read before Python's zipfile parses
    the central directory into memory (a million empty entries would cost hundreds of MB); None when no end
    record is found (zipfile then says what is wrong)."""
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        tail_start = max(0, size - (1 << 16) - 22)
        handle.seek(tail_start)
        tail = handle.read()
        end = tail.rfind(b"PK\x05\x06")
        if end < 0 or len(tail) < end + 22:
            return None
        entries = struct.unpack("<H", tail[end + 10:end + 12])[0]
        if entries != 0xFFFF:
            return int(entries)
        locator = end - 20
        if locator < 0 or tail[locator:locator + 4] != b"PK\x06\x07":
            return None
        offset = struct.unpack("<Q", tail[locator + 8:locator + 16])[0]
        handle.seek(offset)
        record = handle.read(56)
        if len(record) < 56 or record[:4] != b"PK\x06\x06":
            return None
        return int(struct.unpack("<Q", record[32:40])[0])


def open_archive(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise BundleUnreadable(translate("Bundle", "{path}: no such file").format(path=path))
    try:
        count = declared_entries(path)
    except OSError as exc:
        raise BundleUnreadable(translate("Bundle", "{path}: not a hand-over package (not a ZIP file: {error})"
                                         ).format(path=path, error=exc)) from None
    if count is not None and count > MAX_MEMBERS + 1:
        raise BundleChanged([translate("Bundle", "the ZIP holds {count} files, more than a package can"
                                                 ).format(count=count)])
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleUnreadable(translate("Bundle", "{path}: not a hand-over package (not a ZIP file: {error})"
                                         ).format(path=path, error=exc)) from None


class Bundle:
    """An open package, checked once (`check()`); `read(name)` gives a listed file's bytes, checked again
    against the manifest as they are read (the ZIP stays open: a file swapped on disk later is not read)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.archive = open_archive(path)

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check(self) -> BundleCheck:
        try:
            return self._check()
        except zipfile.BadZipFile as exc:
            raise BundleChanged([translate("Bundle", "the ZIP is damaged: {error}").format(error=exc)]) from None
        except (NotImplementedError, RuntimeError) as exc:  # encrypted or unknown compression
            raise BundleChanged([translate("Bundle", "a file of the package cannot be read: {error}").format(
                error=exc)]) from None

    def _check(self) -> BundleCheck:
        infos = self.archive.infolist()
        if len(infos) > MAX_MEMBERS + 1:
            raise BundleChanged([translate("Bundle", "the ZIP holds {count} files, more than a package can"
                                                     ).format(count=len(infos))])
        problems: list[str] = []
        seen: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            problem = _name_problem(info.filename) if info.filename != MANIFEST else ""
            if problem:
                problems.append(problem)
            elif info.filename in seen:
                problems.append(translate("Bundle", "{name} is in the ZIP twice").format(name=info.filename))
            seen.setdefault(info.filename, info)
        if MANIFEST not in seen:
            raise BundleChanged([*problems, translate("Bundle", "manifest.json is missing")])
        manifest = _load_manifest(self.archive, seen[MANIFEST])
        listed = _listed(manifest)
        signed_by, signature_problems = _signature(manifest)
        problems += signature_problems
        total = 0
        for name, item in listed.items():
            member = seen.get(name)
            if member is None:
                problems.append(translate("Bundle", "{name} was removed").format(name=name))
                continue
            total += item["size"]
            if total > MAX_TOTAL_BYTES:
                problems.append(translate("Bundle", "the files listed are larger than a package can be"))
                break
            if member.file_size != item["size"]:
                problems.append(translate("Bundle", "{name} was altered (its size is {size} bytes, not {listed})"
                                          ).format(name=name, size=member.file_size, listed=item["size"]))
                continue
            digest = hashlib.sha256()
            try:
                for chunk in _read_bounded(self.archive, member, item["size"]):
                    digest.update(chunk)
            except _TooLong:
                problems.append(translate("Bundle", "{name} was altered (it holds more than {listed} bytes)"
                                          ).format(name=name, listed=item["size"]))
                continue
            except zipfile.BadZipFile:
                problems.append(translate("Bundle", "{name} was altered (its checksum fails)").format(name=name))
                continue
            if digest.hexdigest() != item["sha256"]:
                problems.append(translate("Bundle", "{name} was altered (its SHA-256 is not the manifest's)"
                                          ).format(name=name))
        for name in seen:
            if name != MANIFEST and name not in listed and not _name_problem(name):
                problems.append(translate("Bundle", "{name} was added").format(name=name))
        if problems:
            raise BundleChanged(problems)
        return BundleCheck(manifest, signed_by, list(listed.values()))

    def read(self, check: BundleCheck, name: str) -> bytes:
        """A listed file's bytes, re-hashed against the manifest."""
        item = next((f for f in check.files if f["name"] == name), None)
        if item is None:
            raise BundleChanged([translate("Bundle", "{name} is not in the package").format(name=name)])
        try:
            data = b"".join(_read_bounded(self.archive, self.archive.getinfo(name), item["size"]))
        except (_TooLong, KeyError, zipfile.BadZipFile):
            raise BundleChanged([translate("Bundle", "{name} was altered").format(name=name)]) from None
        if hashlib.sha256(data).hexdigest() != item["sha256"]:
            raise BundleChanged([translate("Bundle", "{name} was altered (its SHA-256 is not the manifest's)"
                                           ).format(name=name)])
        return data


def check_bundle(path: Path) -> BundleCheck:
    """Check a package offline; BundleChanged or BundleUnreadable when it is not intact."""
    with Bundle(path) as bundle:
        return bundle.check()
