"""The feedback tests' fixtures: a real SMTP server on loopback and the app over real SQLite
files, with a practitioner (sam) and a manager (mo)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from feedback.letter import LocalPolicy
from feedback.mailer import SmtpMailer
from feedback.service import Feedback
from feedback.store import FeedbackStore
from matching.engine import Matcher, Weights
from staff.access import StaffAccess
from staff.accounts import MANAGER, PRACTITIONER, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import CountingEmbedder, cheap_hasher
from tests.feedback.office import PASSWORD, Clock, Inbox, Office, loopback_inbox
from web.app import create_app


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with loopback_inbox() as served:
        yield served


@pytest.fixture
async def office(
    tmp_path: Path,
    seeded_store: SQLiteServiceStore,
    postcodes: PostcodeDirectory,
    smtp: tuple[Inbox, int],
) -> AsyncIterator[Office]:
    store = seeded_store
    embedder = CountingEmbedder()
    clock = Clock()
    accounts = AccountStore(SQLiteDatabase(tmp_path / "app.db"), cheap_hasher())
    accounts.add("sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER})
    accounts.add("mo", "Mo Manager", "mo@council.gov.uk", PASSWORD, {MANAGER})
    # The lexical stand-in for the model scores lower than the model the threshold is
    # calibrated for; these tests are of the workflow, not of matching quality.
    matcher = Matcher(store, embedder, postcodes, weights=Weights(threshold=0.2))
    feedback = Feedback(
        FeedbackStore(SQLiteDatabase(tmp_path / "app.db"), clock=clock),
        store,
        matcher,
        SmtpMailer("127.0.0.1", smtp[1], "frontdoor@council.gov.uk"),
        LocalPolicy(),
        b"k" * 32,
        "http://council.test",
    )
    staff = StaffAccess(
        accounts,
        SessionStore(SQLiteDatabase(tmp_path / "app.db"), clock=clock),
        SignInThrottle(SQLiteDatabase(tmp_path / "app.db")),
    )
    app = create_app(store, matcher, postcodes, staff=staff, feedback=feedback)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://council.test") as http:
        yield Office(http, feedback, clock, app)
