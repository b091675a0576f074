#!/usr/bin/env bash
# Peak memory of the app in a 512 MB memory cgroup under a load mix: the load test's scenarios (cached pages and
# JSON, fresh trainings, saturation, comparisons at the work cap), 3,000 distinct small runs filling the run and page
# caches, 300 saves and 100 uploads, then the slow-client fault (1,000 slow connections and a flood). Starts the app
# from target/shallow-lab.jar with the Procfile's JVM flags inside a child cgroup of this shell's own (cgroup v1 or
# v2; needs root), prints peak RSS (VmHWM), the cgroup's peak and any OOM kill, and removes the cgroup.
# Usage: bench/faults/memory.sh [seconds per load scenario] [MB]   (default 5, 512; about 4 minutes)
set -uo pipefail
cd "$(dirname "$0")/../.."
per=${1:-5}; mb=${2:-512}; port=${PORT:-7392}
dir=$(mktemp -d)
cp target/shallow-lab.jar "$dir/app.jar"
jvm_flags=$(sed -n 's/^web: .*java \(.*\) -jar .*/\1/p' Procfile)   # the JVM flags production runs with
export MALLOC_ARENA_MAX=2
if [ -f /sys/fs/cgroup/cgroup.controllers ]; then   # v2: memory.max, memory.peak, memory.events
  cg=/sys/fs/cgroup$(awk -F: '$1=="0"{print $3}' /proc/self/cgroup)/shallowlab-memory-$$
  mkdir "$cg" && echo $((mb * 1024 * 1024)) > "$cg/memory.max" && echo 0 > "$cg/memory.swap.max" 2>/dev/null
  peak() { cat "$cg/memory.peak" 2>/dev/null || echo "?"; }
  ooms() { awk '$1=="oom_kill"{print $2}' "$cg/memory.events"; }
else                                                # v1: memory.limit_in_bytes, max_usage_in_bytes, oom_control
  cg=/sys/fs/cgroup/memory$(awk -F: '$2=="memory"{print $3}' /proc/self/cgroup)/shallowlab-memory-$$
  mkdir "$cg" && echo $((mb * 1024 * 1024)) > "$cg/memory.limit_in_bytes"
  peak() { cat "$cg/memory.max_usage_in_bytes"; }
  ooms() { awk '$1=="oom_kill"{print $2}' "$cg/memory.oom_control"; }
fi
[ -d "$cg" ] || { echo "could not create a memory cgroup (needs root and a writable cgroup fs)"; exit 2; }
env -u DATABASE_URL -u JDBC_DATABASE_URL PORT=$port WARM_UP=0 DATA_DIR="$dir/data" TRUST_PROXY=1 \
  RUN_BURST=100000000 RUNS_PER_MINUTE=100000000 ADDRESS_BURST=100000000 ADDRESS_RUNS_PER_MINUTE=100000000 \
  UPLOADS_PER_MINUTE=100000000 UPLOAD_BURST=100000000 \
  sh -c 'echo $$ > "$1/cgroup.procs" && shift && exec "$@"' sh "$cg" java $jvm_flags -jar "$dir/app.jar" > "$dir/server.log" 2>&1 &
server=$!
cleanup() { kill $server 2>/dev/null; wait $server 2>/dev/null; sleep 0.5; rmdir "$cg" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health" > /dev/null 2>&1 && break; sleep 0.5; done
echo "server pid $server in $cg (limit $mb MB), flags: $jvm_flags"
rss() { awk '/^VmRSS/{print $2}' /proc/$server/status 2>/dev/null; }
echo "RSS after start: $(( $(rss) / 1024 )) MB"
java -cp "$dir/app.jar" shallowlab.bench.LoadTest "http://127.0.0.1:$port" "$per" 2>&1 | grep -vE '^\s*$' | tail -12
echo "RSS after the load test: $(( $(rss) / 1024 )) MB"
seq 1 3000 | xargs -P 8 -I{} curl -s -o /dev/null -H "X-Forwarded-For: 10.1.$(( RANDOM % 250 )).{}" \
  "http://127.0.0.1:$port/?iterations=300&initSeed={}"
echo "RSS after 3,000 distinct runs: $(( $(rss) / 1024 )) MB"
seq 1 300 | xargs -P 8 -I{} curl -s -o /dev/null -H 'Content-Type: application/json' \
  -d '{"title": "save {}", "note": "a note", "link": "/?iterations=300&initSeed={}"}' "http://127.0.0.1:$port/api/saved"
for i in $(seq 1 100); do
  { echo "x1,x2,label"; for j in $(seq 1 400); do echo "0.$((RANDOM % 1000)),0.$((RANDOM % 1000)),$((j % 2))"; done; } \
    | curl -s -o /dev/null -H 'Content-Type: text/csv' --data-binary @- "http://127.0.0.1:$port/api/datasets"
done
echo "RSS after 300 saves and 100 uploads: $(( $(rss) / 1024 )) MB"
timeout 150 java -cp "$dir/app.jar" shallowlab.bench.SlowClients "http://127.0.0.1:$port" 1000 30 "/?iterations=300&initSeed=1" \
  | grep -E 'p99|open|during'
alive=$(kill -0 $server 2>/dev/null && echo "alive" || echo "DEAD")
hwm=$(awk '/^VmHWM/{print $2}' /proc/$server/status 2>/dev/null || echo 0)
echo "server $alive; peak RSS (VmHWM) $(( hwm / 1024 )) MB; cgroup peak $(( $(peak) / 1024 / 1024 )) MB (with page cache); OOM kills: $(ooms)"
[ "$alive" = alive ] && [ "$(ooms)" = 0 ]
