#!/usr/bin/env bash
# The one test command (npm test): static checks, unit and component tests,
# geodata validation and reproducibility, then end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m▶ %s\033[0m\n' "$1"; }

step "typecheck";            npm run -s typecheck
step "lint + format";        npm run -s lint
step "unit + component";     npx vitest run
step "geodata tools";       node scripts/ensure-gmt.mjs
step "validate geodata";     npm run -s validate
step "geodata reproducible"; npm run -s geodata -- --check
step "end-to-end";           npm run -s test:e2e
step "bench smoke";          npm run -s bench -- --smoke

printf '\n\033[32m✔ all checks passed\033[0m\n'
