#!/usr/bin/env bash
# Whole-process benchmark of `statickpi build` on synthetic sites; see docs/performance.md.
#
#   bench/run.sh [--runs N] [--only W1|W2] [--skip-check] [--skip-serve]
#
# Builds the CLI, the site generator and the benchmarks project in Release, writes the workloads into
# bench/.work/ (ignored by git; STATICKPI_BENCH_DIR overrides it), then runs every measurement N times
# (default 3) under /usr/bin/time -v and prints the median wall time, CPU time (user + sys) and peak RSS:
#
#   W1  300 indicators x 20 quarters x 6 committees   (120 reports of 50 indicators: 6,000 indicator pages)
#   W2  2,000 indicators x 20 quarters x 6 committees (120 reports of ~333 indicators: 40,000 indicator pages)
#
# each as a cold build (no output folder, new process), a cold build with --check, and a no-change
# rebuild (the same input built again into the existing output); then the time from saving one commentary file
# to the updated page on disk under `statickpi serve` at W1 size, and the sizes of W1's indicator pages. The CLI is
# published for this platform (ReadyToRun), as a council's CI would install it. Results are medians of N runs.
# The built sites go to STATICKPI_BENCH_OUT (default: the work folder); a RAM disk (/dev/shm) takes the disk out of
# the figures. Before and after the runs it times a fixed CPU task (SHA-256 of 200 MB), so that results from a
# shared, busy machine can be told from results from a quiet one.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
only=""
check=1
serve=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --skip-check) check=0; shift ;;
    --skip-serve) serve=0; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# GNU time reports peak memory; a fresh machine may not have it, so it is installed as scripts/test.sh installs its tools.
if [ ! -x /usr/bin/time ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing time with apt-get" >&2
  $sudo apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time >/dev/null
fi
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed and could not be installed: apt-get install -y time" >&2; exit 2; }

work="${STATICKPI_BENCH_DIR:-bench/.work}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
sites="${STATICKPI_BENCH_OUT:-$work}"
mkdir -p "$sites"
sites="$(cd "$sites" && pwd)"

# The same fixed CPU work each time: how fast this machine is at the moment (one core).
calibrate() {
  local start end
  start=$(date +%s.%N)
  head -c 200000000 /dev/zero | sha256sum >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
calibration_before="$(calibrate)"

echo "Building Release..." >&2
# The CLI as a council's CI would install it: published for this platform, so compiled ahead of time (ReadyToRun).
rid="$(dotnet --info | awk '/ RID:/ { print $2; exit }')"
dotnet publish src/StaticKpi.Cli -c Release -r "$rid" --self-contained false -o "$work/cli" -v quiet -nologo >&2
dotnet build bench/StaticKpi.SiteGenerator -c Release -v quiet -nologo >&2
dotnet build bench/StaticKpi.Benchmarks -c Release -v quiet -nologo >&2
cli="$work/cli/StaticKpi.Cli"
generator="$PWD/bench/StaticKpi.SiteGenerator/bin/Release/net10.0/StaticKpi.SiteGenerator"
benchmarks="$PWD/bench/StaticKpi.Benchmarks/bin/Release/net10.0/StaticKpi.Benchmarks"

# generate NAME ARGS...: writes the site once; regenerated only when the arguments or the generator change.
generate() {
  local name="$1"; shift
  local stamp
  stamp="$* $(sha256sum "$generator.dll" | cut -c1-16)"
  if [ "$(cat "$work/$name/.stamp" 2>/dev/null || true)" != "$stamp" ]; then
    echo "Generating $name ($*)..." >&2
    rm -rf "${work:?}/$name"
    "$generator" "$@" --output "$work/$name" >&2
    echo "$stamp" >"$work/$name/.stamp"
  fi
}

# median [DECIMALS]: the median of the numbers on stdin, with DECIMALS places (default 2).
median() { sort -g | awk -v d="${1:-2}" '{ a[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.*f\n", d, (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

results=()
# target LABEL: the issue's target for a measurement, printed beside its result.
target() {
  case "$1" in
    "W1 build (cold)") echo "under 3 s" ;;
    "W2 build (cold)") echo "under 20 s, under 1,536 MiB" ;;
    *) echo "-" ;;
  esac
}

