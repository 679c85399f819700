#!/usr/bin/env python3
"""Writes the request paths of the global search benchmark (read by bench/wrk/paths.lua):
a mix of French queries across every kind (words, phrases, elisions, missing accents, typos,
synonyms, a query that matches nothing and gets "did you mean"), with type, theme, territory,
licence and maturity filters and a few second pages.

    python3 bench/search/paths.py --out bench/results/search-paths
"""
import argparse
import os
from urllib.parse import urlencode

QUERIES = ["coopération", "convention de partenariat", "l'intercommunalité", "EPCI", "ESS", "cooperatvie",
           "circuits courts", "transport solidaire", "tiers-lieu coworking", "maison de santé",
           "comité de pilotage", "renovation energetique", "randonnée", "projet alimentaire territorial",
           "médiation numérique", "covoiturage", "chaufferie bois", "insertion professionnelle",
           "gouvernance partagée", "compostage", "Camille Martin", "économie sociale et solidaire",
           "financement LEADER", "mobilite", "cantine", "zéro déchet", "festival", "xqzcooperatoin"]

FILTERS = [{}, {}, {}, {"type": "ressource"}, {"type": "evenement"}, {"type": "organisation"},
           {"theme": "alimentation"}, {"territory": "dep:42"}, {"licence": "CC_BY"}, {"maturity": "VALIDATED"},
           {"page": "2"}, {"type": "ressource", "maturity": "TESTED", "territory": "reg:84"}]


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    combos = []
    for i, q in enumerate(QUERIES):
        for j, f in enumerate(FILTERS):
            if (i + j) % 3 == 0 or not f:
                params = {"q": q, **f}
                combos.append(params)
    with open(os.path.join(a.out, "search_page.txt"), "w") as page, \
            open(os.path.join(a.out, "api_search.txt"), "w") as api:
        for params in combos:
            page.write("/recherche?" + urlencode(params) + "\n")
            api_params = dict(params)
            if "page" in api_params:
                api_params["page"] = "1"
            api.write("/api/v1/search?" + urlencode(api_params) + "\n")
    print(f"{len(combos)} search paths per scenario")


if __name__ == "__main__":
    main()
