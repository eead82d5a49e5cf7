"""Build the hand-written training data for the matching classifiers.

Writes need_examples.json and listing_sentences.json next to this file.
Every text below was written by hand (no random generation). The rows use a
compact notation so that they stay readable:

Needs:     text | about | child_age | sex | categories | flags
  about     c=child, yp=young_person, m=mother, f=father, p=parent, cp=couple,
            fam=family, a=adult
  child_age number or -      sex  F, M or -
  categories aliases from CATS (1 to 3), space separated
  flags     harmed / witnessed / causes / conflict     (role)
            autism adhd downs hearing visual eating fasd ld perinatal physical
            speech gdd epilepsy dyslexia illness (condition)
            dx (diagnosed true) / nodx (diagnosed false)
            da sub home (present)   crisis

Listings:  text | flags
  flags     hp (harm_programme) so (survivors_only)
            aud:female|male|girls|boys   cond:<condition>
            dx:req / dx:not (diagnosis required / not_required)
            grp:<group>  lang:<iso639-1>  interp
            ex:da ex:sub ex:home  closed

Run:  python3 training_build.py
"""
import csv
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CSV_CANDIDATES = [
    os.path.join(HERE, "..", "..", "..", "shared", "data", "dfe-family-hubs-categories.csv"),
    "/work/shared/data/dfe-family-hubs-categories.csv",
]

CATS = {
    "ACT": "Activities",
    "BASC": "Before and after school clubs",
    "HOL": "Holiday clubs and schemes",
    "MUS": "Music, arts and dance",
    "PBT": "Parent, baby and toddler groups",
    "PRE": "Pre-school playgroup",
    "SPORT": "Sports and recreation",
    "BULLY": "Bullying and cyber bullying",
    "DEBT": "Debt and welfare advice",
    "DA": "Domestic abuse",
    "ITFS": "Intensive targeted family support",
    "MONEY": "Money, benefits and housing",
    "PAR": "Parenting support",
    "RPC": "Reducing parental conflict",
    "SEP": "Separating and separated parent support",
    "SMOKE": "Stopping smoking",
    "SUB": "Substance misuse (including alcohol and drug)",
    "TYS": "Targeted youth support",
    "YJ": "Youth justice services",
    "HS": "Hearing and sight",
    "MH": "Mental health, social and emotional support",
    "NUT": "Nutrition and weight management",
    "ORAL": "Oral health",
    "PH": "Public health services",
    "BIRTH": "Birth registration",
    "EYLL": "Early years language and learning",
    "HV": "Health visiting",
    "FEED": "Infant feeding support (including breastfeeding)",
    "MAT": "Midwife and maternity",
    "PMH": "Perinatal mental health support (pregnancy to one year post birth)",
    "ASD": "Autistic Spectrum Disorder (ASD)",
    "RESP": "Breaks and respite",
    "EYS": "Early years support",
    "SENDG": "Groups for parents and carers of children with SEND",
    "HI": "Hearing impairment",
    "LD": "Learning difficulties and disabilities",
    "MSI": "Multi-sensory impairment",
    "OTHER": "Other difficulties or disabilities",
    "PHYS": "Physical disabilities",
    "SEMH": "Social, emotional and mental health support",
    "SLCN": "Speech, language and communication needs",
    "VI": "Visual impairment",
    "CT": "Community transport",
}

NEED_BLOCKS = []
LISTING_BLOCKS = []

# ---------------------------------------------------------------- needs: domestic abuse
NEED_BLOCKS.append(r"""
Dad discloses wife physically violent to him, 2 children in home | f | - | M | DA | harmed da home
Mum says partner pushed her into a wall last week, he still lives with her and the 2yo | m | 2 | F | DA | harmed da home
my husband hits me and i dont know where to go | p | - | - | DA | harmed da home
Mother fled DV from ex-partner, now in temp accomodation with 3 kids, needs support to settle | m | - | F | DA MONEY | harmed da
DA - M victim, F moved out Tuesday, non-mol in place. Children 5 and 8. NFA, EH for DA support | m | - | F | DA | harmed da
Mum recently left an abusive relationship and would like to do the Freedom Programme | m | - | F | DA | harmed da
Partner threatens to take the kids if she leaves him, mum is frightened of him | m | - | F | DA | harmed da home
Mother reports ex keeps turning up at the house shouting and banging on the door, police called x3 this month | m | - | F | DA | harmed da
Mum (22) 24 weeks pregnant, boyfriend who lives with her strangled her during an argument | m | - | F | DA MAT | harmed da home
I'm scared of my partner, he gets angry and throws things at me in front of the baby | p | 0 | - | DA | harmed da home
HV saw bruising on mums arms, she disclosed husband hits her but does not want police involved | m | - | F | DA HV | harmed da home
Mother experiencing verbal and emotional abuse from partner - calls her names and puts her down infront of the kids | m | - | F | DA | harmed da home
Mum in refuge with 2 children after leaving abusive husband, needs help registering with GP and school | m | - | F | DA ITFS | harmed da
Woman 34 disclosed to GP that her husband forces her to have sex, 3 children at home | m | - | F | DA | harmed da home
Mum says partner won't let her have any money of her own and takes her child benefit | m | - | F | DA DEBT | harmed da home
Partner arrested for assault on mum, on bail not to contact her, 3yo in the home | m | 3 | F | DA | harmed da
Mum's ex is harassing her on social media and messaging her constantly since she left | m | - | F | DA | harmed da
stalking by ex partner, mum too scared to walk the kids to school | m | - | F | DA | harmed da
Mum has a learning disability, partner controls her medication and her money, worried she is being exploited | m | - | F | DA LD | harmed ld dx da home
Deaf mum experiencing domestic abuse from her partner, needs support that is accessible in BSL | m | - | F | DA HS | harmed hearing dx da
MARAC referral made, high risk DA, mum and 3 children moved to a refuge out of area | m | - | F | DA | harmed da
Mum says her partner hit her once last year and it has not happened since but she is still on edge around him | m | - | F | DA | harmed da home
DVA: mother disclosed physical and emotional abuse by father over several years, parents still living together | m | - | F | DA | harmed da home
Young mum 19, baby 4 months, partner punched her during argument over money, he has moved back in | m | 0 | F | DA | harmed da home
my boyfriend hurts me and says its my fault, i have a 2 year old | p | 2 | - | DA | harmed da home
Police DA notification, verbal argument escalated, M reports F grabbed her by the throat. F still resides | m | - | F | DA | harmed da home
Mum wants to leave her husband but has nowhere to go and no money, he has hit her before | m | - | F | DA MONEY | harmed da home
Referral for IDVA support, mum assaulted by ex partner at child handover | m | - | F | DA SEP | harmed da
Mum disclosed that partner threatened to kill her if she ever left, he is still living there | m | - | F | DA | harmed da home
Mother of 6 month old says partner smashes things and screams at her when he's been drinking | m | 0 | F | DA SUB | harmed da sub home
woman experiencing honour based abuse from husband's family, not allowed to leave the house alone | m | - | F | DA | harmed da home
Mum is an asylum seeker, husband is violent and says she will be deported if she tells anyone | m | - | F | DA | harmed da home
Pregnant woman 16 weeks, discloses DA to midwife at booking appointment, partner waiting outside | m | - | F | DA MAT | harmed da home
Mum has left the abusive relationship but is struggling with nightmares and anxiety, wants counselling | m | - | F | DA MH | harmed da

Father reports mother hits him and has thrown a mug at him in front of the children | f | - | M | DA | harmed da home
F disclosed M is controlling, checks his phone and won't let him see his family. 6yo in home | f | 6 | M | DA | harmed da home
my wife hits me and i dont know who to tell, im a man and feel embarassed | f | - | M | DA | harmed da home
Dad says ex-partner is making threats and using the children to control him | f | - | M | DA SEP | harmed da
Male victim of DA, female partner has now left the home, dad caring for 3 kids alone | f | - | M | DA PAR | harmed da
Dad in a same sex relationship says his husband is physically abusive, they have an adopted 8yo | f | 8 | M | DA | harmed da home
Father of 10yo disclosed his partner has been hitting him for years, wants support but not the police | f | 10 | M | DA | harmed da home
husband belittled and screamed at every day by his wife, she has taken his bank card | f | - | M | DA | harmed da home
Dad presented at the hub with scratches to his face, says girlfriend attacked him last night | f | - | M | DA | harmed da home
Father says mother stabbed him with a fork during argument last month, children were upstairs. Mother remains in home | f | - | M | DA | harmed da home
Dad (28) says partner constantly threatens to make false allegations about him and stop him seeing the baby | f | 0 | M | DA | harmed da home
dad wants help, his partner gets violent when she drinks and he's worried about the kids | f | - | M | DA SUB | harmed da sub home
Grandad says his adult son hits him when he comes round demanding money | a | - | M | DA | harmed da
Nan is kinship carer for 2 grandchildren, their mother turns up drunk and threatens her | a | - | F | DA SUB | harmed da sub
Older carer says her 30yo son who lives with her is abusive and controlling towards her | a | - | F | DA | harmed da home

7yo witnessed dad strangle mum, now wetting the bed and very clingy | c | 7 | - | DA SEMH | witnessed da
Children present during DA incident, police attended, 4yo found hiding under the bed | c | 4 | - | DA | witnessed da
Son (9) heard his dad threatening to kill mum, now angry and struggling at school | c | 9 | M | DA SEMH | witnessed da
14yo girl saw stepdad hit mum, now very withdrawn and staying in her room | yp | 14 | F | DA SEMH | witnessed da
Children have seen a lot of DA between parents, parents now separated, kids need support to process it | c | - | - | DA SEMH | witnessed da
Baby (8 months) was in the room during DA incident, parents still living together | c | 0 | - | DA HV | witnessed da home
6yo twins exposed to DV, now in refuge with mum, school say they are anxious and jumpy | c | 6 | - | DA SEMH | witnessed da
My kids saw their dad hurt me, how do I help them | c | - | - | DA SEMH | witnessed da
Teenager (15) lives with mum and mum's partner who is violent, YP witnessing regular incidents | yp | 15 | - | DA | witnessed da home
CYP exposed to parental DA over a long period, 11yo now shouting and hitting out at mum | c | 11 | - | DA SEMH | witnessed da
5yo disclosed at school that daddy hurts mummy and she hides in the bathroom | c | 5 | - | DA | witnessed da home
Children (3 and 7) heard mum being assaulted by ex partner at the door, ex has no contact now | c | - | - | DA SEMH | witnessed da
13yo boy called police himself during DA incident between mum and stepdad, feels responsible | yp | 13 | M | DA SEMH | witnessed da
my daughter is 10 and keeps having nightmares since she saw what her dad did to me | c | 10 | F | DA SEMH | witnessed da
Children living in a home with DA, mum and partner still together, school notices 8yo is tired and anxious | c | 8 | - | DA SEMH | witnessed da home
teen boy 16 witnessed years of his dads violence to his mum, now he is angry all the time and wants someone to talk to | yp | 16 | M | DA SEMH | witnessed da

Dad acknowledges he has been controlling and aggressive towards mum and wants to go on a course | f | - | M | DA | causes da home
I lose my temper with my girlfriend and have pushed her, I want to stop before I lose my family | p | - | - | DA | causes da home
F arrested for assault on M, now staying at his mum's, keen to do a perpetrator programme | f | - | M | DA | causes da
Mum has been violent towards her partner, she recognises this and wants help to manage her anger in the relationship | m | - | F | DA | causes da home
Father has history of DV in previous relationships, new partner pregnant, he says he wants to change | f | - | M | DA | causes da
Dad shouts at mum and smashed her phone, says he wants to be a better dad and partner | f | - | M | DA PAR | causes da home
Stepdad admits he has hit his partner twice, willing to engage with behaviour change work | f | - | M | DA | causes da home
I get jealous and check my wife's phone and don't let her go out, she says I'm controlling and I want help | p | - | - | DA | causes da home
Mum uses violence against her husband when drinking, wants support to change | m | - | F | DA SUB | causes da sub home
how do i stop being abusive to my partner | p | - | - | DA | causes da home
Dad accepts his behaviour towards ex partner was abusive, wants to address it so he can have contact with the children | f | - | M | DA SEP | causes da
Father open to Caring Dads after police callout, he admits to shouting and threatening mum | f | - | M | DA PAR | causes da home
Young dad 20 says he punched the wall next to his girlfriend's head, scared of his own anger | f | - | M | DA MH | causes da home
wife says i am too controlling with money and i think shes right, need help | p | - | - | DA | causes da home

Husband controls all the money and who she sees | m | - | F | DA | harmed da home
he checks her phone and won't let her see friends | m | - | F | DA | harmed da home
Mum says partner tracks her location on her phone and gets angry if she's late back from the school run | m | - | F | DA | harmed da home
Mum isn't allowed out on her own, partner decides what she wears and who she can speak to | m | - | F | DA | harmed da home
my boyfriend goes through my messages and tells me no one else would ever want me | p | - | - | DA | harmed da home
Mum has no access to the bank account, partner gives her £20 a week to feed her and 3 kids | m | - | F | DA MONEY | harmed da home
Dad says his partner stops him seeing his parents and constantly accuses him of cheating | f | - | M | DA | harmed da home
Mum presents as isolated, partner answers for her at appointments and won't leave the room | m | - | F | DA HV | harmed da home
she has to ask him permission to go anywhere and he takes her phone off her at night | m | - | F | DA | harmed da home
Mum says husband makes all the decisions, she is not allowed to work or learn English and has no friends here | m | - | F | DA | harmed da home
partner took out loans in her name and she can't question him about it or he goes silent for days | m | - | F | DA DEBT | harmed da home
Mum reports ex still has keys to her flat and lets himself in whenever he wants | m | - | F | DA | harmed da
Wife monitors dad's spending, texts him every half an hour and he is not allowed to see his mates | f | - | M | DA | harmed da home
He tells her she's a useless mother in front of the kids and she believes him now | m | - | F | DA | harmed da home

15yo daughter's boyfriend is 19, controls what she wears and who she talks to | yp | 15 | F | DA TYS | harmed da
16yo girl being hit by her boyfriend, mum worried she won't leave him | yp | 16 | F | DA TYS | harmed da
Year 10 pupil disclosed boyfriend pressured her into sending images and now threatens to share them | yp | - | F | DA TYS | harmed da
17yo boy in controlling relationship, girlfriend threatens to self harm if he goes out with his friends | yp | 17 | M | DA TYS | harmed da
my daughter's boyfriend is really controlling, always on her phone checking where she is | yp | - | F | DA TYS | harmed da
14yo boy is controlling and aggressive towards his girlfriend at school, school concerned about his attitudes | yp | 14 | M | DA TYS | causes da
Teen relationship abuse: YP 16 in relationship with much older male, coercion and CSE concerns | yp | 16 | - | DA TYS | harmed da
16yo lad pushed his girlfriend down at a party, school asking for healthy relationships work | yp | 16 | M | TYS DA | causes da
my 17 year old keeps going back to a boyfriend who hits her | yp | 17 | F | DA TYS | harmed da

14yo son punches walls and has hit mum several times when his gaming is taken away | yp | 14 | M | DA PAR TYS | causes da home
my son is 15 and he hits me, i'm scared of him | yp | 15 | M | DA PAR | causes da home
APVA - 16yo assaulting mother and damaging property, mum doesn't want police involved | yp | 16 | - | DA PAR TYS | causes da home
17yo threatened dad with a knife last month during an argument, nothing since but parents wary | yp | 17 | - | DA PAR | causes da home
Mum being hit by her 13yo son, says she is walking on eggshells at home | m | 13 | F | DA PAR | harmed da home
Parents scared of their 15yo who smashes the house up and has pushed dad down the stairs | yp | 15 | - | DA PAR TYS | causes da home
son is 11 and he kicks and punches me when hes angry, calls me horrible names, hes nearly bigger than me | c | 11 | M | PAR DA | causes da home
Child to parent violence: 13yo daughter spits at mum, threatens her and has broken her phone | yp | 13 | F | DA PAR | causes da home
Single dad says his 14yo daughter hits him and he doesn't know how to handle it | f | 14 | M | PAR DA | harmed da home
Adoptive parents experiencing violence from their 12yo, getting worse as he gets bigger | p | 12 | - | PAR DA | harmed da home

parents arguing a lot since separation, no DA | cp | - | - | RPC SEP | conflict
Mum and dad constantly row over contact arrangements, kids caught in the middle. No violence reported | cp | - | - | RPC SEP | conflict
Parents separated 6 months, communication has broken down, disagreements at handovers. Both deny any violence | cp | - | - | SEP RPC | conflict
my partner and i argue all the time in front of the kids and its affecting them | cp | - | - | RPC | conflict
Couple struggling since baby born, lots of arguing about sleep and money, no concerns re DA | cp | 0 | - | RPC HV | conflict
Referral for RPC: parents frequently argue and shout, no physical violence or control identified | cp | - | - | RPC | conflict
Mum and dad want help to co-parent after the split, arguing over which school | cp | - | - | SEP RPC | conflict
Stepfamily tension, mum and stepdad arguing about how to discipline her 12yo, no DA | cp | 12 | - | RPC PAR | conflict
Parents going through a divorce, 9yo upset by the arguments, no safeguarding concerns | c | 9 | - | SEP SEMH | conflict
Dad says him and mum can't be in the same room without arguing, wants mediation to sort out contact | f | - | M | SEP RPC | conflict
High conflict separation, court proceedings ongoing about child arrangements, no DA alleged by either party | cp | - | - | SEP RPC | conflict
Verbal arguments between parents reported by school, no DA indicators, no police involvement | cp | - | - | RPC | conflict
we keep falling out over the kids and money, not violent just exhausted, want to stop arguing | cp | - | - | RPC | conflict
Parents in conflict about dad's new partner meeting the children, communication via text only | cp | - | - | SEP RPC | conflict
Police called by neighbour for shouting, both parents say it was a heated argument, no injuries, no history, DASH standard with no DA identified | cp | - | - | RPC | conflict
Mum says she and her ex just can't agree on anything since he left, children 4 and 7 upset at handovers | m | - | F | SEP RPC | conflict
Couple counselling wanted, we argue but there's no abuse | cp | - | - | RPC | conflict

3yo hitting and biting other children at nursery | c | 3 | - | PAR EYS |
Nursery report 4yo boy pushing and hitting other kids, struggles to share | c | 4 | M | PAR EYS |
Reception child (4) hitting staff and peers, ?speech delay | c | 4 | - | SLCN EYS PAR | speech
my 2 year old keeps biting at nursery and they've said they might have to exclude him | c | 2 | M | PAR EYS |
6yo lashing out at other children in the playground, school suggest parenting support for mum | c | 6 | - | PAR SEMH |
Child aged 5 aggressive at school, kicking other pupils, parents at a loss | c | 5 | - | PAR SEMH |
toddler tantrums, hits his sister and throws things, mum exhausted | c | - | M | PAR |
Preschool concerned 3yo girl scratches and pushes other children when she can't have a toy | c | 3 | F | PAR EYS |
8yo fighting at school most weeks, school want to avoid exclusion | c | 8 | - | PAR SEMH |
""")

