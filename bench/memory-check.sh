#!/usr/bin/env bash
# Scans 100,000 generated files in a 256 MB heap, writes portcheck.json, and prints the peak heap
# and the largest heap left after a garbage collection (the live set), from the JVM's GC log.
#   usage: bench/memory-check.sh [files] [heap]
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-100000}"
heap="${2:-256m}"
[ -f bench/target/benchmarks.jar ] || ./mvnw -B -q -ntp -Pbench -DskipTests -Dinvoker.skip package -pl bench -am
log="bench/target/memory-check-gc.log"
java "-Xmx$heap" "-Xlog:gc:file=$log" -cp bench/target/benchmarks.jar dev.portcheck.bench.MemoryCheck \
  "bench/target/memory-corpus-$files" "$files"
# G1 logs "Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(256M) 12.345ms": take the largest "after"
awk 'match($0, /[0-9]+M->[0-9]+M/) { split(substr($0, RSTART, RLENGTH), m, "->"); sub("M", "", m[2]);
       if (m[2] + 0 > max) max = m[2] + 0; n++ }
     END { printf "GC log: %d collections, largest heap after a collection %d MB (-Xmx'"$heap"')\n", n, max }' "$log"
