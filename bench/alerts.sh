#!/usr/bin/env bash
# An action alert to 50,000 subscribers: the time to draft it with its preview and to send it
# (enqueue one outbox row per recipient), by county and by radius
# (sms-gateway/src/test/java/org/beloved/sms/bench/AlertBench.java). Nothing is dispatched.
# Uses the same embedded PostgreSQL as the tests (or BELOVED_TEST_DATABASE_URL). About a minute.
# Usage: bench/alerts.sh [sms] [discord]   (defaults 40000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install
./mvnw -q -B -pl sms-gateway org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.beloved.sms.bench.AlertBench -Dexec.args="${1:-40000} ${2:-10000}" \
  -Dexec.cleanupDaemonThreads=false
