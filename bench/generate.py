#!/usr/bin/env python3
"""Generates N organisations (default 100,000) over the real French communes of a Maillage
PostgreSQL database, and loads them with COPY (psql \\copy).

The database must already have the schema and the territories: start the application
once on it first (bench/run.sh does). Communes are drawn weighted by population (plus a
floor so that villages get some too); names, kinds, themes, competencies, territories of
action, descriptions, coordinates (commune centroid + jitter), visibility (5% MEMBERS) and
creation dates (over 3 years) are random but deterministic for a given --seed.

    python3 bench/generate.py --db maillage_bench [--count 100000] [--truncate]

Refuses to run when organisations already exist, unless --truncate (which empties
directory_organisation and everything that cascades from it).
The Lucene index is not touched: restart the application, which mass-indexes when the
index is empty (DirectoryIndexing), or delete <data-dir>/index first.
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
import unicodedata
import re

# --- NameKey, as org.maillage.directory.internal.NameKey -------------------------------
NOISE = {"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "sur", "association",
         "asso", "assoc", "ste", "societe", "sarl", "sas", "scic", "scop"}


def name_key(name):
    ascii_ = unicodedata.normalize("NFD", name)
    ascii_ = "".join(c for c in ascii_ if not unicodedata.category(c).startswith("M"))
    ascii_ = re.sub(r"[^a-z0-9]+", " ", ascii_.lower())
    key = " ".join(w for w in ascii_.strip().split(" ") if w and w not in NOISE)
    return key if key else ascii_.strip()


# --- vocabulary ------------------------------------------------------------------------
KINDS = [  # (kind, weight)
    ("ASSOCIATION", 45), ("ENTERPRISE", 20), ("COMMUNE", 9), ("COOPERATIVE", 7), ("STATE_SERVICE", 3),
    ("EPCI", 2.5), ("CHAMBER", 1.5), ("DEVELOPMENT_COUNCIL", 1), ("GAL_LEADER", 1), ("DEPARTEMENT", 0.4),
    ("REGION", 0.1), ("OTHER", 9.5),
]

# what the organisation is about, per theme code: (name words, description phrases)
THEME_WORDS = {
    "alimentation": (["Épicerie solidaire", "Jardins partagés", "Circuits courts", "Paniers paysans", "Cantine bio",
                      "Projet alimentaire"],
                     ["une épicerie solidaire et des paniers de légumes locaux", "le projet alimentaire territorial",
                      "la restauration collective en circuits courts", "des ateliers cuisine anti-gaspillage"]),
    "agriculture": (["Ferme collective", "Terres paysannes", "CUMA", "Maraîchers", "Bergerie"],
                    ["l'installation de jeunes agriculteurs", "la transmission des fermes",
                     "le maraîchage biologique", "la vente directe à la ferme"]),
    "mobilite": (["Mobilités rurales", "Covoiturage", "Vélo solidaire", "Garage solidaire", "Transport à la demande"],
                 ["le covoiturage du quotidien", "un atelier de réparation de vélos",
                  "le transport solidaire des personnes âgées", "les mobilités douces en milieu rural"]),
    "mediation-numerique": (["Espace numérique", "Fabrique numérique", "Fab lab", "Conseillers numériques",
                             "Tiers-lieu numérique"],
                            ["la médiation numérique et l'accompagnement aux démarches en ligne",
                             "des ateliers d'initiation à l'informatique", "un fab lab ouvert à tous",
                             "l'inclusion numérique des seniors"]),
    "tourisme": (["Office de tourisme", "Gîtes", "Sentiers", "Accueil paysan", "Randonnée"],
                 ["l'accueil des visiteurs et la promotion du territoire", "le tourisme durable",
                  "l'entretien des sentiers de randonnée", "l'hébergement en gîtes ruraux"]),
    "jeunesse": (["Maison des jeunes", "Centre social", "Foyer rural", "Espace jeunes", "Accueil de loisirs"],
                 ["l'accueil des jeunes et l'éducation populaire", "des séjours et chantiers de jeunes",
                  "l'accompagnement des projets de jeunes", "le soutien scolaire"]),
    "culture": (["Théâtre", "Festival", "Musique", "Compagnie", "Médiathèque", "Cinéma itinérant"],
                ["la diffusion culturelle en milieu rural", "un festival de musique l'été",
                 "des résidences d'artistes", "la lecture publique et les médiathèques"]),
    "ess": (["Ressourcerie", "Recyclerie", "Pôle ESS", "Entreprise à but d'emploi", "Monnaie locale"],
            ["l'économie sociale et solidaire", "le réemploi et la réparation d'objets",
             "une monnaie locale complémentaire", "l'accompagnement des entreprises de l'ESS"]),
    "transition-ecologique": (["Transition", "Climat", "Zéro déchet", "Repair café", "Colibris"],
                              ["la transition écologique du territoire", "la réduction des déchets",
                               "un repair café mensuel", "le plan climat air énergie"]),
    "sante": (["Maison de santé", "Santé", "Prévention", "Soins", "Aidants"],
              ["l'accès aux soins en zone rurale", "une maison de santé pluriprofessionnelle",
               "la prévention et la promotion de la santé", "le soutien aux aidants"]),
    "habitat": (["Habitat partagé", "Rénovation", "Logement", "Éco-habitat", "Habitat inclusif"],
                ["la rénovation énergétique des logements", "l'habitat participatif",
                 "le logement des saisonniers", "la revitalisation des centres-bourgs"]),
    "emploi-insertion": (["Chantier d'insertion", "Emploi", "Régie de quartier", "Insertion", "Groupement d'employeurs"],
                         ["l'insertion par l'activité économique", "un chantier d'insertion en espaces verts",
                          "le retour à l'emploi", "un groupement d'employeurs agricoles"]),
    "cooperation-territoriale": (["Coopération", "Pays", "Réseau", "Territoires", "Alliance"],
                                 ["la coopération entre territoires ruraux et urbains",
                                  "l'animation d'un réseau d'acteurs locaux", "la coopération intercommunale",
                                  "des échanges entre territoires européens"]),
    "developpement-economique": (["Développement", "Pépinière d'entreprises", "Commerce", "Artisans", "Initiative"],
                                 ["le développement économique local", "une pépinière d'entreprises",
                                  "le maintien du dernier commerce", "le soutien aux artisans"]),
    "services-au-public": (["France services", "Maison de services", "Services", "Point d'accueil"],
                           ["l'accès aux services publics", "une maison France services",
                            "l'accueil et l'orientation des habitants", "les permanences administratives"]),
    "education": (["École", "Savoirs", "Éducation", "Formation", "Université populaire"],
                  ["l'éducation à l'environnement", "une université populaire",
                   "l'accompagnement à la scolarité", "la formation des adultes"]),
    "foret-bois": (["Forêt", "Bois", "Scierie", "Charte forestière", "Bûcherons"],
                   ["la gestion durable de la forêt", "la filière bois locale",
                    "la charte forestière de territoire", "le bois énergie"]),
    "energie": (["Énergies citoyennes", "Solaire", "Centrale villageoise", "Énergie", "Éolien citoyen"],
                ["une centrale villageoise photovoltaïque", "les énergies renouvelables citoyennes",
                 "la sobriété énergétique", "la méthanisation agricole"]),
    "eau-biodiversite": (["Rivière", "Nature", "Biodiversité", "Zones humides", "Apiculteurs"],
                         ["la protection des rivières et des zones humides", "la biodiversité ordinaire",
                          "les inventaires naturalistes", "la gestion de l'eau"]),
    "sport": (["Sporting club", "Union sportive", "Randonneurs", "Football club", "Cyclotourisme"],
              ["la pratique sportive pour tous", "le sport santé", "l'école de football",
               "les sports de nature"]),
    "solidarites": (["Entraide", "Secours", "Solidarités", "Accueil", "Bénévoles"],
                    ["l'entraide entre habitants", "l'accueil des personnes exilées",
                     "la lutte contre l'isolement", "l'aide alimentaire"]),
}
GENERIC_NAME_WORDS = ["Les Amis", "Vivre", "Ensemble", "Demain", "Racines", "L'Arbre", "Le Lien", "Horizons",
                      "Cap", "La Source", "Le Fil", "Terre", "Les Ateliers", "Alternatives", "Envol", "Passerelle"]
OPENERS = ["Nous agissons pour", "Association engagée dans", "Structure dédiée à", "Acteur local de",
           "Nous accompagnons", "Collectif mobilisé autour de", "Au service des habitants pour",
           "Un lieu ouvert consacré à"]
CLOSERS = ["avec les habitants", "sur tout le territoire", "en lien avec les communes voisines",
           "depuis plus de dix ans", "avec de nombreux bénévoles", "en milieu rural", "avec les écoles",
           "en partenariat avec l'intercommunalité", ""]
ENTERPRISE_FORMS = ["SARL", "SAS", "EURL", "SA", ""]
ENTERPRISE_TRADES = ["Menuiserie", "Boulangerie", "Imprimerie", "Conseil", "Informatique", "Transports",
                     "Bureau d'études", "Brasserie", "Fromagerie", "Maçonnerie", "Électricité", "Paysagiste",
                     "Librairie", "Ingénierie", "Agence"]
SURNAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
            "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Faure"]
STREETS = ["rue de la République", "place de la Mairie", "Grande Rue", "rue du Stade", "chemin des Écoliers",
           "avenue de la Gare", "rue de l'Église", "route nationale", "rue Victor Hugo", "place du Marché"]
LONG_EXTRA = ["Nos actions s'adressent à tous les publics.", "Les réunions sont ouvertes à tous.",
              "Nous recherchons des bénévoles.", "Nous travaillons avec le Parc naturel régional.",
              "Nos financeurs : la Région, le Département et l'Europe (LEADER).",
              "Permanences le mardi et le jeudi.", "Adhésion à prix libre.",
              "Nous organisons chaque année une fête de village."]


def luhn_siren(rng):
    digits = [rng.randint(0, 9) for _ in range(8)]
    total = 0
    for i, d in enumerate(digits):  # positions 1..8, double every second from the right of 9 digits
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    check = (10 - total % 10) % 10
    return "".join(map(str, digits)) + str(check)


def psql(db, sql, host, user):
    out = subprocess.run(["psql", "-h", host, "-U", user, "-d", db, "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                          "-c", sql], check=True, capture_output=True, text=True)
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def tsv(value):
    if value is None:
        return "\\N"
    s = str(value)
    return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default=os.environ.get("PGDATABASE", "maillage_bench"))
    p.add_argument("--host", default=os.environ.get("PGHOST", "127.0.0.1"))
    p.add_argument("--user", default=os.environ.get("PGUSER", "postgres"))
    p.add_argument("--count", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--truncate", action="store_true", help="delete existing organisations first")
    a = p.parse_args()
    rng = random.Random(a.seed)
    t0 = time.monotonic()

    existing = int(psql(a.db, "SELECT count(*) FROM directory_organisation", a.host, a.user)[0][0])
    if existing and not a.truncate:
        sys.exit(f"{existing} organisations already in {a.db}: use --truncate to replace them")

    communes = psql(a.db, """SELECT id, name, departement_code, region_code, epci_code, coalesce(population, 0),
                                    latitude, longitude
                             FROM territory WHERE level = 'COMMUNE' AND latitude IS NOT NULL ORDER BY id""",
                    a.host, a.user)
    if not communes:
        sys.exit("no communes in the territory table: start the application once on this database first")
    names = dict(psql(a.db, "SELECT id, name FROM territory WHERE level <> 'COMMUNE'", a.host, a.user))
    terms = psql(a.db, "SELECT id, vocabulary, code FROM directory_term", a.host, a.user)
    themes = [(int(i), c) for i, v, c in terms if v == "THEME"]
    competencies = [int(i) for i, v, c in terms if v == "COMPETENCY"]

    # weighted by population, with a floor so that small villages get some organisations too
    cumulative, total = [], 0.0
    for c in communes:
        total += int(c[5]) + 300
        cumulative.append(total)

    def draw_commune():
        return communes[bisect.bisect_left(cumulative, rng.random() * total)]

    kinds, kind_weights = zip(*KINDS)
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    three_years = 3 * 365 * 86400

    if a.truncate and existing:
        psql(a.db, "TRUNCATE directory_organisation RESTART IDENTITY CASCADE", a.host, a.user)
    start_id = 1

    tmp = tempfile.mkdtemp(prefix="maillage-gen-")
    f_org = open(os.path.join(tmp, "org.tsv"), "w", encoding="utf-8")
    f_ter = open(os.path.join(tmp, "territory.tsv"), "w", encoding="utf-8")
    f_thm = open(os.path.join(tmp, "theme.tsv"), "w", encoding="utf-8")
    f_cmp = open(os.path.join(tmp, "competency.tsv"), "w", encoding="utf-8")
    shuffled_communes = communes[:]
    rng.shuffle(shuffled_communes)  # COMMUNE organisations: each commune at most once (while they last)
    commune_cursor = 0

    for n in range(a.count):
        oid = start_id + n
        kind = rng.choices(kinds, kind_weights)[0]
        if kind == "COMMUNE" and commune_cursor < len(shuffled_communes):
            com = shuffled_communes[commune_cursor]
            commune_cursor += 1
        else:
            com = draw_commune()
        cid, cname, dep, reg, epci, pop, lat, lon = com
        k = rng.choice((1, 1, 2, 2, 3))
        org_themes = rng.sample(themes, k)
        main_theme = org_themes[0][1]
        name_words, phrases = THEME_WORDS.get(main_theme, (GENERIC_NAME_WORDS, ["l'intérêt général"]))
        acts = set()
        siren = rna = None
        if kind == "ASSOCIATION":
            pattern = rng.random()
            if pattern < 0.4:
                name = f"Association {rng.choice(name_words)} {cname}"
            elif pattern < 0.7:
                name = f"{rng.choice(name_words)} du {names.get('dep:' + (dep or ''), cname)}"
            elif pattern < 0.85:
                name = f"{rng.choice(GENERIC_NAME_WORDS)} – {rng.choice(name_words)}"
            else:
                name = f"Les Amis de {cname}"
            rna = "W" + "".join(str(rng.randint(0, 9)) for _ in range(9)) if rng.random() < 0.7 else None
        elif kind == "ENTERPRISE":
            form = rng.choice(ENTERPRISE_FORMS)
            name = f"{rng.choice(ENTERPRISE_TRADES)} {rng.choice(SURNAMES)}" + (f" {form}" if form else "")
            siren = luhn_siren(rng)
        elif kind == "COMMUNE":
            name = f"Commune de {cname}" if rng.random() < 0.8 else f"Mairie de {cname}"
            acts.add(cid)
        elif kind == "COOPERATIVE":
            name = f"{rng.choice(('SCIC', 'SCOP', 'Coopérative'))} {rng.choice(name_words)} {cname}"
            siren = luhn_siren(rng)
        elif kind == "EPCI" and epci and ("epci:" + epci) in names:
            name = names["epci:" + epci]
            acts.add("epci:" + epci)
        elif kind == "STATE_SERVICE":
            dname = names.get("dep:" + (dep or ""), cname)
            name = rng.choice((f"Direction départementale des territoires – {dname}", f"Préfecture – {dname}",
                               f"Sous-préfecture de {cname}", f"France services {cname}"))
            acts.add("dep:" + dep) if dep else None
        elif kind == "CHAMBER":
            dname = names.get("dep:" + (dep or ""), cname)
            name = f"{rng.choice(('Chambre d’agriculture', 'Chambre de métiers et de l’artisanat', 'CCI'))} – {dname}"
            acts.add("dep:" + dep) if dep else None
        elif kind == "DEVELOPMENT_COUNCIL":
            name = f"Conseil de développement {names.get('epci:' + (epci or ''), cname)}"
            acts.add("epci:" + epci) if epci else None
        elif kind == "GAL_LEADER":
            name = f"GAL LEADER {rng.choice(('Pays', 'Vallée', 'Monts', 'Plateau'))} de {cname}"
            acts.add("epci:" + epci) if epci else None
        elif kind == "DEPARTEMENT":
            name = f"Conseil départemental – {names.get('dep:' + (dep or ''), cname)}"
            acts.add("dep:" + dep) if dep else None
        elif kind == "REGION":
            name = f"Conseil régional – {names.get('reg:' + (reg or ''), cname)}"
            acts.add("reg:" + reg) if reg else None
        else:
            kind = "OTHER" if kind != "EPCI" else "OTHER"
            name = f"{rng.choice(('Collectif', 'Tiers-lieu', 'Fondation', 'Groupement', 'Réseau'))} " \
                   f"{rng.choice(name_words)} {cname}"
        # where it acts: its commune mostly, sometimes its EPCI / département
        r = rng.random()
        if r < 0.6:
            acts.add(cid)
        if epci and r > 0.5 and rng.random() < 0.5:
            acts.add("epci:" + epci)
        if dep and rng.random() < 0.12:
            acts.add("dep:" + dep)
        if reg and rng.random() < 0.03:
            acts.add("reg:" + reg)
        name = name[:200]
        phrase = rng.choice(phrases)
        extra = [rng.choice(THEME_WORDS[t][1]) for _, t in org_themes[1:] if t in THEME_WORDS]
        short = f"{rng.choice(OPENERS)} {phrase}" + (f" et {extra[0]}" if extra else "") \
                + (f" {rng.choice(CLOSERS)}" if rng.random() < 0.7 else "") + f", à {cname}."
        short = short.replace("  ", " ")[:280]
        long_ = None
        if rng.random() < 0.35:
            long_ = " ".join([short] + rng.sample(LONG_EXTRA, rng.randint(1, 3)) + [
                f"Nous travaillons aussi sur {p}." for p in extra[1:]])
        lat_j = float(lat) + rng.uniform(-0.012, 0.012)
        lon_j = float(lon) + rng.uniform(-0.016, 0.016)
        created = now - dt.timedelta(seconds=rng.randint(0, three_years))
        updated = created + dt.timedelta(seconds=rng.randint(0, max(1, int((now - created).total_seconds()))))
        visibility = "MEMBERS" if rng.random() < 0.05 else "PUBLIC"
        slug = name_key(name).replace(" ", "-")[:40] or "orga"
        website = f"https://{slug}.fr" if rng.random() < 0.5 else None
        email = f"contact@{slug}.fr" if rng.random() < 0.6 else None
        phone = f"0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} " \
                f"{rng.randint(10, 99)}" if rng.random() < 0.5 else None
        address = f"{rng.randint(1, 60)} {rng.choice(STREETS)}" if rng.random() < 0.8 else None
        f_org.write("\t".join(tsv(v) for v in (
            oid, name, name_key(name), kind, siren, rna, short, long_, address, cid, f"{lat_j:.6f}", f"{lon_j:.6f}",
            website, email, phone, None, visibility, created.isoformat(), updated.isoformat(), None, 0)) + "\n")
        for t in sorted(acts):
            f_ter.write(f"{oid}\t{t}\n")
        for tid, _ in org_themes:
            f_thm.write(f"{oid}\t{tid}\n")
        for tid in rng.sample(competencies, rng.choice((0, 0, 1, 1, 2))):
            f_cmp.write(f"{oid}\t{tid}\n")
    for f in (f_org, f_ter, f_thm, f_cmp):
        f.close()
    t_gen = time.monotonic() - t0

    script = f"""\\set ON_ERROR_STOP 1
