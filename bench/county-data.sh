#!/usr/bin/env bash
# The map's county layer as a browser gets it: each file's size raw and gzipped (the bytes over the
# wire), the number of counties and the time of GET /api/counties. Starts the built jar with a fresh
# embedded database (no county recorded: a recorded one adds only its meeting).
# Usage: bench/county-data.sh [requests]   (default 21; jar built with ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
r=${1:-21}
port=18093
start_beloved $port --beloved.embedded-db.port=55493 --beloved.web.map-tiles=
base="http://127.0.0.1:$port"
echo "GET /api/counties: $(curl -fs "$base/api/counties" | grep -o '"fips"' | wc -l) counties"
page=$(curl -fs "$base/")
shapes=$(grep -o 'data-county-shapes="[^"]*"' <<<"$page" | cut -d'"' -f2)
reader=$(grep -o 'data-topojson="[^"]*"' <<<"$page" | cut -d'"' -f2)
script=$(grep -o 'src="/counties-[0-9a-f]*\.js"' <<<"$page" | cut -d'"' -f2)
size() { curl -fs -o /dev/null -w '%{size_download}' "$@"; }
printf '| file | raw | gzip |\n| --- | --- | --- |\n'
for f in "$shapes" "$reader" "$script" /api/counties; do
  printf '| `%s` | %s B | %s B |\n' "$f" "$(size "$base$f")" "$(size -H 'Accept-Encoding: gzip' "$base$f")"
done
for _ in $(seq 1 "$r"); do
  curl -fs -o /dev/null -w '%{time_total}\n' -H 'Accept-Encoding: gzip' "$base/api/counties"
done | sort -n | awk '{t[NR] = $1} END {printf "GET /api/counties (gzip), median of %d: %.1f ms\n", NR, t[int((NR + 1) / 2)] * 1000}'
