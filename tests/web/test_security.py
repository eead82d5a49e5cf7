"""Hardening of the web app against hostile users: security headers and the CSP, links from
the configured base URL, bounded sign-in throttling, forwarded addresses only from trusted
proxies, an access log without family data, and no 5xx on hostile input."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.geography import PostcodeDirectory
from directory.reports import ReportQueue
from directory.sqlite_store import SQLiteServiceStore
from earlyhelp.settings import Settings, SettingsError
from ingest.importer import Importer
from ingest.json_source import SourceRecord
from matching.embedding import HashingEmbedder
from matching.engine import Matcher
from staff.access import StaffAccess
from staff.accounts import PRACTITIONER, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import cheap_hasher, service
from web.app import create_app
from web.client_address import Network

PASSWORD = "correct horse battery"
BASE = "https://help.council.example"


def make_app(
    tmp_path: Path,
    store: SQLiteServiceStore,
    postcodes: PostcodeDirectory,
    throttle: SignInThrottle | None = None,
    proxies: tuple[Network, ...] = (),
) -> httpx.AsyncClient:
    embedder = HashingEmbedder()
    Importer(store, embedder).run([SourceRecord("feed", "1", service("svc-1", "Parenting group"))])
    database = SQLiteDatabase(tmp_path / "app.db")
    accounts = AccountStore(database, cheap_hasher())
    accounts.add("sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER})
    throttle = throttle if throttle is not None else SignInThrottle(database)
    access = StaffAccess(accounts, SessionStore(database), throttle)
    app = create_app(
        store,
        Matcher(store, embedder, postcodes),
        postcodes,
        reports=ReportQueue(database),
        staff=access,
        base_url=BASE,
        trusted_proxies=proxies,
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://evil.example")


@pytest.fixture
async def client(
    tmp_path: Path, store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> AsyncIterator[httpx.AsyncClient]:
    async with make_app(tmp_path, store, postcodes) as http:
        yield http


async def attempt(
    http: httpx.AsyncClient, username: str, password: str, forwarded: str | None = None
) -> httpx.Response:
    await http.get("/sign-in")
    headers = {"x-forwarded-for": forwarded} if forwarded else {}
    form = {"csrf_token": http.cookies.get("earlyhelp_csrf") or "", "username": username}
    return await http.post("/sign-in", data=form | {"password": password}, headers=headers)


@pytest.mark.parametrize(
    "path", ["/", "/search?q=parenting", "/services/svc-1", "/api/", "/api/services", "/sign-in"]
)
async def test_every_response_carries_the_security_headers(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await client.get(path)
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"


async def test_no_page_carries_an_inline_script_the_policy_does_not_allow(
    client: httpx.AsyncClient,
) -> None:
    import re

    page = await client.get("/")
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", page.text, re.DOTALL)
    policy = page.headers["content-security-policy"]
    import base64
    import hashlib

    for body in inline:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy, body


@pytest.mark.parametrize("path", ["/staff", "/sign-in", "/acknowledge/abc.def"])
async def test_staff_and_acknowledgement_pages_are_never_cached(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await client.get(path)
    assert response.headers["cache-control"] == "no-store"


async def test_links_come_from_the_configured_base_url_never_the_host_header(
    client: httpx.AsyncClient,
) -> None:
    root = await client.get("/api/", headers={"host": "attacker.example"})
    assert root.json()["openapi_url"] == f"{BASE}/api/openapi.json"
    assert "attacker" not in root.text and "evil" not in root.text
    shortlist = await client.get("/shortlist?ids=svc-1", headers={"host": "attacker.example"})
    assert f"{BASE}/shortlist?s=" in shortlist.text
    assert "attacker" not in shortlist.text and "evil.example" not in shortlist.text


async def test_a_success_does_not_reset_the_count_for_its_address(
    tmp_path: Path, store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> None:
    throttle = SignInThrottle(
        SQLiteDatabase(tmp_path / "app.db"), max_failures=3, address_failures=4
    )
    async with make_app(tmp_path, store, postcodes, throttle) as http:
        for n in range(3):
            assert (await attempt(http, f"user{n}", "wrong password")).status_code == 400
        assert (await attempt(http, "sam", PASSWORD)).status_code == 303
        http.cookies.delete("earlyhelp_session")
        assert (await attempt(http, "user9", "wrong password")).status_code == 400
        blocked = await attempt(http, "user10", "wrong password")
        assert blocked.status_code == 429, "the address's failures were not forgotten"


async def test_a_forged_forwarded_for_header_does_not_escape_the_throttle(
    tmp_path: Path, store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> None:
    throttle = SignInThrottle(
        SQLiteDatabase(tmp_path / "app.db"), max_failures=3, address_failures=3
    )
    async with make_app(tmp_path, store, postcodes, throttle) as http:
        for n in range(3):
            response = await attempt(http, f"user{n}", "wrong", forwarded=f"203.0.113.{n}")
            assert response.status_code == 400
        blocked = await attempt(http, "user7", "wrong", forwarded="203.0.113.77")
        assert blocked.status_code == 429


async def test_a_trusted_proxy_names_the_client(
    tmp_path: Path, store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> None:
    proxies = Settings.from_env({"EARLYHELP_TRUSTED_PROXIES": "127.0.0.1"}).trusted_proxies
    throttle = SignInThrottle(
        SQLiteDatabase(tmp_path / "app.db"), max_failures=3, address_failures=3
    )
    async with make_app(tmp_path, store, postcodes, throttle, proxies) as http:
        for n in range(3):
            response = await attempt(http, f"user{n}", "wrong", forwarded="198.51.100.1")
            assert response.status_code == 400
        assert (await attempt(http, "x", "wrong", forwarded="198.51.100.1")).status_code == 429
        other = await attempt(http, "x", "wrong", forwarded="198.51.100.2, 127.0.0.1")
        assert other.status_code == 400, "another client behind the proxy is not blocked"
    with pytest.raises(SettingsError, match="not an IP address"):
        Settings.from_env({"EARLYHELP_TRUSTED_PROXIES": "10.0.0.1, proxy.example"})


async def test_oversized_sign_in_fields_are_refused_before_anything_else(
    tmp_path: Path, store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> None:
    throttle = SignInThrottle(SQLiteDatabase(tmp_path / "app.db"))
    async with make_app(tmp_path, store, postcodes, throttle) as http:
        huge = await attempt(http, "u" * 1_000_000, "p")
        assert huge.status_code == 413
        long_name = await attempt(http, "u" * 300, "p")
        assert long_name.status_code == 400 and "too long" in long_name.text
        assert len(throttle) == 0, "nothing was remembered of either"


HOSTILE_MATCH_BODIES = {
    "nested 30,000 deep": b'{"needs":' + b"[" * 30_000 + b"]" * 30_000 + b"}",
    "a 5,000-digit limit": b'{"needs":["help"],"limit":' + b"9" * 5_000 + b"}",
    "a lone surrogate": b'{"needs":["\\ud800 help"]}',
    "100,000 children": json.dumps({"needs": ["x"], "children": [{"age": 1}] * 100_000}).encode(),
    "too many languages": json.dumps({"needs": ["x"], "languages": ["pl"] * 1000}).encode(),
    "a non-ASCII postcode": json.dumps({"needs": ["x"], "postcode": "BA²"}).encode(),
    "not UTF-8": b'{"needs":["\xff\xfe"]}',
}


@pytest.mark.parametrize("name", list(HOSTILE_MATCH_BODIES))
async def test_hostile_match_requests_get_a_clear_4xx(client: httpx.AsyncClient, name: str) -> None:
    response = await client.post(
        "/api/match",
        content=HOSTILE_MATCH_BODIES[name],
        headers={"content-type": "application/json"},
    )
    assert response.status_code in (413, 422), response.text
    assert response.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/services?modified_after=9999-12-31T23:59:59-23:59",
        "/api/services?modified_after=0001-01-01T00:00:00%2B23:59",
        "/api/services?minimum_age=%C2%B2",
        "/api/services?page=" + "9" * 5_000,
        "/api/services?search=%ED%A0%80",
        "/api/services/" + "9" * 20,
        "/search?q=x&age=%C2%B2",
        "/search?q=%ED%A0%80&postcode=%00",
        "/services/%ED%A0%80",
        "/sign-in?next=" + "%2F" * 5_000,
    ],
)
async def test_hostile_query_strings_never_get_a_5xx(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code < 500, response.text[:300]


async def test_a_non_ascii_csrf_token_is_refused_not_a_crash(client: httpx.AsyncClient) -> None:
    await client.get("/sign-in")
    response = await client.post(
        "/sign-in", data={"csrf_token": "é" * 43, "username": "sam", "password": PASSWORD}
    )
    assert response.status_code == 403


async def test_the_access_log_keeps_no_search_text_postcode_or_token(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="earlyhelp.access"):
        await client.get("/search?q=my+husband+hits+me&postcode=BA2+3AB")
        await client.get("/acknowledge/secret-token-value.signature")
    lines = [r.getMessage() for r in caplog.records if r.name == "earlyhelp.access"]
    assert len(lines) == 2 and '"GET /search"' in lines[0]
    text = "\n".join(lines)
    for secret in ("husband", "BA2", "secret-token-value", "signature"):
        assert secret not in text
    assert "/acknowledge/[redacted]" in lines[1]
