#!/usr/bin/env bash
# Compares the chart JSON of two built sites with every object's keys sorted (jq -S), so a change of attribute order
# is not a difference but any change of a name or value is:
#   bench/compare-chart-json.sh OLD-SITE NEW-SITE
# Charts are the <script type="application/json"> elements of each HTML page and any *chart*.json file. Prints the
# first differences and exits 1 when the sites' charts differ, 0 when they are the same.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 OLD-SITE NEW-SITE" >&2; exit 2; }

# Every chart of a site, one per line in file order, as {"file":…,"chart":…} with keys sorted.
charts() {
  python3 - "$1" <<'PY' | jq -S -c .
import json, os, re, sys
root = sys.argv[1]
script = re.compile(r'<script type="application/json"[^>]*>(.*?)</script>', re.S)
files = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs
               if f.endswith(".html") or (f.endswith(".json") and "chart" in f))
for name in files:
    text = open(os.path.join(root, name), encoding="utf-8").read()
    for raw in (script.findall(text) if name.endswith(".html") else [text]):
        print('{"file":%s,"chart":%s}' % (json.dumps(name), raw))
PY
}

old=$(mktemp) new=$(mktemp)
trap 'rm -f "$old" "$new"' EXIT
charts "$1" > "$old"
charts "$2" > "$new"
echo "$(wc -l < "$old") charts in $1, $(wc -l < "$new") in $2"
if ! cmp -s "$old" "$new"; then
  echo "chart JSON differs (first differing charts, keys sorted):"
  diff <(jq -S . "$old") <(jq -S . "$new") | head -60 || true
  exit 1
fi
echo "chart JSON the same (order of keys aside)"
