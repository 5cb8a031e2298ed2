#!/usr/bin/env bash
# Signed inbound SMS webhooks (each a ZIP lookup) against a trivial endpoint of the same app, at
# 1, 16 and 64 concurrent clients on loopback. Starts the built jar with a fresh embedded database
# and test Twilio settings (nothing is sent to Twilio: inbound replies are TwiML), runs the load
# generator, prints its table, stops the app.
# Usage: bench/sms-webhook.sh [seconds-per-run] [concurrency...]   (default 10, and 1 16 64; jar built with
# ./mvnw -B -DskipTests package). BELOVED_JAVA_OPTS goes to the app's JVM, e.g. for a flight recording:
# BELOVED_JAVA_OPTS='-XX:+FlightRecorder -XX:StartFlightRecording=filename=/tmp/sms.jfr,settings=profile'
# BELOVED_JAR starts another jar (two builds side by side); BELOVED_PORT another port than 18090 (one in use).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
seconds=${1:-10}
shift || true
concurrency=("${@:-1 16 64}")
port=${BELOVED_PORT:-18090}
token=bench-auth-token
account=AC00000000000000000000000000000001
public=https://bot.example.org
start_beloved $port --beloved.sms.auth-token=$token --beloved.sms.account-sid=$account \
  --beloved.sms.public-url=$public --beloved.sms.from-number=+15005550006 --beloved.sms.api-base-url=http://127.0.0.1:9
echo "app: $(nproc) cores, JVM $(java -version 2>&1 | head -1)"
java bench/SmsWebhookLoad.java "http://127.0.0.1:$port" $token $public $account "$seconds" ${concurrency[*]}
