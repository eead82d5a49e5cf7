"""The duty social worker's whole journey in a real headless Chromium, with the letter going
through a real SMTP server on loopback, and the referrer acknowledging it from the email."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from directory.edits import ListingEdits
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from feedback.letter import LocalPolicy
from feedback.mailer import SmtpMailer
from feedback.service import Feedback
from feedback.store import FeedbackStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.eligibility import EligibilityReader
from matching.embedding import CachedEmbedder, MiniLMEmbedder
from matching.engine import Matcher
from matching.glossary import Glossary
from matching.reasons import language_names
from staff.access import StaffAccess
from staff.accounts import EDITOR, MANAGER, PRACTITIONER, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import SEED
from tests.feedback.office import Inbox
from tests.web.browser import LiveServer, axe_violations, chromium, screenshot
from web.app import create_app
from web.editor_pages import Editing

pytestmark = pytest.mark.model
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Inbox, Feedback]]:
    from aiosmtpd.controller import Controller

    from benchmarks.search_server import free_port

    folder = Path(tmp_path_factory.mktemp("office"))
    store = SQLiteServiceStore(folder / "app.db")
    embedder = CachedEmbedder(MiniLMEmbedder())
    postcodes = PostcodeDirectory()
    Importer(store, embedder, postcodes).run(read_json_file(SEED))
    accounts = AccountStore(folder / "app.db")
    accounts.add("sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER})
    accounts.add("mo", "Mo Manager", "mo@council.gov.uk", PASSWORD, {MANAGER})
    accounts.add("eddie", "Eddie Editor", "ed@council.gov.uk", PASSWORD, {EDITOR})
    inbox = Inbox()
    smtp_port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    matcher = Matcher(store, embedder, postcodes)
    staff = StaffAccess(accounts, SessionStore(folder / "app.db"), SignInThrottle())
    holder: dict[str, Any] = {}
    feedback = Feedback(
        FeedbackStore(folder / "app.db"),
        store,
        matcher,
        SmtpMailer("127.0.0.1", smtp_port, "frontdoor@council.gov.uk"),
        LocalPolicy(),
        b"s" * 32,
        "http://placeholder",
    )
    edits = ListingEdits(folder / "app.db")
    codes = {name: code for code, name in language_names().items()}
    editing = Editing(
        edits,
        Importer(store, embedder, postcodes, overrides=edits),
        EligibilityReader(Glossary.load(), codes),
        matcher,
    )
    app = create_app(store, matcher, postcodes, staff=staff, feedback=feedback, editing=editing)
    with LiveServer(app) as server:
        from dataclasses import replace

        feedback = replace(feedback, base_url=server.url)
        app.state.feedback = feedback
        holder["url"] = server.url
        yield server.url, inbox, feedback
    controller.stop()
    store.close()


def _sign_in(page: Any, url: str, username: str) -> None:
    page.goto(url + "/sign-in")
    page.get_by_label("Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Staff pages")).to_be_visible()


def test_record_adjust_preview_send_acknowledge(
    office: tuple[str, Inbox, Feedback], browser: Browser
) -> None:
    url, inbox, feedback = office
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _sign_in(page, url, "sam")
    page.get_by_role("link", name="Record a no-further-action decision").click()
    page.get_by_label("Referral or family reference").fill("CS-2026-0099")
    page.get_by_label("Referrer's name").fill("Alex Teacher")
    page.get_by_label("Referrer's organisation").fill("Oldfield Primary School")
    page.get_by_label("Referrer's email address").fill("alex@oldfield.sch.uk")
    page.get_by_label("No further action: step down to early help").check()
    page.get_by_label("Why the threshold was not met").fill(
        "The children are safe; the family needs help with routines and money."
    )
    page.get_by_label("Needs identified").fill(
        "Mum struggling with 6yo's tantrums\nRent arrears, eviction notice"
    )
    page.get_by_label("Children's ages (optional)").fill("6, 2")
    page.get_by_label("Family's postcode (optional)").fill("BA2 3AB")
    page.get_by_label("Yes").check()
    violations = axe_violations(page)
    screenshot(page, "feedback-record")
    assert violations == [], violations
    page.get_by_role("button", name="Save and find suggestions").click()

    expect(page.get_by_role("heading", name="Feedback to Alex Teacher")).to_be_visible()
    items = page.locator("ol.govuk-list--number > li")
    first = items.first.locator("a").first.inner_text()
    second = items.nth(1).locator("a").first.inner_text()
    page.locator("button", has_text=f"Move down: {first}").click()
    expect(items.first.locator("a").first).to_have_text(second)
    page.get_by_label(f"Note for the referrer about {first}").fill("Ask for Jo.")
    page.locator("form", has=page.get_by_label(f"Note for the referrer about {first}")).get_by_role(
        "button", name="Save note"
    ).click()
    page.get_by_label("Search the directory").fill("food bank")
    page.get_by_role("button", name="Search", exact=True).click()
    page.locator("button", has_text=re.compile(r"^\s*Add ")).first.click()
    violations = axe_violations(page)
    screenshot(page, "feedback-decision")
    assert violations == [], violations

    page.get_by_role("link", name="Preview the letter").click()
    expect(page.get_by_role("heading", name="Why the threshold was not met")).to_be_visible()
    expect(page.get_by_text("Note: Ask for Jo.")).to_be_visible()
    screenshot(page, "feedback-letter")
    page.get_by_role("link", name="Back to the decision").click()
    page.get_by_role("button", name="Send the letter").click()
    expect(page.get_by_text("sent", exact=True)).to_be_visible()

    [email] = inbox.messages
    body = email.get_payload(decode=True).decode()
    assert email["To"] == "alex@oldfield.sch.uk" and "Ask for Jo." in body
    link = re.search(rf"{re.escape(url)}/acknowledge/\S+", body)
    assert link, body

    referrer = browser.new_context().new_page()
    referrer.goto(link.group(0))
    referrer.get_by_label("Yes").check()
    referrer.get_by_role("button", name="Confirm").click()
    expect(referrer.get_by_role("heading", name="Thank you")).to_be_visible()

    manager = browser.new_context().new_page()
    _sign_in(manager, url, "mo")
    manager.goto(url + "/staff/worklist")
    expect(manager.get_by_role("heading", level=1)).to_have_text("Feedback worklist")
    assert "CS-2026-0099" not in manager.content()
    decision = next(
        d for d in (feedback.store.get(i) for i in feedback.store.ids()) if d is not None
    )
    assert decision.status == "acknowledged" and decision.take_up == "Yes"
    context.close()


def test_staff_pages_have_no_accessibility_violations(
    office: tuple[str, Inbox, Feedback], browser: Browser
) -> None:
    url, _, _ = office
    page = browser.new_context(viewport={"width": 320, "height": 640}).new_page()
    _sign_in(page, url, "mo")
    for path, name in (
        ("/staff", "staff-home"),
        ("/staff/worklist", "worklist"),
        ("/staff/gaps", "gaps"),
    ):
        page.goto(url + path)
        violations = axe_violations(page)
        screenshot(page, f"{name}-phone")
        assert violations == [], (path, violations)
        assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"), (
            path
        )


def test_editor_pages_have_no_accessibility_violations(
    office: tuple[str, Inbox, Feedback], browser: Browser
) -> None:
    url, _, feedback = office
    page = browser.new_context(viewport={"width": 320, "height": 640}).new_page()
    _sign_in(page, url, "eddie")
    vision = next(
        s for s in feedback.directory.iter_services() if s.name == "Vision support service"
    )
    for path, name in (
        ("/staff/editor", "editor-queue"),
        (f"/staff/listings/{vision.id}/edit", "edit-listing"),
    ):
        page.goto(url + path)
        violations = axe_violations(page)
        screenshot(page, f"{name}-phone")
        assert violations == [], (path, violations)
        assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"), (
            path
        )
