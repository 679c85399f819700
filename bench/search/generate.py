#!/usr/bin/env python3
"""Writes search documents (table search_document) straight into a PostgreSQL database for the
global search benchmark: 200,000 resources by default, plus organisations, people, projects,
events, kits and training paths, with realistic French titles and texts, themes, territories
(a commune and every territory containing it), licences, maturities and audiences (85% public,
10% members, 5% shared with an organisation). Loaded with COPY (psql \\copy).

The database must already have the schema and the territories (start the application once).
The Lucene index is then rebuilt by the application (SearchIndexer: empty index, rows present).

    python3 bench/search/generate.py --db maillage_bench_search --resources 200000
"""
import argparse
import bisect
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from generate import psql  # noqa: E402  (the directory benchmark's helper)

THEMES = {
    "alimentation": ["circuits courts", "projet alimentaire territorial", "restauration collective", "cantine",
                     "légumerie", "paniers de légumes", "épicerie solidaire", "producteurs locaux"],
    "agriculture": ["installation agricole", "maraîchage", "CUMA", "vente directe", "élevage", "agroécologie"],
    "mobilite": ["covoiturage", "transport à la demande", "vélo électrique", "autopartage", "mobilité solidaire",
                 "pistes cyclables"],
    "mediation-numerique": ["médiation numérique", "démarches en ligne", "conseiller numérique", "logiciels libres",
                            "inclusion numérique"],
    "tourisme": ["randonnée", "hébergement touristique", "office de tourisme", "patrimoine", "itinérance douce"],
    "jeunesse": ["conseil des jeunes", "accueil de loisirs", "mission locale", "chantiers de jeunes",
                 "éducation populaire"],
    "culture": ["festival", "médiathèque", "résidence d'artistes", "spectacle vivant", "musique"],
    "ess": ["économie sociale et solidaire", "SCIC", "SCOP", "coopérative", "PTCE", "finance solidaire"],
    "transition-ecologique": ["transition écologique", "zéro déchet", "compostage partagé", "sobriété",
                              "biodiversité", "adaptation au climat"],
    "sante": ["maison de santé", "prévention", "santé mentale", "accès aux soins", "télémédecine"],
    "habitat": ["rénovation énergétique", "habitat partagé", "logement des jeunes", "revitalisation des centres-bourgs"],
    "emploi-insertion": ["insertion professionnelle", "chantier d'insertion", "emploi local", "formation",
                         "groupement d'employeurs"],
    "cooperation-territoriale": ["coopération territoriale", "convention de partenariat", "comité de pilotage",
                                 "gouvernance partagée", "intercommunalité", "mutualisation", "EPCI"],
    "developpement-economique": ["zone d'activités", "commerce de proximité", "artisanat", "tiers-lieu",
                                 "coworking", "reprise d'entreprise"],
    "services-au-public": ["France services", "services publics", "accès aux droits", "maison de services"],
    "energie": ["bois énergie", "chaufferie collective", "centrale villageoise", "photovoltaïque",
                "énergies renouvelables"],
    "eau-biodiversite": ["rivière", "zones humides", "gestion de l'eau", "haies bocagères"],
    "solidarites": ["aide alimentaire", "centre social", "personnes âgées", "lutte contre l'isolement",
                    "transport solidaire"],
}

RESOURCE_KINDS = [("TOOL_SHEET", "Fiche outil", 30), ("CASE_STUDY", "Étude de cas", 25), ("GUIDE", "Guide", 20),
                  ("TEMPLATE", "Modèle", 8), ("VIDEO", "Vidéo", 7), ("MIND_MAP", "Carte mentale", 3),
                  ("EVENT_SYNTHESIS", "Synthèse", 4), ("EXTERNAL_LINK", "Lien", 3)]
LICENCES = [("CC_BY", 40), ("CC_BY_SA", 25), ("CC_BY_NC", 10), ("LICENCE_OUVERTE", 15), ("ALL_RIGHTS_RESERVED", 10)]
MATURITIES = [("EXPERIMENTAL", 30), ("TESTED", 45), ("VALIDATED", 25)]

