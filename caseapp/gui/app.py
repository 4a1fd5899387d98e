"""`caseapp`: the desktop application. Opens the database (the default one, --db PATH, or a throw-away
demo with --demo), asks for a login (or the first admin on a new database), then shows the main window."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from caseapp import __version__
from caseapp.core import vocab
from caseapp.core.errors import CaseAppError
from caseapp.core.location import DatabaseLocation
from caseapp.gui.dialogs.login import FirstAdminDialog, LoginDialog
from caseapp.gui.errors import install_exception_hooks
from caseapp.gui.fonts import register_application_fonts
from caseapp.gui.i18n import chosen_language, install_language, translate
from caseapp.gui.main_window import MainWindow
from caseapp.gui.qt_health import unsound_binding_message
from caseapp.logs import configure_logging
from caseapp.paths import default_database
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts, AuthError, User

log = logging.getLogger("caseapp.gui")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caseapp", description="Drug seizure case tracking (desktop).")
    parser.add_argument("--db", metavar="PATH|URL", help="the database file, or a server as postgresql://[user@]"
                        "host[:port]/database (default: CASEAPP_DB, else the user data folder); created on first use")
    parser.add_argument("--demo", action="store_true", help="open a throw-away demo database of synthetic "
                        "cases (deleted on exit)")
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    return parser


def qt_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qt = QApplication(list(argv))
    qt.setOrganizationName("caseapp")
    qt.setApplicationName("caseapp")
    qt.setApplicationVersion(__version__)
    register_application_fonts()
    return qt


def open_database(where: Path | DatabaseLocation) -> CaseApp:
    app = CaseApp.open(where)
    if not app.has_history():
        app.initialise(actor=None)  # a new file: record its creation in the audit log
    return app


def sign_in(app: CaseApp, *, hint: str = "") -> MainWindow | None:
    """The first-admin dialog on a database without users, then the login; the main window, or None
    when the user cancels."""
    accounts = app.service(Accounts)
    if not accounts.has_users():
        first = FirstAdminDialog(accounts)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
    login = LoginDialog(accounts, database_label=str(app.location), hint=hint)
    if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
        return None
    return MainWindow(app, login.user, title_note=translate("App", " (demo data)") if hint else "",
                      auto_backup=not hint)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    qt = qt_application([sys.argv[0]])
    install_language(qt, chosen_language())  # before the first dialog: the login speaks it too
    log_file = configure_logging()
    install_exception_hooks()
    log.info("caseapp %s starting (log %s)", __version__, log_file)
    unsound = unsound_binding_message()
    if unsound is not None:  # it would abort mid-typing and lose the work: say so before any is typed
        log.error("%s", unsound)
        QMessageBox.critical(None, "caseapp", unsound)
        return 2
    demo_folder: Path | None = None
    hint = ""
    try:
        if args.demo:
            from caseapp.services.demo import DEMO_PASSWORD, create_demo_database

            demo_folder = Path(tempfile.mkdtemp(prefix="caseapp-demo-"))
            path = demo_folder / "demo.sqlite3"
            logins = create_demo_database(path)
            hint = translate("App", "Demo logins: {logins} — password: {password}").format(
                logins=", ".join(f"{login} ({vocab.USER_ROLE.display(str(role))})" for login, role in logins),
                password=DEMO_PASSWORD)
            where: Path | DatabaseLocation = path
        else:
            where = default_database(args.db)  # a file or a postgresql:// URL; any other URL is refused
        if isinstance(where, DatabaseLocation) and where.server:
            return _run_on_server(qt, where)
        app = open_database(where)
    except CaseAppError as exc:
        log.warning("database refused: %s", exc)
        QMessageBox.critical(None, "caseapp", translate("App", "The database cannot be opened:") + f"\n\n{exc}")
        return 1
    log.info("database %s opened", app.location)
    try:
        window = sign_in(app, hint=hint)
        if window is None:
            return 0
        window.show()
        return qt.exec()
    finally:
        app.close()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)


def _run_on_server(qt: QApplication, where: DatabaseLocation) -> int:
    """On a server each account is a server login: the window asks for the login and password first, then
    opens the database signed in as that login (the server's rules apply to what it does), and holds no
    other credentials. The schema and the first admin are made beforehand by the database's owner with
    `caseapp-cli --db URL init --admin NAME`."""
    opened: list[CaseApp] = []

    def sign_in_as(login: str, password: str) -> User:
        try:
            app = CaseApp.open(where.signed_in(login, password))
        except CaseAppError as exc:
            if "password authentication failed" in str(exc) or "not permitted to log in" in str(exc):
                raise AuthError(translate("Login", "wrong login name or password, or the account is "
                                          "deactivated")) from None
            raise
        try:
            if not app.service(Accounts).has_users():
                raise CaseAppError(translate("Login", "this server database has no accounts yet: its owner creates "
                                             "the first admin with caseapp-cli --db URL init --admin NAME"))
            user = app.service(Accounts).authenticate(login, password)
        except BaseException:
            app.close()
            raise
        opened.append(app)
        return user

    dialog = LoginDialog(None, database_label=str(where), sign_in=sign_in_as)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        return 0
    app = opened[-1]
    log.info("signed in to %s as %s", app.location, dialog.user.login)
    try:
        window = MainWindow(app, dialog.user)
        window.show()
        return qt.exec()
    finally:
        app.close()


if __name__ == "__main__":
    sys.exit(main())
