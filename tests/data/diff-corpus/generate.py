#!/usr/bin/env python3
"""Deterministic generator of the labelled diff corpus generated.json (SYNTHETIC data).

Usage: python3 generate.py            # rewrites generated.json next to this file
       python3 generate.py --check    # regenerates in memory and fails if generated.json differs

Standard library only. The output depends only on SEED and on the vocabulary below, never on
the hash seed or the machine: every random choice goes through one random.Random(SEED) and no
set of strings is ever iterated.

Each case: an old list of 8-20 titles sampled from a hand-written vocabulary of security-policy
titles (nl, fr, de, en), then a new list made by a mixture of labelled transformations. Every
transformation is checked against the kind definitions (see check_kind) before it is used, so a
label that does not fit its pair is never written. See README.md for the kinds and conventions.
"""

import json
import os
import random
import re
import sys

SEED = 20160607          # the day the first KIV was presented
N_CASES = 72             # 18 per language
MIN_PER_KIND = 25        # the generator fails if a kind has fewer links than this
MIN_REPLACEMENTS = 25    # pairs "removed + unrelated added"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated.json")

KINDS = ["unchanged", "cosmetic", "reworded", "extended", "elaborated", "shortened",
         "moved", "moved-reworded", "split", "merged"]
LANGS = ["nl", "fr", "de", "en"]

# --------------------------------------------------------------------------------------------
# Vocabulary
#
# C(families, base, rew=..., ext=..., ela=..., short=..., cos=...)
#   families  space-separated topic families; two titles of one family never appear on the same
#             side of a case (so every pair is unambiguous), and an "unrelated" title must come
#             from a family that is not used in the case at all.
#   rew       the same item in other words (synonyms, inflection, compounds, word order)
#   ext       the base with words added at the end or inside (never before the first word)
#   ela       tails appended to the base: ": explanation", " (...)" or ", ..."
#   short     shorter forms of the base (the reverse of an extension or elaboration)
#   cos       hand-made cosmetic variants (spacing, hyphens, quotes)
# S(families, whole, parts, parts, ...)   a split: the whole -> one of the part lists
#             (each part list covers the whole); reversed, it is also a merge.
# M(families, parts, whole)               an extra merge: the parts -> the whole.
# --------------------------------------------------------------------------------------------


class C:
    def __init__(self, fams, base, rew=(), ext=(), ela=(), short=(), cos=()):
        self.fams = fams.split()
        self.base = base
        self.rew = list(rew)
        self.ext = list(ext)
        self.ela = list(ela)
        self.short = list(short)
        self.cos = list(cos)
        self.splits = []        # lists of parts, attached from S(...) entries
        self.written = True     # a hand-written base title (not only a split whole)


class S:
    def __init__(self, fams, whole, *partlists):
        self.fams = fams.split()
        self.whole = whole
        self.partlists = [list(p) for p in partlists]


class M:
    def __init__(self, fams, parts, whole):
        self.fams = fams.split()
        self.parts = list(parts)
        self.whole = whole


VOCAB = {}

