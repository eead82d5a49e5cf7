"""The readers on the check sets of `matching/data/` (each written apart, by a writer who had
seen no code, no training data and no evaluation set, and never trained on): what each
reading gets wrong, as lists of the listings' names or the needs' words. The tests of the
readers (`tests/matching/test_safety_checks.py`) bound them; this prints how many there are,
in one run, for a change to the readers to be judged on all of them at once:

    PYTHONPATH=. HF_HUB_OFFLINE=1 .venv/bin/python -m benchmarks.check_sets
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from directory.records import Service
from matching.embedding import CachedEmbedder, Embedder
from matching.glossary import Glossary
from matching.languages import language_codes
from matching.listing_reader import (
    AUDIENCE,
    CONDITION,
    DIAGNOSIS_REQUIRED,
    EXCLUDES,
    HARM_PROGRAMME,
    SURVIVORS_ONLY,
    ListingReader,
)
from matching.reading import NeedReader
from matching.training import heads_for

DATA = Path(__file__).resolve().parents[1] / "matching" / "data"
#: The audience facts a listing's sex is read from (girls count as female, boys as male).
SEX_OF = {"female": "female", "girls": "female", "male": "male", "boys": "male"}
SEX_SETS = ("sex_checks.json", "sex_checks_2.json", "sex_checks_3.json")
HARM_SETS = ("harm_checks.json", "harm_checks_2.json")
Tally = dict[str, list[str]]


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text())
    return data


def listing_facts(listings: list[dict[str, Any]], embedder: Embedder) -> list[set[str]]:
    """The facts of each check listing (`name`, `description`, `eligibility`), read as the
    importer reads them."""
    names = language_codes()
    reader = ListingReader(embedder, heads_for(embedder), names)
    services = [
        Service(
            id=str(n),
            name=listing["name"],
            status="active",
            description=listing["description"],
            eligibility_description=listing["eligibility"],
        )
        for n, listing in enumerate(listings)
    ]
    return [set(facts) for facts in reader.read_many(services)]


def sexes(facts: set[str]) -> set[str]:
    """The sexes a listing's facts make it for."""
    return {SEX_OF[f[len(AUDIENCE) :]] for f in facts if f.startswith(AUDIENCE)}


@dataclass
class SexTally:
    """Listings for one sex read as another's too, read as open, and open ones read as for
    one sex (names)."""

    other: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    restricted: list[str] = field(default_factory=list)

    def count(self, listing: dict[str, Any], facts: set[str]) -> None:
        read, wanted = sexes(facts), SEX_OF.get(listing["sex"] or "")
        if wanted and read - {wanted}:
            self.other.append(listing["name"])
        elif wanted and not read:
            self.missed.append(listing["name"])
        elif not wanted and read:
            self.restricted.append(listing["name"])


def sex_listings(listings: list[dict[str, Any]], embedder: Embedder) -> SexTally:
    tally = SexTally()
    for listing, facts in zip(listings, listing_facts(listings, embedder), strict=True):
        tally.count(listing, facts)
    return tally


def need_reader(embedder: Embedder) -> NeedReader:
    return NeedReader(embedder, Glossary.load(), heads_for(embedder))


def sex_needs(needs: list[dict[str, Any]], embedder: Embedder) -> Tally:
    """Needs read surely as of a sex they are not about, and needs that say their sex read
    surely as it."""
    readings, _ = need_reader(embedder).read([n["text"] for n in needs])
    pairs = [(n, r.sure_sex) for n, r in zip(needs, readings, strict=True)]
    return {
        "wrong": [n["text"] for n, sex in pairs if sex and sex != n["sex"]],
        "right": [n["text"] for n, sex in pairs if n["sex"] and sex == n["sex"]],
    }


def harm_listings(listings: list[dict[str, Any]], embedder: Embedder) -> Tally:
    """Harm programmes missed and read as for survivors only, survivors' services read as
    harm programmes, near misses read as either."""
    tally: Tally = {k: [] for k in ("missed", "as survivors'", "survivors' as harm")}
    tally |= {"near misses as harm": [], "near misses as survivors'": []}
    for listing, read in zip(listings, listing_facts(listings, embedder), strict=True):
        title, harm, survivors = listing["name"], HARM_PROGRAMME in read, SURVIVORS_ONLY in read
        if listing["harm_programme"]:
            tally["missed"] += [] if harm else [title]
            tally["as survivors'"] += [title] if survivors else []
        elif listing["survivors_only"]:
            tally["survivors' as harm"] += [title] if harm else []
        else:
            tally["near misses as harm"] += [title] if harm else []
            tally["near misses as survivors'"] += [title] if survivors else []
    return tally


def diagnosis_listings(listings: list[dict[str, Any]], embedder: Embedder) -> Tally:
    """Listings needing a diagnosis read as open, and others read as needing one."""
    facts = listing_facts(listings, embedder)
    pairs = [(x, DIAGNOSIS_REQUIRED in f) for x, f in zip(listings, facts, strict=True)]
    return {
        "missed": [x["name"] for x, read in pairs if x["diagnosis_required"] and not read],
        "overread": [x["name"] for x, read in pairs if read and not x["diagnosis_required"]],
    }