# ---------------------------------------------------------------- needs: negation, crisis, mental health
NEED_BLOCKS.append(r"""
No DA indicators, mum needs help with debts and rent arrears | m | - | F | DEBT MONEY |
no safeguarding concerns, just needs help with housing | fam | - | - | MONEY |
Assessment completed, NFA. No concerns re substance misuse or DV. Family would benefit from parenting support with 8yo | fam | 8 | - | PAR |
Dad denies any violence and mum confirms there is no DA, police callout was about a noise complaint. Family want debt advice | fam | - | - | DEBT |
Not known to CAMHS, 11yo low mood since moving schools | c | 11 | - | SEMH MH |
Not previously known, no DA, no drugs or alcohol. 3 children under 5 and mum struggling to cope | m | - | F | PAR ITFS |
Allegation of DA found to be unfounded, parents separated amicably, mum asking for help with 6yo's sleep | m | 6 | F | PAR |
No evidence of alcohol misuse as alleged in referral, NFA. Family need help with food and energy bills | fam | - | - | MONEY DEBT |
Dad drinks socially, no concerns identified. 14yo refusing school | yp | 14 | - | TYS PAR |
Mum states she has never used drugs and hair strand test was clear. Needs support with housing | m | - | F | MONEY |
No self harm, no suicidal thoughts, 13yo anxious about exams | yp | 13 | - | SEMH MH |
Home conditions good, no neglect or DA concerns, mum would like a toddler group to meet other parents | m | - | F | PBT |
Historic DV with a previous partner more than 10 years ago, no contact, no current concerns. Mum wants help with 9yo's ADHD assessment | c | 9 | - | SEMH | adhd nodx
Parents deny any substance use, no concerns raised by school or GP. Need help with 5yo's speech | c | 5 | - | SLCN EYLL | speech
No risk identified, parents cooperative, 7yo needs help with anxiety about going to school | c | 7 | - | SEMH |
Step down from CIN, DA risk reduced as perpetrator in prison and no contact, mum wants financial advice | m | - | F | DEBT | harmed da
Mum does not drink or use drugs, dad has no contact. Son 12 struggling with anger | c | 12 | M | SEMH PAR |
Strategy discussion NFA, bruise explained as accidental, no concerns around parenting. Family new to area and isolated | fam | - | - | PBT MH |
No CSE or CCE indicators identified. 15yo just bored and needs positive activities | yp | 15 | - | ACT TYS |
Domestic abuse was considered but ruled out. Parents are arguing about finances following job loss | cp | - | - | RPC DEBT | conflict
mum says there is no violence at home she just needs a break from the kids | m | - | F | PAR |
Dad not using cannabis any more, tests clear for 12 months, wants to get back into work | f | - | M | MONEY |
No mental health diagnosis, no concerns, family just want info on free activities in the holidays | fam | - | - | HOL |
There are no concerns about the children's safety. Mum is asking for help with a PIP application | m | - | F | DEBT MONEY |
NFA - no evidence of neglect, child well cared for. Baby (5 months) has reflux and mum would like feeding advice | c | 0 | - | FEED HV |

my child wants to kill himself | c | - | M | SEMH MH | crisis
mum said she can't go on and has tablets | m | - | F | MH | crisis
teen daughter cutting herself | yp | - | F | SEMH MH | crisis
15yo told her teacher today she has a plan to end her life tonight | yp | 15 | F | SEMH MH | crisis
Dad texted saying goodbye and the kids are better off without him, now not answering his phone | f | - | M | MH | crisis
12yo found with a ligature in his bedroom this evening, parents terrified | c | 12 | M | SEMH MH | crisis
Mum disclosed today she has thoughts of killing herself and the baby | m | 0 | F | PMH MH | crisis perinatal
17yo has taken an overdose and is in A&E now | yp | 17 | - | MH SEMH | crisis
my son is threatening to jump off the bridge, police are looking for him | c | - | M | MH | crisis
my partner says he's going to kill me tonight | p | - | - | DA | harmed da home crisis
my ex is outside the house with a knife and the kids are inside with me | p | - | - | DA | harmed da crisis
14yo missing since last night, known to be at risk of criminal exploitation | yp | 14 | - | TYS YJ | crisis
Mum very unwell, hearing voices telling her to hurt the children, kids are at home with her now | m | - | F | MH | crisis
Dad drunk and saying he's going to hurt himself in front of the children right now | f | - | M | MH SUB | sub crisis
i want to die | p | - | - | MH | crisis
my 13 year old has cut her arms tonight and won't let me look | yp | 13 | F | SEMH MH | crisis
Boy 16 self-harming daily, cuts getting deeper, refusing to go to A&E | yp | 16 | M | SEMH MH | crisis
Daughter (14) has written a suicide note and said she is going to do it this weekend | yp | 14 | F | SEMH MH | crisis
Mum 2 weeks post birth, not slept for 4 days and is seeing things, partner very worried tonight | m | 0 | F | PMH MH | crisis perinatal
16yo anorexia, heart rate dangerously low, GP sending her to hospital today | yp | 16 | F | MH NUT | eating dx crisis
Dad has locked himself in the bathroom with a blade and says he wants to end it | f | - | M | MH | crisis
boyfriend is outside my flat smashing the windows and says he is going to get me | p | - | - | DA | harmed da crisis
11yo keeps saying she wants to be dead and tried to run into the road today | c | 11 | F | SEMH MH | crisis
Student 15 disclosed she took 20 paracetamol this morning | yp | 15 | F | MH SEMH | crisis
mum has stopped eating and says she's going to walk into the sea, the kids are with their nan | m | - | F | MH | crisis
son's dad has taken him and is threatening to hurt him unless I drop the charges | c | - | M | DA | harmed da crisis
young person 17 currently self harming in school toilets, staff with her | yp | 17 | F | SEMH MH | crisis

history of self-harm, currently stable | yp | - | - | SEMH MH |
previous suicidal thoughts, now under CAMHS | yp | - | - | SEMH MH |
worried about my son's low mood | c | - | M | SEMH MH |
14yo took an overdose last year, now well supported by CAMHS, would like to join a youth group | yp | 14 | - | SEMH ACT |
Mum has history of depression, currently well on medication, wants help to get back into work | m | - | F | MH MONEY |
Suicide attempt 2 years ago, no current risk, dad wants peer support for his mental health | f | - | M | MH |
Self-harm scars noticed by school, YP says she stopped last year, happy to see the school counsellor | yp | - | F | SEMH |
sometimes has thoughts of self harm but no plan or intent, safety plan in place with CAMHS | yp | - | - | SEMH MH |
Dad says sometimes he feels like giving up but would never act on it, wants someone to talk to | f | - | M | MH |
Mum has anxiety and panic attacks, struggles to leave the house to take 6yo to school | m | 6 | F | MH PAR |
10yo very worried all the time, stomach aches before school, not sleeping | c | 10 | - | SEMH |
Dad diagnosed bipolar, stable, wants support being a parent with a mental illness | f | - | M | MH PAR |
my 9 year old gets really anxious and cries every night | c | 9 | - | SEMH |
Teenager (16) low mood and isolating in his room, gaming all night, not self harming | yp | 16 | M | SEMH MH |
mum feels depressed and has no motivation, GP has prescribed sertraline, kids 3 and 6 | m | - | F | MH |
Dad suffering with PTSD after leaving the army, finding family life hard | f | - | M | MH | 
Child (8) with OCD traits, hand washing, mum not sure where to get help | c | 8 | - | SEMH |
Low self esteem and friendship issues, 12yo girl | c | 12 | F | SEMH |
13yo refused CAMHS threshold, needs lower level emotional support | yp | 13 | - | SEMH MH |
Mum's mental health deteriorating since her own mum died, not coping with the children | m | - | F | MH PAR |
Past overdose in 2021, since then engaged with counselling and doing well, needs help with anger | yp | - | - | SEMH |
worried about my teenagers mental health, hes not himself | yp | - | M | SEMH MH |
Mum with emotionally unstable personality disorder diagnosis, under CMHT, wants parenting support | m | - | F | MH PAR |
mental health support for dads | f | - | M | MH |
Parent feeling overwhelmed and tearful all the time, not sure if it's depression | p | - | - | MH |
Mum has had suicidal thoughts in the past but these have passed, now wants help with money worries | m | - | F | MH DEBT |

8yo boy's dad died suddenly in March, he isn't talking about it | c | 8 | M | MH SEMH |
Children bereaved by suicide of their mum, dad now sole carer and struggling | c | - | - | MH |
our baby was stillborn at 38 weeks and we don't know how to cope | cp | - | - | MH PMH |
Grandma raising 2 grandchildren after their mother died of an overdose, children grieving | a | - | F | MH PAR |
teenager struggling after his best friend was killed in a car crash | yp | - | M | MH SEMH |
Mum lost her husband to cancer, struggling with 3 young kids and money | m | - | F | MH MONEY |
Mum had a miscarriage at 12 weeks and is very low | m | - | F | PMH MH |
Family bereaved, older sibling died, parents grieving and 6yo confused | fam | 6 | - | MH |
bereavement support for my kids, their grandad died and they were really close | c | - | - | MH |
5yo keeps asking when mummy is coming back, mum died 2 months ago | c | 5 | - | MH SEMH |
dad died by suicide last year, 15yo angry and drinking at weekends | yp | 15 | - | MH SUB | sub
Baby died at 3 months (SIDS), parents have a 4yo and need support | cp | 4 | - | MH |
Nan died who was the main childcare, mum can't work now and is grieving | m | - | F | MH MONEY |
Young person (14) whose sister died of cancer, school worried about anger outbursts | yp | 14 | - | MH SEMH |
""")

# ---------------------------------------------------------------- needs: pregnancy, birth, early years
NEED_BLOCKS.append(r"""
New mum 6 weeks pp, tearful all the time, says she isn't bonding with the baby | m | 0 | F | PMH HV | perinatal
struggling with anxiety since having my baby | p | 0 | - | PMH | perinatal
Dad struggling after a traumatic birth, having flashbacks, baby 3 months | f | 0 | M | PMH MH | perinatal
28 weeks pregnant, history of postnatal depression with first child, anxious it will happen again | m | - | F | PMH MAT | perinatal
Pregnant and not booked with a midwife, 20 weeks, recently arrived in the UK | m | - | F | MAT |
Mum finding breastfeeding really painful, baby 10 days old and losing weight | m | 0 | F | FEED HV |
need bottle feeding advice, baby is sick after every feed | p | 0 | - | FEED HV |
need to register my baby's birth, dad isnt going to be on the certificate | p | 0 | - | BIRTH |
how do i register the birth if we're not married | p | - | - | BIRTH |
17 year old pregnant with her first baby, no support from her own family | yp | 17 | F | MAT PAR |
16yo pregnant, hasn't told her parents yet, scared | yp | 16 | F | MAT PH |
Mum with 4 month old feeling isolated and struggling with his sleep, would like a baby group | m | 0 | F | PBT HV |
HV concerned mum not engaging, baby 9 months not weighed since 8 week check | m | 0 | F | HV |
Baby has tongue tie, struggling to latch | c | 0 | - | FEED |
OCD in pregnancy, intrusive thoughts about harming the baby, under perinatal MH team, no intent | m | - | F | PMH | perinatal
Mum had postpartum psychosis with first baby, now well and pregnant again, wants support plan | m | - | F | PMH MAT | perinatal
mum 19 with 6 week old baby, feels like shes failing, crying a lot | m | 0 | F | PMH HV | perinatal
Birth registration appointment needed, family speak Arabic | fam | 0 | - | BIRTH |
baby born 3 weeks ago, we've missed the registration deadline what do we do | p | 0 | - | BIRTH |
Dad wants to be added to birth certificate after registration | f | - | M | BIRTH |
Mum low after emergency c-section, finding it hard to look after her newborn and 2yo | m | 0 | F | PMH HV | perinatal
Mum would like to breastfeed but has been told her supply is low, baby 3 weeks | m | 0 | F | FEED |
Expectant dad anxious about becoming a parent, partner 32 weeks | f | - | M | PMH MAT | perinatal
Antenatal classes for first time parents | cp | - | - | MAT |
Mum pregnant with twins, already has 3 kids and no help | m | - | F | MAT PAR |
Mum 22 weeks pregnant, homeless and sofa surfing | m | - | F | MAT MONEY |
baby 7 months, want help starting solid food | c | 0 | - | FEED NUT HV |
Young parents (18 and 19) need support to prepare for baby, both care leavers | cp | - | - | MAT PAR |
Health visitor referral: baby not gaining weight, mum anxious about feeding | c | 0 | - | FEED HV |
2 year review not done, family moved from another area | c | 2 | - | HV |
HV to follow up: developmental delay suspected at 1 year check | c | 1 | - | HV EYS | gdd
Mum wants help expressing breast milk, baby in neonatal unit | m | 0 | F | FEED MAT |
Perinatal anxiety, mum checking on baby constantly at night, can't sleep | m | 0 | F | PMH | perinatal
Postnatal depression, dad is worried about his wife and wants to know how to support her | f | 0 | M | PMH | perinatal
2yo hardly says any words, we're worried | c | 2 | - | SLCN EYLL | speech
Child (3) not talking in sentences, nursery concerned | c | 3 | - | SLCN EYLL | speech
Help getting my 3 year old ready for starting nursery | c | 3 | - | EYLL PRE |
Mum would like to read with her 2yo more but doesn't read English well | m | 2 | F | EYLL |
Want to find a free stay and play session for my 1 year old | c | 1 | - | PBT |
baby massage or baby yoga near me | c | 0 | - | PBT |
Playgroup for 3yo before she starts school, mum says she is shy | c | 3 | F | PRE |
Eligible for 2 year old funded childcare place, need help finding a setting | c | 2 | - | PRE EYLL |
Dad stay at home dad with 18 month old, feels isolated, wants to meet other dads | f | 1 | M | PBT MH |
New to the area with a 3 year old, looking for somewhere to make friends | p | 3 | - | PBT PRE |
Mum would like messy play sessions for her toddler | c | - | - | PBT |
Rhyme time or story sessions for an 18 month old | c | 1 | - | PBT EYLL |
Pre-school for 3yo with a speech delay | c | 3 | - | PRE SLCN | speech
Toddler group for twins, 2 years old | c | 2 | - | PBT |
Refugee mum with baby speaks little English, isolated at home | m | 0 | F | PBT MH |
isolated single mum, no family nearby, 3 kids under 5 | m | - | F | PBT MH |
""")

