#!/usr/bin/env bash
# Nearest-partner search with 400,000 congregations: starts the built jar with a fresh embedded
# database (Beloved's schema and ZIP table, on a fixed local port), then runs
# bench/DirectoryLoad.java against that database while the app runs; stops the app at the end.
# Usage: bench/directory.sh [congregations] [queries]   (defaults 400000 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$PWD/app/target/beloved.jar"
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
n=${1:-400000}
q=${2:-1000}
port=18091
pgport=55491
work=$(mktemp -d); chmod 755 "$work"
pid=
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
classpath=$(./mvnw -q -B -pl core dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=postgresql)

java -jar "$jar" --server.port=$port --beloved.embedded-db.dir="$work/pg" --beloved.embedded-db.port=$pgport \
  >"$work/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.2
done
password=$(cat "$work/pg/beloved.password")
java -cp "$classpath" bench/DirectoryLoad.java "jdbc:postgresql://127.0.0.1:$pgport/beloved" beloved "$password" "$n" "$q"