def excluded_situations(listings: list[dict[str, Any]], embedder: Embedder) -> Tally:
    """Stated exclusions missed, and exclusions read where none is stated."""
    tally: Tally = {"missed": [], "overread": []}
    for listing, facts in zip(listings, listing_facts(listings, embedder), strict=True):
        stated = {EXCLUDES + e for e in listing["excludes"]}
        read = {f for f in facts if f.startswith(EXCLUDES)}
        tally["missed"] += [f"{listing['name']}: {f}" for f in sorted(stated - read)]
        tally["overread"] += [f"{listing['name']}: {f}" for f in sorted(read - stated)]
    return tally


def condition_listings(listings: list[dict[str, Any]], embedder: Embedder) -> Tally:
    """Listings for a condition read exactly, as another's, as open to all; open ones read as
    for a condition."""
    tally: Tally = {"exact": [], "as another's": [], "as open": [], "open as for one": []}
    for listing, facts in zip(listings, listing_facts(listings, embedder), strict=True):
        read = {f[len(CONDITION) :] for f in facts if f.startswith(CONDITION)}
        wanted = set(listing["conditions"])
        if not wanted:
            tally["open as for one"] += [listing["name"]] if read else []
        elif read - wanted:
            tally["as another's"].append(listing["name"])
        elif not read:
            tally["as open"].append(listing["name"])
        elif read == wanted:
            tally["exact"].append(listing["name"])
    return tally


def condition_needs(needs: list[dict[str, Any]], embedder: Embedder) -> Tally:
    """Needs read as about their condition, about another, and about one where none is said."""
    readings, _ = need_reader(embedder).read([n["text"] for n in needs])
    pairs = [(n, r.condition) for n, r in zip(needs, readings, strict=True)]
    return {
        "right": [n["text"] for n, c in pairs if n["condition"] and c == n["condition"]],
        "as another": [
            n["text"] for n, c in pairs if n["condition"] and c not in (None, n["condition"])
        ],
        "where none": [n["text"] for n, c in pairs if n["condition"] is None and c],
    }


def need_roles(examples: list[dict[str, Any]], embedder: Embedder) -> Tally:
    """Needs read with their judged role in harm; read surely as about someone who causes
    harm when they are not (offered a harm programme); about someone who causes harm read as
    about someone harmed or a child who witnessed (offered survivors' services); about
    someone harmed read as about the person who harms (offered neither)."""
    readings, _ = need_reader(embedder).read([e["text"] for e in examples])
    pairs = list(zip(examples, readings, strict=True))
    harmed = ("harmed", "witnessed")
    return {
        "right": [e["text"] for e, r in pairs if r.role == e["role"]],
        "surely causing harm, wrongly": [
            e["text"] for e, r in pairs if r.causes_harm_surely and e["role"] != "causes_harm"
        ],
        "causing harm read as harmed": [
            e["text"] for e, r in pairs if e["role"] == "causes_harm" and r.role in harmed
        ],
        "harmed read as causing harm": [
            e["text"] for e, r in pairs if e["role"] in harmed and r.role == "causes_harm"
        ],
    }


def crises(examples: list[dict[str, Any]], embedder: Embedder) -> Tally:
    """Words with immediate risk recognised, and calm ones read as a crisis."""
    readings, _ = need_reader(embedder).read([e["text"] for e in examples])
    pairs = list(zip(examples, readings, strict=True))
    return {
        "found": [e["text"] for e, r in pairs if e["crisis"] and r.crisis],
        "calm as crisis": [e["text"] for e, r in pairs if r.crisis > e["crisis"]],
    }


def every_tally(embedder: Embedder) -> dict[str, Tally]:
    """Every check set's tallies, by set and question."""
    found: dict[str, Tally] = {}
    for name in SEX_SETS:
        data = load(name)
        tally = sex_listings(data["listings"], embedder)
        found[f"{name} listings"] = {
            "other sex": tally.other,
            "missed": tally.missed,
            "open as one sex": tally.restricted,
        }
        if "needs" in data:
            found[f"{name} needs"] = sex_needs(data["needs"], embedder)
    for name in HARM_SETS:
        found[name] = harm_listings(load(name)["listings"], embedder)
    found["diagnosis_checks.json"] = diagnosis_listings(
        load("diagnosis_checks.json")["listings"], embedder
    )
    found["excludes_checks.json"] = excluded_situations(
        load("excludes_checks.json")["listings"], embedder
    )
    conditions = load("condition_checks.json")
    found["condition_checks.json listings"] = condition_listings(conditions["listings"], embedder)
    found["condition_checks.json needs"] = condition_needs(conditions["needs"], embedder)
    found["crisis_checks.json"] = crises(load("crisis_checks.json")["examples"], embedder)
    if (DATA / "role_checks.json").exists():
        found["role_checks.json"] = need_roles(load("role_checks.json")["examples"], embedder)
    return found


def main() -> None:
    from matching.onnx_embedding import MiniLMInt8Embedder

    show = "--names" in sys.argv[1:]
    for where, tally in every_tally(CachedEmbedder(MiniLMInt8Embedder())).items():
        counts = ", ".join(f"{what} {len(items)}" for what, items in tally.items())
        print(f"{where}: {counts}")
        for what, items in tally.items() if show else ():
            print(f"  {what}: {items}")


if __name__ == "__main__":
    main()
