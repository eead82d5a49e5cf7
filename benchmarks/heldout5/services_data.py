"""Hand-written services for the Devon / Plymouth / Torbay held-out set.

Each S(...) call is one service. Labels (ground truth) are given next to the text:
harm = works with the person who causes harm; surv = only for people harmed;
sex / csex = restriction on the adult or young person / on the children;
cond, dx = condition(s) and whether a diagnosis or formal decision is needed;
grp = one group only; lang = only delivered in that language; contra = stated exclusions;
closed = inactive, or the text says paused / not taking referrals.
"""
from common import *

SERVICES = []
ORGS = {}

def ORG(key, name, description, website=None):
    ORGS[key] = dict(name=name, description=description, website=website)

def LA(*codes, desc=None):
    return [('la', c, desc) for c in codes]

def EXT(name, places, outcodes, desc=None):
    return [('ext', name, places, outcodes, desc)]

def S(key, name, org, description, *, area, cats=(), ages=(None, None), status='active',
      harm=False, surv=False, sex=None, csex=None, cond=(), dx=False, grp=None, lang=None,
      contra=(), closed=False, locs=(), phone='local', email=True, url=True, elig=None,
      fees=None, cost=None, apply=None, langs=None, interp=None, alert=None, sched=None,
      accred=None, assured='2025-09-15', modified='2025-10-01T09:00:00Z'):
    SERVICES.append(dict(**{k: v for k, v in locals().items()}))

# =====================================================================================
# Organisations (all invented)
# =====================================================================================
ORG('dfh', 'Devon Family Hubs Network',
    'The family hubs network run on behalf of the county council in Devon, covering all eight districts.',
    'https://familyhubs.devon.example.org.uk')
ORG('pfh', 'Plymouth Family Hubs', 'Plymouth\'s city family hubs and early help partnership.',
    'https://familyhubs.plymouth.example.org.uk')
ORG('tfh', 'Torbay Family Hubs', 'Family hubs for Torquay, Paignton and Brixham.',
    'https://www.torbayfamilyhubs.example.org.uk')
ORG('dch', 'Devon Children\'s Community Health (NHS)',
    'NHS provider of health visiting, school nursing and children\'s therapies across Devon.',
    'https://www.devonchildrenshealth.example.org.uk')
ORG('ply_nhs', 'Tamar Community Health NHS Partnership',
    'Community health services for Plymouth, including health visiting and CAMHS.',
    'https://www.tamarhealth.example.org.uk')
ORG('tor_nhs', 'Torbay and South Devon Community Care (NHS)',
    'Integrated health and care provider for Torbay and South Devon.',
    'https://www.tsdcare.example.org.uk')
ORG('peninsula_mh', 'Peninsula Mental Health NHS Partnership',
    'Specialist mental health services for Devon, Plymouth and Torbay.',
    'https://www.peninsulamh.example.org.uk')
ORG('harbourlight', 'Harbour Light Change Partnership CIC',
    'Community interest company running behaviour-change work in Devon and Torbay.',
    'https://www.harbourlight.example.org.uk')
ORG('safeharbour', 'Safe Harbour Devon', 'Domestic abuse charity supporting survivors across Devon.',
    'https://www.safeharbourdevon.example.org.uk')
ORG('plydas', 'Plymouth Safer Homes', 'Plymouth\'s domestic abuse and sexual violence service.',
    'https://www.plymouthsaferhomes.example.org.uk')
ORG('baylight', 'Baylight Women\'s Centre', 'A women\'s centre in Torquay.',
    'https://www.baylightwomen.example.org.uk')
ORG('changeline', 'Changeline UK', 'National charity helping people change harmful behaviour in relationships.',
    'https://www.changeline.example.org')
ORG('menline', 'Men\'s Advice Network', 'National charity for men experiencing domestic abuse.',
    'https://www.mensadvicenetwork.example.org')
ORG('youthdevon', 'Devon Youth Collective', 'Youth work charity working across rural Devon.',
    'https://www.devonyouthcollective.example.org.uk')
ORG('plyyouth', 'Plymouth Youth Partnership', 'Youth centres and detached youth work in Plymouth.',
    'https://www.plymouthyouth.example.org.uk')
ORG('bayyouth', 'Bay Youth Trust', 'Youth charity for Torbay.', 'https://www.bayyouthtrust.example.org.uk')
ORG('ca_devon', 'Devon Advice Centres', 'Independent advice charity with offices across Devon.',
    'https://www.devonadvice.example.org.uk')
ORG('ca_ply', 'Plymouth Advice Hub', 'Free independent advice for Plymouth residents.',
    'https://www.plymouthadvicehub.example.org.uk')
ORG('ca_tor', 'Torbay Advice Partnership', 'Debt, benefits and housing advice in Torbay.',
    'https://www.torbayadvice.example.org.uk')
ORG('sendiass_d', 'Devon SEND Information and Advice Service',
    'Impartial, confidential SEND information, advice and support for Devon families.',
    'https://www.devonsendias.example.org.uk')
ORG('sendiass_p', 'Plymouth SEND Advice Line', 'SENDIAS service for Plymouth.',
    'https://www.plymouthsendadvice.example.org.uk')
ORG('sendiass_t', 'Torbay SENDIAS', 'SENDIAS service for Torbay.', 'https://www.torbaysendias.example.org.uk')
ORG('stpauls', 'St Paul\'s Church, Honiton', 'Parish church.', None)
ORG('moorchurch', 'Moorland Churches Together', 'Churches in the north-east Dartmoor villages.', None)
ORG('devonlib', 'Devon Libraries Trust', 'Independent trust running Devon\'s libraries.',
    'https://www.devonlibrariestrust.example.org.uk')
ORG('sprouts', 'Little Sprouts Trust', 'Small charity founded by two mums in Crediton in 2014.',
    'https://www.littlesprouts.example.org.uk')
ORG('spectrum', 'Spectrum Families South West', 'Parent-led autism charity.',
    'https://www.spectrumfamilies.example.org.uk')
ORG('kinship', 'Kinship Carers Devon', 'Peer support for grandparents and relatives raising children.',
    'https://www.kinshipcarersdevon.example.org.uk')
ORG('anchor', 'Anchor Forces Families', 'Charity for naval and armed forces families in Plymouth.',
    'https://www.anchorforcesfamilies.example.org.uk')
ORG('welcome', 'Welcome Plymouth', 'Refugee and asylum seeker support charity.',
    'https://www.welcomeplymouth.example.org.uk')
ORG('youngcarers', 'Devon Young Carers Alliance', 'Support for young carers in Devon.',
    'https://www.devonyoungcarers.example.org.uk')
ORG('foodnet', 'Devon Food Network', 'Food banks and community pantries across Devon.',
    'https://www.devonfoodnetwork.example.org.uk')
ORG('recovery', 'Second Wind Recovery Community', 'Peer-led recovery charity.',
    'https://www.secondwindrecovery.example.org.uk')
ORG('drugs_d', 'Devon Drug and Alcohol Partnership', 'Adult and young people\'s drug and alcohol treatment in Devon.',
    'https://www.devondrugalcohol.example.org.uk')
ORG('polska', 'Stowarzyszenie Razem Devon', 'Polish community association in Devon.',
    'https://www.razemdevon.example.org.uk')
ORG('bereave', 'Little Stars Baby Loss Support', 'Charity for parents whose baby has died.',
    'https://www.littlestarsbabyloss.example.org.uk')
ORG('childbereave', 'Rainbow Bridge Child Bereavement Devon', 'Bereavement support for children and young people.',
    'https://www.rainbowbridgedevon.example.org.uk')
ORG('natparent', 'Parentline Together', 'National parenting helpline charity.', 'https://www.parentlinetogether.example.org')
ORG('natyouth', 'Talkspace Youth', 'National online counselling for young people.', 'https://www.talkspaceyouth.example.org')
ORG('natcrisis', 'Stillwater Crisis Line', 'National listening and crisis line.', 'https://www.stillwatercrisis.example.org')
ORG('homevisit', 'Home Friends Devon', 'Volunteer home-visiting for families with young children.',
    'https://www.homefriendsdevon.example.org.uk')
ORG('ndev_dc', 'North Devon Housing Options', 'District council housing options team.', 'https://housing.northdevon.example.gov.uk')
ORG('teign_dc', 'Teignbridge Housing Advice', 'District council housing and homelessness team.', 'https://housing.teignbridge.example.gov.uk')
ORG('exe_dc', 'Exeter Housing Options', 'City council housing team.', 'https://housing.exeter.example.gov.uk')
ORG('ply_hsg', 'Plymouth Housing Advice', 'City council housing advice service.', 'https://housing.plymouth.example.gov.uk')
ORG('tor_hsg', 'Torbay Housing Options', 'Council housing options team.', 'https://housing.torbay.example.gov.uk')
ORG('schools_d', 'Devon Inclusion and Attendance Service', 'The county\'s education welfare and inclusion team.',
    'https://inclusion.devon.example.org.uk')
ORG('dsn', 'Down Syndrome Peninsula', 'Parent-run Down syndrome support group.', 'https://www.dspeninsula.example.org.uk')
ORG('deafkids', 'Deaf Children Devon & Torbay', 'Local parent-led charity for families of deaf children.',
    'https://www.deafchildrendevon.example.org.uk')
ORG('sensory', 'Devon Sensory Support Service', 'Qualified teachers of the deaf and of children with vision impairment.',
    'https://sensory.devon.example.org.uk')
ORG('edsupport', 'Nourish Together', 'National eating disorder charity for families.', 'https://www.nourishtogether.example.org')
ORG('fasd', 'FASD Families Network', 'National peer network for families affected by FASD.', 'https://www.fasdfamilies.example.org')
ORG('shortbreaks', 'Devon Disabled Children\'s Service', 'Specialist social work and short breaks for disabled children.',
    'https://disabledchildren.devon.example.org.uk')
ORG('torplay', 'Bay Inclusive Play', 'Inclusive play charity in Torbay.', 'https://www.bayinclusiveplay.example.org.uk')
ORG('portage', 'Plymouth Portage Service', 'Home-visiting educational service for young children with SEND.',
    'https://portage.plymouth.example.org.uk')
ORG('adhd_t', 'ADHD Bay Parents', 'Parent-led ADHD support group in Torbay.', 'https://www.adhdbayparents.example.org.uk')
ORG('mothers_union', 'Newton Abbot Mothers\' Union branch', 'Church-based volunteers.', None)
ORG('dads_net', 'Dadlink Devon', 'A small charity supporting fathers and male carers.', 'https://www.dadlinkdevon.example.org.uk')
ORG('prisonfam', 'Open Gate Families', 'Supporting families affected by imprisonment.', 'https://www.opengatefamilies.example.org')
ORG('mediation', 'Westcountry Family Mediation', 'Accredited family mediators.', 'https://www.westcountrymediation.example.org.uk')
ORG('relate_like', 'Together Relationships Devon', 'Relationship counselling charity.', 'https://www.togetherrelationships.example.org.uk')
ORG('transport', 'Moorlink Community Transport', 'Volunteer-driven community transport.', 'https://www.moorlink.example.org.uk')
ORG('ukr', 'Ukrainian Families South Devon', 'Volunteer group supporting Ukrainian families.', 'https://www.ukrainianfamilies.example.org.uk')
ORG('arabic', 'Al-Noor Family Association Plymouth', 'Community association for Arabic-speaking families.', None)
ORG('romanian', 'Asociatia Acasa Torbay', 'Romanian community group in Torbay.', None)
ORG('bsl', 'Signing Families Devon', 'Deaf-led charity.', 'https://www.signingfamilies.example.org.uk')
ORG('lgbt', 'Prism Youth Devon', 'LGBTQ+ youth charity.', 'https://www.prismyouth.example.org.uk')
ORG('sport', 'Active Devon Communities', 'Community sport charity.', 'https://www.activedevoncommunities.example.org.uk')
ORG('music', 'Soundwave Plymouth', 'Community music project.', 'https://www.soundwaveplymouth.example.org.uk')
ORG('credit', 'Moor and Coast Credit Union', 'Member-owned credit union.', 'https://www.moorcoastcu.example.org.uk')
ORG('energy', 'Warm Homes Devon', 'Energy advice charity.', 'https://www.warmhomesdevon.example.org.uk')
ORG('babybank', 'Bundles Baby Bank', 'Baby bank for Exeter and East Devon.', 'https://www.bundlesbabybank.example.org.uk')
ORG('yjs', 'Devon Youth Justice Service', 'Statutory youth justice partnership.', 'https://yjs.devon.example.org.uk')
ORG('sleep', 'Sound Sleep South West', 'Children\'s sleep charity.', 'https://www.soundsleepsw.example.org.uk')
ORG('smoke', 'Smokefree Devon', 'Stop smoking service.', 'https://www.smokefreedevon.example.org.uk')
ORG('sarc', 'Westcountry ISVA Service', 'Independent sexual violence advisers.', 'https://www.westcountryisva.example.org.uk')
ORG('bump', 'Bump & Beyond Peer Support', 'Perinatal peer support charity.', 'https://www.bumpandbeyond.example.org.uk')
ORG('kooth_like', 'Open Door Counselling Exeter', 'Low-cost counselling charity.', 'https://www.opendoorexeter.example.org.uk')
ORG('ndev_youth', 'North Devon Young People\'s Trust', 'Youth charity in Barnstaple and Ilfracombe.',
    'https://www.ndypt.example.org.uk')
ORG('torridge_vol', 'Torridge Volunteer Hub', 'Community volunteering hub in Bideford.', 'https://www.torridgevolunteers.example.org.uk')

