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
