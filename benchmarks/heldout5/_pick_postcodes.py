"""Writer's aid: pick a real postcode near the middle of a postcode sector, skipping
postcodes whose grid point is shared with another postcode (PO boxes, large users).
Usage: python _pick_postcodes.py "EX4 1" "TQ13 8" ...
"""
import sys, collections
from check_postcodes import load_letters

def pick(sector, la=None, n=1):
    P = load_letters({sector[0]})
    grid = collections.Counter((e, nn) for (_, e, nn) in P.values())
    rows = [(pc, v) for pc, v in P.items()
            if (pc[:-3].strip() + ' ' + pc[-3]) == sector and isinstance(v[0], str)
            and grid[(v[1], v[2])] == 1 and (la is None or v[0] == la)]
    if not rows:
        return []
    ce = sum(v[1] for _, v in rows) / len(rows); cn = sum(v[2] for _, v in rows) / len(rows)
    rows.sort(key=lambda r: (r[1][1] - ce) ** 2 + (r[1][2] - cn) ** 2)
    from check_postcodes import norm
    return [(norm(pc), v[0]) for pc, v in rows[:n]]

if __name__ == '__main__':
    for s in sys.argv[1:]:
        print(s, pick(s, n=2))
