#!/bin/sh
# Browser timings of this build and, given a commit, of that build beside it, alternating on one machine:
# bench/browser.sh [commit] [rounds]; and the bytes of the comparison's event stream. Needs Chromium
# (CHROMIUM_PATH, default /usr/bin/chromium) and npm.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
rounds=${2:-5}
mvn -q -B -DskipTests package
npm_dir=target/bench-npm
[ -d "$npm_dir/node_modules/playwright-core" ] || npm install --silent --prefix "$npm_dir" playwright-core@1 >/dev/null
start() { PORT=$2 java --add-modules=jdk.incubator.vector -jar "$1" > "target/browser-$2.log" 2>&1 & echo $!; }
new=$(start target/shallow-lab.jar 18801)
old=""
if [ $# -ge 1 ]; then
  dir=$(mktemp -d)
  build_commit "$1" "$dir"
  old=$(start "$dir/target/shallow-lab.jar" 18802)
fi
trap 'kill $new $old 2>/dev/null || true' EXIT
wait_ready http://127.0.0.1:18801
[ -z "$old" ] || wait_ready http://127.0.0.1:18802
export NODE_PATH="$PWD/$npm_dir/node_modules"
# The comparison's event stream as a browser receives it (gzip accepted): bytes on the wire.
stream_bytes() { curl -fs -H 'Accept: text/event-stream' -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' \
  "http://127.0.0.1:$1/compare/events?vary=hidden:1,2,3,4,5,20,50"; }
echo "this build:"; node bench/browser-timing.js http://127.0.0.1:18801 "$rounds"
echo "compare_7_runs_stream_bytes $(stream_bytes 18801)"
[ -z "$old" ] || { echo "$1:"; node bench/browser-timing.js http://127.0.0.1:18802 "$rounds";
  echo "compare_7_runs_stream_bytes $(stream_bytes 18802)"; }
