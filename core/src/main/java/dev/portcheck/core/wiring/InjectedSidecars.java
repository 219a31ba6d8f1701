package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sidecars the platform injects into a pod, which the manifest names only by annotation. Dapr's
 * injector adds {@code daprd} to a pod annotated {@code dapr.io/enabled: "true"}, and the sidecar
 * calls the application at {@code localhost:<dapr.io/app-port>}: the pod shares one network, so
 * that port must be one the pod's containers serve.
 */
public final class InjectedSidecars {
  private InjectedSidecars() {}

  static final String DAPR_APP_PORT = "dapr.io/app-port";

  /** One dial of an injected sidecar that no container of its pod serves. */
  public record Unserved(Setting dial, int port, String declared) {}

  /** The dials the pod template's {@code annotations} tell an injected sidecar to make. */
  static List<Setting> dials(KeyTree annotations, Function<LocatedEntry, Loc> loc) {
    Map<String, KeyTree> fields = annotations.fields();
    KeyTree enabled = fields.get("dapr.io/enabled");
    KeyTree appPort = fields.get(DAPR_APP_PORT);
    if (enabled == null
        || enabled.entry() == null
        || !enabled.entry().value().trim().equalsIgnoreCase("true")
        || appPort == null
        || appPort.entry() == null
        || PortNumbers.port(appPort.entry().value()) < 0) {
      return List.of();
    }
    LocatedEntry e = appPort.entry();
    return List.of(
        new Setting(DAPR_APP_PORT, "localhost:" + PortNumbers.port(e.value()), loc.apply(e)));
  }

  /**
   * The injected dials of {@code w} at a port no container of the pod declares or binds, judged as
   * a Service's one target is: only where the containers declare ports (all of them known), since a
   * container that declares none may serve any.
   */
  public static List<Unserved> unserved(Workload w) {
    if (w.injectedDials().isEmpty()
        || w.containers().stream().anyMatch(c -> !c.portsKnown())
        || w.containers().stream().allMatch(c -> c.ports().isEmpty())) {
      return List.of();
    }
    List<Unserved> out = new ArrayList<>();
    for (Setting s : w.injectedDials()) {
      for (Address a : Address.in(s.value())) {
        int port = a.port();
        boolean served =
            w.containers().stream()
                .anyMatch(
                    c ->
                        c.declaresNumber(port)
                            || c.listenEvidence().stream().anyMatch(l -> l.port() == port));
        if (!served) {
          out.add(new Unserved(s, port, declared(w)));
        }
      }
    }
    return out;
  }

  private static String declared(Workload w) {
    return w.containers().stream()
        .flatMap(c -> c.ports().stream())
        .map(p -> Integer.toString(p.number()))
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
