"""The evaluation's safety classes judge a suggestion by the listing's labels and the judged
reading of the need, so a matcher cannot pass them by reading its own way."""

from __future__ import annotations

from benchmarks.evaluation import SAFETY, Case, safety_problems

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
