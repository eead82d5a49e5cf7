"""The listing reader against the labels of every held-out directory: for each kind of
restriction, how many labelled listings it reads (exactly, or as another value), how many it
misses (offered to anyone), and how many unlabelled ones it reads as restricted (hidden from
families they suit). Totals over whole directories, never listing by listing, so a change to
the reader can be judged on several hundred listings written apart from it:

    PYTHONPATH=. HF_HUB_OFFLINE=1 .venv/bin/python -m benchmarks.listing_labels

Listings are imported as `benchmarks.match_quality` imports them (the int8 build), and their
facts are the matcher's (`matching.rules.listing_facts`). Label values the writers spell
otherwise than the reader are mapped (`benchmarks.evaluation.WRITERS_NAMES`); a closed
listing counts as read when its status or its prose closes it.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from benchmarks.check_sets import SEX_OF
from benchmarks.evaluation import SETS_BY_NAME, WRITERS_NAMES, EvalSet, load_labels
from benchmarks.match_quality import build
from directory.geography import PostcodeDirectory
from directory.records import Service
from matching.embedding import CachedEmbedder, Embedder
from matching.engine import Weights
from matching.glossary import Glossary
from matching.listing_reader import (
    AUDIENCE,
    CLOSED,
    CONDITION,
    DIAGNOSIS_REQUIRED,
    EXCLUDES,
    GROUP,
    HARM_PROGRAMME,
    LANGUAGE,
    SURVIVORS_ONLY,
)
from matching.rules import listing_facts

Values = frozenset[str]


def _named(values: Iterable[str | None]) -> Values:
    return frozenset(WRITERS_NAMES.get(v, v) for v in values if v)


def _yes(flag: object) -> Values:
    """A yes-or-no restriction as values: {"yes"} or none."""
    return frozenset({"yes"}) if flag else frozenset()


def _prefixed(facts: frozenset[str], prefix: str) -> Values:
    return frozenset(f[len(prefix) :] for f in facts if f.startswith(prefix))


#: For each kind of restriction: the values a label gives it, and the values read.
KINDS: dict[str, tuple[Callable[[dict[str, Any]], Values], Callable[[frozenset[str]], Values]]] = {
    "harm programme": (
        lambda label: _yes(label.get("for_people_who_harm")),
        lambda facts: _yes(HARM_PROGRAMME in facts),
    ),
    "survivors only": (
        lambda label: _yes(label.get("survivors_only")),
        lambda facts: _yes(SURVIVORS_ONLY in facts),
    ),
    "one sex": (
        lambda label: _named([label.get("sex"), label.get("child_sex")]),
        lambda facts: _prefixed(facts, AUDIENCE),
    ),
    "conditions": (
        lambda label: _named(label.get("conditions") or []),
        lambda facts: _prefixed(facts, CONDITION),
    ),
    "diagnosis needed": (
        lambda label: _yes(label.get("diagnosis_required")),
        lambda facts: _yes(DIAGNOSIS_REQUIRED in facts),
    ),
    "one group": (
        lambda label: _named([label.get("group_only")]),
        lambda facts: _prefixed(facts, GROUP),
    ),
    "one language": (
        lambda label: _named([label.get("language_only")]),
        lambda facts: _prefixed(facts, LANGUAGE),
    ),
    "exclusions": (
        lambda label: _named(label.get("contraindications") or []),
        lambda facts: _prefixed(facts, EXCLUDES),
    ),
    "closed": (
        lambda label: _yes(label.get("closed")),
        lambda facts: _yes(CLOSED in facts),
    ),
}


def tally(
    services: Iterable[Service], labels: dict[str, dict[str, Any]]
) -> dict[str, Counter[str]]:
    """For each kind: labelled, read exactly, read as another value, missed, and read where
    the label says none (each a count of listings)."""
    glossary = Glossary.load()
    found: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for service in services:
        label = labels.get(service.id)
        if label is None:
            continue
        facts = listing_facts(service, glossary)
        if not service.is_active:
            facts |= {CLOSED}
        for kind, (labelled_as, read_as) in KINDS.items():
            wanted, read = labelled_as(label), read_as(facts)
            if kind == "one sex":
                wanted = frozenset(SEX_OF[v] for v in wanted)
                read = frozenset(SEX_OF.get(v, v) for v in read)
            counts = found[kind]
            if wanted:
                counts["labelled"] += 1
                if not read:
                    counts["missed"] += 1
                elif read - wanted:
                    counts["as another"] += 1
                else:
                    counts["read"] += 1
            elif read:
                counts["read where none"] += 1
    return found


def measure(evaluation: EvalSet, embedder: Embedder, folder: Path) -> dict[str, Counter[str]]:
    store, _ = build(evaluation, folder, embedder, PostcodeDirectory(), Weights())
    try:
        return tally(store.iter_services(), load_labels(evaluation))
    finally:
        store.close()


def main() -> None:
    from matching.onnx_embedding import MiniLMInt8Embedder

    embedder = CachedEmbedder(MiniLMInt8Embedder())
    totals: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    with tempfile.TemporaryDirectory() as name:
        for key, evaluation in SETS_BY_NAME.items():
            if key == "own":
                continue
            found = measure(evaluation, embedder, Path(name))
            print(f"== {evaluation.name}")
            for kind, counts in found.items():
                totals[kind] += counts
                print(f"  {kind}: {_line(counts)}")
    print("== all held-out directories")
    for kind, counts in totals.items():
        print(f"  {kind}: {_line(counts)}")


def _line(counts: Counter[str]) -> str:
    return (
        f"{counts['read']} of {counts['labelled']} read, {counts['as another']} as another, "
        f"{counts['missed']} missed; read where none {counts['read where none']}"
    )


if __name__ == "__main__":
    main()
