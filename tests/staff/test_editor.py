"""The directory editors' workspace: roles, editing with a change log, "checked today",
imports that keep an editor's change and flag the conflict, confirming suggestions."""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.edits import ListingEdits
from directory.geography import PostcodeDirectory
from directory.quality_log import QualityLog
from directory.reports import ReportQueue
from directory.sqlite_store import SQLiteServiceStore
from directory.store import ServiceChange
from ingest.importer import Importer, keep_warnings
from ingest.json_source import SourceRecord, read_json_file
from matching.eligibility import EligibilityReader
from matching.engine import Matcher
from matching.fact_words import uncertain_facts
from matching.glossary import Glossary
from matching.listing_reader import HARM_PROGRAMME, READ_MARK, UNCERTAIN
from matching.reasons import language_names
from matching.rules import listing_facts
from staff.access import StaffAccess
from staff.accounts import EDITOR, PRACTITIONER, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import SEED, CountingEmbedder
from web.app import create_app
from web.editor_pages import Editing

PASSWORD = "correct horse battery"
DEBT = "a5e15e65-e619-50cf-964e-068da0de206f"  # "Wiltshire families money advice" in the seed
TODAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@dataclass
class Desk:
    http: httpx.AsyncClient
    store: SQLiteServiceStore
    edits: ListingEdits
    importer: Importer


@pytest.fixture
async def desk(tmp_path: Path, store: SQLiteServiceStore) -> AsyncIterator[Desk]:
    postcodes = PostcodeDirectory()
    embedder = CountingEmbedder()
    edits = ListingEdits(tmp_path / "app.db", clock=lambda: TODAY)
    importer = Importer(store, embedder, postcodes, overrides=edits)
    quality = QualityLog(tmp_path / "app.db")
    keep_warnings(quality, importer.run(read_json_file(SEED)))
    accounts = AccountStore(tmp_path / "app.db")
    accounts.add("eddie", "Eddie Editor", "e@council.gov.uk", PASSWORD, {EDITOR})
    accounts.add("sam", "Sam Duty", "s@council.gov.uk", PASSWORD, {PRACTITIONER})
    matcher = Matcher(store, embedder, postcodes)
    codes = {name: code for code, name in language_names().items()}
    editing = Editing(edits, importer, EligibilityReader(Glossary.load(), codes), matcher, quality)
    staff = StaffAccess(accounts, SessionStore(tmp_path / "app.db"), SignInThrottle())
    reports = ReportQueue(tmp_path / "app.db")
    reports.add(DEBT, "Wiltshire families money advice", "contact", "Phone number wrong", "")
    app = create_app(store, matcher, postcodes, staff=staff, editing=editing, reports=reports)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://council.test") as http:
        yield Desk(http, store, edits, importer)


async def sign_in(http: httpx.AsyncClient, username: str) -> str:
    await http.get("/sign-in")
    token = http.cookies.get("earlyhelp_csrf") or ""
    await http.post(
        "/sign-in", data={"csrf_token": token, "username": username, "password": PASSWORD}
    )
    return token


def form_of(record: dict[str, Any], **changes: str) -> dict[str, str]:
    fields = (
        "name",
        "description",
        "eligibility_description",
        "application_process",
        "fees_description",
        "url",
        "email",
    )
    data = {f: str(record.get(f) or "") for f in fields}
    for f in ("minimum_age", "maximum_age"):
        data[f] = "" if record.get(f) is None else str(record[f])
    data["status"] = str(record.get("status"))
    return data | changes


ROUTES = [
    ("GET", "/staff/editor"),
    ("GET", f"/staff/listings/{DEBT}/edit"),
    ("POST", f"/staff/listings/{DEBT}/edit"),
    ("POST", f"/staff/listings/{DEBT}/checked"),
    ("POST", f"/staff/listings/{DEBT}/suggestions"),
]


