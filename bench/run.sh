#!/bin/sh
# Builds the jar, times the Java trainer and the course's numpy loop in the same run, prints numpy/java.
set -eu
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
java_out=$(java --add-modules=jdk.incubator.vector -cp target/shallow-lab.jar shallowlab.bench.TrainingBenchmark 2>/dev/null)
echo "$java_out"
py_out=$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_course.py)
echo "$py_out"
j=$(echo "$java_out" | sed -n 's/^java_default_seconds=//p')
p=$(echo "$py_out" | sed -n 's/^numpy_seconds=//p')
python3 -c "print(f'numpy_time / java_time = {$p / $j:.1f}x')"
