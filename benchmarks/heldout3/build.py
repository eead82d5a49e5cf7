"""Assemble directory.json, labels.json, scenarios.json and searches.json from the
hand-written sources. Deterministic: ids are UUIDv5s of the writer's keys, dates and
orderings are derived from hashes of the keys, and no clock or randomness is used."""
import datetime
import hashlib
import json
import os

from pyproj import Transformer

import pcdb
from common import (CATS, COUNTIES, HERE, ONS, PLACES, area_label, mail, uid, web)
from scenarios_data import CASES
from searches_data import SEARCHES
from services_data import EN, ORGS, SERVICES

TO_WGS84 = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
COUNTY_OF_LAD = {lad: name for code, (name, lads) in COUNTIES.items() for lad in lads}
COUNTY_OF_LAD.update({"E07000010": "Cambridgeshire", "E07000140": "Lincolnshire"})
PHONE_FORMATS = {"std": "01632 960{:03d}", "free": "0808 157 0{:03d}", "mob": "07700 900{:03d}"}
VOCAB = "dfe-family-hubs"

LABEL_DEFAULTS = dict(for_people_who_harm=False, survivors_only=False, sex=None, child_sex=None,
                      conditions=[], diagnosis_required=False, group_only=None,
                      language_only=None, contraindications=[], closed=False)


def h(*parts):
    return int(hashlib.sha256("/".join(parts).encode()).hexdigest(), 16)


def service_id(key):
    return uid("service", key)


