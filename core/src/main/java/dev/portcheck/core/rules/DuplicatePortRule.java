package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two listen settings of one application (or two publishes of one compose project) bind the same
 * port and protocol. Profiles are compared as they run: each profile's effective configuration is
 * the default settings it does not override plus its own, so a profile overriding a key is no
 * clash and two profiles never clash with each other.
 */
public final class DuplicatePortRule implements ProjectRule {
  public static final RuleInfo INFO =
      new RuleInfo("duplicate-port", Severity.ERROR, "Same port bound twice",
          "Two listeners of one application or compose project on one port and protocol: the "
              + "second fails to start with 'address already in use'.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(List<PortCandidate> candidates) {
    Map<String, List<PortCandidate>> byScope = new LinkedHashMap<>();
    for (PortCandidate c : candidates) {
      // Advertised listeners are the addresses clients are told to use, not sockets bound here.
      if (!c.boundPorts().isEmpty() && !c.key().toLowerCase(java.util.Locale.ROOT).contains("advertised")) {
        byScope.computeIfAbsent(c.scope(), s -> new ArrayList<>()).add(c);
      }
    }
    Set<Finding> found = new TreeSet<>(Finding.ORDER);
    for (List<PortCandidate> scope : byScope.values()) {
      Set<String> profiles = new TreeSet<>();
      scope.forEach(c -> profiles.add(c.profile()));
      profiles.add("");
      for (String profile : profiles) {
        findClashes(effective(scope, profile), found);
      }
    }
    return List.copyOf(found);
  }

  /** The settings in force when {@code profile} is active. */
  private static List<PortCandidate> effective(List<PortCandidate> scope, String profile) {
    Set<String> overridden = new TreeSet<>();
    List<PortCandidate> result = new ArrayList<>();
    for (PortCandidate c : scope) {
      if (!profile.isEmpty() && c.profile().equals(profile)) {
        overridden.add(baseKey(c.key()));
        result.add(c);
      }
    }
    for (PortCandidate c : scope) {
      if (c.profile().isEmpty() && !overridden.contains(baseKey(c.key()))) {
        result.add(c);
      }
    }
    result.sort(PortCandidate.ORDER);
    return result;
  }

  private static void findClashes(List<PortCandidate> settings, Set<Finding> found) {
    Map<String, PortCandidate> first = new LinkedHashMap<>();
    for (PortCandidate c : settings) {
      for (PortLiteral p : c.boundPorts()) {
        // A reference (${app.port}, a named port) is the referenced binding, not a second one.
        if (!p.isValidPort() || p.port() == 0 || p.origin() == PortLiteral.Origin.REFERENCE) {
          continue;
        }
        String bindKey = c.protocol() + "/" + p.side() + "/" + p.port();
        PortCandidate earlier = first.putIfAbsent(bindKey, c);
        if (earlier != null && earlier != c && !sameSetting(earlier, c)
            && HostAddresses.overlap(earlier.hostIp(), c.hostIp())) {
          found.add(Findings.at(INFO, c, p, Findings.portWithRange(p.port()) + "/"
              + c.protocol().id() + " is already bound by " + earlier.place()
              + ": the second listener fails with 'address already in use'"));
        }
      }
    }
  }

  /**
   * One setting written twice is an override, not a second listener: the same key in two files of
   * one application ({@code application.properties} over {@code application.yml}). Spring's
   * {@code management.server.port} equal to {@code server.port} shares the one server.
   */
  private static boolean sameSetting(PortCandidate a, PortCandidate b) {
    String ka = baseKey(a.key());
    String kb = baseKey(b.key());
    if (ka.equals(kb)) {
      return true;
    }
    return (ka.equals("server.port") && kb.equals("management.server.port"))
        || (kb.equals("server.port") && ka.equals("management.server.port"));
  }

  /** A key without its Quarkus profile prefix. */
  private static String baseKey(String key) {
    if (key.startsWith("%")) {
      int dot = key.indexOf('.');
      return dot > 0 ? key.substring(dot + 1) : key;
    }
    return key;
  }
}
