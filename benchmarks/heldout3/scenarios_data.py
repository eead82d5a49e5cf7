# -*- coding: utf-8 -*-
"""Hand-written closed-referral scenarios (children's social care, outcome NFA, stepped
down to early help). Each need is written as a duty social worker would write it. Grades
refer to service keys in services_data.py: 2 = right for this family, 1 = partly right or
acceptable. A need with {} has no suitable service in this directory.

`groups` (optional, not exported) records which one-group-only services the family belongs
to, so that validate.py can check group eligibility."""


def R(about, categories, child_age=None, role=None, sex=None, condition=None, diagnosed=None,
      present=()):
    return {"about": about, "child_age": child_age, "categories": list(categories), "role": role,
            "sex": sex, "condition": condition, "diagnosed": diagnosed, "present": list(present)}


DA = "domestic_abuse"
AT_HOME = "harm_person_at_home"
SUBS = "substance_use"

CASES = [
    dict(id="n01", place="f_mile_cross", children=[6, 3], needs=[
        dict(text=("Dad (sole carer) disclosed that mum has been hitting him, took his bank card "
                   "and smashed his phone when he tried to call his sister. Mum moved out to her "
                   "sister's on 3rd, no contact since. DASH completed: standard risk. Dad is "
                   "embarrassed but wants to talk to someone about what's happened to him."),
             relevant={"mens_safe_space": 2, "da_outreach_norfolk": 2, "national_da_helpline": 1,
                       "norwich_family_hub": 1},
             reading=R("father", ["Domestic abuse"], role="harmed", sex="male", present=[DA])),
        dict(text=("Eldest (6) was in the room for at least two incidents. School report he has "
                   "started wetting at school and won't let go of dad at drop-off. Would benefit "
                   "from some work around what he saw."),
             relevant={"little_lighthouse": 2, "mind_matters_wellbeing": 1, "norwich_family_hub": 1},
             reading=R("child", ["Domestic abuse", "Mental health, social and emotional support"],
                       child_age=6, role="witnessed", sex="male", present=[DA])),
    ]),
    dict(id="n02", place="f_gy_northgate", children=[9, 4], languages=["pl", "en"], needs=[
        dict(text=("M is Polish, limited English (interpreter used). Police DA call-out, "
                   "F pushed M against the wall and keeps her without money. DASH 9, medium. M does "
                   "not want to leave and F remains in the home. M agreed to support for herself, "
                   "would prefer someone who speaks Polish."),
             relevant={"bezpieczna_przystan": 2, "da_outreach_norfolk": 2, "national_da_helpline": 1,
                       "gy_family_hub": 1},
             reading=R("mother", ["Domestic abuse"], role="harmed", sex="female",
                       present=[DA, AT_HOME])),
        dict(text=("9yo daughter heard the incidents from upstairs and has told her teacher she is "
                   "scared at home. F still living there. School asking what support she can get."),
             relevant={"mind_matters_wellbeing": 1, "gy_family_hub": 1},
             reading=R("child", ["Mental health, social and emotional support", "Domestic abuse"],
                       child_age=9, role="witnessed", sex="female", present=[DA, AT_HOME])),
        dict(text=("Both parents asked at the visit for couples counselling so they can 'sort it "
                   "out together'."),
             relevant={},
             reading=R("couple", ["Reducing parental conflict"], present=[DA, AT_HOME])),
    ]),
    dict(id="n03", place="f_gaywood", children=[7, 10], needs=[
        dict(text=("Strategy disc. re bruising to 7yo's thigh: F admits he smacked him and on one "
                   "occasion used his belt. Says he 'just loses it' when the kids don't listen. "
                   "NFA at S47, F agreed to do some work on managing his temper with the children."),
             relevant={"calmer_homes": 2, "positive_parenting_course": 1, "kl_family_hub": 1,
                       "national_parent_helpline": 1},
             reading=R("father", ["Parenting support"], child_age=7, role="causes_harm",
                       sex="male")),
    ]),
    dict(id="n04", place="f_dereham", children=[8, 11, 14], needs=[
        dict(text=("Referral from school after 11yo said her parents 'shout all the time'. Home "
                   "visit: parents acknowledge frequent loud arguments over money and the 14yo's "
                   "behaviour, sometimes in front of the children. Seen separately; no DA "
                   "indicators, neither parent frightened of the other. Both want help to stop "
                   "arguing."),
             relevant={"better_together_rpc": 2, "national_parent_helpline": 1},
             reading=R("couple", ["Reducing parental conflict"], role="conflict")),
    ]),
    dict(id="n05", place="f_sheringham", children=[5], needs=[
        dict(text=("5yo referred by school to the ASD pathway in the spring; paediatrics say the "
                   "wait is about 18 months. Meltdowns at home, very rigid around food. Mum "
                   "exhausted and wants to meet other parents and get tips while they wait."),
             relevant={"spectrum_steps": 2, "send_parent_forum": 1, "nn_family_hub": 1},
             reading=R("parent", ["Autistic Spectrum Disorder (ASD)",
                                  "Groups for parents and carers of children with SEND"],
                       child_age=5, condition="autism", diagnosed=False)),
    ]),
    dict(id="n06", place="f_caister", children=[2], needs=[
        dict(text=("M (27) moved to Caister in the summer, no family nearby, low mood but not "
                   "clinical. Would like somewhere to take the 2yo to play and meet other mums."),
             relevant={"gy_family_hub": 2},
             reading=R("mother", ["Parent, baby and toddler groups"], child_age=2, sex="female")),
    ]),
    dict(id="n07", place="f_brandon", children=[7], needs=[
        dict(text=("7yo, school raising concerns re possible autism (social communication, "
                   "sensory). Not yet referred for assessment. Parents want autism-specific "
                   "support and advice."),
             relevant={},
             reading=R("parent", ["Autistic Spectrum Disorder (ASD)"], child_age=7,
                       condition="autism", diagnosed=False)),
        dict(text=("Parents struggling with 7yo's behaviour at bedtime and mornings; both keen to "
                   "do a parenting course."),
             relevant={"west_suffolk_parenting": 2, "national_parent_helpline": 1},
             reading=R("parent", ["Parenting support"], child_age=7)),
    ]),
    dict(id="n08", place="f_thetford", children=[3, 8], languages=["pt"], needs=[
        dict(text=("Family speak Portuguese only (Madeiran). Mum asking for help with the 8yo's "
                   "routines and refusing to go to school in the mornings; interpreter used for "
                   "the visit."),
             relevant={"apoio_familias_thetford": 2, "thetford_family_hub": 1,
                       "positive_parenting_course": 1},
             reading=R("mother", ["Parenting support"], child_age=8, sex="female")),
        dict(text=("Dad's hours cut at the factory. Parents unsure whether they can claim UC or "
                   "Child Benefit - need help with a benefits check and the forms."),
             relevant={"apoio_familias_thetford": 2, "norfolk_money_advice": 2,
                       "thetford_family_hub": 1},
             reading=R("family", ["Money, benefits and housing", "Debt and welfare advice"])),
    ]),
    dict(id="n09", place="f_south_lynn", children=[4, 9], languages=["lt"], needs=[
        dict(text=("Lithuanian family, parents speak no English (older child interprets - "
                   "discouraged). 4yo not settling at nursery, mum isolated. Would like to meet "
                   "other parents and get advice about nursery and school."),
             relevant={"lt_parents_kl": 2, "kl_family_hub": 1},
             reading=R("parent", ["Parent, baby and toddler groups", "Parenting support"],
                       child_age=4)),
    ]),
    dict(id="n10", place="f_lakenham", children=[15, 11], needs=[
        dict(text=("15yo son has punched and pushed mum on several occasions, put holes in doors. "
                   "Police attended once, no arrest. He says he 'doesn't know why' and is willing "
                   "to talk to someone. Mum asking for work with him directly."),
             relevant={"respect_at_home_yp": 2, "mind_matters_wellbeing": 1,
                       "norwich_family_hub": 1},
             reading=R("young_person", ["Targeted youth support", "Parenting support"],
                       child_age=15, role="causes_harm", sex="male")),
        dict(text=("Mum herself frightened of him, has started locking her bedroom door at night. "
                   "She wants support for her as the parent on the receiving end."),
             relevant={"taking_back_calm": 2, "norwich_family_hub": 1, "national_parent_helpline": 1},
             reading=R("mother", ["Parenting support", "Domestic abuse"], child_age=15,
                       role="harmed", sex="female")),
    ]),
    dict(id="n11", place="f_attleborough", children=[6], needs=[
        dict(text=("M (34) arrested x2 for assaulting her partner (scratching, throwing a mug). "
                   "Partner has moved out. M tearful, says she grew up with it and knows she "
                   "needs to change how she reacts. Asking for a programme for herself."),
             relevant={"choices_women": 2, "stop_think_line": 1},
             reading=R("mother", ["Domestic abuse"], role="causes_harm", sex="female",
                       present=[DA])),
    ]),
    dict(id="n12", place="f_heartsease", children=[1], needs=[
        dict(text=("Dad is 19, main carer for the baby three days a week. Few friends with "
                   "children, lacks confidence. Would like to meet other young dads."),
             relevant={"young_dads_norwich": 2, "dad_matters_norwich": 2,
                       "young_parents_project": 2, "norwich_family_hub": 1},
             groups=["young_parents"],
             reading=R("father", ["Parenting support", "Parent, baby and toddler groups"],
                       child_age=1, sex="male")),
    ]),
    dict(id="n13", place="f_north_walsham", children=[4, 7], needs=[
        dict(text=("MGM has cared for both children for 2 years, SGO granted last month. MGM 63, "
                   "finding it hard and feels she doesn't fit in at toddler groups. Would like to "
                   "meet other grandparents in the same position and get advice about the SGO "
                   "allowance."),
             relevant={"kinship_carers": 2, "nn_family_hub": 1, "national_parent_helpline": 1},
             groups=["kinship_carers"],
             reading=R("adult", ["Parenting support"], sex="female")),
        dict(text=("7yo diagnosed ADHD (paeds) last year, on meds. MGM wants to understand ADHD "
                   "and how to manage it at home."),
             relevant={"adhd_parent_circle": 2, "send_parent_forum": 1},
             reading=R("adult", ["Groups for parents and carers of children with SEND"],
                       child_age=7, condition="adhd", diagnosed=True)),
    ]),
    dict(id="n14", place="f_cobholm", children=[10], needs=[
        dict(text=("Dad 8 months abstinent from heroin, on a reducing script, engaging well. Would "
                   "like peer support with other parents in recovery to keep on track."),
             relevant={"recovery_cafe": 2, "drug_alcohol_adults": 1},
             groups=["in_recovery"],
             reading=R("father", ["Substance misuse (including alcohol and drug)"], sex="male")),
    ]),
    dict(id="n15", place="f_hellesdon", children=[3, 6], needs=[
        dict(text=("Mum smoking cannabis daily, sometimes while children are in her care; also "
                   "drinking most evenings. Accepts this is a problem, wants help to cut down."),
             relevant={"drug_alcohol_adults": 2},
             reading=R("mother", ["Substance misuse (including alcohol and drug)"], sex="female",
                       present=[SUBS])),
        dict(text="Mum also wants to stop smoking cigarettes.",
             relevant={"smokefree_norfolk": 2},
             reading=R("mother", ["Stopping smoking"], sex="female", present=[SUBS])),
    ]),
    dict(id="n16", place="f_anglia_sq", children=[2, 5, 11], languages=["ar"], needs=[
        dict(text=("Syrian family, arrived 4 months ago, asylum claim pending, in a hotel in the "
                   "city. Need help linking in with the community, GP registration and a school "
                   "place for the 11yo. Parents speak Arabic only."),
             relevant={"new_neighbours_norwich": 2, "norwich_family_hub": 1},
             groups=["asylum_refugee"],
             reading=R("family", ["Money, benefits and housing"])),
        dict(text=("Mum very isolated in the hotel, low mood. Would like to meet other mothers "
                   "who speak Arabic."),
             relevant={"arabic_mothers_norwich": 2, "new_neighbours_norwich": 1, "norwich_family_hub": 1},
             groups=["asylum_refugee"],
             reading=R("mother", ["Mental health, social and emotional support",
                                  "Parent, baby and toddler groups"], sex="female")),
    ]),
    dict(id="n17", place="f_wymondham", children=[6], needs=[
        dict(text=("Baby stillborn at 38 weeks, 3 months ago. Parents not coping, dad back at "
                   "work and not talking about it. Both would like bereavement support."),
             relevant={"little_stars": 2},
             groups=["bereaved_parents_baby_loss"],
             reading=R("parent", ["Mental health, social and emotional support"])),
        dict(text=("6yo sibling asking lots of questions about where the baby went, regressed "
                   "behaviour at school."),
             relevant={"child_bereavement": 2, "mind_matters_wellbeing": 1},
             reading=R("child", ["Mental health, social and emotional support"], child_age=6)),
    ]),
    dict(id="n18", place="f_diss", children=[12, 8], needs=[
        dict(text=("12yo doing a lot of caring for mum (MS, wheelchair user): meds, cooking, "
                   "getting 8yo to school. Late most days. Young carers assessment not done."),
             relevant={"young_carers_norfolk": 2},
             groups=["young_carers"],
             reading=R("child", ["Targeted youth support"], child_age=12)),
    ]),
    dict(id="n19", place="f_bowthorpe", children=[14], needs=[
        dict(text=("14yo girl, dx ADHD by CAMHS last year. Disorganised, missing homework, "
                   "arguments at home, now refusing school some days. Open to 1:1 support for "
                   "herself."),
             relevant={"focus_teens": 2, "mind_matters_wellbeing": 1, "adhd_parent_circle": 1},
             reading=R("young_person", ["Social, emotional and mental health support"],
                       child_age=14, sex="female", condition="adhd", diagnosed=True)),
    ]),
    dict(id="n20", place="f_sprowston", children=[14], needs=[
        dict(text=("14yo boy, school query ADHD: impulsive, can't sit still, several exclusions. "
                   "Not assessed; GP referral made. Parents at a loss and want to understand what "
                   "might be going on and how to help him."),
             relevant={"adhd_parent_circle": 2, "send_parent_forum": 1},
             reading=R("parent", ["Groups for parents and carers of children with SEND"],
                       child_age=14, condition="adhd", diagnosed=False)),
    ]),
    dict(id="n21", place="f_gorleston", children=[13, 1], needs=[
        dict(text=("13yo daughter being bullied on Snapchat and TikTok by girls in her year; "
                   "photos shared. Withdrawn, not sleeping. School aware."),
             relevant={"kind_online_bullying": 2, "girls_allowed_gy": 1,
                       "mind_matters_wellbeing": 1},
             reading=R("child", ["Bullying and cyber bullying"], child_age=13, sex="female")),
        dict(text="Mum would like a baby group for the 1yo, somewhere local she can walk to.",
             relevant={"stay_play_gorleston": 2, "gy_family_hub": 2},
             reading=R("mother", ["Parent, baby and toddler groups"], child_age=1, sex="female")),
    ]),
    dict(id="n22", place="f_fakenham", children=[5, 9], needs=[
        dict(text=("Rent arrears £1,400, section 8 notice. Catalogue debts, council tax arrears. "
                   "Parents don't know where to start."),
             relevant={"norfolk_money_advice": 2, "nn_family_hub": 1},
             reading=R("family", ["Debt and welfare advice", "Money, benefits and housing"])),
        dict(text="No food in the house until payday on Friday - needs a food bank in Fakenham.",
             relevant={},
             reading=R("family", ["Money, benefits and housing"])),
    ]),
    dict(id="n23", place="f_long_stratton", children=[0, 3], needs=[
        dict(text=("Mum 8 weeks postnatal, anxious, intrusive thoughts about the baby being "
                   "harmed, not sleeping even when baby sleeps. HV aware. No thoughts of harming "
                   "self or baby."),
             relevant={"bump_to_one": 2, "healthy_child_norfolk": 1},
             reading=R("mother", ["Perinatal mental health support (pregnancy to one year post birth)"],
                       child_age=0, sex="female", condition="perinatal_mental_health",
                       diagnosed=False)),
        dict(text=("Mum wants to go back to work part-time and needs to find out about a funded "
                   "childcare place for the 3yo."),
             relevant={},
             reading=R("mother", ["Early years language and learning"], child_age=3, sex="female")),
    ]),
    dict(id="n24", place="f_cromer", children=[0], needs=[
        dict(text=("Baby 3 weeks, weight loss, painful latch. Mum wants to keep breastfeeding."),
             relevant={"infant_feeding_norfolk": 2, "healthy_child_norfolk": 1, "nn_family_hub": 1},
             reading=R("mother", ["Infant feeding support (including breastfeeding)"], child_age=0,
                       sex="female")),
    ]),
    dict(id="n25", place="f_bungay", children=[4], needs=[
        dict(text=("4yo: tantrums, hitting out at nursery. Parents want parenting support."),
             relevant={"lowestoft_family_hub": 2, "national_parent_helpline": 1},
             reading=R("parent", ["Parenting support"], child_age=4, present=[DA, AT_HOME])),
        dict(text=("F acknowledges he has been 'scary' at home: shouting, punching the wall, "
                   "blocking M from leaving the kitchen. M confirms she is frightened of him. F "
                   "asking for help to change; still living together."),
             relevant={"steady_dads_es": 2, "stop_think_line": 1},
             reading=R("father", ["Domestic abuse"], role="causes_harm", sex="male",
                       present=[DA, AT_HOME])),
    ]),
    dict(id="n26", place="f_wisbech", children=[3], needs=[
        dict(text=("3yo not talking, lines up toys, HV thinks possible ASD, referral to paeds in. "
                   "Parents want support now."),
             relevant={"fenland_autism": 2},
             reading=R("parent", ["Autistic Spectrum Disorder (ASD)"], child_age=3,
                       condition="autism", diagnosed=False)),
    ]),
    dict(id="n27", place="f_swaffham", children=[5, 10], needs=[
        dict(text=("M separated from violent ex 6 months ago (non-mol in place, he lives in "
                   "Leicester, no contact). Confidence at rock bottom; wants to understand what "
                   "happened and move on."),
             relevant={"rising_women": 2, "da_outreach_norfolk": 1, "national_da_helpline": 1},
             reading=R("mother", ["Domestic abuse"], role="harmed", sex="female", present=[DA])),
        dict(text=("10yo angry outbursts at school since he saw his dad strangle mum. Now living "
                   "with mum only."),
             relevant={"little_lighthouse": 2, "mind_matters_wellbeing": 1},
             reading=R("child", ["Domestic abuse", "Mental health, social and emotional support"],
                       child_age=10, role="witnessed", sex="male", present=[DA])),
    ]),
    dict(id="n28", place="f_aylsham", children=[16, 12], needs=[
        dict(text=("16yo drinking most weekends and smoking cannabis daily, found collapsed at a "
                   "party last month. Agrees he'd talk to someone 'not from school'."),
             relevant={"under18_substance": 2},
             reading=R("young_person", ["Substance misuse (including alcohol and drug)",
                                        "Targeted youth support"], child_age=16, sex="male")),
    ]),
    dict(id="n29", place="f_downham", children=[14, 6], needs=[
        dict(text=("14yo cutting her arms (superficial, self-treated) for about 3 months. Safety "
                   "plan done with parents; not at immediate risk. Would benefit from specialist "
                   "support."),
             relevant={"point_zero_selfharm": 2, "mind_matters_wellbeing": 1},
             reading=R("young_person", ["Mental health, social and emotional support"],
                       child_age=14, sex="female")),
        dict(text=("No car and no buses that fit; mum can't get the 14yo to her CAMHS "
                   "appointments in Norwich. Is there any community transport / volunteer "
                   "driver scheme?"),
             relevant={},
             reading=R("family", ["Community transport"], child_age=14)),
    ]),
    dict(id="n30", place="f_acle", children=[2], needs=[
        dict(text=("2yo has about 5 words, HV referral to SALT made (long wait). Otherwise "
                   "developing well. Parents want something to help in the meantime."),
             relevant={"chatterbox_broadland": 2, "healthy_child_norfolk": 1},
             reading=R("child", ["Speech, language and communication needs",
                                 "Early years language and learning"], child_age=2)),
        dict(text=("Parents separating amicably, dad moving out. Want help agreeing arrangements "
                   "for the 2yo. No DA history, both seen alone."),
             relevant={"family_mediation": 2, "parenting_apart_online": 2,
                       "better_together_rpc": 1},
             reading=R("parent", ["Separating and separated parent support"], child_age=2)),
    ]),
]
