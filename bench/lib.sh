# Shared by the bench scripts (source it from the repository root).
#
# start_beloved PORT [ARG...]: starts the built jar on a fresh embedded database in a temporary
# folder, with these extra arguments, and waits until it is healthy; stops it and removes the
# folder when the calling script exits. Sets work (the folder; the app's log is $work/app.log).
# BELOVED_JAVA_OPTS, if set, goes to the JVM (word-split); BELOVED_JAR, if set, is the jar to start
# instead of app/target/beloved.jar (to measure two builds side by side).
start_beloved() {
  local port=$1
  shift
  local jar="${BELOVED_JAR:-$PWD/app/target/beloved.jar}"
  [ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
  # Another process on the port would answer the health check below and take the load instead.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: set BELOVED_PORT" >&2; exit 1; fi
  work=$(mktemp -d); chmod 755 "$work"
  pid=
  trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
  # shellcheck disable=SC2086
  java ${BELOVED_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --beloved.embedded-db.dir="$work/pg" "$@" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.2
  done
}
