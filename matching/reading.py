"""How a need is read: who it is about, what it is about, any role in harm, a condition,
issues present in the family, and whether it signals immediate risk.

The reading comes from classifiers over the need's sentence embedding, trained on many varied
labelled example needs (`matching/data/need_examples.json`), not from patterns written for any
one directory. What a practitioner confirmed (`NeedFacts`) wins over what the classifiers
read. Harm and risk are read with negated statements taken out ("no DA indicators").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from matching.classifier import Floats, Head
from matching.embedding import Embedder
from matching.glossary import Glossary
from matching.negation import without_negated
from matching.worded import worded

ABOUT = ("child", "young_person", "mother", "father", "parent", "couple", "family", "adult")
ROLES = ("harmed", "witnessed", "causes_harm", "conflict")
SEXES = ("female", "male")
PRESENT = ("domestic_abuse", "substance_use", "harm_person_at_home")
CONDITIONS = (
    "autism",
    "adhd",
    "downs_syndrome",
    "hearing_impairment",
    "visual_impairment",
    "eating_disorder",
    "fasd",
    "learning_disability",
    "perinatal_mental_health",
    "physical_disability",
    "speech_language",
    "developmental_delay",
    "epilepsy",
    "dyslexia",
    "serious_illness",
)
#: A listing may be only for disabled people (or those with special educational needs) in
#: general, naming no one condition: short breaks, SEND youth clubs, disabled children's
#: teams. Such services suit needs about a condition in `DISABLING`, those a council's
#: disabled children's services commonly take. Needs are never read as this.
DISABILITY = "disability"
DISABLING = frozenset(
    {
        "autism",
        "adhd",
        "downs_syndrome",
        "hearing_impairment",
        "visual_impairment",
        "fasd",
        "learning_disability",
        "physical_disability",
        "developmental_delay",
        "epilepsy",
        "serious_illness",
    }
)
#: What a listing may be read as only for.
LISTING_CONDITIONS = (*CONDITIONS, DISABILITY)
NONE = "none"
#: Who a need may be read as about without naming one person: "a parent", the couple, the
#: family. A need is surely about someone who causes harm only when read as about one person.
UNNAMED = frozenset({"parent", "couple", "family"})
#: Roles in harm that mean abuse is present in the family.
ABUSE_ROLES = frozenset({"harmed", "witnessed", "causes_harm"})
#: A programme for people who cause harm is offered only when the need is read this surely as
#: being about such a person (or a practitioner says so).
CAUSER_CONFIDENCE = 0.75
#: Services for one sex are offered only for a need read this surely as about that sex, and
#: diagnosis-only services only for a need read this surely as diagnosed (or as a
#: practitioner says); unsure, neither is offered.
SURE = 0.75
#: A need is diagnosed surely only when read so this surely (and surely about whom): a
#: condition named as a topic reads as diagnosed often enough to need the higher bar.
DIAGNOSED_SURE = 0.8
#: Who a need is about tells its sex only when read this surely ("Stepdad ... rows with the
#: children's mum" read as about the mother, unsurely, is not a need about a woman); the sex
#: head alone tells a child's sex only when surer still, since it also hears other people
#: named in the need, and never an adult's ("my partner hits me when he has been drinking"
#: is not about a man).
SEX_ALONE = 0.9
#: An issue counts as possibly present in the family from this probability: a listing that
#: excludes it is then not offered (being left out costs less than a contraindicated offer).
POSSIBLY_PRESENT = 0.25
#: Crisis help is shown from this probability: showing it needlessly costs little. Chosen
#: with the crisis head's training (matching/training.py) by cross-validation.
CRISIS_THRESHOLD = 0.2
#: A role in harm is read only this surely; an unsure role is no role.
ROLE_THRESHOLD = 0.5
CATEGORY_THRESHOLD = 0.5
#: A family is taken to belong to a group (and so to be offered its services) from this
#: probability: being offered a group's service one is not in costs little.
FAMILY_GROUP = 0.35
CATEGORY_FALLBACK = 0.2
MAX_CATEGORIES = 3
#: A need asks for what no early-help service offers (a car, private school fees, a
#: barrister) from this probability: it is then matched to nothing, and says so. Set on the
#: tuning sets (benchmarks/outcome_calibration.py).
OUTSIDE_THRESHOLD = 0.7
#: A need is read as outside early help only from this many words: a bare topic a family
#: types ("holiday", "pram", "solicitor") names the help it is about, which a directory may
#: well offer (holiday clubs, a baby bank, legal advice), not a request for a purchase.
OUTSIDE_MIN_WORDS = 4

_AGE = re.compile(
    r"\b(\d{1,2})\s*(?:-|\s)?(?:yo|y/o|yrs?|years?(?:[- ]old)?|year[- ]old)\b"
    r"|\baged?\s+(\d{1,2})\b",
    re.IGNORECASE,
)
_MONTHS = re.compile(r"\b(\d{1,2})\s*(?:-|\s)?(?:mo|mths?|months?)(?:[- ]old)?\b", re.IGNORECASE)

#: The fields a practitioner may confirm, and the values each takes.
FACT_VALUES: dict[str, tuple[str, ...]] = {
    "about": ABOUT,
    "role": (NONE, *ROLES),
    "sex": (NONE, *SEXES),
    "condition": (NONE, *CONDITIONS),
}


@dataclass(frozen=True)
class NeedFacts:
    """What a practitioner confirmed about a need; None where they said nothing."""

    about: str | None = None
    role: str | None = None
    sex: str | None = None
    categories: tuple[str, ...] | None = None
    condition: str | None = None
    diagnosed: bool | None = None
    child_age: int | None = None

    def given(self) -> tuple[str, ...]:
        return tuple(k for k, v in self.__dict__.items() if v is not None)


@dataclass(frozen=True)
class NeedReading:
    """One need as read. `role`, `sex` and `condition` are None when none applies."""

    text: str
    about: str
    sex: str | None
    child_age: int | None
    categories: tuple[str, ...]
    role: str | None
    condition: str | None
    diagnosed: bool | None
    present: frozenset[str]
    crisis: bool
    confidence: dict[str, float] = field(default_factory=dict)
    given: tuple[str, ...] = ()
    #: Issues possibly present (a lower bar than `present`), for listings' exclusions.
    possible: frozenset[str] = frozenset()
    #: The sex the sex head heard in the need, before who it is about settled `sex`.
    heard_sex: str | None = None
    #: The sexes of the children the need names ("Mum reports her partner's son ...").
    children_named: frozenset[str] = frozenset()
    #: Asks for what no early-help service offers (a purchase, private or specialist
    #: provision, another system's job); a practitioner who names its categories says not.
    outside: bool = False

    @property
    def sure_sex(self) -> str | None:
        """The sex a need is about, when a practitioner said so or it was read surely: from
        a need surely about a mother or a father, or for a need about a child or a young
        person from the sex head alone when it is very sure. Unsure, the need is offered no
        service for one sex."""
        if self.sex is None:
            return None
        if {"sex", "about"} & set(self.given):
            return self.sex
        if self.about in ("mother", "father"):
            if self.role == "witnessed":
                # Witnessing abuse is a child's role: a need read so is told about a child
                # who saw a parent harmed ("my dad hits my mum"), not about the parent named.
                return None
            if self.heard_sex not in (None, self.sex) or self.children_named - {self.sex}:
                # The sex head hears someone of the other sex, or the need names a child of
                # it ("Dad worried his teenage daughter is self-harming", "Mum reports her
                # partner's son is using cannabis"): who the need is about is in doubt.
                return None
            return self.sex if self.confidence.get("about", 0.0) >= SURE else None
        if self.about not in ("child", "young_person"):
            # Read as about a parent or an adult but not as a mother or a father: the sex
            # heard is another person's ("is there a course for my husband ...").
            return None
        if self.confidence.get("about", 0.0) < SURE:
            # Not surely about the child: the sex heard may be the parent's ("Dad worried his
            # teenage daughter is self-harming").
            return None
        return self.sex if self.confidence.get("sex", 0.0) >= SEX_ALONE else None

    @property
    def diagnosed_surely(self) -> bool:
        """Diagnosed, as a practitioner said, or read surely of a person the need is surely
        about: a condition named as a topic ("ADHD parenting help") says whom it is about no
        more surely than it says a diagnosis was given."""
        if self.diagnosed is not True:
            return False
        if "diagnosed" in self.given:
            return True
        return self.confidence.get("diagnosed", 0.0) >= DIAGNOSED_SURE and (
            "about" in self.given or self.confidence.get("about", 0.0) >= SURE
        )

    @property
    def causes_harm_surely(self) -> bool:
        """About someone who causes harm, as a practitioner said, or read with confidence both
        that harm is caused and who the need is about ("I'm worried I'm becoming like my
        abusive dad" is not surely about the father)."""
        if self.role != "causes_harm":
            return False
        if "role" in self.given:
            return True
        if "about" in self.given:
            return self.confidence.get("role", 0.0) >= CAUSER_CONFIDENCE
        return (
            self.about not in UNNAMED
            and self.confidence.get("role", 0.0) >= CAUSER_CONFIDENCE
            and self.confidence.get("about", 0.0) >= SURE
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "about": self.about,
            "sex": self.sex,
            "child_age": self.child_age,
            "categories": list(self.categories),
            "role": self.role,
            "condition": self.condition,
            "diagnosed": self.diagnosed,
            "present": sorted(self.present),
            "crisis": self.crisis,
            "outside": self.outside,
            "confidence": {k: round(v, 2) for k, v in sorted(self.confidence.items())},
            "confirmed": list(self.given),
        }


def child_age_in(text: str) -> int | None:
    """The age a need gives ("6yo", "aged 14", "18 month old" is 1), else None."""
    months = _MONTHS.search(text)
    years = _AGE.search(text)
    if years and (not months or years.start() < months.start()):
        age = int(years.group(1) or years.group(2))
        return age if age <= 25 else None
    if months:
        return int(months.group(1)) // 12
    return None


def _best(head: Head, probs: Floats) -> tuple[str, float]:
    i = int(np.argmax(probs))
    return head.labels[i], float(probs[i])


@dataclass(frozen=True)
class NeedHeads:
    """The trained classifiers a need is read with."""

    about: Head
    sex: Head
    role: Head
    categories: Head
    condition: Head
    diagnosed: Head
    present: Head
    crisis: Head
    outside: Head

    @classmethod
    def of(cls, heads: dict[str, Head]) -> NeedHeads:
        return cls(**{name: heads[f"need_{name}"] for name in cls.__dataclass_fields__})


def head_probabilities(
    heads: NeedHeads, vectors: Floats, texts: Sequence[str]
) -> list[dict[str, Floats]]:
    """For each vector, every head's probabilities (each head run once over all vectors); the
    condition head reads each vector beside the words of its text (`texts`, in order)."""
    table = {
        name: getattr(heads, name).probabilities(vectors)
        for name in NeedHeads.__dataclass_fields__
        if name != "condition"
    }
    table["condition"] = heads.condition.probabilities(worded(vectors, texts))
    return [{name: rows[n] for name, rows in table.items()} for n in range(len(vectors))]


def read_need(
    text: str,
    p: dict[str, Floats],
    heads: NeedHeads,
    facts: NeedFacts | None = None,
    outside_threshold: float = OUTSIDE_THRESHOLD,
) -> NeedReading:
    """Read one need from its heads' probabilities `p` (see `head_probabilities`, over the
    vector of its text without negated statements), then lay the practitioner's `facts`
    over the reading."""
    about, about_p = _best(heads.about, p["about"])
    sex, sex_p = _best(heads.sex, p["sex"])
    role, role_p = _best(heads.role, p["role"])
    condition, condition_p = _best(heads.condition, p["condition"])
    diagnosed, diagnosed_p = _best(heads.diagnosed, p["diagnosed"])
    category_p = p["categories"]
    order = np.argsort(-category_p)
    categories = [
        heads.categories.labels[int(i)]
        for i in order[:MAX_CATEGORIES]
        if category_p[int(i)] >= CATEGORY_THRESHOLD
    ]
    if not categories and float(category_p[int(order[0])]) >= CATEGORY_FALLBACK:
        categories = [heads.categories.labels[int(order[0])]]
    present_p = p["present"]
    present = {label for label, p in zip(heads.present.labels, present_p, strict=True) if p >= 0.5}
    possible = {
        label
        for label, p in zip(heads.present.labels, present_p, strict=True)
        if p >= POSSIBLY_PRESENT
    }
    crisis_p = float(p["crisis"][0])
    outside_p = float(p["outside"][0])
    heard = None if sex == NONE else sex
    if about == "mother":
        sex = "female"
    elif about == "father":
        sex = "male"
    reading = NeedReading(
        text=text,
        about=about,
        sex=None if sex == NONE else sex,
        child_age=child_age_in(text),
        categories=tuple(categories),
        role=None if role == NONE or role_p < ROLE_THRESHOLD else role,
        condition=None if condition == NONE or condition_p < 0.5 else condition,
        diagnosed={"yes": True, "no": False}.get(diagnosed),
        present=frozenset(present),
        crisis=crisis_p >= CRISIS_THRESHOLD,
        outside=(
            outside_p >= outside_threshold
            and crisis_p < CRISIS_THRESHOLD
            and len(text.split()) >= OUTSIDE_MIN_WORDS
        ),
        confidence={
            "about": about_p,
            "sex": sex_p,
            "role": role_p,
            "diagnosed": diagnosed_p,
            "crisis": crisis_p,
            "outside": outside_p,
        },
        possible=frozenset(possible),
        heard_sex=heard,
    )
    return _with_facts(reading, facts) if facts is not None else _settled(reading)


def _settled(reading: NeedReading) -> NeedReading:
    """Abuse read in a need is abuse present in the family."""
    present = set(reading.present)
    if reading.role in ABUSE_ROLES:
        present.add("domestic_abuse")
    return replace(reading, present=frozenset(present), possible=reading.possible | present)


def _with_facts(reading: NeedReading, facts: NeedFacts) -> NeedReading:
    changes: dict[str, Any] = {}
    for name in ("about", "role", "sex", "condition"):
        value = getattr(facts, name)
        if value is not None:
            changes[name] = None if value == NONE else value
    if facts.categories is not None:
        changes["categories"] = facts.categories
        changes["outside"] = False  # what the practitioner says it is about, early help offers
    if facts.diagnosed is not None:
        changes["diagnosed"] = facts.diagnosed
    if facts.child_age is not None:
        changes["child_age"] = facts.child_age
    about = changes.get("about", reading.about)
    if "sex" not in changes and "about" in changes:
        changes["sex"] = {"mother": "female", "father": "male"}.get(about)
    if "role" in changes and changes["role"] not in ABUSE_ROLES:
        # The practitioner says there is no abuse in this need: trust that over the reading.
        changes["present"] = reading.present - {"domestic_abuse"}
        changes["possible"] = reading.possible - {"domestic_abuse"}
    return _settled(replace(reading, **changes, given=facts.given()))


class NeedReader:
    """Reads needs with the trained heads over the embedder's vectors."""

    def __init__(
        self,
        embedder: Embedder,
        glossary: Glossary,
        heads: dict[str, Head],
        outside_threshold: float = OUTSIDE_THRESHOLD,
    ) -> None:
        self._embedder = embedder
        self._glossary = glossary
        self._heads = NeedHeads.of(heads)
        self._groups = heads["listing_group"]
        self._outside = outside_threshold

    @property
    def category_names(self) -> tuple[str, ...]:
        """The category names a need can be read as."""
        return self._heads.categories.labels

    def texts(self, needs: Sequence[str]) -> list[str]:
        """The text each need is read and retrieved with: the need with its shorthand
        expanded and its negated statements taken out ("no DA indicators")."""
        expanded = [self._glossary.expand(need) for need in needs]
        return [without_negated(text) or text for text in expanded]

    def read(
        self,
        needs: Sequence[str],
        facts: Sequence[NeedFacts | None] = (),
        embedded: dict[str, Floats] | None = None,
    ) -> tuple[list[NeedReading], frozenset[str]]:
        """Each need's reading, and the groups the family is said to belong to (people
        seeking asylum, young parents, ...), read with the listing sentences' group head.
        `embedded` may hold the vectors of `texts(needs)` already (one batch for a request)."""
        texts = self.texts(needs)
        if not texts:
            return [], frozenset()
        known = dict(embedded or {})
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            known.update(zip(missing, self._embedder.embed(missing), strict=True))
        vectors = np.vstack([known[t] for t in texts]).astype(np.float32)
        probabilities = head_probabilities(self._heads, vectors, texts)
        readings = [
            replace(
                read_need(
                    need,
                    probabilities[n],
                    self._heads,
                    facts[n] if n < len(facts) else None,
                    self._outside,
                ),
                children_named=self._glossary.children_named(need),
            )
            for n, need in enumerate(needs)
        ]
        groups: set[str] = set()
        probs = self._groups.probabilities(vectors)
        for j, label in enumerate(self._groups.labels):
            if label != NONE and float(probs[:, j].max()) >= FAMILY_GROUP:
                groups.add(label)
        return readings, frozenset(groups)
