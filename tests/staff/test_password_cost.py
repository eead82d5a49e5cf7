"""The app hashes passwords at argon2's recommended cost; the tests' cheap hasher is only
ever passed in by tests, and a cheap hash is replaced at the real cost on its next sign-in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from argon2 import extract_parameters
from argon2.profiles import RFC_9106_LOW_MEMORY

from appdb.sqlite import SQLiteDatabase
from staff.accounts import PRACTITIONER, AccountStore
from tests.conftest import cheap_hasher

PASSWORD = "correct horse battery"


def stored_hash(db: Path, username: str) -> str:
    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "SELECT password_hash FROM staff_accounts WHERE username = ?", (username,)
        ).fetchone()
    connection.close()
    return str(row[0])


def test_the_app_hashes_at_the_recommended_cost(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    AccountStore(SQLiteDatabase(db)).add(
        "sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER}
    )
    assert extract_parameters(stored_hash(db, "sam")) == RFC_9106_LOW_MEMORY


def test_a_cheap_hash_is_replaced_at_the_real_cost_on_sign_in(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    AccountStore(SQLiteDatabase(db), cheap_hasher()).add(
        "sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER}
    )
    assert extract_parameters(stored_hash(db, "sam")).memory_cost == 8
    assert AccountStore(SQLiteDatabase(db)).verify("sam", PASSWORD) is not None
    assert extract_parameters(stored_hash(db, "sam")) == RFC_9106_LOW_MEMORY
