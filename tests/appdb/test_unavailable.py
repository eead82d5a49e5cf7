"""When the application database is down, pages that need it say the service is not
available (503), as they do for the directory, never a traceback; the reason is logged."""

from __future__ import annotations

import httpx
import pytest

from appdb.postgres import PostgresDatabase
from directory.reports import ReportQueue
from directory.sqlite_store import SQLiteServiceStore
from staff.access import StaffAccess
from staff.accounts import AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import cheap_hasher
from web.app import create_app
from web.session import SESSION_COOKIE


async def test_staff_pages_answer_503_while_the_database_is_down(
    postgres_schema_url: str, store: SQLiteServiceStore, caplog: pytest.LogCaptureFixture
) -> None:
    database = PostgresDatabase(postgres_schema_url)
    staff = StaffAccess(
        AccountStore(database, cheap_hasher()), SessionStore(database), SignInThrottle(database)
    )
    app = create_app(store, reports=ReportQueue(database), staff=staff)
    database.close()  # as if the server had gone away
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        http.cookies.set(SESSION_COOKIE, "a-token-the-database-would-check")
        page = await http.get("/staff")
    assert page.status_code == 503
    assert "not available just now" in page.text and "Traceback" not in page.text
    assert "postgres" not in page.text.lower()
    assert any("application database" in r.getMessage() for r in caplog.records)
