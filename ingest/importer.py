"""Import service records into a store: validate, normalise, detect changes, embed, write once."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from directory.geography import PostcodeDirectory
from directory.records import Service
from directory.store import Fingerprint, ServiceChange, ServiceStore
from ingest.heap import give_back_freed, limit_heap_growth
from ingest.json_source import SourceRecord
from ingest.normalise import normalise_service
from ingest.partial import WITHDRAWN_KEY, has_value, missing_fields, partial_message
from ingest.problems import ERROR, WARNING, FieldIssue, Problem
from ingest.quality import Listing, check_listing, find_duplicates, listing_of
from ingest.shapes import record_kind, record_message
from ingest.staging import Staged
from ingest.validation import validate_service
from matching.embedding import Embedder

#: Bump when normalisation changes, so the next import refreshes every stored record (4: the
#: councils made in April 2023, and service areas drawn as GeoJSON).
NORMALISER_VERSION = "4"
#: Listings embedded in one pass of the model. The model's working memory grows with the
#: number of texts times the square of the longest one's length (listings run to its 256-token
#: limit): 64 at a time took some 350 MiB above the loaded model, 16 take some 120 MiB. The
#: texts of an import batch are embedded shortest first, so each pass pads little.
EMBED_BATCH = 16
#: Listings whose sentences are read together (short sentences: little working memory).
READ_BATCH = 64
#: Records checked, compared and embedded together before being staged on disk.
IMPORT_BATCH = 512


class ImportProgress(Protocol):
    """Told how far each long step of an import has got."""

    def step(self, name: str, done: int, total: int) -> None: ...


class Overrides(Protocol):
    """Editors' values for fields of listings, laid over what a source says."""

    def overlay(self, data: Any) -> tuple[Any, Sequence[object]]:
        """The record with editors' values laid over it, and the source's changes to fields
        an editor set (conflicts), recording nothing."""
        ...

    def record_conflicts(self, conflicts: Iterable[Any]) -> None:
        """Record conflicts for editors to settle."""
        ...


class SilentProgress:
    def step(self, name: str, done: int, total: int) -> None:
        return None


@dataclass
class ImportSummary:
    """What an import did (or, in a dry run, would do)."""

    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    embedded: int = 0
    written: bool = False
    problems: list[Problem] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)  # ids of the records that were accepted

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "embedded": self.embedded,
            "written": self.written,
            "problems": [p.as_dict() for p in self.problems],
        }


def _compact(listing: Listing) -> Listing:
    """The listing with its word set replaced by a digest of it: duplicate detection only asks
    whether two word sets are equal, and a digest takes a hundredth of the memory."""
    if listing.text_key is None:
        return listing
    digest = hashlib.sha1("\n".join(sorted(listing.text_key)).encode()).hexdigest()
    return replace(listing, text_key=frozenset({digest}))


