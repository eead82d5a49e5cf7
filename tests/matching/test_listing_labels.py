"""The listing-labels benchmark counts each kind of restriction by what the labels say and
what the matcher's facts say, whatever the writers call a value."""

from __future__ import annotations

from benchmarks.listing_labels import tally
from directory.records import Service
from matching.listing_reader import AUDIENCE, CONDITION, CONDITION_SPECIFIC, GROUP, READ_MARK


def service(id: str, *facts: str, status: str = "active") -> Service:
    return Service(id=id, name=id, status=status, facts=(READ_MARK, *facts))


def test_listings_are_counted_as_read_missed_another_or_read_where_none() -> None:
    services = [
        service("girls", AUDIENCE + "female"),
        service("dads", AUDIENCE + "female"),
        service("open", AUDIENCE + "male"),
        service("missed"),
        service("downs", CONDITION_SPECIFIC, CONDITION + "downs_syndrome"),
        service("recovery", GROUP + "recovery"),
        service("closed", status="inactive"),
    ]
    labels = {
        "girls": {"child_sex": "girls"},
        "dads": {"sex": "male"},
        "open": {},
        "missed": {"sex": "female"},
        "downs": {"conditions": ["down_syndrome"]},
        "recovery": {"group_only": "in_recovery"},
        "closed": {"closed": True},
    }
    found = tally(services, labels)
    sex = found["one sex"]
    assert (sex["labelled"], sex["read"], sex["as another"], sex["missed"]) == (3, 1, 1, 1)
    assert sex["read where none"] == 1
    assert found["conditions"]["read"] == 1 and found["one group"]["read"] == 1
    assert found["closed"]["read"] == 1 and found["closed"]["read where none"] == 0
