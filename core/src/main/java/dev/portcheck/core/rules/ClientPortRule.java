package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.Address;
import dev.portcheck.core.wiring.ConfigMapValues;
import dev.portcheck.core.wiring.EdgeState;
import dev.portcheck.core.wiring.InjectedSidecars;
import dev.portcheck.core.wiring.KubeService;
import dev.portcheck.core.wiring.KubernetesAppSettings;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.PodLoopback;
import dev.portcheck.core.wiring.ServiceDials;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A client address in a container's env, its command line or a ConfigMap ({@code host:port}, a URL)
 * whose host is a Service of the module by a Kubernetes DNS name, at a port that Service does not
 * serve; for a headless Service, at a port its pods do not declare ({@link ServiceDials}); and a
 * loopback address no container of its own pod listens on ({@link PodLoopback}), also one that a
 * sidecar the platform injects dials ({@link InjectedSidecars}: Dapr's app port). Silent for hosts
 * that are no Service of the module, and for Services with templated ports.
 */
public final class ClientPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "client-port",
          Severity.WARNING,
          "client address at a port the Service does not serve",
          "An env var or ConfigMap value that dials a Service of the module (name, name.ns,"
              + " name.ns.svc, name.ns.svc.cluster.local) at a port that is not one of the"
              + " Service's ports: the connection is refused or times out.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : model.workloads()) {
      for (Workload.Container c : w.containers()) {
        for (Setting s : c.env()) {
          check(model, s, w.namespace(), true, "", out);
        }
        for (Setting s : c.dials()) {
          check(model, s, w.namespace(), true, "", out);
        }
      }
      for (PodLoopback.Unserved u : PodLoopback.of(w)) {
        out.add(loopback(w, u));
      }
      for (InjectedSidecars.Unserved u : InjectedSidecars.unserved(w)) {
        out.add(injected(w, u));
      }
    }
    // An application's own configuration, read by the containers that run it: said once per value.
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (KubernetesAppSettings.Read r : model.kubernetesAppSettings()) {
      if (seen.add(r.setting().loc() + "\t" + r.setting().name())) {
        String runner =
            " of the application that container '"
                + r.container().name()
                + "' of "
                + r.workload().describe()
                + " ("
                + r.container().loc()
                + ") runs";
        check(model, r.setting(), r.workload().namespace(), true, runner, out);
      }
    }
    for (ConfigMapValues m : model.configMaps()) {
      for (Setting s : m.data()) {
        check(model, s, m.namespace(), true, "", out);
      }
      for (Setting s : m.decoded()) {
        check(model, s, m.namespace(), false, "", out);
      }
      for (Setting s : m.fromFiles()) {
        check(model, s, m.namespace(), true, "", out);
      }
    }
    return out;
  }

  /**
   * @param asWritten false for a value decoded from what the file holds (a Secret's base64): its
   *     address then has no column of its own
   * @param runner who reads a setting of an application's own file, for the message; empty else
   */
  private static void check(
      WiringModel model,
      Setting s,
      String namespace,
      boolean asWritten,
      String runner,
      List<Finding> out) {
    for (Address a : Address.dialedInTemplate(s.value())) {
      List<KubeService> named = model.servicesAt(a.host(), namespace, s.loc());
      if (named.isEmpty()) {
        continue;
      }
      // The graph draws the same verdict: a broken edge is exactly a finding here.
      List<ServiceDials.Verdict> verdicts = new ArrayList<>();
      for (KubeService k : named) {
        verdicts.add(ServiceDials.dial(model, k, a.port()));
      }
      if (verdicts.stream().anyMatch(v -> v.state() != EdgeState.BROKEN)) {
        continue;
      }
      KubeService k = named.get(0);
      String why = why(k, verdicts.get(0).podPorts());
      boolean oneLine = asWritten && s.value().indexOf('\n') < 0 && s.value().indexOf('\r') < 0;
      Loc at =
          oneLine
              ? new Loc(s.loc().file(), s.loc().line(), s.loc().column() + a.offset())
              : s.loc();
      out.add(
          WiringFindings.of(
              INFO,
              INFO.defaultSeverity(),
              at,
              s.name(),
              a.port(),
              "'" + s.name() + "'" + runner + " dials " + a.shown() + ", but " + why,
              k.loc(),
              "Service '" + k.name() + "'"));
    }
  }

  private static Finding loopback(Workload w, PodLoopback.Unserved u) {
    Setting s = u.setting();
    return WiringFindings.of(
        INFO,
        INFO.defaultSeverity(),
        s.loc(),
        s.name(),
        u.address().port(),
        "'"
            + s.name()
            + "' dials "
            + u.address().host()
            + ":"
            + u.address().port()
            + ", the pod's own network, but no container of "
            + w.describe()
            + " listens there: "
            + u.listeners(),
        w.loc(),
        w.describe());
  }

  private static Finding injected(Workload w, InjectedSidecars.Unserved u) {
    Setting s = u.dial();
    return WiringFindings.of(
        INFO,
        INFO.defaultSeverity(),
        s.loc(),
        s.name(),
        u.port(),
        "the sidecar that Dapr injects calls the app at localhost:"
            + u.port()
            + " ('"
            + s.name()
            + "'), but no container of "
            + w.describe()
            + " declares or binds "
            + u.port()
            + ": they declare "
            + u.declared(),
        w.loc(),
        w.describe());
  }

  /** Why the dial reaches no listener: the Service's ports, or a headless Service's pods' ports. */
  private static String why(KubeService k, List<Workload.ContainerPort> podPorts) {
    String service = "Service '" + k.name() + "' (" + k.loc() + ")";
    if (!k.headless()) {
      String ports =
          k.ports().stream().map(p -> Integer.toString(p.port())).collect(Collectors.joining(", "));
      return service + " serves " + (ports.isEmpty() ? "no port" : ports);
    }
    return "headless "
        + service
        + " resolves to its pods, which clients reach at the port they dial, and they declare "
        + podPorts.stream()
            .map(p -> p.number() + " (" + p.loc() + ")")
            .distinct()
            .collect(Collectors.joining(", "));
  }
}
