"""The manager's and the directory editor's pages in a real headless Chromium: the worklist
and the gaps against decisions recorded in the test, and an editor fixing a reported phone
number and a confidential place's address (the flag kept), with screenshots of each page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from appdb.sqlite import SQLiteDatabase
from directory.edits import ListingEdits
from directory.geography import PostcodeDirectory
from directory.reports import ReportQueue
from directory.sqlite_store import SQLiteServiceStore
from feedback.letter import LocalPolicy
from feedback.mailer import SmtpMailer
from feedback.service import Feedback
from feedback.store import FeedbackStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.eligibility import EligibilityReader
from matching.engine import Matcher
from matching.glossary import Glossary
from matching.languages import language_codes
from staff.access import StaffAccess
from staff.accounts import EDITOR, MANAGER, PRACTITIONER, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import SEED, CountingEmbedder
from tests.staff.manager_desk import PASSWORD, TODAY, Clock, Desk, decide, outcome, send
from tests.web.browser import LiveServer, axe_violations, chromium, screenshot
from web.app import create_app
from web.editor_pages import Editing

REFUGE = "d4b55d9c-bce0-5b13-a516-2d231422106b"  # "Safe house for women and children"
BATH = "E06000022"


@dataclass
class Office:
    url: str
    store: SQLiteServiceStore
    desk: Desk
    reports: ReportQueue


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    folder = Path(tmp_path_factory.mktemp("staff"))
    clock = Clock(TODAY)
    store = SQLiteServiceStore(folder / "directory.db")
    embedder = CountingEmbedder()
    postcodes = PostcodeDirectory()
    edits = ListingEdits(SQLiteDatabase(folder / "app.db"), clock=clock)
    importer = Importer(store, embedder, postcodes, overrides=edits)
    importer.run(read_json_file(SEED))
    accounts = AccountStore(SQLiteDatabase(folder / "app.db"))
    accounts.add("sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER})
    accounts.add("mo", "Mo Manager", "mo@council.gov.uk", PASSWORD, {MANAGER})
    accounts.add("eddie", "Eddie Editor", "ed@council.gov.uk", PASSWORD, {EDITOR})
    matcher = Matcher(store, embedder, postcodes)
    records = FeedbackStore(SQLiteDatabase(folder / "app.db"), clock=clock)
    feedback = Feedback(
        records,
        store,
        matcher,
        SmtpMailer("127.0.0.1", 9, "frontdoor@council.gov.uk"),
        LocalPolicy(),
        b"s" * 32,
        "http://council.test",
    )
    codes = language_codes()
    editing = Editing(edits, importer, EligibilityReader(Glossary.load(), codes), matcher)
    reports = ReportQueue(SQLiteDatabase(folder / "app.db"), clock=clock)
    staff = StaffAccess(
        accounts,
        SessionStore(SQLiteDatabase(folder / "app.db"), clock=clock),
        SignInThrottle(SQLiteDatabase(folder / "app.db")),
    )
    app = create_app(
        store,
        matcher,
        postcodes,
        staff=staff,
        feedback=feedback,
        editing=editing,
        reports=reports,
    )
    with LiveServer(app) as server:
        yield Office(server.url, store, Desk(records, clock, app), reports)
    store.close()


def sign_in(browser: Browser, url: str, username: str) -> tuple[Any, Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url + "/sign-in")
    page.get_by_label("Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Staff pages")).to_be_visible()
    return context, page


def rows(page: Page, table_id: str) -> list[list[str]]:
    found: list[list[str]] = page.locator(f"#{table_id} tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))"
    )
    return found


def test_the_worklist_and_the_gaps_in_a_browser(office: Office, browser: Browser) -> None:
    desk = office.desk
    late = decide(
        desk,
        "CS-301",
        date(2026, 11, 20),
        "sam",
        [outcome("Help to repair the family's boat", False, [], ["Debt and welfare advice"])],
        BATH,
    )
    sent = decide(
        desk,
        "CS-302",
        date(2026, 11, 2),
        "sam",
        [outcome("Dad drinking heavily", False, ["Drug and alcohol support"], [])],
        BATH,
    )
    send(desk, sent, datetime(2026, 11, 10, 15, tzinfo=UTC))
    context, page = sign_in(browser, office.url, "mo")
    page.goto(office.url + "/staff/worklist")
    expect(page.get_by_role("heading", level=1)).to_have_text("Feedback worklist")
    assert rows(page, "unsent") == [
        ["Referral CS-301", "Sam Duty", "20 November 2026", "draft", "1 working day"]
    ]
    assert rows(page, "unacknowledged") == [
        ["Referral CS-302", "Sam Duty", "10 November 2026", "sent", "9 working days"]
    ]
    violations = axe_violations(page)
    screenshot(page, "manager-worklist")
    assert violations == [], violations
    page.get_by_role("link", name="Referral CS-301").click()
    public_id = desk.feedback.require(late).public_id
    expect(page).to_have_url(f"{office.url}/staff/decisions/{public_id}")

    page.goto(office.url + "/staff/gaps?from=2026-11-01&to=2026-11-30")
    assert sorted(rows(page, "by-category")) == [
        ["Drug and alcohol support", "Bath and North East Somerset", "1"],
        ["No category read", "Bath and North East Somerset", "1"],
    ]
    assert rows(page, "needs") == [
        [
            "Help to repair the family's boat",
            "No category read",
            "Bath and North East Somerset",
            "20 Nov 2026",
            "CS-301",
        ],
        [
            "Dad drinking heavily",
            "Drug and alcohol support",
            "Bath and North East Somerset",
            "2 Nov 2026",
            "CS-302",
        ],
    ]
    expect(page.locator("svg.app-chart")).to_be_visible()
    violations = axe_violations(page)
    screenshot(page, "manager-gaps")
    assert violations == [], violations
    context.close()


def test_an_editor_fixes_a_reported_phone_number_and_address(
    office: Office, browser: Browser
) -> None:
    report = office.reports.add(
        REFUGE, "Safe house for women and children", "contact", "The phone number is wrong", ""
    )
    context, page = sign_in(browser, office.url, "eddie")
    page.goto(office.url + "/staff/reports")
    page.locator("#waiting").get_by_role("link", name="Safe house for women and children").click()
    expect(page.get_by_role("heading", name="Edit the listing")).to_be_visible()
    confidential = page.locator("#location-0-confidential")
    expect(confidential).to_be_checked()

    page.get_by_label("Phone number 1", exact=True).fill("call the office")
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    summary_link = page.locator(".govuk-error-summary a")
    expect(summary_link).to_have_attribute("href", "#phone-0")
    expect(page.get_by_label("Phone number 1", exact=True)).to_have_value("call the office")
    violations = axe_violations(page)
    screenshot(page, "editor-edit-form-error")
    assert violations == [], violations
    summary_link.click()
    expect(page.get_by_label("Phone number 1", exact=True)).to_be_focused()

    page.get_by_label("Phone number 1", exact=True).fill("01632 960 123")
    page.get_by_label("Street").fill("2 Hidden Row")
    page.get_by_label("Postcode").fill("BA2 3AB")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    expect(page.get_by_label("Phone number 1", exact=True)).to_have_value("01632 960 123")
    expect(page.get_by_label("Street")).to_have_value("2 Hidden Row")
    expect(page.locator("#location-0-confidential")).to_be_checked()
    changes = page.locator("#changes tbody").inner_text()
    assert "phones: 0117 496 0304 -> 01632 960 123" in changes
    assert "2 Hidden Row, Bath, BA2 3AB (confidential)" in changes
    page.get_by_role("button", name=f"Mark dealt with report {report}").click()
    expect(page.get_by_text("Marked dealt with by eddie")).to_be_visible()
    screenshot(page, "editor-edit-form")

    stored = office.store.get(REFUGE)
    assert stored is not None and stored.service.locations[0].hide_address
    public = browser.new_page()
    public.goto(f"{office.url}/services/{REFUGE}")
    text = public.locator("main").inner_text()
    assert "01632 960 123" in text and "Hidden Row" not in text and "BA2 3AB" not in text
    public.close()
    context.close()
