package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.PortNumbers;
import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.model.ListenVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one container of a pod template: its declared ports, probes, image, command and the
 * variables of its environment that wiring needs (addresses, listen and launch variables, host +
 * port pairs, {@code valueFrom.configMapKeyRef} references, the ConfigMaps {@code envFrom} names).
 */
final class ContainerFacts {
  private final Function<LocatedEntry, Loc> loc;
  private final Function<String, String> chartName;
  private final boolean chart;

  /**
   * @param chartName a ConfigMap name as the model keeps it: as written, or a chart's template
   *     text; empty when unknown
   */
  ContainerFacts(
      Function<LocatedEntry, Loc> loc, Function<String, String> chartName, boolean chart) {
    this.loc = loc;
    this.chartName = chartName;
    this.chart = chart;
  }

  /** The container {@code c} of a pod template; {@code fallback} locates it when it has no name. */
  Workload.Container read(KeyTree c, Loc fallback) {
    DeclaredContainerPorts declared = DeclaredContainerPorts.of(c, loc);
    List<Workload.ContainerPort> ports = declared.ports();
    boolean known = declared.known();
    List<Workload.Probe> probes = ContainerProbes.of(c, loc);
    List<Setting> env = new ArrayList<>();
    List<Setting> literalEnv = new ArrayList<>();
    for (KeyTree e : c.at("env").items()) {
      LocatedEntry value = e.at("value").entry();
      String envName = e.value("name");
      if (envName == null) {
        continue;
      }
      if (value != null
          && (!TemplateMask.hasTemplate(value.value())
              || chart && TemplateText.isHostText(value.value()))) {
        literalEnv.add(new Setting(envName, value.value(), loc.apply(value)));
      }
      // Only values that may hold an address, and the launch variables, matter: the rest stays
      // out of the index.
      boolean launch = Launch.VARIABLES.contains(ListenVariables.canonical(envName));
      String keyRef = value == null ? configMapKeyRef(e.at("valueFrom", "configMapKeyRef")) : "";
      if (!keyRef.isEmpty()
          && (launch || ListenVariables.of(envName) != ListenVariables.Kind.OTHER)) {
        env.add(new Setting(envName, keyRef, loc.apply(e.at("name").entry())));
      } else if (launch || value != null && !EnvListeners.ports(envName, value.value()).isEmpty()) {
        LocatedEntry where = value != null ? value : e.at("name").entry();
        env.add(
            new Setting(
                envName,
                value != null ? value.value() : Workload.Container.FROM_ELSEWHERE,
                loc.apply(where)));
      } else if (value != null && PortNumbers.port(value.value()) > 0) {
        // A number an application's placeholder may read as its port (${SERVICE_PORT:8081}).
        env.add(new Setting(envName, value.value(), loc.apply(value)));
      } else if (value != null
          && value.value().indexOf(':') >= 0
          && (!TemplateMask.hasTemplate(value.value()) || chart && dialsChartHost(value.value()))) {
        env.add(new Setting(envName, value.value(), loc.apply(value)));
      }
    }
    env.addAll(HostPortPairs.join(literalEnv));
    String image = c.value("image");
    boolean open = c.at("envFrom").exists() || !c.at("env").fields().isEmpty();
    ContainerCommand command = ContainerCommand.of(c, loc);
    open |= command.mayMoveListeners();
    String name = TemplateText.literal(c.value("name"));
    LocatedEntry at = c.at("name").entry();
    return new Workload.Container(
        name,
        ports,
        known,
        probes,
        env,
        image == null ? "" : image, // as written: a templated one still names its software
        open,
        ListenFlags.of(command.words()),
        command.dials(),
        envFrom(c),
        at == null ? fallback : loc.apply(at));
  }

  /** An address whose host a chart's template text writes, as its Services are named. */
  private static boolean dialsChartHost(String value) {
    return Address.inTemplate(value).stream().anyMatch(a -> TemplateText.isToken(a.host()));
  }

  /**
   * A variable's {@code valueFrom.configMapKeyRef} as the model resolves it once it has read every
   * ConfigMap ({@link Workload.Container#configMapKey}); empty when its ConfigMap or key is
   * unknown.
   */
  private String configMapKeyRef(KeyTree ref) {
    String name = chartName.apply(ref.value("name"));
    String key = TemplateText.literal(ref.value("key"));
    return name.isEmpty() || key.isEmpty() ? "" : Workload.Container.configMapKey(name, key);
  }

  /** The ConfigMaps a container's {@code envFrom} names, literally or by its chart's text. */
  private List<String> envFrom(KeyTree c) {
    List<String> names = new ArrayList<>();
    for (KeyTree from : c.at("envFrom").items()) {
      String name = chartName.apply(from.value("configMapRef", "name"));
      if (!name.isEmpty() && from.value("prefix") == null) {
        names.add(name);
      }
    }
    return names;
  }
}
