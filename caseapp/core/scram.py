"""A PostgreSQL SCRAM-SHA-256 password verifier (RFC 5802 / RFC 7677, in the form PostgreSQL stores it):
`SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`, base64. Made here, it lets an admin give a new
login its password without the password itself ever reaching the server: CREATE ROLE ... PASSWORD takes the
verifier as it is, so neither the statement log nor pg_stat_activity can show a password."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

ITERATIONS = 4096  # PostgreSQL's own default (scram_iterations)


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """The verifier PostgreSQL would store for `password`. The password is used as typed (UTF-8): SASLprep
    leaves the passwords caseapp accepts (printable, no control characters) as they are but for rare
    compatibility characters, which PostgreSQL itself then also uses unprepared when they fail SASLprep."""
    salt = os.urandom(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    text = base64.b64encode
    return (f"SCRAM-SHA-256${iterations}:{text(salt).decode()}$"
            f"{text(stored_key).decode()}:{text(server_key).decode()}")
