"""The one versioned list of migrations for every table of the application database, in both
dialects. A database records how many it has had in `app_schema`; opening it applies the rest
in one transaction that holds off any other instance's migration, so two instances starting
together migrate once.

The first six steps are the feedback records' tables as earlier versions made them (those
versions counted them in `feedback_schema`, which an older SQLite file is adopted from); the
rest are the tables other stores used to make for themselves with CREATE TABLE IF NOT EXISTS,
so in an older file they are already there, with their rows, and are kept as they are."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from appdb.database import Transaction
from appdb.errors import SchemaError
from feedback.schema import new_public_id

if TYPE_CHECKING:
    from appdb.database import AppDatabase

Migration = Callable[[Transaction], None]
#: The feedback steps earlier versions counted in `feedback_schema` (after the tables).
LEGACY_FEEDBACK_STEPS = 5


def _feedback_tables(tx: Transaction) -> None:
    """Decisions, their suggestions and their append-only audit trail."""
    serial = tx.dialect.id_column
    for statement in (
        f"""
        CREATE TABLE IF NOT EXISTS decisions (
            id {serial},
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
            decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            service_id TEXT NOT NULL,
            service_name TEXT NOT NULL,
            note TEXT NOT NULL,
            added_by TEXT NOT NULL,
            PRIMARY KEY (decision_id, service_id)
        )
        """,
        f"""
        CREATE TABLE IF NOT EXISTS decision_audit (
            id {serial},
            decision_id BIGINT NOT NULL,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL
        )
        """,
        # Holds a row only while `purge` removes expired records (and their trail).
        "CREATE TABLE IF NOT EXISTS audit_purge (on_purpose INTEGER)",
    ):
        tx.execute(statement)
    _append_only_trail(tx)


def _append_only_trail(tx: Transaction) -> None:
    """The database itself refuses changes to the audit trail, and removals from it except
    by `purge` (while `audit_purge` holds a row)."""
    if tx.dialect.name == "sqlite":
        tx.execute(
            """
            CREATE TRIGGER IF NOT EXISTS decision_audit_no_update BEFORE UPDATE ON decision_audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END
            """
        )
        tx.execute(
            """
            CREATE TRIGGER IF NOT EXISTS decision_audit_no_delete BEFORE DELETE ON decision_audit
            WHEN NOT EXISTS (SELECT 1 FROM audit_purge)
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END
            """
        )
        return
    tx.execute(
        """
        CREATE OR REPLACE FUNCTION decision_audit_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_purge) THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'the audit trail cannot be changed'
                USING ERRCODE = 'integrity_constraint_violation';
        END
        $$
        """
    )
    tx.execute(
        "CREATE TRIGGER decision_audit_no_change BEFORE UPDATE OR DELETE ON decision_audit "
        "FOR EACH ROW EXECUTE FUNCTION decision_audit_append_only()"
    )
    tx.execute(
        "CREATE TRIGGER decision_audit_no_truncate BEFORE TRUNCATE ON decision_audit "
        "FOR EACH STATEMENT EXECUTE FUNCTION decision_audit_append_only()"
    )


def _add_public_ids(tx: Transaction) -> None:
    """Every decision gets a public id; existing ones are given theirs now."""
    tx.execute("ALTER TABLE decisions ADD COLUMN public_id TEXT")
    ids = [row[0] for row in tx.execute("SELECT id FROM decisions")]
    tx.executemany(
        "UPDATE decisions SET public_id = ? WHERE id = ?", [(new_public_id(), i) for i in ids]
    )
    tx.execute("CREATE UNIQUE INDEX decisions_public_id ON decisions(public_id)")


def _add_sending_claims(tx: Transaction) -> None:
    """When a sender claimed a letter to send it (so that a claim left by a stopped process
    can be taken over)."""
    tx.execute("ALTER TABLE decisions ADD COLUMN claimed_at TEXT")


_NOTE_AUDIT = """
    SELECT a.{column} FROM decision_audit a
    WHERE a.decision_id = decision_suggestions.decision_id AND a.action = 'noted a suggestion'
    AND a.detail = decision_suggestions.service_name || ': ' || decision_suggestions.note
    ORDER BY a.id DESC LIMIT 1
