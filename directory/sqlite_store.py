"""The embedded store: one SQLite file in WAL mode, a versioned schema, an FTS5 index and the
services' sentence embeddings."""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from directory.geography import distance_km
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

#: Each entry moves the schema up one version; `PRAGMA user_version` records where a file is.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE services (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        summary TEXT NOT NULL,
        record TEXT NOT NULL,
        source TEXT NOT NULL,
        source_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        embedding BLOB,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE service_categories (
        service_rowid INTEGER NOT NULL REFERENCES services(rowid) ON DELETE CASCADE,
        term_id TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (service_rowid, term_id)
    );
    CREATE INDEX service_categories_term ON service_categories(term_id);
    CREATE TABLE taxonomy_terms (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        taxonomy TEXT NOT NULL,
        code TEXT NOT NULL,
        parent_id TEXT
    );
    CREATE VIRTUAL TABLE services_fts USING fts5(
        name, description, organization, categories,
        tokenize = 'porter unicode61 remove_diacritics 2'
    );
    """,
    """
    CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO store_meta (key, value) VALUES ('generation', 0)
    """,
    """
    ALTER TABLE services ADD COLUMN minimum_age INTEGER;
    ALTER TABLE services ADD COLUMN maximum_age INTEGER;
    ALTER TABLE services ADD COLUMN modified TEXT;
    CREATE INDEX services_modified ON services(modified);
    CREATE TABLE service_locations (
        service_rowid INTEGER NOT NULL REFERENCES services(rowid) ON DELETE CASCADE,
        latitude REAL NOT NULL,
        longitude REAL NOT NULL
    );
    CREATE INDEX service_locations_service ON service_locations(service_rowid);
    CREATE INDEX service_locations_latitude ON service_locations(latitude);
    ALTER TABLE taxonomy_terms ADD COLUMN record TEXT;
    CREATE TABLE taxonomies (id TEXT PRIMARY KEY, name TEXT NOT NULL, record TEXT NOT NULL);
    UPDATE services SET minimum_age = json_extract(summary, '$.minimum_age'),
        maximum_age = json_extract(summary, '$.maximum_age'), modified = updated_at;
    INSERT INTO service_locations (service_rowid, latitude, longitude)
        SELECT s.rowid, json_extract(l.value, '$.latitude'), json_extract(l.value, '$.longitude')
        FROM services s, json_each(s.summary, '$.locations') l
        WHERE json_extract(l.value, '$.latitude') IS NOT NULL
          AND json_extract(l.value, '$.longitude') IS NOT NULL
          AND NOT json_extract(l.value, '$.hide_address')
    """,
    """
    CREATE INDEX services_source_name ON services(source_name)
    """,
)

#: bm25 column weights: name, description, organisation, category names.
FTS_WEIGHTS = (8.0, 1.0, 2.0, 4.0)

_STOP_WORDS = frozenset(
    (
        "a an and are as at be but by for from has have he her his i in is it its me my of on or "
        "our she so that the their them they this to was we were who with you your"
    ).split()
)
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """An FTS5 query that finds any of the meaningful words (or their stems) of `text`."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP_WORDS]
    return " OR ".join(f'"{word}"' for word in dict.fromkeys(words))


def _raw_term(record: dict[str, Any], term_id: str) -> dict[str, Any]:
    """The taxonomy term as the source record gave it."""
    for attribute in record.get("attributes") or []:
        term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
        if isinstance(term, dict) and str(term.get("id") or term.get("code") or "") == term_id:
            return term
    return {}


def _term_record(row: tuple[Any, ...]) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(row[0]) if row[0] else {}
    keys = ("id", "name", "taxonomy", "code", "parent_id")
    for key, value in zip(keys, row[1:], strict=True):
        record.setdefault(key, value)
    record.setdefault("description", record["name"])
    return record


