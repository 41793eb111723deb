#!/usr/bin/env bash
# The platform benchmark (docs/performance.md): starts the stack as ./claimline up does, warms it up, and drives
# patient registrations through the gateway at concurrency 1, 4 and 16 (real tokens, Idempotency-Keys). Prints in one
# run, per level: P1 (registrations/s to 201) beside the same-run pgbench figure on the same PostgreSQL server and
# their ratio; at 16: P2 (database commits per appended event, per service), P4 (downstream rate and the seconds
# until every consumer caught up), resident memory and CPU milliseconds per registration of every process.
#
#   scripts/benchmark.sh [seconds-per-level]      (default 20; CLAIMLINE_BENCH_LEVELS="1 4 16")
#
# Needs pgbench and psql (Debian: postgresql-client); leaves the stack running (./claimline down stops it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_PER_LEVEL="${1:-20}"
LEVELS="${CLAIMLINE_BENCH_LEVELS:-1 4 16}"
GATEWAY="http://localhost:${CLAIMLINE_GATEWAY_PORT:-8080}"
PG_PORT="${CLAIMLINE_PG_PORT:-15432}"
RUN="$ROOT/.claimline/run"
DATA="$ROOT/.claimline/data"
WORK="$ROOT/.claimline/bench"
mkdir -p "$WORK"

for tool in pgbench psql; do
  command -v "$tool" > /dev/null || { echo "benchmark: $tool is missing (Debian: apt-get install postgresql-client)" >&2; exit 1; }
done

q() { PGPASSWORD=postgres psql -h localhost -p "$PG_PORT" -U postgres -d "$1" -Atqc "$2"; }
driver() { "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "${CLAIMLINE_BENCH_DRIVER_CP:-$ROOT/local-stack/target/classes}" io.claimline.localstack.LoadDriver "$GATEWAY" "$@"; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

./claimline up > "$WORK/up.log" || { cat "$WORK/up.log"; exit 1; }
echo "Benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); ${SECONDS_PER_LEVEL} s per level"
echo "Warming up (15 s at concurrency 4)…"
driver 4 15 > /dev/null

# pgbench: an event-append-shaped row (about 1 KB, primary key, unique aggregate+sequence, unique event id).
q postgres "DROP DATABASE IF EXISTS claimline_bench" && q postgres "CREATE DATABASE claimline_bench"
q claimline_bench "CREATE TABLE bench_event (global_index BIGSERIAL PRIMARY KEY, aggregate_id VARCHAR(36) NOT NULL,
  sequence_number BIGINT NOT NULL, event_id VARCHAR(36) NOT NULL UNIQUE, payload BYTEA NOT NULL,
  UNIQUE (aggregate_id, sequence_number))"
cat > "$WORK/append.sql" <<'SQL'
INSERT INTO bench_event (aggregate_id, sequence_number, event_id, payload)
VALUES (gen_random_uuid()::text, 0, gen_random_uuid()::text, convert_to(repeat('x', 1000), 'UTF8'));
SQL

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
declare -A ticks0 ticks1 commits0
COMPONENTS="gateway patient-service billing-service claims-service collections-service kafka postgres"
registered() { q claimline_patient "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%PatientRegisteredEvent'"; }
downstream() { echo "$(q claimline_billing 'SELECT count(*) FROM rm_patient_account') $(q claimline_claims 'SELECT count(*) FROM rm_patient_copy') $(q claimline_collections 'SELECT count(*) FROM rm_watched_patient')"; }
commits() { q postgres "SELECT xact_commit FROM pg_stat_database WHERE datname = '$1'"; }
events_in() { q "$1" "SELECT count(*) FROM DomainEventEntry"; }

printf '\n%-12s %14s %14s %8s %10s %10s\n' concurrency "P1 reg/s" "pgbench TPS" ratio "p50 ms" "p99 ms"
for c in $LEVELS; do
  tps="$(PGPASSWORD=postgres pgbench -h localhost -p "$PG_PORT" -U postgres -n -c "$c" -j "$c" -T "$SECONDS_PER_LEVEL" \
    -f "$WORK/append.sql" claimline_bench 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -n 1)"
  if [ "$c" = "$(echo "$LEVELS" | awk '{print $NF}')" ]; then
    for comp in $COMPONENTS; do ticks0[$comp]="$(cpu_ticks "$comp")"; done
    for db in claimline_patient claimline_billing; do commits0[$db]="$(commits "$db")"; done
    patient_events0="$(events_in claimline_patient)"; billing_events0="$(events_in claimline_billing)"
    registered0="$(registered)"
  fi
  line="$(driver "$c" "$SECONDS_PER_LEVEL" "$WORK/acknowledged.log")"
  rate="$(echo "$line" | field rate)"
  printf '%-12s %14s %14s %8s %10s %10s\n' "$c" "$rate" "$tps" "$(awk -v a="$rate" -v b="$tps" 'BEGIN {printf "%.3f", a/b}')" \
    "$(echo "$line" | field p50)" "$(echo "$line" | field p99)"
done
stopped=$SECONDS
last_rate="$rate"; acknowledged="$(echo "$line" | field acknowledged)"

# P4: until every consumer shows every registration.
target="$(registered)"
until [ "$(downstream)" = "$target $target $target" ]; do
  [ $((SECONDS - stopped)) -lt 300 ] || { echo "consumers did not catch up within 300 s: $(downstream) of $target"; break; }
  sleep 0.2
done
lag=$((SECONDS - stopped))
for comp in $COMPONENTS; do ticks1[$comp]="$(cpu_ticks "$comp")"; done
new_registrations=$((target - registered0))
patient_events=$(( $(events_in claimline_patient) - patient_events0 ))
billing_events=$(( $(events_in claimline_billing) - billing_events0 ))
echo
echo "P2 commits per appended event: patient-service $(awk -v c=$(( $(commits claimline_patient) - commits0[claimline_patient] )) -v e=$patient_events 'BEGIN {printf "%.2f", c/e}')," \
  "billing-service $(awk -v c=$(( $(commits claimline_billing) - commits0[claimline_billing] )) -v e=$billing_events 'BEGIN {printf "%.2f", c/e}') (includes reads' commits)"
echo "P4 downstream: ${lag} s after the load stopped until billing, claims and collections showed all $target patients;" \
  "rate $(awk -v n=$new_registrations -v s=$((SECONDS_PER_LEVEL + lag)) -v p=$last_rate 'BEGIN {printf "%.1f/s, %.2f of P1", n/s, n/s/p}')"
hz="$(getconf CLK_TCK)"
printf '\n%-20s %10s %18s\n' process "RSS MB" "CPU ms/registration"
for comp in $COMPONENTS; do
  printf '%-20s %10s %18s\n' "$comp" "$(rss_mb "$comp")" \
    "$(awk -v t=$(( ticks1[$comp] - ticks0[$comp] )) -v hz="$hz" -v n="$new_registrations" 'BEGIN {printf "%.2f", t*1000/hz/n}')"
done
echo "(the last level's window, from its start until the consumers caught up; acknowledged ids in $WORK/acknowledged.log)"