# ---------------------------------------------------------------- needs: SEND and conditions
NEED_BLOCKS.append(r"""
6yo on the waiting list for ASD assessment, meltdowns at home | c | 6 | - | ASD PAR | autism nodx
my son has autism and won't sleep | c | - | M | ASD | autism dx
Diagnosed ASC at age 9, parents want to meet other parents | c | 9 | - | ASD SENDG | autism dx
?ASD, school have referred to the neurodevelopmental pathway, 4yo non verbal | c | 4 | - | ASD SLCN | autism nodx
Autistic 14yo girl, masks at school and explodes at home | yp | 14 | F | ASD SEMH | autism dx
Mum thinks her 3yo may be autistic, no referral made yet | c | 3 | - | ASD EYS | autism nodx
Son waiting for autism diagnosis, 2 year wait, what can we get now | c | - | M | ASD | autism nodx
PDA profile autism, 11yo out of school since September | c | 11 | - | ASD SEMH | autism dx
autistic traits, GP won't refer | c | - | - | ASD | autism nodx
Mum is autistic herself, diagnosed last year, finding parenting overwhelming | m | - | F | PAR MH | autism dx
Autistic teen with sensory needs, needs a holiday scheme that can support him | yp | - | M | ASD HOL | autism dx
7yo has a diagnosis of autism, parents need a break, no family support | c | 7 | - | RESP ASD | autism dx
Awaiting ASD assessment (referred by SENCO), 8yo struggling with friendships | c | 8 | - | ASD SEMH | autism nodx
my daughter is 12 and we think she might be autistic but school say she's fine | c | 12 | F | ASD | autism nodx
ASD dx, 5yo only eats beige food | c | 5 | - | ASD NUT | autism dx
Autistic 16yo wants to do a sport but finds big groups hard | yp | 16 | - | SPORT ASD | autism dx
Recently diagnosed autism, parents want a course to understand it | c | - | - | ASD SENDG | autism dx
Nursery think 2 and a half year old has signs of autism, not yet assessed | c | 2 | - | ASD EYS | autism nodx
15yo autistic boy, anxiety, won't leave the house | yp | 15 | M | ASD SEMH | autism dx
ASC with learning disability, 10yo, family need short breaks | c | 10 | - | RESP LD | autism dx

8yo diagnosed ADHD, on medication, behaviour at home difficult | c | 8 | - | PAR SEMH | adhd dx
suspected ADHD, school say he can't sit still, 7yo | c | 7 | M | SEMH PAR | adhd nodx
15yo with ADHD excluded twice this term | yp | 15 | - | TYS SEMH | adhd dx
My daughter is waiting for an ADHD assessment and school are struggling with her | c | - | F | SEMH | adhd nodx
Dad thinks he has ADHD himself but has never been assessed | f | - | M | MH | adhd nodx
ADHD diagnosis last year, 10yo, parents want an ADHD parenting course | c | 10 | - | PAR SENDG | adhd dx
Teacher thinks 9yo may have ADHD, very impulsive, on waiting list | c | 9 | - | SEMH | adhd nodx
13yo with ADHD getting into trouble in the community, police warning | yp | 13 | - | TYS YJ | adhd dx
my son is 6 and has adhd, looking for an after school club that will take him | c | 6 | M | BASC | adhd dx
Mum with ADHD struggling to organise the household, kids late to school | m | - | F | PAR ITFS | adhd dx
ADHD?, referred to paediatrician, 5yo hyperactive and not sleeping | c | 5 | - | SEMH | adhd nodx
Young person (17) with ADHD dropping out of college | yp | 17 | - | TYS | adhd dx

Baby with Down syndrome born 3 weeks ago, parents want to meet other families | c | 0 | - | SENDG EYS | downs dx
5yo with Down's syndrome starting school, needs speech support | c | 5 | - | SLCN LD | downs dx
Teenager with Down syndrome wants to join a drama group | yp | - | - | MUS LD | downs dx
Mum 30 weeks pregnant, baby diagnosed with Down syndrome antenatally, wants to talk to other parents | m | - | F | SENDG MAT | downs dx
2yo with Downs, parents need help with signing (Makaton) | c | 2 | - | SLCN EYS | downs dx
Down syndrome 9yo, family want an inclusive holiday club | c | 9 | - | HOL LD | downs dx

2yo with hearing loss, has hearing aids, speech delayed | c | 2 | - | HI SLCN | hearing dx
Deaf child, family want to learn BSL | c | - | - | HI | hearing dx
Baby failed newborn hearing screen, waiting for audiology | c | 0 | - | HI | hearing nodx
glue ear, 4yo struggling to hear at nursery | c | 4 | - | HI HS | hearing dx
Teen with cochlear implant feels left out at youth club | yp | - | - | HI SEMH | hearing dx
Dad is deaf and needs a BSL interpreter to do the parenting course | f | - | M | PAR HS | hearing dx
Parents think 3yo can't hear properly, he doesn't respond to his name | c | 3 | M | HS HI | hearing nodx
Moderate hearing loss in both ears, 7yo, wants to try football | c | 7 | - | SPORT HI | hearing dx

6yo registered blind, mum wants ideas for sensory play | c | 6 | - | VI | visual dx
Baby diagnosed with congenital cataracts | c | 0 | - | VI | visual dx
9yo needs glasses but family can't afford them | c | 9 | - | HS MONEY |
School think 7yo can't see the board, needs an eye test | c | 7 | - | HS |
Teen with a visual impairment wants to try a sport | yp | - | - | VI SPORT | visual dx
Mum partially sighted, struggles to read letters from school | m | - | F | HS | visual dx
Child with sight loss needs mobility support and peer groups, 11yo | c | 11 | - | VI SENDG | visual dx
nystagmus, 4yo starting reception, parents want advice | c | 4 | - | VI EYS | visual dx

15yo restricting food, lost lots of weight, ?anorexia | yp | 15 | F | MH NUT | eating nodx
Daughter diagnosed with anorexia, under CAMHS eating disorder team, parents need support | yp | - | F | MH | eating dx
ARFID diagnosis, 8yo only eats 5 foods | c | 8 | - | NUT SEMH | eating dx
14yo boy binge eating and making himself sick, not assessed | yp | 14 | M | MH NUT | eating nodx
Mum has bulimia, in recovery, wants peer support | m | - | F | MH | eating dx
12yo obsessed with calories and exercising all the time, GP referred for eating disorder assessment | c | 12 | - | MH NUT | eating nodx
16yo boy with diagnosed eating disorder discharged from inpatient unit, family need ongoing support | yp | 16 | M | MH | eating dx

Adopted 7yo with FASD, explosive behaviour | c | 7 | - | OTHER PAR | fasd dx
Grandmother kinship carer, 5yo may have FASD as mum drank in pregnancy | c | 5 | - | OTHER | fasd nodx
Foster carers looking for a support group for FASD | c | - | - | SENDG OTHER | fasd dx
Query FASD, birth mum alcohol use, 10yo memory and attention problems | c | 10 | - | LD OTHER | fasd nodx
teen with foetal alcohol spectrum disorder getting into trouble, very easily led | yp | - | - | TYS OTHER | fasd dx

11yo with severe learning disability, parents exhausted and need respite | c | 11 | - | RESP LD | ld dx
Moderate learning difficulties, 13yo struggling with friendships | yp | 13 | - | LD SEMH | ld dx
Global developmental delay, 4yo, has an EHCP | c | 4 | - | LD EYS | gdd
Mum has a learning disability and needs easy read parenting support | m | - | F | PAR | ld dx
16yo with learning disabilities being exploited online by adults | yp | 16 | - | LD TYS | harmed ld dx
Child with learning disability needs an inclusive youth club | c | - | - | LD ACT | ld dx
Dad has learning difficulties and struggles with forms and benefits | f | - | M | DEBT | ld dx
9yo possibly has learning disability, school requesting assessment | c | 9 | - | LD | ld nodx

Cerebral palsy, 6yo wheelchair user, needs accessible activities | c | 6 | - | PHYS ACT | physical
Child with epilepsy and CP, parents need short breaks | c | - | - | PHYS RESP | epilepsy
3yo not talking yet, only a few words | c | 3 | - | SLCN EYLL | speech
speech delay 2yo | c | 2 | - | SLCN EYLL | speech
Stammer, 9yo being teased about it | c | 9 | - | SLCN BULLY | speech
Deafblind 5yo, family need specialist support | c | 5 | - | MSI |
CHARGE syndrome with sight and hearing loss, 3yo | c | 3 | - | MSI EYS |
Multi-sensory impairment, 12yo, parents want to meet other families | c | 12 | - | MSI SENDG |
Tourettes 12yo, tics getting worse at school | c | 12 | - | OTHER SEMH |
Child with type 1 diabetes, nursery won't give insulin | c | - | - | OTHER EYS | illness
dyslexia suspected, 9yo struggling with reading | c | 9 | - | LD | dyslexia
Dyspraxia diagnosed, 8yo clumsy and falls a lot, wants to do a sport | c | 8 | - | PHYS SPORT | dyslexia
Selective mutism, 6yo won't speak at school | c | 6 | - | SLCN SEMH | speech
SEMH needs on EHCP, 10yo, at risk of exclusion | c | 10 | - | SEMH |
Child with a life-limiting condition, siblings need support | fam | - | - | OTHER RESP | illness
Sensory processing difficulties, not diagnosed with anything | c | - | - | OTHER |
Looking for a SEND parents support group near me | p | - | - | SENDG |
need help with an EHCP application for my son | c | - | M | SENDG LD |
Muscular dystrophy 13yo, home needs adaptations | yp | 13 | - | PHYS MONEY | physical
Spina bifida, 4yo, family looking for accessible stay and play | c | 4 | - | PHYS PBT | physical
Chronic fatigue, 14yo missing lots of school | yp | 14 | - | OTHER |
Child (7) with a rare genetic condition, parents feel alone | c | 7 | - | OTHER SENDG |
EHCP in place, SLCN, 6yo, needs speech therapy over holidays | c | 6 | - | SLCN HOL | speech
Parent carer of a disabled child needs a break | p | - | - | RESP |
Short breaks for disabled 14yo, nothing near us | yp | 14 | - | RESP |
Developmental delay, 18 month old not walking yet | c | 1 | - | EYS PHYS | gdd
Portage referral for 2yo with complex needs | c | 2 | - | EYS |
SEND child 8yo needs a sitter or carer so parents can go out | c | 8 | - | RESP |
Sibling of a disabled child feeling left out, 10yo | c | 10 | - | RESP SEMH |
""")

# ---------------------------------------------------------------- needs: money, housing, food, work
NEED_BLOCKS.append(r"""
help with rent | fam | - | - | MONEY |
served s21 notice, need to be out by end of month with 3 kids | fam | - | - | MONEY |
Mum in rent arrears of £2000, landlord threatening eviction, UC sanctioned | m | - | F | MONEY DEBT |
Family of 6 living in a one bed flat, damp and mould, baby has asthma | fam | - | - | MONEY |
Family placed in B&B temporary accommodation, no cooking facilities | fam | - | - | MONEY |
cant afford food this week until payday | fam | - | - | MONEY |
food bank referral needed, dad lost his job | fam | - | - | MONEY DEBT |
Gas and electric on prepayment meter with no credit, kids are cold | fam | - | - | MONEY DEBT |
Dad wants help getting back into work after being made redundant | f | - | M | MONEY |
Mum wants to go back to work but childcare is too expensive | m | - | F | MONEY BASC |
NRPF family, mum and 2 children, no income at all | fam | - | - | MONEY |
Universal credit claim delayed, family in debt to catalogues and payday loans | fam | - | - | DEBT MONEY |
council tax arrears and bailiff letters | p | - | - | DEBT |
need help with school uniform costs | p | - | - | MONEY |
Refugee family recently granted status, need help moving on from the asylum hotel | fam | - | - | MONEY ITFS |
Help applying for DLA for 7yo with autism | c | 7 | - | MONEY ASD | autism dx
carers allowance - am i entitled, I look after my disabled son | p | - | - | DEBT RESP |
Private landlord won't fix the boiler, 2yo and newborn in the house | fam | - | - | MONEY |
Sofa surfing with my 5yo since relationship ended | p | 5 | - | MONEY SEP |
Mum working full time but can't make ends meet with cost of living | m | - | F | MONEY DEBT |
Dad gambling his wages, family behind on all the bills | f | - | M | DEBT |
Family in debt, bailiffs have been to the house, parents very stressed | fam | - | - | DEBT MH |
mum needs a cot and bedding for the new baby, no money | m | 0 | F | MONEY |
Help with energy bills, meter keeps running out | fam | - | - | MONEY DEBT |
Threatened with homelessness, section 21 served, no deposit for new place | fam | - | - | MONEY |
Benefit cap has hit the family, rent now not covered | fam | - | - | MONEY DEBT |
Dad (care leaver, 21) needs help budgeting | f | - | M | DEBT |
Holiday hunger, children get FSM in term time but nothing in summer | fam | - | - | HOL MONEY |
Family can't afford the bus fare to get the kids to school since moving | fam | - | - | CT MONEY |
Mum wants help with a CV and applying for jobs now her youngest is at school | m | - | F | MONEY |
Overcrowding, 4 children sharing 1 bedroom, on housing register | fam | - | - | MONEY |
Council said we're intentionally homeless, where can we go | fam | - | - | MONEY |
Help with free school meals application | p | - | - | MONEY |
Mum on maternity pay, can't cover the rent | m | 0 | F | MONEY |
Family seeking asylum on section 95 support, children need warm clothes | fam | - | - | MONEY |
PIP assessment coming up, dad has MS and needs help with the form | f | - | M | DEBT |
Rent increase and landlord selling, we need somewhere to live by Christmas | fam | - | - | MONEY |
Cost of nappies and formula too much, baby 2 months | p | 0 | - | MONEY FEED |
Parents both unemployed and want training | cp | - | - | MONEY |
Dad working nights, wants advice on tax credits and UC migration | f | - | M | DEBT MONEY |
""")

# ---------------------------------------------------------------- needs: school, bullying, youth, youth justice
NEED_BLOCKS.append(r"""
my son wont go to school | c | - | M | SEMH PAR |
12yo persistent absence 62%, EBSA suspected | c | 12 | - | SEMH PAR |
Year 9 girl refusing school since being bullied, attendance 40% | yp | - | F | BULLY TYS |
15yo permanently excluded, no school place yet, hanging around with older lads | yp | 15 | M | TYS YJ |
7yo attendance 78%, late most days, mum struggles with mornings | c | 7 | - | PAR ITFS |
Electively home educated 13yo, mum overwhelmed and wants support | yp | 13 | - | PAR |
Anxiety based school avoidance, 10yo, on CAMHS waiting list | c | 10 | - | SEMH |
Teen excluded for fighting, concerns about criminal exploitation | yp | - | - | TYS YJ |
Fixed term exclusion for vaping in school toilets, 14yo | yp | 14 | - | SMOKE TYS |
daughter has not been to school for 3 months and stays in bed all day | c | - | F | SEMH PAR |
School attendance officer referral, 3 siblings all below 85% | fam | - | - | ITFS PAR |
6yo won't go into class, screams at the school gate | c | 6 | - | SEMH PAR |
16yo NEET, left school with no GCSEs, wants to do something | yp | 16 | - | TYS |
my daughter is being bullied on snapchat | c | - | F | BULLY |
10yo bullied about his weight, won't eat his lunch at school | c | 10 | M | BULLY NUT |
13yo trans young person being bullied, low mood | yp | 13 | - | BULLY SEMH |
Son bullied at school for being autistic and school aren't doing anything | c | - | M | BULLY ASD | autism dx
Girls at school made a group chat to mock my daughter, she's devastated | c | - | F | BULLY |
8yo bullied, crying every morning before school | c | 8 | - | BULLY |
Worried my 11yo is bullying others online | c | 11 | - | BULLY PAR |
14yo had a private photo shared around school by classmates, very distressed | yp | 14 | - | BULLY SEMH |
Being bullied at the bus stop and on the way home, 12yo boy | c | 12 | M | BULLY |
Online bullying on gaming platform, 9yo scared to go online | c | 9 | - | BULLY |
Racist bullying of 10yo at school | c | 10 | - | BULLY |
17yo bullied at college, thinking of dropping out | yp | 17 | - | BULLY TYS |
Cyber bullying - 15yo receiving abusive messages from unknown accounts | yp | 15 | - | BULLY |
my kid gets picked on for having free school meals | c | - | - | BULLY |
14yo involved in ASB in the town centre, police warnings | yp | 14 | - | TYS YJ |
16yo arrested for possession of a knife, YOT involved | yp | 16 | - | YJ |
15yo going missing overnight, found with older males, CCE concerns | yp | 15 | - | TYS YJ | harmed
County lines concerns for 13yo, unexplained money and a new phone | yp | 13 | - | TYS YJ | harmed
17 year old not in education or work, low motivation, stays up all night | yp | 17 | - | TYS |
Teenager hanging around with the wrong crowd, caught shoplifting | yp | - | - | TYS YJ |
Out of court disposal for 12yo, criminal damage to a bus shelter | c | 12 | - | YJ |
14yo girl CSE concerns, 'boyfriend' is 22 | yp | 14 | F | TYS DA | harmed da
Young person 15 on a referral order, needs positive activities | yp | 15 | - | YJ ACT |
Community resolution for 13yo after fight, parents want support | yp | 13 | - | YJ PAR |
16yo carrying a knife 'for protection', scared of a group in the area | yp | 16 | - | YJ TYS |
Youth worker needed: 14yo boy hanging around the park late, drinking | yp | 14 | M | TYS SUB | sub
Lad 15 in trouble with police for joyriding | yp | 15 | M | YJ |
Teen daughter sneaking out at night and we don't know who with | yp | - | F | TYS |
Youth club or mentor for 13yo lad who has no male role model | yp | 13 | M | TYS ACT |
Young person (16) struggling since leaving care, needs support | yp | 16 | - | TYS |
Released from YOI, 17yo returning home to mum | yp | 17 | - | YJ TYS |
Teenager's friends are in a gang, worried he'll get drawn in | yp | - | M | TYS YJ |
""")

# ---------------------------------------------------------------- needs: substances, smoking, carers
NEED_BLOCKS.append(r"""
Dad drinking heavily every night, mum worried about the kids | f | - | M | SUB | sub
Mum uses cannabis daily, says it helps her anxiety, 2yo at home | m | 2 | F | SUB | sub
16yo smoking weed every day and selling it, police involved | yp | 16 | - | SUB YJ | sub
Dad 18 months sober, wants to stay connected to a recovery community and be a good dad | f | - | M | SUB PAR |
Mum relapsed on alcohol last month after a year sober | m | - | F | SUB | sub
Both parents drinking, children left to look after themselves at weekends | cp | - | - | SUB ITFS | sub
14yo found drunk in the park twice this month | yp | 14 | - | SUB TYS | sub
Nitrous oxide canisters found in 15yo's bedroom | yp | 15 | - | SUB TYS | sub
17yo using ketamine and dropping out of college | yp | 17 | - | SUB TYS | sub
Mum's partner uses cocaine at weekends, mum does not use | m | - | F | SUB | sub
i'm worried about my husband's drinking | p | - | - | SUB | sub
Grandad drinks too much while he's looking after the kids | a | - | M | SUB | sub
Prescription painkiller dependency, mum wants help to cut down | m | - | F | SUB | sub
Allegation of parental drug use not substantiated, NFA. Family would like help with 4yo's behaviour | c | 4 | - | PAR |
Mum 3 years clean from heroin, wants to volunteer and help other parents | m | - | F | SUB |
Dad on methadone script, still using on top, 3 children | f | - | M | SUB | sub
I think my daughter is taking drugs at parties, she's 16 | yp | 16 | F | SUB TYS | sub
Mum drinks a bottle of wine most nights after the kids are in bed, says she needs it to cope | m | - | F | SUB MH | sub
Parents use cannabis in the home, baby 6 months, smell noted by HV | cp | 0 | - | SUB HV | sub
Young person (15) vaping THC, paranoid and not sleeping | yp | 15 | - | SUB SEMH | sub
dad is an alcoholic and the kids are affected, 10 and 12 | c | - | - | SUB SEMH | sub
Children of a parent who drinks, need someone to talk to | c | - | - | SUB SEMH | sub
Mum has completed detox and residential rehab, now home with the children | m | - | F | SUB PAR |
Teenager 13 drinking alcohol with friends at weekends, parents unsure how to respond | yp | 13 | - | SUB PAR | sub
Stepdad uses crack, mum says he doesn't do it in front of the kids | fam | - | - | SUB | sub
Father completed alcohol treatment, abstinent 2 years, no concerns, wants to do a dads group | f | - | M | PBT PAR |
no concerns re substance misuse, mum needs help with 3yo's sleep | c | 3 | - | PAR HV |

Mum 20 weeks pregnant and smoking 15 a day, wants to quit | m | - | F | SMOKE MAT |
dad wants to stop smoking, baby has asthma | f | - | M | SMOKE |
13yo vaping constantly, seems addicted | yp | 13 | - | SMOKE TYS |
Both parents smoke in the house, newborn, HV advised smoke free home | cp | 0 | - | SMOKE HV |
how to give up smoking | p | - | - | SMOKE |
help to stop vaping for my teenage son | yp | - | M | SMOKE |
Nan smokes around the kids when she minds them | a | - | F | SMOKE |
Mum wants nicotine replacement, has tried to quit before | m | - | F | SMOKE |
Smoking cessation referral for mum, both kids have asthma | m | - | F | SMOKE PH |
Partner of pregnant woman wants to give up smoking before the baby comes | f | - | M | SMOKE MAT |
16yo smokes 10 a day and wants to stop | yp | 16 | - | SMOKE |
Stop smoking service for a young mum, 19, baby 2 months | m | 0 | F | SMOKE |

12yo caring for mum who has MS, missing school | c | 12 | - | TYS MH |
15yo girl looks after her younger siblings because mum drinks | yp | 15 | F | TYS SUB | sub
Young carer (9) for dad with depression, needs a break and someone to talk to | c | 9 | - | MH ACT |
16yo young carer for brother with severe autism, struggling at college | yp | 16 | - | TYS RESP |
my 11 year old does all the cooking and cleaning since I got ill | c | 11 | - | TYS MH |
Young carer 14 for mum with bipolar, wants to meet others in same situation | yp | 14 | - | TYS ACT |
10yo translates for her parents at all appointments and looks after baby brother | c | 10 | F | TYS |
Aunt caring for her sister's 3 children after sister went to prison, no support | a | - | F | PAR MONEY |
Grandparents have SGO for 2 grandchildren, need support and a break | a | - | - | PAR RESP |
Older carer (nan, 68) caring for grandson with ADHD, exhausted | a | - | F | PAR RESP | adhd dx
Adult daughter caring for her disabled mum and her own 3 kids, burnt out | a | - | F | MH |
Kinship carer grandad raising 6yo, feels isolated, wants to meet other carers | a | 6 | M | PAR MH |
Mum is carer for her husband after his stroke and has a 4yo, exhausted | m | 4 | F | MH RESP |
""")

