"""The data-quality report of an import, as a directory officer reads it in the terminal."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from ingest.problems import ERROR, KINDS, Problem

SHOWN_PER_KIND = 10


def _kind(problem: Problem) -> str:
    if problem.severity == ERROR:
        return "invalid"
    return problem.kind if problem.kind in KINDS else "other"


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def print_problems(
    problems: Sequence[Problem], out: TextIO | None = None, *, failed: bool = False
) -> None:
    """How many problems in how many records, a count of each kind, then examples of each
    with where they are; the JSON report (--report FILE) has every one. `failed` says the
    run did not complete (a source could not be read, a sync was stopped), so an empty list
    means nothing was checked rather than that nothing was wrong."""
    stream = out or sys.stdout
    if not problems:
        if failed:
            print("No records were checked, so there is no data-quality report.", file=stream)
        else:
            print("No problems found in the records read.", file=stream)
        return
    counts = Counter(_kind(p) for p in problems)
    records = {(p.source, p.record_id or p.position) for p in problems}
    print(
        f"Data-quality report: {_plural(len(problems), 'problem')} in "
        f"{_plural(len(records), 'record')}:",
        file=stream,
    )
    for kind, label in KINDS.items():
        if counts[kind]:
            print(f"  {counts[kind]:>6}  {label}", file=stream)
    for kind, label in KINDS.items():
        chosen = [p for p in problems if _kind(p) == kind]
        if not chosen:
            continue
        print(f"{label[0].upper()}{label[1:]} ({len(chosen)}):", file=stream)
        for problem in chosen[:SHOWN_PER_KIND]:
            print(f"  {problem.describe()}", file=stream)
        if len(chosen) > SHOWN_PER_KIND:
            print(
                f"  ... and {len(chosen) - SHOWN_PER_KIND} more (see --report FILE)",
                file=stream,
            )
