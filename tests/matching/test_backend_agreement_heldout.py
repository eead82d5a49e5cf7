"""Matching on Elasticsearch agrees with matching on the embedded store, on the held-out set
(the checks are in `agreement.py`)."""

import pytest

from benchmarks.evaluation import HELDOUT
from tests.matching.agreement import (
    matchers_on,
    test_the_engine_counts_the_same_exclusions,
    test_the_scenario_set_ranks_alike_on_both_backends,
)

pytestmark = pytest.mark.model
matchers = matchers_on(HELDOUT)
__all__ = [
    "matchers",
    "test_the_engine_counts_the_same_exclusions",
    "test_the_scenario_set_ranks_alike_on_both_backends",
]
