"""The practitioner's decision after saving, over HTTP with a real SMTP server on loopback:
why each service is suggested, a service added against an unmatched need, corrections before
and after sending (the corrected letter), the email's headers and protective marking, the
referrer's comment and changed answer, their own open decisions, and adding a service from
its page to a draft they choose."""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import replace
from email.utils import parsedate_to_datetime
from pathlib import Path

from appdb.sqlite import SQLiteDatabase
from directory.records import Location, Service
from feedback.letter import LocalPolicy, letter_service
from feedback.records import Suggestion
from feedback.store import FeedbackStore
from staff.accounts import EDITOR, AccountStore
from tests.feedback.office import (
    DECISION,
    PASSWORD,
    Inbox,
    Office,
    decision_values,
    record,
    sign_in,
    stored,
)
from tests.feedback.test_security import LEGACY_SCHEMA

POSITIVE_STEPS = "da69f539-97b2-57be-8258-ce2b76b778f6"
UNMET = "Family needs help repairing their yacht"


def _body(message: object) -> str:
    text: str = message.get_payload(decode=True).decode()  # type: ignore[attr-defined]
    return text.replace("\r\n", "\n")


def _subject(message: object) -> str:
    """The subject as one line (a long one comes folded)."""
    return " ".join(str(message["Subject"]).split())  # type: ignore[index]


async def _send(office: Office, token: str, public_id: str) -> None:
    sent = await office.http.post(f"/staff/decisions/{public_id}/send", data={"csrf_token": token})
    assert sent.status_code == 303, sent.text[:500]


async def test_each_suggestion_says_which_need_it_is_for_and_why(office: Office) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token)
    decision = stored(office, public_id)
    by_matcher = [s for s in decision.suggestions if s.added_by == "matcher"]
    assert by_matcher and all(s.needs_met and s.reasons for s in by_matcher)
    page = html.unescape((await office.http.get(f"/staff/decisions/{public_id}")).text)
    for suggestion in by_matcher:
        named = ", ".join(f"{n + 1} ({decision.needs[n]})" for n in suggestion.needs_met)
        plural = "needs" if len(suggestion.needs_met) > 1 else "need"
        assert f"For {plural} {named}. Suggested by the matcher." in page
    first = by_matcher[0]
    reasons = re.findall(r"<ul [^>]*data-reasons[^>]*>(.*?)</ul>", page, re.S)
    assert len(reasons) == len(by_matcher)
    assert all(reason in page for reason in first.reasons)
    assert "In the letter for this need: " in page


async def test_a_service_added_for_an_unmatched_need_is_in_the_letter_under_it(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token, needs=f"Mum struggling with 6yo's tantrums\n{UNMET}")
    decision = stored(office, public_id)
    assert decision.need_outcomes[1]["matched"] is False
    page = (await office.http.get(f"/staff/decisions/{public_id}")).text
    assert "No suitable local service found for this need." in page
    assert "No service in the letter for this need" in page
    letter = (await office.http.get(f"/staff/decisions/{public_id}/letter")).text
    assert "We could not find a local service for: " in letter
    assert f"{UNMET}. This has been recorded so that commissioners can see the gap." in letter

    found = await office.http.get(
        f"/staff/decisions/{public_id}", params={"q": "food bank", "need": "2"}
    )
    match = re.search(
        r'name="service_id" value="([^"]+)">\s*<input type="hidden" name="action" '
        r'value="add">\s*<input type="hidden" name="need" value="2">',
        found.text,
    )
    assert match, "the search for a need offers services to add for it"
    added = await office.http.post(
        f"/staff/decisions/{public_id}/suggestions",
        data={"csrf_token": token, "action": "add", "service_id": match.group(1), "need": "2"},
    )
    assert added.status_code == 303
    chosen = stored(office, public_id).suggestions[-1]
    assert chosen.service_id == match.group(1) and chosen.needs_met == (1,)
    refused = await office.http.post(
        f"/staff/decisions/{public_id}/suggestions",
        data={"csrf_token": token, "action": "add", "service_id": POSITIVE_STEPS, "need": "9"},
    )
    assert refused.status_code == 400

    await _send(office, token, public_id)
    [email] = smtp[0].messages
    body = _body(email)
    assert f"Need 2: {UNMET}" in body and f"{UNMET}. This has been recorded" not in body
    audit = [a.detail for a in office.feedback.store.audit(stored(office, public_id).id)]
    assert any(d.endswith(", for need 2") for d in audit)


