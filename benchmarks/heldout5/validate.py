"""Validate the Devon / Plymouth / Torbay held-out set.

Checks: every service validates against the HSDS 3.0 and ORUK compiled service schemas
(format checks on, plus uri and date-time checks done here); ids are unique UUIDs and
match labels; labels have every field with allowed values; scenario and search shapes,
grades (1 or 2) and readings (allowed values, exact DfE sub-category names); every
postcode exists; and no graded service is ineligible for its need by its labels (area,
age, sex, child's sex, condition, diagnosis, group, language, exclusions, closed, and
the harm/survivor rules).
"""
import json, os, re, sys, uuid
from datetime import datetime
from urllib.parse import urlparse

import jsonschema

from common import *
from check_postcodes import lookup

HERE = os.path.dirname(os.path.abspath(__file__))
STD = '/work/shared/standards'
ABOUT = {'child', 'young_person', 'mother', 'father', 'parent', 'couple', 'family', 'adult'}
ROLES = {None, 'harmed', 'witnessed', 'causes_harm', 'conflict'}
SUBCATS = {v[0] for k, v in DFE.items() if v[1] is not None}
# which need conditions a service's condition label fits
FITS = {'disability': {'disability', 'learning_disability', 'down_syndrome'},
        'learning_disability': {'learning_disability', 'down_syndrome'}}

errors = []
def err(msg):
    errors.append(msg)


def load(name):
    return json.load(open(os.path.join(HERE, name), encoding='utf-8'))


def outcode(pc):
    return pc.upper().replace(' ', '')[:-3]


def area_ok(lab, pc_la, pc, text=None):
    a = lab['area']
    if pc is None:   # search with no postcode: a Devon resident in an unknown locality
        if any(c in (UK, ENG, DEVON) for c in a['la_codes']):
            return True
        if text is None:
            return False
        if place_named(lab, text):
            return True
        # a town named in the text stands for that town's postcode
        for street, town, county, tpc in PLACES.values():
            if re.search(r'\b' + re.escape(town.lower()) + r'\b', text.lower()) and town != 'Plymouth':
                tla = TOWN_LA.get(tpc)
                if tla and ((a['la_codes'] and la_covers(a['la_codes'], tla)) or outcode(tpc) in a['outcodes']):
                    return True
        return False
    if a['la_codes'] and la_covers(a['la_codes'], pc_la):
        return True
    return outcode(pc) in a['outcodes']


PLACE_NAMES = {}
TOWN_LA = {}
def place_named(lab, text):
    t = text.lower()
    for name in PLACE_NAMES.get(lab['key'], []):
        if re.search(r'\b' + re.escape(name.lower()) + r'\b', t):
            return True
    return False


def why_ineligible(lab, reading, pc, pc_la, children, languages, extra=None, text=None):
    """Return a list of reasons this service cannot be relevant for this need ([] = eligible)."""
    r = []
    if lab['closed']:
        r.append('closed')
    if not area_ok(lab, pc_la, pc, text):
        r.append('area')
    lo, hi = lab['ages']
    about = reading['about']
    age = reading.get('child_age')
    adult_service = (lo is not None and lo >= 16) or (lo is not None and hi is None)
    if about in ('child', 'young_person'):
        if age is not None:
            if (lo is not None and age < lo) or (hi is not None and age > hi):
                r.append(f'age {age} outside {lo}-{hi}')
    elif not adult_service and (lo is not None or hi is not None):
        ages = [age] if age is not None else [c for c in children]
        if ages and not any((lo is None or a >= lo) and (hi is None or a <= hi) for a in ages):
            r.append(f'no child in {lo}-{hi}')
    if lab['sex'] and lab['sex'] != reading.get('sex'):
        r.append(f"sex {lab['sex']} vs {reading.get('sex')}")
    if lab['child_sex'] and about in ('child', 'young_person'):
        want = {'girls': 'female', 'boys': 'male'}[lab['child_sex']]
        if reading.get('sex') != want:
            r.append('child sex')
    if lab['conditions']:
        c = reading.get('condition')
        if not c or not any(c == lc or c in FITS.get(lc, ()) for lc in lab['conditions']):
            r.append(f"condition {lab['conditions']} vs {c}")
        elif lab['diagnosis_required'] and reading.get('diagnosed') is not True:
            r.append('diagnosis required')
    groups = set((extra or {}).get('groups', []))
    if lab['group_only'] and lab['group_only'] not in groups:
        r.append(f"group {lab['group_only']}")
    if lab['language_only'] and lab['language_only'] not in (languages or []):
        r.append(f"language {lab['language_only']}")
    present = set(reading.get('present') or [])
    bad = present & set(lab['contraindications'])
    if bad:
        r.append(f'contraindicated {sorted(bad)}')
    role = reading.get('role')
    if lab['for_people_who_harm'] and role != 'causes_harm':
        r.append('harm programme but need is not about the person causing harm')
    if lab['survivors_only'] and role not in ('harmed', 'witnessed'):
        r.append('survivors only')
    return r


