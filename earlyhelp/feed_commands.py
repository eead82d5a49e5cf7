"""`earlyhelp feeds ...`: register Open Referral feeds, sync them, list how they stand."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

import httpx

from appdb import AppDatabase
from directory.geography import PostcodeDirectory
from directory.quality_log import QualityLog
from directory.store import ServiceStore
from earlyhelp.progress import TerminalProgress
from earlyhelp.settings import Settings
from earlyhelp.wiring import make_importer, open_app_database, open_store
from ingest.feeds import (
    ALLOW_OPTION,
    WITHDRAWAL_LIMIT,
    Feed,
    FeedError,
    FeedRegistry,
    FeedSync,
    SyncOutcome,
    is_withdrawn,
)
from ingest.http_feed import FeedReader, services_url
from ingest.importer import keep_warnings
from ingest.report import print_problems

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    feeds = commands.add_parser("feeds", help="named Open Referral feeds kept in sync")
    actions = feeds.add_subparsers(dest="feeds_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="register a feed by a short name")
    add.add_argument("name", help="short name: lower-case letters, digits, '-' or '_'")
    add.add_argument("url", help="the Open Referral API (its root or its /services address)")
    remove = actions.add_parser("remove", help="forget a feed (its services stay)")
    remove.add_argument("name")
    actions.add_parser("list", help="every feed with its last sync, counts and status")
    sync = actions.add_parser("sync", help="sync every feed, or the ones named")
    sync.add_argument("names", nargs="*", metavar="NAME")
    sync.add_argument(
        "--full",
        action="store_true",
        help="read every service, not only those modified since the last good sync",
    )
    sync.add_argument(
        ALLOW_OPTION,
        dest="allow_withdrawals",
        action="store_true",
        help=(
            "withdraw the services a feed no longer lists even when it lists none, or "
            f"more than {WITHDRAWAL_LIMIT:.0%} fewer than the directory holds from it "
            "(without it such a sync fails and changes nothing)"
        ),
    )
    sync.add_argument("--report", type=argparse.FileType("w"), help="write the reports as JSON")


def run(settings: Settings, args: argparse.Namespace) -> int:
    database = open_app_database(settings)
    registry = FeedRegistry(database)
    try:
        if args.feeds_command == "add":
            feed = registry.add(args.name, args.url, datetime.now(UTC))
            print(f"Added feed {feed.name}: {services_url(feed.url)}")
            print(f"Sync it with: earlyhelp feeds sync {feed.name}")
            return EXIT_OK
        if args.feeds_command == "remove":
            registry.remove(args.name)
            print(f"Removed feed {args.name}; its services stay in the directory.")
            return EXIT_OK
        if args.feeds_command == "list":
            return _list(registry, settings)
        return _sync(registry, database, settings, args)
    except FeedError as error:
        print(f"earlyhelp feeds: {error}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        database.close()


def _counts(store: ServiceStore, feed: Feed) -> tuple[int, int, int]:
    """Active, withdrawn and other services last written from the feed."""
    statuses = store.statuses_from(services_url(feed.url))
    active = sum(1 for status in statuses.values() if status == "active")
    inactive = [service_id for service_id, status in statuses.items() if status == "inactive"]
    withdrawn = sum(
        1 for stored in store.get_many(inactive).values() if is_withdrawn(stored.source)
    )
    return active, withdrawn, len(statuses) - active - withdrawn


def _list(registry: FeedRegistry, settings: Settings) -> int:
    feeds = registry.all()
    if not feeds:
        print("No feeds registered. Add one with: earlyhelp feeds add NAME URL")
        return EXIT_OK
    store = open_store(settings)
    try:
        for feed in feeds:
            active, withdrawn, other = _counts(store, feed)
            when = feed.last_sync_at or "never"
            mode = f" ({feed.last_mode})" if feed.last_mode else ""
            print(f"{feed.name}  {services_url(feed.url)}")
            print(f"  last sync: {when}{mode}, {feed.last_status}")
            print(f"  services: {active} active, {withdrawn} withdrawn, {other} other status")
            if feed.last_message:
                print(f"  {feed.last_message}")
    finally:
        store.close()
    return EXIT_OK


def _sync(
    registry: FeedRegistry, database: AppDatabase, settings: Settings, args: argparse.Namespace
) -> int:
    feeds = [registry.require(name) for name in args.names] if args.names else registry.all()
    if not feeds:
        print("No feeds registered. Add one with: earlyhelp feeds add NAME URL")
        return EXIT_OK
    store = open_store(settings)
    outcomes: list[SyncOutcome] = []
    try:
        importer = make_importer(settings, database, store, PostcodeDirectory(), TerminalProgress())
        with httpx.Client(headers={"user-agent": "earlyhelp-directory"}) as client:
            syncer = FeedSync(FeedReader(client), importer, store)
            for feed in feeds:
                print(f"Syncing {feed.name} from {services_url(feed.url)} ...", file=sys.stderr)
                outcome = syncer.sync(
                    feed, full=args.full, allow_withdrawals=args.allow_withdrawals
                )
                if outcome.summary is not None and outcome.summary.written:
                    keep_warnings(QualityLog(database), outcome.summary)
                registry.record(feed.name, outcome)
                outcomes.append(outcome)
                _print(outcome)
    finally:
        store.close()
    if args.report:
        json.dump([o.as_dict() for o in outcomes], args.report, indent=2, ensure_ascii=False)
        args.report.write("\n")
        args.report.close()
    return EXIT_FAILED if any(o.error for o in outcomes) else EXIT_OK


def _print(outcome: SyncOutcome) -> None:
    print(outcome.describe())
    if outcome.summary:
        print_problems(outcome.summary.problems, failed=outcome.error is not None)
