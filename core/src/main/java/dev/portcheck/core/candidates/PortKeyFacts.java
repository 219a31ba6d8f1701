package dev.portcheck.core.candidates;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link KeyClassifier} says of a key that mentions "port", remembered: the same keys recur
 * across the files of a project ({@code server.port}, {@code
 * spec.template.spec.containers[0].ports[0].containerPort}), and splitting them into words again
 * for every file is most of the key analysis. Bounded; safe to share between threads and builds,
 * since the facts depend on the key alone.
 */
final class PortKeyFacts {
  private static final int LIMIT = 16_384;
  private static final ConcurrentHashMap<String, Facts> KNOWN = new ConcurrentHashMap<>();

  /**
   * @param role how the port is used; null when the key neither names a port nor sits under a
   *     parent that names ports
   */
  record Facts(boolean namesPort, boolean underPortParent, Role role) {}

  private PortKeyFacts() {}

  static Facts of(String key) {
    if (KNOWN.size() >= LIMIT) {
      KNOWN.clear(); // a project with this many distinct port keys starts over; rare
    }
    return KNOWN.computeIfAbsent(key, PortKeyFacts::classify);
  }

  private static Facts classify(String key) {
    boolean names = KeyClassifier.namesPort(key);
    boolean under = KeyClassifier.isUnderPortParent(key);
    return new Facts(names, under, names || under ? KeyClassifier.roleOf(key) : null);
  }
}
