#!/usr/bin/env bash
# Saves answered 201 must survive SIGKILL at any moment: concurrent saves, kill -9 at random moments, restart,
# every answered save asked for. On the embedded database, and on PostgreSQL when TEST_POSTGRES_URL is set.
# Usage: bench/faults/kill-saves.sh [rounds] [writers]   (default 12 rounds, 8 writers; needs target/shallow-lab.jar)
set -uo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-12}; writers=${2:-8}; seed=${SEED:-$RANDOM}
status=0
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# A copy of the jar, so that a build meanwhile can't change the server under the test.
cp target/shallow-lab.jar "$dir/app.jar"
mkdir "$dir/data"
echo "embedded (DATA_DIR=$dir/data, seed $seed):"
env -u DATABASE_URL -u JDBC_DATABASE_URL DATA_DIR="$dir/data" \
  java -cp "$dir/app.jar" shallowlab.bench.KillSaves "$dir/app.jar" "$rounds" "$writers" "$seed" || status=1
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "PostgreSQL ($TEST_POSTGRES_URL, seed $seed):" | sed 's/password=[^&]*/password=***/'
  env -u DATABASE_URL JDBC_DATABASE_URL="$TEST_POSTGRES_URL" \
    java -cp "$dir/app.jar" shallowlab.bench.KillSaves "$dir/app.jar" "$rounds" "$writers" "$seed" || status=1
fi
exit $status
