package dev.portcheck.core.wiring;

import dev.portcheck.core.model.ImageName;
import dev.portcheck.core.model.ListenVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Kafka broker's listeners, where its container's environment lists them in full: {@code
 * KAFKA_LISTENERS} (Bitnami's {@code KAFKA_CFG_LISTENERS}), which the broker binds exactly; or, in
 * Confluent's images, which derive the listeners from {@code KAFKA_ADVERTISED_LISTENERS} when none
 * are set (every advertised port, bound on all addresses). A Kafka client that bootstraps at any
 * other port of the broker's container reaches no listener of the broker.
 */
public final class KafkaListeners {
  private KafkaListeners() {}

  private static final Set<String> LISTENERS = Set.of("KAFKA_LISTENERS", "KAFKA_CFG_LISTENERS");
  private static final String ADVERTISED = "KAFKA_ADVERTISED_LISTENERS";

  /** Confluent Platform images whose launch derives the listeners from the advertised ones. */
  private static final Set<String> DERIVING =
      Set.of("confluentinc/cp-kafka", "confluentinc/cp-server", "confluentinc/cp-enterprise-kafka");

  /**
   * Every listener port of the broker that {@code environment} (values interpolated) configures,
   * each where it is written; empty when the environment does not list them all.
   */
  static Optional<Map<Integer, Loc>> of(
      List<Setting> environment,
      String image,
      java.util.function.Function<String, Optional<String>> interpolate) {
    Setting listeners = null;
    Setting advertised = null;
    for (Setting e : environment) {
      String name = ListenVariables.canonical(e.name());
      if (LISTENERS.contains(name)) {
        listeners = e;
      } else if (name.equals(ADVERTISED)) {
        advertised = e;
      }
    }
    boolean derives =
        ImageName.parse(image).map(n -> DERIVING.contains(n.repository())).orElse(false);
    Setting list = listeners != null ? listeners : derives ? advertised : null;
    if (list == null) {
      return Optional.empty();
    }
    Optional<String> value = interpolate.apply(list.value());
    return value.flatMap(v -> ports(v, list.loc()));
  }

  /**
   * The ports the broker advertises to its clients ({@code KAFKA_ADVERTISED_LISTENERS}, Bitnami's
   * {@code KAFKA_CFG_ADVERTISED_LISTENERS}), values interpolated; empty when it advertises none.
   */
  public static Set<Integer> advertised(
      List<Setting> environment,
      java.util.function.Function<String, Optional<String>> interpolate) {
    Set<Integer> out = new java.util.TreeSet<>();
    for (Setting e : environment) {
      String name = ListenVariables.canonical(e.name());
      if (name.equals(ADVERTISED) || name.equals("KAFKA_CFG_ADVERTISED_LISTENERS")) {
        interpolate
            .apply(e.value())
            .flatMap(v -> ports(v, e.loc()))
            .ifPresent(p -> out.addAll(p.keySet()));
      }
    }
    return out;
  }

  /**
   * The listeners whose advertised address is a loopback one ({@code
   * PLAINTEXT_HOST://localhost:9092}): a client in another container that bootstraps there is told
   * to connect to itself. Each is keyed by the port the broker binds for it (the {@code
   * KAFKA_LISTENERS} entry of the same name, or the advertised port where the image derives its
   * listeners), valued by the advertised address.
   */
  static Map<Integer, String> advertisedToItself(
      List<Setting> environment,
      String image,
      java.util.function.Function<String, Optional<String>> interpolate) {
    Map<String, String> bound = new LinkedHashMap<>();
    Map<String, String> advertised = new LinkedHashMap<>();
    for (Setting e : environment) {
      String name = ListenVariables.canonical(e.name());
      Map<String, String> into =
          LISTENERS.contains(name)
              ? bound
              : name.equals(ADVERTISED) || name.equals("KAFKA_CFG_ADVERTISED_LISTENERS")
                  ? advertised
                  : null;
      if (into != null) {
        interpolate.apply(e.value()).ifPresent(v -> byName(v, into));
      }
    }
    boolean derives =
        ImageName.parse(image).map(n -> DERIVING.contains(n.repository())).orElse(false);
    Map<Integer, String> out = new java.util.TreeMap<>();
    advertised.forEach(
        (name, address) -> {
          int colon = address.lastIndexOf(':');
          String host = colon < 0 ? address : address.substring(0, colon);
          String at = bound.isEmpty() && derives ? address : bound.get(name);
          int port = at == null ? -1 : EnvListeners.listenerPort(at);
          if (port > 0 && ServiceListenEvidence.isLoopback(host)) {
            out.put(port, address);
          }
        });
    return out;
  }

  /** {@code NAME://host:port,...} as the address of each listener name. */
  private static void byName(String value, Map<String, String> into) {
    for (String listener : value.split(",")) {
      int scheme = listener.indexOf("://");
      if (scheme > 0) {
        into.put(listener.substring(0, scheme).trim(), listener.substring(scheme + 3).trim());
      }
    }
  }

  /** The ports of {@code NAME://host:port,...}; empty when one of them is no port. */
  private static Optional<Map<Integer, Loc>> ports(String value, Loc loc) {
    Map<Integer, Loc> out = new LinkedHashMap<>();
    for (String listener : value.split(",")) {
      int port = EnvListeners.listenerPort(listener);
      if (port <= 0) {
        return Optional.empty();
      }
      out.putIfAbsent(port, loc);
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  /**
   * True for a setting a Kafka client bootstraps from: its name says Kafka, bootstrap servers or
   * brokers ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code spring.kafka.bootstrap-servers}, {@code
   * DEFAULT_BROKERS}).
   */
  public static boolean isClientSetting(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("kafka") || n.contains("bootstrap") || n.contains("broker");
  }

  /** Kafka's command-line tools, and kcat, which dial the broker at a bootstrap address. */
  private static final java.util.regex.Pattern COMMAND_LINE_CLIENT =
      java.util.regex.Pattern.compile(
          "(?:^|[\\s/;&|(])(?:kafka-(?:topics|broker-api-versions|console-(?:producer|consumer)"
              + "|consumer-groups|configs|cluster|metadata-quorum)(?:\\.sh)?|kcat|kafkacat)\\s");

  /**
   * True when {@code command} runs a Kafka command-line tool ({@code kafka-topics.sh
   * --bootstrap-server localhost:9092 --list}, {@code kcat -b kafka:9092 -L}): a client of the
   * broker's listeners, whatever else the container serves.
   */
  public static boolean isCommandLineClient(String command) {
    return COMMAND_LINE_CLIENT.matcher(command).find();
  }
}