VOCAB["nl"] = [
    C("terror", "terrorisme",
      rew=["terroristische dreiging", "terrorismebestrijding"],
      ext=["terrorisme en terrorismefinanciering"],
      ela=[": preventie, opsporing en vervolging", " (inclusief teruggekeerde strijders)"]),
    C("terror", "terrorismefinanciering",
      rew=["financiering van terrorisme"],
      ext=["terrorismefinanciering en witwassen"],
      ela=[": geldstromen naar terroristische groeperingen"]),
    C("terror radical", "radicalisering, gewelddadig extremisme en terrorisme",
      rew=["gewelddadige radicalisering, extremisme en terreur"],
      ext=["radicalisering, gewelddadig extremisme, polarisering en terrorisme"],
      ela=[": preventie en vroegtijdige detectie"]),
    C("radical", "polarisering",
      rew=["maatschappelijke polarisatie"],
      ext=["polarisering en radicalisering"],
      ela=[" (online en offline)"]),
    C("radical", "gewelddadig extremisme",
      rew=["extremistisch geweld"],
      ext=["gewelddadig extremisme van alle strekkingen"],
      ela=[": rechts-, links- en religieus extremisme"]),
    C("thb", "mensenhandel",
      rew=["handel in mensen", "uitbuiting van mensen"],
      ext=["mensenhandel en economische uitbuiting"],
      ela=[": seksuele en economische uitbuiting", " (inclusief gedwongen bedelarij)"]),
    C("thb", "mensensmokkel",
      rew=["smokkel van migranten", "smokkel van mensen"],
      ext=["mensensmokkel en illegale immigratie"],
      ela=[" (smokkelnetwerken)"]),
    C("thb", "mensensmokkel en mensenhandel",
      rew=["mensenhandel en mensensmokkel", "smokkel van en handel in mensen"],
      ela=[": uitbuiting en smokkelnetwerken"]),
    C("drugs", "drugs",
      rew=["drugsbeleid", "drugsproblematiek"],
      ext=["drugs en drugsgerelateerde criminaliteit"],
      ela=[": productie van cannabis en synthetische drugs", " (cocaïne, cannabis en synthetische drugs)"]),
    C("drugs", "drugshandel",
      rew=["handel in drugs", "drugstrafiek"],
      ext=["drugshandel en drugsgerelateerd geweld"],
      ela=[": invoer van cocaïne via de havens"]),
    C("drugs", "geactualiseerd integraal en geïntegreerd drugsbeleid",
      rew=["geactualiseerd integraal en geïntegreerd beleid inzake drugs"],
      ela=[": productie van synthetische drugs en cannabisteelt"]),
    C("drugs", "synthetische drugs",
      rew=["synthetische verdovende middelen", "designerdrugs"],
      ext=["synthetische drugs en precursoren"],
      ela=[": productie, handel en dumping van drugsafval"]),
    C("fraud", "sociale fraude",
      rew=["socialezekerheidsfraude", "uitkeringsfraude"],
      ext=["sociale fraude en zwartwerk"],
      ela=[": zwartwerk, sociale dumping en uitkeringsfraude"]),
    C("fraud", "sociale dumping",
      rew=["detacheringsfraude"],
      ext=["sociale dumping en schijnzelfstandigheid"],
      ela=[" (schijnzelfstandigheid en schijndetachering)"]),
    C("fraud", "fiscale fraude",
      rew=["belastingfraude", "belastingontduiking"],
      ext=["fiscale fraude en btw-carrousels"],
      ela=[": btw-fraude en fiscale constructies"]),
    C("fraud", "sociale en fiscale fraude",
      rew=["fiscale en sociale fraude", "sociale en fiscale fraudebestrijding"],
      ext=["sociale, economische en fiscale fraude"],
      ela=[": zwartwerk, btw-fraude en uitkeringsfraude"]),
    C("finance", "witwassen",
      rew=["witwaspraktijken", "het wit maken van crimineel geld"],
      ext=["witwassen van crimineel vermogen"],
      ela=[": via ondergronds bankieren en cryptomunten"]),
    C("finance", "economische en financiële criminaliteit",
      rew=["financieel-economische criminaliteit", "economische en financiële delicten"],
      ext=["economische en financiële criminaliteit en witwassen"],
      ela=[" (witwassen, corruptie en faillissementsfraude)"]),
    C("corruption", "corruptie",
      rew=["omkoping", "corruptiebestrijding"],
      ext=["corruptie en belangenvermenging"],
      ela=[" (publieke en private omkoping)"]),
    C("cyber", "cybercrime",
      rew=["cybercriminaliteit", "informaticacriminaliteit"],
      ext=["cybercrime en cyberveiligheid"],
      ela=[": ransomware, phishing en hacking"],
      cos=["cyber crime", "Cyber-crime"]),
    C("cyber", "cybercrime en cybersecurity",
      rew=["cybercriminaliteit en cyberveiligheid"],
      ela=[": bescherming van burgers, bedrijven en overheden"],
      cos=["cybercrime en cyber security", "cybercrime en cyber-security"]),
    C("cyber", "cyberveiligheid",
      rew=["informatieveiligheid", "digitale veiligheid"],
      ext=["cyberveiligheid van kritieke infrastructuur"],
      ela=[" (weerbaarheid tegen cyberaanvallen)"]),
    C("child", "online seksueel kindermisbruik",
      rew=["seksuele uitbuiting van kinderen op het internet"],
      ext=["online seksueel kindermisbruik en grooming"],
      ela=[": grooming en verspreiding van misbruikbeelden"]),
    C("child", "kindermisbruik",
      rew=["misbruik van minderjarigen", "seksueel misbruik van kinderen"],
      ext=["kindermisbruik en kinderverwaarlozing"],
      ela=[" (offline en online)"]),
    C("ifv", "intrafamiliaal geweld",
      rew=["huiselijk geweld", "partnergeweld en geweld in het gezin"],
      ext=["intrafamiliaal geweld en eergerelateerd geweld"],
      ela=[": partnergeweld, kindermishandeling en ouderenmishandeling"],
      cos=["intra-familiaal geweld"]),
    C("sexviol", "seksueel geweld",
      rew=["seksuele misdrijven", "seksueel grensoverschrijdend gedrag"],
      ext=["seksueel geweld tegen meerderjarigen"],
      ela=[": verkrachting, aanranding en voyeurisme"]),
    C("violent", "geweldcriminaliteit",
      rew=["gewelddadige criminaliteit", "geweldsdelicten"],
      ext=["geweldcriminaliteit en wapengeweld"],
      ela=[": straatgeweld, overvallen en zinloos geweld"]),
    C("violent ifv sexviol child discrim",
      "geweldcriminaliteit, aantasting van de persoonlijke integriteit en discriminatie: "
      "intrafamiliaal geweld, seksueel geweld en kindermisbruik",
      rew=["geweldsdelicten, aantasting van de persoonlijke integriteit en discriminatie: "
           "partnergeweld, seksuele misdrijven en kindermisbruik"],
      short=["geweldcriminaliteit, aantasting van de persoonlijke integriteit en discriminatie"]),
    C("violent", "straatgeweld",
      rew=["geweld op straat"],
      ext=["straatgeweld en zinloos geweld"],
      ela=[" (vooral in uitgaansbuurten)"]),
    C("discrim", "discriminatie en haatmisdrijven",
      rew=["haatdelicten en discriminatie"],
      ext=["discriminatie, haatspraak en haatmisdrijven"],
      ela=[": racisme, homofobie en antisemitisme"]),
    C("property", "woninginbraken",
      rew=["inbraken in woningen", "woninginbraak"],
      ext=["woninginbraken en inbraken in bedrijven"],
      ela=[" (vooral door rondtrekkende dadergroepen)"]),
    C("property", "eigendomscriminaliteit",
      rew=["vermogensdelicten", "diefstallen en inbraken"],
      ext=["eigendomscriminaliteit en heling"],
      ela=[": woninginbraken, autodiefstallen en ladingdiefstallen"]),
    C("property itinerant goods", "georganiseerde eigendomscriminaliteit en illegale goederentrafieken",
      rew=["georganiseerde vermogenscriminaliteit en illegale handel in goederen"],
      ext=["georganiseerde en rondtrekkende eigendomscriminaliteit en illegale goederentrafieken"],
      ela=[": rondtrekkende daders en illegale wapenhandel"]),
    C("itinerant", "rondtrekkende dadergroepen",
      rew=["mobiele bendes", "rondtrekkende daders"],
      ext=["rondtrekkende dadergroepen en mobiele bendes"],
      ela=[": woninginbraken, ramkraken en diefstallen op parkings"]),
    C("vehicles", "voertuigdiefstal",
      rew=["diefstal van voertuigen", "autodiefstallen"],
      ext=["voertuigdiefstal en carjacking"],
      ela=[" (inclusief fietsdiefstal)"]),
    C("goods", "illegale goederentrafieken",
      rew=["illegale handel in goederen", "goederensmokkel"],
      ext=["illegale goederentrafieken en namaak"],
      ela=[": namaakproducten, sigaretten en cultuurgoederen"]),
    C("firearms", "illegale wapenhandel",
      rew=["handel in illegale vuurwapens", "wapensmokkel"],
      ext=["illegale wapenhandel en illegaal wapenbezit"],
      ela=[": vuurwapens, munitie en springstoffen"]),
    C("firearms", "illegaal wapenbezit",
      rew=["onwettig bezit van vuurwapens"],
      ela=[" (vuurwapens en messen)"]),
    C("env", "leefmilieu",
      rew=["milieu", "milieucriminaliteit"],
      ext=["leefmilieu en volksgezondheid"],
      ela=[" (gelinkt aan fraude): afvalfraude, biodiversiteit, dierenwelzijn en energiefraude",
           ": afvalfraude en milieudelicten"]),
    C("env", "milieucriminaliteit",
      rew=["milieumisdrijven", "criminaliteit tegen het leefmilieu"],
      ext=["milieucriminaliteit en afvalfraude"],
      ela=[": illegale afvaltransporten en bodemverontreiniging"]),
    C("env", "afvalfraude",
      rew=["illegale afvalverwerking", "fraude met afval"],
      ext=["afvalfraude en illegale afvaltransporten"],
      ela=[" (vooral grensoverschrijdend)"]),
    C("animals", "dierenwelzijn",
      rew=["welzijn van dieren", "dierenbescherming"],
      ext=["dierenwelzijn en biodiversiteit"],
      ela=[": dierenmishandeling en illegale dierenhandel"]),
    C("traffic", "verkeersveiligheid",
      rew=["veiligheid in het verkeer", "veilig verkeer"],
      ext=["verkeersveiligheid en mobiliteit"],
      ela=[": snelheid, alcohol en drugs in het verkeer", " (met aandacht voor zwakke weggebruikers)"]),
    C("traffic", "rijden onder invloed",
      rew=["alcohol en drugs achter het stuur"],
      ext=["rijden onder invloed van alcohol of drugs"],
      ela=[": alcohol, drugs en medicatie"]),
    C("traffic", "verkeersagressie",
      rew=["agressief rijgedrag"],
      ext=["verkeersagressie en hardrijden"],
      ela=[" (inclusief bumperkleven)"]),
    C("nuisance", "overlast",
      rew=["overlastfenomenen", "hinderlijk gedrag"],
      ext=["overlast en openbare orde"],
      ela=[": sluikstorten, vandalisme en geluidshinder"]),
    C("nuisance", "vandalisme",
      rew=["vernielingen", "moedwillige beschadiging"],
      ext=["vandalisme en graffiti"],
      ela=[" (in het bijzonder in het openbaar vervoer)"]),
    C("publicorder", "genegotieerd beheer van de publieke ruimte",
      rew=["onderhandeld beheer van de openbare ruimte"],
      ext=["genegotieerd beheer van de publieke ruimte bij grote evenementen"],
      ela=[": betogingen, evenementen en voetbalwedstrijden"]),
    C("football", "voetbalgeweld",
      rew=["hooliganisme", "geweld rond voetbalwedstrijden"],
      ext=["voetbalgeweld en racisme in de stadions"],
      ela=[" (binnen en buiten de stadions)"]),
    C("identity", "identiteitsfraude",
      rew=["identiteitsdiefstal", "misbruik van identiteit"],
      ext=["identiteitsfraude en domiciliefraude"],
      ela=[": valse documenten en look-alikefraude"]),
    C("identity", "de identiteitsbepaling, identiteitsfraude en domiciliefraude",
      rew=["identiteitsvaststelling, identiteitsdiefstal en adresfraude"]),
    C("identity", "domiciliefraude",
      rew=["adresfraude", "fictieve domiciliëring"],
      ela=[": fictieve inschrijvingen en schijnadressen"]),
    C("admin", "bestuurlijke handhaving",
      rew=["bestuurlijke aanpak", "de bestuurlijke aanpak van criminaliteit"],
      ext=["bestuurlijke handhaving en integriteitsonderzoeken"],
      ela=[": een essentieel onderdeel van de integrale aanpak van georganiseerde misdaad"]),
    C("admin info",
      "de bestuurlijke handhaving en informatie-uitwisseling: een essentieel onderdeel van de "
      "integrale aanpak van georganiseerde misdaad",
      rew=["bestuurlijke aanpak en informatiedeling als sleutel tot de integrale aanpak van de "
           "georganiseerde criminaliteit"],
      short=["de bestuurlijke handhaving en informatie-uitwisseling"]),
    C("info", "informatie-uitwisseling",
      rew=["informatiedeling", "het delen van informatie"],
      ext=["informatie-uitwisseling tussen politie en justitie"],
      ela=[": tussen bestuur, politie en justitie"],
      cos=["informatie uitwisseling", "informatieuitwisseling"]),
    C("intl", "de internationale samenwerking op bestuurlijk en strafrechtelijk vlak",
      rew=["internationale bestuurlijke en justitiële samenwerking"],
      short=["de internationale samenwerking"]),
    C("intl", "internationale politiesamenwerking",
      rew=["grensoverschrijdende politiesamenwerking"],
      ext=["internationale politiesamenwerking en informatie-uitwisseling"],
      ela=[" (Europol, Interpol en Benelux)"]),
    C("loot", "de buitgerichte aanpak",
      rew=["het afpakken van crimineel vermogen", "de \"follow the money\"-aanpak"],
      ext=["de buitgerichte en financiële aanpak"],
      ela=[": inbeslagname en verbeurdverklaring van criminele vermogens"]),
    C("loot", "de \"follow the money\"-aanpak",
      rew=["het afpakken van criminele winsten"],
      ela=[": financieel rechercheren in elk onderzoek"],
      cos=["de 'follow the money'-aanpak", "de ‘follow the money’-aanpak", "de “follow the money”-aanpak"]),
    C("orgcrime", "georganiseerde criminaliteit",
      rew=["georganiseerde misdaad", "criminele organisaties"],
      ext=["georganiseerde criminaliteit en ondermijning"],
      ela=[" (ondermijning van de rechtsstaat)"]),
    C("orgcrime", "ondermijning",
      rew=["ondermijnende criminaliteit"],
      ext=["ondermijning van de rechtsstaat"],
      ela=[": verwevenheid van onder- en bovenwereld"]),
    C("youth", "jeugdcriminaliteit",
      rew=["jeugddelinquentie", "criminaliteit door minderjarigen"],
      ext=["jeugdcriminaliteit en jeugdbendes"],
      ela=[": jeugdbendes en straatcultuur"]),
    C("migration", "illegale transmigratie",
      rew=["irreguliere transmigratie"],
      ext=["illegale transmigratie en mensensmokkel"],
      ela=[" (vooral op parkings langs de snelwegen)"]),
    C("victims", "slachtofferbejegening",
      rew=["slachtofferhulp", "opvang van slachtoffers"],
      ext=["slachtofferbejegening en slachtofferhulp"],
      ela=[": een correcte opvang en doorverwijzing"]),
    C("prevention", "criminaliteitspreventie",
      rew=["preventie van criminaliteit", "misdaadpreventie"],
      ext=["criminaliteitspreventie en veiligheidsbeleving"],
      ela=[" (situationele en sociale preventie)"]),
    C("crisis", "crisisbeheer",
      rew=["crisismanagement", "noodplanning en crisisbeheersing"],
      ext=["crisisbeheer en noodplanning"],
      ela=[": rampen, pandemieën en grootschalige incidenten"]),
    C("infra", "bescherming van kritieke infrastructuur",
      rew=["beveiliging van vitale infrastructuur"],
      ext=["bescherming van kritieke infrastructuur en nucleaire installaties"],
      ela=[": havens, luchthavens, energie en telecom"]),
    C("ecommerce", "internetfraude",
      rew=["online oplichting", "fraude via het internet"],
      ext=["internetfraude en phishing"],
      ela=[": phishing, valse webwinkels en beleggingsfraude"]),
    C("ict", "het internet en ICT als facilitator voor criminaliteit maar ook voor "
             "veiligheidshandhaving en opsporing",
      rew=["internet en ICT: hefboom voor criminaliteit en hulpmiddel voor handhaving en opsporing"],
      short=["het internet en ICT als facilitator voor criminaliteit"]),
    C("prison", "recidive",
      rew=["herhaald daderschap", "herval"],
      ext=["recidive en re-integratie van gedetineerden"],
      ela=[": nazorg en re-integratie na detentie"]),
    C("tech", "drones en nieuwe technologieën",
      rew=["misbruik van drones en nieuwe technologie"],
      ela=[": drones, artificiële intelligentie en encryptie"]),
    S("thb", "mensensmokkel en mensenhandel",
      ["mensensmokkel", "mensenhandel"], ["smokkel van migranten", "handel in mensen en uitbuiting"]),
    S("fraud", "sociale en fiscale fraude",
      ["sociale fraude", "fiscale fraude"], ["socialezekerheidsfraude", "belastingfraude"]),
    S("violent ifv sexviol child discrim",
      "geweldcriminaliteit, aantasting van de persoonlijke integriteit en discriminatie: "
      "intrafamiliaal geweld, seksueel geweld en kindermisbruik",
      ["geweldcriminaliteit en discriminatie", "intrafamiliaal geweld", "seksueel geweld en kindermisbruik"],
      ["geweldcriminaliteit, aantasting van de persoonlijke integriteit en discriminatie",
       "intrafamiliaal geweld, seksueel geweld en kindermisbruik"]),
    S("cyber", "cybercrime en cybersecurity",
      ["cybercriminaliteit", "cyberveiligheid"], ["cybercrime", "cybersecurity"]),
    S("terror radical", "radicalisering, gewelddadig extremisme en terrorisme",
      ["radicalisering en gewelddadig extremisme", "terrorisme"],
      ["gewelddadige radicalisering", "extremisme en terreur"]),
    S("property itinerant goods", "georganiseerde eigendomscriminaliteit en illegale goederentrafieken",
      ["georganiseerde eigendomscriminaliteit", "illegale goederentrafieken"],
      ["georganiseerde vermogenscriminaliteit", "illegale handel in goederen"]),
    S("env animals", "leefmilieu (gelinkt aan fraude): afvalfraude, biodiversiteit, dierenwelzijn en energiefraude",
      ["afvalfraude en energiefraude", "biodiversiteit en dierenwelzijn"]),
    S("nuisance publicorder migration",
      "overlast: bijdragen tot het verbeteren van de openbare orde (overlast, genegotieerd beheer van "
      "de publieke ruimte en illegale transmigratie)",
      ["overlast", "genegotieerd beheer van de publieke ruimte", "illegale transmigratie"]),
    S("drugs", "drugs: productie van cannabis en synthetische drugs, invoer van cocaïne",
      ["cannabisteelt en synthetische drugs", "cocaïnesmokkel"]),
    S("identity", "de identiteitsbepaling, identiteitsfraude en domiciliefraude",
      ["identiteitsbepaling en identiteitsfraude", "domiciliefraude"]),
    S("admin info", "de bestuurlijke handhaving en informatie-uitwisseling",
      ["de bestuurlijke aanpak", "informatiedeling"]),
    S("traffic", "verkeersveiligheid: snelheid, rijden onder invloed en gsm-gebruik",
      ["overdreven snelheid", "rijden onder invloed en gsm-gebruik achter het stuur"]),
    S("finance corruption", "witwassen en corruptie",
      ["witwaspraktijken", "omkoping en corruptie"]),
    S("property vehicles", "woninginbraken en voertuigdiefstal",
      ["inbraken in woningen", "diefstal van voertuigen"]),
    S("intl info", "internationale samenwerking en informatie-uitwisseling",
      ["internationale samenwerking", "uitwisseling van informatie"]),
    M("orgcrime", ["georganiseerde criminaliteit", "ondermijning"], "georganiseerde en ondermijnende criminaliteit"),
    M("nuisance", ["overlast", "vandalisme"], "overlast en vandalisme"),
    M("env", ["milieucriminaliteit", "afvalfraude"], "milieucriminaliteit en afvalfraude"),
]

