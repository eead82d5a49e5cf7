"""Assemble the Bradford held-out set from the hand-written sources.

    /work/main/.venv/bin/python build.py

Writes directory.json, labels.json, scenarios.json and searches.json next to this file.
Deterministic: the same sources always give byte-identical output.
"""

import hashlib
import json
import re
from pathlib import Path

from common import CATS, COUNCILS, LANGUAGE_NAMES, LOCALITIES, ONS, VENUES, cat_term_uuid, service_id, uid
from scenarios_data import CASES
from searches_data import SEARCHES
from services_data import ORGS, SERVICES

HERE = Path(__file__).parent

LABEL_DEFAULTS = {
    "for_people_who_harm": False,
    "survivors_only": False,
    "sex": None,
    "child_sex": None,
    "conditions": [],
    "diagnosis_required": False,
    "group_only": None,
    "language_only": None,
    "contraindications": [],
    "closed": False,
}

COUNTY = {"E08000032": "West Yorkshire", "E08000035": "West Yorkshire", "E08000033": "West Yorkshire",
          "E08000034": "West Yorkshire", "E06000065": "North Yorkshire"}

APPLY_DEFAULTS = [
    "Ring us or send an email. Self-referrals welcome.",
    "Just turn up, or ring first if you would like to check.",
    "Any professional can refer using our online form; families can also ring.",
    "Call the number below and leave a message; we ring back within two working days.",
]


def h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16)


def slugify(text: str) -> str:
    text = text.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "service"


def areas_for(spec, sid: str) -> tuple[list[dict], dict]:
    if isinstance(spec, tuple):
        _, loc_key = spec
        places, outcodes = LOCALITIES[loc_key]
        area = {
            "id": uid("area", sid, loc_key),
            "name": ", ".join(places),
            "extent": ", ".join(places),
            "description": "Only for people living in " + ", ".join(places[:-1]) + " or " + places[-1] + ".",
        }
        return [area], {"outcodes": list(outcodes)}
    keys = ["england", "wales"] if spec == "england_wales" else [spec]
    out = []
    for key in keys:
        code, name = COUNCILS[key]
        out.append({"id": uid("area", sid, code), "name": name, "uri": ONS + code,
                    "description": f"Available to people living in {name}."})
    return out, {"la_codes": [COUNCILS[k][0] for k in keys]}


def location_for(venue_key: str, sid: str) -> dict:
    vname, street, town, postcode, la, lat, lon = VENUES[venue_key]
    loc_id = uid("location", venue_key)
    number = 1 + h(venue_key) % 120
    return {
        "id": uid("sal", sid, venue_key),
        "service_id": sid,
        "location_id": loc_id,
        "location": {
            "id": loc_id,
            "location_type": "physical",
            "name": vname,
            "addresses": [{
                "id": uid("address", venue_key),
                "location_id": loc_id,
                "address_1": f"{number} {street}",
                "city": town,
                "state_province": COUNTY[la],
                "postal_code": postcode,
                "country": "GB",
                "address_type": "physical",
            }],
            "latitude": lat,
            "longitude": lon,
        },
    }


def categories_for(cat_ids: list[int], sid: str) -> tuple[list[dict], list[dict]]:
    terms, attrs = [], []
    for cid in cat_ids:
        cat = CATS[cid]
        terms.append({"id": str(cid), "name": cat["name"], "vocabulary": "dfe-family-hubs"})
        term = {
            "id": cat_term_uuid(cid),
            "code": str(cid),
            "name": cat["name"],
            "description": f"DfE Family Hubs service category: {cat['name']}",
            "taxonomy": "dfe-family-hubs",
        }
        if cat["parent_id"]:
            term["parent_id"] = cat_term_uuid(cat["parent_id"])
        attrs.append({
            "id": uid("attribute", sid, str(cid)),
            "link_id": sid,
            "link_type": "service",
            "link_entity": "service",
            "taxonomy_term_id": term["id"],
            "taxonomy_term": term,
        })
    return terms, attrs


