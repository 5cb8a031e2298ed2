#!/usr/bin/env bash
# Nearest-partner search with 400,000 congregations: starts the built jar with a fresh embedded
# database (Beloved's schema and ZIP table, on a fixed local port), then runs
# bench/DirectoryLoad.java against that database while the app runs; stops the app at the end.
# Usage: bench/directory.sh [congregations] [queries]   (defaults 400000 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
n=${1:-400000}
q=${2:-1000}
port=18091
pgport=55491
classpath=$(./mvnw -q -B -pl embedded-postgres dependency:build-classpath -Dmdep.outputFile=/dev/stdout -DincludeArtifactIds=postgresql)

start_beloved $port --beloved.embedded-db.port=$pgport
password=$(cat "$work/pg/beloved.password")
java -cp "$classpath" bench/DirectoryLoad.java "jdbc:postgresql://127.0.0.1:$pgport/beloved" beloved "$password" "$n" "$q"