async def test_the_email_is_dated_has_a_message_id_and_the_protective_marking(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    marked = LocalPolicy(protective_marking="OFFICIAL-SENSITIVE")
    office.app.state.feedback = replace(office.feedback, policy=marked)
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token)
    await _send(office, token, public_id)
    [email] = smtp[0].messages
    assert _subject(email) == (
        "OFFICIAL-SENSITIVE: Referral CS-2026-0042: our decision and other support"
    )
    assert parsedate_to_datetime(email["Date"]).tzinfo is not None
    assert re.fullmatch(r"<[^<>@\s]+@council\.gov\.uk>", email["Message-ID"])
    body = _body(email)
    assert body.startswith("OFFICIAL-SENSITIVE\n") and body.endswith("OFFICIAL-SENSITIVE\n")
    lines = body.splitlines()
    # The addressee block: the referrer's name, role and organisation, after the date.
    at = lines.index("23 November 2026")
    assert lines[at + 2 : at + 5] == ["Alex Teacher", "Class teacher", "Oldfield Primary School"]
    for words in (
        "Referral reference: CS-2026-0042",
        "the Early Help team will contact the family",
        "Continuum of Need",
        "professional conversation",
        "escalation",
    ):
        assert words in body, words
    assert "will take no further action" not in body


async def test_details_corrected_before_sending_are_in_the_trail_and_found_again(
    office: Office,
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token)
    form = (await office.http.get(f"/staff/decisions/{public_id}/edit")).text
    assert 'value="Alex Teacher"' in form and "Save the correction" in form
    corrected = {
        **DECISION,
        "referrer_name": "Alex Teacher-Jones",
        "needs": "Rent arrears, eviction notice",
        "consent": "no",
    }
    bad = await office.http.post(
        f"/staff/decisions/{public_id}/edit",
        data={"csrf_token": token, **corrected, "referrer_email": "two@a.uk, b@c.uk"},
    )
    assert bad.status_code == 400 and "one address only" in bad.text
    assert "Alex Teacher-Jones" in bad.text  # what was typed is kept
    saved = await office.http.post(
        f"/staff/decisions/{public_id}/edit", data={"csrf_token": token, **corrected}
    )
    assert saved.status_code == 303
    decision = stored(office, public_id)
    assert decision.referrer_name == "Alex Teacher-Jones" and decision.status == "draft"
    assert decision.needs == ("Rent arrears, eviction notice",) and decision.consent == "no"
    assert all(s.needs_met in ((0,), ()) for s in decision.suggestions)
    [entry] = [a for a in office.feedback.store.audit(decision.id) if "corrected" in a.action]
    assert entry.action == "corrected the decision" and entry.who == "sam"
    assert "referrer's name: Alex Teacher -> Alex Teacher-Jones" in entry.detail
    assert "consent: yes -> no" in entry.detail
    assert "needs: Mum struggling with 6yo's tantrums; Rent arrears, eviction notice -> " in (
        entry.detail
    )
    again = await office.http.post(
        f"/staff/decisions/{public_id}/edit", data={"csrf_token": token, **corrected}
    )
    assert again.status_code == 303
    assert (
        len([a for a in office.feedback.store.audit(decision.id) if "corrected" in a.action]) == 1
    )


async def test_a_correction_after_sending_sends_a_corrected_letter(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token)
    await _send(office, token, public_id)
    page = (await office.http.get(f"/staff/decisions/{public_id}")).text
    assert "a corrected letter will then be sent" in page
    saved = await office.http.post(
        f"/staff/decisions/{public_id}/edit",
        data={"csrf_token": token, **DECISION, "reason": "The children are safe and well."},
    )
    assert saved.status_code == 303
    decision = stored(office, public_id)
    assert decision.status == "draft" and decision.corrects == decision.sent_at
    page = (await office.http.get(f"/staff/decisions/{public_id}")).text
    assert "send the corrected letter" in page
    await _send(office, token, public_id)
    first, second = smtp[0].messages
    assert not _subject(first).startswith("Corrected")
    assert _subject(second) == (
        "Corrected letter: Referral CS-2026-0042: our decision and other support"
    )
    body = _body(second)
    assert "Corrected letter: this letter replaces our letter of 23 November 2026" in body
    assert "The children are safe and well." in body
    actions = [a.action for a in office.feedback.store.audit(decision.id)]
    assert "corrected the decision after sending" in actions
    assert actions.count("status: sent") == 2


async def test_the_referrer_comments_and_changes_their_answer(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token)
    await _send(office, token, public_id)
    link = re.search(r"http://council\.test(/acknowledge/\S+)", _body(smtp[0].messages[0]))
    assert link
    referrer = office.client()
    await referrer.get(link.group(1))
    form = {"csrf_token": referrer.cookies.get("earlyhelp_csrf") or ""}
    too_long = await referrer.post(
        link.group(1), data={**form, "take_up": "not-known", "comment": "x" * 1001}
    )
    assert too_long.status_code == 400 and "1000 characters or fewer" in too_long.text
    done = await referrer.post(
        link.group(1),
        data={**form, "take_up": "not-known", "comment": "Mum wants to talk to her partner."},
    )
    assert done.status_code == 200 and "Mum wants to talk to her partner." in done.text
    twice = await referrer.post(link.group(1), data={**form, "take_up": "no"})
    assert twice.status_code == 200  # a form sent again does not change the first answer
    assert stored(office, public_id).take_up == "Not known yet"
    changed = await referrer.post(
        link.group(1),
        data={**form, "action": "change", "take_up": "yes", "comment": "They will go on Tuesday."},
    )
    assert changed.status_code == 200 and "They will go on Tuesday." in changed.text
    await referrer.aclose()
    decision = stored(office, public_id)
    assert (decision.status, decision.take_up) == ("acknowledged", "Yes")
    assert decision.take_up_comment == "They will go on Tuesday."
    trail = [(a.action, a.detail) for a in office.feedback.store.audit(decision.id)]
    assert (
        "status: acknowledged",
        "family taking up the offer: Not known yet; comment: Mum wants to talk to her partner.",
    ) in trail
    assert (
        "changed the answer",
        "family taking up the offer: Yes; comment: They will go on Tuesday.",
    ) in trail
    page = (await office.http.get(f"/staff/decisions/{public_id}")).text
    assert "The referrer added: “They will go on Tuesday.”" in page


