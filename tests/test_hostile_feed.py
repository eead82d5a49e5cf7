"""A hostile feed imported with the real command line, then probed through every public page,
the API and both exports: confidential addresses, script links and spreadsheet formulas get
out nowhere."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.geography import PostcodeDirectory
from directory.safe_values import safe_link
from directory.sqlite_store import SQLiteServiceStore
from directory.store import Fingerprint, ServiceChange
from feedback.gaps import GapRow, gaps_csv
from ingest.normalise import normalise_service
from matching.embedding import HashingEmbedder
from matching.engine import Matcher
from tests.conftest import service, write_json
from web.app import create_app

EARLYHELP = Path(sys.executable).parent / "earlyhelp"

#: Everything that would find a refuge: streets, postcodes (as written and normalised) and
#: coordinates.
SECRETS = (
    "2 Nameless Row",
    "14 Secret Street",
    "BA2 4BL",
    "BA24BL",
    "51.379912",
    "-2.365143",
    "9 Hidden Mews",
    "BA1 5AW",
    "51.391177",
    "-2.371488",
    "3 Quiet Yard",
    "BA2 2RP",
    "Ring the bell at the back of 14 Secret Street",
)
FORMULAS = ('=HYPERLINK("http://evil")', "+SUM(1)", "@cmd", "-2+3")
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


def _flag() -> dict[str, Any]:
    return {
        "taxonomy_term": {
            "id": "flag-confidential",
            "code": "confidential-address",
            "name": "Confidential address",
            "taxonomy": "earlyhelp-flags",
        }
    }


def _place(
    location_id: str | None,
    street: str,
    postcode: str,
    at: tuple[float, float] | None = None,
    *,
    hidden: bool,
) -> dict[str, Any]:
    place: dict[str, Any] = {
        "name": "Safe house",
        "location_type": "physical",
        "description": f"Ring the bell at the back of {street}",
        "addresses": [{"address_1": street, "city": "Bath", "postal_code": postcode}],
        "phones": [{"number": "01632 960 999"}],
        "accessibility": [{"description": f"Step-free entrance on {street}"}],
        "attributes": [_flag()] if hidden else [],
    }
    if location_id is not None:
        place["id"] = location_id
    if at is not None:
        place["latitude"], place["longitude"] = at
    return place


def hostile_feed() -> list[dict[str, Any]]:
    """One record per trick, plus an ordinary listing."""
    spaced = _place(
        " loc-spaced ", "14 Secret Street", "BA2 4BL", (51.379912, -2.365143), hidden=True
    )
    shared = _place("loc-shared", "9 Hidden Mews", "BA1 5AW", (51.391177, -2.371488), hidden=True)
    shared_copy = _place("loc-shared ", "9 Hidden Mews", "BA1 5AW", hidden=False)
    return [
        service(
            "refuge-no-id",
            "Refuge with an unnamed house",
            service_at_locations=[
                {"id": "sal-n", "location": _place(None, "2 Nameless Row", "BA2 4BL", hidden=True)}
            ],
        ),
        service(
            "refuge-spaced",
            "Refuge with a spaced id",
            phones=[{"number": "01632 960 001"}],
            service_at_locations=[{"id": "sal-s", "location": spaced}],
        ),
        service(
            "refuge-shared",
            "Refuge listed twice",
            phones=[{"number": "01632 960 002"}],
            organization={
                "id": "org-safe",
                "name": "Safe Homes",
                "locations": [shared],
            },
            service_at_locations=[{"id": "sal-h", "location": shared_copy}],
            locations=[_place("loc-yard", "3 Quiet Yard", "BA2 2RP", hidden=True)],
            program={"name": "Outreach", "location": dict(shared_copy)},
        ),
        service(
            "bad-links",
            FORMULAS[0],
            description=FORMULAS[1],
            url="javascript:alert(1)",
            email="help@safe-homes.org.uk",
            phones=[{"id": "ph-1", "number": FORMULAS[3]}],
            organization={
                "id": "org-evil",
                "name": FORMULAS[2],
                "website": "data:text/html,<script>alert(1)</script>",
            },
            service_at_locations=[
                {
                    "id": "sal-b",
                    "location": {
                        "id": "loc-b",
                        "name": "Guildhall",
                        "latitude": 51.3811,
                        "longitude": -2.3590,
                        "addresses": [
                            {"address_1": "High Street", "city": "Bath", "postal_code": "BA1 1UF"}
                        ],
                    },
                }
            ],
        ),
        service("plain", "Parenting group", url="www.bathparents.org.uk"),
    ]


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"EARLYHELP_DB": str(db), "EARLYHELP_EMBEDDER": "hashing"}
    return subprocess.run(
        [str(EARLYHELP), *args], env=env, capture_output=True, text=True, timeout=300
    )


@dataclass(frozen=True)
class Imported:
    db: Path
    report: dict[str, Any]
    folder: Path


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "directory.db"
    feed = write_json(folder / "hostile.json", hostile_feed())
    done = run_cli(db, "ingest", "--report", str(folder / "report.json"), str(feed))
    assert done.returncode == 0, done.stderr
    exported = run_cli(
        db, "export", "--json", str(folder / "out.json"), "--csv", str(folder / "pkg")
    )
    assert exported.returncode == 0, exported.stderr
    return Imported(db, json.loads((folder / "report.json").read_text()), folder)


@pytest.fixture
def store(imported: Imported) -> Iterator[SQLiteServiceStore]:
    opened = SQLiteServiceStore(imported.db)
    yield opened
    opened.close()


@pytest.fixture
async def http(
    store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(store, Matcher(store, HashingEmbedder(), postcodes), postcodes)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield client


class _Hrefs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs.extend(v for k, v in attrs if k in ("href", "src", "action") and v)


def hrefs(html: str) -> list[str]:
    parser = _Hrefs()
    parser.feed(html)
    return parser.hrefs


def assert_nothing_leaks(where: str, text: str) -> None:
    found = [secret for secret in SECRETS if secret in text]
    assert not found, f"{where} shows {found}"
    assert "javascript:" not in text.lower(), f"{where} holds a javascript: link"
    assert "data:text/html" not in text.lower(), f"{where} holds a data: link"


def test_the_import_rejects_an_unnamed_refuge_and_reports_bad_links(imported: Imported) -> None:
    report = imported.report
    assert report["rejected"] == 1 and report["added"] == 4
    [error] = [p for p in report["problems"] if p["severity"] == "error"]
    assert error["record_id"] == "refuge-no-id" and "id" in error["field"]
    links = {(p["record_id"], p["field"]) for p in report["problems"] if p["kind"] == "url"}
    assert links == {("bad-links", "url"), ("bad-links", "organization.website")}
    assert all(len(p["message"]) < 200 for p in report["problems"] if p["kind"] == "url"), (
        "the bad value is shown truncated"
    )


async def test_no_public_page_shows_a_refuge_or_links_script(
    imported: Imported, store: SQLiteServiceStore, http: httpx.AsyncClient
) -> None:
    ids = sorted(s.id for s in store.iter_services())
    assert ids == ["bad-links", "plain", "refuge-shared", "refuge-spaced"]
    pages = ["/", "/search?q=refuge", "/search?q=secret+street", "/search?q=parenting"]
    pages += [f"/services/{i}" for i in ids] + [f"/services/{i}?postcode=BA1+1UF" for i in ids]
    pages.append("/shortlist?ids=" + ",".join(ids))
    for path in pages:
        response = await http.get(path)
        assert response.status_code == 200, path
        assert_nothing_leaks(path, response.text)
        schemes = {h.split(":", 1)[0].lower() for h in hrefs(response.text) if ":" in h}
        assert schemes <= {"http", "https", "mailto", "tel"}, (path, schemes)
    plain = await http.get("/services/plain")
    assert 'href="https://www.bathparents.org.uk"' in plain.text
    contact = (await http.get("/services/bad-links")).text
    assert 'href="mailto:help@safe-homes.org.uk"' in contact
    assert "-2+3" in contact and 'href="tel:-2+3"' not in contact, "shown, not linked"
    refuge = (await http.get("/services/refuge-spaced")).text
    assert 'href="tel:01632960001"' in refuge


async def test_the_api_publishes_no_refuge_and_no_script_link(
    store: SQLiteServiceStore, http: httpx.AsyncClient
) -> None:
    listing = await http.get("/api/services", params={"per_page": 100})
    assert listing.json()["total_items"] == 4
    assert_nothing_leaks("/api/services", listing.text)
    for service_id in ("bad-links", "plain", "refuge-shared", "refuge-spaced"):
        one = await http.get(f"/api/services/{service_id}")
        assert one.status_code == 200
        assert_nothing_leaks(f"/api/services/{service_id}", one.text)
    spaced = (await http.get("/api/services/refuge-spaced")).json()
    assert spaced["service_at_locations"][0]["location"] == {
        "id": "loc-spaced",
        "location_type": "physical",
        "name": "Safe house",
        "attributes": [_flag()],
    }
    plain = (await http.get("/api/services/plain")).json()
    assert plain["url"] == "https://www.bathparents.org.uk"
    bad = (await http.get("/api/services/bad-links")).json()
    assert "url" not in bad and "website" not in bad["organization"]


def test_the_exports_hold_no_refuge_no_script_link_and_no_formula(imported: Imported) -> None:
    exported = (imported.folder / "out.json").read_text()
    assert_nothing_leaks("the JSON export", exported)
    names = {r["id"]: r["name"] for r in json.loads(exported)["contents"]}
    assert names["bad-links"] == FORMULAS[0], "the JSON keeps the text as given"
    tables = sorted((imported.folder / "pkg").glob("*.csv"))
    assert tables
    for table in tables:
        text = table.read_text()
        assert_nothing_leaks(table.name, text)
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                risky = cell[:1] in ("=", "+", "-", "@", "\t", "\r")
                assert not risky or _NUMBER.match(cell), f"{table.name}: {cell!r}"
    services = (imported.folder / "pkg" / "services.csv").read_text()
    assert "'" + FORMULAS[0].replace('"', '""') in services
    locations = (imported.folder / "pkg" / "locations.csv").read_text()
    assert "-2.359" in locations, "negative coordinates are numbers, not formulas"


def test_the_gaps_csv_neutralises_category_and_area_names() -> None:
    rows = [GapRow(FORMULAS[0], "@SUM(A1)", 3), GapRow("Parenting", "-1+1", 2)]
    cells = [
        cell
        for row in csv.reader(io.StringIO(gaps_csv(rows, "2026-01-01", "2026-03-31")))
        for cell in row
    ]
    assert "'" + FORMULAS[0] in cells and "'@SUM(A1)" in cells and "'-1+1" in cells
    assert "3" in cells and "Parenting" in cells


@pytest.mark.parametrize(
    ("value", "schemes", "expected"),
    [
        ("https://example.org/a?b=c", (), "https://example.org/a?b=c"),
        ("javascript:alert(1)", (), ""),
        ("JAVASCRIPT:alert(1)", ("http", "https", "javascript"), "JAVASCRIPT:alert(1)"),
        ("data:text/html,x", (), ""),
        ("\x01javascript:alert(1)", (), ""),
        ("mailto:help@example.org", (), ""),
        ("mailto:help@example.org", ("mailto",), "mailto:help@example.org"),
        ("mailto:a@b.org?bcc=c@d.org", ("mailto",), ""),
        ("tel:01632960999", ("tel",), "tel:01632960999"),
        ("tel:javascript:alert(1)", ("tel",), ""),
        (None, (), ""),
    ],
)
def test_the_template_filter_links_only_the_schemes_named(
    value: object, schemes: tuple[str, ...], expected: str
) -> None:
    assert safe_link(value, *schemes) == expected


async def test_pages_and_api_stay_safe_for_a_record_stored_before_the_checks(
    tmp_path: Path, postcodes: PostcodeDirectory
) -> None:
    """A record stored unchecked (by an older version) is still hidden and never linked."""
    location = {
        "id": "loc-old",
        "name": "Safe house",
        "addresses": [{"address_1": "14 Secret Street", "postal_code": "BA2 4BL"}],
        "latitude": 51.379912,
        "longitude": -2.365143,
    }
    raw = service(
        "old",
        "Old refuge",
        url="javascript:alert(1)",
        phones=[{"number": "javascript:alert(1)"}],
        service_at_locations=[{"id": "sal", "location": {**location, "attributes": [_flag()]}}],
        organization={"id": "o", "name": "Safe Homes", "locations": [location]},
    )
    normalised, _ = normalise_service(raw)
    old = dataclasses.replace(normalised, record=raw)
    store = SQLiteServiceStore(tmp_path / "d.db")
    try:
        store.write([ServiceChange(old, raw, "old feed", Fingerprint("x", "y"), None)])
        app = create_app(store, None, postcodes)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            page = await client.get("/services/old")
            api = await client.get("/api/services/old")
    finally:
        store.close()
    assert page.status_code == api.status_code == 200
    for where, text in (("page", page.text), ("API", api.text)):
        assert not [s for s in SECRETS if s in text], where
    assert not [h for h in hrefs(page.text) if "javascript" in h.lower()]
