"""A throw-away PostgreSQL cluster for the test session (`benchmarks/postgres_server.py`:
`initdb` in a temporary folder, `pg_ctl` on a free loopback port, stopped by its process id
and removed afterwards), and a schema of its own for each test that asks.
EARLYHELP_TEST_POSTGRES_URL names a running server to use instead.

When PostgreSQL is not installed the tests that need it fail, saying how to install it
(`./test` installs it): they are never skipped unnoticed."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from benchmarks.postgres_server import PostgresCluster, PostgresMissing, schema_url


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The address of a PostgreSQL server for this test session (see the module's note)."""
    configured = os.environ.get("EARLYHELP_TEST_POSTGRES_URL")
    if configured:
        yield configured
        return
    try:
        cluster = PostgresCluster()
    except PostgresMissing as missing:
        pytest.fail(
            f"{missing}. The application database's tests run on it; or set "
            "EARLYHELP_TEST_POSTGRES_URL to a server to use",
            pytrace=False,
        )
    try:
        cluster.start()
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture
def postgres_schema_url(postgres_url: str) -> Iterator[str]:
    """An address whose tables live in a schema of this test's own, dropped afterwards."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    yield schema_url(postgres_url, schema)
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
