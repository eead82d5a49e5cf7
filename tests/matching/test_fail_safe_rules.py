"""Uncertain readings fail safe: a service for one sex only for a need surely about that
sex (surely about a mother or father, or surely about a child and very surely of that sex)
and not read two ways at once, a diagnosis-only service only for a need surely diagnosed
and surely about whom, and a listing's exclusions applied when the issue is possibly
present."""

from __future__ import annotations

from directory.records import Service
from matching.fact_words import fact_words
from matching.glossary import Glossary
from matching.listing_reader import (
    AUDIENCE,
    CONDITION,
    CONDITION_SPECIFIC,
    DIAGNOSIS_REQUIRED,
    EXCLUDES,
    HARM_PROGRAMME,
    READ_MARK,
    READ_PREFIX,
    SURVIVORS_ONLY,
)
from matching.reading import DISABILITY, NeedReading
from matching.rules import Family, listing_facts, need_rule

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
    # The sex head alone hears every person a need names ("my partner hits me when he has
    # been drinking"): it must be very sure.
    fairly = reading(about="child", sex="male", confidence={"sex": 0.86})
    assert not admits(fairly, AUDIENCE + "boys")
    sure = reading(about="young_person", sex="female", confidence={"about": 0.9, "sex": 0.9})
    assert admits(sure, AUDIENCE + "girls") and not admits(sure, AUDIENCE + "boys")
    # Not surely about the child: the sex heard may be the parent's ("Dad worried his teenage
    # daughter is self-harming", read as about a young person with 0.59 and as male).
    whose = reading(about="young_person", sex="male", confidence={"about": 0.59, "sex": 0.97})
    assert not admits(whose, AUDIENCE + "boys") and not admits(whose, AUDIENCE + "male")
    # Read as about a parent, not a mother or a father: the sex heard is someone else's.
    parent = reading(about="parent", sex="male", confidence={"about": 0.9, "sex": 0.95})
    assert not admits(parent, AUDIENCE + "male") and not admits(parent, AUDIENCE + "female")
    mother = reading(about="mother", sex="female", confidence={"about": 0.9, "sex": 0.5})
    assert admits(mother, AUDIENCE + "female")
    # "Stepdad feels left out and rows with the children's mum", read unsurely as the mother's.
    maybe = reading(about="mother", sex="female", confidence={"about": 0.34, "sex": 0.53})
    assert not admits(maybe, AUDIENCE + "female") and not admits(maybe, AUDIENCE + "male")
    said = reading(sex="male", confidence={"sex": 0.4}, given=("sex",))
    assert admits(said, AUDIENCE + "male")
    assert admits(reading(), "anything-else")


def test_a_need_read_two_ways_at_once_has_no_sure_sex() -> None:
    # "my dad hits my mum": read surely as about the father, and as a child who witnessed.
    witnessed = reading(
        about="father", sex="male", role="witnessed", confidence={"about": 0.9, "role": 0.75}
    )
    assert not admits(witnessed, AUDIENCE + "male")
    harmed = reading(
        about="father", sex="male", role="harmed", confidence={"about": 0.9, "role": 0.75}
    )
    assert admits(harmed, AUDIENCE + "male")
    # Read as about the mother while the sex head hears a man ("Mum says her son ...").
    heard = reading(about="mother", sex="female", heard_sex="male", confidence={"about": 0.9})
    assert not admits(heard, AUDIENCE + "female") and not admits(heard, AUDIENCE + "male")
    agrees = reading(about="mother", sex="female", heard_sex="female", confidence={"about": 0.9})
    assert admits(agrees, AUDIENCE + "female")
    # What the practitioner said wins over both.
    said = reading(about="father", sex="male", role="witnessed", given=("about",))
    assert admits(said, AUDIENCE + "male")


def test_a_parent_naming_a_child_of_the_other_sex_is_not_surely_the_subject() -> None:
    """ "Mum reports her partner's son, 16, is using cannabis daily" is about the son."""
    names_son = reading(
        about="mother", sex="female", children_named=frozenset({"male"}), confidence={"about": 0.9}
    )
    assert not admits(names_son, AUDIENCE + "female") and not admits(names_son, AUDIENCE + "male")
    names_daughter = reading(
        about="mother",
        sex="female",
        children_named=frozenset({"female"}),
        confidence={"about": 0.9},
    )
    assert admits(names_daughter, AUDIENCE + "female")
    glossary = Glossary.load()
    assert glossary.children_named("Mum reports her partner's son, 16, is using cannabis") == {
        "male"
    }
    assert glossary.children_named("Dad worried about his stepdaughter and his boys") == {
        "female",
        "male",
    }
    assert glossary.children_named("Mum low since the baby was born") == frozenset()


