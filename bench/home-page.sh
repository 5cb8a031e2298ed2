#!/usr/bin/env bash
# The home page in headless Chromium (Debian's chromium and chromium-driver): starts the built jar
# with a fresh embedded database on fixed local ports, then runs bench/HomePageLoad.java, which
# seeds listed congregations and reads first paint, DOMContentLoaded and map-ready from the
# browser, at full speed and with the CPU slowed 4x; stops the app at the end.
# Usage: bench/home-page.sh [runs] [congregations...]   (defaults: 5 runs; 0 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$PWD/app/target/beloved.jar"
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
runs=${1:-5}
shift || true
port=18092
pgport=55492
work=$(mktemp -d); chmod 755 "$work"
pid=
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
classpath=$(./mvnw -q -B -pl app dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)

java -jar "$jar" --server.port=$port --beloved.embedded-db.dir="$work/pg" --beloved.embedded-db.port=$pgport \
  --beloved.web.map-tiles= >"$work/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.2
done
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
