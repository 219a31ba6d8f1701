#!/usr/bin/env bash
# Fetches the Maven distributions the compatibility runs use, from Maven Central through the
# wrapper's own Maven, into a cache outside the project; prints the Maven home for a version.
#   usage: .ci/mavens.sh 3.6.3
set -euo pipefail
version="$1"
cache="${PORTCHECK_MAVEN_CACHE:-$HOME/.cache/portcheck-mavens}"
home="$cache/apache-maven-$version"
if [ ! -x "$home/bin/mvn" ]; then
  mkdir -p "$cache"
  "$(dirname "$0")/../mvnw" -B -q -ntp dependency:copy \
    -Dartifact="org.apache.maven:apache-maven:$version:zip:bin" -DoutputDirectory="$cache" >&2
  (cd "$cache" && unzip -q -o "apache-maven-$version-bin.zip" && rm -f "apache-maven-$version-bin.zip")
fi
echo "$home"
