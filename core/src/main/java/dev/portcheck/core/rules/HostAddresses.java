package dev.portcheck.core.rules;

import java.util.Set;

/** Whether two bind addresses can clash: an empty or wildcard address covers every address. */
final class HostAddresses {
  private static final Set<String> WILDCARDS = Set.of("", "0.0.0.0", "::", "[::]", "*");

  private HostAddresses() {}

  static boolean overlap(String a, String b) {
    return WILDCARDS.contains(a) || WILDCARDS.contains(b) || a.equalsIgnoreCase(b);
  }
}
