"""The directory editors' workspace: roles, editing with a change log, "checked today",
imports that keep an editor's change and flag the conflict, confirming suggestions."""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.edits import ListingEdits
from directory.geography import PostcodeDirectory
from directory.quality_log import QualityLog
from directory.records import TaxonomyTerm
from directory.reports import ReportQueue
from directory.sqlite_store import SQLiteServiceStore
from directory.store import ServiceChange
from ingest.importer import Importer, keep_warnings
from ingest.json_source import SourceRecord, read_json_file
from matching.eligibility import EligibilityReader
from matching.engine import Matcher
from matching.fact_words import uncertain_facts
from matching.glossary import Glossary
from matching.index import CategoryMap
from matching.languages import language_codes
from matching.listing_reader import HARM_PROGRAMME, READ_MARK, UNCERTAIN
from matching.rules import listing_facts
from matching.suggested_tags import SHOWN_FROM, shown_tags
from staff.access import StaffAccess
from staff.accounts import EDITOR, PRACTITIONER, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import SEED, CountingEmbedder, SeedFile, cheap_hasher
from tests.staff.html_tables import page_form, table
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
    reports: ReportQueue


@pytest.fixture
async def desk(
    tmp_path: Path,
    seeded_store: SQLiteServiceStore,
    seed_hashing: SeedFile,
    postcodes: PostcodeDirectory,
) -> AsyncIterator[Desk]:
    store = seeded_store
    embedder = CountingEmbedder()
    edits = ListingEdits(SQLiteDatabase(tmp_path / "app.db"), clock=lambda: TODAY)
    importer = Importer(store, embedder, postcodes, overrides=edits)
    quality = QualityLog(SQLiteDatabase(tmp_path / "app.db"))
    keep_warnings(quality, seed_hashing.summary)
    accounts = AccountStore(SQLiteDatabase(tmp_path / "app.db"), cheap_hasher())
    accounts.add("eddie", "Eddie Editor", "e@council.gov.uk", PASSWORD, {EDITOR})
    accounts.add("sam", "Sam Duty", "s@council.gov.uk", PASSWORD, {PRACTITIONER})
    matcher = Matcher(store, embedder, postcodes)
    codes = language_codes()
    # The hashing stand-in for the model scores categories lower than the model the shown
    # threshold is measured for; these tests are of the workflow, not of the threshold.
    editing = Editing(
        edits,
        importer,
        EligibilityReader(Glossary.load(), codes),
        matcher,
        quality,
        tags_shown_from=0.3,
    )
    staff = StaffAccess(
        accounts,
        SessionStore(SQLiteDatabase(tmp_path / "app.db")),
        SignInThrottle(SQLiteDatabase(tmp_path / "app.db")),
    )
    reports = ReportQueue(SQLiteDatabase(tmp_path / "app.db"), clock=lambda: TODAY)
    reports.add(DEBT, "Wiltshire families money advice", "contact", "Phone number wrong", "")
    app = create_app(store, matcher, postcodes, staff=staff, editing=editing, reports=reports)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://council.test") as http:
        yield Desk(http, store, edits, importer, reports)


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


REFUGE = "d4b55d9c-bce0-5b13-a516-2d231422106b"  # "Safe house for women and children"


async def post_form(
    desk: Desk, token: str, service_id: str, **changes: str | Sequence[str]
) -> httpx.Response:
    """Send the edit form as the page has it, with `changes` typed over it."""
    page = await desk.http.get(f"/staff/listings/{service_id}/edit")
    data: dict[str, Any] = {k: v if len(v) > 1 else v[0] for k, v in page_form(page.text).items()}
    data.update(changes)
    data["csrf_token"] = token
    return await desk.http.post(f"/staff/listings/{service_id}/edit", data=data)


