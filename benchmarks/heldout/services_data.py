"""The held-out directory: hand-written, fictional service listings for Shropshire
and its neighbours. Each S(...) call is one service; the keyword arguments at the
end of each call (harm=, surv=, sex=, ...) are the ground-truth label, which the
matcher never sees.
"""

from common import free_text_area, la_area, locality, place, uid

SERVICES = []

ORGS = {
    "hubs": (
        "Salopia Family Hubs",
        "The partnership that runs family hubs across Shropshire on behalf of the council, health and voluntary sector partners.",
        "https://www.salopiafamilyhubs.example.org.uk",
    ),
    "eh": (
        "Severnside Early Help",
        "Early help key-work and targeted family support for Shropshire families.",
        "https://www.severnside-earlyhelp.example.org.uk",
    ),
    "health": (
        "Marches Community Health NHS Trust",
        "Community children's health services: health visiting, school nursing, children's therapies.",
        "https://www.marcheschildrenshealth.example.nhs.uk",
    ),
    "mhtrust": (
        "Wrekin and Severn Mental Health Partnership",
        "Specialist mental health services for Shropshire and Telford and Wrekin.",
        "https://www.wsmhp.example.nhs.uk",
    ),
    "parenting": (
        "Longmynd Parenting Collective",
        "A social enterprise of parenting practitioners delivering evidence-based group programmes.",
        "https://www.longmyndparenting.example.org.uk",
    ),
    "advice": (
        "Severn Valley Advice",
        "Independent advice charity: benefits, debt, housing, employment.",
        "https://www.severnvalleyadvice.example.org.uk",
    ),
    "housing": (
        "Salop Housing Options",
        "Housing options and homelessness prevention team.",
        "https://www.salophousing.example.org.uk",
    ),
    "clun": (
        "Clun Valley Community Trust",
        "Small rural charity serving the Clun valley and the hills around Bishop's Castle.",
        "https://www.clunvalleytrust.example.org.uk",
    ),
    "oswestry": (
        "Borderlands Family Network",
        "Oswestry-based family charity working along the Welsh border.",
        "https://www.borderlandsfamilies.example.org.uk",
    ),
    "north": (
        "North Shropshire Rural Families",
        "Community family support in Whitchurch, Wem, Market Drayton and the villages.",
        "https://www.nsrf.example.org.uk",
    ),
    "ludlow": (
        "Teme and Corve Family Centre",
        "Family centre and youth work in Ludlow.",
        "https://www.temeandcorve.example.org.uk",
    ),
    "bridgnorth": (
        "Bridgnorth and District Families Trust",
        "Family support in Bridgnorth, Highley and the south-east of the county.",
        "https://www.bridgnorthfamilies.example.org.uk",
    ),
    "tw": (
        "Wrekin Families Together",
        "Early help and family hubs in Telford and Wrekin.",
        "https://www.wrekinfamilies.example.org.uk",
    ),
    "twvol": (
        "Telford Community Partners",
        "Voluntary sector consortium in Telford.",
        "https://www.telfordcommunitypartners.example.org.uk",
    ),
    "powys": (
        "Hafren Families / Teuluoedd Hafren",
        "Family support across north and mid Powys.",
        "https://www.teuluoeddhafren.example.org.uk",
    ),
    "heref": (
        "Wye and Lugg Family Link",
        "Family support charity in Herefordshire.",
        "https://www.wyelugg.example.org.uk",
    ),
    "staffs": (
        "Staffordshire Family Network CIC",
        "Family support across the districts of Staffordshire.",
        "https://www.staffsfamilynetwork.example.org.uk",
    ),
    "chesh": (
        "South Cheshire Family Base",
        "Family centre serving Crewe and Nantwich.",
        "https://www.southcheshirefamilybase.example.org.uk",
    ),
    "da": (
        "Safer Marches",
        "Specialist domestic abuse charity for Shropshire and Telford and Wrekin.",
        "https://www.safermarches.example.org.uk",
    ),
    "refuge": (
        "Haven House Trust",
        "Refuge and resettlement for women and children escaping abuse.",
        "https://www.havenhousetrust.example.org.uk",
    ),
    "perp": (
        "Choose Change Partnership",
        "Behaviour change work with people who have used abuse, with integrated support for partners.",
        "https://www.choosechange.example.org.uk",
    ),
    "newpath": (
        "New Pathways Men's Project",
        "Community men's project in Shropshire.",
        "https://www.newpathways.example.org.uk",
    ),
    "drugs": (
        "Lantern Recovery",
        "Drug and alcohol treatment and recovery in Shropshire.",
        "https://www.lanternrecovery.example.org.uk",
    ),
    "youth": (
        "Riverside Youth Collective",
        "Youth work charity running clubs and detached youth work.",
        "https://www.riversideyouth.example.org.uk",
    ),
    "carers": (
        "Carers Crossing",
        "Support for unpaid carers of all ages.",
        "https://www.carerscrossing.example.org.uk",
    ),
    "mind": (
        "Mindspace Shropshire",
        "Local mental health charity.",
        "https://www.mindspaceshropshire.example.org.uk",
    ),
    "kinetic": (
        "Kinetic Youth Counselling",
        "Free counselling for young people 11 to 25.",
        "https://www.kineticyouth.example.org.uk",
    ),
    "bereave": (
        "Hollybrook Bereavement Trust",
        "Bereavement support for children, young people and adults.",
        "https://www.hollybrook.example.org.uk",
    ),
    "autism": (
        "Spectrum Marches",
        "Parent-led autism charity.",
        "https://www.spectrummarches.example.org.uk",
    ),
    "adhd": (
        "ADHD Families West Midlands",
        "Charity supporting families affected by ADHD.",
        "https://www.adhdfamilieswm.example.org.uk",
    ),
    "ds": (
        "Three21 Marches",
        "Family support group for people with Down syndrome and their families.",
        "https://www.three21marches.example.org.uk",
    ),
    "deaf": (
        "Hear Together Families",
        "Support for deaf children and their families.",
        "https://www.heartogether.example.org.uk",
    ),
    "ed": (
        "Beyond Plates",
        "National charity supporting people affected by eating disorders.",
        "https://www.beyondplates.example.org",
    ),
    "fasd": (
        "FASD Family Circle",
        "Peer support for families living with FASD.",
        "https://www.fasdfamilycircle.example.org",
    ),
    "larder": (
        "Shrewsbury Larder Trust",
        "Food bank and community pantry.",
        "https://www.shrewsburylarder.example.org.uk",
    ),
    "loaves": (
        "Borderland Loaves Foodbank",
        "Food bank for Oswestry, Ellesmere and the border villages.",
        "https://www.borderlandloaves.example.org.uk",
    ),
    "refugee": (
        "Welcome Marches",
        "Support and friendship for people seeking sanctuary.",
        "https://www.welcomemarches.example.org.uk",
    ),
    "polish": (
        "Polska Rodzina Shropshire",
        "Polish community association.",
        "https://www.polskarodzina.example.org.uk",
    ),
    "kin": (
        "Kin Together",
        "Support for family and friends raising children.",
        "https://www.kintogether.example.org.uk",
    ),
    "forces": (
        "Forces Families Marches",
        "Support for serving and ex-forces families.",
        "https://www.forcesfamiliesmarches.example.org.uk",
    ),
    "employ": (
        "Working Futures Shropshire",
        "Employment and skills support.",
        "https://www.workingfutures.example.org.uk",
    ),
    "haf": (
        "Shropshire HAF Partnership",
        "Holiday Activities and Food programme.",
        "https://www.shropshirehaf.example.org.uk",
    ),
    "couple": (
        "Couple Connect West Midlands",
        "Relationship counselling charity.",
        "https://www.coupleconnect.example.org.uk",
    ),
    "mediation": (
        "Marches Family Mediation",
        "Family mediation service.",
        "https://www.marchesmediation.example.co.uk",
    ),
    "publichealth": (
        "Healthy Shropshire",
        "Public health lifestyle services.",
        "https://www.healthyshropshire.example.org.uk",
    ),
    "send": (
        "Marches SEND Advice",
        "Impartial SEND information, advice and support.",
        "https://www.marchessendadvice.example.org.uk",
    ),
    "parentvoice": (
        "Shropshire Parent Carer Voice",
        "Parent carer forum.",
        "https://www.parentcarervoice.example.org.uk",
    ),
    "familylines": (
        "Family Lines",
        "National parenting helpline charity.",
        "https://www.familylines.example.org",
    ),
    "safeline": (
        "SafeLine National",
        "National domestic abuse helpline.",
        "https://www.safeline.example.org",
    ),
    "shoutout": (
        "ShoutOut Text Support",
        "Free 24/7 text support for anyone struggling to cope.",
        "https://www.shoutout.example.org",
    ),
    "kidsline": (
        "Kidsline",
        "Free helpline for children and young people.",
        "https://www.kidsline.example.org",
    ),
    "debtdirect": (
        "Debt Advice Direct",
        "Free national debt advice.",
        "https://www.debtadvicedirect.example.org",
    ),
    "changeline": (
        "ChangeLine",
        "National helpline for people worried about their own abusive behaviour.",
        "https://www.changeline.example.org",
    ),
    "bullies": (
        "Beat the Bullies",
        "National anti-bullying charity.",
        "https://www.beatthebullies.example.org",
    ),
    "cbuk": (
        "Grief Matters for Children",
        "National childhood bereavement charity.",
        "https://www.griefmatters.example.org",
    ),
    "talkzone": (
        "TalkZone",
        "Online counselling and wellbeing service for young people.",
        "https://www.talkzone.example.com",
    ),
    "sendline": (
        "SEND Parents Helpline",
        "National helpline for parents of children with SEND.",
        "https://www.sendparentshelpline.example.org",
    ),
    "sport": (
        "Street Sport Telford",
        "Free sport in Telford estates.",
        "https://www.streetsporttelford.example.org.uk",
    ),
    "stretton": (
        "Stretton Hills Activity Camps Ltd",
        "Holiday camps in the Strettons.",
        "https://www.strettonhillscamps.example.co.uk",
    ),
    "babybank": (
        "Little Lifesavers",
        "Baby bank for Shropshire and Telford.",
        "https://www.littlelifesavers.example.org.uk",
    ),
    "homevisit": (
        "Doorstep Family Friends",
        "Volunteer home-visiting for families with young children.",
        "https://www.doorstepfamilyfriends.example.org.uk",
    ),
    "romanian": (
        "Asociatia Comunitatea Romaneasca Marches",
        "Romanian community association.",
        "https://www.romanimarches.example.org.uk",
    ),
    "punjabi": (
        "Sanjh Parivar Telford",
        "Punjabi community family group.",
        "https://www.sanjhparivar.example.org.uk",
    ),
    "nour": (
        "Nour Women's Circle",
        "Women's group for Arabic-speaking families.",
        "https://www.nourcircle.example.org.uk",
    ),
    "menstalk": (
        "Men Talk Marches",
        "Peer support groups for men.",
        "https://www.mentalkmarches.example.org.uk",
    ),
    "yjs": (
        "Marches Youth Justice Partnership",
        "Youth justice service for Shropshire and Telford and Wrekin.",
        "https://www.marchesyjs.example.org.uk",
    ),
    "esol": (
        "Shropshire Adult and Family Learning",
        "Adult and family learning courses.",
        "https://www.shropshirelearning.example.org.uk",
    ),
    "transport": (
        "Clun and Kerry Ridgeway Community Transport",
        "Volunteer car scheme.",
        "https://www.ckrtransport.example.org.uk",
    ),
    "babyloss": (
        "Forget-me-not Baby Loss Support",
        "Support for parents whose baby has died.",
        "https://www.forgetmenot.example.org.uk",
    ),
    "lgbt": (
        "Out and About Marches",
        "LGBT+ youth and community charity.",
        "https://www.outandaboutmarches.example.org.uk",
    ),
    "staffsda": (
        "Staffordshire Safe at Home",
        "Domestic abuse service for Staffordshire.",
        "https://www.staffssafeathome.example.org.uk",
    ),
    "powysda": (
        "Powys Safe Relationships Service",
        "Domestic abuse service in Powys.",
        "https://www.powyssafe.example.org.uk",
    ),
    "herefperp": (
        "Herefordshire Healthy Relationships",
        "Behaviour change programmes in Herefordshire.",
        "https://www.herefhealthyrelationships.example.org.uk",
    ),
    "careers": (
        "Next Chapter Careers",
        "National careers advice service.",
        "https://www.nextchaptercareers.example.org",
    ),
    "chesh_da": (
        "Cheshire East Domestic Abuse Hub",
        "Domestic abuse support in Cheshire East.",
        "https://www.cedahub.example.org.uk",
    ),
}


def _org(key):
    name, desc, web = ORGS[key]
    return {"id": uid("org", key), "name": name, "description": desc, "website": web}


def S(
    key,
    name,
    org,
    description,
    *,
    tags=(),
    status="active",
    closed=None,
    ages=(None, None),
    elig=None,
    fees=None,
    cost=None,
    langs=(),
    interp=None,
    apply=None,
    areas=(),
    locs=(),
    sched=None,
    url=None,
    email=None,
    phones=(),
    alert=None,
    accred=None,
    modified="2025-06-02T09:00:00Z",
    harm=False,
    surv=False,
    sex=None,
    child_sex=None,
    cond=(),
    diag=False,
    group=None,
    lang_only=None,
    contra=(),
):
    o = _org(org)
    svc = {
        "id": None,
        "name": name,
        "description": description,
        "status": status,
        "organization": o,
    }
    svc["url"] = url or (o["website"] + "/" + key.replace("_", "-"))
    if email is not False:
        svc["email"] = email or ("hello@" + o["website"].split("://www.")[1])
    if phones:
        svc["phones"] = [
            {"id": uid("phone", key, n), "number": n, **({"description": d} if d else {})}
            for n, d in phones
        ]
    if ages[0] is not None:
        svc["minimum_age"] = ages[0]
    if ages[1] is not None:
        svc["maximum_age"] = ages[1]
    if elig:
        svc["eligibility_description"] = elig
    if fees:
        svc["fees_description"] = fees
    if cost:
        svc["cost_options"] = [
            {
                "id": uid("cost", key, i),
                "option": c[0],
                **({"amount": c[1]} if c[1] is not None else {}),
                **({"amount_description": c[2]} if len(c) > 2 else {}),
            }
            for i, c in enumerate(cost)
        ]
    if langs:
        svc["languages"] = [
            {"id": uid("lang", key, c), "name": n, "code": c, **({"note": note} if note else {})}
            for c, n, note in langs
        ]
    if interp:
        svc["interpretation_services"] = interp
    if apply:
        svc["application_process"] = apply
    if accred:
        svc["accreditations"] = accred
    if alert:
        svc["alert"] = alert
    svc["service_areas"] = [{"id": uid("area", key, i), **a.obj} for i, a in enumerate(areas)]
    sal = []
    for i, loc in enumerate(locs):
        sal.append({"id": uid("sal", key, i), "location": loc})
    if sal:
        svc["service_at_locations"] = sal
    if sched:
        svc["schedules"] = [{"id": uid("sched", key, i), **s} for i, s in enumerate(sched)]
    svc["last_modified"] = modified
    svc["_tags"] = list(tags)
    la_codes, outcodes = [], []
    for a in areas:
        la_codes += [c for c in a.la_codes if c not in la_codes]
        outcodes += [c for c in a.outcodes if c not in outcodes]
    is_closed = closed if closed is not None else (status != "active")
    label = {
        "for_people_who_harm": harm,
        "survivors_only": surv,
        "sex": sex,
        "child_sex": child_sex,
        "conditions": list(cond),
        "diagnosis_required": diag,
        "group_only": group,
        "language_only": lang_only,
        "contraindications": list(contra),
        "closed": is_closed,
        "area": {"la_codes": la_codes, "outcodes": outcodes},
        "ages": [ages[0], ages[1]],
    }
    SERVICES.append((key, svc, label))


def weekly(byday, opens, closes, description=None, interval=1):
    d = {
        "freq": "WEEKLY",
        "interval": interval,
        "byday": byday,
        "opens_at": opens,
        "closes_at": closes,
    }
    if description:
        d["description"] = description
    return d


def monthly(byday, opens, closes, description=None):
    d = {"freq": "MONTHLY", "byday": byday, "opens_at": opens, "closes_at": closes}
    if description:
        d["description"] = description
    return d


# ---------------------------------------------------------------- common areas
SHROP = la_area("E06000051")
TW = la_area("E06000020")
POWYS = la_area("W06000023")
HEREF = la_area("E06000019")
CHESH_E = la_area("E06000049")
STAFFS = la_area("E10000028")
ENGLAND = la_area("E92000001")
WALES = la_area("W92000004")
UK = la_area("K02000001")

