"""Build the Devon / Plymouth / Torbay held-out set from the hand-written sources.

Writes directory.json, labels.json, scenarios.json and searches.json next to this file.
Deterministic: ids are UUIDv5s from the writer's keys, order is a fixed hash order.
"""
import hashlib, json, os
from urllib.parse import urlparse

from common import *
import services_data as SD
import scenarios_data
import searches_data

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = 'http://statistics.data.gov.uk/id/statistical-geography/'
MODIFIED_DEFAULT = '2025-10-01T09:00:00Z'


def h(key):
    return int(hashlib.sha1(key.encode()).hexdigest(), 16)


def latlon_for(postcodes):
    """Lat/long of each postcode's grid point (ONS Postcode Directory, OSGB36 -> WGS84)."""
    from check_postcodes import lookup
    from pyproj import Transformer
    tr = Transformer.from_crs('EPSG:27700', 'EPSG:4326', always_xy=True)
    out = {}
    for pc, v in lookup(sorted(postcodes)).items():
        if v:
            lon, lat = tr.transform(v[1], v[2])
            out[pc] = (round(lat, 5), round(lon, 5))
    return out


def slug(key):
    return key.replace('_', '-')


def org_domain(org):
    if org['website']:
        host = urlparse(org['website']).netloc
        return host[4:] if host.startswith('www.') else host
    return None


def taxonomy(cats, key):
    """Realistic tagging: most as written, a few untagged, a few top-level only."""
    hv = h('tag:' + key)
    if hv % 15 == 0:
        return []
    if hv % 11 == 0:
        tops = []
        for c in cats:
            p = DFE[c][1] or c
            if p not in tops:
                tops.append(p)
        return tops
    return list(cats)


def build_service(s, phone_counters, coords):
    sid = uid('service', s['key'])
    org = SD.ORGS[s['org']]
    oid = uid('org', s['org'])
    dom = org_domain(org) or f"{slug(s['org'])}.example.org.uk"
    out = {'id': sid, 'name': s['name'], 'description': s['description'], 'status': s['status']}
    orgobj = {'id': oid, 'name': org['name'], 'description': org['description']}
    if org['website']:
        orgobj['website'] = org['website']
    out['organization'] = orgobj
    out['organization_id'] = oid
    if s['url']:
        base = org['website'] or f'https://{dom}'
        out['url'] = base.rstrip('/') + '/services/' + slug(s['key'])
    if s['email']:
        out['email'] = f"{slug(s['key'])[:24].strip('-')}@{dom}"
    if s['phone']:
        kind = s['phone']
        n = phone_counters[kind]
        phone_counters[kind] += 1
        number = {'local': f'01632 960{n:03d}', 'freephone': f'0808 157 0{n:03d}',
                  'mobile': f'07700 900{n:03d}', '03': f'03069 990{n:03d}'}[kind]
        desc = {'local': 'Main number', 'freephone': 'Free to call', 'mobile': 'Call or text',
                '03': 'Local rate'}[kind]
        out['phones'] = [{'id': uid('phone', s['key']), 'number': number, 'description': desc}]
    lo, hi = s['ages']
    if lo is not None:
        out['minimum_age'] = lo
    if hi is not None:
        out['maximum_age'] = hi
    if s['elig']:
        out['eligibility_description'] = s['elig']
    if s['fees']:
        out['fees_description'] = s['fees']
    elif s['cost'] is None and h('free:' + s['key']) % 3 == 0:
        out['fees_description'] = 'Free'
    if s['cost']:
        out['cost_options'] = [{'id': uid('cost', s['key'], i), 'option': o, 'amount': a,
                                **({'amount_description': d} if d else {})}
                               for i, (o, a, d) in enumerate(s['cost'])]
    langs = s['langs'] or [('English', 'en', None)]
    out['languages'] = [{'id': uid('lang', s['key'], code), 'name': name, 'code': code,
                         **({'note': note} if note else {})} for name, code, note in langs]
    if s['interp']:
        out['interpretation_services'] = s['interp']
    if s['apply']:
        out['application_process'] = s['apply']
    if s['accred']:
        out['accreditations'] = s['accred']
    if s['alert']:
        out['alert'] = s['alert']
    out['last_modified'] = s['modified'] or MODIFIED_DEFAULT
    out['assured_date'] = s['assured']
    # service areas
    areas = []
    for i, a in enumerate(s['area']):
        if a[0] == 'la':
            code = a[1]
            areas.append({'id': uid('area', s['key'], i), 'name': LA_NAMES[code], 'uri': GEO + code,
                          'description': a[2] or f'Families living in {LA_NAMES[code]}'})
        else:
            _, name, places, outcodes, desc = a
            areas.append({'id': uid('area', s['key'], i), 'name': name, 'extent': ', '.join(places),
                          'description': desc or 'Families living in ' + ', '.join(places[:-1]) + ' or ' + places[-1]})
    out['service_areas'] = areas
    # locations
    sals = []
    for i, (venue, place) in enumerate(s['locs']):
        lid = uid('location', s['key'], i)
        if place is None:
            virtual = venue.lower().startswith('online')
            loc = {'id': lid, 'location_type': 'virtual' if virtual else 'physical', 'name': venue}
            if not virtual:
                loc['description'] = 'Address given only to people referred, for safety.'
                loc['confidential'] = True
        else:
            street, town, county, pc = PLACES[place]
            loc = {'id': lid, 'location_type': 'physical', 'name': venue,
                   'addresses': [{'id': uid('address', s['key'], i), 'address_1': street, 'city': town,
                                  'state_province': 'Cornwall' if county == 'Cornwall' else 'Devon',
                                  'postal_code': pc, 'country': 'GB', 'address_type': 'physical'}]}
            if h('geo:' + s['key']) % 3 != 0 and pc in coords:
                loc['latitude'], loc['longitude'] = coords[pc]
        sals.append({'id': uid('sal', s['key'], i), 'location': loc})
    if sals:
        out['service_at_locations'] = sals
    if s['sched']:
        out['schedules'] = [{'id': uid('schedule', s['key'], i), 'freq': x['freq'], 'interval': 1,
                             'byday': x['byday'], 'opens_at': x['opens_at'], 'closes_at': x['closes_at'],
                             'description': x['description']} for i, x in enumerate(s['sched'])]
    cats = taxonomy(s['cats'], s['key'])
    out['taxonomy_terms'] = [{'id': str(c), 'name': DFE[c][0], 'vocabulary': 'dfe-family-hubs'} for c in cats]
    attrs = []
    for c in cats:
        term = {'id': uid('dfe', c), 'code': str(c), 'name': DFE[c][0], 'description': DFE[c][0],
                'taxonomy': 'dfe-family-hubs'}
        if DFE[c][1]:
            term['parent_id'] = uid('dfe', DFE[c][1])
        attrs.append({'id': uid('attr', s['key'], c), 'link_id': sid, 'link_type': 'service',
                      'taxonomy_term_id': term['id'], 'taxonomy_term': term})
    out['attributes'] = attrs
    return out


