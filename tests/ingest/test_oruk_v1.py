"""Open Referral UK v1 and Outpost records are read field by field: each v1 field reaches its
HSDS 3.0 place (seen through the API and on the service page after a real import), or is
reported as `unmapped` in the data-quality report; the record as sent is kept beside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer, ImportSummary
from ingest.json_source import read_json_file
from ingest.oruk_v1 import is_v1_record, to_hsds3
from ingest.problems import ERROR, WARNING
from ingest.report import print_problems
from ingest.validation import validate_service
from tests.conftest import SEED, CountingEmbedder, shared_path, write_json
from web.app import create_app

DATA = Path(__file__).resolve().parents[1] / "data" / "oruk_v1"
OUTPOST_PAGE = DATA / "outpost_page.json"
V1_SERVICES = DATA / "oruk_v1_services.json"
SCHEMAS = {
    "hsds-3.0": ("standards", "hsds-3.0", "schema", "compiled", "service.json"),
    "uk-profile": ("standards", "oruk-uk-profile", "schema", "compiled", "service.json"),
}
#: Every field of the fixtures that HSDS 3.0 has no place for: (service id, field).
UNMAPPED = {
    ("4182", "target_directories"),
    ("4182", "meta"),
    ("4182", "links[1]"),
    ("4182", "council_ward"),
    ("1042", "deliverable_type"),
    ("1042", "reviews"),
    ("1042", "organization.reviews"),
    ("1042", "eligibilitys[0].taxonomys"),
    ("1042", "x_internal_ref"),
}


def outpost_records() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = json.loads(OUTPOST_PAGE.read_text())["content"]
    return records


def by_id(records: list[dict[str, Any]], service_id: int | str) -> dict[str, Any]:
    return next(r for r in records if r["id"] == service_id)


@pytest.fixture(scope="module")
def imported(
    tmp_path_factory: pytest.TempPathFactory, postcodes: PostcodeDirectory
) -> Iterator[tuple[SQLiteServiceStore, ImportSummary]]:
    """Both fixtures imported by the real importer into a SQLite store of their own."""
    folder = tmp_path_factory.mktemp("oruk_v1")
    store = SQLiteServiceStore(folder / "directory.db")
    importer = Importer(store, CountingEmbedder(), postcodes)
    summary = importer.run([*read_json_file(OUTPOST_PAGE), *read_json_file(V1_SERVICES)])
    yield store, summary
    store.close()


@pytest.fixture
async def http(
    imported: tuple[SQLiteServiceStore, ImportSummary],
) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(imported[0]))
    async with httpx.AsyncClient(transport=transport, base_url="http://directory.test") as client:
        yield client


async def published(http: httpx.AsyncClient, service_id: str) -> dict[str, Any]:
    response = await http.get(f"/api/services/{service_id}")
    assert response.status_code == 200, response.text
    record: dict[str, Any] = response.json()
    return record


class SummaryRows(HTMLParser):
    """The rows of a page's summary list: each key's text and its value's text."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, str] = {}
        self._cell: str | None = None
        self._key = ""
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("dt", "dd") and {"govuk-summary-list__key", "govuk-summary-list__value"} & set(
            classes
        ):
            self._cell, self._text = tag, []
        elif tag == "br" and self._cell:
            self._text.append(" / ")

    def handle_endtag(self, tag: str) -> None:
        if tag != self._cell:
            return
        text = " ".join(" ".join(self._text).split())
        if tag == "dt":
            self._key = text
        else:
            self.rows[self._key] = text
        self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell:
            self._text.append(data)


async def page_rows(http: httpx.AsyncClient, service_id: str) -> tuple[str, dict[str, str]]:
    response = await http.get(f"/services/{service_id}")
    assert response.status_code == 200
    parser = SummaryRows()
    parser.feed(response.text)
    return response.text, parser.rows


def terms(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        a["taxonomy_term"]["id"]: a["taxonomy_term"]
        for a in record.get("attributes") or []
        if a["taxonomy_term"].get("taxonomy") != "earlyhelp-flags"
    }


