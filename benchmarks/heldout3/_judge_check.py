"""Writer's aid (not needed to use the set): for every need and search, list services that
are eligible by the labels and share a DfE category (or its parent) with the reading but
were not graded, so the writer can confirm each was left out on purpose."""
import json
import os
import sys

from common import CAT_BY_NAME, CATS, HERE
from services_data import SERVICES
from validate import contexts, ineligible


def main():
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        by_key = {lab["key"]: lab for lab in json.load(f)["services"].values()}
    cats = {s["key"]: set(s["cats"]) for s in SERVICES}
    verbose = "-v" in sys.argv
    for where, ctx, rel, text in contexts():
        want = {CAT_BY_NAME[c] for c in ctx["reading"]["categories"]}
        want |= {CATS[c]["parent_id"] for c in want}
        print(f"\n{where}: {text[:90]}")
        print("   graded:", rel or "{}")
        for key, lab in by_key.items():
            if key in rel:
                continue
            if not (cats[key] & want):
                continue
            why = ineligible(lab, ctx)
            if not why:
                print(f"   ? eligible, same category, not graded: {key}")
            elif verbose:
                print(f"   - {key}: {why}")


if __name__ == "__main__":
    main()
