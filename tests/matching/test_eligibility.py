"""Structured eligibility from prose: precision and recall on hand-labelled seed listings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directory.records import Service
from ingest.normalise import normalise_service
from matching.eligibility import EligibilityReader, Extracted
from matching.glossary import Glossary
from matching.languages import language_codes
from tests.conftest import SEED

LABELS = Path(__file__).resolve().parents[1] / "data" / "eligibility_labels.json"


@pytest.fixture(scope="module")
def reader() -> EligibilityReader:
    codes = language_codes()
    return EligibilityReader(Glossary.load(), codes)


@pytest.fixture(scope="module")
def seed() -> dict[str, Service]:
    records = json.loads(SEED.read_text())["contents"]
    return {r["id"]: normalise_service(r)[0] for r in records}


def _facts(found: list[Extracted]) -> set[str]:
    out = set()
    for item in found:
        field, value = item.field, item.value
        out.add(field if value in ("yes", "in-area") else f"{field}={value}")
    return out


def test_precision_and_recall_on_the_labelled_listings(
    reader: EligibilityReader, seed: dict[str, Service]
) -> None:
    labels = json.loads(LABELS.read_text())["labels"]
    assert len(labels) >= 30
    true_positive = false_positive = false_negative = 0
    for label in labels:
        expected = set(label["fields"])
        got = _facts(reader.read(seed[label["id"]]))
        true_positive += len(expected & got)
        false_positive += len(got - expected)
        false_negative += len(expected - got)
    precision = true_positive / max(1, true_positive + false_positive)
    recall = true_positive / max(1, true_positive + false_negative)
    print(
        f"\neligibility from prose, {len(labels)} labelled listings: precision "
        f"{precision:.2f}, recall {recall:.2f} ({true_positive} right, {false_positive} wrong, "
        f"{false_negative} missed)"
    )
    assert precision >= 0.9 and recall >= 0.85


def test_how_many_seed_listings_get_a_field_and_spot_checks(
    reader: EligibilityReader, seed: dict[str, Service]
) -> None:
    with_fields = [s for s in seed.values() if reader.read(s)]
    print(f"\n{len(with_fields)} of {len(seed)} seed listings get at least one field")
    assert len(with_fields) >= len(seed) // 2
    by_name = {s.name: _facts(reader.read(s)) for s in seed.values()}
    assert (
        "harm" in by_name["Choosing Change: a programme for people who want to stop being abusive"]
    )
    assert (
        "survivors"
        not in by_name["Choosing Change: a programme for people who want to stop being abusive"]
    )
    assert by_name["Spectrum Saturday youth club"] == {"send"}  # no diagnosis needed
    [sentence] = [
        e.sentence
        for e in reader.read(next(s for s in seed.values() if s.name == "Vision support service"))
        if e.field == "diagnosis"
    ]
    assert "diagnosed vision impairment" in sentence


@pytest.mark.parametrize(
    ("eligibility", "application", "expected"),
    [
        ("Children who must have an EHCP.", "", {"ehcp"}),
        ("Children with an EHCP or a disability living allowance.", "", set()),
        ("Mums only: a group for mothers of babies.", "", {"gender=female"}),
        ("Polish-speaking families in Keynsham.", "", {"language=pl", "residence"}),
        ("Any family.", "By professional referral only.", {"professional"}),
        ("Any family.", "Refer yourself, or a GP can refer.", set()),
    ],
)
def test_written_cases(
    reader: EligibilityReader, eligibility: str, application: str, expected: set[str]
) -> None:
    service = Service(
        id="x",
        name="A service",
        status="active",
        eligibility_description=eligibility,
        application_process=application,
    )
    assert _facts(reader.read(service)) == expected
