#!/usr/bin/env bash
# The container image without a Docker engine: builds app/target/beloved.jar if it is missing,
# extracts its layers with the Dockerfile's own command into a temporary directory, lays them out as
# the Dockerfile's COPY lines do, and starts Beloved there with the Dockerfile's ENV and ENTRYPOINT
# lines (read from the Dockerfile, so the two cannot drift) as a non-root user: `nobody` when this
# runs as root, after the Dockerfile's training run (the AOT cache). Then it checks what the image promises:
#  - the training run wrote beloved.aot and stopped its PostgreSQL; the JVM maps the cache without a warning;
#  - the HEALTHCHECK script (deploy/healthcheck.sh) passes on the management port;
#  - /actuator/health there is UP with the database, /actuator/prometheus shows beloved_ metrics;
#  - the public port serves the home page but no metrics;
#  - SIGTERM stops it cleanly.
# Before that, where the tools are here, `docker compose config` checks deploy/compose.yaml and
# `systemd-analyze verify` deploy/beloved.service.
# The image runs Java 25 (its AOT cache): this uses BELOVED_JAVA, else /usr/lib/jvm/temurin-25*/bin/java,
# in place of the lines' `java`. Without a Java 25 on the machine it still checks the layout on the
# `java` on the PATH with the AOT options removed, and says so (a warning, not a failure).
# Usage: bash deploy/smoke.sh   (CI runs it after the tests). Ports: two free ones; the data: a
# fresh embedded PostgreSQL in the temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dockerfile="$root/Dockerfile"
jar="$root/app/target/beloved.jar"

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
say() { echo "smoke: $*"; }

# The Dockerfile with its continuation lines joined.
dockerfile_lines() { sed -e ':a' -e '/\\$/N; s/\\\n/ /; ta' "$dockerfile"; }

# The extract command of the build stage, as the Dockerfile writes it after `&&`.
extract_cmd=$(dockerfile_lines | grep -o 'java -Djarmode=tools -jar app/target/beloved.jar extract [^&]*' | head -1)
[ -n "$extract_cmd" ] || fail "no 'java -Djarmode=tools ... extract' command in the Dockerfile"
# The runtime stage's training run (writes the AOT cache the ENTRYPOINT uses), up to its `&&`.
train_cmd=$(dockerfile_lines | grep -o 'java [^&]*-XX:AOTCacheOutput=[^&]*' | head -1 | sed 's/ *$//')
[ -n "$train_cmd" ] || fail "no training run (java ... -XX:AOTCacheOutput=...) in the Dockerfile"
[[ $train_cmd == *" --beloved.embedded-db.dir=/tmp/beloved-training"* ]] \
  || fail "the training run does not use --beloved.embedded-db.dir=/tmp/beloved-training"
# The ENTRYPOINT's JSON array of plain strings, as words.
entry_json=$(dockerfile_lines | grep '^ENTRYPOINT \[' | tail -1 | sed 's/^ENTRYPOINT //')
[ -n "$entry_json" ] || fail "no ENTRYPOINT [...] line in the Dockerfile"
mapfile -t entrypoint < <(grep -o '"[^"]*"' <<<"$entry_json" | sed 's/^"//; s/"$//')
[ "${#entrypoint[@]}" -gt 0 ] || fail "cannot read the ENTRYPOINT $entry_json"
[ "${entrypoint[0]}" = java ] || fail "the ENTRYPOINT does not start with \"java\""
[[ " ${entrypoint[*]} " == *" -XX:AOTCache=beloved.aot "* ]] || fail "the ENTRYPOINT does not use -XX:AOTCache=beloved.aot"
# The runtime stage's COPY --from=build lines, in order: the layers the image holds.
mapfile -t layers < <(dockerfile_lines | sed -n 's|^COPY --from=build /extracted/\([a-z-]*\)/ \./$|\1|p')
[ "${#layers[@]}" -ge 2 ] || fail "no COPY --from=build /extracted/<layer>/ ./ lines in the Dockerfile"
# The ENV lines (KEY=value) after the runtime stage's FROM.
mapfile -t envs < <(dockerfile_lines | awk '/^FROM /{stage++} stage==2 && /^ENV /{for (i = 2; i <= NF; i++) print $i}')
grep -q '^MANAGEMENT_SERVER_PORT=' < <(printf '%s\n' "${envs[@]}") || fail "the Dockerfile sets no MANAGEMENT_SERVER_PORT"