SHREWSBURY = locality(
    "Shrewsbury town",
    "Shrewsbury (all of the town inside the ring road and the estates: Harlescott, Sundorne, Monkmoor, Castlefields, Ditherington, Meole Brace, Belle Vue, Copthorne, Radbrook, Bayston Hill)",
    ["SY1", "SY2", "SY3"],
)
SHREWS_NORTH = locality(
    "Shrewsbury north and east",
    "Harlescott, Sundorne, Castlefields, Ditherington, Heath Farm, Monkmoor, Battlefield",
    ["SY1", "SY2"],
)
OSWESTRY = locality(
    "Oswestry and surrounding villages",
    "Oswestry, Gobowen, St Martins, Whittington, Weston Rhyn, Trefonen, Pant, Kinnerley",
    ["SY10", "SY11"],
)
CLUN_VALLEY = locality(
    "Clun Valley",
    "Clun, Newcastle on Clun, Clunton, Clunbury, Bucknell, Chapel Lawn, Bettws-y-Crwyn",
    ["SY7"],
)
SW_SHROP = locality(
    "South West Shropshire",
    "Bishop's Castle, Clun, Craven Arms, Bucknell, Lydbury North, Aston on Clun, Church Stretton, All Stretton",
    ["SY9", "SY7", "SY6"],
)
LUDLOW = locality(
    "Ludlow and villages",
    "Ludlow, Ludford, Bromfield, Clee Hill, Bitterley, Caynham, Culmington",
    ["SY8"],
)
NORTH = locality(
    "Whitchurch, Market Drayton and the north",
    "Whitchurch, Prees, Tilstock, Market Drayton, Hodnet, Cheswardine, Wem",
    ["SY13", "TF9", "SY4"],
)
WHITCHURCH = locality(
    "Whitchurch and Prees", "Whitchurch, Prees, Tilstock, Ightfield, Calverhall, Whixall", ["SY13"]
)
MDRAYTON = locality(
    "Market Drayton area",
    "Market Drayton, Hodnet, Child's Ercall, Cheswardine, Stoke upon Tern",
    ["TF9"],
)
BRIDGNORTH = locality(
    "Bridgnorth, Highley and villages",
    "Bridgnorth, Highley, Alveley, Claverley, Worfield, Ditton Priors",
    ["WV16", "WV15"],
)
ELLESMERE = locality("Ellesmere", "Ellesmere, Welshampton, Cockshutt, Dudleston Heath", ["SY12"])
STRETTON = locality(
    "The Strettons", "Church Stretton, All Stretton, Little Stretton, Cardington", ["SY6"]
)
SHIFNAL_ALB = locality(
    "Shifnal and Albrighton", "Shifnal, Albrighton, Cosford, Tong, Boningale", ["TF11", "WV7"]
)
WENLOCK = locality(
    "Much Wenlock and Broseley",
    "Much Wenlock, Broseley, Barrow, Jackfield (Shropshire side)",
    ["TF13", "TF12"],
)
REA_VALLEY = locality(
    "Pontesbury, Minsterley and the Rea Valley",
    "Pontesbury, Minsterley, Worthen, Hanwood, Westbury",
    ["SY5"],
)
CLEOBURY = locality(
    "Cleobury Mortimer", "Cleobury Mortimer, Kinlet, Hopton Wafers, Stottesdon", ["DY14"]
)
WEM = locality("Wem and villages", "Wem, Shawbury, Clive, Lee Brockhurst, Hadnall", ["SY4"])

# ---------------------------------------------------------------- locations
L = {}
L["hub_sundorne"] = place(
    "hub_sundorne", "Sundorne Family Hub", "Sundorne Road", "Shrewsbury", "sundorne"
)
L["hub_meole"] = place("hub_meole", "Meole Brace Family Hub", "Longden Road", "Shrewsbury", "meole")
L["hub_oswestry"] = place(
    "hub_oswestry", "Oswestry Family Hub", "Oswald Road", "Oswestry", "oswestry"
)
L["hub_ludlow"] = place("hub_ludlow", "Ludlow Family Hub", "Gravel Hill", "Ludlow", "ludlow")
L["hub_whitchurch"] = place(
    "hub_whitchurch", "Whitchurch Family Hub", "Station Road", "Whitchurch", "whitchurch"
)
L["hub_mdrayton"] = place(
    "hub_mdrayton", "Market Drayton Family Hub", "Frogmore Road", "Market Drayton", "market_drayton"
)
L["hub_bridgnorth"] = place(
    "hub_bridgnorth", "Bridgnorth Family Hub", "Innage Lane", "Bridgnorth", "bridgnorth"
)
L["hub_craven"] = place(
    "hub_craven", "Craven Arms Family Hub", "Shrewsbury Road", "Craven Arms", "craven_arms"
)
L["clun_hall"] = place("clun_hall", "Clun Memorial Hall", "The Square", "Clun", "clun")
L["bc_hall"] = place(
    "bc_hall",
    "Bishop's Castle Town Hall (upstairs room)",
    "High Street",
    "Bishop's Castle",
    "bishops_castle",
)
L["bucknell_hall"] = place(
    "bucknell_hall",
    "Bucknell Village Hall",
    "Station Road",
    "Bucknell",
    "bucknell",
    with_coords=False,
)
L["castle_ct"] = place(
    "castle_ct", "Castlefields Community Centre", "Castle Foregate", "Shrewsbury", "castlefields"
)
L["harlescott_yc"] = place(
    "harlescott_yc", "Harlescott Youth Centre", "Mount Pleasant Road", "Shrewsbury", "harlescott"
)
L["monkmoor_ch"] = place(
    "monkmoor_ch",
    "St Peter's Church Hall, Monkmoor",
    "Monkmoor Road",
    "Shrewsbury",
    "monkmoor",
    with_coords=False,
)
L["frankwell_house"] = place(
    "frankwell_house", "Frankwell Quay House", "Frankwell Quay", "Shrewsbury", "frankwell"
)
L["shrews_centre"] = place(
    "shrews_centre", "The Wyle Cop Rooms", "Castle Street", "Shrewsbury", "shrews_centre"
)
L["bayston_hall"] = place(
    "bayston_hall",
    "Bayston Hill Memorial Hall",
    "Lyth Hill Road",
    "Bayston Hill",
    "bayston",
    with_coords=False,
)
L["osw_church"] = place(
    "osw_church", "Christ Church Rooms", "Church Street", "Oswestry", "oswestry", with_coords=False
)
L["gobowen_vh"] = place("gobowen_vh", "Gobowen Village Hall", "Station Road", "Gobowen", "gobowen")
L["ludlow_yc"] = place("ludlow_yc", "Ludlow Youth Centre", "Lower Galdeford", "Ludlow", "ludlow")
L["clee_hall"] = place(
    "clee_hall",
    "Clee Hill Community Centre",
    "Tenbury Road",
    "Clee Hill",
    "clee_hill",
    with_coords=False,
)
L["whit_civic"] = place(
    "whit_civic", "Whitchurch Civic Centre", "High Street", "Whitchurch", "whitchurch"
)
L["md_yc"] = place(
    "md_yc",
    "Market Drayton Youth Hut",
    "Shropshire Street",
    "Market Drayton",
    "market_drayton",
    with_coords=False,
)
L["ternhill_cc"] = place(
    "ternhill_cc", "Tern Hill Community Centre", "Tern Hill", "Market Drayton", "tern_hill"
)
L["wem_hall"] = place("wem_hall", "Wem Town Hall", "High Street", "Wem", "wem")
L["shawbury_vh"] = place(
    "shawbury_vh", "Shawbury Village Hall", "Church Road", "Shawbury", "shawbury", with_coords=False
)
L["ellesmere_lib"] = place(
    "ellesmere_lib", "Ellesmere Library and Town Rooms", "Victoria Street", "Ellesmere", "ellesmere"
)
L["bn_yc"] = place(
    "bn_yc", "Bridgnorth Youth and Community Centre", "Whitburn Street", "Bridgnorth", "bridgnorth"
)
L["highley_cc"] = place(
    "highley_cc", "Highley Community Centre", "Bridgnorth Road", "Highley", "highley"
)
L["wenlock_hall"] = place(
    "wenlock_hall",
    "Much Wenlock Memorial Hall",
    "High Street",
    "Much Wenlock",
    "much_wenlock",
    with_coords=False,
)
L["broseley_hall"] = place(
    "broseley_hall", "Broseley Town Hall", "High Street", "Broseley", "broseley"
)
L["shifnal_hall"] = place("shifnal_hall", "Shifnal Village Hall", "Broadway", "Shifnal", "shifnal")
L["albrighton_hall"] = place(
    "albrighton_hall", "Albrighton Village Hall", "High Street", "Albrighton", "albrighton"
)
L["cleobury_hall"] = place(
    "cleobury_hall",
    "Cleobury Mortimer Market Hall",
    "Lower Street",
    "Cleobury Mortimer",
    "cleobury",
)
L["stretton_hall"] = place(
    "stretton_hall",
    "Stretton Silvester Hall",
    "Easthope Road",
    "Church Stretton",
    "church_stretton",
)
L["pontesbury_hall"] = place(
    "pontesbury_hall", "Pontesbury Public Hall", "Main Road", "Pontesbury", "pontesbury"
)
L["craven_cc"] = place(
    "craven_cc",
    "Craven Arms Community Centre",
    "Corvedale Road",
    "Craven Arms",
    "craven_arms",
    with_coords=False,
)
L["telford_hub"] = place(
    "telford_hub", "Brookside Family Hub", "Brookside Central", "Telford", "brookside"
)
L["telford_centre"] = place(
    "telford_centre", "Southwater One (3rd floor)", "Hall Park Way", "Telford", "telford_centre"
)
L["wellington_cc"] = place(
    "wellington_cc", "Wellington Civic Rooms", "Tan Bank", "Wellington", "wellington"
)
L["madeley_cc"] = place("madeley_cc", "Madeley Court Rooms", "Court Street", "Madeley", "madeley")
L["oakengates_cc"] = place(
    "oakengates_cc", "Oakengates Community Centre", "Market Street", "Oakengates", "oakengates"
)
L["donnington_cc"] = place(
    "donnington_cc", "Donnington Community Hub", "Turreff Avenue", "Donnington", "donnington"
)
L["hadley_cc"] = place(
    "hadley_cc",
    "Hadley Learning Community Rooms",
    "High Street",
    "Hadley",
    "hadley",
    with_coords=False,
)
L["newport_cc"] = place("newport_cc", "Newport Cosy Hall", "Stafford Street", "Newport", "newport")
L["welshpool_cc"] = place(
    "welshpool_cc", "Welshpool Family Centre", "Severn Street", "Welshpool", "welshpool"
)
L["newtown_cc"] = place("newtown_cc", "Newtown Family Centre", "Park Street", "Newtown", "newtown")
L["knighton_cc"] = place(
    "knighton_cc", "Knighton Community Centre", "Bowling Green Lane", "Knighton", "knighton"
)
L["llandod_cc"] = place(
    "llandod_cc", "Llandrindod Family Centre", "Temple Street", "Llandrindod Wells", "llandrindod"
)
L["hereford_cc"] = place(
    "hereford_cc", "Wye and Lugg Centre", "Commercial Road", "Hereford", "hereford"
)
L["leominster_cc"] = place(
    "leominster_cc", "Leominster Family Rooms", "Etnam Street", "Leominster", "leominster"
)
L["stafford_cc"] = place(
    "stafford_cc", "Stafford Family Network Office", "Greengate Street", "Stafford", "stafford"
)
L["newcastle_cc"] = place(
    "newcastle_cc",
    "Newcastle Family Network Rooms",
    "High Street",
    "Newcastle-under-Lyme",
    "newcastle_ul",
)
L["leek_cc"] = place("leek_cc", "Leek Family Network Rooms", "Derby Street", "Leek", "leek")
L["crewe_cc"] = place("crewe_cc", "South Cheshire Family Base", "Earle Street", "Crewe", "crewe")
L["nantwich_cc"] = place(
    "nantwich_cc", "Nantwich Family Rooms", "Pillory Street", "Nantwich", "nantwich"
)
L["lantern_shrews"] = place(
    "lantern_shrews", "Lantern Recovery Hub", "Abbey Foregate", "Shrewsbury", "monkmoor"
)
L["lantern_osw"] = place(
    "lantern_osw", "Lantern Recovery Oswestry", "Salop Road", "Oswestry", "oswestry"
)
L["lantern_ludlow"] = place(
    "lantern_ludlow",
    "Lantern Recovery Ludlow (Tuesdays only)",
    "Corve Street",
    "Ludlow",
    "ludlow",
    with_coords=False,
)
L["advice_shrews"] = place(
    "advice_shrews", "Severn Valley Advice", "Claremont Hill", "Shrewsbury", "shrews_centre"
)
L["advice_osw"] = place(
    "advice_osw",
    "Severn Valley Advice (Oswestry office)",
    "Upper Brook Street",
    "Oswestry",
    "oswestry",
)
L["advice_ludlow"] = place(
    "advice_ludlow",
    "Ludlow Assembly Rooms (advice room)",
    "Mill Street",
    "Ludlow",
    "ludlow",
    with_coords=False,
)
L["larder"] = place(
    "larder", "Shrewsbury Larder", "Ditherington Road", "Shrewsbury", "castlefields"
)
L["loaves"] = place(
    "loaves", "Borderland Loaves warehouse", "Middleton Road", "Oswestry", "oswestry"
)
L["mind_shrews"] = place(
    "mind_shrews", "Mindspace Wellbeing Centre", "Belle Vue Road", "Shrewsbury", "meole"
)
L["kinetic_shrews"] = place(
    "kinetic_shrews", "Kinetic House", "Mardol", "Shrewsbury", "shrews_centre"
)
L["perp_office"] = place(
    "perp_office",
    "Choose Change Partnership (group room)",
    "Hall Park Way",
    "Telford",
    "telford_centre",
    with_coords=False,
)
L["ludlow_church"] = place(
    "ludlow_church",
    "St Laurence's Parish Rooms",
    "College Street",
    "Ludlow",
    "ludlow",
    with_coords=False,
)
L["osw_library"] = place("osw_library", "Oswestry Library", "Arthur Street", "Oswestry", "oswestry")
L["bc_library"] = place(
    "bc_library",
    "Bishop's Castle Library",
    "Station Street",
    "Bishop's Castle",
    "bishops_castle",
    with_coords=False,
)

# =====================================================================
# Family hubs and early help
# =====================================================================
S(
    "hub_shrews_north",
    "Sundorne Family Hub",
    "hubs",
    "Your local family hub for north and east Shrewsbury. Pop in for stay and play, baby clinics, help with forms, or just a cuppa and a chat with one of our family workers. "
    "We host midwife appointments, health visitor drop-ins and a range of parenting courses, and can put you in touch with anything else you need, from money advice to support with your child's behaviour. "
    "Open to families with children and young people aged 0-19 (up to 25 for young people with special educational needs and disabilities).",
    tags=[19, 11, 17],
    ages=(0, 19),
    elig="Families living in the north and east of Shrewsbury. Families from elsewhere are welcome at open sessions but may be signposted to their nearest hub for one-to-one support.",
    fees="Free",
    apply="Drop in during opening hours or call us. Professionals can refer through the Early Help front door.",
    areas=[SHREWS_NORTH],
    locs=[L["hub_sundorne"]],
    sched=[
        weekly(
            "MO,TU,WE,TH,FR",
            "09:00",
            "16:30",
            "Open weekdays 9 to 4.30; stay and play Tuesday and Thursday mornings",
        )
    ],
    phones=[("01632 960101", "Hub reception")],
)

S(
    "hub_oswestry",
    "Oswestry Family Hub",
    "hubs",
    "Family hub for Oswestry town and the surrounding villages. Baby and toddler sessions, parenting groups, health visiting clinics, youth drop-in on Wednesday evenings, benefits and housing advice surgery (first Monday of the month), and one-to-one family support from our Early Help practitioners.",
    tags=[19, 11],
    ages=(0, 19),
    areas=[OSWESTRY],
    locs=[L["hub_oswestry"]],
    elig="Families with children 0-19 (0-25 SEND) in Oswestry, Gobowen, St Martins, Whittington, Weston Rhyn, Trefonen and nearby villages.",
    fees="Free",
    apply="Drop in, phone, or ask any professional working with your family to refer.",
    sched=[weekly("MO,TU,WE,TH,FR", "08:45", "16:45")],
    phones=[("01632 960102", None)],
    langs=[("en", "English", None), ("cy", "Welsh", "Some staff speak Welsh")],
)

S(
    "hub_ludlow",
    "Ludlow Family Hub",
    "hubs",
    "Ludlow Family Hub offers free support for families with children aged 0 to 19 in Ludlow and the surrounding villages. Sessions include Baby Bounce, Toddler Time, infant feeding support, a parenting course each term and one-to-one family support. "
    "We also run outreach sessions at Clee Hill Community Centre on Friday mornings.",
    tags=[19, 11, 34],
    ages=(0, 19),
    areas=[LUDLOW],
    locs=[L["hub_ludlow"], L["clee_hall"]],
    fees="Free",
    apply="Just come along, or call the hub.",
    phones=[("01632 960103", None)],
)

