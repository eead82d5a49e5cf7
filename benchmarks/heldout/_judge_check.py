"""Writer's aid: sanity-check hand judgements against the labels.
Flags relevant services that look ineligible, and lists eligible services
sharing a category with the need that were not judged relevant (for review)."""

import sys

sys.path.insert(0, ".")
import services_data as sd
from check_postcodes import lookup
from common import CAT_BY_NAME, STAFFS_DISTRICTS

SV = {k: (s, l) for k, s, l in sd.SERVICES}
ADULT = {"mother", "father", "parent", "couple", "family", "adult"}


def area_ok(label, la, oc):
    for c in label["area"]["la_codes"]:
        if c in (la, "K02000001"):
            return True
        if c == "E92000001" and la.startswith("E"):
            return True
        if c == "W92000004" and la.startswith("W"):
            return True
        if c == "E10000028" and la in STAFFS_DISTRICTS:
            return True
    return oc in label["area"]["outcodes"]


def problems(key, fam, rd):
    s, l = SV[key]
    out = []
    if l["closed"]:
        out.append("closed")
    if fam["postcode"]:
        la, _ = lookup(fam["postcode"])
        oc = fam["postcode"].replace(" ", "")[:-3]
        if not area_ok(l, la, oc):
            out.append("area")
    mn, mx = l["ages"]
    if rd["child_age"] is not None and rd["about"] in {"child", "young_person"} | ADULT:
        a = rd["child_age"]
        if mn is not None and mn < 18 and (a < mn or (mx is not None and a > mx)):
            out.append(f"age {a} not in {mn}-{mx}")
    elif rd["about"] in ADULT and mx is not None and mx < 18:
        ages = [c["age"] for c in fam.get("children", [])]
        if not any((mn or 0) <= a <= mx for a in ages):
            out.append(f"no child in {mn}-{mx}")
    if (
        l["sex"]
        and rd["sex"]
        and rd["about"] not in ("child", "young_person")
        and l["sex"] != rd["sex"]
    ):
        out.append("sex")
    if (
        l["child_sex"]
        and rd["sex"]
        and l["child_sex"][:-1] != {"female": "girl", "male": "boy"}[rd["sex"]]
    ):
        out.append("child_sex")
    if l["language_only"] and l["language_only"] not in fam.get("languages", []):
        out.append("language")
    if l["diagnosis_required"] and rd["diagnosed"] is False:
        out.append("diagnosis")
    if l["conditions"] and rd["condition"] and rd["condition"] not in l["conditions"]:
        out.append("condition")
    if set(l["contraindications"]) & set(rd["present"]):
        out.append("contra")
    if l["for_people_who_harm"] and rd["role"] != "causes_harm":
        out.append("harm-programme")
    if l["survivors_only"] and rd["role"] == "causes_harm":
        out.append("survivors-only")
    return out


def run(cases, show_missed=True):
    for c in cases:
        needs = c["needs"] if "needs" in c else [c]
        for i, nd in enumerate(needs):
            rd = nd["reading"]
            head = f"{c['id']}[{i}] {nd['text'][:70]}"
            printed = False
            for k in nd["relevant"]:
                if k not in SV:
                    print(head, "UNKNOWN", k)
                    printed = True
                    continue
                p = problems(k, c, rd)
                if p:
                    print(head, "\n   FLAG", k, p)
                    printed = True
            if show_missed:
                cats = {CAT_BY_NAME[x] for x in rd["categories"]}
                for k, (s, l) in SV.items():
                    if k in nd["relevant"]:
                        continue
                    if not (set(s["_tags"]) & cats):
                        continue
                    if problems(k, c, rd):
                        continue
                    if l["group_only"] or l["language_only"]:
                        continue
                    if l["conditions"] and rd["condition"] not in l["conditions"]:
                        continue
                    if l["sex"] and (
                        rd["about"] in ("child", "young_person") or rd["sex"] != l["sex"]
                    ):
                        continue
                    if l["survivors_only"] and rd["role"] not in ("harmed", "witnessed"):
                        continue
                    mn, mx = l["ages"]
                    if rd["about"] in ("child", "young_person") and mn is not None and mn >= 18:
                        continue
                    if (
                        rd["about"] in ADULT
                        and rd["child_age"] is None
                        and mx is not None
                        and mx < 18
                        and rd["about"] in ("mother", "father", "adult")
                    ):
                        continue
                    if not printed:
                        print(head)
                        printed = True
                    print(
                        "   missed?",
                        k,
                        "|",
                        s["name"][:60],
                        "|",
                        l["group_only"] or "",
                        l["sex"] or "",
                        "/".join(l["conditions"]),
                    )


if __name__ == "__main__":
    import scenarios_data

    run(scenarios_data.CASES)
    try:
        import searches_data

        print("\n===== searches")
        run(searches_data.CASES)
    except ImportError:
        pass
