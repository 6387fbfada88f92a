#!/usr/bin/env bash
# Runs every test StaticKpi has, on a fresh machine as on a developer's: restores NuGet packages,
# installs what the tests need, builds, then runs the test projects and prints one closing line
# "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# What the browser tests (tests/StaticKpi.BrowserTests) need beside NuGet packages: Debian's chromium, since
# Playwright cannot download browsers here; Java and the W3C Nu HTML Checker (vnu-jar, pinned in
# tools/package-lock.json). Each is installed only when missing, so a second run does nothing.
apt_packages=""
[ -x "${STATICKPI_CHROMIUM:-/usr/bin/chromium}" ] || apt_packages="$apt_packages chromium"
command -v java >/dev/null 2>&1 || apt_packages="$apt_packages openjdk-17-jre-headless"
# ICU: .NET formats numbers and dates per language (cy-GB) with it, since globalisation-invariant mode is off.
ls /usr/lib/*/libicuuc.so.* /usr/lib/libicuuc.so.* >/dev/null 2>&1 || apt_packages="$apt_packages libicu72"
if [ -n "$apt_packages" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing${apt_packages} with apt-get"
  $sudo apt-get update -qq >/dev/null
  # shellcheck disable=SC2086 # the package list is meant to split into words
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $apt_packages >/dev/null
fi
if [ ! -f tools/node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -x tools/node_modules/.bin/linkinator ]; then
  # --ignore-scripts: vnu-jar's postinstall only downloads a Java runtime, and Java is installed above.
  npm ci --prefix tools --ignore-scripts --no-audit --no-fund --loglevel=error
fi

dotnet restore StaticKpi.sln
dotnet build StaticKpi.sln --no-restore --configuration Release

log=$(mktemp)
status=0
dotnet test StaticKpi.sln --no-build --configuration Release 2>&1 | tee "$log" || status=$?

# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 63, ...", one per test project) into one
# plain line; only those summary lines are read, never a test's own output.
summaries=$(grep -E '^(Passed|Failed)! +- ' "$log" || true)
passed=$(grep -Eo 'Passed: +[0-9]+' <<<"$summaries" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' <<<"$summaries" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed"
exit "$status"
