#!/usr/bin/env bash
# Whole-process timing: `mvn portcheck:verify` on a generated project, cold and again unchanged
# (incremental index), with peak RSS from /usr/bin/time -v; then portcheck against
# `yamllint -d relaxed` on the same YAML files, both timed the same way.
#   usage: bench/process-bench.sh [files]     (20000 by default; about 70 MB)
# Installs portcheck into ~/.m2 first, and Debian's `time` and `yamllint` when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-20000}"
work="bench/target/process"
for tool in /usr/bin/time:time yamllint:yamllint; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${tool##*:}" >/dev/null; }
done
./mvnw -B -q -ntp install -DskipTests -Dinvoker.skip -Pbench -pl core,plugin,bench -am
rm -rf "$work" && mkdir -p "$work"
java -cp bench/target/benchmarks.jar dev.portcheck.bench.CorpusGenerator "$work/project" "$files" 42 1,1,1,1
cat > "$work/project/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>process-bench</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
</project>
POM
goal="dev.portcheck:portcheck-maven-plugin:0.1.0-SNAPSHOT:verify"
args=(-B -o -f "$work/project/pom.xml" "$goal" -Dportcheck.failOnSeverity=none
      "-Dportcheck.includes=**/*.properties,**/*.yml,**/*.yaml")
measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -v "$@" > "$work/$label.log" 2> "$work/$label.time" || true
  printf '%-28s %8s s  peak RSS %7s MB\n' "$label" \
    "$(grep 'Elapsed (wall clock)' "$work/$label.time" | awk '{print $NF}')" \
    "$(( $(grep 'Maximum resident' "$work/$label.time" | awk '{print $NF}') / 1024 ))"
}
analysis_ms() { # the plugin's own figure: index load, scan, cross-file rules, index save
  sed -n 's/.*incremental index: .*; analysis \([0-9]*\) ms.*/\1/p' "$work/$1.log"
}
# Not quiet (-q): the incremental runs print their analysis time in the log.
measure "portcheck cold" ./mvnw "${args[@]}"
measure "portcheck unchanged re-run" ./mvnw "${args[@]}"
cold=$(analysis_ms "portcheck cold"); rerun=$(analysis_ms "portcheck unchanged re-run")
echo "analysis: cold ${cold} ms, unchanged re-run ${rerun} ms = $(( 100 * rerun / cold ))% of cold"
find "$work/project" -name '*.yml' -o -name '*.yaml' > "$work/yaml-files.txt"
echo "YAML: $(wc -l < "$work/yaml-files.txt") files, $(tr '\n' '\0' < "$work/yaml-files.txt" | xargs -0 cat | wc -c) bytes"
measure "portcheck YAML only, cold" ./mvnw -B -q -o -f "$work/project/pom.xml" "$goal" \
  -Dportcheck.failOnSeverity=none "-Dportcheck.includes=**/*.yml,**/*.yaml" -Dportcheck.incremental=false
measure "yamllint -d relaxed" sh -c "xargs yamllint -d relaxed < '$work/yaml-files.txt'"
