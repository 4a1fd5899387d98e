"""One case in its own tab: the form (Record), custody per exhibit and the audit history, with the
workflow actions (save, submit, approve, return) the user's role and the case's status allow.

Every action goes through the services (Workflow), which enforce the same rules as the command line;
a refusal is shown as its message and nothing typed is lost. What an action changed is announced on the
window's hub; a change made elsewhere to the tab's case reloads what it touched (`on_changed`), except over
unsaved typing: then the tab only says that the stored case changed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import vocab
from caseapp.core.changes import Changes, Done
from caseapp.core.errors import CaseAppError, DatabaseError, ValidationFailed
from caseapp.core.model import Case, claims_text
from caseapp.core.text import one_line
from caseapp.core.validation import Severity
from caseapp.gui.dialogs import reason as dialogs_reason
from caseapp.gui.i18n import labelled
from caseapp.gui.live_refresh import Elsewhere
from caseapp.gui.operations import ChangeHub
from caseapp.gui.widgets.attachments import AttachmentsPanel
from caseapp.gui.widgets.audit_view import AuditView
from caseapp.gui.widgets.case_form import CaseForm
from caseapp.gui.widgets.changed_banner import ChangedBanner, local_time
from caseapp.gui.widgets.custody_tab import CustodyTab
from caseapp.gui.widgets.field_titles import field_title
from caseapp.gui.widgets.numbers_panel import NumbersPanel
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.live import latest_about
from caseapp.services.workflow import Allowed, Workflow


class CaseTab(QWidget):
    saved = Signal(str)  # case number: the case list and counts refresh
    title_changed = Signal()

    def __init__(self, app: CaseApp, user: User, case_number: str | None = None,
                 parent: QWidget | None = None, *, hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.user = user
        self.hub = hub if hub is not None else ChangeHub(self)  # the window's, where its changes are announced
        self.stored_changed = False  # the stored case changed (elsewhere) while this tab held unsaved typing
        self.workflow = app.service(Workflow)
        self.case: Case | None = None
        self.allowed = Allowed(frozenset())  # what Workflow.allowed says the user may do (show_case asks it)

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.submit_button = QPushButton(self.tr("Su&bmit for approval"), self)
        self.approve_button = QPushButton(self.tr("A&pprove"), self)
        self.return_button = QPushButton(self.tr("Return to officer…"), self)  # R is Departure's
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_case)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        for button in (self.save_button, self.submit_button, self.approve_button, self.return_button):
            bar.addWidget(button)

        self.form = CaseForm(app, self, officer=user.display_name or user.login)
        self.form.validity_changed.connect(self._update_actions)
        self.form.changed.connect(self._typed)
        self.attachments = AttachmentsPanel(app, user, self)
        self.form.attachments_layout.addWidget(self.attachments)
        self.form.chain_tabs(self.attachments.tab_chain())
        self.custody = CustodyTab(app, user, self)
        self.history = AuditView(app, self)
        self.custody.changed.connect(self._changed_here)
        self.attachments.changed.connect(self._changed_here)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, self.tr("Record"))
        self.tabs.addTab(self.custody, self.tr("Custody"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.numbers = NumbersPanel(app, user, self)  # other agencies' numbers (gui/widgets/numbers_panel.py)
        self.numbers.changed.connect(self._changed_here)
        self.tabs.addTab(self.numbers, self.tr("Numbers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        self.banner = ChangedBanner(self)  # the case changed at another workstation over unsaved typing
        self.banner.reload_requested.connect(self._reload_from_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self._was_dirty = False
        self.show_case(app.get_case(case_number) if case_number else None)

    # -- state ----------------------------------------------------------------------------------
    @property
    def case_number(self) -> str | None:
        return self.case.case_number if self.case else None

    def title(self) -> str:
        name = self.case_number or self.tr("New case")
        return f"{name} *" if self.form.is_dirty() else name

    def show_case(self, case: Case | None) -> None:
        self.case = case
        self.stored_changed = False
        self.banner.hide()
        self.allowed = self.workflow.allowed(self.user, case)  # the services' rules, asked once per load
        self.form.load(case)
        self.form.set_read_only(not (self.allowed.may("edit") or self.allowed.may("amend")))
        self.attachments.show_case(case.case_number if case else None, editable=self.allowed.may("attach"),
                                   why=self.allowed.reason("attach"))
        self.custody.show_case(self.case_number, self.allowed)
        self.history.show_case(self.case_number)
        self.numbers.show_case(self.case_number, editable=self.allowed.may("attach"), why=self.allowed.reason("attach"))
        self.tabs.setTabEnabled(1, case is not None)
        self.tabs.setTabEnabled(2, case is not None)
        self._heading()
        self._update_actions()
        # loading typed the stored values into the form (each a change against the old baseline): the
        # mark starts again from the case as loaded, or the next edit would find it already set
        self._was_dirty = self.form.is_dirty()
        self.title_changed.emit()

    def _heading(self) -> None:
        case = self.case
        if case is None:
            self.heading.setText(self.tr("<b>New case</b> — not saved yet"))
            return
        status = vocab.CASE_STATUS.display(case.status)
        hazard = any(e.hazard_flag for e in case.exhibits)
        note = ""
        if case.status == "approved":
            by = (self.tr("approved by {user}").format(user=case.approved_by) if case.approved_by
                  else self.tr("approved when imported"))
            note = " — " + self.tr("{approved}; a change is an amendment with a reason").format(approved=by)
        elif case.status == "submitted":
            note = " — " + self.tr("waiting for a supervisor's review")
        claimed = claims_text(case.source)
        if claimed:  # the file's word, never this database's accounts: shown as such
            note += " — " + self.tr("per the imported file: {claims}").format(claims=one_line(claimed, 200))
        hazard_word = self.tr("⚠ HAZARD")
        mark = f" <span style='color:#a40000'><b>{hazard_word}</b></span>" if hazard else ""
        stale = ""
        if self.stored_changed:
            stale = (" <span style='color:#a40000'><b>" + self.tr(
                "— changed meanwhile: your changes are kept here; saving them is refused until the case is "
                "reopened") + "</b></span>")
        self.heading.setText(f"<b>{html.escape(case.case_number or '')}</b> · {status}{mark}"
                             f"<span style='color:gray'>{html.escape(note)}</span>{stale}")

    # -- changes --------------------------------------------------------------------------------
    def _announce(self, done: Done[Case]) -> None:
        """Show what the service stored, tell the window what changed, and say it was saved."""
        self.show_case(done.value)
        self.hub.announce(done.changes, self)
        self.saved.emit(done.value.case_number or "")

    def _changed_here(self, changes: Changes) -> None:
        """The custody or attachments part recorded a change (and shows it): the history follows."""
        self.history.show_case(self.case_number)
        self.hub.announce(changes, self)

    def on_changed(self, changes: Changes, initiator: object) -> None:
        """A change announced on the hub: reload what changed in this tab's case, unless this tab made it.
        Unsaved typing is never replaced: the tab marks that the stored case changed instead."""
        number = self.case_number
        if initiator is self or not changes.touches(number):
            return
        if changes.everything or number in changes.cases:
            if isinstance(initiator, Elsewhere) and self._holds_stored_version():
                self.history.show_case(number)  # this window's own save coming back, or the same version
                return
            if self.form.is_dirty():
                self.stored_changed = True
                self._heading()
                self.history.show_case(number)
                if isinstance(initiator, Elsewhere):
                    notice = latest_about(initiator.notices, number or "")
                    self.banner.show_change(notice.actor if notice else None,
                                            local_time(notice.at, self.app.timezone()) if notice else "")
                return
            self.show_case(self.app.get_case(number or ""))
            return
        if number in changes.custody:
            self.custody.reload()
        if number in changes.attachments:
            self.attachments.reload()
        if number in changes.history:
            self.numbers.reload()
        self.history.show_case(number)

    def _holds_stored_version(self) -> bool:
        """Whether the stored case is still the version this tab loaded (a change announced from elsewhere may
        be this window's own save, whose notice arrives after the tab has shown it). A server that cannot be
        reached answers yes: nothing is replaced, and Save's version check still refuses an overwrite."""
        if self.case is None:
            return True
        try:
            return self.app.get_case(self.case.case_number or "").version == self.case.version
        except CaseAppError:
            return True

    def _reload_from_banner(self) -> None:
        """The banner's Reload: the stored case replaces what is typed here, once the user confirms."""
        answer = QMessageBox.question(
            self, self.tr("Reload the case"),
            self.tr("Discard your unsaved changes to {number} and show the case as stored now?")
            .format(number=self.case_number or ""))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.show_case(self.app.get_case(self.case_number or ""))
        except CaseAppError as exc:
            self._refused(self.tr("Not reloaded"), exc)

    def _typed(self) -> None:
        dirty = self.form.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.title_changed.emit()
        self._update_actions()

    def _update_actions(self, *_: object) -> None:
        editable = not self.form.read_only
        self.save_button.setVisible(editable)
        self.save_button.setEnabled(editable and not self.form.errors)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)") if not self.form.errors
                                    else self.tr("Fix the errors listed below the form first"))
        self.submit_button.setVisible(self.allowed.may("submit"))
        self.approve_button.setVisible(self.allowed.may("approve"))
        self.return_button.setVisible(self.allowed.may("return"))

    # -- actions --------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what is typed; True when saved (or nothing to save)."""
        if self.form.read_only:
            return True
        self.form.commit_edits()  # Ctrl+S leaves an open cell editor open: its text is part of the case
        try:
            valid = self.form.revalidate()  # reads the agency's settings: a server gone away refuses it
        except DatabaseError as exc:
            self._refused(self.tr("Not saved"), exc)
            return False
        if not valid:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("Fix the errors listed below the form first:")
                                + "\n\n" + "\n".join(f"• {i.message}" for i in self.form.errors[:10]))
            return False
        confirm = [i for i in self.form.warnings if i.needs_confirmation]
        if confirm and QMessageBox.question(
                self, self.tr("Please confirm"), "\n".join(f"• {i.message}" for i in confirm) + "\n\n"
                + self.tr("Save anyway?")
        ) != QMessageBox.StandardButton.Yes:
            return False
        typed, _ = self.form.to_case()
        try:
            if self.case is None:
                done = self.workflow.create(self.user, typed)
            else:
                reason = ""
                if self.allowed.may("amend"):  # an approved case: the change is an amendment, with a reason
                    reason, ok = dialogs_reason.ask_text(self, dialogs_reason.AMENDMENT)
                    if not ok or not reason.strip():
                        return False
                done = self.workflow.update(self.user, self.case.case_number or "", typed, reason=reason,
                                            version=self.case.version)
        except CaseAppError as exc:
            self._refused(self.tr("Not saved"), exc)
            return False
        self._announce(done)
        return True

    def _refused(self, title: str, exc: CaseAppError) -> None:
        detail = ""
        if isinstance(exc, ValidationFailed) and exc.report is not None:
            errors = [i for i in getattr(exc.report, "issues", ()) if i.severity == Severity.ERROR]
            detail = "\n".join("• " + labelled(field_title(i.field), i.message) for i in errors[:15])
        QMessageBox.warning(self, title, f"{exc}\n\n{detail}".strip())

    def _transition(self, title: str, action: str) -> None:
        try:
            if action == "submit":
                done = self.workflow.submit(self.user, self.case_number or "")
            elif action == "approve":
                done = self.workflow.approve(self.user, self.case_number or "")
            else:
                reason, ok = dialogs_reason.ask_text(self, dialogs_reason.RETURN)
                if not ok or not reason.strip():
                    return
                done = self.workflow.return_case(self.user, self.case_number or "", reason)
        except CaseAppError as exc:
            self._refused(title, exc)
            return
        self._announce(done)

    def submit(self) -> None:
        if self.form.is_dirty():
            answer = QMessageBox.question(self, self.tr("Submit"), self.tr("Save your changes before submitting?"))
            if answer != QMessageBox.StandardButton.Yes or not self.save():
                return
        self._transition(self.tr("Not submitted"), "submit")

    def approve(self) -> None:
        if QMessageBox.question(self, self.tr("Approve"), self.tr(
                "Approve case {case}? It is then locked; a later change is an amendment with a reason.").format(
                case=self.case_number)) == QMessageBox.StandardButton.Yes:
            self._transition(self.tr("Not approved"), "approve")

    def return_case(self) -> None:
        self._transition(self.tr("Not returned"), "return")

    def reload(self) -> None:
        if self.case_number:
            self.show_case(self.app.get_case(self.case_number))
