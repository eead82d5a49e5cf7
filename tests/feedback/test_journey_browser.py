"""The duty social worker's whole journey in a real headless Chromium, with the letter going
through a real SMTP server on loopback, and the referrer acknowledging it from the email."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from appdb.sqlite import SQLiteDatabase
from directory.edits import ListingEdits
from directory.geography import PostcodeDirectory
from feedback.letter import LocalPolicy
from feedback.mailer import SmtpMailer
from feedback.service import Feedback
from feedback.store import FeedbackStore
from ingest.importer import Importer
from matching.eligibility import EligibilityReader
from matching.embedding import CachedEmbedder
from matching.engine import Matcher
from matching.glossary import Glossary
from matching.languages import language_codes
from matching.onnx_embedding import MiniLMInt8Embedder
from staff.access import StaffAccess
from staff.accounts import EDITOR, MANAGER, PRACTITIONER, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import SeedFile, cheap_hasher
from tests.feedback.office import Inbox
from tests.feedback.pdf_pages import pdf_text, save_pages
from tests.web.browser import ARTIFACTS, LiveServer, axe_violations, screenshot
from web.app import create_app
from web.editor_pages import Editing

pytestmark = pytest.mark.model
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def office(
    tmp_path_factory: pytest.TempPathFactory,
    seed_model: SeedFile,
    int8: MiniLMInt8Embedder,
    postcodes: PostcodeDirectory,
) -> Iterator[tuple[str, Inbox, Feedback]]:
    from aiosmtpd.controller import Controller

    from benchmarks.search_server import free_port

    folder = Path(tmp_path_factory.mktemp("office"))
    store = seed_model.copy_to(folder / "app.db")
    embedder = CachedEmbedder(int8)
    accounts = AccountStore(SQLiteDatabase(folder / "app.db"), cheap_hasher())
    accounts.add("sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER})
    accounts.add("mo", "Mo Manager", "mo@council.gov.uk", PASSWORD, {MANAGER})
    accounts.add("eddie", "Eddie Editor", "ed@council.gov.uk", PASSWORD, {EDITOR})
    inbox = Inbox()
    smtp_port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    matcher = Matcher(store, embedder, postcodes)
    staff = StaffAccess(
        accounts,
        SessionStore(SQLiteDatabase(folder / "app.db")),
        SignInThrottle(SQLiteDatabase(folder / "app.db")),
    )
    holder: dict[str, Any] = {}
    feedback = Feedback(
        FeedbackStore(SQLiteDatabase(folder / "app.db")),
        store,
        matcher,
        SmtpMailer("127.0.0.1", smtp_port, "frontdoor@council.gov.uk"),
        LocalPolicy(),
        b"s" * 32,
        "http://placeholder",
    )
    edits = ListingEdits(SQLiteDatabase(folder / "app.db"))
    codes = language_codes()
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
    page.get_by_label("Search the directory", exact=True).fill("food bank")
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


UNMET = "Family wants lessons in playing the harp"


def test_the_practitioner_journey_from_reasons_to_a_changed_answer(
    office: tuple[str, Inbox, Feedback], browser: Browser
) -> None:
    """Record; read why each service is suggested; correct how a need was read; add a
    service found by search to the need read as outside what early help offers; check the letter on
    the page, in the PDF and in the email; send; the referrer acknowledges with a comment,
    then changes the answer."""
    url, inbox, feedback = office
    before = len(inbox.messages)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _sign_in(page, url, "sam")
    nav = page.get_by_role("navigation", name="Staff menu")
    expect(nav.get_by_role("link", name="My decisions")).to_be_visible()
    expect(page.locator("header")).not_to_contain_text("Your shortlist")
    nav.get_by_role("link", name="Record a decision").click()
    page.get_by_label("Referral or family reference").fill("CS-2026-0777")
    page.get_by_label("Referrer's name").fill("Alex Teacher")
    page.get_by_label("Referrer's role (optional)").fill("Class teacher")
    page.get_by_label("Referrer's organisation").fill("Oldfield Primary School")
    page.get_by_label("Referrer's email address").fill("alex@oldfield.sch.uk")
    page.get_by_label("No further action: step down to early help").check()
    page.get_by_label("Why the threshold was not met").fill(
        "The children are safe; the family needs help with routines and money."
    )
    page.get_by_label("Needs identified").fill(
        f"Mum struggling with 6yo's tantrums\nRent arrears, eviction notice\n{UNMET}"
    )
    page.get_by_label("Children's ages (optional)").fill("6, 2")
    page.get_by_label("Family's postcode (optional)").fill("BA2 3AB")
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Save and find suggestions").click()
    expect(page.get_by_role("heading", name="Feedback to Alex Teacher")).to_be_visible()

    # Why: each suggestion names its need and the matcher's reasons.
    first = page.locator("ol.govuk-list--number > li").first
    expect(first.locator("[data-for-needs]")).to_contain_text(re.compile(r"For needs? \d"))
    expect(first.locator("[data-reasons] li").first).to_be_visible()
    need_3 = page.locator("#need-3")
    expect(need_3.locator("[data-outcome]")).to_contain_text(
        "Local early-help services do not usually offer what this need asks for."
    )
    expect(need_3.locator("[data-services]")).to_contain_text("No service in the letter")

    # Correct how need 1 was read.
    need_1 = page.locator("#need-1")
    need_1.get_by_text("Change how this need was read").click()
    need_1.get_by_label("Who the need is about").select_option("parent")
    need_1.get_by_role("button", name="Save and find suggestions again").click()
    expect(need_1.locator("[data-reading]")).to_contain_text("About: a parent")
    expect(need_1).to_contain_text("Confirmed by a practitioner: about")

    # Add a service found by search to the need read as outside early help.
    need_3 = page.locator("#need-3")
    need_3.get_by_label("Search the directory for a service for need 3").fill("food bank")
    need_3.get_by_role("button", name="Search for need 3").click()
    adding = page.locator("button", has_text=re.compile(r"^\s*Add .* for need 3\s*$")).first
    added_name = adding.locator(".govuk-visually-hidden").inner_text().strip()
    adding.click()
    need_3 = page.locator("#need-3")
    expect(need_3.locator("[data-services]")).to_contain_text(added_name)
    violations = axe_violations(page)
    screenshot(page, "feedback-draft-reasons")
    assert violations == [], violations
    public_id = page.url.split("/staff/decisions/")[1].split("?")[0].split("#")[0]

    # The letter on the page.
    page.get_by_role("link", name="Preview the letter").click()
    letter = page.locator("main")
    expect(letter).to_contain_text("Referral reference: CS-2026-0777")
    assert "Alex Teacher\nClass teacher\nOldfield Primary School" in letter.inner_text()
    expect(page.get_by_role("heading", name=f"Need 3: {UNMET}")).to_be_visible()
    expect(page.get_by_role("heading", name="What happens next")).to_be_visible()
    expect(letter).to_contain_text("the Early Help team will contact the family")
    expect(letter).not_to_contain_text("will take no further action")
    violations = axe_violations(page)
    screenshot(page, "feedback-letter-page")
    assert violations == [], violations
    on_page = letter.inner_text()

    # The same letter as a PDF.
    pdf = page.request.get(f"{url}/staff/decisions/{public_id}/letter.pdf")
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    in_pdf = " ".join(pdf_text(pdf.body()).split())
    save_pages(pdf.body(), ARTIFACTS, "feedback-letter-pdf")
    for words in (
        "Referral reference: CS-2026-0777",
        f"Need 3: {UNMET}",
        added_name,
        "the Early Help team will contact the family",
        "professional conversation",
    ):
        assert words in in_pdf and words in on_page, words

    # Send it; the email says the same.
    page.get_by_role("link", name="Back to the decision").click()
    page.get_by_role("button", name="Send the letter").click()
    expect(page.get_by_text("sent", exact=True)).to_be_visible()
    [email] = inbox.messages[before:]
    assert email["Date"] and email["Message-ID"]
    body = email.get_payload(decode=True).decode().replace("\r\n", "\n")
    lines = [line for line in body.splitlines() if line]
    assert "Alex Teacher\nClass teacher\nOldfield Primary School" in body
    for line in on_page.splitlines():
        # Every line of the page is in the email but the acknowledgement link, which the
        # page shows as a placeholder, and the headings, which the email shows in capitals.
        shown = line.strip()
        if shown and not shown.startswith(("Please tell us", "Back to the decision")):
            assert shown in lines or shown.upper() in lines, shown
    link = re.search(rf"{re.escape(url)}/acknowledge/\S+", body)
    assert link, body

    # The referrer acknowledges with a comment, then changes the answer.
    referrer = browser.new_context().new_page()
    referrer.goto(link.group(0))
    referrer.get_by_label("Not known yet").check()
    referrer.get_by_label("Anything you want to tell the duty team (optional)").fill(
        "Mum wants to talk it over first."
    )
    referrer.get_by_role("button", name="Confirm").click()
    expect(referrer.get_by_role("heading", name="Thank you")).to_be_visible()
    expect(referrer.locator("[data-answer]")).to_contain_text("Not known yet")
    referrer.get_by_text("Change your answer").click()
    referrer.get_by_label("Yes").check()
    referrer.get_by_label("Anything you want to tell the duty team (optional)").fill(
        "They start on Tuesday."
    )
    referrer.get_by_role("button", name="Change my answer").click()
    expect(referrer.locator("[data-answer]")).to_contain_text("Yes")
    violations = axe_violations(referrer)
    assert violations == [], violations

    page.reload()
    expect(page.locator("[data-comment]")).to_contain_text("They start on Tuesday.")
    decision = feedback.store.find(public_id)
    assert decision is not None and decision.take_up == "Yes"
    trail = [a.action for a in feedback.store.audit(decision.id)]
    assert "changed how need 1 was read" in trail and "changed the answer" in trail
    context.close()
