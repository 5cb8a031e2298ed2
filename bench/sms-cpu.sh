#!/usr/bin/env bash
# CPU per inbound text: the app's JVM and its embedded PostgreSQL (all its processes), user + system
# time read from /proc over one run of signed ZIP webhooks, divided by the texts answered. Steadier
# than req/s when other work shares the machine (a busy machine inflates it too, but less).
# Usage: bench/sms-cpu.sh [seconds] [clients]   (default 10 and 64; jar built with ./mvnw -B -DskipTests package)
# BELOVED_JAR and BELOVED_PORT as for bench/sms-webhook.sh. Prints the load average at the start.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
seconds=${1:-10}
clients=${2:-64}
port=${BELOVED_PORT:-18090}
token=bench-auth-token
account=AC00000000000000000000000000000001
public=https://bot.example.org
start_beloved $port --beloved.sms.auth-token=$token --beloved.sms.account-sid=$account \
  --beloved.sms.public-url=$public --beloved.sms.from-number=+15005550006 --beloved.sms.api-base-url=http://127.0.0.1:9
ticks=$(getconf CLK_TCK)

# Clock ticks (user + system) of a process; with "all", its waited-for children's too.
ticks_of() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  stat=${stat##*) }   # the fields after the command name (which may hold spaces)
  read -r -a f <<<"$stat"
  if [ "${2:-}" = all ]; then echo $(( f[11] + f[12] + f[13] + f[14] )); else echo $(( f[11] + f[12] )); fi
}

# PostgreSQL: the postmaster (with the backends that ended) and every live backend.
postgres_ticks() {
  local master total child
  master=$(head -1 "$(find "$work/pg" -name postmaster.pid | head -1)")
  total=$(ticks_of "$master" all)
  for child in $(ps -o pid= --ppid "$master"); do
    total=$(( total + $(ticks_of "$child") ))
  done
  echo $total
}

# load SECONDS CLIENTS [JVM-OPTION...]: webhooks only, no warm-up of its own.
load() {
  local s=$1 c=$2
  shift 2
  java -Dsms.only=true -Dwarmup=0 "$@" bench/SmsWebhookLoad.java "http://127.0.0.1:$port" $token $public $account "$s" "$c"
}
echo "app: $(nproc) cores, JVM $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
load 5 "$clients" >/dev/null   # warm-up: JIT, pools, caches
jvm0=$(ticks_of "$pid"); pg0=$(postgres_ticks)
out=$(load "$seconds" "$clients" -Dsms.first=5000000)
jvm1=$(ticks_of "$pid"); pg1=$(postgres_ticks)
echo "$out"
texts=$(sed -n 's/^texts //p' <<<"$out")
awk -v j=$((jvm1 - jvm0)) -v p=$((pg1 - pg0)) -v n="$texts" -v hz="$ticks" 'BEGIN {
  printf "CPU per text: JVM %.2f ms + PostgreSQL %.2f ms = %.2f ms (%d texts, %.1f s + %.1f s CPU)\n",
    1000 * j / hz / n, 1000 * p / hz / n, 1000 * (j + p) / hz / n, n, j / hz, p / hz }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
