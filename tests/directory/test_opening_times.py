"""A listing's schedules in words, wherever the record attaches them."""

from __future__ import annotations

from directory.opening_times import opening_times, written_out


def test_a_schedule_is_its_description_else_its_days_and_times() -> None:
    assert (
        written_out({"description": "Term time,\n  Wednesdays 9:30"})
        == "Term time, Wednesdays 9:30"
    )
    weekly = {"freq": "WEEKLY", "byday": "MO,WE,FR", "opens_at": "09:00:00", "closes_at": "12:00"}
    assert written_out(weekly) == "Monday, Wednesday and Friday, 09:00 to 12:00"
    assert written_out({"byday": "1SA", "freq": "MONTHLY"}) == "Saturday (monthly)"
    assert written_out({"opens_at": "18:00"}) == "from 18:00"
    assert written_out({"freq": "WEEKLY"}) == ""  # nothing to say: not guessed


def test_schedules_of_the_service_its_places_and_their_locations_each_once() -> None:
    record = {
        "schedules": [{"description": "Phone line Monday to Friday"}],
        "service_at_locations": [
            {
                "location": {
                    "name": "Keynsham Hub",
                    "schedules": [{"byday": "TU", "opens_at": "10:00", "closes_at": "11:00"}],
                },
                "schedules": [{"description": "Phone line Monday to Friday"}],
            },
            {
                "location": {"name": "Bath Hub"},
                "schedules": [{"byday": "TH", "opens_at": "13:00", "closes_at": "15:00"}],
            },
        ],
    }
    assert opening_times(record) == [
        "Phone line Monday to Friday",
        "Keynsham Hub: Tuesday, 10:00 to 11:00",
        "Bath Hub: Thursday, 13:00 to 15:00",
    ]
    one_place = {"service_at_locations": [record["service_at_locations"][1]]}
    assert opening_times(one_place) == ["Thursday, 13:00 to 15:00"]
    assert opening_times({}) == []
