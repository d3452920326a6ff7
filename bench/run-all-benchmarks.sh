#!/usr/bin/env bash
# bench/run-all-benchmarks.sh - every performance target of issue 10 measured in one run, on this machine:
#   1. the pipeline at national scale, (a)-(d)          bench/run-benchmarks.sh (its settings apply: BENCH_*)
#   2. starts: --help, render-sql, serve to first page   bench/run-start-benchmarks.sh (BENCH_RUNS, default 3 here)
#   3. Athena cost, per pipeline run and per page         AthenaScanBenchmark (engine-trino) and DashboardScanBenchmark
#                                                         (dashboard), both -Ptrino, on the Trino test server
#   4. Lambda initialization under the Runtime Interface Client   LambdaPackagesTest (-Paws-rehearsal)
# Figures: printed, and kept in $BENCH_DIR/all-results.txt (default target/bench; each part's full output in its logs/).
# Settings: BENCH_ATHENA_INPUT (a folder of CMS files for part 3; default: the samples), BENCH_SKIP_ATHENA=1,
# BENCH_SKIP_LAMBDA=1. Parts 3 and 4 need the Trino server distribution (downloaded by Maven once, 821 MB) and
# AWS's Python tools (cfn-lint, aws-sam-translator, moto, boto3). Never run by CI; about 20-30 minutes when idle.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The same folder as bench/run-benchmarks.sh, whose results.txt is read back below.
OUT="${BENCH_DIR:-$ROOT/target/bench}"
LOGS="$OUT/logs"
RESULTS="$OUT/all-results.txt"
mkdir -p "$LOGS"
: >"$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }
part() { say ""; say "== $1 ($(date -u '+%H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg))"; }

say "== Issue 10, every target: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD \
  2>/dev/null || echo '?'), $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)"

part "1. Pipeline, (a)-(d)"
"$ROOT/bench/run-benchmarks.sh" >"$LOGS/all-pipeline.log" 2>&1 || say "bench/run-benchmarks.sh failed: $LOGS/all-pipeline.log"
tee -a "$RESULTS" <"$OUT/results.txt" || say "no $OUT/results.txt"

part "2. Starts"
BENCH_RUNS="${BENCH_RUNS:-3}" "$ROOT/bench/run-start-benchmarks.sh" 2>&1 | tee -a "$RESULTS" || say "start benchmark failed"

# maven_part NAME ARGS...: one Maven build whose output goes to the logs; says where when it fails.
maven_part() {
  local name="$1"
  shift
  (cd "$ROOT" && ./mvnw -B -ntp "$@") >"$LOGS/$name.log" 2>&1 || say "$name failed: see $LOGS/$name.log"
}

if [ -z "${BENCH_SKIP_ATHENA-}" ]; then
  part "3. Athena cost (bytes read on the Trino test server, priced at \$5/TB, 10 MB minimum per query)"
  input=()
  [ -n "${BENCH_ATHENA_INPUT-}" ] && input=("-Dbench.input=$BENCH_ATHENA_INPUT")
  maven_part athena-run -Ptrino -pl engine-trino -am verify -Dformat.skip -Dtest=AthenaScanBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false "${input[@]}"
  sed -n '/== Athena scan of one pipeline run/,/^\[INFO\]/p' "$LOGS/athena-run.log" | grep -v '^\[INFO\]' | tee -a "$RESULTS"
  maven_part athena-pages -Ptrino -pl dashboard -am verify -Dformat.skip -Dtest=DashboardScanBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false "${input[@]}"
  sed -n '/== Athena scan of each dashboard page/,/^\[INFO\]/p' "$LOGS/athena-pages.log" | grep -v '^\[INFO\]' \
    | tee -a "$RESULTS"
fi

if [ -z "${BENCH_SKIP_LAMBDA-}" ]; then
  part "4. Lambda initialization under the Runtime Interface Client (JVM start to the first poll of the Runtime API)"
  maven_part lambda-init -Paws-rehearsal -pl aws-rehearsal -am verify -Dformat.skip -Dtest=LambdaPackagesTest \
    -Dsurefire.failIfNoSpecifiedTests=false
  cat "$ROOT/aws-rehearsal/target/rehearsal/init-times.txt" 2>/dev/null | tee -a "$RESULTS" \
    || say "no init-times.txt: see $LOGS/lambda-init.log"
fi

say ""
say "== Done $(date -u '+%H:%M:%S UTC'); kept in $RESULTS"