"""


def _add_note_authors(tx: Transaction) -> None:
    """Each note's author and time, taken for existing notes from the audit trail (left
    empty where the trail does not say)."""
    tx.execute("ALTER TABLE decision_suggestions ADD COLUMN noted_by TEXT NOT NULL DEFAULT ''")
    tx.execute("ALTER TABLE decision_suggestions ADD COLUMN noted_at TEXT NOT NULL DEFAULT ''")
    tx.execute(
        f"UPDATE decision_suggestions SET "
        f"noted_by = COALESCE(({_NOTE_AUDIT.format(column='who')}), ''), "
        f"noted_at = COALESCE(({_NOTE_AUDIT.format(column='at')}), '') "
        "WHERE note <> ''"
    )


def _add_need_facts(tx: Transaction) -> None:
    """What a practitioner confirmed of how each need was read: the need's number and text
    (facts for a need whose text has since changed no longer apply), the facts as JSON, who
    confirmed them and when."""
    tx.execute(
        """
        CREATE TABLE decision_need_facts (
            decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            need_index INTEGER NOT NULL,
            need TEXT NOT NULL,
            facts TEXT NOT NULL,
            confirmed_by TEXT NOT NULL,
            confirmed_at TEXT NOT NULL,
            PRIMARY KEY (decision_id, need_index)
        )
        """
    )


def _add_reasons_and_comments(tx: Transaction) -> None:
    """Which needs each suggestion is for and why the matcher suggested it (JSON lists), and
    what a referrer added to their acknowledgement."""
    tx.execute("ALTER TABLE decision_suggestions ADD COLUMN needs_met TEXT NOT NULL DEFAULT '[]'")
    tx.execute("ALTER TABLE decision_suggestions ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]'")
    tx.execute("ALTER TABLE decisions ADD COLUMN take_up_comment TEXT NOT NULL DEFAULT ''")


def _staff(tx: Transaction) -> None:
    """Staff accounts (argon2 hashes) and signed-in sessions (the hash of each token)."""
    tx.execute(
        """
        CREATE TABLE IF NOT EXISTS staff_accounts (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            email TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            roles TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )
        """
    )
    tx.execute(
        """
        CREATE TABLE IF NOT EXISTS staff_sessions (
            token_hash TEXT PRIMARY KEY,
            username TEXT NOT NULL,
            expires_at TEXT NOT NULL
        )
        """
    )


def _listing_edits(tx: Transaction) -> None:
    """Editors' values for listings' fields, their change log, and conflicts with feeds."""
    serial = tx.dialect.id_column
    tx.execute(
        """
        CREATE TABLE IF NOT EXISTS listing_overrides (
            service_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            replaced TEXT NOT NULL,
            who TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (service_id, field)
        )
        """
    )
    tx.execute(
        f"""
        CREATE TABLE IF NOT EXISTS listing_changes (
            id {serial},
            service_id TEXT NOT NULL,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            action TEXT NOT NULL,
            field TEXT NOT NULL,
            previous TEXT NOT NULL,
            replacement TEXT NOT NULL
        )
        """
    )
    tx.execute(
        f"""
        CREATE TABLE IF NOT EXISTS listing_conflicts (
            id {serial},
            service_id TEXT NOT NULL,
            field TEXT NOT NULL,
            editor_value TEXT NOT NULL,
            feed_value TEXT NOT NULL,
            at TEXT NOT NULL,
            resolved INTEGER NOT NULL DEFAULT 0
        )
        """
    )


def _listing_reports(tx: Transaction) -> None:
    """Reports of problems with listings, with who marked each dealt with and when (files
    made before that was kept gain the columns, empty)."""
    tx.execute(
        f"""
        CREATE TABLE IF NOT EXISTS listing_reports (
            id {tx.dialect.id_column},
            service_id TEXT NOT NULL,
            service_name TEXT NOT NULL,
            problem TEXT NOT NULL,
            details TEXT NOT NULL,
            reporter_email TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'new'
        )
        """
    )
    columns = tx.columns("listing_reports")
    for column in ("resolved_by", "resolved_at"):
        if column not in columns:
            tx.execute(f"ALTER TABLE listing_reports ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


def _listing_warnings(tx: Transaction) -> None:
    """The latest data-quality warnings of each listing."""
    tx.execute(
        """
        CREATE TABLE IF NOT EXISTS listing_warnings (
            service_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            field TEXT NOT NULL,
            message TEXT NOT NULL
        )
        """
    )
    tx.execute(
        "CREATE INDEX IF NOT EXISTS listing_warnings_service ON listing_warnings(service_id)"
    )


def _feeds(tx: Transaction) -> None:
    """The registered Open Referral feeds and how each one's last sync went."""
    tx.execute(
        """
        CREATE TABLE IF NOT EXISTS feeds (
            name TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            added_at TEXT NOT NULL,
            last_sync_at TEXT,
            last_mode TEXT,
            last_status TEXT NOT NULL DEFAULT 'never synced',
            last_message TEXT NOT NULL DEFAULT '',
            synced_from TEXT
        )
        """
    )


