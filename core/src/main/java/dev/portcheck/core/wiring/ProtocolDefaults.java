package dev.portcheck.core.wiring;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The protocol a client's call speaks, told by its URL's scheme ({@code jdbc:postgresql://}, {@code
 * amqp://}) or, without one, by its setting's name ({@code AMQP_HOST + AMQP_PORT}, {@code
 * KAFKA_ZOOKEEPER_CONNECT}), and that protocol's registered default port. A service that publishes
 * exactly that port speaks the protocol there: a client of the same protocol at another port it
 * does not publish has evidence against it. HTTP and Kafka have no such port (their servers listen
 * anywhere, Kafka's inner listeners at 29092).
 */
final class ProtocolDefaults {
  private ProtocolDefaults() {}

  private static final Map<String, Integer> BY_SCHEME =
      Map.ofEntries(
          Map.entry("postgresql", 5432),
          Map.entry("postgres", 5432),
          Map.entry("mysql", 3306),
          Map.entry("mariadb", 3306),
          Map.entry("sqlserver", 1433),
          Map.entry("amqp", 5672),
          Map.entry("amqps", 5671),
          Map.entry("redis", 6379),
          Map.entry("mongodb", 27017),
          Map.entry("nats", 4222),
          Map.entry("mqtt", 1883));

  /**
   * Words of a setting's name that say its protocol, when its value has no scheme: the schemes'
   * names, and the servers named for their protocol.
   */
  private static final Map<String, Integer> BY_WORD = byWord();

  private static Map<String, Integer> byWord() {
    Map<String, Integer> words = new java.util.HashMap<>(BY_SCHEME);
    words.remove("sqlserver");
    words.remove("amqps");
    words.putAll(Map.of("rabbitmq", 5672, "mongo", 27017, "zookeeper", 2181, "memcached", 11211));
    return Map.copyOf(words);
  }

  /** The default port of the protocol the call {@code a} in {@code text} speaks, if told. */
  static OptionalInt of(String setting, String text, Address a) {
    String scheme = ComposeReach.schemeOf(text, a);
    if (scheme != null) {
      Integer port = BY_SCHEME.get(scheme);
      return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }
    Integer found = null;
    for (String word : HostPortPairs.words(setting)) {
      Integer port = BY_WORD.get(word.toLowerCase(Locale.ROOT));
      if (port != null) {
        if (found != null && !found.equals(port)) {
          return OptionalInt.empty(); // two protocols named: which one is unsure
        }
        found = port;
      }
    }
    return found == null ? OptionalInt.empty() : OptionalInt.of(found);
  }
}
