#!/usr/bin/env bash
# Whole-process benchmark of `statickpi build` on synthetic sites; see docs/performance.md.
#
#   bench/run.sh [--runs N] [--only W1|W2] [--skip-check] [--skip-serve] [--skip-hugo]
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
#
# Unless --skip-hugo is given, each workload is also written as an idiomatic Hugo site with the same counts
# (bench/hugo-anchor/, installing `hugo` with apt-get when it is missing), and the cold builds are timed in
# alternating pairs (StaticKpi, Hugo, StaticKpi, Hugo...): the script prints both sides and StaticKpi / Hugo.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
only=""
check=1
serve=1
hugo=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --skip-check) check=0; shift ;;
    --skip-serve) serve=0; shift ;;
    --skip-hugo) hugo=0; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# apt_install PACKAGE: installs a Debian package, as scripts/test.sh installs its tools (sudo when not root).
# Returns non-zero instead of stopping the script, so that the caller can say what is missing.
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || return 1
    sudo="sudo"
  fi
  echo "Installing $1 with apt-get" >&2
  $sudo apt-get update -qq >/dev/null || return 1
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" >/dev/null
}

# GNU time reports peak memory; a fresh machine may not have it.
[ -x /usr/bin/time ] || apt_install time || true
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed and could not be installed: apt-get install -y time" >&2; exit 2; }
# The Hugo anchor needs hugo (Debian's package) and python3 for its generator.
if [ "$hugo" = 1 ]; then
  command -v hugo >/dev/null || apt_install hugo || true
  command -v hugo >/dev/null || {
    echo "hugo is needed for the comparison and could not be installed: apt-get install -y hugo, or pass --skip-hugo" >&2
    exit 2
  }
  command -v python3 >/dev/null || {
    echo "python3 is needed to write the Hugo site (bench/hugo-anchor/gen.py): install it, or pass --skip-hugo" >&2
    exit 2
  }
fi

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

# generate_hugo NAME INDICATORS PERIODS COMMITTEES: writes the Hugo anchor of a workload into $work/NAME once;
# regenerated only when the counts, the generator or its layouts change (as generate does for StaticKpi's sites).
anchor="$PWD/bench/hugo-anchor"
generate_hugo() {
  local name="$1"; shift
  local stamp
  stamp="$* $(cd "$anchor" && find gen.py layouts -type f | sort | xargs sha256sum | sha256sum | cut -c1-16)"
  if [ "$(cat "$work/$name/.stamp" 2>/dev/null || true)" != "$stamp" ]; then
    echo "Generating $name (Hugo anchor: $*)..." >&2
    rm -rf "${work:?}/$name"
    python3 "$anchor/gen.py" "$work/$name" "$@" >&2
    echo "$stamp" >"$work/$name/.stamp"
  fi
}

# median [DECIMALS]: the median of the numbers on stdin, with DECIMALS places (default 2).
median() { sort -g | awk -v d="${1:-2}" '{ a[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.*f\n", d, (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# median_of WORDS [DECIMALS]: the median of the space-separated numbers in WORDS.
median_of() { tr ' ' '\n' <<<"$1" | grep . | median "${2:-2}"; }
# ratio A B: A / B with two decimals ("-" when B is zero).
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2f\n", a / b }'; }

results=()
# target LABEL: the issue's target for a measurement, printed beside its result (the ratios are in the Hugo table).
target() {
  case "$1" in
    "W1 build (cold)") echo "at most 0.6 x Hugo's wall" ;;
    "W2 build (cold)") echo "0.6 x Hugo wall, 0.5 x RSS" ;;
    *"rebuild, no change") echo "at most 0.1 x cold" ;;
    *"one commentary changed") echo "at most 0.15 x cold" ;;
    *"new quarter, one committee") echo "at most 0.4 x cold" ;;
    *) echo "-" ;;
  esac
}

# time_once LABEL COMMAND...: runs COMMAND once under /usr/bin/time -v and sets run_wall, run_cpu (user + sys),
# run_rss (peak, MiB) and run_pages (from StaticKpi's "Built N pages", "?" for other programs).
time_once() {
  local label="$1"; shift
  # Earlier runs' files still being flushed to disk would slow this one down.
  sync
  local timing="$work/time.txt" out="$work/stdout.txt" err="$work/stderr.txt"
  if ! /usr/bin/time -v -o "$timing" "$@" >"$out" 2>"$err"; then
    echo "$label failed:" >&2; tail -5 "$err" >&2; tail -5 "$out" >&2; exit 1
  fi
  run_wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s }' "$timing")
  run_cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f\n", u + s }' "$timing")
  run_rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 }' "$timing")
  run_pages=$(grep -Eo 'Built [0-9]+ pages' "$out" | grep -Eo '[0-9]+' || echo "?")
}

