#!/usr/bin/env python3
"""Writes one file of request paths per wrk scenario (read by bench/wrk/paths.lua).

    python3 bench/paths.py --db maillage_bench --out bench/results/paths
"""
import argparse
import os
import random
import subprocess
from urllib.parse import urlencode

TEXT_QUERIES = ["médiation numérique", "alimentation", "coopération", "économie sociale", "jeunesse Pélussin",
                "tourisme", "épicerie solidaire", "vélo", "maison de santé", "centrale villageoise", "fab lab",
                "repair café", "insertion", "forêt", "Pélussin", "festival musique", "covoiturage",
                "circuits courts", "habitat partagé", "transition écologique"]

FILTERS = [
    {"theme": "alimentation"}, {"kind": "ASSOCIATION"}, {"territory": "dep:42"}, {"territory": "com:42168"},
    {"theme": "jeunesse", "territory": "dep:42"}, {"kind": "COMMUNE", "territory": "reg:84"},
    {"q": "tourisme", "theme": "tourisme", "territory": "dep:74"}, {}, {"sort": "recent"},
    {"kind": "COOPERATIVE", "theme": "ess"}, {"theme": "mediation-numerique", "page": "3"},
    {"territory": "epci:200066231"}, {"competency": "cartographie", "territory": "reg:53"},
    {"q": "association", "kind": "ASSOCIATION", "territory": "com:69123"},
]

# (west, south, east, north) for a ~1300x800 px map at that zoom
FRANCE = [(-5.5, 41.0, 10.0, 51.5)]
REGIONS = [(2.0, 44.1, 7.2, 46.8), (-5.2, 47.2, -1.0, 48.9), (0.0, 42.3, 4.9, 45.1), (1.4, 48.1, 3.6, 49.3),
           (4.2, 47.3, 8.3, 49.6)]
DEPARTEMENTS = [(3.9, 45.25, 4.75, 45.75), (4.35, 45.5, 5.2, 46.0), (2.05, 48.62, 2.9, 49.08),
                (-1.9, 47.0, -1.05, 47.45), (5.0, 43.1, 5.85, 43.55), (0.9, 43.35, 1.75, 43.8)]
TOWNS = [(4.64, 45.40, 4.71, 45.44), (4.81, 45.745, 4.88, 45.775), (4.36, 45.42, 4.43, 45.45),
         (2.33, 48.85, 2.40, 48.875), (-1.58, 47.20, -1.51, 47.23), (1.40, 43.59, 1.47, 43.62)]


def bbox(b):
    return ",".join(f"{v:g}" for v in b)


def geo(b, zoom, **filters):
    params = {"bbox": bbox(b), "zoom": zoom}
    params.update(filters)
    return "/api/v1/organisations/geojson?" + urlencode(params, doseq=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", default="maillage_bench")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--user", default="postgres")
    p.add_argument("--out", default="bench/results/paths")
    a = p.parse_args()
    rng = random.Random(7)
    os.makedirs(a.out, exist_ok=True)
    ids = subprocess.run(["psql", "-h", a.host, "-U", a.user, "-d", a.db, "-At", "-c",
                          "SELECT id FROM directory_organisation WHERE visibility = 'PUBLIC' "
                          "ORDER BY random() LIMIT 2000"], check=True, capture_output=True, text=True).stdout.split()
    scenarios = {
        "search_text": ["/annuaire?" + urlencode({"q": q}) for q in TEXT_QUERIES]
                       + ["/annuaire?" + urlencode({"q": q, "page": 2}) for q in TEXT_QUERIES[:5]],
        "search_filters": ["/annuaire?" + urlencode(f) for f in FILTERS],
        "api_search": ["/api/v1/organisations?" + urlencode({"q": q}) for q in TEXT_QUERIES]
                      + ["/api/v1/organisations?" + urlencode(f) for f in FILTERS if "page" not in f],
        "org_page": [f"/annuaire/organisations/{i}" for i in ids],
        "map_france_z6": [geo(FRANCE[0], 6)],
        "map_region_z8": [geo(b, 8) for b in REGIONS],
        "map_dep_z10": [geo(b, 10) for b in DEPARTEMENTS],
        "map_town_z14": [geo(b, 14) for b in TOWNS],
        "map_filtered_z6": [geo(FRANCE[0], 6, theme="alimentation"), geo(FRANCE[0], 6, q="tourisme"),
                            geo(FRANCE[0], 6, kind="ASSOCIATION"), geo(REGIONS[0], 8, theme="jeunesse"),
                            geo(FRANCE[0], 6, q="médiation numérique", theme="mediation-numerique")],
    }
    for name, paths in scenarios.items():
        rng.shuffle(paths)
        with open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(paths) + "\n")
    print(" ".join(f"{k}={len(v)}" for k, v in scenarios.items()))


if __name__ == "__main__":
    main()
