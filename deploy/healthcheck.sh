#!/usr/bin/env bash
# Exit 0 when Beloved's actuator answers 200 on this machine, else 1. The image's HEALTHCHECK and
# deploy/smoke.sh run it. Plain bash (/dev/tcp): the JRE image needs no curl.
# Usage: healthcheck.sh [path]   (default /actuator/health/liveness)
# The port: MANAGEMENT_SERVER_PORT, else SERVER_PORT, else 8080 (the actuator's port when none is set).
set -u
port=${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}
path=${1:-/actuator/health/liveness}
{ exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status <&3 || exit 1
exec 3<&-
[[ $status == HTTP/1.?\ 200* ]]
