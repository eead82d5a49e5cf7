"""The Elasticsearch store: the directory in a search engine that scales out.

Services live in a versioned index (`{prefix}-services-{version}`) behind the alias
`{prefix}-services`. A full rebuild (`rebuild`, used by `earlyhelp reindex`) fills a new
index and then swaps the alias in one atomic call, so searches never see a half-built
directory; `write` updates the live index in bulk chunks with retries. Taxonomy terms and
taxonomies sit in `{prefix}-taxonomy`, the store's generation in `{prefix}-meta`.

Unlike the SQLite store, `write` to the live index is not one transaction: documents that
Elasticsearch refuses after the retries are named in the StoreError, and the rest are kept.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from elasticsearch import ApiError, ConnectionTimeout, Elasticsearch, TransportError, helpers

from directory.area_shapes import SHAPE
from directory.areas import LOCALITY_KM, PLACE_KM, near_point
from directory.es_mapping import DIMENSIONS, MATCH_TERMS, service_mapping, taxonomy_mapping
from directory.es_retrieval import RetrievalStrategy, Retrieved
from directory.records import ACTIVE_STATUS, Service, utc_timestamp
from directory.store import (
    Fingerprint,
    Progress,
    SearchPage,
    ServiceChange,
    ServiceQuery,
    StoredService,
    StoreError,
)
from directory.timestamps import utc_stamp
from matching.lexical import document_terms

CHUNK = 500
#: How long a generation read from the cluster is trusted (every page asks for it, often
#: several times; another instance's change is seen at most this much later).
GENERATION_SECONDS = 1.0
#: Bulk writes refused with these statuses (a whole request, or single documents in it) are
#: sent again, at most RETRIES times: 429 when the cluster is overloaded, 503 while a shard or
#: node is not available.
RETRY_STATUSES = (429, 503)
RETRIES = 3
#: The pause before a bulk write's first retry, doubled for each next one, never above the
#: most (so at most 0.5 + 1 + 2 seconds in all with the defaults).
RETRY_PAUSE = 0.5
MOST_PAUSE = 8.0
#: Text fields and their weights, as the SQLite store's bm25 weights.
TEXT_FIELDS = ("name^8", "description", "organization^2", "categories^4")
_PAGE = 1000


def _reason(error: TransportError) -> str:
    """The cause of a connection failure in a few words ("Connection refused")."""
    if isinstance(error, ConnectionTimeout):
        return "no answer in time"
    text = " ".join(str(e) for e in (error, error.__cause__, *error.errors) if e is not None)
    found = re.search(r"\[Errno -?\d+\] ([^)\]'\"]+)", text)
    return found.group(1).strip() if found else str(error)[:200]


def _raw_term(record: dict[str, Any], term_id: str) -> dict[str, Any]:
    for attribute in record.get("attributes") or []:
        term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
        if isinstance(term, dict) and str(term.get("id") or term.get("code") or "") == term_id:
            return term
    return {}


def _points(codes: Iterable[str], km: float) -> list[dict[str, float]]:
    """The points of a service's localities that reach `km` (a field per reach)."""
    points = [near_point(code) for code in codes]
    return [{"lat": p[0], "lon": p[1]} for p in points if p is not None and p[2] == km]


