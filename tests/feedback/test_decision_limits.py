"""The decision form takes as many needs and children, needs as long and ages as high, as the
match request the decision becomes: the form reads its limits from `matching.request.LIMITS`,
so what the form accepts at a limit the matcher accepts, and one past it both refuse."""

from __future__ import annotations

import pytest

from feedback.records import parse_decision
from matching.request import LIMITS, MATCH_REQUEST, MatchRequestError
from tests.feedback.office import DECISION


def the_longest_needs(count: int) -> list[str]:
    """`count` different needs, each as long as a need may be."""
    return [f"need {n:02d} ".ljust(LIMITS.need_length, "x") for n in range(count)]


def ages(count: int, age: int = 3) -> str:
    return ", ".join([str(age)] * count)


def test_the_form_at_every_limit_is_accepted_and_the_matcher_takes_what_it_read() -> None:
    needs = the_longest_needs(LIMITS.needs)
    values, errors = parse_decision(
        {
            **DECISION,
            "needs": "\n".join(needs),
            "child_ages": ages(LIMITS.children, LIMITS.child_age),
        }
    )
    assert errors == {}
    assert values["needs"] == tuple(needs)
    assert values["child_ages"] == (LIMITS.child_age,) * LIMITS.children
    request = MATCH_REQUEST.parse(
        {"needs": needs, "children": [{"age": a} for a in (LIMITS.child_age,) * LIMITS.children]}
    )
    assert request.needs == tuple(needs)


TOO_MANY_NEEDS = "\n".join(the_longest_needs(LIMITS.needs + 1))
TOO_LONG_A_NEED = "Rent arrears\n" + "x" * (LIMITS.need_length + 1)
TOO_MANY_CHILDREN = ages(LIMITS.children + 1)
TOO_OLD = ages(1, LIMITS.child_age + 1)
NEEDS_MESSAGE = "Enter up to 20 needs of up to 500 characters each, one on each line"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("needs", TOO_MANY_NEEDS, NEEDS_MESSAGE),
        ("needs", TOO_LONG_A_NEED, NEEDS_MESSAGE),
        ("child_ages", TOO_MANY_CHILDREN, "Enter the ages of up to 20 children"),
        (
            "child_ages",
            TOO_OLD,
            "Enter the children's ages as whole numbers from 0 to 25, like 6, 2",
        ),
    ],
)
def test_one_past_a_limit_is_refused_in_the_forms_words(
    field: str, value: str, message: str
) -> None:
    _, errors = parse_decision({**DECISION, field: value})
    assert errors == {field: message}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"needs": TOO_MANY_NEEDS.splitlines()}, "needs"),
        ({"needs": TOO_LONG_A_NEED.splitlines()}, "needs[1]"),
        ({"needs": ["rent"], "children": [{"age": 3}] * (LIMITS.children + 1)}, "children"),
        ({"needs": ["rent"], "children": [{"age": LIMITS.child_age + 1}]}, "children[0].age"),
    ],
)
def test_what_the_form_refuses_the_matcher_refuses_too(body: dict[str, object], field: str) -> None:
    with pytest.raises(MatchRequestError) as refused:
        MATCH_REQUEST.parse(body)
    assert [e.field for e in refused.value.errors] == [field]
