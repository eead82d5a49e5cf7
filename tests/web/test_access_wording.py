"""The public pages say how to get a service in the words `directory.access` has for families,
and the staff view of a service page in its words for staff: the same lines a practitioner's
letter and a suggestion's reasons are worded from, read from the listing in one place."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.access import for_family, for_staff
from directory.geography import PostcodeDirectory
from directory.records import Service
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from staff.access import StaffAccess
from staff.accounts import PRACTITIONER, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import CountingEmbedder, cheap_hasher, service, write_json
from tests.feedback.office import PASSWORD, sign_in
from web.app import create_app
from web.directory_facts import short_id


def flag(code: str) -> dict[str, Any]:
    term = {"id": f"flag-{code}", "code": code, "name": code, "taxonomy": "earlyhelp-flags"}
    return {"taxonomy_term": term}


LISTINGS = [
    service(
        "both",
        "Family support team",
        attributes=[flag("self-referral"), flag("professional-referral")],
    ),
    service("referred", "Family therapy", attributes=[flag("professional-referral")]),
    # No flag: the family is told nothing the listing's flags do not say; staff are told
    # what its own words say.
    service("drop-in", "Stay and play", application_process="Drop in on Tuesdays, 10 to 12."),
]


@dataclass
class Site:
    http: httpx.AsyncClient
    store: SQLiteServiceStore

    def listing(self, service_id: str) -> Service:
        stored = self.store.get(service_id)
        assert stored is not None, service_id
        return stored.service


@pytest.fixture
async def site(tmp_path: Path, postcodes: PostcodeDirectory) -> AsyncIterator[Site]:
    store = SQLiteServiceStore(tmp_path / "directory.db")
    Importer(store, CountingEmbedder(), postcodes).run(
        read_json_file(write_json(tmp_path / "services.json", LISTINGS))
    )
    accounts = AccountStore(SQLiteDatabase(tmp_path / "app.db"), cheap_hasher())
    accounts.add("sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER})
    staff = StaffAccess(
        accounts,
        SessionStore(SQLiteDatabase(tmp_path / "app.db")),
        SignInThrottle(SQLiteDatabase(tmp_path / "app.db")),
    )
    app = create_app(store, None, postcodes, staff=staff)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://council.test") as http:
        yield Site(http, store)
    store.close()


@pytest.mark.parametrize("service_id", ["both", "referred", "drop-in"])
async def test_the_service_page_says_how_to_get_it_in_the_one_wording(
    site: Site, service_id: str
) -> None:
    listing = site.listing(service_id)
    public = (await site.http.get(f"/services/{service_id}")).text
    every_line = for_family(site.listing("both"))
    assert [line for line in every_line if f"{line}." in public] == for_family(listing)
    assert "Referral route:" not in public
    await sign_in(site.http, "sam")
    staff = (await site.http.get(f"/services/{service_id}")).text
    said = for_staff(listing) or "Not stated: ask the service"
    assert f"<strong>Referral route:</strong> {said}</p>" in staff


async def test_the_shortlist_says_how_to_get_each_service_in_the_one_wording(site: Site) -> None:
    ids = ",".join(short_id(r["id"]) for r in LISTINGS)
    page = (await site.http.get(f"/shortlist?s={ids}")).text
    for record in LISTINGS:
        assert record["name"] in page
        for line in for_family(site.listing(record["id"])):
            assert f"{line}." in page
    assert page.count("A professional (such as a GP, health visitor or school) can refer you") == 2
    assert page.count("You can contact the service yourself") == 1