def flag_codes(record: dict[str, Any]) -> set[str]:
    return {
        a["taxonomy_term"]["code"]
        for a in record.get("attributes") or []
        if a["taxonomy_term"].get("taxonomy") == "earlyhelp-flags"
    }


def test_every_record_is_read_and_none_is_rejected(
    imported: tuple[SQLiteServiceStore, ImportSummary],
) -> None:
    _, summary = imported
    assert (summary.read, summary.added, summary.rejected) == (5, 5, 0), summary.errors
    assert summary.checked == ["4182", "4190", "4201", "1042", "bk-teen-7"]


def test_each_field_the_directory_has_no_place_for_is_reported_as_unmapped(
    imported: tuple[SQLiteServiceStore, ImportSummary],
) -> None:
    _, summary = imported
    found = {(p.record_id, p.field) for p in summary.problems if p.kind == "unmapped"}
    assert found == UNMAPPED
    assert all(p.severity == WARNING for p in summary.problems if p.kind == "unmapped")
    facebook = next(p for p in summary.problems if p.field == "links[1]")
    assert "https://www.facebook.com/oakfieldfamilycentre" in facebook.message
    assert "record as the feed sent it is kept" in facebook.message


def test_the_report_counts_unmapped_fields_under_their_own_heading(
    imported: tuple[SQLiteServiceStore, ImportSummary], tmp_path: Path
) -> None:
    out = tmp_path / "report.txt"
    with out.open("w") as stream:
        print_problems(imported[1].problems, stream)
    text = out.read_text()
    assert f"{len(UNMAPPED):>6}  fields with no place in HSDS 3.0" in text
    assert "id 1042): deliverable_type: 'Advice': HSDS 3.0 has no place for it" in text


def test_the_record_as_the_feed_sent_it_is_kept_beside_the_mapped_one(
    imported: tuple[SQLiteServiceStore, ImportSummary],
) -> None:
    stored = imported[0].get("4182")
    assert stored is not None
    assert stored.source == by_id(outpost_records(), 4182)
    assert "target_directories" not in stored.record and stored.record["id"] == "4182"


async def test_an_outpost_record_through_the_api(http: httpx.AsyncClient) -> None:
    record = await published(http, "4182")
    assert record["id"] == "4182"
    assert (record["minimum_age"], record["maximum_age"]) == (0, 4)
    assert record["status"] == "active"
    assert record["organization"] == {
        "id": "52",
        "name": "Oakfield Family Centre Trust",
        "description": "A charity running family centres in Aylesbury Vale.",
        "email": "hello@oakfieldfamilycentre.org.uk",
        "website": "https://oakfieldfamilycentre.org.uk",
    }
    assert record["url"] == "https://oakfieldfamilycentre.org.uk/stay-and-play"
    [place] = record["service_at_locations"]
    location = place["location"]
    assert (location["id"], location["name"]) == ("77", "Oakfield Family Centre")
    assert (location["latitude"], location["longitude"]) == (51.8145, -0.8122)
    [address] = location["addresses"]
    assert (address["address_1"], address["city"], address["postal_code"]) == (
        "Oakfield Road",
        "Aylesbury",
        "HP20 1UA",
    )
    assert [a["description"] for a in location["accessibility"]] == [
        "Wheelchair accessible entrance",
        "Accessible toilet facilities",
    ]
    [contact] = record["contacts"]
    assert (contact["name"], contact["title"], contact["email"]) == (
        "Priya Shah",
        "Family worker",
        "stayandplay@oakfieldfamilycentre.org.uk",
    )
    assert [p["number"] for p in contact["phones"]] == ["01296 495 142"]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in record["schedules"]] == [
        ("MO", "09:30", "11:30"),
        ("TH", "13:00", "15:00"),
    ]
    assert [(c["option"], c["amount"]) for c in record["cost_options"]] == [("Free", 0)]
    assert flag_codes(record) == {"self-referral"}
    assert record["last_modified"] == "2026-10-01T09:30:00.000Z"
    [created] = record["metadata"]
    assert (created["last_action_type"], created["last_action_date"]) == (
        "create",
        "2024-02-12T10:15:00.000Z",
    )


