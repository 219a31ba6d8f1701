#!/usr/bin/env bash
# Holds the one model to its word on real projects: runs the installed plugin on each project tree
# under ROOT (default ../shared/real/trees; a tree without a pom gets a wrapper pom and each of its
# Maven modules is run too, as ../shared/real/check.sh does), then checks every portcheck.json:
#   - each port a wiring node lists from the files (wiring.nodes[].listeners) is a setting of the
#     reactor's port inventory (`ports`) at the very file and line the listener names;
#   - each listen port that a compose, Kubernetes or Helm values setting binds in a container or a
#     pod is a listener of some node, in that file.
# Usage (from the project root, after ./mvnw -B install -DskipTests -Dinvoker.skip):
#   tools/model-consistency.sh [ROOT]
# Prints the counts and each disagreement; exits 1 when there is one.
set -euo pipefail
PROJECT=$(pwd)
ROOT=${1:-$PROJECT/../shared/real/trees}
MVN="$PROJECT/mvnw"
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$PROJECT/pom.xml" | head -1)
GOAL="dev.portcheck:portcheck-maven-plugin:$VERSION:verify"
ARGS=(-B -q -Dportcheck.failOnSeverity=none -Dportcheck.formats=json -Dportcheck.incremental=false)
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
for t in "$ROOT"/*/; do
  w="$WORK/$(basename "$t")"; cp -a "$t" "$w"
  if [ ! -f "$w/pom.xml" ]; then
    printf '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>check</groupId><artifactId>root</artifactId><version>1</version><packaging>pom</packaging></project>' >"$w/pom.xml"
    (cd "$w" && "$MVN" "${ARGS[@]}" "$GOAL" >/dev/null)
    find "$w" -mindepth 2 -name pom.xml -not -path "$w/*/src/*" | sort | while read -r pom; do
      d=$(dirname "$pom")
      case "$d" in "$w"/*/*/*) [ -f "$(dirname "$d")/pom.xml" ] && continue;; esac
      (cd "$d" && "$MVN" "${ARGS[@]}" "$GOAL" >/dev/null)
    done
  else
    (cd "$w" && "$MVN" "${ARGS[@]}" "$GOAL" >/dev/null)
  fi
done
python3 - "$WORK" <<'PY'
import collections, json, os, sys
work = sys.argv[1]
def reports(tree):
    for d, _, files in os.walk(tree):
        if d.endswith(os.path.join("target", "portcheck")) and "portcheck.json" in files:
            yield os.path.dirname(os.path.dirname(d)), json.load(open(os.path.join(d, "portcheck.json")))
count = collections.Counter(); bad = []
for name in sorted(os.listdir(work)):
    tree = os.path.join(work, name)
    at = collections.defaultdict(set)  # (absolute file, line) -> ports, over every module
    for mod, rep in reports(tree):
        for e in rep.get("ports", []):
            at[(os.path.normpath(os.path.join(mod, e["file"])), e["line"])].update(e["ports"])
    for mod, rep in reports(tree):
        where = lambda f: os.path.normpath(os.path.join(mod, f))
        listed = set()
        for n in rep.get("wiring", {}).get("nodes", []):
            count["image-documented ports, no setting"] += len(n.get("imagePorts", []))
            for l in n["listeners"]:
                count["node ports"] += 1
                listed.add((l["file"], l["port"]))
                if l["port"] in at[(where(l["file"]), l["line"])]:
                    count["node ports in the inventory at their place"] += 1
                else:
                    bad.append(f"{os.path.relpath(where(l['file']), work)}:{l['line']} {n['id']} lists {l['port']}, the inventory does not")
        for e in rep.get("ports", []):
            if e["role"] == "listen" and e["binding"] in ("container", "pod") and e["kind"] in ("compose", "kubernetes", "helm-values"):
                for p in e["ports"]:
                    count["listen ports bound in a container or pod"] += 1
                    if (e["file"], p) in listed:
                        count["  of them on a node"] += 1
                    else:
                        bad.append(f"{os.path.relpath(where(e['file']), work)}:{e['line']} {e['key']} binds {p} on no node")
for k, v in count.items():
    print(f"{k}: {v}")
print("\n".join(bad) if bad else "no disagreement")
sys.exit(1 if bad else 0)
PY