@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_editor_routes_refuse_anonymous_users_and_other_roles(
    desk: Desk, method: str, path: str
) -> None:
    anonymous = await desk.http.request(method, path)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/sign-in")
    token = await sign_in(desk.http, "sam")
    other = await desk.http.request(
        method, path, data={"csrf_token": token} if method == "POST" else None
    )
    assert other.status_code == 403


async def test_an_edit_is_stored_logged_and_survives_the_next_import(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    stored = desk.store.get(DEBT)
    assert stored is not None
    new_text = "Free debt advice for families in Wiltshire, now also on Saturdays."
    saved = await desk.http.post(
        f"/staff/listings/{DEBT}/edit",
        data={"csrf_token": token, **form_of(stored.record, description=new_text, maximum_age="")},
    )
    assert saved.status_code == 303
    after = desk.store.get(DEBT)
    assert after is not None and after.service.description == new_text
    [change] = desk.edits.changes(DEBT)
    assert change["resource_type"] == "service" and change["field_name"] == "description"
    assert change["updated_by"] == "eddie" and json.loads(change["replacement_value"]) == new_text

    checked = await desk.http.post(f"/staff/listings/{DEBT}/checked", data={"csrf_token": token})
    assert checked.status_code == 303
    assert str(desk.store.get(DEBT).service.assured_date) == "2026-11-23"  # type: ignore[union-attr]

    # The same feed again: the editor's text stays and nothing is in conflict.
    desk.importer.run(read_json_file(SEED))
    assert desk.store.get(DEBT).service.description == new_text  # type: ignore[union-attr]
    assert desk.edits.conflicts() == []

    # The feed changes the description the editor set: the edit is kept, the conflict shown.
    feed = copy.deepcopy(stored.source)
    feed["description"] = "The feed's own new wording."
    desk.importer.run([SourceRecord("feed", "record 1", feed)])
    assert desk.store.get(DEBT).service.description == new_text  # type: ignore[union-attr]
    [conflict] = desk.edits.conflicts()
    assert (conflict.field, conflict.feed_value) == ("description", "The feed's own new wording.")
    page = await desk.http.get(f"/staff/listings/{DEBT}/edit")
    assert "The feed now says description is" in page.text.replace("&#34;", '"')


async def test_bad_values_are_explained_and_nothing_changes(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    stored = desk.store.get(DEBT)
    assert stored is not None
    refused = await desk.http.post(
        f"/staff/listings/{DEBT}/edit",
        data={"csrf_token": token, **form_of(stored.record, name="", minimum_age="old")},
    )
    assert refused.status_code == 400 and "Enter the service" in refused.text
    assert desk.store.get(DEBT).service.name == stored.service.name  # type: ignore[union-attr]
    assert desk.edits.changes(DEBT) == []


async def test_the_queue_and_confirming_suggestions(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    queue = await desk.http.get("/staff/editor")
    assert queue.status_code == 200
    assert (
        "Suggested categories to confirm" in queue.text
        and "Not checked for 12 months" in queue.text
    )
    untagged = next(s for s in desk.store.iter_services() if not s.categories and s.is_active)
    page = await desk.http.get(f"/staff/listings/{untagged.id}/edit")
    term = re.search(r'name="term_id" value="([^"]+)"', page.text)
    assert term, "an untagged listing gets suggested categories"
    await desk.http.post(
        f"/staff/listings/{untagged.id}/suggestions",
        data={"csrf_token": token, "kind": "tag", "term_id": term.group(1), "decision": "confirm"},
    )
    tagged = desk.store.get(untagged.id)
    assert tagged is not None and term.group(1) in {t.id for t in tagged.service.categories}

    vision = next(s for s in desk.store.iter_services() if s.name == "Vision support service")
    page = await desk.http.get(f"/staff/listings/{vision.id}/edit")
    assert "diagnosis: yes" in page.text
    await desk.http.post(
        f"/staff/listings/{vision.id}/suggestions",
        data={
            "csrf_token": token,
            "kind": "eligibility",
            "field": "diagnosis",
            "value": "yes",
            "sentence": "with a diagnosed vision impairment",
            "decision": "confirm",
        },
    )
    confirmed = desk.store.get(vision.id)
    assert confirmed is not None
    [entry] = [e for e in confirmed.record["earlyhelp_eligibility"] if e["field"] == "diagnosis"]
    assert entry["confirmed"] is True and entry["by"] == "eddie"
    page = await desk.http.get(f"/staff/listings/{vision.id}/edit")
    assert "diagnosis: yes (confirmed by eddie)" in page.text


async def test_a_confirmed_gender_rule_reaches_the_matchers_hard_rules(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    dads = next(s for s in desk.store.iter_services() if s.name.startswith("Dad Matters"))
    assert "men-only" not in dads.flags
    await desk.http.post(
        f"/staff/listings/{dads.id}/suggestions",
        data={
            "csrf_token": token,
            "kind": "eligibility",
            "field": "gender",
            "value": "male",
            "sentence": "Fathers, expectant fathers and male partners",
            "decision": "confirm",
        },
    )
    confirmed = desk.store.get(dads.id)
    assert confirmed is not None and "men-only" in confirmed.service.flags
    from matching.index import match_facets
    from matching.listing_reader import AUDIENCE

    assert AUDIENCE + "male" in match_facets(confirmed.service, Glossary.load())


async def _conflict_on_description(desk: Desk, token: str) -> dict[str, Any]:
    stored = desk.store.get(DEBT)
    assert stored is not None
    await desk.http.post(
        f"/staff/listings/{DEBT}/edit",
        data={"csrf_token": token, **form_of(stored.record, description="The editor's words.")},
    )
    feed = copy.deepcopy(stored.source)
    feed["description"] = "The feed's newer words."
    desk.importer.run([SourceRecord("feed", "record 1", feed)])
    return feed


async def test_a_conflict_settled_by_keeping_the_edit_is_not_raised_again(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    feed = await _conflict_on_description(desk, token)
    [conflict] = desk.edits.conflicts()
    await desk.http.post(
        f"/staff/listings/{DEBT}/conflicts",
        data={"csrf_token": token, "conflict_id": str(conflict.id), "choice": "keep"},
    )
    assert desk.edits.conflicts() == []
    desk.importer.run([SourceRecord("feed", "record 1", feed)])
    assert desk.edits.conflicts() == []
    assert desk.store.get(DEBT).service.description == "The editor's words."  # type: ignore[union-attr]


async def test_a_conflict_settled_by_taking_the_feeds_value(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    await _conflict_on_description(desk, token)
    [conflict] = desk.edits.conflicts()
    await desk.http.post(
        f"/staff/listings/{DEBT}/conflicts",
        data={"csrf_token": token, "conflict_id": str(conflict.id), "choice": "take"},
    )
    assert desk.store.get(DEBT).service.description == "The feed's newer words."  # type: ignore[union-attr]
    assert "description" not in desk.edits.overrides(DEBT)
    actions = [c["last_action_type"] for c in desk.edits.changes(DEBT)]
    assert actions == ["update", "took the feed's value"]


async def test_a_reported_problem_is_marked_dealt_with(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    queue = await desk.http.get("/staff/editor")
    assert "Phone number wrong" in queue.text
    report_id = re.search(r'action="/staff/reports/(\d+)/done"', queue.text)
    assert report_id
    done = await desk.http.post(
        f"/staff/reports/{report_id.group(1)}/done", data={"csrf_token": token}
    )
    assert done.status_code == 303
    assert "Phone number wrong" not in (await desk.http.get("/staff/editor")).text
    again = await desk.http.post(
        f"/staff/reports/{report_id.group(1)}/done", data={"csrf_token": token}
    )
    assert again.status_code == 404


@pytest.mark.parametrize(
    "typed", ["javascript:alert(document.cookie)", "data:text/html,<b>x</b>", "mailto:a@b.org"]
)
async def test_a_website_that_is_not_a_web_address_is_refused_and_kept_in_the_form(
    desk: Desk, typed: str
) -> None:
    token = await sign_in(desk.http, "eddie")
    before = desk.store.get(DEBT)
    assert before is not None
    refused = await desk.http.post(
        f"/staff/listings/{DEBT}/edit",
        data={"csrf_token": token, **form_of(before.record, url=typed, name="Renamed")},
    )
    assert refused.status_code == 400
    assert "Enter a website address starting with https://" in refused.text
    assert 'href="#url"' in refused.text
    assert re.search(r'<input[^>]*name="url"[^>]*value="([^"]*)"', refused.text).group(1) == (  # type: ignore[union-attr]
        html.escape(typed)
    )
    assert 'value="Renamed"' in refused.text, "what was typed is kept"
    after = desk.store.get(DEBT)
    assert after is not None and after.record == before.record
    assert desk.edits.changes(DEBT) == []
    with pytest.raises(ValueError, match="web address"):
        desk.edits.set(DEBT, before.source, {"url": typed}, "eddie")


async def test_a_website_without_a_scheme_is_given_https(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    before = desk.store.get(DEBT)
    assert before is not None
    saved = await desk.http.post(
        f"/staff/listings/{DEBT}/edit",
        data={"csrf_token": token, **form_of(before.record, url="www.wiltshire.gov.uk/money")},
    )
    assert saved.status_code == 303
    after = desk.store.get(DEBT)
    assert after is not None and after.record["url"] == "https://www.wiltshire.gov.uk/money"
    page = await desk.http.get(f"/services/{DEBT}")
    assert 'href="https://www.wiltshire.gov.uk/money"' in page.text


async def test_an_uncertain_reading_of_a_listing_is_queued_and_can_be_rejected(
    desk: Desk,
) -> None:
    """A fact the listing reader was unsure of is shown to editors in their words, applies
    the safe way until decided, and an editor's rejection holds for both backends (it is
    kept in the record that `listing_facts` reads)."""
    stored = desk.store.get(DEBT)
    assert stored is not None
    unsure = (HARM_PROGRAMME, UNCERTAIN + HARM_PROGRAMME, READ_MARK)
    read = replace(stored.service, facts=unsure)
    fingerprint = desk.store.fingerprints([DEBT])[DEBT]
    desk.store.write([ServiceChange(read, stored.source, stored.source_name, fingerprint)])
    assert HARM_PROGRAMME in listing_facts(read, Glossary.load())  # the safe way meanwhile

    token = await sign_in(desk.http, "eddie")
    queue = await desk.http.get("/staff/editor")
    assert "a programme for people who cause harm" in queue.text
    page = await desk.http.get(f"/staff/listings/{DEBT}/edit")
    assert 'name="fact" value="harm-programme"' in page.text
    refused = await desk.http.post(
        f"/staff/listings/{DEBT}/suggestions",
        data={"csrf_token": token, "kind": "fact", "fact": "closed", "decision": "reject"},
    )
    assert refused.status_code == 400  # not a reading waiting for a decision
    await desk.http.post(
        f"/staff/listings/{DEBT}/suggestions",
        data={"csrf_token": token, "kind": "fact", "fact": HARM_PROGRAMME, "decision": "reject"},
    )
    decided = desk.store.get(DEBT)
    assert decided is not None
    assert decided.record["earlyhelp_rejected_facts"] == [HARM_PROGRAMME]
    # Read unsure again at the next import, the rejection still settles it.
    again = replace(decided.service, facts=unsure)
    assert HARM_PROGRAMME not in listing_facts(again, Glossary.load())
    assert uncertain_facts(again) == []
    queue = await desk.http.get("/staff/editor")
    assert "a programme for people who cause harm" not in queue.text