# =====================================================================================
# People who cause harm
# =====================================================================================
S('turning_point_men', 'Turning Point: men\'s behaviour change group', 'harbourlight',
  'Turning Point is a 27-week group programme for men who have been abusive or controlling towards a '
  'partner or ex-partner and want to stop. It is accredited by the national standards body for '
  'domestic abuse perpetrator programmes. Every man has an assessment first. While he attends, a '
  'separate partner support worker offers help to his current or former partner. Groups run in '
  'Exeter, Barnstaple and Torquay in the evenings.',
  area=LA(DEVON, TOR), cats=[16], ages=(18, None), harm=True, sex='male',
  locs=[('Harbour Light Exeter office', 'exeter_bartholomew'), ('Barnstaple Methodist rooms', 'barnstaple'),
        ('Harbour Light Torquay', 'torquay_centre')],
  elig='Men aged 18+ living in Devon or Torbay who accept some responsibility for their behaviour. Self-referral '
       'or referral from children\'s services, probation or a GP.',
  apply='Ring the referral line or complete the online form. A practitioner will call within 10 working days.',
  accred='Accredited against the national standard for domestic abuse perpetrator interventions.',
  sched=[dict(freq='WEEKLY', byday='TU', opens_at='18:30', closes_at='21:00', description='Tuesday evenings, Exeter')])

S('choices_plymouth', 'Choices – a course for people who want to treat their partner differently', 'plydas',
  'Have you frightened your partner, or do you find yourself checking their phone, controlling money or '
  'who they see? Has someone told you your temper at home is a problem? Choices is a one-to-one and group '
  'course for Plymouth residents who want to understand and change how they behave in their relationship. '
  'Open to people of any gender. We also keep in touch with partners to make sure they are safe.',
  area=LA(PLY), cats=[16, 20], ages=(18, None), harm=True,
  locs=[('Plymouth Safer Homes Centre', 'ply_mutley')],
  elig='Plymouth residents 18+. Not suitable if you are currently under the influence of drugs or alcohol at sessions.',
  apply='Self-referral by phone, or professionals can refer via the Plymouth early help portal.')

S('calmer_homes_torbay', 'Calmer Homes (dads)', 'tfh',
  'Calmer Homes is for dads and male carers in Torbay who know that their shouting, threats or rough handling '
  'is scaring their partner or children. 16 weekly sessions with two male facilitators. We look at what '
  'happens before you blow up, what it is like for your kids, and how to repair things. Partners are offered '
  'their own support worker.',
  area=LA(TOR), cats=[19, 16], ages=(18, None), harm=True, sex='male',
  locs=[('Paignton Family Hub', 'paignton')],
  elig='Fathers, stepfathers and male carers living in Torbay.',
  apply='Ask your social worker or family hub worker, or ring us.')

S('her_choices', 'Her Choices: support for women who use harmful behaviour in relationships', 'harbourlight',
  'Women can be abusive too, and many women who use violence or control have also been hurt themselves. '
  'Her Choices is a women-only programme of 12 one-to-one sessions for women who want to stop using harmful '
  'or controlling behaviour towards a partner. Trauma-informed, delivered by female practitioners, online or '
  'in person in Exeter.',
  area=LA(DEVON), cats=[16], ages=(18, None), harm=True, sex='female',
  locs=[('Harbour Light Exeter office', 'exeter_bartholomew')],
  elig='Women aged 18 and over living in Devon (not Plymouth or Torbay).')

S('changeline_national', 'Changeline – helpline for people worried about their own behaviour', 'changeline',
  'Confidential national helpline and webchat for anyone who is worried they are hurting or frightening a '
  'partner or family member. Advisers listen without judging, talk through what you can do right now, and '
  'tell you about local programmes. Also takes calls from professionals.',
  area=LA(UK), cats=[16], ages=(16, None), harm=True, phone='freephone',
  sched=[dict(freq='WEEKLY', byday='MO,TU,WE,TH,FR', opens_at='10:00', closes_at='20:00', description='Weekdays 10am to 8pm')])

S('safe_dads_pilot', 'Safe Dads pilot – North Devon', 'dads_net',
  'A 10-week pilot group for fathers in North Devon and Torridge whose behaviour towards their partner had '
  'led to children\'s services involvement. The pilot finished in March 2025 and we are waiting to hear '
  'about further funding. We cannot take referrals at present.',
  area=LA(NDEV, TORR), cats=[16, 19], ages=(18, None), status='inactive', harm=True, sex='male', closed=True,
  locs=[('Dadlink Barnstaple', 'barnstaple_forches')])

S('breaking_cycle_cpv', 'Breaking the Cycle', 'youthdevon',
  'Breaking the Cycle works with 10–17 year olds who are hitting, pushing, threatening or damaging things at '
  'home, most often towards a mum or carer. A youth worker meets the young person weekly for about 12 weeks '
  'to work on what sets things off and how to stay safe and calm. Sometimes known as child or adolescent to '
  'parent violence and abuse (CAPVA). Parents are offered a place on our separate parents\' group.',
  area=LA(DEVON), cats=[24, 16], ages=(10, 17), harm=True,
  locs=[('Devon Youth Collective, Newton Abbot', 'newton_abbot'), ('Devon Youth Collective, Barnstaple', 'barnstaple')],
  apply='Referral by a professional (school, early help, social worker, police).')

S('parents_together_cpv', 'Parents Together – when your child is hurting you', 'youthdevon',
  'A six-session group for parents and carers who are being hurt, threatened or intimidated by their own '
  'teenager or child. You are not to blame. Share what is happening with other parents, learn de-escalation '
  'and safety planning, and look after yourself. Runs alongside Breaking the Cycle but you can come even if '
  'your child will not engage.',
  area=LA(DEVON), cats=[19, 16], ages=(8, 18), surv=True,
  locs=[('Devon Youth Collective, Newton Abbot', 'newton_abbot')],
  elig='Parents and carers in Devon experiencing violence or abuse from a child aged 8–18.')

S('gentle_hands_plymouth', 'Gentle Hands parenting course', 'pfh',
  'For Plymouth mums, dads and carers who smack, grab or shout at their children more than they want to, and '
  'who want to find other ways. Small group, eight weeks, no lectures. Many parents are referred after a '
  'visit from children\'s social care; you can also just come.',
  area=LA(PLY), cats=[19], ages=(0, 12), harm=True,
  locs=[('Devonport Family Hub', 'ply_devonport')],
  sched=[dict(freq='WEEKLY', byday='WE', opens_at='09:45', closes_at='11:45', description='Wednesday mornings in term time')])

S('respectful_relationships_yp', 'Respectful Relationships (young people)', 'youthdevon',
  'One-to-one work with young people aged 13 to 18 who have been controlling, jealous or physically hurtful '
  'towards a boyfriend or girlfriend, or who have shared intimate images without consent. We help them '
  'understand consent, jealousy and respect. Referral via school, youth justice or early help.',
  area=LA(DEVON), cats=[24, 16], ages=(13, 18), harm=True,
  locs=[('Devon Youth Collective, Exeter', 'exeter_sidwell')])

S('rethink_teignbridge', 'ReThink one-to-one', 'harbourlight',
  'Short one-to-one course for Teignbridge residents who have been told their behaviour at home is '
  'controlling, or who have had police called to an argument. Eight sessions. Not for anyone with an '
  'active court case for the same incident.',
  area=LA(TEIGN), cats=[16], ages=(18, None), harm=True,
  locs=[('Harbour Light Newton Abbot', 'newton_abbot')])

# =====================================================================================
# Only for people harmed
# =====================================================================================
S('devon_refuge', 'Safe Harbour Refuge', 'safeharbour',
  'Emergency safe accommodation for women, with or without children, escaping domestic abuse. Our refuge '
  'address is confidential. We accept women from anywhere in England. Boys over 16 cannot be accommodated, '
  'but we will help find somewhere safe for the whole family.',
  area=LA(ENG), cats=[16, 18], ages=(18, None), surv=True, sex='female',
  locs=[('Safe Harbour Refuge (confidential)', None)], phone='freephone',
  elig='Women experiencing domestic abuse. Referral through a national helpline, police, or a professional.')

S('idva_devon', 'Devon IDVA Service', 'safeharbour',
  'Independent Domestic Violence Advisers (IDVAs) support adults at high risk of serious harm from a partner, '
  'ex-partner or family member. Safety planning, help with the police and courts, housing, and MARAC. '
  'Covers all of Devon. Men and women.',
  area=LA(DEVON), cats=[16], ages=(16, None), surv=True,
  locs=[('Safe Harbour Exeter', 'exeter_heavitree')],
  apply='Referral by police, children\'s services, health or other professionals; self-referral also accepted.')

S('ply_outreach', 'Domestic Abuse Outreach – Plymouth', 'plydas',
  'Community outreach for anyone living in Plymouth who is being hurt, controlled or threatened by a partner, '
  'ex or relative, whatever the level of risk. Support workers meet you somewhere safe. Includes the '
  'Freedom-style recovery course for survivors and a children\'s worker.',
  area=LA(PLY), cats=[16], ages=(16, None), surv=True,
  locs=[('Plymouth Safer Homes Centre', 'ply_mutley')], phone='freephone')

S('baylight_recovery', 'Moving On course for women', 'baylight',
  '12-week group for women in Torbay who have experienced domestic abuse. Understanding coercive control, '
  'rebuilding confidence, and the impact on children. We ask that you are no longer living with the person '
  'who harmed you when you join, as it is not safe to do the course otherwise.',
  area=LA(TOR), cats=[16, 27], ages=(18, None), surv=True, sex='female', contra=['harm_person_at_home'],
  locs=[('Baylight Women\'s Centre', 'torquay')])

S('mens_advice_network', 'Men\'s Advice Network helpline', 'menline',
  'A national helpline for men who are experiencing domestic abuse from a partner, ex-partner or family '
  'member. Emotional support and practical advice. Also supports people worried about a man they know.',
  area=LA(UK), cats=[16], ages=(18, None), surv=True, sex='male', phone='freephone')

S('rainbow_group', 'Rainbow Group (children)', 'safeharbour',
  'A ten-week group for children aged 5 to 11 who have lived with domestic abuse at home. Through play, '
  'art and stories, children learn that it was not their fault, how to name feelings and how to stay safe. '
  'The parent who was harmed attends a parallel session. The child must no longer be living with the '
  'person who caused the harm.',
  area=LA(DEVON), cats=[16, 27], ages=(5, 11), surv=True, contra=['harm_person_at_home'],
  locs=[('Safe Harbour Exeter', 'exeter_heavitree'), ('Bideford family centre', 'bideford')])

S('polish_women_da', 'Bezpieczna Przystań – wsparcie dla kobiet', 'polska',
  'Wsparcie w języku polskim dla kobiet doświadczających przemocy domowej. Rozmowy indywidualne, '
  'pomoc w kontaktach z policją, sądem i urzędami, grupa wsparcia raz w miesiącu. Działamy w całym hrabstwie '
  'Devon, w Plymouth i w Torbay.',
  area=LA(DEVON, PLY, TOR), cats=[16], ages=(18, None), surv=True, sex='female', lang='pl',
  langs=[('Polish', 'pl', 'All sessions in Polish')],
  locs=[('Razem Devon, Exeter', 'exeter_stthomas')])

S('teen_relationships_ply', 'Not OK – support for teens in unhealthy relationships', 'plydas',
  'For young people aged 13 to 19 in Plymouth who are being controlled, hurt, pressured or stalked by '
  'someone they are going out with (or used to). Chat, safety plans, and help telling an adult.',
  area=LA(PLY), cats=[16, 24], ages=(13, 19), surv=True,
  locs=[('Plymouth Safer Homes Centre', 'ply_mutley')])

S('isva', 'Independent Sexual Violence Advisers (ISVA)', 'sarc',
  'ISVAs give independent support to children, young people and adults who have been raped or sexually '
  'assaulted, recently or in the past, whether or not they report to the police.',
  area=LA(DEVON, PLY, TOR), cats=[16, 27], ages=(4, None), surv=True,
  locs=[('Westcountry ISVA Service', 'exeter_heavitree')])

S('womens_space_barnstaple', 'Women\'s Space', 'safeharbour',
  'Weekly drop-in for women in Barnstaple, Braunton and Ilfracombe who are or have been in an abusive '
  'relationship. Tea, a crèche, a support worker and a solicitor once a month.',
  area=EXT('Barnstaple, Braunton and Ilfracombe', ['Barnstaple', 'Braunton', 'Ilfracombe'],
           ['EX31', 'EX32', 'EX33', 'EX34']),
  cats=[16], ages=(18, None), surv=True, sex='female',
  locs=[('Barnstaple Methodist rooms', 'barnstaple')],
  sched=[dict(freq='WEEKLY', byday='TH', opens_at='10:00', closes_at='12:30', description='Thursdays')])

S('lgbt_da', 'Rainbow Safe – LGBT+ domestic abuse support', 'changeline',
  'National online and phone support for lesbian, gay, bisexual, trans and queer people experiencing '
  'domestic abuse, including abuse from family members because of who they are.',
  area=LA(UK), cats=[16], ages=(16, None), surv=True, phone='freephone')

# =====================================================================================
# Conflict, couples, separation, anger: near misses
# =====================================================================================
S('arguing_better', 'Arguing Better: a course for parents who argue', 'dfh',
  'All couples argue. When arguments become frequent, intense or unresolved, children notice. This free '
  'six-week course helps parents – together or separated – disagree better and protect children from the '
  'fallout. Not suitable where there is domestic abuse; please speak to us about other support.',
  area=LA(DEVON), cats=[20, 21], ages=(0, 18), contra=['domestic_abuse'],
  locs=[('Online and at local family hubs', 'exeter_whipton')])

