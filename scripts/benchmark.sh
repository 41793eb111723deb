#!/usr/bin/env bash
# The platform benchmark (docs/performance.md). For each JVM configuration — first the one ./claimline up uses
# (deploy/local/jvm.options), then the one recommended for deployment (deploy/jvm.options) — it starts the stack as
# ./claimline up does, warms it up, and drives patient registrations through the gateway at concurrency 1, 4 and 16
# (real tokens, Idempotency-Keys). Prints in one run, per configuration and level: P1 (registrations/s to 201)
# beside the same-run pgbench figure on the same PostgreSQL server and their ratio; at 16: P2 (database commits per
# appended event, per service), P4 (downstream rate and the seconds until every consumer caught up), resident memory
# and CPU milliseconds per registration of every process (and of the load driver); then P3 (events/s of a reset and
# replay of patient-service's read model) and a summary with both configurations side by side.
#
#   scripts/benchmark.sh [seconds-per-level]      (default 20; CLAIMLINE_BENCH_LEVELS="1 4 16",
#                                                  CLAIMLINE_BENCH_CONFIGURATIONS="local deployment",
#                                                  CLAIMLINE_BENCH_WORKLOAD="coverage", "registration",
#                                                  "encounter", "ledger" or "claims")
#
# The workload (LoadDriver): each registration carries full demographics; with "coverage" (the default) each is
# followed by a coverage on a payer the run creates first, and P1 counts the pair as one registration.
# "encounter" is charge capture instead: the run seeds the demo data (./claimline seed: practice, chargemaster, the
# Demo Health Plan contract), registers one patient with a coverage, then per iteration the seeded biller records
# an insured encounter with two lines and the seeded provider confirms it; P1 counts the pair as one encounter, P4
# waits until claims-service holds every confirmed encounter (rm_billable_encounter, what GET
# /api/claims/encounters/{id} answers from, checked through the gateway for the last one), and the encounter ids go
# to .claimline/bench/acknowledged-encounters.log (not the registrations' log that ./claimline reconcile reads).
#
# "ledger" measures something else (issue 10, P6: accounts live for years), with no levels and no pgbench: per
# configuration, after the stack is up, BenchLedger registers one patient, waits for billing's account, posts
# CLAIMLINE_BENCH_POSTINGS (10000) cash payments to it through the gateway, CLAIMLINE_BENCH_LEDGER_CONCURRENCY (4) at a
# time (they serialize on the aggregate; a 409 is retried with the same reference, the posting's idempotent source),
# and prints the posting rate; then, one request at a time, CLAIMLINE_BENCH_PROBES (50) postings alternating between
# that account and a fresh one (the client's latency, and the command's own time from billing's Axon command-bus timer
# on /actuator/prometheus), GET /balances and /ledger pages, and from billing's event store the snapshot (sequence,
# size), the events after it and the time to read them against all of the account's events. The seconds argument is
# not used. CPU milliseconds per posting of every process cover the whole driver run.
#
# "claims" (issue 11, P5: claims drafted, scrubbed and written into 837 files per second, beside the X12 library's
# raw write rate), also with no levels and no pgbench: per configuration, after the stack is up (with the scheduled
# cut put off, CLAIMLINE_CLAIMS_SUBMISSION_CUTEVERY=PT6H, so that only the biller's cut takes the claims) and seeded,
# BenchClaims creates a payer of its own, registers CLAIMLINE_BENCH_CLAIMS (300) patients with a SELF coverage on it
# and records an encounter for each (not measured), then, CLAIMLINE_BENCH_CLAIMS_CONCURRENCY (4) at a time, the
# provider confirms them all: (a) the seconds from the first confirmation until GET /api/claims/work-queues counts
# them all READY; (b) one POST /api/claims/batches for the payer (write, store, submit, SFTP send), the seconds until
# the payer simulator lists the file and until the READY queue is empty again; (c) in the driver's own JVM,
# Claim837Writer.write of the same number of claims of the same shape after a warm-up. It prints P5 lines and the
# CPU milliseconds per claim of every process for (a) and (b), read from /proc by the driver at the phases' edges.
#
# Needs pgbench and psql (Debian: postgresql-client); leaves the stack running (./claimline down stops it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_PER_LEVEL="${1:-20}"
LEVELS="${CLAIMLINE_BENCH_LEVELS:-1 4 16}"
LAST_LEVEL="$(echo "$LEVELS" | awk '{print $NF}')"
CONFIGURATIONS="${CLAIMLINE_BENCH_CONFIGURATIONS:-local deployment}"
GATEWAY="http://localhost:${CLAIMLINE_GATEWAY_PORT:-8080}"
PG_PORT="${CLAIMLINE_PG_PORT:-15432}"
RUN="$ROOT/.claimline/run"
DATA="$ROOT/.claimline/data"
WORK="$ROOT/.claimline/bench"
mkdir -p "$WORK"

