package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The ports a container declares ({@code ports[].containerPort}, name, protocol).
 *
 * @param known false when a port's number is templated or no number: more may be declared
 */
record DeclaredContainerPorts(List<Workload.ContainerPort> ports, boolean known) {
  static DeclaredContainerPorts of(KeyTree c, Function<LocatedEntry, Loc> loc) {
    List<Workload.ContainerPort> ports = new ArrayList<>();
    KeyTree portList = c.at("ports");
    boolean known = !portList.anyTemplated();
    for (KeyTree p : portList.items()) {
      LocatedEntry number = p.at("containerPort").entry();
      PortRef n = number == null ? PortRef.UNKNOWN : PortRef.parse(number.value());
      if (!n.isNumber()) {
        known = false;
        continue;
      }
      String portName = p.value("name");
      ports.add(
          new Workload.ContainerPort(
              n.number(),
              portName == null ? "" : portName,
              Protocol.declared(p.value("protocol")),
              loc.apply(number)));
    }
    return new DeclaredContainerPorts(List.copyOf(ports), known);
  }
}
