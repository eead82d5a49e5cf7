"""The store contract, run against every backend: the SQLite file and Elasticsearch (the
noida-db emulator here, or the cluster EARLYHELP_ES_URL names)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from directory.records import Service, TaxonomyTerm
from directory.store import (
    Fingerprint,
    ServiceChange,
    ServiceQuery,
    ServiceStore,
    stored_changes,
)
from tests.conftest import SeedFile

BACKENDS = ["sqlite", "elasticsearch"]


@pytest.fixture(params=BACKENDS)
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServiceStore]:
    if request.param == "sqlite":
        yield request.getfixturevalue("store")
    else:
        yield request.getfixturevalue("es_store")


def change(service_id: str, name: str, vector: list[float] | None = None) -> ServiceChange:
    service = Service(
        id=service_id,
        name=name,
        status="active",
        description=f"{name} for families",
        minimum_age=0,
        maximum_age=11,
        categories=(TaxonomyTerm("t1", "Parenting support", "DfE"),),
        record={"id": service_id, "name": name},
    )
    embedding = None if vector is None else np.array(vector, dtype=np.float32)
    return ServiceChange(service, {"id": service_id}, "feed-a", Fingerprint("c", "t"), embedding)


def unit(*values: float) -> list[float]:
    vector = np.zeros(384, dtype=np.float32)
    vector[: len(values)] = values
    return list(vector / np.linalg.norm(vector))


def test_write_get_fingerprints_and_counts(any_store: ServiceStore) -> None:
    before = any_store.generation()
    any_store.write([change("a", "Stay and play", unit(1, 0)), change("b", "Baby massage")])
    assert any_store.generation() != before
    assert any_store.count() == 2
    stored = any_store.get("a")
    assert stored is not None
    assert stored.service.name == "Stay and play" and stored.record == {
        "id": "a",
        "name": "Stay and play",
    }
    assert (stored.source, stored.source_name) == ({"id": "a"}, "feed-a")
    assert any_store.get("missing") is None
    assert any_store.fingerprints(["a", "b", "zz"]) == {
        "a": Fingerprint("c", "t"),
        "b": Fingerprint("c", "t"),
    }
    assert any_store.statuses_from("feed-a") == {"a": "active", "b": "active"}
    assert any_store.statuses_from("elsewhere") == {}


def test_an_update_without_a_vector_keeps_the_stored_one(any_store: ServiceStore) -> None:
    any_store.write([change("a", "Stay and play", unit(1, 0)), change("b", "Music", unit(0, 1))])
    any_store.write([change("a", "Stay and play, Tuesdays")])
    ids, matrix = any_store.embeddings()
    rows = dict(zip(ids, matrix, strict=True))
    assert sorted(ids) == ["a", "b"]
    assert np.allclose(rows["a"], unit(1, 0), atol=1e-6)
    stored = any_store.get("a")
    assert stored is not None and stored.service.name == "Stay and play, Tuesdays"
    assert sorted(s.id for s in any_store.iter_services()) == ["a", "b"]


def test_get_many_reads_several_in_the_order_asked(any_store: ServiceStore) -> None:
    any_store.write(
        [change("a", "Stay and play", unit(1, 0)), change("b", "Music"), change("c", "Swim")]
    )
    found = any_store.get_many(["c", "missing", "a", "c"])
    assert list(found) == ["c", "a"]
    assert found["a"] == any_store.get("a") and found["c"] == any_store.get("c")
    assert found["a"].embedding is None  # not asked for: not read
    assert any_store.get_many([]) == {}
    with_vectors = any_store.get_many(["a", "b"], embeddings=True)
    vector = with_vectors["a"].embedding
    assert vector is not None and np.allclose(vector, unit(1, 0), atol=1e-6)
    assert with_vectors["b"].embedding is None  # stored without one


def test_get_many_reads_more_than_one_batch(any_store: ServiceStore) -> None:
    names = [f"s{n:04d}" for n in range(1203)]
    any_store.write([change(n, f"Group {n}") for n in names])
    asked = [*reversed(names), "nowhere"]
    found = any_store.get_many(asked)
    assert list(found) == asked[:-1]
    assert found["s0007"].service.name == "Group s0007"


@pytest.fixture
def seeded(any_store: ServiceStore, seed_hashing: SeedFile, tmp_path: Path) -> ServiceStore:
    """The seed as imported (once a session), copied into the store as `earlyhelp reindex`
    copies one store into another."""
    imported = seed_hashing.copy_to(tmp_path / "imported.db")
    try:
        any_store.write(list(stored_changes(imported)))
    finally:
        imported.close()
    return any_store


QUERIES = {
    "all": ServiceQuery(limit=200),
    "second-page": ServiceQuery(limit=20, offset=20),
    "parenting-term": ServiceQuery(
        taxonomy_term_id="0a4b1dc3-88f6-5664-9d3f-e5fcc508ba43", limit=200
    ),
    "teenagers": ServiceQuery(minimum_age=13, maximum_age=15, limit=200),
    "under-fives": ServiceQuery(maximum_age=4, limit=200),
    "near-twerton": ServiceQuery(near=(51.381854, -2.399483), within_km=2.0, limit=200),
    "recent": ServiceQuery(modified_after="2026-09-01T00:00:00Z", limit=200),
    "combined": ServiceQuery(
        minimum_age=5, maximum_age=11, near=(51.381854, -2.399483), within_km=5.0, limit=200
    ),
}


@pytest.mark.parametrize("name", list(QUERIES))
def test_filters_select_the_same_services_on_every_backend(seeded: ServiceStore, name: str) -> None:
    """The expected answers come from the records themselves, not from either backend."""
    query = QUERIES[name]
    every = sorted(seeded.iter_services(), key=lambda s: (s.name.lower(), s.id))
    expected = [s.id for s in every if _passes(s, query)]
    page = seeded.query(query)
    assert page.total == len(expected)
    assert [s.id for s in page.services] == expected[query.offset : query.offset + query.limit]


def _passes(service: Service, query: ServiceQuery) -> bool:
    from directory.geography import distance_km
    from directory.records import utc_timestamp

    if query.taxonomy_term_id and query.taxonomy_term_id not in {t.id for t in service.categories}:
        return False
    if query.minimum_age is not None and (service.maximum_age or 200) < query.minimum_age:
        return False
    if query.maximum_age is not None and (service.minimum_age or 0) > query.maximum_age:
        return False
    if query.modified_after is not None:
        modified = utc_timestamp(service.last_modified)
        if modified is None or modified <= query.modified_after:
            return False
    if query.near is not None and query.within_km is not None:
        lat, lon = query.near
        return any(
            distance_km(lat, lon, loc.latitude, loc.longitude) <= query.within_km
            for loc in service.locations
            if loc.latitude is not None and loc.longitude is not None and not loc.hide_address
        )
    return True


@pytest.mark.parametrize(
    ("words", "expected_name"),
    [
        ("breastfeeding", "Breastfeeding"),
        ("debt advice", "debt"),
        ("parenting course", "parenting"),
    ],
)
def test_text_search_finds_the_obvious_service_in_the_top_three(
    seeded: ServiceStore, words: str, expected_name: str
) -> None:
    page = seeded.search(words, limit=3)
    names = [s.name.lower() for s in page.services]
    assert any(expected_name.lower() in name for name in names), names


def in_terms(service_id: str, status: str, *term_ids: str) -> ServiceChange:
    service = Service(
        id=service_id,
        name=f"Service {service_id}",
        status=status,
        categories=tuple(TaxonomyTerm(t, f"Term {t}", "DfE") for t in term_ids),
        record={"id": service_id},
    )
    return ServiceChange(service, {"id": service_id}, "feed-a", Fingerprint("c", "t"), None)


def test_taxonomy_terms_lists_only_the_terms_of_active_services(any_store: ServiceStore) -> None:
    any_store.write(
        [
            in_terms("a", "active", "t1", "t2"),
            in_terms("b", "inactive", "t3"),
            in_terms("c", "active", "t4"),
            in_terms("d", "active", "t2"),
        ]
    )
    assert [t["id"] for t in any_store.taxonomy_terms()] == ["t1", "t2", "t4"]
    # c leaves t4, a closes: t1 is no longer used by an active service, t2 still is (by d).
    any_store.write([in_terms("c", "active"), in_terms("a", "inactive", "t1", "t2")])
    assert [t["id"] for t in any_store.taxonomy_terms()] == ["t2"]


def test_taxonomy_terms_and_taxonomies(seeded: ServiceStore) -> None:
    terms = seeded.taxonomy_terms()
    assert len(terms) == 43
    parenting = seeded.taxonomy_term("0a4b1dc3-88f6-5664-9d3f-e5fcc508ba43")
    assert parenting is not None and parenting["name"] == "Parenting support"
    assert seeded.taxonomy_term("nope") is None
    assert [t["name"] for t in seeded.taxonomies()] == ["DfE Family Hubs service categories"]
