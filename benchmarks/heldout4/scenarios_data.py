"""Hand-written closed-referral cases.  Needs are written the way a duty social worker
writes them at closure.  `relevant` uses service keys (build.py turns them into ids);
`groups` and `person_age` are the writer's own notes for validate.py and are not written
to scenarios.json."""


def R(about, categories, **kw):
    d = dict(about=about, categories=categories)
    d.update(kw)
    return d


DA = ["domestic_abuse"]
DA_HOME = ["domestic_abuse", "harm_person_at_home"]

CASES = [
    dict(id="l01", postcode="BB11 3LD", children=[7, 4], needs=[
        dict(text="Mum (Kayleigh) finding 7yo's behaviour v. difficult at home - tantrums, won't go to bed, hitting younger sibling. Mum asking for strategies/a course. No DA concerns, no substance misuse. NFA from CSC.",
             relevant={"calmer_homes": 2, "hub_burnley": 1},
             reading=R("mother", ["Parenting support"], child_age=7, sex="female")),
        dict(text="Rent arrears approx £1,400 + UC deductions for an advance. Mum not opening post, anxious about landlord letters. Would accept money/debt advice.",
             relevant={"moneywise_pennine": 2, "welfare_rights_lancs": 2, "hub_burnley": 1},
             reading=R("mother", ["Debt and welfare advice", "Money, benefits and housing"], sex="female")),
    ]),
    dict(id="l02", postcode="PR1 0QD", children=[9], needs=[
        dict(text="C (9, F) has witnessed father's assaults on mother over several years. Father charged, bail conditions not to attend the address - now living with his mum in Leyland. School report C withdrawn and clingy. Needs support to make sense of what she has seen.",
             relevant={"rainbow_voices": 2, "hub_chorley_sr": 1},
             reading=R("child", ["Domestic abuse", "Mental health, social and emotional support"], child_age=9, sex="female", role="witnessed", present=DA)),
        dict(text="Mother assessed high risk on DASH, heard at MARAC last month. Wants ongoing support with safety planning and the court case.",
             relevant={"idva_lancs": 2, "moving_forward": 1, "rainbow_voices": 1, "safe_line_england": 1, "hub_chorley_sr": 1},
             reading=R("mother", ["Domestic abuse"], sex="female", role="harmed", present=DA)),
    ]),
    dict(id="l03", postcode="BB1 4DU", children=[2], needs=[
        dict(text="HV concerns re speech - 2y9m, approx 10 single words, not joining words. Hearing test clear. Parents keen to go to a group.",
             relevant={"chatterbox_hyndburn": 2, "health_visiting": 1, "hub_east_lancs": 1},
             reading=R("child", ["Early years language and learning", "Speech, language and communication needs"], child_age=2)),
    ]),
    dict(id="l04", postcode="FY1 4BZ", children=[14], needs=[
        dict(text="Mum reports 14yo son has punched her twice and smashed doors when asked to come off his Xbox. She is frightened of him at times and wants support for herself + advice on how to respond. No other adults in the household; father not involved.",
             relevant={"eggshells_group": 2, "teens_course_bpl": 1, "hub_blackpool": 1},
             reading=R("mother", ["Parenting support", "Domestic abuse"], child_age=14, sex="female", role="harmed")),
    ]),
    dict(id="l05", postcode="PR1 6SY", children=[6, 3], needs=[
        dict(text="Mum (Jade, 29) arrested after throwing a mug at partner during an argument, causing a cut to his head. She accepts she has 'lashed out' before and wants help to stop. Couple remain together. Both deny drugs/alcohol.",
             relevant={"her_choices": 2, "stop_think_line": 1},
             reading=R("mother", ["Domestic abuse"], sex="female", role="causes_harm", present=DA_HOME),
             person_age=29),
        dict(text="Father (Tom) disclosed to police this is not the first time he has been hit and that he feels he can't tell anyone. He would like someone to talk to for himself.",
             relevant={"mens_safe_space": 2, "safe_line_england": 1, "idva_lancs": 1, "hub_preston": 1},
             reading=R("father", ["Domestic abuse"], sex="male", role="harmed", present=DA_HOME)),
    ]),
    dict(id="l06", postcode="BB5 6QB", children=[6, 2], needs=[
        dict(text="Dad (lives at home) accepts he has been controlling - checking mum's phone, controlling money, one incident of pushing her. States he wants to change 'for the kids'. No alcohol or drug issues reported.",
             relevant={"changing_course_men": 2, "stop_think_line": 1},
             reading=R("father", ["Domestic abuse"], sex="male", role="causes_harm", present=DA_HOME)),
        dict(text="Mum wants some support for herself but is not ready to leave. Declined IDVA (standard risk).",
             relevant={"moving_forward": 2, "changing_course_partner": 1, "safe_line_england": 1, "hub_east_lancs": 1},
             reading=R("mother", ["Domestic abuse"], sex="female", role="harmed", present=DA_HOME)),
        dict(text="Parents have both asked for couples counselling / relationship support so they can 'work on things together'.",
             relevant={},
             reading=R("couple", ["Reducing parental conflict"], present=DA_HOME)),
    ]),
    dict(id="l07", postcode="LA1 3HJ", children=[0], needs=[
        dict(text="Mum is 17, baby 3/12. Moved into supported lodgings, isolated, no friends with babies. Wants to meet other young mums. HV already involved.",
             relevant={"bump_and_beyond": 2, "hub_lancaster": 1},
             reading=R("mother", ["Parent, baby and toddler groups"], child_age=0, sex="female"),
             person_age=17, groups=["young_parents"]),
    ]),
    dict(id="l08", postcode="WN8 9LA", children=[10, 5], needs=[
        dict(text="10yo (M) on ASD assessment waiting list - referred 14 months ago, no diagnosis yet. Meltdowns after school most days. Mum exhausted, asking where she can get advice and meet other parents in the same boat.",
             relevant={"send_advice_lancs": 1, "hub_west_lancs": 1, "calmer_homes": 1},
             reading=R("mother", ["Groups for parents and carers of children with SEND", "Autistic Spectrum Disorder (ASD)"], child_age=10, sex="female", condition="autism", diagnosed=False)),
    ]),
    dict(id="l09", postcode="PR7 3BZ", children=[8], needs=[
        dict(text="8yo awaiting autism assessment via paeds. Dad would like to link in with other parents while they wait - not sure what is out there locally.",
             relevant={"spectrum_parents": 2, "send_advice_lancs": 1, "hub_chorley_sr": 1},
             reading=R("father", ["Groups for parents and carers of children with SEND"], child_age=8, sex="male", condition="autism", diagnosed=False)),
    ]),
    dict(id="l10", postcode="BB7 2AW", children=[13], needs=[
        dict(text="YP (13, F) diagnosed autistic 2 yrs ago. No friends at high school, spends all her time in her bedroom. Would go to a social group if it was small and quiet.",
             relevant={"bright_sparks_girls": 2, "send_advice_lancs": 1, "hub_east_lancs": 1},
             reading=R("young_person", ["Autistic Spectrum Disorder (ASD)", "Activities"], child_age=13, sex="female", condition="autism", diagnosed=True)),
    ]),
    dict(id="l11", postcode="FY4 4PG", children=[6, 1], needs=[
        dict(text="School think 6yo may have ADHD; paeds referral made, not yet seen. Mum would like to talk to other parents.",
             relevant={"adhd_family_bpl": 2, "hub_blackpool": 1},
             reading=R("mother", ["Groups for parents and carers of children with SEND"], child_age=6, sex="female", condition="adhd", diagnosed=False)),
        dict(text="Mum fled ex-partner in Leeds 2 months ago, now in temp accommodation in Blackpool; ex does not know the address. She would like DA support locally.",
             relevant={"safe_harbour_bpl": 2, "safe_line_england": 1, "hub_blackpool": 1},
             reading=R("mother", ["Domestic abuse"], sex="female", role="harmed", present=DA)),
    ]),
    dict(id="l12", postcode="L39 4UN", children=[12, 8], needs=[
        dict(text="Mum died in March (cancer). Dad says both children struggling - 12yo angry and lashing out at school, 8yo won't sleep on her own. Dad asking for bereavement support for the kids.",
             relevant={"little_stars_bereavement": 2, "open_door_counselling": 1, "hub_west_lancs": 1},
             reading=R("child", ["Mental health, social and emotional support"])),
    ]),
    dict(id="l13", postcode="BB3 2BU", children=[5, 2], languages=["ur"], needs=[
        dict(text="Mum speaks limited English (Urdu, interpreter used). Discloses husband and MIL control her money and phone; husband has slapped her. Husband in Pakistan for 3 months, MIL lives in the home.",
             relevant={"dil_se_circle": 2, "safe_line_england": 1, "hub_bwd": 1},
             reading=R("mother", ["Domestic abuse"], sex="female", role="harmed", present=DA_HOME)),
        dict(text="5yo has toothache; family not registered with a dentist and can't find an NHS dentist taking children.",
             relevant={},
             reading=R("child", ["Oral health"], child_age=5)),
    ]),
    dict(id="l14", postcode="LA4 4PG", children=[15], needs=[
        dict(text="YP (15, F) self-harming (cutting), low mood for months. CAMHS triaged - did not meet threshold. Says she'd talk to someone outside school.",
             relevant={"open_door_counselling": 2, "textsafe_24": 1, "hub_lancaster": 1},
             reading=R("young_person", ["Mental health, social and emotional support"], child_age=15, sex="female")),
        dict(text="Concerns re her 19yo boyfriend - tracks her location, tells her what to wear, has pushed her. She sees this as 'normal'.",
             relevant={"young_persons_advocate": 2, "safe_line_england": 1, "targeted_youth_lancs": 1},
             reading=R("young_person", ["Domestic abuse", "Targeted youth support"], child_age=15, sex="female", role="harmed", present=DA)),
    ]),
    dict(id="l15", postcode="FY7 6SP", children=[0], needs=[
        dict(text="Dad (34) low since baby (8/12) born, not sleeping, signed off work with stress. No substance misuse. Says he'd rather a group with other blokes than 'therapy'.",
             relevant={"brew_and_banter": 2, "new_dads_chat": 1, "talking_therapies": 1, "hub_fylde_wyre": 1},
             reading=R("father", ["Mental health, social and emotional support", "Perinatal mental health support (pregnancy to one year post birth)"], child_age=0, sex="male", condition="perinatal_mental_health", diagnosed=False),
             person_age=34),
    ]),
    dict(id="l16", postcode="PR3 6HB", children=[2], needs=[
        dict(text="Mum isolated on farm outside Pilling, no car in the day. 2yo has never mixed with other children. Would like a toddler group nearby.",
             relevant={"over_wyre_tots": 2, "hub_fylde_wyre": 1},
             reading=R("mother", ["Parent, baby and toddler groups"], child_age=2, sex="female")),
        dict(text="Mum's second baby was stillborn at 38 weeks the year before last. She has never spoken to anyone about it and became tearful during the visit.",
             relevant={"forget_me_not": 2, "talking_therapies": 1},
             reading=R("mother", ["Mental health, social and emotional support"], sex="female"),
             groups=["bereaved_parents_baby_loss"]),
    ]),
    dict(id="l17", postcode="LA2 9QJ", children=[1], needs=[
        dict(text="Mum moved to Caton in the summer, doesn't know anyone. Would like to meet other parents with babies.",
             relevant={"lune_little_ones": 2, "hub_lancaster": 1},
             reading=R("mother", ["Parent, baby and toddler groups"], child_age=1, sex="female", present=DA_HOME)),
        dict(text="Dad acknowledges being verbally abusive to mum and 'controlling with money'. Wants help to change. Still living together. No substance misuse identified.",
             relevant={"changing_course_men": 2, "stop_think_line": 1},
             reading=R("father", ["Domestic abuse"], sex="male", role="causes_harm", present=DA_HOME)),
    ]),
    dict(id="l18", postcode="BB9 7TQ", children=[4, 1], needs=[
        dict(text="Dad now main carer while mum is an inpatient (MH admission). Says he feels out of his depth and doesn't know any other dads.",
             relevant={"dads_den_pendle": 2, "hub_east_lancs": 1, "calmer_homes": 1},
             reading=R("father", ["Parenting support", "Parent, baby and toddler groups"], sex="male")),
    ]),
    dict(id="l19", postcode="BB8 0EN", children=[11], needs=[
        dict(text="C (11) has Down syndrome and an EHCP. Mum (lone parent) exhausted, no family support, asking about respite. Not previously known to the disabled children's team.",
             relevant={"short_breaks_lancs": 2, "send_advice_lancs": 1, "hub_east_lancs": 1},
             reading=R("mother", ["Breaks and respite"], child_age=11, sex="female", condition="down_syndrome", diagnosed=True)),
    ]),
    dict(id="l20", postcode="BB6 7QZ", children=[4], needs=[
        dict(text="4yo has glue ear, hearing aids fitted in the spring. Parents would like to meet other families and learn some signing.",
             relevant={"red_rose_deaf": 2, "send_advice_lancs": 1, "hub_east_lancs": 1},
             reading=R("parent", ["Hearing impairment"], child_age=4, condition="hearing_impairment", diagnosed=True)),
    ]),
    dict(id="l21", postcode="BB2 2QN", children=[7, 3], needs=[
        dict(text="Dad (Imran) moved out to his parents' after police were called - he smashed the TV and threatened partner. He says he wants to change so he can keep seeing the children. No drink or drugs.",
             relevant={"better_dads_bwd": 2, "changing_course_men": 2, "stop_think_line": 1},
             reading=R("father", ["Domestic abuse"], sex="male", role="causes_harm", present=DA)),
    ]),
    dict(id="l22", postcode="PR1 3RZ", children=[9, 6], languages=["ar"], needs=[
        dict(text="Family seeking asylum (from Sudan), in dispersal accommodation. Asylum support payments delayed - no money for food or school uniform.",
             relevant={"new_neighbours": 2, "hub_preston": 1},
             reading=R("family", ["Money, benefits and housing"]),
             groups=["asylum_refugee"]),
        dict(text="Dad asking for help to stop smoking.",
             relevant={},
             reading=R("father", ["Stopping smoking"], sex="male")),
    ]),
    dict(id="l23", postcode="PR25 2SB", children=[14, 10], needs=[
        dict(text="Parents separated last year; constant arguments over contact, usually at handovers in front of the children. Both parents report no DA and no coercive control; police never involved.",
             relevant={"arguing_better": 2, "hub_chorley_sr": 1},
             reading=R("parent", ["Reducing parental conflict", "Separating and separated parent support"], role="conflict")),
        dict(text="14yo (F) restricting food, noticeable weight loss, skipping lunch. GP appt booked - no diagnosis.",
             relevant={"nourish_ed": 2, "open_door_counselling": 1, "hub_chorley_sr": 1},
             reading=R("young_person", ["Mental health, social and emotional support", "Nutrition and weight management"], child_age=14, sex="female", condition="eating_disorder", diagnosed=False)),
    ]),
    dict(id="l24", postcode="OL13 9DU", children=[12, 9, 4], needs=[
        dict(text="Mum asking for a food bank - UC sanctioned, gas on emergency credit. Children get FSM.",
             relevant={"welfare_rights_lancs": 1, "moneywise_pennine": 1, "hub_east_lancs": 1, "feast_and_fun": 1},
             reading=R("family", ["Money, benefits and housing", "Debt and welfare advice"]),
             groups=["free_school_meals"]),
        dict(text="12yo son hitting mum and younger brother; threatened mum with a knife last week (police attended, NFA). Mum wants him to get help.",
             relevant={"home_truce": 2, "targeted_youth_lancs": 1},
             reading=R("young_person", ["Domestic abuse", "Targeted youth support"], child_age=12, sex="male", role="causes_harm")),
    ]),
    dict(id="l25", postcode="FY8 1XG", children=[5, 3], needs=[
        dict(text="Dad is in the army (based at Weeton), deployed for 6 months. Mum struggling on her own, no family nearby; 3yo's behaviour has regressed since dad left.",
             relevant={"weeton_forces_families": 2, "hub_fylde_wyre": 1, "calmer_homes": 1},
             reading=R("mother", ["Parenting support", "Parent, baby and toddler groups"], child_age=3, sex="female"),
             groups=["armed_forces"]),
    ]),
    dict(id="l26", postcode="BB10 3JF", children=[13, 8], needs=[
        dict(text="Nan (66) has SGO for both grandchildren since their mum died 2 yrs ago. Feels isolated, would like to meet other grandparents bringing up grandchildren.",
             relevant={"kinship_carers": 2, "hub_burnley": 1},
             reading=R("adult", ["Parenting support"], sex="female"),
             person_age=66, groups=["kinship_carers"]),
        dict(text="13yo (F) has no hobbies since changing schools; said she'd like to go to a girls' group.",
             relevant={"girls_allowed": 2, "hub_burnley": 1},
             reading=R("young_person", ["Activities", "Targeted youth support"], child_age=13, sex="female")),
    ]),
    dict(id="l27", postcode="FY3 7BF", children=[2], needs=[
        dict(text="Mum on methadone script, stable for 18 months. Would like to meet other parents in recovery.",
             relevant={"family_recovery_cafe": 2, "hub_blackpool": 1},
             reading=R("mother", ["Substance misuse (including alcohol and drug)"], sex="female"),
             groups=["in_recovery"]),
        dict(text="Mum asking about free childcare for the 2yo so she can start a college course in September.",
             relevant={},
             reading=R("child", ["Pre-school playgroup"], child_age=2)),
    ]),
    dict(id="l28", postcode="FY5 1RD", children=[16, 12], needs=[
        dict(text="Mum has MS. 16yo (F) does most of the care - meds, shopping, looking after her brother. School say she's tired and falling behind. She'd like to meet other young carers.",
             relevant={"hub_blackpool": 1},
             reading=R("young_person", ["Targeted youth support", "Mental health, social and emotional support"], child_age=16, sex="female"),
             groups=["young_carers"]),
    ]),
    dict(id="l29", postcode="PR1 7UG", children=[9, 3], languages=["pl"], needs=[
        dict(text="Mum (Polish, little English) at home all day with the 3yo and very isolated. Would like to meet other parents.",
             relevant={"rodzice_razem": 2, "hub_preston": 1},
             reading=R("mother", ["Parent, baby and toddler groups"], child_age=3, sex="female", present=["substance_use"])),
        dict(text="9yo (F) told teacher dad 'drinks every night and sleeps on the sofa' - she worries about him. Dad declined referral to alcohol service. No DA reported.",
             relevant={"hidden_harm_yp": 2, "hub_preston": 1},
             reading=R("child", ["Substance misuse (including alcohol and drug)", "Mental health, social and emotional support"], child_age=9, sex="female", present=["substance_use"])),
    ]),
    dict(id="l30", postcode="BB18 6QA", children=[16, 7], needs=[
        dict(text="Dad (lone parent) on UC, can't make money stretch to the next payment; asking about food help.",
             relevant={"west_craven_pantry": 2, "moneywise_pennine": 1, "welfare_rights_lancs": 1, "hub_east_lancs": 1},
             reading=R("father", ["Money, benefits and housing"], sex="male")),
        dict(text="16yo son grabbed his girlfriend by the throat during an argument (her mum reported it; police words of advice). School also concerned about jealous, controlling messages. He admits he 'lost it'.",
             relevant={"healthy_relationships_yp": 2, "targeted_youth_lancs": 1, "stop_think_line": 1},
             reading=R("young_person", ["Domestic abuse", "Targeted youth support"], child_age=16, sex="male", role="causes_harm", present=DA)),
    ]),
]
