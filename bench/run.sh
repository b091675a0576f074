#!/bin/sh
# Times, in one run on this machine: the engine alone (TrainingBenchmark), the engine as the app runs it
# (AppPathBenchmark: trainingMillis of fresh default runs through /api/experiment), the C SIMD reference of the same
# maths when its source is there (C_REF_DIR, default ../shared/bench; built with the flags in its header, timed with
# the cost only where recorded), and the course's numpy loop; prints the ratios.
set -eu
JAVA=${JAVA:-java}   # another JDK: JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/run.sh
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
run_java() { "$JAVA" --add-modules=jdk.incubator.vector -cp target/shallow-lab.jar "$@" 2>/dev/null; }
engine_out=$(run_java shallowlab.bench.TrainingBenchmark); echo "$engine_out"
app_out=$(run_java shallowlab.bench.AppPathBenchmark); echo "$app_out"
py_out=$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_course.py); echo "$py_out"
j=$(echo "$engine_out" | sed -n 's/^java_default_seconds=//p')
a=$(echo "$app_out" | sed -n 's/^app_default_seconds=//p')
p=$(echo "$py_out" | sed -n 's/^numpy_seconds=//p')
python3 -c "print(f'numpy / engine = {$p / $j:.1f}x; numpy / app path = {$p / $a:.1f}x')"
ref=${C_REF_DIR:-../shared/bench}
if [ -f "$ref/limit_simd.c" ] && command -v gcc >/dev/null; then
  t=$(mktemp -d)
  gcc -O3 -march=native -ffast-math -mprefer-vector-width=512 -DEXP_TANH "$ref/limit_simd.c" -lm -o "$t/limit_simd"
  c_out=$(cd "$ref" && "$t/limit_simd" 7 0 | grep '^RESULT'); echo "$c_out"
  c=$(echo "$c_out" | sed -n 's/.* median \([0-9.]*\) max.*/\1/p')
  python3 -c "print(f'engine / C SIMD = {$j / $c:.2f}x; app path / C SIMD = {$a / $c:.2f}x')"
  rm -rf "$t"
else
  echo "C reference not found at $ref (set C_REF_DIR): skipped"
fi