S('together_counselling_torbay', 'Couples counselling', 'relate_like',
  'Counselling for couples in Torbay and South Devon who are stuck in rows, drifting apart, or struggling '
  'after a baby or a bereavement. Sliding-scale fees. We screen every couple and do not offer joint '
  'sessions where there is abuse or fear in the relationship.',
  area=LA(TOR, SHAMS, TEIGN), cats=[20], ages=(18, None), contra=['domestic_abuse'],
  fees='£10 to £60 per session depending on household income.', cost=[('Per session', 10, 'minimum, income-based')],
  locs=[('Together Relationships, Torquay', 'torquay_centre')])

S('mediation', 'Family mediation', 'mediation',
  'Mediation helps separating parents agree arrangements for children and finances without going to court. '
  'Mediation Information and Assessment Meetings (MIAMs). Legal aid available for some. We will not '
  'mediate where there is domestic abuse; you may be exempt from a MIAM.',
  area=LA(DEVON, PLY, TOR, CORN), cats=[21], ages=(18, None), contra=['domestic_abuse'],
  fees='MIAM £120 per person; free with legal aid.', cost=[('MIAM per person', 120, 'free for those on legal aid')],
  locs=[('Westcountry Family Mediation, Exeter', 'exeter_sidwell'), ('Plymouth office', 'ply_centre')])

S('big_feelings', 'Big Feelings', 'dfh',
  'A play-based group for 4 to 8 year olds who have big feelings – tantrums, lashing out, meltdowns – and '
  'their grown-ups. Learn simple calming tools together. Run by family hub practitioners in East Devon.',
  area=LA(EDEV), cats=[27, 19], ages=(4, 8),
  locs=[('Exmouth Family Hub', 'exmouth'), ('Honiton Family Hub', 'honiton')])

S('cool_heads', 'Cool Heads youth group', 'plyyouth',
  'Six-week group for 11-16s who get angry fast and end up in trouble at school or at home. Boxing warm-up, '
  'then talking. Referral by school or family hub.',
  area=LA(PLY), cats=[24, 27], ages=(11, 16),
  locs=[('Whitleigh Youth Centre', 'ply_whitleigh')])

S('dads_apart', 'Dads Apart', 'dads_net',
  'Peer support for separated dads in Devon: contact arrangements, court, co-parenting, coping. Monthly '
  'meet-ups in Exeter and Barnstaple, and a WhatsApp group.',
  area=LA(DEVON), cats=[21], ages=(18, None), sex='male',
  locs=[('Dadlink Exeter', 'exeter_sidwell'), ('Dadlink Barnstaple', 'barnstaple_forches')])

S('co_parenting_plymouth', 'Parenting Apart workshop', 'pfh',
  'A free two-evening workshop for separated or separating parents in Plymouth on putting children first. '
  'Parents attend different sessions from each other. Suitable where there has been domestic abuse, as '
  'you will never be in the same room as your ex.',
  area=LA(PLY), cats=[21], ages=(0, 18),
  locs=[('Plympton Family Hub', 'ply_plympton')])

S('baby_couple_course', 'Baby on Board – for couples expecting a baby', 'tor_nhs',
  'A three-session course for expectant couples in Torbay, run by a midwife and a family practitioner: '
  'how a baby changes a relationship, sharing the load, and handling stress. Not offered where there are '
  'concerns about abuse in the relationship.',
  area=LA(TOR), cats=[35, 20], contra=['domestic_abuse'],
  locs=[('Torbay Hospital antenatal suite', 'torquay_hele')])

# =====================================================================================
# Gendered services and near misses
# =====================================================================================
S('dads_den_plymouth', 'Dads\' Den', 'pfh',
  'Saturday morning play and breakfast for dads, grandads and male carers with children under 5. A chance '
  'for men to meet other dads, play with their kids and get support from our dads\' worker.',
  area=LA(PLY), cats=[11, 19], ages=(0, 5), sex='male',
  locs=[('St Budeaux Family Hub', 'ply_stbudeaux')],
  sched=[dict(freq='WEEKLY', byday='SA', opens_at='09:30', closes_at='11:30', description='Saturdays')])

S('mums_matter_exeter', 'Mums Matter', 'dfh',
  'A friendly six-week wellbeing course for mums in Exeter who are feeling low, anxious or isolated since '
  'having children of any age. Crèche provided. For mothers only.',
  area=LA(EXE), cats=[27], ages=(0, 11), sex='female',
  locs=[('Wonford Family Hub', 'exeter_wonford')])

S('girls_shine_torbay', 'Girls Shine', 'bayyouth',
  'Confidence, friendship and wellbeing group for girls aged 11 to 16 in Torbay. Body image, online life, '
  'friendships, periods, speaking up. Wednesday evenings.',
  area=LA(TOR), cats=[24, 27], ages=(11, 16), sex='female', csex='girls',
  locs=[('Bay Youth Trust Paignton', 'paignton_foxhole')])

S('lads_club_exeter', 'The Lads\' Project', 'youthdevon',
  'Mentoring and a weekly group for boys aged 12–17 in Exeter who are struggling in school, drifting into '
  'trouble or just need a decent adult to talk to. Football, cooking, trips, and honest conversations '
  'about being a young man.',
  area=LA(EXE), cats=[24, 13], ages=(12, 17), sex='male', csex='boys',
  locs=[('Devon Youth Collective, Exeter', 'exeter_sidwell')])

S('mums_and_dads_toddlers', 'Mums & Dads Toddler Group', 'stpauls',
  'Tuesday toddler group in the church hall. Mums, dads, grans, childminders all welcome. Toys, craft, '
  'snack, songs. £1 a family.',
  area=EXT('Honiton and nearby villages', ['Honiton', 'Awliscombe', 'Gittisham', 'Combe Raleigh'], ['EX14']),
  cats=[11], ages=(0, 4), fees='£1 per family', cost=[('Per family', 1, 'per session')],
  locs=[('St Paul\'s Church Hall', 'honiton')], url=False,
  sched=[dict(freq='WEEKLY', byday='TU', opens_at='09:30', closes_at='11:00', description='Tuesdays term time')])

S('little_sprouts', 'Little Sprouts stay and play', 'sprouts',
  'Little Sprouts was founded by two mums who found the early years lonely in a rural town. Now we run '
  'free stay-and-play sessions, a nature club and a parents\' coffee morning for any parent or carer in '
  'and around Crediton.',
  area=EXT('Crediton and the Creedy valley', ['Crediton', 'Sandford', 'Copplestone', 'Newton St Cyres'], ['EX17', 'EX5']),
  cats=[11, 7], ages=(0, 5),
  locs=[('Crediton Boniface Centre', 'crediton')])

S('mother_goose', 'Mother Goose rhyme time', 'devonlib',
  'Rhymes, songs and stories for babies and toddlers with their parents or carers. Free, no need to book. '
  'Every Friday at Tiverton library.',
  area=EXT('Tiverton', ['Tiverton'], ['EX16']), cats=[32, 11], ages=(0, 4),
  locs=[('Tiverton Library', 'tiverton')], phone=None,
  sched=[dict(freq='WEEKLY', byday='FR', opens_at='10:30', closes_at='11:00', description='Fridays')])

S('mother_tongue', 'Bilingual Story Club', 'devonlib',
  'Growing up with two or more languages is a gift. Bring your child to hear stories in English and to '
  'share songs and books in your mother tongue. Families speaking any language welcome; our volunteers '
  'currently read in Polish, Arabic, Portuguese and Ukrainian as well as English.',
  area=LA(EXE), cats=[32], ages=(2, 8),
  langs=[('English', 'en', None), ('Polish', 'pl', 'some sessions'), ('Arabic', 'ar', 'some sessions'),
         ('Portuguese', 'pt', 'some sessions'), ('Ukrainian', 'uk', 'some sessions')],
  locs=[('Exeter Library', 'exeter_sidwell')], phone=None)

S('open_gate', 'Open Gate – when someone in your family is in prison', 'prisonfam',
  'Support for children and families when a parent or family member is in prison – most often a dad or '
  'brother. Help explaining it to children, visits, money, and coping with what others say. Any family '
  'member can call.',
  area=LA(UK), cats=[19, 27], ages=(0, 18), phone='freephone')

S('mothers_union_toddler', 'Little Lambs (run by the Mothers\' Union)', 'mothers_union',
  'Toddler group run by volunteers from the Mothers\' Union at St Leonard\'s. Open to every parent and '
  'carer, not just mums and not just churchgoers! Thursdays 9.30-11.',
  area=EXT('Newton Abbot', ['Newton Abbot', 'Kingsteignton'], ['TQ12']), cats=[11], ages=(0, 4),
  locs=[('St Leonard\'s church hall', 'newton_abbot')], url=False, email=False, phone='mobile')

S('new_dads_wellbeing', 'New Dads Wellbeing', 'bump',
  'Becoming a dad can be hard. If you are a father or partner in Devon or Torbay feeling stressed, anxious or '
  'low during the pregnancy or in the baby\'s first year, talk to a trained dad who has been there. '
  'Texts, calls, walk-and-talks. For men only.',
  area=LA(DEVON, TOR), cats=[36], ages=(0, 1), sex='male', cond=['perinatal_mental_health'],
  phone='mobile')

S('blokes_walk', 'Blokes Walk and Talk', 'torridge_vol',
  'Men\'s mental health walking group on the Tarka Trail. No pressure to talk. All men over 18 in Bideford, '
  'Northam and Appledore welcome – lots of us are dads.',
  area=EXT('Bideford, Northam and Appledore', ['Bideford', 'Northam', 'Appledore', 'Westward Ho!'], ['EX39']),
  cats=[27], ages=(18, None), sex='male', locs=[('Bideford Quay', 'bideford')], phone='mobile')

S('dads_lads_football', 'Dads & Lads Football', 'sport',
  'Sunday kickabout for fathers and their sons aged 7-14 at Cullompton. Friendly, mixed ability. Bring '
  'a drink.',
  area=EXT('Culm Valley', ['Cullompton', 'Willand', 'Uffculme', 'Kentisbeare', 'Hemyock'], ['EX15']),
  cats=[13], ages=(7, 14), sex='male', csex='boys', locs=[('Cullompton playing fields', 'cullompton')])

S('girls_do_sport', 'Girls Go For It', 'sport',
  'Free multi-sport sessions just for girls aged 8–13 in Plymouth: netball, climbing, dance, paddleboarding '
  'in summer. No experience needed.',
  area=LA(PLY), cats=[13], ages=(8, 13), sex='female', csex='girls',
  locs=[('Efford Community Sports Hall', 'ply_efford')])

S('women_welcome_circle', 'Women\'s Welcome Circle', 'welcome',
  'A weekly group for refugee and asylum-seeking women in Plymouth: English practice, sewing, help with '
  'appointments and a crèche. Women only.',
  area=LA(PLY), cats=[7, 27], ages=(18, None), sex='female', grp='asylum_refugee',
  locs=[('Welcome Plymouth centre', 'ply_stonehouse')], interp='Arabic, Farsi, Kurdish Sorani and Tigrinya interpreters most weeks.')

S('young_mums_together', 'Young Mums Together', 'tfh',
  'A group for mums aged 24 and under in Torbay, pregnant or with children up to 3. Cooking, baby massage, '
  'college and work advice, and a lot of laughs. Dads have their own group on Mondays.',
  area=LA(TOR), cats=[11, 19], ages=(0, 3), sex='female', grp='young_parents',
  locs=[('Torquay Family Hub', 'torquay')])

S('young_dads_torbay', 'Young Dads Torbay', 'tfh',
  'Monday sessions for young dads (up to 25) in Torbay – pool, food, chat, help with housing and work, '
  'and how to be the dad you want to be.',
  area=LA(TOR), cats=[19, 24], ages=(0, 5), sex='male', grp='young_parents',
  locs=[('Torquay Family Hub', 'torquay')])

# =====================================================================================
# Condition-specific services and near misses
# =====================================================================================
S('asd_after_dx', 'Understanding Autism – post-diagnosis programme', 'dch',
  'A six-session course for parents and carers of children who have recently received an autism diagnosis '
  'through the Devon NHS neurodevelopmental pathway. Covers communication, sensory differences, anxiety and '
  'managing change. Places are offered by the diagnosing team after diagnosis.',
  area=LA(DEVON), cats=[37, 40], ages=(2, 18), cond=['autism'], dx=True,
  locs=[('Child Development Centre Exeter', 'exeter_heavitree')],
  elig='Child must have a confirmed autism diagnosis. Families on the waiting list are not eligible yet.')

S('spectrum_waiting', 'Spectrum Families – waiting well', 'spectrum',
  'Waiting for an autism assessment can take years. Our parent-led sessions are for Plymouth families '
  'whose child is autistic OR who think their child might be – you do not need a diagnosis or to be on '
  'a waiting list. Coffee mornings, a sensory-friendly Saturday club and workshops.',
  area=LA(PLY), cats=[37, 40], ages=(0, 18), cond=['autism'],
  locs=[('Mount Gould community centre', 'ply_mountgould')])

S('autism_helpline_national', 'Autism family helpline', 'spectrum',
  'National phone and email advice for autistic people and their families, including those waiting for '
  'assessment. Education, behaviour, benefits and services.',
  area=LA(UK), cats=[37], cond=['autism'], phone='freephone')