def check_uri(v, where):
    p = urlparse(v)
    if p.scheme not in ('http', 'https') or not p.netloc:
        err(f'{where}: bad uri {v}')


def check_reading(rd, where):
    keys = {'about', 'child_age', 'categories', 'role', 'sex', 'condition', 'diagnosed', 'present'}
    if set(rd) != keys:
        err(f'{where}: reading keys {sorted(rd)}')
        return
    if rd['about'] not in ABOUT:
        err(f'{where}: about {rd["about"]}')
    if rd['child_age'] is not None and not isinstance(rd['child_age'], int):
        err(f'{where}: child_age')
    if not (1 <= len(rd['categories']) <= 3) or any(c not in SUBCATS for c in rd['categories']):
        err(f'{where}: categories {rd["categories"]}')
    if rd['role'] not in ROLES:
        err(f'{where}: role {rd["role"]}')
    if rd['sex'] not in (None, 'female', 'male'):
        err(f'{where}: sex')
    if rd['condition'] is not None and rd['condition'] not in LABEL_CONDITIONS:
        err(f'{where}: condition {rd["condition"]}')
    if rd['diagnosed'] not in (None, True, False):
        err(f'{where}: diagnosed')
    if rd['condition'] is None and rd['diagnosed'] is not None:
        err(f'{where}: diagnosed without condition')
    if any(p not in CONTRA for p in rd['present']):
        err(f'{where}: present {rd["present"]}')


