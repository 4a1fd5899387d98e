"""Making a hand-over (court) package of one case: a ZIP a recipient checks offline and imports.

It holds the case report, the exhibit labels and the custody history as PDF (each print audited as the
reports are), the case in the JSON export format (what `import` reads), its custody events and attachments'
metadata as JSON, the audit extract (the case's and its exhibits' entries with their hashes), every
attachment's original bytes, and `manifest.json` (see caseapp.io.bundle) signed with the sender's key when the
session holds one. Making one is audited ("bundle", with the manifest's SHA-256); the ZIP is written next to
its destination and renamed into place only after that entry, never over the database or its side files.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseapp.core.agency import AGENCY_CODE_KEY
from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import translate, using_language
from caseapp.core.signing import fingerprint, public_key_text, sign
from caseapp.io.bundle import FORMAT_NAME, FORMAT_VERSION, MANIFEST, manifest_digest, safe_name
from caseapp.io.jsonio import write_json
from caseapp.reports.custody_history import write_custody_history
from caseapp.services import reports
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.guard import check_output
from caseapp.services.workflow import Workflow

CUSTODY_FORMAT = "caseapp-custody"
AUDIT_FORMAT = "caseapp-audit-extract"
ATTACHMENTS_FORMAT = "caseapp-attachments"


@dataclass(frozen=True)
class BundleMade:
    path: Path
    case_number: str
    files: int
    size: int
    sha256: str  # of the ZIP
    signed: bool


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _event_dict(event: Any) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in dataclasses.asdict(event).items()
            if v not in ("", (), None)}


def _gather(app: CaseApp, user: User, case_number: str) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The data files and the manifest's facts, read in one transaction after the prints."""
    custody_store = app._stores.custody
    attachment_store = app._stores.attachments
    files: dict[str, bytes] = {}
    with app.reading():
        case = app.get_case(case_number)
        number = case.case_number or ""
        events = {e.number or "": custody_store.events(e.id or 0) for e in case.exhibits}
        entries = list(app._audit.entries("case", number))
        for exhibit in case.exhibits:
            entries += app._audit.entries("exhibit", f"{number}/{exhibit.number}")
        entries.sort(key=lambda e: e.id)
        attachments = []
        for attachment in attachment_store.list_for_case(case.id or 0, include_removed=True):
            name = f"attachments/{attachment.id:05d}-{safe_name(attachment.file_name)}"
            files[name] = attachment_store.content(attachment.id)
            attachments.append({"file": name, **{k: v for k, v in dataclasses.asdict(attachment).items()
                                                 if k not in ("id", "case_id", "exhibit_id")}})
        chain_hash = app._audit.latest_hash()
        agency = app._store.setting(AGENCY_CODE_KEY) or case.agency or ""
    text = io.StringIO()
    write_json([case], text)
    files["case.json"] = text.getvalue().encode("utf-8")
    files["custody.json"] = _json({"format": CUSTODY_FORMAT, "version": 1, "case": number, "exhibits": [
        {"number": n, "events": [_event_dict(e) for e in evs]} for n, evs in events.items()]})
    files["audit.json"] = _json({"format": AUDIT_FORMAT, "version": 1, "case": number, "chain_hash": chain_hash,
                                 "entries": [dataclasses.asdict(e) for e in entries]})
    files["attachments.json"] = _json({"format": ATTACHMENTS_FORMAT, "version": 1, "attachments": attachments})
    facts = {"agency": agency, "case": number, "chain_hash": chain_hash,
             "case_entries": [{"id": e.id, "action": e.action, "entity_id": e.entity_id, "hash": e.hash}
                              for e in entries]}
    return files, facts


def make_bundle(app: CaseApp, user: User, case_number: str, out: Path, *, lang: str | None = None) -> BundleMade:
    """Write the hand-over package of `case_number` to `out` (a .zip); audited."""
    out = Path(out)
    check_output(out, app.path, what="the package")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise CaseAppError(translate("Bundle", "cannot write {path}: the folder {folder} does not exist").format(
            path=out, folder=folder))
    case = app.get_case(case_number)
    user = app.service(Workflow).require("print", user, case)
    number = case.case_number or ""
    papers: dict[str, bytes] = {}
    with using_language(lang) as chosen:
        prints = [("report.pdf", lambda h: reports.case_report(app, user, number, h, lang=chosen))]
        if case.exhibits:  # a draft may have none yet: no label to print
            prints.append(("labels.pdf", lambda h: reports.labels(app, user, number, h, sheet=True, lang=chosen)))
        for name, write in prints:
            buffer = io.BytesIO()
            write(buffer)
            papers[name] = buffer.getvalue()
        data = reports.gather_case_report(app, user, number)
        buffer = io.BytesIO()
        write_custody_history(data, buffer)
        papers["custody.pdf"] = buffer.getvalue()
    files, facts = _gather(app, user, number)
    files.update(papers)
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, **facts, "paper_language": chosen,
        "time_zone": str(app.timezone() or ""),  # custody times are the agency's local time: the zone they are in
        "created_at": app.now_utc_text(), "created_by": {"login": user.login, "name": user.display_name or ""},
        "files": [{"name": name, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
                  for name, content in sorted(files.items())],
    }
    key = app.keys.get(user.login)
    if key is not None:
        public = public_key_text(key)
        manifest["signature"] = {"algorithm": "ed25519", "public_key": public, "fingerprint": fingerprint(public),
                                 "value": sign(key, manifest_digest(manifest))}
    try:
        handle, temporary = tempfile.mkstemp(prefix=".caseapp-", suffix=".zip", dir=folder)
    except OSError as exc:
        raise CaseAppError(translate("Bundle", "cannot write {path}: {error}").format(
            path=out, error=exc.strerror)) from None
    try:
        with os.fdopen(handle, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(_info(MANIFEST, manifest["created_at"]), _json(manifest))
                for name, content in sorted(files.items()):
                    archive.writestr(_info(name, manifest["created_at"]), content)
        digest = _sha256_file(Path(temporary))
        with app.change("bundle", "case", number, actor=user.login,
                        detail={"file": out.name, "sha256": digest, "manifest_sha256": manifest_digest(manifest),
                                "files": len(files), "signed": key is not None, "chain_hash": facts["chain_hash"]}):
            pass
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return BundleMade(out, number, len(files), out.stat().st_size, digest, key is not None)


def _info(name: str, created_at: str) -> zipfile.ZipInfo:
    stamp = tuple(int(part) for part in (created_at[:4], created_at[5:7], created_at[8:10], created_at[11:13],
                                         created_at[14:16], created_at[17:19]))
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
