#!/usr/bin/env bash
# Webinar reminders by DM to 1,000 Discord subscribers through real JDA and the outbox, against
# FakeDiscord enforcing Discord's global limit of 50 requests/s (429 with retry_after beyond it):
# achieved rate, lost, doubled, 429s met; a first round that opens each DM channel, a second that
# posts to the stored one (bot/src/test/java/org/beloved/bot/bench/DmReminderBench.java).
# Uses the same embedded PostgreSQL as the tests (or BELOVED_TEST_DATABASE_URL).
# Usage: bench/discord-reminders.sh [users] [discord-per-second] [fake global limit]   (defaults 1000 10 50)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install
./mvnw -q -B -pl bot org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.beloved.bot.bench.DmReminderBench -Dexec.args="${1:-1000} ${2:-10} ${3:-50}" \
  -Dexec.cleanupDaemonThreads=false
