#!/usr/bin/env bash
# Builds the jars twice from clean and compares them byte for byte (project.build.outputTimestamp
# makes the archives reproducible). Exit code 0 when every jar is identical.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for run in 1 2; do
  ./mvnw -B -q -ntp clean package -Prelease -DskipTests -Dinvoker.skip >/dev/null
  mkdir -p "$out/$run"
  find core/target plugin/target -maxdepth 1 -name '*.jar' -exec cp {} "$out/$run/" \;
done
status=0
for jar in "$out"/1/*.jar; do
  name="$(basename "$jar")"
  if cmp -s "$jar" "$out/2/$name"; then
    echo "reproducible: $name $(sha256sum "$jar" | cut -c1-16)"
  else
    echo "DIFFERS: $name"
    status=1
  fi
done
exit $status
