#!/usr/bin/env bash
# bench/run-benchmarks.sh - how fast, and in how much memory, the local lakehouse loads national-scale CMS data.
#
# Measures on this machine, in one run, wall time and peak RSS (resident memory) of:
#   (g) ./lakehouse generate: one national quarter of made-up CMS-shaped data;
#   (a) DuckDB alone loading that quarter's PBJ CSV into a table (bench/DuckDbCsvLoad.java: the DuckDB JDBC driver the
#       lakehouse uses, a fresh on-disk database, `create table t as select * from read_csv(...)`; the load is timed
#       inside the JVM so JVM start-up does not count; peak RSS is the whole process's);
#   (b) the full pipeline on that quarter: ./lakehouse run on a folder with its PBJ, Provider Info and Data Collection
#       Intervals files, fresh warehouse;
#   (c) one more small file after (b): a PBJ file for 5 facilities of the next quarter, same warehouse; then (c') (b)'s
#       folder again, nothing new in it (no target; what re-running ./lakehouse run on the same folder costs);
#   (d) 8 quarters, fresh warehouse: all 8 quarters' files in one folder, one run ("d all"); then, unless
#       BENCH_PER_QUARTER=0, one run per quarter into another fresh warehouse ("d per quarter": summed time, max RSS).
# and checks the targets of issue 10: (b) <= 2.5 x (a); (c) <= 8% of (b); (d) <= 8.5 x (b) with peak RSS <= 3 GB.
#
# Needs only the repository (it builds the command line with ./mvnw if needed) and, for peak RSS, GNU time
# (/usr/bin/time, Debian package `time`; installed with apt-get when missing and running as root, else VmHWM is read
# from /proc while polling). Data is generated once into $BENCH_DIR/data (default target/bench under the repository;
# about 2 GB for 8 national quarters) and reused by later runs (delete it to regenerate, e.g. after the generator
# changed); warehouses go to $BENCH_DIR/warehouses and are
# recreated every run. Results: printed at the end and kept in $BENCH_DIR/results.txt; each command's full output is in
# $BENCH_DIR/logs/.
#
# Settings (environment): BENCH_DIR, BENCH_FACILITIES (15000), BENCH_SEED (1), BENCH_START (2023Q1, 8 quarters from
# it), BENCH_QUARTER (2024Q2, the quarter of (a), (b) and (c)), BENCH_PER_QUARTER (1), BENCH_SKIP_D (0; 1 skips both
# (d) measures, for a quick (a)-(c) run: the 8 quarters are still generated once, as (c)'s small file comes with them).
# Timings taken while other work runs on the machine are noisy: the load average is printed before each step, and CPU
# time (user + system, whole process) is reported beside wall time, as it suffers less from other work.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-$ROOT/target/bench}"
FACILITIES="${BENCH_FACILITIES:-15000}"
SEED="${BENCH_SEED:-1}"
START="${BENCH_START:-2023Q1}"
QUARTERS=8
QUARTER="${BENCH_QUARTER:-2024Q2}"
PER_QUARTER="${BENCH_PER_QUARTER:-1}"
SKIP_D="${BENCH_SKIP_D:-0}"
[ "$SKIP_D" = 1 ] && PER_QUARTER=0
DATA="$BENCH_DIR/data/f${FACILITIES}-s${SEED}-${START}x${QUARTERS}"
WAREHOUSES="$BENCH_DIR/warehouses"
LOGS="$BENCH_DIR/logs"
RESULTS="$BENCH_DIR/results.txt"
export LC_ALL=C

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# --- quarters and CMS file names ------------------------------------------------------------------------------------
quarter_plus() { # quarter_plus 2023Q1 5 -> 2024Q2
  local year=${1%Q*} number=${1#*Q} index
  index=$((year * 4 + number - 1 + $2))
  echo "$((index / 4))Q$((index % 4 + 1))"
}
release_suffix() { # the Provider Info release carrying a quarter (CMS's usual lag): 2024Q2 -> Nov2024
  local year=${1%Q*} number=${1#*Q} month
  month=$(((number - 1) * 3 + 1 + 7))
  if [ "$month" -gt 12 ]; then month=$((month - 12)); year=$((year + 1)); fi
  date -d "$(printf '%04d-%02d-01' "$year" "$month")" +%b%Y
}
quarter_files() { # the three files generated for a quarter
  echo "PBJ_dailynursestaffing_CY$1.csv NH_ProviderInfo_$(release_suffix "$1").csv NH_DataCollectionIntervals_$(release_suffix "$1").csv"
}

# --- measuring ------------------------------------------------------------------------------------------------------
ensure_gnu_time() {
  if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing GNU time (Debian package 'time') to measure peak RSS"
    apt-get install -y -qq time >/dev/null 2>&1 || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1) || true
  fi
  [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1
}

# measure NAME COMMAND...: runs the command, its output to $LOGS/NAME.log; sets WALL_S, RSS_MB and STATUS.
measure() {
  local name=$1; shift
  local logfile="$LOGS/$name.log" stats="$LOGS/$name.time" started ended
  LOAD=$(cut -d' ' -f1 /proc/loadavg)
  log "$name: $* (load average $(load_average))"
  started=$(date +%s.%N)
  if [ "$HAVE_GNU_TIME" = yes ]; then
    set +e; /usr/bin/time -v -o "$stats" "$@" >"$logfile" 2>&1; STATUS=$?; set -e
    RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")
    CPU_S=$(awk -F': ' '/User time|System time/ {sum += $2} END {printf "%.1f", sum}' "$stats")
  else
    set +e; "$@" >"$logfile" 2>&1 &
    local pid=$! hwm=0 now
    while kill -0 "$pid" 2>/dev/null; do
      now=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ -n "$now" ] && [ "$now" -gt "$hwm" ] && hwm=$now
      sleep 0.2
    done
    wait "$pid"; STATUS=$?; set -e
    RSS_KB=$hwm
    CPU_S=n/a
  fi
  ended=$(date +%s.%N)
  WALL_S=$(echo "$ended - $started" | bc -l | xargs printf '%.1f')
  RSS_MB=$(( ${RSS_KB:-0} / 1024 ))
  if [ "$STATUS" -ne 0 ]; then
    log "$name FAILED (exit status $STATUS); last lines of $logfile:"
    tail -20 "$logfile" | sed 's/^/    /'
  fi
  log "$name: ${WALL_S} s wall, ${CPU_S} s CPU, peak RSS ${RSS_MB} MB"
}

pipeline_seconds() { # the run's own time, from its summary line ("run ... took 52.3 s")
  sed -n 's/.*run .* took \([0-9.]*\) s.*/\1/p' "$1" | tail -1
}

is_number() { [[ "${1:-}" =~ ^[0-9]+([.][0-9]+)?$ ]]; }
ratio() { if is_number "$1" && is_number "$2" && [ "$(echo "$2 > 0" | bc -l)" = 1 ]; then
  echo "$1 / $2" | bc -l | xargs printf '%.2f'; else echo "n/a"; fi; }
percent() { if [ "$(ratio "$1" "$2")" = n/a ]; then echo "n/a"; else echo "100 * $1 / $2" | bc -l | xargs printf '%.1f%%'; fi; }
verdict() { if ! is_number "$1"; then echo "not measured"; elif [ "$(echo "$1 <= $2" | bc -l)" = 1 ]; then echo "met";
  else echo "MISSED"; fi; }

# --- preparation ----------------------------------------------------------------------------------------------------
mkdir -p "$BENCH_DIR" "$WAREHOUSES" "$LOGS"
: >"$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }

if ensure_gnu_time; then HAVE_GNU_TIME=yes; else HAVE_GNU_TIME=no; fi
for tool in bc awk; do command -v "$tool" >/dev/null || { echo "bench: needs $tool" >&2; exit 1; }; done

log "building the command line if needed"
"$ROOT/lakehouse" --version >/dev/null
DUCKDB_JAR=$(ls "$ROOT"/cli/target/lib/duckdb_jdbc-*.jar | head -1)
# shellcheck source=/dev/null
. "$ROOT/.mvn/select-jdk.sh"
lakehouse_select_jdk
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

say "NH Lakehouse benchmarks - $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
say "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPU(s), $(free -g | awk '/^Mem:/ {print $2}') GB RAM; $("$JAVA" -version 2>&1 | head -1)"
say "Load average at start: $(load_average); peak RSS via $([ "$HAVE_GNU_TIME" = yes ] && echo '/usr/bin/time -v' || echo 'VmHWM polling')"
say "Data: $FACILITIES facilities, seed $SEED, $QUARTERS quarters from $START; quarter under test $QUARTER"
say ""

# (g) one national quarter generated from scratch (always measured; not reused)
rm -rf "$BENCH_DIR/generate-one"
measure g "$ROOT/lakehouse" generate --facilities "$FACILITIES" --quarters 1 --seed "$SEED" --start "$QUARTER" \
  --out "$BENCH_DIR/generate-one"
G_WALL=$WALL_S G_RSS=$RSS_MB G_LOAD=$LOAD G_CPU=$CPU_S
G_BYTES=$(du -sb "$BENCH_DIR/generate-one" | cut -f1)
rm -rf "$BENCH_DIR/generate-one"

# The 8 quarters, generated once and reused.
if [ ! -f "$DATA/.complete" ]; then
  rm -rf "$DATA"
  measure generate-8 "$ROOT/lakehouse" generate --facilities "$FACILITIES" --quarters "$QUARTERS" --seed "$SEED" \
    --start "$START" --out "$DATA/all"
  [ "$STATUS" -eq 0 ] || exit 1
  for i in $(seq 0 $((QUARTERS - 1))); do
    q=$(quarter_plus "$START" "$i")
    mkdir -p "$DATA/quarter/$q"
    for f in $(quarter_files "$q"); do ln "$DATA/all/$f" "$DATA/quarter/$q/$f"; done
  done
  # (c)'s small file: the first 5 facilities (the same CCNs) in the quarter after the one under test.
  NEXT=$(quarter_plus "$QUARTER" 1)
  "$ROOT/lakehouse" generate --facilities 5 --quarters 1 --seed "$SEED" --start "$NEXT" --bad-row-rate 0 \
    --out "$DATA/small-generated" >/dev/null
  mkdir -p "$DATA/small"
  cp "$DATA/small-generated/PBJ_dailynursestaffing_CY$NEXT.csv" "$DATA/small/"
  touch "$DATA/.complete"
else
  log "reusing the data in $DATA"
fi
[ -d "$DATA/quarter/$QUARTER" ] || { echo "bench: $QUARTER is not among the generated quarters" >&2; exit 1; }
PBJ="$DATA/quarter/$QUARTER/PBJ_dailynursestaffing_CY$QUARTER.csv"
PBJ_ROWS=$(($(wc -l <"$PBJ") - 1))
PBJ_MB=$(($(stat -c %s "$PBJ") / 1024 / 1024))

# (a) DuckDB alone (compiled first, so that compiling it does not count)
"${JAVA%java}javac" -d "$BENCH_DIR/classes" "$ROOT/bench/DuckDbCsvLoad.java"
measure a "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$DUCKDB_JAR:$BENCH_DIR/classes" DuckDbCsvLoad "$PBJ" \
  "$WAREHOUSES/duckdb-alone.duckdb"
A_PROCESS=$WALL_S A_RSS=$RSS_MB A_LOAD=$LOAD A_STATUS=$STATUS A_CPU=$CPU_S
A_WALL=$(awk -F'load_ms=' '/load_ms=/ {printf "%.1f", $2 / 1000}' "$LOGS/a.log")
A_ROWS=$(sed -n 's/^rows=\([0-9]*\).*/\1/p' "$LOGS/a.log")
rm -f "$WAREHOUSES"/duckdb-alone.duckdb*

# (b) the full pipeline on that quarter, fresh warehouse
rm -rf "$WAREHOUSES/b"
measure b "$ROOT/lakehouse" run --input "$DATA/quarter/$QUARTER" --warehouse "$WAREHOUSES/b"
B_WALL=$WALL_S B_RSS=$RSS_MB B_STATUS=$STATUS B_LOAD=$LOAD B_CPU=$CPU_S B_RUN=$(pipeline_seconds "$LOGS/b.log")

# (c) one small file after it
measure c "$ROOT/lakehouse" run --input "$DATA/small" --warehouse "$WAREHOUSES/b"
C_WALL=$WALL_S C_RSS=$RSS_MB C_STATUS=$STATUS C_LOAD=$LOAD C_CPU=$CPU_S C_RUN=$(pipeline_seconds "$LOGS/c.log")

# (c') (b)'s folder again, nothing new in it: what a person re-running ./lakehouse run on the same folder waits for
measure c-again "$ROOT/lakehouse" run --input "$DATA/quarter/$QUARTER" --warehouse "$WAREHOUSES/b"
CA_WALL=$WALL_S CA_RSS=$RSS_MB CA_STATUS=$STATUS CA_LOAD=$LOAD CA_CPU=$CPU_S CA_RUN=$(pipeline_seconds "$LOGS/c-again.log")
rm -rf "$WAREHOUSES/b"

# (d) 8 quarters in one folder, fresh warehouse
D_WALL=skipped D_RSS=skipped D_STATUS=skipped D_LOAD=- D_CPU=skipped D_RUN=skipped
if [ "$SKIP_D" != 1 ]; then
  rm -rf "$WAREHOUSES/d-all"
  measure d-all "$ROOT/lakehouse" run --input "$DATA/all" --warehouse "$WAREHOUSES/d-all"
  D_WALL=$WALL_S D_RSS=$RSS_MB D_STATUS=$STATUS D_LOAD=$LOAD D_CPU=$CPU_S D_RUN=$(pipeline_seconds "$LOGS/d-all.log")
  rm -rf "$WAREHOUSES/d-all"
fi

# (d) one run per quarter, fresh warehouse
DQ_WALL=0 DQ_CPU=0 DQ_RSS=0 DQ_STATUS=0 DQ_RUNS="" DQ_LOADS=""
if [ "$PER_QUARTER" = 1 ]; then
  rm -rf "$WAREHOUSES/d-per-quarter"
  for i in $(seq 0 $((QUARTERS - 1))); do
    q=$(quarter_plus "$START" "$i")
    measure "d-$q" "$ROOT/lakehouse" run --input "$DATA/quarter/$q" --warehouse "$WAREHOUSES/d-per-quarter"
    DQ_WALL=$(echo "$DQ_WALL + $WALL_S" | bc -l)
    is_number "$CPU_S" && DQ_CPU=$(echo "$DQ_CPU + $CPU_S" | bc -l)
    [ "$RSS_MB" -gt "$DQ_RSS" ] && DQ_RSS=$RSS_MB
    [ "$STATUS" -eq 0 ] || DQ_STATUS=$STATUS
    DQ_RUNS="$DQ_RUNS $WALL_S"
    DQ_LOADS="$DQ_LOADS $LOAD"
  done
  rm -rf "$WAREHOUSES/d-per-quarter"
fi

# --- results --------------------------------------------------------------------------------------------------------
say "Quarter under test: $PBJ_ROWS PBJ rows, $PBJ_MB MB ($(basename "$PBJ"))"
say ""
say "$(printf '%-44s %9s %8s %14s  %s' 'measure' 'wall (s)' 'CPU (s)' 'peak RSS (MB)' 'notes')"
say "$(printf '%-44s %9s %8s %14s  %s' '(g) generate 1 quarter' "$G_WALL" "$G_CPU" "$G_RSS" "$((G_BYTES / 1024 / 1024)) MB written; load $G_LOAD")"
say "$(printf '%-44s %9s %8s %14s  %s' '(a) DuckDB alone: read_csv into a table' "${A_WALL:-failed}" "$A_CPU" "$A_RSS" "exit $A_STATUS; ${A_ROWS:-?} rows; load timed in the JVM, whole process ${A_PROCESS} s; load $A_LOAD")"
say "$(printf '%-44s %9s %8s %14s  %s' '(b) pipeline, 1 quarter, fresh warehouse' "$B_WALL" "$B_CPU" "$B_RSS" "exit $B_STATUS; run itself ${B_RUN:-?} s; load $B_LOAD")"
say "$(printf '%-44s %9s %8s %14s  %s' '(c) + 1 small PBJ file (5 facilities)' "$C_WALL" "$C_CPU" "$C_RSS" "exit $C_STATUS; run itself ${C_RUN:-?} s; load $C_LOAD")"
say "$(printf '%-44s %9s %8s %14s  %s' "(c') (b)'s folder again, nothing new" "$CA_WALL" "$CA_CPU" "$CA_RSS" "exit $CA_STATUS; run itself ${CA_RUN:-?} s; $(percent "$CA_WALL" "$B_WALL") of (b); load $CA_LOAD")"
say "$(printf '%-44s %9s %8s %14s  %s' '(d) 8 quarters, one folder, one run' "$D_WALL" "$D_CPU" "$D_RSS" "exit $D_STATUS; run itself ${D_RUN:-?} s; load $D_LOAD")"
if [ "$PER_QUARTER" = 1 ]; then
  say "$(printf '%-44s %9s %8s %14s  %s' '(d) 8 quarters, one run per quarter' "$(printf '%.1f' "$DQ_WALL")" "$(printf '%.1f' "$DQ_CPU")" "$DQ_RSS" "exit $DQ_STATUS; runs (s):$DQ_RUNS; loads:$DQ_LOADS")"
fi
say ""
say "Targets on wall times of whole processes (for (a), the load timed inside the JVM); in brackets, the same ratio on"
say "the runs' own times (without JVM start-up and opening the warehouse), then on CPU times of whole processes:"
say "  (b) <= 2.5 x (a):        $(ratio "$B_WALL" "$A_WALL") x [$(ratio "$B_RUN" "$A_WALL") x; CPU $(ratio "$B_CPU" "$A_CPU") x] -> $(verdict "$(ratio "$B_WALL" "$A_WALL")" 2.5)"
say "  (c) <= 8% of (b):        $(percent "$C_WALL" "$B_WALL") [$(percent "$C_RUN" "$B_RUN"); CPU $(percent "$C_CPU" "$B_CPU")] -> $(verdict "$(ratio "$C_WALL" "$B_WALL")" 0.08)"
say "  (d) <= 8.5 x (b):        one run $(ratio "$D_WALL" "$B_WALL") x [$(ratio "$D_RUN" "$B_RUN") x; CPU $(ratio "$D_CPU" "$B_CPU") x] -> $(verdict "$(ratio "$D_WALL" "$B_WALL")" 8.5)$([ "$PER_QUARTER" = 1 ] && echo "; per quarter $(ratio "$DQ_WALL" "$B_WALL") x [CPU $(ratio "$DQ_CPU" "$B_CPU") x] -> $(verdict "$(ratio "$DQ_WALL" "$B_WALL")" 8.5)")"
say "  (d) peak RSS <= 3072 MB: one run ${D_RSS} MB -> $(verdict "$D_RSS" 3072)$([ "$PER_QUARTER" = 1 ] && echo "; per quarter ${DQ_RSS} MB -> $(verdict "$DQ_RSS" 3072)")"
say ""
say "Where (b)'s time goes (./lakehouse run's own step timings, slowest first):"
grep -E '^(Land|Step) ' "$LOGS/b.log" \
  | awk '{ for (i = NF - 1; i > 0; i--) if ($(i + 1) == "s" && $i ~ /^[0-9]+[.][0-9]+$/) { t = $i; break }
           line = $0; sub(/ +[0-9]+[.][0-9]+ s.*$/, "", line); printf "%s\t%s\n", t, line }' \
  | sort -rn | head -8 | awk -F'\t' '{printf "  %6.1f s  %s\n", $1, $2}' | tee -a "$RESULTS"
say "Load average at end: $(load_average)"
log "results kept in $RESULTS; full outputs in $LOGS"
