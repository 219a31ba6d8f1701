#!/usr/bin/env bash
# Scans 100,000 generated files in a 256 MB heap and prints the peak heap used.
#   usage: bench/memory-check.sh [files]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bench/target/benchmarks.jar ] || ./mvnw -B -q -ntp -Pbench -DskipTests -Dinvoker.skip package -pl bench -am
java -Xmx256m -cp bench/target/benchmarks.jar dev.portcheck.bench.MemoryCheck \
  bench/target/memory-corpus "${1:-100000}"