def build_service(s: dict) -> tuple[dict, dict]:
    key = s["key"]
    sid = service_id(key)
    org_name, org_desc, slug = ORGS[s["org"]]
    org_id = uid("organization", s["org"])
    website = f"https://www.{slug}.example.org.uk/"
    hv = h(key)
    rec: dict = {
        "id": sid,
        "organization_id": org_id,
        "name": s["name"],
        "description": s["desc"],
        "url": website + "services/" + slugify(s["name"]),
        "email": f"hello@{slug}.example.org.uk",
        "status": s.get("status", "active"),
        "organization": {"id": org_id, "name": org_name, "description": org_desc, "website": website},
        "phones": [{"id": uid("phone", sid), "number": s["phone"], "description": "Main number"}],
    }
    lo, hi = s["ages"]
    if lo is not None:
        rec["minimum_age"] = lo
    if hi is not None:
        rec["maximum_age"] = hi
    rec["eligibility_description"] = s["elig"]
    fee = s.get("fee")
    rec["fees_description"] = fee or "Free"
    if fee:
        rec["cost_options"] = [{"id": uid("cost", sid), "option": "Charge", "currency": "GBP",
                                "amount_description": fee}]
    else:
        rec["cost_options"] = [{"id": uid("cost", sid), "option": "Free", "currency": "GBP", "amount": 0,
                                "amount_description": "No charge"}]
    langs = s.get("langs", ["en"])
    rec["languages"] = []
    for code in langs:
        entry = {"id": uid("language", sid, code), "name": LANGUAGE_NAMES[code], "code": code}
        if len(langs) == 1 and code != "en":
            entry["note"] = f"Sessions are delivered in {LANGUAGE_NAMES[code]} only."
        rec["languages"].append(entry)
    if s.get("interp"):
        rec["interpretation_services"] = s["interp"]
    rec["application_process"] = s.get("apply") or APPLY_DEFAULTS[hv % len(APPLY_DEFAULTS)]
    if s.get("accreditations"):
        rec["accreditations"] = s["accreditations"]
    if s.get("alert"):
        rec["alert"] = s["alert"]
    rec["last_modified"] = f"2025-{1 + hv % 9:02d}-{1 + (hv >> 8) % 28:02d}T09:{(hv >> 16) % 60:02d}:00Z"
    rec["assured_date"] = f"2025-{1 + hv % 9:02d}-{1 + (hv >> 8) % 28:02d}"
    areas, label_area = areas_for(s["area"], sid)
    rec["service_areas"] = areas
    venues = s.get("venues", [])
    if venues == "confidential":
        loc_id = uid("location", key, "confidential")
        rec["service_at_locations"] = [{
            "id": uid("sal", sid, "confidential"),
            "service_id": sid,
            "location_id": loc_id,
            "location": {"id": loc_id, "location_type": "physical", "name": "Confidential address",
                         "description": "The refuge address is confidential and never published.",
                         "confidential": True},
        }]
    else:
        rec["service_at_locations"] = [location_for(v, sid) for v in venues]
    if s.get("sched"):
        sc = dict(s["sched"])
        rec["schedules"] = [{"id": uid("schedule", sid), "service_id": sid, "interval": 1, **sc}]
    terms, attrs = categories_for(s.get("cats", []), sid)
    rec["taxonomy_terms"] = terms
    rec["attributes"] = attrs
    label = dict(LABEL_DEFAULTS)
    label.update(s.get("lab", {}))
    label["area"] = label_area
    label["ages"] = [lo, hi]
    label["key"] = key
    if rec["status"] != "active":
        assert label["closed"], key
    return rec, label


def resolve(relevant: dict) -> dict:
    keys = {s["key"] for s in SERVICES}
    out = {}
    for key, grade in relevant.items():
        if key not in keys:
            raise KeyError(f"unknown service key {key}")
        out[service_id(key)] = grade
    return out


def main() -> None:
    services = sorted(SERVICES, key=lambda s: hashlib.sha256(s["key"].encode()).hexdigest())
    keys = [s["key"] for s in services]
    assert len(keys) == len(set(keys)), "duplicate keys"
    records, labels = [], {}
    for s in services:
        rec, label = build_service(s)
        records.append(rec)
        labels[rec["id"]] = label

    directory = {
        "description": ("Held-out early-help directory for Bradford and its neighbours (fictional services, real "
                        "places and postcodes). Do not tune on it."),
        "total_items": len(records),
        "total_pages": 1,
        "page_number": 1,
        "size": len(records),
        "first_page": True,
        "last_page": True,
        "empty": False,
        "contents": records,
    }
    label_doc = {"description": "Ground truth for each service in directory.json. The matcher must never see this.",
                 "services": labels}

    cases = []
    for c in CASES:
        case = {"id": c["id"], "postcode": c["postcode"], "children": [{"age": a} for a in c["children"]]}
        if c.get("languages"):
            case["languages"] = c["languages"]
        case["needs"] = [{"text": n["text"], "relevant": resolve(n["relevant"]), "reading": n["reading"]}
                         for n in c["needs"]]
        cases.append(case)
    scenarios = {"description": ("Closed-referral cases for Bradford and borders, with needs written as a duty "
                                 "social worker writes them and graded judgements against the whole directory."),
                 "cases": cases}

    searches = {"description": "Short public searches in families' own words, with graded judgements.",
                "cases": [{"id": q["id"], "text": q["text"], "postcode": q["postcode"], "crisis": q["crisis"],
                           "relevant": resolve(q["relevant"]), "reading": q["reading"]} for q in SEARCHES]}

    for name, doc in [("directory.json", directory), ("labels.json", label_doc),
                      ("scenarios.json", scenarios), ("searches.json", searches)]:
        (HERE / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(records)} services, {len(cases)} cases, {sum(len(c['needs']) for c in cases)} needs, "
          f"{len(searches['cases'])} searches")


if __name__ == "__main__":
    main()
