"""Services for one sex, on a check set written apart from the readers' training examples and
from every evaluation set (`matching/data/sex_checks.json`: 71 listings, 56 needs), with the
service's default model: a need is never read surely as of a sex it is not about, and a
listing for one sex is read as for that sex (girls counting as female, boys as male)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from directory.records import Service
from matching.embedding import CachedEmbedder
from matching.glossary import Glossary
from matching.listing_reader import AUDIENCE, ListingReader
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.reading import NeedReader
from matching.reasons import language_names
from matching.training import heads_for

pytestmark = pytest.mark.model

CHECKS = Path(__file__).resolve().parents[2] / "matching" / "data" / "sex_checks.json"
SEX_OF = {"female": "female", "girls": "female", "male": "male", "boys": "male"}
#: As measured when the set was written (2026-12-01); lower them when a change brings them
#: down, never raise them. A listing for one sex read as the other's ("Widowers' Walking
#: Group" as women's), one-sex listings read as open to all, open ones read as for one sex
#: (a playgroup "started by two mums"), and needs read surely of a sex they are not about
#: ("Mum asks for help with her child's sleep": the child's, unknown).
OTHER_SEX, MISSED, RESTRICTED, NEEDS_OVERREAD = 1, 2, 8, 1


@pytest.fixture(scope="module")
def checks() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CHECKS.read_text())
    return data


@pytest.fixture(scope="module")
def embedder(int8: MiniLMInt8Embedder) -> CachedEmbedder:
    return CachedEmbedder(int8)


def test_listings_for_one_sex_are_read_as_that_sex(
    checks: dict[str, Any], embedder: CachedEmbedder
) -> None:
    listings = checks["listings"]
    names = {name: code for code, name in language_names().items()}
    reader = ListingReader(embedder, heads_for(embedder), names)
    services = [
        Service(
            id=str(n),
            name=listing["name"],
            status="active",
            description=listing["description"],
            eligibility_description=listing["eligibility"],
        )
        for n, listing in enumerate(listings)
    ]
    other, missed, restricted = [], [], []
    for listing, facts in zip(listings, reader.read_many(services), strict=True):
        read = {SEX_OF[f[len(AUDIENCE) :]] for f in facts if f.startswith(AUDIENCE)}
        wanted = SEX_OF.get(listing["sex"] or "")
        if wanted and read - {wanted}:
            other.append(listing["name"])
        elif wanted and not read:
            missed.append(listing["name"])
        elif not wanted and read:
            restricted.append(listing["name"])
    print(f"\nother sex {other}, missed {missed}, restricted though open {restricted}")
    assert len(other) <= OTHER_SEX, other
    assert len(missed) <= MISSED, missed
    assert len(restricted) <= RESTRICTED, restricted


def test_no_need_is_read_surely_as_of_a_sex_it_is_not_about(
    checks: dict[str, Any], embedder: CachedEmbedder
) -> None:
    needs = checks["needs"]
    reader = NeedReader(embedder, Glossary.load(), heads_for(embedder))
    readings, _ = reader.read([n["text"] for n in needs])
    wrong = [
        (need["text"], reading.sure_sex)
        for need, reading in zip(needs, readings, strict=True)
        if reading.sure_sex is not None and reading.sure_sex != need["sex"]
    ]
    assert len(wrong) <= NEEDS_OVERREAD, wrong
    # Failing safe is not reading nothing: needs that say their sex are read as it.
    stated = [(n, r) for n, r in zip(needs, readings, strict=True) if n["sex"]]
    assert sum(r.sure_sex == n["sex"] for n, r in stated) >= len(stated) // 3
