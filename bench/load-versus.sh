#!/usr/bin/env bash
# Throughput of one load scenario on this build and on an earlier commit in the same run, alternating them so both
# see the same machine: each round starts one server, drives it, stops it, then the other; prints requests per second
# of each round, the medians, and their ratio. Each server is first driven WARM seconds (default 0) by the same
# scenario, uncounted, so that a round can measure a server past its JIT warm-up, as a long-running one is.
# Usage: bench/load-versus.sh <commit> [rounds] [secondsPerRound] [scenario]   (default 3 rounds, 20 s, "fresh lab");
# JAVA=<java> runs both servers on another JDK, OLD_JAVA=<java> the earlier commit's only; WARM=<seconds>.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
old=${1:?usage: bench/load-versus.sh <commit> [rounds] [seconds] [scenario]}
rounds=${2:-3} seconds=${3:-20} scenario=${4:-fresh lab} warm=${WARM:-0}
port=${LOAD_PORT:-18766}
JAVA=${JAVA:-java}
OLD_JAVA=${OLD_JAVA:-$JAVA}
dir=$(mktemp -d)
server=""
trap '[ -z "$server" ] || kill $server 2>/dev/null; rm -rf "$dir"' EXIT
build_commit "$old" "$dir"
mvn -q -B -DskipTests package
here=$PWD
# One round: the server from its own directory (its own database), the same client (this build's LoadTest) for both;
# its requests/s appended to the file $3. It runs in this shell (not in $(…)), so the EXIT trap sees $server.
round() {
  (cd "$1" && TRUST_PROXY=1 PORT=$port exec "$2" --add-modules=jdk.incubator.vector -jar target/shallow-lab.jar \
    > "$here/target/load-versus-server.log" 2>&1) &
  server=$!
  wait_ready "http://127.0.0.1:$port"
  if [ "$warm" -gt 0 ]; then
    java -cp "$here/target/shallow-lab.jar" shallowlab.bench.LoadTest "http://127.0.0.1:$port" "$warm" "$scenario" \
      > /dev/null
  fi
  # Seeds past the warm-up's (it starts at 1000 and trains far fewer than 10^6 runs), so every run is fresh.
  java -cp "$here/target/shallow-lab.jar" shallowlab.bench.LoadTest "http://127.0.0.1:$port" "$seconds" "$scenario" \
      1000000 \
    | tee -a "$here/target/load-versus.txt" | sed -n 's/.* \([0-9.]*\) req\/s.*/\1/p' | head -1 >> "$3"
  kill $server; wait $server 2>/dev/null || true
  server=""
}
: > target/load-versus.txt
for _ in $(seq 1 "$rounds"); do
  round "$here" "$JAVA" "$dir/rates-new"
  round "$dir" "$OLD_JAVA" "$dir/rates-old"
done
python3 - "$old" "$scenario" "$(cat "$dir/rates-new")" "$(cat "$dir/rates-old")" <<'PY'
import statistics, sys
old, scenario = sys.argv[1], sys.argv[2]
new, prev = [float(x) for x in sys.argv[3].split()], [float(x) for x in sys.argv[4].split()]
n, p = statistics.median(new), statistics.median(prev)
print(f"scenario '{scenario}', req/s per round")
print(f"this build:   median {n:.1f} req/s {new}")
print(f"{old[:12]}: median {p:.1f} req/s {prev}")
print(f"this build / {old[:12]} = {n / p:.2f}")
PY
