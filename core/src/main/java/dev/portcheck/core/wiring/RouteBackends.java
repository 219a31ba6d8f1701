package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.List;
import java.util.function.Function;

/**
 * The Service backends an Ingress, a Gateway API route or a proxy's route object (APISIX, Emissary,
 * Traefik, Contour, NGINX Inc.'s VirtualServer) sends to: a Service by literal name and a port by
 * number or name. A reference to another kind ({@code kind}/{@code group} set) is none.
 */
final class RouteBackends {
  private final List<Backend> out;
  private final Function<LocatedEntry, Loc> loc;
  private final Function<String, String> serviceName;

  /**
   * @param serviceName a Service name as the model keeps it: as written, or a chart's template
   *     text; empty when unknown
   */
  RouteBackends(
      List<Backend> out, Function<LocatedEntry, Loc> loc, Function<String, String> serviceName) {
    this.out = out;
    this.loc = loc;
    this.serviceName = serviceName;
  }

  /** Finds {@code backend} and {@code defaultBackend} mappings anywhere below an Ingress spec. */
  void ingress(KeyTree node, String namespace) {
    LocatedEntry service = node.at("service", "name").entry();
    if (service != null) {
      LocatedEntry number = node.at("service", "port", "number").entry();
      LocatedEntry portName = node.at("service", "port", "name").entry();
      backend("Ingress", service, namespace, number != null ? number : portName);
    }
    LocatedEntry legacy = node.at("serviceName").entry();
    if (legacy != null) {
      backend("Ingress", legacy, namespace, node.at("servicePort").entry());
    }
    node.fields().values().forEach(n -> ingress(n, namespace));
    node.items().forEach(n -> ingress(n, namespace));
  }

  /**
   * An APISIX route's {@code backends}: a Service by name and one of its ports by number or name.
   */
  void apisix(KeyTree o, String namespace) {
    for (KeyTree http : o.at("spec", "http").items()) {
      for (KeyTree b : http.at("backends").items()) {
        backend("ApisixRoute", b.at("serviceName").entry(), namespace, b.at("servicePort").entry());
      }
    }
  }

  /**
   * An Emissary (Ambassador) {@code Mapping}'s {@code service}, {@code [scheme://]name[.namespace]
   * [:port]}: judged where it writes a port and names a Service by a Kubernetes DNS name.
   */
  void ambassador(KeyTree o, String namespace) {
    LocatedEntry service = o.at("spec", "service").entry();
    if (service == null || TemplateMask.hasTemplate(service.value())) {
      return;
    }
    String target = service.value().trim();
    int scheme = target.indexOf("://");
    target = scheme >= 0 ? target.substring(scheme + 3) : target;
    int colon = target.lastIndexOf(':');
    if (colon <= 0 || target.indexOf('/') >= 0) {
      return;
    }
    PortRef port = PortRef.parse(target.substring(colon + 1));
    java.util.Optional<ServiceDns> dns = ServiceDns.parse(target.substring(0, colon), namespace);
    if (port.isNumber() && dns.isPresent()) {
      out.add(
          new Backend(
              "Mapping", dns.get().name(), dns.get().namespace(), port, loc.apply(service)));
    }
  }

  /**
   * A Traefik {@code IngressRoute}, {@code IngressRouteTCP} or {@code IngressRouteUDP}: each
   * route's {@code services}, a Service by name and one of its ports by number or name; a {@code
   * TraefikService} (a weighted or mirrored group) is no Service.
   */
  void traefik(KeyTree o, String kind, String namespace) {
    for (KeyTree route : o.at("spec", "routes").items()) {
      for (KeyTree s : route.at("services").items()) {
        String refKind = s.value("kind");
        if (refKind != null && !refKind.equals("Service")) {
          continue;
        }
        String ns = TemplateText.literal(s.value("namespace"));
        backend(kind, s.at("name").entry(), ns.isEmpty() ? namespace : ns, s.at("port").entry());
      }
    }
  }

  /**
   * A Contour {@code HTTPProxy}: the {@code services} of each route and of its {@code tcpproxy}, a
   * Service of the proxy's namespace by name and one of its ports by number.
   */
  void contour(KeyTree o, String namespace) {
    for (KeyTree route : o.at("spec", "routes").items()) {
      for (KeyTree s : route.at("services").items()) {
        backend("HTTPProxy", s.at("name").entry(), namespace, s.at("port").entry());
      }
    }
    for (KeyTree s : o.at("spec", "tcpproxy", "services").items()) {
      backend("HTTPProxy", s.at("name").entry(), namespace, s.at("port").entry());
    }
  }

  /**
   * An NGINX Inc. {@code VirtualServer}, {@code VirtualServerRoute} or {@code TransportServer}:
   * each of {@code spec.upstreams} names a Service of the resource's namespace ({@code
   * namespace/name} for another) and one of its ports by number. NGINX takes a port the Service
   * does not define for a Service without endpoints and answers 502.
   */
  void nginx(KeyTree o, String kind, String namespace) {
    for (KeyTree upstream : o.at("spec", "upstreams").items()) {
      LocatedEntry service = upstream.at("service").entry();
      LocatedEntry port = upstream.at("port").entry();
      if (service == null || port == null) {
        continue;
      }
      String written = service.value().trim();
      int slash = written.indexOf('/');
      String ns = slash < 0 ? namespace : TemplateText.literal(written.substring(0, slash));
      backend(kind, serviceName.apply(written.substring(slash + 1)), ns, port);
    }
  }

  void route(KeyTree o, String kind, String namespace) {
    for (KeyTree rule : o.at("spec", "rules").items()) {
      for (KeyTree ref : rule.at("backendRefs").items()) {
        String refKind = ref.value("kind");
        String group = ref.value("group");
        if ((refKind != null && !refKind.equals("Service"))
            || (group != null && !group.isEmpty())) {
          continue;
        }
        String ns = TemplateText.literal(ref.value("namespace"));
        backend(
            kind, ref.at("name").entry(), ns.isEmpty() ? namespace : ns, ref.at("port").entry());
      }
    }
  }

  private void backend(String source, LocatedEntry service, String namespace, LocatedEntry port) {
    backend(source, service == null ? "" : serviceName.apply(service.value()), namespace, port);
  }

  private void backend(String source, String name, String namespace, LocatedEntry port) {
    if (name.isEmpty() || port == null) {
      return;
    }
    PortRef ref = PortRef.parse(port.value());
    if (ref.kind() != PortRef.Kind.UNKNOWN) {
      out.add(new Backend(source, name, namespace, ref, loc.apply(port)));
    }
  }
}
