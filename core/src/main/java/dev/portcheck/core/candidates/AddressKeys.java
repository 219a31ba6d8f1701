package dev.portcheck.core.candidates;

import java.util.List;
import java.util.Set;

/**
 * What a key says of the addresses its value holds: whether a bare {@code host:port} list there is
 * one (a key that ends in {@code servers}, {@code brokers}, {@code endpoints}...), and whether its
 * ports are bound or dialled.
 */
final class AddressKeys {
  private AddressKeys() {}

  /** Last words of keys whose values list hosts with ports even without a URL scheme. */
  private static final Set<String> HOST_LIST_WORDS =
      Set.of(
          "servers",
          "targets",
          "target",
          "server",
          "hosts",
          "host",
          "address",
          "addresses",
          "addr",
          "url",
          "urls",
          "uri",
          "uris",
          "endpoint",
          "endpoints",
          "brokers",
          "broker",
          "voters",
          "connect",
          "nodes",
          "listeners",
          "seeds",
          "peers",
          "bootstrap",
          "location",
          "locations",
          "monitors",
          "members",
          "cluster",
          "zookeeper",
          "quorum");

  /**
   * ZooKeeper's {@code server.1=host:2888:3888}; in a Jinja template the member number is an
   * expression ({@code server.{{ loop.index }}}), masked to {@link TemplateMask#MASK} letters.
   */
  private static final java.util.regex.Pattern ZOOKEEPER_SERVER =
      java.util.regex.Pattern.compile("(?i)server\\.(\\d+|" + TemplateMask.MASK + "+)");

  static boolean listsHosts(String key) {
    List<String> words = KeyClassifier.words(KeyClassifier.lastSegment(key));
    return !words.isEmpty() && HOST_LIST_WORDS.contains(words.get(words.size() - 1))
        || isZooKeeperServer(key);
  }

  private static boolean isZooKeeperServer(String key) {
    return key.regionMatches(true, 0, "server.", 0, 7)
        && ZOOKEEPER_SERVER.matcher(TemplateMask.mask(key)).matches();
  }

  /**
   * Kafka {@code listeners} and collector {@code receivers} bind; other addresses are dialled. A
   * ZooKeeper ensemble member's ports are bound by that member and dialled by the others, so its
   * role is unknown from the file alone.
   */
  static Role roleOf(String key) {
    if (isZooKeeperServer(key)) {
      return Role.UNKNOWN;
    }
    return KeyWords.hasWord(key, BINDING_LIST_WORDS) ? Role.LISTEN : Role.CONNECT;
  }

  private static final List<String> BINDING_LIST_WORDS =
      List.of("listeners", "receivers", "bind", "listen");
}
