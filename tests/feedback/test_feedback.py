"""Feedback to the referrer, end to end over HTTP with a real SMTP server on loopback: record
a decision, adjust the suggestions, send, acknowledge; roles, CSRF, links, SMTP failures."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from benchmarks.search_server import free_port
from feedback.letter import LetterService, LocalPolicy, compose_letter, letter_text
from feedback.links import make_token
from feedback.mailer import SmtpMailer
from feedback.records import Decision, Suggestion
from feedback.service import Feedback
from feedback.store import FeedbackStore
from staff.accounts import MANAGER, PRACTITIONER
from tests.feedback.office import (
    DECISION,
    Clock,
    Inbox,
    Office,
    decision_values,
    record,
    sign_in,
    stored,
)

SNAPSHOT = Path(__file__).with_name("letter_snapshot.txt")


async def test_the_whole_journey_ends_in_an_acknowledged_letter(
    office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    decision_id = await record(office, token)
    decision = stored(office, decision_id)
    proposed = [s.service_id for s in decision.suggestions]
    assert proposed, "the matcher proposes services for the needs"

    async def change(**form: str) -> None:
        response = await office.http.post(
            f"/staff/decisions/{decision_id}/suggestions", data={"csrf_token": token, **form}
        )
        assert response.status_code == 303, response.text[:500]

    async def found(words: str) -> str:
        page = await office.http.get(f"/staff/decisions/{decision_id}", params={"q": words})
        match = re.search(
            r'name="service_id" value="([^"]+)">\s*<input type="hidden" name="action" '
            r'value="add">',
            page.text,
        )
        assert match, f"a search for {words!r} offers services to add"
        return match.group(1)

    first_added = await found("food bank")
    await change(action="add", service_id=first_added)
    second_added = await found("debt advice")
    await change(action="add", service_id=second_added)
    await change(action="remove", service_id=proposed[0])
    await change(action="up", service_id=second_added)
    await change(action="note", service_id=first_added, note="Ask for Jo; Tuesdays are best.")
    await office.http.post(
        f"/staff/decisions/{decision_id}/message",
        data={"csrf_token": token, "message": "Thank you for raising this promptly."},
    )
    expected = [*proposed[1:], first_added, second_added]
    expected[-2], expected[-1] = expected[-1], expected[-2]
    chosen = stored(office, decision_id).suggestions
    assert [s.service_id for s in chosen] == expected
    assert {s.added_by for s in chosen if s.service_id in (first_added, second_added)} == {"sam"}
    assert next(s.note for s in chosen if s.service_id == first_added).startswith("Ask for Jo")

    preview = await office.http.get(f"/staff/decisions/{decision_id}/letter")
    assert "Why the threshold was not met" in preview.text and "Ask for Jo" in preview.text

    sent = await office.http.post(
        f"/staff/decisions/{decision_id}/send", data={"csrf_token": token}
    )
    assert sent.status_code == 303
    inbox, _ = smtp
    [email] = inbox.messages
    assert email["To"] == "alex@oldfield.sch.uk"
    body = email.get_payload(decode=True).decode()
    assert "Referral reference: CS-2026-0042" in body and "Ask for Jo" in body
    assert stored(office, decision_id).status == "sent"

    office.clock.now += timedelta(days=9, hours=-8)
    manager = httpx.AsyncClient(transport=office.http._transport, base_url="http://council.test")
    await sign_in(manager, "mo")
    worklist = await manager.get("/staff/worklist")
    assert "CS-2026-0042" in worklist.text.split("not acknowledged")[1]

    link = re.search(r"http://council\.test(/acknowledge/\S+)", body)
    assert link
    referrer = httpx.AsyncClient(transport=office.http._transport, base_url="http://council.test")
    page = await referrer.get(link.group(1))
    assert page.status_code == 200 and "CS-2026-0042" in page.text
    done = await referrer.post(
        link.group(1),
        data={"csrf_token": referrer.cookies.get("earlyhelp_csrf"), "take_up": "yes"},
    )
    assert "Thank you" in done.text
    decision = stored(office, decision_id)
    assert decision.status == "acknowledged" and decision.take_up == "Yes"
    worklist = await manager.get("/staff/worklist")
    assert "CS-2026-0042" not in worklist.text
    actions = [a.action for a in office.feedback.store.audit(decision.id)]
    assert actions[0] == "recorded the decision" and actions[-1] == "status: acknowledged"
    assert "status: sent" in actions
    await manager.aclose()
    await referrer.aclose()


async def test_mail_server_down_keeps_the_letter_to_send_again(
    tmp_path: Path, office: Office, smtp: tuple[Inbox, int]
) -> None:
    token = await sign_in(office.http, "sam")
    decision_id = await record(office, token)
    working = office.feedback.mailer
    office.app.state.feedback = _with_mailer(
        office.feedback, SmtpMailer("127.0.0.1", free_port(), "x@y.z", timeout=2)
    )
    await office.http.post(f"/staff/decisions/{decision_id}/send", data={"csrf_token": token})
    failed = stored(office, decision_id)
    assert failed.status == "delivery failed" and failed.suggestions
    assert "did not take it" in office.feedback.store.audit(failed.id)[-1].detail
    office.app.state.feedback = _with_mailer(office.feedback, working)
    page = await office.http.get(f"/staff/decisions/{decision_id}")
    assert "Send again" in page.text
    await office.http.post(f"/staff/decisions/{decision_id}/send", data={"csrf_token": token})
    assert stored(office, decision_id).status == "sent"
    assert len(smtp[0].messages) == 1


def _with_mailer(feedback: Feedback, mailer: Any) -> Feedback:
    return replace(feedback, mailer=mailer)


STAFF_ROUTES = [
    ("GET", "/staff/decisions/new", PRACTITIONER),
    ("POST", "/staff/decisions/new", PRACTITIONER),
    ("GET", "/staff/decisions/1", PRACTITIONER),
    ("POST", "/staff/decisions/1/suggestions", PRACTITIONER),
    ("POST", "/staff/decisions/1/message", PRACTITIONER),
    ("GET", "/staff/decisions/1/letter", PRACTITIONER),
    ("POST", "/staff/decisions/1/send", PRACTITIONER),
    ("GET", "/staff/worklist", MANAGER),
]


@pytest.mark.parametrize(("method", "path", "role"), STAFF_ROUTES)
async def test_every_staff_route_refuses_anonymous_users_and_other_roles(
    office: Office, method: str, path: str, role: str
) -> None:
    anonymous = await office.http.request(method, path)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/sign-in")
    other = "mo" if role == PRACTITIONER else "sam"
    token = await sign_in(office.http, other)
    if role == PRACTITIONER and path.startswith("/staff/decisions/1") and method == "GET":
        return  # managers may read decisions and letters
    refused = await office.http.request(
        method, path, data={"csrf_token": token} if method == "POST" else None
    )
    assert refused.status_code == 403


async def test_a_form_without_its_token_gets_403(office: Office) -> None:
    await sign_in(office.http, "sam")
    response = await office.http.post("/staff/decisions/new", data=DECISION)
    assert response.status_code == 403


async def test_expired_or_tampered_links_are_refused(office: Office) -> None:
    token = await sign_in(office.http, "sam")
    decision_id = await record(office, token)
    now = office.clock.now
    good = make_token(b"k" * 32, decision_id, now, timedelta(days=30))
    other = decision_id[:-1] + ("a" if decision_id[-1] != "a" else "b")
    tampered = good.replace(f"{decision_id}.", f"{other}.", 1)
    expired = make_token(b"k" * 32, decision_id, now - timedelta(days=31), timedelta(days=30))
    assert (await office.http.get(f"/acknowledge/{good}")).status_code == 200
    for bad, words in ((tampered, "not right"), (expired, "expired"), ("junk", "not complete")):
        response = await office.http.get(f"/acknowledge/{bad}")
        assert response.status_code == 410 and words in response.text


async def test_links_sent_before_decisions_had_public_ids_still_work(office: Office) -> None:
    token = await sign_in(office.http, "sam")
    decision = stored(office, await record(office, token))
    legacy = make_token(b"k" * 32, str(decision.id), office.clock.now, timedelta(days=30))
    page = await office.http.get(f"/acknowledge/{legacy}")
    assert page.status_code == 200 and "CS-2026-0042" in page.text
    unknown = make_token(b"k" * 32, "9" * 18, office.clock.now, timedelta(days=30))
    assert (await office.http.get(f"/acknowledge/{unknown}")).status_code == 410


async def test_a_reference_seen_within_a_year_shows_the_earlier_decision(office: Office) -> None:
    token = await sign_in(office.http, "sam")
    first = await record(office, token)
    office.clock.now += timedelta(days=100)
    token = await sign_in(office.http, "sam")  # the morning's session has long expired
    second = await record(office, token, decided_on="2027-03-03")
    page = await office.http.get(f"/staff/decisions/{second}")
    assert "seen before within 12 months" in page.text
    earlier = stored(office, first)
    assert earlier.suggestions[0].service_name in page.text


def test_the_audit_trail_cannot_be_changed(tmp_path: Path) -> None:
    store = FeedbackStore(SQLiteDatabase(tmp_path / "app.db"))
    decision_id = store.create(decision_values(), "sam", [])
    db = sqlite3.connect(tmp_path / "app.db")
    for statement in ("UPDATE decision_audit SET who = 'x'", "DELETE FROM decision_audit"):
        with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
            db.execute(statement)
    assert len(store.audit(decision_id)) == 1


def test_the_letter_text_for_a_fixed_case() -> None:
    decision = Decision(
        reference="CS-2026-0042",
        referrer_name="Alex Teacher",
        referrer_role="Class teacher",
        referrer_organisation="Oldfield Primary School",
        referrer_email="alex@oldfield.sch.uk",
        decision="nfa-early-help",
        decided_on=date(2026, 11, 23),
        reason="The children are safe at home; the family needs support with routines.",
        needs=("Mum struggling with 6yo's tantrums", "Family needs help repairing their yacht"),
        consent="yes",
        message="Thank you for raising this promptly.",
        suggestions=(Suggestion("s1", "Positive Steps", needs_met=(0,)),),
    )
    services = [
        LetterService(
            name="Positive Steps",
            organisation="B&NES Family Hubs",
            access="The family can contact the service themselves, or you can refer them.",
            contact=["Phone 0117 496 0101", "Email parenting@familyhubs-banes.org.uk"],
            note="Ask for Jo.",
            url="http://council.test/services/s1",
            addresses=["Oldfield Park Family Hub, BA2 3AB"],
            times=["Tuesday, 10am to 12pm"],
            cost="Free",
            needs_met=(0,),
        )
    ]
    policy = LocalPolicy(protective_marking="OFFICIAL-SENSITIVE")
    letter = compose_letter(
        decision,
        services,
        policy,
        "http://council.test/acknowledge/TOKEN",
        "Sam Duty",
        date(2026, 11, 24),
    )
    assert letter_text(letter) == SNAPSHOT.read_text()


#: A decision with as little in it as a letter needs, for the letter's wording tests.
A_DECISION = Decision(
    reference="R1",
    referrer_name="Alex",
    referrer_role="",
    referrer_organisation="School",
    referrer_email="a@b.uk",
    decision="nfa",
    decided_on=date(2026, 11, 23),
    reason="r",
    needs=("n",),
)


@pytest.mark.parametrize(
    ("outcome", "consent", "says", "never"),
    [
        ("nfa-early-help", "yes", "the Early Help team will contact the family", "no further"),
        ("nfa-early-help", "no", "did not agree to an early help referral", "no further"),
        ("nfa-universal", "not-asked", "universal services", "no further"),
        ("nfa", "not-asked", "will take no further action", "will contact the family"),
    ],
)
def test_the_letter_says_what_each_outcome_means(
    outcome: str, consent: str, says: str, never: str
) -> None:
    decision = replace(A_DECISION, decision=outcome, consent=consent)
    text = letter_text(compose_letter(decision, [], LocalPolicy(), "L", "Sam", date(2026, 11, 23)))
    assert says in text
    # The decision's own name ("No further action: step down to early help") is the one
    # place those words may appear.
    assert never not in text.replace("Decision: No further action", "Decision:")
    assert "We could not find a local service for: n. This has been recorded so that " in text


def test_the_letter_tells_a_need_early_help_does_not_offer_from_a_gap() -> None:
    decision = replace(
        A_DECISION,
        decision="nfa-universal",
        needs=("A van for his business", "Rugby club for a 16-year-old"),
        need_outcomes=(
            {"need": "A van for his business", "matched": False, "reading": {"outside": True}},
            {"need": "Rugby club for a 16-year-old", "matched": False, "reading": {}},
        ),
    )
    text = letter_text(compose_letter(decision, [], LocalPolicy(), "L", "Sam", date(2026, 11, 23)))
    assert "NEEDS THAT LOCAL EARLY-HELP SERVICES DO NOT MEET" in text
    assert "do not usually offer what was asked for in: A van for his business." in text
    assert "We could not find a local service for: Rugby club for a 16-year-old. This" in text


async def test_staff_see_more_on_a_service_page_and_add_it_to_their_feedback(
    office: Office,
) -> None:
    service_id = "da69f539-97b2-57be-8258-ce2b76b778f6"  # Positive Steps, in the seed
    public = await office.http.get(f"/services/{service_id}")
    assert "For staff" not in public.text and "Add to the feedback" not in public.text
    token = await sign_in(office.http, "sam")
    decision_id = await record(office, token)
    page = await office.http.get(f"/services/{service_id}")
    assert "For staff" in page.text and "Referral route:" in page.text
    older = await record(office, token, reference="CS-2026-0041")
    # The practitioner's own drafts, most recent first: the one recorded last is chosen
    # unless another is.
    page = await office.http.get(f"/services/{service_id}")
    options = re.findall(r'<option value="([^"]+)">([^<]+)</option>', page.text)
    assert options == [(older, "CS-2026-0041"), (decision_id, "CS-2026-0042")]
    added = await office.http.post(
        "/staff/decisions/add",
        data={"csrf_token": token, "service_id": service_id, "decision": decision_id},
    )
    assert added.headers["location"] == f"/staff/decisions/{decision_id}#suggestions"
    assert service_id not in [s.service_id for s in stored(office, older).suggestions]
    chosen = stored(office, decision_id).suggestions
    assert chosen[-1].service_id == service_id and chosen[-1].added_by == "sam"
    await office.http.post(
        f"/staff/decisions/{decision_id}/suggestions",
        data={
            "csrf_token": token,
            "service_id": service_id,
            "action": "note",
            "note": "Evening groups suit working parents.",
        },
    )
    page = await office.http.get(f"/services/{service_id}")
    assert "Evening groups suit working parents. (Sam Duty, 23 November 2026)" in page.text
    public_again = await httpx.AsyncClient(
        transport=office.http._transport, base_url="http://council.test"
    ).get(f"/services/{service_id}")
    assert "Evening groups" not in public_again.text


async def test_gaps_count_unmet_needs_by_category_and_area_with_a_chart_and_csv(
    office: Office,
) -> None:
    token = await sign_in(office.http, "sam")
    decision_id = await record(
        office,
        token,
        needs="Mum struggling with 6yo's tantrums\nFamily needs help repairing their yacht",
    )
    outcomes = stored(office, decision_id).need_outcomes
    unmet = [o for o in outcomes if not o["matched"]]
    assert len(outcomes) == 2 and any("yacht" in str(o["need"]) for o in unmet)
    await sign_in(office.http, "mo")
    page = await office.http.get("/staff/gaps", params={"from": "2026-11-01", "to": "2026-11-30"})
    assert page.status_code == 200 and "<svg" in page.text
    # The council area by name on the page; its GSS code only in the CSV, beside the name.
    assert "Bath and North East Somerset" in page.text and "E06000022" not in page.text
    csv_text = (
        await office.http.get("/staff/gaps.csv", params={"from": "2026-11-01", "to": "2026-11-30"})
    ).text
    lines = csv_text.strip().splitlines()
    assert lines[0] == "from,to,category,area,area_code,unmet_needs"
    assert len(lines) >= 2 and all(
        ",Bath and North East Somerset,E06000022," in line for line in lines[1:]
    )
    # Counted under the categories each need was read into, not its nearest services'.
    expected = sum(len(o["reading"]["categories"]) or 1 for o in unmet)  # type: ignore[index, misc]
    assert sum(int(line.rsplit(",", 1)[1]) for line in lines[1:]) == expected
    outside = await office.http.get(
        "/staff/gaps.csv", params={"from": "2025-01-01", "to": "2025-12-31"}
    )
    assert outside.text.strip().splitlines() == ["from,to,category,area,area_code,unmet_needs"]


async def test_the_letter_as_a_pdf(office: Office) -> None:
    token = await sign_in(office.http, "sam")
    decision_id = await record(office, token)
    pdf = await office.http.get(f"/staff/decisions/{decision_id}/letter.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and len(pdf.content) > 5000


def test_purge_removes_expired_records_and_says_which(tmp_path: Path) -> None:
    clock = Clock()
    store = FeedbackStore(SQLiteDatabase(tmp_path / "app.db"), clock=clock)
    values = {
        "reference": "OLD-1",
        "referrer_name": "A",
        "referrer_organisation": "B",
        "referrer_email": "a@b.uk",
        "decision": "nfa",
        "decided_on": date(2024, 1, 5),
        "reason": "r",
        "needs": ("n",),
    }
    old = store.create(values, "sam", [Suggestion("s1", "Service")])
    clock.now += timedelta(days=800)
    recent = store.create(values | {"reference": "NEW-1"}, "sam", [])
    assert store.purge(timedelta(days=730)) == ["OLD-1"]
    assert store.get(old) is None and store.audit(old) == []
    assert store.get(recent) is not None and store.audit(recent)
    assert store.purge(timedelta(days=730)) == []


def test_purge_on_the_command_line_says_what_it_removed(tmp_path: Path) -> None:
    from tests.test_cli import run_cli

    db = tmp_path / "d.db"
    store = FeedbackStore(SQLiteDatabase(db), clock=lambda: datetime(2024, 1, 5, tzinfo=UTC))
    values = {
        "reference": "OLD-7",
        "referrer_name": "A",
        "referrer_organisation": "B",
        "referrer_email": "a@b.uk",
        "decision": "nfa",
        "decided_on": date(2024, 1, 5),
        "reason": "r",
        "needs": ("n",),
    }
    store.create(values, "sam", [])
    dry = run_cli(db, "purge", "--dry-run")
    assert dry.returncode == 0 and "Would remove 1" in dry.stdout and "OLD-7" in dry.stdout
    done = run_cli(db, "purge")
    assert "Removed 1 decisions" in done.stdout and "OLD-7" in done.stdout
    assert FeedbackStore(SQLiteDatabase(db)).ids() == []
