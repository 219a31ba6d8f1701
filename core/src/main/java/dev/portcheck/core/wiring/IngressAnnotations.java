package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The URLs an Ingress's annotations have the ingress-nginx controller call itself: {@code auth-url}
 * (each request is first sent there), {@code global-auth-url}, {@code mirror-target}. Dialed from
 * the Ingress's namespace, as a ConfigMap's addresses are, so {@code client-port} judges them
 * against the Service they name.
 */
final class IngressAnnotations {
  private IngressAnnotations() {}

  private static final String PREFIX = "nginx.ingress.kubernetes.io/";
  private static final Set<String> CALLED = Set.of("auth-url", "global-auth-url", "mirror-target");

  static Optional<ConfigMapValues> calls(
      KeyTree o, String namespace, Function<LocatedEntry, Loc> loc) {
    List<Setting> out = new ArrayList<>();
    o.at("metadata", "annotations")
        .fields()
        .forEach(
            (key, node) -> {
              LocatedEntry e = node.entry();
              if (key.startsWith(PREFIX)
                  && CALLED.contains(key.substring(PREFIX.length()))
                  && e != null
                  && !TemplateMask.hasTemplate(e.value())
                  && e.value().indexOf('$') < 0) {
                out.add(new Setting(key, e.value(), loc.apply(e)));
              }
            });
    return out.isEmpty() ? Optional.empty() : Optional.of(new ConfigMapValues("", namespace, out));
  }
}
