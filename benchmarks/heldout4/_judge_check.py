"""Writer's aid (the set does not need it): for every need and search, list services that
pass the label rules and share a DfE category with the reading, but were not graded.
Each one was looked at by hand; most are rightly left out (wrong kind of help)."""
import json
import validate as V
from common import DFE
from services_data import SERVICES
from scenarios_data import CASES
from searches_data import SEARCHES
from check_postcodes import lookup, CASE_LA

d = V.load("directory.json"); L = V.load("labels.json")["services"]
sc = V.load("scenarios.json"); se = V.load("searches.json")
by_id = {s["id"]: s for s in d["contents"]}
ages_of = {s["key"]: s.get("ages_of", "child") for s in SERVICES}
name2code = {v[0]: k for k, v in DFE.items()}
pcs = lookup([c["postcode"] for c in sc["cases"]] + [s["postcode"] for s in se["cases"] if s["postcode"]])
src_c = {c["id"]: c for c in CASES}; src_s = {s["id"]: s for s in SEARCHES}


def report(where, text, rel, ctx):
    want = {name2code[c] for c in ctx["reading"]["categories"]}
    want |= {DFE[c][1] for c in want}
    miss = []
    for sid, s in by_id.items():
        if sid in rel:
            continue
        cats = {int(t["id"]) for t in s.get("taxonomy_terms", [])}
        if not (cats & want):
            continue
        if not V.eligible_reasons(L[sid], s, ages_of[L[sid]["key"]], ctx):
            miss.append(L[sid]["key"])
    if miss:
        print(f"{where}: {text[:60]!r}\n    eligible, same category, not graded: {', '.join(sorted(miss))}")


for c in sc["cases"]:
    la = pcs[c["postcode"]][0]
    for i, (n, sn) in enumerate(zip(c["needs"], src_c[c["id"]]["needs"])):
        ctx = dict(la=la, outcode=c["postcode"].split()[0], children=[x["age"] for x in c["children"]],
                   languages=c.get("languages", []), groups=src_c[c["id"]].get("groups", []) + sn.get("groups", []),
                   reading=n["reading"], person_age=sn.get("person_age"), named_las=[], text=n["text"])
        report(f"{c['id']}.{i + 1}", n["text"], n["relevant"], ctx)
for s in se["cases"]:
    src = src_s[s["id"]]
    la = pcs[s["postcode"]][0] if s["postcode"] else None
    ctx = dict(la=la, outcode=s["postcode"].split()[0] if s["postcode"] else None, children=[],
               languages=src.get("languages_hint", []), groups=src.get("groups", []), reading=s["reading"],
               person_age=None, named_las=src.get("named_las", []), text=s["text"])
    report(s["id"], s["text"], s["relevant"], ctx)
