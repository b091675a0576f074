#!/bin/sh
# Times the training benchmark of this build and of an earlier commit in the same run, alternating them so both
# see the same machine, and prints the ratio of their default-run medians: bench/versus.sh <commit> [rounds].
set -eu
JAVA=${JAVA:-java}   # another JDK: JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/versus.sh <commit>
cd "$(dirname "$0")/.."
. bench/lib.sh
old=${1:?usage: bench/versus.sh <commit> [rounds]}
rounds=${2:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
build_commit "$old" "$dir"
mvn -q -B -DskipTests package
run() { "$JAVA" --add-modules=jdk.incubator.vector -cp "$1" shallowlab.bench.TrainingBenchmark 2>/dev/null \
  | sed -n 's/^java_default_seconds=//p'; }
new_times="" old_times=""
i=0
while [ "$i" -lt "$rounds" ]; do
  new_times="$new_times $(run target/shallow-lab.jar)"
  old_times="$old_times $(run "$dir/target/shallow-lab.jar")"
  i=$((i + 1))
done
python3 - "$old" "$new_times" "$old_times" <<'PY'
import statistics, sys
old, new, prev = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
n, p = statistics.median(new), statistics.median(prev)
print(f"this build: default run median {n*1e3:.1f} ms over {len(new)} rounds {['%.1f' % (x*1e3) for x in new]}")
print(f"{old[:12]}: default run median {p*1e3:.1f} ms over {len(prev)} rounds {['%.1f' % (x*1e3) for x in prev]}")
print(f"this build / {old[:12]} = {n / p:.3f}")
PY
