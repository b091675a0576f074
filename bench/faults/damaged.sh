#!/usr/bin/env bash
# A damaged embedded store is reported, never silently replaced: saves, a clean stop, the data file truncated to
# half, a start (readiness must say "damaged", the log an ERROR, the file must stay as it was, saves answer 503),
# then the backup put back and every save found again.
# Usage: bench/faults/damaged.sh [saves]   (default 30; needs target/shallow-lab.jar; loopback only; ~30 s)
set -uo pipefail
cd "$(dirname "$0")/../.."
saves=${1:-30}
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cp target/shallow-lab.jar "$dir/app.jar"
server=
ready() { curl -s -o "$dir/ready" -w '%{http_code}' "localhost:$port/health/ready"; }
start() {
  rm -f "$dir/ready"
  env -u DATABASE_URL -u JDBC_DATABASE_URL PORT=$port DATA_DIR="$dir/data" WARM_UP=0 \
    java --add-modules=jdk.incubator.vector -jar "$dir/app.jar" >> "$dir/server.log" 2>&1 &
  server=$!
  # Up once readiness is decided: ready, or the store reported damaged.
  for _ in $(seq 150); do
    [ "$(ready)" = 200 ] || grep -q damaged "$dir/ready" 2>/dev/null && return
    sleep 0.2
  done
}
stop() { kill -TERM "$server"; wait "$server" 2>/dev/null; }
trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT
status=0

start
for i in $(seq "$saves"); do
  curl -s -H 'Content-Type: application/json' -d "{\"title\":\"kept $i\",\"link\":\"/?iterations=5\"}" \
    "localhost:$port/api/saved" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 >> "$dir/ids"
done
echo "saved: $(wc -l < "$dir/ids") of $saves"
stop
cp "$dir/data/shallowlab.mv.db" "$dir/backup.mv.db"; cp "$dir/data/shallowlab.acknowledged" "$dir/backup.acknowledged"
size=$(stat -c %s "$dir/data/shallowlab.mv.db")
truncate -s $((size / 2)) "$dir/data/shallowlab.mv.db"

start
code=$(ready); save=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"title":"after","link":"/?iterations=5"}' "localhost:$port/api/saved")
after=$(stat -c %s "$dir/data/shallowlab.mv.db")
echo "truncated to $((size / 2)) of $size bytes: /health/ready $code ($(head -c 160 "$dir/ready")), a save $save," \
  "file now $after bytes, ERROR lines: $(grep -c ERROR "$dir/server.log")"
[ "$code" = 503 ] && grep -q damaged "$dir/ready" && [ "$save" = 503 ] && [ "$after" = $((size / 2)) ] \
  && grep -q ERROR "$dir/server.log" || { echo "FAIL: the damage was not reported as it should be"; status=1; }
stop

cp "$dir/backup.mv.db" "$dir/data/shallowlab.mv.db"; cp "$dir/backup.acknowledged" "$dir/data/shallowlab.acknowledged"
start
found=0
while read -r id; do [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/api/saved/$id")" = 200 ] && found=$((found + 1)); done < "$dir/ids"
echo "backup put back: /health/ready $(ready), $found of $(wc -l < "$dir/ids") saves found"
[ "$found" = "$(wc -l < "$dir/ids")" ] || { tail -20 "$dir/server.log"; status=1; }
stop
exit $status
