#!/usr/bin/env bash
# Time from an instance's death to its stranded reminders being settled by a surviving instance:
# rows left in 'sending' under the dead instance's lease (never handed over, taken by Twilio with
# the answer lost, not taken), against a local fake of Twilio's REST API
# (sms-gateway/src/test/java/org/beloved/sms/bench/StrandedRowsBench.java). About lease + sweep interval.
# Usage: bench/stranded.sh [rows] [lease] [sweep-interval]   (defaults 30 2m 30s)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install
./mvnw -q -B -pl sms-gateway org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.beloved.sms.bench.StrandedRowsBench -Dexec.args="${1:-30} ${2:-2m} ${3:-30s}" \
  -Dexec.cleanupDaemonThreads=false
