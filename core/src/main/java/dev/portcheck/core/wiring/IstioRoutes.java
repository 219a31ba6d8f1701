package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
          if (host == null || port == null || TemplateMask.hasTemplate(host.value())) {
            continue;
          }
          Optional<ServiceDns> service = ServiceDns.parse(host.value().trim(), namespace);
          PortRef ref = PortRef.parse(port.value());
          if (service.isPresent() && ref.isNumber()) {
            out.add(
                new Backend(
                    "VirtualService",
                    service.get().name(),
                    service.get().namespace(),
                    ref,
                    loc.apply(port)));
          }
        }
      }
    }
    return out;
  }
}
