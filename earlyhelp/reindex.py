"""`earlyhelp reindex`: copy the embedded SQLite store into Elasticsearch, atomically."""

from __future__ import annotations

import sys
from pathlib import Path

from directory.sqlite_store import SQLiteServiceStore
from directory.store import stored_changes
from earlyhelp.progress import TerminalProgress
from earlyhelp.settings import Settings
from earlyhelp.wiring import open_search_store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def reindex(settings: Settings, from_path: Path | None) -> int:
    """Build a new Elasticsearch index from the embedded store and swap it in."""
    if settings.backend != "elasticsearch":
        print(
            "earlyhelp reindex: copies the embedded store into Elasticsearch; set "
            "EARLYHELP_BACKEND=elasticsearch and EARLYHELP_ES_URL",
            file=sys.stderr,
        )
        return EXIT_USAGE
    path = from_path or settings.db_path
    if not path.is_file():
        print(f"earlyhelp reindex: no embedded store at {path}", file=sys.stderr)
        return EXIT_USAGE
    source = SQLiteServiceStore(path)
    target = open_search_store(settings)
    try:
        total = source.count()
        progress = TerminalProgress()
        copied = target.rebuild(
            stored_changes(source), lambda done, _: progress.step("reindex", done, total)
        )
        print(
            f"Copied {copied} services from {path} to {settings.es_url}: index "
            f"{target.live_index()} now serves the alias {target.alias}."
        )
    finally:
        source.close()
        target.close()
    return EXIT_OK