def main():
    d = load('directory.json')
    labels = load('labels.json')['services']
    sc = load('scenarios.json')
    se = load('searches.json')
    import scenarios_data, searches_data, services_data
    TOWN_LA.update({k: v[0] for k, v in lookup([p[3] for p in PLACES.values()]).items() if v})
    for s in services_data.SERVICES:
        names = []
        for a in s['area']:
            if a[0] == 'ext':
                names += a[2]
            else:
                names.append(LA_NAMES[a[1]])
        PLACE_NAMES[s['key']] = names

    # --- directory: page shape and schemas
    for k in ('description', 'total_items', 'total_pages', 'page_number', 'size', 'first_page',
              'last_page', 'empty', 'contents'):
        if k not in d:
            err(f'directory missing {k}')
    if d['total_items'] != len(d['contents']):
        err('total_items mismatch')
    fc = jsonschema.Draft202012Validator.FORMAT_CHECKER
    for path in ('hsds-3.0/schema/compiled/service.json', 'oruk-uk-profile/schema/compiled/service.json'):
        schema = json.load(open(os.path.join(STD, path)))
        V = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        v = V(schema, format_checker=fc)
        for s in d['contents']:
            for e in v.iter_errors(s):
                err(f'schema {path}: {s["name"]}: {list(e.path)} {e.message[:120]}')
    ids = set()
    valid_status = {'active', 'inactive', 'temporarily closed'}
    for s in d['contents']:
        sid = s['id']
        uuid.UUID(sid)
        if sid in ids:
            err(f'duplicate id {sid}')
        ids.add(sid)
        if s['status'] not in valid_status:
            err(f'{s["name"]}: status')
        for u in [s.get('url'), s['organization'].get('website')]:
            if u:
                check_uri(u, s['name'])
        for a in s['service_areas']:
            if 'uri' in a:
                check_uri(a['uri'], s['name'])
            if ('uri' in a) == ('extent' in a):
                err(f'{s["name"]}: area needs uri or extent')
        datetime.fromisoformat(s['last_modified'].replace('Z', '+00:00'))
        datetime.fromisoformat(s['assured_date'])
        for t in s.get('taxonomy_terms', []):
            if DFE[int(t['id'])][0] != t['name']:
                err(f'{s["name"]}: taxonomy term name')
        if [t['id'] for t in s['taxonomy_terms']] != [a['taxonomy_term']['code'] for a in s['attributes']]:
            err(f'{s["name"]}: taxonomy_terms and attributes differ')
        lab = labels.get(sid)
        if lab is None:
            err(f'{s["name"]}: no label')
            continue
        if s['status'] != 'active' and not lab['closed']:
            err(f'{s["name"]}: not active but label open')
        if lab['ages'] != [s.get('minimum_age'), s.get('maximum_age')]:
            err(f'{s["name"]}: label ages differ from record')
    if set(labels) != ids:
        err('labels and directory ids differ')

    # --- labels
    want = {'for_people_who_harm', 'survivors_only', 'sex', 'child_sex', 'conditions', 'diagnosis_required',
            'group_only', 'language_only', 'contraindications', 'closed', 'area', 'ages', 'key'}
    for sid, lab in labels.items():
        w = lab.get('key', sid)
        if set(lab) != want:
            err(f'label {w}: fields {sorted(set(lab) ^ want)}')
            continue
        for b in ('for_people_who_harm', 'survivors_only', 'diagnosis_required', 'closed'):
            if not isinstance(lab[b], bool):
                err(f'label {w}: {b}')
        if lab['sex'] not in (None, 'female', 'male'):
            err(f'label {w}: sex')
        if lab['child_sex'] not in (None, 'girls', 'boys'):
            err(f'label {w}: child_sex')
        if any(c not in LABEL_CONDITIONS for c in lab['conditions']):
            err(f'label {w}: conditions')
        if lab['diagnosis_required'] and not lab['conditions']:
            err(f'label {w}: diagnosis without condition')
        if lab['group_only'] not in GROUPS | {None}:
            err(f'label {w}: group')
        if any(c not in CONTRA for c in lab['contraindications']):
            err(f'label {w}: contraindications')
        if lab['for_people_who_harm'] and lab['survivors_only']:
            err(f'label {w}: harm and survivors')
        if not lab['area']['la_codes'] and not lab['area']['outcodes']:
            err(f'label {w}: no area')
        for c in lab['area']['la_codes']:
            if c not in LA_NAMES:
                err(f'label {w}: la code {c}')
        for o in lab['area']['outcodes']:
            if not re.fullmatch(r'(EX|PL|TQ)\d{1,2}', o):
                err(f'label {w}: outcode {o}')

    # --- postcodes
    pcs = {c['postcode'] for c in sc['cases']} | {c['postcode'] for c in se['cases'] if c['postcode']}
    pcs |= {a['postal_code'] for s in d['contents'] for sal in s.get('service_at_locations', [])
            for a in sal['location'].get('addresses', [])}
    found = lookup(sorted(pcs))
    for p, v in found.items():
        if v is None:
            err(f'postcode {p} not found')
    # outcodes used in labels must exist and be in or next to Devon/Plymouth/Torbay
    all_out = {o for lab in labels.values() for o in lab['area']['outcodes']}
    from check_postcodes import load_letters
    P = load_letters({o[0] for o in all_out})
    seen = {}
    for pc, v in P.items():
        o = pc[:-3].strip()
        if o in all_out and isinstance(v[0], str):
            seen.setdefault(o, set()).add(v[0])
    for o in sorted(all_out):
        if o not in seen:
            err(f'outcode {o} has no live postcode')
        elif not seen[o] & (set(DEVON_DISTRICTS) | {PLY, TOR}):
            err(f'outcode {o} not in Devon/Plymouth/Torbay')

    # --- scenarios
    extra_by_case = {c['id']: c for c in scenarios_data.CASES}
    case_ids = set()
    n_needs = n_empty = 0
    for c in sc['cases']:
        if c['id'] in case_ids:
            err(f'duplicate case id {c["id"]}')
        case_ids.add(c['id'])
        if set(c) - {'id', 'postcode', 'children', 'languages', 'needs'}:
            err(f'{c["id"]}: unexpected keys')
        if not c['children'] or any(not isinstance(ch.get('age'), int) for ch in c['children']):
            err(f'{c["id"]}: children')
        pc_la = (found.get(c['postcode']) or [None])[0]
        ages = [ch['age'] for ch in c['children']]
        for i, nd in enumerate(c['needs']):
            n_needs += 1
            where = f'{c["id"]}.{i}'
            if set(nd) != {'text', 'relevant', 'reading'}:
                err(f'{where}: need keys')
            check_reading(nd['reading'], where)
            if not nd['relevant']:
                n_empty += 1
            extra = extra_by_case[c['id']]['needs'][i]
            for sid, g in nd['relevant'].items():
                if g not in (1, 2):
                    err(f'{where}: grade {g}')
                if sid not in labels:
                    err(f'{where}: unknown id {sid}')
                    continue
                why = why_ineligible(labels[sid], nd['reading'], c['postcode'], pc_la, ages,
                                     c.get('languages'), extra)
                if why:
                    err(f'{where}: {labels[sid]["key"]} graded {g} but ineligible: {why}')
            if nd['relevant'] and 2 not in nd['relevant'].values():
                pass   # allowed: only partial matches exist
    # --- searches
    s_ids = set()
    n_crisis = 0
    for q in se['cases']:
        if q['id'] in s_ids or q['id'] in case_ids:
            err(f'duplicate search id {q["id"]}')
        s_ids.add(q['id'])
        if set(q) != {'id', 'text', 'postcode', 'crisis', 'relevant', 'reading'}:
            err(f'{q["id"]}: keys')
        if not isinstance(q['crisis'], bool):
            err(f'{q["id"]}: crisis')
        n_crisis += q['crisis']
        check_reading(q['reading'], q['id'])
        pc_la = (found.get(q['postcode']) or [None])[0] if q['postcode'] else None
        ch = [q['reading']['child_age']] if q['reading']['child_age'] is not None else []
        extra = next(x for x in searches_data.SEARCHES if x['id'] == q['id'])
        for sid, g in q['relevant'].items():
            if g not in (1, 2):
                err(f'{q["id"]}: grade {g}')
            why = why_ineligible(labels[sid], q['reading'], q['postcode'], pc_la, ch,
                                 extra.get('languages'), extra, text=q['text'])
            if why:
                err(f'{q["id"]}: {labels[sid]["key"]} graded {g} but ineligible: {why}')

    # --- summary
    from collections import Counter
    L = list(labels.values())
    print(f'services: {len(d["contents"])}  (schemas: HSDS 3.0 + ORUK compiled service.json)')
    print(f'cases: {len(sc["cases"])}  needs: {n_needs}  needs with no suitable service: {n_empty}')
    print(f'searches: {len(se["cases"])}  crisis: {n_crisis}')
    print('label classes:')
    print(f'  for_people_who_harm: {sum(l["for_people_who_harm"] for l in L)}')
    print(f'  survivors_only: {sum(l["survivors_only"] for l in L)}')
    print(f'  gendered (sex or child_sex): {sum(bool(l["sex"] or l["child_sex"]) for l in L)}'
          f'  female {sum(l["sex"] == "female" for l in L)}, male {sum(l["sex"] == "male" for l in L)},'
          f' girls {sum(l["child_sex"] == "girls" for l in L)}, boys {sum(l["child_sex"] == "boys" for l in L)}')
    print(f'  condition-specific: {sum(bool(l["conditions"]) for l in L)}'
          f'  (diagnosis required {sum(l["diagnosis_required"] for l in L)})')
    print(f'  group_only: {sum(bool(l["group_only"]) for l in L)}  {dict(Counter(l["group_only"] for l in L if l["group_only"]))}')
    print(f'  language_only: {sum(bool(l["language_only"]) for l in L)}  {dict(Counter(l["language_only"] for l in L if l["language_only"]))}')
    print(f'  contraindications: {sum(bool(l["contraindications"]) for l in L)}')
    print(f'  closed: {sum(l["closed"] for l in L)}')
    loc = sum(bool(l['area']['outcodes']) for l in L)
    nat = sum(any(c in (UK, ENG) for c in l['area']['la_codes']) for l in L)
    county = sum(DEVON in l['area']['la_codes'] for l in L)
    ply_only = sum(l['area']['la_codes'] == [PLY] and not l['area']['outcodes'] for l in L)
    tor_only = sum(l['area']['la_codes'] == [TOR] and not l['area']['outcodes'] for l in L)
    dist = sum(bool(l['area']['la_codes']) and all(c in DEVON_DISTRICTS for c in l['area']['la_codes']) for l in L)
    print(f'  areas: locality {loc}, one or more Devon districts {dist}, county-wide Devon {county}, '
          f'Plymouth only {ply_only}, Torbay only {tor_only}, national {nat}')
    if errors:
        print(f'\n{len(errors)} PROBLEMS:')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nvalidation passed')


if __name__ == '__main__':
    main()
