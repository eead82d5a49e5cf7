"""The feedback records' tables in the app's SQLite file, and the migrations that bring a file
made by an earlier version up to date (the file's `PRAGMA user_version` belongs to the
directory store, so this schema keeps its own version in `feedback_schema`)."""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path

#: The tables as the first version made them; the migrations below add to them.
SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS decisions (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL,
        fields TEXT NOT NULL,
        status TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        acknowledged_at TEXT,
        take_up TEXT
    )
    """,
    "CREATE INDEX IF NOT EXISTS decisions_reference ON decisions(reference)",
    """
    CREATE TABLE IF NOT EXISTS decision_suggestions (
        decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        service_id TEXT NOT NULL,
        service_name TEXT NOT NULL,
        note TEXT NOT NULL,
        added_by TEXT NOT NULL,
        PRIMARY KEY (decision_id, service_id)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS decision_audit (
        id INTEGER PRIMARY KEY,
        decision_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
    )
    """,
    # Present only while `purge` removes expired records (and their trail) under retention.
    "CREATE TABLE IF NOT EXISTS audit_purge (on_purpose INTEGER)",
    # The trail is append-only: the file refuses changes to it and removals from it.
    """
    CREATE TRIGGER IF NOT EXISTS decision_audit_no_update BEFORE UPDATE ON decision_audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS decision_audit_no_delete BEFORE DELETE ON decision_audit
    WHEN NOT EXISTS (SELECT 1 FROM audit_purge)
    BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END
    """,
    "CREATE TABLE IF NOT EXISTS feedback_schema (version INTEGER NOT NULL)",
)
#: A decision's public id: 16 URL-safe characters.
PUBLIC_ID = re.compile(r"[A-Za-z0-9_-]{16}")


class SchemaError(Exception):
    """The file was written by a newer version of the program."""


def new_public_id() -> str:
    """A random id for a decision's addresses and links: 96 bits in 16 URL-safe characters,
    never all digits (so that it is never taken for a decision's internal number)."""
    while True:
        candidate = secrets.token_urlsafe(12)
        if not candidate.isdigit():
            return candidate


def _add_public_ids(db: sqlite3.Connection) -> None:
    """Every decision gets a public id; existing ones are given theirs now."""
    db.execute("ALTER TABLE decisions ADD COLUMN public_id TEXT")
    ids = [row[0] for row in db.execute("SELECT id FROM decisions")]
    db.executemany(
        "UPDATE decisions SET public_id = ? WHERE id = ?", [(new_public_id(), i) for i in ids]
    )
    db.execute("CREATE UNIQUE INDEX decisions_public_id ON decisions(public_id)")


def _add_sending_claims(db: sqlite3.Connection) -> None:
    """When a sender claimed a letter to send it (so that a claim left by a stopped process
    can be taken over)."""
    db.execute("ALTER TABLE decisions ADD COLUMN claimed_at TEXT")


_NOTE_AUDIT = """
    SELECT a.{column} FROM decision_audit a
    WHERE a.decision_id = decision_suggestions.decision_id AND a.action = 'noted a suggestion'
    AND a.detail = decision_suggestions.service_name || ': ' || decision_suggestions.note
    ORDER BY a.id DESC LIMIT 1
"""


def _add_note_authors(db: sqlite3.Connection) -> None:
    """Each note's author and time, taken for existing notes from the audit trail (left
    empty where the trail does not say)."""
    db.execute("ALTER TABLE decision_suggestions ADD COLUMN noted_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE decision_suggestions ADD COLUMN noted_at TEXT NOT NULL DEFAULT ''")
    db.execute(
        f"UPDATE decision_suggestions SET "
        f"noted_by = COALESCE(({_NOTE_AUDIT.format(column='who')}), ''), "
        f"noted_at = COALESCE(({_NOTE_AUDIT.format(column='at')}), '') "
        "WHERE note <> ''"
    )


def _add_need_facts(db: sqlite3.Connection) -> None:
    """What a practitioner confirmed of how each need was read: the need's number and text
    (facts for a need whose text has since changed no longer apply), the facts as JSON, who
    confirmed them and when. Decisions made before have none, and are read as before."""
    db.execute(
        """
        CREATE TABLE decision_need_facts (
            decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            need_index INTEGER NOT NULL,
            need TEXT NOT NULL,
            facts TEXT NOT NULL,
            confirmed_by TEXT NOT NULL,
            confirmed_at TEXT NOT NULL,
            PRIMARY KEY (decision_id, need_index)
        )
        """
    )


def _add_reasons_and_comments(db: sqlite3.Connection) -> None:
    """Which needs each suggestion is for and why the matcher suggested it (JSON lists;
    empty for suggestions made before, which the letter lists apart from the needs), and
    what a referrer added to their acknowledgement."""
    db.execute("ALTER TABLE decision_suggestions ADD COLUMN needs_met TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE decision_suggestions ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE decisions ADD COLUMN take_up_comment TEXT NOT NULL DEFAULT ''")


#: Each entry moves the schema up one version.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _add_public_ids,
    _add_sending_claims,
    _add_note_authors,
    _add_need_facts,
    _add_reasons_and_comments,
)


def _version(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT version FROM feedback_schema").fetchone()
    if row is None:
        db.execute("INSERT INTO feedback_schema (version) VALUES (0)")
        return 0
    return int(row[0])


def create_and_migrate(path: Path) -> None:
    """Make the tables the file lacks and apply the migrations it has not had, all in one
    transaction that holds the write lock (two processes starting together migrate once).
    SchemaError if the file is newer than this program."""
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in SCHEMA:
                db.execute(statement)
            version = _version(db)
            if version > len(MIGRATIONS):
                raise SchemaError(
                    f"{path} has feedback schema version {version}, newer than this program "
                    f"understands ({len(MIGRATIONS)}); upgrade the program"
                )
            for migration in MIGRATIONS[version:]:
                migration(db)
            db.execute("UPDATE feedback_schema SET version = ?", (len(MIGRATIONS),))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    finally:
        db.close()
