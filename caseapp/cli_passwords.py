"""Where caseapp-cli gets a password: its environment variable, else a prompt on a terminal (never an
argument, which other users of the machine could read in the process list)."""

from __future__ import annotations

import getpass
import os
import sys

from caseapp.services.auth import AuthError

PASSWORD_ENV = "CASEAPP_PASSWORD"
NEW_PASSWORD_ENV = "CASEAPP_NEW_PASSWORD"


def secret(env: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise AuthError(f"no password: set {env} or run in a terminal to be asked")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("again: ") != first:
        raise AuthError("the two passwords differ")
    return first