VOCAB["fr"] = [
    C("terror", "le terrorisme",
      rew=["la menace terroriste", "la lutte antiterroriste"],
      ext=["le terrorisme et son financement"],
      ela=[" : prévention, détection et poursuites", " (y compris les combattants terroristes étrangers)"]),
    C("terror", "le financement du terrorisme",
      rew=["le financement des activités terroristes"],
      ela=[" : flux financiers vers des groupes terroristes"]),
    C("terror radical", "la radicalisation, l’extrémisme violent et le terrorisme",
      rew=["la radicalisation violente, l’extrémisme et la terreur"],
      ext=["la radicalisation, la polarisation, l’extrémisme violent et le terrorisme"],
      ela=[" : prévention et détection précoce"],
      cos=["la radicalisation, l'extrémisme violent et le terrorisme"]),
    C("radical", "la polarisation",
      rew=["le clivage de la société"],
      ext=["la polarisation et la radicalisation"],
      ela=[" (en ligne et hors ligne)"]),
    C("radical", "l’extrémisme violent",
      rew=["la violence extrémiste"],
      ext=["l’extrémisme violent de toutes tendances"],
      ela=[" : extrême droite, extrême gauche et extrémisme religieux"],
      cos=["l'extrémisme violent"]),
    C("thb", "la traite des êtres humains",
      rew=["l’exploitation des êtres humains", "la traite d’êtres humains"],
      ext=["la traite des êtres humains et l’exploitation économique"],
      ela=[" : exploitation sexuelle et économique"]),
    C("thb", "le trafic des êtres humains",
      rew=["le trafic de migrants", "le passage clandestin de migrants"],
      ext=["le trafic des êtres humains et l’immigration illégale"],
      ela=[" (réseaux de passeurs)"]),
    C("thb", "le trafic et la traite des êtres humains",
      rew=["la traite et le trafic d’êtres humains"],
      ela=[" : exploitation et réseaux de passeurs"]),
    C("drugs", "la drogue",
      rew=["les drogues", "les stupéfiants"],
      ext=["la drogue et la criminalité liée à la drogue"],
      ela=[" : production de cannabis et de drogues synthétiques"]),
    C("drugs", "le trafic de stupéfiants",
      rew=["le trafic de drogue", "le narcotrafic"],
      ext=["le trafic de stupéfiants et la violence qui y est liée"],
      ela=[" : importation de cocaïne par les ports"]),
    C("drugs", "la politique intégrée et intégrale actualisée en matière de drogues",
      rew=["une politique actualisée, intégrale et intégrée en matière de stupéfiants"],
      ela=[" : production, trafic et prévention"]),
    C("drugs", "les drogues synthétiques",
      rew=["les drogues de synthèse"],
      ext=["les drogues synthétiques et leurs précurseurs"],
      ela=[" (production, trafic et déversement de déchets)"]),
    C("fraud", "la fraude sociale",
      rew=["la fraude aux allocations", "les fraudes sociales"],
      ext=["la fraude à la sécurité sociale", "la fraude sociale et le travail au noir"],
      ela=[" : travail au noir, dumping social et fraude aux allocations"]),
    C("fraud", "le dumping social",
      rew=["la concurrence sociale déloyale"],
      ext=["le dumping social et les faux indépendants"],
      ela=[" (faux détachements et faux indépendants)"]),
    C("fraud", "la fraude fiscale",
      rew=["l’évasion fiscale", "la fraude à l’impôt"],
      ext=["la fraude fiscale et la fraude à la TVA"],
      ela=[" : carrousels TVA et montages fiscaux"]),
    C("fraud", "la fraude sociale et fiscale",
      rew=["la fraude fiscale et sociale"],
      ext=["la fraude sociale, économique et fiscale"],
      ela=[" : travail au noir, fraude à la TVA et fraude aux allocations"]),
    C("finance", "le blanchiment d’argent",
      rew=["le blanchiment de capitaux"],
      ext=["le blanchiment d’argent et la banque clandestine"],
      ela=[" : banque souterraine et cryptomonnaies"],
      cos=["le blanchiment d'argent"]),
    C("finance", "la criminalité économique et financière",
      rew=["la délinquance économique et financière", "la criminalité financière et économique"],
      ext=["la criminalité économique et financière organisée"],
      ela=[" (blanchiment, corruption et fraude à la faillite)"]),
    C("corruption", "la corruption",
      rew=["les pots-de-vin"],
      ext=["la corruption et les conflits d’intérêts"],
      ela=[" (dans le secteur public et privé)"]),
    C("cyber", "la cybercriminalité",
      rew=["la criminalité informatique", "la cyberdélinquance"],
      ext=["la cybercriminalité et la cybersécurité"],
      ela=[" : rançongiciels, hameçonnage et piratage"],
      cos=["la cyber-criminalité"]),
    C("cyber", "la cybercriminalité et la cybersécurité",
      rew=["la criminalité informatique et la sécurité des réseaux"],
      ela=[" : protection des citoyens, des entreprises et des autorités"],
      cos=["la cybercriminalité et la cyber sécurité"]),
    C("cyber", "la cybersécurité",
      rew=["la sécurité informatique", "la sécurité des systèmes d’information"],
      ext=["la cybersécurité des infrastructures critiques"],
      ela=[" (résilience face aux cyberattaques)"]),
    C("child", "les abus sexuels sur mineurs en ligne",
      rew=["l’exploitation sexuelle des enfants sur internet"],
      ela=[" : pédopornographie et pédopiégeage"]),
    C("child", "la maltraitance infantile",
      rew=["la maltraitance des enfants", "les violences faites aux enfants"],
      ext=["la maltraitance infantile et la négligence grave"],
      ela=[" (y compris les abus sexuels)"]),
    C("ifv", "la violence intrafamiliale",
      rew=["la violence domestique", "les violences conjugales et familiales"],
      ext=["la violence intrafamiliale et les violences liées à l’honneur"],
      ela=[" : violence entre partenaires et maltraitance des aînés"]),
    C("sexviol", "la violence sexuelle",
      rew=["les violences sexuelles", "les infractions sexuelles"],
      ext=["la violence sexuelle envers les majeurs"],
      ela=[" : viol, attentat à la pudeur et voyeurisme"]),
    C("violent", "la criminalité violente",
      rew=["la délinquance violente", "les crimes violents"],
      ext=["la criminalité violente et armée"],
      ela=[" : violence de rue, vols avec violence et agressions gratuites"]),
    C("violent ifv sexviol child discrim",
      "criminalité violente, atteinte à l’intégrité de la personne et discrimination: violence "
      "intrafamiliale, violence sexuelle et maltraitance infantile",
      rew=["délinquance violente, atteintes à l’intégrité de la personne et discrimination: violence "
           "domestique, infractions sexuelles et maltraitance des enfants"],
      short=["criminalité violente, atteinte à l’intégrité de la personne et discrimination"],
      cos=["criminalité violente, atteinte à l’intégrité de la personne et discrimination : violence "
           "intrafamiliale, violence sexuelle et maltraitance infantile"]),
    C("violent", "la violence en rue",
      rew=["l’agressivité dans l’espace public"],
      ext=["la violence en rue et les agressions gratuites"],
      ela=[" (surtout dans les quartiers festifs)"]),
    C("discrim", "la discrimination et les crimes de haine",
      rew=["les délits de haine et la discrimination"],
      ext=["la discrimination, les discours de haine et les crimes de haine"],
      ela=[" : racisme, homophobie et antisémitisme"]),
    C("property", "les cambriolages dans les habitations",
      rew=["les vols dans les habitations"],
      ext=["les cambriolages dans les habitations et les entreprises"],
      ela=[" (notamment par des bandes itinérantes)"]),
    C("property", "la criminalité contre les biens",
      rew=["les atteintes aux biens", "la criminalité contre la propriété"],
      ext=["la criminalité organisée contre les biens"],
      ela=[" : cambriolages, vols de véhicules et vols de fret"]),
    C("property itinerant goods", "la criminalité organisée contre la propriété et trafics de biens illégaux",
      rew=["la criminalité organisée contre les biens et les trafics illicites de marchandises"],
      ela=[" : auteurs itinérants et trafic d’armes"]),
    C("itinerant", "les bandes itinérantes",
      rew=["les auteurs itinérants", "les groupes d’auteurs mobiles"],
      ext=["les bandes itinérantes et les groupes criminels mobiles"],
      ela=[" : cambriolages et attaques à la voiture-bélier"]),
    C("vehicles", "les vols de véhicules",
      rew=["le vol de voitures"],
      ext=["les vols de véhicules et le car-jacking"],
      ela=[" (y compris les vols de vélos)"]),
    C("goods", "les trafics de biens illégaux",
      rew=["le commerce illicite de marchandises", "la contrebande de marchandises"],
      ext=["les trafics de biens illégaux et la contrefaçon"],
      ela=[" : contrefaçons, cigarettes et biens culturels"]),
    C("firearms", "le trafic d’armes",
      rew=["le commerce illégal d’armes à feu", "la contrebande d’armes"],
      ext=["le trafic d’armes et de munitions"],
      ela=[" : armes à feu, munitions et explosifs"],
      cos=["le trafic d'armes"]),
    C("firearms", "la détention illégale d’armes",
      rew=["la possession illicite d’armes à feu"],
      ela=[" (armes à feu et armes blanches)"]),
    C("env", "l’environnement",
      rew=["la criminalité environnementale"],
      ext=["l’environnement et la santé publique"],
      ela=[" (lié à la fraude) : fraude aux déchets, biodiversité, bien-être animal et fraude énergétique",
           " : fraude aux déchets et pollution"],
      cos=["l'environnement"]),
    C("env", "la criminalité environnementale",
      rew=["les infractions environnementales", "la délinquance écologique"],
      ext=["la criminalité environnementale et la fraude aux déchets"],
      ela=[" : transferts illégaux de déchets et pollution des sols"]),
    C("env", "la fraude aux déchets",
      rew=["le trafic de déchets", "le traitement illégal des déchets"],
      ext=["la fraude aux déchets et les transferts illégaux de déchets"],
      ela=[" (surtout transfrontalière)"]),
    C("animals", "le bien-être animal",
      rew=["la protection des animaux"],
      ext=["le bien-être animal et la biodiversité"],
      ela=[" : maltraitance et commerce illégal d’animaux"]),
    C("traffic", "la sécurité routière",
      rew=["la sécurité sur les routes"],
      ext=["la sécurité routière et la mobilité"],
      ela=[" : vitesse, alcool et drogues au volant", " (en particulier les usagers vulnérables)"]),
    C("traffic", "la conduite sous influence",
      rew=["l’alcool et la drogue au volant"],
      ext=["la conduite sous influence d’alcool ou de drogues"],
      ela=[" : alcool, drogues et médicaments"]),
    C("traffic", "l’agressivité au volant",
      rew=["la conduite agressive"],
      ext=["l’agressivité au volant et les excès de vitesse"],
      ela=[" (comportements dangereux sur la route)"]),
    C("nuisance", "les incivilités",
      rew=["les nuisances", "les comportements inciviques"],
      ext=["les incivilités et l’ordre public"],
      ela=[" : dépôts clandestins, vandalisme et nuisances sonores"]),
    C("nuisance", "le vandalisme",
      rew=["les dégradations volontaires"],
      ext=["le vandalisme et les graffitis"],
      ela=[" (notamment dans les transports en commun)"]),
    C("publicorder", "la gestion négociée de l’espace public",
      rew=["la gestion concertée de l’espace public"],
      ext=["la gestion négociée de l’espace public lors de grands événements"],
      ela=[" : manifestations, événements et matches de football"]),
    C("football", "la violence dans le football",
      rew=["le hooliganisme", "la violence liée aux matches de football"],
      ext=["la violence dans le football et le racisme dans les stades"],
      ela=[" (dans et autour des stades)"]),
    C("identity", "la fraude à l’identité",
      rew=["l’usurpation d’identité", "la fraude identitaire"],
      ext=["la fraude à l’identité et la fraude au domicile"],
      ela=[" : faux documents et fraude par look-alike"]),
    C("identity", "la détermination d’identité, la fraude à l’identité et la fraude au domicile",
      rew=["l’établissement de l’identité, l’usurpation d’identité et la fraude domiciliaire"]),
    C("identity", "la fraude au domicile",
      rew=["la fraude domiciliaire", "les domiciliations fictives"],
      ela=[" : inscriptions fictives et adresses de complaisance"]),
    C("admin", "l’approche administrative",
      rew=["le volet administratif de la lutte contre la criminalité"],
      ext=["l’approche administrative et les enquêtes d’intégrité"],
      ela=[" : un élément essentiel de l’approche intégrale de la criminalité organisée"],
      cos=["l'approche administrative"]),
    C("admin info",
      "l’approche administrative et l’échange d’informations : un élément essentiel de l’approche "
      "intégrale de la criminalité organisée",
      rew=["le volet administratif et le partage d’informations, pilier de l’approche intégrale du "
           "crime organisé"],
      short=["l’approche administrative et l’échange d’informations"]),
    C("info", "l’échange d’informations",
      rew=["le partage d’informations", "la circulation de l’information"],
      ext=["l’échange d’informations entre police et justice"],
      ela=[" : entre autorités administratives, police et justice"]),
    C("intl", "la coopération internationale",
      rew=["la collaboration internationale", "la coopération transfrontalière"],
      ext=["la coopération internationale administrative et judiciaire"],
      ela=[" (Europol, Eurojust et Benelux)"]),
    C("intl", "la coopération policière internationale",
      rew=["la collaboration policière transfrontalière"],
      ela=[" : échange de données et équipes communes d’enquête"]),
    C("loot", "l’approche axée sur le butin",
      rew=["la saisie des avoirs criminels", "l’approche « follow the money »"],
      ext=["l’approche axée sur le butin et les patrimoines criminels"],
      ela=[" : saisie et confiscation des avoirs illicites"]),
    C("loot", "l’approche « follow the money »",
      rew=["la confiscation des profits criminels"],
      ela=[" : enquête financière systématique"],
      cos=["l’approche “follow the money”", "l'approche \"follow the money\"", "l’approche «follow the money»"]),
    C("orgcrime", "la criminalité organisée",
      rew=["le crime organisé", "les organisations criminelles"],
      ext=["la criminalité organisée et l’infiltration de l’économie légale"],
      ela=[" (atteinte à l’État de droit)"]),
    C("youth", "la délinquance juvénile",
      rew=["la criminalité des mineurs", "la délinquance des jeunes"],
      ext=["la délinquance juvénile et les bandes urbaines"],
      ela=[" : bandes de jeunes et violence en rue"]),
    C("migration", "la transmigration illégale",
      rew=["la migration de transit irrégulière"],
      ext=["la transmigration illégale et le trafic de migrants"],
      ela=[" (notamment sur les parkings autoroutiers)"]),
    C("victims", "l’accueil des victimes",
      rew=["l’aide aux victimes", "l’assistance aux victimes"],
      ext=["l’accueil des victimes et leur orientation"],
      ela=[" : accueil correct et orientation vers l’aide"]),
    C("prevention", "la prévention de la criminalité",
      rew=["la prévention de la délinquance"],
      ext=["la prévention de la criminalité et le sentiment de sécurité"],
      ela=[" (prévention situationnelle et sociale)"]),
    C("crisis", "la gestion de crise",
      rew=["la gestion des situations d’urgence", "la planification d’urgence"],
      ext=["la gestion de crise et la planification d’urgence"],
      ela=[" : catastrophes, pandémies et incidents majeurs"]),
    C("infra", "la protection des infrastructures critiques",
      rew=["la sécurisation des infrastructures vitales"],
      ext=["la protection des infrastructures critiques et des sites nucléaires"],
      ela=[" : ports, aéroports, énergie et télécommunications"]),
    C("ecommerce", "la fraude sur internet",
      rew=["l’escroquerie en ligne", "les arnaques en ligne"],
      ext=["la fraude sur internet et l’hameçonnage"],
      ela=[" : hameçonnage, faux webshops et fraude à l’investissement"]),
    C("ict", "l’internet et les TIC en tant que facilitateurs de la criminalité mais également pour le "
             "maintien de la sécurité et la recherche",
      short=["l’internet et les TIC en tant que facilitateurs de la criminalité"]),
    C("prison", "la récidive",
      rew=["la rechute dans la délinquance"],
      ext=["la récidive et la réinsertion des détenus"],
      ela=[" : suivi et réinsertion après la détention"]),
    C("tech", "les drones et les nouvelles technologies",
      rew=["l’usage abusif des drones et des technologies nouvelles"],
      ela=[" : drones, intelligence artificielle et chiffrement"]),
    S("thb", "le trafic et la traite des êtres humains",
      ["le trafic des êtres humains", "la traite des êtres humains"],
      ["le trafic de migrants", "l’exploitation des êtres humains"]),
    S("fraud", "la fraude sociale et fiscale",
      ["la fraude sociale", "la fraude fiscale"], ["la fraude aux allocations", "l’évasion fiscale"]),
    S("violent ifv sexviol child discrim",
      "criminalité violente, atteinte à l’intégrité de la personne et discrimination: violence "
      "intrafamiliale, violence sexuelle et maltraitance infantile",
      ["la criminalité violente et la discrimination", "la violence intrafamiliale",
       "la violence sexuelle et la maltraitance infantile"]),
    S("cyber", "la cybercriminalité et la cybersécurité",
      ["la cybercriminalité", "la cybersécurité"], ["la criminalité informatique", "la sécurité informatique"]),
    S("terror radical", "la radicalisation, l’extrémisme violent et le terrorisme",
      ["la radicalisation et l’extrémisme violent", "le terrorisme"],
      ["la radicalisation violente", "l’extrémisme et la menace terroriste"]),
    S("property itinerant goods", "la criminalité organisée contre la propriété et trafics de biens illégaux",
      ["la criminalité organisée contre les biens", "les trafics de biens illégaux"]),
    S("env animals",
      "l’environnement (lié à la fraude) : fraude aux déchets, biodiversité, bien-être animal et fraude énergétique",
      ["la fraude aux déchets et la fraude énergétique", "la biodiversité et le bien-être animal"]),
    S("identity", "la détermination d’identité, la fraude à l’identité et la fraude au domicile",
      ["la détermination d’identité et la fraude à l’identité", "la fraude au domicile"]),
    S("admin info", "l’approche administrative et l’échange d’informations",
      ["l’approche administrative", "le partage d’informations"]),
    S("traffic", "la sécurité routière : vitesse, conduite sous influence et usage du GSM",
      ["les excès de vitesse", "la conduite sous influence et le GSM au volant"]),
    S("finance corruption", "le blanchiment et la corruption",
      ["le blanchiment de capitaux", "la corruption publique et privée"]),
    S("property vehicles", "les cambriolages et les vols de véhicules",
      ["les cambriolages dans les habitations", "le vol de voitures"]),
    S("drugs", "la drogue : production de cannabis, drogues synthétiques et importation de cocaïne",
      ["la culture de cannabis et les drogues de synthèse", "l’importation de cocaïne"]),
    S("nuisance publicorder", "les incivilités et la gestion de l’espace public",
      ["les nuisances", "la gestion négociée de l’espace public"]),
    M("nuisance", ["les incivilités", "le vandalisme"], "les incivilités et le vandalisme"),
    M("env", ["la criminalité environnementale", "la fraude aux déchets"],
      "la criminalité environnementale et la fraude aux déchets"),
    M("terror", ["le terrorisme", "le financement du terrorisme"], "le terrorisme et son financement"),
]