async def test_outpost_taxonomies_send_needs_and_suitabilities_are_categories(
    http: httpx.AsyncClient, imported: tuple[SQLiteServiceStore, ImportSummary]
) -> None:
    found = terms(await published(http, "4182"))
    assert {t: (v["name"], v.get("parent_id")) for t, v in found.items()} == {
        "12": ("Things to do", None),
        "31": ("Play groups", "12"),
        "send-need-3": ("Autism", None),
        "suitability-5": ("Physical disabilities", None),
    }
    stored = imported[0].get("4182")
    assert stored is not None
    assert stored.service.category_names == (
        "Things to do",
        "Play groups",
        "Autism",
        "Physical disabilities",
    )


async def test_a_v1_child_term_brings_its_parent(http: httpx.AsyncClient) -> None:
    found = terms(await published(http, "1042"))
    assert found["tx-speech"]["parent_id"] == "tx-health"
    assert found["tx-health"]["name"] == "Health and wellbeing"
    assert {t["taxonomy"] for t in found.values()} == {"Family Hubs"}


async def test_an_oruk_v1_record_through_the_api(
    http: httpx.AsyncClient, imported: tuple[SQLiteServiceStore, ImportSummary]
) -> None:
    record = await published(http, "1042")
    assert (record["minimum_age"], record["maximum_age"]) == (2, 5)  # from its eligibilitys
    assert record["eligibility_description"] == "child"
    assert record["fees_description"] == "Free for families living in Buckinghamshire"
    assert record["accreditations"] == "Communication Friendly Setting award"
    assert record["application_process"] == "By referral"
    assert flag_codes(record) == {"professional-referral", "in-person", "phone"}
    assert record["organization"]["website"] == "https://www.talkingtogether.org.uk"
    assert record["organization"]["logo"] == "https://www.talkingtogether.org.uk/logo.png"
    [place] = record["service_at_locations"]
    assert place["location"]["addresses"][0]["postal_code"] == "HP11 2BW"
    assert place["location"]["accessibility"] == [
        {"id": "acc-1", "description": "Lift to the first floor"}
    ]
    assert [(s.get("byday"), s.get("interval"), s["description"]) for s in place["schedules"]] == [
        ("WE", 1, "Wednesday 10:00 to 12:00"),
        (None, None, "Closed 2026-12-24 to 2027-01-02"),
    ]
    assert place["schedules"][1]["valid_from"] == "2026-12-24"
    [phone] = record["contacts"][0]["phones"]
    assert (phone["number"], phone["languages"][0]["code"]) == ("01494 421 210", "en")
    assert [(lang["code"], lang["name"]) for lang in record["languages"]] == [
        ("pl", "Polish"),
        ("ur", "Urdu"),
    ]
    assert record["service_areas"][0]["name"] == "Buckinghamshire"
    assert [(c["amount"], c["amount_description"]) for c in record["cost_options"]] == [
        (0, "No charge")
    ]
    assert record["funding"] == [
        {"id": "f-1", "source": "Buckinghamshire Council public health grant"}
    ]
    stored = imported[0].get("1042")
    assert stored is not None
    assert stored.service.area_codes == ("E06000060",)
    assert stored.service.languages == ("pl", "ur")
    assert stored.service.free is True


