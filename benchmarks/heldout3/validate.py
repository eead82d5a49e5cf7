"""Parse the four JSON files and check them: schemas (HSDS 3.0 and ORUK compiled
service.json, format checks on), ids, labels, grades against labels, readings, areas,
postcodes, contact details and categories. Exit status 0 only when everything passes."""
import csv
import json
import os
import re
import sys
import uuid
from datetime import date, datetime
from urllib.parse import urlparse

import jsonschema
import jsonschema_rs

import pcdb
from common import (CATS, DRAMA_PREFIXES, EXTENT_PLACES, HERE, NORFOLK_DISTRICTS,
                    OUTCODES_CSV, PLACES, STANDARDS, SUBCATEGORY_NAMES, outcode, uid)
from scenarios_data import CASES
from searches_data import SEARCHES
from services_data import SERVICES

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


ABOUT = {"child", "young_person", "mother", "father", "parent", "couple", "family", "adult"}
ROLES = {None, "harmed", "witnessed", "causes_harm", "conflict"}
SEXES = {None, "female", "male"}
PRESENT = {"domestic_abuse", "harm_person_at_home", "substance_use"}
GROUPS = {None, "young_parents", "in_recovery", "free_school_meals",
          "bereaved_parents_baby_loss", "kinship_carers", "armed_forces", "asylum_refugee",
          "young_carers"}
CONDITIONS = {"autism", "adhd", "down_syndrome", "hearing_impairment", "visual_impairment",
              "eating_disorder", "fasd", "perinatal_mental_health", "disability",
              "developmental_delay", "epilepsy"}
NATIONAL = {"E92000001", "K02000001"}
ADULT_ABOUT = {"mother", "father", "adult", "couple"}


# ------------------------------------------------------------------ schemas
def check_schemas(directory):
    schemas = {
        "HSDS 3.0": os.path.join(STANDARDS, "hsds-3.0", "schema", "compiled", "service.json"),
        "ORUK": os.path.join(STANDARDS, "oruk-uk-profile", "schema", "compiled", "service.json"),
    }
    for label, path in schemas.items():
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        py = cls(schema, format_checker=cls.FORMAT_CHECKER)
        rs = jsonschema_rs.validator_for(schema, validate_formats=True)
        for s in directory["contents"]:
            for e in py.iter_errors(s):
                err(f"{label} schema (jsonschema) {s['name']}: {e.message} at {list(e.path)}")
            for e in rs.iter_errors(s):
                err(f"{label} schema (jsonschema_rs) {s['name']}: {e.message}")


def is_uuid(x):
    try:
        return str(uuid.UUID(x)) == x
    except (ValueError, TypeError, AttributeError):
        return False


