# Sourced by the bench scripts that build an earlier commit or start a server (. bench/lib.sh, from the repository's top).

# build_commit <commit> <dir>: that commit's files into <dir> and its jar built there (<dir>/target/shallow-lab.jar).
build_commit() {
  git archive "$1" | tar -x -C "$2"
  (cd "$2" && mvn -q -B -DskipTests package)
}

# wait_for <url>: returns once the URL answers 2xx, or after 30 s (the caller's next request then shows the failure).
wait_for() {
  for _ in $(seq 1 150); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done
}

# wait_ready <base url>: returns once the app is ready (/health/ready answers 2xx: its start-up warm-up is done, so
# its trainings do not share the cores with what is measured next), or live where the build has no /health/ready
# (an older commit), or after 60 s.
wait_ready() {
  for _ in $(seq 1 300); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$1/health/ready" 2>/dev/null || true)
    [ "$code" = 200 ] && return 0
    if [ "$code" = 404 ]; then wait_for "$1/health"; return 0; fi
    sleep 0.2
  done
}
