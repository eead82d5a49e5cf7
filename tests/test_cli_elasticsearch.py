"""The command line on the Elasticsearch backend: reindex, import, match, and a server that
is not there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from benchmarks.search_server import free_port
from tests.conftest import SEED, remove_indices


def run_cli(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "earlyhelp", *args],
        env=os.environ | env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_reindex_then_import_and_match_on_elasticsearch(es_url: str, tmp_path: Path) -> None:
    prefix = f"cli-{uuid.uuid4().hex[:10]}"
    sqlite = {"EARLYHELP_DB": str(tmp_path / "d.db"), "EARLYHELP_EMBEDDER": "hashing"}
    search = sqlite | {
        "EARLYHELP_BACKEND": "elasticsearch",
        "EARLYHELP_ES_URL": es_url,
        "EARLYHELP_ES_INDEX": prefix,
    }
    try:
        assert run_cli(sqlite, "ingest", str(SEED)).returncode == 0
        copied = run_cli(search, "reindex")
        assert copied.returncode == 0, copied.stderr
        assert "Copied 162 services" in copied.stdout
        again = run_cli(search, "ingest", str(SEED))
        assert "0 added, 0 updated, 162 unchanged" in again.stdout, again.stdout
        request = {"needs": ["struggling with toddler tantrums"], "children": [{"age": 3}]}
        matched = run_cli(search, "match", stdin=json.dumps(request))
        assert matched.returncode == 0, matched.stderr
        assert json.loads(matched.stdout)["suggestions"]
    finally:
        remove_indices(es_url, prefix)


def test_an_unreachable_server_fails_with_a_message_not_a_traceback(tmp_path: Path) -> None:
    env = {
        "EARLYHELP_DB": str(tmp_path / "d.db"),
        "EARLYHELP_BACKEND": "elasticsearch",
        "EARLYHELP_ES_URL": f"http://127.0.0.1:{free_port()}",
    }
    for args in (("ingest", str(SEED)), ("serve",), ("reindex",)):
        done = run_cli(env, *args)
        assert done.returncode != 0
        assert "Traceback" not in done.stderr
        assert "is unreachable (Connection refused)" in done.stderr or "no embedded store" in (
            done.stderr
        ), done.stderr


def test_reindex_needs_the_elasticsearch_backend(tmp_path: Path) -> None:
    done = run_cli({"EARLYHELP_DB": str(tmp_path / "d.db")}, "reindex")
    assert done.returncode == 2 and "EARLYHELP_BACKEND=elasticsearch" in done.stderr