VOCAB["de"] = [
    C("terror", "Terrorismus",
      rew=["terroristische Bedrohung", "Terrorismusbekämpfung"],
      ext=["Terrorismus und Terrorismusfinanzierung"],
      ela=[": Prävention, Aufdeckung und Verfolgung", " (einschließlich zurückgekehrter Kämpfer)"]),
    C("terror", "Terrorismusfinanzierung",
      rew=["Finanzierung des Terrorismus"],
      ext=["Terrorismusfinanzierung und Geldwäsche"],
      ela=[": Geldflüsse an terroristische Gruppen"]),
    C("terror radical", "Radikalisierung, gewalttätiger Extremismus und Terrorismus",
      rew=["gewaltbereite Radikalisierung, Extremismus und Terror"],
      ext=["Radikalisierung, Polarisierung, gewalttätiger Extremismus und Terrorismus"],
      ela=[": Prävention und Früherkennung"]),
    C("radical", "Polarisierung",
      rew=["gesellschaftliche Spaltung"],
      ext=["Polarisierung und Radikalisierung"],
      ela=[" (online und offline)"]),
    C("radical", "gewalttätiger Extremismus",
      rew=["extremistische Gewalt", "gewaltbereiter Extremismus"],
      ext=["gewalttätiger Extremismus aller Richtungen"],
      ela=[": Rechts-, Links- und religiöser Extremismus"]),
    C("thb", "Menschenhandel",
      rew=["Handel mit Menschen", "Ausbeutung von Menschen"],
      ext=["Menschenhandel und Arbeitsausbeutung"],
      ela=[": sexuelle und wirtschaftliche Ausbeutung"]),
    C("thb", "Menschenschmuggel",
      rew=["Schleuserkriminalität", "Schleusung von Migranten"],
      ext=["Menschenschmuggel und illegale Einwanderung"],
      ela=[" (Schleusernetzwerke)"]),
    C("thb", "Menschenschmuggel und Menschenhandel",
      rew=["Menschenhandel und Schleuserkriminalität"],
      ela=[": Ausbeutung und Schleusernetzwerke"]),
    C("drugs", "Drogen",
      rew=["Drogenpolitik", "Rauschgiftkriminalität"],
      ext=["Drogen und drogenbedingte Kriminalität"],
      ela=[": Cannabisanbau und synthetische Drogen", " (Kokain, Cannabis und synthetische Drogen)"]),
    C("drugs", "Drogenhandel",
      rew=["Handel mit Betäubungsmitteln", "Rauschgifthandel"],
      ext=["Drogenhandel und drogenbedingte Gewalt"],
      ela=[": Kokaineinfuhr über die Häfen"]),
    C("drugs", "aktualisierte integrale und integrierte Drogenpolitik",
      rew=["aktualisierte, ganzheitliche und integrierte Drogenpolitik"],
      ela=[": Prävention, Hilfe und Repression"]),
    C("drugs", "synthetische Drogen",
      rew=["Designerdrogen"],
      ext=["synthetische Drogen und Grundstoffe"],
      ela=[" (Herstellung, Handel und Entsorgung von Drogenabfällen)"]),
    C("fraud", "Sozialbetrug",
      rew=["Sozialleistungsbetrug", "Betrug bei Sozialleistungen"],
      ext=["Sozialbetrug und Schwarzarbeit"],
      ela=[": Schwarzarbeit, Sozialdumping und Leistungsmissbrauch"]),
    C("fraud", "Sozialdumping",
      rew=["Lohndumping"],
      ext=["Sozialdumping und Scheinselbständigkeit"],
      ela=[" (Scheinentsendungen)"]),
    C("fraud", "Steuerbetrug",
      rew=["Steuerhinterziehung", "Abgabenbetrug"],
      ext=["Steuerbetrug und Mehrwertsteuerkarusselle"],
      ela=[": Umsatzsteuerbetrug und Steuerkonstruktionen"]),
    C("fraud", "Sozial- und Steuerbetrug",
      rew=["Steuer- und Sozialbetrug"],
      ext=["Sozial-, Wirtschafts- und Steuerbetrug"],
      ela=[": Schwarzarbeit, Mehrwertsteuerbetrug und Leistungsmissbrauch"]),
    C("finance", "Geldwäsche",
      rew=["Geldwäscherei", "Reinwaschen illegaler Gelder"],
      ext=["Geldwäsche und Untergrundbanking"],
      ela=[": über Untergrundbanken und Kryptowährungen"]),
    C("finance", "Wirtschafts- und Finanzkriminalität",
      rew=["wirtschaftliche und finanzielle Kriminalität"],
      ext=["Wirtschafts- und Finanzkriminalität im großen Stil"],
      ela=[" (Geldwäsche, Korruption und Insolvenzbetrug)"]),
    C("corruption", "Korruption",
      rew=["Bestechung", "Bestechlichkeit und Bestechung"],
      ext=["Korruption und Interessenkonflikte"],
      ela=[" (im öffentlichen und privaten Sektor)"]),
    C("cyber", "Cyberkriminalität",
      rew=["Computerkriminalität", "Internetkriminalität"],
      ext=["Cyberkriminalität und Cybersicherheit"],
      ela=[": Ransomware, Phishing und Hacking"],
      cos=["Cyber-Kriminalität"]),
    C("cyber", "Cyberkriminalität und Cybersicherheit",
      rew=["Computerkriminalität und IT-Sicherheit"],
      ela=[": Schutz von Bürgern, Unternehmen und Behörden"],
      cos=["Cyberkriminalität und Cyber-Sicherheit", "Cyber-Kriminalität und Cyber-Sicherheit"]),
    C("cyber", "Cybersicherheit",
      rew=["IT-Sicherheit", "Informationssicherheit"],
      ext=["Cybersicherheit kritischer Infrastrukturen"],
      ela=[" (Widerstandsfähigkeit gegen Cyberangriffe)"],
      cos=["Cyber-Sicherheit"]),
    C("child", "sexueller Kindesmissbrauch im Internet",
      rew=["sexuelle Ausbeutung von Kindern online"],
      ela=[": Cybergrooming und Missbrauchsdarstellungen"]),
    C("child", "Kindesmissbrauch",
      rew=["Missbrauch von Minderjährigen", "sexueller Missbrauch von Kindern"],
      ext=["Kindesmissbrauch und Kindesvernachlässigung"],
      ela=[" (offline und online)"]),
    C("ifv", "innerfamiliäre Gewalt",
      rew=["häusliche Gewalt", "Gewalt in der Familie"],
      ext=["innerfamiliäre Gewalt und Gewalt im Namen der Ehre"],
      ela=[": Partnergewalt, Kindesmisshandlung und Gewalt gegen Ältere"]),
    C("sexviol", "sexuelle Gewalt",
      rew=["Sexualdelikte", "Sexualstraftaten"],
      ext=["sexuelle Gewalt gegen Erwachsene"],
      ela=[": Vergewaltigung, sexuelle Nötigung und Voyeurismus"]),
    C("violent", "Gewaltkriminalität",
      rew=["Gewaltdelikte", "gewalttätige Kriminalität"],
      ext=["Gewaltkriminalität und Waffengewalt"],
      ela=[": Straßengewalt, Raubüberfälle und sinnlose Gewalt"]),
    C("violent ifv sexviol child discrim",
      "Gewaltkriminalität, Verletzung der persönlichen Integrität und Diskriminierung: innerfamiliäre "
      "Gewalt, sexuelle Gewalt und Kindesmissbrauch",
      rew=["Gewaltdelikte, Angriffe auf die persönliche Unversehrtheit und Diskriminierung: häusliche "
           "Gewalt, Sexualdelikte und Kindesmissbrauch"],
      short=["Gewaltkriminalität, Verletzung der persönlichen Integrität und Diskriminierung"]),
    C("violent", "Straßengewalt",
      rew=["Gewalt im öffentlichen Raum"],
      ext=["Straßengewalt und sinnlose Gewalt"],
      ela=[" (vor allem in Ausgehvierteln)"],
      cos=["Strassengewalt"]),
    C("discrim", "Diskriminierung und Hasskriminalität",
      rew=["Hassdelikte und Diskriminierung"],
      ext=["Diskriminierung, Hassrede und Hasskriminalität"],
      ela=[": Rassismus, Homophobie und Antisemitismus"]),
    C("property", "Wohnungseinbrüche",
      rew=["Einbrüche in Wohnungen", "Wohnungseinbruchdiebstahl"],
      ext=["Wohnungseinbrüche und Einbrüche in Betriebe"],
      ela=[" (vor allem durch reisende Tätergruppen)"]),
    C("property", "Einbruchskriminalität",
      rew=["Einbruchsdiebstahl"],
      ext=["Einbruchskriminalität und Hehlerei"],
      ela=[": Wohnungen, Geschäfte und Firmengelände"]),
    C("property", "Eigentumskriminalität",
      rew=["Vermögensdelikte", "Diebstahl und Einbruch"],
      ext=["Eigentumskriminalität und Hehlerei"],
      ela=[": Wohnungseinbrüche, Fahrzeugdiebstahl und Ladungsdiebstahl"]),
    C("property itinerant goods", "organisierte Eigentumskriminalität und illegaler Warenhandel",
      rew=["organisierte Vermögenskriminalität und illegale Warenströme"],
      ext=["organisierte und reisende Eigentumskriminalität und illegaler Warenhandel"],
      ela=[": reisende Täter und illegaler Waffenhandel"]),
    C("itinerant", "reisende Tätergruppen",
      rew=["mobile Banden", "reisende Täter"],
      ext=["reisende Tätergruppen und mobile Banden"],
      ela=[": Einbrüche, Blitzeinbrüche und Diebstahl auf Parkplätzen"]),
    C("vehicles", "Kfz-Diebstahl",
      rew=["Diebstahl von Fahrzeugen", "Autodiebstahl"],
      ext=["Kfz-Diebstahl und Carjacking"],
      ela=[" (einschließlich Fahrraddiebstahl)"],
      cos=["KFZ-Diebstahl", "Kfz Diebstahl"]),
    C("goods", "illegaler Warenhandel",
      rew=["Schmuggel von Waren", "illegale Warenströme"],
      ext=["illegaler Warenhandel und Produktpiraterie"],
      ela=[": Fälschungen, Zigaretten und Kulturgüter"]),
    C("firearms", "illegaler Waffenhandel",
      rew=["Waffenschmuggel", "Handel mit illegalen Schusswaffen"],
      ext=["illegaler Waffenhandel und illegaler Waffenbesitz"],
      ela=[": Schusswaffen, Munition und Sprengstoffe"]),
    C("firearms", "illegaler Waffenbesitz",
      rew=["unerlaubter Besitz von Schusswaffen"],
      ela=[" (Schusswaffen und Messer)"]),
    C("env", "Umwelt",
      rew=["Umweltkriminalität"],
      ext=["Umwelt und öffentliche Gesundheit"],
      ela=[" (betrugsbezogen): Abfallbetrug, Biodiversität, Tierschutz und Energiebetrug",
           ": Abfallbetrug und Umweltdelikte"]),
    C("env", "Umweltkriminalität",
      rew=["Umweltdelikte", "Umweltstraftaten"],
      ext=["Umweltkriminalität und Abfallbetrug"],
      ela=[": illegale Abfalltransporte und Bodenverschmutzung"]),
    C("env", "Abfallbetrug",
      rew=["illegale Abfallentsorgung", "Betrug mit Abfällen"],
      ext=["Abfallbetrug und illegale Abfalltransporte"],
      ela=[" (vor allem grenzüberschreitend)"]),
    C("animals", "Tierschutz",
      rew=["Tierwohl", "Schutz der Tiere"],
      ext=["Tierschutz und Artenvielfalt"],
      ela=[": Tierquälerei und illegaler Tierhandel"]),
    C("traffic", "Verkehrssicherheit",
      rew=["Sicherheit im Straßenverkehr", "sicherer Straßenverkehr"],
      ext=["Verkehrssicherheit und Mobilität"],
      ela=[": Geschwindigkeit, Alkohol und Drogen am Steuer",
           " (mit Blick auf schwächere Verkehrsteilnehmer)"]),
    C("traffic", "Fahren unter Einfluss",
      rew=["Alkohol und Drogen am Steuer"],
      ext=["Fahren unter Einfluss von Alkohol oder Drogen"],
      ela=[": Alkohol, Drogen und Medikamente"]),
    C("traffic", "Aggression im Straßenverkehr",
      rew=["aggressives Fahrverhalten"],
      ext=["Aggression im Straßenverkehr und Raserei"],
      ela=[" (einschließlich Drängeln)"]),
    C("nuisance", "Belästigungen im öffentlichen Raum",
      rew=["Ordnungsstörungen", "störendes Verhalten"],
      ext=["Belästigungen im öffentlichen Raum und Vandalismus"],
      ela=[": wildes Müllabladen, Vandalismus und Lärmbelästigung"]),
    C("nuisance", "Vandalismus",
      rew=["Sachbeschädigung", "mutwillige Zerstörung"],
      ext=["Vandalismus und Graffiti"],
      ela=[" (insbesondere im öffentlichen Verkehr)"]),
    C("publicorder", "Schutz der öffentlichen Ordnung",
      rew=["Wahrung der öffentlichen Ordnung"],
      ext=["Schutz der öffentlichen Ordnung bei Großveranstaltungen"],
      ela=[": Demonstrationen, Veranstaltungen und Fußballspiele"]),
    C("football", "Gewalt im Fußball",
      rew=["Hooliganismus", "Fußballgewalt"],
      ext=["Gewalt im Fußball und Rassismus in Stadien"],
      ela=[" (in und um die Stadien)"],
      cos=["Gewalt im Fussball"]),
    C("identity", "Identitätsbetrug",
      rew=["Identitätsdiebstahl", "Identitätsmissbrauch"],
      ext=["Identitätsbetrug und Wohnsitzbetrug"],
      ela=[": gefälschte Dokumente und Look-alike-Betrug"]),
    C("identity", "Identitätsfeststellung, Identitätsbetrug und Wohnsitzbetrug",
      rew=["Identitätsprüfung, Identitätsdiebstahl und Scheinanmeldungen"]),
    C("identity", "Wohnsitzbetrug",
      rew=["Scheinwohnsitze", "Scheinanmeldungen"],
      ela=[": fiktive Anmeldungen und Briefkastenadressen"]),
    C("admin", "verwaltungsrechtlicher Ansatz",
      rew=["administrativer Ansatz", "verwaltungsrechtliche Bekämpfung der Kriminalität"],
      ext=["verwaltungsrechtlicher Ansatz und Integritätsprüfungen"],
      ela=[": ein wesentlicher Bestandteil des integralen Ansatzes gegen organisierte Kriminalität"]),
    C("admin info",
      "verwaltungsrechtlicher Ansatz und Informationsaustausch: ein wesentlicher Bestandteil des "
      "integralen Ansatzes gegen organisierte Kriminalität",
      rew=["administratives Vorgehen und Austausch von Informationen als Schlüssel zur integralen "
           "Bekämpfung des organisierten Verbrechens"],
      short=["verwaltungsrechtlicher Ansatz und Informationsaustausch"]),
    C("info", "Informationsaustausch",
      rew=["Informationsweitergabe", "Austausch von Informationen"],
      ext=["Informationsaustausch zwischen Polizei und Justiz"],
      ela=[": zwischen Verwaltung, Polizei und Justiz"]),
    C("intl", "internationale Zusammenarbeit",
      rew=["grenzüberschreitende Zusammenarbeit", "internationale Kooperation"],
      ext=["internationale Zusammenarbeit in Verwaltungs- und Strafsachen"],
      ela=[" (Europol, Eurojust und Benelux)"]),
    C("intl", "internationale polizeiliche Zusammenarbeit",
      rew=["grenzüberschreitende Polizeikooperation"],
      ela=[": Datenaustausch und gemeinsame Ermittlungsgruppen"]),
    C("loot", "der beuteorientierte Ansatz",
      rew=["Vermögensabschöpfung", "der „Follow the money“-Ansatz"],
      ext=["der beuteorientierte und finanzielle Ansatz"],
      ela=[": Beschlagnahme und Einziehung krimineller Vermögen"]),
    C("loot", "der „Follow the money“-Ansatz",
      rew=["Abschöpfung krimineller Gewinne"],
      ela=[": systematische Finanzermittlungen"],
      cos=["der \"Follow the money\"-Ansatz", "der »Follow the money«-Ansatz"]),
    C("orgcrime", "organisierte Kriminalität",
      rew=["organisiertes Verbrechen", "kriminelle Organisationen"],
      ext=["organisierte Kriminalität und Unterwanderung der legalen Wirtschaft"],
      ela=[" (Gefährdung des Rechtsstaats)"]),
    C("youth", "Jugendkriminalität",
      rew=["Jugenddelinquenz", "Kriminalität Minderjähriger"],
      ext=["Jugendkriminalität und Jugendbanden"],
      ela=[": Jugendbanden und Straßenkultur"]),
    C("migration", "illegale Transitmigration",
      rew=["irreguläre Transitmigration"],
      ext=["illegale Transitmigration und Schleusung"],
      ela=[" (vor allem auf Autobahnparkplätzen)"]),
    C("victims", "Opferbetreuung",
      rew=["Opferhilfe", "Unterstützung der Opfer"],
      ext=["Opferbetreuung und Opferschutz"],
      ela=[": angemessene Aufnahme und Weiterverweisung"]),
    C("prevention", "Kriminalprävention",
      rew=["Verbrechensvorbeugung", "Vorbeugung von Straftaten"],
      ext=["Kriminalprävention und Sicherheitsgefühl"],
      ela=[" (situative und soziale Prävention)"]),
    C("crisis", "Krisenmanagement",
      rew=["Krisenbewältigung", "Notfallplanung und Krisenbewältigung"],
      ext=["Krisenmanagement und Notfallplanung"],
      ela=[": Katastrophen, Pandemien und Großschadenslagen"]),
    C("infra", "Schutz kritischer Infrastrukturen",
      rew=["Sicherung lebenswichtiger Infrastruktur"],
      ext=["Schutz kritischer Infrastrukturen und kerntechnischer Anlagen"],
      ela=[": Häfen, Flughäfen, Energie und Telekommunikation"]),
    C("ecommerce", "Internetbetrug",
      rew=["Online-Betrug", "Betrug im Internet"],
      ext=["Internetbetrug und Phishing"],
      ela=[": Phishing, Fake-Shops und Anlagebetrug"]),
    C("ict", "das Internet und die IKT als Wegbereiter der Kriminalität, aber auch als Hilfsmittel für "
             "Sicherheit und Ermittlungen",
      short=["das Internet und die IKT als Wegbereiter der Kriminalität"]),
    C("prison", "Rückfälligkeit",
      rew=["Rückfallkriminalität", "erneute Straffälligkeit"],
      ext=["Rückfälligkeit und Wiedereingliederung von Häftlingen"],
      ela=[": Nachsorge und Wiedereingliederung nach der Haft"]),
    C("tech", "Drohnen und neue Technologien",
      rew=["Missbrauch von Drohnen und neuen Technologien"],
      ela=[": Drohnen, künstliche Intelligenz und Verschlüsselung"]),
    S("thb", "Menschenschmuggel und Menschenhandel",
      ["Menschenschmuggel", "Menschenhandel"], ["Schleuserkriminalität", "Ausbeutung von Menschen"]),
    S("fraud", "Sozial- und Steuerbetrug",
      ["Sozialbetrug", "Steuerbetrug"], ["Sozialleistungsbetrug", "Steuerhinterziehung"]),
    S("violent ifv sexviol child discrim",
      "Gewaltkriminalität, Verletzung der persönlichen Integrität und Diskriminierung: innerfamiliäre "
      "Gewalt, sexuelle Gewalt und Kindesmissbrauch",
      ["Gewaltkriminalität und Diskriminierung", "innerfamiliäre Gewalt", "sexuelle Gewalt und Kindesmissbrauch"]),
    S("cyber", "Cyberkriminalität und Cybersicherheit",
      ["Cyberkriminalität", "Cybersicherheit"], ["Computerkriminalität", "IT-Sicherheit"]),
    S("terror radical", "Radikalisierung, gewalttätiger Extremismus und Terrorismus",
      ["Radikalisierung und gewalttätiger Extremismus", "Terrorismus"],
      ["gewaltbereite Radikalisierung", "Extremismus und terroristische Bedrohung"]),
    S("property itinerant goods", "organisierte Eigentumskriminalität und illegaler Warenhandel",
      ["organisierte Eigentumskriminalität", "illegaler Warenhandel"],
      ["organisierte Vermögenskriminalität", "illegale Warenströme"]),
    S("env animals", "Umwelt (betrugsbezogen): Abfallbetrug, Biodiversität, Tierschutz und Energiebetrug",
      ["Abfallbetrug und Energiebetrug", "Biodiversität und Tierschutz"]),
    S("identity", "Identitätsfeststellung, Identitätsbetrug und Wohnsitzbetrug",
      ["Identitätsfeststellung und Identitätsbetrug", "Wohnsitzbetrug"]),
    S("admin info", "verwaltungsrechtlicher Ansatz und Informationsaustausch",
      ["administrativer Ansatz", "Austausch von Informationen"]),
    S("traffic", "Verkehrssicherheit: Geschwindigkeit, Fahren unter Einfluss und Handy am Steuer",
      ["überhöhte Geschwindigkeit", "Fahren unter Einfluss und Handynutzung am Steuer"]),
    S("finance corruption", "Geldwäsche und Korruption",
      ["Geldwäscherei", "Bestechung und Korruption"]),
    S("property vehicles", "Wohnungseinbrüche und Kfz-Diebstahl",
      ["Einbrüche in Wohnungen", "Diebstahl von Fahrzeugen"]),
    S("drugs", "Drogen: Cannabisanbau, synthetische Drogen und Kokainimport",
      ["Cannabisanbau und Designerdrogen", "Einfuhr von Kokain"]),
    S("nuisance publicorder", "Belästigungen und öffentliche Ordnung",
      ["Ordnungsstörungen", "Schutz der öffentlichen Ordnung"]),
    M("env", ["Umweltkriminalität", "Abfallbetrug"], "Umweltkriminalität und Abfallbetrug"),
    M("terror", ["Terrorismus", "Terrorismusfinanzierung"], "Terrorismus und seine Finanzierung"),
    M("nuisance", ["Belästigungen im öffentlichen Raum", "Vandalismus"], "Belästigungen und Vandalismus"),
]