class SQLiteServiceStore:
    """ServiceStore on one SQLite file. Safe to share between threads (one connection each)."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            self._migrate(self._connection())
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the store {self._path}: {error}") from error

    @property
    def path(self) -> Path:
        return self._path

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(
                self._path, timeout=30, isolation_level=None, check_same_thread=False
            )
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.create_function("distance_km", 4, distance_km, deterministic=True)
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def _migrate(self, connection: sqlite3.Connection) -> None:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self._path} has schema version {version}, newer than this program "
                f"understands ({len(MIGRATIONS)}); upgrade the program"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            connection.execute("BEGIN IMMEDIATE")
            try:
                for statement in script.split(";"):
                    if statement.strip():
                        connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    def schema_version(self) -> int:
        return int(self._connection().execute("PRAGMA user_version").fetchone()[0])

    def fingerprints(self, ids: Sequence[str]) -> dict[str, Fingerprint]:
        found: dict[str, Fingerprint] = {}
        connection = self._connection()
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = connection.execute(
                f"SELECT id, content_hash, text_hash FROM services WHERE id IN ({marks})", chunk
            )
            for service_id, content_hash, text_hash in rows:
                found[service_id] = Fingerprint(content_hash, text_hash)
        return found

    def write(self, changes: Sequence[ServiceChange], progress: Progress | None = None) -> None:
        connection = self._connection()
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.execute(
                    "UPDATE store_meta SET value = value + 1 WHERE key = 'generation'"
                )
                for done, change in enumerate(changes, start=1):
                    self._upsert(connection, change)
                    if progress is not None:
                        progress(done, len(changes))
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise StoreError(f"could not write to {self._path}: {error}") from error

    def _upsert(self, connection: sqlite3.Connection, change: ServiceChange) -> None:
        service = change.service
        now = utc_stamp()
        vector = (
            None
            if change.embedding is None
            else np.asarray(change.embedding, dtype=np.float32).tobytes()
        )
        row = connection.execute(
            """
            INSERT INTO services (id, name, status, summary, record, source, source_name,
                                  content_hash, text_hash, embedding, created_at, updated_at,
                                  minimum_age, maximum_age, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                name = excluded.name, status = excluded.status, summary = excluded.summary,
                record = excluded.record, source = excluded.source,
                source_name = excluded.source_name, content_hash = excluded.content_hash,
                text_hash = excluded.text_hash,
                embedding = COALESCE(excluded.embedding, services.embedding),
                updated_at = excluded.updated_at, minimum_age = excluded.minimum_age,
                maximum_age = excluded.maximum_age, modified = excluded.modified
            RETURNING rowid
            """,
            (
                service.id,
                service.name,
                service.status,
                json.dumps(service.summary(), ensure_ascii=False),
                json.dumps(service.record, ensure_ascii=False),
                json.dumps(change.source, ensure_ascii=False),
                change.source_name,
                change.fingerprint.content_hash,
                change.fingerprint.text_hash,
                vector,
                now,
                now,
                service.minimum_age,
                service.maximum_age,
                utc_timestamp(service.last_modified) or now,
            ),
        ).fetchone()
        rowid = row[0]
        connection.execute("DELETE FROM services_fts WHERE rowid = ?", (rowid,))
        connection.execute(
            "INSERT INTO services_fts (rowid, name, description, organization, categories) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                rowid,
                service.name,
                "\n".join(p for p in (service.description, service.eligibility_description) if p),
                service.organization_name,
                "; ".join(service.category_names),
            ),
        )
        connection.execute("DELETE FROM service_locations WHERE service_rowid = ?", (rowid,))
        connection.executemany(
            "INSERT INTO service_locations (service_rowid, latitude, longitude) VALUES (?, ?, ?)",
            [
                (rowid, loc.latitude, loc.longitude)
                for loc in service.locations
                if loc.latitude is not None and loc.longitude is not None and not loc.hide_address
            ],
        )
        connection.execute("DELETE FROM service_categories WHERE service_rowid = ?", (rowid,))
        connection.executemany(
            "INSERT OR IGNORE INTO service_categories (service_rowid, term_id, name) "
            "VALUES (?, ?, ?)",
            [(rowid, term.id, term.name) for term in service.categories],
        )
        for term in service.categories:
            raw = _raw_term(service.record, term.id)
            connection.execute(
                """
                INSERT INTO taxonomy_terms (id, name, taxonomy, code, parent_id, record)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name,
                    taxonomy = excluded.taxonomy, code = excluded.code,
                    parent_id = excluded.parent_id, record = excluded.record
                """,
                (
                    term.id,
                    term.name,
                    term.taxonomy,
                    term.code,
                    term.parent_id,
                    json.dumps(raw, ensure_ascii=False),
                ),
            )
            detail = raw.get("taxonomy_detail")
            if isinstance(detail, dict) and isinstance(detail.get("id"), str):
                connection.execute(
                    "INSERT INTO taxonomies (id, name, record) VALUES (?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET name = excluded.name, record = excluded.record",
                    (detail["id"], str(detail.get("name") or ""), json.dumps(detail)),
                )

    def get(self, service_id: str) -> StoredService | None:
        return self.get_many([service_id]).get(service_id)

    def get_many(self, ids: Sequence[str], embeddings: bool = False) -> dict[str, StoredService]:
        connection = self._connection()
        unique = list(dict.fromkeys(ids))
        found: dict[str, StoredService] = {}
        vector = ", embedding" if embeddings else ", NULL"
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = connection.execute(
                f"SELECT id, summary, record, source, source_name, updated_at{vector} "
                f"FROM services WHERE id IN ({marks})",
                chunk,
            )
            for service_id, summary, record_json, source, source_name, updated_at, blob in rows:
                record = json.loads(record_json)
                found[service_id] = StoredService(
                    service=Service.from_summary(json.loads(summary), record),
                    record=record,
                    source=json.loads(source),
                    source_name=source_name,
                    updated_at=updated_at,
                    embedding=None if blob is None else np.frombuffer(blob, dtype=np.float32),
                )
        return {service_id: found[service_id] for service_id in unique if service_id in found}

    def generation(self) -> int:
        row = (
            self._connection()
            .execute("SELECT value FROM store_meta WHERE key = 'generation'")
            .fetchone()
        )
        return int(row[0])

    def count(self) -> int:
        return int(self._connection().execute("SELECT count(*) FROM services").fetchone()[0])

    def statuses_from(self, source_name: str) -> dict[str, str]:
        rows = self._connection().execute(
            "SELECT id, status FROM services WHERE source_name = ?", (source_name,)
        )
        return {str(row[0]): str(row[1]) for row in rows}

    def search(self, text: str, limit: int = 20, offset: int = 0) -> SearchPage:
        return self.query(ServiceQuery(text=text, limit=limit, offset=offset))

    def query(self, query: ServiceQuery) -> SearchPage:
        connection = self._connection()
        joins, where, params = "", [], list[object]()
        match = fts_query(query.text)
        order = "s.name COLLATE NOCASE, s.rowid"
        if match:
            joins = " JOIN services_fts f ON f.rowid = s.rowid"
            where.append("services_fts MATCH ?")
            params.append(match)
            order = f"bm25(services_fts, {', '.join(str(w) for w in FTS_WEIGHTS)})"
        if query.taxonomy_term_id is not None:
            where.append(
                "EXISTS (SELECT 1 FROM service_categories c "
                "WHERE c.service_rowid = s.rowid AND c.term_id = ?)"
            )
            params.append(query.taxonomy_term_id)
        if query.minimum_age is not None:
            where.append("(s.maximum_age IS NULL OR s.maximum_age >= ?)")
            params.append(query.minimum_age)
        if query.maximum_age is not None:
            where.append("(s.minimum_age IS NULL OR s.minimum_age <= ?)")
            params.append(query.maximum_age)
        if query.modified_after is not None:
            where.append("s.modified > ?")
            params.append(query.modified_after)
        if query.near is not None and query.within_km is not None:
            lat, lon = query.near
            dlat = query.within_km / 111.0
            dlon = query.within_km / (111.0 * max(0.01, math.cos(math.radians(lat))))
            where.append(
                "EXISTS (SELECT 1 FROM service_locations l WHERE l.service_rowid = s.rowid "
                "AND l.latitude BETWEEN ? AND ? AND l.longitude BETWEEN ? AND ? "
                "AND distance_km(?, ?, l.latitude, l.longitude) <= ?)"
            )
            params += [lat - dlat, lat + dlat, lon - dlon, lon + dlon, lat, lon, query.within_km]
        condition = (" WHERE " + " AND ".join(where)) if where else ""
        total = connection.execute(
            f"SELECT count(*) FROM services s{joins}{condition}", params
        ).fetchone()[0]
        rows = connection.execute(
            f"SELECT s.summary FROM services s{joins}{condition} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset],
        ).fetchall()
        return SearchPage(int(total), [Service.from_summary(json.loads(r[0])) for r in rows])

    def taxonomy_term(self, term_id: str) -> dict[str, Any] | None:
        row = (
            self._connection()
            .execute(
                "SELECT record, id, name, taxonomy, code, parent_id FROM taxonomy_terms "
                "WHERE id = ?",
                (term_id,),
            )
            .fetchone()
        )
        return None if row is None else _term_record(row)

    def taxonomies(self) -> list[dict[str, Any]]:
        rows = self._connection().execute("SELECT record FROM taxonomies ORDER BY name, id")
        return [json.loads(row[0]) for row in rows]

    def iter_services(self) -> Iterator[Service]:
        rows = self._connection().execute("SELECT summary FROM services ORDER BY rowid")
        for (summary,) in rows:
            yield Service.from_summary(json.loads(summary))

    def embeddings(self) -> tuple[list[str], npt.NDArray[np.float32]]:
        ids: list[str] = []
        vectors: list[npt.NDArray[np.float32]] = []
        rows = self._connection().execute(
            "SELECT id, embedding FROM services WHERE embedding IS NOT NULL ORDER BY rowid"
        )
        for service_id, blob in rows:
            ids.append(service_id)
            vectors.append(np.frombuffer(blob, dtype=np.float32))
        if not vectors:
            return ids, np.zeros((0, 0), dtype=np.float32)
        return ids, np.vstack(vectors)

    def taxonomy_terms(self) -> list[dict[str, Any]]:
        rows = self._connection().execute(
            "SELECT t.record, t.id, t.name, t.taxonomy, t.code, t.parent_id FROM taxonomy_terms t "
            "WHERE EXISTS (SELECT 1 FROM service_categories c JOIN services s "
            "ON s.rowid = c.service_rowid WHERE c.term_id = t.id AND s.status = ?) "
            "ORDER BY t.name, t.id",
            (ACTIVE_STATUS,),
        )
        return [_term_record(row) for row in rows]

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._local = threading.local()
