#!/usr/bin/env bash
# The fault suite, one command (not part of the tests; loopback only; about 15 minutes): builds the jar, then
#   kill-saves.sh     SIGKILL at random moments during concurrent saves, every answer checked (embedded, and
#                     PostgreSQL when TEST_POSTGRES_URL is set)
#   kill-saves.sh     the same with SIGTERM: saves during a graceful shutdown
#   slow-clients.sh   1,000 slow bodies and headers, a flood of connections, an address past its cap
#   memory.sh         the app in a 512 MB memory cgroup under the load mix (needs root; skipped otherwise)
#   damaged.sh        a data file truncated to half: reported, untouched, restored from its backup
#   fuzz.sh           10,000 fuzzed requests: 5xx answers and stack traces counted
# Each prints its figures; the suite ends with one line per part and fails if any part did.
# Usage: bench/faults.sh [only]   (run only the parts whose name contains "only")
set -uo pipefail
cd "$(dirname "$0")/.."
only=${1:-}
mvn -q -B -DskipTests package || exit 1
summary=()
part() {
  local name=$1; shift
  [ -n "$only" ] && [[ "$name" != *"$only"* ]] && return
  echo; echo "== $name: $*"
  local start=$SECONDS
  if env "$@"; then summary+=("ok    $name ($((SECONDS - start)) s)"); else summary+=("FAIL  $name ($((SECONDS - start)) s)"); fi
}
part kill-saves bench/faults/kill-saves.sh 30 16
part sigterm-saves KILL_SIGNAL=TERM bench/faults/kill-saves.sh 10 16
part slow-clients bench/faults/slow-clients.sh 1000 60
if [ "$(id -u)" = 0 ]; then part memory bench/faults/memory.sh; else summary+=("skip  memory (needs root for its cgroup)"); fi
part damaged bench/faults/damaged.sh 30
part fuzz bench/faults/fuzz.sh 10000
echo; printf '%s\n' "${summary[@]}"
! printf '%s\n' "${summary[@]}" | grep -q '^FAIL'