S('autistic_girls_group', 'Butterflies – autistic girls\' social group', 'spectrum',
  'Monthly social group in Torquay for autistic girls and girls who think they might be autistic, aged '
  '10–16. Crafts, gaming and a quiet room. Diagnosis not required.',
  area=LA(TOR, TEIGN, SHAMS), cats=[37, 7], ages=(10, 16), sex='female', csex='girls', cond=['autism'],
  locs=[('Bay Youth Trust Torquay', 'torquay_centre')])

S('adhd_bay_parents', 'ADHD Bay Parents', 'adhd_t',
  'Parent support group and a four-week "Living with ADHD" course for families in Torbay. For parents of '
  'children with ADHD or who are on the assessment pathway. Relaxed, practical, led by parents.',
  area=LA(TOR), cats=[40, 44], ages=(4, 18), cond=['adhd'],
  locs=[('Paignton Family Hub', 'paignton')])

S('adhd_champions', 'ADHD Champions youth club', 'youthdevon',
  'Fortnightly evening club for young people aged 8 to 16 in Exeter with a diagnosis of ADHD. Active games, '
  'cooking and a chance to talk about school. A confirmed diagnosis is needed to join.',
  area=LA(EXE, EDEV, TEIGN), cats=[44, 7], ages=(8, 16), cond=['adhd'], dx=True,
  locs=[('Devon Youth Collective, Exeter', 'exeter_sidwell')])

S('ds_peninsula', 'Down Syndrome Peninsula family group', 'dsn',
  'Parent-run support for families of babies, children and young people with Down syndrome in Devon, '
  'Plymouth and Torbay. New parent visits, Makaton groups, speech and language sessions and social events.',
  area=LA(DEVON, PLY, TOR), cats=[40, 42], ages=(0, 25), cond=['down_syndrome'],
  locs=[('Newton Abbot community hall', 'kingsteignton')])

S('deaf_children_devon', 'Deaf Children Devon & Torbay family group', 'deafkids',
  'Family days, signing classes and parent support for families with a deaf child (any level of hearing '
  'loss, including glue ear and one-sided loss) in Devon and Torbay.',
  area=LA(DEVON, TOR), cats=[41, 40], ages=(0, 18), cond=['hearing_impairment'],
  locs=[('Exeter Deaf Centre', 'exeter_stthomas')])

S('sensory_vision', 'Vision support (Teachers of Children with Vision Impairment)', 'sensory',
  'Qualified teachers support babies, children and young people with a diagnosed vision impairment at home '
  'and in school: habilitation, mobility training, braille and assistive technology. Referral requires '
  'an ophthalmology diagnosis.',
  area=LA(DEVON), cats=[48], ages=(0, 19), cond=['visual_impairment'], dx=True,
  locs=[('Devon Sensory Support Service', 'exeter_bartholomew')])

S('ply_hearing', 'Plymouth Hearing Support Team', 'ply_nhs',
  'Teachers of the deaf and audiology support for children in Plymouth with a diagnosed permanent hearing '
  'loss. Referral from audiology.',
  area=LA(PLY), cats=[41, 26], ages=(0, 19), cond=['hearing_impairment'], dx=True,
  locs=[('Derriford audiology', 'ply_derriford')])

S('nourish_helpline', 'Nourish Together family line', 'edsupport',
  'National helpline, online groups and a peer-support programme for parents and carers supporting a child '
  'or young person with an eating disorder or worrying eating. No diagnosis needed.',
  area=LA(UK), cats=[27, 28], cond=['eating_disorder'], phone='freephone')

S('camhs_ed', 'Children\'s Eating Disorder Service – Devon', 'peninsula_mh',
  'Specialist NHS assessment and treatment for young people aged 8–18 with anorexia, bulimia, ARFID and '
  'other eating disorders. GP referral. Urgent referrals seen within a week.',
  area=LA(DEVON, TOR), cats=[27, 28], ages=(8, 18), cond=['eating_disorder'],
  locs=[('Peninsula MH children\'s centre, Exeter', 'exeter_wonford')],
  apply='Referral from a GP or paediatrician.')

S('fasd_network', 'FASD Families Network', 'fasd',
  'Online peer support, training and a monthly video call for parents, adopters, kinship and foster carers '
  'of children with FASD (fetal alcohol spectrum disorder), diagnosed or suspected.',
  area=LA(UK), cats=[40, 44], cond=['fasd'], phone=None)

S('perinatal_team', 'Perinatal Mental Health Service', 'peninsula_mh',
  'Specialist NHS team for women with moderate to severe mental health difficulties during pregnancy and '
  'in the first year after birth, and for women with a history of serious mental illness who are planning '
  'a pregnancy. Referral by GP, midwife or health visitor.',
  area=LA(DEVON, PLY, TOR), cats=[36], ages=(0, 1), sex='female', cond=['perinatal_mental_health'],
  locs=[('Perinatal service, Exeter', 'exeter_wonford'), ('Perinatal service, Plymouth', 'ply_derriford')])

S('bump_peer', 'Bump & Beyond peer support', 'bump',
  'Peer supporters who have lived through perinatal depression, anxiety or birth trauma meet parents in '
  'Devon and Torbay who are struggling in pregnancy or the first year. Mums, dads and partners. No referral '
  'needed.',
  area=LA(DEVON, TOR), cats=[36, 27], ages=(0, 1), cond=['perinatal_mental_health'],
  locs=[('Bump & Beyond, Newton Abbot', 'newton_abbot')])

S('portage', 'Portage home visiting', 'portage',
  'Portage home visitors support Plymouth children under 5 who have significant developmental delay or '
  'additional needs, and their families, with play-based learning at home. No diagnosis is needed; '
  'referral by health visitor, GP, paediatrician or parents.',
  area=LA(PLY), cats=[39, 42], ages=(0, 5), cond=['developmental_delay'],
  locs=[('Plymouth Portage Service', 'ply_efford')])

S('friday_club_ld', 'Friday Club', 'youthdevon',
  'Youth club for young people aged 11–25 with learning disabilities in Newton Abbot and Teignmouth. Disco, '
  'cooking, bowling. Support workers on hand. Carers can stay or drop off.',
  area=EXT('Newton Abbot and Teignmouth area', ['Newton Abbot', 'Kingsteignton', 'Teignmouth', 'Bishopsteignton'],
           ['TQ12', 'TQ14']),
  cats=[42, 7], ages=(11, 25), cond=['learning_disability'],
  locs=[('Newton Abbot youth centre', 'newton_abbot')])

S('short_breaks_devon', 'Short breaks for disabled children', 'shortbreaks',
  'Short breaks give disabled children and young people time away from their parents and carers, and give '
  'families a rest. Eligibility is decided after an assessment by the Disabled Children\'s Service: the '
  'child must have a severe and long-term disability. Includes overnight stays, play schemes and sitting.',
  area=LA(DEVON), cats=[38, 45], ages=(0, 18), cond=['disability'], dx=True,
  apply='Ask for an assessment via the Devon children\'s front door or your child\'s social worker.',
  locs=[('Disabled Children\'s Service', 'exeter_heavitree')])

S('bay_inclusive_play', 'Bay Inclusive Play scheme', 'torplay',
  'Holiday play scheme for disabled children and those with additional needs in Torbay, aged 5–17, '
  'with 1:1 support where needed. No diagnosis required – tell us about your child.',
  area=LA(TOR), cats=[38, 9], ages=(5, 17), cond=['disability'],
  locs=[('Bay Inclusive Play hub', 'paignton_foxhole')],
  fees='£5 per day; free for families on low income.', cost=[('Per day', 5, 'free on low income')])

S('slt_devon', 'Children\'s Speech and Language Therapy', 'dch',
  'NHS speech and language therapy for children in Devon with speech, language, communication or '
  'swallowing difficulties. We see many children with autism, Down syndrome, hearing loss or '
  'developmental delay, but you do not need a diagnosis. Parents can refer children under 5 directly.',
  area=LA(DEVON), cats=[47, 32], ages=(0, 18),
  locs=[('Child Development Centre Exeter', 'exeter_heavitree'), ('Barnstaple clinic', 'barnstaple_forches')])

S('slt_plymouth', 'Talk Plymouth drop-in (speech and language)', 'ply_nhs',
  'Worried your toddler is not talking yet? Drop in and chat to a speech and language therapy assistant. '
  'For Plymouth children aged 18 months to 4 years.',
  area=LA(PLY), cats=[47, 32], ages=(1, 4),
  locs=[('Plymstock Family Hub', 'ply_plymstock')])

S('sendiass_devon', 'Devon SENDIASS', 'sendiass_d',
  'Free, impartial information, advice and support on special educational needs and disabilities: SEN '
  'support, EHC needs assessments, exclusions, appeals. For parents, children and young people up to 25. '
  'Whether or not your child has a diagnosis of autism, ADHD or anything else.',
  area=LA(DEVON), cats=[40, 44], ages=(0, 25), locs=[('Devon SENDIASS', 'exeter_sidwell')])

S('sendiass_ply', 'Plymouth SEND Advice Line', 'sendiass_p',
  'Impartial SEND advice for Plymouth families: school support, EHCPs, tribunals.',
  area=LA(PLY), cats=[40], ages=(0, 25), locs=[('Plymouth SEND Advice Line', 'ply_centre')])

S('sendiass_tor', 'Torbay SENDIAS', 'sendiass_t',
  'Information, advice and support for Torbay parents and young people (0–25) on SEND, EHCPs and school.',
  area=LA(TOR), cats=[40], ages=(0, 25), locs=[('Torbay SENDIAS', 'torquay_centre')])

S('sensory_play_totnes', 'Sensory Stay & Play', 'dfh',
  'A calm, low-light stay and play for under-5s in Totnes who find busy groups hard – including children '
  'with sensory processing differences, speech delay or suspected autism, and anyone else who likes a '
  'quieter space.',
  area=EXT('Totnes and Dartington', ['Totnes', 'Dartington', 'Harberton', 'Ashprington'], ['TQ9']),
  cats=[11, 39], ages=(0, 5), locs=[('Totnes Family Hub', 'totnes')])

S('wheelchair_swim', 'Splash: swimming for disabled children', 'sport',
  'Adapted swimming lessons at Plymouth Life Centre for children with physical disabilities, using hoists '
  'and warm-water sessions. Parents must be in the water with under-8s.',
  area=LA(PLY), cats=[45, 13], ages=(3, 17), cond=['disability'],
  locs=[('Plymouth leisure pool', 'ply_mutley')], fees='£3 per session')

S('bsl_family', 'Signing Families group (BSL)', 'bsl',
  'Fortnightly group for Deaf parents and their hearing or deaf children, run entirely in British Sign '
  'Language by Deaf facilitators. Play, parenting chats, information about local services.',
  area=LA(DEVON, TOR, PLY), cats=[11, 41], ages=(0, 11), lang='sgn',
  langs=[('British Sign Language', 'sgn', 'Run in BSL only')], locs=[('Exeter Deaf Centre', 'exeter_stthomas')])

# =====================================================================================
# One group only; one language only
# =====================================================================================
S('young_parents_exeter', 'Young Parents\' Group', 'dfh',
  'For parents-to-be and parents aged 16 to 24 living in Exeter, and their babies and toddlers. Lunch, '
  'a youth worker, a health visitor once a month, and help with benefits, housing and getting back into '
  'education.',
  area=LA(EXE), cats=[11, 19], ages=(0, 4), grp='young_parents',
  locs=[('Whipton Family Hub', 'exeter_whipton')])

S('young_parents_ply', 'Young Parents Plymouth (FNP-style support)', 'ply_nhs',
  'Intensive home visiting from pregnancy until the child is two, for first-time mums aged 19 and under in '
  'Plymouth. Referral by midwife before 28 weeks of pregnancy.',
  area=LA(PLY), cats=[33, 35], ages=(0, 2), sex='female', grp='young_parents',
  locs=[('Tamar Community Health, Mutley', 'ply_mutley')])

S('families_recovery', 'Families in Recovery', 'recovery',
  'A peer support group for mums and dads in recovery from alcohol or drugs, and their children. Family '
  'activities, parenting support and a dads\' breakfast. You need to be abstinent or stable on a '
  'prescription; not for people who are currently using.',
  area=LA(DEVON, TOR), cats=[23, 19], ages=(0, 16), grp='in_recovery', contra=['substance_use'],
  locs=[('Second Wind, Exeter', 'exeter_stthomas'), ('Second Wind, Torquay', 'torquay')])

S('haf_devon', 'Devon Holiday Activities and Food (HAF)', 'dfh',
  'Free holiday clubs with a healthy meal in Easter, summer and Christmas holidays for children aged 5–16 '
  'in Devon who receive benefits-related free school meals. Codes are sent via schools.',
  area=LA(DEVON), cats=[9, 28], ages=(5, 16), grp='free_school_meals',
  locs=[('Holiday clubs across Devon', 'exeter_whipton')])

S('haf_ply', 'Plymouth HAF holiday clubs', 'pfh',
  'Holiday Activities and Food programme: free places for Plymouth children eligible for benefits-related '
  'free school meals. Sport, arts, cooking and a hot lunch.',
  area=LA(PLY), cats=[9], ages=(5, 16), grp='free_school_meals', locs=[('Various Plymouth venues', 'ply_centre')])

S('summer_fun_torbay', 'Summer Fun Days', 'bayyouth',
  'Drop-in summer holiday activities for any 8–13 year old in Torbay. £2 a day, free lunch for everyone.',
  area=LA(TOR), cats=[9], ages=(8, 13), fees='£2 per day', cost=[('Per day', 2, None)],
  locs=[('Bay Youth Trust Paignton', 'paignton_foxhole')])

