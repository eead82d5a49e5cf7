"""What the feedback tests share: a loopback SMTP inbox, a settable clock, the app with its
accounts, signing in and recording a decision over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email import message_from_bytes
from typing import Any

import httpx
from aiosmtpd.controller import Controller

from benchmarks.search_server import free_port
from feedback.records import Decision
from feedback.service import Feedback

PASSWORD = "correct horse battery"


class Inbox:
    """What the loopback SMTP server received: each message, and whom it was sent to. With
    `delay`, the server takes that long to accept each message (a slow mail server)."""

    def __init__(self) -> None:
        self.messages: list[Any] = []
        self.recipients: list[list[str]] = []
        self.delay = 0.0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        self.messages.append(message_from_bytes(envelope.content))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


@contextmanager
def loopback_inbox() -> Iterator[tuple[Inbox, int]]:
    """A real SMTP server on a free loopback port, stopped afterwards: its inbox and port."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Office:
    http: httpx.AsyncClient
    feedback: Feedback
    clock: Clock
    app: Any

    def client(self) -> httpx.AsyncClient:
        """Another browser on the same app (its own cookies); close it after use."""
        return httpx.AsyncClient(transport=self.http._transport, base_url="http://council.test")


async def sign_in(http: httpx.AsyncClient, username: str) -> str:
    await http.get("/sign-in")
    token = http.cookies.get("earlyhelp_csrf") or ""
    response = await http.post(
        "/sign-in", data={"csrf_token": token, "username": username, "password": PASSWORD}
    )
    assert response.status_code == 303
    return token


DECISION = {
    "reference": "CS-2026-0042",
    "referrer_name": "Alex Teacher",
    "referrer_role": "Class teacher",
    "referrer_organisation": "Oldfield Primary School",
    "referrer_email": "alex@oldfield.sch.uk",
    "decision": "nfa-early-help",
    "decided_on": "2026-11-23",
    "reason": "The children are safe at home; the family needs support with routines and money.",
    "needs": "Mum struggling with 6yo's tantrums\nRent arrears, eviction notice",
    "child_ages": "6, 2",
    "postcode": "BA2 3AB",
    "consent": "yes",
}


async def record(office: Office, token: str, **changes: str) -> str:
    """Record a decision through the form; its public id (the last part of its address)."""
    response = await office.http.post(
        "/staff/decisions/new", data={"csrf_token": token, **DECISION, **changes}
    )
    assert response.status_code == 303, response.text[:2000]
    return response.headers["location"].rsplit("/", 1)[1]


def stored(office: Office, public_id: str) -> Decision:
    """The decision as stored, by its public id."""
    found = office.feedback.store.find(public_id)
    assert found is not None, public_id
    return found


def decision_values(reference: str = "R1") -> dict[str, object]:
    """A decision's fields as `FeedbackStore.create` takes them."""
    return {
        "reference": reference,
        "referrer_name": "A",
        "referrer_organisation": "B",
        "referrer_email": "a@b.uk",
        "decision": "nfa",
        "decided_on": date(2026, 11, 23),
        "reason": "r",
        "needs": ("n",),
    }
