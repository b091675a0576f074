#!/usr/bin/env bash
# Slow and greedy clients on loopback: ~1,000 connections sending a byte every 3 s (half in their headers, half in a
# body), a flood of new connections, and one address past its cap, while a visitor asks for /health and a cached lab
# page; prints their p50/p99/max before and during. Starts the app from target/shallow-lab.jar with the Procfile's
# JVM flags and default limits, stops it at the end. Not part of the tests; takes about 1.5 minutes.
# Usage: bench/faults/slow-clients.sh [slow connections] [seconds]   (default 1000, 60; needs target/shallow-lab.jar)
set -uo pipefail
cd "$(dirname "$0")/../.."
slow=${1:-1000}; seconds=${2:-60}; port=${PORT:-7391}
dir=$(mktemp -d)
cp target/shallow-lab.jar "$dir/app.jar"
jvm_flags=$(sed -n 's/^web: .*java \(.*\) -jar .*/\1/p' Procfile)   # the JVM flags production runs with
export MALLOC_ARENA_MAX=2
env -u DATABASE_URL -u JDBC_DATABASE_URL PORT=$port WARM_UP=0 DATA_DIR="$dir/data" \
  java $jvm_flags -jar "$dir/app.jar" > "$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health" > /dev/null 2>&1 && break; sleep 0.5; done
page=$(curl -fsS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/?iterations=2000") || true
echo "server pid $server on port $port (first page: $page)"
timeout $((seconds + 60)) java -cp "$dir/app.jar" shallowlab.bench.SlowClients "http://127.0.0.1:$port" "$slow" "$seconds" "/?iterations=2000"
status=$?
echo "server log (warnings and bounds):"; grep -E 'WARN|ERROR|HeaderDeadline|BodyFirst|PerClient' "$dir/server.log" | sort | uniq -c | sort -rn | head -8
exit $status
