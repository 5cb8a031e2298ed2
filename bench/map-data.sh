#!/usr/bin/env bash
# The map's GeoJSON at national scale: size as served (raw, gzip) beside the earlier layout for the
# same rows, and full downloads against revalidations (If-None-Match -> 304). Starts the built jar
# with a fresh embedded database, seeds N listed congregations, runs bench/MapDataLoad.java.
# Usage: bench/map-data.sh [N] [requests]   (default 10000 and 200; jar built with ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
n=${1:-10000}
r=${2:-200}
port=18092
pgport=55492
classpath=$(./mvnw -q -B -o -pl embedded-postgres dependency:build-classpath -Dmdep.outputFile=/dev/stdout -DincludeArtifactIds=postgresql)
start_beloved $port --beloved.embedded-db.port=$pgport --beloved.web.map-tiles=
password=$(cat "$work/pg/beloved.password")
java -cp "$classpath" bench/MapDataLoad.java "http://127.0.0.1:$port" "jdbc:postgresql://127.0.0.1:$pgport/beloved" beloved "$password" "$n" "$r"
