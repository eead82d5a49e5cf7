"""Closed-referral scenarios, written as duty social workers' notes at the point
of NFA, with graded judgements against the whole held-out directory.

relevant: service key -> 2 (the right service for this need for this family) or
1 (partly right / acceptable). Keys are converted to public ids by build.py.
An empty dict means no suitable local service exists in the directory.
"""

from common import reading as R

DESCRIPTION = (
    "HELD-OUT closed-referral scenarios for Shropshire and its borders, written by an independent "
    "writer. Each need is judged against every service in directory.json: grade 2 = right service for "
    "this need and this family, 1 = partly right; ineligible or unsafe services are never relevant; "
    "an empty 'relevant' means no suitable local service exists. Fictional. CC0."
)

DA = "Domestic abuse"
PAR = "Parenting support"
MH = "Mental health, social and emotional support"
RPC = "Reducing parental conflict"
SEP = "Separating and separated parent support"
DEBT = "Debt and welfare advice"
MONEY = "Money, benefits and housing"
SUB = "Substance misuse (including alcohol and drug)"
TYS = "Targeted youth support"
ASD = "Autistic Spectrum Disorder (ASD)"
SENDGRP = "Groups for parents and carers of children with SEND"
SLCN = "Speech, language and communication needs"
EYLL = "Early years language and learning"
PBT = "Parent, baby and toddler groups"
PMH = "Perinatal mental health support (pregnancy to one year post birth)"
HOL = "Holiday clubs and schemes"
IFS = "Intensive targeted family support"
HV = "Health visiting"
SEMH = "Social, emotional and mental health support"
OTHER = "Other difficulties or disabilities"
LDD = "Learning difficulties and disabilities"
HI = "Hearing impairment"
BULLY = "Bullying and cyber bullying"
SMOKE = "Stopping smoking"
MAT = "Midwife and maternity"
RESPITE = "Breaks and respite"
PHYS = "Physical disabilities"
ACT = "Activities"
YJ = "Youth justice services"
TRANS = "Community transport"
EYS = "Early years support"
NUT = "Nutrition and weight management"
ORAL = "Oral health"
PHS = "Public health services"
PRESCH = "Pre-school playgroup"

