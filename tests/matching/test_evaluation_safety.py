"""The evaluation's safety classes judge a suggestion by the listing's labels and the judged
reading of the need, so a matcher cannot pass them by reading its own way; where a problem
comes from is told by what the matcher read of the listing."""

from __future__ import annotations

from benchmarks.evaluation import (
    HELDOUT_3,
    HELDOUT_4,
    SAFETY,
    Case,
    EvalSet,
    load_labels,
    safety_problems,
)
from benchmarks.safety_sources import MISSED, NEED, PLACES, listing_sources
from directory.records import Service
from matching.glossary import Glossary
from matching.listing_reader import AUDIENCE, CONDITION_SPECIFIC, READ_MARK
from matching.listing_reader import CONDITION as CONDITION_FACT

CONDITION = SAFETY[2]
CASE = Case(id="c1", request={}, grades=[{}], readings=[{}])


def problems(label: dict[str, object], reading: dict[str, object]) -> list[str]:
    return safety_problems(label, reading, CASE, None)


def test_a_conditions_service_counts_for_a_need_about_another_condition_or_none() -> None:
    autism_only = {"conditions": ["autism"]}
    assert CONDITION not in problems(autism_only, {"condition": "autism"})
    assert CONDITION in problems(autism_only, {"condition": "adhd"})
    # Held-out 3's and 4's writers count a need judged about no condition too.
    assert CONDITION in problems(autism_only, {"condition": None, "about": "child"})
    # An open service never counts; a need with no judged reading is not judged.
    assert CONDITION not in problems({"conditions": []}, {"condition": "adhd"})
    assert CONDITION not in problems(autism_only, {})


def test_a_problem_is_told_as_a_restriction_missed_or_a_need_read_to_fit() -> None:
    read = Service(
        id="read",
        name="Autism parents' group",
        status="active",
        facts=(READ_MARK, CONDITION_SPECIFIC, CONDITION_FACT + "autism", AUDIENCE + "female"),
    )
    missed = Service(id="missed", name="Group", status="active", facts=(READ_MARK,))
    source = listing_sources([read, missed], Glossary.load())
    assert source("read", CONDITION) == NEED
    assert source("missed", CONDITION) == MISSED
    assert source("read", SAFETY[1]) == NEED and source("missed", SAFETY[1]) == MISSED
    assert source("read", SAFETY[4]) == MISSED  # no diagnosis requirement was read
    assert source("missed", SAFETY[3]) == PLACES


def test_a_disabled_childrens_service_fits_what_its_sets_writer_says_it_fits() -> None:
    def autism_problems(evaluation: EvalSet) -> list[list[str]]:
        return [
            problems(label, {"condition": "autism"})
            for label in load_labels(evaluation).values()
            if "disability" in (label.get("conditions") or [])
        ]

    # Held-out 4's writer takes short breaks to fit an autistic child; held-out 3's does not
    # say so, and a suggestion there still counts.
    assert autism_problems(HELDOUT_4) and not any(
        CONDITION in p for p in autism_problems(HELDOUT_4)
    )
    assert autism_problems(HELDOUT_3) and all(CONDITION in p for p in autism_problems(HELDOUT_3))
