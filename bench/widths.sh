#!/bin/sh
# The engine at each vector width, alternating in one run so that the machine's load weighs on all alike: the
# default run (TrainingBenchmark) at this CPU's width, at 256 bits (-Dshallowlab.vectorBits=256), at 128 bits as on
# ARM NEON (-XX:MaxVectorSize=16), and at 512 bits (-Dshallowlab.vectorBits=512; in plain Java where the CPU has no
# 512-bit vectors). Prints the median seconds of each and the ratios to the default and to 256 bits.
# Usage: bench/widths.sh [rounds]   (default 3)
set -eu
JAVA=${JAVA:-java}   # another JDK: JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/widths.sh
cd "$(dirname "$0")/.."
rounds=${1:-3}
mvn -q -B -DskipTests package
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
time_with() { "$JAVA" --add-modules=jdk.incubator.vector "$@" -cp target/shallow-lab.jar shallowlab.bench.TrainingBenchmark 2>/dev/null \
  | sed -n 's/^java_default_seconds=//p'; }
for r in $(seq "$rounds"); do
  time_with >> "$t/default"
  time_with -Dshallowlab.vectorBits=256 >> "$t/256"
  time_with -XX:MaxVectorSize=16 >> "$t/128"
  time_with -Dshallowlab.vectorBits=512 >> "$t/512"
done
"$JAVA" --add-modules=jdk.incubator.vector -cp target/shallow-lab.jar shallowlab.bench.TrainingBenchmark 2>&1 | grep -m1 'engine:' || true
python3 - "$t" <<'PY'
import statistics, sys
d = sys.argv[1]
m = {k: statistics.median(float(x) for x in open(f"{d}/{k}")) for k in ("default", "256", "128", "512")}
for k, v in m.items(): print(f"{k:>7}: {v * 1000:.1f} ms (median), {v / m['default']:.2f}x the default, {v / m['256']:.2f}x 256 bits")
PY
