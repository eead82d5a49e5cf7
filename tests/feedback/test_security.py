"""The feedback workflow under attack and under load, over HTTP with the real SMTP server on
loopback: concurrent sends and acknowledgements, guessable or garbled decision ids, audited
views, purged records left in the file, hostile form input, and who sees colleagues' notes."""

from __future__ import annotations

import asyncio
import html
import re
import sqlite3
from datetime import timedelta
from email.header import decode_header, make_header
from pathlib import Path
from urllib.parse import unquote

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from feedback.records import Suggestion
from feedback.store import FeedbackError, FeedbackStore
from staff.accounts import ADMIN, EDITOR
from tests.feedback.office import (
    DECISION,
    PASSWORD,
    Clock,
    Inbox,
    Office,
    decision_values,
    record,
    sign_in,
    stored,
)

POSITIVE_STEPS = "da69f539-97b2-57be-8258-ce2b76b778f6"  # in the seed


async def send(office: Office, token: str, public_id: str) -> httpx.Response:
    return await office.http.post(f"/staff/decisions/{public_id}/send", data={"csrf_token": token})


def acknowledge_path(inbox: Inbox) -> str:
    body = inbox.messages[-1].get_payload(decode=True).decode()
    link = re.search(r"http://council\.test(/acknowledge/\S+)", body)
    assert link, body
    return link.group(1)


def actions(office: Office, public_id: str) -> list[str]:
    return [a.action for a in office.feedback.store.audit(stored(office, public_id).id)]


# 1. Races


async def test_six_concurrent_sends_email_the_referrer_once(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    inbox, _ = smtp
    inbox.delay = 0.2  # a slow mail server widens the window for a second sender
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token)
    answers = await asyncio.gather(*(send(office, token, public_id) for _ in range(6)))
    assert sorted(a.status_code for a in answers) == [303, 409, 409, 409, 409, 409]
    assert len(inbox.messages) == 1
    assert actions(office, public_id).count("status: sent") == 1
    assert stored(office, public_id).status == "sent"


async def test_concurrent_acknowledgements_record_one(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token)
    assert (await send(office, token, public_id)).status_code == 303
    path = acknowledge_path(smtp[0])
    referrer = office.client()
    await referrer.get(path)
    form = {"csrf_token": referrer.cookies.get("earlyhelp_csrf") or ""}
    answers = await asyncio.gather(
        *(referrer.post(path, data={**form, "take_up": ("yes", "no")[n % 2]}) for n in range(6))
    )
    await referrer.aclose()
    assert all(a.status_code == 200 and "Thank you" in a.text for a in answers)
    trail = office.feedback.store.audit(stored(office, public_id).id)
    [acknowledged] = [a for a in trail if a.action == "status: acknowledged"]
    decision = stored(office, public_id)
    assert decision.status == "acknowledged"
    assert acknowledged.detail == f"family taking up the offer: {decision.take_up}"


def test_a_claim_to_send_left_by_a_stopped_sender_can_be_taken_over(tmp_path: Path) -> None:
    clock = Clock()
    store = FeedbackStore(SQLiteDatabase(tmp_path / "app.db"), clock=clock)
    decision_id = store.create(decision_values(), "sam", [])
    assert store.claim_for_sending(decision_id, "sam").status == "sending"
    with pytest.raises(FeedbackError, match="being sent"):
        store.claim_for_sending(decision_id, "jo")
    clock.now += timedelta(minutes=11)  # the first sender's process stopped mid-send
    assert store.claim_for_sending(decision_id, "jo").status == "sending"
    store.finish_sending(decision_id, False, "jo", "the mail server did not take it")
    assert store.claim_for_sending(decision_id, "jo").status == "sending"
    store.finish_sending(decision_id, True, "jo", "emailed")
    with pytest.raises(FeedbackError, match="already been sent"):
        store.claim_for_sending(decision_id, "sam")