def service_document(
    change: ServiceChange, updated_at: str, facets: Sequence[str] = ()
) -> dict[str, Any]:
    """The indexed form of a service: searchable fields, filters, and the records as JSON."""
    service = change.service
    low = service.minimum_age if service.minimum_age is not None else 0
    high = service.maximum_age if service.maximum_age is not None else 200
    document: dict[str, Any] = {
        "id": service.id,
        "name": service.name,
        "name_key": service.name.lower(),
        "description": "\n".join(
            p for p in (service.description, service.eligibility_description) if p
        ),
        "organization": service.organization_name,
        "categories": "; ".join(service.category_names),
        MATCH_TERMS: " ".join(document_terms(service)),
        "category_ids": [term.id for term in service.categories],
        "status": service.status,
        "ages": {"gte": low, "lte": max(low, high)},
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "free": {True: "free", False: "paid", None: "unknown"}[service.free],
        "languages": list(service.languages),
        "flags": list(service.flags),
        "area_codes": [
            c for c in service.area_codes if near_point(c) is None and not c.startswith(SHAPE)
        ],
        # A shape the search engine cannot test: the matcher tests it among the candidates.
        "area_shape": any(c.startswith(SHAPE) for c in service.area_codes),
        "area_points": _points(service.area_codes, LOCALITY_KM),
        "place_points": _points(service.area_codes, PLACE_KM),
        "la_codes": sorted({loc.la_code for loc in service.locations if loc.la_code}),
        "locations": [
            {"lat": loc.latitude, "lon": loc.longitude}
            for loc in service.locations
            if loc.latitude is not None and loc.longitude is not None and not loc.hide_address
        ],
        "modified": utc_timestamp(service.last_modified) or updated_at,
        "source_name": change.source_name,
        "match_facets": sorted(facets),
        "content_hash": change.fingerprint.content_hash,
        "text_hash": change.fingerprint.text_hash,
        "summary_json": json.dumps(service.summary(), ensure_ascii=False),
        "record_json": json.dumps(service.record, ensure_ascii=False),
        "source_json": json.dumps(change.source, ensure_ascii=False),
        "updated_at": updated_at,
    }
    if change.embedding is not None:
        document["embedding"] = [float(x) for x in np.asarray(change.embedding).ravel()]
    return document


