#!/usr/bin/env bash
# Signed inbound SMS webhooks (each a ZIP lookup) against a trivial endpoint of the same app, at
# 1, 16 and 64 concurrent clients on loopback. Starts the built jar with a fresh embedded database
# and test Twilio settings (nothing is sent to Twilio: inbound replies are TwiML), runs the load
# generator, prints its table, stops the app.
# Usage: bench/sms-webhook.sh [seconds-per-run]   (default 10; jar built with ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$PWD/app/target/beloved.jar"
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
seconds=${1:-10}
port=18090
token=bench-auth-token
account=AC00000000000000000000000000000001
public=https://bot.example.org
work=$(mktemp -d); chmod 755 "$work"
pid=
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

java -jar "$jar" --server.port=$port --beloved.embedded-db.dir="$work/pg" \
  --beloved.sms.auth-token=$token --beloved.sms.account-sid=$account --beloved.sms.public-url=$public \
  --beloved.sms.from-number=+15005550006 --beloved.sms.api-base-url=http://127.0.0.1:9 >"$work/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.2
done
echo "app: $(nproc) cores, JVM $(java -version 2>&1 | head -1)"
java bench/SmsWebhookLoad.java "http://127.0.0.1:$port" $token $public $account "$seconds" 1 16 64
