"""The feedback letter to the referrer, in plain English, as Working Together asks: the
decision and the reasons, other sources of more suitable support and how to reach each, the
offer of a conversation with the duty team, and how to escalate a disagreement."""

from __future__ import annotations

from dataclasses import dataclass

from directory.contact_ways import service_phones
from directory.records import Service
from feedback.records import DECISIONS, Decision


@dataclass(frozen=True)
class LocalPolicy:
    """What the council sets: the team's name and contact, the threshold document and the
    escalation route."""

    team: str = "Children's Services Front Door"
    council: str = "Bath and North East Somerset Council"
    duty_phone: str = "01225 396111"
    duty_email: str = "frontdoor@example.gov.uk"
    threshold_level: str = "Level 2 (early help): below the threshold for statutory social care"
    threshold_url: str = "https://www.example.gov.uk/threshold-document"
    escalation: str = (
        "If you disagree with this decision, first ask to speak to the duty team manager. If "
        "you still disagree, follow the escalation (professional challenge) procedure of the "
        "local safeguarding children partnership."
    )


@dataclass(frozen=True)
class LetterService:
    """A suggested service as the letter shows it."""

    name: str
    organisation: str
    access: str
    contact: list[str]
    note: str
    url: str


def how_to_access(service: Service) -> str:
    if "self-referral" in service.flags and "professional-referral" in service.flags:
        return "The family can contact the service themselves, or you can refer them."
    if "professional-referral" in service.flags:
        return "A professional referral is needed: you can refer the family."
    if "self-referral" in service.flags:
        return "The family can contact the service themselves."
    return service.application_process or "Contact the service to ask how to get help."


def letter_service(service: Service, note: str, base_url: str) -> LetterService:
    record = service.record
    contact = [f"Phone {phone['number']}" for phone in service_phones(record)]
    if record.get("email"):
        contact.append(f"Email {record['email']}")
    if record.get("url"):
        contact.append(f"Website {record['url']}")
    return LetterService(
        name=service.name,
        organisation=service.organization_name,
        access=how_to_access(service),
        contact=contact,
        note=note,
        url=f"{base_url}/services/{service.id}",
    )


def letter_text(
    decision: Decision,
    services: list[LetterService],
    policy: LocalPolicy,
    acknowledge_url: str,
    sender: str,
) -> str:
    """The letter as plain text (the email's body)."""
    lines = [
        f"Dear {decision.referrer_name},",
        "",
        f"Referral reference: {decision.reference}",
        f"Decision: {DECISIONS.get(decision.decision, decision.decision)}, on "
        f"{decision.decided_on.strftime('%-d %B %Y')}",
        "",
        "Thank you for your referral. We have looked at what you told us and at what we know "
        "about the family. The referral does not meet the threshold for children's social "
        "care, so we will take no further action.",
        "",
        "Why the threshold was not met:",
        decision.reason,
        "",
        f"Threshold level: {policy.threshold_level}. The local threshold document is at "
        f"{policy.threshold_url}",
    ]
    if decision.message:
        lines += ["", decision.message]
    if services:
        lines += ["", "Other support that may help the family:"]
        for number, service in enumerate(services, start=1):
            lines += ["", f"{number}. {service.name} ({service.organisation})", service.access]
            lines += service.contact
            if service.note:
                lines.append(f"Note: {service.note}")
            lines.append(f"More: {service.url}")
    else:
        lines += [
            "",
            "We did not find a suitable local service for the needs you described. We have "
            "recorded this so that the council knows where support is missing.",
        ]
    lines += [
        "",
        f"If you would like to talk this through, the duty team is happy to have a "
        f"professional conversation: phone {policy.duty_phone} or email {policy.duty_email}.",
        "",
        policy.escalation,
        "",
        "Please tell us you have received this letter, and whether the family will take up "
        f"the offer, here: {acknowledge_url}",
        "",
        "Yours sincerely,",
        sender,
        f"{policy.team}, {policy.council}",
    ]
    return "\n".join(lines) + "\n"
