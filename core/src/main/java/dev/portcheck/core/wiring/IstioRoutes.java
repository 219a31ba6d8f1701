package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Service ports an Istio VirtualService routes to: {@code route[].destination.host} and {@code
 * port.number} of its {@code http}, {@code tcp} and {@code tls} routes. A host is a Service by its
 * Kubernetes DNS name ({@code store-front}, {@code store-front.pets}, {@code
 * store-front.pets.svc.cluster.local}); wildcards and other names are left alone, and so is a
 * destination without a port (Istio then picks the Service's only port).
 */
final class IstioRoutes {
  private IstioRoutes() {}

  static List<Backend> of(
      KeyTree virtualService, String namespace, Function<LocatedEntry, Loc> loc) {
    List<Backend> out = new ArrayList<>();
    for (String protocol : List.of("http", "tcp", "tls")) {
      for (KeyTree route : virtualService.at("spec", protocol).items()) {
        for (KeyTree to : route.at("route").items()) {
          LocatedEntry host = to.at("destination", "host").entry();
          LocatedEntry port = to.at("destination", "port", "number").entry();
          if (host == null || port == null || KeyTree.templated(host.value())) {
            continue;
          }
          String[] service = service(host.value().trim(), namespace);
          PortRef ref = PortRef.parse(port.value());
          if (service != null && ref.isNumber()) {
            out.add(new Backend("VirtualService", service[0], service[1], ref, loc.apply(port)));
          }
        }
      }
    }
    return out;
  }

  /** The Service name and namespace a destination host means; null for any other host. */
  private static String[] service(String host, String namespace) {
    if (host.contains("*")) {
      return null;
    }
    String[] parts = host.split("\\.", -1);
    if (parts.length == 1) {
      return new String[] {parts[0], namespace};
    }
    if (parts.length == 2 || parts.length >= 3 && parts[2].equals("svc")) {
      return new String[] {parts[0], parts[1]};
    }
    return null;
  }
}