def proposed(office: Office) -> str:
    """A draft as if the matcher had proposed Positive Steps for it (whatever the matcher
    proposes today); its public id."""
    values = decision_values(DECISION["reference"]) | {"referrer_email": DECISION["referrer_email"]}
    suggestion = Suggestion(POSITIVE_STEPS, "Positive Steps")
    decision_id = office.feedback.store.create(values, "sam", [suggestion])
    return office.feedback.store.require(decision_id).public_id


async def test_a_letter_left_half_sent_can_be_sent_again_after_ten_minutes(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = proposed(office)
    office.feedback.store.claim_for_sending(stored(office, public_id).id, "sam")  # then stopped
    page = await office.http.get(f"/staff/decisions/{public_id}")
    assert "The letter is being sent" in page.text and "Send again" in page.text
    assert (await send(office, token, public_id)).status_code == 409
    office.clock.now += timedelta(minutes=11)
    assert (await send(office, token, public_id)).status_code == 303
    assert len(smtp[0].messages) == 1 and stored(office, public_id).status == "sent"


# 2. Public ids


async def test_decisions_are_addressed_by_a_public_id_never_their_number(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token)
    decision = stored(office, public_id)
    assert re.fullmatch(r"[A-Za-z0-9_-]{16}", public_id) and not public_id.isdigit()
    page = (await office.http.get(f"/staff/decisions/{public_id}")).text
    service = (await office.http.get(f"/services/{POSITIVE_STEPS}")).text
    addresses = re.findall(r"/staff/decisions/([^/\"?#\s]+)", page + service)
    # Besides the pages to record a decision and to add a service to one, every address
    # names the decision by its public id; so does the choice of drafts on a service page.
    assert addresses and set(addresses) - {"new", "add"} == {public_id}
    assert re.findall(r'<option value="([^"]+)"', service) == [public_id]
    assert (await send(office, token, public_id)).status_code == 303
    path = acknowledge_path(smtp[0])
    assert public_id in path and f"/{decision.id}." not in path
    office.clock.now += timedelta(days=9)
    manager = office.client()
    await sign_in(manager, "mo")
    worklist = (await manager.get("/staff/worklist")).text
    await manager.aclose()
    assert f"/staff/decisions/{public_id}" in worklist


GARBLED = ["1", "9" * 20, "-1", "new1", "A" * 16, "%00", "%ED%A0%80", "x" * 5000, "..%2Fnew"]


@pytest.mark.parametrize("garbled", GARBLED)
async def test_unknown_or_garbled_decision_ids_get_404(office: Office, garbled: str) -> None:
    token = await sign_in(office.http, "sam")
    await record(office, token)
    for tail in ("", "/letter", "/letter.pdf"):
        got = await office.http.get(f"/staff/decisions/{garbled}{tail}")
        assert got.status_code == 404, (garbled, tail)
    for tail in ("/send", "/message", "/suggestions"):
        posted = await office.http.post(
            f"/staff/decisions/{garbled}{tail}",
            data={"csrf_token": token, "action": "remove", "service_id": "x", "message": "m"},
        )
        assert posted.status_code == 404, (garbled, tail)


LEGACY_SCHEMA = """
CREATE TABLE decisions (id INTEGER PRIMARY KEY, reference TEXT NOT NULL, fields TEXT NOT NULL,
    status TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, sent_at TEXT,
    acknowledged_at TEXT, take_up TEXT);
CREATE TABLE decision_suggestions (decision_id INTEGER NOT NULL, position INTEGER NOT NULL,
    service_id TEXT NOT NULL, service_name TEXT NOT NULL, note TEXT NOT NULL,
    added_by TEXT NOT NULL, PRIMARY KEY (decision_id, service_id));
CREATE TABLE decision_audit (id INTEGER PRIMARY KEY, decision_id INTEGER NOT NULL,
    at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
INSERT INTO decisions VALUES (1, 'OLD-1', '{}', 'draft', 'sam', '2026-01-05T09:00:00Z',
    NULL, NULL, NULL);
INSERT INTO decisions VALUES (2, 'OLD-2', '{}', 'sent', 'sam', '2026-01-06T09:00:00Z',
    '2026-01-06T10:00:00Z', NULL, NULL);
INSERT INTO decision_suggestions VALUES (1, 0, 's1', 'Positive Steps', 'Ask for Jo.', 'matcher');
INSERT INTO decision_audit VALUES (1, 1, '2026-01-05T09:30:00Z', 'sam', 'noted a suggestion',
    'Positive Steps: Ask for Jo.');
"""


def test_the_migration_gives_existing_decisions_public_ids_and_notes_their_authors(
    tmp_path: Path,
) -> None:
    with sqlite3.connect(tmp_path / "app.db") as db:
        db.executescript(LEGACY_SCHEMA)
    store = FeedbackStore(SQLiteDatabase(tmp_path / "app.db"))
    FeedbackStore(SQLiteDatabase(tmp_path / "app.db"))  # opening it again changes nothing
    with sqlite3.connect(tmp_path / "app.db") as db:
        ids = dict(db.execute("SELECT id, public_id FROM decisions").fetchall())
    assert len(set(ids.values())) == 2
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{16}", p) for p in ids.values())
    [note] = store.notes_about("s1")
    assert (note.text, note.noted_by, note.noted_at) == (
        "Ask for Jo.",
        "sam",
        "2026-01-05T09:30:00Z",
    )


# 3. Views are audited


async def test_views_of_the_decision_the_letter_and_the_pdf_are_audited(office: Office) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token)
    manager = office.client()
    await sign_in(manager, "mo")
    office.clock.now += timedelta(minutes=5)
    for tail in ("", "/letter", "/letter.pdf"):
        assert (await manager.get(f"/staff/decisions/{public_id}{tail}")).status_code == 200
    await manager.aclose()
    trail = office.feedback.store.audit(stored(office, public_id).id)
    views = [(a.who, a.action, a.at) for a in trail if a.who == "mo"]
    assert views == [
        ("mo", "viewed the decision", "2026-11-23T09:05:00Z"),
        ("mo", "viewed the letter", "2026-11-23T09:05:00Z"),
        ("mo", "downloaded the letter as a PDF", "2026-11-23T09:05:00Z"),
    ]


