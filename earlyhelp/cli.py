"""The `earlyhelp` command: serve the app, import directories, match needs."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from appdb import DatabaseError
from directory.export import export_csv, export_json
from directory.geography import PostcodeDirectory
from directory.quality_log import QualityLog
from directory.reports import ReportQueue
from directory.store import ServiceStore, StoreError
from directory.timestamps import utc_stamp
from earlyhelp import feed_commands, user_commands
from earlyhelp.progress import TerminalProgress
from earlyhelp.reindex import reindex
from earlyhelp.sample_data import mark_sample, mark_stored_sample, sample_check
from earlyhelp.settings import Settings, SettingsError
from earlyhelp.wiring import (
    make_editing,
    make_embedder,
    make_feedback,
    make_importer,
    make_matcher,
    open_app_database,
    open_store,
)
from feedback.store import FeedbackStore
from ingest.http_feed import FeedReader
from ingest.importer import ImportSummary, keep_warnings
from ingest.json_source import SourceError, SourceRecord
from ingest.report import print_problems
from ingest.sources import read_path
from matching.crisis import CrisisLines
from matching.request import FieldError, MatchRequestError, parse_match_request
from staff.access import StaffAccess
from staff.accounts import AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle

if TYPE_CHECKING:
    from starlette.applications import Starlette

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: The most processes `earlyhelp serve --workers` starts (each holds the model, ~100 MB).
MAX_WORKERS = 64


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="earlyhelp", description="Early-help offer directory and matching service."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser("serve", help="serve the web app and the API")
    serve.add_argument("--host", help="address to listen on (default EARLYHELP_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default EARLYHELP_PORT or 8000)")
    serve.add_argument(
        "--workers",
        type=_worker_count,
        default=1,
        help="how many processes serve (each loads the model once; default 1)",
    )
    ingest = commands.add_parser("ingest", help="import services from files or Open Referral APIs")
    ingest.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help=(
            "an Open Referral JSON or NDJSON file, an HSDS CSV data package (folder or zip), "
            "the DfE data-capture spreadsheet (.xlsx or CSV), or the http(s) URL of an Open "
            "Referral API"
        ),
    )
    ingest.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    ingest.add_argument(
        "--strict", action="store_true", help="any rejected record fails the run; nothing written"
    )
    ingest.add_argument(
        "--if-empty", action="store_true", help="import only when the store has no services"
    )
    ingest.add_argument(
        "--sample",
        action="store_true",
        help="the sources are the made-up sample directory: pages say so while it is stored",
    )
    ingest.add_argument("--report", type=Path, help="also write the full report as JSON here")
    feed_commands.add_parser(commands)
    user_commands.add_parser(commands)
    export = commands.add_parser(
        "export", help="write the directory as HSDS 3.0 JSON or a CSV data package"
    )
    export.add_argument("--json", type=Path, help="a JSON file to write")
    export.add_argument("--csv", type=Path, help="a folder (or a .zip) for the CSV data package")
    purge = commands.add_parser(
        "purge",
        help="remove feedback records older than EARLYHELP_RETENTION_DAYS, and say which",
    )
    purge.add_argument("--dry-run", action="store_true", help="say what would be removed")
    reindex = commands.add_parser(
        "reindex", help="copy the embedded store into Elasticsearch (a new index, swapped in)"
    )
    reindex.add_argument(
        "--from", dest="from_path", type=Path, help="the SQLite store (default EARLYHELP_DB)"
    )
    commands.add_parser(
        "match", help="read a match request (JSON) on stdin, print the suggestions (JSON)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"earlyhelp: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "serve":
            return _serve(settings, args.host, args.port, args.workers)
        if args.command == "match":
            return _match(settings)
        if args.command == "feeds":
            return feed_commands.run(settings, args)
        if args.command == "users":
            return user_commands.run(settings, args)
        if args.command == "export":
            return _export(settings, args.json, args.csv)
        if args.command == "purge":
            return _purge(settings, args.dry_run)
        if args.command == "reindex":
            return reindex(settings, args.from_path)
        return _ingest(settings, args)
    except (StoreError, DatabaseError) as error:
        print(f"earlyhelp: {error}", file=sys.stderr)
        return EXIT_FAILED


def serving_app(settings: Settings, store: ServiceStore) -> Starlette:
    """The app `earlyhelp serve` serves over the store. Matching and the editors' importer
    share one embedder, so the model is in memory once and loaded once. The application
    database it opens is closed when the app shuts down."""
    from web.app import create_app

    postcodes = PostcodeDirectory()
    embedder = make_embedder(settings)
    matcher = make_matcher(settings, store, postcodes, embedder)
    database = open_app_database(settings)
    return create_app(
        store,
        matcher,
        postcodes,
        warm_up=True,
        reports=ReportQueue(database),
        staff=StaffAccess(
            AccountStore(database),
            SessionStore(database, timedelta(hours=settings.session_hours)),
            SignInThrottle(database),
            settings.trusted_user_header,
        ),
        feedback=make_feedback(settings, database, store, matcher),
        editing=make_editing(settings, database, store, matcher, postcodes, embedder),
        base_url=settings.public_url,
        trusted_proxies=settings.trusted_proxies,
        council=settings.council,
        holds_sample=sample_check(database, store),
        crisis_lines=CrisisLines.load(settings.crisis_lines),
        exit_url=settings.exit_url,
        map_tiles=settings.map_tiles,
        closing=(database.close,),
    )


def _worker_count(text: str) -> int:
    """The --workers value: a whole number from 1 to MAX_WORKERS."""
    if not text.strip().isdigit() or not 1 <= int(text) <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of processes from 1 to {MAX_WORKERS}"
        )
    return int(text)


def _serve(settings: Settings, host: str | None, port: int | None, workers: int = 1) -> int:
    import uvicorn

    from earlyhelp.serving import APP_FACTORY

    store = open_store(settings)
    if workers > 1:
        # Opened here first, so an application database that cannot be reached stops `serve`
        # with its message instead of every worker failing in turn.
        try:
            open_app_database(settings).close()
        except BaseException:
            store.close()
            raise
    host, port = host or settings.host, port or settings.port
    print(
        f"Serving {store.count()} services from {settings.db_path} on http://{host}:{port}"
        + (f" with {workers} processes" if workers > 1 else ""),
        file=sys.stderr,
    )
    app: Starlette | str
    if workers == 1:
        app = serving_app(settings, store)
    else:
        # Each worker builds its own app from the environment (see earlyhelp/serving.py):
        # the address given here must be the one its links are built from, as with one.
        store.close()
        os.environ["EARLYHELP_HOST"], os.environ["EARLYHELP_PORT"] = host, str(port)
        app = APP_FACTORY
    # The app keeps its own access log (no query strings, no tokens) and decides itself which
    # proxies' X-Forwarded-For to believe, so uvicorn's are turned off.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    uvicorn.run(
        app,
        host=host,
        port=port,
        factory=workers > 1,
        workers=workers,
        log_level="info",
        access_log=False,
        proxy_headers=False,
        server_header=False,
    )
    return EXIT_OK


def _export(settings: Settings, json_path: Path | None, csv_path: Path | None) -> int:
    if json_path is None and csv_path is None:
        print(
            "earlyhelp export: give --json FILE, --csv FOLDER (or .zip), or both", file=sys.stderr
        )
        return EXIT_USAGE
    store = open_store(settings)
    try:
        if json_path is not None:
            count = export_json(store, json_path)
            print(f"Wrote {count} services to {json_path} (HSDS 3.0 JSON).")
        if csv_path is not None:
            count = export_csv(store, csv_path)
            print(f"Wrote {count} services to {csv_path} (HSDS 3.0 CSV data package).")
    finally:
        store.close()
    return EXIT_OK


def _purge(settings: Settings, dry_run: bool) -> int:
    store = FeedbackStore(open_app_database(settings))
    keep = timedelta(days=settings.retention_days)
    if dry_run:
        cutoff = store.now() - keep
        old = [
            d.reference
            for d in (store.get(i) for i in store.ids())
            if d is not None and d.created_at < utc_stamp(cutoff)
        ]
        print(f"Would remove {len(old)} decisions older than {settings.retention_days} days.")
        for reference in old:
            print(f"  {reference}")
        return EXIT_OK
    removed = store.purge(keep)
    print(
        f"Removed {len(removed)} decisions (with their suggestions, letters' records and audit "
        f"trail) recorded more than {settings.retention_days} days ago."
    )
    for reference in removed:
        print(f"  {reference}")
    return EXIT_OK


def _match(settings: Settings) -> int:
    try:
        data = json.loads(sys.stdin.read())
    except json.JSONDecodeError as error:
        failure = MatchRequestError([FieldError("(body)", f"is not valid JSON: {error}")])
        print(json.dumps(failure.as_dict(), indent=2))
        return EXIT_USAGE
    store = open_store(settings)
    try:
        matcher = make_matcher(settings, store, PostcodeDirectory())
        result = matcher.suggest(parse_match_request(data))
    except MatchRequestError as error:
        print(json.dumps(error.as_dict(), indent=2))
        return EXIT_USAGE
    finally:
        store.close()
    print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    return EXIT_OK


class _Sources:
    """Reads every source in turn, remembering those that could not be read at all. A source
    is checked whole before its first record is passed on (every reader raises SourceError
    first), so a broken source adds nothing; records then stream one at a time."""

    def __init__(self, names: Sequence[str], feeds: FeedReader) -> None:
        self.names = names
        self.failed: list[str] = []
        self._feeds = feeds

    def __iter__(self) -> Iterator[SourceRecord]:
        for name in self.names:
            if name.startswith(("http://", "https://")):
                try:
                    records = self._feeds.read(name)
                except SourceError as error:
                    self.failed.append(str(error))
                    continue
                print(f"Read {len(records)} records from {name}", file=sys.stderr)
                yield from records
                continue
            try:
                streamed = read_path(Path(name))
            except SourceError as error:
                self.failed.append(str(error))
                continue
            yield from streamed


def _ingest(settings: Settings, args: argparse.Namespace) -> int:
    database = open_app_database(settings)
    store = open_store(settings)
    try:
        if args.if_empty and store.count() > 0:
            if args.sample:
                mark_stored_sample(database, store, args.sources)
            print(f"The store {settings.db_path} already has services; nothing imported.")
            return EXIT_OK
        importer = make_importer(settings, database, store, PostcodeDirectory(), TerminalProgress())
        with httpx.Client(headers={"user-agent": "earlyhelp-directory"}) as client:
            sources = _Sources(args.sources, FeedReader(client))
            summary = importer.run(sources, dry_run=args.dry_run, strict=args.strict)
    finally:
        store.close()
    if summary.written:
        keep_warnings(QualityLog(database), summary)
        if args.sample:
            mark_sample(database, summary.checked)
    for failure in sources.failed:
        print(f"Could not read {failure}", file=sys.stderr)
    _print_summary(summary, args)
    if args.report:
        report = summary.as_dict() | {"unreadable_sources": sources.failed}
        args.report.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if len(sources.failed) == len(args.sources) or (summary.read == 0 and sources.failed):
        return EXIT_FAILED
    if args.strict and summary.rejected:
        return EXIT_FAILED
    return EXIT_OK


def _print_summary(summary: ImportSummary, args: argparse.Namespace) -> None:
    mode = " (dry run: nothing written)" if args.dry_run else ""
    if args.strict and summary.rejected:
        mode = " (strict: a record was rejected, so nothing was written)"
    print(
        f"Read {summary.read}: {summary.added} added, {summary.updated} updated, "
        f"{summary.unchanged} unchanged, {summary.rejected} rejected{mode}."
    )
    print_problems(summary.problems, failed=summary.read == 0)