async def test_a_reported_phone_and_address_are_fixed_the_flag_kept_and_the_report_closed(
    desk: Desk, postcodes: PostcodeDirectory
) -> None:
    report = desk.reports.add(
        REFUGE, "Safe house for women and children", "contact", "The phone number is wrong", ""
    )
    token = await sign_in(desk.http, "eddie")
    page = await desk.http.get(f"/staff/listings/{REFUGE}/edit")
    # The editor alone sees the confidential address, to fix it, with the flag ticked.
    assert 'value="Withheld"' in page.text and 'value="BA1 6TB"' in page.text
    assert page_form(page.text)["location-0-confidential"] == ["yes"]
    assert "The phone number is wrong" in page.text

    saved = await post_form(
        desk,
        token,
        REFUGE,
        **{
            "phone-0": "01632 960 123",
            "location-0-address_1": "2 Hidden Row",
            "location-0-postal_code": "ba2 3ab",
        },
    )
    assert saved.status_code == 303, saved.text
    stored = desk.store.get(REFUGE)
    assert stored is not None
    assert [p["number"] for p in stored.source["phones"]] == ["01632 960 123"]
    location = stored.source["service_at_locations"][0]["location"]
    assert location["addresses"][0]["address_1"] == "2 Hidden Row"
    assert location["addresses"][0]["postal_code"] == "BA2 3AB"
    # Placed again from the new postcode, not left where the old one was.
    assert "latitude" not in location and "longitude" not in location
    [place] = stored.service.locations
    new_place = postcodes.lookup("BA2 3AB")
    assert new_place is not None
    assert (place.latitude, place.longitude) == (new_place.latitude, new_place.longitude)
    assert place.hide_address and place.postcode == "BA2 3AB"
    # Published nowhere: not on the public page, not in the API, not in the published record.
    published = json.dumps(stored.record)
    assert "Hidden Row" not in published and "BA2 3AB" not in published
    public = httpx.AsyncClient(transport=desk.http._transport, base_url="http://council.test")
    for address in (f"/services/{REFUGE}", f"/api/services/{REFUGE}"):
        shown = (await public.get(address)).text
        assert "Hidden Row" not in shown and "BA2 3AB" not in shown and "BA1 6TB" not in shown
    assert "01632 960 123" in (await public.get(f"/services/{REFUGE}")).text
    await public.aclose()

    # The change log in words, then the report marked dealt with from the listing's page.
    page = await desk.http.get(f"/staff/listings/{REFUGE}/edit")
    changes = [row[2] for row in table(page.text, "changes")[1:]]
    assert "phones: 0117 496 0304 -> 01632 960 123" in changes
    assert (
        "places: Safe house, Withheld, Bath, BA1 6TB (confidential) -> "
        "Safe house, 2 Hidden Row, Bath, BA2 3AB (confidential)"
    ) in changes
    done = await desk.http.post(
        f"/staff/reports/{report}/done",
        data={"csrf_token": token, "back": f"/staff/listings/{REFUGE}/edit"},
    )
    assert done.status_code == 303
    assert done.headers["location"] == f"/staff/listings/{REFUGE}/edit?saved=1"
    history = (await desk.http.get("/staff/reports")).text
    [row] = [r for r in table(history, "dealt-with")[1:] if r[0] == str(report)]
    assert row[1:4] == ["Safe house for women and children", "Eddie Editor (eddie)", "2026-11-23"]
    assert "phones: 0117 496 0304 -> 01632 960 123 (eddie)" in row[4]

    # Unticking the flag alone publishes nothing: it must be confirmed as well.
    slip = await post_form(desk, token, REFUGE, **{"location-0-confidential": []})
    assert slip.status_code == 400 and 'href="#location-0-confidential"' in slip.text
    assert desk.store.get(REFUGE).service.locations[0].hide_address  # type: ignore[union-attr]

    # The next import of the same feed keeps the editor's values.
    desk.importer.run(read_json_file(SEED))
    again = desk.store.get(REFUGE)
    assert again is not None and again.service.locations[0].postcode == "BA2 3AB"
    assert again.service.locations[0].hide_address


