"""Who is signed in, from a session cookie or from the council's single sign-on proxy."""

from __future__ import annotations

from dataclasses import dataclass

from staff.accounts import Account, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle


@dataclass(frozen=True)
class StaffAccess:
    """The staff side's collaborators. `trusted_header`, when set, names the header in which
    the council's sign-on proxy (and only it) puts the username of an already signed-in user;
    leave it unset unless every request comes through that proxy."""

    accounts: AccountStore
    sessions: SessionStore
    throttle: SignInThrottle
    trusted_header: str | None = None

    def account(self, session_token: str, headers: dict[str, str]) -> Account | None:
        """The active account making a request, if any."""
        username: str | None = None
        if self.trusted_header:
            username = headers.get(self.trusted_header.lower()) or None
        if username is None:
            username = self.sessions.username(session_token)
        if username is None:
            return None
        account = self.accounts.get(username)
        return account if account is not None and account.active else None
