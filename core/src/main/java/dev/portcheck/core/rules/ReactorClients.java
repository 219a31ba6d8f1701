package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.Address;
import dev.portcheck.core.wiring.ConfigMapValues;
import dev.portcheck.core.wiring.KubeService;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.ServiceDns;
import dev.portcheck.core.wiring.Setting;
import dev.portcheck.core.wiring.WiringModel;
import dev.portcheck.core.wiring.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code client-port} across the modules of a build, as monorepos keep each service's manifests in
 * its own module: a client address in one module's container env or ConfigMap whose host is no
 * Service of that module, against the Services that the other modules declare. Each module hands
 * over its Services and its unresolved client addresses; the reporting module indexes the Services
 * by name once, so the cost grows with the number of addresses, not with pairs of modules.
 */
public final class ReactorClients {
  private ReactorClients() {}

  /** A Service as another module's clients need it: its ports, where it is declared. */
  public record ServiceEnd(String name, String namespace, List<Integer> ports, Loc loc) {
    public ServiceEnd {
      ports = List.copyOf(ports);
    }
  }

  /** A client address whose host is no Service of its own module. */
  public record ClientEnd(
      String setting, String host, int port, String namespace, int offset, Loc loc) {}

  /** The module's Services with literal ports. */
  static List<ServiceEnd> services(WiringModel model) {
    List<ServiceEnd> out = new ArrayList<>();
    for (KubeService s : model.services()) {
      // A chart's template text is no name another module can dial.
      if (!s.name().isEmpty() && !s.namedByTemplate() && !s.headless() && !s.hasUnknownPort()) {
        out.add(
            new ServiceEnd(
                s.name(),
                s.namespace(),
                s.ports().stream().map(KubeService.ServicePort::port).toList(),
                s.loc()));
      }
    }
    return out;
  }

  /** The module's client addresses at hosts none of its own Services answers to. */
  static List<ClientEnd> clients(WiringModel model) {
    List<ClientEnd> out = new ArrayList<>();
    for (Workload w : model.workloads()) {
      for (Workload.Container c : w.containers()) {
        for (Setting s : c.env()) {
          add(model, s, w.namespace(), out);
        }
      }
    }
    for (ConfigMapValues m : model.configMaps()) {
      for (Setting s : m.all()) {
        add(model, s, m.namespace(), out);
      }
    }
    return out;
  }

  private static void add(WiringModel model, Setting s, String namespace, List<ClientEnd> out) {
    if (s.value().indexOf(':') < 0) {
      return;
    }
    for (Address a : Address.in(s.value())) {
      if (model.servicesAt(a.host(), namespace, s.loc()).isEmpty()) {
        boolean oneLine = s.value().indexOf('\n') < 0 && s.value().indexOf('\r') < 0;
        out.add(
            new ClientEnd(
                s.name(), a.host(), a.port(), namespace, oneLine ? a.offset() : 0, s.loc()));
      }
    }
  }

  /**
   * Findings for every module's clients against the other modules' Services: a client whose host
   * names Services of other modules (by {@code name} or {@code name.namespace...}) none of which
   * serves its port. {@code rebase} writes a place relative to the reporting module.
   */
  static List<Finding> check(
      List<ReactorWiring.Module> modules, BiFunction<ReactorWiring.Module, Loc, Loc> rebase) {
    Map<String, List<Owned>> byName = new HashMap<>();
    for (ReactorWiring.Module m : modules) {
      for (ServiceEnd s : m.facts().services()) {
        byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(new Owned(m, s));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (ReactorWiring.Module m : modules) {
      for (ClientEnd c : m.facts().clients()) {
        Optional<ServiceDns> dns = ServiceDns.parse(c.host(), c.namespace());
        List<Owned> named = new ArrayList<>();
        for (Owned o :
            dns.isEmpty() ? List.<Owned>of() : byName.getOrDefault(dns.get().name(), List.of())) {
          String namespace = dns.get().namespace();
          boolean sameNamespace =
              namespace.isEmpty()
                  || o.end().namespace().isEmpty()
                  || namespace.equals(o.end().namespace());
          if (o.module() != m && sameNamespace) {
            named.add(o);
          }
        }
        if (named.isEmpty() || named.stream().anyMatch(o -> o.end().ports().contains(c.port()))) {
          continue;
        }
        Owned target = named.get(0);
        Loc at = rebase.apply(m, c.loc());
        Loc service = rebase.apply(target.module(), target.end().loc());
        out.add(
            WiringFindings.of(
                ClientPortRule.INFO,
                ClientPortRule.INFO.defaultSeverity(),
                new Loc(at.file(), at.line(), at.column() + c.offset()),
                c.setting(),
                c.port(),
                "'"
                    + c.setting()
                    + "' dials "
                    + c.host()
                    + ":"
                    + c.port()
                    + ", but Service '"
                    + target.end().name()
                    + "' of module "
                    + target.module().name()
                    + " ("
                    + service
                    + ") serves "
                    + target.end().ports().stream()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("no port"),
                service,
                "Service '" + target.end().name() + "' of module " + target.module().name()));
      }
    }
    return out;
  }

  private record Owned(ReactorWiring.Module module, ServiceEnd end) {}
}
