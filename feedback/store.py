"""Decisions, their suggestions and an append-only audit trail, in the application database.

Every change of a decision's state is one conditional UPDATE that must change exactly one
row (`... WHERE id = ? AND status IN (...)`); only the caller whose UPDATE changed it goes on
to act (send the email, write the audit row), so concurrent requests cannot both act."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from appdb import AppDatabase, Transaction
from directory.timestamps import utc_stamp
from feedback import manager
from feedback.manager import UnmetNeed, WorkItem
from feedback.need_readings import facts_from_json, facts_json
from feedback.records import (
    ACKNOWLEDGED,
    DRAFT,
    EDITABLE,
    FAILED,
    SENDING,
    SENT,
    Decision,
    Suggestion,
    with_proposals,
)
from feedback.schema import PUBLIC_ID, new_public_id
from matching.reading import NeedFacts

FIELDS = (
    "reference",
    "referrer_name",
    "referrer_role",
    "referrer_organisation",
    "referrer_email",
    "decision",
    "decided_on",
    "reason",
    "needs",
    "child_ages",
    "postcode",
    "language",
    "interpreter",
    "consent",
    "message",
    "need_outcomes",
    "la_code",
    "corrects",
)
#: The fields a practitioner may correct after saving, with their names in the trail.
CORRECTABLE = {
    "reference": "reference",
    "referrer_name": "referrer's name",
    "referrer_role": "referrer's role",
    "referrer_organisation": "referrer's organisation",
    "referrer_email": "referrer's email address",
    "decision": "decision",
    "decided_on": "date of the decision",
    "reason": "reason",
    "needs": "needs",
    "child_ages": "children's ages",
    "postcode": "postcode",
    "language": "language",
    "interpreter": "interpreter",
    "consent": "consent",
}
#: Changes to these fields make the matcher propose again.
MATCHED_ON = ("needs", "child_ages", "postcode")
#: A claim to send a letter older than this was left by a process that stopped mid-send.
SENDING_TIMEOUT = timedelta(minutes=10)
_LARGEST_ID = 2**63 - 1
_COLUMNS = (
    "id, public_id, fields, status, created_by, created_at, sent_at, acknowledged_at, take_up, "
    "take_up_comment"
)
_SUGGESTION_COLUMNS = (
    "service_id, service_name, note, added_by, noted_by, noted_at, needs_met, reasons"
)


class FeedbackError(ValueError):
    """A change that cannot be made (such as editing a letter already sent)."""


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str
    action: str
    detail: str


@dataclass(frozen=True)
class ReadingChange:
    """A practitioner's correction of how one need was read, with what the matcher then
    found: `index` counts from 0; `need` is the need's text the facts were given for;
    `expected` are the facts of every need the matcher was run with (the change is refused
    if someone changed them meanwhile); `outcomes` and `la_code` as `Feedback.propose`
    records them, and `proposed` its suggestions; `detail` says what changed."""

    index: int
    need: str
    facts: NeedFacts
    expected: tuple[NeedFacts | None, ...]
    outcomes: list[dict[str, object]]
    la_code: str
    proposed: list[Suggestion]
    detail: str


@dataclass(frozen=True)
class DetailsChange:
    """A practitioner's correction of a decision's details: `values` as `parse_decision`
    gives them; when the needs, ages or postcode changed, what the matcher then found
    (`proposed`, `outcomes` and `la_code` as `Feedback.propose` records them; None when it
    was not run again); `detail` says what changed, field by field."""

    values: dict[str, Any]
    detail: str
    proposed: list[Suggestion] | None = None
    outcomes: list[dict[str, object]] | None = None
    la_code: str | None = None


def _plain(value: object) -> str:
    """A field's value as the trail shows it."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value if value is not None else "")


