#!/usr/bin/env bash
# Start-up benchmark (issue 10, "Starts"; docs/benchmarks.md, "Starts"): how long `./lakehouse --help`,
# `./lakehouse render-sql` and `./lakehouse serve` (JVM start to the first page) take as a user runs them, through the
# script, with the start-up caches (AOT cache on JDK 25+) and without them (LAKEHOUSE_NO_AOT_CACHE=1: the dashboard
# falls back to its class-data-sharing archive). Alternates the two so that load from elsewhere hits both alike.
#   bench/run-start-benchmarks.sh [WAREHOUSE_DIR]
# Without a warehouse it builds one from samples/cms under target/start-bench/. Settings: BENCH_RUNS (default 5),
# BENCH_PORT (default 18480). Wall times and the CPU time (user + system) the process used; never run by CI.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${BENCH_RUNS:-5}"
PORT="${BENCH_PORT:-18480}"
OUT="$ROOT/target/start-bench"
mkdir -p "$OUT"
command -v curl >/dev/null || { echo "error: this benchmark needs curl" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "error: this benchmark needs GNU time (Debian package time)" >&2; exit 1; }
. "$ROOT/.mvn/select-jdk.sh"
lakehouse_select_jdk

# Build the jars and record their start-up caches first (./lakehouse does both on first use).
"$ROOT/lakehouse" --help >/dev/null
WAREHOUSE="${1:-$OUT/warehouse}"
if [ -z "${1-}" ] && [ ! -d "$WAREHOUSE/objects/gold-published" ]; then
  "$ROOT/lakehouse" run --input "$ROOT/samples/cms" --warehouse "$WAREHOUSE" >"$OUT/warehouse.log" 2>&1
fi
WAREHOUSE="$(cd "$WAREHOUSE" && pwd)"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# timed LABEL COMMAND...: runs a command to completion; prints its wall and CPU time in ms.
timed() {
  local label="$1" begin end cpu
  shift
  begin=$(now_ms)
  /usr/bin/time -o "$OUT/time.txt" -f '%U %S' "$@" >/dev/null 2>"$OUT/command.log"
  end=$(now_ms)
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$OUT/time.txt")
  printf '%-34s %6d ms wall %6s ms cpu\n' "$label" $((end - begin)) "$cpu"
}

# first_page LABEL [ENV=VALUE...]: starts `./lakehouse serve`, polls / until it answers 200, stops the server; prints
# the time from the start of the script to that answer and the server's CPU time at that moment.
first_page() {
  local label="$1" begin pid cpu
  shift
  begin=$(now_ms)
  env "$@" "$ROOT/lakehouse" serve --warehouse "$WAREHOUSE" --port "$PORT" >"$OUT/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { echo "error: the dashboard stopped, see $OUT/serve.log" >&2; exit 1; }
    sleep 0.01
  done
  # ./lakehouse serve execs the JVM, so the pid is the JVM's; clock ticks are 1/100 s.
  cpu=$(awk '{print ($14 + $15) * 10}' "/proc/$pid/stat" 2>/dev/null || echo "?")
  printf '%-34s %6d ms wall %6s ms cpu\n' "$label" $(($(now_ms) - begin)) "$cpu"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Record the dashboard's cache once (the first serve after a build does; not timed).
first_page "serve (records its cache, untimed)" >/dev/null

echo "== Starts: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)),"
echo "   $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)"
echo "   commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), warehouse $WAREHOUSE"
for i in $(seq 1 "$RUNS"); do
  timed "--help (cache)" "$ROOT/lakehouse" --help
  timed "--help (no cache)" env LAKEHOUSE_NO_AOT_CACHE=1 "$ROOT/lakehouse" --help
  timed "render-sql (cache)" "$ROOT/lakehouse" render-sql
  timed "render-sql (no cache)" env LAKEHOUSE_NO_AOT_CACHE=1 "$ROOT/lakehouse" render-sql
  first_page "serve, first page (AOT cache)"
  first_page "serve, first page (CDS archive)" LAKEHOUSE_NO_AOT_CACHE=1
done
echo "   load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