async def test_holiday_hours_and_outpost_weekday_numbers(http: httpx.AsyncClient) -> None:
    teen = await published(http, "bk-teen-7")
    assert [s["description"] for s in teen["service_at_locations"][0]["schedules"]] == [
        "Tuesday, Thursday 18:00 to 21:00",
        "Open 14:00 to 17:00 2026-12-28 to 2026-12-30",
    ]
    assert (teen["cost_options"][0]["amount"], flag_codes(teen)) == (1.5, {"self-referral"})
    minder = await published(http, "4190")
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in minder["schedules"]] == [
        ("MO", "07:30", "18:00"),
        ("FR", "07:30", "16:00"),
    ]
    assert (minder["minimum_age"], minder["maximum_age"]) == (2, 7)  # from its age bands
    assert minder["cost_options"][0]["amount_description"] == "per day"


async def test_a_masked_outpost_address_is_never_published(http: httpx.AsyncClient) -> None:
    record = await published(http, "4190")
    location = record["service_at_locations"][0]["location"]
    assert "addresses" not in location and "latitude" not in location
    assert "HP21" not in json.dumps(record)
    html, rows = await page_rows(http, "4190")
    assert "the address is not published" in rows["Where"]
    assert "HP21" not in html


async def test_the_service_page_shows_the_mapped_fields(http: httpx.AsyncClient) -> None:
    html, rows = await page_rows(http, "4182")
    assert '<h1 class="govuk-heading-l">Stay and Play at Oakfield Family Centre</h1>' in html
    assert "Oakfield Family Centre Trust" in html
    assert rows["Ages"] == "0 to 4"
    assert rows["Cost"] == "Free"
    assert rows["Where"] == "Oakfield Family Centre / Oakfield Road, Aylesbury, HP20 1UA"
    assert rows["When"] == "Monday 09:30 to 11:30 Thursday 13:00 to 15:00"
    assert "You can contact the service yourself" in rows["How to get help"]
    assert "https://oakfieldfamilycentre.org.uk/stay-and-play" in rows["Contact"]
    assert "Wheelchair accessible entrance" in rows["Accessibility"]
    _, v1_rows = await page_rows(http, "1042")
    assert v1_rows["Ages"] == "2 to 5"
    assert v1_rows["Languages"] == "Polish, Urdu"
    assert "referrals@talkingtogether.org.uk" in v1_rows["Contact"]
    assert "Needs a referral" not in v1_rows["How to get help"]
    assert "A professional (such as a GP" in v1_rows["How to get help"]
    # The service's own times, then its venue's weekly times and holiday closure.
    assert v1_rows["When"].startswith("Phone line: weekdays 9am to 5pm")
    assert "Wednesday 10:00 to 12:00" in v1_rows["When"]
    assert "Closed 2026-12-24 to 2027-01-02" in v1_rows["When"]


@pytest.mark.parametrize("schema_name", list(SCHEMAS))
async def test_every_mapped_record_is_valid_hsds_3(
    http: httpx.AsyncClient, schema_name: str
) -> None:
    schema = json.loads(shared_path(*SCHEMAS[schema_name]).read_text())
    validator_class: Any = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    invalid = {}
    for service_id in ("4182", "4190", "4201", "1042", "bk-teen-7"):
        record = await published(http, service_id)
        errors = [
            f"{list(e.path)}: {e.message}"
            for e in validator.iter_errors(record)
            # The feed's own ids are kept (Outpost's are numbers), so they are not UUIDs.
            if not (e.validator == "format" and e.validator_value == "uuid")
        ]
        if errors:
            invalid[service_id] = errors[:5]
    assert invalid == {}


