"""The manager's picture, computed in SQL over the feedback records: the worklist of letters
overdue (not sent, or sent and not acknowledged) and the needs for which no suitable local
service existed, with how each need was read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from appdb import Transaction
from feedback.records import DRAFT, FAILED, SENDING, SENT

#: The category a gap is counted under when its need was read into none.
NO_CATEGORY = "No category read"
#: The category a need read as asking for what no early-help service offers (a car, a
#: barrister) is counted under, apart from the gaps in what early help offers, unless a
#: practitioner confirmed its categories.
OUTSIDE_EARLY_HELP = "Asks for what early-help services do not offer"


def working_days_between(start: date, end: date) -> int:
    """Monday-to-Friday days after `start` up to and including `end` (0 if `end` is not
    after `start`), counted without walking the days, whatever the dates."""
    if end <= start:
        return 0
    weeks, extra = divmod((end - start).days, 7)
    first = start.weekday()
    return weeks * 5 + sum(1 for step in range(1, extra + 1) if (first + step) % 7 < 5)


def latest_overdue(today: date, working_days: int) -> date:
    """The latest day from which more than `working_days` working days have passed by
    `today`: anything on it or before it is overdue (working_days_between only grows as the
    start moves back, so the days before it are overdue too)."""
    # Each full week back adds five working days; step back to just past the limit, then
    # forward while the day after is still overdue.
    day = today - timedelta(days=(working_days // 5 + 1) * 7 + 7)
    while working_days_between(day + timedelta(days=1), today) > working_days:
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class WorkItem:
    """A decision on the worklist: `since` is the day it was decided (for letters not sent) or
    sent (for letters not acknowledged); `overdue` the working days past the limit."""

    public_id: str
    reference: str
    status: str
    created_by: str
    decided_on: date
    since: date
    overdue: int


@dataclass(frozen=True)
class UnmetNeed:
    """One need of a decision in the period for which no suitable local service existed:
    its words, the categories it was read into (what a practitioner confirmed, else the
    matcher's reading), and the family's council area code ("" if unknown)."""

    public_id: str
    reference: str
    decided_on: date
    need: str
    categories: tuple[str, ...]
    la_code: str


def worklist(
    db: Transaction, today: date, working_days: int
) -> tuple[list[WorkItem], list[WorkItem]]:
    """Decisions with no letter sent more than `working_days` working days after the
    decision, and letters sent that long ago and not acknowledged; most overdue first."""
    cutoff = latest_overdue(today, working_days).isoformat()
    decided = db.dialect.json_text("fields", "decided_on")
    unsent_rows = db.execute(
        f"SELECT public_id, reference, status, created_by, {decided}, {decided} FROM decisions "
        f"WHERE status IN (?, ?, ?) AND {decided} <= ? ORDER BY {decided}, id",
        (DRAFT, SENDING, FAILED, cutoff),
    ).fetchall()
    unacknowledged_rows = db.execute(
        f"SELECT public_id, reference, status, created_by, {decided}, substr(sent_at, 1, 10) "
        "FROM decisions WHERE status = ? AND sent_at IS NOT NULL "
        "AND substr(sent_at, 1, 10) <= ? ORDER BY sent_at, id",
        (SENT, cutoff),
    ).fetchall()

    def item(row: tuple[str, str, str, str, str, str]) -> WorkItem:
        since = date.fromisoformat(row[5])
        overdue = working_days_between(since, today) - working_days
        return WorkItem(row[0], row[1], row[2], row[3], date.fromisoformat(row[4]), since, overdue)

    return [item(r) for r in unsent_rows], [item(r) for r in unacknowledged_rows]


#: Each unmet need of the decisions in a period, with the categories it was read into: what a
#: practitioner confirmed for that need (while its text is unchanged), else the matcher's
#: reading as stored with the decision. Never the categories of the services found near it.
#: Its parameters are the first and last day of the period.
def _unmet(db: Transaction) -> str:
    def text(expr: str, *keys: str) -> str:
        return db.dialect.json_text(expr, *keys)

    outcomes = db.dialect.json_items(text("d.fields", "need_outcomes"), "o")
    matched = f"CAST({text('o.value', 'matched')} AS TEXT)"
    outside = f"CAST({text('o.value', 'reading', 'outside')} AS TEXT)"
    outside_categories = json.dumps([OUTSIDE_EARLY_HELP]).replace("'", "''")
    return f"""
    SELECT d.public_id, d.reference, {text("d.fields", "decided_on")} AS decided_on,
           CAST(o.key AS INTEGER) AS need_index, {text("o.value", "need")} AS need,
           COALESCE(
               CASE WHEN f.need = {text("o.value", "need")}
                    THEN {text("f.facts", "categories")} END,
               CASE WHEN {outside} IN ('true', '1') THEN '{outside_categories}' END,
               {text("o.value", "reading", "categories")},
               '[]'
           ) AS categories,
           COALESCE({text("d.fields", "la_code")}, '') AS la_code
    FROM decisions d
    JOIN {outcomes} ON true
    LEFT JOIN decision_need_facts f ON f.decision_id = d.id AND f.need_index = o.key
    WHERE {text("d.fields", "decided_on")} BETWEEN ? AND ?
      AND COALESCE({matched}, 'false') NOT IN ('true', '1')
"""


def unmet_needs(db: Transaction, since: date, until: date) -> list[UnmetNeed]:
    """The needs with no suitable local service in decisions made between the dates
    (inclusive), newest decision first."""
    rows = db.execute(
        "SELECT u.public_id, u.reference, u.decided_on, u.need, u.categories, u.la_code "
        f"FROM ({_unmet(db)}) u ORDER BY u.decided_on DESC, u.public_id, u.need_index",
        (since.isoformat(), until.isoformat()),
    ).fetchall()
    return [
        UnmetNeed(
            str(r[0]),
            str(r[1]),
            date.fromisoformat(r[2]),
            str(r[3] or ""),
            tuple(str(c) for c in json.loads(r[4] or "[]")),
            str(r[5]),
        )
        for r in rows
    ]


def gap_counts(db: Transaction, since: date, until: date) -> list[tuple[str, str, int]]:
    """How many unmet needs in the period were read into each category, by council area:
    (category, council area code, how many), most first. A need read into two categories
    counts under each; one read into none under NO_CATEGORY."""
    categories = db.dialect.json_items("u.categories", "c")
    rows = db.execute(
        f"SELECT COALESCE(c.value, ?) AS category, u.la_code, count(*) AS n "
        f"FROM ({_unmet(db)}) u LEFT JOIN {categories} ON true "
        "GROUP BY 1, 2 ORDER BY n DESC, category, u.la_code",
        (NO_CATEGORY, since.isoformat(), until.isoformat()),
    ).fetchall()
    return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]
