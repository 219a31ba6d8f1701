package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.Protocol;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes Service.
 *
 * @param selector the literal selector labels; empty for a Service without selector
 * @param selectorKnown false when a selector label was templated
 * @param headless true for {@code clusterIP: None}: its name resolves to the pods, so clients dial
 *     container ports and the Service's own ports are nominal
 * @param loc where the object's {@code kind} is written
 * @param labels the Service's own literal labels ({@code metadata.labels}), which a ServiceMonitor
 *     selects it by
 * @param labelsKnown false when a label was templated: the Service may match any selector
 */
public record KubeService(
    String name,
    String namespace,
    Map<String, String> selector,
    boolean selectorKnown,
    boolean headless,
    List<ServicePort> ports,
    Loc loc,
    Map<String, String> labels,
    boolean labelsKnown) {

  public KubeService {
    selector = Map.copyOf(selector);
    ports = List.copyOf(ports);
    labels = Map.copyOf(labels);
  }

  /** A Service whose own labels are not known. */
  public KubeService(
      String name,
      String namespace,
      Map<String, String> selector,
      boolean selectorKnown,
      boolean headless,
      List<ServicePort> ports,
      Loc loc) {
    this(name, namespace, selector, selectorKnown, headless, ports, loc, Map.of(), false);
  }

  /**
   * One port of the Service.
   *
   * @param port the Service's own port, -1 when templated
   * @param target the targetPort, already defaulted to {@code port} when absent or 0
   * @param targetLoc where the targetPort is written, or the port when it is absent
   * @param targetWritten false when the targetPort is absent or 0, so the port is the target
   */
  public record ServicePort(
      String name,
      int port,
      PortRef target,
      Protocol protocol,
      Loc loc,
      Loc targetLoc,
      boolean targetWritten) {}

  /**
   * How messages name the Service: {@code Service 'web'}, or by its place too when a chart
   * templates its name ({@code Service '{{ include "web.fullname" . }}' at
   * chart/templates/service.yaml:4}, {@code Service at ...} when even the text is unknown).
   */
  public String describe() {
    if (name.isEmpty()) {
      return "Service at " + loc;
    }
    return namedByTemplate() ? "Service '" + shownName() + "' at " + loc : "Service '" + name + "'";
  }

  /** True when a chart names the Service by template text, which no client can dial as written. */
  public boolean namedByTemplate() {
    return TemplateText.isToken(name);
  }

  /** The name as written: a chart's template text without the chart it is read in. */
  public String shownName() {
    return TemplateText.written(name);
  }

  /** True when this Service serves {@code port} (or port-name {@code name}). */
  public boolean serves(PortRef ref) {
    return ports.stream()
        .anyMatch(
            p ->
                ref.isNumber()
                    ? p.port() == ref.number()
                    : ref.isName() && ref.name().equals(p.name()));
  }

  /** True when a port of the Service could not be read, so it may serve anything. */
  public boolean hasUnknownPort() {
    return ports.stream().anyMatch(p -> p.port() < 0);
  }
}
