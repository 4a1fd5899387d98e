"""Backups and restores.

- backup: SQLite's online backup API (a consistent copy while the app is open and others write), into a
  temporary file beside the destination that is checked and then renamed, so a failed backup never
  leaves a half file under the final name. A sidecar `<file>.json` records what the copy holds and its
  audit chain hash: the anchor that proves later that no newest entries were cut off.
- restore: the backup is copied read-only, the copy is checked (SQLite integrity, the audit chain and
  every audited row, the anchor from the sidecar when there is one) and only then put in place; the
  database it replaces is kept beside it, so nothing is lost either way.
- automatic backups: on closing the window whenever the database changed since the last automatic backup
  (its sidecar records the chain hash right after the backup's own audit entry: a database whose latest
  entry is still that one has not changed), into the user data folder; kept: the newest of each of the
  last 7 days that have one, and the last 10.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

from caseapp.core.changes import Changes, Done
from caseapp.core.errors import CaseAppError, DiskFull
from caseapp.core.i18n import translate
from caseapp.core.signing import Keyring
from caseapp.services.app import CaseApp, Clock, system_clock
from caseapp.services.guard import check_input, check_output
from caseapp.store.sqlite.db import backup_database, copy_database_file, database_facts

AUTO_PREFIX = "caseapp-auto-"
SIDECAR = ".json"


class BackupError(CaseAppError):
    """A backup that cannot be written or a file that is refused as a restore source."""


class RestoreNeedsConfirmation(BackupError):
    """A restore that goes ahead only when the admin explicitly accepts what the message says: `option` names
    the restore() keyword that accepts it ("without_record": no usable backup record; "other_agency": the
    backup is of another agency or has other admins)."""

    def __init__(self, message: str, option: str) -> None:
        super().__init__(message)
        self.option = option


@dataclass(frozen=True)
class BackupInfo:
    path: str
    created_at: str
    source: str
    sha256: str
    size: int
    chain_hash: str
    cases: int
    exhibits: int
    schema: str
    # the chain hash right after this backup's own audit entry when nothing was written between the copy and
    # that entry ("" otherwise): while the database's latest hash is this one, nothing changed since the copy
    chain_after: str = ""
    # what should be in the audit trail and is not (the disk holding the database was full): the backup's
    # sign-in, its own entry; kept here, in the record, instead
    unrecorded: tuple[str, ...] = ()
    # the fingerprint of the first admin's first signing key, for `verify --admin-key` (root of the signatures)
    admin_key: str = ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR)


def _destination(dest: Path, now: datetime) -> Path:
    if dest.is_dir():
        return dest / f"caseapp-{now.strftime('%Y%m%d-%H%M%S')}.sqlite3"
    return dest


def backup(app: CaseApp, dest: Path, *, actor: str | None, unrecorded: tuple[str, ...] = ()) -> BackupInfo:
    """Back the open database up to `dest` (a file, or a folder to name one in). Audited: the entry goes in
    after the copy, so a full disk under the database does not prevent copying it elsewhere; an entry that
    cannot be written then (and `unrecorded`, what the caller could not write before) is kept in the
    backup's record instead."""
    if not app.has_sessions:
        raise BackupError(translate("Backup", "an in-memory database has no file to back up"))
    target = _destination(Path(dest), app.local_now())
    check_output(target, app.path, what="the backup")
    check_output(sidecar_of(target), app.path, what="the backup's record")
    if target.exists():
        raise BackupError(translate("Backup", "{target} exists already; choose another name").format(target=target))
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(translate(
            "Backup", "cannot back up to {target}: the folder {folder} does not exist").format(
            target=target, folder=folder))
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=".caseapp-backup-", suffix=".sqlite3", dir=folder)
    except OSError as exc:
        raise BackupError(translate(
            "Backup", "cannot write in {folder}: {error}").format(
            folder=folder, error=exc.strerror)) from None
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        if app.location.server:  # a snapshot of the server as a new database file (the application's format)
            temporary.unlink()
            app.copy_to_file(temporary)
        else:
            backup_database(app._db, temporary)
        facts = database_facts(temporary)
        if facts.integrity != "ok":
            raise BackupError(translate(
                "Backup", "the copy failed SQLite's check ({integrity}); nothing was kept").format(
                integrity=facts.integrity))
        os.replace(temporary, target)
    except OSError as exc:
        raise BackupError(translate(
            "Backup", "cannot write {target}: {error}").format(
            target=target, error=exc.strerror)) from None
    finally:
        temporary.unlink(missing_ok=True)
    info = BackupInfo(path=str(target), created_at=app.now_utc_text(), source=str(app.location), sha256=_sha256(target),
                      size=target.stat().st_size, chain_hash=facts.chain_hash, cases=facts.cases,
                      exhibits=facts.exhibits, schema=facts.schema, unrecorded=tuple(unrecorded),
                      admin_key=app.admin_key_fingerprint())
    try:
        with app.change("backup", "database", target.name, actor=actor, at=info.created_at, detail={
                "sha256": info.sha256, "chain_hash": info.chain_hash, "cases": info.cases, "exhibits": info.exhibits,
                **({"unrecorded": list(unrecorded)} if unrecorded else {})}) as work:
            before = app._audit.latest_hash()
        after = work.hash or ""
    except DiskFull:
        info = replace(info, unrecorded=(*info.unrecorded, f"the backup's audit entry ({actor or 'no account'}, "
                                         f"{info.created_at}) could not be written: the disk holding the database "
                                         "is full"))
    else:
        if before == info.chain_hash:  # else another process wrote after the copy: the copy lacks that
            info = replace(info, chain_after=after)
    try:
        sidecar_of(target).write_text(json.dumps(asdict(info), indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BackupError(translate(
            "Backup", "the backup {target} is written, but not its record {sidecar_of}: {error}").format(
            target=target, sidecar_of=sidecar_of(target).name, error=exc.strerror)) from None
    return info


@dataclass(frozen=True)
class RestoreResult:
    restored_from: str
    previous_kept_at: str | None
    cases: int
    exhibits: int
    chain_hash: str


@dataclass(frozen=True)
class BackupRecord:
    """What a backup's sidecar says the backup holds: the checks a restore makes against the file."""

    sha256: str
    size: int
    cases: int
    chain_hash: str
    admin_key: str = ""  # the first admin's key fingerprint, when the backup had one


_HEX64 = re.compile(r"[0-9a-f]{64}")


def read_backup_record(sidecar: Path) -> BackupRecord:
    """The sidecar's record, or BackupError saying why it cannot be used (missing, not JSON, not an object,
    a field missing or of the wrong kind, an empty chain hash)."""
    if not sidecar.is_file():
        raise BackupError(translate("Backup", "it has no backup record ({name} is missing)").format(name=sidecar.name))
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (ValueError, OSError, UnicodeError):
        raise BackupError(translate(
            "Backup", "its backup record {name} is not readable JSON").format(
            name=sidecar.name)) from None
    if not isinstance(data, dict):
        raise BackupError(translate(
            "Backup", "its backup record {name} is not a record (a JSON {type})").format(
            name=sidecar.name, type=type(data).__name__))
    for key in ("sha256", "chain_hash"):
        if not isinstance(data.get(key), str) or not _HEX64.fullmatch(data[key]):
            raise BackupError(translate(
                "Backup", "its backup record {name} has no valid {key}").format(
                name=sidecar.name, key=key))
    for key in ("size", "cases"):
        if not isinstance(data.get(key), int) or isinstance(data[key], bool) or data[key] < 0:
            raise BackupError(translate(
                "Backup", "its backup record {name} has no valid {key}").format(
                name=sidecar.name, key=key))
    admin_key = data.get("admin_key")
    return BackupRecord(data["sha256"], data["size"], data["cases"], data["chain_hash"],
                        admin_key if isinstance(admin_key, str) else "")


def _check_file_against(source: Path, record: BackupRecord) -> None:
    size = source.stat().st_size
    if size != record.size:
        raise BackupError(translate(
            "Backup", "{source} is refused: it is {size} bytes, its backup record says {size2}").format(
            source=source, size=size, size2=record.size))
    digest = _sha256(source)
    if digest != record.sha256:
        raise BackupError(translate(
            "Backup", "{source} is refused: its content does not match the SHA-256 in its backup record (file "
                      "{digest}..., record {sha256}...)").format(
            source=source, digest=digest[:16], sha256=record.sha256[:16]))


def _check_against_record(source: Path, candidate: CaseApp, record: BackupRecord) -> None:
    latest = candidate._audit.latest_hash()
    if latest != record.chain_hash:
        where = "is in its chain but is not the latest" if candidate._audit.has_hash(record.chain_hash) \
            else "is not in its chain"
        raise BackupError(translate(
            "Backup", "{source} is refused: the chain hash in its backup record {where} (entries were cut or "
                      "added after the backup)").format(
            source=source, where=where))
    cases = candidate.counts()[0]
    if cases != record.cases:
        raise BackupError(translate(
            "Backup", "{source} is refused: it holds {cases} cases, its backup record says {cases2}").format(
            source=source, cases=cases, cases2=record.cases))


@dataclass(frozen=True)
class _Identity:
    code: str
    name: str
    admins: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.code or self.name or self.admins)

    def describe(self) -> str:
        name = f"{self.name} ({self.code or 'no code'})" if self.name else (self.code or "no agency code")
        return f"{name}, admins {', '.join(self.admins) or 'none'}"


def _identity(app: CaseApp) -> _Identity:
    from caseapp.services.settings import read_agency_settings

    settings = read_agency_settings(app)
    admins = tuple(sorted(u.login for u in app._stores.users.list() if u.role == "admin" and u.active))
    return _Identity(settings.code, settings.name, admins)


def _current_identity(database: Path, clock: Clock) -> _Identity | None:
    if not database.exists():
        return None
    current = CaseApp.open(database, clock=clock)
    try:
        return _identity(current)
    finally:
        current.close()


def restore(database: Path, source: Path, *, actor: str | None, clock: Clock = system_clock,
            without_record: bool = False, other_agency: bool = False,
            keys: Keyring | None = None) -> Done[RestoreResult]:
    """Replace the database file at `database` (closed by the caller) with the backup `source`, once the
    backup passes the integrity and audit checks; the replaced file is kept beside it.

    The backup's record (its sidecar) must match the file: size, SHA-256, number of cases, and a chain hash
    that is the latest of the backup's chain (a backup whose newest entries were cut fails). A missing or
    unusable record is refused (RestoreNeedsConfirmation) unless `without_record`; a backup of another
    agency, or with other admins than the database it replaces, unless `other_agency`. The backup is also
    checked against the first admin key of its record. `keys` is the admin's session keyring: the restore
    entry is signed when the backup holds the admin's current key."""
    source = Path(source)
    database = Path(database)
    check_input(source, database, what="restored from")
    check_input(sidecar_of(source), database, what="read as a backup's record")
    if not source.is_file():
        raise BackupError(translate("Backup", "{source} is not a file").format(source=source))
    try:
        facts = database_facts(source)  # read-only: an empty or foreign file fails here, untouched
    except CaseAppError as exc:
        raise BackupError(translate(
            "Backup", "{source} is refused: {error}").format(
            source=source, error=exc)) from None
    if not facts.schema:
        raise BackupError(translate(
            "Backup", "{source} is refused: it is not a caseapp database").format(
            source=source))
    record: BackupRecord | None = None
    try:
        record = read_backup_record(sidecar_of(source))
    except BackupError as exc:
        if not without_record:
            raise RestoreNeedsConfirmation(
                translate(
                    "Backup", "{name} cannot be checked against its backup record: {error}. Without it nothing "
                              "shows whether its newest entries were cut. Restore it only if you know where it "
                              "comes from (--without-record).").format(
                    name=source.name, error=exc), "without_record") from None
    if record is not None:
        _check_file_against(source, record)
    anchor = record.chain_hash if record is not None else None
    admin_key = (record.admin_key or None) if record is not None else None
    folder = database.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary_name = tempfile.mkstemp(prefix=".caseapp-restore-", suffix=".sqlite3", dir=folder)
    os.close(handle)
    temporary = Path(temporary_name)
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    try:
        copy_database_file(source, temporary)
        candidate = CaseApp.open(temporary, clock=clock, keys=keys)
        try:
            report = candidate.verify(anchor, admin_key=admin_key)
            if not report.ok:
                raise BackupError(translate(
                    "Backup", "{source} is refused: {problems}").format(
                    source=source, problems=report.problems[0]))
            if record is not None:
                _check_against_record(source, candidate, record)
            ours, theirs = _current_identity(database, clock), _identity(candidate)
            if ours is not None and not ours.empty and ours != theirs and not other_agency:
                raise RestoreNeedsConfirmation(
                    translate(
                        "Backup", "{name} is not a backup of this agency's database as it is now: it is of "
                                  "{describe}; this database is of {describe2}. Restoring it replaces the "
                                  "agency, its admins and every account's role (--other-agency).").format(
                        name=source.name, describe=theirs.describe(), describe2=ours.describe()), "other_agency")
            cases, exhibits = candidate.counts()
            with candidate.change("restore", "database", source.name, actor=actor,
                                  detail={"sha256": _sha256(source), "anchor": anchor or "",
                                          "without_record": record is None}):
                pass
            chain = candidate._audit.latest_hash()
            candidate.checkpoint()
        finally:
            candidate.close()
        # the restored file keeps the permissions of the one it replaces (mkstemp makes it private)
        mode = stat.S_IMODE(database.stat().st_mode) if database.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        kept = None
        if database.exists():
            kept_path = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix}")
            current = CaseApp.open(database, clock=clock)
            try:
                current.checkpoint()
            finally:
                current.close()
            os.replace(database, kept_path)
            kept = str(kept_path)
        for leftover in (Path(f"{database}-wal"), Path(f"{database}-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(temporary, database)
    finally:
        for path in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            path.unlink(missing_ok=True)
    return Done(RestoreResult(str(source), kept, cases, exhibits, chain), Changes.all())  # a new database


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


AUTO_NAME = re.compile(rf"^{AUTO_PREFIX}(\d{{4}}-\d{{2}}-\d{{2}})(?:-(\d{{6}}))?(?:-(\d+))?\.sqlite3$")
KEEP_DAYS = 7
KEEP_LAST = 10


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, oldest first (named caseapp-auto-DAY-HHMMSS, local time; the
    older caseapp-auto-DAY names sort first within their day)."""
    found = []
    for path in folder.glob(f"{AUTO_PREFIX}*.sqlite3"):
        match = AUTO_NAME.match(path.name)
        if match:
            found.append(((match[1], match[2] or "", int(match[3] or 0)), path))
    return [path for _, path in sorted(found)]


def _day(path: Path) -> str:
    match = AUTO_NAME.match(path.name)
    return match[1] if match else ""


def kept_backups(backups: list[Path], *, keep_days: int = KEEP_DAYS, keep_last: int = KEEP_LAST) -> list[Path]:
    """Of `backups` (oldest first), those kept: the newest of each of the last `keep_days` days that have a
    backup, the last `keep_last`, and always the newest."""
    newest_of_day: dict[str, Path] = {}
    for path in backups:
        newest_of_day[_day(path)] = path
    kept = {newest_of_day[day] for day in sorted(newest_of_day)[-keep_days:]} if keep_days > 0 else set()
    kept.update(backups[-keep_last:] if keep_last > 0 else [])
    kept.update(backups[-1:])
    return [path for path in backups if path in kept]


def unchanged_since(app: CaseApp, backup_file: Path) -> bool:
    """Whether nothing was written to the database since `backup_file` was taken (by its sidecar)."""
    try:
        record = json.loads(sidecar_of(backup_file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    after = record.get("chain_after") if isinstance(record, dict) else None
    return bool(after) and after == app._audit.latest_hash()


def automatic_backup(app: CaseApp, folder: Path, *, keep_days: int = KEEP_DAYS, keep_last: int = KEEP_LAST,
                     actor: str | None = None) -> BackupInfo | None:
    """A backup into `folder` unless nothing changed since the last automatic one (taken on closing the
    window: every close after a change, not only the day's first); older ones pruned by kept_backups."""
    folder.mkdir(parents=True, exist_ok=True)
    backups = automatic_backups(folder)
    info = None
    if not backups or not unchanged_since(app, backups[-1]):
        stamp = app.local_now().strftime("%Y-%m-%d-%H%M%S")
        target = folder / f"{AUTO_PREFIX}{stamp}.sqlite3"
        number = 1
        while target.exists() or sidecar_of(target).exists():
            number += 1
            target = folder / f"{AUTO_PREFIX}{stamp}-{number}.sqlite3"
        info = backup(app, target, actor=actor)
        backups = automatic_backups(folder)
    kept = set(kept_backups(backups, keep_days=keep_days, keep_last=keep_last))
    for old in backups:
        if old not in kept:
            old.unlink(missing_ok=True)
            sidecar_of(old).unlink(missing_ok=True)
    return info
