package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Services the API server itself dials: an {@code APIService}'s {@code spec.service}, each
 * admission webhook's {@code clientConfig.service} and a CRD's conversion webhook. Each names the
 * Service, its namespace and a port of the Service, 443 when none is written; the API server goes
 * through the Service, so that port must be one of its own.
 */
final class ApiServerBackends {
  private ApiServerBackends() {}

  /** The default port of a service reference of the API server (apiregistration, admission). */
  static final int DEFAULT_PORT = 443;

  /** The backends of one object, by its kind; none for other kinds. */
  static List<Backend> of(KeyTree object, String kind, Function<LocatedEntry, Loc> loc) {
    List<Backend> out = new ArrayList<>();
    switch (kind) {
      case "APIService" -> add(kind, object.at("spec", "service"), loc, out);
      case "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration" -> {
        for (KeyTree webhook : object.at("webhooks").items()) {
          add(kind, webhook.at("clientConfig", "service"), loc, out);
        }
      }
      case "CustomResourceDefinition" ->
          add(
              kind,
              object.at("spec", "conversion", "webhook", "clientConfig", "service"),
              loc,
              out);
      default -> {}
    }
    return out;
  }

  private static void add(
      String source, KeyTree service, Function<LocatedEntry, Loc> loc, List<Backend> out) {
    LocatedEntry name = service.at("name").entry();
    LocatedEntry namespace = service.at("namespace").entry();
    if (name == null
        || namespace == null
        || TemplateMask.hasTemplate(name.value())
        || TemplateMask.hasTemplate(namespace.value())) {
      return;
    }
    LocatedEntry port = service.at("port").entry();
    PortRef ref = port == null ? PortRef.number(DEFAULT_PORT) : PortRef.parse(port.value());
    if (ref.isNumber()) {
      out.add(
          new Backend(
              source, name.value(), namespace.value(), ref, loc.apply(port == null ? name : port)));
    }
  }
}
