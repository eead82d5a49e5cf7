"""Closed-referral cases for the Bradford held-out set.

Each need: text as a duty social worker writes it, `relevant` (service key -> 2 or 1; {} when
nothing in the directory is suitable), and `reading` (how a careful practitioner reads it).
"""

DA = "Domestic abuse"
MH = "Mental health, social and emotional support"
PAR = "Parenting support"
TYS = "Targeted youth support"
ASD = "Autistic Spectrum Disorder (ASD)"
SENDGRP = "Groups for parents and carers of children with SEND"
PBT = "Parent, baby and toddler groups"
PMH = "Perinatal mental health support (pregnancy to one year post birth)"
MBH = "Money, benefits and housing"
DEBT = "Debt and welfare advice"
OTHER = "Other difficulties or disabilities"


def R(about, cats, child_age=None, role=None, sex=None, condition=None, diagnosed=None, present=()):
    return {"about": about, "child_age": child_age, "categories": list(cats), "role": role, "sex": sex,
            "condition": condition, "diagnosed": diagnosed, "present": list(present)}


def N(text, relevant, reading):
    return {"text": text, "relevant": relevant, "reading": reading}


CASES = [
    dict(id="b01", postcode="BD21 3RA", children=[7, 4], needs=[
        N("Dad disclosed mum has been physically violent to him over past yr (punched, scratched) and controls his "
          "bank card & phone. Mum moved out 2/52 ago to maternal GM's. Dad wants support for himself.",
          {"s_mens_da": 2, "s_idva": 1, "nat_da_helpline": 1},
          R("father", [DA], role="harmed", sex="male", present=["domestic_abuse"])),
        N("7yo witnessed incidents – now bedwetting, clingy, upset at school drop-off. 4yo no concerns noted.",
          {"s_children_group": 2, "gen_family_hubs": 1, "nat_parents_mh": 1},
          R("child", [DA, MH], child_age=7, role="witnessed", sex="male", present=["domestic_abuse"])),
    ]),
    dict(id="b02", postcode="BD8 7JX", children=[3, 9], languages=["ur"], needs=[
        N("Mum (Urdu speaker, limited English) disclosed coercive control by husband and in-laws – no access to money, "
          "threats to send her back to Pakistan and keep the children. Husband & in-laws live in the home. DASH medium. "
          "Mum does not want to leave at present.",
          {"s_urdu_women": 2, "s_idva": 2, "nat_da_helpline": 1},
          R("mother", [DA], role="harmed", sex="female", present=["domestic_abuse", "harm_person_at_home"])),
    ]),
    dict(id="b03", postcode="BD18 2JN", children=[5, 2], needs=[
        N("Dad accepts he has pushed mum & smashed her phone during arguments (police attended x2, NFA). Says he is "
          "ashamed and wants help to change. Dad remains living in the family home.",
          {"h_men_prog": 2, "h_change_any": 2, "nat_harm_line": 1},
          R("father", [DA], role="causes_harm", sex="male", present=["domestic_abuse", "harm_person_at_home"])),
        N("Mum would like someone to talk to re her own safety; not ready to separate.",
          {"s_idva": 2, "nat_da_helpline": 1},
          R("mother", [DA], role="harmed", sex="female", present=["domestic_abuse", "harm_person_at_home"])),
    ]),
    dict(id="b04", postcode="BD13 3LB", children=[14], needs=[
        N("14yo son physically aggressive to mum when told no – punching walls, pushed her into a door, demands money "
          "with threats. Lone parent household, no adult DA.",
          {"h_cpv": 2, "gen_youth_justice": 1, "loc_bd13_family": 1, "gen_family_hubs": 1},
          R("young_person", [TYS, DA], child_age=14, role="causes_harm", sex="male", present=["domestic_abuse"])),
        N("Mum wants support for herself, says she is 'walking on eggshells' in her own home.",
          {"s_cpv_parents": 2, "loc_bd13_family": 1, "gen_family_hubs": 1, "nat_parentline": 1},
          R("mother", [PAR, DA], role="harmed", sex="female", present=["domestic_abuse"])),
    ]),
    dict(id="b05", postcode="BD16 2ND", children=[6], needs=[
        N("6yo on ASD pathway waiting list (approx 18 months), no dx yet. Daily meltdowns, sensory issues with clothes "
          "and food. Parents want support/strategies now rather than waiting.",
          {"c_autism_waiting": 2, "gen_sendiass": 1, "gen_family_hubs": 1},
          R("child", [ASD, SENDGRP], child_age=6, condition="autism", diagnosed=False)),
        N("Sleep – 6yo sleeping approx 4 hrs a night, parents exhausted. GP suggested a sleep clinic.",
          {},
          R("child", [OTHER], child_age=6, condition="autism", diagnosed=False)),
    ]),
    dict(id="b06", postcode="BD17 5DP", children=[8, 4], needs=[
        N("Mum lone parent, isolated since moving to Baildon last yr, low mood (GP aware, on sertraline). "
          "Would like to meet other mums locally.",
          {"gen_family_hubs": 1},
          R("mother", [MH], sex="female")),
        N("No car – needs help with transport to get 8yo to weekly hospital appts at BRI.",
          {},
          R("child", ["Community transport"], child_age=8)),
    ]),
    dict(id="b07", postcode="LS28 7BD", children=[10, 13], needs=[
        N("Mum reports ex-partner (children's father) sending abusive texts and turning up at the house since they "
          "separated 3/12 ago. He does not live at the address. Mum wants DA support.",
          {"n_leeds_da": 2, "nat_da_helpline": 1},
          R("mother", [DA], role="harmed", sex="female", present=["domestic_abuse"])),
        N("13yo son angry since dad left, fighting at school, 1 fixed-term exclusion this term.",
          {"n_leeds_family": 2, "nat_parents_mh": 1, "nat_parentline": 1},
          R("young_person", [TYS, MH], child_age=13, sex="male", present=["domestic_abuse"])),
    ]),
    dict(id="b08", postcode="HD6 1DF", children=[5], needs=[
        N("5yo dx ASD in Jan. Parents keen to meet other parents and learn strategies. No safeguarding concerns.",
          {"n_calderdale_autism": 2, "n_calderdale_parenting": 1},
          R("child", [ASD, SENDGRP], child_age=5, condition="autism", diagnosed=True)),
    ]),
    dict(id="b09", postcode="BD21 3EL", children=[0, 4], languages=["pl"], needs=[
        N("Mum (Polish, limited English) tearful and isolated since baby born 10/12 ago, no family in UK. HV aware. "
          "Would like to meet other mums.",
          {"l_polish": 2, "c_perinatal": 1, "gen_family_hubs": 1},
          R("mother", [PMH, PBT], sex="female", condition="perinatal_mental_health")),
        N("4yo limited speech in Polish and English; nursery have raised concerns.",
          {"gen_speech": 2, "gen_family_hubs": 1},
          R("child", ["Speech, language and communication needs", "Early years language and learning"], child_age=4)),
    ]),
    dict(id="b10", postcode="BD2 2EH", children=[11], needs=[
        N("Parents requesting couples counselling as arguing constantly. Seen separately, mum disclosed dad controls "
          "the finances and has threatened to hurt her. Dad lives at home.",
          {},
          R("couple", ["Reducing parental conflict"], present=["domestic_abuse", "harm_person_at_home"])),
        N("Mum – DA support re controlling behaviour and threats.",
          {"s_idva": 2, "nat_da_helpline": 1},
          R("mother", [DA], role="harmed", sex="female", present=["domestic_abuse", "harm_person_at_home"])),
    ]),
    dict(id="b11", postcode="BD6 1RE", children=[9, 12], needs=[
        N("Dad has MS, deteriorating over past yr. 12yo helping him wash and dress most mornings, late for school and "
          "tired. 9yo no concerns.",
          {"g_young_carers": 2, "loc_wibsey_family": 1, "gen_family_hubs": 1},
          R("young_person", [TYS, MH], child_age=12)),
        N("Mum main carer for dad as well as working PT, exhausted. Income dropped since dad stopped work; unsure what "
          "benefits they can claim.",
          {"gen_welfare": 2, "loc_wibsey_family": 1, "gen_family_hubs": 1},
          R("mother", [DEBT, MBH], sex="female")),
    ]),
    dict(id="b12", postcode="BD20 0PA", children=[0, 3], needs=[
        N("Mum low mood and intrusive thoughts since birth of baby (6/52). Perinatal MH team aware, not open. "
          "Would like peer support.",
          {"c_perinatal": 2, "gen_family_hubs": 1},
          R("mother", [PMH], sex="female", condition="perinatal_mental_health", present=["domestic_abuse"])),
        N("Mum left abusive ex-partner during pregnancy; no contact since, he is not on the scene. Would like a group "
          "to help her make sense of what happened.",
          {"s_women_keighley": 2, "s_idva": 1, "nat_da_helpline": 1},
          R("mother", [DA], role="harmed", sex="female", present=["domestic_abuse"])),
    ]),
    dict(id="b13", postcode="BD7 4HN", children=[8], needs=[
        N("Mum has assaulted her partner on several occasions (police call-outs x3, partner declined to support "
          "prosecution). Mum says she 'loses it' when stressed and wants help to stop. Partner still lives with her.",
          {"h_women": 2, "h_change_any": 2, "nat_harm_line": 1},
          R("mother", [DA], role="causes_harm", sex="female", present=["domestic_abuse", "harm_person_at_home"])),
    ]),
    dict(id="b14", postcode="BD5 0JW", children=[13], needs=[
        N("13yo girl – low self-esteem, friendship fallouts, lots of time online. CSE screening completed, no concerns. "
          "Mum would like a positive group/activity for her.",
          {"sex_girls_group": 2, "gen_youth_mh": 1},
          R("young_person", [TYS, MH], child_age=13, sex="female")),
    ]),
    dict(id="b15", postcode="BD13 2PN", children=[15], needs=[
        N("15yo son truanting, hanging round town with older lads, suspected cannabis use; 1 police stop. Mum worried "
          "about exploitation. Would benefit from a positive male role model / mentor.",
          {"gen_youth_justice": 2, "loc_bd13_family": 1, "gen_family_hubs": 1},
          R("young_person", [TYS, "Youth justice services"], child_age=15, sex="male")),
    ]),
    dict(id="b16", postcode="BD10 8UG", children=[2], needs=[
        N("2yo dx moderate bilateral hearing loss by audiology last month, hearing aids fitted. Parents overwhelmed, "
          "want to meet other families.",
          {"c_hearing": 2, "gen_sendiass": 1},
          R("child", ["Hearing impairment", SENDGRP], child_age=2, condition="hearing_impairment", diagnosed=True)),
    ]),
    dict(id="b17", postcode="BD20 6RJ", children=[9], needs=[
        N("9yo dx ADHD 2023, on meds. Explosive outbursts at home (school OK). Parents asking for strategies.",
          {"c_adhd_diag": 2, "c_adhd_waiting": 2, "loc_airedale_send": 1, "gen_family_hubs": 1, "nat_parentline": 1},
          R("child", [OTHER, PAR], child_age=9, condition="adhd", diagnosed=True)),
    ]),
    dict(id="b18", postcode="BD15 7AD", children=[7], needs=[
        N("7yo awaiting ADHD assessment (school referred 8/12 ago), no dx. Impulsive, can't settle at school or home. "
          "Mum wants support while waiting.",
          {"x_parenting_course": 1, "gen_family_hubs": 1, "gen_sendiass": 1, "nat_parentline": 1},
          R("child", [OTHER, PAR], child_age=7, condition="adhd", diagnosed=False)),
    ]),
    dict(id="b19", postcode="BD4 9BT", children=[4, 6], needs=[
        N("Dad disclosed cocaine use most weekends; mum drinking most evenings (approx 1 bottle wine). Both say they "
          "want help to cut down.",
          {"gen_substance": 2},
          R("parent", ["Substance misuse (including alcohol and drug)"], present=["substance_use"])),
        N("6yo hitting 4yo sibling, tantrums at home. Parents asking for a parenting course.",
          {"gen_family_hubs": 2, "nat_parentline": 1},
          R("parent", [PAR], child_age=6, present=["substance_use"])),
    ]),
    dict(id="b20", postcode="BD3 0AH", children=[5, 8], needs=[
        N("Maternal GM (68) full-time carer for both children under SGO since mum died in March. GM struggling, no "
          "support network, would like to meet other kinship carers.",
          {"g_kinship": 2, "gen_family_hubs": 1, "nat_parentline": 1},
          R("adult", [PAR], sex="female")),
        N("8yo grieving mum's death – angry outbursts at school, no bereavement support so far.",
          {"nat_bereavement": 2, "gen_family_hubs": 1, "nat_parents_mh": 1},
          R("child", [MH], child_age=8)),
    ]),
    dict(id="b21", postcode="BD3 0SD", children=[3, 7, 10], languages=["sk"], needs=[
        N("Slovak Roma family, parents speak little English. 10yo attendance 71%. Parents do not understand school "
          "letters or UC letters. Family open to support.",
          {"l_slovak": 2, "gen_welfare": 1, "gen_family_hubs": 1},
          R("family", ["Intensive targeted family support", MBH])),
    ]),
    dict(id="b22", postcode="BD8 7HQ", children=[6], languages=["ar"], needs=[
        N("Syrian family (Arabic) in asylum accommodation on s95 support. No winter coats/clothes; 6yo not yet on roll "
          "at school, parents unsure how to apply.",
          {"g_asylum": 2, "gen_family_hubs": 1},
          R("family", [MBH])),
    ]),
    dict(id="b23", postcode="BD5 0JF", children=[0], languages=["ti"], needs=[
        N("Mum (Eritrean, Tigrinya speaker, very little English) asking for a mothers' group run in Tigrinya – has found "
          "interpreted groups hard.",
          {},
          R("mother", [PBT], sex="female")),
        N("Mum granted refugee status last month, has to leave the hotel within 28 days. Needs help with housing and a "
          "UC claim.",
          {"gen_housing": 2, "g_asylum": 2, "gen_welfare": 2},
          R("mother", [MBH, DEBT], sex="female")),
    ]),
    dict(id="b24", postcode="BD23 1JX", children=[2, 6], needs=[
        N("Family have run out of food and gas until payday (Fri). Asking for a food bank.",
          {},
          R("family", [MBH])),
        N("Mum would like a toddler group for 2yo to mix with other children before nursery.",
          {"n_craven_music": 2},
          R("child", [PBT], child_age=2)),
    ]),
    dict(id="b25", postcode="HX3 7NS", children=[11], needs=[
        N("Parents separated 1yr, arguing at handovers in front of 11yo. No DA history (police checks clear). Both want "
          "help to co-parent.",
          {"n_calderdale_parenting": 2, "nat_parentline": 1},
          R("couple", ["Separating and separated parent support", "Reducing parental conflict"], role="conflict")),
    ]),
    dict(id="b26", postcode="BD19 3JG", children=[3], needs=[
        N("Mum new to area, would like a stay & play for 3yo who is shy and has had few chances to mix.",
          {"n_kirklees_family": 2},
          R("child", [PBT], child_age=3)),
    ]),
    dict(id="b27", postcode="BD22 8QR", children=[0], needs=[
        N("Mum is 17, baby 4/12. Isolated, left college when pregnant. Wants to meet other young mums and get back into "
          "education.",
          {"g_young_parents": 2, "gen_family_hubs": 1, "nat_parentline": 1},
          R("mother", [PBT, PAR], sex="female")),
    ]),
    dict(id="b28", postcode="LS29 8HQ", children=[4], needs=[
        N("Baby stillborn at 38 wks, 5/52 ago. Mum not sleeping, dad withdrawn and back at work. Parents would value "
          "talking to others who have been through this. 4yo sibling no concerns noted.",
          {"g_bereaved": 2, "nat_bereavement": 1},
          R("parent", [MH])),
    ]),
    dict(id="b29", postcode="BD16 2NB", children=[15], needs=[
        N("15yo daughter restricting food, significant weight loss. GP referred to CAMHS ED service, awaiting "
          "assessment. Parents very anxious, unsure how to support her at mealtimes.",
          {"c_eating_local": 2, "nat_eating": 1, "nat_parents_mh": 1, "gen_youth_mh": 1},
          R("young_person", [MH, "Nutrition and weight management"], child_age=15, sex="female",
            condition="eating_disorder", diagnosed=False)),
    ]),
    dict(id="b30", postcode="BD2 3RT", children=[10], needs=[
        N("Dad 18/12 abstinent from heroin, on a reducing methadone script; lone parent to 10yo. Wants peer support "
          "from other parents in recovery.",
          {"g_recovery": 2, "gen_substance": 1},
          R("father", ["Substance misuse (including alcohol and drug)"], sex="male")),
        N("10yo keen on sport – dad wants activities they can do together at weekends.",
          {"gen_active": 2},
          R("family", ["Sports and recreation"], child_age=10)),
    ]),
]
