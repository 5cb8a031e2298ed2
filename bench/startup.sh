#!/usr/bin/env bash
# Measures, for the already-built jar (./mvnw -B -DskipTests package):
#  - seconds from `java` to /actuator/health answering UP, on a first start (creates the embedded
#    cluster, loads ZIP data) and on a restart (existing data);
#  - the JVM's CPU time (user + system) until then: unlike the wall time, it hardly moves when other
#    programs load the machine, so it is the figure to compare between runs made at different times;
#  - resident memory (RSS) of the idle app after the last restart: the JVM, and its PostgreSQL
#    processes summed (shared pages counted once per process, so an overcount).
# Usage: bench/startup.sh [runs] [plain|production|production17|cds]   (default: 3 runs, plain). A fresh
# temporary directory and port 18080 (BELOVED_PORT to change it).
#  plain:        the README's command, java -jar app/target/beloved.jar.
#  production:   the documented production launch, the Dockerfile's: the jar extracted as the image has
#                it, Java 25's AOT cache written by the Dockerfile's training run, then the ENTRYPOINT's
#                JVM options (read from the Dockerfile, so the two cannot drift). Runs on BELOVED_JAVA,
#                else /usr/lib/jvm/temurin-25*/bin/java; stops when there is no Java 25.
#  production17: the Java 17 variant (deploy/beloved.service's comment): the ENTRYPOINT's options with
#                a class data sharing archive (-XX:ArchiveClassesAtExit training run, then
#                -XX:SharedArchiveFile) instead of the AOT cache.
#  cds:          as production17 without its memory options (the launch measured before them).
#  aot:          the same as production (its name before the Dockerfile moved to Java 25).
# BELOVED_JAVA picks the java binary (default: java on the PATH, a Java 25 for production);
# BELOVED_JAVA_OPTS, if set, is added to the JVM options of every start; BELOVED_JAR measures another
# jar (an earlier build, for a before/after).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jar=${BELOVED_JAR:-$root/app/target/beloved.jar}
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
runs=${1:-3}
mode=${2:-plain}
[ "$mode" != aot ] || mode=production
java=${BELOVED_JAVA:-java}
if [ "$mode" = production ] && [ -z "${BELOVED_JAVA:-}" ]; then
  java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1) \
    || { echo "production runs on Java 25: set BELOVED_JAVA to a Java 25 java" >&2; exit 1; }
fi
"$java" -version 2>&1 | head -1
port=${BELOVED_PORT:-18080}
work=$(mktemp -d); chmod 755 "$work"
pid=
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
# shellcheck disable=SC2206
opts=(${BELOVED_JAVA_OPTS:-})
ticks=$(getconf CLK_TCK)
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# The ENTRYPOINT's JVM options: the words between "java" and "-jar" (the cache's file name included).
production_options() {
  sed -e ':a' -e '/\\$/N; s/\\\n/ /; ta' Dockerfile | grep '^ENTRYPOINT \[' | tail -1 | grep -o '"[^"]*"' | tr -d '"' \
    | awk '$0 == "-jar" { exit } started { print } $0 == "java" { started = 1 }'
}

# The training run (the Dockerfile's RUN line with the cache option), in the extracted jar's folder,
# on a throwaway data directory; $1: the option that writes the cache or archive.
train() {
  local t0 log="$work/training.log"
  t0=$(date +%s.%N)
  (cd "$work/app" && env -u SPRING_DATASOURCE_URL "$java" "${opts[@]}" "$1" -Dspring.context.exit=onRefresh \
    -jar "$jar" --server.port=0 --beloved.embedded-db.dir="$work/training") >"$log" 2>&1 \
    || { cat "$log" >&2; exit 1; }
  if [ -f "$work/training/postmaster.pid" ] && kill -0 "$(head -1 "$work/training/postmaster.pid")" 2>/dev/null; then
    echo "the training run left its PostgreSQL running" >&2
    kill "$(head -1 "$work/training/postmaster.pid")"
  fi
  echo "training run: $(elapsed "$t0") s"
}

case $mode in
  plain) ;;
  production|production17|cds)
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
    jar="$work/app/$(basename "$jar")"
    if [ "$mode" != cds ]; then
      mapfile -t production < <(production_options)
      for o in "${production[@]}"; do
        case $o in -XX:AOTCache=*|-XX:SharedArchiveFile=*) ;; *) opts+=("$o");; esac
      done
    fi
    if [ "$mode" = production ]; then
      train -XX:AOTCacheOutput="$work/app/beloved.aot"
      opts+=(-XX:AOTCache="$work/app/beloved.aot")
    else
      train -XX:ArchiveClassesAtExit="$work/app/beloved.jsa"
      opts+=(-XX:SharedArchiveFile="$work/app/beloved.jsa")
    fi
    echo "archive: $(du -m "$work"/app/beloved.{jsa,aot} 2>/dev/null | awk '{print $1}') MiB";;
  *) echo "unknown mode $mode: plain, production, production17 or cds" >&2; exit 2;;
esac
echo "JVM options: ${opts[*]:-(none)}"

start_and_time() {  # $1: data dir; sets $seconds and $cpu; leaves $pid running
  local t0
  t0=$(date +%s.%N)
  (cd "$(dirname "$jar")" && exec "$java" "${opts[@]}" -jar "$jar" --server.port=$port --beloved.embedded-db.dir="$1") \
    >"$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  seconds=$(elapsed "$t0")
  cpu=$(awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$pid/stat")
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

first=(); again=(); first_cpu=(); again_cpu=()
for i in $(seq 1 "$runs"); do
  dir="$work/data-$i"
  start_and_time "$dir"; first+=("$seconds"); first_cpu+=("$cpu"); stop
  start_and_time "$dir"; again+=("$seconds"); again_cpu+=("$cpu")
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

echo "first start to healthy (s):  ${first[*]}"
echo "  JVM CPU time until then (s): ${first_cpu[*]}"
echo "restart to healthy (s):      ${again[*]}"
echo "  JVM CPU time until then (s): ${again_cpu[*]}"
echo "idle RSS, JVM (MiB):         $((jvm / 1024))"
echo "idle RSS, PostgreSQL processes summed (MiB, shared pages counted per process): $((pg / 1024))"
echo "load average at the end:     $(cut -d' ' -f1-3 /proc/loadavg)"