# add_result LABEL PAGES WALLS CPUS RSSS: one row of the main table (the lists are space-separated, one per run).
add_result() {
  results+=("$(printf '| %-28s | %6s | %-27s | %7s | %7s | %7s | %s |' "$1" "$2" "$(target "$1")" \
    "$(median_of "$3")" "$(median_of "$4")" "$(median_of "$5" 0)" "$3")")
}

# measure LABEL PREPARE COMMAND...: runs PREPARE then COMMAND under /usr/bin/time -v, $runs times.
measure() {
  local label="$1" prepare="$2"; shift 2
  local walls="" cpus="" rsss="" i
  for ((i = 1; i <= runs; i++)); do
    eval "$prepare"
    time_once "$label" "$@"
    walls+=" $run_wall"; cpus+=" $run_cpu"; rsss+=" $run_rss"
    printf '  %-28s run %d: %6.2f s wall, %6.2f s CPU, %5d MiB\n' "$label" "$i" "$run_wall" "$run_cpu" "$run_rss" >&2
  done
  add_result "$label" "$run_pages" "${walls# }" "${cpus# }" "${rsss# }"
}

# html_files DIR: how many HTML files a build wrote.
html_files() { find "$1" -type f -name '*.html' | wc -l; }
# met VALUE OP LIMIT: "yes" or "no" (OP is <= or >=).
met() { awk -v v="$1" -v o="$2" -v l="$3" 'BEGIN { ok = (o == "<=") ? v + 0 <= l + 0 : v + 0 >= l + 0; print ok ? "yes" : "no" }'; }

