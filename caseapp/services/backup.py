"""Backups and restores.

- backup: SQLite's online backup API (a consistent copy while the app is open and others write), into a
  temporary file beside the destination that is checked and then renamed, so a failed backup never
  leaves a half file under the final name. A sidecar `<file>.json` records what the copy holds and its
  audit chain hash: the anchor that proves later that no newest entries were cut off.
- restore: the backup is copied read-only, the copy is checked (SQLite integrity, the audit chain and
  every audited row, the anchor from the sidecar when there is one) and only then put in place; the
  database it replaces is kept beside it, so nothing is lost either way.
- automatic backups: one a day, on closing the window, into the user data folder; the newest N are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from caseapp.core.errors import CaseAppError
from caseapp.services.app import CaseApp, Clock, system_clock
from caseapp.services.guard import check_input, check_output
from caseapp.store.db import backup_database, checkpoint, copy_database_file, database_facts

AUTO_PREFIX = "caseapp-auto-"
SIDECAR = ".json"


class BackupError(CaseAppError):
    """A backup that cannot be written or a file that is refused as a restore source."""


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


def backup(app: CaseApp, dest: Path, *, actor: str | None) -> BackupInfo:
    """Back the open database up to `dest` (a file, or a folder to name one in). Audited."""
    if app.path is None:
        raise BackupError("an in-memory database has no file to back up")
    target = _destination(Path(dest), app.local_now())
    check_output(target, app.path, what="the backup")
    check_output(sidecar_of(target), app.path, what="the backup's record")
    if target.exists():
        raise BackupError(f"{target} exists already; choose another name")
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(f"cannot back up to {target}: the folder {folder} does not exist")
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=".caseapp-backup-", suffix=".sqlite3", dir=folder)
    except OSError as exc:
        raise BackupError(f"cannot write in {folder}: {exc.strerror}") from None
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        backup_database(app.db, temporary)
        facts = database_facts(temporary)
        if facts.integrity != "ok":
            raise BackupError(f"the copy failed SQLite's check ({facts.integrity}); nothing was kept")
        os.replace(temporary, target)
    except OSError as exc:
        raise BackupError(f"cannot write {target}: {exc.strerror}") from None
    finally:
        temporary.unlink(missing_ok=True)
    info = BackupInfo(path=str(target), created_at=app.now_utc_text(), source=str(app.path), sha256=_sha256(target),
                      size=target.stat().st_size, chain_hash=facts.chain_hash, cases=facts.cases,
                      exhibits=facts.exhibits, schema=facts.schema)
    sidecar_of(target).write_text(json.dumps(asdict(info), indent=2) + "\n", encoding="utf-8")
    with app.store.transaction():
        app.audit.append(at=info.created_at, actor=actor, action="backup", entity="database",
                         entity_id=target.name, detail={"sha256": info.sha256, "chain_hash": info.chain_hash,
                                                        "cases": info.cases, "exhibits": info.exhibits})
    return info


@dataclass(frozen=True)
class RestoreResult:
    restored_from: str
    previous_kept_at: str | None
    cases: int
    exhibits: int
    chain_hash: str


def restore(database: Path, source: Path, *, actor: str | None, clock: Clock = system_clock) -> RestoreResult:
    """Replace the database file at `database` (closed by the caller) with the backup `source`, once the
    backup passes the integrity and audit checks; the replaced file is kept beside it."""
    source = Path(source)
    database = Path(database)
    check_input(source, database, what="restored from")
    check_input(sidecar_of(source), database, what="read as a backup's record")
    if not source.is_file():
        raise BackupError(f"{source} is not a file")
    anchor = None
    sidecar = sidecar_of(source)
    if sidecar.is_file():
        try:
            anchor = json.loads(sidecar.read_text(encoding="utf-8")).get("chain_hash") or None
        except (ValueError, OSError):
            raise BackupError(f"{sidecar} is not a readable backup record") from None
    try:
        facts = database_facts(source)  # read-only: an empty or foreign file fails here, untouched
    except CaseAppError as exc:
        raise BackupError(f"{source} is refused: {exc}") from None
    if not facts.schema:
        raise BackupError(f"{source} is refused: it is not a caseapp database")
    folder = database.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary_name = tempfile.mkstemp(prefix=".caseapp-restore-", suffix=".sqlite3", dir=folder)
    os.close(handle)
    temporary = Path(temporary_name)
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    try:
        copy_database_file(source, temporary)
        candidate = CaseApp.open(temporary, clock=clock)
        try:
            report = candidate.verify(anchor)
            if not report.ok:
                raise BackupError(f"{source} is refused: {report.problems[0]}")
            cases, exhibits = candidate.counts()
            with candidate.store.transaction():
                candidate.audit.append(at=candidate.now_utc_text(), actor=actor, action="restore",
                                       entity="database", entity_id=source.name,
                                       detail={"sha256": _sha256(source), "anchor": anchor or ""})
            chain = candidate.audit.latest_hash()
            checkpoint(candidate.db)
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
                checkpoint(current.db)
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
    return RestoreResult(str(source), kept, cases, exhibits, chain)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def automatic_backup(app: CaseApp, folder: Path, *, keep: int = 7, actor: str | None = None) -> BackupInfo | None:
    """Today's automatic backup into `folder` unless there is one already; the newest `keep` are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    today = app.local_now().strftime("%Y-%m-%d")
    target = folder / f"{AUTO_PREFIX}{today}.sqlite3"
    info = None if target.exists() else backup(app, target, actor=actor)
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))
    for old in autos[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
        sidecar_of(old).unlink(missing_ok=True)
    return info
