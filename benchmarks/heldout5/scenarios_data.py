"""Hand-written closed-referral cases for the Devon / Plymouth / Torbay held-out set.

Each need: text (as a duty social worker writes it at closure), relevant {service key: grade},
reading (how a careful practitioner reads it). `groups` is the writer's note of which
one-group-only services the family belongs to (used by validate.py; not written out).
"""
from common import DFE

def c(i):
    return DFE[i][0]

def R(about, age, cats, role=None, sex=None, cond=None, dx=None, present=()):
    return dict(about=about, child_age=age, categories=[c(x) for x in cats], role=role, sex=sex,
                condition=cond, diagnosed=dx, present=list(present))

def N(text, relevant, reading, groups=(), kw=()):
    return dict(text=text, relevant=relevant, reading=reading, groups=list(groups), kw=list(kw))

def CASE(id, postcode, children, needs, languages=None):
    d = dict(id=id, postcode=postcode, children=children, needs=needs)
    if languages:
        d['languages'] = languages
    return d

CASES = [
CASE('dv01', 'EX2 5JY', [7, 4], [
  N('Mum (M) experienced DA from ex-partner over 3 yrs incl. coercive control + 1 physical incident Aug. '
    'Ex has left the property, bail conditions in place, no contact. M would like specialist DA support to '
    'recover and rebuild confidence. NFA CSC.',
    {'idva_devon': 2, 'dv_awareness_course': 1, 'hub_exeter': 1},
    R('mother', None, [16], role='harmed', sex='female')),
  N('Eldest (7) witnessed incidents, now wetting the bed and clingy at school drop off. Would benefit from '
    'a group with other children who have lived with DA. Ex no longer in household.',
    {'rainbow_group': 2, 'school_nursing_devon': 1, 'child_bereavement': 0},
    R('child', 7, [16, 27], role='witnessed')),
]),
CASE('dv02', 'PL1 5DJ', [9, 2], [
  N('Father (F) admits he "loses it" with partner, shouting, punched door, grabbed her arm in front of 9yo. '
    'Remorseful and says he wants help to change how he behaves. Still living at home. Parents want to '
    'stay together.',
    {'choices_plymouth': 2, 'changeline_national': 1},
    R('father', None, [16], role='causes_harm', sex='male', present=['domestic_abuse'])),
  N('Mum needs someone to talk to about safety at home while F does work on his behaviour; scared but '
    'does not want to leave. DASH medium.',
    {'ply_outreach': 2, 'mens_advice_network': 0},
    R('mother', None, [16], role='harmed', sex='female', present=['domestic_abuse', 'harm_person_at_home'])),
]),
CASE('cf03', 'TQ1 3PU', [6, 3], [
  N('Parents arguing a lot since dad lost job – shouting, slammed doors, 6yo covering ears. Both deny any '
    'violence or control, no DA concerns from police checks or school. Want help to argue less in front '
    'of the kids.',
    {'together_counselling_torbay': 2, 'parenting_torbay': 1, 'hub_torbay': 1},
    R('couple', None, [20], role='conflict')),
  N('Dad would also like debt advice – behind on rent and council tax.',
    {'advice_tor': 2, 'national_debt_line': 1, 'credit_union': 1, 'housing_tor': 1},
    R('father', None, [15, 18], sex='male')),
]),
CASE('cp04', 'EX4 4QQ', [14, 9], [
  N('14yo son pushing and hitting mum when asked to come off his Xbox, has broken a door and threatened '
    'her with a kitchen knife once. Mum not pressing charges. Son agrees he needs help with his temper.',
    {'breaking_cycle_cpv': 2, 'youth_work_ply': 0},
    R('young_person', 14, [24, 16], role='causes_harm', sex='male', present=['domestic_abuse'])),
  N('Mum exhausted and frightened of her son; would like support for herself as a parent being hurt by '
    'her child.',
    {'parents_together_cpv': 2, 'idva_devon': 1, 'parentline_national': 1, 'hub_exeter': 1},
    R('mother', 14, [19, 16], role='harmed', sex='female', present=['domestic_abuse'])),
]),
CASE('cp05', 'PL3 5HU', [13], [
  N('13yo girl hitting and spitting at mum during rows, mum has bruising. Adolescent to parent violence. '
    'No specialist CAPVA service locally – consider any support for YP with anger.',
    {'cool_heads': 1, 'youth_work_ply': 1, 'hub_plymouth': 1},
    R('young_person', 13, [24, 27], role='causes_harm', sex='female', present=['domestic_abuse'])),
]),
CASE('dv06', 'EX31 2LE', [5, 1], [
  N('M left abusive relationship 6 months ago, now in Barnstaple near family. Isolated, struggling to '
    'trust people. Would like to meet other women who have been through DA. Perp in prison.',
    {'womens_space_barnstaple': 2, 'idva_devon': 1, 'dv_awareness_course': 1, 'hub_north_devon': 1},
    R('mother', None, [16], role='harmed', sex='female')),
]),
CASE('fd07', 'EX35 6BE', [8, 5, 2], [
  N('Family in Lynton, dad self employed builder, no work over winter. No food in cupboards at HV. Need '
    'food bank and benefits check. Nearest town Barnstaple, no car.',
    {'exmoor_family_link': 1, 'advice_devon': 2, 'hub_north_devon': 1, 'national_debt_line': 1},
    R('family', None, [18, 15]), kw=['food']),
]),
CASE('fd08', 'EX22 6SL', [3, 1], [
  N('Mum on UC, sanctioned. Needs food this week. Lives in Holsworthy.',
    {'foodbank_holsworthy': 2, 'advice_devon': 1, 'hub_torridge': 1},
    R('mother', None, [18], sex='female'), kw=['food']),
  N('Mum very isolated since moving, would like a toddler group for the 3yo.',
    {'stay_play_holsworthy': 2, 'hub_torridge': 1},
    R('mother', 3, [11], sex='female')),
]),
CASE('mv09', 'TQ13 8EP', [10, 6], [
  N('Family in Chagford. Parents struggling with 10yo\'s behaviour at home, refusing bedtimes, swearing. '
    'Would like parenting support but no car and bus is 2x a day.',
    {'moor_villages_family_worker': 2, 'hub_west_devon': 1, 'parentline_national': 1, 'moorlink_transport': 1},
    R('parent', 10, [19])),
]),
CASE('mv10', 'TQ13 8YD', [15], [
  N('Moretonhampstead. Landlord served s21, family need housing advice urgently. 15yo at Okehampton '
    'college.',
    {'housing_teign': 2, 'advice_devon': 1, 'hub_teignbridge': 1},
    R('family', None, [18])),
  N('15yo bored and isolated in the village, asks for a youth club.',
    {'youth_work_teign_rural': 2, 'lgbt_youth': 0, 'hub_teignbridge': 1},
    R('young_person', 15, [24, 7])),
]),
CASE('pn11', 'PL6 7QS', [0], [
  N('Dad (first baby, 4 months) low mood, not sleeping, says he feels like a failure, no thoughts of '
    'self-harm. Mum well. Family live Roborough side, registered with Plymouth GP.',
    {'new_dads_wellbeing': 2, 'bump_peer': 2, 'hv_devon': 1},
    R('father', 0, [36, 27], sex='male', cond='perinatal_mental_health', dx=False)),
]),
CASE('as12', 'TQ2 6JE', [12, 8], [
  N('12yo daughter, school think autistic, on CAMHS neurodevelopmental waiting list (2yrs). Masking at '
    'school, meltdowns at home, no friends. Would benefit from social group with similar girls.',
    {'autistic_girls_group': 2, 'autism_helpline_national': 1, 'sendiass_tor': 1, 'girls_shine_torbay': 1, 'mhst_torbay': 1},
    R('young_person', 12, [37, 46], sex='female', cond='autism', dx=False)),
]),
CASE('as13', 'EX1 3PH', [9], [
  N('9yo boy received ASD dx last month via CDC. Parents want to understand the diagnosis and how best to '
    'support him.',
    {'asd_after_dx': 2, 'parenting_sen': 2, 'autism_helpline_national': 1, 'carers_parent_devon': 1,
     'sendiass_devon': 1},
    R('parent', 9, [37, 40], cond='autism', dx=True)),
]),
CASE('as14', 'PL5 3JD', [6, 11], [
  N('6yo on ASD assessment waiting list, school reporting sensory overload. Mum wants peer support while '
    'waiting.',
    {'spectrum_waiting': 2, 'autism_helpline_national': 1, 'sendiass_ply': 1, 'hub_plymouth': 1},
    R('mother', 6, [37, 40], sex='female', cond='autism', dx=False)),
]),
CASE('ad15', 'EX16 5BX', [10], [
  N('10yo dx ADHD (on medication). Mum wants somewhere for him to go with other kids with ADHD and '
    'support for her parenting.',
    {'parenting_sen': 2, 'carers_parent_devon': 1, 'sendiass_devon': 1, 'hub_mid_devon': 1},
    R('parent', 10, [40, 44], cond='adhd', dx=True)),
]),
CASE('ad16', 'TQ12 4JB', [12], [
  N('12yo ADHD (diagnosed), excluded twice this term. Needs positive activity with peers who understand.',
    {'adhd_champions': 2, 'sendiass_devon': 1, 'parenting_sen': 1, 'youth_work_teign_rural': 0},
    R('young_person', 12, [44, 24], sex='male', cond='adhd', dx=True)),
]),
CASE('ad17', 'TQ3 1WB', [7], [
  N('7yo referred to ADHD pathway by school. Parents at the end of their tether, would like a parents '
    'group.',
    {'adhd_bay_parents': 2, 'parenting_torbay': 1, 'sendiass_tor': 1},
    R('parent', 7, [40, 44], cond='adhd', dx=False)),
]),
CASE('ds18', 'TQ12 3ZR', [0, 4], [
  N('New baby born with Down syndrome (8 weeks). Parents shocked, would like to meet other families.',
    {'ds_peninsula': 2, 'hv_devon': 1, 'slt_devon': 1, 'hub_teignbridge': 1, 'carers_parent_devon': 1},
    R('parent', 0, [40, 42], cond='down_syndrome', dx=True)),
]),
CASE('dd19', 'PL4 8NL', [2], [
  N('2yo not walking or talking, HV concerned re global delay, no dx, paediatric appt pending. Parents '
    'would like support at home with play/learning.',
    {'portage': 2, 'slt_plymouth': 1, 'hv_plymouth': 1, 'sendiass_ply': 1},
    R('child', 2, [39, 42], cond='developmental_delay', dx=False)),
]),
CASE('hi20', 'EX39 3ND', [4, 7], [
  N('4yo has glue ear and moderate hearing loss, grommets due. Mum wants to learn some signing and meet '
    'other parents.',
    {'deaf_children_devon': 2, 'slt_devon': 1, 'hub_torridge': 1},
    R('parent', 4, [41, 40], cond='hearing_impairment', dx=True)),
]),
CASE('vi21', 'PL2 1JE', [8], [
  N('8yo diagnosed with visual impairment (nystagmus), struggling in class. Parents want specialist VI '
    'support and advice on school.',
    {'sendiass_ply': 1},
    R('child', 8, [48], cond='visual_impairment', dx=True)),
]),
CASE('ed22', 'EX8 4DJ', [15, 12], [
  N('15yo girl restricting food, weight loss noted by school nurse, no ED dx yet. GP appt booked. Parents '
    'need support and information.',
    {'nourish_helpline': 2, 'camhs_ed': 2, 'camhs_devon': 1, 'school_nursing_devon': 1, 'talkspace_youth': 0},
    R('young_person', 15, [27, 28], sex='female', cond='eating_disorder', dx=False)),
]),
CASE('pn23', 'TQ4 6LW', [0, 5], [
  N('Mum 3/12 postnatal, low mood, intrusive thoughts about baby coming to harm, no intent. GP started '
    'sertraline. HV aware. Needs specialist perinatal MH input.',
    {'perinatal_team': 2, 'bump_peer': 2, 'hv_torbay': 1},
    R('mother', 0, [36], sex='female', cond='perinatal_mental_health', dx=True)),
]),
CASE('pn24', 'PL7 4EZ', [0], [
  N('Mum 28 wks pregnant, hx bipolar, stopped meds. Anxious. No current risk. Needs perinatal MH team.',
    {'perinatal_team': 2, 'midwifery_ply': 1, 'hv_plymouth': 1},
    R('mother', 0, [36, 35], sex='female', cond='perinatal_mental_health', dx=True)),
]),
CASE('yp25', 'EX4 9JZ', [0], [
  N('M is 17, 24 wks pregnant, living with her mum. Ex-bf not involved. Needs support as young parent, '
    'help with benefits and staying in college.',
    {'young_parents_exeter': 2, 'midwifery_rde': 1, 'hub_exeter': 1, 'hv_devon': 1},
    R('mother', 0, [19, 35], sex='female'), groups=['young_parents']),
]),
CASE('yp26', 'PL5 3JW', [0], [
  N('18yo first-time mum, 20 wks, care leaver. Would benefit from intensive HV programme for young mums.',
    {'young_parents_ply': 2, 'midwifery_ply': 1, 'hv_plymouth': 1, 'hub_plymouth': 1},
    R('mother', 0, [33, 35], sex='female'), groups=['young_parents']),
]),
CASE('yp27', 'TQ1 3ZG', [1], [
  N('Dad 20, shares care of 1yo with ex. Wants to be a better dad and meet other young dads.',
    {'young_dads_torbay': 2, 'parenting_torbay': 1, 'hub_torbay': 1},
    R('father', 1, [19], sex='male'), groups=['young_parents']),
]),
CASE('rc28', 'EX4 1PR', [8, 4], [
  N('Mum 14 months abstinent from alcohol, engaged with AA. Wants to keep recovery on track and do fun '
    'things with kids with other families in recovery.',
    {'families_recovery': 2, 'adult_drugs_devon': 1, 'hub_exeter': 1},
    R('mother', None, [23, 19], sex='female'), groups=['in_recovery']),
]),
CASE('rc29', 'TQ2 6RN', [6, 9], [
  N('Mum using cocaine at weekends, kids with nan when she does. Says she wants to stop. Needs drug '
    'service.',
    {'adult_drugs_torbay': 2},
    R('mother', None, [23], sex='female', present=['substance_use'])),
  N('9yo worried about mum, crying at school. Needs someone to talk to about mum\'s drug use.',
    {'family_drinking_torbay': 2, 'mhst_torbay': 1},
    R('child', 9, [23, 27])),
]),
CASE('af30', 'PL2 1JF', [8, 5], [
  N('Dad in Royal Navy, deployed 7 months. 8yo acting out, mum struggling alone. No safeguarding '
    'concerns. Forces family support needed.',
    {'anchor_forces': 2, 'hub_plymouth': 1, 'understanding_child_ply': 1},
    R('family', 8, [19, 27]), groups=['armed_forces']),
]),
CASE('af31', 'PL19 9LH', [3], [
  N('Army family recently posted nr Tavistock, mum knows no one. Would like to connect with other '
    'forces families and a toddler group.',
    {'anchor_forces': 2, 'hub_west_devon': 2},
    R('mother', 3, [11, 19], sex='female'), groups=['armed_forces']),
]),
CASE('rf32', 'EX4 4QG', [6, 3], [
  N('Asylum-seeking family (Sudan) in hotel accommodation in Exeter. Need help registering with GP, '
    'school place and understanding Home Office letters. Arabic speakers, limited English.',
    {'hub_exeter': 1, 'advice_devon': 1},
    R('family', None, [18, 19]), groups=['asylum_refugee']),
], languages=['ar']),
CASE('rf33', 'PL1 5DN', [2], [
  N('Mum (Eritrea) granted refugee status, lone parent, isolated, speaks Tigrinya and some English. '
    'Would like women\'s group and ESOL.',
    {'women_welcome_circle': 2, 'welcome_plymouth': 2, 'esol_parents_ply': 2, 'hub_plymouth': 1},
    R('mother', 2, [7, 27], sex='female'), groups=['asylum_refugee']),
], languages=['ti']),
CASE('kc34', 'EX17 2DE', [6, 9], [
  N('Maternal grandmother now caring for both children under SGO after parents\' substance misuse. '
    'Nan 63, exhausted, needs support and advice on SGO allowance.',
    {'kinship_devon': 2, 'advice_devon': 1, 'hub_mid_devon': 1},
    R('adult', None, [19, 15], sex='female'), groups=['kinship_carers']),
]),
CASE('kc35', 'TQ5 0HJ', [11], [
  N('Aunt caring for 11yo niece (kinship, family arrangement). Wants a kinship carers group.',
    {'kinship_devon': 2, 'parenting_torbay': 1, 'hub_torbay': 1},
    R('adult', 11, [19], sex='female'), groups=['kinship_carers']),
]),
CASE('kc36', 'PL9 8HP', [4], [
  N('Grandad raising 4yo grandson since daughter\'s death. Wants other kinship carers to talk to.',
    {'hub_plymouth': 1, 'parentline_national': 1, 'dads_den_plymouth': 1},
    R('adult', 4, [19], sex='male'), groups=['kinship_carers']),
]),
CASE('bl37', 'EX1 3RD', [4], [
  N('Parents\' baby daughter stillborn at 34 wks, 6 weeks ago. Both very low. Would like specialist '
    'baby-loss support.',
    {'little_stars_baby_loss': 2, 'hub_exeter': 1},
    R('parent', None, [27]), groups=['bereaved_parents_baby_loss']),
  N('4yo sibling asking where the baby has gone, regression with toileting. Support to help him '
    'understand.',
    {'child_bereavement': 2, 'hv_devon': 1},
    R('child', 4, [27])),
]),
CASE('yc38', 'EX32 7NJ', [12], [
  N('12yo caring for mum who has MS – helps with meds, cooking, younger cousin. Missing school. Young '
    'carers assessment needed.',
    {'young_carers_devon': 2, 'youth_work_ndev': 1, 'attendance_devon': 1},
    R('young_person', 12, [24, 38]), groups=['young_carers']),
]),
CASE('yc39', 'PL4 8NH', [10], [
  N('10yo young carer for dad with severe depression. Needs a break and a young carers group.',
    {'hub_plymouth': 1},
    R('child', 10, [24, 38]), groups=['young_carers']),
]),
CASE('pl40', 'EX4 1PP', [5, 8], [
  N('Mum Polish, limited English, DA from husband (left 2 months ago, non-mol in place). Wants support in '
    'Polish.',
    {'polish_women_da': 2, 'idva_devon': 1},
    R('mother', None, [16], role='harmed', sex='female')),
], languages=['pl']),
CASE('ar41', 'PL1 3FN', [4, 7], [
  N('Syrian family, settled 2 yrs. Parents struggling with 7yo behaviour and different parenting norms. '
    'Prefer Arabic.',
    {'arabic_parenting': 2, 'understanding_child_ply': 1, 'hub_plymouth': 1},
    R('parent', 7, [19])),
], languages=['ar']),
CASE('pt42', 'EX8 4DH', [0, 3], [
  N('Portuguese-speaking family, new baby, struggling to navigate HV appointments and nursery place.',
    {'portuguese_families': 2, 'hv_devon': 1, 'hub_east_devon': 1},
    R('family', 0, [33, 19])),
], languages=['pt']),
CASE('ro43', 'TQ4 6YP', [2], [
  N('Romanian mum, 2yo, no friends here, dad works nights. Would like mums and toddlers group in '
    'Romanian.',
    {'romanian_mums': 2, 'hub_torbay': 1},
    R('mother', 2, [11], sex='female')),
], languages=['ro']),
CASE('bs44', 'PL7 4LQ', [3], [
  N('Both parents Deaf, BSL users. 3yo hearing. Parents would like a group with other Deaf parents.',
    {'bsl_family': 2, 'hub_plymouth': 1},
    R('parent', 3, [11, 41])),
], languages=['sgn']),
CASE('uk45', 'TQ12 4JJ', [9, 6], [
  N('Ukrainian family (Homes for Ukraine), mum and 2 children, host arrangement ending. Needs housing '
    'advice and community support.',
    {'housing_teign': 2, 'ukrainian_families': 2, 'advice_devon': 1, 'hub_teignbridge': 1},
    R('mother', None, [18, 19], sex='female')),
], languages=['uk']),
CASE('yo46', 'EX4 9JY', [14], [
  N('14yo boy hanging around with older lads, caught with cannabis, suspected CCE. Mum wants a male '
    'mentor/positive activities.',
    {'lads_club_exeter': 2, 'exploitation_devon': 2, 'ydrugs_devon': 1, 'yjs_devon': 1},
    R('young_person', 14, [24, 25], sex='male')),
]),
CASE('yo47', 'PL3 5QJ', [10], [
  N('10yo girl low confidence, being left out at school. Mum wants a girls\' activity.',
    {'girls_do_sport': 2, 'bullying_ply': 1},
    R('child', 10, [13, 27], sex='female')),
]),
CASE('yo48', 'TQ3 1QR', [13], [
  N('13yo girl, body image issues and being pressured for pics on Snapchat. No CSE indicators. Wants a '
    'girls\' group.',
    {'girls_shine_torbay': 2, 'online_safety_national': 1, 'youth_work_torbay': 1, 'mhst_torbay': 1},
    R('young_person', 13, [24, 27], sex='female')),
]),
CASE('mh49', 'EX2 5LA', [6, 3], [
  N('Mum low mood + anxiety, isolated, GP aware. Not in crisis. Would like wellbeing group for mums and '
    'someone to visit.',
    {'mums_matter_exeter': 2, 'home_friends': 2, 'hub_exeter': 1},
    R('mother', None, [27], sex='female')),
]),
CASE('td50', 'EX14 1EH', [2], [
  N('Dad main carer for 2yo while mum works. Wants a toddler group. No concerns.',
    {'mums_and_dads_toddlers': 2, 'hub_east_devon': 1},
    R('father', 2, [11], sex='male')),
]),
CASE('sp51', 'EX31 2LD', [6, 9], [
  N('Separated dad, says mum stopping contact. No DA history either way. Wants advice/support about '
    'contact and co-parenting.',
    {'dads_apart': 2, 'mediation': 2, 'arguing_better': 1, 'hub_north_devon': 1},
    R('father', None, [21], sex='male')),
]),
CASE('sp52', 'PL9 8HT', [5, 10], [
  N('Parents separated after DA (dad abusive, now moved out, child arrangements at court). Mum needs help '
    'co-parenting safely.',
    {'co_parenting_plymouth': 2, 'ply_outreach': 1},
    R('mother', None, [21], role='harmed', sex='female', present=['domestic_abuse'])),
]),
CASE('cc53', 'TQ2 6JE', [4, 7], [
  N('Parents asking for couples counselling. Police attended 3x this year, dad pushed mum into wall in '
    'front of children. Dad still lives at home. Mum declined DA support.',
    {},
    R('couple', None, [20], role='harmed', present=['domestic_abuse', 'harm_person_at_home'])),
]),
CASE('wi54', 'EX4 8DU', [8], [
  N('8yo witnessed stepdad strangling mum; stepdad remains in the home as mum has allowed him back. '
    'Request: children\'s DA group for the 8yo.',
    {},
    R('child', 8, [16, 27], role='witnessed', present=['domestic_abuse', 'harm_person_at_home'])),
]),
CASE('hc55', 'PL1 4FU', [3, 6], [
  N('Dad smacked 6yo leaving mark on leg, says it is how he was raised. Accepts he needs other ways to '
    'discipline. No DA between parents.',
    {'gentle_hands_plymouth': 2, 'understanding_child_ply': 1, 'hub_plymouth': 1},
    R('father', 6, [19], role='causes_harm', sex='male')),
]),
CASE('hc56', 'TQ4 6YP', [2, 5], [
  N('Dad screaming at children and partner, punched wall, partner frightened. Dad open to doing a course.',
    {'calmer_homes_torbay': 2, 'turning_point_men': 2, 'changeline_national': 1},
    R('father', None, [16, 19], role='causes_harm', sex='male', present=['domestic_abuse'])),
]),
CASE('hc57', 'EX2 5LA', [11], [
  N('Mum has been physically violent to her partner (scratching, throwing objects) when drinking; partner '
    'has not been violent. Mum ashamed, wants support to stop. Not currently drinking.',
    {'her_choices': 2, 'changeline_national': 1},
    R('mother', None, [16], role='causes_harm', sex='female', present=['domestic_abuse'])),
]),
CASE('hc58', 'PL5 3JW', [7], [
  N('Mother controlling and violent towards female partner. Partner supported by outreach. Mother wants '
    'to address her behaviour.',
    {'choices_plymouth': 2, 'changeline_national': 1},
    R('mother', None, [16], role='causes_harm', sex='female', present=['domestic_abuse'])),
]),
CASE('hc59', 'EX16 5BR', [16], [
  N('16yo boy checking gf\'s phone, threatening to share pics, pushed her. School referral. YP says he '
    'wants to sort himself out.',
    {'respectful_relationships_yp': 2, 'changeline_national': 1},
    R('young_person', 16, [24, 16], role='causes_harm', sex='male')),
]),
CASE('hc60', 'EX32 7NH', [3, 8], [
  N('Father referred himself to "Safe Dads" he heard about, for abusive behaviour towards partner. Lives '
    'separately now. Wants a programme.',
    {'turning_point_men': 2, 'changeline_national': 1},
    R('father', None, [16], role='causes_harm', sex='male', present=['domestic_abuse'])),
]),
CASE('mh61', 'EX4 8DW', [5], [
  N('Dad disclosed partner (mum) hits him and controls money. Has left with 5yo to his parents. Wants '
    'support as male victim.',
    {'idva_devon': 2, 'mens_advice_network': 2, 'hub_exeter': 1},
    R('father', None, [16], role='harmed', sex='male')),
]),
CASE('tr62', 'PL9 8HP', [15], [
  N('15yo girl, older bf (18) controlling who she sees, tracking her phone, she has bruises. Mum very '
    'worried. YP agrees to talk to someone.',
    {'teen_relationships_ply': 2, 'youth_work_ply': 1},
    R('young_person', 15, [16, 24], role='harmed', sex='female')),
]),
CASE('sl63', 'EX2 5JY', [6], [
  N('6yo autistic (dx) not sleeping – up 3-4 times a night. Parents exhausted. Sleep support needed.',
    {'parenting_sen': 1, 'school_nursing_devon': 1},
    R('parent', 6, [27, 44], cond='autism', dx=True)),
]),
CASE('tt64', 'TQ1 3ZG', [4], [
  N('4yo refusing to use toilet, starting school Sept. HV to close. Toileting support.',
    {'toilet_training_torbay': 2, 'hv_torbay': 1},
    R('parent', 4, [33]))
]),
CASE('bw65', 'EX4 4QQ', [9], [
  N('9yo still wetting the bed most nights, embarrassed, won\'t go on school residential.',
    {'continence_devon': 2, 'school_nursing_devon': 2},
    R('child', 9, [30])),
]),
CASE('at66', 'TQ2 6RN', [12], [
  N('12yo not attending school since Easter due to anxiety (EBSA). No safeguarding concerns. Mum needs '
    'support to get her back.',
    {'ebsa_torbay': 2, 'mhst_torbay': 1, 'sendiass_tor': 1, 'hub_torbay': 1},
    R('young_person', 12, [27, 46], sex='female')),
]),
CASE('at67', 'PL2 1JE', [9], [
  N('9yo attendance 72%, late most days, mum struggling with morning routines and her own health.',
    {'attendance_ply': 2, 'intensive_family_ply': 1, 'hub_plymouth': 1},
    R('family', 9, [17, 19])),
]),
CASE('db68', 'PL21 9GJ', [4, 8], [
  N('Rent arrears £2k, catalogue debts, bailiff letter. Mum wants debt advice. Ivybridge.',
    {'advice_devon': 2, 'national_debt_line': 1, 'credit_union': 1, 'hub_south_hams': 1},
    R('mother', None, [15], sex='female')),
]),
CASE('dn70', 'TQ1 3PU', [7], [
  N('7yo with toothache, family can\'t find NHS dentist taking children in Torquay.',
    {},
    R('child', 7, [29])),
]),
CASE('tw71', 'PL4 8NL', [1, 1], [
  N('Mum of 1yo twins exhausted, would like a twins/multiples group.',
    {'hub_plymouth': 1, 'hv_plymouth': 1},
    R('mother', 1, [11], sex='female')),
]),
CASE('tk72', 'EX1 3PH', [5, 9], [
  N('Turkish-speaking parents, little English, want a parenting group in Turkish.',
    {},
    R('parent', None, [19])),
], languages=['tr']),
CASE('dd73', 'PL7 4EZ', [2], [
  N('Lone dad, 2yo son, Plympton. Would like a dads\' group at weekends.',
    {'dads_den_plymouth': 2, 'ply_hub_group_dads': 2, 'hub_plymouth': 1},
    R('father', 2, [11, 19], sex='male')),
]),
CASE('sa74', 'PL12 4LJ', [3, 7], [
  N('Family live Saltash (Cornwall) but kids at Plymouth school. Mum wants parenting support drop-in.',
    {'saltash_family': 2, 'parentline_national': 1},
    R('mother', 7, [19], sex='female')),
]),
CASE('fd75', 'EX15 2AT', [5, 8], [
  N('Willand. Dad off sick, SSP only, need food support.',
    {'foodbank_culm': 2, 'advice_devon': 1, 'hub_mid_devon': 1},
    R('family', None, [18]), kw=['food']),
]),
CASE('pa76', 'TQ14 9QD', [5], [
  N('Teignmouth. Parents want help with 5yo\'s defiance & tantrums. Local parenting drop-in would suit.',
    {'incredible_years_devon': 2, 'hub_teignbridge': 1, 'parentline_national': 1},
    R('parent', 5, [19])),
]),
CASE('tg77', 'TQ7 1PJ', [1], [
  N('Kingsbridge. New to area, mum would like baby/toddler group. PND screening neg.',
    {'hub_south_hams': 1},
    R('mother', 1, [11], sex='female')),
]),
CASE('yc78', 'EX20 1NN', [14], [
  N('Okehampton. 14yo lonely, no youth provision in town? Ask for youth club.',
    {'hub_west_devon': 1, 'lgbt_youth': 0},
    R('young_person', 14, [24, 7])),
]),
CASE('bv79', 'PL5 3JD', [11, 14], [
  N('Dad died by suicide 3 months ago. 11yo withdrawn, not eating much. Bereavement support for '
    'the children.',
    {'bereavement_ply': 2, 'camhs_ply': 1, 'hub_plymouth': 1, 'talkspace_youth': 1},
    R('child', 11, [27])),
]),
CASE('dv80', 'TQ3 1QR', [1, 4], [
  N('Mum disclosed coercive control and sexual violence by partner. She is not ready to leave; partner '
    'still at home. Needs DA support.',
    {'tor_da_outreach': 2, 'isva': 2, 'polish_women_da': 0},
    R('mother', None, [16], role='harmed', sex='female', present=['domestic_abuse', 'harm_person_at_home'])),
]),
CASE('lg81', 'EX4 4QG', [15], [
  N('15yo came out as trans, rows with step-dad about it, no DA. YP wants LGBTQ+ group; parents want '
    'info.',
    {'lgbt_youth': 2, 'talkspace_youth': 1, 'hub_exeter': 1},
    R('young_person', 15, [24, 27])),
]),
CASE('sh82', 'PL3 5QJ', [15], [
  N('15yo girl self-harming (cutting), superficial, GP reviewed. No current suicidal ideation. Needs '
    'ongoing support.',
    {'self_harm_support_ply': 2, 'camhs_ply': 2, 'talkspace_youth': 1, 'stillwater_crisis': 1},
    R('young_person', 15, [27], sex='female')),
]),
CASE('ex83', 'TQ5 0LD', [14], [
  N('14yo going missing overnight, found in Exeter with older males. Risk of exploitation. Strategy '
    'meeting held. NFA from CSC, refer for specialist youth support.',
    {'exploitation_devon': 2, 'youth_work_torbay': 2},
    R('young_person', 14, [24, 25])),
]),
CASE('hh84', 'EX39 3LZ', [12, 7], [
  N('Dad drinking daily; 12yo worried and trying to look after 7yo. Dad refusing treatment at present. '
    'Support for 12yo re parental alcohol use.',
    {'ydrugs_devon': 2, 'young_carers_devon': 1, 'youth_work_ndev': 0},
    R('young_person', 12, [23, 27]), groups=['young_carers']),
  N('Dad will not engage but mum wants advice for herself on living with his drinking.',
    {'adult_drugs_devon': 1, 'parentline_national': 1, 'hub_torridge': 1},
    R('mother', None, [23], sex='female', present=['substance_use'])),
]),
CASE('sm85', 'PL1 5DN', [0, 3], [
  N('Mum 16 wks pregnant, smoking 15/day, partner too. Both want to quit.',
    {'stop_smoking_ply': 2, 'midwifery_ply': 1},
    R('couple', None, [22])),
]),
CASE('wt86', 'EX32 7NH', [9], [
  N('9yo above healthy weight, school nurse flagged. Family want to get active together.',
    {'healthy_weight_devon': 2, 'school_nursing_devon': 1},
    R('family', 9, [28, 13])),
]),
CASE('dc87', 'TQ4 6LW', [7], [
  N('7yo with cerebral palsy (wheelchair user). Parents exhausted, need a break in school holidays. Not '
    'yet assessed for short breaks.',
    {'bay_inclusive_play': 2, 'sendiass_tor': 1, 'hub_torbay': 1},
    R('child', 7, [38, 45], cond='disability', dx=True)),
]),
CASE('dc88', 'EX16 5BX', [13], [
  N('13yo with severe LD and epilepsy, assessed as eligible by Disabled Children\'s Service. Parents '
    'need overnight short breaks.',
    {'short_breaks_devon': 2, 'carers_parent_devon': 1},
    R('young_person', 13, [38, 42], cond='learning_disability', dx=True)),
]),
CASE('ld89', 'TQ14 9UG', [10], [
  N('10yo with learning disability, few friends outside school. Parents want a social club for him.',
    {'sendiass_devon': 1, 'carers_parent_devon': 1, 'hub_teignbridge': 1},
    R('child', 10, [42, 7], sex='male', cond='learning_disability', dx=True)),
]),
CASE('hf90', 'PL2 1JF', [9, 11], [
  N('Both children on FSM. Mum asks about holiday clubs with food over summer.',
    {'haf_ply': 2, 'youth_work_ply': 0},
    R('family', 9, [9]), groups=['free_school_meals']),
]),
CASE('hf91', 'TQ3 1WB', [10], [
  N('10yo not on FSM (mum works). Looking for affordable summer activities.',
    {'summer_fun_torbay': 2, 'bay_inclusive_play': 0},
    R('child', 10, [9])),
]),
CASE('fd92', 'EX34 9QQ', [3, 6], [
  N('Ilfracombe. Family short of food, mum says local pantry has shut. Needs food + money advice.',
    {'advice_devon': 2, 'hub_north_devon': 1, 'national_debt_line': 1},
    R('family', None, [18, 15]), kw=['food']),
]),
]

# drop zero grades (used while writing to note services considered and rejected)
for _c in CASES:
    for _n in _c['needs']:
        _n['relevant'] = {k: g for k, g in _n['relevant'].items() if g}
