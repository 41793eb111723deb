#!/usr/bin/env bash
# Smoke run of the local stack, printing figures (not a timed test):
#   time to healthy  — ./claimline up from a stopped stack (with --clean: from empty data), build included
#   propagation      — a patient registered through the gateway until billing, claims and collections show it
#                      (the first after start, and the next one)
#   leftovers        — processes of the stack still alive after ./claimline down (must be 0)
# Usage: scripts/smoke.sh [--clean]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
GATEWAY="http://localhost:${CLAIMLINE_GATEWAY_PORT:-8080}"

now_ms() { date +%s%3N; }

./claimline down > /dev/null
if [ "${1:-}" = "--clean" ]; then rm -rf "$ROOT/.claimline/data"; fi

t0=$(now_ms)
./claimline up > /tmp/claimline-smoke-up.log || { cat /tmp/claimline-smoke-up.log; exit 1; }
t_healthy=$(( $(now_ms) - t0 ))

token=$(curl -fsS -u clinic-system:clinic-system-secret -d grant_type=client_credentials "$GATEWAY/oauth2/token" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
# A manager may read what billing, claims and collections show (docs/security/roles.md); the clinic system may not.
reader=$(CLAIMLINE_GATEWAY_URL="$GATEWAY" ./claimline token manager)

register() {
  curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"givenName":"Smoke","familyName":"Test","dateOfBirth":"1970-01-01"}' "$GATEWAY/api/patients" \
    | sed 's/.*"patientId":"\([^"]*\)".*/\1/'
}

propagated() {
  local path
  for path in "/api/billing/accounts/$patient" "/api/claims/patients/$patient" "/api/collections/patients/$patient"; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $reader" "$GATEWAY$path" 2>/dev/null || return 1
  done
}
# Milliseconds from registering a patient until billing, claims and collections all show it.
measure_propagation() {
  local t1 deadline
  t1=$(now_ms)
  patient=$(register)
  deadline=$(( $(date +%s) + 30 ))
  until propagated; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "patient did not reach every read model within 30 s" >&2; ./claimline down; exit 1; }
    sleep 0.05
  done
  echo $(( $(now_ms) - t1 ))
}
t_first=$(measure_propagation)
t_warm=$(measure_propagation)

./claimline down > /dev/null
leftovers=$(pgrep -f "$ROOT/(.claimline|[a-z-]+/target/[a-z-]+-exec.jar)" | wc -l || true)

printf 'time to healthy:  %d ms (build included when sources changed)\n' "$t_healthy"
printf 'propagation:      %d ms first patient, %d ms next (register via gateway -> visible in billing, claims and collections)\n' "$t_first" "$t_warm"
printf 'leftover processes after down: %d\n' "$leftovers"
[ "$leftovers" -eq 0 ]
