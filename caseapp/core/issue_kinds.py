"""The kinds of warnings an import counts ("3 warnings (1 unknown substance, 1 zero amount...)"), each with its
count in words in the current language (kind_count); Issue.kind holds one of these."""

from __future__ import annotations

from caseapp.core.i18n import QT_TRANSLATE_NOOP, plural, translate

# Kinds of warnings, counted by an import's summary ("3 warnings (1 unknown substance, 1 zero amount...)")
UNKNOWN_SUBSTANCE = "unknown substance"
ZERO_AMOUNT = "zero amount"
NO_UNIT = "amount without unit"
UNLISTED_SUBSTANCE = "substance not in the catalogue"
UNKNOWN_UNIT = "unknown unit"
UNKNOWN_COUNTRY = "unknown country"
IMPLAUSIBLE = "quantity to confirm"
UNUSUAL = "unusual quantity"
#: plurals that are not the kind and an "s"
KIND_PLURALS = {NO_UNIT: "amounts without unit", UNLISTED_SUBSTANCE: "substances not in the catalogue",
                IMPLAUSIBLE: "quantities to confirm", UNUSUAL: "unusual quantities"}


def _n(one: str, many: str) -> tuple[str, str]:
    return one, many


#: each kind of warning counted: the singular and plural, with {n} for the count (translated in "Validation")
KIND_FORMS: dict[str, tuple[str, str]] = {
    UNKNOWN_SUBSTANCE: _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown substance"),
                          QT_TRANSLATE_NOOP("Validation", "{n} unknown substances")),
    ZERO_AMOUNT: _n(QT_TRANSLATE_NOOP("Validation", "{n} zero amount"),
                    QT_TRANSLATE_NOOP("Validation", "{n} zero amounts")),
    NO_UNIT: _n(QT_TRANSLATE_NOOP("Validation", "{n} amount without unit"),
                QT_TRANSLATE_NOOP("Validation", "{n} amounts without unit")),
    UNLISTED_SUBSTANCE: _n(QT_TRANSLATE_NOOP("Validation", "{n} substance not in the catalogue"),
                           QT_TRANSLATE_NOOP("Validation", "{n} substances not in the catalogue")),
    UNKNOWN_UNIT: _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown unit"),
                     QT_TRANSLATE_NOOP("Validation", "{n} unknown units")),
    UNKNOWN_COUNTRY: _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown country"),
                        QT_TRANSLATE_NOOP("Validation", "{n} unknown countries")),
    IMPLAUSIBLE: _n(QT_TRANSLATE_NOOP("Validation", "{n} quantity to confirm"),
                    QT_TRANSLATE_NOOP("Validation", "{n} quantities to confirm")),
    UNUSUAL: _n(QT_TRANSLATE_NOOP("Validation", "{n} unusual quantity"),
                QT_TRANSLATE_NOOP("Validation", "{n} unusual quantities")),
    "unknown place type": _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown place type"),
                             QT_TRANSLATE_NOOP("Validation", "{n} unknown place types")),
    "unknown detection": _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown detection"),
                            QT_TRANSLATE_NOOP("Validation", "{n} unknown detections")),
    "unknown transport": _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown transport"),
                            QT_TRANSLATE_NOOP("Validation", "{n} unknown transports")),
    "unknown concealment": _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown concealment"),
                              QT_TRANSLATE_NOOP("Validation", "{n} unknown concealments")),
    "unknown routing": _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown routing"),
                          QT_TRANSLATE_NOOP("Validation", "{n} unknown routings")),
    "unknown exhibit kind": _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown exhibit kind"),
                               QT_TRANSLATE_NOOP("Validation", "{n} unknown exhibit kinds")),
    "unknown form": _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown form"),
                       QT_TRANSLATE_NOOP("Validation", "{n} unknown forms")),
    "unknown field test": _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown field test"),
                             QT_TRANSLATE_NOOP("Validation", "{n} unknown field tests")),
    "unknown person role": _n(QT_TRANSLATE_NOOP("Validation", "{n} unknown person role"),
                              QT_TRANSLATE_NOOP("Validation", "{n} unknown person roles")),
}


def kind_count(kind: str, n: int) -> str:
    """'1 unknown substance', '3 zero amounts' (in the current language); '' is 'other'."""
    forms = KIND_FORMS.get(kind)
    if forms is None:
        if not kind:
            return translate("Validation", "{n} other").replace("{n}", str(n))
        return f"{n} {kind if n == 1 else kind_plural(kind)}"
    return plural(n, translate("Validation", forms[0]), translate("Validation", forms[1]))


def kind_plural(kind: str) -> str:
    """'unknown country' -> 'unknown countries', 'zero amount' -> 'zero amounts'."""
    if kind in KIND_PLURALS:
        return KIND_PLURALS[kind]
    if kind.endswith("y") and kind[-2:-1] not in "aeiou":
        return kind[:-1] + "ies"
    return kind + "s"
