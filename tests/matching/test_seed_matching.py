"""End to end with the real model on the sample directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from directory.geography import PostcodeDirectory
from matching.engine import Matcher, Weights
from matching.listing_reader import HARM_PROGRAMME, SURVIVORS_ONLY
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.request import parse_match_request
from tests.conftest import SeedFile

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def matcher(
    tmp_path_factory: pytest.TempPathFactory,
    seed_model: SeedFile,
    int8: MiniLMInt8Embedder,
    postcodes: PostcodeDirectory,
) -> Iterator[Matcher]:
    """The seed embedded and matched by the service's default model (the int8 build)."""
    store = seed_model.copy_to(Path(tmp_path_factory.mktemp("seed")) / "seed.db")
    yield Matcher(store, int8, postcodes)
    store.close()


def test_a_closed_referral_gets_eligible_explained_suggestions_for_each_need(
    matcher: Matcher,
) -> None:
    request = parse_match_request(
        {
            "needs": ["Mum struggling with 6yo's tantrums", "Rent arrears, eviction notice"],
            "children": [{"age": 6}, {"age": 2}],
            "postcode": "BA2 3AB",
            "limit": 5,
        }
    )
    result = matcher.suggest(request)
    index = matcher.index()
    assert [n.matched for n in result.needs] == [True, True]
    assert {n for s in result.suggestions for n in s.needs_met} == {0, 1}
    assert 1 <= len(result.suggestions) <= 5
    scores = [s.score for s in result.suggestions]
    assert scores == sorted(scores, reverse=True)
    for suggestion in result.suggestions:
        service = index.services[index.position[suggestion.service_id]]
        assert service.is_active
        assert not service.area_codes or "E06000022" in service.area_codes
        low, high = service.minimum_age, service.maximum_age
        adult = high is None
        assert adult or any(
            (low is None or a >= low) and (high is None or a <= high) for a in (6, 2)
        )
        assert suggestion.reasons[0].startswith("Need ")
    parenting = [s for s in result.suggestions if 0 in s.needs_met]
    assert any("Parenting support" in " ".join(s.reasons) for s in parenting)


def test_victims_need_never_gets_a_programme_for_people_who_harm(matcher: Matcher) -> None:
    result = matcher.suggest(
        parse_match_request(
            {"needs": ["DA - mum fled abusive ex, 2 children witnessed"], "limit": 10}
        )
    )
    index = matcher.index()
    assert result.suggestions
    for suggestion in result.suggestions:
        assert not index.fact(HARM_PROGRAMME)[index.position[suggestion.service_id]]


@pytest.mark.xfail(
    strict=True,
    reason="still open: the need is read with domestic abuse present (and, since the twelfth "
    "stop, as about a child who witnessed it), so with no postcode a service for children "
    "who lived with domestic abuse is suggested",
)
def test_a_young_child_hitting_at_nursery_gets_no_abuse_service(matcher: Matcher) -> None:
    """A 4-year-old hitting other children was once offered a refuge and domestic abuse
    outreach: whatever role in harm the reader hears, the suggestions should be neither harm
    programmes nor services only for people harmed. Requiring a need read surely as about
    someone harmed (0.75) fixed it but cost "my husband hits me" (0.73) every survivors'
    service; dropping the domestic-abuse-present path did not (the role then admits it)."""
    index = matcher.index()
    for need in (
        "4yo hitting other children at nursery",
        "my 4 year old keeps hitting other kids at nursery",
    ):
        result = matcher.suggest(
            parse_match_request({"needs": [need], "children": [{"age": 4}], "limit": 5})
        )
        assert result.suggestions
        for suggestion in result.suggestions:
            row = index.position[suggestion.service_id]
            assert not index.fact(HARM_PROGRAMME)[row], suggestion.name
            assert not index.fact(SURVIVORS_ONLY)[row], (suggestion.name, result.needs[0].reading)


@pytest.fixture(scope="module")
def lenient(
    tmp_path_factory: pytest.TempPathFactory,
    seed_model: SeedFile,
    int8: MiniLMInt8Embedder,
    postcodes: PostcodeDirectory,
) -> Iterator[Matcher]:
    """A matcher that takes any eligible service as meeting a need (relevance threshold 0)."""
    store = seed_model.copy_to(Path(tmp_path_factory.mktemp("lenient")) / "seed.db")
    yield Matcher(store, int8, postcodes, weights=Weights(threshold=0.0))
    store.close()


def test_a_need_outside_early_help_is_met_by_nothing_until_a_practitioner_says_otherwise(
    lenient: Matcher,
) -> None:
    """Written for this test, apart from the training examples and the tuning sets: even
    with no relevance threshold, a need read as outside early help is met by no service;
    the categories a practitioner confirms say early help offers it."""
    need = "Dad would like the council to buy him a van for his building work"
    request = parse_match_request({"needs": [need], "postcode": "BA2 3AB", "limit": 5})
    result = lenient.suggest(request)
    (outcome,) = result.needs
    assert outcome.reading is not None and outcome.reading.outside
    assert not outcome.matched and result.suggestions == ()
    confirmed = parse_match_request(
        {
            "needs": [{"text": need, "categories": ["Money, benefits and housing"]}],
            "postcode": "BA2 3AB",
            "limit": 5,
        }
    )
    result = lenient.suggest(confirmed)
    assert result.needs[0].matched and result.suggestions
    assert result.as_dict()["needs"][0]["reading"]["outside"] is False
