package dev.portcheck.core.wiring;

import dev.portcheck.core.entries.LocatedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an OpenTelemetry Collector configuration: a YAML file with top-level {@code receivers} and
 * {@code service.pipelines}, the collector's own layout. Components are named {@code type} or
 * {@code type/name}.
 */
final class CollectorConfigReader {
  private CollectorConfigReader() {}

  /** The OTLP receiver's transports, each with its default port. */
  private static final Map<String, String> TRANSPORTS =
      Map.of("grpc", CollectorConfig.GRPC_DEFAULT, "http", CollectorConfig.HTTP_DEFAULT);

  /** Exporters that send OTLP, whose endpoint is an OTLP receiver's. */
  private static final List<String> OTLP_EXPORTERS =
      List.of("otlp", "otlphttp", "otlp_grpc", "otlp_http");

  /** The one exporter that listens: Prometheus scrapes it. */
  private static final String LISTENING_EXPORTER = "prometheus";

  /**
   * The collector configuration {@code entries} describe, empty when the file is none: no {@code
   * receivers} or no {@code service.pipelines}.
   *
   * @param text the file's text: a transport written {@code grpc: {}} holds no entry of its own
   */
  static Optional<CollectorConfig> read(String path, List<LocatedEntry> entries, String text) {
    boolean receivers = false;
    boolean pipelines = false;
    for (LocatedEntry e : entries) {
      receivers |= e.key().startsWith("receivers.");
      pipelines |= e.key().startsWith("service.pipelines.");
    }
    if (!receivers || !pipelines) {
      return Optional.empty();
    }
    KeyTree root = KeyTree.of(entries, "");
    List<Setting> listens = new ArrayList<>();
    for (Map.Entry<String, KeyTree> r : root.at("receivers").fields().entrySet()) {
      if (type(r.getKey()).equals("otlp")) {
        otlp(path, r.getValue(), text, listens);
      }
    }
    List<Setting> dials = new ArrayList<>();
    for (Map.Entry<String, KeyTree> x : root.at("exporters").fields().entrySet()) {
      exporter(path, type(x.getKey()), x.getValue(), dials);
    }
    return Optional.of(new CollectorConfig(path, listens, dials));
  }

  /** The component's type: {@code otlp} of {@code otlp/internal}. */
  private static String type(String component) {
    int slash = component.indexOf('/');
    return slash < 0 ? component : component.substring(0, slash);
  }

  /**
   * An OTLP receiver's transports: each written protocol's endpoint, or its default port. A
   * protocol written as an empty mapping ({@code grpc: {}}) holds no entry: the text says whether
   * one is written so, and each then counts with its default, where it may listen.
   */
  private static void otlp(String path, KeyTree receiver, String text, List<Setting> out) {
    KeyTree protocols = receiver.at("protocols");
    LocatedEntry at = firstEntry(receiver);
    for (Map.Entry<String, String> t : TRANSPORTS.entrySet()) {
      KeyTree protocol = protocols.at(t.getKey());
      LocatedEntry endpoint = protocol.at("endpoint").entry();
      if (endpoint != null && !endpoint.value().isBlank()) {
        out.add(ComposeFacts.setting(path, t.getKey(), endpoint));
      } else if (protocol.exists() || writtenEmpty(text, t.getKey())) {
        LocatedEntry where = protocol.entry() != null ? protocol.entry() : at;
        if (where != null) {
          out.add(new Setting(t.getKey(), t.getValue(), ComposeFacts.loc(path, where)));
        }
      }
    }
  }

  private static boolean writtenEmpty(String text, String protocol) {
    return Pattern.compile("(?:^|[\\s{,])" + protocol + "\\s*:\\s*\\{\\s*}").matcher(text).find();
  }

  private static LocatedEntry firstEntry(KeyTree node) {
    List<LocatedEntry> all = new ArrayList<>();
    node.collect(all);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The addresses an exporter sends to; none for Prometheus's, which is scraped. */
  private static void exporter(String path, String type, KeyTree exporter, List<Setting> out) {
    if (type.equals(LISTENING_EXPORTER)) {
      return;
    }
    if (type.equals("loadbalancing")) {
      if (exporter.at("protocol", "otlp").exists() || !exporter.at("protocol").exists()) {
        for (KeyTree host : exporter.at("resolver", "static", "hostnames").items()) {
          if (host.entry() != null) {
            out.add(ComposeFacts.setting(path, "exporters.loadbalancing.otlp", host.entry()));
          }
        }
      }
      return;
    }
    LocatedEntry endpoint = exporter.at("endpoint").entry();
    if (endpoint != null) {
      String name = OTLP_EXPORTERS.contains(type) ? "otlp" : type;
      out.add(ComposeFacts.setting(path, "exporters." + name + ".endpoint", endpoint));
    }
  }
}
