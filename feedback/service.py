"""The feedback workflow's operations, over the store, the directory, the matcher and mail."""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from appdb import AppDatabase
from directory.store import ServiceStore
from feedback.letter import (
    Letter,
    LetterService,
    LocalPolicy,
    compose_letter,
    letter_service,
    letter_text,
)
from feedback.links import make_token, read_token
from feedback.mailer import Mailer, MailError
from feedback.need_readings import ReadingChoice, change_words, corrected_facts
from feedback.records import ACKNOWLEDGED, SENT, Decision, Suggestion
from feedback.store import (
    MATCHED_ON,
    DetailsChange,
    FeedbackError,
    FeedbackStore,
    ReadingChange,
    changed_fields,
)
from matching.engine import Matcher
from matching.reading import NeedFacts
from matching.request import MatchRequest, MatchRequestError

SUGGESTED = 5
#: The decision's number, named by links sent before decisions had public ids.
_LEGACY_SUBJECT = re.compile(r"[0-9]{1,18}")


def app_secret(database: AppDatabase) -> bytes:
    """A random key kept in the application database, made on first use (once, however many
    instances start together), for signing links."""
    with database.transaction() as db:
        db.execute(
            "INSERT INTO app_secrets (name, value) VALUES ('links', ?) "
            "ON CONFLICT (name) DO NOTHING",
            (secrets.token_hex(32),),
        )
        row = db.execute("SELECT value FROM app_secrets WHERE name = 'links'").fetchone()
    assert row is not None
    return bytes.fromhex(str(row[0]))


