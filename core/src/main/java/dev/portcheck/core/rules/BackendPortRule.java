package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.Backend;
import dev.portcheck.core.wiring.KubeService;
import dev.portcheck.core.wiring.WiringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An Ingress or Gateway API backend whose port is not a port of the Service it names (a Service
 * port, not a targetPort). Silent when the module holds no such Service or one whose ports are
 * templated.
 */
public final class BackendPortRule implements WiringRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "backend-port",
          Severity.WARNING,
          "Ingress, Gateway, Istio or API server backend port that the Service does not serve",
          "An Ingress backend's service.port (number or name), an HTTPRoute backendRef's port,"
              + " an Istio VirtualService destination's port, an APISIX route backend's"
              + " servicePort, the port of an Emissary Mapping's service, an NGINX VirtualServer,"
              + " VirtualServerRoute or TransportServer upstream's port, and the service port of an"
              + " APIService or an admission or conversion webhook (443 when not written) must be"
              + " one of the Service's own ports, not its targetPort: otherwise the route or the"
              + " API server's call has no backend.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(WiringModel model) {
    List<Finding> out = new ArrayList<>();
    for (Backend b : model.backends()) {
      List<KubeService> named = model.servicesNamed(b.service(), b.namespace(), b.loc());
      if (named.isEmpty()
          || named.stream().anyMatch(KubeService::hasUnknownPort)
          || named.stream().anyMatch(s -> s.serves(b.port()))) {
        continue;
      }
      KubeService s = named.get(0);
      String ports =
          s.ports().stream()
              .map(p -> (p.name().isEmpty() ? "" : "'" + p.name() + "' ") + p.port())
              .collect(Collectors.joining(", "));
      out.add(
          WiringFindings.of(
              INFO,
              INFO.defaultSeverity(),
              b.loc(),
              "port",
              b.port().isNumber() ? b.port().number() : -1,
              b.source()
                  + " backend port "
                  + b.port()
                  + " is not a port of Service '"
                  + s.shownName()
                  + "' ("
                  + s.loc()
                  + "), which serves "
                  + (ports.isEmpty() ? "no port" : ports),
              s.loc(),
              "Service '" + s.shownName() + "'"));
    }
    return out;
  }
}