# ---------------------------------------------------------------- needs: parenting, separation, family support
NEED_BLOCKS.append(r"""
struggling with my 4 year olds behaviour | c | 4 | - | PAR |
Mum wants a parenting course, kids not listening, lots of shouting | m | - | F | PAR |
Dad got residency of 2 kids, never done it alone before | f | - | M | PAR SEP |
Parents struggling with 15yo, constant rows over curfew | p | 15 | - | PAR |
Bedtime battles, 5yo won't sleep in his own bed | c | 5 | M | PAR |
Mum wants to understand teenagers better, 13yo son withdrawn and rude | m | 13 | F | PAR |
Neglect concerns NFA, home conditions poor, mum agrees to family support | fam | - | - | ITFS PAR |
Family with multiple needs: debt, poor school attendance and dad's MH | fam | - | - | ITFS |
Stepped down from CIN to early help, needs a key worker | fam | - | - | ITFS |
Mum with 4 children and poor mental health, chaotic routines at home | m | - | F | ITFS MH |
Dad wants to learn how to play with his toddler | f | - | M | PAR PBT |
first time dad not sure what he's doing, baby 2 months | f | 0 | M | PAR PBT |
Single mum of 5 needs help with routines and boundaries | m | - | F | PAR ITFS |
Parenting support for mum of 3yo, HV concerned about harsh responses | m | 3 | F | PAR HV |
Dad smacked 7yo leaving a mark, NFA, dad accepts he needs parenting support | f | 7 | M | PAR | causes home
Mum admits she lashes out at her 9yo when stressed and wants help to stop | m | 9 | F | PAR MH | causes home
Teen (14) rude and aggressive verbally to parents, no violence, parents at their wits end | yp | 14 | - | PAR TYS |
Parents want to know how to keep their children safe online | p | - | - | PAR BULLY |
Mum asking for help with 2yo's tantrums and sleep | c | 2 | - | PAR HV |
Family support worker needed - mum overwhelmed, dad works away, 4 kids | fam | - | - | ITFS PAR |
Previously CP plan for neglect, now closed, needs ongoing family support | fam | - | - | ITFS |
Early help assessment: family struggling with routines, attendance and the 6yo's behaviour | fam | 6 | - | ITFS PAR |
Dad is a new stepdad and wants help building a relationship with partner's kids | f | - | M | PAR |
Mum of 11yo wants help talking to her about puberty and periods | m | 11 | F | PAR PH |
Parents of a 16yo who wants to leave home, family relationship breaking down | p | 16 | - | PAR TYS |
Mum wants a Triple P course | m | - | F | PAR |
Parents of 8yo adopted child struggling with attachment | p | 8 | - | PAR SEMH |
Foster child's birth parents want parenting support before return home | cp | - | - | PAR ITFS |
Dad from Poland wants parenting support in Polish | f | - | M | PAR |
Mum wants to understand her child's anger, 10yo | m | 10 | F | PAR SEMH |

recently separated, how do i tell the kids | p | - | - | SEP |
Dad not seeing his children since the split, wants help with contact | f | - | M | SEP |
Mum and dad separated, 6yo upset about going between houses | c | 6 | - | SEP SEMH |
Need a MIAM for mediation | p | - | - | SEP |
ex won't pay child maintenance | p | - | - | SEP MONEY |
Parents separating amicably, want advice on helping the kids adjust | cp | - | - | SEP |
Mum recently separated, struggling to manage alone with 3 kids and money | m | - | F | SEP MONEY |
Dad just left the family home, very low, worried about seeing his kids | f | - | M | SEP MH |
Teenager (15) refusing to see dad after separation | yp | 15 | - | SEP SEMH |
Grandparents lost contact with grandchildren after parents split | a | - | - | SEP |
Separated parents need a parenting plan, communication OK but want structure | cp | - | - | SEP |
10yo angry since parents divorced, blaming mum | c | 10 | - | SEP SEMH |
""")

# ---------------------------------------------------------------- needs: activities, health, transport
NEED_BLOCKS.append(r"""
looking for something for my 10 year old to do in the summer holidays | c | 10 | - | HOL |
cheap holiday club for 7yo, both parents work | c | 7 | - | HOL BASC |
Gets free school meals, looking for HAF holiday activities | c | - | - | HOL |
breakfast club needed so mum can get to work for 8am | c | - | - | BASC |
after school club near school for my 6 year old | c | 6 | - | BASC |
12yo interested in drama but family can't afford classes | c | 12 | - | MUS |
teen wants to learn guitar | yp | - | - | MUS |
14yo girl loves dancing but has very low confidence | yp | 14 | F | MUS SEMH |
football club for 8yo boy, family on low income | c | 8 | M | SPORT |
swimming lessons for 5yo | c | 5 | - | SPORT |
Boxing club to help teenage son with his anger | yp | - | M | SPORT TYS |
Youth club for 13yo to make friends | yp | 13 | - | ACT TYS |
free things to do with the kids at the weekend | fam | - | - | ACT |
Scouts or brownies for 9 year old | c | 9 | - | ACT |
Art group for 11yo who is anxious and likes drawing | c | 11 | - | MUS SEMH |
Holiday scheme for disabled 10yo | c | 10 | - | HOL RESP |
Wraparound care before and after school for 4yo starting reception | c | 4 | - | BASC |
Kids need something to do in half term, mum works shifts | fam | - | - | HOL |
Girls only football for my 13 year old daughter | yp | 13 | F | SPORT |
Cheap gym or sports sessions for 15yo | yp | 15 | - | SPORT |
Music lessons for 7yo, school doesn't do them | c | 7 | - | MUS |
Choir or singing group for children | c | - | - | MUS |
Family days out that are free or cheap | fam | - | - | ACT |
Coding or gaming club for autistic 12yo | c | 12 | - | ACT ASD | autism dx
Forest school or outdoor activities for 8yo | c | 8 | - | ACT |
Teenage boy spends all day on his phone, something active needed | yp | - | M | SPORT ACT |
After school club that can meet medical needs, child has epilepsy | c | - | - | BASC OTHER | epilepsy
Family learning or cooking course for parents and kids together | fam | - | - | ACT NUT |
Young person 17 wants to volunteer | yp | 17 | - | ACT TYS |
Dad wants weekend activities he can do with his kids | f | - | M | ACT |

9yo BMI above 98th centile, GP referred for weight management | c | 9 | - | NUT |
fussy eater 3yo, only eats crisps and yoghurt | c | 3 | - | NUT HV |
Family want healthy cooking classes on a budget | fam | - | - | NUT MONEY |
15yo has put on weight on medication, wants help | yp | 15 | - | NUT |
Mum wants to lose weight before next pregnancy | m | - | F | NUT |
Dietitian needed for 4yo who is underweight | c | 4 | - | NUT |
Child weight management programme for the whole family | fam | - | - | NUT |
4yo needs 6 teeth out, never been to a dentist | c | 4 | - | ORAL |
can't find an NHS dentist for the kids | fam | - | - | ORAL |
Toddler tooth decay from a bottle of juice at night | c | - | - | ORAL HV |
Family can't afford toothbrushes and toothpaste | fam | - | - | ORAL MONEY |
7yo in pain with toothache, no dentist | c | 7 | - | ORAL |
Teeth brushing is a battle with my autistic 5yo | c | 5 | - | ORAL ASD | autism dx
Kids haven't had any of their vaccinations, mum unsure | c | - | - | PH HV |
worried about the MMR jab for my 1 year old | c | 1 | - | PH |
15yo needs sexual health advice and contraception | yp | 15 | - | PH |
School nurse referral for 12yo bedwetting | c | 12 | - | PH |
Family not registered with a GP | fam | - | - | PH |
Head lice keep coming back, need help | fam | - | - | PH |
Child flu vaccine for 3yo | c | 3 | - | PH |
Teen wants confidential advice about periods and relationships | yp | - | F | PH |
Eye test for 5yo, mum not sure where to go | c | 5 | - | HS |
Mum needs a hearing test, can't hear the children | m | - | F | HS |
Child sight test and free glasses on low income | c | - | - | HS MONEY |
11yo keeps getting headaches, might need glasses | c | 11 | - | HS |

can't get to hospital appointments, no car and we live in a village | fam | - | - | CT |
Disabled child needs transport to the respite centre | c | - | - | CT RESP |
Mum can't afford bus fares to take the kids to school after moving into temp accommodation | m | - | F | CT MONEY |
Wheelchair accessible transport needed for days out | c | - | - | CT PHYS | physical
Rural family, no buses, feel cut off | fam | - | - | CT MH |
Grandmother carer needs dial a ride to take grandson to appointments | a | - | F | CT |
Mum doesn't drive and can't get to the family hub with a baby and a toddler | m | - | F | CT |
Transport to get 15yo to college, bus pass needed | yp | 15 | - | CT |
Dad with a physical disability needs community transport for the school run | f | - | M | CT | physical
""")

# ---------------------------------------------------------------- listings: more positives for the rarer labels, with near misses
LISTING_BLOCKS.append(r"""
Our programme supports people who have caused harm in their relationships to take responsibility and make lasting change. | hp
Men can refer themselves if they are worried about their anger, jealousy or controlling behaviour towards a partner. | hp aud:male
Group work for perpetrators of domestic abuse, with a parallel support service for victims. | hp
Young people aged 13 to 17 who have been abusive to a boyfriend or girlfriend can be referred to our respectful relationships programme. | hp
The course is for parents who have been violent or abusive at home and want to be safer parents. | hp
Individual work is available for women who use abusive behaviour and do not feel a group is right for them. | hp aud:female
The support line is for anyone who has experienced sexual violence or domestic abuse. | so
Our children's service is for children who have lived with domestic abuse and whose abusive parent no longer lives with them. | so ex:home
The drop-in is for survivors; please do not attend if you are the person who has used abuse. | so
Specialist advocacy for older people experiencing abuse from a partner or family member. | so
Support for men and boys who have experienced domestic or sexual abuse. | so aud:male
The group for girls aged 13 to 17 explores healthy friendships and relationships. | aud:girls
A girls' dance group for ages 7 to 11. | aud:girls
Our girls' self-esteem project runs in secondary schools across the county. | aud:girls
Girls only swim session, female lifeguards. | aud:girls
A boys' cooking club for ages 9 to 13. | aud:boys
The lads' group is for boys aged 13 to 17 who are struggling at school. | aud:boys
A mentoring project for Black boys aged 10 to 16. | aud:boys
Boys only. | aud:boys
Suitable for boys and girls aged 6 to 10. |
A group for parents of children with FASD, diagnosed or suspected. | cond:fasd dx:not
Children with a diagnosis of FASD can be referred by their social worker. | cond:fasd dx:req
Support for families of autistic children who do not yet have a formal diagnosis. | cond:autism dx:not
Parents of children who received an autism diagnosis in the last 12 months are invited to the post-diagnosis workshops. | cond:autism dx:req
The club welcomes autistic young people aged 11 to 18 with or without a diagnosis. | cond:autism dx:not
An after school club for children with severe learning disabilities. | cond:learning_disability
The group is run by and for parents of young people with learning disabilities. | cond:learning_disability
Children with learning difficulties and disabilities are supported through the SEN Support plan at school. |
An ADHD coaching group for teenagers diagnosed with ADHD. | cond:adhd dx:req
Our ADHD workshops are open to any parent who is worried about attention and hyperactivity, no diagnosis required. | cond:adhd dx:not
Family sign language classes for families with a deaf baby or child. | cond:hearing_impairment
Mobility and independence training for children with a visual impairment. | cond:visual_impairment
Eating disorder support for carers: you don't need a diagnosis to come along. | cond:eating_disorder dx:not
A playgroup for children with Down syndrome and their siblings. | cond:downs_syndrome
Anyone is welcome, and children do not need to have a diagnosis or an EHCP. | dx:not
Our service is only available once a diagnosis has been confirmed by the paediatrician. | dx:req
A diagnosis is not essential but we will ask about your child's needs. | dx:not
For children who have been diagnosed with a hearing loss that needs hearing aids or implants. | cond:hearing_impairment dx:req
A support group for young parents aged 16 to 21. | grp:young_parents
The service supports refugees who have been resettled through the UK resettlement scheme. | grp:asylum_refugee
Asylum seekers are welcome, as is everyone in the community. |
A mutual aid meeting for parents in recovery from alcohol and other drugs. | grp:recovery
Support for bereaved parents following the death of a baby or child. | grp:bereaved_parents
For grandparents, aunts, uncles and older siblings raising a child in kinship care. | grp:kinship_carers
Service families can get help from the armed forces family liaison officer. | grp:armed_forces
The project is for young people aged 16 to 25 who are care experienced. | grp:care_leavers
The young carers' project is for children who care for a parent, brother or sister. | grp:young_carers
Free breakfast for children who are eligible for free school meals during the holidays. | grp:free_school_meals
Free school meals families get priority booking, and remaining places are then released to everyone. |
The Ukrainian mums' support group is run in Ukrainian. | aud:female lang:uk
A Romanian-speaking health trainer runs this session in Romanian. | lang:ro
Sessions are delivered in Urdu for Pakistani mothers. | aud:female lang:ur
The Kurdish family group is held in Kurdish (Sorani). | lang:ku
A Chinese-speaking support group, held in Mandarin and Cantonese. | lang:zh
Stay and play in Portuguese for Brazilian and Portuguese families. | lang:pt
The Somali parents' forum meets monthly and discussions are in Somali. | lang:so
Run in Turkish by a Turkish-speaking facilitator. | lang:tr
The course is available in Arabic only. | lang:ar
A Bengali-language course on child development for parents. | lang:bn
Face to face and telephone interpreters are available free of charge. | interp
Our practitioners can work with an interpreter if you prefer to speak in your first language. | interp
We'll arrange an interpreter for your first appointment. | interp
A sign language interpreter can be booked for deaf parents. | interp
We do not have interpreters at this group, but staff speak some Polish and Romanian. |
Please bring a friend or family member who can translate, as we cannot provide interpreters. |
Interpreting is available in community languages through our interpreting service. | interp
The service is closed to new referrals until the new contract starts. | closed
We are currently unable to take any new referrals while the service is being recommissioned. | closed
The Wednesday group has been cancelled indefinitely. | closed
Sessions have been paused over the winter due to the cost of heating the hall. | closed
The helpline is temporarily unavailable. | closed
We have stopped running this course. | closed
This group has closed; please see our other groups. | closed
The waiting list has reopened and we are accepting referrals again. |
The centre will be closed on 25 and 26 December. |
The group closes for two weeks over Easter. |
Referrals are closed for the rest of the term; you can refer again in September. | closed
Joint sessions are not suitable where there is ongoing domestic abuse or where one parent feels unsafe. | ex:da
The service is not suitable for parents who are drinking or using drugs at the moment. | ex:sub
We cannot take referrals if someone in the household is using drugs or drinking heavily. | ex:sub
If the person who has harmed you still lives with you, please contact our outreach team instead as the group venue is confidential. | ex:home
We can only offer home visits where there is no one living at the address who poses a risk to staff or the family. | ex:home
This programme cannot be offered to couples where there is current or recent domestic abuse. | ex:da
Residents must not use drugs or alcohol, and this includes on day trips. | ex:sub
Parents who are using drugs or alcohol are very welcome to come and talk to us. |
We work with many families who have experienced domestic abuse and our parenting course is trauma-informed. |
""")


# ---------------------------------------------------------------- parsing, validation, output
ABOUT = {"c": "child", "yp": "young_person", "m": "mother", "f": "father", "p": "parent",
         "cp": "couple", "fam": "family", "a": "adult"}
SEX = {"F": "female", "M": "male", "-": None}
ROLES = {"harmed": "harmed", "witnessed": "witnessed", "causes": "causes_harm", "conflict": "conflict"}
CONDITIONS = {"autism": "autism", "adhd": "adhd", "downs": "downs_syndrome",
              "hearing": "hearing_impairment", "visual": "visual_impairment",
              "eating": "eating_disorder", "fasd": "fasd", "ld": "learning_disability",
              "perinatal": "perinatal_mental_health", "physical": "physical_disability",
              "speech": "speech_language", "gdd": "developmental_delay",
              "epilepsy": "epilepsy", "dyslexia": "dyslexia", "illness": "serious_illness"}
PRESENT = {"da": "domestic_abuse", "sub": "substance_use", "home": "harm_person_at_home"}
GROUPS = ["asylum_refugee", "young_parents", "recovery", "free_school_meals", "bereaved_parents",
          "kinship_carers", "armed_forces", "care_leavers", "young_carers"]
AUDIENCES = ["female", "male", "girls", "boys"]
EXCLUDES = {"da": "domestic_abuse", "sub": "substance_use", "home": "harm_person_at_home"}
LANGS = {"pl", "ur", "bn", "pa", "ar", "so", "ro", "pt", "es", "lt", "tr", "ku", "fa", "ps",
         "ti", "uk", "ru", "zh", "gu", "ta", "fr", "sq", "am", "ne", "hi", "bg", "hu", "cs",
         "sk", "lv", "it", "vi", "cy", "ga"}


def load_subcategories():
    for path in CSV_CANDIDATES:
        if os.path.exists(path):
            with open(path, newline="", encoding="utf-8") as fh:
                return {row["name"] for row in csv.DictReader(fh) if row["parent_id"].strip()}
    sys.exit("category csv not found")


def parse_need(line):
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 6:
        raise ValueError("need row needs 6 fields: %r" % line)
    text, about, age, sex, cats, flags = parts
    role = condition = diagnosed = None
    present, crisis = [], False
    for tok in flags.split():
        if tok in ROLES:
            assert role is None, line
            role = ROLES[tok]
        elif tok in CONDITIONS:
            assert condition is None, line
            condition = CONDITIONS[tok]
        elif tok == "dx":
            diagnosed = True
        elif tok == "nodx":
            diagnosed = False
        elif tok in PRESENT:
            present.append(PRESENT[tok])
        elif tok == "crisis":
            crisis = True
        else:
            raise ValueError("unknown need flag %r in %r" % (tok, line))
    return {
        "text": text,
        "about": ABOUT[about],
        "child_age": None if age == "-" else (float(age) if "." in age else int(age)),
        "sex": SEX[sex],
        "categories": [CATS[c] for c in cats.split()],
        "role": role,
        "condition": condition,
        "diagnosed": diagnosed,
        "present": present,
        "crisis": crisis,
    }


def parse_listing(line):
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 2:
        raise ValueError("listing row needs 2 fields: %r" % line)
    text, flags = parts
    row = {"text": text, "harm_programme": False, "survivors_only": False, "audience": None,
           "condition": None, "diagnosis": None, "group_only": None, "language_only": None,
           "interpreters": False, "excludes": [], "closed": False}
    for tok in flags.split():
        key, _, val = tok.partition(":")
        if tok == "hp":
            row["harm_programme"] = True
        elif tok == "so":
            row["survivors_only"] = True
        elif tok == "interp":
            row["interpreters"] = True
        elif tok == "closed":
            row["closed"] = True
        elif key == "aud" and val in AUDIENCES:
            row["audience"] = val
        elif key == "cond" and (val in CONDITIONS or val in [*CONDITIONS.values(), "disability"]):
            row["condition"] = CONDITIONS.get(val, val)
        elif key == "dx" and val in ("req", "not"):
            row["diagnosis"] = "required" if val == "req" else "not_required"
        elif key == "grp" and val in GROUPS:
            row["group_only"] = val
        elif key == "lang" and val in LANGS:
            row["language_only"] = val
        elif key == "ex" and val in EXCLUDES:
            row["excludes"].append(EXCLUDES[val])
        else:
            raise ValueError("unknown listing flag %r in %r" % (tok, line))
    return row


def rows(blocks):
    for block in blocks:
        for line in block.strip("\n").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                yield line


def check_need(ex, subcats):
    errs = []
    t = ex["text"]
    if not 1 <= len(ex["categories"]) <= 3:
        errs.append("1-3 categories")
    if len(set(ex["categories"])) != len(ex["categories"]):
        errs.append("duplicate category")
    for c in ex["categories"]:
        if c not in subcats:
            errs.append("unknown category %s" % c)
    age, about = ex["child_age"], ex["about"]
    if about == "child" and age is not None and age >= 13:
        errs.append("child aged 13+ should be young_person")
    if about == "young_person" and age is not None and age < 13:
        errs.append("young_person under 13")
    if about == "mother" and ex["sex"] != "female":
        errs.append("mother not female")
    if about == "father" and ex["sex"] != "male":
        errs.append("father not male")
    if ex["role"] in ("harmed", "witnessed", "causes_harm") and not ex["present"] and "exploit" not in t.lower() \
            and "cce" not in t.lower() and "county lines" not in t.lower():
        errs.append("role %s with nothing present" % ex["role"])
    if ex["role"] == "witnessed" and "domestic_abuse" not in ex["present"]:
        errs.append("witnessed without DA")
    if ex["role"] == "conflict" and ex["present"]:
        errs.append("conflict with present issues")
    if ex["diagnosed"] is not None and ex["condition"] is None:
        errs.append("diagnosed without condition")
    if "harm_person_at_home" in ex["present"] and ex["role"] not in ("harmed", "witnessed", "causes_harm"):
        errs.append("harm at home without role")
    words = len(t.split())
    if not 3 <= words <= 40:
        errs.append("length %d words" % words)
    return errs


