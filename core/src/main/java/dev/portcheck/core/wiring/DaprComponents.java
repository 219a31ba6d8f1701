package dev.portcheck.core.wiring;

import dev.portcheck.core.candidates.TemplateMask;
import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Dapr {@code Component} ({@code dapr.io/v1alpha1}): its {@code spec.metadata} name/value pairs
 * configure the building block the Dapr sidecar of each app in the component's namespace runs, so
 * an address among them ({@code redisHost: redis-master:6379}, {@code brokers: kafka:9092}) is
 * dialed from that namespace as a ConfigMap's is. A value taken from a secret has no text here.
 */
final class DaprComponents {
  private DaprComponents() {}

  static boolean is(String apiVersion, String kind) {
    return apiVersion.startsWith("dapr.io/") && kind.equals("Component");
  }

  /**
   * The component's literal metadata values as the values of an unnamed ConfigMap (no container
   * reads it by name), or empty when it holds none.
   */
  static Optional<ConfigMapValues> values(
      KeyTree o, String namespace, Function<LocatedEntry, Loc> loc) {
    List<Setting> data = new ArrayList<>();
    for (KeyTree item : o.at("spec", "metadata").items()) {
      String name = item.value("name");
      LocatedEntry value = item.at("value").entry();
      if (name != null && value != null && !TemplateMask.hasTemplate(value.value())) {
        data.add(new Setting(name, value.value(), loc.apply(value)));
      }
    }
    data.addAll(HostPortPairs.join(data));
    return data.isEmpty()
        ? Optional.empty()
        : Optional.of(new ConfigMapValues("", namespace, data));
  }
}