S(
    "hub_whitchurch",
    "Whitchurch Family Hub",
    "hubs",
    "Whitchurch Family Hub (formerly the children's centre). Support for families with children 0-19: stay and play, baby weighing, a dads' group, parenting courses and help with money worries. "
    "Family workers can visit at home if you can't get to us.",
    tags=[19, 11],
    ages=(0, 19),
    areas=[WHITCHURCH],
    locs=[L["hub_whitchurch"]],
    fees="Free",
    phones=[("01632 960104", None)],
    apply="Phone or drop in. Home visits by arrangement.",
)

S(
    "hub_mdrayton",
    "Market Drayton Family Hub",
    "hubs",
    "Hub for families in and around Market Drayton. Stay and play, baby clinic with the health visitors, Chatter Chums, parenting courses, youth work, and a weekly Citizens advice-style money surgery run with Severn Valley Advice.",
    tags=[2],
    ages=(0, 19),
    areas=[MDRAYTON],
    locs=[L["hub_mdrayton"]],
    fees="Free",
    phones=[("01632 960105", None)],
)

S(
    "hub_bridgnorth",
    "Bridgnorth Family Hub",
    "hubs",
    "Bridgnorth's family hub, serving Bridgnorth, Highley and the villages. We offer stay and play, parenting programmes, infant feeding support, SEND coffee mornings and one-to-one early help. Outreach in Highley Community Centre every other Wednesday.",
    tags=[19, 11, 40],
    ages=(0, 19),
    areas=[BRIDGNORTH],
    locs=[L["hub_bridgnorth"], L["highley_cc"]],
    fees="Free",
    phones=[("01632 960106", None)],
)

S(
    "hub_craven",
    "South West Shropshire Family Hub",
    "hubs",
    "Based in Craven Arms, the South West Shropshire Family Hub covers a big rural patch: Craven Arms, Clun, Bishop's Castle, Bucknell, Lydbury North and the Strettons. "
    "Because many of our families live a long way from the hub, most of our work happens in village halls and at home. "
    "We run baby and toddler groups in Clun and Bishop's Castle, parenting courses (online and in person), and our family support workers can help with anything from sleep and behaviour to money and housing. "
    "Please note: we cannot provide transport, but see the Clun and Kerry Ridgeway community car scheme.",
    tags=[19, 17, 11],
    ages=(0, 19),
    areas=[SW_SHROP],
    locs=[L["hub_craven"], L["clun_hall"], L["bc_hall"]],
    fees="Free",
    phones=[("01632 960107", None), ("07700 900107", "Family worker mobile (text only)")],
    apply="Call, text, or ask your health visitor, GP or school to refer with your consent.",
)

S(
    "eh_keywork",
    "Early Help Family Support (key worker)",
    "eh",
    "Whole-family support from an Early Help practitioner when things are getting on top of you. A key worker will meet with you, complete an Early Help Assessment with the family, and agree a plan (Team Around the Family). "
    "Typical reasons families are referred: children's behaviour, school attendance, parental conflict, poor routines, housing or money problems, parents' own mental health, or a mix of these. "
    "Support usually lasts 3-6 months.",
    tags=[17],
    ages=(0, 18),
    elig="Families living in Shropshire with at least one child under 18. Consent of the family is required. Not a service for families where there is a current child protection plan; those families are supported by children's social care.",
    fees="Free",
    apply="Referral by a professional through the Early Help front door (Shropshire Council), with the family's consent. Families can also ask for help themselves by calling the Early Help advice line.",
    areas=[SHROP],
    phones=[("01632 960110", "Early Help advice line, Mon-Fri 9-5")],
    email="earlyhelp@severnside-earlyhelp.example.org.uk",
)

S(
    "tw_strengthening",
    "Strengthening Families",
    "tw",
    "Intensive targeted family support for families in Telford and Wrekin who need more than a universal service. Key worker, whole family plan, up to 12 months.",
    tags=[17],
    ages=(0, 18),
    areas=[TW],
    locs=[L["telford_hub"]],
    elig="Telford and Wrekin residents only. Families must meet the Supporting Families criteria (two or more: worklessness, school attendance, crime/ASB, domestic abuse, health, children needing help).",
    apply="Professional referral via the Telford and Wrekin Family Connect front door.",
    fees="Free",
    phones=[("0121 496 0201", None)],
)

S(
    "tw_hub",
    "Brookside Family Hub",
    "tw",
    "Telford family hub in Brookside. Stay & play Mon/Wed/Fri, baby clinic Thursday, Triple P-style parenting groups, SEND drop-in, breastfeeding café and advice for families. Serving Brookside, Sutton Hill, Woodside, Madeley and the south of Telford.",
    tags=[19, 11, 34],
    ages=(0, 19),
    areas=[TW],
    locs=[L["telford_hub"]],
    fees="Free",
    phones=[("0121 496 0202", None)],
)

S(
    "powys_taf",
    "Team Around the Family (north and mid Powys)",
    "powys",
    "Cymorth i deuluoedd / support for families. Our Team Around the Family workers help families in north and mid Powys with parenting, routines, money, school and wellbeing. Bilingual service, Welsh and English.",
    tags=[17, 19],
    ages=(0, 18),
    areas=[POWYS],
    locs=[L["welshpool_cc"], L["newtown_cc"], L["knighton_cc"]],
    langs=[("cy", "Welsh", None), ("en", "English", None)],
    elig="Families living in Powys.",
    fees="Free",
    phones=[("029 2018 0301", None)],
)

S(
    "heref_earlyhelp",
    "Family Link: early help for Herefordshire families",
    "heref",
    "Early help family support for families in Herefordshire. Family support workers, parenting groups and a drop-in at our Hereford and Leominster centres.",
    tags=[17, 19],
    ages=(0, 18),
    areas=[HEREF],
    locs=[L["hereford_cc"], L["leominster_cc"]],
    fees="Free",
    phones=[("01632 960401", None)],
)

S(
    "staffs_support",
    "Family Support Network (Staffordshire)",
    "staffs",
    "Staffordshire-wide early help for families: one-to-one family support, parenting programmes and holiday activities. We work across all eight districts of the county (not Stoke-on-Trent, which has its own service).",
    tags=[17, 19],
    ages=(0, 18),
    areas=[STAFFS],
    locs=[L["stafford_cc"], L["newcastle_cc"], L["leek_cc"]],
    fees="Free",
    phones=[("0121 496 0501", None)],
)

S(
    "chesh_base",
    "South Cheshire Family Base",
    "chesh",
    "Family centre for Crewe and Nantwich: stay and play, parenting support, benefits advice and family key work for Cheshire East residents.",
    tags=[19, 11, 17],
    ages=(0, 18),
    areas=[CHESH_E],
    locs=[L["crewe_cc"], L["nantwich_cc"]],
    fees="Free",
    phones=[("0161 496 0601", None)],
)

# =====================================================================
# Pregnancy, babies, early years
# =====================================================================
S(
    "hv_clinic_shrews",
    "Health visitor drop-in and baby weighing (Shrewsbury)",
    "health",
    "Drop-in clinic run by the 0-19 Health Visiting team. Baby weighing, advice on feeding, sleep, weaning, development, immunisations and general parenting questions. No appointment needed.",
    tags=[33, 34],
    ages=(0, 4),
    areas=[SHROP],
    locs=[L["hub_sundorne"], L["hub_meole"]],
    sched=[
        weekly("TU", "09:30", "11:30", "Sundorne Family Hub"),
        weekly("TH", "13:30", "15:30", "Meole Brace Family Hub"),
    ],
    fees="Free",
    phones=[("01632 960120", "Health visiting duty line")],
)

S(
    "hv_clinic_osw",
    "Child health clinic – Oswestry",
    "health",
    "Health visiting drop-in at Oswestry Family Hub, Wednesday mornings. Weighing, feeding and development checks.",
    tags=[33],
    ages=(0, 4),
    areas=[SHROP],
    locs=[L["hub_oswestry"]],
    sched=[weekly("WE", "09:30", "11:30")],
    phones=[("01632 960120", "Health visiting duty line")],
)

S(
    "hv_dutyline",
    "Health Visiting Service – 0-5 advice line",
    "health",
    "Every family in Shropshire with a child under 5 has a named health visiting team. Call the duty line for advice about your baby or young child: feeding, sleep, crying, toileting, behaviour, development, postnatal low mood. "
    "Health visitors also do the mandated reviews (new birth visit, 6-8 weeks, 1 year, 2-2½ years).",
    tags=[33],
    ages=(0, 5),
    areas=[SHROP],
    fees="Free",
    phones=[("01632 960120", "Monday to Friday 9am-5pm")],
)

S(
    "milk_mates",
    "Milk Mates feeding support",
    "health",
    "Trained peer supporters and infant feeding specialists helping you feed your baby, however you are feeding. Groups in Shrewsbury, Ludlow and Whitchurch plus a WhatsApp support line. Tongue-tie assessment referrals can be made from the group.",
    tags=[34],
    ages=(0, 1),
    areas=[SHROP],
    locs=[L["hub_meole"], L["hub_ludlow"], L["hub_whitchurch"]],
    phones=[("07700 900121", "WhatsApp and text")],
    fees="Free",
)

S(
    "clun_acorns",
    "Little Acorns",
    "clun",
    "Baby and toddler group at Clun Memorial Hall, Thursday mornings in term time. Toys, songs, snack, and a chance for parents and carers to meet others in the valley. £1 per family towards the hall. "
    "Grandparents and childminders welcome.",
    tags=[11],
    ages=(0, 4),
    areas=[CLUN_VALLEY],
    locs=[L["clun_hall"]],
    sched=[weekly("TH", "10:00", "11:45", "Term time only")],
    cost=[("Per family per session", 1.0)],
    phones=[("01632 960130", None)],
)

S(
    "bc_tots",
    "Castle Tots",
    "clun",
    "PAUSED UNTIL FURTHER NOTICE. Castle Tots is not meeting at the moment while the Town Hall heating is repaired. We hope to be back soon – check our Facebook page. "
    "When running: stay and play for under 5s and their grown-ups, Tuesday 10-11.30.",
    tags=[11, 12],
    ages=(0, 5),
    closed=True,
    areas=[locality("Bishop's Castle", "Bishop's Castle, Lydbury North, Snead, Lydham", ["SY9"])],
    locs=[L["bc_hall"]],
    phones=[("01632 960131", None)],
)

S(
    "baby_massage",
    "Baby massage course",
    "hubs",
    "Five-week course teaching gentle massage for babies from 6 weeks until crawling. Helps with bonding, sleep and colic. Bring a towel. £20 for the whole course (free if you receive Universal Credit).",
    tags=[11, 4],
    ages=(0, 1),
    areas=[SHROP],
    locs=[L["hub_meole"], L["hub_bridgnorth"]],
    cost=[
        ("Full course (5 sessions)", 20.0),
        ("Families receiving Universal Credit or other means-tested benefits", 0.0),
    ],
    apply="Book through the family hub.",
    phones=[("01632 960101", None)],
)

S(
    "osw_stayplay",
    "Stay and Play (Oswestry)",
    "hubs",
    "stay & play, under 5s, Mon + Fri 9.30-11. Gobowen village hall outreach Weds 1.30-3",
    tags=[11],
    ages=(0, 5),
    areas=[OSWESTRY],
    locs=[L["hub_oswestry"], L["gobowen_vh"]],
)

S(
    "chatter_chums",
    "Chatter Chums",
    "hubs",
    "Fun small-group sessions for 2 to 4 year olds who are slow to start talking or whose talking you're worried about. Run by early years practitioners trained by the children's speech and language therapy team. "
    "Six weekly sessions, parent stays with child. Ideas to use at home every week.",
    tags=[32, 47],
    ages=(2, 4),
    areas=[SHROP],
    locs=[L["hub_sundorne"], L["hub_ludlow"], L["hub_whitchurch"], L["hub_mdrayton"]],
    apply="Ask your health visitor or nursery, or book through any family hub.",
    fees="Free",
)

S(
    "antenatal",
    "Antenatal education classes",
    "health",
    "Free antenatal classes run by community midwives: labour and birth, feeding, life with a new baby. Birth partners welcome. Evening and weekend courses at Shrewsbury and Telford, one-off sessions in market towns.",
    tags=[35],
    areas=[SHROP, TW],
    locs=[L["hub_meole"], L["telford_hub"]],
    apply="Book via your midwife or online.",
    fees="Free",
)

S(
    "first_steps_nurse",
    "First Steps: nurse home visiting for young mums",
    "health",
    "A specially trained family nurse visits you at home from early pregnancy until your child is two. First Steps is for first-time mums aged 19 or under at conception (up to 24 if you are a care leaver or have additional needs). "
    "It's voluntary and you can bring your partner or family along to visits.",
    tags=[33, 35],
    areas=[SHROP, TW],
    sex="female",
    group="young_parents",
    elig="First-time mothers aged 19 or under when they became pregnant; care leavers or young women with additional needs up to 24. Must be referred before 28 weeks of pregnancy.",
    apply="Referral by midwife before 28 weeks.",
    fees="Free",
)

S(
    "young_mums",
    "Young Mums Together",
    "north",
    "Weekly group for young mums (and mums-to-be) aged 16-21 in North Shropshire. Cook and eat together, baby activities, guest speakers (benefits, college, contraception, healthy relationships). Crèche provided. Transport can sometimes be arranged from the villages.",
    tags=[11, 24],
    sex="female",
    group="young_parents",
    elig="Young mothers and pregnant young women aged 16 to 21 living in North Shropshire (Whitchurch, Wem, Market Drayton, Ellesmere and villages).",
    areas=[
        locality(
            "North Shropshire",
            "Whitchurch, Wem, Market Drayton, Ellesmere, Prees, Hodnet and villages",
            ["SY13", "SY4", "TF9", "SY12"],
        )
    ],
    locs=[L["whit_civic"]],
    sched=[weekly("WE", "12:30", "14:30")],
    phones=[("07700 900140", "Text Jess")],
)

S(
    "tw_young_parents",
    "Bump and Beyond (young parents, Telford)",
    "twvol",
    "For parents under 25 in Telford and Wrekin – mums AND dads. Peer group, 1:1 support from a youth worker, help with housing, benefits, education and training.",
    tags=[19, 24],
    group="young_parents",
    areas=[TW],
    locs=[L["oakengates_cc"]],
    elig="Parents and parents-to-be aged under 25 living in Telford and Wrekin.",
    fees="Free",
    phones=[("0121 496 0210", None)],
)

S(
    "bloom",
    "Bloom",
    "mind",
    "Bloom is a friendly peer support group for mums and mums-to-be who are feeling low, anxious or overwhelmed during pregnancy or since having their baby. "
    "Facilitated by a perinatal peer support worker with lived experience. Babies welcome. No referral needed and you don't need a diagnosis.",
    tags=[36, 27],
    sex="female",
    areas=[SHROP],
    locs=[L["mind_shrews"], L["hub_ludlow"]],
    sched=[weekly("MO", "10:00", "11:30", "Shrewsbury"), weekly("TH", "13:00", "14:30", "Ludlow")],
    cond=["perinatal_mental_health"],
    fees="Free",
    phones=[("01632 960150", None)],
)

S(
    "perinatal_team",
    "Specialist Perinatal Mental Health Team",
    "mhtrust",
    "NHS specialist community perinatal mental health service for women with moderate to severe mental health difficulties in pregnancy or in the first year after birth, including women with a history of bipolar disorder or postpartum psychosis who are planning a pregnancy. "
    "Assessment, psychological therapies, medication advice, nursery nurse and occupational therapy support. Partners are offered an assessment of their own needs.",
    tags=[36],
    sex="female",
    cond=["perinatal_mental_health"],
    areas=[SHROP, TW],
    elig="Women who are pregnant or have a baby under 12 months, with moderate to severe or complex mental health needs. Mild to moderate anxiety or low mood: please use Talking Therapies or Bloom.",
    apply="Referral from GP, midwife, health visitor or mental health team. No self-referral.",
    fees="Free (NHS)",
    phones=[("01632 960151", "Professionals' advice line")],
)

S(
    "dads_matter",
    "Dads Matter Too",
    "menstalk",
    "An online and face-to-face group for new and expectant fathers, and other dads and co-parents, who are struggling with their mental health around the birth of a baby. "
    "Birth trauma, anxiety, feeling like a spare part, sleep deprivation, relationship strain - it's all normal and we can talk about it.",
    tags=[36],
    sex="male",
    areas=[SHROP, TW],
    locs=[L["shrews_centre"]],
    sched=[
        weekly(
            "WE",
            "19:30",
            "21:00",
            "Alternates online and in person, 2nd and 4th Wednesday",
            interval=2,
        )
    ],
    fees="Free",
    phones=[("07700 900151", None)],
)

