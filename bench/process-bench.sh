#!/usr/bin/env bash
# Whole-process timing: `mvn portcheck:verify` on a generated project, cold and again unchanged
# (incremental index), with peak RSS from /usr/bin/time -v; then portcheck against
# `yamllint -d relaxed` on the same YAML files, both timed the same way.
#   usage: bench/process-bench.sh [files] [heap-files]
#     files: 20000 by default (about 70 MB); heap-files: also run mvn portcheck:verify on that many
#     files in MAVEN_OPTS=-Xmx256m (0, the default, leaves it out: 100000 takes minutes)
# Prints the four targets of a cold run as ratios: analysis (verify minus a portcheck.skip=true run)
# against the cold-JVM floor (bench ColdFloor), unchanged re-run against cold analysis (the plugin's
# own figure, and the whole process beyond a portcheck.skip=true run), yamllint
# against the whole mvn portcheck:verify, and whether the heap run passed; beside the first, the
# engine alone in a fresh JVM (bench ColdEngine) against the same floor.
# Installs portcheck into Maven's local repository first (~/.m2 unless told otherwise: every Maven
# command here takes MAVEN_ARGS, e.g. MAVEN_ARGS=-Dmaven.repo.local=/some/repo keeps it out of
# ~/.m2), and Debian's `time` and `yamllint` when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-20000}"
heapfiles="${2:-0}"
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
seconds() { # label: the wall time of a measured command, in seconds
  grep 'Elapsed (wall clock)' "$work/$1.time" | awk '{n=split($NF,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
measure "maven, portcheck.skip=true" ./mvnw "${args[@]}" -Dportcheck.skip=true
rm -rf "$work/project/target"
measure "portcheck cold" ./mvnw "${args[@]}"
measure "portcheck unchanged re-run" ./mvnw "${args[@]}"
measure "cold floor (fresh JVM)" java -cp bench/target/benchmarks.jar dev.portcheck.bench.ColdFloor "$work/project"
measure "engine alone (fresh JVM)" java -cp bench/target/benchmarks.jar dev.portcheck.bench.ColdEngine "$work/project"
cold=$(analysis_ms "portcheck cold"); rerun=$(analysis_ms "portcheck unchanged re-run")
echo "analysis: cold ${cold} ms, unchanged re-run ${rerun} ms = $(( 100 * rerun / cold ))% of cold"
find "$work/project" -name '*.yml' -o -name '*.yaml' > "$work/yaml-files.txt"
echo "YAML: $(wc -l < "$work/yaml-files.txt") files, $(tr '\n' '\0' < "$work/yaml-files.txt" | xargs -0 cat | wc -c) bytes"
measure "portcheck YAML only, cold" ./mvnw -B -q -o -f "$work/project/pom.xml" "$goal" \
  -Dportcheck.failOnSeverity=none "-Dportcheck.includes=**/*.yml,**/*.yaml" -Dportcheck.incremental=false
measure "yamllint -d relaxed" sh -c "xargs yamllint -d relaxed < '$work/yaml-files.txt'"
whole=$(seconds "portcheck cold"); skip=$(seconds "maven, portcheck.skip=true")
floor=$(seconds "cold floor (fresh JVM)")
analysis=$(awk -v a="$whole" -v b="$skip" 'BEGIN { printf "%.2f", a - b }')
echo
echo "targets (ratios of this run):"
echo "  analysis in the process / cold-JVM floor:  ${analysis} s / ${floor} s = $(ratio "$analysis" "$floor")x (target <= 1.00)"
engine=$(seconds "engine alone (fresh JVM)")
echo "  (engine alone in a fresh JVM / floor:     ${engine} s / ${floor} s = $(ratio "$engine" "$floor")x: no Maven, index or reports)"
echo "  unchanged re-run / cold analysis:          $(ratio "$rerun" "$cold")x (target <= 0.10)"
again=$(seconds "portcheck unchanged re-run")
echo "  whole-process unchanged re-run / cold, each minus the skip run: $(awk -v r="$again" -v c="$whole" -v s="$skip" 'BEGIN { printf "%.2f", (r - s) / (c - s) }')x (target <= 0.10)"
echo "  yamllint -d relaxed / mvn portcheck:verify: $(ratio "$(seconds "yamllint -d relaxed")" "$(seconds "portcheck YAML only, cold")")x (target >= 20)"
if [ "$heapfiles" -gt 0 ]; then
  rm -rf "$work/heap" && java -cp bench/target/benchmarks.jar dev.portcheck.bench.CorpusGenerator "$work/heap" "$heapfiles" 7 1,1,1,1
  cp "$work/project/pom.xml" "$work/heap/pom.xml"
  if MAVEN_OPTS=-Xmx256m measure "portcheck, ${heapfiles} files, -Xmx256m" ./mvnw -B -o -f "$work/heap/pom.xml" "$goal" \
      -Dportcheck.failOnSeverity=none "-Dportcheck.includes=**/*.properties,**/*.yml,**/*.yaml" \
      && grep -q "BUILD SUCCESS" "$work/portcheck, ${heapfiles} files, -Xmx256m.log"; then
    echo "  heap: ${heapfiles} files in -Xmx256m: passed"
  else
    echo "  heap: ${heapfiles} files in -Xmx256m: FAILED (see $work)"
  fi
else
  echo "  heap: not run (bench/process-bench.sh $files 100000 runs it)"
fi
