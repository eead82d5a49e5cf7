"""Writer's aid: find sectors recoded in the past (terminated rows sit next to live ones)."""
import json, collections
rows = json.load(open('/tmp/heldout4/_lancs_pcs.json'))
def fmt(pc):
    pc = pc.replace(' ', ''); return pc[:-3] + ' ' + pc[-3:]
grid = collections.defaultdict(list)
for pc, l, e, n in rows:
    if e is not None:
        grid[(int(e // 50), int(n // 50))].append((fmt(pc), e, n))
sec_total = collections.Counter(); sec_twin = collections.Counter(); pair = collections.defaultdict(collections.Counter)
for (gx, gy), lst in grid.items():
    for pc, e, n in lst:
        s = pc[:-2]
        sec_total[s] += 1
        found = None
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for p2, e2, n2 in grid.get((gx + dx, gy + dy), ()):
                    if p2[:-2] != s and abs(e2 - e) <= 15 and abs(n2 - n) <= 15:
                        found = p2[:-2]
        if found:
            sec_twin[s] += 1; pair[s][found] += 1
sus = {s: (sec_twin[s] / sec_total[s], sec_total[s], pair[s].most_common(2)) for s in sec_total if sec_twin[s] / sec_total[s] > 0.25 and sec_total[s] >= 10}
for s, v in sorted(sus.items()):
    print(s, round(v[0], 2), v[1], v[2])
json.dump(sorted(sus), open('/tmp/heldout4/_suspect_sectors.json', 'w'))
