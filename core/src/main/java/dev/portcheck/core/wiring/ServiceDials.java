package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a client that dials a Service by its DNS name at a port reaches a listener. A Service
 * with a cluster IP forwards only its own ports. A headless Service ({@code clusterIP: None}) has
 * no proxy: its name resolves to the selected pods' addresses, so the client reaches a pod at the
 * very port it dials, and that port must be one the pods serve: the Service's own port mapping does
 * not apply.
 */
public final class ServiceDials {
  private ServiceDials() {}

  /**
   * The verdict on a dial of {@code service} at {@code port}; with its evidence for a headless
   * Service (the ports its pods declare, in {@link Verdict#podPorts}).
   */
  public static Verdict dial(WiringModel model, KubeService service, int port) {
    if (service.hasUnknownPort()) {
      return Verdict.UNKNOWN;
    }
    if (!service.headless()) {
      return service.serves(PortRef.number(port))
          ? Verdict.OK
          : new Verdict(EdgeState.BROKEN, List.of());
    }
    // A headless Service that maps the port to itself says its pods serve it (service-target-port
    // judges that); one that maps it elsewhere says the pods listen there, not at the dialed port.
    for (KubeService.ServicePort p : service.ports()) {
      if (p.port() == port && p.target().isNumber() && p.target().number() == port) {
        return Verdict.OK;
      }
    }
    WiringModel.Selection selection = model.selected(service);
    if (selection.workloads().isEmpty() || !selection.certain()) {
      return Verdict.UNKNOWN;
    }
    List<Workload.ContainerPort> declared = new ArrayList<>();
    for (Workload w : selection.workloads()) {
      for (Workload.Container c : w.containers()) {
        // A launch that may set its own port, or ports that may be more than those read, leave
        // the pod's listeners unknown.
        if (!c.portsKnown() || c.launchOpen()) {
          return Verdict.UNKNOWN;
        }
        if (c.ports().stream().anyMatch(p -> p.number() == port)
            || c.listenEvidence().stream().anyMatch(l -> l.port() == port)) {
          return Verdict.OK;
        }
        declared.addAll(c.ports());
      }
    }
    return declared.isEmpty() ? Verdict.UNKNOWN : new Verdict(EdgeState.BROKEN, declared);
  }

  /**
   * How a dial ends, and for a headless Service the ports its pods declare instead.
   *
   * @param podPorts the selected pods' declared ports when a headless Service's pods serve none of
   *     the dialed port; empty otherwise
   */
  public record Verdict(EdgeState state, List<Workload.ContainerPort> podPorts) {
    static final Verdict OK = new Verdict(EdgeState.OK, List.of());
    static final Verdict UNKNOWN = new Verdict(EdgeState.UNKNOWN, List.of());

    public Verdict {
      podPorts = List.copyOf(podPorts);
    }
  }
}
