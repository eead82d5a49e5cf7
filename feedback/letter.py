"""The feedback letter to the referrer, in plain English, as Working Together asks: the
decision and the reasons, other sources of more suitable support for each need and how to
reach each, the needs with no local service, who will contact the family next, the offer of a
conversation with the duty team, and how to escalate a disagreement.

All the letter's words are made here, once, as a `Letter`: the page and the PDF show its
parts (one template, `staff/_letter_body.html`), and the email is `letter_text` of it, so
the three say the same."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from directory.access import for_practitioner
from directory.contact_ways import service_phones
from directory.opening_times import opening_times
from directory.records import Service
from feedback.records import DECISIONS, Decision


@dataclass(frozen=True)
class LocalPolicy:
    """What the council sets: the team's name and contact, the threshold document, the
    escalation route, who offers early help, and the protective marking of letters."""

    team: str = "Children's Services Front Door"
    council: str = "Bath and North East Somerset Council"
    duty_phone: str = "01225 396111"
    duty_email: str = "frontdoor@example.gov.uk"
    threshold_document: str = "Continuum of Need: threshold guidance for children's services"
    threshold_level: str = "Level 2 (early help): below the threshold for statutory social care"
    threshold_url: str = "https://www.example.gov.uk/threshold-document"
    escalation: str = (
        "If you disagree with this decision, first ask to speak to the duty team manager. If "
        "you still disagree, follow the escalation (professional challenge) procedure of the "
        "local safeguarding children partnership."
    )
    early_help_team: str = "the Early Help team"
    #: Put before the subject and at the top of the letter (for example OFFICIAL-SENSITIVE);
    #: empty for none.
    protective_marking: str = ""


@dataclass(frozen=True)
class LetterService:
    """A suggested service as the letter shows it. `addresses` are only the published ones
    (never a confidential place's)."""

    name: str
    organisation: str
    access: str
    contact: list[str]
    note: str
    url: str
    addresses: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    cost: str = ""
    #: The needs (numbers from 0) it is suggested for.
    needs_met: tuple[int, ...] = ()


@dataclass(frozen=True)
class Block:
    """A piece of the letter: a paragraph of one or more lines, under a `title` when it has
    one (a need, a service)."""

    lines: tuple[str, ...]
    title: str = ""
    level: int = 3


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Letter:
    """Everything the letter says, in order."""

    marking: str
    sender_lines: tuple[str, ...]
    dated: str
    addressee: tuple[str, ...]
    title: str
    correction: str
    salutation: str
    sections: tuple[Section, ...]
    closing: tuple[str, ...]


def _cost(service: Service) -> str:
    fees = " ".join(service.fees_description.split())
    if service.free is True:
        said = fees.lower().startswith("free")
        return fees if said else "Free" + (f" ({fees})" if fees else "")
    if fees:
        return fees
    return "Charges may apply: ask the service" if service.free is False else ""


def letter_service(
    service: Service, note: str, base_url: str, needs_met: tuple[int, ...] = ()
) -> LetterService:
    """A service as the letter shows it: how to reach it, its published addresses (a
    confidential place's never), its times and its cost."""
    record = service.record
    contact = [f"Phone {phone['number']}" for phone in service_phones(record)]
    if record.get("email"):
        contact.append(f"Email {record['email']}")
    if record.get("url"):
        contact.append(f"Website {record['url']}")
    addresses = [
        ", ".join(p for p in (place.address, place.postcode or "") if p)
        for place in service.locations
        if not place.hide_address and (place.address or place.postcode)
    ]
    hidden = any(place.hide_address for place in service.locations)
    return LetterService(
        name=service.name,
        organisation=service.organization_name,
        access=for_practitioner(service),
        contact=contact,
        note=note,
        url=f"{base_url}/services/{service.id}",
        addresses=list(dict.fromkeys(addresses)),
        # A confidential place's times would name it: only the service's own then.
        times=opening_times({"schedules": record.get("schedules")} if hidden else record),
        cost=_cost(service),
        needs_met=needs_met,
    )


def _outcome(decision: Decision, policy: LocalPolicy) -> tuple[str, str]:
    """What the decision means, and who will contact the family next, for each outcome:
    a step-down to early help is not "no further action" for the family."""
    team = policy.early_help_team
    if decision.decision == "nfa-early-help":
        meaning = (
            "The referral does not meet the threshold for children's social care, so "
            "children's social care will not be involved. We think the family would benefit "
            "from early help, and are stepping the referral down to "
            f"{team}."
        )
        if decision.consent == "yes":
            following = (
                f"The family agreed to an early help referral: {team} will contact the family "
                "to offer support. Please let the family know to expect this."
            )
        else:
            asked = "did not agree to" if decision.consent == "no" else "was not asked about"
            following = (
                f"The family {asked} "
                f"an early help referral, so {team} will not contact them. Please talk with the "
                "family about the support below; with their agreement, you or they can contact "
                "the services directly."
            )
    elif decision.decision == "nfa-universal":
        meaning = (
            "The referral does not meet the threshold for children's social care. We think "
            "the family's needs can be met by universal services, such as their school, GP, "
            "health visitor or family hub."
        )
        following = (
            "Children's social care will not contact the family about this referral. Please "
            "talk with the family about the support below."
        )
    else:
        meaning = (
            "The referral does not meet the threshold for children's social care, so "
            "children's social care will take no further action."
        )
        following = (
            "Children's social care will not contact the family about this referral. Please "
            "talk with the family about the support below, if you think it will help them."
        )
    return meaning, following


def _service_block(number: int, service: LetterService) -> Block:
    lines = [service.access, *service.contact]
    lines += [f"Address: {a}" for a in service.addresses]
    lines += [f"Times: {t}" for t in service.times]
    if service.cost:
        lines.append(f"Cost: {service.cost}")
    if service.note:
        lines.append(f"Note: {service.note}")
    lines.append(f"More: {service.url}")
    return Block(tuple(lines), f"{number}. {service.name} ({service.organisation})", 4)


def _read_as_outside(decision: Decision, n: int) -> bool:
    """Whether need `n` was read as asking for what no early-help service offers (as the
    matcher read it, or as it stands after a practitioner's correction)."""
    if n >= len(decision.need_outcomes):
        return False
    reading = decision.need_outcomes[n].get("reading")
    return isinstance(reading, dict) and reading.get("outside") is True


def _support(
    decision: Decision, services: list[LetterService]
) -> tuple[list[Section], list[tuple[int, str]]]:
    """The sections of support, one block per need with its services (a service suggested
    for several needs is described under the first and named under the others), then the
    services not suggested for any need; and the needs with no service (with their
    numbers)."""
    described: dict[int, int] = {}
    blocks: list[Block] = []
    unmatched: list[tuple[int, str]] = []
    counter = 0
    for n, need in enumerate(decision.needs):
        mine = [i for i, s in enumerate(services) if n in s.needs_met]
        if not mine:
            unmatched.append((n, need))
            continue
        blocks.append(Block((), f"Need {n + 1}: {need}", 3))
        for i in mine:
            if i in described:
                blocks.append(Block((f"{services[i].name}: see {described[i]} above.",), "", 4))
                continue
            counter += 1
            described[i] = counter
            blocks.append(_service_block(counter, services[i]))
    rest = [i for i in range(len(services)) if i not in described]
    sections = []
    if blocks:
        sections.append(Section("Support for each need", tuple(blocks)))
    if rest:
        others = []
        for i in rest:
            counter += 1
            others.append(_service_block(counter, services[i]))
        heading = "Other support that may help the family"
        sections.append(Section(heading, tuple(others)))
    return sections, unmatched


def _day(moment: date) -> str:
    return moment.strftime("%-d %B %Y")


def compose_letter(
    decision: Decision,
    services: list[LetterService],
    policy: LocalPolicy,
    acknowledge_url: str,
    sender: str,
    dated: date,
) -> Letter:
    """The letter for the decision, dated `dated`, with the services in the order chosen."""
    label = DECISIONS.get(decision.decision, decision.decision)
    meaning, following = _outcome(decision, policy)
    correction = ""
    if decision.corrects:
        earlier = datetime.strptime(decision.corrects[:10], "%Y-%m-%d").date()
        correction = (
            f"Corrected letter: this letter replaces our letter of {_day(earlier)} about "
            "this referral, which had details that were not right. Please use this one."
        )
    sections = [
        Section(
            "",
            (
                Block(
                    (
                        f"Referral reference: {decision.reference}",
                        f"Decision: {label}, on {_day(decision.decided_on)}.",
                    )
                ),
                Block(
                    (
                        "Thank you for your referral. We have looked at what you told us and at "
                        "what we know about the family. " + meaning,
                    )
                ),
            ),
        ),
        Section(
            "Why the threshold was not met",
            (
                Block((decision.reason,)),
                Block(
                    (
                        "We made this decision using the local threshold document, "
                        f"{policy.threshold_document}: {policy.threshold_url}",
                        f"Threshold level: {policy.threshold_level}.",
                    )
                ),
            ),
        ),
    ]
    if decision.message:
        sections.append(Section("", (Block((decision.message,)),)))
    support, unmet = _support(decision, services)
    sections += support
    read_outside = {n: _read_as_outside(decision, n) for n, _ in unmet}
    outside = [need for n, need in unmet if read_outside[n]]
    unmatched = [need for n, need in unmet if not read_outside[n]]
    if outside:
        sections.append(
            Section(
                "Needs that local early-help services do not meet",
                (
                    Block(
                        (
                            f"Local early-help services do not usually offer what was asked "
                            f"for in: {'; '.join(outside)}. They give advice, support, groups "
                            "and courses, and help with applying for grants and benefits.",
                        )
                    ),
                ),
            )
        )
    if unmatched:
        listed = "; ".join(unmatched)
        sections.append(
            Section(
                "Needs with no local service",
                (
                    Block(
                        (
                            f"We could not find a local service for: {listed}. This has been "
                            "recorded so that commissioners can see the gap.",
                        )
                    ),
                ),
            )
        )
    sections += [
        Section("What happens next", (Block((following,)),)),
        Section(
            "Talk to us",
            (
                Block(
                    (
                        "If you would like to talk this through, the duty team is happy to have "
                        f"a professional conversation: phone {policy.duty_phone} or email "
                        f"{policy.duty_email}.",
                    )
                ),
                Block((policy.escalation,)),
                Block(
                    (
                        "Please tell us you have received this letter, and whether the family "
                        f"will take up the offer, here: {acknowledge_url}",
                    )
                ),
            ),
        ),
    ]
    addressee = tuple(
        line
        for line in (
            decision.referrer_name,
            decision.referrer_role,
            decision.referrer_organisation,
        )
        if line
    )
    return Letter(
        marking=policy.protective_marking,
        sender_lines=(policy.team, policy.council, policy.duty_phone, policy.duty_email),
        dated=_day(dated),
        addressee=addressee,
        title=f"Referral {decision.reference}: our decision",
        correction=correction,
        salutation=f"Dear {decision.referrer_name},",
        sections=tuple(sections),
        closing=("Yours sincerely,", sender, f"{policy.team}, {policy.council}"),
    )


def letter_text(letter: Letter) -> str:
    """The letter as plain text (the email's body): the same parts as the page and the PDF."""
    parts: list[str] = []
    if letter.marking:
        parts.append(letter.marking)
    parts += ["\n".join(letter.sender_lines), letter.dated, "\n".join(letter.addressee)]
    if letter.correction:
        parts.append(letter.correction)
    parts += [letter.title, letter.salutation]
    for section in letter.sections:
        if section.heading:
            parts.append(section.heading.upper())
        for block in section.blocks:
            parts.append("\n".join(([block.title] if block.title else []) + list(block.lines)))
    parts.append("\n".join(letter.closing))
    if letter.marking:
        parts.append(letter.marking)
    return "\n\n".join(parts) + "\n"