def stamp(key):
    """A fixed last_modified / assured_date pair derived from the key."""
    base = datetime.datetime(2024, 9, 2, 9, 0, tzinfo=datetime.timezone.utc)
    n = h("modified", key)
    t = base + datetime.timedelta(days=n % 420, minutes=(n // 420) % 480)
    assured = (t - datetime.timedelta(days=(n // 7) % 30)).date().isoformat()
    return t.strftime("%Y-%m-%dT%H:%M:%SZ"), assured


def area_records(sid, areas):
    out = []
    for i, a in enumerate(areas):
        rec = {"id": uid("area", sid, i), "service_id": sid, "name": a["name"]}
        if a["kind"] == "locality":
            rec["extent"] = ", ".join(a["places"])
            rec["extent_type"] = "text"
        else:
            rec["uri"] = ONS + a["code"]
        if a.get("description"):
            rec["description"] = a["description"]
        out.append(rec)
    return out


def location_record(sid, place, venue, with_coords):
    if place == "confidential":
        lid = uid("location", sid, "confidential")
        return {"id": uid("sal", sid, lid), "service_id": sid, "location_id": lid,
                "location": {"id": lid, "location_type": "physical", "name": venue,
                             "description": "The address is confidential for residents' safety.",
                             "confidential": True}}
    postcode, lad, town, street = PLACES[place]
    lid = uid("location", place, venue)
    loc = {"id": lid, "location_type": "physical", "name": venue,
           "addresses": [{"id": uid("address", lid), "location_id": lid, "address_1": street,
                          "city": town, "state_province": COUNTY_OF_LAD[lad],
                          "postal_code": postcode, "country": "GB",
                          "address_type": "physical"}]}
    if with_coords:
        _, e, n = pcdb.lookup(postcode)
        lon, lat = TO_WGS84.transform(e, n)
        loc["latitude"] = round(lat, 5)
        loc["longitude"] = round(lon, 5)
    return {"id": uid("sal", sid, lid), "service_id": sid, "location_id": lid, "location": loc}


def term(cid):
    row = CATS[cid]
    t = {"id": uid("dfe", cid), "code": cid, "name": row["name"],
         "description": (f"DfE Family Hubs service category: {row['name']}"
                         + (f" (under {row['parent_name']})" if row["parent_id"] else "")),
         "taxonomy": VOCAB}
    if row["parent_id"]:
        t["parent_id"] = uid("dfe", row["parent_id"])
    return t


def build_service(idx, s):
    key = s["key"]
    sid = service_id(key)
    oname, slug, odesc = ORGS[s["org"]]
    oid = uid("organization", s["org"])
    modified, assured = stamp(key)
    rec = {"id": sid, "name": s["name"], "description": s["desc"],
           "status": s.get("status", "active"), "organization_id": oid,
           "organization": {"id": oid, "name": oname, "description": odesc, "website": web(slug)},
           "url": web(slug, s.get("path", "")), "email": mail(s["email"], slug)}
    if s.get("phone"):
        kind, pdesc = s["phone"]
        ph = {"id": uid("phone", sid), "service_id": sid,
              "number": PHONE_FORMATS[kind].format(100 + idx * 7 % 800)}
        if pdesc:
            ph["description"] = pdesc
        rec["phones"] = [ph]
    lo, hi = s["ages"]
    if lo is not None:
        rec["minimum_age"] = lo
    if hi is not None:
        rec["maximum_age"] = hi
    if s.get("elig"):
        rec["eligibility_description"] = s["elig"]
    if s.get("fees"):
        rec["fees_description"] = s["fees"]
    if s.get("costs"):
        rec["cost_options"] = [{"id": uid("cost", sid, i), "service_id": sid, "option": o,
                                "amount": a, "currency": "GBP", "amount_description": d}
                               for i, (o, a, d) in enumerate(s["costs"])]
    langs = s.get("langs") or [EN]
    rec["languages"] = []
    for i, (name, code, note) in enumerate(langs):
        lang = {"id": uid("language", sid, i), "service_id": sid, "name": name, "code": code}
        if note:
            lang["note"] = note
        rec["languages"].append(lang)
    for src, dst in (("interp", "interpretation_services"), ("apply", "application_process"),
                     ("accred", "accreditations"), ("alert", "alert")):
        if s.get(src):
            rec[dst] = s[src]
    rec["last_modified"] = modified
    if h("assured", key) % 5:
        rec["assured_date"] = assured
    rec["service_areas"] = area_records(sid, s["areas"])
    with_coords = h("coords", key) % 3 != 0
    rec["service_at_locations"] = [location_record(sid, p, v, with_coords) for p, v in s["locs"]]
    if s.get("sched"):
        rec["schedules"] = []
        for i, sc in enumerate(s["sched"]):
            r = {"id": uid("schedule", sid, i), "service_id": sid}
            r.update({k: v for k, v in sc.items() if v is not None})
            rec["schedules"].append(r)
    rec["taxonomy_terms"] = [{"id": c, "name": CATS[c]["name"], "vocabulary": VOCAB}
                             for c in s["cats"]]
    rec["attributes"] = [{"id": uid("attribute", sid, c), "link_id": sid, "link_type": "service",
                          "link_entity": "service", "taxonomy_term_id": uid("dfe", c),
                          "taxonomy_term": term(c)} for c in s["cats"]]
    return rec


def label(s):
    lab = dict(LABEL_DEFAULTS)
    lab["conditions"] = []
    lab["contraindications"] = []
    lab.update(s.get("lab", {}))
    lab["area"] = area_label(s["areas"])
    lab["ages"] = [s["ages"][0], s["ages"][1]]
    lab["key"] = s["key"]
    return lab


def grades(rel):
    return {service_id(k): g for k, g in rel.items()}


def main():
    keys = {s["key"] for s in SERVICES}
    order = sorted(range(len(SERVICES)), key=lambda i: hashlib.sha256(
        SERVICES[i]["key"].encode()).hexdigest())
    contents = [build_service(i, SERVICES[i]) for i in order]
    directory = {
        "description": ("Held-out evaluation directory 3: Norfolk and borders. 80 fictional "
                        "early-help services as one Open Referral UK page. Invented organisations "
                        "and contacts; real place names, street names and postcodes. CC0 1.0."),
        "total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
        "first_page": True, "last_page": True, "empty": False, "contents": contents}
    labels = {"description": ("Ground truth for each service in directory.json (held-out set 3, "
                              "Norfolk). Never shown to the matcher."),
              "services": {service_id(SERVICES[i]["key"]): label(SERVICES[i]) for i in order}}

    cases = []
    for c in CASES:
        out = {"id": c["id"], "postcode": PLACES[c["place"]][0],
               "children": [{"age": a} for a in c["children"]]}
        if c.get("languages"):
            out["languages"] = c["languages"]
        out["needs"] = []
        for n in c["needs"]:
            assert set(n["relevant"]) <= keys, set(n["relevant"]) - keys
            out["needs"].append({"text": n["text"], "relevant": grades(n["relevant"]),
                                 "reading": n["reading"]})
        cases.append(out)
    scenarios = {"description": ("Held-out set 3 (Norfolk): closed-referral cases (NFA by "
                                 "children's social care), each need graded against the whole "
                                 "directory. 2 = right for this family, 1 = partly right or "
                                 "acceptable, {} = nothing suitable in the directory."),
                 "cases": cases}

    searches = {"description": ("Held-out set 3 (Norfolk): short public searches in families' "
                                "own words. A null postcode means a Norfolk resident in an "
                                "unknown locality. crisis = immediate risk."),
                "cases": []}
    for q in SEARCHES:
        assert set(q["relevant"]) <= keys
        searches["cases"].append({"id": q["id"], "text": q["text"],
                                  "postcode": PLACES[q["place"]][0] if q["place"] else None,
                                  "crisis": q["crisis"], "relevant": grades(q["relevant"]),
                                  "reading": q["reading"]})

    for name, obj in (("directory.json", directory), ("labels.json", labels),
                      ("scenarios.json", scenarios), ("searches.json", searches)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