RESOURCE_TITLES = ["{kind} : {topic} en milieu rural", "{kind} : lancer une démarche de {topic}",
                   "{kind} : {topic} et coopération entre structures", "{kind} : réussir son projet de {topic}",
                   "{kind} : {topic} à {place}", "{kind} : animer un réseau autour de {topic}",
                   "{kind} : évaluer une action de {topic}", "{kind} : financer {topic}"]
VERBS = ["Cette ressource explique comment", "Retour d'expérience sur la façon de", "Méthode pas à pas pour",
         "Les étapes clés pour", "Des conseils pratiques pour", "Un outil simple pour"]
ACTIONS = ["mobiliser les élus et les habitants", "associer les associations locales",
           "construire un partenariat durable", "mutualiser les moyens entre communes",
           "organiser un comité de pilotage", "rédiger une convention de coopération",
           "suivre les indicateurs du projet", "trouver des financements LEADER",
           "impliquer l'intercommunalité", "partager les rôles avec la matrice qui fait quoi",
           "tenir un calendrier partagé", "évaluer les résultats et les enseignements"]
CONTEXTS = ["dans le Parc naturel régional du Pilat", "sur un territoire rural de moyenne montagne",
            "à l'échelle d'une communauté de communes", "dans un bassin de vie de 20 000 habitants",
            "avec des bénévoles et des salariés", "en lien avec le département et la région"]
FIRST = ["Camille", "Lucie", "Karim", "Jean", "Sophie", "Thomas", "Marie", "Pierre", "Nadia", "Hugo", "Léa", "Paul"]
LAST = ["Martin", "Bernard", "Dubois", "Fayolle", "Roux", "Girard", "Chapuis", "Benali", "Dumas", "Perrin"]
FUNCTIONS = ["Chargée de mission", "Animateur de réseau", "Agent de développement", "Élue déléguée",
             "Coordinatrice", "Directeur", "Conseillère"]
ORG_KINDS = ["Association", "Coopérative", "Commune de", "Communauté de communes", "SCIC", "Centre social",
             "Tiers-lieu", "Office de tourisme"]
EVENT_KINDS = ["Rencontre", "Atelier", "Webinaire", "Journée d'échange de pratiques", "Formation", "Visite"]
PROJECT_KINDS = ["Projet", "Programme", "Plan d'actions", "Expérimentation", "Démarche"]


def tsv(value):
    """A COPY text value: newlines kept as \\n (attributes are one per line)."""
    if value is None:
        return "\\N"
    return str(value).replace("\\", "\\\\").replace("\t", " ").replace("\n", "\\n").replace("\r", " ")