def changed_fields(before: Decision, values: dict[str, Any]) -> list[str]:
    """The correctable fields whose value differs, as "name: old -> new"."""
    out = []
    for name, label in CORRECTABLE.items():
        old = getattr(before, name)
        new = values.get(name, old)
        if name == "reference":
            old, new = str(old), str(new).strip().upper()
        if isinstance(old, tuple):
            new = tuple(new)
        if old != new:
            out.append(f"{label}: {_plain(old) or '(none)'} -> {_plain(new) or '(none)'}")
    return out


def _renumbered(
    suggestions: list[Suggestion], old: tuple[str, ...], new: tuple[str, ...]
) -> list[Suggestion]:
    """The suggestions with the needs they are for renumbered to the needs' new places (a
    need whose text is gone is no longer one of theirs)."""
    places = {text: n for n, text in reversed(list(enumerate(new)))}
    out = []
    for s in suggestions:
        needs = tuple(places[old[i]] for i in s.needs_met if 0 <= i < len(old) and old[i] in places)
        out.append(replace(s, needs_met=needs))
    return out


@dataclass(frozen=True)
class ServiceNote:
    """A practitioner's note on a service they suggested: the text, who wrote it (a
    username; empty if no record says) and when (UTC, ISO 8601; empty if unknown)."""

    text: str
    noted_by: str
    noted_at: str


def _locked(status: str | None) -> str:
    """Why a letter in `status` cannot be changed or sent."""
    if status is None:
        return "there is no such decision"
    if status == SENDING:
        return "the letter is being sent just now; reload the page in a minute"
    return "the letter has already been sent; it cannot be changed or sent again"


