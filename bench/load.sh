#!/usr/bin/env bash
# Load test: starts the app on loopback, drives it with concurrent clients (bounded time per scenario), stops it.
# Usage: bench/load.sh [secondsPerScenario] [only]   (default 10 s; only: run the scenarios whose name has it)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
port=${LOAD_PORT:-18765}
mvn -q -B -DskipTests package
TRUST_PROXY=1 PORT=$port java --add-modules=jdk.incubator.vector -jar target/shallow-lab.jar > target/load-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
wait_ready "http://127.0.0.1:$port"
java -cp target/shallow-lab.jar shallowlab.bench.LoadTest "http://127.0.0.1:$port" "${1:-10}" "${2:-}"