def check_listing(row):
    errs = []
    if row["harm_programme"] and row["survivors_only"]:
        errs.append("both harm_programme and survivors_only")
    if row["diagnosis"] is not None and row["condition"] is None and "diagnos" not in row["text"].lower() \
            and "assess" not in row["text"].lower() and "waiting" not in row["text"].lower():
        errs.append("diagnosis label with no wording")
    if row["language_only"] == "en":
        errs.append("english is not language_only")
    if len(set(row["excludes"])) != len(row["excludes"]):
        errs.append("duplicate excludes")
    return errs


NEED_LABELS = {
    "text": "One need as written by a practitioner (duty social worker, health visitor, teacher) or typed by a family member into a search box. Shorthand, typos and fragments are deliberate.",
    "about": "Who the need is about: child (under 13 or age unknown), young_person (13-19), mother, father, parent (a parent whose sex is not said; also used for first-person searches where the writer's sex is unknown), couple (the two adults together), family (the whole household), adult (another adult such as a grandparent, kinship carer or adult carer).",
    "child_age": "Age in whole years of the child the need mentions, when stated (babies under one are 0); null otherwise or when several ages are given.",
    "sex": "Sex of the person the need is about: female, male, or null when not said or when it is about more than one person.",
    "categories": "1 to 3 DfE Family Hubs sub-category names, exactly as in dfe-family-hubs-categories.csv. School attendance is filed under Social, emotional and mental health support / Parenting support / Targeted youth support; bereavement under Mental health, social and emotional support; food, work and childcare costs under Money, benefits and housing; young carers under Targeted youth support or Mental health, social and emotional support.",
    "role": "Harm between people in the domestic-abuse sense (partner or ex-partner abuse, coercive control, child-to-parent violence, teenage relationship abuse, abuse of an adult by a family member, a parent's physical harm of a child, exploitation of a young person). null when none is described or when it is denied; harmed = the person the need is about is harmed, abused, controlled or exploited; witnessed = a child who saw or heard abuse between adults; causes_harm = the person the need is about uses violence, abuse or control (including a teenager or child violent to a parent); conflict = arguing or conflict between adults where no abuse is described. Peer bullying and a young child hitting other children are behaviour: role null.",
    "condition": "A condition of the person the need is about (or of the unborn baby): autism, adhd, downs_syndrome, hearing_impairment, visual_impairment, eating_disorder, fasd, learning_disability, perinatal_mental_health (a parent's, in pregnancy or after a birth), physical_disability, speech_language, developmental_delay, epilepsy, dyslexia (specific learning difficulties), serious_illness (serious, long-term or life-limiting); null when none of these (deafblindness, Tourette's, sensory processing and general SEND are null).",
    "diagnosed": "true when the condition is stated as diagnosed or as a fact ('has autism', 'autistic', 'registered blind'); false when suspected, queried (?ASD), on a waiting list or awaiting assessment; null when no condition or unknown.",
    "present": "Issues current in the household that would make some services unsuitable: domestic_abuse (abuse described as happening or recently ended, including child-to-parent violence and teenage relationship abuse), substance_use (current drug or alcohol misuse by anyone in the family, including a teenager; not tobacco, not sustained recovery), harm_person_at_home (the person who harms still lives in the home). Negated, unfounded, long-past-and-resolved issues are left out.",
    "crisis": "true only for immediate risk now: active suicidal intent or plan, self-harm happening now, overdose, a threat to life, a child in danger right now, acute psychosis. Past or managed risk, passive thoughts with no intent and general worry are false.",
}

LISTING_LABELS = {
    "text": "One sentence as found in a council Family Information Service directory, charity website or NHS page: eligibility, description or referral route.",
    "harm_programme": "true when the service is FOR people who cause harm (perpetrator / behaviour change programmes, including ones that also run partner support alongside, and work with young people who are violent to parents). Services for both victims and people who cause harm are false.",
    "survivors_only": "true when the service is only for people who have been harmed (survivors of abuse and/or their children, including parents harmed by their child's violence). Mixed services are false.",
    "audience": "null, female (women / mothers / female carers only), male (men / fathers / male carers only), girls, boys. 'Mums, dads and carers' or 'everyone' is null.",
    "condition": "Condition the service is for: autism, adhd, downs_syndrome, hearing_impairment, visual_impairment, eating_disorder, fasd, learning_disability, perinatal_mental_health, physical_disability, speech_language, developmental_delay, epilepsy, dyslexia, serious_illness, disability (disabled people or those with special educational needs in general, naming no one condition), or null.",
    "diagnosis": "required (a diagnosis is needed), not_required (no diagnosis needed; suspected or waiting list welcome), or null when not stated.",
    "group_only": "null, or the one group the service is restricted to: asylum_refugee, young_parents, recovery, free_school_meals, bereaved_parents (parents whose baby or child has died), kinship_carers, armed_forces, care_leavers, young_carers. 'Especially welcome' or 'including' is not restrictive: null.",
    "language_only": "ISO 639-1 code of the only language the service is delivered in, when it is not English; null otherwise (including bilingual staff or English with interpreters).",
    "interpreters": "true when interpreters (spoken or BSL) can be arranged or are provided.",
    "excludes": "Situations the sentence says the service is not suitable for or cannot work with: domestic_abuse, substance_use (current drug or alcohol use), harm_person_at_home (the person who harms still lives in the home).",
    "closed": "true when the sentence says the service is closed, paused, suspended, ended, or not taking referrals now; false for reopened services, waiting lists that are still open, and routine closures (bank holidays, August, half term).",
}