# The other deployment files, where this machine has the tools to check them (no engine needed).
if docker compose version >/dev/null 2>&1; then
  BELOVED_DB_PASSWORD=smoke docker compose -f deploy/compose.yaml config -q || fail "deploy/compose.yaml is not valid"
  say "deploy/compose.yaml: valid (docker compose config)"
elif command -v docker-compose >/dev/null; then
  BELOVED_DB_PASSWORD=smoke docker-compose -f deploy/compose.yaml config -q || fail "deploy/compose.yaml is not valid"
  say "deploy/compose.yaml: valid (docker-compose config)"
fi
if command -v systemd-analyze >/dev/null; then
  service_java=$(sed -n 's/^ExecStart=\([^ ]*\) .*/\1/p' deploy/beloved.service)
  if [ -x "$service_java" ]; then
    systemd-analyze verify deploy/beloved.service || fail "deploy/beloved.service does not verify"
    say "deploy/beloved.service: valid (systemd-analyze verify)"
  else
    # verify refuses a unit whose programs are missing: check a copy on this machine's java instead.
    echo "smoke: WARNING: no $service_java here: verifying deploy/beloved.service with $(command -v java) in its place" >&2
    unit_dir=$(mktemp -d)
    sed "s|$service_java|$(command -v java)|g" deploy/beloved.service >"$unit_dir/beloved.service"
    systemd-analyze verify "$unit_dir/beloved.service" || { rm -rf "$unit_dir"; fail "deploy/beloved.service does not verify"; }
    rm -rf "$unit_dir"
    say "deploy/beloved.service: valid (systemd-analyze verify, java replaced)"
  fi
fi

# The image's Java: 25 or newer (its AOT cache); else, loudly, the layout on this machine's java.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
java25=
for candidate in ${BELOVED_JAVA:-} /usr/lib/jvm/temurin-25*/bin/java; do
  if [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then java25=$candidate; break; fi
done
if [ -n "$java25" ]; then
  say "the image's Java: $java25 (Java $(java_major "$java25"))"
  train_cmd="$java25 ${train_cmd#java }"
  entrypoint[0]=$java25
else
  echo "smoke: WARNING: ==================================================================" >&2
  echo "smoke: WARNING: no Java 25 here (BELOVED_JAVA, /usr/lib/jvm/temurin-25*/bin/java): the AOT" >&2
  echo "smoke: WARNING: cache is NOT checked; the layout runs on $(command -v java) without the AOT options." >&2
  echo "smoke: WARNING: ==================================================================" >&2
  train_cmd=$(sed 's/ -XX:AOTCacheOutput=[^ ]*//' <<<"$train_cmd")
  mapfile -t entrypoint < <(printf '%s\n' "${entrypoint[@]}" | grep -v '^-XX:AOTCache=')
fi

if [ ! -f "$jar" ]; then
  say "building $jar"
  ./mvnw -B -q -DskipTests package
fi

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"

say "extracting: $extract_cmd"
[[ $extract_cmd == *" --destination /extracted"* ]] || fail "the extract command does not write to /extracted"
eval "${extract_cmd/ --destination \/extracted/ --destination \"\$work/extracted\"}"
mkdir "$work/app"
for layer in "${layers[@]}"; do
  [ -d "$work/extracted/$layer" ] || fail "the extract made no layer $layer"
  cp -a "$work/extracted/$layer/." "$work/app/"
done
[ -f "$work/app/beloved.jar" ] || fail "no beloved.jar at the image's WORKDIR after the layers"

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    ss -ltnH "sport = :$p" | grep -q . || { echo "$p"; return; }
  done
}
server_port=$(free_port)
management_port=$(free_port)
while [ "$management_port" = "$server_port" ]; do management_port=$(free_port); done

# The image's user owns its volume; here that is nobody (as root) or whoever runs this.
mkdir -p "$work/data/postgres"
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  chown -R nobody "$work/data" "$work/app"
  run_as=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups --)
fi