async def test_a_bad_value_keeps_what_was_typed_and_names_the_field(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    refused = await post_form(
        desk,
        token,
        DEBT,
        **{
            "phone-0": "call reception",
            "location-0-postal_code": "BA99 9ZZ",
            "schedule-new-opens_at": "25:00",
            "schedule-new-days": ["MO"],
            "languages": "English, Klingon",
        },
    )
    assert refused.status_code == 400
    summary = re.search(r'govuk-error-summary__list">(.*?)</ul>', refused.text, re.S)
    assert summary
    links = re.findall(r'href="#([^"]+)"', summary.group(1))
    assert links == ["phone-0", "location-0-postal_code", "schedule-new-opens_at", "languages"]
    kept = page_form(refused.text)
    assert kept["phone-0"] == ["call reception"] and kept["location-0-postal_code"] == ["BA99 9ZZ"]
    assert kept["schedule-new-opens_at"] == ["25:00"] and kept["schedule-new-days"] == ["MO"]
    assert kept["languages"] == ["English, Klingon"]
    for field in links:
        assert f'id="{field}"' in refused.text, f"the summary links to #{field}, which is there"
    assert desk.edits.changes(DEBT) == []
    stored = desk.store.get(DEBT)
    assert stored is not None and stored.source["phones"][0]["number"] == "0117 496 0241"


async def test_times_languages_categories_areas_and_cost(desk: Desk) -> None:
    token = await sign_in(desk.http, "eddie")
    page = await desk.http.get(f"/staff/listings/{DEBT}/edit")
    housing = re.search(r'name="categories" type="checkbox" value="([^"]+)"', page.text)
    assert housing
    chosen = page_form(page.text)["categories"] + [housing.group(1)]
    saved = await post_form(
        desk,
        token,
        DEBT,
        **{
            "schedule-new-days": ["TU", "TH"],
            "schedule-new-opens_at": "9.30",
            "schedule-new-closes_at": "12:00",
            "holiday-new-valid_from": "2026-12-24",
            "holiday-new-valid_to": "2027-01-02",
            "languages": "English, Polish",
            "categories": chosen,
            "service_areas": "Wiltshire\nBA14",
            "cost": "paid",
            "cost_amount": "2.50",
        },
    )
    assert saved.status_code == 303, saved.text
    stored = desk.store.get(DEBT)
    assert stored is not None
    public = (await desk.http.get(f"/services/{DEBT}")).text
    assert "Tuesday and Thursday, 09:30 to 12:00" in public
    assert "Closed 2026-12-24 to 2027-01-02" in public
    assert stored.service.languages == ("en", "pl")
    assert len(stored.service.categories) == len(chosen)
    assert stored.service.free is False
    assert [a.get("name") for a in stored.source["service_areas"]] == ["Wiltshire", "BA14"]
    fields = {c["field_name"] for c in desk.edits.changes(DEBT)}
    assert fields == {"schedules", "languages", "attributes", "service_areas", "cost_options"}

    # An area drawn as GeoJSON, on one line; one that cannot be used is refused and says why.
    square = [[-2.40, 51.36], [-2.34, 51.36], [-2.34, 51.40], [-2.40, 51.36]]
    drawn = json.dumps({"type": "Polygon", "coordinates": [square]})
    kept = await post_form(desk, token, DEBT, service_areas=f"Wiltshire\n{drawn}")
    assert kept.status_code == 303, kept.text
    areas = desk.store.get(DEBT)
    assert areas is not None
    assert areas.source["service_areas"][1] == {"extent": drawn, "extent_type": "geojson"}
    assert any(code.startswith("shape:") for code in areas.service.area_codes)
    swapped = json.dumps({"type": "Polygon", "coordinates": [[p[::-1] for p in square]]})
    refused = await post_form(desk, token, DEBT, service_areas=swapped)
    assert refused.status_code == 400, refused.status_code
    assert "GeoJSON gives [longitude, latitude]" in refused.text

    # Taking a time away again.
    form = page_form((await desk.http.get(f"/staff/listings/{DEBT}/edit")).text)
    emptied = {k: "" for k in form if k.startswith("schedule-0-") and k != "schedule-0-days"}
    removed = await post_form(desk, token, DEBT, **emptied, **{"schedule-0-days": []})
    assert removed.status_code == 303
    left = desk.store.get(DEBT)
    assert left is not None and len(left.source["schedules"]) == 1


def test_suggested_categories_below_the_measured_confidence_are_not_shown() -> None:
    terms = tuple(
        TaxonomyTerm(id=f"t{n}", name=name, taxonomy="DfE")
        for n, name in enumerate(["Parenting support", "Debt and welfare advice"])
    )
    vectors = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    categories = CategoryMap(terms, vectors)
    sure = np.array([SHOWN_FROM + 0.01, 0.0], dtype=np.float32)
    unsure = np.array([SHOWN_FROM - 0.01, 0.0], dtype=np.float32)
    assert [t.term.name for t in shown_tags(sure, categories)] == ["Parenting support"]
    assert shown_tags(unsure, categories) == []
    assert [t.term.name for t in shown_tags(unsure, categories, shown_from=0.3)] == [
        "Parenting support"
    ]


def test_reports_kept_before_their_history_was_recorded_are_read_and_resolved(
    tmp_path: Path,
) -> None:
    import sqlite3

    path = tmp_path / "app.db"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE listing_reports (id INTEGER PRIMARY KEY, service_id TEXT NOT NULL, "
            "service_name TEXT NOT NULL, problem TEXT NOT NULL, details TEXT NOT NULL, "
            "reporter_email TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
            "status TEXT NOT NULL DEFAULT 'new')"
        )
        db.execute(
            "INSERT INTO listing_reports (service_id, service_name, problem, details, "
            "created_at) VALUES ('s1', 'Old listing', 'closed', 'Closed in June', "
            "'2026-06-01T09:00:00Z')"
        )
    reports = ReportQueue(SQLiteDatabase(path), clock=lambda: TODAY)
    [old] = reports.waiting()
    assert (old.details, old.resolved_by, old.resolved_at) == ("Closed in June", "", "")
    assert reports.resolve(old.id, "eddie") and not reports.resolve(old.id, "eddie")
    [done] = reports.dealt_with()
    assert (done.resolved_by, done.resolved_at) == ("eddie", "2026-11-23T10:00:00Z")
    assert reports.about("s1") == [done] and reports.waiting() == []