def walk_ids(obj, seen, where):
    """Every `id` below a service (except DfE taxonomy_terms ids) must be a UUID; ids of
    records that are not shared (areas, phones, languages, ...) must be unique."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "taxonomy_terms":
                continue
            if k.endswith("id") and k != "id" and isinstance(v, str) and not is_uuid(v):
                err(f"{where}: {k} {v!r} is not a UUID")
            if k == "id" and not is_uuid(v):
                err(f"{where}: id {v!r} is not a UUID")
            walk_ids(v, seen, where)
    elif isinstance(obj, list):
        for v in obj:
            walk_ids(v, seen, where)


# ---------------------------------------------------------------- directory
def check_directory(d, labels):
    for k in ("description", "total_items", "total_pages", "page_number", "size",
              "first_page", "last_page", "empty", "contents"):
        if k not in d:
            err(f"directory.json missing {k}")
    n = len(d["contents"])
    if not (d["total_items"] == d["size"] == n == 80 and d["total_pages"] == 1
            and d["page_number"] == 1 and d["first_page"] and d["last_page"]
            and d["empty"] is False):
        err("directory.json page fields inconsistent")
    ids = [s["id"] for s in d["contents"]]
    if len(set(ids)) != n:
        err("duplicate service ids")
    src = {uid("service", s["key"]): s for s in SERVICES}
    if set(ids) != set(src):
        err("directory ids do not match the source keys")
    unique_kinds = ("service_areas", "phones", "languages", "schedules", "cost_options",
                    "attributes")
    seen = {}
    outcodes = {}
    with open(OUTCODES_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            outcodes[r["outcode"]] = r
    for s in d["contents"]:
        name = s["name"]
        walk_ids(s, seen, name)
        for kind in unique_kinds:
            for r in s.get(kind, []):
                if r["id"] in seen:
                    err(f"{name}: duplicate {kind} id")
                seen[r["id"]] = kind
        lab = labels.get(s["id"])
        if lab is None:
            err(f"{name}: no label")
            continue
        # status / closed
        text = " ".join([s.get("description", ""), s.get("alert", ""),
                         s.get("eligibility_description", "")]).lower()
        says_closed = bool(re.search(r"paused|temporarily closed|not taking new referrals|"
                                     r"no longer accepting|suspended|ended in", text))
        if s["status"] != "active" and not lab["closed"]:
            err(f"{name}: status {s['status']} but label not closed")
        if lab["closed"] and s["status"] == "active" and not says_closed:
            err(f"{name}: label closed but nothing in the text says so")
        if not lab["closed"] and says_closed:
            err(f"{name}: text says closed but label open")
        # ages
        if lab["ages"] != [s.get("minimum_age"), s.get("maximum_age")]:
            err(f"{name}: label ages {lab['ages']} differ from published")
        # languages
        codes = [l["code"] for l in s["languages"]]
        if lab["language_only"]:
            if codes != [lab["language_only"]]:
                err(f"{name}: language_only {lab['language_only']} but languages {codes}")
        elif "en" not in codes:
            err(f"{name}: not language-only but no English")
        for l in s["languages"]:
            if not (re.fullmatch(r"[a-z]{2}", l["code"]) or l["code"] == "sgn"):
                err(f"{name}: bad language code {l['code']}")
        # contacts
        for ph in s.get("phones", []):
            if not ph["number"].startswith(DRAMA_PREFIXES):
                err(f"{name}: phone {ph['number']} not in an Ofcom drama range")
            if not re.fullmatch(r"[0-9 ]+", ph["number"]) or len(ph["number"].replace(" ", "")) != 11:
                err(f"{name}: phone {ph['number']} malformed")
        urls = [s.get("url"), s["organization"].get("website")]
        for u in urls:
            p = urlparse(u)
            if p.scheme != "https" or not p.hostname.endswith(".example.org.uk"):
                err(f"{name}: url {u} not on example.org.uk")
        if not re.fullmatch(r"[a-z0-9.]+@[a-z0-9-]+\.example\.org\.uk", s.get("email", "")):
            err(f"{name}: email {s.get('email')} not on example.org.uk")
        # dates
        try:
            datetime.strptime(s["last_modified"], "%Y-%m-%dT%H:%M:%SZ")
            if "assured_date" in s:
                date.fromisoformat(s["assured_date"])
        except ValueError:
            err(f"{name}: bad date")
        # categories, given twice with the same content
        tt = [(t["id"], t["name"]) for t in s.get("taxonomy_terms", [])]
        at = [(a["taxonomy_term"]["code"], a["taxonomy_term"]["name"]) for a in s.get("attributes", [])]
        if tt != at:
            err(f"{name}: taxonomy_terms and attributes differ")
        for cid, cname in tt:
            if CATS.get(cid, {}).get("name") != cname:
                err(f"{name}: category {cid} {cname!r} not in the DfE list")
        for a in s.get("attributes", []):
            t = a["taxonomy_term"]
            parent = CATS[t["code"]]["parent_id"]
            if (t.get("parent_id") or None) != (uid("dfe", parent) if parent else None):
                err(f"{name}: attribute parent_id wrong")
            if a["link_id"] != s["id"]:
                err(f"{name}: attribute link_id wrong")
        # areas
        areas = s.get("service_areas", [])
        if not areas:
            err(f"{name}: no service area")
        for a in areas:
            if ("uri" in a) == ("extent" in a):
                err(f"{name}: area must have a uri or an extent")
            if "uri" in a and not re.fullmatch(
                    r"http://statistics\.data\.gov\.uk/id/statistical-geography/[EKW]\d{8}", a["uri"]):
                err(f"{name}: bad area uri {a['uri']}")
        area = lab["area"]
        for code in area.get("la_codes", []):
            if not (code.startswith("E07") or code in NATIONAL):
                err(f"{name}: label la_code {code} is not a district or country code")
        for oc in area.get("outcodes", []):
            if oc not in outcodes:
                err(f"{name}: outcode {oc} unknown")
        # locality outcodes: every extent place must map to an outcode in the label
        src_s = src[s["id"]]
        for a in src_s["areas"]:
            if a["kind"] == "locality":
                for place in a["places"]:
                    pc = PLACES[EXTENT_PLACES[place]][0]
                    if outcode(pc) not in area.get("outcodes", []):
                        err(f"{name}: {place} ({pc}) outcode not in label")
                    lad = pcdb.lookup(pc)[0]
                    all_lads = outcodes[outcode(pc)]["all_lad_codes"].split(";")
                    if lad not in all_lads:
                        err(f"{name}: {place} LAD {lad} not in outcode centroid list")
        # addresses and the confidential refuge
        for sal in s.get("service_at_locations", []):
            loc = sal["location"]
            if loc.get("confidential"):
                if loc.get("addresses") or "latitude" in loc:
                    err(f"{name}: confidential location has an address")
                continue
            for ad in loc.get("addresses", []):
                if pcdb.lookup(ad["postal_code"]) is None:
                    err(f"{name}: postcode {ad['postal_code']} not found")
                if ad["country"] != "GB" or ad["address_type"] != "physical":
                    err(f"{name}: address country/type")
            if "latitude" in loc and not (52.0 < loc["latitude"] < 53.2 and -0.5 < loc["longitude"] < 2.0):
                err(f"{name}: coordinates outside the area")
    return len(ids)


# ------------------------------------------------------------------- labels
def check_labels(labels):
    for sid, lab in labels.items():
        k = lab.get("key")
        for f, ok in (("for_people_who_harm", lambda v: isinstance(v, bool)),
                      ("survivors_only", lambda v: isinstance(v, bool)),
                      ("sex", lambda v: v in SEXES),
                      ("child_sex", lambda v: v in (None, "girls", "boys")),
                      ("conditions", lambda v: isinstance(v, list) and set(v) <= CONDITIONS),
                      ("diagnosis_required", lambda v: isinstance(v, bool)),
                      ("group_only", lambda v: v in GROUPS),
                      ("language_only", lambda v: v is None or re.fullmatch(r"[a-z]{2}", v)),
                      ("contraindications", lambda v: isinstance(v, list) and set(v) <= PRESENT),
                      ("closed", lambda v: isinstance(v, bool)),
                      ("area", lambda v: isinstance(v, dict) and (v.get("la_codes") or v.get("outcodes"))),
                      ("ages", lambda v: isinstance(v, list) and len(v) == 2),
                      ("key", lambda v: isinstance(v, str))):
            if f not in lab or not ok(lab[f]):
                err(f"label {k}: field {f} missing or invalid ({lab.get(f)!r})")
        if lab.get("diagnosis_required") and not lab.get("conditions"):
            err(f"label {k}: diagnosis_required without a condition")
        if lab.get("for_people_who_harm") and lab.get("survivors_only"):
            err(f"label {k}: both harm and survivors")


# ---------------------------------------------------------------- readings
def check_reading(r, where):
    keys = {"about", "child_age", "categories", "role", "sex", "condition", "diagnosed", "present"}
    if set(r) != keys:
        err(f"{where}: reading keys {sorted(r)}")
        return
    if r["about"] not in ABOUT:
        err(f"{where}: about {r['about']}")
    if r["child_age"] is not None and not (isinstance(r["child_age"], int) and 0 <= r["child_age"] <= 25):
        err(f"{where}: child_age")
    if not (1 <= len(r["categories"]) <= 3) or not set(r["categories"]) <= SUBCATEGORY_NAMES:
        err(f"{where}: categories {r['categories']}")
    if r["role"] not in ROLES:
        err(f"{where}: role {r['role']}")
    if r["sex"] not in SEXES:
        err(f"{where}: sex {r['sex']}")
    if r["condition"] is not None and r["condition"] not in CONDITIONS:
        err(f"{where}: condition {r['condition']}")
    if r["diagnosed"] not in (None, True, False):
        err(f"{where}: diagnosed")
    if r["condition"] is None and r["diagnosed"] is not None:
        err(f"{where}: diagnosed without condition")
    if not set(r["present"]) <= PRESENT or len(set(r["present"])) != len(r["present"]):
        err(f"{where}: present {r['present']}")
    if r["role"] == "conflict" and "domestic_abuse" in r["present"]:
        err(f"{where}: conflict role with abuse present")


# ------------------------------------------------------------- eligibility
def ineligible(lab, ctx):
    """Reasons why a service labelled `lab` is not eligible/safe for the need `ctx`.
    ctx: lad, outcode (None for an unknown Norfolk locality), named (PLACES key or None),
    children (list of ages), languages, groups, reading."""
    why = []
    r = ctx["reading"]
    if lab["closed"]:
        why.append("closed")
    # area
    la, oc = set(lab["area"].get("la_codes", [])), set(lab["area"].get("outcodes", []))

    def covers(lad, out):
        if "K02000001" in la:
            return True
        if "E92000001" in la and lad.startswith("E"):
            return True
        return lad in la or out in oc

    if ctx["lad"]:
        ok = covers(ctx["lad"], ctx["outcode"])
    else:
        ok = set(NORFOLK_DISTRICTS) <= la or bool(la & NATIONAL)
        if not ok and ctx["named"]:
            pc, lad, _, _ = PLACES[ctx["named"]]
            ok = covers(lad, outcode(pc))
    if not ok:
        why.append("area")
    # ages
    lo, hi = lab["ages"]
    adult_ages = lo is not None and lo >= 16
    if not adult_ages and (lo is not None or hi is not None):
        def fits(a):
            return (lo is None or a >= lo) and (hi is None or a <= hi)
        if r["child_age"] is not None:
            if not fits(r["child_age"]):
                why.append("child age")
        elif r["about"] not in ADULT_ABOUT and ctx["children"]:
            if not any(fits(a) for a in ctx["children"]):
                why.append("no child in age range")
    # sex
    if lab["sex"]:
        if r["about"] == "child":
            why.append("adult single-sex service for a child's need")
        elif r["sex"] and r["sex"] != lab["sex"]:
            why.append("sex")
        elif r["about"] in ("couple", "family"):
            why.append("single-sex service for a couple/family need")
    if lab["child_sex"]:
        want = {"girls": "female", "boys": "male"}[lab["child_sex"]]
        if r["about"] in ("child", "young_person") and r["sex"] and r["sex"] != want:
            why.append("child sex")
        if r["about"] not in ("child", "young_person"):
            why.append("child-only service for an adult need")
    # condition and diagnosis
    if lab["conditions"] and r["condition"] not in lab["conditions"]:
        why.append("condition")
    if lab["diagnosis_required"] and r["diagnosed"] is not True:
        why.append("diagnosis")
    # group and language
    if lab["group_only"] and lab["group_only"] not in ctx["groups"]:
        why.append("group")
    if lab["language_only"] and lab["language_only"] not in ctx["languages"]:
        why.append("language")
    # safety
    bad = set(lab["contraindications"]) & set(r["present"])
    if bad:
        why.append("unsafe: " + ",".join(sorted(bad)))
    if lab["for_people_who_harm"] and r["role"] != "causes_harm":
        why.append("harm programme for a need not about the person causing harm")
    if lab["survivors_only"] and r["role"] not in ("harmed", "witnessed"):
        why.append("survivors-only service for a need not about a person harmed")
    return why


def contexts():
    """(where, ctx, relevant-by-key) for every need and search, from the sources."""
    for c in CASES:
        pc, lad = PLACES[c["place"]][0], PLACES[c["place"]][1]
        for i, n in enumerate(c["needs"]):
            yield (f"{c['id']}.{i + 1}",
                   dict(lad=lad, outcode=outcode(pc), named=None, children=c["children"],
                        languages=c.get("languages", []) or ["en"], groups=n.get("groups", []),
                        reading=n["reading"]),
                   n["relevant"], n["text"])
    for q in SEARCHES:
        if q["place"]:
            pc, lad = PLACES[q["place"]][0], PLACES[q["place"]][1]
        else:
            pc = lad = None
        yield (q["id"],
               dict(lad=lad, outcode=outcode(pc) if pc else None, named=q.get("named"),
                    children=[], languages=[q.get("lang", "en")], groups=q.get("groups", []),
                    reading=q["reading"]),
               q["relevant"], q["text"])


# ---------------------------------------------------------------- scenarios
def check_cases(scen, searches, labels, by_key):
    if len(scen["cases"]) != 30:
        err(f"{len(scen['cases'])} cases, expected 30")
    seen = set()
    for c in scen["cases"]:
        if c["id"] in seen:
            err(f"duplicate case id {c['id']}")
        seen.add(c["id"])
        if pcdb.lookup(c["postcode"]) is None:
            err(f"{c['id']}: postcode {c['postcode']} not found")
        if not c["children"] or not all(isinstance(ch["age"], int) for ch in c["children"]):
            err(f"{c['id']}: children")
        for lang in c.get("languages", []):
            if not re.fullmatch(r"[a-z]{2}", lang):
                err(f"{c['id']}: language {lang}")
        for i, n in enumerate(c["needs"]):
            where = f"{c['id']}.{i + 1}"
            if set(n) != {"text", "relevant", "reading"}:
                err(f"{where}: need keys")
            check_reading(n["reading"], where)
            for sid, g in n["relevant"].items():
                if sid not in labels:
                    err(f"{where}: unknown service {sid}")
                if g not in (1, 2):
                    err(f"{where}: grade {g}")
    if len(searches["cases"]) != 20:
        err("expected 20 searches")
    for q in searches["cases"]:
        if set(q) != {"id", "text", "postcode", "crisis", "relevant", "reading"}:
            err(f"{q['id']}: keys")
        if q["postcode"] is not None and pcdb.lookup(q["postcode"]) is None:
            err(f"{q['id']}: postcode")
        if not isinstance(q["crisis"], bool):
            err(f"{q['id']}: crisis")
        check_reading(q["reading"], q["id"])
        for sid, g in q["relevant"].items():
            if sid not in labels or g not in (1, 2):
                err(f"{q['id']}: bad relevant entry")
    # grades against labels
    for where, ctx, rel, _ in contexts():
        for key, g in rel.items():
            why = ineligible(by_key[key], ctx)
            if why:
                err(f"{where}: {key} graded {g} but {why}")
    # JSON matches sources
    src_needs = [n for c in CASES for n in c["needs"]]
    json_needs = [n for c in scen["cases"] for n in c["needs"]]
    for a, b in zip(src_needs, json_needs):
        if {uid('service', k): v for k, v in a["relevant"].items()} != b["relevant"]:
            err("scenarios.json out of date; run build.py")
            break


def main():
    d = load("directory.json")
    lab_doc = load("labels.json")
    scen = load("scenarios.json")
    srch = load("searches.json")
    labels = lab_doc["services"]
    by_key = {lab["key"]: lab for lab in labels.values()}
    check_schemas(d)
    n = check_directory(d, labels)
    if set(labels) != {s["id"] for s in d["contents"]}:
        err("labels and directory ids differ")
    check_labels(labels)
    check_cases(scen, srch, labels, by_key)
    needs = [n_ for c in scen["cases"] for n_ in c["needs"]]
    print(f"services {n}, cases {len(scen['cases'])}, needs {len(needs)}, "
          f"needs with no service {sum(1 for x in needs if not x['relevant'])}, "
          f"searches {len(srch['cases'])} (crisis {sum(q['crisis'] for q in srch['cases'])})")
    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        print(f"{len(ERRORS)} errors")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
