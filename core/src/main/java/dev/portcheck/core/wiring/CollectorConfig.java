package dev.portcheck.core.wiring;

import java.util.List;

/**
 * What an OpenTelemetry Collector configuration says about ports (Jaeger v2's too, a collector
 * distribution): where its OTLP receivers listen, and where its exporters send. Another program's
 * configuration: it is read for the wiring of the container that loads it, never judged for ranges
 * or clashes of its own.
 *
 * @param file the file, relative to the module base directory
 * @param otlpListens each protocol of an {@code otlp} receiver, named {@code grpc} or {@code http},
 *     with its {@code endpoint} as written, or the protocol's default port (4317, 4318) located at
 *     the protocol's key when it writes none
 * @param dials the addresses its exporters send to, named after the exporter ({@code
 *     exporters.otlp.endpoint}, {@code exporters.loadbalancing.otlp} for a load-balancing
 *     exporter's static hosts, which it sends OTLP to)
 */
public record CollectorConfig(String file, List<Setting> otlpListens, List<Setting> dials) {

  /** The default port of each OTLP transport. */
  static final String GRPC_DEFAULT = "4317";

  static final String HTTP_DEFAULT = "4318";

  public CollectorConfig {
    otlpListens = List.copyOf(otlpListens);
    dials = List.copyOf(dials);
  }
}