for tool in pgbench psql /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "benchmark: $tool is missing (Debian: apt-get install postgresql-client time)" >&2; exit 1; }
done

declare -A JVM_OPTIONS_FILE=([local]="$ROOT/deploy/local/jvm.options" [deployment]="$ROOT/deploy/jvm.options")
# Full tiered compilation (deployment) reaches its compiled code later than C1 alone: a longer warm-up.
declare -A WARM_UP_SECONDS=([local]=15 [deployment]=60)

q() { PGPASSWORD=postgres psql -h localhost -p "$PG_PORT" -U postgres -d "$1" -Atqc "$2"; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# local-stack's classes and its runtime dependencies (Awaitility, the PostgreSQL driver), whose list ./claimline up
# writes when it builds; read when the driver first runs, after the stack is up.
driver_cp() {
  if [ -n "${CLAIMLINE_BENCH_DRIVER_CP:-}" ]; then echo "$CLAIMLINE_BENCH_DRIVER_CP"; return; fi
  local deps="${CLAIMLINE_HOME:-$ROOT/.claimline}/local-stack.classpath"
  # The x12 module's classes of this checkout before the snapshot jar the classpath file names (BenchClaims).
  echo "$ROOT/local-stack/target/classes:$ROOT/x12/target/classes${deps:+:$(cat "$deps" 2>/dev/null)}"
}
WORKLOAD="${CLAIMLINE_BENCH_WORKLOAD:-coverage}"
case "$WORKLOAD" in
  coverage | registration) UNIT=registration; ACKNOWLEDGED="$WORK/acknowledged.log" ;;
  encounter) UNIT=encounter; ACKNOWLEDGED="$WORK/acknowledged-encounters.log" ;;
  ledger) UNIT=posting; ACKNOWLEDGED="" ;;
  claims) UNIT=claim; ACKNOWLEDGED="" ;;
  *) echo "benchmark: CLAIMLINE_BENCH_WORKLOAD must be coverage, registration, encounter, ledger or claims" >&2; exit 2 ;;
esac
WORKLOAD_ARGS=()
driver() { "$JAVA" -cp "$(driver_cp)" io.claimline.localstack.LoadDriver "$GATEWAY" "$@" "${WORKLOAD_ARGS[@]}"; }

