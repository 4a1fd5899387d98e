"""Attachments: photos and scanned forms on a case or on one of its exhibits, kept as evidence.

- The bytes are stored in the database with their size and SHA-256 (computed while the file is read), so
  one file holds everything to back up and `verify` re-checks every attachment. Reading one back
  (`content`, `export_to`) re-checks its hash and refuses bytes that no longer match.
- Nothing is lost: an attachment is never deleted. Removing one needs a reason and marks it removed
  (who, when, why); its row and bytes stay, `list(..., include_removed=True)` and `content` still show them.
- Officers and supervisors add attachments, to any case they can see, whatever its status. Attachments
  often arrive after a case is approved (a lab's scanned certificate, photos from the vault), and they do
  not change the record a supervisor approved, so adding one does not reopen the case or send it back for
  approval, and does not count as editing the case (Workflow.editors). Every addition is its own audit
  entry ("attach", entity "case", the case number) recording the file name, SHA-256, size, exhibit and
  the case's status at that moment, so an attachment added after approval shows as such.
- Removing ("detach") is for the officer who added the attachment or a supervisor, with a reason;
  audited the same way.
- Admins manage users, not cases: they neither add nor remove attachments.
Each change is one transaction with its audit entry and the attachment row filed in the audit ledger."""

from __future__ import annotations

import errno
import hashlib
import mimetypes
import os
import stat
from pathlib import Path

from caseapp.core.changes import Changes, Done
from caseapp.core.errors import CaseAppError, NotFound
from caseapp.core.filenames import MAX_NAME_BYTES, safe_file_name, storable_text  # noqa: F401 (re-exported)
from caseapp.core.formats import grouped
from caseapp.core.i18n import translate
from caseapp.core.model import Case, Exhibit
from caseapp.services.app import CaseApp
from caseapp.services.auth import PermissionDenied, Role, User, current_user
from caseapp.services.guard import check_input
from caseapp.services.workflow import CASE_ROLES, Workflow
from caseapp.store.contract import Attachment

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
_text = storable_text  # a file name as storable text (lone surrogates become U+FFFD)
DEFAULT_MEDIA_TYPE = "application/octet-stream"

