#!/usr/bin/env bash
# The property test of issue 12 (tests/StaticKpi.Tests/EndToEnd/Security/ContentMutationPropertyTests.cs) with many cases.
#
#   bench/fuzz.sh [CASES] [SEED]          default: 10000 cases from the test run's fixed seed
#   bench/fuzz.sh --case CASE_SEED        rerun one case from the seed a failure report printed
#
# Every case mutates the minimal fixture site (lines deleted, duplicated, swapped, indented; numbers to text and
# huge numbers; junk bytes, invalid UTF-8, control characters, BOM and CRLF; alias bombs, deep nesting, 1 MB
# lines; script injection, path traversal, second YAML documents, wrong types, odd file names, symbolic links),
# runs `statickpi build` and `statickpi validate` in-process and checks the exit code, what they printed, where
# they wrote, and the output for live injected markup. The report (every failure with its seed and mutations,
# counts by kind, cases per second and processor time) goes to bench/.work/fuzz-<seed>-<cases>.txt and is printed.
#
# Environment: STATICKPI_FUZZ_DEEP=1 also nests 100,000 deep (on code without a depth limit this overflows the
# stack and kills the test host: finding 3); STATICKPI_FUZZ_TIMEOUT_S (default 60) is how long one command may
# run before the case counts as a hang; STATICKPI_FUZZ_DIR is where case folders go (default /dev/shm, else the
# temporary folder). No network is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

cases=10000
seed=""
case_seed=""
if [ "${1:-}" = "--case" ]; then
  case_seed="${2:?bench/fuzz.sh --case needs the case seed from a failure report}"
  cases=1
else
  cases="${1:-$cases}"
  seed="${2:-}"
fi

mkdir -p bench/.work
report="$PWD/bench/.work/fuzz-${case_seed:-${seed:-default}}-${cases}.txt"
rm -f "$report"

dotnet build tests/StaticKpi.Tests -c Release --nologo -v quiet
set +e
STATICKPI_FUZZ_CASES="$cases" STATICKPI_FUZZ_SEED="$seed" STATICKPI_FUZZ_CASE_SEED="$case_seed" STATICKPI_FUZZ_REPORT="$report" \
  dotnet test tests/StaticKpi.Tests -c Release --no-build --nologo \
    --filter "FullyQualifiedName~ContentMutationPropertyTests.Mutated_content" >/dev/null
status=$?
set -e
if [ -f "$report" ]; then
  cat "$report"
  echo "Report: $report"
else
  echo "The test run wrote no report (exit $status): run the dotnet test line above by hand to see why." >&2
fi
exit $status
