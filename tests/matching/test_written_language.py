"""Listings and needs written in a language other than English, which the trained heads cannot
read: the language is told, a listing is taken as delivered in it and as for the sex its own
words name (uncertain, for an editor), and a family whose need is written in it is taken to
speak it. Checked with the real model against a check set written apart
(`matching/data/language_checks.json`: 60 listings, 44 of them in eleven community
languages), and end to end on both backends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.check_sets import SEX_OF, SexTally, listing_facts, sexes
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import CachedEmbedder
from matching.engine import Matcher, Weights
from matching.fact_words import fact_words, uncertain_facts
from matching.glossary import Glossary
from matching.languages import language_codes
from matching.listing_reader import AUDIENCE, LANGUAGE, LANGUAGE_ONLY, UNCERTAIN, ListingReader
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.reasons import language_names
from matching.request import MatchRequest
from matching.training import heads_for
from matching.written_language import WrittenLanguage
from tests.conftest import service, write_json
from tests.matching.backends import matcher_on

pytestmark = pytest.mark.model

CHECKS = Path(__file__).resolve().parents[2] / "matching" / "data" / "language_checks.json"
#: As first measured on the check set (2026-12-01): one-sex listings read as another sex's 2,
#: one-sex listings read as open 1 ("Grupo de Papás Latinos": "papás" is left out of the
#: words, as it also means parents), open ones read as for one sex 3. Before, 25 one-sex
#: listings were read as open. The two read as another sex's were a Turkish and a Spanish
#: listing in which English words were found in pieces of others ("danışmanı": "man") and in
#: the language's own words ("son": "they are"); English words are now looked for only in the
#: name, which brought that to 0 (seen on this set, so the 0 flatters that change).
OTHER_SEX, MISSED, RESTRICTED = 0, 1, 3


@pytest.fixture(scope="module")
def embedder(int8: MiniLMInt8Embedder) -> CachedEmbedder:
    return CachedEmbedder(int8)


@pytest.fixture(scope="module")
def written() -> WrittenLanguage:
    return WrittenLanguage(language_names())


@pytest.fixture(scope="module")
def checks() -> list[dict[str, Any]]:
    listings: list[dict[str, Any]] = json.loads(CHECKS.read_text())["listings"]
    return listings


def _text(listing: dict[str, Any]) -> str:
    return "\n".join(t for t in (listing["name"], listing["eligibility"], listing["description"]))


def test_the_language_a_listing_is_written_in_is_told(
    written: WrittenLanguage, checks: list[dict[str, Any]]
) -> None:
    told = [(written.of(_text(listing)) or "en", listing["written_in"]) for listing in checks]
    assert [pair for pair in told if pair[0] != pair[1]] == []
    assert {language for language, _ in told} >= {"pl", "ro", "ur", "ar", "bn", "so", "en"}


@pytest.mark.parametrize("text", ["Dads Den", "Grupa dla ojców", "Stay and play sessions"])
def test_short_or_english_text_is_not_taken_as_another_language(
    written: WrittenLanguage, text: str
) -> None:
    assert written.of(text) is None


def test_only_words_that_name_one_sex_in_the_language_are_counted() -> None:
    glossary = Glossary.load()
    assert glossary.sexes_named("Grupa wsparcia dla ojców i ich dzieci", "pl") == {"male"}
    assert glossary.sexes_named("মায়েদের আড্ডা, প্রতি বৃহস্পতিবার", "bn") == {"female"}
    # Spanish "son" is "they are"; the English word is not looked for in Spanish.
    assert glossary.sexes_named("Los bebés son bienvenidos", "es") == frozenset()
    # English words are found whole, never in pieces of another language's words.
    assert glossary.sexes_named("Türkçe konuşan bir sağlık danışmanı", "tr") == frozenset()


def test_listings_in_other_languages_are_read_for_who_they_are_for(
    embedder: CachedEmbedder, checks: list[dict[str, Any]]
) -> None:
    tally = SexTally()
    for listing, facts in zip(checks, listing_facts(checks, embedder), strict=True):
        tally.count(listing, facts)
        if listing["written_in"] != "en":
            code = listing["written_in"]
            assert LANGUAGE_ONLY in facts and LANGUAGE + code in facts, (listing["name"], facts)
            if sexes(facts) == {SEX_OF.get(listing["sex"] or "")}:
                assert any(f.startswith(UNCERTAIN + AUDIENCE) for f in facts), facts
    other, missed, restricted = tally.other, tally.missed, tally.restricted
    print(f"\nother sex {other}, missed {missed}, restricted though open {restricted}")
    assert len(other) <= OTHER_SEX, other
    assert len(missed) <= MISSED, missed
    assert len(restricted) <= RESTRICTED, restricted


DIRECTORY = [
    service(
        "polish-da",
        "Wsparcie dla kobiet",
        description=(
            "Bezpłatne i poufne wsparcie dla kobiet doświadczających przemocy domowej. "
            "Spotkania indywidualne w języku polskim, w każdy wtorek w centrum rodzinnym."
        ),
    ),
    service(
        "polish-parents",
        "Klub rodziców",
        description=(
            "Cotygodniowe spotkania dla rodziców i opiekunów małych dzieci, prowadzone po "
            "polsku. Rozmowy, zabawa i porady dotyczące wychowania."
        ),
    ),
    service(
        "english-da",
        "Domestic abuse outreach",
        description=(
            "Free, confidential support for anyone experiencing domestic abuse, with safety "
            "planning and help through the courts."
        ),
    ),
]


@pytest.fixture(params=["sqlite", "elasticsearch"])
def matcher(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    postcodes: PostcodeDirectory,
    embedder: CachedEmbedder,
) -> Iterator[Matcher]:
    store = SQLiteServiceStore(tmp_path / "directory.db")
    names = language_codes()
    reader = ListingReader(embedder, heads_for(embedder), names)
    summary = Importer(store, embedder, reader=reader).run(
        read_json_file(write_json(tmp_path / "d.json", DIRECTORY))
    )
    assert summary.rejected == 0, summary.problems
    # Every eligible listing is suggested: what is tested is who may be offered it.
    weights = Weights(threshold=-1.0)
    yield from matcher_on(request, store, embedder, postcodes, weights)


def offered(matcher: Matcher, need: str, languages: tuple[str, ...] = ()) -> set[str]:
    request = MatchRequest(needs=(need,), languages=languages)
    return {s.service_id for s in matcher.suggest(request).suggestions}


def test_a_listing_in_polish_reaches_families_who_read_polish_and_never_men(
    matcher: Matcher,
) -> None:
    woman = "Mum experiencing domestic abuse from her ex-partner, wants support"
    assert offered(matcher, woman) == {"english-da"}
    assert offered(matcher, woman, ("pl",)) == {"polish-da", "polish-parents", "english-da"}
    man = "Dad experiencing domestic abuse from his wife, wants support"
    assert offered(matcher, man, ("pl",)) == {"polish-parents", "english-da"}


def test_a_family_that_writes_in_polish_is_offered_what_is_delivered_in_polish(
    matcher: Matcher,
) -> None:
    # Written in Polish, the need is read as Polish-speaking; who it is about cannot be read
    # surely by heads that learnt English, so the women's service is not offered (the safe
    # way) until a practitioner says the need is about the mother.
    need = "Rodzice potrzebują wsparcia w wychowaniu małych dzieci i porad"
    assert offered(matcher, need) == {"polish-parents"}
    assert offered(matcher, "Parents need support with raising their young children") == set()


def test_what_was_read_of_a_listing_in_polish_waits_for_an_editor(
    tmp_path: Path, embedder: CachedEmbedder
) -> None:
    store = SQLiteServiceStore(tmp_path / "directory.db")
    names = language_codes()
    reader = ListingReader(embedder, heads_for(embedder), names)
    Importer(store, embedder, reader=reader).run(
        read_json_file(write_json(tmp_path / "d.json", DIRECTORY))
    )
    stored = store.get("polish-da")
    assert stored is not None
    doubtful = [fact_words(f) for f in uncertain_facts(stored.service)]
    assert doubtful == ["only for female", "delivered only in the language Polish"]
    english = store.get("english-da")
    assert english is not None and uncertain_facts(english.service) == []
    store.close()
