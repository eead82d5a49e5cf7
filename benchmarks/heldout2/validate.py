"""Check the Bradford held-out set: JSON parses, services validate against the HSDS 3.0 and ORUK
schemas, every judged id exists, every label has every field, readings use allowed values and
exact DfE sub-category names, and every postcode is real (via check_postcodes.py).

    /work/main/.venv/bin/python validate.py
"""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
STANDARDS = Path("/work/shared/standards")
SCHEMAS = [STANDARDS / "hsds-3.0/schema/compiled/service.json",
           STANDARDS / "oruk-uk-profile/schema/compiled/service.json"]

LABEL_FIELDS = {"for_people_who_harm", "survivors_only", "sex", "child_sex", "conditions", "diagnosis_required",
                "group_only", "language_only", "contraindications", "closed", "area", "ages", "key"}
READING_FIELDS = {"about", "child_age", "categories", "role", "sex", "condition", "diagnosed", "present"}
ABOUT = {"child", "young_person", "mother", "father", "parent", "couple", "family", "adult"}
ROLES = {None, "harmed", "witnessed", "causes_harm", "conflict"}
PRESENT = {"domestic_abuse", "harm_person_at_home", "substance_use"}
GROUPS = {None, "young_parents", "in_recovery", "free_school_meals", "bereaved_parents_baby_loss",
          "kinship_carers", "armed_forces", "asylum_refugee", "young_carers"}
POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$")

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


def sub_categories() -> set[str]:
    import csv
    with open("/work/shared/data/dfe-family-hubs-categories.csv", newline="", encoding="utf-8") as fh:
        return {r["name"] for r in csv.DictReader(fh) if r["parent_id"]}


def check_reading(where: str, reading: dict, subs: set[str]) -> None:
    if set(reading) != READING_FIELDS:
        problem(f"{where}: reading fields {sorted(reading)}")
    if reading.get("about") not in ABOUT:
        problem(f"{where}: about {reading.get('about')!r}")
    cats = reading.get("categories", [])
    if not 1 <= len(cats) <= 3 or any(c not in subs for c in cats):
        problem(f"{where}: categories {cats}")
    if reading.get("role") not in ROLES:
        problem(f"{where}: role {reading.get('role')!r}")
    if reading.get("sex") not in (None, "female", "male"):
        problem(f"{where}: sex {reading.get('sex')!r}")
    if not set(reading.get("present", [])) <= PRESENT:
        problem(f"{where}: present {reading.get('present')}")


def check_relevant(where: str, relevant: dict, ids: set[str]) -> None:
    for sid, grade in relevant.items():
        if sid not in ids:
            problem(f"{where}: unknown service id {sid}")
        if grade not in (1, 2):
            problem(f"{where}: grade {grade!r}")


def main() -> int:
    docs = {name: json.loads((HERE / name).read_text(encoding="utf-8"))
            for name in ["directory.json", "labels.json", "scenarios.json", "searches.json"]}
    directory, labels = docs["directory.json"], docs["labels.json"]["services"]
    services = directory["contents"]
    ids = [s["id"] for s in services]
    if len(ids) != len(set(ids)):
        problem("duplicate service ids")
    if directory["total_items"] != len(services) or directory["size"] != len(services):
        problem("page counts do not match contents")
    ids_set = set(ids)

    try:
        import jsonschema
        for path in SCHEMAS:
            schema = json.loads(path.read_text(encoding="utf-8"))
            cls = jsonschema.validators.validator_for(schema)
            validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
            for s in services:
                for err in validator.iter_errors(s):
                    problem(f"{path.parent.parent.parent.name} {s['name']}: {err.json_path}: {err.message}")
    except ImportError:
        print("jsonschema not installed; schema validation skipped")

    subs = sub_categories()
    for s in services:
        for t in s.get("taxonomy_terms", []):
            if t["name"] not in subs and t["id"] not in {"1", "2", "3", "4", "5", "6"}:
                problem(f"{s['name']}: category {t['name']}")
    if set(labels) != ids_set:
        problem("labels and directory hold different ids")
    for sid, lab in labels.items():
        if set(lab) != LABEL_FIELDS:
            problem(f"label {lab.get('key')}: fields {sorted(set(lab) ^ LABEL_FIELDS)}")
        if lab.get("group_only") not in GROUPS:
            problem(f"label {lab.get('key')}: group_only {lab.get('group_only')}")
        if not set(lab.get("contraindications", [])) <= PRESENT:
            problem(f"label {lab.get('key')}: contraindications")
        area = lab.get("area", {})
        if not area or not set(area) <= {"la_codes", "outcodes"}:
            problem(f"label {lab.get('key')}: area {area}")

    n_needs = n_empty = 0
    for case in docs["scenarios.json"]["cases"]:
        if not POSTCODE.match(case["postcode"]):
            problem(f"{case['id']}: postcode {case['postcode']}")
        for i, need in enumerate(case["needs"]):
            n_needs += 1
            n_empty += not need["relevant"]
            check_relevant(f"{case['id']}[{i}]", need["relevant"], ids_set)
            check_reading(f"{case['id']}[{i}]", need["reading"], subs)
    n_crisis = 0
    for q in docs["searches.json"]["cases"]:
        if q["postcode"] is not None and not POSTCODE.match(q["postcode"]):
            problem(f"{q['id']}: postcode {q['postcode']}")
        n_crisis += q["crisis"] is True
        check_relevant(q["id"], q["relevant"], ids_set)
        check_reading(q["id"], q["reading"], subs)

    rc = subprocess.run([sys.executable, str(HERE / "check_postcodes.py")], capture_output=True, text=True)
    if rc.returncode != 0:
        problem("check_postcodes.py failed:\n" + rc.stdout)

    print(f"{len(services)} services, {len(docs['scenarios.json']['cases'])} cases, {n_needs} needs "
          f"({n_empty} with no suitable service), {len(docs['searches.json']['cases'])} searches ({n_crisis} crisis)")
    for p in problems:
        print("PROBLEM", p)
    print("ok" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
