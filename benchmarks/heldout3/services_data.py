# -*- coding: utf-8 -*-
"""Hand-written directory content: 80 fictional early-help services for Norfolk and its
borders. Keys are the writer's internal names; build.py turns them into UUIDv5 ids.

Each service: key, name, org, desc, areas, ages (min, max) as published, cats (DfE csv
ids; [] = untagged), locs [(place key, venue name)] or [("confidential", name)], phone,
plus optional status, elig, fees, costs, langs, interp, apply, accred, alert, sched,
email, path. `lab` holds ground truth that differs from the defaults (see build.py).
"""
from common import NORFOLK, SUFFOLK, county, district, locality, national

NFK = [county(NORFOLK)]
BRE, BRO, GY, KL, NN, NOR, SN = ("E07000143", "E07000144", "E07000145", "E07000146",
                                 "E07000147", "E07000148", "E07000149")
ES, WS, FEN, SH = "E07000244", "E07000245", "E07000010", "E07000140"
ENG, UK = "E92000001", "K02000001"

EN = ("English", "en", None)

ORGS = {
    "three_rivers": ("Three Rivers Relationships Trust", "three-rivers",
                     "Independent charity working across Norfolk with people who use abuse in "
                     "their relationships, and with the partners and children affected."),
    "riverside_family": ("Lynn Riverside Family Trust", "lynn-riverside-family",
                         "Family support charity for King's Lynn and West Norfolk."),
    "broads_youth": ("Broads Youth Pathways CIC", "broads-youth-pathways",
                     "Community interest company providing youth work, mentoring and family "
                     "work with young people aged 10 to 19 across Norfolk."),
    "pause_point": ("Pause Point Trust", "pause-point",
                    "UK charity running helplines for people who want to stop hurting the "
                    "people close to them."),
    "yare_valley_family": ("Yare Valley Family Trust", "yare-valley-family",
                           "Local charity for children and families in the borough of Great "
                           "Yarmouth, running youth groups, early years sessions and advice."),
    "blyth_waveney": ("Blyth and Waveney Family Trust", "blyth-waveney-families",
                      "Family support charity working in the north of East Suffolk."),
    "harbour_light": ("Harbour Light Women's Refuge Trust", "harbour-light",
                      "Provides safe accommodation and resettlement support for women and "
                      "children escaping domestic abuse in Norfolk."),
    "ouse_wensum_safety": ("Ouse and Wensum Safety Partnership", "ouse-wensum-safety",
                           "Commissioned provider of domestic abuse advocacy and community "
                           "support across Norfolk."),
    "eastern_mens": ("Eastern Men's Advice Network", "eastern-mens-advice",
                     "Support and advocacy for men affected by abuse in Norfolk and Suffolk."),
    "brecks_community": ("Brecks Community Trust", "brecks-community",
                         "Community charity serving Breckland towns and villages."),
    "polish_women": ("Stowarzyszenie Polek Wschodniej Anglii", "polki-east-anglia",
                     "Stowarzyszenie wspierające polskie kobiety i rodziny we wschodniej Anglii. "
                     "(Association supporting Polish women and families in East Anglia.)"),
    "homesafe": ("HomeSafe National Helpline Trust", "homesafe-helpline",
                 "Runs a national 24-hour helpline for people experiencing domestic abuse."),
    "wensum_family": ("Wensum Family Partnership", "wensum-family",
                      "Partnership of voluntary and statutory partners running family hubs and "
                      "early help services in Norfolk on behalf of local partners."),
    "romanian_gy": ("Asociația Comunității Române din Yarmouth", "romani-yarmouth",
                    "Asociație de voluntari pentru familiile române din Great Yarmouth."),
    "broads_parent_carers": ("Broads Parent Carers Network", "broads-parent-carers",
                             "Parent-led network for families of children and young people "
                             "with special educational needs and disabilities in Norfolk."),
    "focus_east": ("Focus East ADHD Support", "focus-east-adhd",
                   "Charity supporting children, young people and families living with ADHD."),
    "silent_broad": ("Silent Broad Deaf Children's Society", "silent-broad",
                     "Family support for deaf children and their families in Norfolk."),
    "yare_valley_health": ("Yare Valley Health Partnership", "yare-valley-health",
                           "Community health provider delivering children's and public health "
                           "services in Norfolk and Waveney."),
    "short_breaks": ("Norfolk Short Breaks Consortium", "norfolk-short-breaks",
                     "Consortium of providers offering short breaks for disabled children."),
    "ouse_fen": ("Ouse Fen Families", "ouse-fen-families",
                 "Small charity supporting families of children with additional needs in "
                 "Fenland."),
    "kinship_network": ("East Anglian Kinship Network", "ea-kinship",
                        "Peer support and advice for kinship carers."),
    "kestrel": ("Kestrel Recovery Community", "kestrel-recovery",
                "Lived-experience recovery community for people affected by drugs and alcohol."),
    "bishopbridge": ("Bishopbridge Welcome Project", "bishopbridge-welcome",
                     "Volunteer-led welcome project for people seeking sanctuary in Norwich."),
    "poppy_field": ("Poppy Field Baby Loss Charity", "poppy-field",
                    "Support for families after the death of a baby."),
    "carers_harbour": ("Carers' Harbour Norfolk", "carers-harbour",
                       "Support for unpaid carers of all ages in Norfolk."),
    "luso_thetford": ("Associação Luso-Brasileira de Thetford", "luso-thetford",
                      "Associação comunitária para famílias de língua portuguesa em Thetford."),
    "lt_lynn": ("Lino lietuvių bendruomenė", "lt-lynn",
                "Lietuvių bendruomenė King's Lynn mieste (Lithuanian community group, King's Lynn)."),
    "wensum_sisters": ("Wensum Sisters Circle", "wensum-sisters",
                       "Community group for Arabic-speaking women in Norwich."),
    "saltmarsh": ("Saltmarsh Relationship Counselling", "saltmarsh-relationships",
                  "Relationship counselling and family mediation across Norfolk."),
    "two_homes": ("Two Homes Learning", "two-homes-learning",
                  "Online learning for separated families in England."),
    "waveney_valley_hv": ("Waveney Valley Home Visiting", "waveney-valley-home-visiting",
                          "Volunteer home-visiting charity for families with young children."),
    "coast_feeding": ("Norfolk Coast Feeding Friends", "coast-feeding-friends",
                      "Peer supporters for infant feeding on the north Norfolk coast."),
    "money_matters": ("Broadland Money Matters CIC", "money-matters-norfolk",
                      "Free, independent debt and benefits advice for Norfolk residents."),
    "mid_norfolk_food": ("Mid-Norfolk Food Share", "mid-norfolk-food-share",
                         "Community food bank run by local churches and volunteers."),
    "clearwater": ("Clearwater Recovery Partnership", "clearwater-recovery",
                   "Commissioned drug and alcohol treatment provider for Norfolk."),
    "still_waters": ("Still Waters Listening Trust", "still-waters",
                     "Volunteer-run listening service available day and night across the UK."),
    "wensum_youth_wellbeing": ("Wensum Youth Wellbeing", "wensum-youth-wellbeing",
                               "Early emotional wellbeing support for children and young people."),
    "kind_online": ("Kind Online Trust", "kind-online",
                    "UK anti-bullying charity for children, young people and parents."),
    "lynn_youth": ("Lynn Riverside Youth CIC", "lynn-riverside-youth",
                   "Youth work and sport for young people in King's Lynn and West Norfolk."),
    "coast_country_vols": ("Norfolk Coast and Country Volunteers", "coast-country-volunteers",
                           "Volunteer centre for North Norfolk."),
    "welland": ("Welland Families", "welland-families",
                "Family hub provider for South Holland, Lincolnshire."),
    "lark_valley": ("Lark Valley Family Support", "lark-valley-family",
                    "Parenting and family support in West Suffolk."),
    "open_ear": ("Open Ear Family Trust", "open-ear",
                 "National charity running a helpline for parents and carers."),
    "willow_tree": ("Willow Tree Children's Grief Support", "willow-tree-grief",
                    "Support for bereaved children and young people in Norfolk."),
}