def test_harm_programmes_need_a_need_surely_about_the_person_who_harms() -> None:
    sure = reading(about="father", role="causes_harm", confidence={"about": 0.9, "role": 0.8})
    assert admits(sure, HARM_PROGRAMME)
    # "I'm worried I'm becoming like my abusive dad": harm is read, but not surely whose.
    whose = reading(about="father", role="causes_harm", confidence={"about": 0.58, "role": 0.8})
    assert not admits(whose, HARM_PROGRAMME)
    unsure = reading(about="father", role="causes_harm", confidence={"about": 1.0, "role": 0.7})
    assert not admits(unsure, HARM_PROGRAMME)
    said = reading(about="father", role="causes_harm", confidence={}, given=("role",))
    assert admits(said, HARM_PROGRAMME)
    # "my husband says he wants to change how he treats me": read as about "a parent", which
    # names no one, so not surely about the person who harms, however sure the role.
    unnamed = reading(about="parent", role="causes_harm", confidence={"about": 0.8, "role": 0.8})
    assert not admits(unnamed, HARM_PROGRAMME)
    told = reading(about="parent", role="causes_harm", confidence={"role": 0.8}, given=("about",))
    assert admits(told, HARM_PROGRAMME)


def test_survivors_services_are_for_needs_about_someone_harmed_and_never_who_harms() -> None:
    harmed = reading(about="mother", role="harmed", confidence={"about": 0.9, "role": 0.8})
    assert admits(harmed, SURVIVORS_ONLY)
    abuse_at_home = reading(present=frozenset({"domestic_abuse"}))
    assert admits(abuse_at_home, SURVIVORS_ONLY)
    assert not admits(reading(), SURVIVORS_ONLY)
    # Read as about the person who harms, even too unsurely for a harm programme, and with
    # abuse present: neither a harm programme nor a refuge's or survivors' group's contact.
    unsure = reading(
        about="father",
        role="causes_harm",
        present=frozenset({"domestic_abuse"}),
        confidence={"about": 0.9, "role": 0.6},
    )
    assert not admits(unsure, SURVIVORS_ONLY) and not admits(unsure, HARM_PROGRAMME)
    # A practitioner who says the need is about someone harmed is heard.
    said = reading(about="father", role="harmed", confidence={}, given=("role",))
    assert admits(said, SURVIVORS_ONLY)


def test_diagnosis_only_services_need_a_sure_diagnosis() -> None:
    assert not admits(reading(diagnosed=True, confidence={"diagnosed": 0.6}), DIAGNOSIS_REQUIRED)
    assert not admits(
        reading(diagnosed=True, confidence={"about": 0.9, "diagnosed": 0.77}), DIAGNOSIS_REQUIRED
    )
    sure = reading(diagnosed=True, confidence={"about": 0.9, "diagnosed": 0.9})
    assert admits(sure, DIAGNOSIS_REQUIRED)
    # "ADHD parenting help": a condition named as a topic, read as diagnosed but not surely
    # about anyone.
    topic = reading(diagnosed=True, confidence={"about": 0.46, "diagnosed": 0.96})
    assert not admits(topic, DIAGNOSIS_REQUIRED)
    said = reading(diagnosed=True, confidence={"diagnosed": 0.3}, given=("diagnosed",))
    assert admits(said, DIAGNOSIS_REQUIRED)


def test_exclusions_apply_when_an_issue_is_possibly_present() -> None:
    family = Family(frozenset(), frozenset(), frozenset({"domestic_abuse"}))
    assert not admits(reading(), EXCLUDES + "domestic_abuse", family=family)
    assert admits(reading(), EXCLUDES + "domestic_abuse")


def test_a_listing_read_by_an_earlier_reader_keeps_what_it_read() -> None:
    """Listings read before the reader changed (`read:1`) keep what was read, rather than
    falling back to the wording rules for listings never read."""
    earlier = Service(
        id="s1",
        name="Stay and play for dads",
        status="active",
        facts=(READ_PREFIX + "1", DIAGNOSIS_REQUIRED),
    )
    never = Service(id="s2", name="Stay and play for dads", status="active")
    assert AUDIENCE + "male" in listing_facts(never, Glossary.load())
    assert listing_facts(earlier, Glossary.load()) == {READ_PREFIX + "1", DIAGNOSIS_REQUIRED}
    assert READ_MARK != READ_PREFIX + "1" and READ_MARK.startswith(READ_PREFIX)


def test_services_for_disabled_children_in_general_only_for_a_condition_they_take() -> None:
    """A short-breaks service for disabled children suits an autistic child, not a family
    whose need names no condition, nor one about a condition such services do not take."""
    general = (CONDITION_SPECIFIC, CONDITION + DISABILITY)
    assert admits(reading(condition="autism"), *general)
    assert admits(reading(condition="physical_disability"), *general)
    assert not admits(reading(), *general)
    assert not admits(reading(condition="perinatal_mental_health"), *general)
    assert not admits(reading(condition="dyslexia"), *general)
    # One condition's service stays that condition's.
    autism_only = (CONDITION_SPECIFIC, CONDITION + "autism")
    assert admits(reading(condition="autism"), *autism_only)
    assert not admits(reading(condition="epilepsy"), *autism_only)
    assert fact_words(CONDITION + DISABILITY).startswith("only for disabled people")
