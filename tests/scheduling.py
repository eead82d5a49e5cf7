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
    "tests/web/test_public_safety.py": 60,
    "tests/matching/test_backend_agreement_heldout.py": 50,
    "tests/matching/test_backend_agreement_own.py": 40,
    "tests/feedback/test_security.py": 35,
    "tests/ingest/test_feed_commands.py": 35,
    "tests/test_instances.py": 35,
    "tests/web/test_public_browser.py": 33,
    "tests/matching/test_quality_sets.py": 33,
    "tests/test_cli.py": 29,
    "tests/test_cli_elasticsearch.py": 26,
    "tests/staff/test_editor.py": 25,
    "tests/feedback/test_feedback.py": 22,
    "tests/directory/test_store_contract.py": 16,
    "tests/web/test_council_config.py": 15,
    "tests/feedback/test_journey_browser.py": 15,
    "tests/ingest/test_sync_safety.py": 14,
    "tests/matching/test_tagging.py": 14,
    "tests/feedback/test_need_readings.py": 12,
    "tests/web/test_public_phone.py": 11,
    "tests/staff/test_staff_browser.py": 11,
    "tests/ingest/test_dfe_sheet.py": 11,
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