S(
    "babyloss",
    "Forget-me-not: support after the death of a baby",
    "babyloss",
    "Forget-me-not supports parents and families whose baby has died during pregnancy, at birth or in infancy, however long ago. Monthly support evenings in Shrewsbury and Telford, one-to-one befriending, memory boxes, and a private online group. "
    "Dads, partners and grandparents are very welcome.",
    tags=[27],
    group="bereaved_parents_baby_loss",
    areas=[SHROP, TW],
    locs=[L["shrews_centre"], L["telford_centre"]],
    sched=[
        monthly("1TU", "19:00", "21:00", "First Tuesday, Shrewsbury"),
        monthly("3TU", "19:00", "21:00", "Third Tuesday, Telford"),
    ],
    fees="Free",
    phones=[("01632 960152", None)],
)

S(
    "baby_bank",
    "Little Lifesavers baby bank",
    "babybank",
    "We provide pre-loved and new baby equipment to families in need: prams, cots, moses baskets, car seats (new only), clothes 0-5 years, nappies and toiletries. "
    "We cannot accept self-referrals - please ask your midwife, health visitor, social worker, family support worker or any other professional to send a referral form. Collection from our Shrewsbury unit or delivery across Shropshire and Telford & Wrekin on Thursdays.",
    tags=[18],
    ages=(0, 5),
    areas=[SHROP, TW],
    apply="Professional referral only (online form).",
    fees="Free",
    email="referrals@littlelifesavers.example.org.uk",
)

S(
    "homevisit",
    "Doorstep Family Friends",
    "homevisit",
    "Trained volunteers, all parents themselves, visit families with at least one child under 5 once a week for a couple of hours. We help with isolation, postnatal depression, multiple births, illness, bereavement, or just when everything feels too much. "
    "We cover all of Shropshire except Telford & Wrekin. We are not able to support families where there is an open child protection plan, or where there are current concerns about domestic abuse in the home, as our volunteers visit alone.",
    tags=[19, 11],
    ages=(0, 5),
    areas=[SHROP],
    contra=["domestic_abuse"],
    elig="Families with at least one child under 5 living in Shropshire (not Telford).",
    fees="Free",
    apply="Self-referral or referral by any professional.",
    phones=[("01632 960153", None)],
)

S(
    "brush_buddies",
    "Brush Buddies",
    "health",
    "Oral health: supervised toothbrushing in nurseries, free toothbrush packs and advice for families with under 5s. Dental access advice for children who don't have a dentist.",
    tags=[29],
    ages=(0, 5),
    areas=[SHROP],
)

S(
    "smokefree_pregnancy",
    "Smokefree Pregnancy",
    "publichealth",
    "Specialist stop smoking support for pregnant women and anyone in their household who smokes. Weekly support from an advisor, free nicotine replacement or a vape starter kit, carbon monoxide monitoring. "
    "Shopping vouchers for pregnant women who stay smokefree.",
    tags=[22, 35],
    areas=[SHROP],
    fees="Free",
    apply="Your midwife will refer you, or refer yourself online or by phone.",
    phones=[("01632 960160", None)],
)

# =====================================================================
# Parenting
# =====================================================================
S(
    "growing_together",
    "Growing Together (parents of under 5s)",
    "parenting",
    "A 10-week group programme for parents and carers of children aged 1 to 5. Growing Together helps with tantrums, sleep, fussy eating, sharing and hitting, and building a strong relationship through play. "
    "Groups run each term in Shrewsbury, Oswestry, Ludlow and Market Drayton, plus an evening group online. Crèche available at most venues.",
    tags=[19],
    ages=(1, 5),
    areas=[SHROP],
    locs=[L["hub_meole"], L["hub_oswestry"], L["hub_ludlow"], L["hub_mdrayton"]],
    fees="Free",
    apply="Self-referral on our website or referral by any professional.",
    phones=[("01632 960170", None)],
)

S(
    "calmer_homes",
    "Calmer Homes parenting programme (5-11)",
    "parenting",
    "Evidence-based 10 week course for parents/carers of primary school age children (5-11) with behaviour that is difficult to manage: defiance, aggression, meltdowns, sibling fighting. "
    "Uses social learning theory: praise, rewards, clear instructions, consistent consequences, emotion coaching. Interpreters can be booked for the group.",
    tags=[19],
    ages=(5, 11),
    areas=[SHROP],
    locs=[L["hub_sundorne"], L["hub_bridgnorth"], L["hub_craven"]],
    interp="Interpreters can be booked for any language with two weeks' notice.",
    fees="Free",
    apply="Self-referral or professional referral.",
    phones=[("01632 960170", None)],
)

S(
    "teen_talk",
    "Teen Talk – parenting teenagers",
    "parenting",
    "For parents and carers of 11-17 year olds. Six evening sessions on communication, boundaries, risk (online safety, exploitation, drugs), teenage brain development and staying connected when they push you away. "
    "Suitable where a young person's behaviour at home is challenging. If your child is violent towards you, please see our Breaking the Cycle service instead.",
    tags=[19],
    ages=(11, 17),
    areas=[SHROP],
    locs=[L["hub_sundorne"], L["hub_oswestry"]],
    fees="Free",
    phones=[("01632 960170", None)],
)

S(
    "online_parenting",
    "Understanding Your Child – online parenting courses",
    "familylines",
    "Free online parenting courses you can do at your own pace, on your phone. Courses from pregnancy to teenagers, including understanding your child's feelings, your child with additional needs, and surviving separation. Available in several languages.",
    tags=[19],
    ages=(0, 19),
    areas=[ENGLAND],
    fees="Free in England",
    langs=[
        ("en", "English", None),
        ("pl", "Polish", "Subtitles"),
        ("ar", "Arabic", "Subtitles"),
        ("ur", "Urdu", "Subtitles"),
    ],
    apply="Register online.",
)

S(
    "tw_positive_steps",
    "Positive Steps Parenting",
    "tw",
    "Positive Steps: group and one-to-one parenting support for parents of 2-12 year olds living in Telford and Wrekin. Behaviour, routines, boundaries, self-care for parents.",
    tags=[19],
    ages=(2, 12),
    areas=[TW],
    locs=[L["telford_hub"], L["donnington_cc"]],
    fees="Free",
    phones=[("0121 496 0202", None)],
)

S(
    "dads_stuff",
    "Dad's Stuff",
    "hubs",
    "A six-week course for dads, step-dads, granddads and male carers of children 0-11. Dad's Stuff looks at what kids need from their dad, play, managing behaviour, and looking after yourself. Saturday mornings, bacon rolls included.",
    tags=[19],
    ages=(0, 11),
    sex="male",
    areas=[SHROP],
    locs=[L["hub_sundorne"], L["hub_whitchurch"]],
    sched=[weekly("SA", "09:30", "11:30")],
    fees="Free",
    phones=[("01632 960101", None)],
)

S(
    "dad_and_me",
    "Dad and Me Saturday club",
    "oswestry",
    "Saturday morning play session for dads (and male carers) with their under 5s at Oswestry Library. Stories, messy play, coffee.",
    tags=[11],
    ages=(0, 5),
    sex="male",
    areas=[OSWESTRY],
    locs=[L["osw_library"]],
    sched=[monthly("2SA,4SA", "10:00", "11:30", "2nd and 4th Saturday")],
)

S(
    "parenting_send",
    "Parenting a child with additional needs",
    "parenting",
    "Six-session course for parents and carers of children and young people with SEND or suspected SEND (no diagnosis needed). Understanding behaviour as communication, sensory needs, sleep, working with school, looking after yourself.",
    tags=[40, 19],
    ages=(2, 18),
    areas=[SHROP],
    fees="Free",
    phones=[("01632 960170", None)],
)

S(
    "polish_parenting",
    "Szczęśliwy dom – kurs dla rodziców",
    "polish",
    "Kurs dla rodziców dzieci w wieku 2–12 lat, prowadzony w całości po polsku. Osiem spotkań: zachowanie dziecka, granice, emocje, dwujęzyczność, szkoła w Anglii. Spotkania w Shrewsbury w soboty, bezpłatnie. Opieka nad dziećmi na miejscu.",
    tags=[19],
    ages=(2, 12),
    areas=[SHROP, TW],
    locs=[L["castle_ct"]],
    lang_only="pl",
    langs=[("pl", "Polish", "Course delivered only in Polish")],
    sched=[weekly("SA", "10:00", "12:00")],
    fees="Bezpłatnie (free)",
    phones=[("07700 900170", None)],
)

S(
    "family_lines_helpline",
    "Family Lines parenting helpline",
    "familylines",
    "Free confidential helpline for any parent or carer in England worried about their child, from toddlers to teens. Phone, webchat or email. We can also talk about your own wellbeing, family relationships and money worries.",
    tags=[19],
    areas=[ENGLAND],
    fees="Free",
    phones=[("0808 157 0100", "Mon-Fri 9am-9pm, Sat-Sun 10am-3pm")],
)

# =====================================================================
# Separation, conflict, couples
# =====================================================================
S(
    "parenting_apart",
    "Parenting Apart (online course)",
    "familylines",
    "A free online course for separated or separating parents who want to reduce the impact of conflict on their children. Four modules, take it at your own pace. "
    "This course is not suitable if there has been domestic abuse in the relationship; please contact a domestic abuse service instead. Each parent does the course separately.",
    tags=[21, 20],
    areas=[ENGLAND],
    contra=["domestic_abuse"],
    fees="Free",
)

S(
    "arguing_better",
    "Arguing Better",
    "eh",
    "Arguing Better is a free programme for parents - together or apart - who are arguing a lot and worried about how it is affecting the children. "
    "Sessions cover how conflict affects children at different ages, communication, managing stress and disagreements, and co-parenting. It can be done one-to-one, as a couple, or in a group, and there is an online version. "
    "Please note that this programme is not suitable where there is domestic abuse or coercive control in the relationship; the practitioner will talk to each parent separately first to check this. "
    "Available to parents living in Shropshire with a child under 18.",
    tags=[20],
    ages=(0, 18),
    areas=[SHROP],
    contra=["domestic_abuse"],
    fees="Free",
    apply="Self-referral or professional referral via the Early Help front door.",
    phones=[("01632 960110", None)],
)

S(
    "couple_connect",
    "Couple Connect – relationship counselling",
    "couple",
    "Counselling for couples and individuals who want to improve their relationship, or end it well. Low-cost sessions on a sliding scale, online or in Shrewsbury and Telford. "
    "Our counsellors are trained to recognise abuse. We do not offer joint sessions where one partner is frightened of the other, where there has been violence, or where the person who has caused harm still lives in the family home; in these situations we will talk to each of you separately about safer options.",
    tags=[20],
    areas=[SHROP, TW],
    contra=["domestic_abuse", "harm_person_at_home"],
    cost=[("Per session, depending on household income", None, "£10 to £55 per session")],
    locs=[L["frankwell_house"], L["telford_centre"]],
    phones=[("01632 960180", None)],
)

S(
    "mediation",
    "Family mediation",
    "mediation",
    "Family mediation helps separating couples make arrangements for children, property and finances without going to court. MIAMs (Mediation Information and Assessment Meetings) available within 5 working days. "
    "Legal aid available if you qualify; Family Mediation Voucher Scheme accepted. Mediation may not be suitable where there has been domestic abuse – we screen every case.",
    tags=[21],
    areas=[SHROP, TW, HEREF],
    contra=["domestic_abuse"],
    cost=[
        ("MIAM (per person)", 120.0),
        ("Joint mediation session (per person)", 150.0),
        ("Legal aid / £500 voucher", 0.0),
    ],
    locs=[L["frankwell_house"], L["hereford_cc"]],
    phones=[("01632 960181", None)],
)

S(
    "dads_apart",
    "Dads Apart",
    "newpath",
    "Support group for separated dads in Shropshire. Practical and emotional support when you're not living with your kids: contact arrangements, child maintenance, court, your own mental health. Peer group monthly in Shrewsbury plus WhatsApp group.",
    tags=[21],
    sex="male",
    areas=[SHROP],
    locs=[L["shrews_centre"]],
    sched=[monthly("1TH", "19:00", "21:00")],
    fees="Free",
)

S(
    "contact_centre",
    "Child contact centre (Shrewsbury)",
    "mediation",
    "Safe, neutral place for children to spend time with a parent they don't live with. Supported (not supervised) contact on Saturdays. Referrals from solicitors, Cafcass, courts or parents. Children 0-16.",
    tags=[21],
    ages=(0, 16),
    areas=[SHROP],
    locs=[L["monkmoor_ch"]],
    cost=[("Per session", 15.0)],
)

S(
    "tw_conflict",
    "Together for the Kids (Telford)",
    "tw",
    "Reducing parental conflict service for Telford and Wrekin parents. Workers help couples and separated parents argue less and co-parent better. Not for families where there is domestic abuse.",
    tags=[20, 21],
    areas=[TW],
    contra=["domestic_abuse"],
    fees="Free",
    phones=[("0121 496 0203", None)],
)

S(
    "baby_and_us",
    "Baby and Us",
    "couple",
    "Four sessions for couples expecting a baby or with a baby under one, to help you stay a team through the big changes: sleep deprivation, sharing the load, intimacy, arguing well. Run by relationship counsellors. "
    "Not for couples where there is any abuse, controlling behaviour or violence.",
    tags=[20, 36],
    ages=(0, 1),
    areas=[SHROP, TW],
    contra=["domestic_abuse"],
    cost=[("Per couple for the course", 40.0), ("Universal Credit households", 0.0)],
)

# =====================================================================
# Money, housing, food
# =====================================================================
S(
    "sva_advice",
    "Money and benefits advice",
    "advice",
    "Free, independent, confidential advice on benefits (Universal Credit, PIP, Carer's Allowance, Child Benefit), debt, council tax arrears, bailiffs, energy bills and employment rights. We can help you fill in forms and challenge decisions. "
    "Offices in Shrewsbury and Oswestry; outreach in Ludlow. Adviceline Mon-Fri.",
    tags=[15, 18],
    ages=(18, None),
    areas=[SHROP],
    locs=[L["advice_shrews"], L["advice_osw"], L["advice_ludlow"]],
    fees="Free",
    phones=[("01632 960190", "Adviceline Mon-Fri 10-4")],
    interp="Telephone interpreting available in any language.",
)

S(
    "housing_options",
    "Housing advice and homelessness prevention",
    "housing",
    "If you are homeless or at risk of losing your home (for example you have been given a section 21 'no fault' notice, are in rent arrears, or can't stay where you are) contact the Housing Options team as early as possible – ideally as soon as you get a notice. "
    "We will assess your situation and work with you on a personal housing plan. Out of hours emergency line for people who are homeless tonight.",
    tags=[18],
    ages=(16, None),
    areas=[SHROP],
    fees="Free",
    phones=[("01632 960191", "Mon-Fri 9-5"), ("01632 960192", "Out of hours emergency")],
)

S(
    "tenancy_rescue",
    "Tenancy Rescue",
    "advice",
    "Specialist help for private renters who are behind with rent or have been served notice. Negotiation with landlords, help to apply for Discretionary Housing Payments, court representation on the day (duty scheme). Shropshire residents 18+.",
    tags=[18, 15],
    ages=(18, None),
    areas=[SHROP],
    fees="Free",
    phones=[("01632 960193", None)],
)

S(
    "warm_homes",
    "Warm Homes Shropshire",
    "publichealth",
    "Help with cold, damp homes and energy bills: fuel debt advice, energy grants, boiler and insulation schemes, emergency fuel vouchers (prepayment meters) via referral.",
    tags=[18],
    areas=[SHROP],
    fees="Free",
    phones=[("01632 960194", None)],
)

S(
    "tw_money",
    "Wrekin Money Advice",
    "twvol",
    "Debt and benefits advice for Telford and Wrekin residents. Appointments at Southwater One and outreach at Brookside and Donnington.",
    tags=[15],
    ages=(18, None),
    areas=[TW],
    locs=[L["telford_centre"]],
    phones=[("0121 496 0220", None)],
)

S(
    "heref_advice",
    "Wye Valley Adviceline",
    "heref",
    "Free welfare benefits and debt advice for Herefordshire residents. Phone line Mon-Thu.",
    tags=[15],
    areas=[HEREF],
    phones=[("01632 960402", None)],
)

S(
    "debt_direct",
    "Debt Advice Direct",
    "debtdirect",
    "Free, confidential debt advice by phone and online for people in England and Wales. Debt management plans, breathing space, bankruptcy and DRO applications.",
    tags=[15],
    ages=(18, None),
    areas=[ENGLAND, WALES],
    phones=[("0808 157 0200", None)],
    fees="Free",
)

