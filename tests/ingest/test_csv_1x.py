"""An HSDS 1.x CSV data package, imported by `earlyhelp ingest` into a real store, comes back
field by field through `GET /api/services/{id}` and on the service page; every 1.x column
with no place in HSDS 3.0 is reported as `unmapped`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.sqlite_store import SQLiteServiceStore
from web.app import create_app

PACKAGE = Path(__file__).resolve().parents[1] / "data" / "hsds_1x"


def ingest(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "earlyhelp", "ingest", *args],
        env=os.environ | {"EARLYHELP_DB": str(db), "EARLYHELP_EMBEDDER": "hashing"},
        capture_output=True,
        text=True,
        timeout=300,
    )


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def page_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], str]:
    folder = tmp_path_factory.mktemp("hsds1")
    db = folder / "d.db"
    report = folder / "report.json"
    done = ingest(db, "--report", str(report), str(PACKAGE))
    assert done.returncode == 0, done.stderr
    return db, json.loads(report.read_text()), done.stdout


@pytest.fixture
async def http(imported: tuple[Path, dict[str, Any], str]) -> AsyncIterator[httpx.AsyncClient]:
    store = SQLiteServiceStore(imported[0])
    transport = httpx.ASGITransport(app=create_app(store))
    async with httpx.AsyncClient(transport=transport, base_url="http://directory.test") as c:
        yield c
    store.close()


def test_both_services_are_stored(imported: tuple[Path, dict[str, Any], str]) -> None:
    _, report, stdout = imported
    assert "Read 2: 2 added, 0 updated, 0 unchanged, 0 rejected." in stdout
    assert (report["read"], report["added"], report["rejected"]) == (2, 2, 0)


def test_every_column_without_a_place_in_3_0_is_reported(
    imported: tuple[Path, dict[str, Any], str],
) -> None:
    unmapped = {
        (p["position"], p["field"]) for p in imported[1]["problems"] if p["kind"] == "unmapped"
    }
    assert unmapped == {
        ("organizations.csv", "assured_date"),
        ("services.csv", "deliverable_type"),
        ("services.csv", "council_ref"),
        ("phones.csv", "department"),
        ("contacts.csv", "personal_data"),
        ("contacts.csv", "sensitive_data"),
        ("taxonomy.csv", "parent_name"),
        ("payments_accepted.csv", "(table)"),
    }
    council_ref = next(p for p in imported[1]["problems"] if p["field"] == "council_ref")
    assert "2 rows with a value" in council_ref["message"]


async def test_service_fields_come_back_through_the_api(http: httpx.AsyncClient) -> None:
    record = (await http.get("/api/services/svc-1")).json()
    assert {k: record[k] for k in ("name", "alternate_name", "status", "wait_time")} == {
        "name": "Stay and Play",
        "alternate_name": "Toddler group",
        "status": "active",
        "wait_time": "No wait",
    }
    assert record["description"].startswith("A weekly play session")
    assert record["url"] == "https://riverside-family.org.uk/stay-and-play"
    assert record["email"] == "stayandplay@riverside-family.org.uk"
    assert record["interpretation_services"] == "Polish interpreter on request"
    assert record["application_process"] == "Just turn up on the day."
    assert record["fees_description"] == "Free"
    assert (record["accreditations"], record["licenses"]) == (
        "Ofsted registered",
        "Childcare licence 42",
    )
    assert record["assured_date"] == "2025-09-01"
    assert (record["minimum_age"], record["maximum_age"]) == (0, 4)
    assert record["eligibility_description"] == "Family"
    assert record["program"]["name"] == "Early Years"
    assert [a["name"] for a in record["service_areas"]] == ["Bath and North East Somerset"]
    assert [(x.get("code"), x.get("name")) for x in record["languages"]] == [
        ("pl", None),
        (None, "English"),
    ]
    assert [f["source"] for f in record["funding"]] == ["Council early help grant"]


async def test_organisation_taxonomy_and_contacts(http: httpx.AsyncClient) -> None:
    record = (await http.get("/api/services/svc-1")).json()
    organization = record["organization"]
    assert organization["name"] == "Riverside Family Trust"
    assert organization["website"] == "https://www.riverside-family.org.uk"
    assert (organization["year_incorporated"], organization["legal_status"]) == (1998, "Charity")
    terms = {
        a["taxonomy_term"]["name"]: a["taxonomy_term"]
        for a in record["attributes"]
        if a["taxonomy_term"]["taxonomy"] != "earlyhelp-flags"
    }
    assert set(terms) == {"Family support", "Play and stay"}
    assert terms["Play and stay"]["parent_id"] == "tax-1"
    assert terms["Play and stay"]["taxonomy"] == "Family Hubs"
    phone = record["phones"][0]
    assert (phone["number"], phone["description"]) == ("01632 960 123", "Main line")
    assert phone["languages"][0]["name"] == "Polish"
    contact = record["contacts"][0]
    assert (contact["name"], contact["title"], contact["department"]) == (
        "Asha Patel",
        "Family worker",
        "Early help",
    )
    assert contact["email"] == "asha@riverside-family.org.uk"
    assert [(p["number"], p["extension"]) for p in contact["phones"]] == [("01632 960 456", 12)]


async def test_locations_addresses_and_schedules(http: httpx.AsyncClient) -> None:
    record = (await http.get("/api/services/svc-1")).json()
    sal = record["service_at_locations"][0]
    location = sal["location"]
    assert (sal["description"], location["name"]) == ("Main hall", "Riverside Children's Centre")
    assert (location["latitude"], location["longitude"]) == (51.379912, -2.365143)
    assert location["transportation"] == "Bus 5 stops outside"
    assert (location["external_identifier"], location["external_identifier_type"]) == (
        "100120000001",
        "uprn",
    )
    physical, postal = location["addresses"]
    assert (physical["address_type"], physical["address_2"]) == (
        "physical",
        "12 Mill Lane, Twerton",
    )
    assert (physical["postal_code"], physical["attention"]) == ("BA2 4BL", "Reception")
    assert (postal["address_type"], postal["address_1"]) == ("postal", "PO Box 12")
    assert location["accessibility"] == [
        {"id": "ac-1", "description": "Step-free access", "details": "Ramp at the side door"}
    ]
    by_id = {s["id"]: s for s in record["schedules"]}
    assert {k: by_id["rs-1"][k] for k in ("byday", "opens_at", "closes_at", "freq")} == {
        "byday": "MO",
        "opens_at": "09:30:00",
        "closes_at": "11:30:00",
        "freq": "WEEKLY",
    }
    assert by_id["rs-2"]["byday"] == "TH"
    assert by_id["hs-1"]["description"] == "Closed 2025-12-24 to 2026-01-02"
    assert (by_id["hs-1"]["valid_from"], by_id["hs-1"]["valid_to"]) == ("2025-12-24", "2026-01-02")


async def test_the_second_service_keeps_its_costs_and_eligibility(
    http: httpx.AsyncClient,
) -> None:
    record = (await http.get("/api/services/svc-2")).json()
    assert record["status"] == "inactive"
    assert record["fees_description"] == "£2 a session"
    cost = record["cost_options"][0]
    assert (cost["option"], cost["amount"], cost["valid_to"]) == ("Per session", 2, "2026-03-31")
    assert (record["minimum_age"], record.get("maximum_age")) == (18, None)
    assert record["eligibility_description"] == "Adult; Male"
    assert [d["document"] for d in record["required_documents"]] == ["Proof of address"]
    [attribute] = [
        a for a in record["attributes"] if a["taxonomy_term"]["name"] == "Parenting support"
    ]
    assert (attribute["taxonomy_term"]["name"], attribute["value"]) == (
        "Parenting support",
        "Fathers",
    )


async def test_the_service_page_shows_the_fields(http: httpx.AsyncClient) -> None:
    text = page_text((await http.get("/services/svc-1")).text)
    for expected in (
        "Stay and Play",
        "Riverside Family Trust",
        "A weekly play session",
        "0 to 4",
        "Free",
        "Just turn up on the day.",
        "12 Mill Lane, Twerton",
        "Monday 09:30 to 11:30",
        "Thursday 13:00 to 15:00",
        "Closed 2025-12-24 to 2026-01-02",
        "01632 960 123",
        "stayandplay@riverside-family.org.uk",
        "Polish",
        "Step-free access",
    ):
        assert expected in text, expected


def test_a_package_of_organisations_only_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "orgs"
    folder.mkdir()
    shutil.copy(PACKAGE / "organizations.csv", folder)
    for source in (folder, folder / "organizations.csv"):
        done = ingest(tmp_path / "d.db", str(source))
        assert done.returncode == 1
        assert "this looks like a list of organisations, not services" in done.stderr
        assert "legal_status" in done.stderr


def test_a_byte_that_is_not_utf8_is_placed(tmp_path: Path) -> None:
    folder = tmp_path / "latin1"
    shutil.copytree(PACKAGE, folder)
    services = (folder / "services.csv").read_text(encoding="utf-8")
    (folder / "services.csv").write_bytes(services.encode("cp1252"))
    done = ingest(tmp_path / "d.db", str(folder))
    assert done.returncode == 1
    assert "services.csv: not UTF-8 text: byte 0xa3 at line 3" in done.stderr
    assert "'£'" in done.stderr and "Save the file as UTF-8" in done.stderr


def _flags(record: dict[str, Any]) -> set[str]:
    return {
        a["taxonomy_term"]["code"]
        for a in record.get("attributes") or []
        if a.get("taxonomy_term", {}).get("taxonomy") == "earlyhelp-flags"
    }


async def test_attending_type_and_access_become_the_same_flags_as_in_v1_json(
    http: httpx.AsyncClient, tmp_path: Path
) -> None:
    venue = (await http.get("/api/services/svc-1")).json()
    remote = (await http.get("/api/services/svc-2")).json()
    assert _flags(venue) == {"in-person", "self-referral"}
    assert _flags(remote) == {"online", "phone"}
    # The same values in an ORUK v1 JSON record map to the same flags.
    v1 = [
        {
            "id": 1,
            "name": "Stay and Play",
            "description": "Play.",
            "attending_type": "Venue",
            "attending_access": "Drop-in",
        },
        {
            "id": 2,
            "name": "Dads' Evening",
            "description": "Talk.",
            "attending_type": "Online, phone",
            "attending_access": "appointment",
        },
    ]
    (tmp_path / "v1.json").write_text(json.dumps(v1))
    done = ingest(tmp_path / "v1.db", str(tmp_path / "v1.json"))
    assert done.returncode == 0, done.stderr
    store = SQLiteServiceStore(tmp_path / "v1.db")
    try:
        one, two = store.get("1"), store.get("2")
        assert one is not None and two is not None
        assert _flags(one.record) == _flags(venue) and set(one.service.flags) >= _flags(venue)
        assert _flags(two.record) == _flags(remote) and set(two.service.flags) >= _flags(remote)
        assert one.record["application_process"] == "Drop in"
    finally:
        store.close()


async def test_an_organisation_phone_is_the_contact_of_a_service_without_one(
    http: httpx.AsyncClient,
) -> None:
    with_own = (await http.get("/api/services/svc-1")).json()
    without = (await http.get("/api/services/svc-2")).json()
    for record in (with_own, without):
        phones = record["organization"]["phones"]
        assert [(p["number"], p["description"]) for p in phones] == [("01632 960 789", "Reception")]
    assert "phones" not in without and "contacts" not in without
    own_page = page_text((await http.get("/services/svc-1")).text)
    assert "01632 960 123" in own_page and "01632 960 789" not in own_page
    other_page = page_text((await http.get("/services/svc-2")).text)
    assert "01632 960 789" in other_page