@dataclass(frozen=True)
class Feedback:
    store: FeedbackStore
    directory: ServiceStore
    matcher: Matcher | None
    mailer: Mailer
    policy: LocalPolicy
    secret: bytes
    base_url: str
    link_lifetime: timedelta = timedelta(days=30)
    working_days: int = 5

    def propose(
        self, values: dict[str, object], facts: Sequence[NeedFacts | None] = ()
    ) -> list[Suggestion]:
        """The matcher's suggestions for the needs of a decision, with what practitioners
        confirmed of each need (`facts`, by need) over what the matcher reads. Records in
        `values` what it found for each need (`need_outcomes`: its categories, whether a
        suitable local service exists, and how it was read) and the family's council area
        (`la_code`)."""
        if self.matcher is None:
            return []
        given = tuple(facts) if any(f is not None for f in facts) else ()
        request = MatchRequest(
            needs=tuple(values["needs"]),  # type: ignore[arg-type]
            child_ages=tuple(values.get("child_ages") or ()),  # type: ignore[arg-type]
            postcode=str(values.get("postcode") or "") or None,
            limit=SUGGESTED,
            facts=given,
        )
        try:
            result = self.matcher.suggest(request)
            place = self.matcher.place_of(request.postcode)
        except MatchRequestError as error:  # an unknown postcode: propose without it
            if any(e.field != "postcode" for e in error.errors):
                raise
            result = self.matcher.suggest(
                MatchRequest(
                    needs=request.needs,
                    child_ages=request.child_ages,
                    limit=SUGGESTED,
                    facts=given,
                )
            )
            place = None
        values["need_outcomes"] = [
            {
                "need": n.text,
                "categories": list(n.categories),
                "matched": n.matched,
                **({"reading": n.reading.as_dict()} if n.reading is not None else {}),
            }
            for n in result.needs
        ]
        values["la_code"] = place.la_code if place else ""
        return [
            Suggestion(s.service_id, s.name, needs_met=s.needs_met, reasons=s.reasons)
            for s in result.suggestions
        ]

    def readings(self, decision: Decision) -> list[dict[str, Any] | None]:
        """How each need of the decision was read: as recorded when the matcher last ran, or,
        for a decision recorded before readings were kept, as the matcher reads it now (with
        what practitioners confirmed). None for a need that cannot be read (no matcher)."""
        stored: list[dict[str, Any] | None] = [None] * len(decision.needs)
        for n, outcome in enumerate(decision.need_outcomes[: len(decision.needs)]):
            reading = outcome.get("reading")
            if isinstance(reading, dict) and outcome.get("need") == decision.needs[n]:
                stored[n] = reading
        missing = [n for n, reading in enumerate(stored) if reading is None]
        if missing and self.matcher is not None:
            read, _ = self.matcher.reader.read(
                [decision.needs[n] for n in missing], [decision.facts_of(n) for n in missing]
            )
            for n, reading in zip(missing, read, strict=True):
                stored[n] = reading.as_dict()
        return stored

    def correct_reading(
        self, decision: Decision, index: int, choice: ReadingChoice, by: str
    ) -> bool:
        """Record how a practitioner says need `index` (from 0) should be read, run the
        matcher again with it, and put its suggestions in place of its earlier ones (see
        `FeedbackStore.change_reading`). False if nothing was changed (nothing is stored);
        FeedbackError if the letter can no longer change or there is no matcher."""
        if self.matcher is None:
            raise FeedbackError("the matcher is not running, so needs cannot be read again")
        reading = self.readings(decision)[index]
        before = ReadingChoice.of(reading or {})
        detail = change_words(before, choice)
        if not detail:
            return False
        facts = corrected_facts(decision.facts_of(index), before, choice)
        every = [decision.facts_of(n) for n in range(len(decision.needs))]
        every[index] = facts
        values: dict[str, object] = {
            "needs": decision.needs,
            "child_ages": decision.child_ages,
            "postcode": decision.postcode,
        }
        proposed = self.propose(values, every)
        change = ReadingChange(
            index=index,
            need=decision.needs[index],
            facts=facts,
            expected=decision.need_facts,
            outcomes=list(values["need_outcomes"]),  # type: ignore[call-overload]
            la_code=str(values["la_code"]),
            proposed=proposed,
            detail=detail,
        )
        self.store.change_reading(decision.id, change, by)
        return True

    def correct_details(self, decision: Decision, values: dict[str, object], by: str) -> bool:
        """Correct the decision's details (`values` as `parse_decision` gives them), running
        the matcher again when the needs, ages or postcode changed; see
        `FeedbackStore.correct_details`. False when nothing changed (nothing is stored);
        FeedbackError if the letter is being sent just now."""
        changes = changed_fields(decision, values)
        if not changes:
            return False
        change = DetailsChange(values=values, detail="; ".join(changes))
        rematch = any(values.get(name) != getattr(decision, name) for name in MATCHED_ON)
        if rematch and self.matcher is not None:
            needs: tuple[str, ...] = tuple(values["needs"])  # type: ignore[arg-type]
            facts = [
                decision.facts_of(decision.needs.index(need)) if need in decision.needs else None
                for need in needs
            ]
            found: dict[str, object] = dict(values)
            proposed = self.propose(found, facts)
            change = DetailsChange(
                values=values,
                detail=change.detail,
                proposed=proposed,
                outcomes=list(found["need_outcomes"]),  # type: ignore[call-overload]
                la_code=str(found["la_code"]),
            )
        self.store.correct_details(decision.id, change, by)
        return True

    def letter_services(self, decision: Decision) -> list[LetterService]:
        out = []
        found = self.directory.get_many([s.service_id for s in decision.suggestions])
        for suggestion in decision.suggestions:
            stored = found.get(suggestion.service_id)
            if stored is not None:
                out.append(
                    letter_service(
                        stored.service, suggestion.note, self.base_url, suggestion.needs_met
                    )
                )
        return out

    def letter(self, decision: Decision, sender: str, acknowledge_url: str) -> Letter:
        """The letter for the decision as it stands: dated the day it was sent once sent,
        else today."""
        dated = self.store.now().date()
        if decision.sent_at and decision.status in (SENT, ACKNOWLEDGED):
            dated = date.fromisoformat(decision.sent_at[:10])
        return compose_letter(
            decision, self.letter_services(decision), self.policy, acknowledge_url, sender, dated
        )

    def subject(self, decision: Decision) -> str:
        """The email's subject: the protective marking first, when the council sets one."""
        words = f"Referral {decision.reference}: our decision and other support"
        if decision.corrects:
            words = f"Corrected letter: {words}"
        marking = self.policy.protective_marking
        return f"{marking}: {words}" if marking else words

    def acknowledge_url(self, decision: Decision) -> str:
        token = make_token(self.secret, decision.public_id, self.store.now(), self.link_lifetime)
        return f"{self.base_url}/acknowledge/{token}"

    def text(self, decision: Decision, sender: str) -> str:
        return letter_text(self.letter(decision, sender, self.acknowledge_url(decision)))

    def send(self, decision_id: int, sender: str, by: str) -> bool:
        """Email the letter, once however many ask at the same time: the letter is claimed
        first, and only the caller that claimed it sends it. On a mail failure the letter is
        kept, marked delivery failed, and can be sent again. Whether it was handed to the
        mail server; FeedbackError if it is being sent or has been."""
        decision = self.store.claim_for_sending(decision_id, by)
        try:
            self.mailer.send(
                decision.referrer_email, self.subject(decision), self.text(decision, sender)
            )
        except MailError as error:
            self.store.finish_sending(decision.id, False, by, str(error))
            return False
        except BaseException as error:
            self.store.finish_sending(decision.id, False, by, f"not sent: {error!r}")
            raise
        self.store.finish_sending(decision.id, True, by, f"emailed to {decision.referrer_email}")
        return True

    def decision_for_link(self, token: str) -> Decision:
        """The decision an acknowledgement link is for; LinkError if it is not valid,
        FeedbackError if the decision is no longer kept. Links sent before decisions had
        public ids name the decision's number, and still work until they expire."""
        subject = read_token(self.secret, token, self.store.now())
        if _LEGACY_SUBJECT.fullmatch(subject):
            return self.store.require(int(subject))
        found = self.store.find(subject)
        if found is None:
            raise FeedbackError("there is no such decision; contact the duty team instead")
        return found
