"""Files as earlier versions of the program wrote them, frozen here as those versions' SQL, so
that the migrations are tested against the real shapes of old files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: The feedback tables as the first version made them (`feedback_schema` version 0).
FEEDBACK_V0 = """
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY, reference TEXT NOT NULL, fields TEXT NOT NULL,
    status TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL,
    sent_at TEXT, acknowledged_at TEXT, take_up TEXT
);
CREATE INDEX decisions_reference ON decisions(reference);
CREATE TABLE decision_suggestions (
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, service_id TEXT NOT NULL, service_name TEXT NOT NULL,
    note TEXT NOT NULL, added_by TEXT NOT NULL, PRIMARY KEY (decision_id, service_id)
);
CREATE TABLE decision_audit (
    id INTEGER PRIMARY KEY, decision_id INTEGER NOT NULL, at TEXT NOT NULL,
    who TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL
);
CREATE TABLE audit_purge (on_purpose INTEGER);
CREATE TRIGGER decision_audit_no_update BEFORE UPDATE ON decision_audit
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TRIGGER decision_audit_no_delete BEFORE DELETE ON decision_audit
WHEN NOT EXISTS (SELECT 1 FROM audit_purge)
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TABLE feedback_schema (version INTEGER NOT NULL);
INSERT INTO feedback_schema (version) VALUES (0);
"""
#: What each of the feedback migrations of those versions added, in order.
FEEDBACK_STEPS = (
    """
    ALTER TABLE decisions ADD COLUMN public_id TEXT;
    UPDATE decisions SET public_id = 'legacyPublicId' || printf('%02d', id);
    CREATE UNIQUE INDEX decisions_public_id ON decisions(public_id);
    """,
    "ALTER TABLE decisions ADD COLUMN claimed_at TEXT;",
    """
    ALTER TABLE decision_suggestions ADD COLUMN noted_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE decision_suggestions ADD COLUMN noted_at TEXT NOT NULL DEFAULT '';
    """,
)
#: The other stores' tables as they made them for themselves, before there was one list of
#: migrations (problem reports before they kept who dealt with them).
OTHER_TABLES = """
CREATE TABLE staff_accounts (
    username TEXT PRIMARY KEY, display_name TEXT NOT NULL, email TEXT NOT NULL,
    password_hash TEXT NOT NULL, roles TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY, username TEXT NOT NULL, expires_at TEXT NOT NULL
);
CREATE TABLE listing_reports (
    id INTEGER PRIMARY KEY, service_id TEXT NOT NULL, service_name TEXT NOT NULL,
    problem TEXT NOT NULL, details TEXT NOT NULL, reporter_email TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'new'
);
CREATE TABLE listing_overrides (
    service_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
    replaced TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (service_id, field)
);
CREATE TABLE listing_changes (
    id INTEGER PRIMARY KEY, service_id TEXT NOT NULL, at TEXT NOT NULL, who TEXT NOT NULL,
    action TEXT NOT NULL, field TEXT NOT NULL, previous TEXT NOT NULL,
    replacement TEXT NOT NULL
);
CREATE TABLE listing_conflicts (
    id INTEGER PRIMARY KEY, service_id TEXT NOT NULL, field TEXT NOT NULL,
    editor_value TEXT NOT NULL, feed_value TEXT NOT NULL, at TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE listing_warnings (
    service_id TEXT NOT NULL, kind TEXT NOT NULL, field TEXT NOT NULL, message TEXT NOT NULL
);
CREATE TABLE feeds (
    name TEXT PRIMARY KEY, url TEXT NOT NULL, added_at TEXT NOT NULL, last_sync_at TEXT,
    last_mode TEXT, last_status TEXT NOT NULL DEFAULT 'never synced',
    last_message TEXT NOT NULL DEFAULT '', synced_from TEXT
);
CREATE TABLE app_secrets (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE sample_services (id TEXT PRIMARY KEY);
"""


def feedback_file(path: Path, steps: int) -> sqlite3.Connection:
    """A file with the feedback tables of the version that had `steps` feedback migrations,
    open for the test to add rows (it commits and closes it)."""
    db = sqlite3.connect(path)
    db.executescript(FEEDBACK_V0)
    for step in FEEDBACK_STEPS[:steps]:
        db.executescript(step)
    db.execute("UPDATE feedback_schema SET version = ?", (steps,))
    return db