S(
    "larder",
    "Shrewsbury Larder food bank",
    "larder",
    "Emergency food parcels for people in crisis. You'll need a food voucher from one of our referral partners (GP, Citizens Advice-type agencies, schools, family hubs, social workers, housing). "
    "Each parcel provides three days of nutritionally balanced food. Distribution Tues and Fri 12-2. We also run a community pantry (£4 a week for £15+ of shopping) which you can join without a referral.",
    tags=[18],
    areas=[
        locality(
            "Shrewsbury and surrounding villages",
            "Shrewsbury, Bayston Hill, Pontesbury, Minsterley, Hanwood, Baschurch, Nesscliffe",
            ["SY1", "SY2", "SY3", "SY5", "SY4"],
        )
    ],
    locs=[L["larder"]],
    sched=[weekly("TU,FR", "12:00", "14:00")],
    fees="Food parcels free with voucher; pantry membership £4 per week",
)

S(
    "loaves",
    "Borderland Loaves Foodbank",
    "loaves",
    "Foodbank for Oswestry, Ellesmere and the border villages. Vouchers from agencies. Delivery possible to rural addresses if you can't get to us. Toiletries, nappies and pet food sometimes available.",
    tags=[18],
    areas=[
        locality(
            "Oswestry, Ellesmere and border villages",
            "Oswestry, Gobowen, St Martins, Weston Rhyn, Ellesmere, Whittington, Trefonen",
            ["SY10", "SY11", "SY12"],
        )
    ],
    locs=[L["loaves"]],
    fees="Free with voucher",
    phones=[("01632 960195", None)],
)

S(
    "ludlow_pantry",
    "Ludlow Community Pantry",
    "ludlow",
    "Membership food club: pay £3.50 a week and choose around £15 worth of groceries including fresh fruit and veg. No referral needed, just live in or near Ludlow.",
    areas=[LUDLOW],
    locs=[L["ludlow_church"]],
    cost=[("Weekly shop", 3.5)],
    sched=[weekly("WE", "14:00", "17:00")],
)

S(
    "clun_foodshare",
    "Valley Food Share",
    "clun",
    "Food share table at Clun Memorial Hall on Friday afternoons and at Bishop's Castle library on Saturdays. Surplus food from supermarkets, free to anyone, no questions asked. Emergency parcels can be delivered by volunteers.",
    areas=[
        locality(
            "Clun and Bishop's Castle",
            "Clun, Bishop's Castle, Newcastle on Clun, Bucknell, Lydbury North",
            ["SY7", "SY9"],
        )
    ],
    locs=[L["clun_hall"], L["bc_library"]],
    fees="Free",
)

S(
    "tw_food",
    "Telford Food Support Network",
    "twvol",
    "Network of food banks, pantries and community fridges across Telford and Wrekin. Ring the helpline to find your nearest, get a voucher, or arrange a delivery if you're isolating or disabled.",
    tags=[18],
    areas=[TW],
    phones=[("0121 496 0221", None)],
    fees="Free",
)

S(
    "hsf",
    "Household Support Fund – winter grants",
    "housing",
    "Funding for this scheme has ended and applications are closed. The Household Support Fund provided one-off help with food and energy costs for low income households.",
    tags=[18, 15],
    status="inactive",
    areas=[SHROP],
)

S(
    "uniform_exchange",
    "School uniform exchange",
    "north",
    "Free pre-loved school uniform, PE kit and school shoes for any family. Pop-up shops in Whitchurch, Wem and Market Drayton every August and at the start of each term.",
    ages=(4, 16),
    areas=[NORTH],
    locs=[L["whit_civic"], L["wem_hall"], L["hub_mdrayton"]],
    fees="Free",
)

S(
    "working_futures",
    "Working Futures – employment support",
    "employ",
    "One-to-one support to get into work, training or volunteering, or to progress in your job. CVs, job searching, interview practice, confidence building, help with childcare costs while you train, and support with health conditions that make work harder. "
    "For anyone 18+ in Shropshire who is out of work or in low-paid work. Redundancy support available.",
    tags=[18],
    ages=(18, None),
    areas=[SHROP],
    locs=[L["shrews_centre"], L["hub_oswestry"], L["hub_ludlow"]],
    fees="Free",
    phones=[("01632 960200", None)],
)

S(
    "job_club_bc",
    "Job Club at Bishop's Castle Library",
    "clun",
    "Weekly job club, Wednesdays 10-12. Computers, printing, help with applications and Universal Credit journals. Volunteers from the Clun Valley Community Trust.",
    ages=(16, None),
    areas=[
        locality(
            "Bishop's Castle and Clun",
            "Bishop's Castle, Clun, Lydbury North, Lydham",
            ["SY9", "SY7"],
        )
    ],
    locs=[L["bc_library"]],
    sched=[weekly("WE", "10:00", "12:00")],
)

S(
    "next_chapter",
    "Next Chapter Careers",
    "careers",
    "Free national careers advice for adults by phone, webchat and video. Specialist advisers for people facing redundancy, returning to work after caring, or changing career.",
    tags=[2],
    ages=(19, None),
    areas=[ENGLAND],
    phones=[("0808 157 0300", None)],
    fees="Free",
)

# =====================================================================
# Domestic abuse: support for people harmed
# =====================================================================
S(
    "sm_outreach",
    "Domestic abuse outreach and support",
    "da",
    "If someone you are with, or have been with, is hurting you, frightening you, controlling you or your money, or making you feel you are walking on eggshells, you don't have to deal with it alone. "
    "Our outreach workers support anyone aged 16 or over who is experiencing or has experienced domestic abuse, whatever their gender or sexuality. We help with safety planning, housing, legal options, money, the children, and recovering from what has happened. "
    "We can meet you somewhere safe, or talk on the phone at times that are safe for you.",
    tags=[16],
    ages=(16, None),
    surv=True,
    areas=[SHROP, TW],
    fees="Free",
    apply="Call our helpline, use the webchat, or ask any professional to refer. Safe contact times will always be checked.",
    phones=[("0808 157 0400", "Helpline Mon-Fri 9am-8pm, Sat 10am-1pm")],
    email="help@safermarches.example.org.uk",
)

S(
    "idva",
    "IDVA service (Independent Domestic Violence Advisors)",
    "da",
    "Independent Domestic Violence Advisors work with victims assessed as high risk of serious harm (DASH risk assessment score of 14+ or referred to MARAC). Crisis intervention, safety planning, support through the criminal and family courts, and multi-agency advocacy.",
    tags=[16],
    ages=(16, None),
    surv=True,
    areas=[SHROP, TW],
    elig="Victims/survivors of domestic abuse aged 16+ at high risk, living in Shropshire or Telford and Wrekin. Medium/standard risk: please refer to Safer Marches outreach.",
    apply="Professional referral with a completed DASH RIC, or via MARAC.",
    phones=[("01632 960210", "Professionals only")],
)

S(
    "refuge",
    "Haven House refuge",
    "refuge",
    "Safe, self-contained refuge accommodation for women, with or without children, who need to leave home because of domestic abuse. Each family has their own flat and a dedicated support worker; children's workers run play and one-to-one sessions. "
    "Boys up to 16 can be accommodated with their mums. For safety, our address is never published.",
    tags=[16, 18],
    surv=True,
    sex="female",
    areas=[
        free_text_area(
            "Refuge in Shropshire; referrals accepted from anywhere in England and Wales",
            la_codes=["E92000001", "W92000004"],
        )
    ],
    locs=[
        {
            "id": uid("location", "refuge"),
            "location_type": "physical",
            "name": "Confidential location",
            "description": "Address withheld for the safety of residents.",
            "confidential": True,
        }
    ],
    elig="Women aged 16+ fleeing domestic abuse, with or without children. We cannot accept women who need 24-hour staffed support for high medical or substance use needs, but we will help find somewhere suitable.",
    apply="Call the 24-hour national domestic abuse helpline or our referral line. Self-referrals accepted.",
    phones=[("01632 960211", "Refuge referral line, 24 hours")],
    fees="Rent is covered by Housing Benefit; a small service charge applies",
    email=False,
)

S(
    "reclaim",
    "Reclaim",
    "da",
    "Reclaim is a 12-week group course for women who have experienced domestic abuse. It helps you understand the tactics abusers use, the effects of abuse on you and your children, and how to build healthy relationships in future. "
    "Groups are small and confidential. To make the group safe for everyone, you need to be separated from the person who harmed you and no longer living with them.",
    tags=[16, 27],
    sex="female",
    surv=True,
    ages=(18, None),
    areas=[SHROP],
    contra=["harm_person_at_home"],
    locs=[L["frankwell_house"], L["hub_ludlow"], L["osw_church"]],
    fees="Free",
    apply="Self-referral via Safer Marches helpline.",
)

S(
    "mens_da",
    "Men's domestic abuse support",
    "da",
    "Confidential support for men who are being abused by a partner, ex-partner or family member. Abuse of men is more common than people think and it can be physical, emotional, financial or coercive. "
    "One-to-one support, safety planning, help with housing, and advocacy with police and courts. Fathers who are worried about the children will be supported to protect them.",
    tags=[16],
    sex="male",
    surv=True,
    ages=(18, None),
    areas=[SHROP, TW, HEREF],
    fees="Free",
    phones=[("0808 157 0401", "Men's line Mon-Fri 10-4")],
)

S(
    "rainbow_rooms",
    "Rainbow Rooms",
    "da",
    "Rainbow Rooms is a 10-week therapeutic group for children aged 5-11 who have lived with domestic abuse, with a parallel group for their mum or non-abusing parent. "
    "Children learn to talk about feelings, that the abuse was not their fault, and how to keep safe. "
    "Children must no longer be living with the person who was abusive, and the non-abusing parent needs to attend the parallel group.",
    tags=[16, 27],
    ages=(5, 11),
    surv=True,
    areas=[SHROP, TW],
    contra=["harm_person_at_home"],
    locs=[L["castle_ct"], L["telford_hub"]],
    fees="Free",
    apply="Referral by any professional.",
)

S(
    "safe_relationships_yp",
    "Safe Relationships (young people)",
    "da",
    "Support for young people aged 13-19 experiencing abuse in their own relationships: controlling boyfriends or girlfriends, sharing of images, pressure, violence. One-to-one with a young person's violence advisor. Also works with young people affected by abuse at home.",
    tags=[16, 24],
    ages=(13, 19),
    surv=True,
    areas=[SHROP, TW],
    fees="Free",
    phones=[("07700 900410", "Text or call")],
)

S(
    "safeline",
    "SafeLine national domestic abuse helpline",
    "safeline",
    "24-hour freephone helpline for anyone experiencing domestic abuse, and for friends, family and professionals calling on their behalf. Can find refuge spaces across the country.",
    tags=[16],
    surv=True,
    areas=[UK],
    phones=[("0808 157 0500", "24 hours, free")],
    fees="Free",
)

S(
    "rainbow_safe",
    "LGBT+ domestic abuse support",
    "lgbt",
    "Specialist support for LGBT+ people experiencing domestic abuse, including abuse from family members because of their sexuality or gender identity. Phone, online and face to face. Covering Shropshire, Telford & Wrekin and Staffordshire.",
    tags=[16],
    surv=True,
    ages=(16, None),
    areas=[SHROP, TW, STAFFS],
    fees="Free",
    phones=[("01632 960412", None)],
)

S(
    "wsparcie",
    "Wsparcie – pomoc dla kobiet doświadczających przemocy domowej",
    "polish",
    "Wsparcie dla kobiet mówiących po polsku, które doświadczają przemocy domowej lub kontroli ze strony partnera. Rozmowy indywidualne, pomoc w kontakcie z policją, mieszkaniem i szkołą. Wszystko po polsku, poufnie.",
    tags=[16],
    surv=True,
    sex="female",
    lang_only="pl",
    areas=[SHROP, TW],
    langs=[("pl", "Polish", "Service delivered in Polish")],
    phones=[("07700 900413", "Poniedziałek–piątek 10–16")],
    fees="Bezpłatnie",
)

S(
    "sanctuary",
    "Sanctuary scheme",
    "housing",
    "Extra security for your home so that you can stay there safely if you are experiencing domestic abuse and the abuser does not live with you: lock changes, door and window alarms, fireproof letterboxes, video doorbells.",
    tags=[16, 18],
    surv=True,
    areas=[SHROP],
    contra=["harm_person_at_home"],
    apply="Referral by Safer Marches, IDVA, police or Housing Options.",
)

S(
    "osw_womens_dropin",
    "Women's drop-in (Oswestry)",
    "da",
    "TEMPORARILY CLOSED due to staff shortages – please call the Safer Marches helpline instead. Informal drop-in for women affected by domestic abuse, Thursday afternoons at Christ Church Rooms.",
    tags=[16],
    surv=True,
    sex="female",
    closed=True,
    areas=[OSWESTRY],
    locs=[L["osw_church"]],
)

S(
    "tw_da",
    "Telford domestic abuse service",
    "twvol",
    "Domestic abuse support for Telford and Wrekin residents: advice, outreach, support groups, children's workers, and a drop-in at Southwater One every Monday.",
    tags=[16],
    surv=True,
    areas=[TW],
    locs=[L["telford_centre"]],
    phones=[("0121 496 0230", None)],
)

S(
    "powys_da",
    "Powys Safe Relationships Service",
    "powysda",
    "Cymorth cam-drin domestig / domestic abuse support in Powys for women, men and young people. Outreach across the county.",
    tags=[16],
    surv=True,
    areas=[POWYS],
    langs=[("cy", "Welsh", None), ("en", "English", None)],
    phones=[("029 2018 0302", None)],
)

S(
    "staffs_da",
    "Safe at Home Staffordshire",
    "staffsda",
    "Domestic abuse support for people living in Staffordshire: helpline, outreach, IDVAs and refuge.",
    tags=[16],
    surv=True,
    areas=[STAFFS],
    phones=[("0121 496 0502", None)],
)

S(
    "chesh_da",
    "Cheshire East domestic abuse hub",
    "chesh_da",
    "Single point of contact for domestic abuse support for victims living in Cheshire East.",
    tags=[16],
    surv=True,
    areas=[CHESH_E],
    phones=[("0161 496 0602", None)],
)

# =====================================================================
# Domestic abuse: people who cause harm
# =====================================================================
S(
    "choose_change",
    "Choose Change",
    "perp",
    "Choose Change is a Respect-accredited domestic abuse perpetrator programme for men aged 18 and over. After an assessment, men attend a 26-week group (one evening a week) that looks at abusive and controlling behaviour, its impact on partners and children, and how to change. "
    "Every partner or ex-partner of a man on the programme is offered support from our integrated safety service, whether or not they stay in the relationship.",
    tags=[16],
    sex="male",
    harm=True,
    ages=(18, None),
    areas=[SHROP, TW],
    locs=[L["perp_office"], L["frankwell_house"]],
    accred="Respect accredited",
    apply="Self-referral welcome, or referral by a social worker, probation, CAFCASS or GP.",
    fees="Free",
    phones=[("01632 960220", None)],
)

S(
    "turning_corner",
    "Turning the Corner",
    "newpath",
    "One-to-one and group work for men who have been abusive or controlling towards a partner or ex-partner and want to stop. We work with men who have realised their behaviour is hurting the people they love - shouting, threatening, checking up on her, controlling money, pushing or hitting. "
    "We will always ask to contact your partner to offer her support.",
    tags=[16, 2],
    sex="male",
    harm=True,
    ages=(18, None),
    areas=[SHROP],
    locs=[L["shrews_centre"]],
    fees="Free",
    phones=[("01632 960221", None)],
)

S(
    "tw_behaviour_change",
    "Healthy Relationships: behaviour change programme",
    "twvol",
    "A behaviour change programme for those who use violence or abuse in their intimate relationships. Open to people of any gender living in Telford and Wrekin. 20 weeks, groups and one-to-one.",
    tags=[16],
    harm=True,
    ages=(18, None),
    areas=[TW],
    locs=[L["wellington_cc"]],
    phones=[("0121 496 0231", None)],
)

S(
    "losing_it",
    "Losing It? Support for parents",
    "eh",
    "For mums and dads who recognise they lose their temper at home and have hurt, frightened or been violent towards their partner, and want to do something about it before it costs them their family. "
    "A practitioner will meet you for an assessment and then work with you one-to-one for around 12 sessions. We also offer support to your partner and consider what the children need. "
    "This is not a general anger management course.",
    tags=[16, 19],
    harm=True,
    ages=(18, None),
    areas=[SHROP],
    fees="Free",
    apply="Self-referral or via your social worker / early help practitioner.",
    phones=[("01632 960110", None)],
)

S(
    "women_use_force",
    "Women's Choices group",
    "perp",
    "A group programme for women who have used force, violence or abuse against a partner or ex-partner. Many women who use force have also been victims themselves; the programme looks at both. 16 weeks.",
    tags=[16],
    sex="female",
    harm=True,
    ages=(18, None),
    areas=[SHROP, TW],
    locs=[L["perp_office"]],
    fees="Free",
)

