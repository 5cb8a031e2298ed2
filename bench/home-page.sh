#!/usr/bin/env bash
# The home page in headless Chromium (Debian's chromium and chromium-driver): starts the built jar
# with a fresh embedded database on fixed local ports, then runs bench/HomePageLoad.java, which
# seeds listed congregations and reads first paint, DOMContentLoaded and map-ready from the
# browser, at full speed and with the CPU slowed 4x; stops the app at the end.
# Usage: bench/home-page.sh [runs] [congregations...]   (defaults: 5 runs; 0 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-5}
shift || true
port=18092
pgport=55492
classpath=$(./mvnw -q -B -pl app dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)

start_beloved $port --beloved.embedded-db.port=$pgport --beloved.web.map-tiles=
password=$(cat "$work/pg/beloved.password")
java -cp "$classpath" bench/HomePageLoad.java "http://127.0.0.1:$port" "jdbc:postgresql://127.0.0.1:$pgport/beloved" \
  beloved "$password" "$runs" "$@"
echo
echo "First-visit sizes (bytes): raw, and as sent to a browser that accepts gzip"
total_raw=0; total_gzip=0
for path in / /style.css /home.js /map.js /simulator.js /favicon.svg; do
  raw=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$path")
  gz=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$path")
  total_raw=$((total_raw + raw)); total_gzip=$((total_gzip + gz))
  printf '  %-40s %8d %8d\n' "$path" "$raw" "$gz"
done
printf '  %-40s %8d %8d\n' "page + own CSS/JS, total" "$total_raw" "$total_gzip"
for path in /webjars/leaflet/dist/leaflet.js /webjars/leaflet/dist/leaflet.css; do
  raw=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$path")
  gz=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$path")
  printf '  %-40s %8d %8d\n' "$path" "$raw" "$gz"
done