VOCAB["en"] = [
    C("terror", "terrorism",
      rew=["the terrorist threat", "the fight against terror"],
      ext=["terrorism and terrorist financing"],
      ela=[": prevention, detection and prosecution", " (including returning foreign fighters)"]),
    C("terror", "terrorist financing",
      rew=["financing of terrorism"],
      ext=["terrorist financing and money laundering"],
      ela=[": money flows to terrorist groups"]),
    C("terror radical", "radicalisation, violent extremism and terrorism",
      rew=["violent radicalisation, extremism and terror"],
      ext=["radicalisation, polarisation, violent extremism and terrorism"],
      ela=[": prevention and early detection"],
      cos=["radicalisation, violent extremism, and terrorism"]),
    C("radical", "polarisation",
      rew=["social division", "a divided society"],
      ext=["polarisation and radicalisation"],
      ela=[" (online and offline)"]),
    C("radical", "violent extremism",
      rew=["extremist violence"],
      ext=["violent extremism of all kinds"],
      ela=[": right-wing, left-wing and religious extremism"]),
    C("thb", "trafficking in human beings",
      rew=["human trafficking", "the exploitation of people"],
      ext=["trafficking in human beings and labour exploitation"],
      ela=[": sexual and economic exploitation"]),
    C("thb", "human smuggling",
      rew=["migrant smuggling", "people smuggling"],
      ext=["human smuggling and illegal immigration"],
      ela=[" (smuggling networks)"]),
    C("thb", "human smuggling and trafficking in human beings",
      rew=["people smuggling and human trafficking"],
      ela=[": exploitation and smuggling networks"]),
    C("drugs", "drugs",
      rew=["drug policy", "narcotics"],
      ext=["drugs and drug-related crime"],
      ela=[": cannabis cultivation and synthetic drugs", " (cocaine, cannabis and synthetic drugs)"]),
    C("drugs", "drug trafficking",
      rew=["the drug trade", "narcotics trafficking"],
      ext=["drug trafficking and drug-related violence"],
      ela=[": cocaine imports through the ports"]),
    C("drugs", "an updated integral and integrated drug policy",
      rew=["an updated, comprehensive and integrated drugs policy"],
      ela=[": prevention, care and enforcement"]),
    C("drugs", "synthetic drugs",
      rew=["designer drugs"],
      ext=["synthetic drugs and precursors"],
      ela=[" (production, trafficking and dumping of drug waste)"]),
    C("fraud", "social fraud",
      rew=["benefit fraud", "welfare fraud"],
      ext=["social security fraud", "social fraud and undeclared work"],
      ela=[": undeclared work, social dumping and benefit fraud"]),
    C("fraud", "social dumping",
      rew=["unfair wage competition"],
      ext=["social dumping and bogus self-employment"],
      ela=[" (bogus posting of workers)"]),
    C("fraud", "tax fraud",
      rew=["tax evasion"],
      ext=["tax fraud and VAT carousel fraud"],
      ela=[": VAT fraud and tax schemes"]),
    C("fraud", "social and tax fraud",
      rew=["tax and social security fraud"],
      ext=["social, economic and tax fraud"],
      ela=[": undeclared work, VAT fraud and benefit fraud"]),
    C("finance", "money laundering",
      rew=["laundering of criminal proceeds"],
      ext=["money laundering and underground banking"],
      ela=[": through underground banking and cryptocurrencies"]),
    C("finance", "economic and financial crime",
      rew=["financial and economic crime", "white-collar crime"],
      ext=["economic and financial crime and money laundering"],
      ela=[" (money laundering, corruption and bankruptcy fraud)"]),
    C("corruption", "corruption",
      rew=["bribery"],
      ext=["corruption and conflicts of interest"],
      ela=[" (in the public and private sectors)"]),
    C("cyber", "cybercrime",
      rew=["computer crime", "online crime"],
      ext=["cybercrime and cybersecurity"],
      ela=[": ransomware, phishing and hacking"],
      cos=["cyber crime", "cyber-crime"]),
    C("cyber", "cybercrime and cyber security",
      rew=["computer crime and IT security"],
      ela=[": protecting citizens, businesses and public authorities"],
      cos=["cybercrime and cybersecurity", "cybercrime and cyber-security"]),
    C("cyber", "cybersecurity",
      rew=["information security", "IT security"],
      ext=["cybersecurity of critical infrastructure"],
      ela=[" (resilience against cyber attacks)"]),
    C("child", "online child sexual abuse",
      rew=["sexual exploitation of children on the internet"],
      ela=[": grooming and abuse material"]),
    C("child", "child abuse",
      rew=["abuse of minors", "the sexual abuse of children"],
      ext=["child abuse and neglect"],
      ela=[" (offline and online)"]),
    C("ifv", "intra-family violence",
      rew=["domestic violence", "violence within the family"],
      ext=["intra-family violence and honour-related violence"],
      ela=[": partner violence and elder abuse"],
      cos=["intrafamily violence", "intra family violence"]),
    C("sexviol", "sexual violence",
      rew=["sexual offences", "sex crimes"],
      ext=["sexual violence against adults"],
      ela=[": rape, sexual assault and voyeurism"]),
    C("violent", "violent crime",
      rew=["crimes of violence", "violent offences"],
      ext=["violent crime and gun violence"],
      ela=[": street violence, robberies and random violence"]),
    C("violent ifv sexviol child discrim",
      "violent crime, violations of personal integrity and discrimination: intra-family violence, "
      "sexual violence and child abuse",
      rew=["violent offences, attacks on personal integrity and discrimination: domestic violence, "
           "sexual offences and child abuse"],
      short=["violent crime, violations of personal integrity and discrimination"]),
    C("violent", "street violence",
      rew=["violence in public spaces"],
      ext=["street violence and random assaults"],
      ela=[" (especially in nightlife areas)"]),
    C("discrim", "discrimination and hate crime",
      rew=["hate crime and discrimination"],
      ext=["discrimination, hate speech and hate crime"],
      ela=[": racism, homophobia and antisemitism"]),
    C("property", "domestic burglary",
      rew=["home burglaries", "burglary of homes"],
      ext=["domestic burglary and commercial burglary"],
      ela=[" (mainly by itinerant gangs)"]),
    C("property", "property crime",
      rew=["crimes against property", "theft and burglary"],
      ext=["property crime and handling stolen goods"],
      ela=[": burglaries, vehicle theft and cargo theft"]),
    C("property itinerant goods", "organised property crime and illegal trafficking of goods",
      rew=["organised acquisitive crime and illicit trade in goods"],
      ext=["organised and itinerant property crime and illegal trafficking of goods"],
      ela=[": itinerant offenders and illegal arms trafficking"]),
    C("itinerant", "itinerant criminal groups",
      rew=["mobile gangs", "itinerant offenders"],
      ext=["itinerant criminal groups and mobile gangs"],
      ela=[": burglaries, ram raids and car park thefts"]),
    C("vehicles", "vehicle theft",
      rew=["car theft", "theft of vehicles"],
      ext=["vehicle theft and carjacking"],
      ela=[" (including bicycle theft)"]),
    C("goods", "illegal trafficking of goods",
      rew=["illicit trade in goods", "smuggling of goods"],
      ext=["illegal trafficking of goods and counterfeiting"],
      ela=[": counterfeits, cigarettes and cultural goods"]),
    C("firearms", "illegal arms trafficking",
      rew=["gunrunning", "firearms smuggling"],
      ext=["illegal arms trafficking and illegal possession of firearms"],
      ela=[": firearms, ammunition and explosives"]),
    C("firearms", "illegal possession of firearms",
      rew=["unlawful gun ownership"],
      ela=[" (firearms and knives)"]),
    C("env", "the environment",
      rew=["environmental protection"],
      ext=["the environment and public health"],
      ela=[" (linked to fraud): waste fraud, biodiversity, animal welfare and energy fraud",
           ": waste fraud and environmental offences"]),
    C("env", "environmental crime",
      rew=["environmental offences", "crimes against the environment"],
      ext=["environmental crime and waste fraud"],
      ela=[": illegal waste shipments and soil pollution"]),
    C("env", "waste fraud",
      rew=["illegal waste disposal", "fraud involving waste"],
      ext=["waste fraud and illegal waste shipments"],
      ela=[" (mostly cross-border)"]),
    C("animals", "animal welfare",
      rew=["the welfare of animals", "animal protection"],
      ext=["animal welfare and biodiversity"],
      ela=[": animal cruelty and illegal wildlife trade"]),
    C("traffic", "road safety",
      rew=["safety on the roads", "traffic safety"],
      ext=["road safety and mobility"],
      ela=[": speeding, drink-driving and drug-driving", " (with a focus on vulnerable road users)"]),
    C("traffic", "driving under the influence",
      rew=["drink-driving and drug-driving"],
      ext=["driving under the influence of alcohol or drugs"],
      ela=[": alcohol, drugs and medication"]),
    C("traffic", "aggressive driving",
      rew=["road rage"],
      ext=["aggressive driving and speeding"],
      ela=[" (including tailgating)"]),
    C("nuisance", "anti-social behaviour",
      rew=["public nuisance", "nuisance"],
      ext=["anti-social behaviour and public order"],
      ela=[": fly-tipping, vandalism and noise nuisance"],
      cos=["antisocial behaviour", "anti social behaviour"]),
    C("nuisance", "vandalism",
      rew=["criminal damage", "wilful damage"],
      ext=["vandalism and graffiti"],
      ela=[" (particularly on public transport)"]),
    C("publicorder", "negotiated management of public space",
      rew=["negotiated policing of public spaces"],
      ext=["negotiated management of public space at major events"],
      ela=[": demonstrations, events and football matches"]),
    C("football", "football violence",
      rew=["hooliganism", "violence at football matches"],
      ext=["football violence and racism in stadiums"],
      ela=[" (inside and around stadiums)"]),
    C("identity", "identity fraud",
      rew=["identity theft", "misuse of identity"],
      ext=["identity fraud and address fraud"],
      ela=[": forged documents and look-alike fraud"]),
    C("identity", "identification, identity fraud and address fraud",
      rew=["establishing identity, identity theft and sham addresses"]),
    C("identity", "address fraud",
      rew=["sham registrations", "fictitious addresses"],
      ela=[": fictitious registrations and letterbox addresses"]),
    C("admin", "the administrative approach",
      rew=["administrative enforcement", "tackling crime through administrative measures"],
      ext=["the administrative approach and integrity screening"],
      ela=[": an essential part of the integral approach to organised crime"]),
    C("admin info",
      "the administrative approach and information exchange: an essential part of the integral "
      "approach to organised crime",
      rew=["administrative enforcement and information sharing as the key to an integral approach "
           "to organized crime"],
      short=["the administrative approach and information exchange"]),
    C("info", "information exchange",
      rew=["information sharing", "the sharing of information"],
      ext=["information exchange between police and justice"],
      ela=[": between local authorities, police and justice"]),
    C("intl", "international cooperation",
      rew=["cross-border cooperation", "international collaboration"],
      ext=["international cooperation in administrative and criminal matters"],
      ela=[" (Europol, Eurojust and Benelux)"],
      cos=["international co-operation"]),
    C("intl", "international police cooperation",
      rew=["cross-border policing"],
      ela=[": data exchange and joint investigation teams"]),
    C("loot", "the proceeds-oriented approach",
      rew=["asset recovery", "the 'follow the money' approach"],
      ext=["the proceeds-oriented and financial approach"],
      ela=[": seizure and confiscation of criminal assets"]),
    C("loot", "the \"follow the money\" approach",
      rew=["confiscating criminal profits"],
      ela=[": systematic financial investigation"],
      cos=["the “follow the money” approach", "the 'follow the money' approach", "the ‘follow the money’ approach"]),
    C("orgcrime", "organised crime",
      rew=["organized crime", "criminal organisations"],
      ext=["organised crime and the infiltration of the legal economy"],
      ela=[" (undermining the rule of law)"]),
    C("youth", "juvenile delinquency",
      rew=["youth crime", "offending by minors"],
      ext=["juvenile delinquency and youth gangs"],
      ela=[": youth gangs and street culture"]),
    C("migration", "illegal transit migration",
      rew=["irregular transit migration"],
      ext=["illegal transit migration and migrant smuggling"],
      ela=[" (especially at motorway service areas)"]),
    C("victims", "victim support",
      rew=["assistance to victims", "care for victims"],
      ext=["victim support and victim protection"],
      ela=[": proper reception and referral"]),
    C("prevention", "crime prevention",
      rew=["preventing crime", "the prevention of offending"],
      ext=["crime prevention and feelings of safety"],
      ela=[" (situational and social prevention)"]),
    C("crisis", "crisis management",
      rew=["emergency planning and crisis response"],
      ext=["crisis management and emergency planning"],
      ela=[": disasters, pandemics and major incidents"]),
    C("infra", "protection of critical infrastructure",
      rew=["securing vital infrastructure"],
      ext=["protection of critical infrastructure and nuclear sites"],
      ela=[": ports, airports, energy and telecoms"]),
    C("ecommerce", "online fraud",
      rew=["internet scams", "fraud over the internet"],
      ext=["online fraud and phishing"],
      ela=[": phishing, fake web shops and investment fraud"]),
    C("ict", "the internet and ICT as facilitators of crime but also of security enforcement and investigation",
      short=["the internet and ICT as facilitators of crime"]),
    C("prison", "reoffending",
      rew=["recidivism", "repeat offending"],
      ext=["reoffending and the reintegration of prisoners"],
      ela=[": aftercare and reintegration after prison"],
      cos=["re-offending"]),
    C("tech", "drones and new technologies",
      rew=["misuse of drones and emerging technology"],
      ela=[": drones, artificial intelligence and encryption"]),
    S("thb", "human smuggling and trafficking in human beings",
      ["human smuggling", "trafficking in human beings"], ["migrant smuggling", "the exploitation of people"]),
    S("fraud", "social and tax fraud",
      ["social fraud", "tax fraud"], ["benefit fraud", "tax evasion"]),
    S("violent ifv sexviol child discrim",
      "violent crime, violations of personal integrity and discrimination: intra-family violence, "
      "sexual violence and child abuse",
      ["violent crime and discrimination", "intra-family violence", "sexual violence and child abuse"]),
    S("cyber", "cybercrime and cyber security",
      ["cybercrime", "cyber security"], ["computer crime", "information security"]),
    S("terror radical", "radicalisation, violent extremism and terrorism",
      ["radicalisation and violent extremism", "terrorism"],
      ["violent radicalisation", "extremism and the terrorist threat"]),
    S("property itinerant goods", "organised property crime and illegal trafficking of goods",
      ["organised property crime", "illegal trafficking of goods"],
      ["organised acquisitive crime", "illicit trade in goods"]),
    S("env animals", "the environment (linked to fraud): waste fraud, biodiversity, animal welfare and energy fraud",
      ["waste fraud and energy fraud", "biodiversity and animal welfare"]),
    S("identity", "identification, identity fraud and address fraud",
      ["identification and identity fraud", "address fraud"]),
    S("admin info", "the administrative approach and information exchange",
      ["administrative enforcement", "information sharing"]),
    S("traffic", "road safety: speeding, driving under the influence and mobile phone use",
      ["speeding", "driving under the influence and using a phone at the wheel"]),
    S("finance corruption", "money laundering and corruption",
      ["laundering of criminal proceeds", "bribery and corruption"]),
    S("property vehicles", "domestic burglary and vehicle theft",
      ["home burglaries", "car theft"]),
    S("drugs", "drugs: cannabis cultivation, synthetic drugs and cocaine imports",
      ["cannabis cultivation and designer drugs", "cocaine imports"]),
    S("nuisance publicorder", "anti-social behaviour and public order",
      ["public nuisance", "maintaining public order"]),
    M("env", ["environmental crime", "waste fraud"], "environmental crime and waste fraud"),
    M("terror", ["terrorism", "terrorist financing"], "terrorism and its financing"),
    M("nuisance", ["anti-social behaviour", "vandalism"], "anti-social behaviour and vandalism"),
]