# 4. Purge leaves nothing behind


def test_purge_leaves_no_trace_in_the_database_or_its_wal(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "app.db"
    store = FeedbackStore(SQLiteDatabase(path), clock=clock)
    secret = "PURGE-ME-7731"
    values = decision_values(secret) | {
        "reason": f"{secret} reason",
        "referrer_name": f"{secret} name",
    }
    old = store.create(values, "sam", [Suggestion("s1", "Service", f"{secret} note", "sam")])
    store.set_message(old, f"{secret} message", "sam")
    clock.now += timedelta(days=800)
    store.create(decision_values("KEEP-1"), "sam", [])
    # The running app holds connections to the same file, so the WAL is not removed on close.
    holder = sqlite3.connect(path)
    holder.execute("SELECT count(*) FROM decisions").fetchone()
    assert store.purge(timedelta(days=730)) == [secret]
    for name in (path.name, f"{path.name}-wal"):
        written = (tmp_path / name).read_bytes() if (tmp_path / name).exists() else b""
        assert secret.encode() not in written, name
        assert secret.lower().encode() not in written.lower(), name
    holder.close()


# 5 and 6. One referrer address; no control characters; non-Latin references


async def _refused(office: Office, token: str, field: str, value: str) -> str:
    response = await office.http.post(
        "/staff/decisions/new", data={"csrf_token": token, **DECISION, field: value}
    )
    assert response.status_code == 400, (field, value, response.status_code)
    return response.text


BAD_EMAILS = [
    "alex@oldfield.sch.uk, bob@example.org",
    "alex,bob@oldfield.sch.uk",
    "alex@oldfield.sch.uk;bob@example.org",
    "alex@oldfield.sch.uk;",
    "alex bob@oldfield.sch.uk",
    "alex@@oldfield.sch.uk",
    "alex@oldfield@sch.uk",
    "alex@oldfield.sch.uk\r\nBcc: x@example.org",
    "alex@oldfield.sch.uk\nBcc: x@example.org",
    "Alex Teacher <alex@oldfield.sch.uk>",
    '"Alex"<alex@oldfield.sch.uk>',
    "<alex@oldfield.sch.uk>",
    "alex@oldfield",
]


@pytest.mark.parametrize("email", BAD_EMAILS)
async def test_the_referrer_email_must_be_exactly_one_address(
    office: Office, smtp: tuple[Inbox, int], email: str
) -> None:
    token = await sign_in(office.http, "sam")
    page = await _refused(office, token, "referrer_email", email)
    assert "referrer&#39;s email address" in page.split('id="referrer_email-error"')[1][:400]
    kept = re.search(
        r'id="referrer_email" name="referrer_email" type="email"[^>]*value="([^"]*)"', page
    )
    assert kept and html.unescape(kept.group(1)) == email.strip()
    assert office.feedback.store.ids() == [] and smtp[0].messages == []


SINGLE_LINE = ["reference", "referrer_name", "referrer_role", "referrer_organisation", "postcode"]


@pytest.mark.parametrize("field", SINGLE_LINE)
@pytest.mark.parametrize("hostile", ["CS-1\r\nBcc: x@example.org", "CS\t1", "CS\x001", "CS\x1b1"])
async def test_control_characters_in_single_line_fields_get_a_form_error(
    office: Office, field: str, hostile: str
) -> None:
    token = await sign_in(office.http, "sam")
    page = await _refused(office, token, field, hostile)
    assert f'id="{field}-error"' in page and "on one line" in page
    assert office.feedback.store.ids() == []


async def test_a_reference_in_any_script_downloads_and_is_emailed(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    reference = "Ŝmith-Jöns 2026/ĳ"
    public_id = await record(office, token, reference=reference)
    pdf = await office.http.get(f"/staff/decisions/{public_id}/letter.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    disposition = pdf.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="referral-Smith-Jons-2026-ij.pdf"; ')
    encoded = disposition.split("filename*=UTF-8''", 1)[1]
    assert unquote(encoded) == "referral-Ŝmith-Jöns 2026-ĳ.pdf" and encoded.isascii()
    assert (await send(office, token, public_id)).status_code == 303
    [email] = smtp[0].messages
    subject = str(make_header(decode_header(email["Subject"])))
    assert subject == f"Referral {reference}: our decision and other support"
    assert f"Referral reference: {reference}" in email.get_payload(decode=True).decode()


async def test_a_reference_with_a_line_break_is_refused_and_harmless_if_stored(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    hostile = "CS-1\r\nBcc: x@example.org"
    await _refused(office, token, "reference", hostile)
    # One recorded before references were checked:
    values = decision_values(hostile) | {"referrer_email": "alex@oldfield.sch.uk"}
    decision_id = office.feedback.store.create(values, "sam", [])
    public_id = office.feedback.store.require(decision_id).public_id
    pdf = await office.http.get(f"/staff/decisions/{public_id}/letter.pdf")
    assert pdf.status_code == 200
    assert "\r" not in pdf.headers["content-disposition"]
    assert "\n" not in pdf.headers["content-disposition"]
    assert (await send(office, token, public_id)).status_code == 303
    [email] = smtp[0].messages
    assert smtp[0].recipients == [["alex@oldfield.sch.uk"]] and email["Bcc"] is None
    assert email["Subject"] == "Referral CS-1 Bcc: x@example.org: our decision and other support"


# 7. Hostile form input


HOSTILE = [
    ("child_ages", "²", "child_ages"),
    ("child_ages", "1e9", "child_ages"),
    ("child_ages", "9" * 5000, "child_ages"),
    ("child_ages", "-1", "child_ages"),
    ("child_ages", ", ".join(["3"] * 21), "child_ages"),
    ("needs", "\n".join(f"need number {n}" for n in range(21)), "needs"),
    ("needs", "x" * 501, "needs"),
    ("decided_on", "²⁰²⁶-11-23", "decided_on"),
]


@pytest.mark.parametrize(("field", "value", "error"), HOSTILE)
async def test_hostile_form_input_gets_a_form_error(
    office: Office, field: str, value: str, error: str
) -> None:
    token = await sign_in(office.http, "sam")
    page = await _refused(office, token, field, value)
    assert f'id="{error}-error"' in page
    assert office.feedback.store.ids() == []


def _multipart(fields: dict[str, str], charset: str) -> tuple[bytes, dict[str, str]]:
    """A multipart form whose parts the server decodes with `charset`: raw_unicode_escape
    lets a client put a lone surrogate into a field."""
    boundary = "hostile-boundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    body = ("".join(parts) + f"--{boundary}--\r\n").encode("latin-1")
    content_type = f"multipart/form-data; boundary={boundary}; charset={charset}"
    return body, {"content-type": content_type}


@pytest.mark.parametrize("field", ["reference", "referrer_name", "reason", "needs"])
async def test_a_lone_surrogate_gets_a_form_error(office: Office, field: str) -> None:
    token = await sign_in(office.http, "sam")
    fields = {"csrf_token": token, **DECISION, field: "CS\\ud800X"}
    body, headers = _multipart(fields, "raw_unicode_escape")
    response = await office.http.post("/staff/decisions/new", content=body, headers=headers)
    assert response.status_code == 400 and f'id="{field}-error"' in response.text
    assert office.feedback.store.ids() == []


async def test_a_hostile_note_or_message_gets_a_form_error(office: Office) -> None:
    token = await sign_in(office.http, "sam")
    public_id = proposed(office)
    first = POSITIVE_STEPS
    note = await office.http.post(
        f"/staff/decisions/{public_id}/suggestions",
        data={"csrf_token": token, "action": "note", "service_id": first, "note": "a\r\nb"},
    )
    assert note.status_code == 400 and 'id="note-1-error"' in note.text
    body, headers = _multipart({"csrf_token": token, "message": "hi \\udc80"}, "raw_unicode_escape")
    message = await office.http.post(
        f"/staff/decisions/{public_id}/message", content=body, headers=headers
    )
    assert message.status_code == 400 and 'id="message-error"' in message.text
    body, headers = _multipart(
        {"csrf_token": token, "action": "add", "service_id": "\\udc80"}, "raw_unicode_escape"
    )
    added = await office.http.post(
        f"/staff/decisions/{public_id}/suggestions", content=body, headers=headers
    )
    assert added.status_code == 400
    decision = stored(office, public_id)
    assert decision.message == "" and decision.suggestions[0].note == ""
    assert len(decision.suggestions) == 1


# 8. Colleagues' notes


async def test_colleagues_notes_show_only_to_practitioners_and_managers_with_author_and_date(
    office: Office,
) -> None:
    accounts = office.app.state.staff.accounts
    accounts.add("eddie", "Eddie Editor", "ed@council.gov.uk", PASSWORD, {EDITOR})
    accounts.add("ada", "Ada Admin", "ada@council.gov.uk", PASSWORD, {ADMIN})
    public_id = proposed(office)
    suggestion = stored(office, public_id).suggestions[0]
    assert suggestion.added_by == "matcher"
    office.clock.now += timedelta(days=2)
    token = await sign_in(office.http, "sam")
    await office.http.post(
        f"/staff/decisions/{public_id}/suggestions",
        data={
            "csrf_token": token,
            "action": "note",
            "service_id": suggestion.service_id,
            "note": "Evening groups suit working parents.",
        },
    )
    shown = "Evening groups suit working parents. (Sam Duty, 25 November 2026)"
    for username, sees in (("sam", True), ("mo", True), ("eddie", False), ("ada", False)):
        browser = office.client()
        await sign_in(browser, username)
        page = (await browser.get(f"/services/{suggestion.service_id}")).text
        await browser.aclose()
        assert (shown in page) is sees, username
        assert "Evening groups" in page if sees else "Evening groups" not in page
        assert "matcher" not in page
    anonymous = office.client()
    public = (await anonymous.get(f"/services/{suggestion.service_id}")).text
    await anonymous.aclose()
    assert "Evening groups" not in public
