"""Reading needs and listings with the real model: risk, negation, who a need is about, the
fail-safe reading of people who cause harm, and what a practitioner confirms."""

from __future__ import annotations

import pytest

from directory.records import Service
from matching.embedding import CachedEmbedder
from matching.glossary import Glossary
from matching.languages import language_codes
from matching.listing_reader import (
    AUDIENCE,
    CLOSED,
    EXCLUDES,
    HARM_PROGRAMME,
    SURVIVORS_ONLY,
    ListingReader,
)
from matching.negation import without_negated
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.reading import NeedFacts, NeedReader
from matching.training import heads_for

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def embedder(int8: MiniLMInt8Embedder) -> CachedEmbedder:
    return CachedEmbedder(int8)


@pytest.fixture(scope="module")
def reader(embedder: CachedEmbedder) -> NeedReader:
    return NeedReader(embedder, Glossary.load(), heads_for(embedder))


@pytest.fixture(scope="module")
def listings(embedder: CachedEmbedder) -> ListingReader:
    names = language_codes()
    return ListingReader(embedder, heads_for(embedder), names)


@pytest.mark.parametrize(
    "text",
    [
        "my child wants to kill himself",
        "my daughter is cutting herself right now",
        "Mum says she has taken an overdose and wants to die",
    ],
)
def test_immediate_risk_is_recognised(reader: NeedReader, text: str) -> None:
    readings, _ = reader.read([text])
    assert readings[0].crisis, readings[0].confidence


@pytest.mark.parametrize(
    "text", ["help with rent arrears", "toddler groups near me", "worried about my son's low mood"]
)
def test_calm_needs_are_not_read_as_a_crisis(reader: NeedReader, text: str) -> None:
    """Crisis help shows from a probability of 0.2, so a borderline need ("history of
    self-harm, now stable") may show it too: needless help costs little, missed help a lot."""
    readings, _ = reader.read([text])
    assert not readings[0].crisis, readings[0].confidence


def test_negated_statements_are_left_out_before_harm_is_read() -> None:
    assert without_negated("Struggling with rent, no DA indicators") == "Struggling with rent"
    assert without_negated("no money for food") == "no money for food"


def test_a_need_without_abuse_is_not_read_as_abuse(reader: NeedReader) -> None:
    readings, _ = reader.read(["Rent arrears and eviction notice, no DA indicators"])
    assert readings[0].role is None and "domestic_abuse" not in readings[0].present


def test_only_a_sure_reading_makes_a_need_about_someone_who_causes_harm(
    reader: NeedReader,
) -> None:
    readings, _ = reader.read(
        [
            "Dad admits he has been violent to his partner and wants help to change",
            "Dad says his wife hits him and he is frightened of her",
            "4yo hitting other children at nursery",
        ]
    )
    changer, harmed, toddler = readings
    assert changer.causes_harm_surely
    assert harmed.role == "harmed" and not harmed.causes_harm_surely and harmed.sex == "male"
    # Since the role question learnt from 700 needs written for it (twelfth stop), the
    # toddler is heard as a child who witnessed abuse (0.57), not as causing harm; what it is
    # offered is checked in tests/matching/test_seed_matching.py.
    assert not toddler.causes_harm_surely and toddler.role != "causes_harm"


@pytest.mark.parametrize(
    "text",
    [
        "Dad would like the council to buy him a van for his building work",
        "Mum asking who will pay for her daughter's veneers",
        "Family want a solicitor to defend the eldest in crown court",
        "grandparents want help renewing their passports for a cruise",
    ],
)
def test_a_need_for_what_early_help_does_not_offer_is_read_so(
    reader: NeedReader, text: str
) -> None:
    """Written for this test, apart from the training examples and the tuning sets."""
    readings, _ = reader.read([text])
    assert readings[0].outside, readings[0].confidence


@pytest.mark.parametrize(
    "text",
    [
        "Mum cannot afford the gas and electric this winter",
        "Dad has had a letter from bailiffs about council tax",
        "Family rehoused after the fire, nothing to sit or sleep on",
        "Teenage son wants something to do after school",
        "Mum low since the baby, not sleeping",
    ],
)
def test_early_help_needs_are_not_read_as_outside_it(reader: NeedReader, text: str) -> None:
    readings, _ = reader.read([text])
    assert not readings[0].outside, readings[0].confidence


@pytest.mark.parametrize("text", ["holiday", "pram", "solicitor", "laptop for school"])
def test_a_bare_topic_is_never_read_as_outside_early_help(reader: NeedReader, text: str) -> None:
    """Families type topics; a directory may offer holiday clubs, a baby bank, legal advice."""
    readings, _ = reader.read([text])
    assert not readings[0].outside, readings[0].confidence


def test_a_practitioner_naming_categories_says_early_help_offers_it(reader: NeedReader) -> None:
    text = "Dad would like the council to buy him a van for his building work"
    facts = NeedFacts(categories=("Money, benefits and housing",))
    readings, _ = reader.read([text, text], [None, facts])
    assert readings[0].outside and not readings[1].outside
    assert readings[1].as_dict()["outside"] is False


def test_what_the_practitioner_confirms_wins(reader: NeedReader) -> None:
    facts = NeedFacts(about="father", role="harmed", categories=("Domestic abuse",))
    readings, _ = reader.read(["Partner is horrible to him at home"], [facts])
    reading = readings[0]
    assert (reading.about, reading.sex, reading.role) == ("father", "male", "harmed")
    assert reading.categories == ("Domestic abuse",)
    assert set(reading.given) == {"about", "role", "categories"}
    assert not reading.causes_harm_surely


def listing(name: str, eligibility: str = "", description: str = "") -> Service:
    return Service(
        id=name,
        name=name,
        status="active",
        eligibility_description=eligibility,
        description=description,
    )


def test_listings_are_read_for_who_they_are_and_are_not_for(listings: ListingReader) -> None:
    programme, survivors, mums, course, paused, drop_in = listings.read_many(
        [
            listing(
                "Choices",
                "For men who have been abusive or controlling towards a partner.",
                "A group programme to help you stop.",
            ),
            listing("Freedom group", "Only for women who have experienced domestic abuse.", ""),
            listing("Mothers' wellbeing group", "For pregnant women and mums.", ""),
            listing(
                "Calmer together",
                "Couples who argue a lot.",
                "This course is not suitable where there is domestic abuse.",
            ),
            listing("Baby café", "", "The group is paused until further notice."),
            listing("Family drop-in", "Everyone welcome.", "Mums, dads and carers welcome."),
        ]
    )
    assert HARM_PROGRAMME in programme and SURVIVORS_ONLY not in programme
    assert SURVIVORS_ONLY in survivors and HARM_PROGRAMME not in survivors
    assert AUDIENCE + "female" in mums
    assert EXCLUDES + "domestic_abuse" in course
    assert CLOSED in paused
    assert not {f for f in drop_in if f.startswith(AUDIENCE)}