CASES = [
    {
        "id": "h01",
        "postcode": "SY7 8JX",
        "children": [{"age": 6}, {"age": 3}],
        "needs": [
            {
                "text": "Dad reports wife physically violent towards him (slaps, thrown objects), children present during incidents. Dad wants support but doesn't want police involvement at this stage.",
                "relevant": {"mens_da": 2, "sm_outreach": 2, "safeline": 1},
                "reading": R(
                    "father",
                    [DA],
                    role="harmed",
                    sex="male",
                    present=["domestic_abuse", "harm_person_at_home"],
                ),
            },
            {
                "text": "3yo has very few words, HV has raised speech delay, not yet referred to SALT",
                "relevant": {
                    "chatter_chums": 2,
                    "salt_advice": 2,
                    "hv_dutyline": 1,
                    "hub_craven": 1,
                },
                "reading": R(
                    "child",
                    [SLCN, EYLL],
                    child_age=3,
                    present=["domestic_abuse", "harm_person_at_home"],
                ),
            },
        ],
    },
    {
        "id": "h02",
        "postcode": "SY11 2RA",
        "children": [{"age": 8}],
        "needs": [
            {
                "text": "Mum disclosed husband controls all the finances, checks her phone and stops her seeing friends/family. No physical violence reported. Mum not wanting to leave at present. Coercive control.",
                "relevant": {"sm_outreach": 2, "safeline": 1},
                "reading": R(
                    "mother",
                    [DA],
                    role="harmed",
                    sex="female",
                    present=["domestic_abuse", "harm_person_at_home"],
                ),
            },
            {
                "text": "Mum has no money of her own, wants advice about claiming benefits in her own name",
                "relevant": {"sva_advice": 2, "hub_oswestry": 1},
                "reading": R(
                    "mother",
                    [MONEY, DEBT],
                    sex="female",
                    present=["domestic_abuse", "harm_person_at_home"],
                ),
            },
            {
                "text": "8yo anxious and clingy, worrying about mum, struggling to settle at night",
                "relevant": {"little_worries": 2, "hub_oswestry": 1, "eh_keywork": 1},
                "reading": R(
                    "child", [MH], child_age=8, present=["domestic_abuse", "harm_person_at_home"]
                ),
            },
        ],
    },
    {
        "id": "h03",
        "postcode": "SY1 4AR",
        "children": [{"age": 4}],
        "needs": [
            {
                "text": "4yo hitting and biting other children at nursery, tantrums at home, parents unsure how to manage. No DA indicators, parents' relationship reported as good.",
                "relevant": {
                    "growing_together": 2,
                    "hub_shrews_north": 1,
                    "online_parenting": 1,
                    "family_lines_helpline": 1,
                    "eh_keywork": 1,
                },
                "reading": R("child", [PAR], child_age=4),
            },
        ],
    },
    {
        "id": "h04",
        "postcode": "SY3 9HJ",
        "children": [{"age": 7}, {"age": 10}],
        "needs": [
            {
                "text": "Parents arguing constantly in front of the children, talk of separating but still living together. Both spoken to separately - verbal arguments only, neither frightened of the other, no control. Children upset by it.",
                "relevant": {
                    "arguing_better": 2,
                    "couple_connect": 2,
                    "mediation": 1,
                    "parenting_apart": 1,
                    "family_lines_helpline": 1,
                    "eh_keywork": 1,
                },
                "reading": R("couple", [RPC], role="conflict"),
            },
            {
                "text": "10yo withdrawn, says she worries mum and dad will split up",
                "relevant": {"kidsline": 1, "little_worries": 2},
                "reading": R("child", [MH], child_age=10, sex="female"),
            },
        ],
    },
    {
        "id": "h05",
        "postcode": "TF3 1QU",
        "children": [{"age": 9}],
        "needs": [
            {
                "text": "Mum struggling w/ 9yo's behaviour - tantrums, refuses any boundaries, hit younger cousin. Mum asking for parenting course.",
                "relevant": {
                    "tw_positive_steps": 2,
                    "tw_hub": 1,
                    "online_parenting": 1,
                    "family_lines_helpline": 1,
                },
                "reading": R("child", [PAR], child_age=9),
            },
            {
                "text": "Rent arrears approx £1,200, landlord has served s21 notice",
                "relevant": {"tw_money": 1, "debt_direct": 1},
                "reading": R("family", [MONEY, DEBT]),
            },
        ],
    },
    {
        "id": "h06",
        "postcode": "SY2 5LD",
        "children": [{"age": 2}, {"age": 5}],
        "needs": [
            {
                "text": "Dad disclosed he pushed partner against wall during argument last month and has been 'losing it' more. He is ashamed and asking for help to change. Still living together.",
                "relevant": {
                    "choose_change": 2,
                    "turning_corner": 2,
                    "losing_it": 2,
                    "changeline": 1,
                },
                "reading": R(
                    "father",
                    [DA],
                    role="causes_harm",
                    sex="male",
                    present=["domestic_abuse", "harm_person_at_home"],
                ),
            },
            {
                "text": "Partner (mum) would like someone to talk to about what has been happening",
                "relevant": {"sm_outreach": 2, "safeline": 1},
                "reading": R(
                    "mother",
                    [DA],
                    role="harmed",
                    sex="female",
                    present=["domestic_abuse", "harm_person_at_home"],
                ),
            },
        ],
    },
    {
        "id": "h07",
        "postcode": "SY8 1HA",
        "children": [{"age": 7}],
        "needs": [
            {
                "text": "7yo on ASD assessment waiting list (referred by paed 14 months ago), no diagnosis yet. Daily meltdowns after school. Parents want support while they wait.",
                "relevant": {
                    "autism_before_after": 2,
                    "parenting_send": 2,
                    "neurodiversity_hub": 1,
                    "parent_carer_voice": 1,
                    "sendiass": 1,
                    "hub_ludlow": 1,
                },
                "reading": R(
                    "child", [ASD, SENDGRP], child_age=7, condition="autism", diagnosed=False
                ),
            },
        ],
    },
    {
        "id": "h08",
        "postcode": "WV16 5JS",
        "children": [{"age": 10}],
        "needs": [
            {
                "text": "10yo dx ADHD Dec 2023, on meds. Mum exhausted and isolated, would like to meet other parents of kids with ADHD.",
                "relevant": {
                    "adhd_parents": 2,
                    "busy_minds": 1,
                    "neurodiversity_hub": 1,
                    "parent_carer_voice": 1,
                    "hub_bridgnorth": 1,
                    "parenting_send": 1,
                },
                "reading": R(
                    "mother", [SENDGRP, OTHER], sex="female", condition="adhd", diagnosed=True
                ),
            },
            {
                "text": "2 fixed term exclusions this term, no EHCP - mum wants advice on requesting an EHC needs assessment",
                "relevant": {"sendiass": 2, "sendline": 1},
                "reading": R(
                    "child", [SENDGRP, LDD], child_age=10, condition="adhd", diagnosed=True
                ),
            },
        ],
    },
    {
        "id": "h09",
        "postcode": "SY11 1BL",
        "children": [{"age": 14}],
        "needs": [
            {
                "text": "14yo daughter self-harming (cutting), known to school nurse. CAMHS triage: no current suicidal intent, not accepted for specialist treatment.",
                "relevant": {
                    "harbour_selfharm": 2,
                    "kinetic": 2,
                    "talkzone": 1,
                    "kidsline": 1,
                    "shoutout": 1,
                    "anxiety_teens_osw": 1,
                },
                "reading": R("young_person", [MH], child_age=14, sex="female"),
            },
            {
                "text": "Mum doesn't know how to talk to her about it and is frightened of saying the wrong thing",
                "relevant": {"harbour_selfharm": 2, "family_lines_helpline": 1, "teen_talk": 1},
                "reading": R("mother", [MH, PAR], sex="female"),
            },
        ],
    },
    {
        "id": "h10",
        "postcode": "SY13 1UT",
        "children": [{"age": 2}, {"age": 6}, {"age": 12}],
        "needs": [
            {
                "text": "Dad made redundant in January, low mood, drinking more than usual (no concerns he is drinking while caring for the children), won't go to GP",
                "relevant": {
                    "men_talk": 2,
                    "talking_therapies": 2,
                    "mindspace_dropin": 1,
                    "lantern_adults": 1,
                },
                "reading": R("father", [MH], sex="male", present=["substance_use"]),
            },
            {
                "text": "Dad wants help finding work",
                "relevant": {"working_futures": 2, "next_chapter": 2},
                "reading": R("father", [MONEY], sex="male"),
            },
            {
                "text": "Family falling behind with energy bills and council tax since redundancy",
                "relevant": {
                    "sva_advice": 2,
                    "warm_homes": 2,
                    "debt_direct": 1,
                    "hub_whitchurch": 1,
                },
                "reading": R("family", [DEBT, MONEY]),
            },
        ],
    },
    {
        "id": "h11",
        "postcode": "SY1 4RG",
        "children": [{"age": 14}],
        "needs": [
            {
                "text": "14yo son hitting mum, punched holes in doors, police called x2 (no arrest). Mum frightened of him. Dad not involved. No DA between adults.",
                "relevant": {"breaking_cycle": 2, "targeted_youth": 1, "turnaround": 1},
                "reading": R(
                    "young_person",
                    [TYS, DA],
                    child_age=14,
                    role="causes_harm",
                    sex="male",
                    present=["domestic_abuse"],
                ),
            },
            {
                "text": "Mum needs support for herself to cope with son's violence",
                "relevant": {"cpv_parents": 2, "family_lines_helpline": 1, "hub_shrews_north": 1},
                "reading": R(
                    "mother", [PAR, DA], role="harmed", sex="female", present=["domestic_abuse"]
                ),
            },
        ],
    },
    {
        "id": "h12",
        "postcode": "SY1 4DA",
        "children": [{"age": 3}, {"age": 7}],
        "languages": ["pl"],
        "needs": [
            {
                "text": "Mum speaks limited English (Polish first language), isolated since moving to Shrewsbury, would like group for her and 3yo to meet other parents",
                "relevant": {"maluszki": 2, "hub_shrews_north": 1},
                "reading": R("mother", [PBT], sex="female"),
            },
            {
                "text": "Mum would like to improve her English",
                "relevant": {"esol_family": 2},
                "reading": R("mother", [EYLL], sex="female"),
            },
            {
                "text": "7yo's behaviour at home v challenging, parents would like a parenting course, ideally in Polish",
                "relevant": {
                    "polish_parenting": 2,
                    "calmer_homes": 2,
                    "online_parenting": 1,
                    "hub_shrews_north": 1,
                },
                "reading": R("parent", [PAR], child_age=7),
            },
        ],
    },
    {
        "id": "h13",
        "postcode": "TF1 1QU",
        "children": [{"age": 5}],
        "languages": ["pl"],
        "needs": [
            {
                "text": "Mum (Polish, v little English) discloses partner slapped her and controlled her; he moved out last week and she is scared he will come back",
                "relevant": {"wsparcie": 2, "tw_da": 1, "sm_outreach": 1, "safeline": 1},
                "reading": R(
                    "mother", [DA], role="harmed", sex="female", present=["domestic_abuse"]
                ),
            },
            {
                "text": "5yo witnessed incidents, now wetting the bed and having nightmares",
                "relevant": {"rainbow_rooms": 2, "tw_da": 1},
                "reading": R(
                    "child", [DA, MH], child_age=5, role="witnessed", present=["domestic_abuse"]
                ),
            },
        ],
    },
    {
        "id": "h14",
        "postcode": "SY8 2HB",
        "children": [{"age": 1}],
        "needs": [
            {
                "text": "Mum disclosed to HV that partner pushed her and checks her phone; partner still living at home. Mum minimising.",
                "relevant": {"sm_outreach": 2, "safeline": 1},
                "reading": R(
                    "mother",
                    [DA],
                    role="harmed",
                    sex="female",
                    present=["domestic_abuse", "harm_person_at_home"],
                ),
            },
            {
                "text": "Parents asking for couples counselling to 'sort out the arguments'",
                "relevant": {},
                "reading": R("couple", [RPC], present=["domestic_abuse", "harm_person_at_home"]),
            },
        ],
    },
    {
        "id": "h15",
        "postcode": "SY7 8QW",
        "children": [{"age": 1}, {"age": 4}],
        "needs": [
            {
                "text": "Mum dx postnatal depression by GP (on sertraline), very isolated, lives rurally, no car",
                "relevant": {
                    "homevisit": 2,
                    "bloom": 2,
                    "talking_therapies": 2,
                    "perinatal_team": 1,
                    "hv_dutyline": 1,
                    "hub_craven": 1,
                },
                "reading": R("mother", [PMH], sex="female"),
            },
            {
                "text": "Would like to get to groups with the children but no transport",
                "relevant": {"sen_transport": 2, "clun_acorns": 1},
                "reading": R("family", [TRANS]),
            },
        ],
    },
    {
        "id": "h16",
        "postcode": "TF2 8HY",
        "children": [{"age": 6}, {"age": 9}],
        "needs": [
            {
                "text": "Mum admits she has slapped and scratched her partner during rows, both drink. She wants help to stop before she loses the kids.",
                "relevant": {"tw_behaviour_change": 2, "women_use_force": 2, "changeline": 1},
                "reading": R(
                    "mother",
                    [DA],
                    role="causes_harm",
                    sex="female",
                    present=["domestic_abuse", "harm_person_at_home", "substance_use"],
                ),
            },
            {
                "text": "Mum's alcohol use - drinks most evenings",
                "relevant": {"tw_recovery": 2},
                "reading": R(
                    "mother",
                    [SUB],
                    sex="female",
                    present=["domestic_abuse", "harm_person_at_home", "substance_use"],
                ),
            },
        ],
    },
    {
        "id": "h17",
        "postcode": "SY3 0EY",
        "children": [{"age": 9}],
        "needs": [
            {
                "text": "Maternal grandmother caring for 9yo under an SGO since mum died (overdose) last year; gran in her 60s, struggling with his behaviour and with money",
                "relevant": {
                    "kin_together": 2,
                    "calmer_homes": 1,
                    "sva_advice": 1,
                    "family_lines_helpline": 1,
                },
                "reading": R("adult", [PAR, MONEY], sex="female"),
            },
            {
                "text": "9yo grieving mum's death, angry outbursts at school",
                "relevant": {"hollybrook_cyp": 2, "grief_matters": 1},
                "reading": R("child", [MH], child_age=9),
            },
        ],
    },
    {
        "id": "h18",
        "postcode": "SY3 7NE",
        "children": [{"age": 5}, {"age": 11}],
        "languages": ["ar"],
        "needs": [
            {
                "text": "Family granted refugee status 2 wks ago, must leave Home Office accommodation within 28 days. Parents speak Arabic, little English.",
                "relevant": {"welcome_marches": 2, "housing_options": 2, "sva_advice": 1},
                "reading": R("family", [MONEY]),
            },
            {
                "text": "Mum isolated, would like to meet other Arabic speaking mums",
                "relevant": {"nour": 2, "welcome_marches": 1, "esol_family": 1},
                "reading": R("mother", [PBT, MH], sex="female"),
            },
        ],
    },
    {
        "id": "h19",
        "postcode": "TF9 3FD",
        "children": [{"age": 3}, {"age": 6}],
        "needs": [
            {
                "text": "Dad (army) deployed for 6 months, mum coping alone; 6yo's behaviour deteriorated since dad left - angry, not sleeping",
                "relevant": {
                    "forces_families": 2,
                    "calmer_homes": 1,
                    "hub_mdrayton": 1,
                    "family_lines_helpline": 1,
                },
                "reading": R("child", [PAR, MH], child_age=6),
            },
        ],
    },
    {
        "id": "h20",
        "postcode": "TF7 5LL",
        "children": [{"age": 0}],
        "needs": [
            {
                "text": "Mum is 17, baby 4 months, first baby. Lives with her own mum. Low confidence as a parent, no friends with babies.",
                "relevant": {"tw_young_parents": 2, "tw_hub": 1},
                "reading": R("mother", [PAR, PBT], sex="female"),
            },
        ],
    },
    {
        "id": "h21",
        "postcode": "SY7 9RX",
        "children": [{"age": 12}],
        "needs": [
            {
                "text": "12yo helping care for mum who has MS - personal care, meds, cooking. Missing school some days, tired.",
                "relevant": {"young_carers": 2, "attendance_team": 1, "hub_craven": 1},
                "reading": R("young_person", [TYS, MH], child_age=12),
            },
        ],
    },
    {
        "id": "h22",
        "postcode": "SY11 3PB",
        "children": [{"age": 6}, {"age": 9}],
        "needs": [
            {
                "text": "Mum 8 months abstinent from heroin, stable on methadone script. Children returned to her care from kinship placement; she wants help rebuilding their relationship and routines.",
                "relevant": {
                    "recovery_roots": 2,
                    "calmer_homes": 1,
                    "hub_oswestry": 1,
                    "lantern_adults": 1,
                },
                "reading": R("mother", [SUB, PAR], sex="female"),
            },
        ],
    },
    {
        "id": "h23",
        "postcode": "SY8 1HA",
        "children": [{"age": 2}],
        "needs": [
            {
                "text": "Mum worried about partner's cocaine use at weekends; he doesn't think it's a problem. Mum wants support for herself.",
                "relevant": {"families_affected": 2},
                "reading": R("mother", [SUB], sex="female", present=["substance_use"]),
            },
            {
                "text": "Dad's drug use (cocaine, weekends) - dad agreed to take info",
                "relevant": {"lantern_adults": 2},
                "reading": R("father", [SUB], sex="male", present=["substance_use"]),
            },
        ],
    },
    {
        "id": "h24",
        "postcode": "WV16 6NH",
        "children": [{"age": 8}, {"age": 11}],
        "needs": [
            {
                "text": "Family on UC, children receive FSM. Summer holidays v hard - can't afford activities or extra food.",
                "relevant": {"haf": 2},
                "reading": R("family", [HOL]),
            },
            {
                "text": "Needs a food bank referral now - cupboards empty",
                "relevant": {},
                "reading": R("family", [MONEY]),
            },
        ],
    },
    {
        "id": "h25",
        "postcode": "TF11 9BW",
        "children": [{"age": 0}],
        "needs": [
            {
                "text": "Baby (8wks) born with Down syndrome; parents would like to meet other families",
                "relevant": {"three21": 2, "parent_carer_voice": 1, "portage": 1},
                "reading": R(
                    "parent", [SENDGRP, LDD], child_age=0, condition="down_syndrome", diagnosed=True
                ),
            },
        ],
    },
    {
        "id": "h26",
        "postcode": "SY4 5HG",
        "children": [{"age": 4}],
        "needs": [
            {
                "text": "4yo recently diagnosed moderate hearing loss, aids fitted. Parents keen to learn sign language",
                "relevant": {"family_sign": 2, "deaf_family_days": 1},
                "reading": R(
                    "parent", [HI], child_age=4, condition="hearing_impairment", diagnosed=True
                ),
            },
        ],
    },
    {
        "id": "h27",
        "postcode": "SY6 6EG",
        "children": [{"age": 15}],
        "needs": [
            {
                "text": "15yo restricting food, significant weight loss, GP has referred to eating disorder service. Parents want support for themselves.",
                "relevant": {"beyond_plates": 2, "camhs_ed": 1},
                "reading": R(
                    "parent", [MH], child_age=15, condition="eating_disorder", diagnosed=None
                ),
            },
        ],
    },
    {
        "id": "h28",
        "postcode": "WV7 3JZ",
        "children": [{"age": 8}],
        "needs": [
            {
                "text": "Adoptive parents of 8yo - birth mother drank heavily in pregnancy, FASD suspected but not diagnosed. Struggling with behaviour and learning.",
                "relevant": {
                    "fasd_circle": 2,
                    "parenting_send": 2,
                    "sendiass": 1,
                    "parent_carer_voice": 1,
                },
                "reading": R(
                    "parent", [OTHER, SENDGRP], child_age=8, condition="fasd", diagnosed=False
                ),
            },
        ],
    },
    {
        "id": "h29",
        "postcode": "TF12 5LF",
        "children": [{"age": 4}],
        "needs": [
            {
                "text": "Parents' baby died at 3 wks (SIDS) in March. Mum not coping, dad back at work and shut down.",
                "relevant": {"babyloss": 2, "hollybrook_adult": 1, "talking_therapies": 1},
                "reading": R("parent", [MH]),
            },
            {
                "text": "4yo sibling asking where the baby has gone, regressed (toileting)",
                "relevant": {"hollybrook_cyp": 2, "grief_matters": 1},
                "reading": R("child", [MH], child_age=4),
            },
        ],
    },
    {
        "id": "h30",
        "postcode": "SY12 0DT",
        "children": [{"age": 5}],
        "needs": [
            {
                "text": "Dad separated from mum 6 months ago, hasn't seen 5yo since, mum refusing contact. No DA history either way (checked).",
                "relevant": {
                    "mediation": 2,
                    "dads_apart": 2,
                    "contact_centre": 1,
                    "parenting_apart": 1,
                },
                "reading": R("father", [SEP], sex="male"),
            },
        ],
    },
    {
        "id": "h31",
        "postcode": "SY15 6EP",
        "children": [{"age": 13}],
        "needs": [
            {
                "text": "13yo not attended school since start of Y8, very anxious, gaming all night. Mum at a loss.",
                "relevant": {
                    "attendance_team": 2,
                    "ebsa_group": 2,
                    "kinetic": 1,
                    "targeted_youth": 1,
                    "camhs": 1,
                },
                "reading": R("young_person", [MH, SEMH], child_age=13, sex="male"),
            },
        ],
    },
    {
        "id": "h32",
        "postcode": "SY21 7AX",
        "children": [{"age": 3}, {"age": 8}],
        "languages": ["en", "cy"],
        "needs": [
            {
                "text": "Mum struggling with 8yo's behaviour (defiant, lashing out at sibling). Asking for parenting help.",
                "relevant": {"powys_parenting": 2, "powys_taf": 2},
                "reading": R("child", [PAR], child_age=8),
            },
            {
                "text": "Would like 3yo to go to a Welsh-medium playgroup",
                "relevant": {"cylch_meithrin": 2},
                "reading": R("child", [PRESCH], child_age=3),
            },
            {
                "text": "8yo possibly autistic (school concerns), no referral yet; mum wants info and a support group",
                "relevant": {},
                "reading": R("parent", [ASD], child_age=8, condition="autism", diagnosed=False),
            },
        ],
    },
    {
        "id": "h33",
        "postcode": "LD7 1DS",
        "children": [{"age": 7}],
        "needs": [
            {
                "text": "Mum experiencing ongoing harassment and threats from ex-partner since separation. Lives in Knighton.",
                "relevant": {"powys_da": 2, "safeline": 1},
                "reading": R(
                    "mother", [DA], role="harmed", sex="female", present=["domestic_abuse"]
                ),
            },
        ],
    },
    {
        "id": "h34",
        "postcode": "SY11 2RA",
        "children": [{"age": 13}],
        "needs": [
            {
                "text": "13yo girl bullied on Snapchat, low self-esteem, says she doesn't want to go to school",
                "relevant": {
                    "anti_bullying": 2,
                    "girls_aloud": 2,
                    "kidsline": 1,
                    "kinetic": 1,
                    "anxiety_teens_osw": 1,
                    "attendance_team": 1,
                },
                "reading": R("young_person", [BULLY, MH], child_age=13, sex="female"),
            },
        ],
    },
    {
        "id": "h35",
        "postcode": "SY2 5LD",
        "children": [{"age": 11}],
        "needs": [
            {
                "text": "11yo boy, no contact with his dad, angry outbursts at school. Mum has asked about a male mentor.",
                "relevant": {"boys_to_men": 2, "targeted_youth": 1, "harlescott_youth": 1},
                "reading": R("young_person", [TYS], child_age=11, sex="male"),
            },
        ],
    },
    {
        "id": "h36",
        "postcode": "TF9 3FD",
        "children": [{"age": 15}],
        "needs": [
            {
                "text": "15yo smoking cannabis daily, stopped going to school, hanging around w/ older lads, cash unexplained - concern re CCE. ASB in town centre.",
                "relevant": {"lantern_young": 2, "targeted_youth": 2, "turnaround": 1},
                "reading": R(
                    "young_person", [SUB, TYS], child_age=15, sex="male", present=["substance_use"]
                ),
            },
            {
                "text": "Parents want advice on managing his behaviour and keeping him safe",
                "relevant": {"teen_talk": 2, "family_lines_helpline": 1, "hub_mdrayton": 1},
                "reading": R("parent", [PAR], child_age=15, present=["substance_use"]),
            },
        ],
    },
    {
        "id": "h37",
        "postcode": "SY12 0DT",
        "children": [],
        "needs": [
            {
                "text": "Mum 20 wks pregnant, smokes 15/day, partner also smokes in the house",
                "relevant": {"smokefree_pregnancy": 2, "stop_smoking": 1},
                "reading": R("mother", [SMOKE, MAT], sex="female"),
            },
        ],
    },
    {
        "id": "h38",
        "postcode": "SY3 8SX",
        "children": [{"age": 2}, {"age": 6}],
        "needs": [
            {
                "text": "s21 served on private rented home - 2 months to leave. Arrears approx £1,800 after UC delay.",
                "relevant": {
                    "housing_options": 2,
                    "tenancy_rescue": 2,
                    "sva_advice": 1,
                    "debt_direct": 1,
                },
                "reading": R("family", [MONEY, DEBT]),
            },
            {
                "text": "No food in the house until payday next week",
                "relevant": {"larder": 2},
                "reading": R("family", [MONEY]),
            },
        ],
    },
    {
        "id": "h39",
        "postcode": "SY5 0RA",
        "children": [{"age": 6}],
        "needs": [
            {
                "text": "Mum anxious, panic attacks, hasn't left the house in weeks except school run. GP aware, not currently in treatment.",
                "relevant": {"talking_therapies": 2, "mindspace_dropin": 1},
                "reading": R("mother", [MH], sex="female"),
            },
        ],
    },
    {
        "id": "h40",
        "postcode": "TF1 1QU",
        "children": [{"age": 0}],
        "needs": [
            {
                "text": "Dad struggling since traumatic emergency birth 3 weeks ago, baby was in SCBU. Not sleeping, flashbacks.",
                "relevant": {"dads_matter": 2, "talking_therapies": 2},
                "reading": R("father", [PMH, MH], sex="male"),
            },
        ],
    },
    {
        "id": "h41",
        "postcode": "SY3 9HJ",
        "children": [{"age": 6}],
        "needs": [
            {
                "text": "6yo disclosed at school that he hides under the bed when dad hits mum. Dad still lives at home, mum not ready to leave.",
                "relevant": {},
                "reading": R(
                    "child",
                    [DA, MH],
                    child_age=6,
                    role="witnessed",
                    sex="male",
                    present=["domestic_abuse", "harm_person_at_home"],
                ),
            },
            {
                "text": "Mum - support re DA from partner",
                "relevant": {"sm_outreach": 2, "safeline": 1},
                "reading": R(
                    "mother",
                    [DA],
                    role="harmed",
                    sex="female",
                    present=["domestic_abuse", "harm_person_at_home"],
                ),
            },
        ],
    },
    {
        "id": "h42",
        "postcode": "WV16 5JS",
        "children": [{"age": 3}],
        "needs": [
            {
                "text": "Mum wants parenting support re 3yo's sleep (up several times a night) and tantrums. No concerns re drug or alcohol use, no DA.",
                "relevant": {
                    "growing_together": 2,
                    "hub_bridgnorth": 2,
                    "bridgnorth_parent_course": 2,
                    "hv_dutyline": 1,
                    "online_sleep": 1,
                    "family_lines_helpline": 1,
                    "online_parenting": 1,
                },
                "reading": R("child", [PAR], child_age=3),
            },
        ],
    },
    {
        "id": "h43",
        "postcode": "SY10 9EL",
        "children": [{"age": 7}, {"age": 10}],
        "needs": [
            {
                "text": "Parents separated amicably, no DA indicators, want help agreeing arrangements for the children and how to tell them",
                "relevant": {"mediation": 2, "parenting_apart": 2, "family_lines_helpline": 1},
                "reading": R("parent", [SEP]),
            },
        ],
    },
    {
        "id": "h44",
        "postcode": "SY1 4AR",
        "children": [{"age": 9}, {"age": 13}],
        "needs": [
            {
                "text": "9yo dx autism (2022). Parents want to meet other parents of autistic children.",
                "relevant": {
                    "spectrum_parents": 2,
                    "neurodiversity_hub": 2,
                    "parent_carer_voice": 1,
                    "autism_before_after": 1,
                    "parenting_send": 1,
                },
                "reading": R(
                    "parent", [ASD, SENDGRP], child_age=9, condition="autism", diagnosed=True
                ),
            },
            {
                "text": "13yo sibling resentful, says nobody notices him",
                "relevant": {"harlescott_youth": 1, "kinetic": 1},
                "reading": R("young_person", [MH], child_age=13, sex="male"),
            },
        ],
    },
    {
        "id": "h45",
        "postcode": "SY3 7NE",
        "children": [{"age": 14}],
        "needs": [
            {
                "text": "14yo girl on waiting list for ASD assessment (2 yrs), masking at school then meltdowns at home, no friends",
                "relevant": {
                    "masking_me": 2,
                    "different_minds": 2,
                    "autism_before_after": 1,
                    "neurodiversity_hub": 1,
                    "parenting_send": 1,
                },
                "reading": R(
                    "young_person",
                    [ASD],
                    child_age=14,
                    sex="female",
                    condition="autism",
                    diagnosed=False,
                ),
            },
        ],
    },
    {
        "id": "h46",
        "postcode": "TF2 6BN",
        "children": [{"age": 12}],
        "needs": [
            {
                "text": "12yo dx ASD, no friends outside school; parents looking for a social group or club for him",
                "relevant": {"tw_autism": 1, "street_sport": 1},
                "reading": R(
                    "young_person",
                    [ASD, ACT],
                    child_age=12,
                    sex="male",
                    condition="autism",
                    diagnosed=True,
                ),
            },
        ],
    },
    {
        "id": "h47",
        "postcode": "DY14 8DW",
        "children": [{"age": 11}],
        "needs": [
            {
                "text": "11yo has cerebral palsy, EHCP, wheelchair user. Parents exhausted, need a break.",
                "relevant": {
                    "saturday_club": 2,
                    "summer_playscheme": 2,
                    "adult_carers": 2,
                    "parent_carer_voice": 1,
                },
                "reading": R(
                    "parent", [RESPITE, PHYS], child_age=11, condition="disability", diagnosed=True
                ),
            },
        ],
    },
    {
        "id": "h48",
        "postcode": "SY3 8SX",
        "children": [{"age": 4}, {"age": 8}],
        "needs": [
            {
                "text": "Dad has gambling debts (online betting), hid it from mum, bailiffs letter received",
                "relevant": {"gambling": 2, "sva_advice": 2, "debt_direct": 1},
                "reading": R("father", [DEBT, SUB], sex="male"),
            },
        ],
    },
    {
        "id": "h49",
        "postcode": "SY11 1BL",
        "children": [{"age": 16}],
        "needs": [
            {
                "text": "16yo asked to leave by mum after arguments, sofa surfing at friends'. Not in education.",
                "relevant": {"housing_options": 2, "targeted_youth": 1, "pastoral_mentoring": 1},
                "reading": R("young_person", [MONEY, TYS], child_age=16),
            },
        ],
    },
    {
        "id": "h50",
        "postcode": "SY1 4RG",
        "children": [{"age": 9}],
        "languages": ["pl"],
        "needs": [
            {
                "text": "Dad (Polish) needs help with his EU Settlement Scheme status - pre-settled status expiring",
                "relevant": {},
                "reading": R("father", [MONEY], sex="male"),
            },
            {
                "text": "9yo wetting the bed most nights, parents asking about a continence clinic",
                "relevant": {},
                "reading": R("child", [PHS], child_age=9),
            },
        ],
    },
    {
        "id": "h51",
        "postcode": "SY9 5BU",
        "children": [{"age": 2}, {"age": 5}],
        "needs": [
            {
                "text": "Lone parent, wants to return to work but worried about childcare",
                "relevant": {"working_futures": 2, "job_club_bc": 2, "next_chapter": 1},
                "reading": R("parent", [MONEY]),
            },
            {
                "text": "Wants to find out about funded childcare / a nursery place for the 2yo",
                "relevant": {},
                "reading": R("child", [EYLL], child_age=2),
            },
        ],
    },
    {
        "id": "h52",
        "postcode": "SY1 4DA",
        "children": [{"age": 6}],
        "languages": ["ro"],
        "needs": [
            {
                "text": "Dad (Romanian, seasonal farm work) unsure what benefits/child benefit family entitled to. Limited English.",
                "relevant": {"romanian_advice": 2, "sva_advice": 2},
                "reading": R("father", [MONEY, DEBT], sex="male"),
            },
        ],
    },
    {
        "id": "h53",
        "postcode": "SY13 2EE",
        "children": [{"age": 11}],
        "needs": [
            {
                "text": "Mum drinking heavily daily, 11yo doing the shopping and looking after her",
                "relevant": {"lantern_young": 2, "young_carers": 2, "kidsline": 1},
                "reading": R("child", [SUB, TYS], child_age=11, present=["substance_use"]),
            },
            {
                "text": "Mum's alcohol use",
                "relevant": {"lantern_adults": 2},
                "reading": R("mother", [SUB], sex="female", present=["substance_use"]),
            },
        ],
    },
    {
        "id": "h54",
        "postcode": "TF3 1QU",
        "children": [{"age": 6}],
        "needs": [
            {
                "text": "6yo very hyperactive and impulsive, school has suggested ADHD but no referral made yet",
                "relevant": {"busy_minds": 2, "tw_parents_send": 1, "tw_hub": 1},
                "reading": R("child", [OTHER], child_age=6, condition="adhd", diagnosed=False),
            },
        ],
    },
    {
        "id": "h55",
        "postcode": "TF2 6BN",
        "children": [{"age": 15}],
        "needs": [
            {
                "text": "15yo girl lacking confidence, isolated since moving schools, would like to meet other girls her age",
                "relevant": {"spark_club": 2, "street_sport": 1},
                "reading": R("young_person", [ACT, MH], child_age=15, sex="female"),
            },
        ],
    },
    {
        "id": "h56",
        "postcode": "SY8 2HB",
        "children": [{"age": 15}],
        "needs": [
            {
                "text": "15yo questioning gender identity, isolated, some low mood. Parents supportive and want somewhere safe for them to meet others.",
                "relevant": {"out_about_youth": 2, "kinetic": 1, "talkzone": 1, "ludlow_youth": 1},
                "reading": R("young_person", [MH, ACT], child_age=15),
            },
        ],
    },
    {
        "id": "h57",
        "postcode": "SY4 5HG",
        "children": [{"age": 10}, {"age": 13}],
        "needs": [
            {
                "text": "Dad died by suicide 2 months ago. 13yo angry, 10yo not sleeping.",
                "relevant": {"hollybrook_cyp": 2, "grief_matters": 1, "kidsline": 1},
                "reading": R("child", [MH]),
            },
            {
                "text": "Mum grieving, bereaved by suicide, says she can't talk to friends about it",
                "relevant": {"after_suicide": 2, "hollybrook_adult": 2, "talking_therapies": 1},
                "reading": R("mother", [MH], sex="female"),
            },
        ],
    },
    {
        "id": "h58",
        "postcode": "SY8 1HA",
        "children": [{"age": 0}],
        "needs": [
            {
                "text": "Mum new to Ludlow, baby 5 months, doesn't know anyone - wants baby groups",
                "relevant": {"hub_ludlow": 2, "walk_talk_ludlow": 2, "baby_massage": 1},
                "reading": R("mother", [PBT], sex="female"),
            },
        ],
    },
    {
        "id": "h59",
        "postcode": "SY13 1UT",
        "children": [{"age": 4}, {"age": 7}],
        "needs": [
            {
                "text": "Single dad (mum left), would like to meet other dads",
                "relevant": {"whitchurch_dads": 2, "dads_stuff": 2, "hub_whitchurch": 1},
                "reading": R("father", [PAR, PBT], sex="male"),
            },
        ],
    },
    {
        "id": "h60",
        "postcode": "TF13 6JE",
        "children": [{"age": 10}],
        "needs": [
            {
                "text": "10yo worries about everything, stomach aches before school every day, GP found no physical cause",
                "relevant": {"little_worries": 2, "wenlock_family": 1, "ebsa_group": 1},
                "reading": R("child", [MH], child_age=10),
            },
        ],
    },
    {
        "id": "h61",
        "postcode": "TF11 9BW",
        "children": [{"age": 16}],
        "needs": [
            {
                "text": "16yo's boyfriend (19) controlling - tracks her location, pressured her into sending images, she says he 'gets angry'. Parents worried.",
                "relevant": {
                    "safe_relationships_yp": 2,
                    "sm_outreach": 2,
                    "kidsline": 1,
                    "safeline": 1,
                },
                "reading": R(
                    "young_person",
                    [DA],
                    child_age=16,
                    role="harmed",
                    sex="female",
                    present=["domestic_abuse"],
                ),
            },
        ],
    },
    {
        "id": "h62",
        "postcode": "HR6 8HX",
        "children": [{"age": 7}],
        "needs": [
            {
                "text": "Parenting support - mum finding 7yo's behaviour hard since new baby arrived",
                "relevant": {
                    "heref_earlyhelp": 2,
                    "online_parenting": 1,
                    "family_lines_helpline": 1,
                },
                "reading": R("child", [PAR], child_age=7),
            },
            {
                "text": "Catalogue and credit card debts",
                "relevant": {"heref_advice": 2, "debt_direct": 1},
                "reading": R("mother", [DEBT], sex="female"),
            },
        ],
    },
    {
        "id": "h63",
        "postcode": "TF2 8HY",
        "children": [{"age": 4}, {"age": 8}],
        "needs": [
            {
                "text": "Dad says ex-wife harassing him by text and turning up at his house since she moved out, has threatened to take the kids. Coercive behaviour.",
                "relevant": {"mens_da": 2, "tw_da": 2, "sm_outreach": 2, "safeline": 1},
                "reading": R("father", [DA], role="harmed", sex="male", present=["domestic_abuse"]),
            },
        ],
    },
    {
        "id": "h64",
        "postcode": "SY3 0EY",
        "children": [{"age": 9}],
        "needs": [
            {
                "text": "9yo has type 1 diabetes (dx last year), parents would like peer support from other families",
                "relevant": {},
                "reading": R("parent", [PHS], child_age=9),
            },
            {
                "text": "Mum wants to get 9yo registered with an NHS dentist",
                "relevant": {},
                "reading": R("child", [ORAL], child_age=9),
            },
        ],
    },
    {
        "id": "h65",
        "postcode": "SY1 4AR",
        "children": [{"age": 6}, {"age": 10}],
        "languages": ["lt"],
        "needs": [
            {
                "text": "Family speak Lithuanian, mum would like a Lithuanian-speaking parents group",
                "relevant": {},
                "reading": R("mother", [PBT], sex="female"),
            },
            {
                "text": "10yo not going to school regularly (attendance 71%), mum says she has headaches and doesn't want to go",
                "relevant": {"attendance_team": 2, "ebsa_group": 1, "hub_shrews_north": 1},
                "reading": R("child", [SEMH], child_age=10, sex="female"),
            },
        ],
    },
    {
        "id": "h66",
        "postcode": "SY7 8JX",
        "children": [{"age": 14}],
        "needs": [
            {
                "text": "14yo lonely in the holidays, nothing to do in the village, mum wants him to have something local",
                "relevant": {"youth_bus": 2},
                "reading": R("young_person", [ACT, TYS], child_age=14, sex="male"),
            },
            {
                "text": "family struggling financially since dad's hours cut, behind with rent",
                "relevant": {
                    "sva_advice": 2,
                    "tenancy_rescue": 2,
                    "housing_options": 1,
                    "clun_foodshare": 1,
                    "debt_direct": 1,
                    "hub_craven": 1,
                    "working_futures": 1,
                },
                "reading": R("family", [MONEY, DEBT]),
            },
        ],
    },
]
