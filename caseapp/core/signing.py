"""Signing keys for audit entries: each user's Ed25519 key is derived from their password, so only someone
who knows the password can sign in that user's name, and the database holds only the public half.

The seed of the key is argon2id over the password with a random per-user salt. The parameters travel with the
salt in one text (`argon2id$t=3,m=65536,p=4$<salt>`), stored with the account, so a key is re-derived with the
parameters it was made with. Deriving costs real time (about as much as checking the password hash) and must
run before any write transaction begins.

Signatures are over an audit entry's hash (its 64 hex characters as ASCII); that hash covers the previous hash,
the actor, the action and the detail, so a signature cannot be moved to another entry or another place in the
chain.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import threading
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from caseapp.core.i18n import translate

SALT_BYTES = 16
_KEY_SALT = re.compile(r"argon2id\$t=(\d{1,3}),m=(\d{1,8}),p=(\d{1,3})\$([A-Za-z0-9_-]{16,88})")


class KeyFormatError(ValueError):
    """A stored key salt or public key that cannot be read."""


@dataclass(frozen=True)
class KeyDerivation:
    """argon2id parameters for deriving signing keys (RFC 9106's low-memory choice by default, the same
    argon2-cffi uses for password hashes)."""
    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 4

    def new_salt_text(self) -> str:
        salt = base64.urlsafe_b64encode(os.urandom(SALT_BYTES)).decode("ascii").rstrip("=")
        return f"argon2id$t={self.time_cost},m={self.memory_kib},p={self.parallelism}${salt}"


def _parse_salt(text: str) -> tuple[KeyDerivation, bytes]:
    match = _KEY_SALT.fullmatch(text or "")
    if not match:
        raise KeyFormatError(translate(
            "Signing", "the account's key salt is not in the form argon2id$t=..,m=..,p=..$salt"))
    t, m, p, salt = match.groups()
    return KeyDerivation(int(t), int(m), int(p)), base64.urlsafe_b64decode(salt + "=" * (-len(salt) % 4))


def derive_key(password: str, salt_text: str) -> Ed25519PrivateKey:
    """The signing key of `password` under a stored salt text. Slow on purpose (argon2id)."""
    params, salt = _parse_salt(salt_text)
    seed = hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism, hash_len=32,
                           type=Type.ID)
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key_text(key: Ed25519PrivateKey) -> str:
    """The public half as 64 hex characters (what the users table and key-recording entries hold)."""
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def fingerprint(public_text: str) -> str:
    """SHA-256 of the raw public key, 64 hex characters: what reports and backups print."""
    return hashlib.sha256(bytes.fromhex(public_text)).hexdigest()


def normal_fingerprint(text: str) -> str:
    """A typed fingerprint as compared: spaces and colons dropped, lower case."""
    return re.sub(r"[\s:]", "", text).lower()


def sign(key: Ed25519PrivateKey, entry_hash: str) -> str:
    return key.sign(entry_hash.encode("ascii")).hex()


class SignatureChecker:
    """Checks signatures, keeping each public key loaded once (verify sees the same few keys many times)."""

    def __init__(self) -> None:
        self._keys: dict[str, Ed25519PublicKey | None] = {}

    def valid(self, public_text: str, entry_hash: str, signature: str | None) -> bool:
        if not signature:
            return False
        if public_text not in self._keys:
            try:
                self._keys[public_text] = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_text))
            except ValueError:
                self._keys[public_text] = None
        public = self._keys[public_text]
        if public is None:
            return False
        try:
            public.verify(bytes.fromhex(signature), entry_hash.encode("ascii"))
        except (InvalidSignature, ValueError):
            return False
        return True


class Keyring:
    """The signing keys of the users signed in to one session (a window, a CLI command's run), in memory only.

    A CaseApp holds one; the connections a window opens for its worker threads share the window's. Keys are
    added at sign-in and dropped at sign-out or when the session ends; they are never written anywhere."""

    def __init__(self) -> None:
        self._keys: dict[str, Ed25519PrivateKey] = {}
        self._lock = threading.Lock()

    def add(self, login: str, key: Ed25519PrivateKey) -> None:
        with self._lock:
            self._keys[login.casefold()] = key

    def get(self, login: str | None) -> Ed25519PrivateKey | None:
        if not login:
            return None
        with self._lock:
            return self._keys.get(login.casefold())

    def drop(self, login: str) -> None:
        with self._lock:
            self._keys.pop(login.casefold(), None)

    def clear(self) -> None:
        with self._lock:
            self._keys.clear()

    def __len__(self) -> int:
        return len(self._keys)
