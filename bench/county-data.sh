#!/usr/bin/env bash
# The size of GET /api/counties (every county, by FIPS, with its status), raw and as sent to a client
# that accepts gzip. Starts the built jar on a fresh embedded database (no county recorded: every
# county has the same fields either way, so a recorded one adds only its meeting).
# Usage: bench/county-data.sh   (jar built with ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
port=18093
start_beloved $port --beloved.embedded-db.port=55493 --beloved.web.map-tiles=
url="http://127.0.0.1:$port/api/counties"
counties=$(curl -fs "$url" | grep -o '"fips"' | wc -l)
raw=$(curl -fs "$url" | wc -c)
gzip=$(curl -fs -H 'Accept-Encoding: gzip' "$url" | wc -c)
echo "GET /api/counties: $counties counties, raw $raw B, gzip $gzip B"
