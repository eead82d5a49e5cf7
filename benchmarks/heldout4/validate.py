"""Validate the Lancashire held-out set: schemas, ids, labels, grades against labels,
readings and postcodes.  Exit status 0 only when every check passes.
    /work/main/.venv/bin/python validate.py
"""
import csv
import json
import os
import re
import sys
import uuid

import jsonschema

from common import (DFE, SUBCATEGORY_NAMES, DISTRICTS, LANCASHIRE, ENGLAND, UK, BLACKBURN, BLACKPOOL,
                    ONS_URI, PLACES, expand)
from services_data import SERVICES
from scenarios_data import CASES
from searches_data import SEARCHES
from check_postcodes import lookup, CASE_LA

HERE = os.path.dirname(os.path.abspath(__file__))
STANDARDS = "/work/shared/standards"
SHARED_DATA = "/work/shared/data"
ERRORS = []
WARN = []


def err(msg):
    ERRORS.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def is_uuid(s):
    try:
        return str(uuid.UUID(s)) == s
    except (ValueError, TypeError, AttributeError):
        return False


EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.example\.(org\.uk|org|com)$|^[A-Za-z0-9._%+-]+@example\.org\.uk$")
URL = re.compile(r"^https://[a-z0-9.-]+\.example\.(org\.uk|org|com)(/[A-Za-z0-9._/-]*)?$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
PHONE = re.compile(r"^(01632 960\d{3}|01632 961\d{3}|01632 962\d{3}|0808 157 0\d{3}|07700 900\d{3})$")
FICTIONAL_PHONE = re.compile(r"^(01632 960\d{3}|0808 157 0\d{3}|07700 900\d{3})$")
ABOUT = {"child", "young_person", "mother", "father", "parent", "couple", "family", "adult"}
ROLES = {None, "harmed", "witnessed", "causes_harm", "conflict"}
SEXES = {None, "female", "male"}
PRESENT = {"domestic_abuse", "harm_person_at_home", "substance_use"}
GROUPS = {None, "young_parents", "in_recovery", "free_school_meals", "bereaved_parents_baby_loss",
          "kinship_carers", "armed_forces", "asylum_refugee", "young_carers"}
CONDITIONS = {"autism", "adhd", "down_syndrome", "hearing_impairment", "visual_impairment", "eating_disorder",
              "fasd", "perinatal_mental_health", "disability", "developmental_delay"}
DISABILITY_LIKE = {"autism", "adhd", "down_syndrome", "hearing_impairment", "visual_impairment", "fasd",
                   "disability", "developmental_delay"}
CLOSED_WORDS = ("paused", "temporarily closed", "suspended", "not accepting referrals", "not taking",
                "closed", "ended")


# ----------------------------------------------------------------------------- directory
def check_schemas(directory):
    schemas = {}
    for std in ("hsds-3.0", "oruk-uk-profile"):
        path = os.path.join(STANDARDS, std, "schema", "compiled", "service.json")
        if not os.path.exists(path):
            WARN.append(f"schema not found: {path}")
            continue
        with open(path) as f:
            schema = json.load(f)
        cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        schemas[std] = cls(schema, format_checker=cls.FORMAT_CHECKER)
    n = 0
    for svc in directory["contents"]:
        for std, v in schemas.items():
            for e in v.iter_errors(svc):
                err(f"{std} schema: {svc['name']}: {e.message[:200]} at {list(e.absolute_path)}")
        n += 1
    return n, sorted(schemas)


def walk_ids(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k.endswith("id") and k != "id" and isinstance(v, str) and k not in ("taxonomy_term_id", "link_id", "organization_id", "parent_id"):
                pass
            if k == "id" and not (path.endswith("taxonomy_terms[]")):
                yield path, v
            yield from walk_ids(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for x in obj:
            yield from walk_ids(x, path + "[]")


def check_directory(directory):
    for f in ("description", "total_items", "total_pages", "page_number", "size", "first_page", "last_page",
              "empty", "contents"):
        if f not in directory:
            err(f"directory: missing {f}")
    c = directory["contents"]
    if directory["total_items"] != len(c) or directory["size"] != len(c) or directory["total_pages"] != 1:
        err("directory: page counts wrong")
    ids = [s["id"] for s in c]
    if len(set(ids)) != len(ids):
        err("directory: duplicate service ids")
    seen = {}
    csv_terms = {}
    csv_path = os.path.join(SHARED_DATA, "dfe-family-hubs-categories.csv")
    if os.path.exists(csv_path):
        with open(csv_path, newline="") as f:
            csv_terms = {int(r["id"]): r["name"] for r in csv.DictReader(f)}
        for k, (name, _p) in DFE.items():
            if csv_terms.get(k) != name:
                err(f"DfE term {k} differs from csv")
    for s in c:
        nm = s["name"]
        for path, v in walk_ids(s):
            if not is_uuid(v):
                err(f"{nm}: id at {path} is not a UUID: {v}")
            # the same id may be shared only by the same shared object (organisation, location, term)
            kind = path.split(".")[-1] if path else "service"
            if v in seen and seen[v][0] != kind:
                err(f"{nm}: id {v} reused across kinds {seen[v][0]} / {kind}")
            seen.setdefault(v, (kind, nm))
        if s["organization_id"] != s["organization"]["id"]:
            err(f"{nm}: organization_id mismatch")
        if not URL.match(s["url"]) or not URL.match(s["organization"]["website"]):
            err(f"{nm}: url not fictional: {s['url']}")
        if not EMAIL.match(s["email"]):
            err(f"{nm}: email not fictional: {s['email']}")
        if not DATETIME.match(s["last_modified"]):
            err(f"{nm}: last_modified")
        for p in s.get("phones", []):
            if not FICTIONAL_PHONE.match(p["number"]):
                err(f"{nm}: phone outside Ofcom drama ranges: {p['number']}")
        if s["status"] not in ("active", "inactive", "temporarily closed"):
            err(f"{nm}: status {s['status']}")
        tt = sorted(int(t["id"]) for t in s.get("taxonomy_terms", []))
        at = sorted(int(a["taxonomy_term"]["code"]) for a in s.get("attributes", []))
        if tt != at:
            err(f"{nm}: taxonomy_terms and attributes differ")
        for t in s.get("taxonomy_terms", []):
            if DFE[int(t["id"])][0] != t["name"] or t["vocabulary"] != "dfe-family-hubs":
                err(f"{nm}: bad taxonomy term {t}")
        for a in s.get("attributes", []):
            tm = a["taxonomy_term"]
            name, parent = DFE[int(tm["code"])]
            if tm["name"] != name:
                err(f"{nm}: attribute name")
            if (parent is None) != ("parent_id" not in tm):
                err(f"{nm}: attribute parent_id")
        for sa in s["service_areas"]:
            if ("uri" in sa) == ("extent" in sa):
                err(f"{nm}: service area needs exactly one of uri/extent")
            if "uri" in sa and not sa["uri"].startswith(ONS_URI):
                err(f"{nm}: area uri {sa['uri']}")
        for sal in s.get("service_at_locations", []):
            loc = sal["location"]
            if loc.get("confidential"):
                if loc.get("addresses"):
                    err(f"{nm}: confidential location has an address")
                continue
            for a in loc.get("addresses", []):
                if a["country"] != "GB" or a["address_type"] != "physical":
                    err(f"{nm}: address fields")
        for lg in s.get("languages", []):
            if not re.match(r"^([a-z]{2}|sgn)$", lg.get("code", "")):
                err(f"{nm}: language code {lg}")
    return csv_terms


# ----------------------------------------------------------------------------- labels
def load_outcodes():
    path = os.path.join(SHARED_DATA, "uk_outcode_centroids.csv")
    if not os.path.exists(path):
        WARN.append("uk_outcode_centroids.csv not found; outcodes not checked")
        return None
    with open(path, newline="") as f:
        return {r["outcode"]: r for r in csv.DictReader(f)}


def check_labels(directory, labels):
    by_id = {s["id"]: s for s in directory["contents"]}
    L = labels["services"]
    if set(L) != set(by_id):
        err("labels: ids differ from directory")
    keys = [l["key"] for l in L.values()]
    if len(set(keys)) != len(keys):
        err("labels: duplicate keys")
    outcodes = load_outcodes()
    fields = {"for_people_who_harm", "survivors_only", "sex", "child_sex", "conditions", "diagnosis_required",
              "group_only", "language_only", "contraindications", "closed", "area", "ages", "key"}
    for sid, lab in L.items():
        s = by_id.get(sid)
        if s is None:
            continue
        nm = lab["key"]
        if set(lab) != fields:
            err(f"label {nm}: fields {sorted(set(lab) ^ fields)}")
        if lab["sex"] not in SEXES or lab["child_sex"] not in (None, "girls", "boys"):
            err(f"label {nm}: sex")
        if not set(lab["conditions"]) <= CONDITIONS:
            err(f"label {nm}: conditions")
        if lab["diagnosis_required"] and not lab["conditions"]:
            err(f"label {nm}: diagnosis without condition")
        if lab["group_only"] not in GROUPS:
            err(f"label {nm}: group")
        if not set(lab["contraindications"]) <= PRESENT:
            err(f"label {nm}: contraindications")
        if lab["for_people_who_harm"] and lab["survivors_only"]:
            err(f"label {nm}: both harm and survivors")
        if lab["language_only"]:
            codes = [x["code"] for x in s["languages"]]
            if codes != [lab["language_only"]]:
                err(f"label {nm}: language_only but languages {codes}")
        status_closed = s["status"] != "active"
        text = (s.get("description", "") + " " + s.get("alert", "")).lower()
        if lab["closed"] != (status_closed or any(w in text for w in CLOSED_WORDS if w != "closed") or "closed until" in text):
            err(f"label {nm}: closed={lab['closed']} but status/text disagree")
        uris = [sa["uri"][len(ONS_URI):] for sa in s["service_areas"] if "uri" in sa]
        if uris != lab["area"]["la_codes"]:
            err(f"label {nm}: la_codes {lab['area']['la_codes']} vs uris {uris}")
        if bool([sa for sa in s["service_areas"] if "extent" in sa]) != bool(lab["area"]["outcodes"]):
            err(f"label {nm}: outcodes present without extent or vice versa")
        if outcodes is not None:
            for oc in lab["area"]["outcodes"]:
                if oc not in outcodes:
                    err(f"label {nm}: outcode {oc} not in uk_outcode_centroids.csv")
        if lab["ages"] != [s.get("minimum_age"), s.get("maximum_age")]:
            err(f"label {nm}: ages")
    return L


# ----------------------------------------------------------------------------- eligibility
def area_ok(lab, svc, ctx):
    codes = lab["area"]["la_codes"]
    covered = set()
    everywhere_england = False
    for c in codes:
        if c in (ENGLAND, UK):
            everywhere_england = True
        else:
            covered |= expand(c)
    if ctx["la"] is None:  # search with no postcode
        if everywhere_england:
            return True
        if ctx["named_las"]:  # judged as coming from the place the text names
            if covered & set(ctx["named_las"]):
                return True
            text = ctx["text"].lower()
            return any(p.lower() in text for sa in svc["service_areas"] if "extent" in sa
                       for p in sa["extent"].split(", "))
        return set(DISTRICTS) <= covered  # a Lancashire resident, locality unknown
    if everywhere_england and ctx["la"].startswith("E"):
        return True
    if ctx["la"] in covered:
        return True
    return ctx["outcode"] in lab["area"]["outcodes"]


def within(age, lo, hi):
    return (lo is None or age >= lo) and (hi is None or age <= hi)


def eligible_reasons(lab, svc, ages_of, ctx):
    r = ctx["reading"]
    why = []
    if lab["closed"]:
        why.append("closed")
    if not area_ok(lab, svc, ctx):
        why.append("area")
    lo, hi = lab["ages"]
    if lo is not None or hi is not None:
        if ages_of == "person":
            age = ctx.get("person_age")
            if age is None and r["about"] in ("child", "young_person"):
                age = r["child_age"]
            if age is not None and not within(age, lo, hi):
                why.append("age")
        else:
            if r["child_age"] is not None:
                if not within(r["child_age"], lo, hi):
                    why.append("age")
            elif ctx["children"] and not any(within(a, lo, hi) for a in ctx["children"]):
                why.append("age")
    if lab["sex"] and r["sex"] != lab["sex"]:
        why.append("sex")
    if lab["child_sex"] and r["sex"] != {"girls": "female", "boys": "male"}[lab["child_sex"]]:
        why.append("child_sex")
    if lab["conditions"]:
        c = r["condition"]
        if not (c in lab["conditions"] or ("disability" in lab["conditions"] and c in DISABILITY_LIKE)):
            why.append("condition")
        if lab["diagnosis_required"] and r["diagnosed"] is not True:
            why.append("diagnosis")
    if lab["group_only"] and lab["group_only"] not in ctx["groups"]:
        why.append("group")
    if lab["language_only"] and lab["language_only"] not in ctx["languages"]:
        why.append("language")
    if set(lab["contraindications"]) & set(r["present"]):
        why.append("unsafe")
    if lab["for_people_who_harm"] and r["role"] != "causes_harm":
        why.append("harm-programme")
    if lab["survivors_only"] and r["role"] not in ("harmed", "witnessed"):
        why.append("survivors-only")
    return why


def check_reading(where, r):
    keys = {"about", "child_age", "categories", "role", "sex", "condition", "diagnosed", "present"}
    if set(r) != keys:
        err(f"{where}: reading keys {sorted(set(r) ^ keys)}")
    if r["about"] not in ABOUT:
        err(f"{where}: about {r['about']}")
    if not (1 <= len(r["categories"]) <= 3) or not set(r["categories"]) <= SUBCATEGORY_NAMES:
        err(f"{where}: categories {r['categories']}")
    if r["role"] not in ROLES or r["sex"] not in SEXES:
        err(f"{where}: role/sex")
    if r["condition"] is not None and r["condition"] not in CONDITIONS:
        err(f"{where}: condition")
    if r["diagnosed"] not in (None, True, False) or (r["diagnosed"] is not None and r["condition"] is None):
        err(f"{where}: diagnosed")
    if not set(r["present"]) <= PRESENT:
        err(f"{where}: present")
    if r["child_age"] is not None and not (isinstance(r["child_age"], int) and 0 <= r["child_age"] <= 25):
        err(f"{where}: child_age")


def check_judgements(directory, L, scenarios, searches):
    by_id = {s["id"]: s for s in directory["contents"]}
    ages_of = {s["key"]: s.get("ages_of", "child") for s in SERVICES}
    src_cases = {c["id"]: c for c in CASES}
    src_search = {s["id"]: s for s in SEARCHES}
    postcodes = [c["postcode"] for c in scenarios["cases"]] + [s["postcode"] for s in searches["cases"] if s["postcode"]]
    pcs = lookup(postcodes)
    for pc in postcodes:
        if pcs[pc] is None:
            err(f"postcode {pc} not in ONSPD")
    grade_count = {1: 0, 2: 0}
    empty = 0

    def judge(where, rel, ctx):
        nonlocal empty
        if not rel:
            empty += 1
        for sid, g in rel.items():
            if sid not in L:
                err(f"{where}: unknown service {sid}")
                continue
            if g not in (1, 2):
                err(f"{where}: grade {g}")
            grade_count[g] = grade_count.get(g, 0) + 1
            why = eligible_reasons(L[sid], by_id[sid], ages_of[L[sid]["key"]], ctx)
            if why:
                err(f"{where}: {L[sid]['key']} graded {g} but ineligible: {why}")

    ids = [c["id"] for c in scenarios["cases"]]
    if len(set(ids)) != len(ids):
        err("scenarios: duplicate case ids")
    n_needs = 0
    for c in scenarios["cases"]:
        src = src_cases[c["id"]]
        hit = pcs.get(c["postcode"])
        la = hit[0] if hit else None
        if la != CASE_LA.get(c["id"]):
            err(f"{c['id']}: postcode {c['postcode']} in {la}, intended {CASE_LA.get(c['id'])}")
        for k in c:
            if k not in ("id", "postcode", "children", "languages", "needs"):
                err(f"{c['id']}: unexpected key {k}")
        children = [ch["age"] for ch in c["children"]]
        for i, (n, sn) in enumerate(zip(c["needs"], src["needs"])):
            n_needs += 1
            where = f"{c['id']} need {i + 1}"
            if set(n) != {"text", "relevant", "reading"}:
                err(f"{where}: keys")
            check_reading(where, n["reading"])
            ctx = dict(la=la, outcode=c["postcode"].split()[0], children=children,
                       languages=c.get("languages", []), groups=src.get("groups", []) + sn.get("groups", []),
                       reading=n["reading"], person_age=sn.get("person_age"), named_las=[], text=n["text"])
            judge(where, n["relevant"], ctx)
    s_ids = [s["id"] for s in searches["cases"]]
    if len(set(s_ids)) != len(s_ids):
        err("searches: duplicate ids")
    for s in searches["cases"]:
        src = src_search[s["id"]]
        if set(s) != {"id", "text", "postcode", "crisis", "relevant", "reading"}:
            err(f"{s['id']}: keys")
        check_reading(s["id"], s["reading"])
        if s["postcode"]:
            hit = pcs.get(s["postcode"])
            la, oc = (hit[0] if hit else None), s["postcode"].split()[0]
            if la != CASE_LA.get(s["id"]):
                err(f"{s['id']}: postcode in {la}")
        else:
            la, oc = None, None
        ctx = dict(la=la, outcode=oc, children=[], languages=src.get("languages_hint", []),
                   groups=src.get("groups", []), reading=s["reading"], person_age=None,
                   named_las=src.get("named_las", []), text=s["text"])
        judge(s["id"], s["relevant"], ctx)
    return n_needs, empty, grade_count


def main():
    directory = load("directory.json")
    labels = load("labels.json")
    scenarios = load("scenarios.json")
    searches = load("searches.json")
    n, used = check_schemas(directory)
    check_directory(directory)
    L = check_labels(directory, labels)
    # service location postcodes
    loc_pcs = {}
    for s in directory["contents"]:
        for sal in s.get("service_at_locations", []):
            for a in sal["location"].get("addresses", []):
                loc_pcs[a["postal_code"]] = s["name"]
    found = lookup(list(loc_pcs))
    place_la = {pc: la for pc, la, *_ in PLACES.values()}
    for pc, nm in loc_pcs.items():
        if found[pc] is None:
            err(f"location postcode {pc} ({nm}) not in ONSPD")
        elif found[pc][0] != place_la.get(pc):
            err(f"location postcode {pc} ({nm}) in {found[pc][0]}, intended {place_la.get(pc)}")
    n_needs, empty, grades = check_judgements(directory, L, scenarios, searches)
    crisis = sum(s["crisis"] for s in searches["cases"])
    harm = sum(l["for_people_who_harm"] for l in L.values())
    surv = sum(l["survivors_only"] for l in L.values())
    closed = sum(l["closed"] for l in L.values())
    untagged = sum(not s.get("taxonomy_terms") for s in directory["contents"])
    print(f"services: {len(directory['contents'])} (schema-checked against {', '.join(used)}); "
          f"harm {harm}, survivors-only {surv}, closed {closed}, untagged {untagged}")
    print(f"labels: {len(L)}")
    print(f"cases: {len(scenarios['cases'])}, needs: {n_needs}; needs+searches with no relevant service: {empty}")
    print(f"searches: {len(searches['cases'])} ({crisis} crisis)")
    print(f"grades checked against labels: {grades.get(2, 0)} x2, {grades.get(1, 0)} x1")
    print(f"postcodes: {len(loc_pcs)} location + {len(scenarios['cases']) + sum(1 for s in searches['cases'] if s['postcode'])} case/search postcodes found in ONSPD")
    for w in WARN:
        print("warning:", w)
    if ERRORS:
        print(f"FAILED: {len(ERRORS)} problems")
        for e in ERRORS:
            print("  -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