S(
    "changeline",
    "ChangeLine",
    "changeline",
    "Confidential national helpline for people who are worried about their own behaviour towards a partner or family member: anger, jealousy, controlling behaviour or violence. We'll listen without judging and tell you about programmes near you.",
    tags=[16],
    harm=True,
    areas=[ENGLAND, WALES],
    phones=[("0808 157 0600", "Mon-Fri 9-8")],
    fees="Free",
)

S(
    "powys_stepup",
    "Step Up Powys",
    "powysda",
    "Rhaglen newid ymddygiad / behaviour change programme for men in Powys who have been abusive in their relationships.",
    tags=[16],
    harm=True,
    sex="male",
    areas=[POWYS],
    langs=[("cy", "Welsh", None), ("en", "English", None)],
)

S(
    "heref_perp",
    "Herefordshire Healthy Relationships programme",
    "herefperp",
    "Group and 1:1 programme for adults in Herefordshire who have harmed a partner. Partner support included.",
    tags=[16],
    harm=True,
    ages=(18, None),
    areas=[HEREF],
    locs=[L["hereford_cc"]],
)

S(
    "caring_dads_pilot",
    "Caring Dads Shropshire (pilot)",
    "newpath",
    "This pilot has finished (ended March 2024) and is no longer taking referrals. It was a 17-week group for fathers who had been abusive or neglectful, focusing on their relationship with their children.",
    tags=[16, 19],
    harm=True,
    sex="male",
    status="inactive",
    areas=[SHROP],
)

S(
    "anger_course",
    "Managing Anger – 8-week course",
    "mind",
    "An eight-week course for adults who find their anger is causing problems at work, with friends, or on the road. Understand your triggers, calm your body, communicate assertively. "
    "This course is not suitable for anyone who has been violent or abusive towards a partner or family member; if that applies to you, call ChangeLine or ask us about Turning the Corner or Choose Change.",
    tags=[27],
    ages=(18, None),
    areas=[SHROP],
    contra=["domestic_abuse"],
    cost=[("Whole course", 60.0), ("Concessions", 15.0)],
    locs=[L["mind_shrews"]],
)

# child-to-parent violence: one service works with the young person, one with parents
S(
    "breaking_cycle",
    "Breaking the Cycle",
    "eh",
    "Breaking the Cycle works with young people aged 10 to 17 who are using violent or abusive behaviour towards their parents or carers (child/adolescent to parent violence, sometimes called APVA). "
    "The young person works with a youth worker on managing feelings, respect and repairing relationships, while their parent attends a parallel group on safety and de-escalation. Both have to agree to take part.",
    tags=[24, 16],
    harm=True,
    ages=(10, 17),
    areas=[SHROP],
    fees="Free",
    apply="Referral by a professional (school, police, early help, youth justice, CAMHS) or by the parent with the young person's agreement.",
    phones=[("01632 960110", None)],
)

S(
    "cpv_parents",
    "When your child is hurting you",
    "parenting",
    "A support group for parents and carers who are being hit, threatened, intimidated or controlled by their own child (child-to-parent violence). You will not be judged. "
    "We look at keeping yourself and other children safe, what might be driving the behaviour, and how to respond. The young person doesn't need to take part.",
    tags=[19, 16],
    surv=True,
    ages=(8, 18),
    areas=[SHROP],
    locs=[L["hub_sundorne"], L["hub_ludlow"]],
    fees="Free",
)

# =====================================================================
# SEND and conditions
# =====================================================================
S(
    "sendiass",
    "SEND information, advice and support (SENDIASS)",
    "send",
    "Free, impartial and confidential information, advice and support for children and young people aged 0-25 with special educational needs and disabilities, and their parents and carers. "
    "We can explain SEN support, Education, Health and Care needs assessments and EHCPs, annual reviews, exclusions, tribunals and transport. We can come to meetings with you.",
    tags=[40, 42],
    ages=(0, 25),
    areas=[SHROP],
    fees="Free",
    phones=[("01632 960230", None)],
)

S(
    "parent_carer_voice",
    "Shropshire Parent Carer Voice",
    "parentvoice",
    "The parent carer forum for Shropshire. Join to have your say on SEND services, come to our coffee mornings and information events, and meet other parents of children with additional needs. Diagnosis not needed.",
    tags=[40],
    ages=(0, 25),
    areas=[SHROP],
    fees="Free to join",
)

S(
    "saturday_club",
    "Saturday Club short breaks",
    "youth",
    "Short breaks for disabled children and young people aged 5-18 on Saturdays in Shrewsbury and Bridgnorth: games, crafts, sport, trips, 1:1 or 1:2 support as needed. "
    "Eligibility: child must be assessed as eligible for short breaks (Short Breaks statement); most children attending have an EHCP or are known to the Disabled Children's Team. Places allocated through the short breaks panel.",
    tags=[38],
    ages=(5, 18),
    areas=[SHROP],
    locs=[L["castle_ct"], L["bn_yc"]],
    cond=["disability"],
    diag=True,
    apply="Apply through the Short Breaks team.",
    cost=[("Per session (contribution)", 5.0)],
)

S(
    "portage",
    "Portage home visiting",
    "health",
    "Portage is a home-visiting educational service for pre-school children with significant developmental delay or complex additional needs. A Portage home visitor comes every week or fortnight to play and set small learning goals with you.",
    tags=[39, 42],
    ages=(0, 5),
    areas=[SHROP],
    cond=["developmental_delay"],
    elig="Children under 5 (not yet at school) with significant delay in two or more areas of development, or a diagnosed condition likely to lead to this.",
    apply="Referral by health visitor, paediatrician or therapist.",
)

S(
    "salt_advice",
    "Children's speech and language therapy advice line",
    "health",
    "Worried about your child's talking, understanding, stammering or eating and drinking? Call our advice line to talk to a speech and language therapist. Referrals to the service are made after the call if needed.",
    tags=[47],
    ages=(0, 18),
    areas=[SHROP, TW],
    phones=[("01632 960231", "Tuesdays and Thursdays 1-4pm")],
)

S(
    "summer_playscheme",
    "Summer playscheme for disabled children",
    "youth",
    "Three weeks of play and days out in August for disabled children and young people with additional needs aged 5 to 18. Qualified staff, personal care provided. Siblings can attend some days.",
    tags=[38, 9],
    ages=(5, 18),
    areas=[SHROP],
    cond=["disability"],
    locs=[L["castle_ct"]],
    cost=[("Per day", 10.0)],
    apply="Booking opens in May.",
)

S(
    "spectrum_parents",
    "Spectrum Parents support group",
    "autism",
    "Monthly coffee mornings and evening meetings for parents and carers of autistic children and young people, plus a closed Facebook group and family days out. "
    "Speakers on sleep, eating, school, benefits (DLA), puberty and more. Run by parents for parents. "
    "Membership is free. To join, your child will need to have an autism diagnosis (please bring or send a copy of the diagnosis letter from the paediatrician or CAMHS).",
    tags=[37, 40],
    ages=(0, 18),
    cond=["autism"],
    diag=True,
    areas=[SHROP],
    locs=[L["monkmoor_ch"], L["ellesmere_lib"]],
    sched=[
        monthly("2WE", "10:00", "12:00", "Shrewsbury"),
        monthly("4MO", "19:00", "21:00", "Ellesmere"),
    ],
    fees="Free",
)

S(
    "autism_before_after",
    "Autism: before and after diagnosis",
    "autism",
    "A series of four workshops for parents and carers who think their child may be autistic or whose child has recently been diagnosed. Understanding autism, communication, sensory differences, managing anxiety and meltdowns. "
    "No diagnosis needed – families on the waiting list for an autism assessment are very welcome.",
    tags=[37],
    ages=(2, 18),
    cond=["autism"],
    areas=[SHROP],
    locs=[L["hub_sundorne"], L["hub_oswestry"], L["hub_ludlow"]],
    fees="Free",
    apply="Book online or through your family hub.",
)

S(
    "different_minds",
    "Different Minds youth club",
    "youth",
    "A youth club for autistic young people and young people who think they might be autistic, aged 11 to 19. Gaming, board games, cooking, trips, quiet room. With or without a formal diagnosis.",
    tags=[37, 7],
    ages=(11, 19),
    cond=["autism"],
    areas=[SHROP],
    locs=[L["castle_ct"]],
    sched=[weekly("TH", "18:00", "20:00")],
    cost=[("Per session", 2.0)],
)

S(
    "autism_early_steps",
    "Autism Early Steps",
    "autism",
    "Early Steps is a 6-week programme for parents of children under 5 with a confirmed autism diagnosis. "
    "Due to high demand the programme is currently full and we are not taking new referrals until further notice. Please join Spectrum Parents for support in the meantime.",
    tags=[37, 39],
    ages=(0, 5),
    cond=["autism"],
    diag=True,
    closed=True,
    areas=[SHROP],
)

S(
    "tw_autism",
    "Autism Family Support Telford",
    "twvol",
    "Support for families in Telford and Wrekin with an autistic child, or a child on the neurodevelopmental pathway waiting for assessment. Drop-ins, workshops and one-to-one advice.",
    tags=[37, 40],
    ages=(0, 18),
    cond=["autism"],
    areas=[TW],
    locs=[L["telford_hub"]],
)

S(
    "masking_me",
    "Masking and Me",
    "autism",
    "Small group for autistic girls and young women aged 12-17 (diagnosed or self-identifying) to meet others, talk about masking, friendships, anxiety and school. Run by autistic women.",
    tags=[37, 27],
    ages=(12, 17),
    child_sex="girls",
    cond=["autism"],
    areas=[SHROP],
    locs=[L["mind_shrews"]],
    sched=[monthly("1SA,3SA", "14:00", "16:00")],
)

S(
    "adhd_parents",
    "ADHD parent support (Shropshire)",
    "adhd",
    "Peer support for parents and carers of children and young people diagnosed with ADHD. Monthly group, training on medication, school and behaviour, and a helpline. Open to families whose child has a diagnosis of ADHD from a paediatrician or CAMHS.",
    tags=[40, 44],
    ages=(5, 18),
    cond=["adhd"],
    diag=True,
    areas=[SHROP],
    locs=[L["frankwell_house"]],
    sched=[monthly("3TU", "19:00", "21:00")],
    fees="Free",
)

S(
    "busy_minds",
    "Busy Minds workshops",
    "adhd",
    "Three practical workshops for parents of children aged 4 to 16 who show signs of ADHD (attention difficulties, impulsivity, hyperactivity). You do not need a diagnosis – these workshops are ideal while you are waiting for an assessment.",
    tags=[19, 44],
    ages=(4, 16),
    cond=["adhd"],
    areas=[SHROP, TW],
    locs=[L["hub_meole"], L["telford_hub"]],
    fees="Free",
)

S(
    "adhd_coaching",
    "ADHD coaching for teens",
    "adhd",
    "Six one-to-one coaching sessions for 13-18 year olds with a diagnosis of ADHD. Organisation, revision, motivation, emotional regulation. Video or face to face.",
    tags=[44, 24],
    ages=(13, 18),
    cond=["adhd"],
    diag=True,
    areas=[SHROP, TW],
    cost=[("Block of six sessions", 180.0), ("Families receiving free school meals", 0.0)],
)

S(
    "adhd_adults",
    "Adult ADHD peer support",
    "mind",
    "Monthly peer support group for adults with ADHD or who think they may have ADHD. Diagnosis not required.",
    tags=[27],
    ages=(18, None),
    cond=["adhd"],
    areas=[SHROP],
    locs=[L["mind_shrews"]],
    sched=[monthly("2TH", "18:30", "20:00")],
)

S(
    "three21",
    "Three21 Marches family group",
    "ds",
    "Family support group for children and adults with Down syndrome and their families across Shropshire and Telford. Baby and toddler group, Makaton sessions, parent meet-ups, siblings days, and a new parent support pack.",
    tags=[40, 42],
    ages=(0, 25),
    cond=["down_syndrome"],
    areas=[SHROP, TW],
    locs=[L["castle_ct"]],
    fees="Free",
)

S(
    "deaf_family_days",
    "Deaf children's family days",
    "deaf",
    "Family days, youth events and information for deaf children and young people aged 0-18 and their families. We support children with all levels of deafness, including glue ear and one-sided hearing loss.",
    tags=[41, 26],
    ages=(0, 18),
    cond=["hearing_impairment"],
    areas=[SHROP, TW, HEREF, POWYS],
    fees="Free",
)

S(
    "family_sign",
    "Family Sign (BSL for families)",
    "deaf",
    "Free 10-week British Sign Language course for parents, siblings and grandparents of a deaf child.",
    tags=[41],
    cond=["hearing_impairment"],
    areas=[SHROP],
    locs=[L["hub_sundorne"]],
    langs=[("en", "English", None), ("sgn", "British Sign Language", None)],
    elig="Families of a deaf child or young person (0-18) living in Shropshire.",
)

S(
    "vision_support",
    "Sensory inclusion service – visual impairment",
    "health",
    "Qualified teachers of the visually impaired support children 0-25 with a diagnosed visual impairment at home, in early years settings and at school.",
    tags=[48],
    ages=(0, 25),
    cond=["visual_impairment"],
    diag=True,
    areas=[SHROP],
)

S(
    "beyond_plates",
    "Beyond Plates family support",
    "ed",
    "Online support groups and a helpline for parents and carers of children and young people with an eating disorder (anorexia, bulimia, binge eating, ARFID), whether or not they have a formal diagnosis.",
    tags=[27],
    ages=(8, 25),
    cond=["eating_disorder"],
    areas=[UK],
    phones=[("0808 157 0700", None)],
    fees="Free",
)

S(
    "camhs_ed",
    "Community eating disorder service for children and young people",
    "mhtrust",
    "NHS service assessing and treating children and young people aged 8 to 18 with eating disorders (anorexia nervosa, bulimia nervosa, binge eating disorder, ARFID). Family-based treatment. "
    "Urgent referrals seen within one week.",
    tags=[27, 28],
    ages=(8, 18),
    cond=["eating_disorder"],
    areas=[SHROP, TW],
    apply="Referral from GP, school nurse or other health professional. Young people and parents can call for advice.",
    phones=[("01632 960240", None)],
)

S(
    "fasd_circle",
    "FASD Family Circle",
    "fasd",
    "Online peer support for parents, carers, adopters and kinship carers of children with diagnosed or suspected Fetal Alcohol Spectrum Disorder (FASD). Fortnightly Zoom support meetings and training.",
    tags=[44, 40],
    cond=["fasd"],
    areas=[UK],
    fees="Free",
)

S(
    "sen_transport",
    "Clun and Kerry Ridgeway community car scheme",
    "transport",
    "Volunteer drivers for people in the Clun, Bishop's Castle and Kerry Ridgeway area who can't use public transport: GP and hospital appointments, family hub sessions, shopping. Mileage charge.",
    tags=[49],
    areas=[
        locality(
            "Clun, Bishop's Castle and Kerry Ridgeway",
            "Clun, Bishop's Castle, Newcastle on Clun, Mainstone, Bettws-y-Crwyn",
            ["SY7", "SY9"],
        )
    ],
    cost=[("Per mile", 0.45)],
    phones=[("01632 960250", None)],
)

# =====================================================================
# Mental health, emotional wellbeing
# =====================================================================
S(
    "camhs",
    "CAMHS (Child and Adolescent Mental Health Services)",
    "mhtrust",
    "Specialist NHS mental health service for children and young people up to their 18th birthday with moderate to severe mental health difficulties. "
    "All referrals come through the single point of access, which also gives advice to parents and professionals and signposts to lower-level support. Includes a crisis team for young people in mental health crisis.",
    tags=[27],
    ages=(0, 18),
    areas=[SHROP, TW],
    apply="Referral via GP or school; parents and young people can call the single point of access for advice.",
    phones=[("01632 960260", "Single point of access Mon-Fri 9-5")],
)

S(
    "kinetic",
    "Kinetic Youth Counselling",
    "kinetic",
    "Free, confidential counselling for young people aged 11-25 in Shropshire. Face to face in Shrewsbury, Oswestry and Ludlow, or by video. Young people can refer themselves. Waiting time currently around 8 weeks.",
    tags=[27],
    ages=(11, 25),
    areas=[SHROP],
    locs=[L["kinetic_shrews"]],
    fees="Free",
    phones=[("01632 960261", None)],
)

S(
    "talkzone",
    "TalkZone",
    "talkzone",
    "Free, safe and anonymous online support for young people. Chat to a counsellor, read articles, join moderated forums. Available 365 days a year, counsellors online until 10pm.",
    tags=[27],
    ages=(11, 25),
    areas=[ENGLAND],
    fees="Free",
)

S(
    "little_worries",
    "Little Worries",
    "mind",
    "Little Worries is a six-week group for children aged 5-11 with mild anxiety or worries, with a parallel session for parents. Not suitable for children already open to CAMHS.",
    tags=[27],
    ages=(5, 11),
    areas=[SHROP],
    locs=[L["mind_shrews"], L["hub_bridgnorth"]],
    fees="Free",
)

