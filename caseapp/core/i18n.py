"""The languages of the application, English and Canadian French, and the translation of the messages the
layers below the window make (validation, refusals, reports), without Qt.

One catalogue serves the whole application: `resources/translations/caseapp_<lang>.ts`, the Qt Linguist
source that `pyside6-lupdate` extracts from every `translate("Context", "text")` call (the window's
`QCoreApplication.translate` calls and this module's alike) and `pyside6-lrelease` compiles to the `.qm`
file the window's QTranslator loads. This module reads the same `.qm` file, so a message means the same in
the window, in a refusal raised by a service and on paper.

Which language a message takes:
- the language of the print under way, for a report (`using_language("fr")`: per thread and task, so a
  print in French from an English window, or from the command line, is French and nothing else is);
- else the process's language: the window sets it once at start (`set_language`) from the user's choice or
  the system locale; the command line keeps English (its messages may stay English).
Stored data never depends on it: codes are stored, and canonical English labels where text is indexed.
"""

from __future__ import annotations

import contextlib
import functools
import locale
import os
import struct
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

ENGLISH = "en"
FRENCH = "fr"
#: the languages the application speaks, each named in itself (as a language menu lists them)
LANGUAGES: dict[str, str] = {ENGLISH: "English", FRENCH: "Français"}
#: the locale each language formats numbers and dates in (Canada: its agencies are the users)
LOCALES: dict[str, str] = {ENGLISH: "en_CA", FRENCH: "fr_CA"}

_process_language = ENGLISH
_print_language: ContextVar[str | None] = ContextVar("print_language", default=None)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` where it is defined (a table, a constant) and return it
    unchanged; it is translated where it is shown, with translate(context, text)."""
    return text


def language_of(locale_name: str | None) -> str:
    """The application's language for a locale name ('fr_CA.UTF-8', 'fr-BE', 'en_US'): French for any
    French locale, English for anything else."""
    if locale_name and locale_name.strip().lower()[:2] == FRENCH:
        return FRENCH
    return ENGLISH


def system_language() -> str:
    """The language of the system locale (LC_ALL, LC_MESSAGES, LANG, as POSIX reads them)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return language_of(value)
    return language_of(locale.getlocale()[0])


def checked_language(lang: str) -> str:
    """`lang` when the application speaks it; ValueError naming the languages otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return lang


def set_language(lang: str) -> None:
    """The process's language (the window's; messages made outside a print follow it)."""
    global _process_language
    _process_language = checked_language(lang)


def current_language() -> str:
    """The language of the print under way in this task, else the process's."""
    return _print_language.get() or _process_language


@contextlib.contextmanager
def using_language(lang: str | None) -> Iterator[str]:
    """Everything made inside the block (by this thread or task) speaks `lang` (None: the current one)."""
    chosen = checked_language(lang) if lang else current_language()
    token = _print_language.set(chosen)
    try:
        yield chosen
    finally:
        _print_language.reset(token)


def plural_form(lang: str, n: int) -> int:
    """Which form a count takes: English singular for 1 only, French for 0 and 1 (as Qt's rules)."""
    if lang == FRENCH:
        return 0 if abs(n) < 2 else 1
    return 0 if n == 1 else 1


def plural(n: int, one: str, many: str, lang: str | None = None) -> str:
    """The form of a counted text that goes with `n` in the language, `{n}` replaced by the count grouped as the
    language writes it: plural(2, translate(C, "{n} case"), translate(C, "{n} cases")) is '2 cases', '2 dossiers'.

    Both forms are ordinary messages (lupdate reads a count only as a literal number, so Qt's numerus forms
    would not be extracted from `translate(context, text, None, count)`); English and French each have two."""
    from babel.numbers import format_decimal

    language = lang or current_language()
    text = one if plural_form(language, n) == 0 else many
    return text.replace("{n}", str(format_decimal(n, locale=LOCALES[language])))


# -- the compiled catalogue (.qm) -------------------------------------------------------------------------

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_SECTION = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


@dataclass
class Catalogue:
    """One language's compiled messages: (context, source, disambiguation) -> the translation, or its
    numerus forms."""

    lang: str
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, context: str, source: str, disambiguation: str = "") -> tuple[str, ...] | None:
        found = self.messages.get((context, source, disambiguation))
        if found is None and disambiguation:  # as QTranslator: then the message without its disambiguation
            found = self.messages.get((context, source, ""))
        return found


def read_qm(data: bytes, lang: str) -> Catalogue:
    """The messages of a .qm file as lrelease writes it (context and source kept with each message)."""
    if not data.startswith(_QM_MAGIC):
        raise ValueError("not a Qt translation file")
    catalogue = Catalogue(lang)
    at = len(_QM_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack(">I", data[at + 1:at + 5])[0]
        body = data[at + 5:at + 5 + length]
        at += 5 + length
        if tag == _MESSAGES_SECTION:
            _read_messages(body, catalogue)
    return catalogue


def _read_messages(body: bytes, catalogue: Catalogue) -> None:
    at = 0
    translations: list[str] = []
    source = context = comment = ""
    while at < len(body):
        tag = body[at]
        at += 1
        if tag == _END:
            if translations:
                catalogue.messages[(context, source, comment)] = tuple(translations)
            translations, source, context, comment = [], "", "", ""
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        (length,) = struct.unpack(">I", body[at:at + 4])
        at += 4
        if tag == _TRANSLATION:
            if length == 0xFFFFFFFF:  # a null translation
                continue
            translations.append(body[at:at + length].decode("utf-16-be"))
        elif tag == _SOURCE:
            source = body[at:at + length].decode("utf-8")
        elif tag == _CONTEXT:
            context = body[at:at + length].decode("utf-8")
        elif tag == _COMMENT:
            comment = body[at:at + length].decode("utf-8")
        at += length


def catalogue_path(lang: str) -> str:
    from caseapp.bundled import resource_path

    return str(resource_path("translations", f"caseapp_{lang}.qm"))


@functools.cache
def catalogue(lang: str) -> Catalogue:
    """The compiled catalogue of `lang` (an empty one when the file is missing: the source text shows)."""
    try:
        with open(catalogue_path(lang), "rb") as handle:
            return read_qm(handle.read(), lang)
    except FileNotFoundError:
        return Catalogue(lang)


def translate(context: str, source: str, disambiguation: str | None = None) -> str:
    """`source` in the current language, as QCoreApplication.translate gives it (the source itself when the
    catalogue has no finished translation of it). Counted texts go through plural()."""
    forms = catalogue(current_language()).lookup(context, source, disambiguation or "")
    return forms[0] if forms and forms[0] else source


def labelled(name: str, text: str) -> str:
    """"name: text" as the current language punctuates it (French puts a space before the colon)."""
    return translate("Punctuation", "{name}: {text}").format(name=name, text=text)
