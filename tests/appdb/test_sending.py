"""A letter is emailed once when several instances, sharing one application database, are
asked to send it at the same moment: on SQLite and on PostgreSQL, through a real SMTP server
on loopback."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller

from benchmarks.search_server import free_port
from directory.sqlite_store import SQLiteServiceStore
from feedback.letter import LocalPolicy
from feedback.mailer import SmtpMailer
from feedback.records import SENT
from feedback.service import Feedback, app_secret
from feedback.store import FeedbackError, FeedbackStore
from tests.appdb.conftest import Opener
from tests.feedback.office import Inbox, decision_values

INSTANCES = 4


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    received = Inbox()
    received.delay = 0.3  # a slow mail server: the sends overlap
    port = free_port()
    controller = Controller(received, hostname="127.0.0.1", port=port)
    controller.start()
    yield received, port
    controller.stop()


def test_concurrent_sends_from_several_instances_email_one_letter(
    open_database: Opener, store: SQLiteServiceStore, inbox: tuple[Inbox, int]
) -> None:
    received, port = inbox
    instances = []
    for _ in range(INSTANCES):
        database = open_database()
        instances.append(
            Feedback(
                FeedbackStore(database),
                store,
                None,
                SmtpMailer("127.0.0.1", port, "frontdoor@council.gov.uk"),
                LocalPolicy(),
                app_secret(database),
                "https://help.council.example",
            )
        )
    decision_id = instances[0].store.create(decision_values(), "sam", [])
    start = threading.Barrier(INSTANCES)
    outcomes: list[str] = []

    def send(feedback: Feedback) -> None:
        start.wait()
        try:
            outcomes.append("sent" if feedback.send(decision_id, "Sam", "sam") else "failed")
        except FeedbackError as error:
            outcomes.append(str(error))

    threads = [threading.Thread(target=send, args=(f,)) for f in instances]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("sent") == 1, outcomes
    assert len(received.messages) == 1 and received.recipients == [["a@b.uk"]]
    assert instances[-1].store.require(decision_id).status == SENT
    refused = [o for o in outcomes if o != "sent"]
    assert len(refused) == INSTANCES - 1
    assert all("being sent" in o or "already been sent" in o for o in refused)
