"""What the manager's tests share: decisions recorded in the feedback store at set moments,
and the app over real SQLite files with a practitioner (sam) and a manager (mo)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from appdb.sqlite import SQLiteDatabase
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from feedback.letter import LocalPolicy
from feedback.mailer import SmtpMailer
from feedback.service import Feedback
from feedback.store import FeedbackStore
from matching.engine import Matcher
from staff.access import StaffAccess
from staff.accounts import MANAGER, PRACTITIONER, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import CountingEmbedder
from web.app import create_app

PASSWORD = "correct horse battery"
#: Monday 30 November 2026, mid-morning.
TODAY = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Desk:
    feedback: FeedbackStore
    clock: Clock
    app: Any


def outcome(
    need: str, matched: bool, read_as: list[str], nearest: list[str], outside: bool = False
) -> dict[str, Any]:
    """A need's outcome as `Feedback.propose` records it: `nearest` stands for the categories
    of the services found near it, `read_as` for how the matcher read the need, `outside` for
    a need read as asking for what no early-help service offers."""
    return {
        "need": need,
        "categories": nearest,
        "matched": matched,
        "reading": {
            "about": "parent",
            "categories": read_as,
            "outside": outside,
            "confirmed": [],
        },
    }


def decide(
    desk: Desk,
    reference: str,
    decided_on: date,
    by: str,
    outcomes: list[dict[str, Any]],
    la_code: str,
) -> int:
    """Record a decision as `by` on the day it was decided; its number."""
    desk.clock.now = datetime(decided_on.year, decided_on.month, decided_on.day, 11, tzinfo=UTC)
    values = {
        "reference": reference,
        "referrer_name": "Pat Head",
        "referrer_role": "Head teacher",
        "referrer_organisation": "Oldfield School",
        "referrer_email": "pat@school.example",
        "decision": "nfa",
        "decided_on": decided_on.isoformat(),
        "reason": "Needs are below the threshold for statutory intervention.",
        "needs": [str(o["need"]) for o in outcomes],
        "child_ages": [6],
        "postcode": "",
        "language": "",
        "interpreter": False,
        "consent": "yes",
        "need_outcomes": outcomes,
        "la_code": la_code,
    }
    decision_id = desk.feedback.create(values, by, [])
    desk.clock.now = TODAY
    return decision_id


def send(desk: Desk, decision_id: int, on: datetime) -> None:
    """Send the letter at `on` (the store's record of it; no email is needed here)."""
    desk.clock.now = on
    desk.feedback.claim_for_sending(decision_id, "sam")
    desk.feedback.finish_sending(decision_id, True, "sam", "sent to pat@school.example")
    desk.clock.now = TODAY


def make_desk(folder: Path, store: SQLiteServiceStore) -> Desk:
    clock = Clock(TODAY)
    postcodes = PostcodeDirectory()
    embedder = CountingEmbedder()
    accounts = AccountStore(SQLiteDatabase(folder / "app.db"))
    accounts.add("sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER})
    accounts.add("mo", "Mo Manager", "mo@council.gov.uk", PASSWORD, {MANAGER})
    matcher = Matcher(store, embedder, postcodes)
    records = FeedbackStore(SQLiteDatabase(folder / "app.db"), clock=clock)
    feedback = Feedback(
        records,
        store,
        matcher,
        SmtpMailer("127.0.0.1", 9, "frontdoor@council.gov.uk"),
        LocalPolicy(),
        b"k" * 32,
        "http://council.test",
    )
    staff = StaffAccess(
        accounts,
        SessionStore(SQLiteDatabase(folder / "app.db"), clock=clock),
        SignInThrottle(SQLiteDatabase(folder / "app.db")),
    )
    app = create_app(store, matcher, postcodes, staff=staff, feedback=feedback)
    return Desk(records, clock, app)
