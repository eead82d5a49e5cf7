"""The feedback workflow's operations, over the store, the directory, the matcher and mail."""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from directory.store import ServiceStore
from feedback.letter import LetterService, LocalPolicy, letter_service, letter_text
from feedback.links import make_token, read_token
from feedback.mailer import Mailer, MailError
from feedback.records import DRAFT, FAILED, SENT, Decision, Suggestion
from feedback.store import FeedbackError, FeedbackStore
from matching.engine import Matcher
from matching.request import MatchRequest

SUGGESTED = 5


def app_secret(path: Path) -> bytes:
    """A random key kept in the app's SQLite file, made on first use, for signing links."""
    with sqlite3.connect(path, timeout=30) as db:
        db.execute("CREATE TABLE IF NOT EXISTS app_secrets (name TEXT PRIMARY KEY, value TEXT)")
        db.execute(
            "INSERT OR IGNORE INTO app_secrets (name, value) VALUES ('links', ?)",
            (secrets.token_hex(32),),
        )
        row = db.execute("SELECT value FROM app_secrets WHERE name = 'links'").fetchone()
    return bytes.fromhex(row[0])


@dataclass(frozen=True)
class Feedback:
    store: FeedbackStore
    directory: ServiceStore
    matcher: Matcher | None
    mailer: Mailer
    policy: LocalPolicy
    secret: bytes
    base_url: str
    link_lifetime: timedelta = timedelta(days=30)
    working_days: int = 5

    def propose(self, values: dict[str, object]) -> list[Suggestion]:
        """The matcher's suggestions for the needs of a decision. Records in `values` what it
        found for each need (`need_outcomes`) and the family's council area (`la_code`)."""
        if self.matcher is None:
            return []
        request = MatchRequest(
            needs=tuple(values["needs"]),  # type: ignore[arg-type]
            child_ages=tuple(values.get("child_ages") or ()),  # type: ignore[arg-type]
            postcode=str(values.get("postcode") or "") or None,
            limit=SUGGESTED,
        )
        try:
            result = self.matcher.suggest(request)
            place = self.matcher.place_of(request.postcode)
        except ValueError:  # an unknown postcode: propose without it
            result = self.matcher.suggest(
                MatchRequest(needs=request.needs, child_ages=request.child_ages, limit=SUGGESTED)
            )
            place = None
        values["need_outcomes"] = [
            {"need": n.text, "categories": list(n.categories), "matched": n.matched}
            for n in result.needs
        ]
        values["la_code"] = place.la_code if place else ""
        return [Suggestion(s.service_id, s.name) for s in result.suggestions]

    def letter_services(self, decision: Decision) -> list[LetterService]:
        out = []
        for suggestion in decision.suggestions:
            stored = self.directory.get(suggestion.service_id)
            if stored is not None:
                out.append(letter_service(stored.service, suggestion.note, self.base_url))
        return out

    def acknowledge_url(self, decision: Decision) -> str:
        token = make_token(self.secret, decision.id, self.store.now(), self.link_lifetime)
        return f"{self.base_url}/acknowledge/{token}"

    def text(self, decision: Decision, sender: str) -> str:
        return letter_text(
            decision,
            self.letter_services(decision),
            self.policy,
            self.acknowledge_url(decision),
            sender,
        )

    def send(self, decision_id: int, sender: str, by: str) -> bool:
        """Email the letter. On a mail failure the letter is kept, marked delivery failed,
        and can be sent again. Whether it was handed to the mail server."""
        decision = self.store.require(decision_id)
        if decision.status not in (DRAFT, FAILED):
            raise FeedbackError("this letter has already been sent")
        subject = f"Referral {decision.reference}: our decision and other support"
        try:
            self.mailer.send(decision.referrer_email, subject, self.text(decision, sender))
        except MailError as error:
            self.store.set_status(decision_id, FAILED, by, str(error))
            return False
        self.store.set_status(decision_id, SENT, by, f"emailed to {decision.referrer_email}")
        return True

    def decision_for_link(self, token: str) -> Decision:
        """The decision an acknowledgement link is for; LinkError if it is not valid."""
        return self.store.require(read_token(self.secret, token, self.store.now()))
