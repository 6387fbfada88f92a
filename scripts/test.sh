#!/usr/bin/env bash
# Runs every test StaticKpi has, on a fresh machine as on a developer's: restores NuGet packages,
# installs what the tests need, builds, then runs the test projects and prints one closing line
# "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet restore StaticKpi.sln
dotnet build StaticKpi.sln --no-restore --configuration Release

log=$(mktemp)
status=0
dotnet test StaticKpi.sln --no-build --configuration Release 2>&1 | tee "$log" || status=$?

# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 63, ...") into one plain line.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed"
exit "$status"
