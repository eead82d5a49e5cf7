"""How a family gets a service: by contacting it themselves, or through a professional's
referral. Read from a listing in one place, and worded here for each reader: the family on
the public pages, the practitioner in the feedback letter, staff in a suggestion's reasons."""

from __future__ import annotations

import re
from dataclasses import dataclass

from directory.records import Service

SELF_REFERRAL_FLAG = "self-referral"
PROFESSIONAL_REFERRAL_FLAG = "professional-referral"
_SELF = re.compile(
    r"refer (yourself|themselves|themself)|self[- ]referr?al|self[- ]refer|drop[- ]in|"
    r"just (come|turn up|call)|no referral (is )?needed",
    re.IGNORECASE,
)
_PROFESSIONAL = re.compile(
    r"referr?al (from|by|through) (a|an|your|the)|must be referred|professional referral|"
    r"referred by (a|an|your)|referral only",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Routes:
    """The ways into a service a listing states."""

    self_referral: bool
    professional_referral: bool

    @classmethod
    def flagged(cls, service: Service) -> Routes:
        """Only what the listing's flags say (an editor or a feed confirmed them)."""
        return cls(SELF_REFERRAL_FLAG in service.flags, PROFESSIONAL_REFERRAL_FLAG in service.flags)

    @classmethod
    def read(cls, service: Service) -> Routes:
        """The flags, or else what the listing's "how to get it" text says."""
        said = service.application_process
        flagged = cls.flagged(service)
        return cls(
            flagged.self_referral or bool(_SELF.search(said)),
            flagged.professional_referral or bool(_PROFESSIONAL.search(said)),
        )


def for_family(service: Service) -> list[str]:
    """The public pages' lines, addressed to the family (none when no flag says)."""
    routes = Routes.flagged(service)
    lines = []
    if routes.self_referral:
        lines.append("You can contact the service yourself")
    if routes.professional_referral:
        lines.append("A professional (such as a GP, health visitor or school) can refer you")
    return lines


def for_practitioner(service: Service) -> str:
    """The feedback letter's line, addressed to the practitioner: from the flags, else the
    listing's own words, else a prompt to ask."""
    routes = Routes.flagged(service)
    if routes.self_referral and routes.professional_referral:
        return "The family can contact the service themselves, or you can refer them."
    if routes.professional_referral:
        return "A professional referral is needed: you can refer the family."
    if routes.self_referral:
        return "The family can contact the service themselves."
    return service.application_process or "Contact the service to ask how to get help."


def for_staff(service: Service) -> str | None:
    """A suggestion's reason and the staff view's referral route, from the flags or the
    listing's text; None when neither says."""
    routes = Routes.read(service)
    if routes.self_referral and routes.professional_referral:
        return "Families can refer themselves, or a professional can refer them"
    if routes.self_referral:
        return "Families can refer themselves"
    if routes.professional_referral:
        return "Needs a referral from a professional"
    return None
