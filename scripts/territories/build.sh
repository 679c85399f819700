#!/usr/bin/env bash
# Regenerates src/main/resources/territory/cog-2026.tsv.gz from the npm packages.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --silent
node build.mjs
