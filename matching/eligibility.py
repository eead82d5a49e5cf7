"""Structured eligibility read from a listing's prose: who can use a service, as fields an
editor can confirm and the matcher's rules can use, each with the sentence it came from.

Fields: `gender` (female or male: only for women, or only for men), `ehcp` (an education,
health and care plan is needed), `diagnosis` (a diagnosis is needed), `send` (only for children
and young people with special educational needs or disabilities), `refugee` (for refugees and
people seeking asylum), `language` (for speakers of one language, by code), `residence` (for
people living in a named area), `professional` (a professional referral is needed),
`survivors` (only for people who have experienced abuse), `harm` (a programme for people who
cause harm). The patterns read the eligibility text, except `professional` (the application
text) and `harm` (name, eligibility and description, through the glossary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from directory.records import Service
from matching.glossary import Glossary

_SENTENCE = re.compile(r"(?<=[.;!?])\s+")


@dataclass(frozen=True)
class Extracted:
    field: str
    value: str
    sentence: str


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text or "") if s.strip()]


#: "Women and their partners" is not a women-only listing.
_OTHERS = (
    r"(?!,? and (?:their |other )?(?:men|women|fathers|mothers|dads|mums|partners|parents|"
    r"families|boys|girls)\b)"
)
_FEMALE = re.compile(
    rf"^(?:[\w-]+ )?(?:women|mums|mothers|girls)\b{_OTHERS}|\bonly for (?:women|mums|mothers|"
    r"girls)\b|\b(?:women|mums|mothers|girls) only\b",
    re.IGNORECASE,
)
_MALE = re.compile(
    rf"^(?:[\w-]+ )?(?:men|dads|fathers|boys)\b{_OTHERS}|\bonly for (?:men|dads|fathers|"
    r"boys)\b|\b(?:men|dads|fathers|boys) only\b",
    re.IGNORECASE,
)


_EHCP = re.compile(
    r"(?<!or )\b(?:must have|needs? to have|with|who have|has) an? "
    r"(?:EHCP|EHC plan|education, health and care plan)\b(?! or\b)",
    re.IGNORECASE,
)
_DIAGNOSIS = re.compile(
    r"\bdiagnosed\b|\bwith a (?:formal |confirmed )?diagnosis\b|\bdiagnosis (?:is )?(?:needed|"
    r"required)\b",
    re.IGNORECASE,
)
_NO_DIAGNOSIS = re.compile(r"\bwith or without\b|\bwithout a (?:formal )?diagnosis\b", re.I)
_SEND = re.compile(
    r"\bwith (?:SEND|special educational needs|an? learning disabilit(?:y|ies)|learning "
    r"disabilities|an? disabilit(?:y|ies)|disabilities|a diagnosed [a-z]+ impairment|"
    r"[a-z ]*impairments?)\b|^autistic\b|\bautistic (?:children|young people)\b",
    re.IGNORECASE,
)
_NOT_ONLY = re.compile(r"\bplus (?:their )?friends\b|\bfriends and siblings\b", re.IGNORECASE)
_REFUGEE = re.compile(r"\b(?:refugees?|asylum|resettled families)\b", re.IGNORECASE)
_SPEAKING = re.compile(r"\b([A-Z][a-z]+)[- ]speaking\b")
_RESIDENCE = re.compile(
    r"\b(?:in|across) (?:the )?[A-Z][A-Za-z&'-]+(?: (?:and|[A-Z][A-Za-z&'-]+))*"
)
_PROFESSIONAL = re.compile(
    r"\breferral (?:voucher )?(?:is )?(?:needed|required)\b|\bneeds? a referral\b|"
    r"^referral (?:by|from|through)\b|\bask your (?:GP|health visitor|midwife|social worker|"
    r"school) to refer\b|\bby (?:professional )?referral only\b",
    re.IGNORECASE,
)
_SELF_ALLOWED = re.compile(
    r"\brefer (?:yourself|themselves)\b|\bask for themselves\b|\bor (?:a )?parents?\b|"
    r"\bparents can refer\b|\bfamilies or\b|\bno referral\b|\bjust come\b|\bself[- ]refer",
    re.IGNORECASE,
)
_SURVIVORS = re.compile(
    r"\bonly for (?:people|women|men|those) who have experienced\b|\bwho (?:have|has) "
    r"experienced (?:domestic )?abuse\b|\bwho (?:is|are) experiencing (?:domestic )?abuse\b|"
    r"\baffected by sexual violence\b|\bsurvivors?\b",
    re.IGNORECASE,
)


def _first(pattern: re.Pattern[str], text: str, veto: re.Pattern[str] | None = None) -> str | None:
    """The first sentence of `text` the pattern finds (and the veto does not)."""
    for sentence in _sentences(text):
        if pattern.search(sentence) and not (veto and veto.search(sentence)):
            return sentence
    return None


_FEMALE_NAME = re.compile(rf"\bfor (?:women|mums|mothers|girls)\b{_OTHERS}", re.IGNORECASE)
_MALE_NAME = re.compile(rf"\bfor (?:men|dads|fathers|boys)\b{_OTHERS}", re.IGNORECASE)


def listing_gender(eligibility: str, name: str = "") -> str | None:
    """Whether a listing is only for women ("female") or only for men ("male"), from its
    eligibility text or, when that says nothing of it, its name ("... for women")."""
    for text, female_pattern, male_pattern in (
        (eligibility, _FEMALE, _MALE),
        (name, _FEMALE_NAME, _MALE_NAME),
    ):
        female = _first(female_pattern, text)
        male = _first(male_pattern, text)
        if female and not male:
            return "female"
        if male and not female:
            return "male"
    return None


class EligibilityReader:
    def __init__(self, glossary: Glossary, language_codes: dict[str, str]) -> None:
        self._glossary = glossary
        self._codes = {name.lower(): code for name, code in language_codes.items()}

    def read(self, service: Service) -> list[Extracted]:
        found: list[Extracted] = []
        eligibility = service.eligibility_description

        def add(field: str, value: str, sentence: str | None) -> None:
            if sentence:
                found.append(Extracted(field, value, sentence))

        gender = listing_gender(eligibility, service.name)
        if gender is not None:
            pattern = _FEMALE if gender == "female" else _MALE
            add("gender", gender, _first(pattern, eligibility) or service.name)
        add("ehcp", "yes", _first(_EHCP, eligibility))
        add("diagnosis", "yes", _first(_DIAGNOSIS, eligibility, _NO_DIAGNOSIS))
        add("send", "yes", _first(_SEND, eligibility, _NOT_ONLY))
        add("refugee", "yes", _first(_REFUGEE, eligibility))
        for sentence in _sentences(eligibility):
            for match in _SPEAKING.finditer(sentence):
                code = self._codes.get(match.group(1).lower())
                if code:
                    add("language", code, sentence)
        add("residence", "in-area", _first(_RESIDENCE, eligibility))
        add(
            "professional",
            "yes",
            None
            if _SELF_ALLOWED.search(service.application_process)
            else _first(_PROFESSIONAL, service.application_process),
        )
        add("survivors", "yes", _first(_SURVIVORS, eligibility))
        text = f"{service.name}. {service.eligibility_description} {service.description}"
        if self._glossary.describes_harm_programme(text):
            sentence = next(
                (s for s in _sentences(text) if self._glossary.describes_harm_programme(s)),
                service.name,
            )
            add("harm", "yes", sentence)
        return found
