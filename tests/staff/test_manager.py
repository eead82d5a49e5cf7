"""The manager's worklist and gaps, against decisions recorded in the test: who is late and
by how many working days, and which needs no local service met, read how, where and when."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest

from directory.sqlite_store import SQLiteServiceStore
from feedback.manager import OUTSIDE_EARLY_HELP, latest_overdue, working_days_between
from feedback.store import ReadingChange
from matching.reading import NeedFacts
from tests.staff.html_tables import table, table_links
from tests.staff.manager_desk import PASSWORD, Desk, decide, make_desk, outcome, send

BATH = "E06000022"
WILTSHIRE = "E06000054"


@pytest.fixture
async def desk(tmp_path: Path, store: SQLiteServiceStore) -> AsyncIterator[Desk]:
    yield make_desk(tmp_path, store)


async def signed_in(desk: Desk, username: str) -> httpx.AsyncClient:
    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=desk.app), base_url="http://council.test"
    )
    await http.get("/sign-in")
    token = http.cookies.get("earlyhelp_csrf") or ""
    await http.post(
        "/sign-in", data={"csrf_token": token, "username": username, "password": PASSWORD}
    )
    return http


@pytest.mark.parametrize("working_days", [1, 3, 5, 10, 23])
@pytest.mark.parametrize("day", range(1, 15))
def test_the_overdue_cutoff_is_the_last_day_past_the_limit(working_days: int, day: int) -> None:
    today = date(2026, 11, day)
    cutoff = latest_overdue(today, working_days)
    assert working_days_between(cutoff, today) > working_days
    assert working_days_between(date.fromordinal(cutoff.toordinal() + 1), today) <= working_days


async def test_the_worklist_names_who_is_late_and_by_how_many_working_days(desk: Desk) -> None:
    late = decide(desk, "CS-1", date(2026, 11, 20), "sam", [], "")  # Friday: 6 working days
    decide(desk, "CS-2", date(2026, 11, 23), "sam", [], "")  # Monday: 5, not yet late
    unacknowledged = decide(desk, "CS-3", date(2026, 11, 2), "sam", [], "")
    send(desk, unacknowledged, datetime(2026, 11, 10, 15, tzinfo=UTC))  # Tuesday: 14 since
    acknowledged = decide(desk, "CS-4", date(2026, 11, 2), "sam", [], "")
    send(desk, acknowledged, datetime(2026, 11, 10, 15, tzinfo=UTC))
    desk.feedback.acknowledge(acknowledged, "Yes")
    left = decide(desk, "CS-5", date(2026, 11, 2), "former.worker", [], "")  # 20 working days

    manager = await signed_in(desk, "mo")
    page = (await manager.get("/staff/worklist")).text
    await manager.aclose()
    public_ids = [desk.feedback.require(i).public_id for i in (left, late, unacknowledged)]
    unsent = table(page, "unsent")
    assert unsent[0] == ["Decision", "Practitioner", "Decided", "Status", "Overdue by"]
    assert unsent[1:] == [
        ["Referral CS-5", "former.worker", "2 November 2026", "draft", "15 working days"],
        ["Referral CS-1", "Sam Duty", "20 November 2026", "draft", "1 working day"],
    ]
    assert table(page, "unacknowledged")[1:] == [
        ["Referral CS-3", "Sam Duty", "10 November 2026", "sent", "9 working days"]
    ]
    links = table_links(page, "unsent") + table_links(page, "unacknowledged")
    assert links == [f"/staff/decisions/{public_id}" for public_id in public_ids]


async def test_gaps_count_each_unmet_need_as_it_was_read_by_council_area_and_period(
    desk: Desk,
) -> None:
    decide(
        desk,
        "CS-10",
        date(2026, 11, 3),
        "sam",
        [
            outcome(
                "Dad drinking heavily",
                True,
                ["Drug and alcohol support"],
                ["Drug and alcohol support"],
            ),
            # Read into no category; the services near it were debt advice, which must not count.
            outcome("Help to repair the family's boat", False, [], ["Debt and welfare advice"]),
            # Read as outside early help: counted apart from the gaps in what it offers.
            outcome("Dad wants a van for his business", False, ["Money"], [], outside=True),
        ],
        BATH,
    )
    corrected = decide(
        desk,
        "CS-11",
        date(2026, 11, 16),
        "sam",
        [
            outcome(
                "Mum isolated since moving here",
                False,
                ["Parenting support"],
                ["Parenting support"],
            )
        ],
        WILTSHIRE,
    )
    decide(
        desk,
        "CS-12",
        date(2026, 11, 30),
        "sam",
        [
            outcome(
                "Rent arrears, eviction notice", False, ["Debt and welfare advice", "Housing"], []
            )
        ],
        "",
    )
    decide(  # before the period
        desk,
        "CS-13",
        date(2026, 10, 31),
        "sam",
        [outcome("Rent arrears again", False, ["Debt and welfare advice"], [])],
        BATH,
    )
    # The practitioner confirms that the isolated mother's need is about community groups.
    stored = desk.feedback.get(corrected)
    assert stored is not None
    desk.feedback.change_reading(
        corrected,
        ReadingChange(
            index=0,
            need="Mum isolated since moving here",
            facts=NeedFacts(categories=("Community groups",)),
            expected=(None,),
            outcomes=list(stored.need_outcomes),
            la_code=WILTSHIRE,
            proposed=[],
            detail="categories: Parenting support -> Community groups",
        ),
        "sam",
    )

    manager = await signed_in(desk, "mo")
    period = {"from": "2026-11-01", "to": "2026-11-30"}
    page = (await manager.get("/staff/gaps", params=period)).text
    download = (await manager.get("/staff/gaps.csv", params=period)).text
    await manager.aclose()

    assert "1 November 2026 to 30 November 2026" in page
    assert sorted(table(page, "by-category")[1:]) == [
        [OUTSIDE_EARLY_HELP, "Bath and North East Somerset", "1"],
        ["Community groups", "Wiltshire", "1"],
        ["Debt and welfare advice", "Area not known", "1"],
        ["Housing", "Area not known", "1"],
        ["No category read", "Bath and North East Somerset", "1"],
    ]
    needs = table(page, "needs")
    assert needs[0] == ["The need, as recorded", "Read as", "Council area", "Decided", "Referral"]
    assert needs[1:] == [
        [
            "Rent arrears, eviction notice",
            "Debt and welfare advice, Housing",
            "Area not known",
            "30 Nov 2026",
            "CS-12",
        ],
        ["Mum isolated since moving here", "Community groups", "Wiltshire", "16 Nov 2026", "CS-11"],
        [
            "Help to repair the family's boat",
            "No category read",
            "Bath and North East Somerset",
            "3 Nov 2026",
            "CS-10",
        ],
        [
            "Dad wants a van for his business",
            OUTSIDE_EARLY_HELP,
            "Bath and North East Somerset",
            "3 Nov 2026",
            "CS-10",
        ],
    ]
    assert "Dad drinking" not in page and "Rent arrears again" not in page
    assert "E06000022" not in page

    rows = list(csv.reader(io.StringIO(download)))
    assert rows[0] == ["from", "to", "category", "area", "area_code", "unmet_needs"]
    assert sorted(rows[1:]) == [
        ["2026-11-01", "2026-11-30", OUTSIDE_EARLY_HELP, "Bath and North East Somerset", BATH, "1"],
        ["2026-11-01", "2026-11-30", "Community groups", "Wiltshire", WILTSHIRE, "1"],
        ["2026-11-01", "2026-11-30", "Debt and welfare advice", "Area not known", "", "1"],
        ["2026-11-01", "2026-11-30", "Housing", "Area not known", "", "1"],
        ["2026-11-01", "2026-11-30", "No category read", "Bath and North East Somerset", BATH, "1"],
    ]
    assert "boat" not in download and "isolated" not in download