def label_for(s):
    la, outc = [], []
    for a in s['area']:
        if a[0] == 'la':
            la.append(a[1])
        else:
            outc.extend(o for o in a[3] if o not in outc)
    return {
        'for_people_who_harm': s['harm'], 'survivors_only': s['surv'], 'sex': s['sex'],
        'child_sex': s['csex'], 'conditions': list(s['cond']), 'diagnosis_required': s['dx'],
        'group_only': s['grp'], 'language_only': s['lang'], 'contraindications': list(s['contra']),
        'closed': bool(s['closed'] or s['status'] != 'active'),
        'area': {'la_codes': la, 'outcodes': outc}, 'ages': [s['ages'][0], s['ages'][1]], 'key': s['key'],
    }


def key_to_id(rel, where):
    out = {}
    for k, g in rel.items():
        if k not in KEYS:
            raise SystemExit(f'unknown service key {k!r} in {where}')
        out[uid('service', k)] = g
    return out


def main():
    global KEYS
    services = sorted(SD.SERVICES, key=lambda s: h(s['key']))
    KEYS = {s['key'] for s in services}
    assert len(KEYS) == len(services), 'duplicate keys'
    pcs = {PLACES[p][3] for s in services for _, p in s['locs'] if p}
    coords = latlon_for(pcs)
    counters = {'local': 100, 'freephone': 100, 'mobile': 100, '03': 100}
    contents = [build_service(s, counters, coords) for s in services]
    n = len(contents)
    directory = {
        'description': 'Held-out early-help directory: Devon, Plymouth and Torbay (all services invented). '
                       'Do not tune on it.',
        'total_items': n, 'total_pages': 1, 'page_number': 1, 'size': n,
        'first_page': True, 'last_page': True, 'empty': n == 0, 'contents': contents}
    labels = {'description': 'Ground truth for each service in directory.json (held out; never shown to '
                             'the matcher).',
              'services': {uid('service', s['key']): label_for(s) for s in services}}
    cases = []
    for c in scenarios_data.CASES:
        cc = {'id': c['id'], 'postcode': c['postcode'], 'children': [{'age': a} for a in c['children']]}
        if c.get('languages'):
            cc['languages'] = c['languages']
        cc['needs'] = [{'text': nd['text'], 'relevant': key_to_id(nd['relevant'], c['id']),
                        'reading': nd['reading']} for nd in c['needs']]
        cases.append(cc)
    scenarios = {'description': 'Closed-referral cases for Devon, Plymouth and Torbay with graded judgements '
                                'against the whole of directory.json. Held out.', 'cases': cases}
    scases = []
    for q in searches_data.SEARCHES:
        scases.append({'id': q['id'], 'text': q['text'], 'postcode': q['postcode'], 'crisis': q['crisis'],
                       'relevant': key_to_id(q['relevant'], q['id']), 'reading': q['reading']})
    searches = {'description': 'Short public searches in families\' own words, with graded judgements. '
                               'Held out.', 'cases': scases}
    for name, obj in [('directory.json', directory), ('labels.json', labels),
                      ('scenarios.json', scenarios), ('searches.json', searches)]:
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write('\n')
    print(f'{n} services, {len(cases)} cases, {sum(len(c["needs"]) for c in cases)} needs, '
          f'{len(scases)} searches written')


if __name__ == '__main__':
    main()
