package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A container's probes: the port each {@code httpGet}, {@code tcpSocket} or {@code grpc} handler
 * names, and the local port an {@code exec} command calls ({@link LocalCalls}).
 */
final class ContainerProbes {
  private ContainerProbes() {}

  static List<Workload.Probe> of(KeyTree c, Function<LocatedEntry, Loc> loc) {
    List<Workload.Probe> probes = new ArrayList<>();
    for (Workload.ProbeKind kind : Workload.ProbeKind.values()) {
      KeyTree probe = c.at(kind.field());
      for (String handler : List.of("httpGet", "tcpSocket", "grpc")) {
        LocatedEntry port = probe.at(handler, "port").entry();
        if (port != null) {
          String path = handler.equals("httpGet") ? probe.value(handler, "path") : null;
          probes.add(
              new Workload.Probe(
                  kind,
                  handler,
                  PortRef.parse(port.value()),
                  path == null || TemplateMask.hasTemplate(path) ? "" : path,
                  loc.apply(port)));
        }
      }
      List<LocatedEntry> exec = new ArrayList<>();
      probe.at("exec", "command").collect(exec);
      for (LocatedEntry word : exec) {
        int port = LocalCalls.port(word.value());
        if (port > 0) {
          probes.add(new Workload.Probe(kind, "exec", PortRef.number(port), loc.apply(word)));
        }
      }
    }
    return probes;
  }
}
