"""Writer's aid: pick the nearest real postcode to a place, within the local authority
intended, skipping postcodes whose grid point is shared with another postcode (PO boxes,
large users). Prints a table to paste into common.py. Not needed to use the set."""
import collections
import math

from pyproj import Transformer

import pcdb

T = Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)

# place: (lat, lon, intended LAD, postcode letters to search)
PLACES = {
    "Norwich city centre": (52.6286, 1.2924, "E07000148"),
    "Mile Cross": (52.6476, 1.2754, "E07000148"),
    "Lakenham": (52.6110, 1.2960, "E07000148"),
    "Heartsease": (52.6370, 1.3360, "E07000148"),
    "Bowthorpe": (52.6370, 1.2200, "E07000148"),
    "Sprowston": (52.6500, 1.3300, "E07000144"),
    "Hellesdon": (52.6550, 1.2550, "E07000144"),
    "Thorpe St Andrew": (52.6340, 1.3500, "E07000144"),
    "Aylsham": (52.7966, 1.2537, "E07000144"),
    "Acle": (52.6370, 1.5470, "E07000144"),
    "Great Yarmouth": (52.6085, 1.7300, "E07000145"),
    "Gorleston": (52.5770, 1.7230, "E07000145"),
    "Bradwell": (52.5780, 1.6950, "E07000145"),
    "Caister-on-Sea": (52.6490, 1.7270, "E07000145"),
    "Martham": (52.7040, 1.6310, "E07000145"),
    "King's Lynn": (52.7543, 0.3976, "E07000146"),
    "Gaywood": (52.7570, 0.4230, "E07000146"),
    "Downham Market": (52.6010, 0.3840, "E07000146"),
    "Hunstanton": (52.9390, 0.4900, "E07000146"),
    "Terrington St Clement": (52.7550, 0.2950, "E07000146"),
    "Thetford": (52.4130, 0.7500, "E07000143"),
    "Dereham": (52.6810, 0.9390, "E07000143"),
    "Swaffham": (52.6480, 0.6870, "E07000143"),
    "Attleborough": (52.5170, 1.0190, "E07000143"),
    "Watton": (52.5710, 0.8280, "E07000143"),
    "Mundford": (52.5120, 0.6520, "E07000143"),
    "East Harling": (52.4380, 0.9330, "E07000143"),
    "Wymondham": (52.5700, 1.1160, "E07000149"),
    "Diss": (52.3760, 1.1080, "E07000149"),
    "Harleston": (52.4030, 1.3000, "E07000149"),
    "Long Stratton": (52.4880, 1.2320, "E07000149"),
    "Loddon": (52.5340, 1.4830, "E07000149"),
    "Hethersett": (52.6000, 1.1780, "E07000149"),
    "Ditchingham": (52.4680, 1.4370, "E07000149"),
    "Cromer": (52.9310, 1.3010, "E07000147"),
    "Sheringham": (52.9440, 1.2100, "E07000147"),
    "North Walsham": (52.8220, 1.3880, "E07000147"),
    "Fakenham": (52.8300, 0.8480, "E07000147"),
    "Holt": (52.9070, 1.0900, "E07000147"),
    "Wells-next-the-Sea": (52.9530, 0.8510, "E07000147"),
    "Stalham": (52.7720, 1.5160, "E07000147"),
    "Lowestoft": (52.4780, 1.7500, "E07000244"),
    "Beccles": (52.4580, 1.5650, "E07000244"),
    "Bungay": (52.4560, 1.4370, "E07000244"),
    "Brandon": (52.4470, 0.6240, "E07000245"),
    "Bury St Edmunds": (52.2460, 0.7120, "E07000245"),
    "Wisbech": (52.6660, 0.1590, "E07000010"),
    "March": (52.5510, 0.0880, "E07000010"),
    "Spalding": (52.7870, -0.1530, "E07000140"),
    "Long Sutton": (52.7860, 0.1220, "E07000140"),
    # family homes ("f ...") and places named in locality extents
 "f Mile Cross": (52.6500, 1.2790, "E07000148"),
 "f Lakenham": (52.6080, 1.2990, "E07000148"),
 "f Heartsease": (52.6390, 1.3300, "E07000148"),
 "f Bowthorpe": (52.6380, 1.2170, "E07000148"),
 "f Anglia Sq": (52.6340, 1.2960, "E07000148"),
 "f Sprowston": (52.6530, 1.3250, "E07000144"),
 "f Hellesdon": (52.6580, 1.2500, "E07000144"),
 "f Aylsham": (52.7930, 1.2580, "E07000144"),
 "f Acle": (52.6400, 1.5430, "E07000144"),
 "f GY Northgate": (52.6150, 1.7290, "E07000145"),
 "f Gorleston": (52.5720, 1.7200, "E07000145"),
 "f Caister": (52.6510, 1.7240, "E07000145"),
 "f Cobholm": (52.6040, 1.7200, "E07000145"),
 "f Gaywood": (52.7600, 0.4300, "E07000146"),
 "f South Lynn": (52.7480, 0.4020, "E07000146"),
 "f Downham": (52.5960, 0.3900, "E07000146"),
 "f Thetford": (52.4180, 0.7350, "E07000143"),
 "f Dereham": (52.6760, 0.9450, "E07000143"),
 "f Attleborough": (52.5200, 1.0250, "E07000143"),
 "f Swaffham": (52.6450, 0.6920, "E07000143"),
 "f Wymondham": (52.5650, 1.1100, "E07000149"),
 "f Diss": (52.3800, 1.1150, "E07000149"),
 "f Long Stratton": (52.4900, 1.2350, "E07000149"),
 "f Sheringham": (52.9400, 1.2150, "E07000147"),
 "f North Walsham": (52.8250, 1.3950, "E07000147"),
 "f Fakenham": (52.8350, 0.8550, "E07000147"),
 "f Cromer": (52.9280, 1.2950, "E07000147"),
 "f Brandon": (52.4500, 0.6150, "E07000245"),
 "f Bungay": (52.4530, 1.4400, "E07000244"),
 "f Wisbech": (52.6600, 0.1650, "E07000010"),
 "Croxton": (52.4330, 0.7420, "E07000143"),
 "Kilverstone": (52.4290, 0.7870, "E07000143"),
 "Brettenham": (52.4200, 0.8380, "E07000143"),
 "Rushford": (52.4030, 0.8500, "E07000143"),
 "Toftwood": (52.6650, 0.9460, "E07000143"),
 "Scarning": (52.6710, 0.8990, "E07000143"),
 "Swanton Morley": (52.7150, 0.9850, "E07000143"),
 "Mattishall": (52.6590, 1.0360, "E07000143"),
 "Overstrand": (52.9170, 1.3380, "E07000147"),
 "East Runton": (52.9370, 1.2700, "E07000147"),
 "West Runton": (52.9370, 1.2470, "E07000147"),
 "Northrepps": (52.9010, 1.3400, "E07000147"),
 "Old Hunstanton": (52.9500, 0.5100, "E07000146"),
 "Heacham": (52.9080, 0.4920, "E07000146"),
 "Southtown": (52.6000, 1.7250, "E07000145"),
}


def candidates(letters):
    rows = {}
    for L in letters:
        rows.update(pcdb.load(L))
    grid = collections.Counter((e, n) for (_, e, n) in rows.values() if e == e and n == n)
    return rows, grid


def main():
    rows, grid = candidates("NPI")
    for place, (lat, lon, lad) in PLACES.items():
        e0, n0 = T.transform(lon, lat)
        best = None
        for pc, (la, e, n) in rows.items():
            if la != lad or e != e or n != n or grid[(e, n)] > 1:
                continue
            d = math.hypot(e - e0, n - n0)
            if best is None or d < best[0]:
                best = (d, pc)
        d, pc = best
        print(f"{place:24s} {pc[:-3]} {pc[-3:]:4s} {lad} {d:6.0f} m")


if __name__ == "__main__":
    main()