async def test_my_decisions_and_the_staff_navigation(office: Office, tmp_path: Path) -> None:
    token = await sign_in(office.http, "sam")
    mine = await record(office, token, reference="CS-MINE-1")
    office.feedback.store.create(decision_values("CS-THEIRS-1"), "jo", [])
    page = (await office.http.get("/staff/decisions")).text
    assert f'href="/staff/decisions/{mine}"' in page and "CS-MINE-1" in page
    assert "CS-THEIRS-1" not in page
    for path in ("/staff", "/staff/decisions", f"/staff/decisions/{mine}"):
        html = (await office.http.get(path)).text
        header = html.split("</header>")[0] if "</header>" in html else html.split("<main")[0]
        assert 'aria-label="Staff navigation"' in header, path
        assert "Your shortlist" not in header, path
        assert 'href="/shortlist"' not in html, path  # nor in the footer
        assert 'href="/staff/decisions"' in header and 'href="/staff/worklist"' not in header
    home = (await office.http.get("/staff")).text
    assert "My decisions" in home and "Record a no-further-action decision" in home
    AccountStore(SQLiteDatabase(tmp_path / "app.db")).add(
        "eddie", "Eddie Editor", "ed@council.gov.uk", PASSWORD, {EDITOR}
    )
    editor = office.client()
    await sign_in(editor, "eddie")
    html_page = (await editor.get("/staff")).text
    await editor.aclose()
    header = html_page.split("<main")[0]
    assert 'href="/staff/editor"' in header and 'href="/staff/reports"' in header
    assert 'href="/staff/decisions"' not in header
    assert 'href="/staff/editor"' in html_page.split("<main")[1]


async def test_a_service_is_added_only_to_the_practitioners_own_draft(office: Office) -> None:
    theirs = office.feedback.store.create(decision_values("CS-THEIRS-2"), "jo", [])
    their_id = office.feedback.store.require(theirs).public_id
    token = await sign_in(office.http, "sam")
    page = (await office.http.get(f"/services/{POSITIVE_STEPS}")).text
    assert "CS-THEIRS-2" not in page
    refused = await office.http.post(
        "/staff/decisions/add",
        data={"csrf_token": token, "service_id": POSITIVE_STEPS, "decision": their_id},
    )
    assert refused.status_code == 400
    assert not office.feedback.store.require(theirs).suggestions


def test_a_store_made_before_keeps_its_decisions_and_suggestions(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "app.db") as db:
        db.executescript(LEGACY_SCHEMA)
        db.execute(
            "UPDATE decisions SET fields = ? WHERE id = 1",
            (
                '{"reference": "OLD-1", "referrer_name": "A", "referrer_role": "", '
                '"referrer_organisation": "B", "referrer_email": "a@b.uk", "decision": "nfa", '
                '"decided_on": "2026-01-05", "reason": "r", "needs": ["n"], "child_ages": [], '
                '"postcode": "", "language": "", "interpreter": false, "consent": "not-asked", '
                '"message": ""}',
            ),
        )
    store = FeedbackStore(SQLiteDatabase(tmp_path / "app.db"))
    decision = store.require(1)
    assert decision.suggestions == (
        Suggestion("s1", "Positive Steps", "Ask for Jo.", "matcher", "sam", "2026-01-05T09:30:00Z"),
    )
    assert decision.take_up_comment == "" and decision.corrects == ""


def test_the_letter_never_gives_a_confidential_place_or_its_times() -> None:
    refuge = Location("l1", "Safe house", "1 Hidden Road", "BA1 1AA", hide_address=True)
    hub = Location("l2", "Family hub", "14 Poolemead Road, Bath", "BA2 1ER")
    record = {
        "schedules": [{"description": "Phone line open every day, 8am to 8pm"}],
        "service_at_locations": [
            {"location": {"name": "Safe house"}, "schedules": [{"description": "Mondays"}]},
        ],
    }
    service = Service(
        "s1", "Refuge outreach", "active", free=True, locations=(refuge, hub), record=record
    )
    shown = letter_service(service, "", "http://council.test")
    assert shown.addresses == ["14 Poolemead Road, Bath, BA2 1ER"]
    assert shown.times == ["Phone line open every day, 8am to 8pm"]
    assert shown.cost == "Free"