def test_an_outpost_page_imports_through_the_command_line(tmp_path: Path) -> None:
    db, report = tmp_path / "directory.db", tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "earlyhelp", "ingest", "--report", str(report), str(OUTPOST_PAGE)],
        env=os.environ | {"EARLYHELP_DB": str(db), "EARLYHELP_EMBEDDER": "hashing"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Read 3: 3 added, 0 updated, 0 unchanged, 0 rejected." in done.stdout
    assert "fields with no place in HSDS 3.0" in done.stdout
    data = json.loads(report.read_text())
    unmapped = {(p["record_id"], p["field"]) for p in data["problems"] if p["kind"] == "unmapped"}
    assert unmapped == {pair for pair in UNMAPPED if pair[0].startswith("4")}
    store = SQLiteServiceStore(db)
    try:
        stored = store.get("4201")
        assert stored is not None
        service = stored.service
        assert (service.status, service.minimum_age, service.maximum_age) == (
            "temporarily closed",
            0,
            18,
        )
        assert (service.organization_name, service.free) == ("Oakfield Family Centre Trust", True)
        assert service.flags == ("professional-referral",)
        assert [(loc.postcode, loc.latitude, loc.longitude) for loc in service.locations] == [
            ("HP11 2BW", 51.6296, -0.7512)
        ]
    finally:
        store.close()


def test_a_bad_v1_value_rejects_the_record_and_leaves_the_stored_one_alone(
    tmp_path: Path, postcodes: PostcodeDirectory
) -> None:
    store = SQLiteServiceStore(tmp_path / "directory.db")
    try:
        importer = Importer(store, CountingEmbedder(), postcodes)
        importer.run(read_json_file(OUTPOST_PAGE))
        before = store.get("4182")
        broken = by_id(outpost_records(), 4182) | {"min_age": "three", "name": "Changed"}
        summary = importer.run(read_json_file(write_json(tmp_path / "bad.json", [broken])))
        assert summary.rejected == 1
        [error] = summary.errors
        assert (error.record_id, error.field) == ("4182", "min_age")
        assert "must be a number of years, got 'three'" in error.message
        after = store.get("4182")
        assert before is not None and after is not None
        assert (after.service, after.source) == (before.service, before.source)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id", 12.5, "must be a string"),
        ("locations", [{"id": 1, "geometry": {"type": "Point", "coordinates": [51.8]}}], "GeoJSON"),
        ("needs_referral", "sometimes", "is not yes or no"),
        ("regular_schedules", [{"weekday": "Someday"}], "is not a day of the week"),
    ],
)
def test_values_that_cannot_be_read_are_reported_where_they_are(
    field: str, value: Any, message: str
) -> None:
    record = {"id": 7, "name": "Group", "status": "active", "min_age": 3} | {field: value}
    found = validate_service(record)
    assert any(message in issue.message for issue in found), found


def test_hsds_3_records_are_not_taken_for_v1() -> None:
    example = json.loads(
        shared_path("standards", "hsds-3.0", "examples", "service_full.json").read_text()
    )
    seed = json.loads(SEED.read_text())["contents"]
    assert not is_v1_record(example)
    assert not any(is_v1_record(record) for record in seed)
    assert all(is_v1_record(record) for record in outpost_records())


def test_hsds_3_fields_in_a_v1_record_win_over_the_v1_field_they_stand_for() -> None:
    """A directory editor's value is laid over the feed's record in HSDS 3.0 terms."""
    record = by_id(outpost_records(), 4182) | {"minimum_age": 1, "status": "inactive"}
    mapped, issues = to_hsds3(record)
    assert (mapped["minimum_age"], mapped["maximum_age"], mapped["status"]) == (1, 4, "inactive")
    assert not [i for i in issues if i.severity == ERROR]


def test_contacts_and_locations_the_feed_keeps_to_itself_are_left_out_and_reported() -> None:
    record = by_id(outpost_records(), 4182)
    hidden_contact = {"id": 311, "name": "Duty manager", "phone": "07700 900 999", "visible": False}
    hidden_place = {"id": 79, "name": "Staff office", "postal_code": "HP20 1UA", "visible": False}
    record = record | {
        "contacts": [*record["contacts"], hidden_contact],
        "locations": [*record["locations"], hidden_place],
    }
    mapped, issues = to_hsds3(record)
    assert "07700 900 999" not in json.dumps(mapped) and "Staff office" not in json.dumps(mapped)
    left_out = {i.field: i.message for i in issues if "not visible" in i.message}
    assert set(left_out) == {"contacts[1]", "locations[1]"}
    assert all(i.kind == "unmapped" for i in issues if i.field in left_out)