comparisons=()
# row CELLS...: one row of a comparison table.
row() { printf '| %-18s | %9s | %7s | %16s | %-13s | %-3s |' "$@"; }
# compare NAME SOURCE OUTPUT HUGO_SOURCE HUGO_OUTPUT: StaticKpi's and Hugo's cold builds (fresh output folder, new
# process) in $runs alternating pairs, so that both sides see the machine as busy as the other; the ratios are the
# medians of each pair's ratio. StaticKpi's side is also the main table's "cold build" row.
compare() {
  local name="$1" source="$2" output="$3" hugo_source="$4" hugo_output="$5"
  local k_walls="" k_cpus="" k_rsss="" k_uses="" h_walls="" h_cpus="" h_rsss="" h_uses="" wall_ratios="" rss_ratios=""
  local i k_wall k_cpu k_rss pages
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$output" "$(cache_of "$output")"
    time_once "$name build (cold)" "$cli" build --source "$source" --output "$output"
    k_wall="$run_wall"; k_cpu="$run_cpu"; k_rss="$run_rss"; pages="$run_pages"
    rm -rf "$hugo_output"
    time_once "$name Hugo build (cold)" hugo --quiet --source "$hugo_source" -d "$hugo_output"
    k_walls+=" $k_wall"; k_cpus+=" $k_cpu"; k_rsss+=" $k_rss"; k_uses+=" $(ratio "$k_cpu" "$k_wall")"
    h_walls+=" $run_wall"; h_cpus+=" $run_cpu"; h_rsss+=" $run_rss"; h_uses+=" $(ratio "$run_cpu" "$run_wall")"
    wall_ratios+=" $(ratio "$k_wall" "$run_wall")"; rss_ratios+=" $(ratio "$k_rss" "$run_rss")"
    printf '  %-28s pair %d: StaticKpi %6.2f s wall, %6.2f s CPU, %5d MiB; Hugo %6.2f s, %6.2f s CPU, %5d MiB; wall ratio %s\n' \
      "$name build (cold)" "$i" "$k_wall" "$k_cpu" "$k_rss" "$run_wall" "$run_cpu" "$run_rss" "$(ratio "$k_wall" "$run_wall")" >&2
  done
  add_result "$name build (cold)" "$pages" "${k_walls# }" "${k_cpus# }" "${k_rsss# }"

  local wall_ratio rss_ratio k_use rss_target="-" rss_met="-"
  wall_ratio="$(median_of "$wall_ratios")"; rss_ratio="$(median_of "$rss_ratios")"; k_use="$(median_of "$k_uses")"
  if [ "$name" = W2 ]; then rss_target="at most 0.50"; rss_met="$(met "$rss_ratio" "<=" 0.5)"; fi
  comparisons+=(
    ""
    "$name: StaticKpi against the Hugo anchor, medians of $runs alternating pairs (ratios: median of each pair's)"
    ""
    "$(row "$name cold build" StaticKpi Hugo "StaticKpi / Hugo" target met)"
    "| ------------------ | --------: | ------: | ---------------: | ------------- | --- |"
    "$(row "wall s" "$(median_of "$k_walls")" "$(median_of "$h_walls")" "$wall_ratio" "at most 0.60" "$(met "$wall_ratio" "<=" 0.6)")"
    "$(row "CPU s" "$(median_of "$k_cpus")" "$(median_of "$h_cpus")" "" "" "")"
    "$(row "CPU / wall" "$k_use" "$(median_of "$h_uses")" "" "at least 1.70" "$(met "$k_use" ">=" 1.7)")"
    "$(row "peak RSS MiB" "$(median_of "$k_rsss" 0)" "$(median_of "$h_rsss" 0)" "$rss_ratio" "$rss_target" "$rss_met")"
    "$(row "HTML files written" "$(html_files "$output")" "$(html_files "$hugo_output")" "" "" "")"
    "$(row "indicator pages" \
      "$(find "$output" -mindepth 4 -maxdepth 4 -name index.html -not -path '*/print/*' | wc -l)" \
      "$(find "$hugo_output/indicators" -mindepth 3 -maxdepth 3 -name index.html | wc -l)" "" "" "")"
    "$(row "files written" "$(find "$output" -type f | wc -l)" "$(find "$hugo_output" -type f | wc -l)" "" "" "")"
    ""
    "wall of each pair, StaticKpi / Hugo:$(for i in $(seq 1 "$runs"); do
      printf ' %s/%s' "$(cut -d' ' -f"$i" <<<"${k_walls# }")" "$(cut -d' ' -f"$i" <<<"${h_walls# }")"; done)"
  )
}

# workload NAME HUGO_COUNTS ARGS...: HUGO_COUNTS is the anchor's "indicators periods committees" for the same site.
workload() {
  local name="$1" hugo_counts="$2"; shift 2
  generate "$name" "$@"
  local source="$work/$name" output="$sites/$name-site"
  if [ "$hugo" = 1 ]; then
    # shellcheck disable=SC2086 # the counts are three words on purpose
    generate_hugo "$name-hugo" $hugo_counts
    compare "$name" "$source" "$output" "$work/$name-hugo" "$sites/$name-hugo-site"
  else
    measure "$name build (cold)" "rm -rf '$output' '$(cache_of "$output")'" "$cli" build --source "$source" --output "$output"
  fi
  if [ "$check" = 1 ]; then
    measure "$name build --check (cold)" "rm -rf '$output' '$(cache_of "$output")'" "$cli" build --source "$source" --output "$output" --check
  fi
  measure "$name rebuild, no change" "[ -d '$output' ] || '$cli' build --source '$source' --output '$output' >/dev/null 2>&1" \
    "$cli" build --source "$source" --output "$output"
  cache_cases "$name" "$source"
}

# cache_of OUTPUT: the build cache statickpi keeps beside an output folder.
cache_of() { echo "$(dirname "$1")/.$(basename "$1").statickpi-cache"; }

# cache_cases NAME SOURCE: builds that the build cache lets redo only what changed, timed after an edit to a copy of
# the workload (bench/.work/NAME-edit): one commentary file changed, and a new quarter for every indicator of one
# committee (`statickpi new period`, each new value filled in). Before each run the copy is put back as the
# workload was and built, untimed, so each run starts from a warm cache of the unchanged site.
cache_cases() {
  local name="$1" source="$2"
  edit_copy="$work/$name-edit" edit_output="$sites/$name-edit-site" edit_source="$source"
  measure "$name one commentary changed" "reset_edit_copy; edit_one_commentary" "$cli" build --source "$edit_copy" --output "$edit_output"
  measure "$name new quarter, one committee" "reset_edit_copy; add_a_quarter" "$cli" build --source "$edit_copy" --output "$edit_output"
}
reset_edit_copy() {
  # cp -a keeps the files' times, so the build cache finds the unchanged files unchanged without reading them.
  rm -rf "$edit_copy" && cp -a "$edit_source" "$edit_copy"
  "$cli" build --source "$edit_copy" --output "$edit_output" >/dev/null
}
edit_one_commentary() {
  echo "One more sentence, added for the benchmark." >>"$(find "$edit_copy/content/commentary" -name '*.md' | sort | head -1)"
}
# The workloads' 20 quarters run from 2020/21 Q1 to 2024/25 Q4, so the next is 2025/26 Q1.
add_a_quarter() {
  "$cli" new period "2025/26 Q1" --committee "$(ls "$edit_copy/content/reports" | head -1)" --produced-on 2025-08-01 \
    --source "$edit_copy" >/dev/null
  grep -rlE '^\s+value:\s*$' "$edit_copy/content/indicators" | xargs sed -i -E 's/^(\s+)value:\s*$/\1value: 50/'
}

if [ -z "$only" ] || [ "$only" = W1 ]; then
  workload W1 "300 20 6" --indicators 300 --periods 20 --committees 6 --seed 1
fi
if [ -z "$only" ] || [ "$only" = W2 ]; then
  workload W2 "2000 20 6" --indicators 2000 --periods 20 --committees 6 --seed 2
fi

calibration_after="$(calibrate)"
echo
echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each; medians; sites built in $sites"
echo "CPU check (SHA-256 of 200 MB on one core): ${calibration_before} s before the runs, ${calibration_after} s after"
echo
echo "| measurement                  |  pages | target                      | wall s  |  CPU s  | RSS MiB | wall of each run |"
echo "| ---------------------------- | -----: | --------------------------- | ------: | ------: | ------: | --- |"
printf '%s\n' "${results[@]}"
if [ "${#comparisons[@]}" -gt 0 ]; then
  echo
  echo "Against $(hugo version | cut -d' ' -f1-2) building bench/hugo-anchor (built sites in $sites/*-hugo-site)"
  printf '%s\n' "${comparisons[@]}"
fi

# Linearity: W2's cold build time over W1's, against W2's pages over W1's (the target: within 1.1 times).
cold() { printf '%s\n' "${results[@]}" | awk -F'|' -v n="$1 build (cold)" '{ gsub(/^ +| +$/, "", $2) } $2 == n { gsub(/ /, "", $3); gsub(/ /, "", $5); print $3, $5 }'; }
if [ -n "$(cold W1)" ] && [ -n "$(cold W2)" ]; then
  read -r p1 t1 <<<"$(cold W1)"
  read -r p2 t2 <<<"$(cold W2)"
  awk -v p1="$p1" -v t1="$t1" -v p2="$p2" -v t2="$t2" 'BEGIN {
    printf "\nW2/W1: time ratio %.2f, page ratio %.2f, time ratio / page ratio %.2f (target: at most 1.10)\n", t2 / t1, p2 / p1, (t2 / t1) / (p2 / p1) }'