S('little_stars_baby_loss', 'Little Stars – after your baby has died', 'bereave',
  'Support for mothers, fathers and partners whose baby has died during pregnancy, at birth or in infancy. '
  'Monthly groups in Exeter, Plymouth and Torquay, 1:1 counselling and a helpline. Any time after your loss.',
  area=LA(DEVON, PLY, TOR), cats=[27], ages=(18, None), grp='bereaved_parents_baby_loss',
  locs=[('Little Stars, Exeter', 'exeter_heavitree'), ('Little Stars, Plymouth', 'ply_mutley')])

S('kinship_devon', 'Kinship Carers Devon', 'kinship',
  'Grandparents, aunts, uncles, older siblings and friends raising a child who cannot live with their '
  'parents: peer groups, an advice line, help with special guardianship, money and school. Devon and Torbay.',
  area=LA(DEVON, TOR), cats=[19], ages=(0, 18), grp='kinship_carers',
  locs=[('Kinship Carers Devon office', 'tiverton')])

S('anchor_forces', 'Anchor Forces Families', 'anchor',
  'For serving and veteran armed forces families in Plymouth and the Devon side of the Tamar: deployment '
  'support for children, a partners\' network, and help when a parent leaves the services.',
  area=LA(PLY, WDEV, SHAMS), cats=[19, 27], ages=(0, 18), grp='armed_forces',
  locs=[('Anchor centre', 'ply_keyham')])

S('welcome_plymouth', 'Welcome Plymouth family support', 'welcome',
  'Caseworkers for refugee and asylum-seeking families in Plymouth: Home Office letters, registering with '
  'a GP, school places, and referrals to legal advice. Interpreters available.',
  area=LA(PLY), cats=[18, 19], ages=(0, 18), grp='asylum_refugee',
  interp='Interpreters in Arabic, Farsi, Dari, Pashto, Kurdish and Tigrinya.',
  locs=[('Welcome Plymouth centre', 'ply_stonehouse')])

S('young_carers_devon', 'Devon Young Carers', 'youngcarers',
  'For young carers aged 8 to 18 in Devon who help look after a family member who is ill, disabled, or has a '
  'mental health or substance use problem. Breaks, clubs, school support and a young carers\' assessment.',
  area=LA(DEVON), cats=[24, 38], ages=(8, 18), grp='young_carers',
  locs=[('Devon Young Carers hub', 'exeter_sidwell')])

S('young_carers_torbay', 'Torbay Young Carers club', 'bayyouth',
  'Weekly club for young carers (8–17) living in Torbay. Fun, food and people who get it.',
  area=LA(TOR), cats=[24], ages=(8, 17), grp='young_carers', locs=[('Bay Youth Trust Paignton', 'paignton_foxhole')])

S('arabic_parenting', 'مجموعة الأهل – Arabic parents\' group', 'arabic',
  'مجموعة أسبوعية للأمهات والآباء الناطقين بالعربية في بليموث. نتحدث عن تربية الأطفال، المدارس في بريطانيا، '
  'والصحة النفسية للعائلة. All sessions are in Arabic.',
  area=LA(PLY), cats=[19], ages=(0, 18), lang='ar', langs=[('Arabic', 'ar', 'Arabic only')],
  locs=[('Al-Noor community room', 'ply_stonehouse')], url=False)

S('romanian_mums', 'Mame Împreună (Romanian mums and toddlers)', 'romanian',
  'Grup pentru mame și copii mici, în limba română. Joacă, cântece, sfaturi despre școli și medicul de familie. '
  'Paignton, în fiecare sâmbătă.',
  area=LA(TOR), cats=[11], ages=(0, 5), sex='female', lang='ro', langs=[('Romanian', 'ro', None)],
  locs=[('Paignton community hall', 'paignton')], url=False, email=False, phone='mobile')

S('ukrainian_families', 'Ukrainian families group', 'ukr',
  'Щотижнева зустріч для українських родин у Ньютон-Ебботі та Торкі: підтримка батьків, заняття для дітей, '
  'допомога з документами. Sessions are in Ukrainian.',
  area=LA(TEIGN, TOR), cats=[19, 7], ages=(0, 17), lang='uk', langs=[('Ukrainian', 'uk', None)],
  locs=[('Kingsteignton community centre', 'kingsteignton')])

S('portuguese_families', 'Encontro de Famílias', 'dfh',
  'Family drop-in in Portuguese for Portuguese-speaking families in Exeter and Exmouth: school admissions, '
  'health visitor appointments, and a play corner. Tudo em português.',
  area=LA(EXE, EDEV), cats=[19, 11], ages=(0, 11), lang='pt', langs=[('Portuguese', 'pt', None)],
  locs=[('Exmouth Family Hub', 'exmouth')])

# =====================================================================================
# Stated exclusions (other than those above)
# =====================================================================================
S('family_camp', 'Wild Families weekend', 'youthdevon',
  'Two-night camping weekend on Dartmoor for families who have had a tough year. Campfire cooking, '
  'canoeing, time together without screens. Alcohol-free site; not suitable for parents currently drinking '
  'heavily or using drugs.',
  area=LA(DEVON), cats=[7, 19], ages=(5, 15), contra=['substance_use'],
  locs=[('Dartmoor camp, Princetown', 'princetown')])

S('teen_parenting_course', 'Living with Teenagers', 'dfh',
  'A six-week course for parents of 11–17 year olds in Mid Devon and North Devon: arguments, screens, '
  'boundaries, risky behaviour. Please note the course is not the right support if there is current '
  'domestic abuse in your home – we will help you find specialist support instead.',
  area=LA(MID, NDEV), cats=[19], ages=(11, 17), contra=['domestic_abuse'],
  locs=[('Tiverton Family Hub', 'tiverton_north'), ('Barnstaple Family Hub', 'barnstaple_forches')])

S('whole_family_therapy', 'Family Connect (systemic family therapy)', 'pfh',
  'Short-term family therapy for Plymouth families where relationships at home have broken down and '
  'children are struggling. All family members who live at home attend. We do not offer this where '
  'someone in the household is harming another family member.',
  area=LA(PLY), cats=[17, 27], ages=(5, 18), contra=['domestic_abuse', 'harm_person_at_home'],
  locs=[('Plympton Family Hub', 'ply_plympton')])

# =====================================================================================
# Closed, paused, not taking referrals
# =====================================================================================
S('ilfracombe_pantry', 'Ilfracombe Community Pantry', 'foodnet',
  'Low-cost weekly shop for £5. PAUSED: we have lost our venue and the pantry is closed until we find '
  'a new home. Please use Barnstaple food bank in the meantime.',
  area=EXT('Ilfracombe and Combe Martin', ['Ilfracombe', 'Combe Martin', 'Lee', 'Mortehoe'], ['EX34']),
  cats=[18, 28], closed=True, locs=[('Ilfracombe pantry', 'ilfracombe')], alert='Paused until further notice.')

S('sleep_clinic', 'Children\'s Sleep Service', 'sleep',
  'Sleep practitioners help families in Devon with children aged 2–16 who have serious sleep problems, '
  'including children with autism or ADHD.',
  area=LA(DEVON), cats=[27, 44], ages=(2, 16), closed=True,
  alert='We are currently not accepting new referrals due to high demand. Please check back in spring.',
  locs=[('Sound Sleep, Exeter', 'exeter_sidwell')])

S('salcombe_toddlers', 'Salcombe Tots', 'dfh',
  'Toddler group at the Salcombe community hall. Temporarily closed while the hall roof is repaired.',
  area=EXT('Salcombe and Kingsbridge estuary', ['Salcombe', 'Kingsbridge', 'Malborough', 'East Portlemouth'], ['TQ8', 'TQ7']),
  cats=[11], ages=(0, 4), status='temporarily closed', closed=True, locs=[('Salcombe community hall', 'salcombe')])

S('okehampton_youth', 'Okehampton Friday youth club', 'youthdevon',
  'Open-access youth club for 11–18s. This club closed in July 2025 when the lease on the building ended.',
  area=EXT('Okehampton', ['Okehampton', 'Hatherleigh', 'Sampford Courtenay'], ['EX20']),
  cats=[24, 7], ages=(11, 18), status='inactive', closed=True, locs=[('Okehampton youth centre', 'okehampton')])

S('open_door_counselling', 'Young people\'s counselling', 'kooth_like',
  'Low-cost face-to-face counselling for 11–25 year olds in Exeter and East Devon. Our waiting list is '
  'currently closed; we hope to reopen it in the new year.',
  area=LA(EXE, EDEV), cats=[27], ages=(11, 25), closed=True, locs=[('Open Door, Exeter', 'exeter_bartholomew')])

S('dads_breakfast_torquay', 'Dads\' breakfast club', 'tfh',
  'Fortnightly breakfast and play for dads and kids 0-8. Suspended for the time being - staff shortage.',
  area=LA(TOR), cats=[19, 11], ages=(0, 8), sex='male', closed=True, locs=[('Torquay Family Hub', 'torquay')])

S('teignmouth_parenting_paused', 'Teign Coast parenting drop-in', 'dfh',
  'Weekly drop-in with a parenting practitioner in Teignmouth and Dawlish. Sessions are paused over the '
  'autumn while we recruit.',
  area=EXT('Teign coast', ['Teignmouth', 'Dawlish', 'Shaldon', 'Bishopsteignton', 'Holcombe'], ['TQ14', 'EX7']),
  cats=[19], ages=(0, 18), closed=True, locs=[('Teignmouth Family Hub', 'teignmouth')])

S('kinship_torbay_closed', 'Grandparents Raising Grandchildren group (Torbay)', 'kinship',
  'Monthly group for grandparents and other family members bringing up a child in Torbay.',
  area=LA(TOR), cats=[19], ages=(0, 18), grp='kinship_carers', status='inactive', closed=True,
  locs=[('Paignton Family Hub', 'paignton')])

S('holsworthy_foodbank_closed', 'Holsworthy food bank (Tuesday session)', 'foodnet',
  'The Tuesday session has ended. Holsworthy Friday food bank continues as normal – see separate listing.',
  area=EXT('Holsworthy', ['Holsworthy', 'Bradworthy', 'Black Torrington'], ['EX22', 'EX21']),
  cats=[18], status='inactive', closed=True, locs=[('Holsworthy Methodist hall', 'holsworthy')])

# =====================================================================================
# Family hubs and early help
# =====================================================================================
HUB_TEXT = ('Family hubs are a place for families with children aged 0–19 (up to 25 with SEND) to get help. '
            'Drop in to see a family support worker, find groups, or ask about parenting, money worries, '
            'mental health, or your child\'s development.')
S('hub_exeter', 'Exeter Family Hubs (Wonford, Whipton, St Thomas)', 'dfh',
  HUB_TEXT + ' Exeter has three hubs and a team of early help workers who can complete an Early Help '
  'Assessment with you.',
  area=LA(EXE), cats=[17, 19, 11], ages=(0, 19),
  locs=[('Wonford Family Hub', 'exeter_wonford'), ('Whipton Family Hub', 'exeter_whipton'),
        ('St Thomas Family Hub', 'exeter_stthomas')])

S('hub_north_devon', 'Barnstaple Family Hub', 'dfh',
  'Barnstaple Family Hub at Forches serves families in North Devon. Stay and play, baby clinics, parenting '
  'courses, and early help keyworkers. Outreach to Ilfracombe, Braunton, South Molton and Lynton.',
  area=LA(NDEV), cats=[17, 19, 11], ages=(0, 19), locs=[('Barnstaple Family Hub', 'barnstaple_forches')])

S('hub_torridge', 'Bideford & Holsworthy Family Hub', 'dfh',
  'Serving Torridge: Bideford, Northam, Appledore, Great Torrington, Holsworthy and the villages. Early '
  'help, parenting, baby groups, and help with benefits. Outreach van visits Shebbear, Bradworthy and '
  'Hartland monthly.',
  area=LA(TORR), cats=[17, 19, 11], ages=(0, 19),
  locs=[('Bideford family centre', 'bideford'), ('Holsworthy outreach room', 'holsworthy')])

S('hub_mid_devon', 'Tiverton, Cullompton & Crediton Family Hubs', 'dfh',
  HUB_TEXT + ' Serving Mid Devon.', area=LA(MID), cats=[17, 19], ages=(0, 19),
  locs=[('Tiverton Family Hub', 'tiverton_north'), ('Cullompton hub room', 'cullompton')])

S('hub_east_devon', 'East Devon Family Hubs', 'dfh',
  'Family hubs in Exmouth, Honiton, Axminster and Seaton, plus pop-ups in Sidmouth and Ottery. Early help, '
  'parenting, baby and toddler groups, SEND drop-ins.',
  area=LA(EDEV), cats=[17, 19, 11], ages=(0, 19),
  locs=[('Exmouth Family Hub', 'exmouth'), ('Honiton Family Hub', 'honiton'), ('Axminster hub', 'axminster')])

S('hub_teignbridge', 'Newton Abbot & Teignbridge Family Hub', 'dfh',
  HUB_TEXT + ' Based in Newton Abbot with outreach in Teignmouth, Dawlish, Bovey Tracey and Ashburton.',
  area=LA(TEIGN), cats=[17, 19], ages=(0, 19), locs=[('Newton Abbot Family Hub', 'newton_abbot')])

S('hub_south_hams', 'South Hams Family Hub (Totnes, Ivybridge, Kingsbridge)', 'dfh',
  'family hub services for the South Hams. early help, parenting groups, baby clinics. ring or drop in.',
  area=LA(SHAMS), cats=[17, 19], ages=(0, 19),
  locs=[('Totnes Family Hub', 'totnes'), ('Ivybridge hub', 'ivybridge'), ('Kingsbridge hub', 'kingsbridge')])