# A payer of the seeded clinic for the run's coverages (a fresh EDI payer id: data is kept between runs).
create_payer() {
  local token; token="$("$JAVA" -cp "$(driver_cp)" io.claimline.localstack.TokenClient "$GATEWAY" admin)"
  curl -fsS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    "$GATEWAY/api/patients/payers" -d "{\"name\": \"Bench Health\", \"ediPayerId\": \"B$(date +%s)\",
      \"claimFilingIndicator\": \"CI\", \"initialClaimDays\": 90, \"correctedClaimDays\": 180, \"appealDays\": 180,
      \"address\": {\"line1\": \"PO Box 1\", \"city\": \"Hartford\", \"state\": \"CT\", \"postalCode\": \"06101\"},
      \"acceptsElectronicClaims\": true}" | sed -E 's/.*"payerId" *: *"([^"]+)".*/\1/'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
now() { date +%s.%N; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a/b}'; }

pids_of() { # the processes of one component (PostgreSQL: the server and its backends)
  if [ "$1" = postgres ]; then
    local pm; pm="$(head -n 1 "$DATA/postgres/postmaster.pid")"
    echo "$pm" $(ps -o pid= --ppid "$pm")
  else
    cat "$RUN/$1.pid"
  fi
}
cpu_ticks() { local total=0 p; for p in $(pids_of "$1"); do [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$total"; }
rss_mb() { local total=0 p; for p in $(pids_of "$1"); do [ -r "/proc/$p/status" ] && total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$p/status"))); done; echo $((total / 1024)); }
COMPONENTS="gateway patient-service billing-service claims-service collections-service kafka postgres"
registered() { q claimline_patient "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%PatientRegisteredEvent'"; }
confirmed() { q claimline_billing "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%EncounterConfirmedEvent'"; }
# What the workload produced (all time: data is kept between runs), and what its consumers show of it: P4 waits
# until downstream shows "$(produced)" once per consumer. Registrations reach billing, claims and collections;
# confirmed encounters reach claims-service's billable encounters.
produced() { if [ "$WORKLOAD" = encounter ]; then confirmed; else registered; fi; }
downstream() {
  if [ "$WORKLOAD" = encounter ]; then
    q claimline_claims 'SELECT count(*) FROM rm_billable_encounter'
  else
    # billing: accounts held by a patient (a guarantor who is not a patient, as the seed makes, has one of their own).
    echo "$(q claimline_billing 'SELECT count(patient_id) FROM rm_patient_account') $(q claimline_claims 'SELECT count(*) FROM rm_patient_copy') $(q claimline_collections 'SELECT count(*) FROM rm_watched_patient')"
  fi
}
caught_up() { if [ "$WORKLOAD" = encounter ]; then echo "$1"; else echo "$1 $1 $1"; fi; }
downstream_names() { if [ "$WORKLOAD" = encounter ]; then echo "claims"; else echo "billing, claims and collections"; fi; }
# The last acknowledged encounter as claims-service's API answers it through the gateway (the biller's view).
claims_encounter_status() {
  local token; token="$("$JAVA" -cp "$(driver_cp)" io.claimline.localstack.TokenClient "$GATEWAY" biller)"
  curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$GATEWAY/api/claims/encounters/$1"
}
commits() { q postgres "SELECT xact_commit FROM pg_stat_database WHERE datname = '$1'"; }
events_in() { q "$1" "SELECT count(*) FROM DomainEventEntry"; }

prepare_pgbench() { # an event-append-shaped row (about 1 KB, primary key, unique aggregate+sequence, unique event id)
  q postgres "DROP DATABASE IF EXISTS claimline_bench" && q postgres "CREATE DATABASE claimline_bench"
  q claimline_bench "CREATE TABLE bench_event (global_index BIGSERIAL PRIMARY KEY, aggregate_id VARCHAR(36) NOT NULL,
    sequence_number BIGINT NOT NULL, event_id VARCHAR(36) NOT NULL UNIQUE, payload BYTEA NOT NULL,
    UNIQUE (aggregate_id, sequence_number))"
  cat > "$WORK/append.sql" <<'SQL'
INSERT INTO bench_event (aggregate_id, sequence_number, event_id, payload)
VALUES (gen_random_uuid()::text, 0, gen_random_uuid()::text, convert_to(repeat('x', 1000), 'UTF8'));
SQL
}
pgbench_tps() {
  PGPASSWORD=postgres pgbench -h localhost -p "$PG_PORT" -U postgres -n -c "$1" -j "$1" -T "$SECONDS_PER_LEVEL" \
    -f "$WORK/append.sql" claimline_bench 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -n 1
}

declare -A SUMMARY
run_configuration() {
  local config="$1" c tps line rate
  local -A ticks0 ticks1 commits0
  echo
  echo "== JVM configuration: $config ($(tr '\n' ' ' < "${JVM_OPTIONS_FILE[$config]}"))"
  ./claimline down > /dev/null
  # The claims workload cuts on demand; claims-service's scheduled cut (every 15 min) would take the claims first.
  local postpone_cut=()
  if [ "$WORKLOAD" = claims ]; then postpone_cut=(CLAIMLINE_CLAIMS_SUBMISSION_CUTEVERY=PT6H); fi
  env "${postpone_cut[@]}" CLAIMLINE_JVM_OPTIONS_FILE="${JVM_OPTIONS_FILE[$config]}" ./claimline up \
    > "$WORK/up-$config.log" || { cat "$WORK/up-$config.log"; exit 1; }
  WORKLOAD_ARGS=()
  if [ "$WORKLOAD" = ledger ]; then run_ledger "$config"; return; fi
  if [ "$WORKLOAD" = claims ]; then run_claims "$config"; return; fi
  case "$WORKLOAD" in
    coverage) WORKLOAD_ARGS=(--coverage "$(create_payer)") ;;
    encounter) ./claimline seed > "$WORK/seed-$config.log" || { cat "$WORK/seed-$config.log"; exit 1; }
               WORKLOAD_ARGS=(--encounter) ;;
  esac
  echo "Workload: $WORKLOAD${WORKLOAD_ARGS[1]:+ (payer ${WORKLOAD_ARGS[1]})}"
  echo "Warming up (${WARM_UP_SECONDS[$config]} s at concurrency 4)…"
  driver 4 "${WARM_UP_SECONDS[$config]}" > /dev/null
  prepare_pgbench

  printf '%-12s %14s %14s %8s %10s %10s\n' concurrency "P1 ${UNIT:0:3}/s" "pgbench TPS" ratio "p50 ms" "p99 ms"
  local patient_events0 billing_events0 produced0 driver_cpu
  for c in $LEVELS; do
    tps="$(pgbench_tps "$c")"
    if [ "$c" = "$LAST_LEVEL" ]; then
      for comp in $COMPONENTS; do ticks0[$comp]="$(cpu_ticks "$comp")"; done
      for db in claimline_patient claimline_billing; do commits0[$db]="$(commits "$db")"; done
      patient_events0="$(events_in claimline_patient)"; billing_events0="$(events_in claimline_billing)"
      produced0="$(produced)"
    fi
    line="$(/usr/bin/time -f '%U %S' -o "$WORK/driver.time" \
      "$JAVA" -cp "$(driver_cp)" io.claimline.localstack.LoadDriver "$GATEWAY" "$c" "$SECONDS_PER_LEVEL" "$ACKNOWLEDGED" "${WORKLOAD_ARGS[@]}")"
    rate="$(echo "$line" | field rate)"
    printf '%-12s %14s %14s %8s %10s %10s\n' "$c" "$rate" "$tps" "$(ratio "$rate" "$tps")" \
      "$(echo "$line" | field p50)" "$(echo "$line" | field p99)"
    SUMMARY[$config,p1,$c]="$rate/s (pgbench $tps, ratio $(ratio "$rate" "$tps"))"
  done
  local stopped; stopped="$(now)"
  driver_cpu="$(awk '{printf "%.0f", ($1 + $2) * 1000}' "$WORK/driver.time")"

  # P4: until every consumer shows everything the workload produced.
  local target; target="$(produced)"
  until [ "$(downstream)" = "$(caught_up "$target")" ]; do
    awk -v s="$stopped" -v n="$(now)" 'BEGIN {exit !(n - s < 300)}' \
      || { echo "consumers did not catch up within 300 s: $(downstream) of $target"; break; }
    sleep 0.1
  done
  local lag; lag="$(awk -v s="$stopped" -v n="$(now)" 'BEGIN {printf "%.1f", n - s}')"
  for comp in $COMPONENTS; do ticks1[$comp]="$(cpu_ticks "$comp")"; done
  local new_units=$((target - produced0))
  local patient_events=$(( $(events_in claimline_patient) - patient_events0 ))
  local billing_events=$(( $(events_in claimline_billing) - billing_events0 ))
  local p2_patient p2_billing p4_rate
  p2_patient="$(ratio $(( $(commits claimline_patient) - commits0[claimline_patient] )) $patient_events)"
  p2_billing="$(ratio $(( $(commits claimline_billing) - commits0[claimline_billing] )) $billing_events)"
  p4_rate="$(awk -v n=$new_units -v s="$SECONDS_PER_LEVEL" -v l="$lag" 'BEGIN {printf "%.1f", n/(s+l)}')"
  echo "P2 commits per appended event: patient-service $p2_patient, billing-service $p2_billing (includes reads' commits)"
  echo "P4 downstream: $lag s after the load stopped until $(downstream_names) showed all $target ${UNIT}s;" \
    "rate $p4_rate/s, $(ratio "$p4_rate" "$rate") of P1"
  if [ "$WORKLOAD" = encounter ]; then
    local last; last="$(tail -n 1 "$ACKNOWLEDGED")"
    echo "P4 check: GET /api/claims/encounters/$last answered $(claims_encounter_status "$last")"
  fi
  SUMMARY[$config,p2]="patient-service $p2_patient, billing-service $p2_billing"
  SUMMARY[$config,p4]="$p4_rate/s, $(ratio "$p4_rate" "$rate") of P1; caught up $lag s after the load"
  local hz; hz="$(getconf CLK_TCK)"
  printf '%-20s %10s %18s\n' process "RSS MB" "CPU ms/$UNIT"
  local cpu rss
  for comp in $COMPONENTS; do
    cpu="$(awk -v t=$(( ticks1[$comp] - ticks0[$comp] )) -v hz="$hz" -v n="$new_units" 'BEGIN {printf "%.2f", t*1000/hz/n}')"
    rss="$(rss_mb "$comp")"
    printf '%-20s %10s %18s\n' "$comp" "$rss" "$cpu"
    SUMMARY[$config,cpu]="${SUMMARY[$config,cpu]:-}$comp $cpu, "
    SUMMARY[$config,rss]="${SUMMARY[$config,rss]:-}$comp $rss, "
  done
  printf '%-20s %10s %18s\n' "load driver" "" "$(awk -v t="$driver_cpu" -v n="$new_units" 'BEGIN {printf "%.2f", t/n}')"
  echo "(the last level's window, from its start until the consumers caught up; acknowledged ids in $ACKNOWLEDGED)"

  p3 "$config" "$rate"
}

# P6: one account with many postings, and what loading it costs (BenchLedger). The CPU per posting covers the whole
# run of the driver (the postings, then the few probes and reads).
run_ledger() {
  local config="$1" comp out postings="${CLAIMLINE_BENCH_POSTINGS:-10000}" billing_events0 commits0
  local -A ticks0 ticks1
  echo "Workload: ledger ($postings postings, concurrency ${CLAIMLINE_BENCH_LEDGER_CONCURRENCY:-4})"
  for comp in $COMPONENTS; do ticks0[$comp]="$(cpu_ticks "$comp")"; done
  billing_events0="$(events_in claimline_billing)"; commits0="$(commits claimline_billing)"
  out="$WORK/ledger-$config.log"
  # (progress goes to stderr, the figures to the log)
  if ! /usr/bin/time -f '%U %S' -o "$WORK/driver.time" "$JAVA" -cp "$(driver_cp)" io.claimline.localstack.BenchLedger \
      "$GATEWAY" "jdbc:postgresql://localhost:$PG_PORT/claimline_billing" \
      "http://localhost:${CLAIMLINE_BILLING_PORT:-8082}" "$postings" \
      "${CLAIMLINE_BENCH_LEDGER_CONCURRENCY:-4}" "${CLAIMLINE_BENCH_PROBES:-50}" > "$out"; then
    cat "$out"; echo "benchmark: the ledger workload failed (billing-service's log: .claimline/logs)" >&2; exit 1
  fi
  grep -v '^P6' "$out"
  for comp in $COMPONENTS; do ticks1[$comp]="$(cpu_ticks "$comp")"; done
  local billing_events=$(( $(events_in claimline_billing) - billing_events0 ))
  local p2; p2="$(ratio $(( $(commits claimline_billing) - commits0 )) "$billing_events")"
  local units; units="$(sed -n 's/^ledger-total=//p' "$out")"
  local hz cpu rss; hz="$(getconf CLK_TCK)"
  printf '%-20s %10s %18s\n' process "RSS MB" "CPU ms/posting"
  for comp in $COMPONENTS; do
    cpu="$(awk -v t=$(( ticks1[$comp] - ticks0[$comp] )) -v hz="$hz" -v n="$units" 'BEGIN {printf "%.2f", t*1000/hz/n}')"
    rss="$(rss_mb "$comp")"
    printf '%-20s %10s %18s\n' "$comp" "$rss" "$cpu"
    SUMMARY[$config,cpu]="${SUMMARY[$config,cpu]:-}$comp $cpu, "
    SUMMARY[$config,rss]="${SUMMARY[$config,rss]:-}$comp $rss, "
  done
  printf '%-20s %10s %18s\n' "load driver" "" \
    "$(awk -v n="$units" '{printf "%.2f", ($1 + $2) * 1000 / n}' "$WORK/driver.time")"
  echo "P2 commits per appended event: billing-service $p2 ($billing_events events; includes reads' commits)"
  grep '^P6' "$out"
  SUMMARY[$config,p2]="billing-service $p2"
  local i=0 line
  while IFS= read -r line; do i=$((i + 1)); SUMMARY[$config,p6_$i]="${line#P6 }"; done < <(grep '^P6' "$out")
}

# P5: claims drafted and scrubbed, cut into an 837P and sent (BenchClaims); the driver reads the processes' CPU time
# itself, at the edges of the phases it measures.
run_claims() {
  local config="$1" comp out claims="${CLAIMLINE_BENCH_CLAIMS:-300}"
  local concurrency="${CLAIMLINE_BENCH_CLAIMS_CONCURRENCY:-4}"
  ./claimline seed > "$WORK/seed-$config.log" || { cat "$WORK/seed-$config.log"; exit 1; }
  echo "Workload: claims ($claims claims, concurrency $concurrency)"
  out="$WORK/claims-$config.log"
  # (progress goes to stderr, the figures to the log)
  if ! CLAIMLINE_CLK_TCK="$(getconf CLK_TCK)" "$JAVA" -cp "$(driver_cp)" io.claimline.localstack.BenchClaims \
      "$GATEWAY" "http://localhost:${CLAIMLINE_SIMULATOR_PORT:-8090}" "$claims" "$concurrency" "$RUN" \
      "$DATA/postgres/postmaster.pid" > "$out"; then
    cat "$out"; echo "benchmark: the claims workload failed (claims-service's log: .claimline/logs)" >&2; exit 1
  fi
  grep -v '^P5' "$out"
  printf '%-20s %10s\n' process "RSS MB"
  for comp in $COMPONENTS payer-simulator; do printf '%-20s %10s\n' "$comp" "$(rss_mb "$comp")"; done
  grep '^P5' "$out"
  local i=0 line
  while IFS= read -r line; do i=$((i + 1)); SUMMARY[$config,p5_$i]="${line#P5 }"; done < <(grep '^P5' "$out")
}

# P3: patient-service's read model reset and replayed (the operators' rebuild endpoint), events/s and ratio to P1.
p3() {
  local config="$1" p1="$2" token started events seconds rate
  token="$("$JAVA" -cp "$(driver_cp)" io.claimline.localstack.TokenClient "$GATEWAY" admin 2>/dev/null || true)"
  events="$(events_in claimline_patient)"
  started="$(now)"
  if ! curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $token" \
      "$GATEWAY/api/patients/operations/read-models/patient-summary/rebuild"; then
    echo "P3: the rebuild could not be started"; SUMMARY[$config,p3]="not measured"; return
  fi
  until [ "$(q claimline_patient "SELECT count(*) FROM rm_patient_summary")" -ge "$(registered)" ] \
      && [ "$(curl -fsS -H "Authorization: Bearer $token" "$GATEWAY/api/patients/operations/read-models" \
          | grep -o '"processingGroup":"patient-summary"[^}]*"caughtUp":true' || true)" != "" ]; do
    sleep 0.1
  done
  seconds="$(awk -v s="$started" -v n="$(now)" 'BEGIN {printf "%.1f", n - s}')"
  rate="$(awk -v e="$events" -v s="$seconds" 'BEGIN {printf "%.0f", e/s}')"
  echo "P3 replay: patient-summary rebuilt from $events events in $seconds s: $rate events/s, $(ratio "$rate" "$p1") × P1"
  SUMMARY[$config,p3]="$rate events/s ($events events in $seconds s), $(ratio "$rate" "$p1") × P1"
}

echo "Benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); ${SECONDS_PER_LEVEL} s per level"
for config in $CONFIGURATIONS; do run_configuration "$config"; done

echo
echo "== Summary"
printf '| %s |' ""; for config in $CONFIGURATIONS; do printf ' %s |' "$config"; done; echo
if [ "$WORKLOAD" = ledger ]; then ROWS="p6_1 p6_2 p6_3 p6_4 p6_5 p2 cpu rss"
elif [ "$WORKLOAD" = claims ]; then ROWS="p5_1 p5_2 p5_3 p5_4 p5_5"; else
  ROWS="$(for c in $LEVELS; do echo "p1,$c"; done) p2 p3 p4 cpu rss"; fi
for row in $ROWS; do
  printf '| %s |' "$row"; for config in $CONFIGURATIONS; do printf ' %s |' "${SUMMARY[$config,$row]:-}"; done; echo
done
