"""The order in which pytest-xdist hands test modules to its workers: the longest first.

`./test` runs the suite with `--dist loadfile --no-loadscope-reorder`, so each module goes
whole to one worker, in the order collected here. Left to itself, xdist starts with the
modules that have the most tests; the long ones with few tests (a model, a browser or
servers to start) then come last and one worker runs them while the other waits. Handing
out the longest first (the "longest processing time" rule) leaves only short modules for
the end. An unknown module counts as short; a stale figure only changes the order."""

from __future__ import annotations

from collections import Counter

import pytest

#: Seconds a module takes, set-up included, on one worker of a quiet 2-core machine, rounded
#: (from `pytest -n 2 --dist loadfile --durations=0`, summed by module).
SECONDS = {
    "tests/test_instances.py": 62,
    "tests/web/test_public_safety.py": 55,
    "tests/feedback/test_security.py": 44,
    "tests/matching/test_backend_agreement_heldout.py": 31,
    "tests/matching/test_backend_agreement_own.py": 29,
    "tests/ingest/test_feed_commands.py": 28,
    "tests/web/test_public_phone.py": 25,
    "tests/test_cli.py": 20,
    "tests/feedback/test_journey_browser.py": 20,
    "tests/web/test_public_browser.py": 18,
    "tests/matching/test_tagging.py": 18,
    "tests/matching/test_quality_sets.py": 24,
    "tests/ingest/test_sync_safety.py": 15,
    "tests/test_cli_elasticsearch.py": 12,
    "tests/staff/test_staff_browser.py": 12,
    "tests/web/test_public_map.py": 11,
    "tests/ingest/test_dfe_sheet.py": 11,
    "tests/web/test_council_config.py": 10,
    "tests/staff/test_editor.py": 10,
    "tests/feedback/test_need_readings.py": 10,
    "tests/web/test_sign_in_flood.py": 9,
    "tests/directory/test_store_contract.py": 8,
    "tests/feedback/test_feedback.py": 8,
    "tests/directory/test_es_bulk_retry.py": 8,
    "tests/web/test_api_docs_page.py": 8,
    "tests/ingest/test_feeds.py": 8,
    "tests/test_round_trip.py": 8,
    "tests/matching/test_leaving_out.py": 7,
}


def _module(item: pytest.Item) -> str:
    return item.nodeid.split("::", 1)[0]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules longest first (by SECONDS, then by how many tests they hold); a module's
    tests stay together and in their own order."""
    counts = Counter(_module(item) for item in items)
    first = {}
    for position, item in enumerate(items):
        first.setdefault(_module(item), position)

    def key(item: pytest.Item) -> tuple[int, int, int]:
        module = _module(item)
        return (-SECONDS.get(module, 0), -counts[module], first[module])

    items.sort(key=key)