# measure LABEL PREPARE COMMAND...: runs PREPARE then COMMAND under /usr/bin/time -v, $runs times.
measure() {
  local label="$1" prepare="$2"; shift 2
  local walls=() cpus=() rsss=() pages="?" i
  for ((i = 1; i <= runs; i++)); do
    eval "$prepare"
    # Earlier runs' files still being flushed to disk would slow this one down.
    sync
    local timing="$work/time.txt" out="$work/stdout.txt" err="$work/stderr.txt"
    if ! /usr/bin/time -v -o "$timing" "$@" >"$out" 2>"$err"; then
      echo "$label failed:" >&2; tail -5 "$err" >&2; tail -5 "$out" >&2; exit 1
    fi
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s }' "$timing")
    cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f\n", u + s }' "$timing")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 }' "$timing")
    pages=$(grep -Eo 'Built [0-9]+ pages' "$out" | grep -Eo '[0-9]+' || echo "?")
    walls+=("$wall"); cpus+=("$cpu"); rsss+=("$rss")
    printf '  %-28s run %d: %6.2f s wall, %6.2f s CPU, %5d MiB\n' "$label" "$i" "$wall" "$cpu" "$rss" >&2
  done
  results+=("$(printf '| %-28s | %6s | %-27s | %7s | %7s | %7s | %s |' "$label" "$pages" "$(target "$label")" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$(printf '%s\n' "${rsss[@]}" | median 0)" "$(IFS=' '; echo "${walls[*]}")")")
}

workload() {
  local name="$1"; shift
  generate "$name" "$@"
  local source="$work/$name" output="$sites/$name-site"
  measure "$name build (cold)" "rm -rf '$output'" "$cli" build --source "$source" --output "$output"
  if [ "$check" = 1 ]; then
    measure "$name build --check (cold)" "rm -rf '$output'" "$cli" build --source "$source" --output "$output" --check
  fi
  measure "$name rebuild, no change" "[ -d '$output' ] || '$cli' build --source '$source' --output '$output' >/dev/null 2>&1" \
    "$cli" build --source "$source" --output "$output"
}

if [ -z "$only" ] || [ "$only" = W1 ]; then
  workload W1 --indicators 300 --periods 20 --committees 6 --seed 1
fi
if [ -z "$only" ] || [ "$only" = W2 ]; then
  workload W2 --indicators 2000 --periods 20 --committees 6 --seed 2
fi

calibration_after="$(calibrate)"
echo
echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each; medians; sites built in $sites"
echo "CPU check (SHA-256 of 200 MB on one core): ${calibration_before} s before the runs, ${calibration_after} s after"
echo
echo "| measurement                  |  pages | target                      | wall s  |  CPU s  | RSS MiB | wall of each run |"
echo "| ---------------------------- | -----: | --------------------------- | ------: | ------: | ------: | --- |"
printf '%s\n' "${results[@]}"

# Linearity: W2's cold build time over W1's, against W2's pages over W1's (the target: within 1.3 times).
cold() { printf '%s\n' "${results[@]}" | awk -F'|' -v n="$1 build (cold)" '{ gsub(/^ +| +$/, "", $2) } $2 == n { gsub(/ /, "", $3); gsub(/ /, "", $5); print $3, $5 }'; }
if [ -n "$(cold W1)" ] && [ -n "$(cold W2)" ]; then
  read -r p1 t1 <<<"$(cold W1)"
  read -r p2 t2 <<<"$(cold W2)"
  awk -v p1="$p1" -v t1="$t1" -v p2="$p2" -v t2="$t2" 'BEGIN {
    printf "\nW2/W1: time ratio %.2f, page ratio %.2f, time ratio / page ratio %.2f (target: at most 1.30)\n", t2 / t1, p2 / p1, (t2 / t1) / (p2 / p1) }'
fi

if [ "$serve" = 1 ] && [ -d "$work/W1" ]; then
  echo
  echo "statickpi serve on W1: one edited commentary file to its updated page on disk (target: under 200 ms)"
  "$benchmarks" --serve "$work/W1" 10
fi
if [ -d "$sites/W1-site" ]; then
  echo
  "$benchmarks" --page-sizes "$sites/W1-site"
fi
