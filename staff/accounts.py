"""Staff accounts: who may sign in, with which roles, and their argon2-hashed passwords."""

from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from appdb import AppDatabase, IntegrityError
from directory.timestamps import utc_stamp

PRACTITIONER, EDITOR, MANAGER, ADMIN = "practitioner", "directory-editor", "manager", "admin"
ROLES = (PRACTITIONER, EDITOR, MANAGER, ADMIN)
MIN_PASSWORD = 12
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")


class AccountError(ValueError):
    """An account that cannot be created or changed as asked; the message says why."""


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str
    email: str
    roles: frozenset[str]
    active: bool

    def has_any(self, *roles: str) -> bool:
        """Admins may do everything; others what one of their roles allows."""
        return ADMIN in self.roles or bool(self.roles & set(roles))


def _account(row: tuple[object, ...]) -> Account:
    return Account(
        str(row[0]), str(row[1]), str(row[2]), frozenset(str(row[3]).split(",")), bool(row[4])
    )


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must be at least {MIN_PASSWORD} characters long")
    if password.strip() != password or not password.strip():
        raise AccountError("the password must not start or end with spaces")


class AccountStore:
    """Accounts in the application database."""

    def __init__(self, database: AppDatabase, hasher: PasswordHasher | None = None) -> None:
        self._db = database
        self._hasher = hasher or PasswordHasher()
        # Verifying against this when the username is unknown takes as long as a real check,
        # so the time taken does not tell which usernames exist.
        self._decoy = self._hasher.hash("decoy password, never used")

    def add(
        self, username: str, display_name: str, email: str, password: str, roles: set[str]
    ) -> Account:
        """Create an account; AccountError if any part is not acceptable."""
        username = username.strip().lower()
        if not _USERNAME.match(username):
            raise AccountError(
                f"username {username!r}: use 2-64 lower-case letters, digits, '.', '_', '@' or '-'"
            )
        unknown = roles - set(ROLES)
        if not roles or unknown:
            raise AccountError(f"roles must be one or more of {', '.join(ROLES)}")
        if "@" not in email:
            raise AccountError(f"email {email!r} is not an email address")
        check_password(password)
        now = utc_stamp()
        try:
            with self._db.transaction() as db:
                db.execute(
                    "INSERT INTO staff_accounts (username, display_name, email, password_hash, "
                    "roles, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        username,
                        display_name.strip() or username,
                        email.strip(),
                        self._hasher.hash(password),
                        ",".join(sorted(roles)),
                        now,
                    ),
                )
        except IntegrityError:
            raise AccountError(f"an account {username!r} already exists") from None
        found = self.get(username)
        assert found is not None
        return found

    def get(self, username: str) -> Account | None:
        with self._db.read() as db:
            row = db.execute(
                "SELECT username, display_name, email, roles, active FROM staff_accounts "
                "WHERE username = ?",
                (username.strip().lower(),),
            ).fetchone()
        return None if row is None else _account(row)

    def all(self) -> list[Account]:
        with self._db.read() as db:
            rows = db.execute(
                "SELECT username, display_name, email, roles, active FROM staff_accounts "
                "ORDER BY username"
            ).fetchall()
        return [_account(row) for row in rows]

    def verify(self, username: str, password: str) -> Account | None:
        """The active account these credentials belong to, or None."""
        name = username.strip().lower()
        with self._db.read() as db:
            row = db.execute(
                "SELECT password_hash FROM staff_accounts WHERE username = ? AND active = 1",
                (name,),
            ).fetchone()
        stored = row[0] if row else self._decoy
        try:
            self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        if self._hasher.check_needs_rehash(stored):
            with self._db.transaction() as db:
                db.execute(
                    "UPDATE staff_accounts SET password_hash = ? WHERE username = ?",
                    (self._hasher.hash(password), name),
                )
        return self.get(name)

    def set_active(self, username: str, active: bool) -> None:
        with self._db.transaction() as db:
            changed = db.execute(
                "UPDATE staff_accounts SET active = ? WHERE username = ?",
                (int(active), username.strip().lower()),
            ).rowcount
        if not changed:
            raise AccountError(f"no account {username!r}")