# Generic elaboration tails (used less often than the item's own tails).
GENERIC_TAILS = {
    "nl": [", met bijzondere aandacht voor preventie", " (prioritair veiligheidsfenomeen)",
           ", in samenwerking met de lokale besturen"],
    "fr": [", avec une attention particulière pour la prévention", " (phénomène de sécurité prioritaire)",
           ", en collaboration avec les pouvoirs locaux"],
    "de": [", mit besonderem Augenmerk auf Prävention", " (vorrangiges Sicherheitsphänomen)",
           ", in Zusammenarbeit mit den lokalen Behörden"],
    "en": [", with particular attention to prevention", " (priority security phenomenon)",
           ", together with the local authorities"],
}

# The ten KIV 2016-2019 priorities (nl), used as the old list of a few generated cases.
KIV_2016_PRIORITIES_NL = [
    "radicalisering, gewelddadig extremisme en terrorisme",
    "mensensmokkel en mensenhandel",
    "geactualiseerd integraal en geïntegreerd drugsbeleid",
    "sociale en fiscale fraude",
    "cybercrime en cybersecurity",
    "geweldcriminaliteit, aantasting van de persoonlijke integriteit en discriminatie: "
    "intrafamiliaal geweld, seksueel geweld en kindermisbruik",
    "georganiseerde eigendomscriminaliteit en illegale goederentrafieken",
    "leefmilieu",
    "verkeersveiligheid",
    "overlast",
]