def main():
    subcats = load_subcategories()
    problems = []
    needs = []
    seen = set()
    for line in rows(NEED_BLOCKS):
        ex = parse_need(line)
        key = ex["text"].lower()
        if key in seen:
            problems.append(("duplicate need", ex["text"]))
        seen.add(key)
        for e in check_need(ex, subcats):
            problems.append((e, ex["text"]))
        needs.append(ex)
    listings = []
    seen = set()
    for line in rows(LISTING_BLOCKS):
        row = parse_listing(line)
        key = row["text"].lower()
        if key in seen:
            problems.append(("duplicate listing", row["text"]))
        seen.add(key)
        for e in check_listing(row):
            problems.append((e, row["text"]))
        listings.append(row)
    for p in problems:
        print("PROBLEM:", *p)
    need_doc = {
        "description": "Hand-written, labelled family needs for training the need classifiers of the early-help matching service (who the need is about, DfE category, role in any harm, condition, issues present, crisis). Written as English council practitioners and families write them. Not real case data.",
        "labels": NEED_LABELS,
        "examples": needs,
    }
    listing_doc = {
        "description": "Hand-written sentences in the style of English council service directory listings, charity and NHS pages, labelled for the listing classifiers (eligibility, audience, condition, exclusions, closure). Includes many near misses and negatives. Not copied from any real listing.",
        "labels": LISTING_LABELS,
        "sentences": listings,
    }
    with open(os.path.join(HERE, "need_examples.json"), "w", encoding="utf-8") as fh:
        json.dump(need_doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "listing_sentences.json"), "w", encoding="utf-8") as fh:
        json.dump(listing_doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("needs:", len(needs), "listing sentences:", len(listings))
    return needs, listings, problems

# ---------------------------------------------------------------- needs: more variety (search-box wording, shorthand, rarer categories)
NEED_BLOCKS.append(r"""
my dad shouts at my mum and throws stuff and im scared | c | - | - | DA SEMH | witnessed da home
i'm 14 and my mums boyfriend hits her, what do i do | yp | 14 | - | DA | witnessed da home
Kids (2 and 5) present when F kicked the door in to get to M, F remanded | c | - | - | DA | witnessed da
Police DA report: children asleep upstairs during incident, parents say they did not wake | c | - | - | DA | witnessed da home
9yo drew pictures at school of daddy hitting mummy, now separated | c | 9 | - | DA SEMH | witnessed da
Infant (11 months) in mother's arms when partner assaulted her | c | 0 | - | DA HV | witnessed da
Children exposed to coercive control, dad made mum sleep on the floor, he has now left | c | - | - | DA SEMH | witnessed da
Sibling group aged 7-13 lived with DA for years, now with mum in new tenancy, all need support | c | - | - | DA SEMH | witnessed da

Mum says ex partner still has access to her bank app and keeps moving money out | m | - | F | DA DEBT | harmed da
female partner very jealous, won't let dad go to work functions and calls him 20 times a day | f | - | M | DA | harmed da home
My girlfriend hit me again last night in front of our son. Who can help dads? | f | - | M | DA | harmed da home
Dad says his wife has hit him with a shoe and locks him out of the house, he stays for the kids | f | - | M | DA | harmed da home
Mum feels she has to tiptoe round her husband's moods, he goes silent for days and controls the money | m | - | F | DA | harmed da home
Mum disclosed partner has been sending threatening texts from prison | m | - | F | DA | harmed da
DA survivor now in a new tenancy, needs help furnishing it and setting up bills | m | - | F | DA MONEY | harmed da
Victim of DA wants to change the locks and get a sanctuary scheme | p | - | - | DA MONEY | harmed da
Mother (Polish speaking) disclosed husband is violent, needs support in Polish | m | - | F | DA | harmed da home
Mum says partner slapped her at a party, first time, he has apologised and she wants to stay with him | m | - | F | DA | harmed da home
Trans woman parent experiencing abuse from ex who threatens to out her at the school gate | p | - | F | DA | harmed da
mum is being abused by her own mother who lives with them and helps with childcare | m | - | F | DA | harmed da home

Dad says he wants help with his anger after shouting at and pushing his partner, he has moved out for now | f | - | M | DA | causes da
Partner of the mum agrees he has been coercive and wants a course so he can move back home | f | - | M | DA | causes da
Mum admits she hit her partner during arguments and is ashamed, wants to work on it | m | - | F | DA | causes da home
Young dad 19 controlling towards his girlfriend, checks her phone, says he doesn't know how to be different | f | - | M | DA | causes da home
where can my husband get help for his temper, he hasn't hit me but he smashes things and scares us | f | - | M | DA | causes da home
Perpetrator of DA keen to engage, has contact with children supervised | f | - | M | DA SEP | causes da

16yo regularly assaults his mum and younger sister, mum has locked her bedroom door | yp | 16 | M | DA PAR | causes da home
my 13 year old daughter screams, swears and has hit me with her hairbrush, I feel like a hostage in my own house | yp | 13 | F | DA PAR | causes da home
Grandmother kinship carer hit by her 15yo grandson | a | 15 | F | DA PAR | harmed da home
12yo adopted son violent to both parents, police called twice | c | 12 | M | DA PAR | causes da home
Mum wants the Who's in Charge course, her 10yo kicks and bites her daily | m | 10 | F | PAR DA | harmed da home

Separated parents can't communicate, arguments at every handover upsetting the 3yo, no DA | cp | 3 | - | SEP RPC | conflict
Couple argue loudly most nights, children 8 and 11 hear it, no violence, both want to change | cp | - | - | RPC | conflict
Parents disagree about everything since new baby, both stressed, no controlling behaviour | cp | 0 | - | RPC | conflict
mum and dad keep fighting (arguing) and my sister cries | c | - | - | RPC | conflict
Dad and mum locked in a dispute over the children's holiday abroad, lots of arguing, no abuse | cp | - | - | SEP RPC | conflict
Arguments between mum and her teenage son's father over money, he lives elsewhere, no DA | m | - | F | SEP RPC | conflict
Interparental conflict affecting 12yo, school report her worrying about home | c | 12 | F | RPC SEMH | conflict

Our son is 4 and keeps hitting other kids at preschool | c | 4 | M | PAR EYS |
Childminder says 2yo girl bites the other children | c | 2 | F | PAR EYS |
7yo hurt another child in the playground, school asking for support with his temper | c | 7 | M | SEMH PAR |

no DV, parents just need help with debt | cp | - | - | DEBT |
Denies any drug use, tests clear, mum needs help finding a nursery place | m | - | F | PRE EYLL |
There is no domestic abuse. Mum and dad separated 2 years ago and get on well. 7yo needs help with anxiety | c | 7 | - | SEMH |
No concerns around alcohol identified by GP. Dad wants support with his weight | f | - | M | NUT |
No DA, no MH, no substances. Family just moved here and want to find a playgroup | fam | - | - | PRE PBT |
CSE risk assessment found no concerns, 14yo girl wants to join a sports team | yp | 14 | F | SPORT |
Not suicidal, not self harming, just very stressed with GCSEs | yp | - | - | SEMH |

i dont want to be alive anymore and i have two kids | p | - | - | MH | crisis
My daughter sent me a message saying she is on the roof of the multi-storey | yp | - | F | MH | crisis
Son (15) has run off saying he's going to kill himself, we can't find him | yp | 15 | M | MH SEMH | crisis
HV visit: mum has a plan to end her life and has stockpiled medication, baby 3 months | m | 0 | F | PMH MH | crisis perinatal
dad says he will kill the children and himself if she leaves | f | - | M | DA MH | causes da home crisis
Teen has cut her wrists, bleeding, we're waiting for an ambulance | yp | - | F | MH | crisis

Worried my 8 year old talks about death a lot, no self harm | c | 8 | - | SEMH |
Young person had suicidal thoughts in lockdown, CAMHS discharged as well, wants a youth group | yp | - | - | SEMH ACT |
Dad had a breakdown last year, now back at work and recovering | f | - | M | MH |
Self harm in the past (2022), no current self harm, recent low mood | yp | - | - | SEMH |
Mum feels low some days since her divorce, no thoughts of harming herself | m | - | F | MH SEP |

Deafblind child, family need a specialist intervenor and help with equipment | c | - | - | MSI |
Child with dual sensory loss aged 8, school struggling to meet needs | c | 8 | - | MSI |
Usher syndrome in teen, hearing and sight getting worse | yp | - | - | MSI | 
Cortical visual impairment and hearing loss, 2yo | c | 2 | - | MSI EYS |
Baby born at home, how long do I have to register the birth | p | 0 | - | BIRTH |
Mum wants to change baby's surname on birth certificate | m | - | F | BIRTH |
Need a birth certificate appointment, baby is 5 weeks | p | 0 | - | BIRTH |
Register baby's birth, mum in hospital, dad asking | f | 0 | M | BIRTH |
Stillborn baby, need to register the stillbirth | cp | - | - | BIRTH MH |
Playgroup places for 2-4 year olds near us | c | - | - | PRE |
Pre-school with SEN support for 3yo with global delay | c | 3 | - | PRE EYS | gdd
Want a preschool that does the 15 free hours | c | 3 | - | PRE |
Our 3yo is very shy and needs to mix with other children before school | c | 3 | - | PRE PBT |
3yo blind in one eye, parents looking for advice | c | 3 | - | VI | visual dx
Child with severe sight impairment wants to learn braille, 8yo | c | 8 | - | VI | visual dx
Teen registered partially sighted, struggling with independence | yp | - | - | VI | visual dx
Baby not following faces at 3 months, HV referred to eye clinic | c | 0 | - | HS HV | visual nodx
Dentist for autistic child who won't let anyone look in his mouth | c | - | M | ORAL ASD | autism dx
Pregnant mum with bleeding gums, needs a dentist | m | - | F | ORAL MAT |
Dental check up for baby, first tooth | c | 0 | - | ORAL |
Kids' teeth are rotting, they drink fizzy drinks all day | c | - | - | ORAL NUT |
Breakfast club for 8yo with SEN | c | 8 | - | BASC |
Childcare after school for 5 and 9 year old while I work | c | - | - | BASC |
after school clubs for teenagers | yp | - | - | BASC ACT |
Child needs free breakfast club place, family on UC | c | - | - | BASC MONEY |
Drumming or music therapy for 10yo with ADHD | c | 10 | - | MUS | adhd dx
Street dance sessions for 13yo girls | yp | 13 | F | MUS |
Art therapy for 9yo who has experienced trauma | c | 9 | - | MUS SEMH |
Photography or film making project for young people 16+ | yp | 16 | - | MUS TYS |
Deaf 11yo wants to play in a team, coach needs to use BSL | c | 11 | - | SPORT HI | hearing dx
Hearing aids keep breaking, 6yo, audiology waiting list | c | 6 | - | HI HS | hearing dx
Unilateral hearing loss, 9yo, struggling in class | c | 9 | - | HI | hearing dx
Parents of deaf toddler want to meet other parents | c | - | - | HI SENDG | hearing dx
Wheelchair accessible play park or sessions for 5yo | c | 5 | - | PHYS ACT | physical
Child with limb difference wants to try swimming | c | - | - | PHYS SPORT | physical
13yo using a wheelchair after an accident, adjusting badly | yp | 13 | - | PHYS SEMH | physical
Hemiplegia, 4yo, physio exercises, nursery support | c | 4 | - | PHYS EYS | physical
Mum wants tips to help her 2 year old talk | c | 2 | - | EYLL |
Bilingual family worried 3yo only speaks Urdu before starting nursery | c | 3 | - | EYLL |
Library story times or book gifting for a 1 year old | c | 1 | - | EYLL PBT |
Early learning at home for a 2yo, mum didn't go to school herself | c | 2 | - | EYLL |
Breastfeeding peer supporter needed, baby 5 days old | c | 0 | - | FEED |
mixed feeding help, worried baby isn't getting enough | c | 0 | - | FEED HV |
Mum returning to work wants to keep breastfeeding her 10 month old | m | 0 | F | FEED |
Formula feeding, baby very windy and crying | c | 0 | - | FEED HV |
Summer holiday scheme for a 14yo with autism | yp | 14 | - | HOL ASD | autism dx
easter holiday club free | c | - | - | HOL |
Holiday activities for refugee children new to the area | c | - | - | HOL ACT |
Multi-sports holiday camp for 11yo | c | 11 | - | HOL SPORT |
Gymnastics class for 6yo who's always climbing | c | 6 | - | SPORT |
Teen girl wants to try boxing, nowhere near us | yp | - | F | SPORT |
Accessible sport for 10yo with cerebral palsy | c | 10 | - | SPORT PHYS | physical
Community transport for mum to get to perinatal appointments | m | - | F | CT PMH | perinatal
Disabled 17yo needs travel training to get to college alone | yp | 17 | - | CT LD |
We have no car and the special school is 10 miles away | c | - | - | CT |
Eye test for mum who can't afford glasses | m | - | F | HS MONEY |
Ear wax problems and hearing worries for 8yo | c | 8 | - | HS |
Grandad can't hear the grandchildren any more, needs hearing aids | a | - | M | HS |
Chlamydia test and confidential advice for 17yo | yp | 17 | - | PH |
Vaccination catch up for children who just arrived from Syria | c | - | - | PH |
Teenager wants to get the HPV vaccine, missed it at school | yp | - | - | PH |
Whole family has TB screening letter and are scared | fam | - | - | PH |
Parent carer forum or group for SEND families | p | - | - | SENDG |
Dad of a disabled child wants to meet other dads in the same boat | f | - | M | SENDG |
Support group for parents of children with rare conditions | p | - | - | SENDG OTHER |
Parents of 6yo with Down syndrome want a Makaton group | p | 6 | - | SENDG SLCN | downs dx
SEND support group for parents whose children are awaiting an autism diagnosis | p | - | - | SENDG ASD | autism nodx

Mum from Afghanistan, recently resettled, isolated with 4 children | m | - | F | MH ITFS |
Asylum seeking family in hotel, children have no activities | fam | - | - | ACT MONEY |
Ukrainian mum and 2 kids living with host family, need school places and English classes | m | - | F | ITFS |
Gypsy Traveller family, children not attending school, mum wants help | fam | - | - | ITFS PAR |
Forces family, dad deployed, mum struggling with 3 kids on her own | m | - | F | PAR MH |
Dad recently left the armed forces and finding civvy life hard | f | - | M | MH MONEY |
Care leaver mum 19 with first baby, no family support | m | 0 | F | PAR PBT |
Young parents (both 17) living with her parents, need support | cp | - | - | PAR MAT |
Parents in their 50s raising a late baby, isolated | cp | 0 | - | PBT |
Whole family struggling after house fire, lost everything | fam | - | - | MONEY MH |
Family just moved to the area after fleeing DV, kids need school places | fam | - | - | DA ITFS | harmed da
Couple want relationship support before the baby arrives | cp | - | - | RPC MAT |
Lesbian couple with newborn, looking for an inclusive baby group | cp | 0 | - | PBT |
Dad with a prison sentence coming up, wants to support his kids while he's away | f | - | M | PAR |
Children of a parent in prison, 6 and 10, struggling | c | - | - | SEMH |
Mum was in care herself and wants help to break the cycle | m | - | F | PAR |
Adult son (20) with autism still living at home, parents exhausted | a | - | M | RESP | autism dx
Grandparent carers want to find a kinship group | a | - | - | PAR |
Lonely, no friends, just had a baby | p | 0 | - | PBT PMH |
Need to meet other mums, feel so alone | m | - | F | PBT MH |
Older dad isolated since wife died, 2 teenagers | f | - | M | MH |
""")

# ---------------------------------------------------------------- needs: longer case-note style entries
NEED_BLOCKS.append(r"""
Referral closed NFA following C&F assessment. Mum (32) reports she has been feeling very low since the birth of her second child 4 months ago, no thoughts of self harm, supportive partner, would like perinatal support | m | 0 | F | PMH HV | perinatal
Dad called the hub today, he said his wife has been hitting and scratching him for about a year, mostly when the kids are in bed, he does not want her arrested but wants advice and someone to talk to | f | - | M | DA | harmed da home
School referral: 13yo girl attendance dropped to 55% this term, says she feels sick every morning, no bullying disclosed, mum works nights and is finding it hard to get her in | yp | 13 | F | SEMH PAR |
Following a police DA notification, assessment found parents are arguing frequently about money and dad's hours, both were seen separately and both deny any violence or control, no previous callouts | cp | - | - | RPC DEBT | conflict
Family of five recently arrived from Sudan via the resettlement scheme, living in a hotel, children not yet in school, mum pregnant and not registered with a GP or midwife | fam | - | - | ITFS MAT |
Mum says her 15 year old son has become really aggressive lately, he has pushed her into the kitchen counter and punched holes in the doors, she is frightened and does not want him to get a criminal record | yp | 15 | M | DA PAR TYS | causes da home
Nan has had the children since mum went into rehab in January, she is 71, struggling with the school run and money, and the 4yo is waiting for a speech therapy appointment | a | 4 | F | PAR MONEY SLCN | speech
i'm a single dad with a 7 year old who has just been diagnosed with autism and i honestly don't know where to start, is there a group where i can meet other parents going through the same thing | f | 7 | M | ASD SENDG | autism dx
CIN closure summary: mother has engaged well, perpetrator has moved out of area and there has been no contact for 8 months, children (6 and 9) still anxious at night and would benefit from a DA recovery group | c | - | - | DA SEMH | witnessed da
Young person (17) care leaver living in supported accommodation, 20 weeks pregnant, not attending antenatal appointments, smoking, worried about money and wants to know about baby groups | yp | 17 | F | MAT SMOKE PBT |
HV notes: baby 7 months, weight dropping across centiles, mum exclusively breastfeeding and reluctant to start solids, no other concerns, home environment good, mum open to feeding support | c | 0 | - | FEED NUT HV |
Parents both work, 10yo has ADHD diagnosed last year and has been asked to leave two after school clubs because of his behaviour, they need childcare that can manage his needs | c | 10 | M | BASC | adhd dx
""")


# ---------------------------------------------------------------- listings: domestic abuse services
LISTING_BLOCKS.append(r"""
Survivors and their children can self-refer. | so
This programme is for people who have used abusive behaviour towards a partner and want to change. | hp
For men who have been abusive or controlling towards a partner or ex-partner. | hp aud:male
We also run a separate group for partners of men on the programme. | hp
This is not a perpetrator programme. |
The Freedom Programme is a 12 week course for women who have experienced domestic abuse. | so aud:female
Our refuge provides safe, confidential accommodation for women and children fleeing domestic abuse. | so aud:female
We support anyone aged 16 or over who is experiencing or has experienced domestic abuse. | so
Our IDVAs work with high-risk victims of domestic abuse referred through MARAC. | so
Caring Dads is a 17 week group programme for fathers who have been abusive, neglectful or emotionally harmful to their children or their children's mother. | hp aud:male
The course helps participants recognise controlling behaviour, take responsibility for it and build respectful relationships. | hp
Referrals are accepted for men who have been violent towards a partner, whether or not they have been convicted. | hp aud:male
Partners and ex-partners of men attending the programme are offered support from a dedicated women's safety worker. | hp
We offer one-to-one support to male victims of domestic abuse. | so aud:male
This group is for dads who have experienced abuse from a partner or ex-partner. | so aud:male
Children aged 5 to 11 who have lived with domestic abuse can attend our 10 week recovery group. | so
Mums and children who have left an abusive relationship attend together for the first and last sessions. | so aud:female
The service is for women who are using or have used violence in their relationships and want to stop. | hp aud:female
We work with young people aged 10 to 17 who are violent or aggressive towards their parents or carers, alongside their families. | hp
Who's in Charge? is a 9 week course for parents and carers whose child is violent or abusive towards them. | so
Our helpline is open to anyone who is worried about their own behaviour towards a partner. | hp
Whether you are experiencing abuse, are worried about a friend or are concerned about your own behaviour, you can call us. |
We support anyone affected by domestic abuse, including people who have caused harm and want to change. |
Support is available to all victims and survivors regardless of gender, sexuality or immigration status. | so
The group is only open to women who have been subjected to domestic abuse and is not suitable for anyone who has used abusive behaviour. | so aud:female
Places on the programme are offered following an assessment of the man's motivation to change and the risk he poses. | hp aud:male
Please note this course is for survivors only. | so
If you are using abusive behaviour towards your partner, please contact our Respect-accredited programme instead of this service. | so
Our Domestic Abuse Perpetrator Programme runs on Tuesday evenings at the Civic Centre. | hp
Integrated support for partners runs alongside the behaviour change programme. | hp
We run healthy relationships sessions for teenagers in schools. |
Young people aged 13 to 19 who are experiencing abuse in their own relationships can get support from our young person's IDVA. | so
For young people who have shown harmful or controlling behaviour in their relationships. | hp
The Sanctuary Scheme helps victims of domestic abuse stay safely in their own home by fitting extra security. | so
Outreach workers support women and men living in the community who are experiencing domestic abuse. | so
We provide specialist support to LGBT+ survivors of domestic abuse. | so
Our service supports women from Black and minoritised communities who have experienced domestic abuse, forced marriage or honour-based abuse. | so aud:female
Counselling is offered to adults who have experienced domestic abuse once they are no longer in the relationship. | so ex:home
We can only work with survivors who are no longer living with the person causing harm. | so ex:home
The programme is for fathers who want to improve their relationship with their children. | aud:male
Referrals from social workers, probation and self-referrals from men concerned about their behaviour are welcome. | hp aud:male
The course is not suitable for men who deny using any abusive behaviour. | hp aud:male
Anyone who has been harmed by a family member, including older people and adults abused by their children, can contact the team. | so
The Step Up programme works with families where a young person uses violence in the home. | hp
Children and young people who have witnessed domestic abuse can access play therapy. | so
Our women's group offers peer support for mothers rebuilding their lives after abuse. | so aud:female
We offer a safe space for anyone experiencing abuse at home. | so
The Drive project works with high-harm perpetrators of domestic abuse to reduce the risk they pose. | hp
We do not offer a perpetrator programme but can signpost to one. |
This is a behaviour change programme and participants must attend all 26 sessions. | hp
The partner support worker will contact the current or former partner of each man on the programme. | hp aud:male
Women who have experienced domestic abuse and their children can access our drop-in on Wednesdays. | so aud:female
Support for mums who have experienced domestic abuse and are pregnant or have a baby under one. | so aud:female
Pattern Changing is a course for women survivors that looks at patterns of abusive relationships. | so aud:female
Men who have been victims of domestic abuse can also access our helpline. | so
We welcome referrals for men and women who have experienced abuse from a partner. | so
Our accommodation is for families fleeing domestic abuse and is at a confidential address. | so
The programme is open to anyone aged 18 or over who has used violent, abusive or controlling behaviour in a relationship. | hp
This is a voluntary programme for people who recognise they have behaved abusively and are motivated to change. | hp
Separate groups are run for men and women who use abuse. | hp
We support people who are being harmed and people who want to stop harming. |
Our one-to-one service works with parents who use abuse, and their families are offered support by a separate worker. | hp
The project provides emotional support to children and young people who have been affected by domestic abuse at home. | so
Parents who have experienced domestic abuse can join the group with their children aged 4 to 12. | so
This recovery programme is for survivors, and the person who caused harm must not be aware of their attendance. | so
""")

# ---------------------------------------------------------------- listings: exclusions and near misses
LISTING_BLOCKS.append(r"""
This course is not suitable where there is domestic abuse in the relationship. | ex:da
We cannot work with couples where one partner is still at risk from the other. | ex:da
Not for people currently using drugs or alcohol. | ex:sub
Reducing parental conflict support is not appropriate where there is domestic abuse; please contact the domestic abuse service instead. | ex:da
Couples are screened for domestic abuse before starting and the programme will not go ahead if abuse is identified. | ex:da
Mediation is not suitable if there has been domestic abuse or if either parent is afraid of the other. | ex:da
Participants must be free from drugs and alcohol for the duration of the course. | ex:sub
Parents who are actively using substances should speak to the drug and alcohol service first. | ex:sub
We are unable to accept referrals where there is current substance misuse. | ex:sub
Families where the person causing harm still lives in the home should be referred to the MASH rather than to this service. | ex:home
The group is held at a confidential location so we cannot accept families who are still living with the abuser. | ex:home
Because the sessions involve both parents, this programme is not offered where there are concerns about domestic abuse. | ex:da
This service is not a substitute for specialist domestic abuse support and cannot be used where abuse is ongoing. | ex:da
Alcohol is not permitted on the premises. |
If you are worried about your drinking, our staff can talk to you in confidence. |
We can help parents who use drugs or alcohol to make changes at their own pace. |
We support families affected by someone else's drinking or drug use. |
We support families affected by domestic abuse. |
Our parenting course is open to all parents, including those who have experienced domestic abuse. |
Attending under the influence of alcohol or drugs will mean you are asked to leave the session. |
Joint sessions will not be offered if either parent discloses abuse; individual support can be offered instead. | ex:da
Please tell us about any safety concerns so we can plan the support safely. |
The relationship course is designed for couples who argue and want to communicate better; it is not designed for relationships where one person is frightened of the other. | ex:da
We screen every referral for domestic abuse risk. |
Children and families where there is ongoing domestic abuse will be supported by the specialist team instead. | ex:da
The programme cannot be delivered in homes where a perpetrator of domestic abuse is living. | ex:home
Referrals cannot be accepted if a parent is currently dependent on drugs or alcohol. | ex:sub
Our volunteers visit families at home, so we can't visit where there is a risk from someone living in the house. | ex:home
Parents in early recovery are welcome. |
Dads who are drinking too much can come along and talk to us. |
Suitable for couples who are together or separated, as long as there is no domestic abuse. | ex:da
You do not need to have a social worker or an early help plan to join. |
We cannot offer joint mediation where there has been domestic abuse, but we can offer shuttle mediation. | ex:da
Families where a parent is using drugs may still attend with a plan agreed with their worker. |
This group is not appropriate for anyone currently misusing substances or alcohol. | ex:sub
Sessions are unsuitable for families where domestic violence is a current issue. | ex:da
Residential placements require residents to be abstinent from alcohol and illicit drugs. | ex:sub
We offer home visits unless the person causing harm is still in the property, in which case we meet somewhere safe. |
Our parenting programme welcomes parents from all backgrounds and circumstances. |
We are not a crisis service and cannot respond to emergencies. |
This is not an emergency service; if a child is in immediate danger call 999. |
The service is not able to support families where there is active drug use in the household. | ex:sub
Where domestic abuse is disclosed during the programme, sessions are paused and a safety assessment is carried out. | ex:da
Drug and alcohol users are not excluded from our services. |
""")

# ---------------------------------------------------------------- listings: audience
LISTING_BLOCKS.append(r"""
We welcome mums, dads and carers. |
Open to everyone. |
For pregnant women and new mums. | aud:female
Dads-only group. | aud:male
A group for teenage girls. | aud:girls
A weekly stay and play for dads, grandads and male carers with children under five. | aud:male
Our mums' walking group meets every Thursday in the park. | aud:female
This is a women-only space. | aud:female
The session is open to all parents and carers, whatever their gender. |
Boys aged 11 to 16 can join our Tuesday mentoring group. | aud:boys
Girls aged 10 to 14 only. | aud:girls
A friendly group for mothers with babies under one. | aud:female
Men's Shed is open to men of all ages who want to meet others and learn new skills. | aud:male
The dads' club runs on Saturday mornings so working fathers can come along with their children. | aud:male
Mums, dads, grandparents and other carers are all very welcome. |
The course is for fathers and father figures. | aud:male
We run separate groups for young women and young men. |
Everyone is welcome, including families with children with additional needs. |
This group is designed for women who are pregnant or have recently given birth. | aud:female
A confidence and self-esteem programme for girls in Years 8 and 9. | aud:girls
Our football sessions are for boys aged 7 to 12. | aud:boys
Girls-only football for ages 8 to 14, no experience needed. | aud:girls
A safe space for young women aged 16 to 25. | aud:female
Dad and baby massage is led by a male practitioner and is just for dads. | aud:male
Our mum and baby yoga class is suitable from six weeks after the birth. | aud:female
Parents of either gender are welcome. |
The group was set up by mums but dads are welcome too. |
Grandmothers and female kinship carers are welcome at the mums' group. | aud:female
Single fathers can get one-to-one support from a dads' worker. | aud:male
The project works with young men aged 14 to 19 at risk of exclusion. | aud:boys
A peer support group for boys and young men who have been bereaved. | aud:boys
Ladies-only swimming sessions run on Sunday evenings. | aud:female
Dads and male carers of children with SEND meet monthly for a coffee and a chat. | aud:male cond:disability
The sessions are open to mothers and fathers with babies under six months. |
For women, whether or not they have children. | aud:female
We run a boys' group and a girls' group on different evenings. |
This drop-in is for anyone who is pregnant, and their birth partner. |
Mums-to-be and their partners can attend the antenatal course together. |
Families of all shapes and sizes are welcome. |
A youth club for girls and young women aged 11 to 18. | aud:girls
Men who are about to become dads can join the pre-birth session. | aud:male
Our young dads' worker supports fathers aged 16 to 25. | aud:male grp:young_parents
A teenage mums' group for young women under 20 who are pregnant or have a baby. | aud:female grp:young_parents
This boys' boxing club is for ages 10 to 15. | aud:boys
Although the group is mainly attended by mums, we welcome dads. |
Open to all young people aged 11 to 19. |
A breastfeeding support group for mums and anyone supporting them. |
""")

# ---------------------------------------------------------------- listings: conditions and diagnosis
LISTING_BLOCKS.append(r"""
For parents of children with a diagnosis of autism. | cond:autism dx:req
No diagnosis needed; families on the waiting list are welcome. | dx:not
For families whose child has ADHD or is awaiting assessment. | cond:adhd dx:not
Cygnet is a course for parents and carers of children aged 5 to 18 with a diagnosis of autism. | cond:autism dx:req
EarlyBird is for parents of pre-school children who have received an autism diagnosis. | cond:autism dx:req
Parents whose child is on the autism assessment pathway, or who have concerns about autism, can attend. | cond:autism dx:not
You do not need a diagnosis to access our support. | dx:not
A formal diagnosis is required before we can accept a referral. | dx:req
Our autism drop-in is open to families before, during and after diagnosis. | cond:autism dx:not
This group supports parents of children with ADHD. | cond:adhd
Children must have a confirmed diagnosis of ADHD from a paediatrician or CAMHS. | cond:adhd dx:req
If you think your child might have ADHD, our post-referral support sessions can help while you wait. | cond:adhd dx:not
A friendly social group for autistic teenagers aged 13 to 18. | cond:autism
Support for families of children with Down syndrome from birth to 19. | cond:downs_syndrome
New parents whose baby has Down syndrome are offered a home visit from a trained parent supporter. | cond:downs_syndrome
Our teachers of the deaf support children with a hearing loss from diagnosis to age 25. | cond:hearing_impairment dx:req
For deaf children and their families; a diagnosis of permanent hearing loss is needed. | cond:hearing_impairment dx:req
Children with any level of hearing loss, including glue ear, are welcome at the deaf children's club. | cond:hearing_impairment
The service supports children and young people who are blind or partially sighted. | cond:visual_impairment
Children must be registered as sight impaired or severely sight impaired. | cond:visual_impairment dx:req
Our habilitation specialists work with children with a visual impairment and their families. | cond:visual_impairment
A support group for parents and carers of young people with an eating disorder. | cond:eating_disorder
Carers of someone with anorexia, bulimia or binge eating disorder can join, whether or not the person has a formal diagnosis. | cond:eating_disorder dx:not
Young people must be under the care of the community eating disorder service to be referred. | cond:eating_disorder dx:req
Support for families caring for a child with FASD or suspected FASD. | cond:fasd dx:not
The FASD support network is open to parents, foster carers and adopters of children with a diagnosis of fetal alcohol spectrum disorder. | cond:fasd dx:req
The youth club is for young people with a learning disability aged 11 to 25. | cond:learning_disability
Our short breaks are for children with severe or profound and multiple learning disabilities. | cond:learning_disability
Young people with a moderate learning disability who want to build independence skills can attend. | cond:learning_disability
Open to children with any special educational need or disability, with or without an EHCP. | cond:disability
An EHCP is not required. |
Children need to have an Education, Health and Care Plan to access this provision. |
Families of children with additional needs are welcome; no diagnosis necessary. | dx:not
The group is for families of children with social communication difficulties, including those awaiting an autism assessment. | cond:autism dx:not
Parents of children with a suspected or confirmed diagnosis of ADHD are welcome to attend. | cond:adhd dx:not
Autism-friendly cinema screenings are open to everyone. |
Staff have had autism awareness training and the session is sensory-friendly. |
Our holiday club is inclusive and welcomes children with and without additional needs. |
The service is for children with a diagnosed neurodevelopmental condition such as autism or ADHD. | dx:req
Referrals are accepted for young people with a diagnosis of autism who are aged 16 to 25. | cond:autism dx:req
Children who are awaiting an ADHD assessment can be referred by their school. | cond:adhd dx:not
The sessions are designed for adults with learning disabilities who are parents. | cond:learning_disability
Easy read information is available. |
Help for deaf parents of hearing children. | cond:hearing_impairment
We offer Makaton signing sessions for families of children with Down syndrome and other communication needs. | cond:downs_syndrome
The deafblind service supports children with a combined sight and hearing loss. |
You can refer yourself if you are worried about your child's eating; a diagnosis is not needed. | cond:eating_disorder dx:not
Places are prioritised for children with a confirmed autism diagnosis and an EHCP. | cond:autism
Please note we are unable to support children who do not yet have a diagnosis. | dx:req
Parents of autistic children, with or without a formal diagnosis, meet every second Monday. | cond:autism dx:not
The ADHD Parent Programme is offered to parents once their child has been diagnosed. | cond:adhd dx:req
Young people with ADHD traits are welcome. | cond:adhd dx:not
Sessions are open to families of children with sensory impairments, including hearing and visual impairment. |
We support parents whose children have a learning disability, autism or both. |
For visually impaired young people aged 8 to 18 who want to try new sports. | cond:visual_impairment
This club is for children who are deaf or have a hearing loss and their hearing siblings. | cond:hearing_impairment
Children with Down syndrome aged 0 to 5 and their parents can join the early development group. | cond:downs_syndrome
A dietitian-led service for children with ARFID or other eating disorders referred by CAMHS. | cond:eating_disorder dx:req
Foster carers of children affected by prenatal alcohol exposure are welcome at the FASD group. | cond:fasd
Waiting for a diagnosis? You can still come. | dx:not
Our service is only for children with a diagnosed learning disability. | cond:learning_disability dx:req
The sensory room can be booked by any family. |
Support for children with Down's syndrome and their siblings. | cond:downs_syndrome
A parent support group for those caring for children with autism, ADHD and related conditions, with or without diagnosis. | dx:not
""")

# ---------------------------------------------------------------- listings: restricted groups
LISTING_BLOCKS.append(r"""
For people seeking asylum and refugees. | grp:asylum_refugee
For parents under 25. | grp:young_parents
For people in recovery from drug or alcohol use. | grp:recovery
For families entitled to free school meals. | grp:free_school_meals
For parents whose baby has died. | grp:bereaved_parents
The Holiday Activities and Food programme offers free places to children who receive benefits-related free school meals. | grp:free_school_meals
Free places are available for children eligible for free school meals; other families can book a paid place. |
Everyone is welcome, including refugees and people seeking asylum. |
Our drop-in offers advice and English practice to refugees and asylum seekers living in the borough. | grp:asylum_refugee
A women's group for refugee and asylum-seeking mothers with young children. | aud:female grp:asylum_refugee
Families living in contingency hotels while their asylum claim is decided can attend the play sessions. | grp:asylum_refugee
The group is for young parents aged 16 to 24 and their children. | grp:young_parents
Young parents are especially welcome. |
Teenage parents under 20 can get support from our specialist midwife. | grp:young_parents
The Family Nurse Partnership is for first-time mums aged 19 or under. | aud:female grp:young_parents
A peer support group for parents in recovery from addiction. | grp:recovery
Members must be in recovery and committed to abstinence. | grp:recovery ex:sub
This group is for people who have completed treatment and want to stay well. | grp:recovery
Support for parents and carers affected by a loved one's drug use. |
A support group for parents who have lost a baby through stillbirth or neonatal death. | grp:bereaved_parents
For mums and dads whose child has died, at any age and from any cause. | grp:bereaved_parents
Our bereavement service supports children and young people who have lost a parent or sibling. |
The sessions are open to anyone who has experienced pregnancy loss or the death of a baby. | grp:bereaved_parents
Support for grandparents and other family members raising a child who cannot live with their parents. | grp:kinship_carers
A group for kinship carers, including special guardians and family and friends foster carers. | grp:kinship_carers
Grandparents are welcome to bring grandchildren they look after. |
Open to families of serving personnel and veterans. | grp:armed_forces
A coffee morning for armed forces families at the garrison. | grp:armed_forces
The service supports children whose parent is serving in the Army, Navy or RAF. | grp:armed_forces
We support care leavers aged 18 to 25 with housing, money and training. | grp:care_leavers
This group is for young people who have left care. | grp:care_leavers
Care-experienced young parents can get extra help from their personal adviser. | grp:care_leavers
Young carers aged 8 to 18 can join our clubs and trips. | grp:young_carers
The young carers' service supports children who look after a family member who is ill, disabled or misuses substances. | grp:young_carers
Young adult carers aged 16 to 25 can access one-to-one support. | grp:young_carers
Carers of all ages are welcome at our monthly carers' café. |
A support group for adults caring for a family member. |
Children who help look after someone at home can be referred by school. | grp:young_carers
We work with refugee families who have been granted leave to remain and are settling into the area. | grp:asylum_refugee
Young people aged 16 to 25 who are pregnant or parenting can access the young parents' hub. | grp:young_parents
Dads under 25 can join our young fathers' project. | aud:male grp:young_parents
Eligibility: children in receipt of benefits-related free school meals, aged 5 to 16. | grp:free_school_meals
Priority is given to families on a low income, but everyone can apply. |
Places are free for families receiving Universal Credit, and low cost for everyone else. |
Only families with a child who receives free school meals can book. | grp:free_school_meals
Forces children's club for children of military families aged 5 to 11. | grp:armed_forces
Veterans and their families can get free mental health support. | grp:armed_forces
This project is for people recovering from alcohol dependency who are parents. | grp:recovery
Our support is for bereaved parents, whatever the age of your child when they died. | grp:bereaved_parents
We support anyone who is grieving. |
Special guardians raising a relative's child can get advice on allowances and support. | grp:kinship_carers
Ex-service personnel and their partners are welcome. |
The project supports unaccompanied asylum-seeking children and young refugees aged 14 to 21. | grp:asylum_refugee
The nursery offers funded places to eligible two-year-olds. |
Care leavers are a priority group but anyone can apply. |
Young carers aged 11 to 17 meet on Wednesday evenings at the youth centre. | grp:young_carers
Bereaved parents support group: for parents who have lost a child to suicide. | grp:bereaved_parents
""")

# ---------------------------------------------------------------- listings: language
LISTING_BLOCKS.append(r"""
Sessions are held in Polish. | lang:pl
An interpreter can be arranged. | interp
The group is run entirely in Arabic by Arabic-speaking volunteers. | lang:ar
Stay and play for Bengali-speaking families, delivered in Bengali. | lang:bn
We can provide interpreters for any language, including British Sign Language. | interp
This course is delivered in English. |
Sessions are run in English; interpreters can be booked if you let us know a week in advance. | interp
Our staff speak Urdu, Punjabi and Bengali. |
A Romanian-language parenting group for families new to the UK. | lang:ro
Sessions are delivered in Ukrainian with some English practice at the end. | lang:uk
A Somali women's group, held in Somali. | aud:female lang:so
Information is available in other languages on request. |
Free telephone interpreting is available for all appointments. | interp
The course is available in Urdu. | lang:ur
BSL interpreters are provided at every session. | interp
The Portuguese-speaking mums' group meets on Fridays. | aud:female lang:pt
All our courses are taught in Spanish. | lang:es
We use LanguageLine so that families can talk to us in their own language. | interp
The Polish Saturday school is for children of Polish-speaking families. | lang:pl
Parenting sessions in Turkish and Kurdish on alternate weeks. |
Sessions are delivered in Lithuanian by a Lithuanian-speaking family worker. | lang:lt
Please let us know if you need an interpreter and we will arrange one. | interp
Leaflets are available in Polish, Urdu and Romanian. |
This group is for Farsi-speaking mothers and is run in Farsi. | aud:female lang:fa
Our bilingual workers can support families in English and Gujarati. |
The course is run in Pashto and Dari for Afghan families. | lang:ps
Delivered in Tigrinya with an Eritrean community worker. | lang:ti
A Russian-speaking parent and toddler group. | lang:ru
Mandarin-language parenting workshops for Chinese families. | lang:zh
The session is in English, and it is a great place to practise speaking English. |
We are sorry but we cannot provide interpreters for group sessions. |
Interpreters are available for one-to-one appointments but not for group sessions. | interp
Sessions in Punjabi for grandparents who care for grandchildren. | lang:pa
Everything is explained in plain English and we can arrange a Polish, Romanian or Arabic interpreter. | interp
Held in Albanian. | lang:sq
An Arabic interpreter attends every week. | interp
This group runs in English with Arabic interpretation. | interp
The Bulgarian community group is delivered in Bulgarian and offers advice on housing and work. | lang:bg
If English is not your first language, we can book an interpreter at no cost to you. | interp
The course is delivered in Tamil for Tamil-speaking parents. | lang:ta
Our ESOL classes teach English to adults from all backgrounds. |
A French-speaking group for families from West and Central Africa. | lang:fr
Sessions are held in Hungarian. | lang:hu
Translation of letters is not available. |
Our health visitors can use a telephone interpreter during home visits. | interp
We welcome families who speak any language. |
The Hindi story time is run by a Hindi-speaking volunteer and is only in Hindi. | lang:hi
Bengali and Sylheti-speaking families are supported by our community link worker. |
""")

# ---------------------------------------------------------------- listings: closed or open
LISTING_BLOCKS.append(r"""
The group is paused until further notice. | closed
We are not currently taking new referrals. | closed
Temporarily closed for refurbishment. | closed
Now open again after the summer. |
Closed on bank holidays. |
Closed in August. |
This service has ended. | closed
Due to funding cuts, the project closed in March and is no longer accepting referrals. | closed
The waiting list is currently closed. | closed
Our waiting list is currently around 12 weeks. |
Referrals are open. |
We are open Monday to Friday, 9am to 5pm, except bank holidays. |
Sessions are suspended while we recruit a new facilitator. | closed
The stay and play is not running this term. | closed
The group will restart in September. | closed
We have reopened following the building works. |
The course is fully booked for this term, but you can join the waiting list for the next one. |
Unfortunately the service is closed to new referrals due to high demand. | closed
The centre is closed during school holidays. |
Please note the drop-in is cancelled this week. |
This session has been discontinued. | closed
Due to staff sickness the group is on hold. | closed
The club runs in term time only. |
New referrals are welcome again from 1 April. |
We have paused all face-to-face groups, but telephone support continues. | closed
The helpline is open 24 hours a day, 365 days a year. |
Open as normal over half term. |
The service no longer operates in this area. | closed
The café has moved to a new venue and is open as usual. |
Applications for this year's places have now closed. | closed
The building is closed on Sundays. |
This listing is out of date; the group no longer meets. | closed
Referrals will reopen in January. | closed
Back from 6 January after the Christmas break. |
The clinic is temporarily suspended. | closed
Sessions will not run in the summer holidays but restart in September. |
We are currently operating a reduced service and are only accepting urgent referrals. |
The group has now finished. | closed
Services continue as normal. |
The programme is closed for the winter and will resume in spring. | closed
The library is closed for refurbishment; sessions have moved to the community centre. |
Not accepting new families at this time. | closed
The baby clinic is closed on the first Monday of each month for staff training. |
We're back! Sessions have restarted after a break. |
Due to the pandemic this group was suspended and has not restarted. | closed
Funding has been secured and the project will continue until 2027. |
Capacity is currently full and we cannot accept any new referrals until further notice. | closed
""")

# ---------------------------------------------------------------- listings: long sentences with the key fact in the middle
LISTING_BLOCKS.append(r"""
Every Tuesday in term time we meet at St Mark's Church Hall where, because this is a women-only group, mums and female carers can relax, chat and let the little ones play. | aud:female
The course, which runs for ten weeks and is only open to men who have used abusive behaviour in a relationship, helps participants understand the impact of their actions on partners and children. | hp aud:male
Families can self-refer by phone or email and, as we are unable to accept families where someone is currently using drugs or alcohol, we will ask a few questions about this at referral. | ex:sub
Our friendly team offers advice on benefits, debts and housing, and with interpreters available in over 100 languages nobody should be put off by language. | interp
The group meets at the family hub and, although it was set up for parents of children with a confirmed autism diagnosis, it now welcomes families who are still waiting for an assessment. | cond:autism dx:not
Based in Leyton, the project supports women and their children who have survived domestic abuse with advocacy, counselling and group work, and cannot accept referrals for anyone who has used abuse. | so aud:female
Held in the upstairs room of the library, this Polish-language baby rhyme time runs on Wednesday mornings and is completely free. | lang:pl
The free holiday club, which is funded by the HAF programme and only open to children eligible for benefits-related free school meals, includes a hot lunch every day. | grp:free_school_meals
Sessions take place at the Oak Tree Centre and, because joint work with both parents is involved, are not offered where there has been any domestic abuse, though individual support is still available. | ex:da
Our family workers visit you at home, usually weekly, and although we normally accept referrals from any professional, we are currently closed to new referrals while we reduce our waiting list. | closed
Run by experienced volunteers who have lost children themselves, the group offers a safe space for bereaved parents to share memories and support each other. | grp:bereaved_parents
The course is open to all parents of teenagers, and sessions are run in English with an interpreter available if you need one, so just let us know when you book. | interp
This is a small, friendly club where girls aged 11 to 14 can try climbing, kayaking and other outdoor activities with female youth workers. | aud:girls
We support young people aged 11 to 18 who have experienced domestic abuse in their own relationships, offering one-to-one sessions at school or in the community. | so
The drop-in, which was paused during the building works, has now reopened and runs every Thursday from 10am to midday. |
Places on the parenting course are limited and, because the course is designed for dads only, mums can be signposted to our Wednesday group instead. | aud:male
If you are a kinship carer looking after a grandchild, niece, nephew or sibling, our monthly support group gives you time with others in the same situation. | grp:kinship_carers
Our specialist worker supports young people aged 16 to 25 who have left care, helping with tenancies, budgeting and training. | grp:care_leavers
Each family is allocated a key worker who will complete an early help assessment with you and, unless there are safeguarding concerns, the support is entirely voluntary. |
The service, which works with fathers who recognise that their behaviour has caused harm to their partner and children, is delivered in groups of up to ten men. | hp aud:male
Parents can drop in without an appointment, and staff will help you apply for Universal Credit, council tax support and discretionary housing payments. |
Running alongside the main group, the siblings' club gives brothers and sisters of disabled children some time of their own. |
The Farsi and Dari speaking women's group, which is delivered entirely in Farsi, supports refugee mothers with isolation, health and parenting. | aud:female lang:fa grp:asylum_refugee
For anyone who has been affected by a family member's drinking, this peer support group offers a confidential space to talk. |
Our team of health visitors, nursery nurses and breastfeeding peer supporters offer a weekly drop-in where you can get your baby weighed and ask questions. |
Because the group is run by and for people in recovery from alcohol and drug addiction, members are asked not to attend if they have used that day. | grp:recovery ex:sub
The play sessions, which are open to any family with children under five, will not run during August but restart in the first week of September. |
We offer one-to-one coaching to help parents back into work, and although the project mainly works with mums, dads are equally welcome. |
Young women aged 13 to 19 who are pregnant or have a baby can join our weekly group, which includes a free lunch and a crèche. | aud:female grp:young_parents
The youth club is open to all young people aged 11 to 19, but on Friday nights we run a session just for boys. |
Following a review of the service, referrals have been suspended and existing families will continue to be supported until the end of the year. | closed
The deaf children's society runs family weekends for children with a permanent hearing loss and their parents, siblings and grandparents. | cond:hearing_impairment
A lot of the families we work with have experienced domestic abuse, and our workers are trained to support survivors as part of our general family support. |
The service is for children and young people up to age 18 who are blind or partially sighted, with or without other disabilities. | cond:visual_impairment
For separated parents, the course explains how conflict affects children and, as it is not suitable where there is a history of domestic abuse, a screening call is made first. | ex:da
This relaxed swimming session, which is for autistic children and their families, has quieter changing rooms and no music. | cond:autism
""")

# ---------------------------------------------------------------- listings: general descriptions, eligibility and referral routes
LISTING_BLOCKS.append(r"""
Referrals can be made by any professional using the online early help form. |
Self-referrals are welcome. |
Families can refer themselves by calling the Family Hub on 0300 123 4567. |
A referral from your GP or health visitor is needed. |
Please complete the request for support form and email it to the team. |
Referrals must come through the Front Door/MASH. |
No referral needed, just turn up. |
This is a free service. |
There is a small charge of £2 per session, but no one will be turned away for lack of funds. |
Booking is essential as places are limited. |
Please book through Eventbrite. |
Drop in, no need to book. |
Suitable for children aged 0 to 5 and their parents or carers. |
For children aged 8 to 12. |
Open to young people aged 11 to 19, or up to 25 with SEND. |
Parents must stay with their children at all times. |
Children must be accompanied by an adult. |
Free tea, coffee and toast for parents. |
Wheelchair accessible with a lift to all floors. |
Free parking is available at the rear of the building. |
The venue is on the number 12 and 25 bus routes. |
We cover the whole of the borough. |
Only families living in the borough can be referred. |
Families must live in a Sure Start area or be registered with a local GP. |
The service covers Hackney and the City of London. |
Support is provided over the phone, online or face to face. |
Sessions run every Wednesday from 1pm to 2.30pm during term time. |
The course runs for 8 weeks and each session lasts two hours. |
A crèche is available for children under five while parents attend. |
Lunch is provided. |
Transport can be provided for families who live in rural areas. |
Our minibus can collect families who have no other way of getting to the centre. |
Dial-a-Ride is a door-to-door transport service for people who cannot use public transport. |
The community car scheme takes people to medical appointments for a small mileage charge. |
Volunteer drivers can help families get to hospital appointments. |
We offer practical and emotional support to families with children aged 0 to 19. |
Our family support workers help with routines, boundaries, school attendance and managing behaviour. |
Intensive support for families with multiple and complex needs, working with the whole family. |
Targeted youth workers support young people at risk of exclusion, exploitation or offending. |
The Youth Justice Service works with children aged 10 to 17 who have offended or are at risk of offending. |
Our prevention team works with young people who have received a community resolution or out of court disposal. |
Detached youth workers meet young people in parks and on the streets. |
We help young people aged 16 to 18 who are not in education, employment or training. |
The project supports young people at risk of criminal exploitation and county lines. |
A mentoring scheme matching young people with trained volunteer mentors. |
We support children and young people who are being bullied, online or offline. |
Anti-bullying workshops are delivered in primary and secondary schools. |
Parents can get advice on keeping children safe online and dealing with cyberbullying. |
Free, confidential debt advice from trained advisers. |
We can help with benefit checks, form filling and appeals. |
The food bank provides emergency food parcels to people referred by a professional. |
You need a food bank voucher from a referral agency. |
The community pantry is open to anyone living locally for a £5 weekly membership. |
Help with energy bills, including fuel vouchers and advice on switching to a better tariff. |
The Household Support Fund can help with food, energy and essential items. |
Our housing advice team can help if you are homeless or at risk of losing your home. |
Help with rent arrears, section 21 notices and disrepair. |
Employment support for parents, including CV writing, interview practice and help finding childcare. |
The school uniform exchange gives away pre-loved uniform for free. |
Our baby bank provides clothes, cots, prams and equipment to families in need, through referral from a professional. |
Parenting courses for parents and carers of children of all ages, including Incredible Years, Triple P and Solihull. |
The Solihull Approach course helps parents understand their child's feelings and behaviour. |
Tips and support for parents of teenagers, including managing conflict and setting boundaries. |
One-to-one parenting support at home from a trained family practitioner. |
A course for parents whose relationship is under strain, with sessions on communication and managing arguments. |
The Reducing Parental Conflict programme helps parents who argue a lot, whether together or separated. |
Support for couples who want to improve their relationship for the sake of their children. |
Free relationship counselling for parents living in the county. |
Help for separated parents to agree arrangements for their children without going to court. |
The Separated Parents Information Programme is a course for parents going through separation. |
Family mediation can help you and your ex-partner agree on arrangements for children and finances. |
A child contact centre where children can spend time safely with a parent they don't live with. |
Free stop smoking support, including nicotine replacement therapy and behavioural support. |
Support to quit smoking for pregnant women and their partners. |
Our vaping advice sessions are for young people who want to cut down or stop. |
A free, confidential drug and alcohol service for adults. |
We support young people under 18 who are worried about their drug or alcohol use. |
Support for children and young people living with a parent who drinks or uses drugs. |
Audiology clinics for children, including hearing tests and hearing aid checks. |
Free NHS eye tests for children under 16. |
Mental health support for children and young people aged 5 to 18, including counselling and group work. |
Kooth is a free, safe and anonymous online wellbeing service for young people. |
Talking therapies for adults with anxiety or depression, self-referral accepted. |
A peer support group for parents struggling with their mental health. |
Walk and talk sessions to improve wellbeing and meet other parents. |
The school counselling service is available to pupils at participating schools. |
Bereavement support for children and young people who have lost someone close to them. |
A healthy lifestyle programme for children above a healthy weight and their families. |
Cook and eat sessions teach families to make healthy meals on a budget. |
Free fluoride varnish and tooth brushing packs for children under five. |
Supervised tooth brushing is offered in nurseries and reception classes. |
Find an NHS dentist accepting child patients. |
Childhood immunisations are given at the baby clinic. |
The school nursing team offers drop-ins for young people on health, puberty and relationships. |
Free condoms and sexual health advice for young people under 25. |
Register your baby's birth at the register office by appointment. |
Births must be registered within 42 days. |
Birth registration appointments are also available at the family hub on Tuesdays. |
Rhyme time and story time for babies and toddlers at the library. |
Chatter Matters sessions help parents support their child's early language and communication. |
Bookstart packs are given to every child at 0 to 12 months and at age 3 to 4. |
Every child is offered a health visitor contact before birth, at 10 to 14 days, 6 to 8 weeks, 1 year and 2 to 2 and a half years. |
Health visitor drop-in clinics for weighing and advice. |
Breastfeeding support from trained peer supporters and infant feeding specialists. |
Bottle feeding advice is also available. |
Our tongue-tie clinic accepts referrals from midwives and health visitors. |
Community midwives offer antenatal appointments at the children's centre. |
Antenatal classes for first-time parents covering labour, birth and feeding. |
Specialist perinatal mental health team for women with moderate to severe mental illness in pregnancy or up to a year after birth. | cond:perinatal_mental_health aud:female
Support for new and expectant parents who are feeling anxious or low, from pregnancy until the baby is one. |
Dads can also get support if they are struggling with their mental health after the birth. |
Stay and play sessions for babies and toddlers. |
Baby massage courses for babies from 6 weeks to crawling. |
A pre-school playgroup for children aged 2 to 5, with funded places for eligible two-year-olds and all three and four-year-olds. |
The playgroup is run by a parent committee and is Ofsted registered. |
Breakfast club opens at 7.45am and includes breakfast. |
After school club until 6pm, collecting children from local primary schools. |
Holiday playscheme for children aged 5 to 12 during Easter and summer. |
Football, netball and multi-sport sessions for children of all abilities. |
Free swimming for under 16s at weekends. |
Drama, dance and music workshops for young people aged 8 to 18. |
An inclusive youth theatre for all abilities. |
Activities include arts and crafts, sport, cooking and trips. |
Short breaks give disabled children fun activities and give parents a break from caring. | cond:disability
Overnight respite is available for children with complex needs, following a social care assessment. | cond:disability
Portage is a home-visiting educational service for pre-school children with SEND. | cond:disability
The Early Years SEND team supports children under five in settings and at home. | cond:disability
Speech and language therapy drop-ins for parents worried about their child's talking. |
Our SENDIASS offers impartial advice on SEN support and EHCPs. |
The parent carer forum gives parents of disabled children a voice in local services. | cond:disability
A monthly coffee morning for parents and carers of children with SEND. | cond:disability
Support for children with physical disabilities, including equipment and adaptations advice. | cond:physical_disability
Wheelchair users can access all areas of the centre. |
The multi-sensory impairment team supports children who have both sight and hearing difficulties. |
Support for children with rare conditions and their families. |
We support children with long-term medical conditions such as epilepsy and diabetes in school. | cond:serious_illness
An emotional wellbeing group for children with social, emotional and mental health needs. |
Nurture groups for primary-aged children who find school difficult. |
Attendance support for families whose children are struggling to get to school. |
We help families whose child has emotionally based school avoidance. |
The service provides information for families about local childcare and activities. |
The Family Information Service can help you find childcare and check if you're eligible for funding. |
Our team speaks to every family within 5 working days of referral. |
We aim to contact you within two weeks. |
Support is usually offered for up to 12 weeks. |
You can stay with the service for as long as you need. |
All our staff are DBS checked. |
Our venue has a quiet room for anyone who needs a break. |
We can offer sessions in the evening for working parents. |
A free crèche is provided, but places must be booked. |
Please bring a packed lunch. |
Contact us for more information. |
Visit our website for the full timetable. |
This service is run by the council's Early Help team. |
The project is funded by the National Lottery Community Fund. |
We are a registered charity. |
Delivered in partnership with the local NHS trust. |
The service is commissioned by the Integrated Care Board. |
""")

# ---------------------------------------------------------------- listings: directory field fragments and more near misses
LISTING_BLOCKS.append(r"""
Eligibility: women only. | aud:female
Who is it for? Dads and their children aged 0-11. | aud:male
Age range: 0-5 years. |
Cost: free. |
Referral: self-referral or professional. |
Eligibility criteria: must be a survivor of domestic abuse living in Kent. | so
Eligibility: men aged 18+ who want to address their abusive behaviour. | hp aud:male
Eligibility: families with a child aged 5-16 in receipt of FSM. | grp:free_school_meals
Eligibility: open to all. |
Target audience: parents/carers of children with ASD (diagnosed). | cond:autism dx:req
Target group: young carers 8-17. | grp:young_carers
Language: Polish only. | lang:pl
Languages spoken: English, Urdu, Punjabi. |
Languages: English (interpreters available). | interp
Status: suspended. | closed
Status: active. |
Service status: not accepting referrals. | closed
Status: closed permanently. | closed
Gender: female. | aud:female
Gender: male. | aud:male
Gender: any. |
Exclusions: active substance misuse. | ex:sub
Exclusions: none. |
Exclusion criteria: current domestic abuse within the couple relationship. | ex:da
Exclusion criteria: perpetrator residing at the address. | ex:home
Diagnosis needed? No. | dx:not
Diagnosis required: yes. | dx:req
Conditions supported: Down syndrome. | cond:downs_syndrome
Conditions: ADHD (diagnosed or awaiting assessment). | cond:adhd dx:not
Who can attend: pregnant women and mums with babies up to 12 months. | aud:female
Who can attend: anyone caring for a child under 5. |
Who can attend: parents aged 16-24. | grp:young_parents
Who can attend: armed forces families. | grp:armed_forces
Who can attend: care leavers up to 25. | grp:care_leavers
Suitable for: teenage boys. | aud:boys
Suitable for: girls aged 9 to 13. | aud:girls
Suitable for: all the family. |
Group for: refugees and asylum seekers. | grp:asylum_refugee
Group for: kinship carers and special guardians. | grp:kinship_carers
Group for: bereaved parents. | grp:bereaved_parents
Group for: people in recovery. | grp:recovery
Access: BSL interpreter on request. | interp
Accessibility: hearing loop, step-free access, interpreters by arrangement. | interp
""")

LISTING_BLOCKS.append(r"""
This is a programme for women who have been in abusive relationships, not for those who have caused harm. | so aud:female
Support for people harmed by a partner, and separately for those who want to stop using harmful behaviour. |
Our healthy relationships course is for any young person aged 13 to 18. |
We work with the whole family, including the parent who has used abusive behaviour, where it is safe to do so. |
The programme is for mums and dads who want to understand how their arguments affect their children. |
A weekly group where dads who have used violence in their relationships learn alternatives to abuse. | hp aud:male
Men who are worried they might hurt someone they love can call our confidential line. | hp aud:male
This service is for adult victims of domestic abuse; we cannot support children directly. | so
Children's workers support children and young people who have experienced domestic abuse, alongside the non-abusive parent. | so
We offer support to the non-abusing parent and their children. | so
Assessment for the programme includes contact with the partner to check their safety. | hp
The service is open to men who have experienced domestic abuse and to men who want to change their abusive behaviour, in separate groups. | aud:male
A programme for adolescents who are violent towards family members, with a parallel group for their parents. | hp
For parents who are experiencing violence or abuse from their teenage children. | so
Family members harmed by a relative's behaviour can get confidential support. | so
We do not accept referrals for people who are currently perpetrating abuse. | so
This is a safe space for women only, and men are not permitted on the premises. | aud:female
The Respect Phoneline offers advice to people who are abusive towards their partners. | hp
Our Freedom Programme runs in the evenings at a confidential venue for women who have experienced abuse. | so aud:female
Couples where one partner is frightened of the other should not attend. | ex:da
Separated parents can attend separately if they prefer. |
Both parents are encouraged to attend together. |
We welcome couples who are married, cohabiting or separated. |
Parents do not have to be in a relationship to attend. |
The group is for parents whose child is going through assessment for autism, ADHD or other neurodevelopmental conditions. | dx:not
Help for families whose child has autism, with or without a learning disability. | cond:autism
An inclusive stay and play for children with additional needs, no diagnosis needed. | cond:disability dx:not
Our inclusion workers support children with SEND to attend mainstream holiday clubs. | cond:disability
Children with sight loss can borrow tactile books from our library. | cond:visual_impairment
For parents who are deaf or hard of hearing. | cond:hearing_impairment
Support for young people recovering from an eating disorder and their families. | cond:eating_disorder
The group is for teenage girls with anxiety and low mood. | aud:girls
Boys' mental health group for ages 12 to 16. | aud:boys
We offer sessions for mums who have experienced birth trauma. | cond:perinatal_mental_health aud:female
Dads who have experienced a traumatic birth can access one-to-one support. | aud:male
Families who have lost a baby to sudden infant death are supported by our specialist nurse. | grp:bereaved_parents
Support for children whose parent has died. |
Grandparents raising grandchildren can join the group, and there is a crèche. | grp:kinship_carers
Adoptive parents and special guardians can access the Adoption Support Fund. |
Military families moving into the area can get help with school admissions. | grp:armed_forces
Young people leaving care can get a free bus pass. | grp:care_leavers
Young carers get free entry to the leisure centre with a young carers' card. | grp:young_carers
The café is run by people in recovery and welcomes everyone. |
The group is open to parents under 20, and to older first-time parents if there is space. |
For families seeking sanctuary, including refugees, asylum seekers and those with no recourse to public funds. | grp:asylum_refugee
Children must be eligible for the Early Years Pupil Premium. |
For families receiving Universal Credit, Pension Credit or Child Tax Credit. |
This group is for Arabic-speaking parents and the sessions are delivered in Arabic. | lang:ar
A Polish-speaking midwife runs a monthly antenatal class in Polish. | lang:pl
The course is delivered in English and Bengali by bilingual facilitators. |
We can use interpreters, including BSL, for assessments. | interp
Somali, Arabic and Amharic interpreters are regularly used by our team. | interp
The group is conducted in Urdu and Punjabi. |
Sessions are led in Spanish and English. |
""")


# ---------------------------------------------------------------- failing safe: evidence a need gives, and listings for people who harm
# A condition named as a topic ("autism support groups") says nothing of a diagnosis: null,
# not true. A suspicion is false. Another person's violence told by a child is about the
# child who witnesses it, not about the person who harms. Parents who hit their children
# cause harm; listings for them are harm programmes.
NEED_BLOCKS.append(r"""
autism support groups near me | c | - | - | ASD SENDG | autism
adhd parenting course | c | - | - | PAR | adhd
where can i get help with adhd | c | - | - | SEMH PAR | adhd
support for families dealing with autism | c | - | - | ASD SENDG | autism
asd information for parents | c | - | - | ASD | autism
eating disorder support for parents | yp | - | - | MH NUT | eating
learning disability activities at weekends | c | - | - | ACT LD | ld
help understanding adhd behaviour | c | - | - | SEMH PAR | adhd
downs syndrome groups for families | c | - | - | SENDG LD | downs
Mum asking what autism services there are locally | c | - | - | ASD | autism
Parent enquiring about ADHD support, no further detail given | c | - | - | SEMH | adhd
fasd help for carers | c | - | - | OTHER | fasd
visual impairment support for children | c | - | - | VI | visual
hearing loss in children where to go | c | - | - | HI | hearing
adhd and sleep problems | c | - | - | SEMH | adhd
autism and school refusal advice | c | - | - | ASD SEMH | autism
Family asking about ADHD groups for teenagers | yp | - | - | TYS SEMH | adhd
Practitioner asks what is available for autism in the area | c | - | - | ASD | autism
anorexia support for families | yp | - | - | MH NUT | eating
learning difficulties help for parents | c | - | - | LD PAR | ld
autism friendly activities | c | - | - | ACT ASD | autism
GP letter mentions possible autism, family want information | c | - | - | ASD | autism nodx
i think my son has autism | c | - | M | ASD | autism nodx
pretty sure my daughter has adhd but nobody listens | c | - | F | SEMH | adhd nodx
could my child be autistic | c | - | - | ASD | autism nodx
Dad wonders if 6yo has ADHD, teacher mentioned it | c | 6 | - | SEMH | adhd nodx
Mum believes the baby cannot see properly, not checked yet | c | 0 | - | VI HV | visual nodx
my boy shows signs of adhd | c | - | M | SEMH | adhd nodx
school mentioned autism at parents evening, what happens now | c | - | - | ASD | autism nodx
dad keeps hurting mum and i can hear it at night | c | - | - | DA SEMH | witnessed da home
my stepdad hit my mum again tonight | c | - | - | DA | witnessed da home
mums new boyfriend is violent to her, im 12 | c | 12 | - | DA | witnessed da home
my parents fight and my dad hurts her | c | - | - | DA SEMH | witnessed da home
dad beats mum when hes been drinking | c | - | - | DA SUB | witnessed da sub home
our dad pushes mum around and we are scared | c | - | - | DA | witnessed da home
Dad assaults mum in front of the children, police called twice this month | c | - | - | DA | witnessed da home
i hit my kids when im angry and want to stop | p | - | - | PAR DA | causes da home
Mum admits she slaps the children when she loses her temper, wants help | m | - | F | PAR | causes da home
Dad uses a belt on 9yo as punishment, social care involved, he has agreed to a parenting programme | f | 9 | M | PAR ITFS | causes da home
my mum hits me with things when shes angry | c | - | - | DA SEMH | harmed da home
13yo says his dad punches him | yp | 13 | M | DA | harmed da home
landlord has given us notice to leave and we have nowhere to go | fam | - | - | MONEY |
cant pay the rent this month | p | - | - | MONEY DEBT |
council tax debt letters piling up | p | - | - | DEBT |
gas and electric bills too high, kids cold | fam | - | - | MONEY |
universal credit sanctioned, no money until next month | p | - | - | MONEY DEBT |
Family in temporary accommodation, waiting for a council house | fam | - | - | MONEY |
Bailiffs letter received, mum panicking about court | m | - | F | DEBT |
""")

LISTING_BLOCKS.append(r"""
Support for parents who smack or hit their children and want to find other ways to discipline. | hp
A course for mums and dads who have physically hurt their child and are working with children's social care. | hp
We accept referrals from the police for adults who have been violent towards someone they live with. | hp
For adults who use physical punishment and want to parent without it. | hp
A programme for parents who have used violence towards their children. | hp
The group is for people who have been told by a partner that their behaviour is controlling. | hp
Parenting support for families where a child has been hurt by an adult outside the family. |
For children and young people who have been physically hurt at home. | so
Support for families where a young person is getting into trouble with anti-social behaviour in the community. |
For children and young people affected by bullying or online abuse, and their parents. |
A short course helping young people manage angry feelings and calm down. |
Advice on discipline without smacking, open to all parents. |
Anger management for young people whose temper gets them into trouble at school. |
Support for teenagers who self-harm and their parents. |
Help for children who are bullied online or at school. |
Please bring evidence of your child's diagnosis, such as a clinic letter. | dx:req
A copy of the diagnosis report is needed at registration. | dx:req
Open to children with a confirmed diagnosis of epilepsy. | cond:epilepsy dx:req
For parents of children with a formal dyslexia diagnosis. | cond:dyslexia dx:req
The club is for young people with a medical diagnosis of cerebral palsy or a similar condition. | cond:physical_disability dx:req
Places are for children whose condition has been diagnosed by a consultant. | dx:req
""")


def summary(needs, listings):
    """Counts per label value, printed after a build."""
    out = []
    for field in ("about", "sex", "role", "condition", "diagnosed", "crisis"):
        out.append("need %s: %s" % (field, dict(Counter(json.dumps(e[field]) for e in needs).most_common())))
    out.append("need child_age given: %d" % sum(e["child_age"] is not None for e in needs))
    out.append("need present: %s" % dict(Counter(p for e in needs for p in e["present"]).most_common()))
    out.append("need present empty: %d" % sum(not e["present"] for e in needs))
    out.append("need categories: %s" % dict(Counter(c for e in needs for c in e["categories"]).most_common()))
    for field in ("harm_programme", "survivors_only", "audience", "condition", "diagnosis", "group_only",
                  "language_only", "interpreters", "closed"):
        out.append("listing %s: %s" % (field, dict(Counter(json.dumps(r[field]) for r in listings).most_common())))
    out.append("listing excludes: %s" % dict(Counter(x for r in listings for x in r["excludes"]).most_common()))
    out.append("listing all-negative: %d" % sum(
        not (r["harm_programme"] or r["survivors_only"] or r["audience"] or r["condition"] or r["diagnosis"]
             or r["group_only"] or r["language_only"] or r["interpreters"] or r["excludes"] or r["closed"])
        for r in listings))
    return "\n".join(out)


if __name__ == "__main__":
    built_needs, built_listings, found = main()
    print(summary(built_needs, built_listings))
    sys.exit(1 if found else 0)
