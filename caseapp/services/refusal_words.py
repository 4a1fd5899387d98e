"""Words of the account refusals in the language of the user: what a refused account was doing (the
phrase each service passes to current_user/check_actor, translated there), zxcvbn's own English warnings
quoted by a refused password, and a role as a refusal names it. The two tables are read by lupdate only."""

from __future__ import annotations

from caseapp.core.i18n import FRENCH, QT_TRANSLATE_NOOP, current_language
from caseapp.core.vocab import USER_ROLE

#: what the services say a refused account was doing ("printing is refused"): current_user and check_actor
#: translate the phrase their caller gives, which is one of these
REFUSED_ACTIONS = (
    QT_TRANSLATE_NOOP("Refusals", "this"), QT_TRANSLATE_NOOP("Refusals", "printing"),
    QT_TRANSLATE_NOOP("Refusals", "recording a case"), QT_TRANSLATE_NOOP("Refusals", "changing a case"),
    QT_TRANSLATE_NOOP("Refusals", "submitting a case"), QT_TRANSLATE_NOOP("Refusals", "approving a case"),
    QT_TRANSLATE_NOOP("Refusals", "returning a case"), QT_TRANSLATE_NOOP("Refusals", "recording custody"),
    QT_TRANSLATE_NOOP("Refusals", "adding an attachment"), QT_TRANSLATE_NOOP("Refusals", "removing an attachment"),
    QT_TRANSLATE_NOOP("Refusals", "importing cases"), QT_TRANSLATE_NOOP("Refusals", "importing reviewed cases"),
    QT_TRANSLATE_NOOP("Refusals", "exporting cases"), QT_TRANSLATE_NOOP("Refusals", "exporting search results"),
    QT_TRANSLATE_NOOP("Refusals", "changing the catalogue"),
    QT_TRANSLATE_NOOP("Refusals", "changing the agency settings"), QT_TRANSLATE_NOOP("Refusals", "adding users"),
    QT_TRANSLATE_NOOP("Refusals", "listing accounts"), QT_TRANSLATE_NOOP("Refusals", "deactivating users"),
    QT_TRANSLATE_NOOP("Refusals", "unlocking accounts"), QT_TRANSLATE_NOOP("Refusals", "changing a password"),
    QT_TRANSLATE_NOOP("Refusals", "changing another user's password"),
)


#: zxcvbn's warnings (English, its own words), translated where a refusal quotes one
PASSWORD_FEEDBACK = (
    QT_TRANSLATE_NOOP("PasswordFeedback", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordFeedback", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordFeedback", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordFeedback",
                      'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("PasswordFeedback", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordFeedback", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordFeedback", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("PasswordFeedback", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("PasswordFeedback", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("PasswordFeedback", "This is a very common password."),
    QT_TRANSLATE_NOOP("PasswordFeedback", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("PasswordFeedback", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("PasswordFeedback", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordFeedback", "Common names and surnames are easy to guess."),
)


def role_word(role: str) -> str:
    """A role as a refusal names it: the code in English (as the command line takes it), the label in French."""
    return USER_ROLE.display(str(role)).lower() if current_language() == FRENCH else str(role)