class ElasticsearchServiceStore:
    """ServiceStore on an Elasticsearch cluster (or a compatible server)."""

    def __init__(
        self,
        client: Elasticsearch,
        prefix: str = "earlyhelp",
        synonyms: Sequence[str] = (),
        url_for_messages: str = "Elasticsearch",
        facets: Callable[[Service], Iterable[str]] | None = None,
        shards: int = 1,
        replicas: int = 0,
        generation_seconds: float = GENERATION_SECONDS,
        retry_pause: float = RETRY_PAUSE,
    ) -> None:
        """`facets` names what the matcher's rules need to know of a listing (indexed as the
        keyword field `match_facets`, so its filters run in the engine). The generation is
        read from the cluster at most once every `generation_seconds` (0: at every call):
        another instance's writes are seen that much later, this store's own at once. A bulk
        write refused as busy or unavailable (RETRY_STATUSES) is sent again after
        `retry_pause` seconds, then twice as long each time, RETRIES times at most."""
        self._es = client
        self._retry_pause = retry_pause
        self._generation_seconds = generation_seconds
        self._known_generation: tuple[float, int] | None = None
        self._generation_lock = threading.Lock()
        self._facets = facets
        self._layout = (shards, replicas)
        self._prefix = prefix
        self._synonyms = list(synonyms)
        self._where = url_for_messages
        self.alias = f"{prefix}-services"
        self._taxonomy = f"{prefix}-taxonomy"
        self._meta = f"{prefix}-meta"
        self._guard(self._ensure_indices)

    # -- plumbing ---------------------------------------------------------------------------

    def _guard(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Run one call; connection failures and refusals become StoreError."""
        try:
            return action(*args, **kwargs)
        except TransportError as error:
            raise StoreError(f"{self._where} is unreachable ({_reason(error)})") from error
        except ApiError as error:
            if error.status_code in RETRY_STATUSES:
                raise StoreError(
                    f"{self._where} is too busy or not ready (HTTP {error.status_code}), "
                    "even after retrying; try again in a few minutes"
                ) from error
            raise StoreError(f"{self._where} refused the request: {error}") from error

    def _ensure_indices(self) -> None:
        if not self._es.indices.exists_alias(name=self.alias):
            index = self._new_index()
            self._es.indices.put_alias(index=index, name=self.alias)
        else:
            self._add_new_fields()
        if not self._es.indices.exists(index=self._taxonomy):
            self._es.indices.create(index=self._taxonomy, mappings=taxonomy_mapping())
        if not self._es.indices.exists(index=self._meta):
            self._es.indices.create(
                index=self._meta, mappings={"properties": {"value": {"type": "long"}}}
            )
            self._bump()

    def _add_new_fields(self) -> None:
        """Fields added to the mapping since the live index was made are added to it, so
        writes go on working; listings written before have them after `earlyhelp reindex`."""
        _, mappings = service_mapping(self._synonyms, *self._layout)
        live = self._es.indices.get_mapping(index=self.alias)
        for found in live.values():
            have = found.get("mappings", {}).get("properties", {})
            missing = {k: v for k, v in mappings["properties"].items() if k not in have}
            if missing:
                self._es.indices.put_mapping(index=self.alias, properties=missing)
            return

    def _new_index(self) -> str:
        name = f"{self.alias}-{time.strftime('%Y%m%d%H%M%S')}-{time.monotonic_ns() % 10**6}"
        settings, mappings = service_mapping(self._synonyms, *self._layout)
        self._es.indices.create(index=name, settings=settings, mappings=mappings)
        return name

    def _bump(self) -> None:
        current = self._read_generation()
        value = max(current + 1, time.time_ns() // 1000)
        self._es.index(index=self._meta, id="generation", document={"value": value}, refresh=True)
        with self._generation_lock:
            self._known_generation = (time.monotonic(), value)

    def _read_generation(self) -> int:
        try:
            found = self._es.get(index=self._meta, id="generation")
        except ApiError as error:
            if error.meta.status == 404:
                return 0
            raise
        return int(found["_source"]["value"])

    def live_index(self) -> str:
        """The versioned index the alias points at now."""
        indices = self._guard(self._es.indices.get_alias, name=self.alias)
        return str(next(iter(indices)))

    # -- writing ----------------------------------------------------------------------------

    def write(self, changes: Sequence[ServiceChange], progress: Progress | None = None) -> None:
        self._guard(self._write_to, self.alias, changes, progress, True)
        self._guard(self._bump)

    def _write_to(
        self,
        index: str,
        changes: Sequence[ServiceChange],
        progress: Progress | None,
        partial: bool,
    ) -> None:
        now = utc_stamp()

        def actions() -> Iterator[dict[str, Any]]:
            for change in changes:
                facets = self._facets(change.service) if self._facets else ()
                document = service_document(change, now, list(facets))
                if partial:
                    yield {
                        "_op_type": "update",
                        "_index": index,
                        "_id": change.service.id,
                        "doc": document,
                        "doc_as_upsert": True,
                    }
                else:
                    yield {
                        "_op_type": "index",
                        "_index": index,
                        "_id": change.service.id,
                        "_source": document,
                    }

        failed = self._bulk(actions(), len(changes), progress)
        terms_refused = ""
        try:
            self._write_terms(changes)
        except StoreError as refused:
            if not failed:
                raise
            terms_refused = f"; {refused}"  # said after the services, which matter more
        self._es.indices.refresh(index=index)
        self._es.indices.refresh(index=self._taxonomy)
        if failed:
            shown = "; ".join(failed[:10])
            more = f" and {len(failed) - 10} more" if len(failed) > 10 else ""
            raise StoreError(
                f"{self._where} did not store {len(failed)} services: {shown}{more}" + terms_refused
            )

    def _bulk(
        self,
        actions: Iterable[dict[str, Any]],
        total: int = 0,
        progress: Progress | None = None,
    ) -> list[str]:
        """Send the actions in bulk requests of CHUNK (elasticsearch-py's `streaming_bulk`,
        which sends a request or the documents in it refused as busy or unavailable again,
        with a growing pause); the ids and reasons of those still refused. `progress` hears
        after each CHUNK and at the end."""
        refused: list[str] = []
        answers = helpers.streaming_bulk(
            self._es,
            actions,
            chunk_size=CHUNK,
            max_retries=RETRIES,
            retry_on_status=RETRY_STATUSES,
            initial_backoff=self._retry_pause,
            max_backoff=MOST_PAUSE,
            raise_on_error=False,
        )
        for done, (ok, item) in enumerate(answers, start=1):
            if not ok:
                result = next(iter(item.values()))
                reason = (result.get("error") or {}).get("reason", result.get("status"))
                refused.append(f"{result.get('_id')}: {reason}")
            if progress is not None and (done % CHUNK == 0 or done == total):
                progress(done, total)
        return refused

    def _write_terms(self, changes: Iterable[ServiceChange]) -> None:
        def actions() -> Iterator[dict[str, Any]]:
            for change in changes:
                for term in change.service.categories:
                    raw = _raw_term(change.service.record, term.id)
                    record = {
                        "id": term.id,
                        "name": term.name,
                        "taxonomy": term.taxonomy,
                        "code": term.code,
                        "parent_id": term.parent_id,
                    } | {k: v for k, v in raw.items() if v is not None}
                    record.setdefault("description", term.name)
                    yield {
                        "_index": self._taxonomy,
                        "_id": f"term:{term.id}",
                        "kind": "term",
                        "name_key": term.name.lower(),
                        "record_json": json.dumps(record),
                    }
                    detail = raw.get("taxonomy_detail")
                    if isinstance(detail, dict) and isinstance(detail.get("id"), str):
                        yield {
                            "_index": self._taxonomy,
                            "_id": f"taxonomy:{detail['id']}",
                            "kind": "taxonomy",
                            "name_key": str(detail.get("name") or "").lower(),
                            "record_json": json.dumps(detail),
                        }

        refused = self._bulk(actions())
        if refused:
            raise StoreError(f"{self._where} did not store taxonomy terms: {refused[:5]}")

    def rebuild(self, changes: Iterable[ServiceChange], progress: Progress | None = None) -> int:
        """Build a new index from every service, then point the alias at it atomically and
        drop the old one. Searches see the old directory until the swap. Returns the count."""

        def build() -> int:
            old = self.live_index()
            index = self._new_index()
            try:
                batch: list[ServiceChange] = []
                total = 0
                for change in changes:
                    batch.append(change)
                    if len(batch) == CHUNK:
                        self._write_to(index, batch, None, False)
                        total += len(batch)
                        batch = []
                        if progress is not None:
                            progress(total, total)
                if batch:
                    self._write_to(index, batch, None, False)
                    total += len(batch)
                self._es.indices.update_aliases(
                    actions=[
                        {"remove": {"index": old, "alias": self.alias}},
                        {"add": {"index": index, "alias": self.alias}},
                    ]
                )
            except BaseException:
                self._es.indices.delete(index=index, ignore_unavailable=True)
                raise
            self._es.indices.delete(index=old, ignore_unavailable=True)
            self._bump()
            return total

        return int(self._guard(build))

    # -- reading ----------------------------------------------------------------------------

    def fingerprints(self, ids: Sequence[str]) -> dict[str, Fingerprint]:
        found: dict[str, Fingerprint] = {}
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            response = self._guard(
                self._es.mget,
                index=self.alias,
                ids=chunk,
                source_includes=["content_hash", "text_hash"],
            )
            for doc in response["docs"]:
                if doc.get("found"):
                    source = doc["_source"]
                    found[doc["_id"]] = Fingerprint(source["content_hash"], source["text_hash"])
        return found

    def get(self, service_id: str) -> StoredService | None:
        return self.get_many([service_id]).get(service_id)

    def get_many(self, ids: Sequence[str], embeddings: bool = False) -> dict[str, StoredService]:
        fields = ["summary_json", "record_json", "source_json", "source_name", "updated_at"]
        if embeddings:
            fields.append("embedding")
        unique = list(dict.fromkeys(ids))
        found: dict[str, StoredService] = {}
        for start in range(0, len(unique), CHUNK):
            response = self._guard(
                self._es.mget,
                index=self.alias,
                ids=unique[start : start + CHUNK],
                source_includes=fields,
            )
            for doc in response["docs"]:
                if not doc.get("found"):
                    continue
                source = doc["_source"]
                record = json.loads(source["record_json"])
                vector = source.get("embedding")
                found[doc["_id"]] = StoredService(
                    service=Service.from_summary(json.loads(source["summary_json"]), record),
                    record=record,
                    source=json.loads(source["source_json"]),
                    source_name=source["source_name"],
                    updated_at=source["updated_at"],
                    embedding=np.asarray(vector, dtype=np.float32) if vector else None,
                )
        return found

    def generation(self) -> int:
        with self._generation_lock:
            known = self._known_generation
        if known is not None and time.monotonic() - known[0] < self._generation_seconds:
            return known[1]
        value = int(self._guard(self._read_generation))
        with self._generation_lock:
            self._known_generation = (time.monotonic(), value)
        return value

    def count(self) -> int:
        return int(self._guard(self._es.count, index=self.alias)["count"])

    def statuses_from(self, source_name: str) -> dict[str, str]:
        return {
            hit["_id"]: hit["_source"]["status"]
            for hit in self._scan({"term": {"source_name": source_name}}, ["status"])
        }

    def _scan(self, query: dict[str, Any], fields: list[str]) -> Iterator[dict[str, Any]]:
        """Every hit of the query, by id, read _PAGE at a time (elasticsearch-py's `scan`)."""
        hits: Iterator[dict[str, Any]] = iter(
            helpers.scan(
                self._es,
                index=self.alias,
                query={"query": query, "sort": [{"id": "asc"}], "_source": fields},
                size=_PAGE,
                preserve_order=True,
            )
        )
        while (hit := self._guard(next, hits, None)) is not None:
            yield hit

    def search(self, text: str, limit: int = 20, offset: int = 0) -> SearchPage:
        return self.query(ServiceQuery(text=text, limit=limit, offset=offset))

    def query(self, query: ServiceQuery) -> SearchPage:
        filters: list[dict[str, Any]] = []
        if query.taxonomy_term_id is not None:
            filters.append({"term": {"category_ids": query.taxonomy_term_id}})
        if query.minimum_age is not None or query.maximum_age is not None:
            bounds = {
                "gte": query.minimum_age if query.minimum_age is not None else 0,
                "lte": query.maximum_age if query.maximum_age is not None else 200,
                "relation": "intersects",
            }
            filters.append({"range": {"ages": bounds}})
        if query.modified_after is not None:
            filters.append({"range": {"modified": {"gt": query.modified_after}}})
        if query.near is not None and query.within_km is not None:
            lat, lon = query.near
            filters.append(
                {
                    "geo_distance": {
                        "distance": f"{query.within_km}km",
                        "locations": {"lat": lat, "lon": lon},
                    }
                }
            )
        words = query.text.strip()
        must: dict[str, Any] = (
            {"multi_match": {"query": words, "fields": list(TEXT_FIELDS)}}
            if words
            else {"match_all": {}}
        )
        sort = ["_score", {"id": "asc"}] if words else [{"name_key": "asc"}, {"id": "asc"}]
        response = self._guard(
            self._es.search,
            index=self.alias,
            query={"bool": {"must": must, "filter": filters}},
            sort=sort,
            from_=query.offset,
            size=query.limit,
            track_total_hits=True,
            source_includes=["summary_json"],
        )
        hits = response["hits"]
        services = [
            Service.from_summary(json.loads(h["_source"]["summary_json"])) for h in hits["hits"]
        ]
        return SearchPage(int(hits["total"]["value"]), services)

    def _taxonomy_records(self, kind: str) -> list[dict[str, Any]]:
        response = self._guard(
            self._es.search,
            index=self._taxonomy,
            query={"term": {"kind": kind}},
            sort=[{"name_key": "asc"}],
            size=10_000,
        )
        return [json.loads(h["_source"]["record_json"]) for h in response["hits"]["hits"]]

    def taxonomy_term(self, term_id: str) -> dict[str, Any] | None:
        response = self._guard(self._es.mget, index=self._taxonomy, ids=[f"term:{term_id}"])
        doc = response["docs"][0]
        return json.loads(doc["_source"]["record_json"]) if doc.get("found") else None

    def taxonomy_terms(self) -> list[dict[str, Any]]:
        used = self._guard(
            self._es.search,
            index=self.alias,
            query={"term": {"status": ACTIVE_STATUS}},
            aggs={"used": {"terms": {"field": "category_ids", "size": 10_000}}},
            size=0,
        )
        ids = {str(bucket["key"]) for bucket in used["aggregations"]["used"]["buckets"]}
        return [term for term in self._taxonomy_records("term") if str(term.get("id")) in ids]

    def taxonomies(self) -> list[dict[str, Any]]:
        return self._taxonomy_records("taxonomy")

    def iter_services(self) -> Iterator[Service]:
        for hit in self._scan({"match_all": {}}, ["summary_json"]):
            yield Service.from_summary(json.loads(hit["_source"]["summary_json"]))

    def embeddings(self) -> tuple[list[str], npt.NDArray[np.float32]]:
        ids: list[str] = []
        rows: list[list[float]] = []
        for hit in self._scan({"exists": {"field": "embedding"}}, ["embedding"]):
            vector = hit["_source"].get("embedding")
            if vector:
                ids.append(hit["_id"])
                rows.append(vector)
        if not rows:
            return ids, np.zeros((0, 0), dtype=np.float32)
        return ids, np.asarray(rows, dtype=np.float32)

    # -- retrieval for the matcher ------------------------------------------------------------

    def retrieve(self, strategies: Sequence[RetrievalStrategy]) -> list[Retrieved]:
        """Run the strategies in one multi-search; what each found, in the same order.
        StoreError when the engine refuses any of them."""
        lines: list[dict[str, Any]] = []
        for strategy in strategies:
            lines.append({"index": self.alias})
            lines.append(strategy.es_body())
        if not lines:
            return []
        answers = self._guard(self._es.msearch, searches=lines)["responses"]
        found: list[Retrieved] = []
        for answer in answers:
            if "error" in answer:
                raise StoreError(f"the search engine refused a matching query: {answer['error']}")
            hits = answer["hits"]
            found.append(
                Retrieved(
                    [(hit["_id"], float(hit["_score"] or 0.0)) for hit in hits["hits"]],
                    int(hits["total"]["value"]),
                )
            )
        return found

    def services_with_vectors(
        self, ids: Sequence[str]
    ) -> list[tuple[Service, npt.NDArray[np.float32] | None]]:
        """The stored services of these ids (unknown ones left out), in the order asked, each
        with its embedding (None when it has none): what the matcher ranks candidates on."""
        unique = list(dict.fromkeys(ids))
        found: list[tuple[Service, npt.NDArray[np.float32] | None]] = []
        for start in range(0, len(unique), CHUNK):
            response = self._guard(
                self._es.mget,
                index=self.alias,
                ids=unique[start : start + CHUNK],
                source_includes=["summary_json", "embedding"],
            )
            for doc in response["docs"]:
                if not doc.get("found"):
                    continue
                vector = doc["_source"].get("embedding")
                found.append(
                    (
                        Service.from_summary(json.loads(doc["_source"]["summary_json"])),
                        np.asarray(vector, dtype=np.float32) if vector else None,
                    )
                )
        return found

    def category_vectors(self) -> Iterator[tuple[list[str], npt.NDArray[np.float32] | None]]:
        """For every service in a category: its category ids and its embedding (None when it
        has none), read a page at a time."""
        query = {"bool": {"filter": [{"exists": {"field": "category_ids"}}]}}
        for hit in self._scan(query, ["category_ids", "embedding"]):
            vector = hit["_source"].get("embedding")
            yield (
                [str(term) for term in hit["_source"].get("category_ids") or []],
                np.asarray(vector, dtype=np.float32) if vector else None,
            )

    def close(self) -> None:
        self._es.close()

    @property
    def dimensions(self) -> int:
        return DIMENSIONS
