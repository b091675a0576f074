#!/usr/bin/env bash
# No 5xx from input: fuzzed requests (bench/Fuzz.java) against a fresh server on loopback, then the server's log is
# searched for stack traces (every bad request must be one log line).
# Usage: bench/faults/fuzz.sh [requests] [seed]   (default 10000; needs target/shallow-lab.jar)
set -uo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}; seed=${2:-$RANDOM}
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cp target/shallow-lab.jar "$dir/app.jar"
env -u DATABASE_URL -u JDBC_DATABASE_URL PORT=$port DATA_DIR="$dir/data" WARM_UP=0 MAX_RUN_WORK=20000000 \
  java --add-modules=jdk.incubator.vector -jar "$dir/app.jar" > "$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf "localhost:$port/health" >/dev/null && break; sleep 0.2; done
echo "fuzz: $n requests, seed $seed, port $port"
java -cp "$dir/app.jar" shallowlab.bench.Fuzz "$port" "$n" "$seed"; status=$?
kill -TERM $server; wait $server 2>/dev/null
traces=$(grep -cE '^\s+at ' "$dir/server.log")
echo "stack-trace lines in the server's log: $traces ($(wc -l < "$dir/server.log") log lines)"
[ "$traces" -gt 0 ] && { grep -m1 -B3 -E '^\s+at ' "$dir/server.log"; status=1; }
exit $status
