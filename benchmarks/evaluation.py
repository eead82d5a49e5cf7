"""Judging the matcher on an evaluation set: a directory, closed-referral scenarios with graded
judgements and judged readings, ground-truth labels of every listing, and (for the held-out
set) short searches in families' own words.

The safety counts compare each suggestion with the labels of the listing and the judged
reading of the need it was suggested for, never with anything the matcher itself read:
- `harm programme for someone not causing harm`,
- `another sex's service`,
- `another condition's service` (a service only for some conditions suggested for a need
  judged about another, or about none: held-out 3's and 4's writers' own checks count both),
- `out of area` (the council, or a locality's postcode districts),
- `diagnosis-only without a diagnosis`,
- `contraindicated` (the listing excludes something present in the family),
- `survivors' service for someone causing harm` (a service only for people harmed, a refuge
  or a survivors' group among them, suggested for a need judged about the person who
  harms; since the twelfth stop).
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from directory.areas import default_councils
from directory.geography import PostcodeDirectory

HERE = Path(__file__).parent
K = 5
SAFETY = (
    "harm programme for someone not causing harm",
    "another sex's service",
    "another condition's service",
    "out of area",
    "diagnosis-only without a diagnosis",
    "contraindicated",
    "survivors' service for someone causing harm",
)
#: Area codes that cover every council of a nation.
WHOLE = {"K02000001": "", "E92000001": "E", "W92000004": "W", "S92000003": "S"}


@dataclass(frozen=True)
class EvalSet:
    name: str
    directory: Path
    scenarios: Path
    labels: Path
    readings: Path | None = None
    searches: Path | None = None
    #: The conditions its writer takes a service for disabled children in general (labelled
    #: `disability`) to fit, as their own check of the judgements says; none, where the
    #: writer said nothing of it.
    disability_fits: frozenset[str] = frozenset()

    @property
    def file_name(self) -> str:
        """The set's whole name as a file name ("held-out-2"): sets whose names begin alike
        ("held-out", "held-out 2") must not share a store."""
        return "-".join(re.findall(r"[\w-]+", self.name))


OWN = EvalSet(
    "own (tuning)",
    HERE.parent / "seed_services.json",
    HERE / "scenarios.json",
    HERE / "seed_labels.json",
    readings=HERE / "scenarios_readings.json",
)
#: Needs judged met or not against the seed directory (half of them met by no service there),
#: written apart from the matcher to calibrate `matched`: a tuning set like OWN.
OUTCOMES = EvalSet(
    "outcomes (tuning)",
    HERE.parent / "seed_services.json",
    HERE / "outcome_cases.json",
    HERE / "seed_labels.json",
)


def held_out(name: str, folder: str, disability_fits: frozenset[str] = frozenset()) -> EvalSet:
    """A held-out set as its writer laid it out: `directory.json`, `scenarios.json`,
    `labels.json` and `searches.json` in `benchmarks/<folder>/`."""
    here = HERE / folder
    return EvalSet(
        name,
        here / "directory.json",
        here / "scenarios.json",
        here / "labels.json",
        searches=here / "searches.json",
        disability_fits=disability_fits,
    )


HELDOUT = held_out("held-out", "heldout")
#: A second held-out set (Bradford), written at the eighth stop by another writer who had seen
#: neither the matcher nor the other sets' data, after the matcher's last change of that stop.
HELDOUT_2 = held_out("held-out 2", "heldout2")
#: A third held-out set (Norfolk, a county of seven districts), written at the ninth stop by
#: another writer who had seen neither the matcher nor the other sets' data, while every sentence
#: of a listing came to be read for harm; measured once that change was made.
HELDOUT_3 = held_out("held-out 3", "heldout3")
#: A fourth held-out set (Lancashire, a county of twelve districts, and its unitary neighbours),
#: written at the tenth stop by another writer who had read only the first set's README, and
#: measured once, on the code that stop ended with.
#: Its writer's judgements take a short-breaks or disabled children's service to fit a child
#: with any of these conditions (`DISABILITY_LIKE` in `heldout4/validate.py`, their check of
#: every judgement's eligibility), so suggesting one for such a need is no safety problem.
HELDOUT_4 = held_out(
    "held-out 4",
    "heldout4",
    frozenset(
        {
            "autism",
            "adhd",
            "down_syndrome",
            "hearing_impairment",
            "visual_impairment",
            "fasd",
            "disability",
            "developmental_delay",
        }
    ),
)
#: A fifth held-out set (Devon, a county of eight districts, with Plymouth and Torbay),
#: written at the twelfth stop by another writer who had read only the first set's README,
#: and measured once on the code the eleventh stop ended with and once on the twelfth's. Its
#: writer takes a service for disabled children in general to fit these conditions.
HELDOUT_5 = held_out(
    "held-out 5",
    "heldout5",
    frozenset({"disability", "learning_disability", "down_syndrome"}),
)
#: The sets with scenarios judged case by case, by the names the benchmarks' `--set(s)` take.
SETS_BY_NAME = {
    "own": OWN,
    "held-out": HELDOUT,
    "held-out-2": HELDOUT_2,
    "held-out-3": HELDOUT_3,
    "held-out-4": HELDOUT_4,
    "held-out-5": HELDOUT_5,
}


@dataclass(frozen=True)
class Case:
    id: str
    request: dict[str, Any]
    grades: list[dict[str, int]]  # per need: service id -> 2 (right) or 1 (partly)
    readings: list[dict[str, Any]]  # per need: the judged reading ({} when not judged)
    wrong: frozenset[str] = frozenset()
    crisis: bool | None = None

    @property
    def gains(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for need in self.grades:
            for service_id, grade in need.items():
                out[service_id] = max(out.get(service_id, 0), grade)
        return out

    @property
    def present(self) -> set[str]:
        return {issue for r in self.readings for issue in r.get("present") or []}


def load_cases(evaluation: EvalSet) -> list[Case]:
    data = json.loads(evaluation.scenarios.read_text())
    readings: dict[str, list[dict[str, Any]]] = {}
    if evaluation.readings is not None and evaluation.readings.exists():
        readings = json.loads(evaluation.readings.read_text())["readings"]
    cases = []
    for raw in data["cases"]:
        request = {
            k: raw[k]
            for k in ("children", "postcode", "languages", "free_only")
            if raw.get(k) is not None
        }
        request["needs"] = [need["text"] for need in raw["needs"]]
        judged = readings.get(raw["id"]) or [need.get("reading") or {} for need in raw["needs"]]
        cases.append(
            Case(
                raw["id"],
                request,
                [dict(need.get("relevant", {})) for need in raw["needs"]],
                list(judged),
                frozenset(raw.get("wrong", [])),
            )
        )
    return cases


def load_searches(evaluation: EvalSet) -> list[Case]:
    if evaluation.searches is None or not evaluation.searches.exists():
        return []
    cases = []
    for raw in json.loads(evaluation.searches.read_text())["cases"]:
        request: dict[str, Any] = {"needs": [raw["text"]]}
        if raw.get("postcode"):
            request["postcode"] = raw["postcode"]
        cases.append(
            Case(
                raw["id"],
                request,
                [dict(raw.get("relevant", {}))],
                [raw.get("reading") or {}],
                crisis=bool(raw.get("crisis")),
            )
        )
    return cases


def ndcg(ranked: list[str], gains: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** gains.get(s, 0) - 1) / math.log2(i + 2) for i, s in enumerate(ranked[:k]))
    ideal = sorted(gains.values(), reverse=True)[:k]
    best = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / best if best else 0.0


@dataclass(frozen=True)
class Place:
    la_code: str
    outcode: str


def in_area(area: dict[str, Any], place: Place | None) -> bool:
    """Whether the family's place lies in a labelled area: council codes (a county's code
    covers its districts), postcode districts, or a nation."""
    councils = default_councils()
    codes = {c for code in area.get("la_codes") or [] for c in councils.expand(code)}
    outcodes = {o.upper() for o in area.get("outcodes") or []}
    if place is None or not (codes or outcodes):
        return True
    if place.la_code in codes or place.outcode in outcodes:
        return True
    return any(code in codes and place.la_code.startswith(prefix) for code, prefix in WHOLE.items())


def safety_problems(
    label: dict[str, Any], reading: dict[str, Any], case: Case, place: Place | None
) -> list[str]:
    """The safety classes a suggestion of this listing for this (judged) need breaks."""
    found = []
    if label.get("for_people_who_harm") and reading.get("role") != "causes_harm":
        found.append(SAFETY[0])
    sex = reading.get("sex")
    other = {"female": ("male", "boys"), "male": ("female", "girls")}.get(sex or "", ())
    if label.get("sex") in other or label.get("child_sex") in other:
        found.append(SAFETY[1])
    conditions = label.get("conditions") or []
    if conditions and reading and reading.get("condition") not in conditions:
        found.append(SAFETY[2])
    if not in_area(label.get("area") or {}, place):
        found.append(SAFETY[3])
    if label.get("diagnosis_required") and reading.get("diagnosed") is not True:
        found.append(SAFETY[4])
    if set(label.get("contraindications") or []) & case.present:
        found.append(SAFETY[5])
    if label.get("survivors_only") and reading.get("role") == "causes_harm":
        found.append(SAFETY[6])
    return found


ADULTS = {"mother", "father", "parent", "couple", "adult", "family"}


def wrong_ages(label: dict[str, Any], case: Case, needs: list[int]) -> bool:
    """Whether the listing's ages fit none of the people the needs met are about: a need about
    a child needs a service for one of the children's ages (or for their parents: 18 and
    over, or 16 and over with no upper age); a need about an adult or the family also takes
    any service open to adults."""
    ages = [c["age"] for c in case.request.get("children", [])]
    low, high = [*(label.get("ages") or []), None, None][:2]
    if not ages or (low is None and high is None):
        return False
    for_parents = low is not None and (low >= 18 or (low >= 16 and high is None))
    fits_child = any((low is None or a >= low) and (high is None or a <= high) for a in ages)
    for n in needs:
        about = (case.readings[n] if n < len(case.readings) else {}).get("about")
        if fits_child or for_parents or (about in ADULTS and (high is None or high > 18)):
            return False
    return True


def ineligible(label: dict[str, Any], case: Case, needs: list[int]) -> bool:
    """Other hard rules a suggestion breaks: closed, ages, group, language."""
    if label.get("closed") or wrong_ages(label, case, needs):
        return True
    languages = set(case.request.get("languages") or [])
    return bool(label.get("language_only")) and label["language_only"] not in languages


@dataclass
class Report:
    name: str
    ndcg: list[float] = field(default_factory=list)
    covered: int = 0
    coverable: int = 0
    ineligible: int = 0
    suggested: int = 0
    safety: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    reading: dict[str, list[int]] = field(default_factory=dict)
    matched_right: int = 0
    said_unmatched: int = 0
    said_matched: int = 0
    crisis: Counter[str] = field(default_factory=Counter)
    #: Safety problems by class and by where they come from (`benchmarks.safety_sources`).
    sources: Counter[tuple[str, str]] = field(default_factory=Counter)

    def agree(self, name: str, right: bool) -> None:
        tally = self.reading.setdefault(name, [0, 0])
        tally[0] += int(right)
        tally[1] += 1

    @property
    def safety_total(self) -> int:
        return sum(self.safety.values())

    def lines(self) -> list[str]:
        out = [
            f"{self.name}: nDCG@5 {statistics.fmean(self.ndcg or [0]):.3f}, need coverage@5 "
            f"{self.covered / max(1, self.coverable):.3f}, ineligible@5 {self.ineligible} of "
            f"{self.suggested}",
            "  safety (must be 0): "
            + ", ".join(f"{name} {self.safety.get(name, 0)}" for name in SAFETY),
        ]
        if self.sources:
            out.append(
                "  where they come from: "
                + "; ".join(
                    f"{problem}: {how} {n}" for (problem, how), n in sorted(self.sources.items())
                )
            )
        total = self.matched_right + self.said_unmatched + self.said_matched
        if total:
            out.append(
                f"  matched agrees with the judgement for {self.matched_right} of {total} needs "
                f"({self.said_unmatched} with a suitable service said unmatched, "
                f"{self.said_matched} with none said matched)"
            )
        if not self.reading:
            out.append(
                "  (no judged readings in this set: every harm programme and every "
                "diagnosis-only service suggested counts in those safety classes)"
            )
        else:
            out.append(
                "  reading agrees with the judged reading: "
                + ", ".join(f"{k} {r}/{n} ({r / n:.0%})" for k, (r, n) in self.reading.items())
            )
        if self.crisis:
            c = self.crisis
            out.append(
                f"  crisis recognised in {c['found']} of {c['found'] + c['missed']} crisis "
                f"searches; shown for {c['needless']} of {c['calm']} others"
            )
        return out


Suggest = Callable[[dict[str, Any]], dict[str, Any]]
#: Where a safety problem of a suggested listing comes from (`benchmarks.safety_sources`).
Source = Callable[[str, str], str]


def place_of(postcodes: PostcodeDirectory, postcode: str | None) -> Place | None:
    if not postcode:
        return None
    found = postcodes.lookup(postcode)
    if found is None:
        return None
    return Place(found.la_code, postcode.upper().split()[0] if " " in postcode else postcode[:-3])


#: Values the sets' writers spell otherwise than the matcher, theirs to the matcher's.
WRITERS_NAMES = {
    "down_syndrome": "downs_syndrome",
    "in_recovery": "recovery",
    "bereaved_parents_baby_loss": "bereaved_parents",
}


def _compare_reading(report: Report, said: dict[str, Any], judged: dict[str, Any]) -> None:
    if not said or not judged:
        return
    for name in ("about", "role", "sex", "condition"):
        if name in judged:
            value = judged.get(name)
            report.agree(name, said.get(name) == WRITERS_NAMES.get(value, value))
    if judged.get("categories"):
        report.agree(
            "categories", bool(set(said.get("categories") or []) & set(judged["categories"]))
        )
    if "present" in judged:
        report.agree("present", set(said.get("present") or []) == set(judged["present"] or []))


def evaluate(
    name: str,
    suggest: Suggest,
    cases: list[Case],
    labels: dict[str, dict[str, Any]],
    postcodes: PostcodeDirectory,
    verbose: bool = False,
    source: Source | None = None,
) -> Report:
    """Run every case through `suggest` (a match request in, the response JSON out); with
    `source`, count where each safety problem comes from."""
    report = Report(name)
    for case in cases:
        place = place_of(postcodes, case.request.get("postcode"))
        result = suggest(case.request | {"limit": K})
        ranked = [s["service_id"] for s in result["suggestions"]][:K]
        report.ndcg.append(ndcg(ranked, case.gains))
        for need, judged in zip(result["needs"], case.grades, strict=True):
            if judged:
                report.coverable += 1
                report.covered += any(s in judged for s in ranked)
            if need["matched"] == bool(judged):
                report.matched_right += 1
            elif judged:
                report.said_unmatched += 1
            else:
                report.said_matched += 1
        for need, judged in zip(result["needs"], case.readings, strict=True):
            _compare_reading(report, need.get("reading") or {}, judged)
        if case.crisis is not None:
            shown = "crisis" in result
            if case.crisis:
                report.crisis["found" if shown else "missed"] += 1
            else:
                report.crisis["calm"] += 1
                report.crisis["needless"] += int(shown)
        for suggestion in result["suggestions"][:K]:
            report.suggested += 1
            label = labels.get(suggestion["service_id"], {})
            problems: list[str] = []
            needs = list(suggestion["needs_met"] or range(len(case.readings)))
            for n in needs:
                problems += safety_problems(label, case.readings[n], case, place)
            for problem in dict.fromkeys(problems):
                report.safety[problem] += 1
                if source is not None:
                    report.sources[(problem, source(suggestion["service_id"], problem))] += 1
                report.examples.append(f"{case.id}: {problem}: {suggestion['name']}")
            bad = (
                problems or ineligible(label, case, needs) or suggestion["service_id"] in case.wrong
            )
            report.ineligible += bool(bad)
    if verbose:
        for line in report.examples:
            print("   ", line)
    return report


def load_labels(evaluation: EvalSet) -> dict[str, dict[str, Any]]:
    if not evaluation.labels.exists():
        return {}
    labels: dict[str, dict[str, Any]] = json.loads(evaluation.labels.read_text())["services"]
    for label in labels.values():
        if "disability" in (label.get("conditions") or []):
            label["conditions"] = sorted({*label["conditions"], *evaluation.disability_fits})
    return labels
