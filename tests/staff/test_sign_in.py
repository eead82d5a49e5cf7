"""Staff sign-in: argon2 passwords, server-side sessions with expiry, role checks on every
staff route, CSRF on the forms, throttled attempts, and the single sign-on header."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.reports import ReportQueue
from directory.sqlite_store import SQLiteServiceStore
from staff.access import StaffAccess
from staff.accounts import EDITOR, MANAGER, PRACTITIONER, AccountError, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import cheap_hasher
from tests.test_cli import run_cli
from web.app import create_app

PASSWORD = "correct horse battery"
STAFF_ROUTES = {"/staff": None, "/staff/reports": EDITOR}


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def access(tmp_path: Path, clock: Clock) -> StaffAccess:
    accounts = AccountStore(SQLiteDatabase(tmp_path / "app.db"), cheap_hasher())
    accounts.add("sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER})
    accounts.add("eddie", "Eddie Editor", "eddie@council.gov.uk", PASSWORD, {EDITOR})
    return StaffAccess(
        accounts,
        SessionStore(SQLiteDatabase(tmp_path / "app.db"), clock=clock),
        SignInThrottle(SQLiteDatabase(tmp_path / "app.db"), max_failures=3),
    )


@pytest.fixture
async def client(
    tmp_path: Path, store: SQLiteServiceStore, access: StaffAccess
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(store, reports=ReportQueue(SQLiteDatabase(tmp_path / "app.db")), staff=access)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://council.test") as http:
        yield http


async def sign_in(http: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    await http.get("/sign-in")
    token = http.cookies.get("earlyhelp_csrf")
    return await http.post(
        "/sign-in",
        data={"csrf_token": token, "username": username, "password": password, "next": "/staff"},
    )


def test_passwords_are_stored_as_argon2_hashes(tmp_path: Path, access: StaffAccess) -> None:
    import sqlite3

    stored = (
        sqlite3.connect(tmp_path / "app.db")
        .execute("SELECT password_hash FROM staff_accounts WHERE username = 'sam'")
        .fetchone()[0]
    )
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert access.accounts.verify("sam", PASSWORD) is not None
    assert access.accounts.verify("sam", "wrong password here") is None
    assert access.accounts.verify("nobody", PASSWORD) is None
    for bad in (
        ("x", "X", "x@c.uk", PASSWORD, {PRACTITIONER}),
        ("new", "N", "n@c.uk", "short", {PRACTITIONER}),
        ("new", "N", "n@c.uk", PASSWORD, {"superuser"}),
        ("sam", "S", "s@c.uk", PASSWORD, {PRACTITIONER}),
    ):
        with pytest.raises(AccountError):
            access.accounts.add(*bad)


@pytest.mark.parametrize("path", list(STAFF_ROUTES))
async def test_anonymous_users_are_sent_to_sign_in(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 303
    assert response.headers["location"] == f"/sign-in?next={path}"


async def test_signing_in_sets_a_safe_session_cookie_and_roles_are_checked(
    client: httpx.AsyncClient,
) -> None:
    response = await sign_in(client, "sam", PASSWORD)
    assert response.status_code == 303 and response.headers["location"] == "/staff"
    cookie = response.headers["set-cookie"].lower()
    for part in ("earlyhelp_session=", "httponly", "samesite=lax", "secure", "max-age=28800"):
        assert part in cookie
    home = await client.get("/staff")
    assert home.status_code == 200 and "Sam Duty" in home.text
    assert (await client.get("/staff/reports")).status_code == 403  # a practitioner


async def test_an_editor_sees_the_reports_queue(client: httpx.AsyncClient) -> None:
    await sign_in(client, "eddie", PASSWORD)
    queue = await client.get("/staff/reports")
    assert queue.status_code == 200 and "No problems are waiting" in queue.text


async def test_sessions_expire_and_sign_out_ends_them(
    client: httpx.AsyncClient, clock: Clock
) -> None:
    await sign_in(client, "sam", PASSWORD)
    assert (await client.get("/staff")).status_code == 200
    clock.now += timedelta(hours=8, minutes=1)
    assert (await client.get("/staff")).status_code == 303
    await sign_in(client, "sam", PASSWORD)
    token = client.cookies.get("earlyhelp_csrf")
    session = client.cookies.get("earlyhelp_session")
    out = await client.post("/sign-out", data={"csrf_token": token})
    assert out.status_code == 303
    client.cookies.set("earlyhelp_session", session or "", domain="council.test")
    assert (await client.get("/staff")).status_code == 303, "the old cookie no longer works"


async def test_forms_without_the_csrf_token_get_403(client: httpx.AsyncClient) -> None:
    await client.get("/sign-in")
    refused = await client.post("/sign-in", data={"username": "sam", "password": PASSWORD})
    assert refused.status_code == 403
    assert (await client.post("/sign-out", data={})).status_code == 403


async def test_repeated_failures_are_throttled(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        assert (await sign_in(client, "sam", "not the password")).status_code == 400
    blocked = await sign_in(client, "sam", PASSWORD)
    assert blocked.status_code == 429 and "Too many attempts" in blocked.text
    assert (await client.get("/staff")).status_code == 303


async def test_the_sign_on_proxy_header_is_used_only_when_configured(
    tmp_path: Path, store: SQLiteServiceStore, access: StaffAccess
) -> None:
    for header, expected in ((None, 303), ("x-remote-user", 200)):
        configured = StaffAccess(access.accounts, access.sessions, access.throttle, header)
        app = create_app(store, staff=configured)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            response = await http.get("/staff", headers={"X-Remote-User": "sam"})
        assert response.status_code == expected
    disabled = StaffAccess(access.accounts, access.sessions, access.throttle, "x-remote-user")
    access.accounts.set_active("sam", False)
    transport = httpx.ASGITransport(app=create_app(store, staff=disabled))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        assert (await http.get("/staff", headers={"X-Remote-User": "sam"})).status_code == 303


def test_users_add_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    import os

    os.environ["EARLYHELP_NEW_PASSWORD"] = PASSWORD
    try:
        added = run_cli(db, "users", "add", "kim", "--email", "kim@c.uk", "--role", MANAGER)
        assert added.returncode == 0, added.stderr
        again = run_cli(db, "users", "add", "kim", "--email", "kim@c.uk", "--role", MANAGER)
        assert again.returncode == 2 and "already exists" in again.stderr
    finally:
        del os.environ["EARLYHELP_NEW_PASSWORD"]
    listed = run_cli(db, "users", "list")
    assert "kim: manager" in listed.stdout
    assert AccountStore(SQLiteDatabase(db)).verify("kim", PASSWORD) is not None
