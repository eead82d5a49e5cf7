"""A no-further-action decision as the duty team records it, and the services suggested."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

DRAFT, SENT, FAILED, ACKNOWLEDGED = "draft", "sent", "delivery failed", "acknowledged"
STATUSES = (DRAFT, SENT, FAILED, ACKNOWLEDGED)
DECISIONS = {
    "nfa": "No further action",
    "nfa-early-help": "No further action: step down to early help",
    "nfa-universal": "No further action: universal services",
}
CONSENT = {"yes": "Yes", "no": "No", "not-asked": "Not asked"}
MAX_NEEDS = 10
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Suggestion:
    service_id: str
    service_name: str
    note: str = ""
    added_by: str = "matcher"


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
    id: int = 0
    status: str = DRAFT
    created_by: str = ""
    created_at: str = ""
    sent_at: str | None = None
    acknowledged_at: str | None = None
    take_up: str | None = None
    suggestions: tuple[Suggestion, ...] = field(default_factory=tuple)
    #: For each need: its categories and whether a suitable local service existed.
    need_outcomes: tuple[dict[str, object], ...] = ()
    la_code: str = ""


def parse_decision(form: dict[str, str]) -> tuple[dict[str, object], dict[str, str]]:
    """The decision's fields from the form, and what is wrong with them by field."""
    errors: dict[str, str] = {}
    text = {k: str(v).strip() for k, v in form.items()}
    for key, label in (
        ("reference", "the referral reference"),
        ("referrer_name", "the referrer's name"),
        ("referrer_organisation", "the referrer's organisation"),
        ("reason", "why the threshold was not met"),
    ):
        if not text.get(key):
            errors[key] = f"Enter {label}"
    if not _EMAIL.match(text.get("referrer_email", "")):
        errors["referrer_email"] = "Enter the referrer's email address, like name@example.com"
    if text.get("decision") not in DECISIONS:
        errors["decision"] = "Select the decision"
    try:
        decided_on = date.fromisoformat(text.get("decided_on", ""))
    except ValueError:
        decided_on = date.today()
        errors["decided_on"] = "Enter the date of the decision, like 2026-11-22"
    needs = tuple(n.strip() for n in text.get("needs", "").splitlines() if n.strip())
    if not needs:
        errors["needs"] = "Enter at least one need, one on each line"
    elif len(needs) > MAX_NEEDS or any(len(n) > 500 for n in needs):
        errors["needs"] = f"Enter up to {MAX_NEEDS} needs of up to 500 characters each"
    ages: list[int] = []
    for part in re.split(r"[,\s]+", text.get("child_ages", "")):
        if not part:
            continue
        if not part.isdigit() or int(part) > 25:
            errors["child_ages"] = "Enter the children's ages as numbers, like 6, 2"
            break
        ages.append(int(part))
    if text.get("consent", "not-asked") not in CONSENT:
        errors["consent"] = "Select whether the family consented"
    values: dict[str, object] = {
        "reference": text.get("reference", "")[:60],
        "referrer_name": text.get("referrer_name", "")[:120],
        "referrer_role": text.get("referrer_role", "")[:120],
        "referrer_organisation": text.get("referrer_organisation", "")[:160],
        "referrer_email": text.get("referrer_email", "")[:254],
        "decision": text.get("decision", ""),
        "decided_on": decided_on,
        "reason": text.get("reason", "")[:3000],
        "needs": needs,
        "child_ages": tuple(ages),
        "postcode": text.get("postcode", "").upper()[:10],
        "language": text.get("language", "")[:40],
        "interpreter": text.get("interpreter") == "yes",
        "consent": text.get("consent", "not-asked"),
    }
    return values, errors
