"""How often the editors' suggested categories are right, by confidence, on held-out listings.

The directory editors see suggested categories for a listing that came without any
(`matching.tagging.suggest_tags`: the categories nearest the listing's embedding). This
measures how often a suggestion is right on the held-out directory (another council's
listings, written by someone who had not seen the matcher, `benchmarks/heldout/`): the seed
directory is imported with its categories, and every held-out listing without its categories,
as the editors would meet it; each held-out listing's suggestions are then compared with the
categories its publisher gave it.

A suggestion is *right* when it is one of the listing's own categories, or the parent of one
(a broader category that is still true); *exact* counts only the first. For each confidence
threshold it prints how many suggestions are at or above it, the share right and exact, and
how many listings get at least one; then the lowest threshold at and above which the share
right is at least the target (0.80): the threshold `matching.suggested_tags.SHOWN_FROM` should hold.
Nothing else is chosen on this set.

    .venv/bin/python -m benchmarks.tag_confidence [--target 0.8]
"""

from __future__ import annotations

import argparse
import copy
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from directory.geography import PostcodeDirectory
from directory.records import FLAGS_TAXONOMY
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import SourceRecord, read_json_file
from matching.embedding import CachedEmbedder, MiniLMEmbedder
from matching.engine import Matcher
from matching.suggested_tags import SHOWN_FROM
from matching.tagging import suggest_tags

HERE = Path(__file__).parent
SEED = HERE.parent / "seed_services.json"
HELDOUT = HERE / "heldout" / "directory.json"
THRESHOLDS = [round(0.30 + 0.025 * n, 3) for n in range(21)]


@dataclass(frozen=True)
class Outcome:
    service_id: str
    suggested: str
    confidence: float
    exact: bool
    right: bool


def _categories(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The category terms a record's attributes give (flags left out)."""
    terms = []
    for attribute in record.get("attributes") or []:
        term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
        if isinstance(term, dict) and term.get("taxonomy") != FLAGS_TAXONOMY:
            terms.append(term)
    return terms


def untagged(record: dict[str, Any]) -> dict[str, Any]:
    """The record without its categories (its flags kept), as a listing that came untagged."""
    out = copy.deepcopy(record)
    out["attributes"] = [
        a
        for a in out.get("attributes") or []
        if not (isinstance(a, dict) and a.get("taxonomy_term") in _categories(record))
    ]
    out.pop("taxonomy_terms", None)
    return out


def measure(folder: Path) -> tuple[list[Outcome], int]:
    """Each suggestion for each held-out listing that has categories, and how many such
    listings there are."""
    embedder = CachedEmbedder(MiniLMEmbedder())
    postcodes = PostcodeDirectory()
    store = SQLiteServiceStore(folder / "directory.db")
    importer = Importer(store, embedder, postcodes)
    importer.run(read_json_file(SEED))
    held = [r.data for r in read_json_file(HELDOUT) if isinstance(r.data, dict)]
    truth = {str(r["id"]): _categories(r) for r in held if _categories(r)}
    importer.run([SourceRecord("held-out", f"record {n}", untagged(r)) for n, r in enumerate(held)])
    names: dict[str, str] = {}
    for record in [*(r.data for r in read_json_file(SEED)), *held]:
        if isinstance(record, dict):
            for term in _categories(record):
                names[str(term.get("id"))] = str(term.get("name"))
    index = Matcher(store, embedder, postcodes).index()
    outcomes: list[Outcome] = []
    for service_id, terms in truth.items():
        position = index.position.get(service_id)
        if position is None:
            continue
        given = {str(t.get("name")) for t in terms}
        parents = {names.get(str(t.get("parent_id")), "") for t in terms} - {""}
        for tag in suggest_tags(index.vectors[position], index.categories):
            exact = tag.term.name in given
            outcomes.append(
                Outcome(
                    service_id,
                    tag.term.name,
                    tag.confidence,
                    exact,
                    exact or tag.term.name in parents,
                )
            )
    store.close()
    return outcomes, len(truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", type=float, default=0.8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        outcomes, listings = measure(Path(folder))
    print(f"held-out listings with categories: {listings}; suggestions: {len(outcomes)}")
    print("from   shown  right  exact  listings")
    chosen = None
    for threshold in THRESHOLDS:
        shown = [o for o in outcomes if o.confidence >= threshold]
        if not shown:
            print(f"{threshold:.3f}  {0:5d}      -      -  {0:8d}")
            continue
        right = sum(o.right for o in shown) / len(shown)
        exact = sum(o.exact for o in shown) / len(shown)
        covered = len({o.service_id for o in shown})
        print(f"{threshold:.3f}  {len(shown):5d}  {right:.3f}  {exact:.3f}  {covered:8d}")
    for threshold in THRESHOLDS:
        above = [[o for o in outcomes if o.confidence >= t] for t in THRESHOLDS if t >= threshold]
        if all(not s or sum(o.right for o in s) / len(s) >= args.target for s in above):
            chosen = threshold
            break
    if chosen is None:
        print(f"no threshold reaches {args.target:.2f}")
        return
    shown = [o for o in outcomes if o.confidence >= chosen]
    right = sum(o.right for o in shown)
    print(
        f"lowest threshold right at least {args.target:.0%} of the time from there up: "
        f"{chosen:.3f} ({right}/{len(shown)} = {right / max(1, len(shown)):.3f}); "
        f"matching.suggested_tags.SHOWN_FROM is {SHOWN_FROM}"
    )


if __name__ == "__main__":
    main()
