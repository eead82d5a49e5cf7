"""The editors' pages on the Elasticsearch store: the queue, the edit page and confirming a
suggested category work without an index of the whole directory in memory (the categories
are summed in the engine, the queue reads listings in batches), and suggest what the
embedded store suggests."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from appdb.sqlite import SQLiteDatabase
from directory.editing import Editing, tag_suggestions
from directory.edits import ListingEdits
from directory.es_store import ElasticsearchServiceStore
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from directory.store import stored_changes
from ingest.importer import Importer
from matching import engine
from matching.eligibility import EligibilityReader
from matching.engine import Matcher, Weights
from matching.glossary import Glossary
from matching.languages import language_codes
from matching.search_candidates import facets_for, search_categories, search_matcher
from staff.access import StaffAccess
from staff.accounts import EDITOR, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.conftest import CountingEmbedder, cheap_hasher, es_client, remove_indices
from web.app import create_app

PASSWORD = "correct horse battery"
#: The hashing stand-in scores categories lower than the model the shown threshold is for.
SHOWN_FROM = 0.3


@pytest.fixture
def search_store(
    es_url: str, seeded_store: SQLiteServiceStore
) -> Iterator[ElasticsearchServiceStore]:
    """The seed in Elasticsearch, with the facets the matcher filters on."""
    prefix = f"editor-{uuid.uuid4().hex[:10]}"
    opened = ElasticsearchServiceStore(
        es_client(es_url), prefix, facets=facets_for(Glossary.load())
    )
    opened.write(list(stored_changes(seeded_store)))
    yield opened
    remove_indices(es_url, prefix)
    opened.close()


def editing_on(store: ElasticsearchServiceStore, database: SQLiteDatabase) -> Editing:
    embedder = CountingEmbedder()
    glossary = Glossary.load()
    postcodes = PostcodeDirectory()
    edits = ListingEdits(database)
    codes = language_codes()
    return Editing(
        edits,
        Importer(store, embedder, postcodes, overrides=edits),
        EligibilityReader(glossary, codes),
        search_matcher(store, embedder, postcodes, glossary, Weights(threshold=0.2)),
        tags_shown_from=SHOWN_FROM,
        categories=search_categories(store, embedder, glossary),
    )


@dataclass
class Desk:
    http: httpx.AsyncClient
    editing: Editing


@pytest.fixture
async def desk(
    tmp_path: Path,
    search_store: ElasticsearchServiceStore,
    postcodes: PostcodeDirectory,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[Desk]:
    def whole_directory(*args: object) -> None:
        raise AssertionError("an editors' page built an index of the whole directory")

    monkeypatch.setattr(engine, "build_index", whole_directory)
    database = SQLiteDatabase(tmp_path / "app.db")
    accounts = AccountStore(database, cheap_hasher())
    accounts.add("eddie", "Eddie Editor", "e@council.gov.uk", PASSWORD, {EDITOR})
    editing = editing_on(search_store, database)
    staff = StaffAccess(accounts, SessionStore(database), SignInThrottle(database))
    app = create_app(search_store, editing.matcher, postcodes, staff=staff, editing=editing)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://council.test") as http:
        await http.get("/sign-in")
        token = http.cookies.get("earlyhelp_csrf") or ""
        await http.post(
            "/sign-in", data={"csrf_token": token, "username": "eddie", "password": PASSWORD}
        )
        yield Desk(http, editing)


async def test_the_queue_and_a_suggested_category_without_the_whole_directory_in_memory(
    desk: Desk, search_store: ElasticsearchServiceStore
) -> None:
    token = desk.http.cookies.get("earlyhelp_csrf") or ""
    queue = await desk.http.get("/staff/editor")
    assert queue.status_code == 200, queue.text[:2000]
    assert "Suggested categories to confirm" in queue.text
    assert "Not checked for 12 months" in queue.text
    untagged = next(
        s
        for s in search_store.iter_services()
        if not s.categories and s.is_active and tag_suggestions(desk.editing, search_store, s)
    )
    page = await desk.http.get(f"/staff/listings/{untagged.id}/edit")
    assert page.status_code == 200
    term = re.search(r'name="term_id" value="([^"]+)"', page.text)
    assert term, "an untagged listing gets suggested categories"
    confirmed = await desk.http.post(
        f"/staff/listings/{untagged.id}/suggestions",
        data={"csrf_token": token, "kind": "tag", "term_id": term.group(1), "decision": "confirm"},
    )
    assert confirmed.status_code == 303, confirmed.text[:2000]
    tagged = search_store.get(untagged.id)
    assert tagged is not None and term.group(1) in {t.id for t in tagged.service.categories}


def test_the_engine_suggests_the_categories_the_embedded_store_suggests(
    tmp_path: Path,
    search_store: ElasticsearchServiceStore,
    seeded_store: SQLiteServiceStore,
    postcodes: PostcodeDirectory,
) -> None:
    database = SQLiteDatabase(tmp_path / "app.db")
    on_engine = editing_on(search_store, database)
    embedder = CountingEmbedder()
    on_file = Editing(
        ListingEdits(database),
        Importer(seeded_store, embedder, postcodes),
        on_engine.eligibility,
        Matcher(seeded_store, embedder, postcodes),
        tags_shown_from=SHOWN_FROM,
    )
    untagged = [s for s in seeded_store.iter_services() if not s.categories and s.is_active]
    assert untagged
    suggested = 0
    for service in untagged:
        here = tag_suggestions(on_file, seeded_store, service)
        there = tag_suggestions(on_engine, search_store, service)
        assert [s.term.id for s in there] == [s.term.id for s in here], service.name
        for mine, theirs in zip(there, here, strict=True):
            assert mine.confidence == pytest.approx(theirs.confidence, abs=1e-4)
        suggested += bool(here)
    assert suggested, "some untagged listing gets a suggestion"
