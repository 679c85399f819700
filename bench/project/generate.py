#!/usr/bin/env python3
"""Generates the projects benchmark data on a Maillage PostgreSQL database that already has
the schema, the territories and one administrator (bench/project/run.sh does this):
2,000 members each administering one organisation, 20,000 projects (3 accepted partners,
3 work packages, 10 actions with R and C roles, 2 milestones, 2 indicators with 3
measurements, 4 budget lines each) = 200,000 actions, loaded with COPY.

The benchmark member (bench-member@bench.invalid, the administrator's password) belongs to
20 organisations and is responsible for about 300 open actions across projects.

    python3 bench/project/generate.py --db maillage_bench_project --admin-email ...
"""

import argparse
import datetime as dt
import io
import random
import subprocess
import time

TOPICS = ["alimentation", "mobilite", "mediation-numerique", "tourisme", "energie", "jeunesse", "sante",
          "culture", "habitat", "agriculture", "ess", "services-au-public"]
WORDS = ["Stratégie", "Plan", "Réseau", "Programme", "Contrat", "Schéma", "Projet", "Démarche"]
SUBJECTS = ["alimentaire territorial", "de mobilité solidaire", "de médiation numérique", "touristique",
            "énergie citoyenne", "jeunesse", "de santé", "culturel", "de l'habitat", "agricole",
            "d'économie sociale", "des services au public"]
ACTIONS = ["Diagnostic", "Animation du réseau", "Étude de faisabilité", "Réunion des partenaires", "Formation",
           "Communication", "Expérimentation", "Évaluation", "Recherche de financements", "Atelier participatif"]
STATUSES = ["TODO"] * 3 + ["IN_PROGRESS"] * 4 + ["BLOCKED"] + ["DONE"] * 2 + ["CANCELLED"]
PROJECT_STATUSES = ["IDEA", "PREPARATION", "RUNNING", "RUNNING", "RUNNING", "FINISHED", "ABANDONED"]
ROLES = ["CO_PILOT", "OPERATOR", "FUNDER", "SUPPORT", "BENEFICIARY"]


def psql(args, sql, stdin=None):
    cmd = ["psql", "-h", args.host, "-U", args.user, "-d", args.db, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True).stdout


