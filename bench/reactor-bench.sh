#!/usr/bin/env bash
# How portcheck's cost grows with the modules of a reactor. Generates reactors of N modules, each
# with its own Kubernetes manifests (a Deployment and a Service on port 80NN) and a ConfigMap whose
# client address dials the next module's Service: the cross-module check reads every module's
# summary. Times `mvn verify` with portcheck and with -Dportcheck.skip=true (Maven's own cost) at
# each size, and prints portcheck's added cost per module between the smallest and largest size.
#   usage: bench/reactor-bench.sh [sizes] [runs]     (default "50 200" and 2)
# Installs portcheck into the local repository first (MAVEN_REPO_LOCAL, default ~/.m2/repository).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-50 200}"
runs="${2:-2}"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
work="bench/target/reactor"
./mvnw -B -q -ntp install -DskipTests -Dinvoker.skip -Dspotbugs.skip=true -Dmaven.repo.local="$repo" -pl core,plugin -am
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
generate() { # dir, modules
  local dir="$1" n="$2" i next
  rm -rf "$dir" && mkdir -p "$dir"
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '<groupId>bench</groupId><artifactId>reactor</artifactId><version>1</version><packaging>pom</packaging><modules>'
    for i in $(seq 1 "$n"); do echo "<module>m$i</module>"; done
    echo '</modules><build><plugins><plugin><groupId>dev.portcheck</groupId><artifactId>portcheck-maven-plugin</artifactId>'
    echo "<version>$version</version><executions><execution><goals><goal>verify</goal></goals></execution></executions>"
    echo '<configuration><failOnSeverity>none</failOnSeverity></configuration></plugin></plugins></build></project>'
  } > "$dir/pom.xml"
  for i in $(seq 1 "$n"); do
    next=$(( i % n + 1 ))
    mkdir -p "$dir/m$i/k8s"
    echo "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion><parent><groupId>bench</groupId><artifactId>reactor</artifactId><version>1</version></parent><artifactId>m$i</artifactId><packaging>pom</packaging></project>" > "$dir/m$i/pom.xml"
    cat > "$dir/m$i/k8s/app.yaml" <<YAML
apiVersion: apps/v1
kind: Deployment
metadata: {name: m$i}
spec:
  selector: {matchLabels: {app: m$i}}
  template:
    metadata: {labels: {app: m$i}}
    spec:
      containers:
        - name: m$i
          image: example/m$i:1
          ports: [{containerPort: $(( 8000 + i ))}]
---
apiVersion: v1
kind: Service
metadata: {name: m$i}
spec:
  selector: {app: m$i}
  ports: [{port: $(( 8000 + i ))}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: m$i-config}
data:
  NEXT_URL: http://m$next:$(( 8000 + next ))/api
YAML
  done
}
seconds() { awk '/Elapsed \(wall clock\)/ {n=split($NF,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }
command -v /usr/bin/time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
declare -A cost
for n in $sizes; do
  generate "$work/r$n" "$n"
  ./mvnw -B -q -o -Dmaven.repo.local="$repo" -f "$work/r$n/pom.xml" verify -Dportcheck.skip=true > /dev/null # warm the files
  total=0
  for r in $(seq 1 "$runs"); do
    find "$work/r$n" -name target -type d -prune -exec rm -rf {} +
    /usr/bin/time -v ./mvnw -B -q -o -Dmaven.repo.local="$repo" -f "$work/r$n/pom.xml" verify > "$work/r$n.log" 2> "$work/r$n.time"
    with=$(seconds "$work/r$n.time")
    /usr/bin/time -v ./mvnw -B -q -o -Dmaven.repo.local="$repo" -f "$work/r$n/pom.xml" verify -Dportcheck.skip=true > /dev/null 2> "$work/r$n.skip.time"
    without=$(seconds "$work/r$n.skip.time")
    printf '%4d modules, run %d: verify %6.2f s, portcheck.skip=true %6.2f s, portcheck %6.2f s\n' "$n" "$r" "$with" "$without" "$(awk -v a="$with" -v b="$without" 'BEGIN{print a-b}')"
    total=$(awk -v t="$total" -v a="$with" -v b="$without" 'BEGIN{print t+a-b}')
  done
  cost[$n]=$(awk -v t="$total" -v r="$runs" 'BEGIN{print t/r}')
  grep -q "m1/k8s" "$work/r$n.log" && echo "  (findings in the log: the generated wiring is meant to be clean)" || true
done
first=$(echo $sizes | awk '{print $1}'); last=$(echo $sizes | awk '{print $NF}')
awk -v a="${cost[$first]}" -v b="${cost[$last]}" -v f="$first" -v l="$last" \
  'BEGIN { printf "portcheck per module added between %d and %d modules: %.1f ms (mean of runs)\n", f, l, 1000 * (b - a) / (l - f) }'
