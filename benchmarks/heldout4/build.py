"""Build the Lancashire held-out set: directory.json, labels.json, scenarios.json, searches.json.

Deterministic: ids are UUIDv5s of the writer's keys, the service order is a fixed hash
order, and nothing depends on the clock.  Run with the project environment:
    /work/main/.venv/bin/python build.py
"""
import hashlib
import json
import os

from common import (uid, ONS_URI, AREA_NAMES, DFE, PLACES, LAST_MODIFIED)
from services_data import ORGS, SERVICES, EN
from scenarios_data import CASES
from searches_data import SEARCHES

HERE = os.path.dirname(os.path.abspath(__file__))
LABEL_DEFAULTS = dict(for_people_who_harm=False, survivors_only=False, sex=None, child_sex=None,
                      conditions=[], diagnosis_required=False, group_only=None, language_only=None,
                      contraindications=[], closed=False)
WRITER_ONLY = {"groups", "languages_hint", "named_las", "person_age", "place"}


def sid(key):
    return uid("service", key)


def term(code):
    name, parent = DFE[code]
    t = {"id": uid("dfe-term", code), "code": str(code), "name": name,
         "description": f"DfE Family Hubs service category: {name}",
         "taxonomy": "dfe-family-hubs"}
    if parent is not None:
        t["parent_id"] = uid("dfe-term", parent)
    return t


def service_record(s):
    key = s["key"]
    s_id = sid(key)
    org_name, org_desc, org_web = ORGS[s["org"]]
    org_id = uid("org", s["org"])
    rec = {
        "id": s_id,
        "organization_id": org_id,
        "name": s["name"],
        "description": s["description"],
        "url": s["url"],
        "email": s["email"],
        "status": s.get("status", "active"),
    }
    if s.get("ages") is not None:
        lo, hi = s["ages"]
        if lo is not None:
            rec["minimum_age"] = lo
        if hi is not None:
            rec["maximum_age"] = hi
    if s.get("eligibility"):
        rec["eligibility_description"] = s["eligibility"]
    rec["fees_description"] = s.get("fees", "Free")
    if s.get("costs"):
        rec["cost_options"] = [{"id": uid("cost", key, i), "option": o, "amount": a, "amount_description": d}
                               for i, (o, a, d) in enumerate(s["costs"])]
    if s.get("interp"):
        rec["interpretation_services"] = s["interp"]
    if s.get("application"):
        rec["application_process"] = s["application"]
    if s.get("accreditations"):
        rec["accreditations"] = s["accreditations"]
    if s.get("alert"):
        rec["alert"] = s["alert"]
    rec["last_modified"] = LAST_MODIFIED
    rec["assured_date"] = "2025-10-15"
    rec["organization"] = {"id": org_id, "name": org_name, "description": org_desc, "website": org_web}
    rec["phones"] = []
    for i, (num, desc) in enumerate(s.get("phones", [])):
        p = {"id": uid("phone", key, i), "number": num}
        if desc:
            p["description"] = desc
        rec["phones"].append(p)
    rec["languages"] = []
    for i, (name, code, note) in enumerate(s.get("langs") or EN):
        lg = {"id": uid("language", key, i), "name": name, "code": code}
        if note:
            lg["note"] = note
        rec["languages"].append(lg)
    rec["service_areas"] = []
    for i, a in enumerate(s["areas"]):
        if a[0] == "la":
            _, code, desc = a
            sa = {"id": uid("area", key, i), "name": AREA_NAMES[code], "uri": ONS_URI + code}
            sa["description"] = desc or f"Anyone living in {AREA_NAMES[code]}"
        else:
            _, name, places, outcodes, desc = a
            sa = {"id": uid("area", key, i), "name": name, "extent": ", ".join(places),
                  "extent_type": "text", "description": desc or name}
        rec["service_areas"].append(sa)
    rec["service_at_locations"] = []
    if s["locs"] == "confidential":
        rec["service_at_locations"].append({
            "id": uid("sal", key, "confidential"),
            "location": {"id": uid("location", key, "confidential"), "location_type": "physical",
                         "name": "Confidential address",
                         "description": "The refuge address is never published. Call the referral line.",
                         "confidential": True}})
    else:
        for place, lname, street in s["locs"]:
            pc, la, lat, lon, town = PLACES[place]
            loc = {"id": uid("location", place, lname), "location_type": "physical", "name": lname,
                   "addresses": [{"id": uid("address", place, lname), "address_1": street, "city": town,
                                  "state_province": "Lancashire", "postal_code": pc, "country": "GB",
                                  "address_type": "physical"}]}
            if lat is not None:
                loc["latitude"] = lat
                loc["longitude"] = lon
            rec["service_at_locations"].append({"id": uid("sal", key, place, lname), "location": loc})
    if s.get("schedules"):
        rec["schedules"] = []
        for i, sc in enumerate(s["schedules"]):
            d = {"id": uid("schedule", key, i), "freq": sc["freq"], "interval": 1}
            for f in ("byday", "opens_at", "closes_at", "description"):
                if sc.get(f):
                    d[f] = sc[f]
            rec["schedules"].append(d)
    rec["taxonomy_terms"] = [{"id": str(c), "name": DFE[c][0], "vocabulary": "dfe-family-hubs"} for c in s["cats"]]
    rec["attributes"] = [{"id": uid("attribute", key, c), "link_id": s_id, "link_type": "service",
                          "taxonomy_term_id": uid("dfe-term", c), "taxonomy_term": term(c)} for c in s["cats"]]
    return rec