S(
    "talking_therapies",
    "NHS Talking Therapies (Shropshire, Telford and Wrekin)",
    "mhtrust",
    "Free NHS talking therapies for adults (18+) with depression, anxiety, stress, panic, OCD, PTSD, health anxiety. You can refer yourself online. Therapy by phone, video or face-to-face. Also perinatal priority pathway for new and expectant parents.",
    tags=[27],
    ages=(18, None),
    areas=[SHROP, TW],
    phones=[("01632 960262", None)],
    fees="Free",
)

S(
    "mindspace_dropin",
    "Wellbeing drop-ins",
    "mind",
    "Free drop-in sessions for adults who are struggling with their mental health: a listening ear, peer support, and information about local services. Shrewsbury Mon/Wed/Fri 12-3, Oswestry Tue 12-3, Bridgnorth Thu 12-3.",
    tags=[27],
    ages=(18, None),
    areas=[SHROP],
    locs=[L["mind_shrews"], L["osw_church"], L["bn_yc"]],
)

S(
    "men_talk",
    "Men Talk",
    "menstalk",
    "It's okay to talk. Free peer-to-peer support groups for men aged 18+, every Monday at 7pm in Shrewsbury, Oswestry, Ludlow and Market Drayton. No booking, no referral, no pressure to speak. Redundancy, divorce, money, grief, feeling low – whatever's going on.",
    tags=[27],
    sex="male",
    ages=(18, None),
    areas=[SHROP],
    locs=[L["shrews_centre"], L["hub_oswestry"], L["ludlow_yc"], L["md_yc"]],
    sched=[weekly("MO", "19:00", "21:00")],
    fees="Free",
)

S(
    "womens_circle",
    "Women's Wellbeing Circle",
    "north",
    "A relaxed weekly group for women in Whitchurch and surrounding villages: crafts, walks, talking about what's on your mind. Good for isolation, low mood, menopause, life changes.",
    tags=[27],
    sex="female",
    areas=[WHITCHURCH],
    locs=[L["whit_civic"]],
    sched=[weekly("FR", "10:00", "12:00")],
)

S(
    "walk_talk_ludlow",
    "Mums' walk and talk",
    "ludlow",
    "Buggy walks around Ludlow for mums who fancy some fresh air and company. Meet at the family hub, Wednesdays 10am.",
    sex="female",
    ages=(0, 4),
    areas=[LUDLOW],
    locs=[L["hub_ludlow"]],
    sched=[weekly("WE", "10:00", "11:15")],
)

S(
    "crisis_line",
    "24/7 mental health crisis line",
    "mhtrust",
    "If you or someone you care about is in a mental health crisis (for example thinking about suicide, hurting yourself or feeling unsafe) call our 24-hour crisis line. Open to all ages in Shropshire and Telford and Wrekin. In an emergency always call 999.",
    tags=[27],
    areas=[SHROP, TW],
    phones=[("0808 157 0800", "24 hours, free")],
    fees="Free",
)

S(
    "shoutout",
    "ShoutOut 24/7 text support",
    "shoutout",
    "Text SHOUT to our drama number any time, day or night, if you're struggling to cope. Free, confidential, anonymous. For all ages.",
    tags=[27],
    areas=[UK],
    phones=[("07700 900800", "Text, 24/7")],
    fees="Free",
)

S(
    "kidsline",
    "Kidsline",
    "kidsline",
    "Free and confidential helpline for children and young people under 19 about anything that's worrying them: family, school, bullying, abuse, feelings, self-harm. Phone, 1-2-1 chat or email.",
    tags=[27, 14],
    ages=(0, 18),
    areas=[UK],
    phones=[("0808 157 0900", "24 hours")],
    fees="Free",
)

S(
    "harbour_selfharm",
    "Harbour",
    "kinetic",
    "Harbour offers one-to-one support for young people aged 12-18 who self-harm or have thoughts of self-harm, plus workshops for parents on understanding self-harm. Harbour is not a crisis service: if a young person is at immediate risk call 999 or the crisis line.",
    tags=[27],
    ages=(12, 18),
    areas=[SHROP],
    locs=[L["kinetic_shrews"]],
    fees="Free",
    phones=[("01632 960263", None)],
)

S(
    "anxiety_teens_osw",
    "Calm Minds (Oswestry)",
    "oswestry",
    "Small group for 11-16 year olds in Oswestry schools dealing with anxiety and low mood. Eight weeks after school. Referral from school pastoral staff.",
    tags=[27],
    ages=(11, 16),
    areas=[OSWESTRY],
    locs=[L["hub_oswestry"]],
)

S(
    "ebsa_group",
    "Not Fine in School – parent group",
    "eh",
    "A support group for parents whose children find it really hard to go to school because of anxiety or unmet needs (sometimes called emotionally based school avoidance or EBSA). Share experiences, learn about reasonable adjustments, part-time timetables, and how to work with school.",
    tags=[46, 27],
    ages=(5, 16),
    areas=[SHROP],
    locs=[L["hub_sundorne"]],
    fees="Free",
)

S(
    "attendance_team",
    "School attendance support",
    "eh",
    "Our attendance practitioners work with families and schools when a child's attendance is dropping, before it reaches the stage of fines or legal action. We look at what's behind it: anxiety, bullying, SEND, caring responsibilities, health, family circumstances, and agree a plan with school.",
    tags=[17],
    ages=(5, 16),
    areas=[SHROP],
    apply="Usually through your child's school. Parents can also contact us directly.",
    phones=[("01632 960111", None)],
)

S(
    "anti_bullying",
    "Beat the Bullies",
    "bullies",
    "Advice for parents and young people about bullying and cyberbullying, including how to raise it with school. Online guides, webchat and a parents' advice line.",
    tags=[14],
    areas=[UK],
    fees="Free",
)

# =====================================================================
# Substance misuse, smoking
# =====================================================================
S(
    "lantern_adults",
    "Lantern Recovery – adult drug and alcohol service",
    "drugs",
    "Free, confidential support for adults 18+ worried about their drinking or drug use, including prescribed medication and gambling alongside substance use. "
    "Assessment, one-to-one key working, detox and substitute prescribing, groups, recovery coaches and peer mentors. Hubs in Shrewsbury and Oswestry, clinics in Ludlow, Bridgnorth, Whitchurch and Market Drayton.",
    tags=[23],
    ages=(18, None),
    areas=[SHROP],
    locs=[L["lantern_shrews"], L["lantern_osw"], L["lantern_ludlow"]],
    apply="Walk in, call, or self-refer online.",
    fees="Free",
    phones=[("01632 960270", None)],
)

S(
    "lantern_young",
    "Lantern Young People's Service",
    "drugs",
    "For young people under 18 who are using drugs or alcohol or are affected by someone else's use. Youth workers meet young people in school, at home or in town. Harm reduction, one-to-one, family sessions.",
    tags=[23, 24],
    ages=(10, 17),
    areas=[SHROP],
    fees="Free",
    phones=[("01632 960271", None)],
)

S(
    "families_affected",
    "Families affected by addiction",
    "drugs",
    "Support for adults who are affected by a family member's drinking or drug use - partners, parents, grandparents, adult children. You don't need the person to be in treatment. Monthly group and one-to-one.",
    tags=[23],
    ages=(18, None),
    areas=[SHROP],
    locs=[L["lantern_shrews"]],
    fees="Free",
)

S(
    "recovery_roots",
    "Recovery Roots",
    "drugs",
    "Recovery Roots is a parenting group for mums and dads in recovery from drugs or alcohol. It helps you rebuild family routines, repair relationships with your children, and plan for the future. "
    "To attend you need to be abstinent or stable on a prescription for at least 3 months; it is not for people currently using.",
    tags=[23, 19],
    group="in_recovery",
    contra=["substance_use"],
    areas=[SHROP],
    locs=[L["lantern_shrews"], L["lantern_osw"]],
)

S(
    "hidden_harm",
    "Hidden Harm project",
    "drugs",
    "Support for children aged 8-17 who live with a parent's drinking or drug use: one-to-one and groups to help them understand it's not their fault, cope with feelings, and stay safe. "
    "We are currently not accepting new referrals while we recruit to two vacancies; we hope to reopen in the new year.",
    tags=[23, 27],
    ages=(8, 17),
    closed=True,
    areas=[SHROP],
)

S(
    "tw_recovery",
    "Telford Recovery Hub",
    "twvol",
    "Drug and alcohol treatment and recovery for adults living in Telford and Wrekin.",
    tags=[23],
    ages=(18, None),
    areas=[TW],
    locs=[L["wellington_cc"]],
    phones=[("0121 496 0240", None)],
)

S(
    "stop_smoking",
    "Stop Smoking Service",
    "publichealth",
    "Free support to stop smoking: a trained advisor and stop smoking medicines or a free vape kit. Up to 12 weeks of support by phone, video or face to face. Anyone 12+ who lives, works or is registered with a GP in Shropshire.",
    tags=[22],
    ages=(12, None),
    areas=[SHROP],
    phones=[("01632 960160", None)],
    fees="Free",
)

# =====================================================================
# Bereavement
# =====================================================================
S(
    "hollybrook_cyp",
    "Hollybrook children and young people's bereavement service",
    "bereave",
    "When someone important dies, children and teenagers need support to grieve in their own way. We offer one-to-one support, family sessions and groups for children and young people aged 4-18 who have been bereaved, including by suicide, and advice for parents on supporting a grieving child.",
    tags=[27],
    ages=(4, 18),
    areas=[SHROP, TW],
    fees="Free",
    phones=[("01632 960280", None)],
)

S(
    "hollybrook_adult",
    "Bereavement counselling for adults",
    "bereave",
    "Individual bereavement counselling for adults aged 18+ after the death of someone close. Up to 12 sessions. Donations welcome but not expected.",
    tags=[27],
    ages=(18, None),
    areas=[SHROP],
    locs=[L["frankwell_house"]],
    fees="Free (donations welcome)",
)

S(
    "after_suicide",
    "After a Suicide peer group",
    "bereave",
    "Peer support group for adults bereaved or affected by suicide. Meets monthly in Shrewsbury. Facilitated by volunteers who have lost someone to suicide.",
    tags=[27],
    ages=(18, None),
    areas=[SHROP, TW],
    locs=[L["shrews_centre"]],
    sched=[monthly("2MO", "19:00", "21:00")],
)

S(
    "grief_matters",
    "Grief Matters helpline",
    "cbuk",
    "National helpline for families of bereaved children, and for professionals supporting them. Free information, and the chance to talk things through.",
    tags=[27],
    areas=[UK],
    phones=[("0808 157 0950", None)],
    fees="Free",
)

# =====================================================================
# Youth
# =====================================================================
S(
    "harlescott_youth",
    "Harlescott Youth Club",
    "youth",
    "Open access youth club. Mon & Thu 6.30-9pm (juniors 10-12 Mon 5-6.30). Pool, xbox, cooking, sport, trips, youth workers to talk to. £1 a night.",
    tags=[7, 24],
    ages=(10, 19),
    areas=[SHREWSBURY],
    locs=[L["harlescott_yc"]],
    sched=[weekly("MO,TH", "18:30", "21:00")],
    cost=[("Per session", 1.0)],
)

S(
    "ludlow_youth",
    "Ludlow Youth Centre",
    "ludlow",
    "Youth centre for 11-18s in Ludlow: open sessions Tuesday and Friday evenings, music studio, girls' night on Wednesdays, and one-to-one support from a youth worker.",
    tags=[7, 10],
    ages=(11, 18),
    areas=[LUDLOW],
    locs=[L["ludlow_yc"]],
)

S(
    "youth_bus",
    "Youth on the Move",
    "youth",
    "Mobile youth bus visiting villages in the south west of the county each week. Wi-fi, games, hot chocolate, and youth workers who can help with anything from exams to relationships to drugs and alcohol. "
    "Stops: Clun (Mon), Bishop's Castle (Tue), Bucknell (Wed), Craven Arms (Thu), Lydbury North (alternate Fri).",
    tags=[24],
    ages=(11, 19),
    areas=[
        locality(
            "Clun, Bishop's Castle, Craven Arms and villages",
            "Clun, Bishop's Castle, Bucknell, Craven Arms, Lydbury North",
            ["SY7", "SY9"],
        )
    ],
    fees="Free",
)

S(
    "md_youth",
    "Market Drayton Youth Hut",
    "north",
    "This youth club has closed. The building is now used by the family hub for young people's drop-ins on Wednesday evenings.",
    tags=[7],
    ages=(11, 18),
    status="inactive",
    areas=[MDRAYTON],
    locs=[L["md_yc"]],
)

S(
    "targeted_youth",
    "Targeted youth support (1:1 youth work)",
    "eh",
    "One-to-one youth work for young people aged 11-18 who are struggling – not going to school, getting into trouble, at risk of exploitation, low self-esteem, going missing, or involved in ASB. "
    "A youth worker will meet them weekly for up to 6 months.",
    tags=[24],
    ages=(11, 18),
    areas=[SHROP],
    apply="Referral via the Early Help front door.",
)

S(
    "turnaround",
    "Turnaround early intervention",
    "yjs",
    "Early intervention for children aged 10-17 on the edge of the youth justice system (for example arrested, released under investigation, or received a community resolution). Voluntary, one-to-one, with support for parents.",
    tags=[25, 24],
    ages=(10, 17),
    areas=[SHROP, TW],
    phones=[("01632 960290", None)],
)

S(
    "lads_night",
    "Lads' Night",
    "oswestry",
    "Weekly group for boys aged 12-16 in Oswestry: football, cooking, and proper conversations about mental health, respect, consent, knife crime, vaping and being a good mate. Run by male youth workers.",
    tags=[24, 7],
    ages=(12, 16),
    child_sex="boys",
    areas=[OSWESTRY],
    locs=[L["hub_oswestry"]],
    sched=[weekly("TU", "18:00", "20:00")],
)

S(
    "girls_aloud",
    "Girls Aloud confidence group",
    "youth",
    "Girls Aloud builds confidence and self-esteem for girls aged 11-16: body image, friendships, social media, healthy relationships. 8 weeks, Shrewsbury.",
    tags=[24, 27],
    ages=(11, 16),
    child_sex="girls",
    areas=[SHROP],
    locs=[L["castle_ct"]],
)

S(
    "spark_club",
    "Spark Club",
    "twvol",
    "A safe space for young women aged 13-18 in Telford to chill, try new things, and talk about what matters - periods, relationships, mental health, college, money.",
    tags=[7, 24],
    ages=(13, 18),
    child_sex="girls",
    areas=[TW],
    locs=[L["oakengates_cc"]],
    sched=[weekly("TH", "17:30", "19:30")],
)

S(
    "boys_to_men",
    "Boys to Men mentoring",
    "newpath",
    "Volunteer male mentors for boys aged 10 to 16 in Shrewsbury who would benefit from a positive male role model - for example boys who don't see their dad, or who are struggling at school. Meet fortnightly for a year.",
    tags=[24],
    ages=(10, 16),
    child_sex="boys",
    areas=[SHREWSBURY],
    fees="Free",
)

S(
    "out_about_youth",
    "Out and About LGBT+ youth group",
    "lgbt",
    "Weekly group for LGBTQ+ young people aged 13-19 (and those questioning). Shrewsbury and online.",
    tags=[7, 27],
    ages=(13, 19),
    areas=[SHROP],
    locs=[L["shrews_centre"]],
)

S(
    "street_sport",
    "Street Sport",
    "sport",
    "Free football, boxing and dance sessions on estates across Telford for 10-19s. Just turn up.",
    tags=[13],
    ages=(10, 19),
    areas=[TW],
    fees="Free",
)

S(
    "bridgnorth_youth",
    "Bridgnorth Youth Club",
    "bridgnorth",
    "Youth club Tues and Thurs 6-9pm, 11-18 years. Highley youth session Fridays.",
    ages=(11, 18),
    areas=[BRIDGNORTH],
    locs=[L["bn_yc"], L["highley_cc"]],
)

S(
    "young_carers",
    "Young Carers service",
    "carers",
    "Do you help look after someone at home who is ill, disabled, has a mental health problem or misuses drugs or alcohol? We support young carers aged 8-18 in Shropshire with young carers' assessments, clubs and trips, one-to-one support, and help talking to school.",
    tags=[24, 27],
    ages=(8, 18),
    group="young_carers",
    areas=[SHROP],
    fees="Free",
    phones=[("01632 960300", None)],
)

S(
    "tw_young_adult_carers",
    "Young adult carers",
    "carers",
    "Support for young adult carers aged 16-25 in Telford and Wrekin: college, work, your own wellbeing, social events.",
    tags=[24],
    ages=(16, 25),
    group="young_carers",
    areas=[TW],
)

S(
    "adult_carers",
    "Carers support (adults)",
    "carers",
    "Information, carers' assessments, breaks and wellbeing support for adult carers in Shropshire, including parent carers of disabled children.",
    tags=[38],
    ages=(18, None),
    areas=[SHROP],
    phones=[("01632 960301", None)],
)