S('hub_west_devon', 'Okehampton & Tavistock Family Hub', 'dfh',
  HUB_TEXT + ' West Devon families: Okehampton, Tavistock, Hatherleigh, Chagford and the moor villages.',
  area=LA(WDEV), cats=[17, 19, 11], ages=(0, 19),
  locs=[('Okehampton Family Hub', 'okehampton'), ('Tavistock Family Hub', 'tavistock')])

S('hub_plymouth', 'Plymouth Family Hubs', 'pfh',
  'Nine family hubs across Plymouth, from Devonport to Plympton. Free help for parents and carers, from '
  'pregnancy to 19 (25 with SEND): groups, parenting courses, family support workers, and early help '
  'assessments. Walk in, phone, or ask a professional to refer.',
  area=LA(PLY), cats=[17, 19, 11], ages=(0, 19),
  locs=[('Devonport Family Hub', 'ply_devonport'), ('St Budeaux Family Hub', 'ply_stbudeaux'),
        ('Plympton Family Hub', 'ply_plympton'), ('Plymstock Family Hub', 'ply_plymstock')])

S('hub_torbay', 'Torbay Family Hubs', 'tfh',
  'Family hubs in Torquay, Paignton and Brixham. Parenting support, youth workers, baby groups, health '
  'visitor clinics and early help for any Torbay family with children 0-19.',
  area=LA(TOR), cats=[17, 19, 11], ages=(0, 19),
  locs=[('Torquay Family Hub', 'torquay'), ('Paignton Family Hub', 'paignton'), ('Brixham Family Hub', 'brixham')])

S('moor_villages_family_worker', 'Moorland family worker (north-east Dartmoor)', 'moorchurch',
  'A part-time family worker funded by the churches for families in the moor-edge villages of Chagford, '
  'Moretonhampstead, Lustleigh, North Bovey, Manaton and Gidleigh. Home visits, lifts to appointments, '
  'a listening ear, help with forms. Any family, any faith or none.',
  area=EXT('North-east Dartmoor villages', ['Chagford', 'Moretonhampstead', 'Lustleigh', 'North Bovey',
           'Manaton', 'Gidleigh', 'Throwleigh'], ['TQ13']),
  cats=[19, 17], ages=(0, 18), locs=[('Chagford church rooms', 'chagford')], phone='mobile')

S('exmoor_family_link', 'Exmoor Coast Family Link', 'ndev_youth',
  'Outreach family support for families in Lynton, Lynmouth, Parracombe, Brendon and Countisbury, where '
  'the nearest hub is an hour away by bus. Weekly drop-in at Lynton town hall and home visits.',
  area=EXT('Lynton and the Exmoor coast', ['Lynton', 'Lynmouth', 'Parracombe', 'Brendon', 'Countisbury'],
           ['EX35', 'EX31']),
  cats=[19, 17], ages=(0, 18), locs=[('Lynton town hall', 'lynton')])

S('home_friends', 'Home Friends volunteer home visiting', 'homevisit',
  'Trained volunteers – parents themselves – visit families with at least one child under 5 once a week '
  'for a few hours: a chat, help getting out of the house, support through a difficult time. Covering '
  'Exeter, East Devon, Mid Devon and Teignbridge.',
  area=LA(EXE, EDEV, MID, TEIGN), cats=[19, 27], ages=(0, 5), locs=[('Home Friends office', 'exeter_heavitree')])

S('fgc_devon', 'Family Group Conferences', 'dfh',
  'A Family Group Conference brings together a child\'s wider family and friends to make a plan to keep '
  'the child safe and well. An independent coordinator helps you prepare. Referral from an early help or '
  'social care worker.',
  area=LA(DEVON), cats=[17], ages=(0, 18), locs=[('Devon FGC team', 'exeter_heavitree')])

S('intensive_family_ply', 'Families with a Future (intensive support)', 'pfh',
  'Intensive whole-family keywork for Plymouth families facing several problems at once – school '
  'attendance, debt, worklessness, anti-social behaviour, mental health. A keyworker for 6–12 months.',
  area=LA(PLY), cats=[17], ages=(0, 18), locs=[('Plymouth Family Hubs, Devonport', 'ply_devonport')])

S('parentline_national', 'Parentline Together helpline', 'natparent',
  'Free, confidential helpline, webchat and email for any parent or carer in the UK worried about their '
  'child\'s behaviour, mental health, school or anything else about family life.',
  area=LA(UK), cats=[19, 27], ages=(0, 18), phone='freephone')

# =====================================================================================
# Health visiting, maternity, school nursing, health
# =====================================================================================
S('hv_devon', 'Health Visiting – Devon', 'dch',
  'Every family with a child under 5 in Devon has a named health visiting team. Antenatal contact, new '
  'birth visit, 6–8 week review, one-year and 2-and-a-half-year reviews, and drop-in baby clinics. '
  'Advice on sleep, feeding, weaning, toileting, development and parental wellbeing.',
  area=LA(DEVON), cats=[33, 34], ages=(0, 5), locs=[('Devon health visiting, Exeter', 'exeter_heavitree')])

S('hv_plymouth', 'Plymouth Health Visiting Service', 'ply_nhs',
  'Health visitors for Plymouth families with children 0-5. Clinics at family hubs. Advice line for '
  'parents Monday to Friday.',
  area=LA(PLY), cats=[33, 34], ages=(0, 5), locs=[('Plymouth Family Hubs, St Budeaux', 'ply_stbudeaux')])

S('hv_torbay', '0-19 Public Health Nursing Torbay', 'tor_nhs',
  'Health visiting and school nursing for Torbay. Health reviews, infant feeding, emotional health, and a '
  'text service (ChatHealth-style) for 11-19 year olds.',
  area=LA(TOR), cats=[33, 30], ages=(0, 19), locs=[('Torquay health centre', 'torquay_centre')])

S('school_nursing_devon', 'School Nursing – Devon', 'dch',
  'School nurses support children 5-19 in Devon with emotional health, bedwetting and continence, '
  'healthy weight, sleep and growing up. Young people can text confidentially.',
  area=LA(DEVON), cats=[30, 27], ages=(5, 19), locs=[('Devon school nursing hub', 'exeter_heavitree')])

S('school_nursing_ply', 'Plymouth School Health', 'ply_nhs',
  'School nursing for Plymouth pupils aged 5–19: wellbeing, continence, sleep, puberty.',
  area=LA(PLY), cats=[30], ages=(5, 19), locs=[('Tamar Community Health, Mutley', 'ply_mutley')])

S('continence_devon', 'Children\'s Bladder and Bowel Service', 'dch',
  'NHS nurse-led clinics for children in Devon aged 2–19 with daytime wetting, bedwetting, constipation '
  'and soiling, and help with toilet training for children with additional needs. Referral by GP, '
  'school nurse or health visitor.',
  area=LA(DEVON), cats=[30, 44], ages=(2, 19), locs=[('Child Development Centre Exeter', 'exeter_heavitree')])

S('toilet_training_torbay', 'Potty Power toilet training workshop', 'tfh',
  'One-off workshop for Torbay parents of toddlers getting ready for potty training, and for children '
  'who are struggling with toileting.',
  area=LA(TOR), cats=[33, 19], ages=(1, 5), locs=[('Brixham Family Hub', 'brixham')])

S('midwifery_rde', 'Community Midwifery – Exeter, East and Mid Devon', 'dch',
  'Community midwives provide antenatal and postnatal care at GP surgeries, family hubs and at home. '
  'Self-refer as soon as you know you are pregnant.',
  area=LA(EXE, EDEV, MID), cats=[35], locs=[('Community midwives base', 'exeter_wonford')])

S('midwifery_ply', 'Plymouth maternity self-referral', 'ply_nhs',
  'Self-refer to maternity care in Plymouth and West Devon. Antenatal clinics at family hubs.',
  area=LA(PLY, WDEV), cats=[35], locs=[('Derriford maternity', 'ply_derriford')])

S('infant_feeding_devon', 'Feeding Friends (breastfeeding and infant feeding support)', 'dch',
  'Peer supporters and infant feeding specialists help with breastfeeding, mixed feeding, expressing and '
  'bottle feeding. Groups in most Devon towns and a helpline 7 days a week.',
  area=LA(DEVON), cats=[34], ages=(0, 2), locs=[('Feeding Friends, Barnstaple', 'barnstaple_forches'),
                                                  ('Feeding Friends, Newton Abbot', 'newton_abbot')])

S('infant_feeding_ply', 'Plymouth Breastfeeding Network groups', 'ply_nhs',
  'weekly bf cafe + tongue tie advice. all welcome.', area=LA(PLY), cats=[34], ages=(0, 2),
  locs=[('Plymstock Family Hub', 'ply_plymstock')])

S('camhs_devon', 'Children and Young People\'s Mental Health Service (Devon CAMHS)', 'peninsula_mh',
  'Specialist assessment and treatment for children and young people up to 18 in Devon with significant '
  'mental health difficulties. Referral via GP, school or the single point of access. For emotional '
  'wellbeing needs that are less severe, see the Mental Health Support Teams in schools.',
  area=LA(DEVON), cats=[27, 46], ages=(0, 18), locs=[('Peninsula MH children\'s centre, Exeter', 'exeter_wonford')])

S('camhs_ply', 'Plymouth CAMHS', 'ply_nhs',
  'Child and adolescent mental health services for Plymouth. Includes a crisis and intensive support '
  'team for young people in mental health crisis, 8am-10pm.',
  area=LA(PLY), cats=[27], ages=(0, 18), locs=[('Plymouth CAMHS', 'ply_mutley')])

S('camhs_torbay', 'Torbay CAMHS', 'tor_nhs', 'CAMHS for Torbay children and young people. GP referral.',
  area=LA(TOR), cats=[27], ages=(0, 18), locs=[('Torbay CAMHS', 'torquay_hele')])

S('talkspace_youth', 'Talkspace Youth online counselling', 'natyouth',
  'Free, anonymous online counselling, chat and forums for young people aged 11-25 across England. No '
  'referral. Open until 10pm every day.',
  area=LA(ENG), cats=[27], ages=(11, 25), phone=None)

S('stillwater_crisis', 'Stillwater crisis line (24/7)', 'natcrisis',
  'Free 24-hour listening line and text service for anyone of any age who is struggling to cope, having '
  'thoughts of suicide or self-harm, or worried about someone else. If someone is in immediate danger, '
  'call 999.',
  area=LA(UK), cats=[27], phone='freephone',
  sched=[dict(freq='WEEKLY', byday='MO,TU,WE,TH,FR,SA,SU', opens_at='00:00', closes_at='23:59', description='24 hours, every day')])

S('nhs_mh_crisis_devon', 'First Response – urgent mental health line (Devon, Plymouth & Torbay)', 'peninsula_mh',
  'The NHS 24/7 urgent mental health line for people of all ages in Devon, Plymouth and Torbay. Call if '
  'you or someone you care for is in mental health crisis, including thoughts of suicide. In an emergency '
  'call 999.',
  area=LA(DEVON, PLY, TOR), cats=[27, 30], phone='freephone')

S('self_harm_support_ply', 'Cutting Through – self-harm support for young people', 'plyyouth',
  'Weekly one-to-one support for Plymouth young people aged 12–18 who self-harm, and a workshop for '
  'parents. Not an emergency service.',
  area=LA(PLY), cats=[27, 24], ages=(12, 18), locs=[('Plymouth Youth Partnership, Mutley', 'ply_mutley')])

S('mhst_torbay', 'Schools Wellbeing Team', 'tor_nhs',
  'CBT-based support in Torbay schools for mild to moderate anxiety, low mood and worries. Ask your '
  'child\'s school.',
  area=LA(TOR), cats=[27, 46], ages=(5, 18), locs=[('Torbay CAMHS', 'torquay_hele')])

S('smokefree_devon', 'Smokefree Devon', 'smoke',
  'Free stop smoking support: advisers, nicotine replacement, vapes for pregnant women and their '
  'partners. Devon residents 12+.',
  area=LA(DEVON), cats=[22], ages=(12, None), phone='03')

S('stop_smoking_ply', 'One Small Step stop smoking service', 'ply_nhs',
  'stop smoking help for plymouth residents. free vape starter kits for parents & pregnant women.',
  area=LA(PLY), cats=[22], ages=(12, None), locs=[('Tamar Community Health, Mutley', 'ply_mutley')])

S('oral_health_torbay', 'Brushing Buddies (children\'s oral health)', 'tor_nhs',
  'Oral health team providing free toothbrush packs, supervised brushing in nurseries and advice for '
  'parents in Torbay. We cannot register children with a dentist.',
  area=LA(TOR), cats=[29], ages=(0, 11), locs=[('Torquay health centre', 'torquay_centre')])

S('healthy_weight_devon', 'Family Fit (healthy lifestyles for families)', 'dch',
  'Free 10-week programme for Devon families with children aged 5-13 who would like to eat more healthily '
  'and be more active. Cooking, games, and no weighing in front of others.',
  area=LA(DEVON), cats=[28, 13], ages=(5, 13), locs=[('Barnstaple Family Hub', 'barnstaple_forches'),
                                                       ('Exmouth Family Hub', 'exmouth')])

S('birth_registration_devon', 'Register a birth in Devon', 'dfh',
  'Book an appointment to register your baby\'s birth at a register office or family hub in Devon. '
  'Births must be registered within 42 days.',
  area=LA(DEVON), cats=[31], ages=(0, 1), locs=[('Exeter register office', 'exeter_heavitree')], email=False)

