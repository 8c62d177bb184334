#include "vocabulary.hpp"

namespace kiv::bench {
namespace {

constexpr std::string_view kDutchContent[] = {
    "veiligheid", "criminaliteit", "preventie", "aanpak", "beleid", "samenwerking", "politie",
    "justitie", "gemeenten", "slachtoffers", "daders", "informatie-uitwisseling",
    "radicalisering", "gewelddadig", "extremisme", "terrorisme", "mensenhandel", "mensensmokkel",
    "drugsbeleid", "sociale", "fiscale", "fraude", "cybercrime", "geweldcriminaliteit",
    "discriminatie", "integriteit", "ondermijning", "georganiseerde", "witwassen", "corruptie",
    "verkeersveiligheid", "milieucriminaliteit", "wapenhandel", "bescherming", "ondersteuning",
    "herstel", "opvolging", "evaluatie", "monitoring", "kennisopbouw", "capaciteit", "middelen",
    "partners", "lokale", "federale", "regionale", "internationale", "structurele", "integrale",
    "geïntegreerde", "gerichte", "versterkte", "verbeterde", "duurzame", "veerkrachtige",
    "maatschappelijke", "digitale", "financiële", "strafrechtelijke", "bestuurlijke", "openbare",
    "orde", "overlast", "jongeren", "minderjarigen", "kwetsbare", "groepen", "burgers", "wijken",
    "steden", "grenzen", "netwerken", "gegevens", "analyse", "risico's", "dreiging",
    "crisisbeheer", "noodplanning", "rampen", "weerbaarheid", "sensibilisering", "opleiding",
    "hulpverlening", "gevangenissen", "detentie", "re-integratie", "recidive", "bemiddeling",
    "vervolging", "onderzoek", "opsporing", "handhaving", "controle", "toezicht", "wetgeving",
    "protocol", "actieplan", "strategie", "doelstellingen", "indicatoren", "resultaten",
    "projecten", "initiatieven", "platform", "overleg", "coördinatie", "ketenaanpak",
    "vertrouwen", "transparantie", "privacy", "technologie", "innovatie", "camerabewaking",
    "intrafamiliaal", "seksueel", "kindermisbruik", "persoonlijke", "aantasting", "diefstal",
    "inbraken", "woningen", "voertuigen", "eigendom", "illegale", "economie", "migratie",
    "uitbuiting", "arbeid", "ambtenaren", "diensten", "inlichtingen", "veiligheidsketen",
    "zonebeleid", "nationale", "kadernota", "prioriteiten", "thema's", "transversale",
};

constexpr std::string_view kDutchFunction[] = {
    "en", "van", "de", "het", "een", "voor", "met", "in", "tegen", "door", "op", "bij",
    "naar", "om", "over", "binnen", "tussen", "zoals", "ook",
};

constexpr std::string_view kFrenchContent[] = {
    "sécurité", "criminalité", "prévention", "approche", "politique", "coopération", "police",
    "justice", "communes", "victimes", "auteurs", "échange", "informations", "radicalisation",
    "violent", "extrémisme", "terrorisme", "traite", "êtres", "humains", "trafic", "drogues",
    "sociale", "fiscale", "fraude", "cybercriminalité", "violence", "discrimination",
    "intégrité", "organisée", "blanchiment", "corruption", "routière", "environnementale",
    "armes", "protection", "soutien", "réparation", "suivi", "évaluation", "connaissances",
    "capacité", "moyens", "partenaires", "locale", "fédérale", "régionale", "internationale",
    "structurelle", "intégrale", "intégrée", "ciblée", "renforcée", "améliorée", "durable",
    "résiliente", "sociétale", "numérique", "financière", "pénale", "administrative", "ordre",
    "public", "nuisances", "jeunes", "mineurs", "vulnérables", "groupes", "citoyens",
    "quartiers", "villes", "frontières", "réseaux", "données", "analyse", "risques", "menace",
    "gestion", "crise", "planification", "urgence", "catastrophes", "résilience",
    "sensibilisation", "formation", "assistance", "prisons", "détention", "réinsertion",
    "récidive", "médiation", "poursuites", "enquête", "recherche", "contrôle", "surveillance",
    "législation", "protocole", "stratégie", "objectifs", "indicateurs", "résultats", "projets",
    "initiatives", "plateforme", "concertation", "coordination", "confiance", "transparence",
    "vie", "privée", "technologie", "innovation", "caméras", "intrafamiliale", "sexuelle",
    "maltraitance", "enfants", "personnelle", "atteinte", "vols", "cambriolages", "habitations",
    "véhicules", "propriété", "illégale", "économie", "migration", "exploitation", "travail",
    "fonctionnaires", "services", "renseignement", "chaîne", "zonale", "nationale",
    "note-cadre", "priorités", "thèmes", "transversaux",
};

constexpr std::string_view kFrenchFunction[] = {
    "et", "de", "la", "le", "les", "des", "du", "pour", "avec", "dans", "contre", "par",
    "sur", "entre", "au", "aux", "en", "comme", "aussi",
};

}  // namespace

const Vocabulary kDutch{"nl", kDutchContent, kDutchFunction};
const Vocabulary kFrench{"fr", kFrenchContent, kFrenchFunction};

}  // namespace kiv::bench
