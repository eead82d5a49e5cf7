"""Named Open Referral feeds kept in sync with the directory.

A full sync reads every service of the feed, imports it and marks services the feed no longer
lists as withdrawn: their status becomes `inactive` (so they are never suggested) and the
record notes when and why, under `earlyhelp_withdrawn`. Nothing is deleted; a service the feed
lists again comes back with the feed's record. An incremental sync asks for the services
modified since the last good sync (`modified_after`), lists the ids the feed has now to find
removals, and fetches whole any listed service the directory lacks. Every read happens before
anything is written, and the import is one transaction, so a failed sync changes nothing.

A feed that suddenly lists no services, or far fewer than the directory holds from it (more
than WITHDRAWAL_LIMIT of them gone), is far more often a broken feed than a council closing
its services, so such a sync fails and changes nothing until an operator, having checked,
syncs again allowing withdrawals. A sync in which every record was rejected fails too.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from appdb import AppDatabase, IntegrityError
from directory.store import ServiceStore
from directory.timestamps import parse_stamp, utc_stamp
from ingest.http_feed import FeedReader, services_url
from ingest.importer import Importer, ImportSummary
from ingest.json_source import SourceError, SourceRecord
from ingest.partial import WITHDRAWN_KEY as WITHDRAWN_KEY

#: How far before the last good sync an incremental sync looks, for clocks that disagree.
CLOCK_MARGIN = timedelta(hours=1)
#: The share of a feed's services that one sync may withdraw without an operator allowing it.
WITHDRAWAL_LIMIT = 0.2
ALLOW_OPTION = "--allow-withdrawals"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_FEED_COLUMNS = (
    "name, url, added_at, last_sync_at, last_mode, last_status, last_message, synced_from"
)


class FeedError(Exception):
    """A feed name or URL that cannot be used, or a feed that is not registered."""


def is_withdrawn(record: dict[str, Any]) -> bool:
    return isinstance(record.get(WITHDRAWN_KEY), dict)


@dataclass(frozen=True)
class Feed:
    """A registered feed and how its last sync went. `synced_from` is when the last good sync
    started: the next incremental sync asks for what changed after it."""

    name: str
    url: str
    added_at: str
    last_sync_at: str | None = None
    last_mode: str | None = None
    last_status: str = "never synced"
    last_message: str = ""
    synced_from: str | None = None


class FeedRegistry:
    """The feeds a directory officer has registered, kept in the application database."""

    def __init__(self, database: AppDatabase) -> None:
        self._db = database

    def add(self, name: str, url: str, now: datetime) -> Feed:
        """Register a feed; FeedError if the name is taken or either is not usable."""
        if not _NAME.match(name):
            raise FeedError(
                f"feed name {name!r}: use 1-40 lower-case letters, digits, '-' or '_', "
                "starting with a letter or digit"
            )
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FeedError(f"feed URL {url!r}: expected an http:// or https:// address")
        try:
            with self._db.transaction() as db:
                db.execute(
                    "INSERT INTO feeds (name, url, added_at) VALUES (?, ?, ?)",
                    (name, url, utc_stamp(now)),
                )
        except IntegrityError:
            raise FeedError(f"a feed called {name!r} is already registered") from None
        found = self.get(name)
        assert found is not None
        return found

    def remove(self, name: str) -> None:
        """Forget a feed (its services stay in the directory)."""
        with self._db.transaction() as db:
            removed = db.execute("DELETE FROM feeds WHERE name = ?", (name,)).rowcount
        if removed == 0:
            raise FeedError(f"no feed called {name!r}; see `earlyhelp feeds list`")

    def get(self, name: str) -> Feed | None:
        with self._db.read() as db:
            row = db.execute(
                f"SELECT {_FEED_COLUMNS} FROM feeds WHERE name = ?", (name,)
            ).fetchone()
        return Feed(*row) if row else None

    def require(self, name: str) -> Feed:
        feed = self.get(name)
        if feed is None:
            raise FeedError(f"no feed called {name!r}; see `earlyhelp feeds list`")
        return feed

    def all(self) -> list[Feed]:
        with self._db.read() as db:
            rows = db.execute(f"SELECT {_FEED_COLUMNS} FROM feeds ORDER BY name").fetchall()
        return [Feed(*row) for row in rows]

    def record(self, name: str, outcome: SyncOutcome) -> None:
        """Note how a sync went; only a good sync moves `synced_from` on."""
        status = "failed" if outcome.error else "ok"
        message = outcome.describe()
        with self._db.transaction() as db:
            db.execute(
                "UPDATE feeds SET last_sync_at = ?, last_mode = ?, last_status = ?, "
                "last_message = ?, synced_from = CASE WHEN ? THEN ? ELSE synced_from END "
                "WHERE name = ?",
                (
                    outcome.finished,
                    outcome.mode,
                    status,
                    message,
                    outcome.error is None,
                    outcome.started,
                    name,
                ),
            )


@dataclass
class SyncOutcome:
    """What one sync of one feed did."""

    feed: str
    mode: str
    started: str
    finished: str = ""
    summary: ImportSummary | None = None
    withdrawn: int = 0
    fetched_whole: int = 0
    error: str | None = None

    def describe(self) -> str:
        if self.error and self.summary is None:
            return f"{self.feed}: {self.mode} sync failed, nothing changed: {self.error}"
        s = self.summary or ImportSummary()
        counts = (
            f"read {s.read - self.withdrawn}: {s.added} added, "
            f"{s.updated - self.withdrawn} updated, {s.unchanged} unchanged, "
            f"{s.rejected} rejected, {self.withdrawn} withdrawn"
        )
        if self.error:
            return f"{self.feed}: {self.mode} sync failed: {self.error}; {counts}"
        return f"{self.feed}: {self.mode} sync {counts}"

    @property
    def status(self) -> str:
        return "failed" if self.error else "ok"

    def as_dict(self) -> dict[str, Any]:
        return {
            "feed": self.feed,
            "mode": self.mode,
            "started": self.started,
            "finished": self.finished,
            "withdrawn": self.withdrawn,
            "fetched_whole": self.fetched_whole,
            "error": self.error,
            "import": self.summary.as_dict() if self.summary else None,
        }


class FeedSync:
    """Syncs feeds into a store through an importer."""

    def __init__(
        self,
        reader: FeedReader,
        importer: Importer,
        store: ServiceStore,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._reader = reader
        self._importer = importer
        self._store = store
        self._clock = clock

    def sync(
        self, feed: Feed, *, full: bool = False, allow_withdrawals: bool = False
    ) -> SyncOutcome:
        """Sync one feed; on any read failure nothing is written and the outcome says why.

        Unless `allow_withdrawals`, a feed listing no services, or withdrawing more than
        WITHDRAWAL_LIMIT of the services the directory holds from it, fails the sync and
        nothing is written. A sync whose every record was rejected is failed (nothing of it
        was written)."""
        incremental = not full and feed.synced_from is not None
        outcome = SyncOutcome(
            feed.name, "incremental" if incremental else "full", utc_stamp(self._clock())
        )
        base = services_url(feed.url)
        try:
            records, listed = (
                self._read_changes(feed, base) if incremental else self._read_all(base)
            )
        except SourceError as error:
            outcome.error = str(error)
            outcome.finished = utc_stamp(self._clock())
            return outcome
        outcome.fetched_whole = sum(1 for r in records if r.position.startswith("fetched"))
        withdrawals = self._withdrawals(feed, base, listed, outcome.started)
        if not allow_withdrawals:
            outcome.error = self._too_many_gone(feed, base, listed, len(withdrawals))
            if outcome.error:
                outcome.finished = utc_stamp(self._clock())
                return outcome
        outcome.withdrawn = len(withdrawals)
        outcome.summary = self._importer.run([*records, *withdrawals])
        sent = outcome.summary.read - outcome.withdrawn
        if sent and outcome.summary.rejected >= sent:
            outcome.error = (
                f"every one of the {sent} records the feed sent was rejected (see the "
                "data-quality report)"
            )
        outcome.finished = utc_stamp(self._clock())
        return outcome

    def _too_many_gone(self, feed: Feed, base: str, listed: set[str], gone: int) -> str | None:
        """Why withdrawing `gone` services is not safe without an operator's say-so, or None."""
        statuses = self._store.statuses_from(base)
        found = self._store.get_many(list(statuses))
        held = sum(
            1
            for service_id in statuses
            if service_id not in found or not is_withdrawn(found[service_id].source)
        )
        again = f"If the feed really has dropped them, sync again with {ALLOW_OPTION}"
        if not listed:
            return (
                f"the feed listed no services (the directory holds {held} from it); nothing "
                f"was withdrawn. Check the feed's address and that it is working. "
                f"{again} (earlyhelp feeds sync {feed.name} {ALLOW_OPTION})"
            )
        if held and gone / held > WITHDRAWAL_LIMIT:
            return (
                f"the feed no longer lists {gone} of the {held} services the directory holds "
                f"from it ({gone / held:.0%}, more than the {WITHDRAWAL_LIMIT:.0%} one sync "
                f"may withdraw); nothing was withdrawn. {again} "
                f"(earlyhelp feeds sync {feed.name} {ALLOW_OPTION})"
            )
        return None

    def _read_all(self, base: str) -> tuple[list[SourceRecord], set[str]]:
        records = self._reader.read(base)
        return records, {_record_id(r) for r in records} - {""}

    def _read_changes(self, feed: Feed, base: str) -> tuple[list[SourceRecord], set[str]]:
        assert feed.synced_from is not None
        since = parse_stamp(feed.synced_from)
        records = self._reader.read(base, {"modified_after": utc_stamp(since - CLOCK_MARGIN)})
        listed = set(self._reader.list_ids(base))
        have = {_record_id(r) for r in records}
        stored = self._store.statuses_from(base)
        unseen = sorted(listed - have)
        known = self._store.get_many([i for i in unseen if i in stored])
        lacking = [
            service_id
            for service_id in unseen
            if service_id not in stored
            or (service_id in known and is_withdrawn(known[service_id].source))
        ]
        records.extend(self._reader.read_one(base, service_id) for service_id in lacking)
        return records, listed

    def _withdrawals(
        self, feed: Feed, base: str, listed: set[str], when: str
    ) -> list[SourceRecord]:
        out: list[SourceRecord] = []
        gone = sorted(set(self._store.statuses_from(base)) - listed)
        for service_id, stored in self._store.get_many(gone).items():
            if is_withdrawn(stored.source):
                continue
            record = copy.deepcopy(stored.source)
            record["status"] = "inactive"
            record[WITHDRAWN_KEY] = {
                "feed": feed.name,
                "date": when,
                "reason": "no longer listed by the feed",
                "status_before": stored.source.get("status", "active"),
            }
            out.append(SourceRecord(base, f"withdrawn {service_id}", record))
        return out


def _record_id(record: SourceRecord) -> str:
    data = record.data
    if isinstance(data, dict) and isinstance(data.get("id"), str | int):
        return str(data["id"]).strip()
    return ""