S('birth_registration_ply', 'Plymouth Register Office – births', 'pfh',
  'Register a birth in Plymouth. Appointment only.', area=LA(PLY), cats=[31], ages=(0, 1),
  locs=[('Plymouth Register Office', 'ply_centre')])

# =====================================================================================
# Money, debt, housing, food
# =====================================================================================
S('advice_devon', 'Devon Advice Centres – debt, benefits and housing advice', 'ca_devon',
  'Free, confidential, independent advice on benefits, debt, housing, employment and consumer problems. '
  'Offices in Exeter, Barnstaple, Newton Abbot, Tiverton and Okehampton; phone and webchat for the rest of '
  'Devon.',
  area=LA(DEVON), cats=[15, 18], ages=(18, None),
  locs=[('Devon Advice, Exeter', 'exeter_sidwell'), ('Devon Advice, Barnstaple', 'barnstaple'),
        ('Devon Advice, Newton Abbot', 'newton_abbot'), ('Devon Advice, Okehampton', 'okehampton')])

S('advice_ply', 'Plymouth Advice Hub', 'ca_ply',
  'Free debt, benefits, Universal Credit and housing advice for people who live in Plymouth.',
  area=LA(PLY), cats=[15, 18], ages=(18, None), locs=[('Plymouth Advice Hub', 'ply_centre')])

S('advice_tor', 'Torbay Advice Partnership', 'ca_tor',
  'Money, debt and welfare benefits advice in Torquay, Paignton and Brixham. Help with PIP and appeals.',
  area=LA(TOR), cats=[15, 18], ages=(18, None), locs=[('Torbay Advice, Torquay', 'torquay_centre')])

S('welfare_rights_ply', 'Welfare rights for families of disabled children', 'ca_ply',
  'Help claiming Disability Living Allowance for children, Carer\'s Allowance and other benefits when your '
  'child is disabled or has additional needs. No diagnosis needed to apply for DLA. Plymouth.',
  area=LA(PLY), cats=[15, 40], ages=(0, 16), locs=[('Plymouth Advice Hub', 'ply_centre')])

S('national_debt_line', 'Debtline South West & national', 'credit',
  'Free national debt advice by phone and online. Help with priority debts like rent, council tax and '
  'energy arrears.', area=LA(UK), cats=[15], ages=(18, None), phone='freephone')

S('credit_union', 'Moor and Coast Credit Union', 'credit',
  'Affordable loans, savings and a Christmas saver for people living or working in Devon and Torbay. An '
  'alternative to doorstep lenders.', area=LA(DEVON, TOR), cats=[15], ages=(16, None),
  locs=[('Credit union, Newton Abbot', 'newton_abbot')])

S('warm_homes', 'Warm Homes Devon energy advice', 'energy',
  'Help with energy bills, prepayment meters, damp and mould, and grants for heating and insulation. '
  'Devon, Plymouth and Torbay.', area=LA(DEVON, PLY, TOR), cats=[18], ages=(18, None), phone='03')

S('housing_ndev', 'North Devon Housing Options', 'ndev_dc',
  'Help if you are homeless or at risk of losing your home in North Devon: housing advice, '
  'homelessness prevention, temporary accommodation and the housing register.',
  area=LA(NDEV), cats=[18], ages=(16, None), locs=[('North Devon council offices', 'barnstaple')])

S('housing_teign', 'Teignbridge Housing Advice', 'teign_dc',
  'homelessness & housing advice. call if you have an eviction notice. Teignbridge residents only.',
  area=LA(TEIGN), cats=[18], ages=(16, None), locs=[('Forde House', 'newton_abbot')])

S('housing_exeter', 'Exeter Housing Options', 'exe_dc',
  'Housing advice, homelessness help and the Devon Home Choice register for Exeter residents.',
  area=LA(EXE), cats=[18], ages=(16, None), locs=[('Exeter civic centre', 'exeter_bartholomew')])

S('housing_ply', 'Plymouth Housing Advice', 'ply_hsg',
  'If you are homeless or about to be, contact us. Out-of-hours emergency line.', area=LA(PLY), cats=[18],
  ages=(16, None), locs=[('Plymouth civic offices', 'ply_centre')])

S('housing_tor', 'Torbay Housing Options', 'tor_hsg',
  'Housing advice and homelessness assessments for Torbay.', area=LA(TOR), cats=[18], ages=(16, None),
  locs=[('Torquay town hall', 'torquay_centre')])

S('youth_homeless_devon', 'Nightstop & young people\'s housing (16–24)', 'youthdevon',
  'Emergency overnight stays with volunteer hosts and supported lodgings for young people aged 16 to 24 '
  'who are homeless or at risk, across Devon. Family mediation to help young people return home where safe.',
  area=LA(DEVON), cats=[18, 24], ages=(16, 24), locs=[('Devon Youth Collective, Exeter', 'exeter_sidwell')])

S('foodbank_exeter', 'Exeter Food Bank', 'foodnet',
  'Emergency food parcels with a voucher from an agency (family hub, GP, Devon Advice, school). Three '
  'distribution centres in Exeter.', area=LA(EXE), cats=[18, 28],
  locs=[('Exeter Food Bank, St Thomas', 'exeter_stthomas'), ('Exeter Food Bank, Whipton', 'exeter_whipton')])

S('foodbank_barnstaple', 'Barnstaple Food Bank', 'foodnet',
  'Food bank for Barnstaple and the surrounding villages. Referral voucher needed. Open Mon, Wed, Fri.',
  area=EXT('Barnstaple and around', ['Barnstaple', 'Bishop\'s Tawton', 'Landkey', 'Fremington', 'Bickington'],
           ['EX31', 'EX32']),
  cats=[18, 28], locs=[('Barnstaple food bank', 'barnstaple')])

S('foodbank_holsworthy', 'Holsworthy food bank (Friday)', 'foodnet',
  'Fridays 10-12 at the Methodist hall. Holsworthy and surrounding parishes. No voucher needed for your '
  'first visit.',
  area=EXT('Holsworthy', ['Holsworthy', 'Bradworthy', 'Black Torrington', 'Pyworthy'], ['EX22', 'EX21']),
  cats=[18, 28], locs=[('Holsworthy Methodist hall', 'holsworthy')])

S('foodbank_culm', 'Culm Valley Community Larder', 'foodnet',
  'Community larder for Cullompton, Willand, Uffculme and Hemyock. Pay what you can. Also free school-'
  'holiday lunch bags.',
  area=EXT('Culm Valley', ['Cullompton', 'Willand', 'Uffculme', 'Hemyock', 'Kentisbeare'], ['EX15']),
  cats=[18, 28], locs=[('Willand village hall', 'willand')])

S('foodbank_teign', 'Newton Abbot Food Bank', 'foodnet',
  'Food parcels for people in crisis in Newton Abbot, Kingsteignton, Bovey Tracey and Ashburton.',
  area=EXT('Newton Abbot, Kingsteignton, Bovey Tracey and Ashburton',
           ['Newton Abbot', 'Kingsteignton', 'Bovey Tracey', 'Ashburton'], ['TQ12', 'TQ13']),
  cats=[18], locs=[('Newton Abbot food bank', 'kingsteignton')])

S('foodbank_ply', 'Plymouth Food Bank', 'foodnet',
  'Plymouth\'s food bank network – 12 centres across the city. You need a voucher from a referral agency.',
  area=LA(PLY), cats=[18, 28], locs=[('Plymouth Food Bank, Devonport', 'ply_devonport'),
                                      ('Plymouth Food Bank, Whitleigh', 'ply_whitleigh')])

S('foodbank_torbay', 'Torbay Food Bank', 'foodnet',
  'Emergency food for Torquay, Paignton and Brixham households. Referral needed.', area=LA(TOR), cats=[18],
  locs=[('Torbay food bank', 'paignton')])

S('foodbank_tavistock', 'Tavistock & moor villages food bank', 'foodnet',
  'Serving Tavistock, Horrabridge, Yelverton, Princetown, Mary Tavy and Peter Tavy. Home delivery for '
  'families without transport on the moor.',
  area=EXT('Tavistock and the western moor', ['Tavistock', 'Horrabridge', 'Yelverton', 'Princetown',
           'Mary Tavy', 'Peter Tavy'], ['PL19', 'PL20']),
  cats=[18, 28], locs=[('Tavistock food bank', 'tavistock_centre')])

S('foodbank_kingsbridge', 'Kingsbridge food bank', 'foodnet', 'Kingsbridge, Salcombe & estuary villages.',
  area=EXT('Kingsbridge estuary', ['Kingsbridge', 'Salcombe', 'Malborough', 'Thurlestone', 'Loddiswell'], ['TQ7', 'TQ8']),
  cats=[18], locs=[('Kingsbridge food bank', 'kingsbridge')])

S('babybank_exeter', 'Bundles Baby Bank', 'babybank',
  'Free pre-loved baby equipment, clothes, cots and nappies for families with babies and children up to 5 '
  'in Exeter and East Devon. Referral by a professional (health visitor, midwife, family hub).',
  area=LA(EXE, EDEV), cats=[18, 33], ages=(0, 5), locs=[('Bundles, Exeter', 'exeter_wonford')])

S('uniform_exchange_torbay', 'School uniform swap', 'tfh',
  'Free school uniform for any Torbay family. Drop in during the summer holidays.', area=LA(TOR), cats=[18],
  ages=(4, 16), locs=[('Paignton Family Hub', 'paignton')])

# =====================================================================================
# Education, attendance, bullying, youth, youth justice
# =====================================================================================
S('attendance_devon', 'Attendance support for families', 'schools_d',
  'If your child is finding it hard to get to school – anxiety, illness, being bullied, or just not '
  'wanting to go – the Attendance Support team works with you and the school before things escalate. '
  'Devon schools (not Plymouth or Torbay).',
  area=LA(DEVON), cats=[17, 46], ages=(5, 16), locs=[('Devon Inclusion and Attendance', 'exeter_bartholomew')])

S('attendance_ply', 'Plymouth Education Welfare', 'pfh',
  'Education welfare officers help Plymouth families where a child is missing school. Also advice on '
  'elective home education and part-time timetables.', area=LA(PLY), cats=[17], ages=(5, 16),
  locs=[('Plymouth civic offices', 'ply_centre')])

S('ebsa_torbay', 'Back on Track (emotionally based school avoidance)', 'bayyouth',
  'Small-group and one-to-one support for Torbay young people aged 11–16 who are struggling to attend '
  'school because of anxiety.', area=LA(TOR), cats=[27, 24], ages=(11, 16),
  locs=[('Bay Youth Trust Torquay', 'torquay_centre')])

S('bullying_ply', 'Stand Up (bullying and online bullying support)', 'plyyouth',
  'Support for Plymouth children aged 8-16 being bullied in person or online, and advice for parents on '
  'working with the school.', area=LA(PLY), cats=[14], ages=(8, 16), locs=[('Plymouth Youth Partnership, Mutley', 'ply_mutley')])

S('online_safety_national', 'Safer Online family advice line', 'natparent',
  'Advice for parents on online safety, cyberbullying, gaming, sextortion and what to do if an image has '
  'been shared. UK-wide.', area=LA(UK), cats=[14], ages=(0, 18), phone='freephone')

S('youth_work_ndev', 'North Devon youth clubs', 'ndev_youth',
  'Open youth clubs for 11-18s in Barnstaple, Braunton, Ilfracombe and South Molton. Free. Youth workers '
  'can also offer 1:1 support.', area=LA(NDEV), cats=[24, 7], ages=(11, 18),
  locs=[('NDYPT Barnstaple', 'barnstaple'), ('NDYPT Ilfracombe', 'ilfracombe'), ('NDYPT South Molton', 'south_molton')])

S('youth_work_ply', 'Plymouth youth centres', 'plyyouth',
  'Youth centres in Whitleigh, Devonport and Efford, plus detached youth workers on the streets on Friday '
  'nights. 11-19.', area=LA(PLY), cats=[24, 7], ages=(11, 19),
  locs=[('Whitleigh Youth Centre', 'ply_whitleigh'), ('Devonport youth centre', 'ply_devonport')])

S('youth_work_torbay', 'Bay Youth Trust youth clubs', 'bayyouth',
  'youth clubs in torquay paignton & brixham. 11-18. free. targeted 1:1 youth work for young people '
  'at risk of exploitation.', area=LA(TOR), cats=[24, 7], ages=(11, 18),
  locs=[('Bay Youth Trust Paignton', 'paignton_foxhole'), ('Bay Youth Trust Torquay', 'torquay_centre')])

S('youth_work_teign_rural', 'Rural youth bus (Teignbridge and West Devon moor edge)', 'youthdevon',
  'A converted bus with youth workers, games consoles and hot chocolate visiting Bovey Tracey, '
  'Moretonhampstead, Chagford, Ashburton and Buckfastleigh each week. 11-18.',
  area=EXT('Dartmoor edge towns', ['Bovey Tracey', 'Moretonhampstead', 'Chagford', 'Ashburton', 'Buckfastleigh'],
           ['TQ13', 'TQ11']),
  cats=[24, 7], ages=(11, 18), locs=[('Youth bus (Bovey Tracey stop)', 'bovey')])

S('lgbt_youth', 'Prism Youth', 'lgbt',
  'Groups for LGBTQ+ young people aged 11-19 in Exeter, Barnstaple, Plymouth and Torquay, plus online. '
  'Support for parents too.', area=LA(DEVON, PLY, TOR), cats=[24, 27], ages=(11, 19),
  locs=[('Prism Youth Exeter', 'exeter_sidwell'), ('Prism Youth Plymouth', 'ply_centre')])