say "training run: $train_cmd"
mkdir "$work/training"; [ -z "${run_as[*]}" ] || chown nobody "$work/training"
(
  cd "$work/app"
  read -r -a train <<<"${train_cmd/ --beloved.embedded-db.dir=\/tmp\/beloved-training/ --beloved.embedded-db.dir=$work/training/pg}"
  exec "${run_as[@]}" "${train[@]}" >"$work/training.log" 2>&1
) || { tail -40 "$work/training.log" >&2; fail "the training run failed"; }
[ -z "$java25" ] || [ -f "$work/app/beloved.aot" ] || { tail -40 "$work/training.log" >&2; fail "the training run wrote no beloved.aot"; }
if [ -f "$work/training/pg/postmaster.pid" ] && kill -0 "$(head -1 "$work/training/pg/postmaster.pid")" 2>/dev/null; then
  kill "$(head -1 "$work/training/pg/postmaster.pid")"
  fail "the training run left its PostgreSQL running"
fi
[ -z "$java25" ] || say "AOT cache: $(du -m "$work/app/beloved.aot" | cut -f1) MiB"

say "starting (${entrypoint[*]}) in the image layout on ports $server_port and $management_port"
(
  cd "$work/app"
  for kv in "${envs[@]}"; do export "${kv?}"; done
  # What differs from the image: the volume's place and the ports (free ones on this machine).
  export BELOVED_EMBEDDED_DB_DIR="$work/data/postgres" SERVER_PORT="$server_port" \
    MANAGEMENT_SERVER_PORT="$management_port" HOME="$work/data"
  exec "${run_as[@]}" "${entrypoint[@]}" >"$work/app.log" 2>&1
) &
pid=$!

healthy=
for _ in $(seq 1 240); do
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/app.log" >&2; fail "Beloved exited before it was healthy"; }
  if MANAGEMENT_SERVER_PORT=$management_port deploy/healthcheck.sh; then healthy=yes; break; fi
  sleep 0.5
done
[ -n "$healthy" ] || { tail -40 "$work/app.log" >&2; fail "not healthy within 120 s"; }
say "healthy (deploy/healthcheck.sh on the management port)"
if [ -n "$java25" ]; then
  grep -q '/beloved\.aot$' "/proc/$pid/maps" || fail "the JVM did not map the AOT cache (beloved.aot)"
  say "the JVM maps the AOT cache"
fi
[ "$(stat -c %U "/proc/$pid")" != root ] || fail "Beloved runs as root"

mgmt="http://127.0.0.1:$management_port"
public="http://127.0.0.1:$server_port"
health=$(curl -fsS "$mgmt/actuator/health")
grep -q '"db":{"status":"UP"' <<<"$health" || fail "/actuator/health without the database UP: $health"
curl -fsS "$mgmt/actuator/health/readiness" | grep -q '"status":"UP"' || fail "not ready"
metrics=$(curl -fsS "$mgmt/actuator/prometheus") || fail "no /actuator/prometheus on the management port"
grep -q '^beloved_' <<<"$metrics" || fail "/actuator/prometheus shows no beloved_ metrics"
say "/actuator/prometheus: $(grep -c '^beloved_' <<<"$metrics") beloved_ samples"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$public/")" = 200 ] || fail "the home page is not 200 on the public port"
code=$(curl -s -o /dev/null -w '%{http_code}' "$public/actuator/prometheus")
[ "$code" = 404 ] || fail "the public port answers /actuator/prometheus with $code, not 404"

kill -TERM "$pid"
for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
kill -0 "$pid" 2>/dev/null && fail "still running 60 s after SIGTERM"
status=0; wait "$pid" || status=$?
case $status in 0|143) ;; *) tail -40 "$work/app.log" >&2; fail "exit status $status after SIGTERM";; esac
grep -q 'Exception' "$work/app.log" && { grep -n -m5 -A3 'Exception' "$work/app.log" >&2; fail "the log has an exception"; }
grep -qiE '\[(warning|error)\]\[(cds|aot)' "$work/app.log" && { grep -iE -m5 '\[(cds|aot)' "$work/app.log" >&2; fail "the JVM did not use the AOT cache"; }
pid=
say "passed (stopped with SIGTERM, exit status $status)"