# --------------------------------------------------------------------------------------------
# Word-level helpers and the kind definitions
# --------------------------------------------------------------------------------------------

# Articles and determiners: adding or dropping only these is "reworded" (see README).
ARTICLES = {
    "nl": {"de", "het", "een"},
    "fr": {"le", "la", "les", "l", "un", "une", "des", "du", "d", "de"},
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem"},
    "en": {"the", "a", "an"},
}
# Function words ignored when deciding whether two titles share a content word.
STOPWORDS = {
    "nl": {"en", "van", "in", "op", "voor", "met", "tot", "als", "maar", "ook", "aan", "bij", "door",
           "naar", "over", "tegen", "tussen", "zoals", "inclusief", "alle", "vooral", "via"},
    "fr": {"et", "en", "à", "au", "aux", "pour", "sur", "dans", "par", "avec", "contre", "entre",
           "leur", "leurs", "son", "sa", "ses", "mais", "également", "lors", "tant", "que", "qui", "y",
           "compris", "notamment", "surtout", "toutes"},
    "de": {"und", "im", "in", "von", "mit", "für", "auf", "an", "am", "bei", "gegen", "zwischen",
           "über", "als", "aber", "auch", "aller", "seine", "vor", "allem", "einschließlich", "um"},
    "en": {"and", "of", "in", "for", "to", "on", "at", "by", "with", "or", "but", "also", "against",
           "including", "between", "through", "within", "all", "kinds", "its", "their", "especially",
           "mainly", "mostly"},
}

WORD = re.compile(r"\w+", re.UNICODE)


def tokens(s):
    return WORD.findall(s.casefold())


def content(s, lang):
    return [t for t in tokens(s) if t not in ARTICLES[lang]]


def squash(s):
    """The title without case, punctuation, quotes or spaces: equal squash = cosmetic."""
    return "".join(WORD.findall(s.casefold())).replace("_", "")


def is_subseq(a, b):
    it = iter(b)
    return all(any(x == y for y in it) for x in a)


def is_cosmetic(o, n):
    return o != n and squash(o) == squash(n)


def is_elaborated(o, n):
    """n = o (up to cosmetic differences) + ': ...', ' (...)' or ', ...'."""
    for i, ch in enumerate(n):
        if ch in ":(,":
            head, tail = n[:i], n[i + 1:]
            if head.strip() and squash(head) == squash(o) and WORD.search(tail):
                return True
    return False


def is_extended(o, n, lang):
    """n = o with content words added at the end or inside (not before the first word)."""
    co, cn = content(o, lang), content(n, lang)
    return (len(cn) > len(co) and co and cn[0] == co[0] and is_subseq(co, cn)
            and not is_elaborated(o, n) and not is_cosmetic(o, n))


def is_reworded(o, n, lang):
    if o == n or is_cosmetic(o, n):
        return False
    co, cn = content(o, lang), content(n, lang)
    if co == cn:
        return True                      # only articles differ
    return not is_subseq(co, cn) and not is_subseq(cn, co)


def check_kind(kind, old, new, lang):
    """Whether the 1:1 pair (old, new) fits the kind; raises for split/merge."""
    if kind == "unchanged":
        return old == new
    if kind == "cosmetic":
        return is_cosmetic(old, new)
    if kind == "moved":
        return old == new or is_cosmetic(old, new)
    if kind in ("reworded", "moved-reworded"):
        return is_reworded(old, new, lang)
    if kind == "extended":
        return is_extended(old, new, lang)
    if kind == "elaborated":
        return is_elaborated(old, new)
    if kind == "shortened":
        return is_extended(new, old, lang) or is_elaborated(new, old)
    raise ValueError(kind)


def stems(s, lang):
    return [t for t in content(s, lang) if len(t) >= 4 and t not in STOPWORDS[lang]]


def related(a, b, lang):
    """True if the titles share a content word (also inside compounds or by a common stem)."""
    for x in stems(a, lang):
        for y in stems(b, lang):
            if x[:5] == y[:5] or (len(x) >= 5 and x in y) or (len(y) >= 5 and y in x) \
                    or (len(x) >= 6 and len(y) >= 6 and x[-6:] == y[-6:]):
                return True
    return False


# --------------------------------------------------------------------------------------------
# Cosmetic variants
# --------------------------------------------------------------------------------------------

SMALL_EN = {"and", "of", "in", "the", "a", "an", "to", "for", "on", "at", "by", "or", "but", "as"}


def cosmetic_variants(title, lang, concept=None):
    """Cosmetic variants of a title; a variant listed k times is k times as likely to be chosen."""
    out = []
    if concept is not None and title == concept.base:
        out += concept.cos * 3
    if title[0].islower():
        out += [title[0].upper() + title[1:]] * 3
    elif title[0].isupper() and lang != "de" and not title[:2].isupper():
        out += [title[0].lower() + title[1:]] * 3
    if title.endswith("."):
        out += [title[:-1]] * 2
    elif title[-1] not in ".)":
        out += [title + "."] * 2
    if lang == "en":
        words = title.split(" ")
        out.append(" ".join(w if (i and w in SMALL_EN) else w[:1].upper() + w[1:] for i, w in enumerate(words)))
    if "’" in title:
        out += [title.replace("’", "'")] * 3
    elif "'" in title:
        out += [title.replace("'", "’")] * 3
    if lang == "fr" and " : " in title:
        out += [title.replace(" : ", ": ")] * 2
    elif lang == "fr" and ": " in title:
        out += [title.replace(": ", " : ")] * 2
    if "«" in title:
        out += [title.replace("« ", "“").replace(" »", "”")] * 2
    if "\"" in title:
        out += [re.sub(r"\"([^\"]*)\"", "“\\1”", title)] * 2
    if "„" in title:
        out += [title.replace("„", "\"").replace("“", "\"")] * 2
    if len(title) > 30:
        out.append(title.replace(" ", "  ", 1))     # a doubled space, as in text copied from a PDF
    if len(title) <= 30:
        out.append(title.upper())                   # a heading in capitals
    return [v for v in out if is_cosmetic(title, v)]


def drop_article(title, lang):
    """'la fraude sociale' -> 'fraude sociale' (an article-only rewording)."""
    m = re.match(r"^(le |la |les |l’|l'|the |de |het )(.*)$", title)
    if not m or lang not in ("fr", "en", "nl"):
        return None
    if re.search(r"(, | et | and | en )(le |la |les |l’|l'|the |de |het )", m.group(2)):
        return None                  # "les cambriolages et les vols" keeps both articles or none
    return m.group(2)


# --------------------------------------------------------------------------------------------
# Case construction
# --------------------------------------------------------------------------------------------

class Vocab:
    def __init__(self, lang, entries):
        self.lang = lang
        self.concepts, self.splits, self.merges = [], [], []
        by_base = {}
        for e in entries:
            if isinstance(e, C):
                assert e.base not in by_base, e.base
                by_base[e.base] = e
                self.concepts.append(e)
        for e in entries:
            if isinstance(e, S):
                c = by_base.get(e.whole)
                if c is None:
                    c = C(" ".join(e.fams), e.whole)
                    c.written = False
                    by_base[e.whole] = c
                    self.concepts.append(c)
                assert c.fams == e.fams, (c.base, c.fams, e.fams)
                c.splits += e.partlists
                for parts in e.partlists:
                    self.merges.append(M(" ".join(e.fams), parts, e.whole))
            elif isinstance(e, M):
                self.merges.append(e)
        self.by_base = by_base
        self.generic_tails = GENERIC_TAILS[lang]
        self.lint()

    def lint(self):
        """Every hand-written variant must fit the kind it is meant for."""
        lang, bad = self.lang, []
        for c in self.concepts:
            b = c.base
            bad += [("rew", b, r) for r in c.rew if not is_reworded(b, r, lang)]
            bad += [("ext", b, e) for e in c.ext if not is_extended(b, e, lang)]
            bad += [("ela", b, t) for t in c.ela if not is_elaborated(b, b + t)]
            bad += [("short", b, x) for x in c.short if not check_kind("shortened", b, x, lang)]
            bad += [("cos", b, x) for x in c.cos if not is_cosmetic(b, x)]
            for parts in c.splits:
                sq = [squash(p) for p in parts]
                if len(parts) < 2 or len(set(sq)) != len(sq) or squash(b) in sq:
                    bad.append(("split", b, parts))
        for m in self.merges:
            if len(m.parts) < 2 or squash(m.whole) in [squash(p) for p in m.parts]:
                bad.append(("merge", m.whole, m.parts))
        if bad:
            raise SystemExit("vocabulary errors (%s):\n" % lang + "\n".join(map(repr, bad)))

    def written_bases(self):
        return [c.base for c in self.concepts if c.written]


def pairs_for(kind, c, lang, voc):
    """Candidate (old title, new title) pairs of concept c for a 1:1 kind, all checked."""
    b = c.base
    cand = []
    if kind == "unchanged":
        cand = [(b, b)]
    elif kind == "cosmetic":
        cand = [(b, v) for v in cosmetic_variants(b, lang, c)]
    elif kind == "moved":
        cand = [(b, b), (b, b)] + [(b, v) for v in cosmetic_variants(b, lang, c)][:2]
    elif kind in ("reworded", "moved-reworded"):
        cand = ([(b, r) for r in c.rew] + [(r, b) for r in c.rew]) * 2
        d = drop_article(b, lang)
        if d:                        # an article-only rewording, less often than a real one
            cand.append((b, d) if len(b) % 2 else (d, b))
    elif kind == "extended":
        cand = [(b, e) for e in c.ext] + [(s, b) for s in c.short]
    elif kind == "elaborated":
        cand = [(b, b + t) for t in c.ela] * 6 + [(s, b) for s in c.short] * 4
        if len(b) <= 60 and not any(ch in b for ch in ":("):
            cand.append((b, b + voc.generic_tails[len(b) % len(voc.generic_tails)]))
    elif kind == "shortened":
        cand = [(e, b) for e in c.ext] + [(b + t, b) for t in c.ela] + [(b, s) for s in c.short]
    return [(o, n) for (o, n) in cand if check_kind(kind, o, n, lang)]


