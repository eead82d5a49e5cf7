"""Uncertain readings fail safe: a service for one sex only for a need surely about that
sex, a diagnosis-only service only for a need surely diagnosed, and a listing's exclusions
applied when the issue is possibly present."""

from __future__ import annotations

from matching.listing_reader import AUDIENCE, DIAGNOSIS_REQUIRED, EXCLUDES
from matching.reading import NeedReading
from matching.rules import Family, need_rule

NOBODY = Family(frozenset(), frozenset(), frozenset())


def reading(**changes: object) -> NeedReading:
    base: dict[str, object] = {
        "text": "need",
        "about": "parent",
        "sex": None,
        "child_age": None,
        "categories": (),
        "role": None,
        "condition": None,
        "diagnosed": None,
        "present": frozenset(),
        "crisis": False,
        "confidence": {},
    }
    return NeedReading(**(base | changes))  # type: ignore[arg-type]


def admits(need: NeedReading, *facts: str, family: Family = NOBODY) -> bool:
    return need_rule(need, family).admits(frozenset(facts))


def test_one_sexs_services_need_a_sure_reading_of_that_sex() -> None:
    unsure = reading(sex="female", confidence={"sex": 0.6})
    assert not admits(unsure, AUDIENCE + "female")
    assert not admits(reading(), AUDIENCE + "female")
    assert not admits(reading(), AUDIENCE + "boys")
    sure = reading(sex="female", confidence={"sex": 0.9})
    assert admits(sure, AUDIENCE + "female") and not admits(sure, AUDIENCE + "male")
    mother = reading(about="mother", sex="female", confidence={"sex": 0.5})
    assert admits(mother, AUDIENCE + "female")
    said = reading(sex="male", confidence={"sex": 0.4}, given=("sex",))
    assert admits(said, AUDIENCE + "male")
    assert admits(reading(), "anything-else")


def test_diagnosis_only_services_need_a_sure_diagnosis() -> None:
    assert not admits(reading(diagnosed=True, confidence={"diagnosed": 0.6}), DIAGNOSIS_REQUIRED)
    assert admits(reading(diagnosed=True, confidence={"diagnosed": 0.9}), DIAGNOSIS_REQUIRED)
    said = reading(diagnosed=True, confidence={"diagnosed": 0.3}, given=("diagnosed",))
    assert admits(said, DIAGNOSIS_REQUIRED)


def test_exclusions_apply_when_an_issue_is_possibly_present() -> None:
    family = Family(frozenset(), frozenset(), frozenset({"domestic_abuse"}))
    assert not admits(reading(), EXCLUDES + "domestic_abuse", family=family)
    assert admits(reading(), EXCLUDES + "domestic_abuse")
