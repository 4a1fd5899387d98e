"""The short questions that ask for a reason or a name: amending an approved case, returning a case to its
officer, removing an attachment, naming a saved search.

Each is a QInputDialog built here (not through its static helpers) so its label carries an Alt letter tied to
the text box, and so the keyboard-map test can build and check every one of them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from caseapp.gui.i18n import translate

# (window title, label with its Alt letter, several lines), translated when the question is asked
AMENDMENT = (QT_TRANSLATE_NOOP("Reason", "Amend an approved case"),
             QT_TRANSLATE_NOOP("Reason", "&Reason for the amendment (goes back for approval):"), False)
RETURN = (QT_TRANSLATE_NOOP("Reason", "Return to officer"),
          QT_TRANSLATE_NOOP("Reason", "&What needs to change (the officer sees this):"), True)
REMOVE_ATTACHMENT = (QT_TRANSLATE_NOOP("Reason", "Remove attachment"),
                     QT_TRANSLATE_NOOP("Reason", "&Why is it removed? (it stays in the record's history)"), False)
SEARCH_NAME = (QT_TRANSLATE_NOOP("Reason", "Save this search"), QT_TRANSLATE_NOOP("Reason", "&Name:"), False)


def text_dialog(parent: QWidget | None, title: str, label: str, multiline: bool) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("Reason", title))
    dialog.setLabelText(translate("Reason", label))  # QInputDialog makes its text box the label's buddy
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    if multiline:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        # QInputDialog leaves its label's buddy on the hidden one-line box: point it at the box typed in
        label, editor = dialog.findChild(QLabel), dialog.findChild(QPlainTextEdit)
        if label is not None and editor is not None:
            label.setBuddy(editor)
            editor.setTabChangesFocus(True)  # Tab goes on to OK; Enter starts a new line
    else:
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    return dialog


def ask_text(parent: QWidget | None, question: tuple[str, str, bool]) -> tuple[str, bool]:
    """The text typed and whether the user pressed OK."""
    dialog = text_dialog(parent, *question)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text, accepted