def label_record(s):
    lab = dict(LABEL_DEFAULTS)
    lab.update(s.get("label", {}))
    if s.get("status", "active") != "active":
        lab["closed"] = True
    la_codes, outcodes = [], []
    for a in s["areas"]:
        if a[0] == "la":
            la_codes.append(a[1])
        else:
            outcodes.extend(o for o in a[3] if o not in outcodes)
    lab["area"] = {"la_codes": la_codes, "outcodes": outcodes}
    lab["ages"] = list(s["ages"]) if s.get("ages") is not None else [None, None]
    lab["key"] = s["key"]
    return lab


def reading(r):
    out = {"about": r["about"], "child_age": r.get("child_age"), "categories": r["categories"],
           "role": r.get("role"), "sex": r.get("sex"), "condition": r.get("condition"),
           "diagnosed": r.get("diagnosed"), "present": r.get("present", [])}
    return out


def relevant(rel):
    return {sid(k): g for k, g in rel.items()}


def order_key(key):
    return hashlib.sha256(("lancashire-heldout:" + key).encode()).hexdigest()


def main():
    services = sorted(SERVICES, key=lambda s: order_key(s["key"]))
    contents = [service_record(s) for s in services]
    directory = {
        "description": "Held-out early-help directory: Lancashire (E10000017) and its unitary neighbours "
                       "Blackburn with Darwen and Blackpool, plus national services. Every organisation, "
                       "person, phone number and e-mail/web address is fictional. CC0 1.0.",
        "total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
        "first_page": True, "last_page": True, "empty": False, "contents": contents,
    }
    labels = {"description": "Ground truth for each service in directory.json (Lancashire held-out set). "
                             "The matcher must never see this file.",
              "services": {sid(s["key"]): label_record(s) for s in services}}
    cases = []
    for c in CASES:
        case = {"id": c["id"], "postcode": c["postcode"], "children": [{"age": a} for a in c["children"]]}
        if c.get("languages"):
            case["languages"] = c["languages"]
        case["needs"] = [{"text": n["text"], "relevant": relevant(n["relevant"]), "reading": reading(n["reading"])}
                         for n in c["needs"]]
        cases.append(case)
    scenarios = {"description": "Closed-referral cases (no further action) in Lancashire, Blackburn with Darwen "
                                "and Blackpool, with needs as a duty social worker writes them and graded "
                                "judgements (2 right, 1 partly right) against the whole directory. "
                                "Fictional. CC0 1.0.",
                 "cases": cases}
    searches = {"description": "Short public searches typed by families, with graded judgements. A null postcode "
                               "means a Lancashire county resident in an unknown locality. Fictional. CC0 1.0.",
                "cases": [{"id": s["id"], "text": s["text"], "postcode": s.get("postcode"), "crisis": s["crisis"],
                           "relevant": relevant(s["relevant"]), "reading": reading(s["reading"])}
                          for s in SEARCHES]}
    for name, obj in (("directory.json", directory), ("labels.json", labels),
                      ("scenarios.json", scenarios), ("searches.json", searches)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"services {len(contents)}, cases {len(cases)}, needs {sum(len(c['needs']) for c in cases)}, "
          f"searches {len(searches['cases'])}")


if __name__ == "__main__":
    main()