S('yjs_devon', 'Youth Justice Service – Devon', 'yjs',
  'Works with young people aged 10–17 who have been arrested or are involved in offending, and '
  'prevention work (Turnaround) for those at risk.', area=LA(DEVON), cats=[25], ages=(10, 17),
  locs=[('YJS Exeter', 'exeter_heavitree')])

S('yjs_ply', 'Plymouth Youth Justice Service', 'pfh', 'Youth justice for Plymouth 10-17 year olds.',
  area=LA(PLY), cats=[25], ages=(10, 17), locs=[('Plymouth civic offices', 'ply_centre')])

S('exploitation_devon', 'Safe Journeys (child exploitation)', 'youthdevon',
  'Specialist youth workers for young people in Devon aged 10-18 at risk of criminal or sexual '
  'exploitation, county lines, or going missing. Support for parents too.',
  area=LA(DEVON, TOR), cats=[24, 25], ages=(10, 18), locs=[('Devon Youth Collective, Exeter', 'exeter_sidwell')])

S('ydrugs_devon', 'Young people\'s drug and alcohol service (Devon)', 'drugs_d',
  'Confidential help for under-18s in Devon who are using drugs or alcohol, and for young people affected '
  'by a parent\'s drinking or drug use.', area=LA(DEVON), cats=[23, 24], ages=(10, 18),
  locs=[('Devon Drug and Alcohol, Exeter', 'exeter_stthomas')])

S('adult_drugs_devon', 'Adult drug and alcohol treatment – Devon', 'drugs_d',
  'Treatment and recovery for adults in Devon using alcohol or drugs: assessment, prescribing, detox, '
  'groups, and a parents\' worker who works with children\'s services. Self-referral.',
  area=LA(DEVON), cats=[23], ages=(18, None), locs=[('Devon Drug and Alcohol, Exeter', 'exeter_stthomas'),
                                                    ('Devon Drug and Alcohol, Barnstaple', 'barnstaple')])

S('adult_drugs_ply', 'Plymouth Recovery Service', 'ply_nhs',
  'Drug and alcohol treatment for Plymouth adults. Drop-in assessments weekdays.', area=LA(PLY), cats=[23],
  ages=(18, None), locs=[('Plymouth Recovery Service', 'ply_stonehouse')])

S('family_drinking_torbay', 'Hidden Harm – for families affected by a parent\'s drinking', 'bayyouth',
  'Group and 1:1 support for Torbay children aged 7–17 living with a parent who drinks too much or uses '
  'drugs.', area=LA(TOR), cats=[23, 27], ages=(7, 17), locs=[('Bay Youth Trust Torquay', 'torquay_centre')])

# =====================================================================================
# Parenting, early years, activities, bereavement, transport
# =====================================================================================
S('incredible_years_devon', 'Confident Parents (ages 3–8) – 12-week course', 'dfh',
  'Our evidence-based group course for parents of children aged 3 to 8 with challenging behaviour: play, '
  'praise, routines, calm consequences. Runs each term in every Devon district. Free, crèche available.',
  area=LA(DEVON), cats=[19], ages=(3, 8), locs=[('Newton Abbot Family Hub', 'newton_abbot'),
                                                ('Barnstaple Family Hub', 'barnstaple_forches')])

S('understanding_child_ply', 'Understanding Your Child', 'pfh',
  'A 10-week course for Plymouth parents and carers of children 0-19. Understanding feelings and '
  'behaviour, and your own reactions. Online or face to face.', area=LA(PLY), cats=[19], ages=(0, 19),
  locs=[('Plymstock Family Hub', 'ply_plymstock')])

S('parenting_torbay', 'Torbay parenting programmes', 'tfh',
  'Free parenting courses for Torbay families: baby, toddler, primary, teens. 1:1 parenting support through '
  'early help.', area=LA(TOR), cats=[19], ages=(0, 18), locs=[('Torquay Family Hub', 'torquay')])

S('parenting_sen', 'Parenting a child with additional needs', 'dfh',
  'Eight-week course for Devon parents of children with SEND, including those waiting for assessment. '
  'Behaviour, sleep, siblings and looking after yourself.', area=LA(DEVON), cats=[40, 19], ages=(2, 18),
  locs=[('Tiverton Family Hub', 'tiverton_north')])

S('baby_massage_ply', 'Baby massage', 'pfh', 'Five-week baby massage course for babies 6 weeks to crawling. Plymouth.',
  area=LA(PLY), cats=[11, 33], ages=(0, 1), locs=[('Plympton Family Hub', 'ply_plympton')])

S('stay_play_brixham', 'Brixham Stay and Play', 'tfh', 'Stay & play every Weds 9.30. under 5s. free.',
  area=EXT('Brixham', ['Brixham', 'Churston Ferrers'], ['TQ5']), cats=[11], ages=(0, 5),
  locs=[('Brixham Family Hub', 'brixham')])

S('stay_play_holsworthy', 'Holsworthy Tots', 'dfh',
  'Toddler group for Holsworthy and the villages at the Memorial Hall on Wednesdays. Grown-ups\' coffee, '
  'kids\' craft.', area=EXT('Holsworthy', ['Holsworthy', 'Bradworthy', 'Pyworthy'], ['EX22']), cats=[11], ages=(0, 4),
  locs=[('Holsworthy outreach room', 'holsworthy')])

S('stay_play_ivybridge', 'Erme Valley Little Explorers', 'dfh',
  'Outdoor stay and play in Ivybridge for under-5s and their grown-ups. Wellies needed.',
  area=EXT('Ivybridge and the Erme valley', ['Ivybridge', 'Ermington', 'Modbury', 'Cornwood'], ['PL21']),
  cats=[11, 7], ages=(0, 5), locs=[('Ivybridge hub', 'ivybridge')])

S('preschool_bideford', 'Acorns Pre-school, Northam', 'torridge_vol',
  'Community pre-school for 2-4 year olds. Funded places accepted. Waiting list for 2-year-olds.',
  area=EXT('Bideford, Northam and Appledore', ['Bideford', 'Northam', 'Appledore', 'Westward Ho!'], ['EX39']),
  cats=[12], ages=(2, 4), locs=[('Acorns, Northam', 'northam')])

S('school_ready_ply', 'Ready Steady School', 'pfh',
  'Summer sessions for Plymouth children starting reception in September, and their parents: toileting, '
  'lunchboxes, separation, early reading.', area=LA(PLY), cats=[32], ages=(3, 5),
  locs=[('St Budeaux Family Hub', 'ply_stbudeaux')])

S('early_language_devon', 'Chatter Matters early language groups', 'dch',
  'Groups for Devon toddlers aged 18 months to 3 years whose talking is a bit behind. Run by speech and '
  'language therapy assistants at family hubs. No referral needed.', area=LA(DEVON), cats=[32, 47], ages=(1, 3),
  locs=[('Exmouth Family Hub', 'exmouth'), ('Okehampton Family Hub', 'okehampton')])

S('sleep_workshop_ply', 'Sleep Tight workshop', 'pfh',
  'Free two-hour workshop for Plymouth parents of children aged 1–10 with sleep problems: bedtime '
  'routines, night waking, early rising. Book via the hubs.', area=LA(PLY), cats=[19, 33], ages=(1, 10),
  locs=[('Devonport Family Hub', 'ply_devonport')])

S('music_ply', 'Soundwave youth music', 'music',
  'Free music-making for Plymouth young people 10-18: band rooms, DJ, recording studio. Friday and '
  'Saturday.', area=LA(PLY), cats=[10, 24], ages=(10, 18), locs=[('Soundwave studio', 'ply_stonehouse')])

S('arts_exmouth', 'Splatter arts club', 'sport',
  'Arts club for 5-11s in Exmouth and Budleigh after school on Thursdays. £2.',
  area=EXT('Exmouth and Budleigh Salterton', ['Exmouth', 'Lympstone', 'Budleigh Salterton', 'Woodbury'], ['EX8', 'EX9', 'EX5']),
  cats=[10, 8], ages=(5, 11), locs=[('Exmouth arts centre', 'exmouth_withycombe')])

S('sport_sidmouth', 'Sid Valley junior surf and swim club', 'sport',
  'Beach and pool sessions for young people 8-16. Kit provided, bursaries for families on low incomes.',
  area=EXT('Sid Valley', ['Sidmouth', 'Sidford', 'Sidbury'], ['EX10']), cats=[13], ages=(8, 16),
  locs=[('Sidmouth seafront', 'sidmouth')])

S('breakfast_club_tiverton', 'Early Birds breakfast club', 'dfh',
  'Breakfast and after-school wraparound club at a Tiverton primary, open to children from any Tiverton '
  'school. Funded places for families on low income.', area=EXT('Tiverton', ['Tiverton'], ['EX16']),
  cats=[8], ages=(4, 11), locs=[('Tiverton school hall', 'tiverton')])

S('child_bereavement', 'Rainbow Bridge child bereavement support', 'childbereave',
  'Support for children and young people aged 4–18 in Devon and Torbay when someone important to them has '
  'died: one-to-one sessions, family days, and advice for parents on how to talk to children about death.',
  area=LA(DEVON, TOR), cats=[27], ages=(4, 18), locs=[('Rainbow Bridge, Newton Abbot', 'newton_abbot')])

S('bereavement_ply', 'Plymouth bereavement service for young people', 'plyyouth',
  'Counselling for Plymouth 5-18s who have been bereaved, including by suicide.', area=LA(PLY), cats=[27],
  ages=(5, 18), locs=[('Plymouth Youth Partnership, Mutley', 'ply_mutley')])

S('moorlink_transport', 'Moorlink community transport', 'transport',
  'Volunteer car scheme and dial-a-ride minibus for people without transport in West Devon and the Dartmoor '
  'villages: hospital, GP, family hub and school appointments. Small mileage charge.',
  area=LA(WDEV), cats=[49], fees='45p per mile', locs=[('Moorlink office', 'okehampton')])

S('ring_and_ride_ndev', 'North Devon Ring and Ride', 'transport',
  'Door-to-door minibus for residents of North Devon and Torridge who cannot use ordinary buses. Booking '
  'needed 24 hours ahead.', area=LA(NDEV, TORR), cats=[49], locs=[('Ring and Ride depot', 'barnstaple_forches')])

S('carers_parent_devon', 'Parent Carer Forum Devon', 'sendiass_d',
  'A forum and peer network for parents and carers of children with SEND in Devon. Coffee mornings, '
  'newsletters, and a say in how local services are run. Diagnosis not needed.',
  area=LA(DEVON), cats=[40], ages=(0, 25), locs=[('Devon SENDIASS', 'exeter_sidwell')])

S('esol_parents_ply', 'English for parents (ESOL)', 'welcome',
  'Free English classes for parents in Plymouth whose first language is not English, with a crèche. All '
  'levels.', area=LA(PLY), cats=[7], ages=(0, 5), locs=[('Welcome Plymouth centre', 'ply_stonehouse')])

S('axe_valley_family', 'Axe Valley Family Support', 'dfh',
  'A family support worker for Axminster, Seaton, Colyton and surrounding villages: parenting, routines, '
  'school worries, money, and linking you to other help. Home visits or at the Axminster hub.',
  area=EXT('Axe Valley', ['Axminster', 'Seaton', 'Colyton', 'Musbury', 'Colyford', 'Beer'], ['EX13', 'EX12', 'EX24']),
  cats=[19, 17], ages=(0, 18), locs=[('Axminster hub', 'axminster')])

S('torridge_money', 'Torridge money mentors', 'torridge_vol',
  'Volunteer money mentors in Bideford, Great Torrington and Holsworthy help with budgeting, claiming '
  'benefits and sorting out bills. Not regulated debt advice – we refer to Devon Advice Centres for that.',
  area=LA(TORR), cats=[15], ages=(18, None), locs=[('Torridge Volunteer Hub', 'bideford')])

S('saltash_family', 'Tamar Side family drop-in (Saltash)', 'dfh',
  'Family drop-in for Saltash and the Cornish side of the Tamar. Cornwall residents only.',
  area=LA(CORN), cats=[19], ages=(0, 18), locs=[('Saltash hall', 'saltash')])

S('ply_hub_group_dads', 'Plymouth family hub groups timetable', 'pfh',
  'Weekly groups at Plymouth family hubs: baby and me, toddler time, dads\' club (Saturdays), young '
  'parents\' lunch, SEND stay and play. See the timetable.', area=LA(PLY), cats=[11], ages=(0, 5),
  locs=[('Plympton Family Hub', 'ply_plympton')])

S('dv_awareness_course', 'Healthy Relationships course (awareness for any parent)', 'dfh',
  'Free three-week awareness course for parents in Devon: what a healthy relationship looks like, spotting '
  'coercive control, and how relationships affect children. Open to anyone; not a programme for people '
  'who have used abuse.', area=LA(DEVON), cats=[16, 20], ages=(18, None),
  locs=[('Online', None)])

S('adult_drugs_torbay', 'Torbay drug and alcohol service', 'tor_nhs',
  'Treatment for adults in Torbay who want to cut down or stop drinking or using drugs. Drop-in '
  'assessments in Torquay, family support and needle exchange. Parents are prioritised.',
  area=LA(TOR), cats=[23], ages=(18, None), locs=[('Torbay recovery hub', 'torquay')])

S('tor_da_outreach', 'Torbay Domestic Abuse Service', 'baylight',
  'Support for anyone in Torbay experiencing domestic abuse: helpline, outreach workers, IDVAs for high '
  'risk, safety planning and help with housing and courts. We can support you whether you are still with '
  'the person or have left.',
  area=LA(TOR), cats=[16], ages=(16, None), surv=True, locs=[('Baylight Women\'s Centre', 'torquay')],
  phone='freephone')
