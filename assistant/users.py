"""Who may use the web app: a TOML file of users, each with a role and a salted scrypt hash.

    [users.alice]
    role = "editor"
    hash = "scrypt$16384$8$1$<salt hex>$<hash hex>"

Readers may ask and read; editors may also change the library. No password is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROLES = ("reader", "editor")
# scrypt's cost: 2^14 rounds of 8 × 128-byte blocks (16 MB, ~50 ms a login), as OWASP suggests.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
MIN_PASSWORD_CHARS = 8


@dataclass(frozen=True)
class User:
    """One user of the app: a name, a role ("reader" or "editor") and the hash of their password."""

    name: str
    role: str
    hash: str

    @property
    def can_edit(self) -> bool:
        """Whether the user may add, remove and rebuild documents."""
        return self.role == "editor"


def hash_password(password: str) -> str:
    """A salted scrypt hash of `password`, as stored in the users file."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    """Whether `password` matches a hash made by `hash_password` (False for a malformed hash)."""
    try:
        scheme, n, r, p, salt, digest = encoded.split("$")
        if scheme != "scrypt":
            return False
        found = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(found.hex(), digest)


def read_users(path: Path) -> dict[str, User]:
    """The users of an auth file; ValueError/FileNotFoundError naming the fix when it is unusable."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise FileNotFoundError(f"No auth file at {path}: create one with `python -m assistant user add NAME --auth-file {path}`.") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{path} is not a valid users file ({error}): fix it or recreate it with `python -m assistant user add`.") from error
    users = {}
    for name, record in (data.get("users") or {}).items():
        if not isinstance(record, dict) or record.get("role") not in ROLES or not isinstance(record.get("hash"), str):
            raise ValueError(f"{path}: user {name!r} needs a role ({' or '.join(ROLES)}) and a hash: recreate it with `python -m assistant user add {name}`.")
        users[name] = User(name, record["role"], record["hash"])
    if not users:
        raise ValueError(f"{path} has no users: add one with `python -m assistant user add NAME --auth-file {path}`.")
    return users


def add_user(path: Path, name: str, role: str, password: str) -> None:
    """Add (or replace) a user in the auth file, written readable by its owner only."""
    if not NAME.match(name):
        raise ValueError(f"User name {name!r}: use 1-64 letters, digits, dots, dashes or underscores.")
    if role not in ROLES:
        raise ValueError(f"Role {role!r}: use {' or '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValueError(f"The password must have at least {MIN_PASSWORD_CHARS} characters.")
    users = read_users(path) if path.exists() else {}
    users[name] = User(name, role, hash_password(password))
    lines = ["# Users of the press kit assistant: python -m assistant user add NAME", ""]
    for user in users.values():
        lines += [f"[users.{user.name}]", f'role = "{user.role}"', f'hash = "{user.hash}"', ""]
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    os.replace(temporary, path)


@dataclass(frozen=True)
class Access:
    """Who may do what in the app: with `users`, each one's role decides; without, nobody logs
    in and the library may be changed only when `allow_edits` (a single user on 127.0.0.1)."""

    users: dict[str, User] | None = None
    allow_edits: bool = False

    def login(self, name: str, password: str) -> bool:
        """Whether `name` and `password` are a user of the auth file."""
        user = (self.users or {}).get(name)
        return user is not None and verify_password(password, user.hash)

    def can_edit(self, username: str | None) -> bool:
        """Whether the person logged in as `username` (None: nobody) may change the library."""
        if self.users is None:
            return self.allow_edits
        user = self.users.get(username or "")
        return user is not None and user.can_edit


def exposure_problem(host: str, share: bool, has_users: bool, no_auth: bool, allow_edits: bool) -> str | None:
    """Why the app must not start as asked (reachable from other machines without a login), or None."""
    local = host in ("127.0.0.1", "localhost", "::1") and not share
    if local or has_users:
        return None
    if allow_edits:
        return "--allow-edits without an auth file is for one user on 127.0.0.1: add users with `python -m assistant user add NAME --role editor --auth-file users.toml` and pass --auth-file users.toml."
    if no_auth:
        return None
    return (
        "The app would be reachable from other machines with no login: create users with "
        "`python -m assistant user add NAME --auth-file users.toml` and start it with --auth-file users.toml "
        "(or pass --no-auth to accept that anyone who can reach it may read the press kits)."
    )
