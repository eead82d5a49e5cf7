"""Writer's aid: for each need, list services that are eligible by their labels and share a
DfE category (or a keyword) with the reading, but were not graded; and show graded ones.
Usage: python _judge_check.py [case_id ...]"""
import json, sys
from common import *
import services_data as SD, scenarios_data, searches_data
import validate as V
from check_postcodes import lookup

SRC = {s['key']: s for s in SD.SERVICES}
labels = json.load(open('labels.json'))['services']
LAB = {l['key']: l for l in labels.values()}
for s in SD.SERVICES:
    V.PLACE_NAMES[s['key']] = [n for a in s['area'] for n in (a[2] if a[0] == 'ext' else [LA_NAMES[a[1]]])]

def report(cid, pc, children, langs, nd, text):
    pc_la = lookup([pc])[pc][0] if pc else None
    rd = nd['reading']
    cats = {DFE_BY_NAME[c] for c in rd['categories']}
    print(f'\n== {cid} [{pc} {pc_la}] {text[:150]}')
    print('   reading:', {k: v for k, v in rd.items() if v not in (None, [], False)})
    for k, g in sorted(nd['relevant'].items(), key=lambda x: -x[1]):
        print(f'   {g} {k}')
    for k, s in SRC.items():
        if k in nd['relevant']:
            continue
        if not (cats & set(s['cats'])) and not any(w in (s['name'] + s['description']).lower() for w in nd.get('kw', [])):
            continue
        why = V.why_ineligible(LAB[k], rd, pc, pc_la, children, langs, nd, text=text if pc is None else None)
        if not why:
            print(f'   ? {k:28s} {s["name"][:60]}')

want = set(sys.argv[1:])
for c in scenarios_data.CASES:
    if want and c['id'] not in want:
        continue
    for nd in c['needs']:
        report(c['id'], c['postcode'], c['children'], c.get('languages'), nd, nd['text'])
for q in searches_data.SEARCHES:
    if want and q['id'] not in want:
        continue
    report(q['id'], q['postcode'], [q['reading']['child_age']] if q['reading']['child_age'] is not None else [],
           q.get('languages'), q, q['text'])