fi

# The build cache's cases against the cold build of the same workload (medians of wall time).
wall_of() { printf '%s\n' "${results[@]}" | awk -F'|' -v n="$1" '{ gsub(/^ +| +$/, "", $2) } $2 == n { gsub(/ /, "", $5); print $5 }'; }
for name in W1 W2; do
  cold_wall="$(wall_of "$name build (cold)")"
  [ -n "$cold_wall" ] || continue
  echo
  echo "$name with the build cache, wall time / the cold build's ($cold_wall s):"
  for case in "rebuild, no change:0.1" "one commentary changed:0.15" "new quarter, one committee:0.4"; do
    wall="$(wall_of "$name ${case%%:*}")"
    [ -n "$wall" ] || continue
    r="$(ratio "$wall" "$cold_wall")"
    printf '  %-28s %6s s  %5s x cold  (target: at most %s; met: %s)\n' "${case%%:*}" "$wall" "$r" "${case##*:}" "$(met "$r" "<=" "${case##*:}")"
  done
done

if [ "$serve" = 1 ] && [ -d "$work/W1" ]; then
  echo
  echo "statickpi serve on W1: one edited commentary file to its updated page on disk (target: under 200 ms)"
  "$benchmarks" --serve "$work/W1" 10
fi
if [ -d "$sites/W1-site" ]; then
  echo
  "$benchmarks" --page-sizes "$sites/W1-site"
fi
