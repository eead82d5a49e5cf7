"""Build the held-out evaluation set (directory, labels, scenarios, searches).

Run:  /work/main/.venv/bin/python build.py   (plain python3 works too)

All content is hand-written in services_data.py, scenarios_data.py and
searches_data.py; this script only assembles it, gives services their public
ids, converts service keys to ids and validates references.
"""

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import services_data  # noqa: E402
from common import CAT_BY_NAME, TAXO, reading, uid  # noqa: E402,F401


def ordered_services():
    # spread the services through the file (stable, not grouped by theme)
    items = list(services_data.SERVICES)
    items.sort(key=lambda t: hashlib.sha1(("heldout-order:" + t[0]).encode()).hexdigest())
    return items


def build_directory():
    items = ordered_services()
    key_to_id = {}
    contents, labels = [], {}
    for n, (key, svc, label) in enumerate(items, start=1):
        sid = uid("service", key)
        key_to_id[key] = sid
        svc = json.loads(json.dumps(svc))
        svc["id"] = sid
        svc["organization_id"] = svc["organization"]["id"]
        # vary review dates a little, as real feeds do (stable per service)
        h = int(hashlib.sha1(("dates:" + key).encode()).hexdigest(), 16)
        month, day = 1 + h % 12, 1 + (h // 12) % 28
        year = 2024 if label["closed"] or h % 3 == 0 else 2025
        if year == 2025 and month > 9:
            month -= 6
        svc["last_modified"] = f"{year}-{month:02d}-{day:02d}T{9 + h % 8:02d}:{h % 60:02d}:00Z"
        if h % 2 == 0:
            svc["assured_date"] = f"{year}-{month:02d}-{day:02d}"
        tags = svc.pop("_tags")
        if tags:
            svc["taxonomy_terms"] = [
                {"id": str(i), "name": TAXO[i]["name"], "vocabulary": "dfe-family-hubs"}
                for i in tags
            ]
            svc["attributes"] = []
            for i in tags:
                row = TAXO[i]
                term = {
                    "id": uid("taxonomy_term", i),
                    "code": str(i),
                    "name": row["name"],
                    "description": row["name"],
                    "taxonomy": "dfe-family-hubs",
                    "vocabulary": "dfe-family-hubs",
                }
                if row["parent_id"]:
                    term["parent_id"] = uid("taxonomy_term", int(row["parent_id"]))
                svc["attributes"].append(
                    {
                        "id": uid("attr", key, i),
                        "link_type": "service",
                        "link_entity": "service",
                        "link_id": sid,
                        "taxonomy_term_id": term["id"],
                        "taxonomy_term": term,
                    }
                )
        for sa in svc.get("service_areas", []):
            sa["service_id"] = sid
        for sal in svc.get("service_at_locations", []):
            sal["service_id"] = sid
            sal["location_id"] = sal["location"]["id"]
        contents.append(svc)
        labels[sid] = dict(label, key=key)
    n = len(contents)
    directory = {
        "description": "HELD-OUT SAMPLE DATA for evaluating early-help matching: a fictional directory of "
        "early-help services for Shropshire and neighbouring councils. Organisations, people, "
        "phone numbers and e-mail addresses are invented; place names and postcodes are real. "
        "Open Referral UK / HSDS 3.0 service records. CC0.",
        "total_items": n,
        "total_pages": 1,
        "page_number": 1,
        "size": n,
        "first_page": True,
        "last_page": True,
        "empty": n == 0,
        "contents": contents,
    }
    return directory, labels, key_to_id


def convert_relevant(rel, key_to_id, where):
    out = {}
    for k, g in rel.items():
        if k not in key_to_id:
            raise SystemExit(f"{where}: unknown service key {k!r}")
        if g not in (1, 2):
            raise SystemExit(f"{where}: bad grade {g!r} for {k}")
        out[key_to_id[k]] = g
    return out


def check_reading(r, where):
    allowed_about = {
        "child",
        "young_person",
        "mother",
        "father",
        "parent",
        "couple",
        "family",
        "adult",
    }
    assert r["about"] in allowed_about, (where, r["about"])
    assert r["role"] in (None, "harmed", "witnessed", "causes_harm", "conflict"), (where, r["role"])
    assert r["sex"] in (None, "female", "male"), where
    for c in r["categories"]:
        assert c in CAT_BY_NAME and TAXO[CAT_BY_NAME[c]]["parent_id"], (where, c)
    assert 1 <= len(r["categories"]) <= 3, where
    for p in r["present"]:
        assert p in ("domestic_abuse", "substance_use", "harm_person_at_home"), (where, p)


def main():
    directory, labels, key_to_id = build_directory()
    import scenarios_data
    import searches_data

    cases = []
    for c in scenarios_data.CASES:
        needs = []
        for i, nd in enumerate(c["needs"]):
            where = f"{c['id']}[{i}]"
            check_reading(nd["reading"], where)
            needs.append(
                {
                    "text": nd["text"],
                    "relevant": convert_relevant(nd["relevant"], key_to_id, where),
                    "reading": nd["reading"],
                }
            )
        case = {"id": c["id"], "postcode": c["postcode"], "children": c.get("children", [])}
        if c.get("languages"):
            case["languages"] = c["languages"]
        if c.get("note"):
            case["note"] = c["note"]
        case["needs"] = needs
        cases.append(case)
    scen = {"description": scenarios_data.DESCRIPTION, "cases": cases}
    searches = []
    for s in searches_data.CASES:
        check_reading(s["reading"], s["id"])
        searches.append(
            {
                "id": s["id"],
                "text": s["text"],
                "postcode": s.get("postcode"),
                "crisis": s["crisis"],
                "relevant": convert_relevant(s["relevant"], key_to_id, s["id"]),
                "reading": s["reading"],
            }
        )
    srch = {"description": searches_data.DESCRIPTION, "cases": searches}

    def dump(name, obj):
        (HERE / name).write_text(
            json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    dump("directory.json", directory)
    dump(
        "labels.json",
        {
            "description": "Ground truth about each service in directory.json (never shown to the matcher). "
            "'key' is the writer's internal name for the service.",
            "services": labels,
        },
    )
    dump("scenarios.json", scen)
    dump("searches.json", srch)
    n_needs = sum(len(c["needs"]) for c in cases)
    n_empty = sum(1 for c in cases for nd in c["needs"] if not nd["relevant"])
    print(
        f"services={len(directory['contents'])} scenarios={len(cases)} needs={n_needs} "
        f"empty_needs={n_empty} searches={len(searches)}"
    )


if __name__ == "__main__":
    main()
