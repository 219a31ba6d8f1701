package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The OpenTelemetry Collector of one compose service, as the configurations it mounts say.
 *
 * @param otlp where its OTLP receivers listen, empty when an endpoint could not be read: an OTLP
 *     client reaches the collector on these only
 * @param dials the addresses its exporters send to, with the container's variables filled in
 */
public record CollectorServer(Optional<Map<Integer, Loc>> otlp, List<Setting> dials) {

  public CollectorServer {
    otlp = otlp.map(Map::copyOf);
    dials = List.copyOf(dials);
  }

  /**
   * The collector that loads {@code configs}; {@code environment} gives the container's variables
   * (null for one it does not set), which the collector puts in for {@code ${env:NAME}}.
   */
  static CollectorServer of(List<CollectorConfig> configs, Function<String, String> environment) {
    Function<String, String> expand = name -> expanded(name, environment);
    Map<Integer, Loc> otlp = new LinkedHashMap<>();
    boolean known = true;
    List<Setting> dials = new ArrayList<>();
    for (CollectorConfig c : configs) {
      for (Setting l : c.otlpListens()) {
        String written = NginxServer.filled(l.value(), expand);
        int port = written == null ? -1 : portOf(written);
        if (port < 0) {
          known = false;
        } else {
          otlp.putIfAbsent(port, l.loc());
        }
      }
      for (Setting d : c.dials()) {
        String written = NginxServer.filled(d.value(), expand);
        if (written != null) {
          dials.add(new Setting(d.name(), written, d.loc()));
        }
      }
    }
    return new CollectorServer(
        known && !otlp.isEmpty() ? Optional.of(otlp) : Optional.empty(), dials);
  }

  /** {@code env:NAME}, {@code NAME} and {@code env:NAME:-default}, as the collector reads them. */
  private static String expanded(String reference, Function<String, String> environment) {
    String name = reference.startsWith("env:") ? reference.substring(4) : reference;
    int fallback = name.indexOf(":-");
    String value = environment.apply(fallback < 0 ? name : name.substring(0, fallback));
    return value != null || fallback < 0 ? value : name.substring(fallback + 2);
  }

  /** The port of an endpoint: {@code 0.0.0.0:4317}, {@code :4317}, {@code 4317}; -1 if none. */
  static int portOf(String endpoint) {
    String port = endpoint.substring(endpoint.lastIndexOf(':') + 1).strip();
    return dev.portcheck.core.candidates.PortNumbers.port(port);
  }
}
