#!/usr/bin/env bash
# Builds the benchmarks and runs them once: JMH floors (raw read, SnakeYAML compose and events,
# Commons Configuration reader) and portcheck's full analysis with 1 and 2 threads, on the same
# generated files. Prints MB/s, files/s and the target ratios.
#   usage: bench/run-bench.sh [files-per-kind] [measurement-iterations] [forks]
# (more forks, a fresh JVM each, average out a noisy machine: 2 takes about 8 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -Pbench -DskipTests -Dinvoker.skip package -pl bench -am
java -jar bench/target/benchmarks.jar bench/target/corpus "${1:-600}" "${2:-5}" "${3:-1}"
