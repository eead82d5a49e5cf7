"""The `earlyhelp` commands keep the app's own records where the settings say: in PostgreSQL
when EARLYHELP_DATABASE_URL is set (nothing of them in the SQLite file then), and say clearly
when that database cannot be reached."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from benchmarks.search_server import free_port
from earlyhelp.user_commands import PASSWORD_VARIABLE
from tests.test_cli import _env


def _run(db: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = _env(db) | {"EARLYHELP_DATABASE_URL": url, PASSWORD_VARIABLE: "correct horse battery"}
    return subprocess.run(
        [sys.executable, "-m", "earlyhelp", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_accounts_made_by_the_command_are_kept_in_postgresql(
    tmp_path: Path, postgres_schema_url: str
) -> None:
    db = tmp_path / "d.db"
    added = _run(
        db,
        postgres_schema_url,
        "users",
        "add",
        "sam",
        "--email",
        "sam@c.uk",
        "--role",
        "practitioner",
    )
    assert added.returncode == 0, added.stderr
    listed = _run(db, postgres_schema_url, "users", "list")
    assert listed.returncode == 0 and "sam" in listed.stdout, listed.stderr
    if db.exists():
        with sqlite3.connect(db) as raw:
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        assert "staff_accounts" not in tables


def test_an_unreachable_database_is_named_and_the_command_fails(tmp_path: Path) -> None:
    url = f"postgresql://app:hunter2-secret@127.0.0.1:{free_port()}/council"
    done = _run(tmp_path / "d.db", url, "users", "list")
    assert done.returncode == 1
    assert "PostgreSQL database council at 127.0.0.1" in done.stderr
    assert "hunter2" not in done.stderr and "Traceback" not in done.stderr