# Media types from Python's own table only (not /etc/mime.types or the Windows registry), so the same file
# gets the same type on every workstation; a few common types it lacks are added.
_MEDIA_TYPES = mimetypes.MimeTypes()
for _type, _ext in (("image/webp", ".webp"), ("image/heif", ".heif"),
                    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
                    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")):
    _MEDIA_TYPES.add_type(_type, _ext)

class AttachmentError(CaseAppError):
    """A file that cannot be attached, or an attachment that cannot be read back or removed."""


def media_type_of(file_name: str) -> str:
    return _MEDIA_TYPES.guess_type(file_name, strict=False)[0] or DEFAULT_MEDIA_TYPE


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _read(path: Path) -> tuple[bytes, str]:
    """The file's bytes and SHA-256, read in chunks with the size checked as it goes. Only a regular file
    is read, and never through a symbolic link (`photo.png -> /etc/shadow` would store the target): opened
    with O_NOFOLLOW (and O_NONBLOCK, so a FIFO cannot hang the open), the descriptor's fstat must say regular
    file, and the bytes read must be the size it gives (pseudo-files such as /proc's claim 0 bytes)."""
    shown = _text(str(path))
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):  # also where O_NOFOLLOW does not exist (Windows)
            raise AttachmentError(translate(
                "Attachments", "{shown} is a symbolic link; attach the file itself").format(
                shown=shown))
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise AttachmentError(translate("Attachments", "{shown} does not exist").format(shown=shown)) from None
    except IsADirectoryError:
        raise AttachmentError(translate(
            "Attachments", "{shown} is a folder; attach a file").format(
            shown=shown)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise AttachmentError(translate(
                "Attachments", "{shown} is a symbolic link; attach the file itself").format(
                shown=shown)) from None
        raise AttachmentError(translate(
            "Attachments", "cannot read {shown}: {error}").format(
            shown=shown, error=exc.strerror or exc)) from None
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise AttachmentError(translate("Attachments", "{shown} is a folder; attach a file").format(shown=shown))
        raise AttachmentError(translate(
            "Attachments", "{shown} is not a regular file (a device, pipe or socket)").format(
            shown=shown))
    try:
        with os.fdopen(descriptor, "rb") as handle:
            if info.st_size > MAX_ATTACHMENT_BYTES:
                raise AttachmentError(translate(
                    "Attachments", "{shown} is {st_size} bytes; an attachment is at most "
                                   "{max_attachment_bytes:g} MB").format(
                    shown=shown, st_size=grouped(info.st_size),
                    max_attachment_bytes=MAX_ATTACHMENT_BYTES / 1048576))
            digest = hashlib.sha256()
            chunks: list[bytes] = []
            size = 0
            while chunk := handle.read(min(CHUNK_BYTES, info.st_size + 1 - size)):
                size += len(chunk)
                if size > info.st_size:  # /proc and /sys files say 0 bytes; a file that grew while read
                    raise AttachmentError(translate(
                        "Attachments", "{shown} is not an ordinary file (it holds more than its size of "
                                       "{st_size} bytes, or grew while it was read)").format(
                        shown=shown, st_size=grouped(info.st_size)))
                digest.update(chunk)
                chunks.append(chunk)
    except OSError as exc:
        raise AttachmentError(translate(
            "Attachments", "cannot read {shown}: {error}").format(
            shown=shown, error=exc.strerror or exc)) from None
    if size == 0:
        raise AttachmentError(translate("Attachments", "{shown} is empty; nothing to attach").format(shown=shown))
    return b"".join(chunks), digest.hexdigest()


class Attachments:
    def __init__(self, app: CaseApp) -> None:
        self.app = app
        self.store = app._stores.attachments

    # -- helpers ----------------------------------------------------------------------------------
    def _records_cases(self, user: User, what: str) -> User:
        """The user as the database knows them now (active, not locked), if their current role records cases."""
        return current_user(self.app, user, CASE_ROLES, what)

    @staticmethod
    def _exhibit(case: Case, exhibit_number: str) -> Exhibit:
        wanted = exhibit_number.strip()
        for exhibit in case.exhibits:
            if exhibit.number in (wanted, wanted.zfill(2)):
                return exhibit
        raise NotFound(translate(
            "Attachments", "case {case_number} has no exhibit {wanted}").format(
            case_number=case.case_number, wanted=wanted))

    def get(self, attachment_id: int) -> Attachment:
        found = self.store.get(attachment_id)
        if found is None:
            raise NotFound(translate(
                "Attachments", "no attachment {attachment_id}").format(
                attachment_id=attachment_id))
        return found

    # -- reading ----------------------------------------------------------------------------------
    def list(self, case_number: str, *, include_removed: bool = False) -> list[Attachment]:
        """A case's attachments (on the case and on its exhibits) in the order they were added."""
        case = self.app.get_case(case_number)
        return self.store.list_for_case(case.id or 0, include_removed=include_removed)

    def content(self, attachment_id: int) -> bytes:
        """The attachment's bytes, checked against its SHA-256 and size (removed attachments too)."""
        attachment = self.get(attachment_id)
        data = self.store.content(attachment_id)
        if hashlib.sha256(data).hexdigest() != attachment.sha256 or len(data) != attachment.size:
            raise AttachmentError(translate(
                "Attachments", "attachment {attachment_id} ({file_name}) of case {case_number} no longer matches "
                               "its SHA-256: the stored bytes were changed; run verify").format(
                attachment_id=attachment_id, file_name=_text(attachment.file_name),
                case_number=attachment.case_number))
        return data

    def export_to(self, attachment_id: int, folder: Path) -> Path:
        """Write the checked bytes to a new file in `folder` (created if needed) under a safe version of the
        attachment's name, for opening with the system's viewer. An existing file is never overwritten:
        the name gets " (2)", " (3)"... instead."""
        attachment = self.get(attachment_id)
        data = self.content(attachment_id)
        name = safe_file_name(attachment.file_name, f"attachment-{attachment_id}")
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem:
            stem, suffix = name, ""
        ext = f".{suffix}" if suffix else ""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AttachmentError(translate(
                "Attachments", "cannot create the folder {folder}: {error}").format(
                folder=_text(str(folder)), error=exc.strerror or exc)) from None
        for number in range(1, 1000):
            target = folder / (name if number == 1 else f"{stem} ({number}){ext}")
            try:
                with open(target, "xb") as handle:  # exclusive: never overwrite, never follow a link
                    try:
                        handle.write(data)
                    except BaseException:
                        handle.close()
                        target.unlink(missing_ok=True)
                        raise
            except FileExistsError:
                continue
            except OSError as exc:
                raise AttachmentError(translate(
                    "Attachments", "cannot write {target}: {error}").format(
                    target=_text(str(target)), error=exc.strerror or exc)) from None
            return target
        raise AttachmentError(translate(
            "Attachments", "the folder {folder} already holds 999 copies of {name}").format(
            folder=_text(str(folder)), name=name))

    # -- changes ----------------------------------------------------------------------------------
    def add(self, user: User, case_number: str, path: Path, *, exhibit_number: str | None = None,
            caption: str = "") -> Done[Attachment]:
        """Attach the file at `path` to the case, or to one of its exhibits; audited as "attach"."""
        user = self.app.service(Workflow).require("attach", user, self.app.get_case(case_number))
        path = Path(path)
        check_input(path, self.app.path, what="attached")
        data, digest = _read(path)  # before the transaction: the write lock is not held while reading
        file_name = _text(path.name)
        media_type = media_type_of(file_name)
        with self.app.change("attach", "case", actor=user.login) as work:
            case = self.app.get_case(case_number)
            exhibit = self._exhibit(case, exhibit_number) if exhibit_number is not None else None
            attachment_id = self.store.add(
                case_id=case.id or 0, exhibit_id=exhibit.id if exhibit else None, file_name=file_name,
                media_type=media_type, size=len(data), sha256=digest, content=data, caption=caption.strip(),
                added_by=user.login, added_at=work.at)
            work.ledger.record_live("attachments", [attachment_id])
            work.entity_id = case.case_number
            work.detail.update({"attachment": attachment_id, "file_name": file_name, "sha256": digest,
                                "size": len(data), "exhibit": exhibit.number if exhibit else None,
                                "case_status": case.status})
        return Done(self.get(attachment_id), Changes(attachments=frozenset({case.case_number or ""}), audit=True))

    def require_removal(self, user: User, attachment: Attachment) -> User:
        """The rule for removing `attachment`, for remove() and for a front end that offers Remove: raises the
        refusal (PermissionDenied), else returns the user as the database knows them now."""
        user = self._records_cases(user, "removing an attachment")
        if attachment.added_by.casefold() != user.login.casefold() and user.role is not Role.SUPERVISOR:
            raise PermissionDenied(translate(
                "Attachments", "only {added_by} or a supervisor removes attachment {id}").format(
                added_by=attachment.added_by, id=attachment.id))
        return user

    def remove(self, user: User, attachment_id: int, reason: str) -> Done[Attachment]:
        """Mark an attachment removed, with a reason; the row and its bytes stay. Audited as "detach"."""
        self._records_cases(user, "removing an attachment")  # first: a refused account learns nothing
        if not reason.strip():
            raise AttachmentError(translate("Attachments", "removing an attachment needs a reason"))
        with self.app.change("detach", "case", actor=user.login) as work:
            attachment = self.get(attachment_id)
            if attachment.removed:
                raise AttachmentError(translate(
                    "Attachments", "attachment {attachment_id} was removed already, by {removed_by} on "
                                   "{removed_at}").format(
                    attachment_id=attachment_id, removed_by=attachment.removed_by,
                    removed_at=attachment.removed_at))
            user = self.require_removal(user, attachment)
            if not self.store.mark_removed(attachment_id, removed_by=user.login, removed_at=work.at,
                                           reason=reason.strip()):
                raise AttachmentError(translate(
                    "Attachments", "attachment {attachment_id} was removed already").format(
                    attachment_id=attachment_id))
            work.ledger.record_live("attachments", [attachment_id])
            work.entity_id = attachment.case_number
            work.detail.update({"attachment": attachment_id, "file_name": attachment.file_name,
                                "sha256": attachment.sha256, "exhibit": attachment.exhibit_number,
                                "reason": reason.strip()})
        return Done(self.get(attachment_id), Changes(attachments=frozenset({attachment.case_number}), audit=True))