def content_hash(source: dict[str, Any], reader_version: str = "") -> str:
    """What tells whether a record changed: its content, the normaliser's version and the
    version of the reader of listings' prose, so that a record read by an older reader
    counts as updated and is read again (its text, unchanged, is not embedded again)."""
    canonical = json.dumps(source, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(
        f"{NORMALISER_VERSION}\n{reader_version}\n{canonical}".encode()
    ).hexdigest()


def text_hash(text: str, embedder_name: str) -> str:
    return hashlib.sha256(f"{embedder_name}\n{text}".encode()).hexdigest()


@dataclass
class _Accepted:
    change: ServiceChange
    needs_embedding: bool


class Importer:
    """Imports records into one store, embedding with one embedder."""

    def __init__(
        self,
        store: ServiceStore,
        embedder: Embedder,
        postcodes: PostcodeDirectory | None = None,
        progress: ImportProgress | None = None,
        today: Callable[[], date] = date.today,
        overrides: Overrides | None = None,
        reader: FactReader | None = None,
    ) -> None:
        """`overrides`, when given, lays directory editors' values over each record read;
        `reader`, when given, reads who each written listing is for from its prose."""
        self._reader = reader
        self._store = store
        self._overrides = overrides
        self._embedder = embedder
        self._postcodes = postcodes
        self._progress = progress or SilentProgress()
        self._today = today

    def run(
        self, records: Iterable[SourceRecord], *, dry_run: bool = False, strict: bool = False
    ) -> ImportSummary:
        """Import every record. Rejected records are reported and skipped; the rest are
        written in one transaction (none with `dry_run`, none at all with `strict` if any
        record was rejected). Raises SourceError if a source cannot be read at all.

        Records are taken a batch at a time: checked and compared with the store, then kept
        in a temporary file; once all are read (and none rejected, with `strict`), they are
        embedded a batch at a time into a second file that the store writes from. Memory holds
        one batch (and a small listing of each record, for finding duplicates), whatever the
        number of records."""
        summary = ImportSummary()
        seen: dict[str, str] = {}
        conflicts: list[object] = []
        listings: list[Listing] = []
        places: dict[str, tuple[str, str]] = {}
        with Staged[_Accepted]() as accepted, Staged[ServiceChange]() as ready:
            batch: list[ServiceChange] = []
            for record in records:
                summary.read += 1
                change = self._check(record, summary, seen, conflicts)
                if change is None:
                    continue
                batch.append(change)
                summary.checked.append(change.service.id)
                listings.append(
                    _compact(listing_of(change.service, f"{record.source} {record.position}"))
                )
                places[change.service.id] = (record.source, record.position)
                if len(batch) >= IMPORT_BATCH:
                    accepted.extend(self._compare(batch, summary))
                    batch = []
            accepted.extend(self._compare(batch, summary))
            self._report_duplicates(listings, places, summary)
            if dry_run or (strict and summary.rejected):
                return summary
            summary.embedded = sum(1 for item in accepted if item.needs_embedding)
            if summary.embedded > IMPORT_BATCH:
                limit_heap_growth()  # a long run of the model: keep freed memory given back
            done = 0
            for start in range(0, len(accepted), IMPORT_BATCH):
                items = accepted[start : start + IMPORT_BATCH]
                ready.extend(self._read_facts(self._embed(items, done, summary.embedded)))
                done += sum(1 for item in items if item.needs_embedding)
                give_back_freed()
            if ready:
                self._store.write(
                    ready, lambda done, total: self._progress.step("write", done, total)
                )
            summary.written = True
        if self._overrides is not None and conflicts:
            # Only once the run has written: a dry run or a failed strict run raises nothing.
            self._overrides.record_conflicts(conflicts)
        return summary

    def _compare(self, batch: list[ServiceChange], summary: ImportSummary) -> list[_Accepted]:
        """Count one batch as added, updated or unchanged; what changed, and whether its text
        needs embedding."""
        if not batch:
            return []
        stored = self._store.fingerprints([c.service.id for c in batch])
        accepted: list[_Accepted] = []
        for change in batch:
            before = stored.get(change.service.id)
            if before is not None and before == change.fingerprint:
                summary.unchanged += 1
                continue
            if before is None:
                summary.added += 1
            else:
                summary.updated += 1
            needs = before is None or before.text_hash != change.fingerprint.text_hash
            accepted.append(_Accepted(change, needs))
        return accepted

    def _fill_from_stored(self, record_id: str, data: Any) -> tuple[Any, tuple[str, ...]]:
        """A record from a list page that lacks fields its stored record has (a list
        endpoint's short version) keeps the stored values of those fields: the record with
        them filled in, and their names (none when nothing was missing)."""
        stored = self._store.get(record_id)
        if stored is None or not isinstance(stored.source, dict):
            return data, ()
        missing = missing_fields(data, stored.source)
        if not missing:
            return data, ()
        filled = dict(stored.source)
        withdrawn = filled.pop(WITHDRAWN_KEY, None)
        if isinstance(withdrawn, dict) and "status_before" in withdrawn:
            filled["status"] = withdrawn["status_before"]  # listed again: it comes back
        filled.update({key: value for key, value in data.items() if has_value(value)})
        return filled, missing

    def _check(
        self,
        record: SourceRecord,
        summary: ImportSummary,
        seen: dict[str, str],
        conflicts: list[object],
    ) -> ServiceChange | None:
        """The record checked and normalised, or None (reported) when it is rejected; the
        source's changes to fields editors set are added to `conflicts` when it is accepted."""
        data = record.data
        record_id = None
        if isinstance(data, dict) and isinstance(data.get("id"), str | int):
            record_id = str(data["id"]).strip() or None
        kept: tuple[str, ...] = ()
        if record.listed and record_id is not None and record.error is None:
            data, kept = self._fill_from_stored(record_id, data)
        found: Sequence[object] = ()
        if self._overrides is not None and record.error is None:
            data, found = self._overrides.overlay(data)

        def report(issues: list[FieldIssue]) -> None:
            for issue in issues:
                summary.problems.append(
                    Problem(
                        record.source,
                        issue.at or record.position,
                        None if issue.at else record_id,
                        issue.field,
                        issue.message,
                        issue.severity,
                        issue.kind,
                    )
                )

        if record.error is not None:
            report([FieldIssue("(record)", record.error)])
            summary.rejected += 1
            return None
        report(list(record.warnings))
        other = record_kind(data)
        if other is not None:
            report([FieldIssue("(record)", record_message(*other))])
            summary.rejected += 1
            return None
        if kept:
            report([FieldIssue("(record)", partial_message(kept), WARNING, kind="partial")])
        issues = validate_service(data)
        report(issues)
        if any(issue.severity == ERROR for issue in issues):
            summary.rejected += 1
            return None
        assert record_id is not None
        if record_id in seen:
            report([FieldIssue("id", f"appears again; first seen at {seen[record_id]}")])
            summary.rejected += 1
            return None
        seen[record_id] = f"{record.source} {record.position}"
        conflicts.extend(found)
        service, warnings = normalise_service(data, self._postcodes)
        report(warnings)
        report(check_listing(service, service.record, self._today()))
        fingerprint = Fingerprint(
            content_hash(data, self._reader.version if self._reader is not None else ""),
            text_hash(service.embedding_text(), self._embedder.name),
        )
        return ServiceChange(service, data, record.source, fingerprint)

    def _report_duplicates(
        self,
        listings: list[Listing],
        places: dict[str, tuple[str, str]],
        summary: ImportSummary,
    ) -> None:
        incoming = set(places)
        stored = (
            _compact(listing_of(service, "already in the directory"))
            for service in self._store.iter_services()
            if service.id not in incoming
        )
        for listing, issue in find_duplicates(listings, stored):
            source, position = places[listing.id]
            summary.problems.append(
                Problem(
                    source,
                    position,
                    listing.id,
                    issue.field,
                    issue.message,
                    issue.severity,
                    issue.kind,
                )
            )

    def _read_facts(self, changes: list[ServiceChange]) -> list[ServiceChange]:
        if self._reader is None or not changes:
            return changes
        out: list[ServiceChange] = []
        for start in range(0, len(changes), READ_BATCH):
            batch = changes[start : start + READ_BATCH]
            facts = self._reader.read_many([c.service for c in batch])
            out.extend(
                replace(c, service=replace(c.service, facts=f))
                for c, f in zip(batch, facts, strict=True)
            )
            self._progress.step("read", min(start + READ_BATCH, len(changes)), len(changes))
        return out

    def _embed(
        self, accepted: list[_Accepted], before: int = 0, total: int | None = None
    ) -> list[ServiceChange]:
        """The changes with their new embeddings; `before` is how many this run embedded
        already and `total` how many it embeds in all (for progress)."""
        texts = sorted(
            (len(text), a.change.service.id, text)
            for a in accepted
            if a.needs_embedding
            for text in (a.change.service.embedding_text(),)
        )
        todo = [(service_id, text) for _, service_id, text in texts]
        vectors: dict[str, Any] = {}
        for start in range(0, len(todo), EMBED_BATCH):
            batch = todo[start : start + EMBED_BATCH]
            matrix = self._embedder.embed([text for _, text in batch])
            for (service_id, _), vector in zip(batch, matrix, strict=True):
                vectors[service_id] = vector
            done = before + min(start + EMBED_BATCH, len(todo))
            self._progress.step("embed", done, total if total is not None else len(todo))
        out: list[ServiceChange] = []
        for item in accepted:
            change = item.change
            if item.needs_embedding:
                change = ServiceChange(
                    change.service,
                    change.source,
                    change.source_name,
                    change.fingerprint,
                    vectors[change.service.id],
                )
            out.append(change)
        return out


class FactReader(Protocol):
    """Reads who listings are for from their prose (matching/listing_reader.py)."""

    #: What the facts are read with (the reader's rules and model); when it changes, stored
    #: listings are read again on the next import.
    @property
    def version(self) -> str: ...

    def read_many(self, services: Sequence[Service]) -> list[tuple[str, ...]]: ...


class WarningLog(Protocol):
    def replace(
        self, checked: Iterable[str], warnings: Iterable[tuple[str, str, str, str]]
    ) -> None: ...


def keep_warnings(log: WarningLog, summary: ImportSummary) -> None:
    """Keep the run's warnings of each accepted listing for the editors' queue."""
    log.replace(
        summary.checked,
        [
            (p.record_id, p.kind or "other", p.field, p.message)
            for p in summary.warnings
            if p.record_id
        ],
    )
