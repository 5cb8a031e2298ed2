#!/usr/bin/env bash
# One reminder to 10,000 SMS and 2,000 Discord subscribers, two instances, SMS rate 50/s, against a
# local fake of Twilio's REST API (sms-gateway/src/test/java/org/beloved/sms/bench/ReminderDispatchBench.java).
# Uses the same embedded PostgreSQL as the tests (or BELOVED_TEST_DATABASE_URL). About four minutes.
# Usage: bench/reminders.sh [sms] [discord] [sms-per-second]   (defaults 10000 2000 50)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install
./mvnw -q -B -pl sms-gateway org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.beloved.sms.bench.ReminderDispatchBench -Dexec.args="${1:-10000} ${2:-2000} ${3:-50}" \
  -Dexec.cleanupDaemonThreads=false
