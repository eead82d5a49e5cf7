"""Shared constants for the Devon, Plymouth and Torbay held-out set (hand-written)."""
import uuid

NS = uuid.UUID('6f1d3c2e-9a41-5b7e-8c0d-4e5f6a7b8c9d')   # namespace for this set only

def uid(*parts):
    return str(uuid.uuid5(NS, '/'.join(str(p) for p in parts)))

# --- councils -------------------------------------------------------------------------
DEVON = 'E10000008'          # county council: districts below
EDEV, EXE, MID, NDEV, SHAMS, TEIGN, TORR, WDEV = (
    'E07000040', 'E07000041', 'E07000042', 'E07000043',
    'E07000044', 'E07000045', 'E07000046', 'E07000047')
DEVON_DISTRICTS = [EDEV, EXE, MID, NDEV, SHAMS, TEIGN, TORR, WDEV]
PLY = 'E06000026'
TOR = 'E06000027'
CORN = 'E06000052'
SOM = 'E06000066'
ENG = 'E92000001'
UK = 'K02000001'

LA_NAMES = {
    DEVON: 'Devon', EDEV: 'East Devon', EXE: 'Exeter', MID: 'Mid Devon', NDEV: 'North Devon',
    SHAMS: 'South Hams', TEIGN: 'Teignbridge', TORR: 'Torridge', WDEV: 'West Devon',
    PLY: 'Plymouth', TOR: 'Torbay', CORN: 'Cornwall', SOM: 'Somerset', ENG: 'England',
    UK: 'United Kingdom',
}

def expand_la(codes):
    """Whole-council codes -> set of lower-tier/unitary codes a postcode can carry."""
    out = set()
    for c in codes:
        if c == DEVON:
            out.update(DEVON_DISTRICTS)
        out.add(c)
    return out

def la_covers(codes, postcode_la):
    codes = set(codes)
    if UK in codes:
        return True
    if ENG in codes and postcode_la.startswith('E'):
        return True
    return postcode_la in expand_la(codes)

