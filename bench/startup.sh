#!/usr/bin/env bash
# Measures, for the already-built jar (./mvnw -B -DskipTests package):
#  - seconds from `java -jar app/target/beloved.jar` to /actuator/health answering UP,
#    on a first start (creates the embedded cluster, loads ZIP data) and on a restart;
#  - resident memory (RSS) of the idle app: the JVM, and the JVM plus its PostgreSQL processes.
# Usage: bench/startup.sh [runs] [plain|cds]   (default 3 runs of each, plain). Uses a fresh temporary
# directory and port 18080.
#  plain: the README's command, java -jar app/target/beloved.jar.
#  cds:   the production launch the README documents: the jar extracted (java -Djarmode=tools extract),
#         a class data sharing archive written by a training run (-XX:ArchiveClassesAtExit with
#         -Dspring.context.exit=onRefresh, on its own data directory), then java -XX:SharedArchiveFile.
# BELOVED_JAVA_OPTS, if set, is added to the JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$PWD/app/target/beloved.jar"
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
runs=${1:-3}
mode=${2:-plain}
port=18080
work=$(mktemp -d); chmod 755 "$work"
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
# shellcheck disable=SC2206
opts=(${BELOVED_JAVA_OPTS:-})
if [ "$mode" = cds ]; then
  java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
  t0=$(date +%s.%N)
  java "${opts[@]}" -XX:ArchiveClassesAtExit="$work/app/beloved.jsa" -Dspring.context.exit=onRefresh \
    -jar "$work/app/beloved.jar" --server.port=0 --beloved.embedded-db.dir="$work/training" >"$work/training.log" 2>&1 \
    || { cat "$work/training.log" >&2; exit 1; }
  # The context ends at once after refresh, before the embedded PostgreSQL is stopped: stop it here.
  [ -f "$work/training/postmaster.pid" ] && kill "$(head -1 "$work/training/postmaster.pid")" 2>/dev/null || true
  echo "training run (writes the archive): $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s," \
    "archive $(( $(stat -c %s "$work/app/beloved.jsa") / 1024 / 1024 )) MiB"
  jar="$work/app/beloved.jar"
  opts+=(-XX:SharedArchiveFile="$work/app/beloved.jsa")
fi

pid=
start_and_time() {  # $1: data dir; sets $seconds to the time to healthy; leaves $pid running
  local t0 t1
  t0=$(date +%s.%N)
  java "${opts[@]}" -jar "$jar" --server.port=$port --beloved.embedded-db.dir="$1" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

first=(); again=()
for i in $(seq 1 "$runs"); do
  dir="$work/data-$i"
  start_and_time "$dir"; first+=("$seconds"); stop
  start_and_time "$dir"; again+=("$seconds")
  if [ "$i" -eq "$runs" ]; then
    sleep 10   # idle
    jvm=$(rss_kb "$pid")
    pg=0
    postmaster=$(pgrep -f "bin/postgres -D $dir" | head -1)
    for p in $postmaster $(pgrep -P "$postmaster"); do
      pg=$((pg + $(rss_kb "$p" 2>/dev/null || echo 0)))
    done
  fi
  stop
done

echo "first start to healthy (s): ${first[*]}"
echo "restart to healthy (s):     ${again[*]}"
echo "idle RSS, JVM (MiB):        $((jvm / 1024))"
echo "idle RSS, PostgreSQL processes summed (MiB, shared pages counted per process): $((pg / 1024))"