WEEKDAY = dict(MO="Monday", TU="Tuesday", WE="Wednesday", TH="Thursday", FR="Friday",
               SA="Saturday", SU="Sunday")


def weekly(day, opens, closes, desc=None, interval=1):
    return {"freq": "WEEKLY", "interval": interval, "byday": day, "opens_at": opens,
            "closes_at": closes, "description": desc}


SERVICES = [
    # ------------------------------------------------------------------ harm
    dict(key="changing_course",
         name="Changing Course – Norfolk men's domestic abuse programme",
         org="three_rivers",
         desc=("A 26-week group programme for men who have been abusive or controlling towards "
               "a partner or ex-partner and want to change. Groups meet weekly in Norwich, "
               "King's Lynn and Great Yarmouth, with an online group for men in rural areas. "
               "Every man has an individual assessment first. For each place on the programme "
               "a separate partner support worker offers safety planning and support to his "
               "current or ex-partner."),
         elig=("Men aged 18 and over living in Norfolk who accept some responsibility for their "
               "behaviour and agree that we may contact their partner or ex-partner. Men subject "
               "to a court order to attend a programme should speak to Probation."),
         areas=NFK, ages=(18, None), cats=["16"],
         accred="Accredited against the Respect Standard",
         apply=("Self-referral or professional referral using the online form. We aim to offer "
                "an assessment within four weeks."),
         fees="Free",
         locs=[("norwich", "Three Rivers House"), ("kings_lynn", "Norfolk Street Rooms"),
               ("great_yarmouth", "King Street Centre")],
         sched=[weekly("TU", "18:30", "20:30", "Norwich group, Tuesday evenings"),
                weekly("WE", "18:30", "20:30", "King's Lynn group, Wednesday evenings")],
         phone=("std", "Referrals and enquiries"), email="changingcourse", path="changing-course",
         lab=dict(for_people_who_harm=True, sex="male")),

    dict(key="choices_women", name="Choices – a group for women", org="three_rivers",
         desc=("A small closed group (up to 8) for women who have used force, threats or "
               "controlling behaviour towards a partner or ex-partner, or who have been told "
               "their behaviour at home is frightening. Over 16 weeks we look at what happens in "
               "the moments before things escalate, the effect on children, and different ways "
               "of handling conflict. Many women who come to Choices have also been hurt "
               "themselves; we take that seriously and it is part of the work."),
         elig="Women aged 18+ living in Norfolk. An assessment meeting is needed before joining.",
         areas=NFK, ages=(18, None), cats=["16"],
         locs=[("norwich", "Three Rivers House")],
         sched=[weekly("TH", "10:00", "12:30", "Thursday mornings in school hours")],
         phone=("std", "Ask for the Choices coordinator"), email="choices", path="choices",
         lab=dict(for_people_who_harm=True, sex="female")),

    dict(key="calmer_homes", name="Calmer Homes", org="riverside_family",
         desc=("Calmer Homes is for mums, dads and carers in West Norfolk who find themselves "
               "smacking, shaking, grabbing or hitting their children when things get too much, "
               "or who worry that they might. It is not a telling-off. Over ten one-to-one "
               "sessions at home or at our Gaywood base, a family worker helps you notice your "
               "own warning signs, find other ways to stay in charge, and put things right with "
               "your child afterwards. Social workers, schools and health visitors refer to us, "
               "and parents can ask for themselves."),
         elig=("Parents and carers living in the Borough of King's Lynn and West Norfolk with a "
               "child aged 0 to 12."),
         areas=[district(KL, "Borough of King's Lynn and West Norfolk")], ages=(0, 12),
         cats=["19"], locs=[("gaywood", "Riverside Family Base")],
         phone=("std", None), email="calmerhomes", path="calmer-homes",
         lab=dict(for_people_who_harm=True)),

    dict(key="respect_at_home_yp", name="Respect at Home (young people's programme)",
         org="broads_youth",
         desc=("Is your child or teenager hitting, pushing, spitting at or threatening you, or "
               "breaking things at home? Respect at Home works directly with the young person "
               "in 12 weekly sessions, with a parent worker alongside. Young people learn to "
               "spot what builds up to an outburst, how to calm down, and how to make amends. "
               "Sessions can take place at home, at school or at one of our youth bases."),
         elig=("Young people aged 10 to 17 living in Norfolk who are hurting a parent or carer. "
               "The young person must agree to take part, and a parent or carer must attend the "
               "parent sessions."),
         areas=NFK, ages=(10, 17), cats=["24", "19"],
         locs=[("norwich", "Broads Youth Base"), ("great_yarmouth", "King Street Centre")],
         phone=("std", None), email="respectathome", path="respect-at-home",
         lab=dict(for_people_who_harm=True)),

    dict(key="stop_think_line", name="Stop and Think Line", org="pause_point",
         desc=("A confidential national helpline and webchat for people who are abusive towards "
               "a partner or ex-partner, or are worried that they might be. We listen without "
               "judging, help you take responsibility, and tell you about behaviour-change "
               "programmes near you. Friends, family and professionals can also call for advice."),
         areas=[national(UK)], ages=(None, None), cats=["16"], locs=[],
         sched=[weekly("MO,TU,WE,TH,FR", "09:00", "20:00", "Weekdays 9am to 8pm")],
         phone=("free", "Freephone helpline"), email="help", path="",
         lab=dict(for_people_who_harm=True)),

    dict(key="reset_pilot_gy", name="RESET – men's relationship behaviour pilot (Great Yarmouth)",
         org="yare_valley_family", status="inactive",
         desc=("RESET was a 12-week pilot for men in the borough of Great Yarmouth who had been "
               "controlling, jealous or aggressive with a partner. The pilot ended in March 2024 "
               "and is no longer accepting referrals."),
         elig="Men aged 18+ living in the borough of Great Yarmouth.",
         areas=[district(GY, "Borough of Great Yarmouth")], ages=(18, None), cats=["16"],
         locs=[("great_yarmouth", "Yare Valley Family Centre")], phone=None,
         email="reset", path="reset",
         lab=dict(for_people_who_harm=True, sex="male", closed=True)),

    dict(key="steady_dads_es", name="Steady Dads (East Suffolk)", org="blyth_waveney",
         desc=("For fathers and father figures whose partner or children are frightened of "
               "them: shouting, smashing things, blocking doors, pushing, checking phones or "
               "keeping control of the money. Steady Dads is a 20-week programme with a weekly "
               "group in Lowestoft and one-to-one sessions. We work separately with the "
               "children's mum to keep everyone safe."),
         elig=("Dads living in East Suffolk: Lowestoft, Beccles, Bungay, Halesworth, Southwold, "
               "Felixstowe, Woodbridge and surrounding villages. Self-referrals welcome."),
         areas=[district(ES)], ages=(None, None), cats=[],
         locs=[("lowestoft", "Blyth and Waveney Family Centre")],
         sched=[weekly("MO", "18:00", "20:00")],
         phone=("std", None), email="steadydads", path="steady-dads",
         lab=dict(for_people_who_harm=True, sex="male")),

    # ------------------------------------------------------------ survivors
    dict(key="refuge_norfolk", name="Harbour Light Refuge", org="harbour_light",
         desc=("Safe, temporary accommodation in Norfolk for women, with or without children, "
               "who need to escape domestic abuse. Each family has its own room, with shared "
               "kitchen and lounge. Staff are on site every day and a worker is on call "
               "overnight. We help with safety planning, benefits, school places and moving on "
               "to a new home. The address is confidential."),
         elig=("Women aged 16 and over fleeing domestic abuse, and their children. Boys up to "
               "the age of 16 can stay with their mother. We cannot accommodate men; please see "
               "Men's Safe Space East."),
         areas=NFK, ages=(16, None), cats=["16"],
         locs=[("confidential", "Harbour Light Refuge (address withheld)")],
         alert="If you are in immediate danger call 999.",
         apply="Call the 24-hour referral line. Professionals and women themselves can refer.",
         phone=("free", "24-hour referral line"), email="referrals", path="refuge",
         lab=dict(survivors_only=True, sex="female")),

    dict(key="idva_norfolk", name="Norfolk Independent Domestic Violence Advisers (IDVA)",
         org="ouse_wensum_safety",
         desc=("IDVAs give intensive, short-term support to people at high risk of serious harm "
               "from a partner, ex-partner or family member. Your IDVA represents your views at "
               "MARAC, helps with safety planning, the police, court and housing, and stays "
               "alongside you through the most dangerous period."),
         elig=("Anyone aged 16 or over in Norfolk assessed as high risk (DASH score of 14 or "
               "more, or referred to MARAC). People at standard or medium risk are supported by "
               "Domestic Abuse Community Support."),
         areas=NFK, ages=(16, None), cats=["16"],
         locs=[("norwich", "Ouse and Wensum House")],
         phone=("std", "Professionals' referral line"), email="idva", path="idva",
         lab=dict(survivors_only=True)),

    dict(key="da_outreach_norfolk", name="Domestic Abuse Community Support", org="ouse_wensum_safety",
         desc=("Free support in the community for anyone being hurt, threatened or controlled by "
               "a partner, ex-partner or family member aged 16 or over. One-to-one support, "
               "safety planning, help with injunctions and housing, and 'Moving Forward' group "
               "sessions. You do not have to leave home to get help from us. Men, women and "
               "LGBT+ people are all welcome."),
         elig=("Anyone aged 16+ living in Norfolk, at standard or medium risk. High-risk cases "
               "are passed to the IDVA service."),
         areas=NFK, ages=(16, None), cats=["16"],
         interp="Telephone interpreters for any language.",
         locs=[("norwich", "Ouse and Wensum House"), ("kings_lynn", "Norfolk Street Rooms"),
               ("great_yarmouth", "King Street Centre"), ("thetford", "Thetford Family Rooms")],
         phone=("std", "Advice and self-referral line"), email="support", path="community-support",
         lab=dict(survivors_only=True)),

    dict(key="mens_safe_space", name="Men's Safe Space East", org="eastern_mens",
         desc=("Confidential support for men who are being abused by a partner, ex-partner or "
               "family member, whether physical, emotional, financial or coercive control. "
               "Phone, text and face-to-face appointments."),
         elig="Men aged 18+ living in Norfolk or Suffolk.",
         areas=[county(NORFOLK), county(SUFFOLK)], ages=(18, None), cats=["16"],
         locs=[("norwich", "Bethel Street Rooms"), ("lowestoft", "London Road North Office")],
         phone=("mob", "Call or text"), email="talk", path="",
         lab=dict(survivors_only=True, sex="male")),

    dict(key="rising_women", name="Rising: a recovery course for women", org="brecks_community",
         desc=("Rising is a 12-week course for women who have left an abusive relationship. "
               "Together we look at how abusers operate, the effects on you and your children, "
               "and how to rebuild your confidence and trust your own judgement again. Sessions "
               "run in Dereham and Thetford in school hours, with a crèche."),
         elig=("Women living in Breckland. Rising is for women who are no longer living with the "
               "person who hurt them; if you are still together, please contact Domestic Abuse "
               "Community Support first."),
         areas=[district(BRE)], ages=(18, None), cats=["16"],
         locs=[("dereham", "Brecks Community Rooms"), ("thetford", "Thetford Family Rooms")],
         phone=("std", None), email="rising", path="rising",
         lab=dict(survivors_only=True, sex="female", contraindications=["harm_person_at_home"])),

    dict(key="little_lighthouse", name="Little Lighthouse", org="three_rivers",
         desc=("A 10-week therapeutic group for children aged 5 to 11 who have lived with "
               "domestic abuse at home. Through play, art and stories, children learn that what "
               "happened was not their fault, how to name big feelings and how to keep safe. A "
               "parallel group runs for the parent who was harmed."),
         elig=("Children aged 5 to 11 living in Norfolk. The parent or carer who caused the harm "
               "must no longer live in the household, and the child should be settled where "
               "they are living."),
         areas=NFK, ages=(5, 11), cats=["16", "27"],
         locs=[("norwich", "Three Rivers House"), ("kings_lynn", "Norfolk Street Rooms"),
               ("dereham", "Brecks Community Rooms")],
         phone=("std", None), email="lighthouse", path="little-lighthouse",
         lab=dict(survivors_only=True, contraindications=["harm_person_at_home"])),

    dict(key="bezpieczna_przystan",
         name="Bezpieczna Przystań – wsparcie dla kobiet",
         org="polish_women",
         desc=("Wsparcie w języku polskim dla kobiet doświadczających przemocy domowej: rozmowy "
               "indywidualne, plan bezpieczeństwa, pomoc w kontaktach z policją, sądem i "
               "urzędami. Spotkania w Norwich i King's Lynn albo przez telefon. "
               "Polish-language support for women experiencing domestic abuse. All sessions are "
               "in Polish."),
         elig=("Kobiety 18+ mieszkające w hrabstwie Norfolk. "
               "Women aged 18+ living in Norfolk."),
         areas=NFK, ages=(18, None), cats=[], langs=[("Polish", "pl", "Wszystkie spotkania po polsku")],
         locs=[("norwich", "Bethel Street Rooms"), ("kings_lynn", "Norfolk Street Rooms")],
         phone=("mob", "Telefon / SMS"), email="kontakt", path="przystan",
         lab=dict(survivors_only=True, sex="female", language_only="pl")),

    dict(key="taking_back_calm", name="Taking Back Calm – parents' group", org="broads_youth",
         desc=("A 10-week group for parents and carers who are being hurt, threatened or "
               "intimidated by their own child or teenager. You are not alone and it is not "
               "your fault. We share practical, non-violent ways to step back, stay safe and "
               "take back some calm at home. Runs alongside, but does not need, Respect at Home."),
         elig="Parents and carers in Norfolk whose child, aged 8 to 18, is hurting them.",
         areas=NFK, ages=(8, 18), cats=["19", "16"],
         locs=[("norwich", "Broads Youth Base"), ("kings_lynn", "Norfolk Street Rooms")],
         sched=[weekly("WE", "10:00", "12:00")],
         phone=("std", None), email="takingbackcalm", path="taking-back-calm",
         lab=dict(survivors_only=True)),

    dict(key="national_da_helpline", name="HomeSafe 24-hour Domestic Abuse Helpline",
         org="homesafe",
         desc=("Free, confidential, 24-hour helpline and live chat for anyone experiencing "
               "domestic abuse, and for friends, family and professionals supporting them. We "
               "can look for a refuge space anywhere in England."),
         areas=[national(ENG)], ages=(None, None), cats=["16"], locs=[],
         interp="Interpreters available in over 100 languages.",
         phone=("free", "24 hours, every day"), email="info", path="",
         lab=dict(survivors_only=True)),

    # ------------------------------------------------- one sex / child sex
    dict(key="dad_matters_norwich", name="Dad Matters Norwich", org="wensum_family",
         desc=("Saturday morning play and breakfast for you and your little ones aged 0 to 5. "
               "Messy play, a bacon roll and a chat with others in the same boat. Once a month "
               "there is a short session on a topic you choose: sleep, weaning, tantrums, "
               "getting on with your co-parent."),
         areas=[district(NOR, "Norwich city")], ages=(0, 5), cats=["11", "19"],
         locs=[("mile_cross", "Mile Cross Family Hub")],
         sched=[weekly("SA", "09:30", "11:30")],
         phone=("std", None), email="dadmatters", path="dad-matters",
         lab=dict(sex="male")),

    dict(key="girls_allowed_gy", name="Girls Allowed", org="yare_valley_family",
         desc=("Weekly confidence and wellbeing group in Great Yarmouth for 11 to 16 year olds: "
               "friendships, body image, staying safe online and having your say. Referral from "
               "school, the family hub, or just come along."),
         areas=[district(GY)], ages=(11, 16), cats=["24", "27"],
         locs=[("great_yarmouth", "Yare Valley Family Centre")],
         sched=[weekly("WE", "16:00", "18:00")],
         phone=("std", None), email="girlsallowed", path="girls-allowed",
         lab=dict(child_sex="girls")),

    dict(key="step_up_mentoring_kl", name="Step Up Mentoring", org="lynn_youth",
         desc=("One-to-one mentoring for lads aged 10 to 15 in King's Lynn and West Norfolk who "
               "are struggling at school, getting into trouble or missing a positive male role "
               "model. Each young man is matched with a trained volunteer for six months of "
               "weekly meet-ups: football, fishing, cooking, homework."),
         areas=[district(KL)], ages=(10, 15), cats=["24"],
         locs=[("kings_lynn", "Lynn Riverside Youth Hub")],
         phone=("std", None), email="stepup", path="step-up",
         lab=dict(child_sex="boys")),

    dict(key="mums_cuppa_dereham", name="Mums' Cuppa and Chat", org="brecks_community",
         desc=("A friendly drop-in every Thursday in the Dereham family room. Bring the baby or "
               "come on your own, have a hot drink while it is still hot, and chat with others "
               "and with our family support worker. Toys and a play mat for under-5s."),
         areas=[locality("Dereham and nearby villages",
                         ["Dereham", "Toftwood", "Scarning", "Swanton Morley", "Mattishall"])],
         ages=(0, 4), cats=[], locs=[("dereham", "Brecks Community Rooms")],
         sched=[weekly("TH", "10:00", "11:30")],
         phone=None, email="cuppa", path="cuppa",
         lab=dict(sex="female")),

    dict(key="young_dads_norwich", name="Young Dads Crew", org="wensum_family",
         desc=("A peer group for dads aged 16 to 24. We meet every other week for food, a game "
               "of pool and a proper chat about being a dad: money, housing, seeing your kids, "
               "getting on with their mum, and your own mental health. One-to-one support is "
               "available too."),
         elig=("Young fathers aged 16 to 24 living in Norwich, whether or not they live with "
               "their child. Expectant dads welcome."),
         areas=[district(NOR)], ages=(None, None), cats=["19"],
         locs=[("norwich", "Bethel Street Family Hub")],
         sched=[weekly("TH", "17:00", "19:00", "Every other Thursday", interval=2)],
         phone=("mob", "Call or WhatsApp"), email="youngdads", path="young-dads",
         lab=dict(sex="male", group_only="young_parents")),

    dict(key="romanian_mums_gy", name="Grupul Mămicilor – Great Yarmouth", org="romanian_gy",
         desc=("Ne întâlnim în fiecare marți dimineața: joacă pentru copii, sprijin între mame și "
               "informații despre școală, medicul de familie și serviciile locale. "
               "A weekly group for Romanian-speaking mums and their children under 5, held in "
               "Romanian."),
         elig="Mame vorbitoare de limba română din Great Yarmouth, cu copii între 0 și 5 ani.",
         areas=[district(GY)], ages=(0, 5), cats=["11"],
         langs=[("Romanian", "ro", "Grupul se desfășoară în limba română")],
         locs=[("great_yarmouth", "King Street Centre")],
         sched=[weekly("TU", "09:30", "11:30")],
         phone=("mob", None), email="mamici", path="",
         lab=dict(sex="female", language_only="ro")),

    # ------------------------------------------------------------ conditions
    dict(key="after_diagnosis_autism", name="After Diagnosis – autism workshops for parents",
         org="broads_parent_carers",
         desc=("Six evening workshops for parents and carers of children and young people who "
               "have recently been diagnosed as autistic: understanding autism, communication, "
               "sensory needs, anxiety and meltdowns, and working with school. Online and in "
               "Norwich."),
         elig=("Parents and carers of a child aged 2 to 18 with a confirmed diagnosis of autism "
               "(ASD/ASC) made in the last two years. We will ask to see the diagnosis letter."),
         areas=NFK, ages=(2, 18), cats=["37", "40"],
         locs=[("norwich", "Bethel Street Rooms")],
         phone=("std", None), email="afterdiagnosis", path="after-diagnosis",
         lab=dict(conditions=["autism"], diagnosis_required=True)),

    dict(key="spectrum_steps", name="Spectrum Steps peer support", org="broads_parent_carers",
         desc=("Monthly coffee mornings and online evenings for parents and carers of children "
               "who are autistic or who might be. Waiting for an assessment? You are very "
               "welcome; no diagnosis needed. Meet parents who have been there, pick up "
               "practical tips and find out what help there is while you wait."),
         areas=NFK, ages=(0, 18), cats=["37", "40"],
         locs=[("aylsham", "Red Lion Street Hall"), ("kings_lynn", "Norfolk Street Rooms"),
               ("great_yarmouth", "King Street Centre")],
         phone=("std", None), email="spectrumsteps", path="spectrum-steps",
         lab=dict(conditions=["autism"])),

    dict(key="adhd_parent_circle", name="ADHD Parent Circle Norfolk", org="focus_east",
         desc=("For parents and carers of children with ADHD or suspected ADHD: a monthly support "
               "group, a six-week 'Understanding ADHD' course and a phone line run by parents. "
               "Whether your child is diagnosed, on the waiting list, or you are just wondering, "
               "come along."),
         areas=NFK, ages=(4, 18), cats=["40", "46"],
         locs=[("norwich", "Focus East Office"), ("dereham", "Brecks Community Rooms")],
         phone=("std", "Parent phone line"), email="parents", path="parent-circle",
         lab=dict(conditions=["adhd"])),

    dict(key="focus_teens", name="Focus Teens coaching", org="focus_east",
         desc=("Eight one-to-one coaching sessions for teenagers with ADHD, to help with "
               "organisation, motivation, emotions and school. At our Norwich office, in school "
               "or online."),
         elig=("Young people aged 13 to 18 with a formal ADHD diagnosis (CAMHS, paediatrician or "
               "private clinician), living in Norwich or Broadland. Sorry, we cannot see young "
               "people who are still waiting for an assessment."),
         areas=[district(NOR), district(BRO)], ages=(13, 18), cats=["46"],
         locs=[("norwich", "Focus East Office")],
         phone=("std", None), email="teens", path="focus-teens",
         lab=dict(conditions=["adhd"], diagnosis_required=True)),

    dict(key="deaf_children_family", name="Norfolk Deaf Children's Family Network",
         org="silent_broad",
         desc=("Family days, a parent support group, BSL taster sessions and one-to-one advice "
               "for families of deaf children. Our family support officer can help with EHCPs, "
               "DLA forms and hearing equipment."),
         elig=("Families in Norfolk with a child aged 0 to 18 who has a permanent hearing loss "
               "confirmed by audiology (any level, one or both ears)."),
         areas=NFK, ages=(0, 18), cats=["41", "26"],
         langs=[EN, ("British Sign Language", "sgn", "BSL users welcome at every event")],
         locs=[("norwich", "Bethel Street Rooms")],
         phone=("std", "Voice or text relay"), email="families", path="",
         lab=dict(conditions=["hearing_impairment"], diagnosis_required=True)),

    dict(key="bump_to_one", name="Bump to One – perinatal emotional wellbeing",
         org="yare_valley_health",
         desc=("Talking support and groups for parents struggling with anxiety, low mood or "
               "intrusive thoughts in pregnancy or in the first year after birth, including a "
               "'Birth Reflections' session for anyone who found the birth distressing. Mums, "
               "dads and partners can refer themselves."),
         elig=("Pregnant, or up to 12 months after the birth, and registered with a Norfolk GP. "
               "For severe or sudden changes in mental health, ask your GP or midwife about the "
               "specialist perinatal team."),
         areas=NFK, ages=(None, 1), cats=["36"],
         locs=[("norwich", "Yare Valley Health Centre"), ("kings_lynn", "Norfolk Street Rooms")],
         phone=("std", None), email="bumptoone", path="bump-to-one",
         lab=dict(conditions=["perinatal_mental_health"])),

    dict(key="short_breaks", name="Norfolk Short Breaks for disabled children", org="short_breaks",
         desc=("Short breaks give disabled children and young people fun things to do and their "
               "families a rest: after-school and holiday clubs, overnight stays and personal "
               "budgets."),
         elig=("Children and young people aged 0 to 17 living in Norfolk with a disability or "
               "long-term condition that has a substantial effect on daily life. Families must "
               "complete the short breaks eligibility form, and the child's needs must be "
               "confirmed by a professional, before a break can be offered."),
         areas=NFK, ages=(0, 17), cats=["38"], locs=[],
         phone=("std", None), email="shortbreaks", path="",
         lab=dict(conditions=["disability"], diagnosis_required=True)),

    dict(key="send_parent_forum", name="Norfolk SEND Parent Carer Voice", org="broads_parent_carers",
         desc=("An independent network for parents and carers of children and young people with "
               "special educational needs and disabilities, 0 to 25. Information events, an "
               "online group and a chance to shape local services. No diagnosis or EHCP needed."),
         areas=NFK, ages=(0, 25), cats=["40"], locs=[],
         phone=None, email="voice", path="parent-carer-voice"),

    dict(key="portage_norfolk", name="Portage home visiting", org="wensum_family",
         desc=("Portage home visitors support pre-school children with significant developmental "
               "delay or disabilities, and their families, through play-based learning at home, "
               "usually every fortnight. We help families plan small steps and get ready for "
               "nursery and school."),
         elig=("Children from birth until they start school, living in Norfolk, with delay in "
               "two or more areas of development. A diagnosis is not needed; referral by a "
               "health visitor, paediatrician or nursery."),
         areas=NFK, ages=(0, 4), cats=["39", "42"], locs=[],
         phone=("std", None), email="portage", path="portage",
         lab=dict(conditions=["developmental_delay"])),

    dict(key="fenland_autism", name="Fenland Autism Family Support", org="ouse_fen",
         desc=("Support for families in Fenland (Wisbech, March, Whittlesey, Chatteris) living "
               "with autism, diagnosed or waiting: home visits, parent workshops and a sibling "
               "group."),
         areas=[district(FEN)], ages=(0, 18), cats=["37", "40"],
         locs=[("wisbech", "Hill Street Family Room")],
         phone=("std", None), email="autism", path="autism",
         lab=dict(conditions=["autism"])),

    dict(key="chatterbox_broadland", name="Chatterbox talk and play", org="wensum_family",
         desc=("Small-group talk and play sessions led by an early years practitioner with advice "
               "from speech and language therapists, for toddlers who are late to talk or whose "
               "parents are worried about their speech. Sessions at Sprowston, Aylsham and Acle."),
         elig="Children aged 18 months to 4 years living in Broadland.",
         areas=[district(BRO)], ages=(1, 4), cats=["32", "47"],
         locs=[("sprowston", "Sprowston Family Hub"), ("aylsham", "Red Lion Street Hall"),
               ("acle", "Acle Community Rooms")],
         sched=[weekly("MO", "09:30", "10:30", "Sprowston"), weekly("WE", "13:30", "14:30", "Aylsham"),
                weekly("FR", "09:30", "10:30", "Acle")],
         phone=("std", None), email="chatterbox", path="chatterbox"),

    # ---------------------------------------------------------- group only
    dict(key="young_parents_project", name="Young Parents Project", org="wensum_family",
         desc=("Support for young mums and dads from pregnancy until their baby is two: "
               "one-to-one visits, a weekly group, help with money, housing, education and "
               "training, and a free baby bank."),
         elig=("Parents aged 19 and under (24 and under for care leavers or young parents with "
               "SEND) living anywhere in Norfolk."),
         areas=NFK, ages=(0, 2), cats=["19", "11"],
         locs=[("norwich", "Bethel Street Family Hub"), ("great_yarmouth", "King Street Centre"),
               ("kings_lynn", "Norfolk Street Rooms")],
         phone=("mob", "Text or call"), email="youngparents", path="young-parents",
         lab=dict(group_only="young_parents")),

    dict(key="kinship_carers", name="Kinship Carers Norfolk", org="kinship_network",
         desc=("For grandparents, aunts, uncles, older brothers and sisters and family friends "
               "raising a child who cannot live with their parents, whether under a Special "
               "Guardianship Order, a Child Arrangements Order, kinship fostering or an informal "
               "family arrangement. Peer groups in six towns, a helpline, and advice on "
               "allowances and legal orders."),
         areas=NFK, ages=(None, None), cats=["2"], locs=[],
         phone=("std", "Helpline"), email="norfolk", path="norfolk",
         lab=dict(group_only="kinship_carers")),

    dict(key="recovery_cafe", name="Open Table Recovery Café for parents", org="kestrel",
         desc=("A weekly café and peer support group for mums and dads in recovery from drugs or "
               "alcohol, run by parents with lived experience. Children welcome in the play "
               "area."),
         elig=("Parents who are abstinent or stable in their recovery, in Norwich or Great "
               "Yarmouth. Members must not be currently using; please do not come if you have "
               "used drugs or alcohol that day."),
         areas=[district(NOR), district(GY)], ages=(None, None), cats=[],
         locs=[("lakenham", "Hall Road Community Café"), ("great_yarmouth", "King Street Centre")],
         sched=[weekly("FR", "10:00", "12:30", "Norwich"), weekly("TU", "13:00", "15:00", "Great Yarmouth")],
         phone=("std", None), email="opentable", path="open-table",
         lab=dict(group_only="in_recovery", contraindications=["substance_use"])),

    dict(key="new_neighbours_norwich", name="New Neighbours Norwich", org="bishopbridge",
         desc=("Welcome and practical help for families seeking asylum and refugees: English "
               "conversation, help registering with a GP and finding school places, a women's "
               "sewing group and a weekly family afternoon."),
         elig="People seeking asylum and refugees living in Norwich, including in hotels.",
         areas=[district(NOR)], ages=(None, None), cats=["2"],
         interp="Volunteer interpreters for Arabic, Kurdish Sorani, Farsi, Pashto and Tigrinya.",
         locs=[("norwich", "Bishopbridge Welcome Hall")],
         sched=[weekly("WE", "13:00", "16:00", "Family afternoon")],
         phone=("std", None), email="hello", path="",
         lab=dict(group_only="asylum_refugee")),

    dict(key="little_stars", name="Little Stars – after the death of a baby", org="poppy_field",
         desc=("Support for parents and families after miscarriage, stillbirth or the death of a "
               "baby or infant: one-to-one bereavement support, a monthly parents' group in "
               "Norwich and King's Lynn, and memory boxes."),
         areas=NFK, ages=(None, None), cats=["27"],
         locs=[("norwich", "Bethel Street Rooms"), ("kings_lynn", "Norfolk Street Rooms")],
         phone=("std", None), email="littlestars", path="little-stars",
         lab=dict(group_only="bereaved_parents_baby_loss")),

    dict(key="young_carers_norfolk", name="Norfolk Young Carers", org="carers_harbour",
         desc=("For children and young people who help look after someone at home who is ill, "
               "disabled, has a mental health problem or uses drugs or alcohol. Clubs, trips, "
               "support in school and a young carers' ID card."),
         areas=NFK, ages=(5, 18), cats=["24", "27"], locs=[],
         phone=("std", None), email="youngcarers", path="young-carers",
         lab=dict(group_only="young_carers")),

    # ------------------------------------------------------ language only
    dict(key="apoio_familias_thetford", name="Apoio às Famílias – Thetford", org="luso_thetford",
         desc=("Apoio gratuito em português para mães e pais: conselhos sobre rotinas, "
               "comportamento e escola, ajuda com formulários (Universal Credit, Child Benefit, "
               "inscrição no médico de família e na escola) e um grupo semanal para pais com "
               "crianças pequenas. Todas as sessões são em português."),
         elig=("Famílias de língua portuguesa que vivem em Thetford, Croxton, Kilverstone ou "
               "Brettenham, com crianças dos 0 aos 18 anos."),
         areas=[locality("Thetford e arredores", ["Thetford", "Croxton", "Kilverstone", "Brettenham"],
                         "Thetford e aldeias próximas")],
         ages=(0, 18), cats=[], langs=[("Portuguese", "pt", "Só em português")],
         locs=[("thetford", "Sala da Associação")],
         sched=[weekly("SA", "10:00", "12:00", "Grupo de pais")],
         phone=("mob", "Telefone / WhatsApp"), email="apoio", path="",
         lab=dict(language_only="pt")),

    dict(key="lt_parents_kl", name="Lietuvių tėvų klubas", org="lt_lynn",
         desc=("Kas antrą šeštadienį susitinkame King's Lynn: žaidimai vaikams, pokalbiai "
               "tėvams, patarimai apie darželį ir mokyklą. A fortnightly Saturday club run "
               "entirely in Lithuanian for parents and children up to 11, with advice on "
               "nursery, school and local services."),
         areas=[district(KL)], ages=(0, 11), cats=["1"],
         langs=[("Lithuanian", "lt", "Tik lietuvių kalba")],
         locs=[("kings_lynn", "Norfolk Street Rooms")],
         sched=[weekly("SA", "11:00", "13:00", "Kas antrą šeštadienį", interval=2)],
         phone=("mob", None), email="klubas", path="",
         lab=dict(language_only="lt")),

    dict(key="arabic_mothers_norwich", name="Sisters' Circle (دائرة الأخوات)", org="wensum_sisters",
         desc=("مجموعة أسبوعية للأمهات الناطقات بالعربية في نورويتش: دعم نفسي واجتماعي، أنشطة "
               "للأطفال، ومعلومات عن المدارس والخدمات. A weekly group in Arabic for "
               "Arabic-speaking mothers in Norwich, with a crèche for under-5s."),
         areas=[district(NOR)], ages=(None, None), cats=["11", "27"],
         langs=[("Arabic", "ar", "The group is run in Arabic")],
         locs=[("mile_cross", "Mile Cross Family Hub")],
         sched=[weekly("MO", "10:00", "12:00")],
         phone=("mob", None), email="circle", path="",
         lab=dict(sex="female", language_only="ar")),

    # ------------------------------------------------------- exclusions
    dict(key="better_together_rpc", name="Better Together – help for parents who argue",
         org="saltmarsh",
         desc=("Arguing a lot? Stuck in the same rows? Better Together offers up to eight "
               "sessions for parents, together or separated, to reduce conflict and talk to each "
               "other better for the children's sake. Sessions with a trained relationship "
               "practitioner, face to face or online."),
         elig=("Parents and carers in Norfolk with a child under 18. Not suitable where there is "
               "domestic abuse, where one parent is afraid of the other or one controls the "
               "other: please contact Domestic Abuse Community Support instead. We speak to each "
               "parent separately before starting."),
         areas=NFK, ages=(0, 17), cats=["20"],
         locs=[("norwich", "Saltmarsh House"), ("kings_lynn", "Norfolk Street Rooms")],
         phone=("std", None), email="bettertogether", path="better-together",
         lab=dict(contraindications=["domestic_abuse"])),

    dict(key="family_mediation", name="Norfolk Family Mediation Service", org="saltmarsh",
         desc=("Mediation for separating and separated parents to agree arrangements for "
               "children, property and money without going to court. Mediation Information and "
               "Assessment Meetings (MIAMs) within 10 working days."),
         elig=("Separating or separated parents in Norfolk. Mediation is not suitable where "
               "there has been domestic abuse; each person is seen alone first so that we can "
               "check this safely."),
         fees=("£120 per person for the MIAM; joint sessions £150 per person. Free if either of "
               "you qualifies for legal aid; a government voucher of up to £500 may be available "
               "for child arrangements cases."),
         costs=[("MIAM (per person)", 120, "Initial individual meeting"),
                ("Joint session (per person)", 150, "Each mediation session")],
         accred="Family Mediation Council accredited mediators",
         areas=NFK, ages=(None, None), cats=["21"],
         locs=[("norwich", "Saltmarsh House"), ("kings_lynn", "Norfolk Street Rooms"),
               ("great_yarmouth", "King Street Centre")],
         phone=("std", None), email="mediation", path="mediation",
         lab=dict(contraindications=["domestic_abuse"])),

    dict(key="parenting_apart_online", name="Parenting Apart online course", org="two_homes",
         desc=("A free two-hour online course for separated parents about putting children first "
               "when parents live apart: how children experience separation, talking with your "
               "child's other parent, and handovers."),
         elig=("Separated parents anywhere in England. The course is not designed for families "
               "where there has been domestic abuse, as it encourages parents to communicate "
               "directly."),
         areas=[national(ENG)], ages=(None, None), cats=["21"], locs=[],
         phone=None, email="courses", path="parenting-apart",
         lab=dict(contraindications=["domestic_abuse"])),

    dict(key="home_visiting_volunteers", name="Home Visiting Volunteers – Broadland and South Norfolk",
         org="waveney_valley_hv",
         desc=("Trained volunteers, many of them parents themselves, visit families for two hours "
               "a week to offer friendship and practical help: getting out to groups, routines, "
               "a listening ear, coping with twins, illness or isolation."),
         elig=("Families with at least one child under 12 living in Broadland or South Norfolk. "
               "For our volunteers' safety we cannot visit homes where there is current domestic "
               "abuse or drug or alcohol misuse."),
         areas=[district(BRO), district(SN)], ages=(0, 11), cats=["19"], locs=[],
         phone=("std", None), email="visits", path="",
         lab=dict(contraindications=["domestic_abuse", "substance_use"])),

    # ------------------------------------------------------------- closed
    dict(key="milk_matters_cromer", name="Milk Matters Café – Cromer", org="coast_feeding",
         desc=("A relaxed weekly café with trained peer supporters for help with feeding your "
               "baby. Breast, bottle and combination feeding all welcome."),
         alert=("PAUSED: Milk Matters Cromer is paused until further notice while we recruit "
                "volunteers. Please contact Norfolk Infant Feeding Support."),
         areas=[locality("Cromer and district",
                         ["Cromer", "Overstrand", "East Runton", "West Runton", "Northrepps"])],
         ages=(0, 2), cats=["34"], locs=[("cromer", "Church Street Rooms")],
         sched=[weekly("WE", "10:00", "12:00")],
         phone=None, email="milkmatters", path="cromer",
         lab=dict(closed=True)),

    dict(key="sleep_solutions", name="Sleep Solutions for families", org="yare_valley_health",
         status="temporarily closed",
         desc=("One-to-one sleep advice for families of children aged 1 to 12 with sleep "
               "difficulties, including children with SEND."),
         alert="Temporarily closed to new referrals while the service is recommissioned.",
         areas=NFK, ages=(1, 12), cats=["3"], locs=[],
         phone=("std", None), email="sleep", path="sleep",
         lab=dict(closed=True)),

    dict(key="yarmouth_money_advice", name="Yarmouth Money and Benefits Advice",
         org="yare_valley_family",
         desc=("Free, confidential advice on debts, benefits, council tax and rent arrears for "
               "people living in the borough of Great Yarmouth. Because of very high demand we "
               "are not taking new referrals at the moment; please contact Norfolk Money Advice."),
         areas=[district(GY)], ages=(None, None), cats=["15", "18"],
         locs=[("great_yarmouth", "Yare Valley Family Centre")],
         phone=("std", None), email="money", path="money-advice",
         lab=dict(closed=True)),

    dict(key="hunstanton_youth_club", name="Hunstanton Youth Club", org="lynn_youth",
         status="inactive",
         desc=("Tuesday and Thursday evening youth club for 11 to 18 year olds with pool, music "
               "and trips."),
         areas=[locality("Hunstanton and Heacham", ["Hunstanton", "Old Hunstanton", "Heacham"])],
         ages=(11, 18), cats=[], locs=[("hunstanton", "Greevegate Youth Hall")],
         phone=None, email="hunstanton", path="hunstanton",
         lab=dict(closed=True)),

    # --------------------------------------------------------- ordinary
    dict(key="norwich_family_hub", name="Norwich Family Hub", org="wensum_family",
         desc=("Your family hub for the city of Norwich. Drop in or call for help with parenting, "
               "children's behaviour, money worries, relationships, SEND and wellbeing. Stay and "
               "play, baby groups, parenting courses and one-to-one early help from our family "
               "support workers. Midwives, health visitors and welfare advisers also hold "
               "sessions here."),
         areas=[district(NOR)], ages=(0, 19), cats=["19", "11", "17"],
         interp="Telephone interpreters for any language.",
         locs=[("norwich", "Bethel Street Family Hub"), ("mile_cross", "Mile Cross Family Hub"),
               ("lakenham", "Lakenham Family Hub")],
         sched=[weekly("MO,TU,WE,TH,FR", "09:00", "17:00")],
         phone=("std", "Family hub reception"), email="norwich", path="norwich"),

    dict(key="gy_family_hub", name="Great Yarmouth Family Hub", org="wensum_family",
         desc=("Family hub for the borough of Great Yarmouth, with bases in Great Yarmouth and "
               "Gorleston. Stay and play, baby groups, parenting support, help with money and "
               "housing, and one-to-one family support."),
         areas=[district(GY)], ages=(0, 19), cats=["19", "11"],
         interp="Interpreters can be booked; tell us which language when you call.",
         locs=[("great_yarmouth", "King Street Family Hub"), ("gorleston", "Magdalen Way Family Hub")],
         phone=("std", None), email="yarmouth", path="great-yarmouth"),

    dict(key="kl_family_hub", name="Family Hub – King's Lynn and West Norfolk", org="wensum_family",
         desc=("Parenting support, baby and toddler groups, benefits advice sessions and family "
               "support workers for families across West Norfolk, from Hunstanton to Downham "
               "Market."),
         areas=[district(KL, "Borough of King's Lynn and West Norfolk")], ages=(0, 19),
         cats=["19", "11", "15"], interp="Interpreters available.",
         locs=[("kings_lynn", "Norfolk Street Family Hub"), ("downham", "Bridge Street Family Hub")],
         phone=("std", None), email="westnorfolk", path="west-norfolk"),

    dict(key="thetford_family_hub", name="Thetford Family Hub", org="wensum_family",
         desc=("Family hub for Thetford and the villages around it. Stay and play, parenting "
               "groups, family support and drop-in advice. Portuguese, Lithuanian and Polish "
               "interpreters can join sessions on request."),
         areas=[locality("Thetford and surrounding villages",
                         ["Thetford", "Croxton", "Kilverstone", "Brettenham", "Rushford"])],
         ages=(0, 19), cats=["19", "11"],
         interp="Interpreters on request (Portuguese, Lithuanian, Polish and others).",
         locs=[("thetford", "Thetford Family Rooms")],
         phone=("std", None), email="thetford", path="thetford"),

    dict(key="nn_family_hub", name="North Norfolk Family Hub", org="wensum_family",
         desc=("Family support across North Norfolk, with hub sessions in Cromer, North Walsham "
               "and Fakenham: parenting advice, toddler groups and one-to-one help."),
         areas=[district(NN)], ages=(0, 19), cats=[],
         locs=[("cromer", "Church Street Rooms"), ("north_walsham", "New Road Family Hub"),
               ("fakenham", "Oak Street Family Hub")],
         phone=("std", None), email="northnorfolk", path="north-norfolk"),

    dict(key="intensive_family_support", name="Intensive Family Support", org="wensum_family",
         desc=("A key worker for families facing several problems at once, for example school "
               "attendance, money, mental health, children's behaviour, domestic abuse and "
               "housing, working with the whole family for six to nine months."),
         apply=("Referral by a professional through the Norfolk early help front door, with the "
                "family's consent."),
         areas=NFK, ages=(0, 18), cats=["17"], locs=[],
         phone=("std", None), email="intensive", path="intensive-family-support"),

    dict(key="norfolk_money_advice", name="Norfolk Money Advice", org="money_matters",
         desc=("Free debt and benefits advice for anyone living in Norfolk: benefit checks, "
               "Universal Credit claims and appeals, priority debts, council tax, energy and "
               "rent arrears. Phone, webchat and outreach sessions in family hubs."),
         areas=NFK, ages=(None, None), cats=["15", "18"],
         interp="Interpreters available on request.",
         locs=[("norwich", "Bethel Street Advice Centre")],
         phone=("free", "Advice line"), email="advice", path=""),

    dict(key="dereham_food_bank", name="Dereham and District Food Bank", org="mid_norfolk_food",
         desc=("Emergency food parcels for people in crisis, with toiletries and baby items. "
               "Bring a referral voucher from an agency (family hub, GP, school, housing) or "
               "call us."),
         areas=[locality("Dereham and District",
                         ["Dereham", "Toftwood", "Scarning", "Swanton Morley", "Mattishall"])],
         ages=(None, None), cats=["18"], locs=[("dereham", "Market Place Church Hall")],
         sched=[weekly("TU,FR", "10:00", "12:00")],
         phone=("std", None), email="dereham", path="dereham"),

    dict(key="smokefree_norfolk", name="Smokefree Norfolk", org="yare_valley_health",
         desc=("Free stop smoking support: 12 weeks of behavioural support plus nicotine "
               "replacement or a vape starter kit. Priority support for pregnant women and "
               "their partners."),
         areas=NFK, ages=(12, None), cats=["22"], locs=[],
         phone=("free", None), email="smokefree", path="smokefree"),

    dict(key="drug_alcohol_adults", name="Norfolk Drug and Alcohol Recovery Service", org="clearwater",
         desc=("Free, confidential help for adults worried about their drinking or drug use: "
               "assessment, harm reduction, prescribing, counselling, groups, aftercare and "
               "support for family members. Hubs in Norwich, Great Yarmouth, King's Lynn and "
               "Thetford."),
         areas=NFK, ages=(18, None), cats=["23"],
         locs=[("norwich", "Clearwater Norwich Hub"), ("great_yarmouth", "Clearwater Yarmouth Hub"),
               ("kings_lynn", "Clearwater Lynn Hub"), ("thetford", "Clearwater Thetford Hub")],
         phone=("std", None), email="recovery", path=""),

    dict(key="under18_substance", name="Switch – young people's drug and alcohol service",
         org="clearwater",
         desc=("Confidential advice and one-to-one support for young people who are using drugs "
               "or alcohol, or are affected by someone else's use. We meet you at school, at "
               "home or somewhere you choose."),
         areas=NFK, ages=(10, 17), cats=["23", "24"], locs=[],
         phone=("mob", "Text us"), email="switch", path="switch"),

    dict(key="first_call_mh_line", name="First Call 24/7 Mental Health Line", org="yare_valley_health",
         desc=("For people of any age in Norfolk and Waveney who are in mental health crisis, or "
               "worried about someone: call 24 hours a day, 7 days a week, to speak to a mental "
               "health professional. If a life is at immediate risk, call 999."),
         areas=[county(NORFOLK), district(ES, "Waveney (East Suffolk)",
                                          "Lowestoft, Beccles, Bungay, Halesworth and Southwold")],
         ages=(None, None), cats=["27"], locs=[],
         phone=("free", "24 hours"), email="firstcall", path="first-call"),

    dict(key="listening_line_uk", name="Still Waters Listening Line", org="still_waters",
         desc=("Whatever you are going through, you can talk to us any time, day or night. Free "
               "from any phone. We listen; we do not judge."),
         areas=[national(UK)], ages=(None, None), cats=["27"], locs=[],
         phone=("free", "Any time, day or night"), email="listen", path=""),

    dict(key="point_zero_selfharm", name="Point Zero – self-harm support for young people",
         org="wensum_youth_wellbeing",
         desc=("Support for 11 to 18 year olds who self-harm or are thinking about it: one-to-one "
               "sessions, a moderated online group and a guide for parents. This is not an "
               "emergency service; if someone needs urgent medical help call 999 or go to A&E."),
         areas=NFK, ages=(11, 18), cats=["27", "46"], locs=[],
         phone=("std", None), email="pointzero", path="point-zero"),

    dict(key="mind_matters_wellbeing", name="Mind Matters – children's emotional wellbeing",
         org="wensum_youth_wellbeing",
         desc=("Early support for children and young people with worries, low mood, anger, "
               "friendship problems or changes at home. Short pieces of work (4 to 8 sessions) "
               "in school or at home, plus workshops for parents."),
         areas=NFK, ages=(5, 18), cats=["27"], locs=[],
         phone=("std", None), email="mindmatters", path="mind-matters"),

    dict(key="kind_online_bullying", name="Kind Online", org="kind_online",
         desc=("Help for children and teenagers who are being bullied in person or online, and "
               "for their parents: live chat, advice on reporting on apps and games, and a guide "
               "to working with school."),
         areas=[national(UK)], ages=(8, 18), cats=["14"], locs=[],
         phone=None, email="help", path=""),

    dict(key="stay_play_gorleston", name="Stay and Play Gorleston & Bradwell", org="yare_valley_family",
         desc="Free stay and play for babies and under-5s with their grown-ups: sensory play, songs and snack.",
         areas=[locality("Gorleston-on-Sea and Bradwell",
                         ["Gorleston-on-Sea", "Bradwell", "Southtown", "Cobholm"])],
         ages=(0, 4), cats=["11"],
         locs=[("gorleston", "Magdalen Way Family Hub"), ("bradwell", "Beccles Road Church Hall")],
         sched=[weekly("MO", "09:30", "11:00", "Gorleston"), weekly("TH", "13:30", "15:00", "Bradwell")],
         phone=None, email="stayandplay", path="stay-and-play"),

    dict(key="breckland_holiday_club", name="Brecks Holiday Club", org="brecks_community",
         desc=("Holiday club at Easter, in the summer and at October half-term: sport, crafts, "
               "forest school and a hot lunch. Free places for children who get "
               "benefits-related free school meals."),
         fees="£18 per day; free places for children on benefits-related free school meals.",
         costs=[("Day place", 18, "Per child per day")],
         areas=[district(BRE)], ages=(5, 12), cats=["9"],
         locs=[("dereham", "Brecks Community Rooms"), ("attleborough", "Church Street Hall"),
               ("watton", "High Street Hall")],
         phone=("std", None), email="holidayclub", path="holiday-club"),

    dict(key="lynn_sports", name="Lynn Sports Sessions", org="lynn_youth",
         desc="Free evening sport for young people: football, basketball, boxing fitness and dance.",
         areas=[district(KL)], ages=(8, 16), cats=["13"],
         locs=[("kings_lynn", "Lynn Riverside Youth Hub")],
         sched=[weekly("TU,TH", "18:00", "20:00")],
         phone=None, email="sport", path="sport"),

    dict(key="healthy_child_norfolk", name="Healthy Child Programme – health visiting and school nursing",
         org="yare_valley_health",
         desc=("Health visitors and school nurses for children and young people aged 0 to 19 in "
               "Norfolk: antenatal contact, new baby visits, development reviews, feeding, "
               "sleep, behaviour, emotional health and growth. Call the advice line, or text a "
               "school nurse if you are 11 to 19."),
         areas=NFK, ages=(0, 19), cats=["33", "30"], locs=[],
         phone=("std", "Advice line"), email="healthychild", path="healthy-child"),

    dict(key="infant_feeding_norfolk", name="Norfolk Infant Feeding Support", org="yare_valley_health",
         desc=("Specialist help with breastfeeding, combination and bottle feeding: home visits, "
               "a helpline seven days a week, and weekly drop-ins in Norwich, Great Yarmouth, "
               "King's Lynn, Dereham and North Walsham."),
         areas=NFK, ages=(0, 2), cats=["34"],
         locs=[("norwich", "Yare Valley Health Centre"), ("north_walsham", "New Road Family Hub")],
         phone=("std", "Feeding helpline"), email="feeding", path="infant-feeding"),

    dict(key="nn_community_car", name="North Norfolk Community Car Scheme", org="coast_country_vols",
         desc=("Volunteer drivers take people who cannot use public transport to medical "
               "appointments, the family hub, food shopping and school meetings."),
         fees="45p per mile, paid to the driver.",
         costs=[("Mileage", 0.45, "Per mile")],
         areas=[district(NN)], ages=(None, None), cats=[], locs=[],
         phone=("std", "Bookings, weekdays 9 to 1"), email="cars", path="community-cars"),

    dict(key="brush_up_oral", name="Brush Up – children's oral health", org="yare_valley_health",
         desc=("Free toothbrush packs, supervised brushing in nurseries and advice sessions for "
               "parents on keeping children's teeth healthy. We are not a dental practice and "
               "cannot register children with a dentist."),
         areas=NFK, ages=(0, 11), cats=["29"], locs=[],
         phone=None, email="brushup", path="brush-up"),

    dict(key="youth_justice_prevention", name="Fresh Start Youth Prevention", org="broads_youth",
         desc=("Voluntary early support for young people on the edge of the youth justice "
               "system: those who have had a community resolution, been arrested, or are at "
               "risk of exploitation. Mentoring, activities and family support."),
         areas=NFK, ages=(10, 17), cats=["25"], locs=[],
         phone=("std", None), email="freshstart", path="fresh-start"),

    dict(key="spalding_family_hub", name="Spalding and South Holland Family Hub", org="welland",
         desc=("Family support, parenting groups and early years sessions for families in South "
               "Holland: Spalding, Holbeach, Long Sutton and Crowland."),
         areas=[district(SH)], ages=(0, 19), cats=["19", "11"],
         locs=[("spalding", "Winsover Road Family Hub")],
         phone=("std", None), email="spalding", path=""),

    dict(key="west_suffolk_parenting", name="Parenting Together – West Suffolk", org="lark_valley",
         desc=("A free eight-week parenting course for parents of children aged 2 to 11, run in "
               "Bury St Edmunds, Brandon, Mildenhall and Haverhill. Praise, play, routines, "
               "boundaries and calm consequences."),
         areas=[district(WS)], ages=(2, 11), cats=["19"],
         locs=[("bury", "Risbygate Street Centre"), ("brandon", "High Street Community Room")],
         phone=("std", None), email="parenting", path="parenting-together"),

    dict(key="lowestoft_family_hub", name="Lowestoft Family Hub", org="blyth_waveney",
         desc=("Family support, stay and play, baby groups and parenting advice for families in "
               "Lowestoft, Beccles, Bungay and the rest of the Waveney area of East Suffolk."),
         areas=[district(ES)], ages=(0, 19), cats=["19", "11"],
         locs=[("lowestoft", "London Road North Family Hub"), ("beccles", "Smallgate Family Room")],
         phone=("std", None), email="lowestoft", path="family-hub"),

    dict(key="national_parent_helpline", name="Open Ear Parent Helpline", org="open_ear",
         desc=("Free helpline and webchat for parents and carers about anything: behaviour, "
               "teenagers, relationships, money, stress."),
         areas=[national(UK)], ages=(None, None), cats=["19"], locs=[],
         sched=[weekly("MO,TU,WE,TH,FR", "09:00", "21:00"), weekly("SA,SU", "10:00", "15:00")],
         phone=("free", None), email="talk", path=""),

    dict(key="positive_parenting_course", name="Positive Parenting (8-week course)", org="wensum_family",
         desc=("A group course for parents and carers of children aged 2 to 12, in every district "
               "of Norfolk and online. Build a stronger relationship with your child, set clear "
               "limits and handle difficult behaviour calmly."),
         areas=NFK, ages=(2, 12), cats=["19"], interp="Interpreters can be arranged.",
         locs=[("norwich", "Bethel Street Family Hub"), ("kings_lynn", "Norfolk Street Family Hub"),
               ("great_yarmouth", "King Street Family Hub"), ("dereham", "Brecks Community Rooms"),
               ("wymondham", "Middleton Street Hall"), ("cromer", "Church Street Rooms"),
               ("acle", "Acle Community Rooms")],
         phone=("std", None), email="courses", path="positive-parenting"),

    dict(key="child_bereavement", name="Stepping Stones – bereaved children", org="willow_tree",
         desc=("Support for children and young people after the death of someone important to "
               "them: a parent, brother or sister, grandparent or friend. One-to-one sessions, "
               "family days and advice for parents."),
         elig="Children and young people aged 4 to 18 living in Norfolk.",
         areas=NFK, ages=(4, 18), cats=["27"], locs=[],
         phone=("std", None), email="steppingstones", path=""),
]