# --- places: (street, town, county/unitary for state_province, postcode) --------------
# Every postcode here is real (see check_postcodes.py); it was picked near the middle
# of the sector for that place with _pick_postcodes.py. Streets are real streets of that town.
PLACES = {
    'exeter_sidwell':   ('Sidwell Street', 'Exeter', 'Devon', 'EX4 6QA'),
    'exeter_stthomas':  ('Cowick Street', 'Exeter', 'Devon', 'EX4 1PP'),
    'exeter_wonford':   ('Burnthouse Lane', 'Exeter', 'Devon', 'EX2 6DP'),
    'exeter_whipton':   ('Pinhoe Road', 'Exeter', 'Devon', 'EX4 8DW'),
    'exeter_bartholomew': ('Bartholomew Street West', 'Exeter', 'Devon', 'EX4 3HH'),
    'exeter_heavitree': ('Heavitree Road', 'Exeter', 'Devon', 'EX1 2EA'),
    'exeter_exwick':    ('Exwick Road', 'Exeter', 'Devon', 'EX4 2JF'),
    'exmouth':          ('Rolle Street', 'Exmouth', 'Devon', 'EX8 1RL'),
    'exmouth_withycombe': ('Withycombe Village Road', 'Exmouth', 'Devon', 'EX8 3JZ'),
    'budleigh':         ('Fore Street', 'Budleigh Salterton', 'Devon', 'EX9 6AZ'),
    'sidmouth':         ('High Street', 'Sidmouth', 'Devon', 'EX10 8EX'),
    'honiton':          ('High Street', 'Honiton', 'Devon', 'EX14 1JX'),
    'axminster':        ('West Street', 'Axminster', 'Devon', 'EX13 5FQ'),
    'seaton':           ('Queen Street', 'Seaton', 'Devon', 'EX12 2AU'),
    'colyton':          ('Market Place', 'Colyton', 'Devon', 'EX24 6RS'),
    'ottery':           ('Mill Street', 'Ottery St Mary', 'Devon', 'EX11 1GD'),
    'cullompton':       ('Fore Street', 'Cullompton', 'Devon', 'EX15 1HJ'),
    'willand':          ('Gables Road', 'Willand', 'Devon', 'EX15 2AS'),
    'uffculme':         ('Commercial Road', 'Uffculme', 'Devon', 'EX15 3JU'),
    'tiverton':         ('Gold Street', 'Tiverton', 'Devon', 'EX16 6EQ'),
    'tiverton_north':   ('Bampton Street', 'Tiverton', 'Devon', 'EX16 4BL'),
    'crediton':         ('High Street', 'Crediton', 'Devon', 'EX17 3HW'),
    'okehampton':       ('Fore Street', 'Okehampton', 'Devon', 'EX20 1NL'),
    'hatherleigh':      ('Market Street', 'Hatherleigh', 'Devon', 'EX20 3LT'),
    'holsworthy':       ('Fore Street', 'Holsworthy', 'Devon', 'EX22 6SJ'),
    'barnstaple':       ('Boutport Street', 'Barnstaple', 'Devon', 'EX31 1JP'),
    'barnstaple_forches': ('Forches Avenue', 'Barnstaple', 'Devon', 'EX32 8DU'),
    'braunton':         ('Caen Street', 'Braunton', 'Devon', 'EX33 1LS'),
    'ilfracombe':       ('High Street', 'Ilfracombe', 'Devon', 'EX34 9FQ'),
    'combe_martin':     ('Borough Road', 'Combe Martin', 'Devon', 'EX34 0LG'),
    'lynton':           ('Lee Road', 'Lynton', 'Devon', 'EX35 6AX'),
    'south_molton':     ('East Street', 'South Molton', 'Devon', 'EX36 3YS'),
    'bideford':         ('Mill Street', 'Bideford', 'Devon', 'EX39 2PW'),
    'northam':          ('Fore Street', 'Northam', 'Devon', 'EX39 1YP'),
    'torrington':       ('New Street', 'Great Torrington', 'Devon', 'EX38 8PA'),
    'dawlish':          ('The Strand', 'Dawlish', 'Devon', 'EX7 9JU'),
    'teignmouth':       ('Den Road', 'Teignmouth', 'Devon', 'TQ14 8LF'),
    'newton_abbot':     ('Courtenay Street', 'Newton Abbot', 'Devon', 'TQ12 2AT'),
    'kingsteignton':    ('Fore Street', 'Kingsteignton', 'Devon', 'TQ12 3LH'),
    'bovey':            ('Fore Street', 'Bovey Tracey', 'Devon', 'TQ13 9LE'),
    'ashburton':        ('East Street', 'Ashburton', 'Devon', 'TQ13 7HE'),
    'moreton':          ('Court Street', 'Moretonhampstead', 'Devon', 'TQ13 8YD'),
    'chagford':         ('The Square', 'Chagford', 'Devon', 'TQ13 8EP'),
    'buckfastleigh':    ('Fore Street', 'Buckfastleigh', 'Devon', 'TQ11 0NP'),
    'totnes':           ('Fore Street', 'Totnes', 'Devon', 'TQ9 5RT'),
    'dartmouth':        ('Victoria Road', 'Dartmouth', 'Devon', 'TQ6 9ED'),
    'kingsbridge':      ('Fore Street', 'Kingsbridge', 'Devon', 'TQ7 1JB'),
    'salcombe':         ('Fore Street', 'Salcombe', 'Devon', 'TQ8 8BG'),
    'ivybridge':        ('Fore Street', 'Ivybridge', 'Devon', 'PL21 9FW'),
    'tavistock':        ('Plymouth Road', 'Tavistock', 'Devon', 'PL19 8HN'),
    'tavistock_centre': ('Bedford Square', 'Tavistock', 'Devon', 'PL19 0LL'),
    'horrabridge':      ('Jordan Lane', 'Horrabridge', 'Devon', 'PL20 7NS'),
    'princetown':       ('Tavistock Road', 'Princetown', 'Devon', 'PL20 6PB'),
    'ply_centre':       ('Royal Parade', 'Plymouth', 'Plymouth', 'PL1 1NT'),
    'ply_devonport':    ('Fore Street', 'Plymouth', 'Plymouth', 'PL1 4TF'),
    'ply_stonehouse':   ('Union Street', 'Plymouth', 'Plymouth', 'PL1 3NS'),
    'ply_mutley':       ('Mutley Plain', 'Plymouth', 'Plymouth', 'PL4 6BT'),
    'ply_mountgould':   ('Mount Gould Road', 'Plymouth', 'Plymouth', 'PL4 7LL'),
    'ply_whitleigh':    ('Budshead Road', 'Plymouth', 'Plymouth', 'PL5 4HR'),
    'ply_stbudeaux':    ('Victoria Road', 'Plymouth', 'Plymouth', 'PL5 1JJ'),
    'ply_plympton':     ('Ridgeway', 'Plymouth', 'Plymouth', 'PL7 2EU'),
    'ply_plymstock':    ('The Broadway', 'Plymouth', 'Plymouth', 'PL9 7QX'),
    'ply_keyham':       ('Wolseley Road', 'Plymouth', 'Plymouth', 'PL2 3TG'),
    'ply_northprospect': ('Wolseley Road', 'Plymouth', 'Plymouth', 'PL2 2RZ'),
    'ply_efford':       ('Efford Road', 'Plymouth', 'Plymouth', 'PL3 6HW'),
    'ply_southway':     ('Southway Drive', 'Plymouth', 'Plymouth', 'PL6 6YT'),
    'ply_derriford':    ('Derriford Road', 'Plymouth', 'Plymouth', 'PL6 8TN'),
    'torquay':          ('Union Street', 'Torquay', 'Torbay', 'TQ1 4YY'),
    'torquay_hele':     ('Hele Road', 'Torquay', 'Torbay', 'TQ2 7AE'),
    'torquay_centre':   ('Abbey Road', 'Torquay', 'Torbay', 'TQ2 5PF'),
    'paignton':         ('Victoria Street', 'Paignton', 'Torbay', 'TQ4 5LJ'),
    'paignton_foxhole': ('Foxhole Road', 'Paignton', 'Torbay', 'TQ3 3BE'),
    'brixham':          ('Bolton Street', 'Brixham', 'Torbay', 'TQ5 9SQ'),
    'saltash':          ('Fore Street', 'Saltash', 'Cornwall', 'PL12 6NN'),
}

DFE = {}   # id -> (name, parent_id)
def _load_dfe():
    import csv, os
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, '..', '..', '..', 'shared', 'data', 'dfe-family-hubs-categories.csv')
    if not os.path.exists(path):
        path = '/work/shared/data/dfe-family-hubs-categories.csv'
    for row in csv.DictReader(open(path, encoding='utf-8')):
        DFE[int(row['id'])] = (row['name'], int(row['parent_id']) if row['parent_id'] else None)
_load_dfe()
DFE_BY_NAME = {v[0]: k for k, v in DFE.items()}

LABEL_CONDITIONS = {'autism', 'adhd', 'down_syndrome', 'hearing_impairment', 'visual_impairment',
                    'eating_disorder', 'fasd', 'perinatal_mental_health', 'disability',
                    'developmental_delay', 'learning_disability'}
GROUPS = {'young_parents', 'in_recovery', 'free_school_meals', 'bereaved_parents_baby_loss',
          'kinship_carers', 'armed_forces', 'asylum_refugee', 'young_carers'}
CONTRA = {'domestic_abuse', 'harm_person_at_home', 'substance_use'}
