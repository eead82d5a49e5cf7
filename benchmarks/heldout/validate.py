"""Validate the held-out set from the JSON files alone.

Checks: every file parses; directory shape and unique ids; every service has
a label and every label a service; every id in scenarios/searches exists;
grades are 1 or 2; readings use the allowed values and exact DfE category
names; and (if the postcode package is importable) every postcode exists.

Run: /work/main/.venv/bin/python validate.py
"""
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
CATS = {r["name"] for r in csv.DictReader(open("/work/shared/data/dfe-family-hubs-categories.csv", encoding="utf-8")) if r["parent_id"]}
ABOUT = {"child", "young_person", "mother", "father", "parent", "couple", "family", "adult"}
ROLES = {None, "harmed", "witnessed", "causes_harm", "conflict"}
PRESENT = {"domestic_abuse", "substance_use", "harm_person_at_home"}
LABEL_KEYS = {"for_people_who_harm", "survivors_only", "sex", "child_sex", "conditions", "diagnosis_required",
              "group_only", "language_only", "contraindications", "closed", "area", "ages"}


def main():
    errors = []
    load = lambda n: json.loads((HERE / n).read_text(encoding="utf-8"))
    d, labels, scen, srch = load("directory.json"), load("labels.json")["services"], load("scenarios.json"), load("searches.json")
    ids = [s["id"] for s in d["contents"]]
    if len(ids) != len(set(ids)):
        errors.append("duplicate service ids")
    if d["total_items"] != len(ids) or d["size"] != len(ids):
        errors.append("total_items/size mismatch")
    for s in d["contents"]:
        for f in ("id", "name", "status", "organization"):
            if f not in s:
                errors.append(f"{s.get('id')}: missing {f}")
        if s["status"] not in ("active", "inactive", "defunct", "temporarily closed"):
            errors.append(f"{s['id']}: bad status")
    missing = set(ids) - set(labels)
    extra = set(labels) - set(ids)
    if missing or extra:
        errors.append(f"labels missing for {sorted(missing)}; labels without service {sorted(extra)}")
    for sid, lab in labels.items():
        if not LABEL_KEYS <= set(lab):
            errors.append(f"label {sid} lacks {LABEL_KEYS - set(lab)}")
    idset = set(ids)

    def check_reading(r, where):
        if r["about"] not in ABOUT or r["role"] not in ROLES or r["sex"] not in (None, "female", "male"):
            errors.append(f"{where}: bad reading values")
        if not (1 <= len(r["categories"]) <= 3) or any(c not in CATS for c in r["categories"]):
            errors.append(f"{where}: bad categories {r['categories']}")
        if any(p not in PRESENT for p in r["present"]):
            errors.append(f"{where}: bad present {r['present']}")

    n_needs = n_empty = 0
    for c in scen["cases"]:
        for i, nd in enumerate(c["needs"]):
            n_needs += 1
            n_empty += not nd["relevant"]
            for sid, g in nd["relevant"].items():
                if sid not in idset or g not in (1, 2):
                    errors.append(f"{c['id']}[{i}]: bad relevant {sid}={g}")
            check_reading(nd["reading"], f"{c['id']}[{i}]")
    for c in srch["cases"]:
        for sid, g in c["relevant"].items():
            if sid not in idset or g not in (1, 2):
                errors.append(f"{c['id']}: bad relevant {sid}={g}")
        check_reading(c["reading"], c["id"])
    try:
        import check_postcodes
        for pc in check_postcodes.used_postcodes():
            if check_postcodes.lookup(pc) is None:
                errors.append(f"unknown postcode {pc}")
    except ImportError as e:  # brotli/msgpack not available in this interpreter
        print("postcode check skipped:", e)
    print(f"services={len(ids)} labels={len(labels)} scenarios={len(scen['cases'])} needs={n_needs} "
          f"empty_needs={n_empty} searches={len(srch['cases'])} crisis_searches={sum(c['crisis'] for c in srch['cases'])}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
