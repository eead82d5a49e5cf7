"""Writer's aid: check judgements against the labels, and list eligible services that share a
category with a need but were not judged, for a second look. The set does not need it.
"""

import json
from pathlib import Path

from check_postcodes import load
from common import CATS, LOCALITIES

HERE = Path(__file__).parent
labels = json.loads((HERE / "labels.json").read_text())["services"]
services = {s["id"]: s for s in json.loads((HERE / "directory.json").read_text())["contents"]}
scen = json.loads((HERE / "scenarios.json").read_text())["cases"]
searches = json.loads((HERE / "searches.json").read_text())["cases"]
pcs = load({"B", "L", "H", "W"})
ADULT_ABOUT = {"mother", "father", "parent", "couple", "adult"}


def area_ok(lab, postcode, text):
    area = lab["area"]
    if postcode is None:
        la, outcode = "E08000032", None
    else:
        la, outcode = pcs[postcode.replace(" ", "")], postcode.split()[0]
    if "la_codes" in area:
        return la in area["la_codes"] or "K02000001" in area["la_codes"] or (
            "E92000001" in area["la_codes"] and la.startswith("E"))
    if outcode is None:
        places = [p for k, (ps, _) in LOCALITIES.items() for p in ps]
        ext = services_by_key[lab["key"]]["service_areas"][0]["extent"].lower()
        return any(p.lower() in text.lower() and p.lower() in ext for p in places)
    return outcode in area["outcodes"]


services_by_key = {lab["key"]: services[sid] for sid, lab in labels.items()}


def why_not(lab, need, children, languages, postcode):
    r = need["reading"]
    out = []
    if lab["closed"]:
        out.append("closed")
    if not area_ok(lab, postcode, need["text"]):
        out.append("area")
    lo, hi = lab["ages"]
    ages = [r["child_age"]] if r["child_age"] is not None else children
    if lo is not None and lo < 16 and ages:
        if not any((lo is None or a >= lo) and (hi is None or a <= hi) for a in ages):
            out.append(f"age {lo}-{hi} vs {ages}")
    if lab["sex"] and r["sex"] and lab["sex"] != r["sex"] and (r["about"] in ADULT_ABOUT or lab["child_sex"] is None):
        out.append("sex")
    if lab["sex"] and r["sex"] is None and r["about"] in ADULT_ABOUT and r["about"] not in ("parent", "couple"):
        out.append("sex?")
    if lab["child_sex"] and r["sex"] and {"girls": "female", "boys": "male"}[lab["child_sex"]] != r["sex"]:
        out.append("child_sex")
    if lab["language_only"] and lab["language_only"] not in (languages or ["en"]):
        out.append("language")
    if set(lab["contraindications"]) & set(r["present"]):
        out.append("contraindicated")
    if lab["for_people_who_harm"] and r["role"] != "causes_harm":
        out.append("harm programme")
    if lab["survivors_only"] and r["role"] not in ("harmed", "witnessed"):
        out.append("survivors only")
    if lab["diagnosis_required"] and r["diagnosed"] is not True:
        out.append("diagnosis")
    if lab["conditions"] and r["condition"] not in lab["conditions"]:
        out.append("condition")
    return out


def sub_names(sid):
    return {t["name"] for t in services[sid].get("taxonomy_terms", [])}


def review(where, need, children, languages, postcode):
    cats = set(need["reading"]["categories"])
    for sid, g in need["relevant"].items():
        lab = labels[sid]
        w = why_not(lab, need, children, languages, postcode)
        if w:
            print(f"!! {where}: judged {lab['key']}={g} but {w}")
        if lab["group_only"]:
            print(f"   {where}: {lab['key']} is group-only ({lab['group_only']}) – check")
    for sid, lab in labels.items():
        if sid in need["relevant"]:
            continue
        if sub_names(sid) & cats and not why_not(lab, need, children, languages, postcode):
            print(f"?  {where}: unjudged eligible {lab['key']} ({', '.join(sorted(sub_names(sid) & cats))})")


for c in scen:
    for i, n in enumerate(c["needs"]):
        review(f"{c['id']}[{i}]", n, [ch["age"] for ch in c["children"]], c.get("languages"), c["postcode"])
for q in searches:
    review(q["id"], q, [], None, q["postcode"])
