"""A no-further-action decision as the duty team records it, and the services suggested."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field, replace
from datetime import date

from feedback.checks import email_problem, sentence, text_problem
from matching.reading import NeedFacts
from matching.request import LIMITS

DRAFT, SENDING, SENT = "draft", "sending", "sent"
FAILED, ACKNOWLEDGED = "delivery failed", "acknowledged"
STATUSES = (DRAFT, SENDING, SENT, FAILED, ACKNOWLEDGED)
#: A letter in these states can still be changed and sent.
EDITABLE = (DRAFT, FAILED)
DECISIONS = {
    "nfa": "No further action",
    "nfa-early-help": "No further action: step down to early help",
    "nfa-universal": "No further action: universal services",
}
CONSENT = {"yes": "Yes", "no": "No", "not-asked": "Not asked"}
#: An age as typed: no more digits than the oldest age a match request takes.
_AGE = re.compile(rf"[0-9]{{1,{len(str(LIMITS.child_age))}}}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Suggestion:
    """A service suggested in a letter: who added it ("matcher" for the matcher's proposals),
    and the practitioner's note with who wrote it (a username) and when (UTC, ISO 8601)."""

    service_id: str
    service_name: str
    note: str = ""
    added_by: str = "matcher"
    noted_by: str = ""
    noted_at: str = ""
    #: The needs (numbers from 0) the service is suggested for: the matcher's, or the need a
    #: practitioner added it against (none when added without one).
    needs_met: tuple[int, ...] = ()
    #: Why the matcher suggested it, in words a practitioner can check (none when added by
    #: hand).
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    """What the letter needs, and nothing more: no child's name is asked for."""

    reference: str
    referrer_name: str
    referrer_role: str
    referrer_organisation: str
    referrer_email: str
    decision: str
    decided_on: date
    reason: str
    needs: tuple[str, ...]
    child_ages: tuple[int, ...] = ()
    postcode: str = ""
    language: str = ""
    interpreter: bool = False
    consent: str = "not-asked"
    message: str = ""
    #: The internal number; never shown, never in an address.
    id: int = 0
    #: The random id that addresses, links and letters use.
    public_id: str = ""
    status: str = DRAFT
    created_by: str = ""
    created_at: str = ""
    sent_at: str | None = None
    acknowledged_at: str | None = None
    take_up: str | None = None
    #: What the referrer added when they answered (empty if nothing).
    take_up_comment: str = ""
    #: When the letter this one corrects was sent (UTC, ISO 8601); empty if it corrects none.
    corrects: str = ""
    suggestions: tuple[Suggestion, ...] = field(default_factory=tuple)
    #: For each need: its categories, whether a suitable local service existed, and how it
    #: was read (`reading`, the matcher's reading; absent in decisions made before readings
    #: were kept).
    need_outcomes: tuple[dict[str, object], ...] = ()
    la_code: str = ""
    #: For each need: what a practitioner confirmed of how it was read (None: nothing).
    need_facts: tuple[NeedFacts | None, ...] = ()

    def facts_of(self, index: int) -> NeedFacts | None:
        return self.need_facts[index] if index < len(self.need_facts) else None


def with_proposals(current: list[Suggestion], proposed: list[Suggestion]) -> list[Suggestion]:
    """The suggestions after the matcher proposed again: its new proposals in its order (each
    keeping the note a practitioner wrote on it, with the needs and reasons it has now),
    then the services practitioners added by hand that it did not propose, in their order.
    The matcher's earlier proposals that it no longer makes are left out."""
    kept = {s.service_id: s for s in current}
    out = [
        replace(kept[p.service_id], needs_met=p.needs_met, reasons=p.reasons)
        if p.service_id in kept
        else p
        for p in proposed
    ]
    chosen = {s.service_id for s in out}
    out += [s for s in current if s.added_by != "matcher" and s.service_id not in chosen]
    return out


@dataclass(frozen=True)
class TextField:
    """A text field of the decision form: its label in messages, its longest length, and
    whether it may hold several lines."""

    label: str
    max_length: int
    multi_line: bool = False


TEXT_FIELDS = {
    "reference": TextField("the referral reference", 60),
    "referrer_name": TextField("the referrer's name", 120),
    "referrer_role": TextField("the referrer's role", 120),
    "referrer_organisation": TextField("the referrer's organisation", 160),
    "referrer_email": TextField("the referrer's email address", 254),
    "decided_on": TextField("the date of the decision", 10),
    "reason": TextField("why the threshold was not met", 3000, multi_line=True),
    "needs": TextField("the needs identified", 20_000, multi_line=True),
    "child_ages": TextField("the children's ages", 200),
    "postcode": TextField("the family's postcode", 10),
    "language": TextField("the family's language", 40),
    "decision": TextField("the decision", 40),
    "consent": TextField("whether the family consented", 40),
}
#: What to say when a field that must be filled is empty.
_REQUIRED = {
    "reference": "Enter the referral reference",
    "referrer_name": "Enter the referrer's name",
    "referrer_organisation": "Enter the referrer's organisation",
    "reason": "Enter why the threshold was not met",
    "needs": "Enter at least one need, one on each line",
}


def field_problem(name: str, text: str) -> str | None:
    """What is wrong with the characters, presence or length of one text field; None if
    nothing. The field's own rules (an email address, a date, ages) are checked after."""
    spec = TEXT_FIELDS[name]
    problem = text_problem(text, spec.label, spec.multi_line)
    if problem:
        return problem
    if not text and name in _REQUIRED:
        return _REQUIRED[name]
    if len(text) > spec.max_length:
        return f"{sentence(spec.label)} must be {spec.max_length} characters or fewer"
    return None


def parse_needs(text: str) -> tuple[tuple[str, ...], str | None]:
    """The needs, one a line, and what is wrong with them: as many, and as long, as the match
    request takes (`LIMITS`), since the needs go to the matcher."""
    needs = tuple(n.strip() for n in text.splitlines() if n.strip())
    if not needs:
        return (), "Enter at least one need, one on each line"
    if len(needs) > LIMITS.needs or any(len(n) > LIMITS.need_length for n in needs):
        return needs, (
            f"Enter up to {LIMITS.needs} needs of up to {LIMITS.need_length} characters each, "
            "one on each line"
        )
    return needs, None


def parse_ages(text: str) -> tuple[tuple[int, ...], str | None]:
    """The children's ages ("6, 2") and what is wrong with them: as many children, and ages as
    high, as the match request takes (`LIMITS`), each age a whole number in the digits 0-9
    (not "²", "1e9" or 5,000 digits)."""
    parts = [p for p in re.split(r"[,\s]+", text) if p]
    if len(parts) > LIMITS.children:
        return (), f"Enter the ages of up to {LIMITS.children} children"
    if not all(_AGE.fullmatch(p) and int(p) <= LIMITS.child_age for p in parts):
        return (), (
            f"Enter the children's ages as whole numbers from 0 to {LIMITS.child_age}, like 6, 2"
        )
    return tuple(int(p) for p in parts), None


def parse_date(text: str) -> tuple[date | None, str | None]:
    """The decision's date, written like 2026-11-22, and what is wrong with it."""
    if _DATE.fullmatch(text):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(text), None
    return None, "Enter the date of the decision, like 2026-11-22"


def _field_rules(text: dict[str, str]) -> tuple[dict[str, object], dict[str, str]]:
    """The values of the fields with rules of their own, and what is wrong with them."""
    needs, needs_problem = parse_needs(text.get("needs", ""))
    ages, ages_problem = parse_ages(text.get("child_ages", ""))
    decided_on, date_problem = parse_date(text.get("decided_on", ""))
    problems = {
        "needs": needs_problem,
        "child_ages": ages_problem,
        "decided_on": date_problem,
        "referrer_email": email_problem(text.get("referrer_email", "")),
        "decision": None if text.get("decision") in DECISIONS else "Select the decision",
        "consent": None
        if text.get("consent", "not-asked") in CONSENT
        else "Select whether the family consented",
    }
    values: dict[str, object] = {"needs": needs, "child_ages": ages, "decided_on": decided_on}
    return values, {name: problem for name, problem in problems.items() if problem}


def parse_decision(form: dict[str, str]) -> tuple[dict[str, object], dict[str, str]]:
    """The decision's fields from the form, and what is wrong with them by field (each
    message names the field). Nothing typed is shortened or changed but for the spaces
    around it and the postcode's capitals."""
    text = {k: str(v).strip() for k, v in form.items()}
    values, errors = _field_rules(text)
    for name in TEXT_FIELDS:
        problem = field_problem(name, text.get(name, ""))
        if problem:
            errors[name] = problem  # the characters' problem comes before the field's rule
    values |= {
        "reference": text.get("reference", ""),
        "referrer_name": text.get("referrer_name", ""),
        "referrer_role": text.get("referrer_role", ""),
        "referrer_organisation": text.get("referrer_organisation", ""),
        "referrer_email": text.get("referrer_email", ""),
        "decision": text.get("decision", ""),
        "reason": text.get("reason", ""),
        "postcode": text.get("postcode", "").upper(),
        "language": text.get("language", ""),
        "interpreter": text.get("interpreter") == "yes",
        "consent": text.get("consent", "not-asked"),
    }
    return values, errors