def weighted(rng, pairs):
    values, weights = zip(*[(p[0], p[-1]) for p in pairs])
    return rng.choices(values, weights)[0]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default="maillage_bench_search")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--user", default="postgres")
    p.add_argument("--resources", type=int, default=200_000)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    rng = random.Random(a.seed)
    t0 = time.monotonic()
    if int(psql(a.db, "SELECT count(*) FROM search_document", a.host, a.user)[0][0]):
        psql(a.db, "TRUNCATE search_document RESTART IDENTITY", a.host, a.user)
    communes = psql(a.db, "SELECT id, name, coalesce(population, 0) FROM territory WHERE level = 'COMMUNE' ORDER BY id",
                    a.host, a.user)
    if not communes:
        sys.exit("no communes: start the application once on this database first")
    ancestors = {}
    for territory, ancestor in psql(a.db, "SELECT territory_id, ancestor_id FROM territory_ancestor "
                                          "WHERE territory_id LIKE 'com:%'", a.host, a.user):
        ancestors.setdefault(territory, []).append(ancestor)
    cumulative, total = [], 0.0
    for c in communes:
        total += int(c[2]) + 300
        cumulative.append(total)

    def commune():
        return communes[bisect.bisect_left(cumulative, rng.random() * total)]

    counts = {"RESOURCE": a.resources, "ORGANISATION": a.resources // 10, "PERSON": a.resources // 40,
              "PROJECT": a.resources // 20, "EVENT": a.resources // 20, "KIT": a.resources // 200,
              "PATH": a.resources // 200}
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    tmp = tempfile.mkdtemp(prefix="maillage-search-gen-")
    path = os.path.join(tmp, "documents.tsv")
    public = 0
    row_id = 0
    theme_codes = list(THEMES)
    with open(path, "w", encoding="utf-8") as out:
        for type_, count in counts.items():
            for n in range(1, count + 1):
                row_id += 1
                themes = rng.sample(theme_codes, rng.choice((1, 1, 2, 3)))
                topics = [rng.choice(THEMES[t]) for t in themes]
                c = commune()
                place = c[1]
                territories = [c[0]] + ancestors.get(c[0], [])
                attributes = {}
                sentences = [f"{rng.choice(VERBS)} {rng.choice(ACTIONS)} {rng.choice(CONTEXTS)}."
                             for _ in range(rng.randint(2, 6))]
                text = " ".join(sentences) + " Mots-clés : " + ", ".join(topics) + "."
                if type_ == "RESOURCE":
                    kind, label, _ = rng.choices(RESOURCE_KINDS, [k[2] for k in RESOURCE_KINDS])[0]
                    title = rng.choice(RESOURCE_TITLES).format(kind=label, topic=topics[0], place=place)
                    summary = f"{label} sur {', '.join(topics)} : {rng.choice(ACTIONS)}."
                    attributes = {"kind": kind, "licence": weighted(rng, LICENCES),
                                  "maturity": weighted(rng, MATURITIES)}
                    url = f"/ressources/{n}"
                elif type_ == "ORGANISATION":
                    title = f"{rng.choice(ORG_KINDS)} {topics[0]} {place}"
                    summary = f"Acteur de {', '.join(topics)} à {place}."
                    url = f"/annuaire/organisations/{n}"
                elif type_ == "PERSON":
                    title = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                    summary = f"{rng.choice(FUNCTIONS)} {topics[0]}"
                    text = ", ".join(topics)
                    territories = []
                    url = f"/annuaire/personnes/{n}"
                elif type_ == "PROJECT":
                    title = f"{rng.choice(PROJECT_KINDS)} {topics[0]} – {place}"
                    summary = f"Un projet partenarial : {rng.choice(ACTIONS)}."
                    attributes = {"status": rng.choice(["PLANNED", "IN_PROGRESS", "DONE"])}
                    url = f"/projets/{n}"
                elif type_ == "EVENT":
                    title = f"{rng.choice(EVENT_KINDS)} : {topics[0]} à {place}"
                    summary = f"Pour échanger sur {', '.join(topics)}."
                    url = f"/agenda/{n}"
                elif type_ == "KIT":
                    title = f"Kit : {topics[0]}"
                    summary = f"Un ensemble de ressources pour {rng.choice(ACTIONS)}."
                    url = f"/kits/{n}"
                else:
                    title = f"Parcours : {topics[0]}"
                    summary = f"Quatre modules pour apprendre à {rng.choice(ACTIONS)}."
                    url = f"/parcours/{n}"
                roll = rng.random()
                everyone = roll < 0.85
                members = roll < 0.95
                organisation_ids = "" if members else str(rng.randint(1, 20000))
                public += everyone
                updated = now - dt.timedelta(seconds=rng.randint(0, 3 * 365 * 86400))
                attrs = "\n".join(f"{k}={v}" for k, v in sorted(attributes.items()))
                out.write("\t".join(tsv(v) for v in (
                    row_id, type_, str(n), title, summary, text, url, " ".join(sorted(themes)),
                    " ".join(sorted(set(territories))), attrs, "t" if everyone else "f", "t" if members else "f",
                    organisation_ids, "", updated.isoformat())) + "\n")
    t_gen = time.monotonic() - t0
    script = f"""\\set ON_ERROR_STOP 1
\\copy search_document (id, type, item_id, title, summary, body, url, themes, territories, attributes, everyone, members, organisation_ids, user_ids, updated_at) FROM '{path}'
SELECT setval(pg_get_serial_sequence('search_document', 'id'), (SELECT max(id) FROM search_document));
ANALYZE search_document;
"""
    subprocess.run(["psql", "-h", a.host, "-U", a.user, "-d", a.db, "-q"], input=script, text=True, check=True,
                   stdout=subprocess.DEVNULL)
    os.remove(path)
    os.rmdir(tmp)
    print(f"generated {row_id} search documents ({', '.join(f'{k} {v}' for k, v in counts.items())}; "
          f"{public} public) in {t_gen:.1f} s + COPY {time.monotonic() - t0 - t_gen:.1f} s")
    return public


if __name__ == "__main__":
    main()