BEGIN;
\\copy directory_organisation (id, name, name_key, kind, siren, rna, short_description, long_description, address, commune_id, latitude, longitude, website, email, phone, logo_file, visibility, created_at, updated_at, created_by, version) FROM '{tmp}/org.tsv'
\\copy directory_organisation_territory (organisation_id, territory_id) FROM '{tmp}/territory.tsv'
\\copy directory_organisation_theme (organisation_id, term_id) FROM '{tmp}/theme.tsv'
\\copy directory_organisation_competency (organisation_id, term_id) FROM '{tmp}/competency.tsv'
SELECT setval(pg_get_serial_sequence('directory_organisation', 'id'), (SELECT max(id) FROM directory_organisation));
COMMIT;
ANALYZE directory_organisation;
ANALYZE directory_organisation_territory;
ANALYZE directory_organisation_theme;
ANALYZE directory_organisation_competency;
"""
    subprocess.run(["psql", "-h", a.host, "-U", a.user, "-d", a.db, "-q"], input=script, text=True, check=True,
                   stdout=subprocess.DEVNULL)
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)
    t_all = time.monotonic() - t0
    print(f"generated {a.count} organisations over {len(communes)} communes in {t_gen:.1f} s, "
          f"loaded (COPY) in {t_all - t_gen:.1f} s, total {t_all:.1f} s")


if __name__ == "__main__":
    main()
