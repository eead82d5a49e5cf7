"""Not only Bath and North East Somerset: the sample banner shows only while the store holds
the sample, and who runs the directory comes from the environment."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.council import Council
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from earlyhelp.sample_data import sample_check
from earlyhelp.settings import Settings, SettingsError
from tests.conftest import SEED, service, write_json
from tests.test_cli import run_cli
from web.app import create_app

BANNER = "made-up sample services"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


async def _home(db: Path, council: Council | None = None) -> str:
    settings = Settings(db_path=db)
    store = SQLiteServiceStore(db)
    try:
        app = create_app(
            store,
            postcodes=PostcodeDirectory(),
            council=council,
            holds_sample=sample_check(SQLiteDatabase(settings.db_path), store),
        )
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.get("/")
            assert response.status_code == 200
            return _visible(response.text)
    finally:
        store.close()


async def test_the_banner_shows_with_the_sample_and_not_with_a_councils_own_feed(
    tmp_path: Path,
) -> None:
    sample_db = tmp_path / "sample.db"
    loaded = run_cli(sample_db, "ingest", "--if-empty", "--sample", str(SEED))
    assert loaded.returncode == 0, loaded.stderr
    assert BANNER in await _home(sample_db)

    own_db = tmp_path / "own.db"
    feed = write_json(tmp_path / "bucks.json", [service("b1"), service("b2", "Youth club")])
    assert run_cli(own_db, "ingest", str(feed)).returncode == 0
    assert BANNER not in await _home(own_db)


async def test_a_store_loaded_before_samples_were_noted_still_shows_the_banner(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.db"
    assert run_cli(db, "ingest", str(SEED)).returncode == 0
    assert BANNER not in await _home(db), "not yet known to be the sample"
    again = run_cli(db, "ingest", "--if-empty", "--sample", str(SEED))
    assert again.returncode == 0 and "nothing imported" in again.stdout
    assert BANNER in await _home(db)


async def test_the_council_named_in_the_environment_is_on_the_pages(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "EARLYHELP_DB": str(tmp_path / "d.db"),
            "EARLYHELP_COUNCIL": "Buckinghamshire Council",
            "EARLYHELP_AREA": "Buckinghamshire",
            "EARLYHELP_CONTACT_PHONE": "01296 383 293",
            "EARLYHELP_CONTACT_EMAIL": "fis@buckinghamshire.gov.uk",
            "EARLYHELP_CONTACT_URL": "www.buckinghamshire.gov.uk/fis",
        }
    )
    assert settings.council.website == "https://www.buckinghamshire.gov.uk/fis"
    assert settings.policy.council == "Buckinghamshire Council", "letters name it too"
    text = await _home(settings.db_path, settings.council)
    assert "Find early help for families in Buckinghamshire" in text
    assert "This directory is run by Buckinghamshire Council for Buckinghamshire." in text
    assert "fis@buckinghamshire.gov.uk" in text and "01296 383 293" in text
    assert "Bath and North East Somerset" not in text
    assert "run by" not in await _home(tmp_path / "plain.db"), "nothing said when not set"


@pytest.mark.parametrize(
    ("variable", "value"),
    [("EARLYHELP_CONTACT_EMAIL", "not an address"), ("EARLYHELP_CONTACT_URL", "javascript:x")],
)
def test_a_contact_that_is_not_usable_is_refused(variable: str, value: str) -> None:
    with pytest.raises(SettingsError, match=variable):
        Settings.from_env({variable: value})
