#!/usr/bin/env bash
# The fault suite (docs/faults.md) against a stack started by ./claimline up, under load: kill -9 of patient-service,
# the publisher halted between Kafka's acknowledgement and its token update, a Kafka broker outage, PostgreSQL
# stopped immediately, a consumer group's offsets reset. Prints each fault's steps and the outcome of every check, and
# exits 1 if one failed. The faults are the Java code the end-to-end FaultSuiteIT runs (local-stack's
# io.claimline.localstack.faults), here on ./claimline's pid files, ports and data directories.
#
#   scripts/faults.sh [kill|halt|broker|postgres|offsets ...]      (default: all five, in that order)
#
# Starts the stack first if it is not running (./claimline up) and leaves it running (./claimline down stops it).
# Honours CLAIMLINE_HOME and the CLAIMLINE_*_PORT variables, like ./claimline. It registers patients (test data) and
# restarts components: run it on a local stack, never on one whose data matters.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
HOME_DIR="${CLAIMLINE_HOME:-$ROOT/.claimline}"
mkdir -p "$HOME_DIR/logs"

echo "Starting the stack if needed (./claimline up; log: $HOME_DIR/logs/faults-up.log)…"
./claimline up >> "$HOME_DIR/logs/faults-up.log" 2>&1 || { tail -n 30 "$HOME_DIR/logs/faults-up.log"; exit 1; }
# The Kafka admin client logs every configuration at INFO; the faults' own account is what matters here.
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$ROOT/local-stack/target/classes:$(cat "$HOME_DIR/local-stack.classpath")" \
  io.claimline.localstack.faults.FaultRunner "$ROOT" "$@"