PROFILES = {
    # weights of the per-slot operations
    "edition-update": {"unchanged": 12, "cosmetic": 2, "reworded": 2, "extended": 1, "replaced": 1,
                       "removed": 0.3},
    "police-plan":    {"elaborated": 8, "cosmetic": 3, "unchanged": 2, "reworded": 1, "extended": 1},
    "summary":        {"shortened": 8, "cosmetic": 2, "unchanged": 3, "reworded": 1},
    "reorder":        {"moved": 5, "moved-reworded": 4, "unchanged": 6, "cosmetic": 1, "reworded": 1},
    "restructure":    {"split": 3, "merged": 5, "unchanged": 5, "reworded": 1, "replaced": 1,
                       "cosmetic": 1},
    "turnover":       {"replaced": 4, "removed": 1, "unchanged": 6, "reworded": 2, "extended": 1},
    "rewrite":        {"reworded": 7, "extended": 3, "cosmetic": 2, "moved-reworded": 3, "unchanged": 2,
                       "elaborated": 1},
    "mixed":          {"unchanged": 3, "cosmetic": 2, "reworded": 2, "extended": 2, "elaborated": 2,
                       "shortened": 2, "moved": 2, "moved-reworded": 1.5, "split": 2.5, "merged": 2.5,
                       "replaced": 1.5, "removed": 0.5},
}
PROFILE_CYCLE = ["mixed", "edition-update", "restructure", "police-plan", "turnover", "rewrite",
                 "reorder", "mixed", "summary"]


def weighted(rng, weights):
    keys = sorted(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


class Retry(Exception):
    pass


def lis_info(seq):
    """Length of the longest increasing subsequence of distinct numbers and how many there are."""
    n = len(seq)
    length, count = [1] * n, [1] * n
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i]:
                if length[j] + 1 > length[i]:
                    length[i], count[i] = length[j] + 1, count[j]
                elif length[j] + 1 == length[i]:
                    count[i] += count[j]
    best = max(length) if n else 0
    return best, sum(c for l, c in zip(length, count) if l == best)


def build_case(rng, voc, name, profile, n_old, seed_list=None):
    lang = voc.lang
    weights = PROFILES[profile]
    used = []                       # families used in the case (a list, never iterated as a set)
    slots = []                      # each slot: dict(op, old=[titles], new=[titles], fams)

    def free(fams):
        return not any(f in used for f in fams)

    def take(fams):
        used.extend(fams)

    def one_to_one(c, op, keep_old=False):
        cand = pairs_for(op, c, lang, voc)
        if keep_old:
            cand = [(o, n) for (o, n) in cand if o == c.base]
        if not cand:
            return None
        o, n = rng.choice(cand)
        return {"op": op, "old": [o], "new": [n], "fams": c.fams}

    n_items = 0
    if seed_list:
        for title in seed_list:
            c = voc.by_base[title]
            for _ in range(6):
                op = weighted(rng, weights)
                if op == "merged":
                    continue
                if op == "split" and c.splits:
                    slot = {"op": "split", "old": [c.base], "new": list(rng.choice(c.splits)), "fams": c.fams}
                elif op in ("removed", "replaced"):
                    slot = {"op": op, "old": [c.base], "new": [], "fams": c.fams}
                elif op == "split":
                    continue
                else:
                    slot = one_to_one(c, op, keep_old=True)
                if slot:
                    break
            else:
                slot = {"op": "unchanged", "old": [c.base], "new": [c.base], "fams": c.fams}
            take(c.fams)
            slots.append(slot)
            n_items += 1
    guard = 0
    while n_items < n_old:
        guard += 1
        if guard > 400:
            raise Retry("cannot fill")
        op = weighted(rng, weights)
        if op == "merged":
            ms = [m for m in voc.merges if free(m.fams) and len(m.parts) <= n_old - n_items]
            if not ms:
                continue
            m = rng.choice(ms)
            slots.append({"op": "merged", "old": list(m.parts), "new": [m.whole], "fams": m.fams})
            take(m.fams)
            n_items += len(m.parts)
            continue
        cs = [c for c in voc.concepts if free(c.fams)]
        if op == "split":
            cs = [c for c in cs if c.splits]
        if not cs:
            continue
        c = rng.choice(cs)
        if op == "split":
            slot = {"op": "split", "old": [c.base], "new": list(rng.choice(c.splits)), "fams": c.fams}
        elif op in ("removed", "replaced"):
            old = c.base if rng.random() < 0.7 or not c.rew else rng.choice(c.rew)
            slot = {"op": op, "old": [old], "new": [], "fams": c.fams}
        else:
            slot = one_to_one(c, op)
            if slot is None:
                continue
        take(c.fams)
        slots.append(slot)
        n_items += 1

    old_titles = [t for s in slots for t in s["old"]]

    def unrelated_title():
        cs = [c for c in voc.concepts if free(c.fams) and c.written
              and not any(related(c.base, t, lang) for t in old_titles)]
        if not cs:
            raise Retry("no unrelated title")
        c = rng.choice(cs)
        take(c.fams)
        return c.base

    for s in slots:
        if s["op"] == "replaced":
            s["new"] = [unrelated_title()]

    # ---- old order: slots in order; the parts of a merge sometimes apart
    old_seq = []                              # (slot index, title)
    for i, s in enumerate(slots):
        for t in s["old"]:
            old_seq.append((i, t))
    for i, s in enumerate(slots):
        if s["op"] == "merged" and rng.random() < 0.35:
            pos = max(k for k, (si, _) in enumerate(old_seq) if si == i)
            item = old_seq.pop(pos)
            old_seq.insert(min(len(old_seq), pos + rng.randint(1, 3)), item)

    # ---- new order: units in slot order, then moves, replacements and additions
    units = []                                # (slot index, [titles]); slot index -1 = added
    relocate = []
    for i, s in enumerate(slots):
        if s["op"] == "removed":
            continue
        if s["op"] == "replaced" and rng.random() < 0.3:
            relocate.append((i, s["new"]))    # the unrelated title appears somewhere else
            continue
        units.append((i, s["new"]))
    for u in relocate:
        units.insert(rng.randint(0, len(units)), u)
    moved = [i for i, s in enumerate(slots) if s["op"] in ("moved", "moved-reworded")]
    for i in moved:
        pos = next(k for k, (si, _) in enumerate(units) if si == i)
        u = units.pop(pos)
        choices = [k for k in range(len(units) + 1) if abs(k - pos) >= 2]
        if not choices:
            raise Retry("no room to move")
        units.insert(rng.choice(choices), u)
    n_added = 0
    if profile in ("turnover", "mixed", "edition-update", "restructure") and rng.random() < 0.5:
        n_added = rng.randint(1, 2)
    added_titles = []
    for _ in range(n_added):
        t = unrelated_title()
        added_titles.append(t)
        units.insert(rng.randint(0, len(units)), (-1, [t]))

    new_titles = [t for _, ts in units for t in ts]
    old_list = [t for _, t in old_seq]
    for side in (old_list, new_titles):
        sq = [squash(t) for t in side]
        if len(set(sq)) != len(sq):
            raise Retry("duplicate title")

    # ---- ranks and links
    old_rank = {}
    for r, (si, t) in enumerate(old_seq, 1):
        old_rank.setdefault(si, []).append(r)
    new_rank = {}
    r = 0
    for si, ts in units:
        for t in ts:
            r += 1
            new_rank.setdefault(si, []).append(r)
    links, replaced_pairs, un_old, un_new = [], [], [], []
    for i, s in enumerate(slots):
        if s["op"] == "removed":
            un_old += old_rank[i]
        elif s["op"] == "replaced":
            un_old += old_rank[i]
            un_new += new_rank[i]
            replaced_pairs.append((old_rank[i][0], new_rank[i][0]))
        else:
            links.append({"from": sorted(old_rank[i]), "to": sorted(new_rank[i]), "kind": s["op"]})
    un_new += new_rank.get(-1, [])

    # ---- the moved items must be the only items out of order, and unambiguously so
    linked = sorted(links, key=lambda l: l["from"][0])
    seq = [l["to"][0] for l in linked]
    stationary = [l for l in linked if l["kind"] not in ("moved", "moved-reworded")]
    best, count = lis_info(seq)
    if best != len(stationary) or count != 1:
        raise Retry("moves ambiguous")
    st_seq = [l["to"][0] for l in stationary]
    if st_seq != sorted(st_seq):
        raise Retry("stationary items out of order")

    # ---- every 1:1 label is re-checked against its titles
    for l in links:
        if l["kind"] in ("split", "merged"):
            assert len(l["from"]) == 1 < len(l["to"]) if l["kind"] == "split" else len(l["from"]) > 1 == len(l["to"])
            continue
        o, n = old_list[l["from"][0] - 1], new_titles[l["to"][0] - 1]
        assert check_kind(l["kind"], o, n, lang), (l, o, n)
    for o, n in replaced_pairs:
        assert not related(old_list[o - 1], new_titles[n - 1], lang)

    notes = ["profile " + profile]
    if replaced_pairs:
        notes.append("removed+unrelated-added: " + ", ".join("old %d -> new %d" % p for p in replaced_pairs))
    pure_removed = sorted(set(un_old) - {p[0] for p in replaced_pairs})
    if pure_removed:
        notes.append("removed: " + ", ".join("old %d" % r for r in pure_removed))
    if new_rank.get(-1):
        notes.append("added: " + ", ".join("new %d" % r for r in sorted(new_rank[-1])))
    if seed_list:
        notes.append("old list = the ten KIV 2016-2019 priorities")
    case = {
        "name": name,
        "source": "generated",
        "lang": lang,
        "old": old_list,
        "new": new_titles,
        "links": sorted(links, key=lambda l: (l["from"][0], l["to"][0])),
        "unpaired_expected": {"old": sorted(un_old), "new": sorted(un_new)},
        "note": "; ".join(notes),
    }
    return case, len(replaced_pairs)


def generate():
    rng = random.Random(SEED)
    vocabs = {lang: Vocab(lang, VOCAB[lang]) for lang in LANGS}
    for lang, v in vocabs.items():
        bases = v.written_bases()
        assert len(bases) >= 60, (lang, len(bases))
        assert len(set(bases)) == len(bases)
    cases, n_repl = [], 0
    for idx in range(N_CASES):
        lang = LANGS[idx % 4]
        profile = PROFILE_CYCLE[(idx // 4 + idx) % len(PROFILE_CYCLE)]
        seed_list = None
        if lang == "nl" and idx in (4, 28, 52):
            seed_list = KIV_2016_PRIORITIES_NL
            profile = ["police-plan", "restructure", "mixed"][(4, 28, 52).index(idx)]
        for attempt in range(200):
            n_old = 10 if seed_list else rng.choice([8, 9, 10, 10, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 19, 20])
            name = "gen-%s-%03d-%s" % (lang, idx + 1, profile)
            try:
                case, k = build_case(rng, vocabs[lang], name, profile, n_old, seed_list)
                break
            except Retry:
                continue
        else:
            raise SystemExit("could not build case %d" % idx)
        cases.append(case)
        n_repl += k
    counts = {k: 0 for k in KINDS}
    for c in cases:
        for l in c["links"]:
            counts[l["kind"]] += 1
    for k in KINDS:
        assert counts[k] >= MIN_PER_KIND, (k, counts)
    assert n_repl >= MIN_REPLACEMENTS, n_repl
    return {
        "about": ("SYNTHETIC test data, not real editions: labelled pairs of lists made by generate.py "
                  "(seed %d) from a hand-written vocabulary of security-policy titles in nl, fr, de and "
                  "en. Ranks are positions from 1. Every item in no link is a true removal (old) or "
                  "addition (new) and is listed in unpaired_expected; the note names the pairs "
                  "'removed+unrelated-added'. See README.md." % SEED),
        "cases": cases,
    }, counts, n_repl


def format_json(obj, level=0):
    """2-space indented JSON with each link and each rank list on one line."""
    pad = "  " * level
    if isinstance(obj, dict):
        if set(obj) == {"from", "to", "kind"} or set(obj) == {"old", "new"} and all(
                isinstance(v, list) and all(isinstance(x, int) for x in v) for v in obj.values()):
            return json.dumps(obj, ensure_ascii=False)
        items = ["%s  %s: %s" % (pad, json.dumps(k, ensure_ascii=False), format_json(v, level + 1))
                 for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}" + ("\n" if level == 0 else "")
    if isinstance(obj, list):
        if not obj:
            return "[]"
        if all(isinstance(x, int) for x in obj):
            return json.dumps(obj)
        return "[\n" + ",\n".join(pad + "  " + format_json(x, level + 1) for x in obj) + "\n" + pad + "]"
    return json.dumps(obj, ensure_ascii=False)


def main():
    data, counts, n_repl = generate()
    text = format_json(data)
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                raise SystemExit("generated.json differs from the generator output")
        print("generated.json is up to date")
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s: %d cases, %d links, %d removed+unrelated-added pairs" % (
        os.path.basename(OUT), len(data["cases"]), sum(counts.values()), n_repl))
    print("  " + ", ".join("%s %d" % (k, counts[k]) for k in KINDS))


if __name__ == "__main__":
    main()
