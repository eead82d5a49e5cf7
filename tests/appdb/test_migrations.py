"""SQLite files written by earlier versions open and are brought up to date without losing a
row; opening fails clearly when the database cannot be used."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from appdb import DatabaseError, SchemaError
from appdb.migrations import MIGRATIONS
from appdb.postgres import PostgresDatabase
from appdb.sqlite import SQLiteDatabase
from benchmarks.search_server import free_port
from directory.edits import ListingEdits
from directory.quality_log import QualityLog
from directory.reports import ReportQueue
from directory.sample import SampleMark
from earlyhelp.settings import Settings, SettingsError
from feedback.service import app_secret
from feedback.store import FIELDS, FeedbackStore
from ingest.feeds import FeedRegistry
from staff.accounts import AccountStore
from staff.sessions import SessionStore
from tests.appdb.legacy import OTHER_TABLES, feedback_file
from tests.conftest import cheap_hasher

HASH = cheap_hasher().hash("correct horse battery")
#: A decision's fields as the version before the need readings stored them.
OLD_FIELDS = {
    **dict.fromkeys(FIELDS, ""),
    "reference": "OLD-7",
    "decided_on": "2026-01-05",
    "needs": ["n"],
    "child_ages": [],
    "interpreter": False,
    "message": "Hello",
}
for _later in ("need_outcomes", "la_code", "corrects"):
    del OLD_FIELDS[_later]


def _old_file(path: Path) -> None:
    """A file as the version before one migration list wrote it, a row in every table."""
    db = feedback_file(path, steps=3)
    db.executescript(OTHER_TABLES)
    db.execute(
        "INSERT INTO decisions (id, reference, fields, status, created_by, created_at, "
        "public_id) VALUES (7, 'OLD-7', ?, 'sent', 'sam', '2026-01-05T09:00:00Z', ?)",
        (
            json.dumps(OLD_FIELDS),
            "legacyPublicId07",
        ),
    )
    db.execute(
        "INSERT INTO decision_suggestions VALUES (7, 0, 's1', 'Old service', 'Ask for Jo.', "
        "'sam', 'sam', '2026-01-05T09:05:00Z')"
    )
    db.execute(
        "INSERT INTO decision_audit (decision_id, at, who, action, detail) "
        "VALUES (7, '2026-01-05T09:00:00Z', 'sam', 'recorded the decision', '')"
    )
    db.execute(
        "INSERT INTO staff_accounts VALUES ('sam', 'Sam', 'sam@c.uk', ?, 'practitioner', 1, "
        "'2026-01-01T00:00:00Z')",
        (HASH,),
    )
    db.execute("INSERT INTO staff_sessions VALUES ('hash', 'sam', '2999-01-01T00:00:00Z')")
    db.execute(
        "INSERT INTO listing_reports (service_id, service_name, problem, details, created_at) "
        "VALUES ('s1', 'Old listing', 'closed', 'Closed in June', '2026-06-01T09:00:00Z')"
    )
    db.execute(
        "INSERT INTO listing_overrides VALUES ('s1', 'name', '\"Mine\"', '\"Theirs\"', 'ed', "
        "'2026-01-01T00:00:00Z')"
    )
    db.execute("INSERT INTO listing_warnings VALUES ('s1', 'warning', 'url', 'no address')")
    db.execute(
        "INSERT INTO feeds (name, url, added_at, synced_from) VALUES "
        "('bath', 'https://feeds.example', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')"
    )
    db.execute("INSERT INTO app_secrets VALUES ('links', ?)", ("ab" * 32,))
    db.execute("INSERT INTO sample_services VALUES ('s9')")
    db.commit()
    db.close()


def test_a_file_of_an_earlier_version_upgrades_without_losing_rows(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    _old_file(path)
    database = SQLiteDatabase(path)
    SQLiteDatabase(path).close()  # opening it again changes nothing
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version FROM app_schema").fetchall() == [(len(MIGRATIONS),)]
    old = FeedbackStore(database).require(7)
    assert (old.reference, old.public_id, old.message) == ("OLD-7", "legacyPublicId07", "Hello")
    assert [(s.note, s.noted_by, s.reasons) for s in old.suggestions] == [
        ("Ask for Jo.", "sam", ())
    ]
    assert [a.action for a in FeedbackStore(database).audit(7)] == ["recorded the decision"]
    assert AccountStore(database, cheap_hasher()).verify("sam", "correct horse battery")
    with database.read() as db:
        assert db.execute("SELECT username FROM staff_sessions").fetchall() == [("sam",)]
    [report] = ReportQueue(database).waiting()
    assert (report.details, report.resolved_by) == ("Closed in June", "")
    assert ListingEdits(database).overrides("s1") == {"name": ("Mine", "Theirs")}
    assert QualityLog(database).listings() == [("s1", 1, "no address")]
    assert FeedRegistry(database).require("bath").synced_from == "2026-01-02T00:00:00Z"
    assert app_secret(database) == bytes.fromhex("ab" * 32)
    assert SampleMark(database).ids() == ["s9"]
    # The new tables work, and the trail is still append-only.
    new = FeedbackStore(database).create(
        {"reference": "NEW", "decided_on": "2026-11-23", "needs": ("n",)}, "sam", []
    )
    assert new == 8
    with pytest.raises(sqlite3.IntegrityError), sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM decision_audit")
    SessionStore(database).start("sam")
    database.close()


def test_a_file_from_a_newer_version_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    db = feedback_file(path, steps=3)
    db.execute("UPDATE feedback_schema SET version = 9")
    db.commit()
    db.close()
    with pytest.raises(SchemaError, match="feedback schema version 9, newer than this program"):
        SQLiteDatabase(path)
    with sqlite3.connect(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "app_schema" not in tables and "staff_accounts" not in tables


def test_an_unreachable_postgresql_is_named_without_its_password() -> None:
    url = f"postgresql://earlyhelp:s3cret-pw@127.0.0.1:{free_port()}/council"
    started = datetime.now(UTC)
    with pytest.raises(DatabaseError) as raised:
        PostgresDatabase(url)
    message = str(raised.value)
    assert "PostgreSQL database council at 127.0.0.1" in message
    assert "EARLYHELP_DATABASE_URL" in message and "s3cret" not in message
    assert (datetime.now(UTC) - started).total_seconds() < 30


def test_the_database_url_setting_is_checked() -> None:
    assert Settings.from_env({}).database_url is None
    url = "postgresql://app@db.internal/earlyhelp"
    assert Settings.from_env({"EARLYHELP_DATABASE_URL": url}).database_url == url
    with pytest.raises(SettingsError, match="must start with postgresql://") as raised:
        Settings.from_env({"EARLYHELP_DATABASE_URL": "mysql://app:pw@db/x"})
    assert "pw" not in str(raised.value)