# =====================================================================
# Holidays and activities
# =====================================================================
S(
    "haf",
    "Holiday Activities and Food (HAF)",
    "haf",
    "Free holiday clubs in the Easter, summer and Christmas holidays with activities and a healthy meal every day. Sport, arts, cooking, forest school, trips. "
    "Free places are for children aged 5-16 who receive benefits-related free school meals. Other children may be able to book a paid place at some clubs.",
    tags=[9],
    ages=(5, 16),
    group="free_school_meals",
    areas=[SHROP],
    fees="Free for eligible children",
    apply="Book with the code sent to you by your child's school.",
)

S(
    "tw_haf",
    "Holiday Fun Telford (HAF)",
    "tw",
    "Free holiday activities with food for children and young people aged 5-16 in Telford and Wrekin who receive benefits-related free school meals.",
    tags=[9],
    ages=(5, 16),
    group="free_school_meals",
    areas=[TW],
)

S(
    "stretton_camp",
    "Stretton Hills summer camp",
    "stretton",
    "Outdoor summer day camp for 5-12 year olds on the Long Mynd: den building, orienteering, stream dipping, crafts. 8.30-5.30. £32 per day, sibling discount.",
    tags=[9, 13],
    ages=(5, 12),
    areas=[
        free_text_area(
            "Day camp at Church Stretton; open to anyone who can get there", la_codes=["K02000001"]
        )
    ],
    locs=[L["stretton_hall"]],
    cost=[("Per day", 32.0), ("Sibling", 28.0)],
)

S(
    "forest_school_clun",
    "Clun Valley forest school",
    "clun",
    "Outdoor play and learning in the woods for 3-11 year olds. Holiday sessions and a home-ed group on Tuesdays.",
    tags=[7],
    ages=(3, 11),
    areas=[CLUN_VALLEY],
    cost=[("Per session", 12.0)],
)

S(
    "fit_families",
    "Fit Families",
    "publichealth",
    "Free 8-week healthy lifestyle programme for families with children aged 5-12: cooking on a budget, fun physical activity, portion sizes, screen time, sleep. Whole family takes part together.",
    tags=[28],
    ages=(5, 12),
    areas=[SHROP],
    locs=[L["hub_meole"], L["hub_whitchurch"]],
    fees="Free",
)

S(
    "music_shed",
    "The Music Shed",
    "ludlow",
    "Music making for 8-18s: band practice, recording, DJ-ing. Tuesdays 5-7, Ludlow Youth Centre. Instruments provided.",
    tags=[10],
    ages=(8, 18),
    areas=[LUDLOW],
    locs=[L["ludlow_yc"]],
    cost=[("Per term", 20.0)],
)

S(
    "breakfast_club_clun",
    "Clun primary wraparound care",
    "clun",
    "Breakfast club (7.45) and after-school club (until 5.30) for pupils at the local primary schools in the Clun valley. Tax-free childcare accepted.",
    tags=[8],
    ages=(4, 11),
    areas=[CLUN_VALLEY],
    cost=[("Breakfast club", 4.5), ("After school club", 11.0)],
)

# =====================================================================
# Groups only
# =====================================================================
S(
    "welcome_marches",
    "Welcome Marches: asylum and refugee support",
    "refugee",
    "Welcome Marches supports people seeking asylum and refugees living in Shropshire and Telford and Wrekin: casework (asylum support, housing, move-on after a positive decision), English conversation club, women's group, children's activities, and a clothing store. "
    "We work with interpreters in Arabic, Farsi, Dari, Pashto, Kurdish (Sorani), Tigrinya and Ukrainian.",
    tags=[18],
    group="asylum_refugee",
    areas=[SHROP, TW],
    locs=[L["castle_ct"], L["wellington_cc"]],
    interp="Interpreters available: Arabic, Farsi, Dari, Pashto, Kurdish (Sorani), Tigrinya, Ukrainian.",
    langs=[
        ("en", "English", None),
        ("ar", "Arabic", "Interpreter"),
        ("fa", "Persian (Farsi)", "Interpreter"),
        ("ps", "Pashto", "Interpreter"),
        ("ti", "Tigrinya", "Interpreter"),
        ("uk", "Ukrainian", "Interpreter"),
    ],
    fees="Free",
    phones=[("01632 960310", None)],
)

S(
    "kin_together",
    "Kin Together",
    "kin",
    "Are you a grandparent, aunt, uncle, sibling or family friend raising a child because their parents can't? We support kinship carers in Shropshire - whether or not you have a formal arrangement such as a Special Guardianship or Child Arrangements Order. Advice line, support groups, training and family days.",
    tags=[19],
    group="kinship_carers",
    areas=[SHROP],
    locs=[L["frankwell_house"]],
    fees="Free",
    phones=[("01632 960311", None)],
)

S(
    "forces_families",
    "Forces Families Hub",
    "forces",
    "Support for families of serving personnel at Tern Hill, Shawbury and Cosford, and veterans' families: coffee mornings, deployment support for partners and children, help with school moves, and a Little Troopers group for under 5s.",
    tags=[19, 11],
    group="armed_forces",
    areas=[
        locality(
            "Tern Hill, Shawbury, Cosford and surrounding area",
            "Tern Hill, Market Drayton, Shawbury, Hodnet, Cosford, Albrighton",
            ["TF9", "SY4", "WV7"],
        )
    ],
    locs=[L["ternhill_cc"], L["shawbury_vh"], L["albrighton_hall"]],
    fees="Free",
)

S(
    "nour",
    "Nour mothers' group",
    "nour",
    "مجموعة للأمهات الناطقات باللغة العربية في شروزبري. لقاء أسبوعي، أنشطة للأطفال، ومعلومات عن المدارس والصحة والخدمات. "
    "Weekly group for Arabic-speaking mothers and their young children in Shrewsbury. Sessions are held in Arabic.",
    tags=[11],
    sex="female",
    lang_only="ar",
    areas=[SHROP],
    locs=[L["castle_ct"]],
    langs=[("ar", "Arabic", "Sessions held in Arabic")],
    sched=[weekly("WE", "10:00", "12:00")],
)

S(
    "sanjh_parivar",
    "Sanjh Parivar family group",
    "punjabi",
    "ਪੰਜਾਬੀ ਪਰਿਵਾਰਾਂ ਲਈ ਹਫ਼ਤਾਵਾਰੀ ਮਿਲਣੀ। Weekly Punjabi-language family group in Telford: parenting, health, elders and grandchildren, help with forms. Held in Punjabi.",
    tags=[19],
    lang_only="pa",
    areas=[TW],
    locs=[L["hadley_cc"]],
    langs=[("pa", "Punjabi", None)],
)

S(
    "romanian_advice",
    "Sesiuni de consiliere pentru familii",
    "romanian",
    "Consiliere pentru familiile românești din Shropshire: școală, medic de familie, beneficii, drepturi la locul de muncă. Sesiuni lunare la Shrewsbury, numai în limba română.",
    tags=[18],
    lang_only="ro",
    areas=[SHROP],
    locs=[L["castle_ct"]],
    langs=[("ro", "Romanian", None)],
    sched=[monthly("1SA", "11:00", "14:00")],
)

S(
    "maluszki",
    "Maluszki – polska grupa dla maluchów",
    "polish",
    "Zabawa, piosenki i bajki po polsku dla dzieci 0-5 lat i ich rodziców. Czwartki 10:00-11:30, Castlefields Community Centre, Shrewsbury.",
    tags=[11],
    ages=(0, 5),
    lang_only="pl",
    areas=[SHROP],
    locs=[L["castle_ct"]],
    langs=[("pl", "Polish", None)],
    sched=[weekly("TH", "10:00", "11:30")],
)

S(
    "cylch_meithrin",
    "Cylch Meithrin Y Trallwng",
    "powys",
    "Welsh-medium playgroup for children aged 2-4 in Welshpool. Children do not need to speak Welsh at home. / Cylch chwarae cyfrwng Cymraeg i blant 2-4 oed.",
    tags=[12],
    ages=(2, 4),
    lang_only="cy",
    areas=[POWYS],
    locs=[L["welshpool_cc"]],
    langs=[("cy", "Welsh", None)],
)

S(
    "esol_family",
    "Family English (ESOL)",
    "esol",
    "Free English classes for parents whose first language isn't English, with a crèche. Learn English for talking to school, the doctor and other parents. Beginners to intermediate. Shrewsbury, Oswestry and Telford.",
    ages=(19, None),
    areas=[SHROP, TW],
    locs=[L["castle_ct"], L["osw_library"], L["telford_centre"]],
    fees="Free",
)

# =====================================================================
# Other, including national and sloppy listings
# =====================================================================
S(
    "sendline",
    "SEND Parents Helpline",
    "sendline",
    "National helpline for parents and carers of children with special educational needs and disabilities. Advice on EHCPs, school exclusions and disability benefits.",
    tags=[5],
    areas=[UK],
    phones=[("0808 157 0250", None)],
    fees="Free",
)

S(
    "registration",
    "Register a birth",
    "hubs",
    "Register your baby's birth by appointment at Shrewsbury, Oswestry, Ludlow, Bridgnorth and Market Drayton.",
    tags=[31],
    areas=[SHROP],
)

S(
    "cosy_newport",
    "Newport stay and play",
    "tw",
    "Stay & play for under 5s, Friday mornings, Newport Cosy Hall.",
    tags=[11],
    ages=(0, 5),
    areas=[TW],
    locs=[L["newport_cc"]],
)

S(
    "pontesbury_tots",
    "Rea Valley Tots",
    "hubs",
    "Toddler group Pontesbury Public Hall Mondays 9.30-11 in term time. All welcome.",
    ages=(0, 4),
    areas=[REA_VALLEY],
    locs=[L["pontesbury_hall"]],
)

S(
    "wenlock_family",
    "Wenlock and Broseley family support",
    "bridgnorth",
    "Family support worker based in Much Wenlock, covering Much Wenlock and Broseley: home visits, help with routines, behaviour, money and housing forms, and a monthly parents' coffee morning.",
    tags=[2],
    ages=(0, 18),
    areas=[WENLOCK],
    locs=[L["wenlock_hall"], L["broseley_hall"]],
)

S(
    "ellesmere_family",
    "Ellesmere Family Drop-in",
    "oswestry",
    "Weekly drop-in with a family support worker at Ellesmere library. Baby weighing 1st Tuesday.",
    ages=(0, 11),
    areas=[ELLESMERE],
    locs=[L["ellesmere_lib"]],
    sched=[weekly("TU", "10:00", "12:00")],
)

S(
    "cleobury_family",
    "Cleobury Mortimer family support",
    "bridgnorth",
    "Outreach family support and toddler group at Cleobury Mortimer Market Hall on Thursdays.",
    ages=(0, 11),
    areas=[CLEOBURY],
    locs=[L["cleobury_hall"]],
)

S(
    "stretton_family",
    "Strettons family support",
    "hubs",
    "Outreach from the South West Shropshire Family Hub at Stretton Silvester Hall, Mondays. Toddler session 9.30-11, family worker available 11-1.",
    tags=[11],
    ages=(0, 11),
    areas=[STRETTON],
    locs=[L["stretton_hall"]],
)

S(
    "shifnal_family",
    "Shifnal and Albrighton family outreach",
    "hubs",
    "Family worker sessions and stay and play in Shifnal (Tuesdays) and Albrighton (Thursdays).",
    ages=(0, 11),
    areas=[SHIFNAL_ALB],
    locs=[L["shifnal_hall"], L["albrighton_hall"]],
)

S(
    "wem_family",
    "Wem family outreach",
    "north",
    "Family outreach at Wem Town Hall every Tuesday and at Shawbury village hall once a month: play, advice and a family worker to talk to.",
    ages=(0, 11),
    areas=[WEM],
    locs=[L["wem_hall"], L["shawbury_vh"]],
)

S(
    "knighton_family",
    "Knighton family centre",
    "powys",
    "Family centre in Knighton: stay and play, health visitor clinic, family support, youth club. For families living in Knighton, Presteigne and the Radnorshire villages.",
    tags=[11, 17],
    ages=(0, 18),
    areas=[
        locality(
            "Knighton, Presteigne and Radnorshire villages",
            "Knighton, Presteigne, Knucklas, Beguildy, Llangunllo",
            ["LD7", "LD8"],
        )
    ],
    locs=[L["knighton_cc"]],
)

S(
    "old_childrens_centre",
    "Sure Start children's centre – Harlescott (closed)",
    "hubs",
    "Harlescott children's centre has closed. Services have moved to Sundorne Family Hub.",
    tags=[11],
    status="inactive",
    areas=[SHREWSBURY],
)

S(
    "bridgnorth_parent_course",
    "Parenting course – Bridgnorth",
    "bridgnorth",
    "Parenting course every term at Bridgnorth Family Hub. Ring for dates. Children 2-11.",
    tags=[19],
    ages=(2, 11),
    areas=[BRIDGNORTH],
    locs=[L["hub_bridgnorth"]],
)

S(
    "whitchurch_dads",
    "Whitchurch dads' group",
    "north",
    "Dads, granddads and male carers with kids of any age: football, BBQs, and a chance to chat. Last Sunday of the month.",
    sex="male",
    areas=[WHITCHURCH],
    locs=[L["whit_civic"]],
    sched=[monthly("-1SU", "10:00", "12:00")],
)

S(
    "staffs_haf",
    "Staffordshire holiday activities (HAF)",
    "staffs",
    "Holiday activities and food for children on benefits-related free school meals in Staffordshire.",
    tags=[9],
    ages=(5, 16),
    group="free_school_meals",
    areas=[STAFFS],
)

S(
    "tw_parents_send",
    "Telford SEND parents' coffee morning",
    "twvol",
    "Monthly coffee morning for parents and carers of children with SEND in Telford and Wrekin.",
    tags=[40],
    ages=(0, 25),
    areas=[TW],
    locs=[L["donnington_cc"]],
)

S(
    "online_sleep",
    "Sleep clinic for families (online)",
    "familylines",
    "Online workshops and one-to-one sleep advice for parents of children 1-18 with sleep problems, including children with autism and ADHD.",
    tags=[3],
    ages=(1, 18),
    areas=[ENGLAND],
    cost=[("Workshop", 0.0), ("1:1 consultation", 45.0)],
)

S(
    "neurodiversity_hub",
    "Neurodiversity family drop-in",
    "hubs",
    "monthly drop in for families of neurodivergent children (autism, ADHD, sensory, learning differences). Diagnosis or not, all welcome. Meole Brace Family Hub, last Friday.",
    ages=(0, 18),
    cond=["autism", "adhd"],
    areas=[SHROP],
    locs=[L["hub_meole"]],
)

S(
    "pastoral_mentoring",
    "Step Forward mentoring",
    "youth",
    "Mentoring for 14-18s who are NEET or at risk of becoming NEET. Volunteer mentors, CV help, college taster days.",
    ages=(14, 18),
    areas=[SHROP],
)

S(
    "gambling",
    "Gambling harms support",
    "drugs",
    "Free support for anyone affected by gambling, their own or someone else's. Counselling, debt advice links, blocking software.",
    tags=[23],
    ages=(16, None),
    areas=[SHROP, TW],
)

S(
    "tw_perinatal_group",
    "Mum2Mum Telford",
    "twvol",
    "A peer support group for mums in Telford who are feeling low after having a baby. Thursdays in Madeley.",
    tags=[36],
    sex="female",
    cond=["perinatal_mental_health"],
    areas=[TW],
    locs=[L["madeley_cc"]],
)

S(
    "heref_youth",
    "Leominster youth project",
    "heref",
    "Youth club and 1:1 support for 11-19s in Leominster and north Herefordshire.",
    tags=[24],
    ages=(11, 19),
    areas=[HEREF],
    locs=[L["leominster_cc"]],
)

S(
    "powys_parenting",
    "Rhianta / parenting groups (Powys)",
    "powys",
    "Parenting groups for parents of children 0-11 across Powys, in Welsh and English.",
    tags=[19],
    ages=(0, 11),
    areas=[POWYS],
    langs=[("cy", "Welsh", None), ("en", "English", None)],
)

S(
    "craven_toddlers",
    "Toddler Time (Craven Arms)",
    "hubs",
    "Sessions are suspended until September while Craven Arms Community Centre is refurbished. Normally: toddler play, songs and snack, Wednesdays 9.30-11, for under 4s with a parent or carer.",
    tags=[11],
    ages=(0, 4),
    closed=True,
    areas=[SW_SHROP],
    locs=[L["craven_cc"]],
    alert="Suspended until September (building works).",
)

S(
    "shawbury_youth",
    "Shawbury youth club",
    "north",
    "Youth club for 10-16 year olds in Shawbury village hall, Friday evenings: games, cooking, trips.",
    tags=[7],
    ages=(10, 16),
    status="temporarily closed",
    areas=[WEM],
    locs=[L["shawbury_vh"]],
)