def copy(args, table, columns, rows):
    buf = io.StringIO()
    for row in rows:
        buf.write("\t".join("\\N" if v is None else str(v).replace("\t", " ") for v in row) + "\n")
    psql(args, f"\\copy {table} ({', '.join(columns)}) FROM STDIN", stdin=buf.getvalue())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--user", default="postgres")
    parser.add_argument("--admin-email", required=True)
    parser.add_argument("--projects", type=int, default=20000)
    parser.add_argument("--orgs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    t0 = time.time()
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    today = dt.date.today()

    if int(psql(args, "SELECT count(*) FROM project_project").strip()) > 0:
        raise SystemExit("projects already exist")
    password = psql(args, f"SELECT password_hash FROM app_user WHERE email = '{args.admin_email}'").strip()
    base_user = int(psql(args, "SELECT coalesce(max(id), 0) FROM app_user").strip()) + 1
    base_org = int(psql(args, "SELECT coalesce(max(id), 0) FROM directory_organisation").strip()) + 1
    communes = psql(args, "SELECT id FROM territory WHERE id LIKE 'com:42%' ORDER BY id LIMIT 300").split()
    ancestors = {}
    for line in psql(args, "SELECT territory_id, ancestor_id FROM territory_ancestor WHERE territory_id LIKE 'com:42%'").splitlines():
        t, a = line.split("|")
        ancestors.setdefault(t, []).append(a)

    # members: user 0 is the benchmark member, user i administers organisation i
    users = [(base_user + i, f"bench-member@bench.invalid" if i == 0 else f"membre{i}@bench.invalid",
              "Membre du banc" if i == 0 else f"Membre {i}", password, "MEMBER", "t", "t", now, 0)
             for i in range(args.orgs)]
    copy(args, "app_user", ["id", "email", "display_name", "password_hash", "roles", "enabled", "confirmed",
                            "created_at", "version"], users)
    orgs = [(base_org + i, f"Organisation du banc {i}", f"organisation banc {i}", "ASSOCIATION", "PUBLIC", now, now, 0)
            for i in range(args.orgs)]
    copy(args, "directory_organisation", ["id", "name", "name_key", "kind", "visibility", "created_at", "updated_at",
                                          "version"], orgs)
    memberships = [(base_org + i, base_user + i, "ADMIN", now) for i in range(args.orgs)]
    memberships += [(base_org + i, base_user, "MEMBER", now) for i in range(1, 21)]
    copy(args, "directory_membership", ["organisation_id", "user_id", "role", "created_at"], memberships)

    projects, themes, partners, packages, actions, roles, milestones = [], [], [], [], [], [], []
    indicators, measures, budget = [], [], []
    action_id = wp_id = 0
    for p in range(1, args.projects + 1):
        topic = rnd.randrange(len(TOPICS))
        commune = rnd.choice(communes)
        scope = " ".join(sorted(set([commune] + ancestors.get(commune, []))))
        start = today - dt.timedelta(days=rnd.randint(0, 700))
        end = start + dt.timedelta(days=rnd.randint(365, 1100))
        visibility = rnd.choices(["PUBLIC", "MEMBERS", "PARTNERS"], [8, 1, 1])[0]
        pilot = rnd.randrange(args.orgs)
        others = [o for o in rnd.sample(range(args.orgs), 3) if o != pilot][:2]
        projects.append((p, f"{rnd.choice(WORDS)} {SUBJECTS[topic]} {p}", f"Un projet {SUBJECTS[topic]} mené à plusieurs.",
                         None, commune, scope, rnd.choice(PROJECT_STATUSES), start, end, visibility,
                         base_org + pilot, now, now, 0))
        themes.append((p, TOPICS[topic]))
        members = [pilot] + others
        for k, org in enumerate(members):
            partners.append((p, base_org + org, f"Organisation du banc {org}", "PILOT" if k == 0 else rnd.choice(ROLES),
                             "ACCEPTED", now, now))
        wps = []
        for k in range(3):
            wp_id += 1
            wps.append(wp_id)
            packages.append((wp_id, p, f"Axe {k + 1}", k + 1))
        for k in range(10):
            action_id += 1
            org = rnd.choice(members)
            responsible = base_user if action_id % 700 == 0 else base_user + org
            status = rnd.choice(STATUSES)
            a_start = start + dt.timedelta(days=rnd.randint(0, 300))
            due = a_start + dt.timedelta(days=rnd.randint(15, 200))
            progress = 100 if status == "DONE" else (0 if status == "TODO" else rnd.randint(5, 95))
            actions.append((action_id, p, wps[k % 3], f"{ACTIONS[k]} {p}-{k}", base_org + org, responsible,
                            f"Membre {org}", a_start, due, status, progress, now, 0))
            roles.append((action_id, base_org + org, "R"))
            other = rnd.choice([m for m in members if m != org])
            roles.append((action_id, base_org + other, rnd.choice("ACI")))
        for k in range(2):
            milestones.append((p, f"Comité de pilotage {k + 1}", start + dt.timedelta(days=180 * (k + 1)), "f"))
        for k in range(2):
            iid = (p - 1) * 2 + k + 1
            indicators.append((iid, p, f"Indicateur {k + 1}", "unités", 0, 100, 0))
            for m in range(3):
                measures.append((iid, start + dt.timedelta(days=90 * (m + 1)), rnd.randint(0, 100), "Membre du banc"))
        budget.append((p, "EXPENSE", "Animation", None, None, rnd.randint(1_000_000, 9_000_000), None))
        budget.append((p, "EXPENSE", "Études", None, None, rnd.randint(500_000, 3_000_000), None))
        budget.append((p, "FUNDING", "LEADER", "GAL", "LEADER", rnd.randint(1_000_000, 5_000_000), "GRANTED"))
        budget.append((p, "FUNDING", "Région", "Région", "REGION", rnd.randint(500_000, 3_000_000), "REQUESTED"))

    copy(args, "project_project", ["id", "title", "summary", "description", "territory_id", "territory_scope", "status",
                                   "start_date", "end_date", "visibility", "lead_organisation_id", "created_at",
                                   "updated_at", "version"], projects)
    copy(args, "project_theme", ["project_id", "theme_code"], themes)
    copy(args, "project_partner", ["project_id", "organisation_id", "organisation_name", "role", "status",
                                   "invited_at", "answered_at"], partners)
    copy(args, "project_work_package", ["id", "project_id", "title", "position"], packages)
    copy(args, "project_action", ["id", "project_id", "work_package_id", "title", "responsible_organisation_id",
                                  "responsible_user_id", "responsible_name", "start_date", "due_date", "status",
                                  "progress", "updated_at", "version"], actions)
    copy(args, "project_action_role", ["action_id", "organisation_id", "role"], roles)
    copy(args, "project_milestone", ["project_id", "title", "due_date", "reached"], milestones)
    copy(args, "project_indicator", ["id", "project_id", "name", "unit", "baseline", "target", "version"], indicators)
    copy(args, "project_measurement", ["indicator_id", "measured_on", "measured", "author_name"], measures)
    copy(args, "project_budget_line", ["project_id", "kind", "label", "funder", "programme", "amount_cents", "status"],
         budget)
    for table in ["app_user", "directory_organisation", "project_project", "project_work_package", "project_action",
                  "project_indicator"]:
        psql(args, f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    psql(args, "ANALYZE")
    mine = psql(args, f"SELECT count(*) FROM project_action WHERE responsible_user_id = {base_user} "
                      "AND status IN ('TODO', 'IN_PROGRESS', 'BLOCKED')").strip()
    print(f"{len(projects)} projects, {len(actions)} actions, {len(roles)} roles, {len(partners)} partners, "
          f"{len(users)} members ({mine} open actions for bench-member@bench.invalid) in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
