#!/usr/bin/env bash
# Benchmarks the dashboard on a warehouse (see docs/benchmarks.md):
#   dashboard/bench/run-benchmark.sh WAREHOUSE_DIR [CLIENTS] [WARM_ROUNDS]
# 1. JVM start to first page, three times. 2. Every page with varied filters at CLIENTS concurrent clients, cold (the
# server's cache empty: each URL requested once) and warm (the same URLs again). Loopback only; it stops by itself.
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WAREHOUSE="$(cd "${1:?usage: run-benchmark.sh WAREHOUSE_DIR [CLIENTS] [WARM_ROUNDS]}" && pwd)"
CLIENTS="${2:-16}"
ROUNDS="${3:-5}"
PORT="${BENCH_PORT:-18090}"
. "$HOME_DIR/.mvn/select-jdk.sh"
lakehouse_select_jdk
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="$HOME_DIR/dashboard/target/quarkus-app/quarkus-run.jar"
CDS="$HOME_DIR/dashboard/target/quarkus-app/app-cds.jsa"
[ -f "$JAR" ] || (cd "$HOME_DIR" && ./mvnw -q -B -DskipTests -Dformat.skip -pl dashboard -am package)
SHARE=()
[ -f "$CDS" ] && SHARE=(-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto)

PID=""
start_server() {
  # From the jar's folder, as the class-data-sharing archive requires (see ./lakehouse serve).
  (cd "$(dirname "$JAR")" && exec "$JAVA" "${SHARE[@]}" -Dlakehouse.warehouse="$WAREHOUSE" \
    -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN -jar quarkus-run.jar) > /tmp/dashboard-bench.log 2>&1 &
  PID=$!
}
stop_server() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  PID=""
}
trap stop_server EXIT

echo "== JVM start to first page ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
for i in 1 2 3; do
  begin=$(date +%s%N)
  start_server
  for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)" = 200 ] && break
    sleep 0.01
  done
  echo "run $i: first page after $(( ($(date +%s%N) - begin) / 1000000 )) ms"
  stop_server
done

QUARTERS="$(ls "$WAREHOUSE/objects/gold-published/gold/fct_facility_day" | sed 's/quarter=//' | sort | tail -n 8 | paste -sd,)"
STATES="${BENCH_STATES:-NY,CA,TX,RI,WV,AL}"
echo "== Load: quarters $QUARTERS; states $STATES"
start_server
for _ in $(seq 1 3000); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/metrics" || true)" = 200 ] && break
  sleep 0.01
done
"$JAVA" "$HOME_DIR/dashboard/bench/LoadBenchmark.java" "http://127.0.0.1:$PORT" "$CLIENTS" "$ROUNDS" "$QUARTERS" "$STATES"