class FeedbackStore:
    """The feedback records in the application database."""

    def __init__(
        self, database: AppDatabase, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._db = database
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    def _audit(
        self, db: Transaction, decision_id: int, who: str, action: str, detail: str = ""
    ) -> None:
        db.execute(
            "INSERT INTO decision_audit (decision_id, at, who, action, detail) "
            "VALUES (?, ?, ?, ?, ?)",
            (decision_id, utc_stamp(self._clock()), who, action, detail),
        )

    def create(self, values: dict[str, Any], by: str, suggestions: list[Suggestion]) -> int:
        """Record a draft decision with its suggestions and a new public id; its number."""
        fields = {k: values.get(k) for k in FIELDS}
        fields["decided_on"] = str(values["decided_on"])
        fields["needs"] = list(values.get("needs") or ())
        fields["child_ages"] = list(values.get("child_ages") or ())
        fields["message"] = str(values.get("message") or "")
        fields["need_outcomes"] = list(values.get("need_outcomes") or ())
        fields["la_code"] = str(values.get("la_code") or "")
        fields["corrects"] = ""
        with self._db.transaction() as db:
            decision_id = db.insert(
                "INSERT INTO decisions (public_id, reference, fields, status, created_by, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    new_public_id(),
                    str(values["reference"]).strip().upper(),
                    json.dumps(fields),
                    DRAFT,
                    by,
                    utc_stamp(self._clock()),
                ),
            )
            self._audit(db, decision_id, by, "recorded the decision")
            self._write_suggestions(db, decision_id, suggestions)
            if suggestions:
                names = "; ".join(s.service_name for s in suggestions)
                self._audit(db, decision_id, "matcher", "proposed suggestions", names)
        return decision_id

    def _write_suggestions(
        self, db: Transaction, decision_id: int, suggestions: list[Suggestion]
    ) -> None:
        db.execute("DELETE FROM decision_suggestions WHERE decision_id = ?", (decision_id,))
        db.executemany(
            "INSERT INTO decision_suggestions (decision_id, position, service_id, service_name, "
            "note, added_by, noted_by, noted_at, needs_met, reasons) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    decision_id,
                    n,
                    s.service_id,
                    s.service_name,
                    s.note,
                    s.added_by,
                    s.noted_by,
                    s.noted_at,
                    json.dumps(list(s.needs_met)),
                    json.dumps(list(s.reasons)),
                )
                for n, s in enumerate(suggestions)
            ],
        )

    def _suggestions(self, db: Transaction, decision_id: int) -> list[Suggestion]:
        rows = db.execute(
            f"SELECT {_SUGGESTION_COLUMNS} FROM decision_suggestions WHERE decision_id = ? "
            "ORDER BY position",
            (decision_id,),
        ).fetchall()
        return [
            Suggestion(
                str(row[0]),
                str(row[1]),
                str(row[2]),
                str(row[3]),
                str(row[4]),
                str(row[5]),
                needs_met=tuple(int(n) for n in json.loads(row[6])),
                reasons=tuple(str(r) for r in json.loads(row[7])),
            )
            for row in rows
        ]

    def _read(self, db: Transaction, row: tuple[Any, ...]) -> Decision:
        suggestions = self._suggestions(db, row[0])
        fields = json.loads(row[2])
        fields.setdefault("need_outcomes", [])
        fields.setdefault("la_code", "")
        fields.setdefault("corrects", "")
        fields["need_outcomes"] = tuple(fields["need_outcomes"])
        fields["decided_on"] = date.fromisoformat(fields["decided_on"])
        fields["needs"] = tuple(fields["needs"])
        fields["child_ages"] = tuple(fields["child_ages"])
        return Decision(
            **fields,
            need_facts=self._need_facts(db, row[0], fields["needs"]),
            id=row[0],
            public_id=row[1],
            status=row[3],
            created_by=row[4],
            created_at=row[5],
            sent_at=row[6],
            acknowledged_at=row[7],
            take_up=row[8],
            take_up_comment=row[9] or "",
            suggestions=tuple(suggestions),
        )

    def _need_facts(
        self, db: Transaction, decision_id: int, needs: tuple[str, ...]
    ) -> tuple[NeedFacts | None, ...]:
        """What practitioners confirmed of each need; facts given for a need whose text has
        changed since are left out."""
        rows = db.execute(
            "SELECT need_index, need, facts FROM decision_need_facts WHERE decision_id = ?",
            (decision_id,),
        ).fetchall()
        given = {
            int(index): facts_from_json(json.loads(facts))
            for index, need, facts in rows
            if 0 <= int(index) < len(needs) and needs[int(index)] == need
        }
        if not given:
            return ()
        return tuple(given.get(i) for i in range(len(needs)))

    def get(self, decision_id: int) -> Decision | None:
        """The decision with this internal number; None if there is none."""
        if not 0 < decision_id <= _LARGEST_ID:
            return None
        with self._db.read() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM decisions WHERE id = ?", (decision_id,)
            ).fetchone()
            return None if row is None else self._read(db, row)

    def find(self, public_id: str) -> Decision | None:
        """The decision with this public id; None for any other text, however garbled."""
        if not PUBLIC_ID.fullmatch(public_id):
            return None
        with self._db.read() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM decisions WHERE public_id = ?", (public_id,)
            ).fetchone()
            return None if row is None else self._read(db, row)

    def require(self, decision_id: int) -> Decision:
        found = self.get(decision_id)
        if found is None:
            raise FeedbackError("there is no such decision")
        return found

    def _status(self, db: Transaction, decision_id: int) -> str | None:
        row = db.execute("SELECT status FROM decisions WHERE id = ?", (decision_id,)).fetchone()
        return None if row is None else str(row[0])

    def _hold_editable(self, db: Transaction, decision_id: int) -> None:
        """In a write transaction: FeedbackError unless the letter can still change. The
        UPDATE (which changes nothing) takes the write lock, so that no send can start
        before the transaction ends."""
        held = db.execute(
            "UPDATE decisions SET status = status WHERE id = ? AND status IN (?, ?)",
            (decision_id, *EDITABLE),
        ).rowcount
        if held != 1:
            raise FeedbackError(_locked(self._status(db, decision_id)))

    def change_suggestions(
        self, decision_id: int, suggestions: list[Suggestion], by: str, action: str, detail: str
    ) -> None:
        """Replace the suggestions of a draft (or a letter that could not be delivered);
        FeedbackError if the letter is being sent or has been."""
        with self._db.transaction() as db:
            self._hold_editable(db, decision_id)
            self._write_suggestions(db, decision_id, suggestions)
            self._audit(db, decision_id, by, action, detail)

    def set_message(self, decision_id: int, message: str, by: str) -> None:
        """Set the practitioner's own message of a letter not yet sent; FeedbackError if the
        letter is being sent or has been. Only the message changes in the stored fields, so a
        change made meanwhile to another field (how the needs were read) is kept."""
        with self._db.transaction() as db:
            self._hold_editable(db, decision_id)
            self._change_fields(db, decision_id, {"message": message})
            self._audit(db, decision_id, by, "wrote the message to the referrer")

    def _change_fields(self, db: Transaction, decision_id: int, values: dict[str, Any]) -> None:
        """In a transaction that holds the decision (see `_hold_editable`): set these of its
        stored fields, keeping the others as they are."""
        row = db.execute("SELECT fields FROM decisions WHERE id = ?", (decision_id,)).fetchone()
        assert row is not None
        fields = json.loads(row[0]) | values
        db.execute(
            "UPDATE decisions SET fields = ? WHERE id = ?", (json.dumps(fields), decision_id)
        )

    def change_reading(self, decision_id: int, change: ReadingChange, by: str) -> None:
        """Record a practitioner's correction of how a need was read, in one transaction:
        the facts they confirmed (with who and when), each need's outcome as the matcher found
        it with them, and its new suggestions in place of its earlier ones (services added by
        hand and notes are kept, see `with_proposals`); the trail says what changed and what
        was proposed. FeedbackError if the letter is being sent or has been, if the need is
        not this decision's, or if how the needs were read changed since the matcher ran."""
        with self._db.transaction() as db:
            self._hold_editable(db, decision_id)
            row = db.execute("SELECT fields FROM decisions WHERE id = ?", (decision_id,)).fetchone()
            assert row is not None  # held just now
            needs = tuple(json.loads(row[0]).get("needs") or ())
            if not 0 <= change.index < len(needs) or needs[change.index] != change.need:
                raise FeedbackError("that need is not one of this decision's; reload the page")
            current = self._need_facts(db, decision_id, needs)
            padded = tuple(current[i] if i < len(current) else None for i in range(len(needs)))
            expected = tuple(
                change.expected[i] if i < len(change.expected) else None for i in range(len(needs))
            )
            if padded != expected:
                raise FeedbackError(
                    "someone changed how these needs were read just now; reload the page "
                    "and make your change again"
                )
            db.execute(
                "INSERT INTO decision_need_facts (decision_id, need_index, need, facts, "
                "confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (decision_id, need_index) DO UPDATE SET need = excluded.need, "
                "facts = excluded.facts, confirmed_by = excluded.confirmed_by, "
                "confirmed_at = excluded.confirmed_at",
                (
                    decision_id,
                    change.index,
                    change.need,
                    json.dumps(facts_json(change.facts)),
                    by,
                    utc_stamp(self._clock()),
                ),
            )
            self._change_fields(
                db, decision_id, {"need_outcomes": change.outcomes, "la_code": change.la_code}
            )
            chosen = with_proposals(self._suggestions(db, decision_id), change.proposed)
            self._write_suggestions(db, decision_id, chosen)
            self._audit(
                db, decision_id, by, f"changed how need {change.index + 1} was read", change.detail
            )
            names = "; ".join(s.service_name for s in change.proposed) or "nothing"
            self._audit(db, decision_id, "matcher", "proposed suggestions", names)

    def correct_details(self, decision_id: int, change: DetailsChange, by: str) -> bool:
        """Correct a decision's details, in one transaction, with the change in the trail.
        Until the letter is sent, the draft is changed; once sent (or acknowledged), the
        decision becomes a draft again marked as correcting the letter sent, so that a
        corrected letter is sent (the earlier acknowledgement stays in the trail). When the
        matcher ran again, its proposals replace its earlier ones (services added by hand
        and notes are kept, renumbered to the needs' new places). Whether the letter was
        already sent; FeedbackError if it is being sent just now, or there is no such
        decision."""
        values = change.values
        with self._db.transaction() as db:
            lock = db.dialect.for_update
            row = db.execute(
                f"SELECT fields, status, sent_at FROM decisions WHERE id = ?{lock}", (decision_id,)
            ).fetchone()
            if row is None or row[1] == SENDING:
                raise FeedbackError(_locked(None if row is None else str(row[1])))
            fields = json.loads(row[0])
            old_needs = tuple(fields.get("needs") or ())
            for name in CORRECTABLE:
                if name in values:
                    fields[name] = values[name]
            fields["reference"] = str(values.get("reference", fields["reference"])).strip().upper()
            fields["decided_on"] = str(fields["decided_on"])
            fields["needs"] = list(fields.get("needs") or ())
            fields["child_ages"] = list(fields.get("child_ages") or ())
            if change.outcomes is not None:
                fields["need_outcomes"] = change.outcomes
            if change.la_code is not None:
                fields["la_code"] = change.la_code
            was_sent = row[1] in (SENT, ACKNOWLEDGED)
            if was_sent:
                fields["corrects"] = str(row[2] or "")
            updated = db.execute(
                "UPDATE decisions SET fields = ?, reference = ?, status = ?, "
                "acknowledged_at = CASE WHEN ? THEN NULL ELSE acknowledged_at END, "
                "take_up = CASE WHEN ? THEN NULL ELSE take_up END, "
                "take_up_comment = CASE WHEN ? THEN '' ELSE take_up_comment END "
                "WHERE id = ? AND status = ?",
                (
                    json.dumps(fields),
                    fields["reference"],
                    DRAFT if was_sent else row[1],
                    was_sent,
                    was_sent,
                    was_sent,
                    decision_id,
                    row[1],
                ),
            ).rowcount
            if updated != 1:
                raise FeedbackError("someone changed this decision just now; reload the page")
            current = _renumbered(
                self._suggestions(db, decision_id), old_needs, tuple(fields["needs"])
            )
            if change.proposed is not None:
                current = with_proposals(current, change.proposed)
            self._write_suggestions(db, decision_id, current)
            action = (
                "corrected the decision after sending" if was_sent else "corrected the decision"
            )
            self._audit(db, decision_id, by, action, change.detail)
            if was_sent:
                self._audit(
                    db, decision_id, by, f"status: {DRAFT}", "a corrected letter is to be sent"
                )
            if change.proposed is not None:
                names = "; ".join(s.service_name for s in change.proposed) or "nothing"
                self._audit(db, decision_id, "matcher", "proposed suggestions", names)
        return was_sent

    def claim_for_sending(
        self, decision_id: int, by: str, stale_after: timedelta = SENDING_TIMEOUT
    ) -> Decision:
        """Mark a draft or undelivered letter as being sent, so that only this caller sends
        it; the decision as claimed (its suggestions and message can no longer change). A
        claim older than `stale_after` was left by a process that stopped and may be taken
        over. FeedbackError if the letter is being sent, or has been."""
        now = self._clock()
        with self._db.transaction() as db:
            claimed = db.execute(
                "UPDATE decisions SET status = ?, claimed_at = ? WHERE id = ? AND "
                "(status IN (?, ?) OR (status = ? AND claimed_at < ?))",
                (
                    SENDING,
                    utc_stamp(now),
                    decision_id,
                    *EDITABLE,
                    SENDING,
                    utc_stamp(now - stale_after),
                ),
            ).rowcount
            if claimed != 1:
                raise FeedbackError(_locked(self._status(db, decision_id)))
            self._audit(db, decision_id, by, f"status: {SENDING}")
        return self.require(decision_id)

    def finish_sending(self, decision_id: int, delivered: bool, by: str, detail: str) -> None:
        """Record how a claimed send ended: sent, or delivery failed (the letter can then be
        changed and sent again). FeedbackError if the letter was not being sent."""
        status = SENT if delivered else FAILED
        with self._db.transaction() as db:
            finished = db.execute(
                "UPDATE decisions SET status = ?, claimed_at = NULL, "
                "sent_at = CASE WHEN ? THEN ? ELSE sent_at END WHERE id = ? AND status = ?",
                (status, delivered, utc_stamp(self._clock()), decision_id, SENDING),
            ).rowcount
            if finished != 1:
                raise FeedbackError("the letter was not being sent")
            self._audit(db, decision_id, by, f"status: {status}", detail)

    def acknowledge(
        self, decision_id: int, take_up: str, comment: str = "", change: bool = False
    ) -> bool:
        """Record the referrer's acknowledgement of a sent letter: whether the family will
        take up the offer, and what they added. True if this call recorded it. A second
        answer is taken only when it is a `change` of the answer (a form sent twice does
        not change the first); False when it was already acknowledged and this is no
        change. FeedbackError if the letter is not sent."""
        detail = f"family taking up the offer: {take_up}" + (
            f"; comment: {comment}" if comment else ""
        )
        with self._db.transaction() as db:
            recorded = db.execute(
                "UPDATE decisions SET status = ?, acknowledged_at = ?, take_up = ?, "
                "take_up_comment = ? WHERE id = ? AND status = ?",
                (ACKNOWLEDGED, utc_stamp(self._clock()), take_up, comment, decision_id, SENT),
            ).rowcount
            if recorded == 1:
                self._audit(db, decision_id, "referrer", f"status: {ACKNOWLEDGED}", detail)
                return True
            if change:
                changed = db.execute(
                    "UPDATE decisions SET take_up = ?, take_up_comment = ? "
                    "WHERE id = ? AND status = ?",
                    (take_up, comment, decision_id, ACKNOWLEDGED),
                ).rowcount
                if changed == 1:
                    self._audit(db, decision_id, "referrer", "changed the answer", detail)
                    return True
            status = self._status(db, decision_id)
        if status == ACKNOWLEDGED:
            return False
        raise FeedbackError("this letter is not waiting for an acknowledgement")

    def record_view(self, decision_id: int, who: str, what: str) -> None:
        """Add to the trail that `who` looked at the decision or its letter (`what`)."""
        with self._db.transaction() as db:
            self._audit(db, decision_id, who, what)

    def audit(self, decision_id: int) -> list[AuditEntry]:
        with self._db.read() as db:
            rows = db.execute(
                "SELECT at, who, action, detail FROM decision_audit WHERE decision_id = ? "
                "ORDER BY id",
                (decision_id,),
            ).fetchall()
        return [AuditEntry(*row) for row in rows]

    def notes_about(self, service_id: str, limit: int = 5) -> list[ServiceNote]:
        """The latest notes practitioners wrote on this service when suggesting it, with
        their authors and times, newest first."""
        with self._db.read() as db:
            rows = db.execute(
                "SELECT s.note, s.noted_by, s.noted_at FROM decision_suggestions s "
                "JOIN decisions d ON d.id = s.decision_id "
                "WHERE s.service_id = ? AND s.note <> '' "
                "ORDER BY s.noted_at DESC, d.id DESC LIMIT ?",
                (service_id, limit),
            ).fetchall()
        return [ServiceNote(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def drafts_by(self, username: str) -> list[tuple[str, str]]:
        """The public id and reference of each letter this person has not yet sent."""
        with self._db.read() as db:
            rows = db.execute(
                "SELECT public_id, reference FROM decisions WHERE created_by = ? "
                "AND status IN (?, ?) ORDER BY id DESC",
                (username, *EDITABLE),
            ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    def open_decisions_by(self, username: str) -> list[Decision]:
        """This person's decisions not yet acknowledged (drafts, letters being sent, sent or
        not delivered), most recently recorded first."""
        with self._db.read() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM decisions WHERE created_by = ? AND status <> ? "
                "ORDER BY id DESC",
                (username, ACKNOWLEDGED),
            ).fetchall()
            return [self._read(db, row) for row in rows]

    def ids(self) -> list[int]:
        with self._db.read() as db:
            return [int(r[0]) for r in db.execute("SELECT id FROM decisions ORDER BY id")]

    def earlier(
        self, reference: str, before: int, within: timedelta = timedelta(days=365)
    ) -> list[Decision]:
        """Earlier decisions about the same referral or family reference within `within`."""
        since = utc_stamp(self._clock() - within)
        with self._db.read() as db:
            ids = [
                int(r[0])
                for r in db.execute(
                    "SELECT id FROM decisions WHERE reference = ? AND id <> ? AND created_at >= ? "
                    "ORDER BY id DESC",
                    (reference.strip().upper(), before, since),
                )
            ]
        return [d for d in (self.get(i) for i in ids) if d is not None]

    def worklist(self, working_days: int) -> tuple[list[WorkItem], list[WorkItem]]:
        """Decisions with no feedback sent after `working_days` working days, and letters
        sent that long ago and not acknowledged, most overdue first (see `manager.worklist`)."""
        with self._db.read() as db:
            return manager.worklist(db, self._clock().date(), working_days)

    def gaps(self, since: date, until: date) -> list[tuple[str, str, int]]:
        """Needs recorded in decisions between the dates (inclusive) for which no suitable
        local service existed, by the category each was read into and council area code:
        (category, area code, how many), most first (see `manager.gap_counts`)."""
        with self._db.read() as db:
            return manager.gap_counts(db, since, until)

    def unmet_needs(self, since: date, until: date) -> list[UnmetNeed]:
        """Each need of the decisions between the dates (inclusive) for which no suitable
        local service existed, with its words and how it was read (see `manager.unmet_needs`)."""
        with self._db.read() as db:
            return manager.unmet_needs(db, since, until)

    def purge(self, older_than: timedelta) -> list[str]:
        """Remove decisions (with their suggestions and trail) recorded before the retention
        period; the references removed. In SQLite the removed rows are overwritten in the file
        (`secure_delete`) and the write-ahead log is checkpointed and emptied, so their text
        is left neither in the database file nor in its -wal file (if another process keeps
        reading for the 30 s the checkpoint waits, the log is cleared at its next checkpoint,
        and a warning says so). In PostgreSQL they are deleted, and the server's vacuuming
        reclaims the space they took."""
        cutoff = utc_stamp(self._clock() - older_than)
        with self._db.transaction() as db:
            removed = self._remove_before(db, cutoff)
        self._db.scrub()
        return removed

    def _remove_before(self, db: Transaction, cutoff: str) -> list[str]:
        rows = db.execute(
            "SELECT id, reference FROM decisions WHERE created_at < ? ORDER BY id", (cutoff,)
        ).fetchall()
        if not rows:
            return []
        db.execute("INSERT INTO audit_purge (on_purpose) VALUES (1)")
        db.execute(
            "DELETE FROM decision_audit WHERE decision_id IN "
            "(SELECT id FROM decisions WHERE created_at < ?)",
            (cutoff,),
        )
        db.execute("DELETE FROM decisions WHERE created_at < ?", (cutoff,))
        db.execute("DELETE FROM audit_purge")
        return [str(r[1]) for r in rows]