def _secrets_and_sample(tx: Transaction) -> None:
    """The key that signs acknowledgement links, and the ids of the made-up sample services."""
    tx.execute("CREATE TABLE IF NOT EXISTS app_secrets (name TEXT PRIMARY KEY, value TEXT)")
    tx.execute("CREATE TABLE IF NOT EXISTS sample_services (id TEXT PRIMARY KEY)")


def _sign_in_failures(tx: Transaction) -> None:
    """Failed sign-ins, by what they count against (see staff/throttle.py), so that every
    instance counts them together; `at` in seconds since 1970."""
    tx.execute(
        f"""
        CREATE TABLE sign_in_failures (
            id {tx.dialect.id_column},
            counted TEXT NOT NULL,
            at DOUBLE PRECISION NOT NULL
        )
        """
    )
    tx.execute("CREATE INDEX sign_in_failures_counted ON sign_in_failures(counted, at)")
    tx.execute("CREATE INDEX sign_in_failures_at ON sign_in_failures(at)")


#: Each entry moves the schema up one version. Append only: never change or reorder one
#: that has been released.
MIGRATIONS: tuple[Migration, ...] = (
    _feedback_tables,
    _add_public_ids,
    _add_sending_claims,
    _add_note_authors,
    _add_need_facts,
    _add_reasons_and_comments,
    _staff,
    _listing_edits,
    _listing_reports,
    _listing_warnings,
    _feeds,
    _secrets_and_sample,
    _sign_in_failures,
)


def _version(tx: Transaction, where: str) -> int:
    row = tx.execute("SELECT version FROM app_schema").fetchone()
    if row is not None:
        return int(row[0])
    version = 0
    if tx.columns("feedback_schema"):
        # A file of an earlier version: its feedback tables and the steps it counted.
        legacy = tx.execute("SELECT version FROM feedback_schema").fetchone()
        steps = int(legacy[0]) if legacy else 0
        if steps > LEGACY_FEEDBACK_STEPS:
            raise SchemaError(
                f"{where} has feedback schema version {steps}, newer than this program "
                f"understands ({LEGACY_FEEDBACK_STEPS}); upgrade the program"
            )
        version = 1 + steps if legacy else 0
    tx.execute("INSERT INTO app_schema (version) VALUES (?)", (version,))
    return version


def migrate(db: AppDatabase) -> int:
    """Bring the database up to date; the version it is now at. SchemaError (changing
    nothing) if it is newer than this program."""
    with db.transaction() as tx:
        tx.hold("earlyhelp migrations")
        tx.execute("CREATE TABLE IF NOT EXISTS app_schema (version INTEGER NOT NULL)")
        version = _version(tx, db.description)
        if version > len(MIGRATIONS):
            raise SchemaError(
                f"{db.description} has schema version {version}, newer than this program "
                f"understands ({len(MIGRATIONS)}); upgrade the program"
            )
        for step in MIGRATIONS[version:]:
            step(tx)
        if version != len(MIGRATIONS):
            tx.execute("UPDATE app_schema SET version = ?", (len(MIGRATIONS),))
    return len(MIGRATIONS)
