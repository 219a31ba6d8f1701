package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Two listen settings of one application (or two publishes of one compose project) bind the same
 * port and protocol. Profiles are compared as they run: each profile's effective configuration is
 * the default settings it does not override plus its own, so a profile overriding a key is no clash
 * and two profiles never clash with each other.
 */
public final class DuplicatePortRule implements ProjectRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "duplicate-port",
          Severity.ERROR,
          "Same port bound twice",
          "Two listeners of one application or compose project on one port and protocol: the "
              + "second fails to start with 'address already in use'.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(List<PortCandidate> candidates) {
    Map<String, List<PortCandidate>> byScope = new LinkedHashMap<>();
    List<PortCandidate> ordered = new ArrayList<>(candidates);
    ordered.sort(PortCandidate.ORDER); // the engine's list is in this order already: one pass
    for (PortCandidate c : ordered) {
      // Advertised listeners are the addresses clients are told to use, not sockets bound here.
      if ((c.role() == Role.LISTEN || c.role() == Role.MAPPING)
          && !c.boundPorts().isEmpty()
          && !isAdvertised(c.key())) {
        byScope.computeIfAbsent(c.scope(), s -> new ArrayList<>()).add(c);
      }
    }
    Set<Finding> found = new TreeSet<>(Finding.ORDER);
    for (List<PortCandidate> scope : byScope.values()) {
      checkScope(scope, found);
    }
    return List.copyOf(found);
  }

  /**
   * The default settings are compared among themselves once; each profile's own settings are then
   * compared among themselves and with the default settings they do not override. Linear in the
   * settings however many profiles there are.
   */
  private static void checkScope(List<PortCandidate> scope, Set<Finding> found) {
    Map<String, List<PortCandidate>> byProfile = new TreeMap<>();
    for (PortCandidate c : scope) {
      byProfile.computeIfAbsent(c.profile(), p -> new ArrayList<>()).add(c);
    }
    List<PortCandidate> defaults = byProfile.getOrDefault("", List.of());
    Map<BindKey, List<PortCandidate>> defaultBinds = new HashMap<>();
    findClashes(defaults, Map.of(), Set.of(), found);
    for (PortCandidate c : defaults) {
      for (PortLiteral p : c.sockets()) {
        defaultBinds.computeIfAbsent(bindKey(c, p), k -> new ArrayList<>()).add(c);
      }
    }
    byProfile.forEach(
        (profile, settings) -> {
          if (!profile.isEmpty()) {
            Set<String> overridden = new HashSet<>();
            settings.forEach(c -> overridden.add(baseKey(c.key())));
            findClashes(settings, defaultBinds, overridden, found);
          }
        });
  }

  /** The first default setting on the same socket that {@code c}'s profile leaves in place. */
  private static PortCandidate firstDefaultClash(
      List<PortCandidate> defaults, Set<String> overridden, PortCandidate c) {
    for (PortCandidate d : defaults) {
      if (!overridden.contains(baseKey(d.key()))
          && !sameSetting(d, c)
          && HostAddresses.overlap(d.hostIp(), c.hostIp())) {
        return d;
      }
    }
    return null;
  }

  /**
   * Clashes among {@code settings} (in report order), and between them and the defaults they do not
   * override.
   */
  private static void findClashes(
      List<PortCandidate> settings,
      Map<BindKey, List<PortCandidate>> defaults,
      Set<String> overridden,
      Set<Finding> found) {
    Map<BindKey, PortCandidate> first = new HashMap<>();
    for (PortCandidate c : settings) {
      for (PortLiteral p : c.sockets()) {
        BindKey key = bindKey(c, p);
        PortCandidate earlier = first.putIfAbsent(key, c);
        if (earlier == null) {
          earlier = firstDefaultClash(defaults.getOrDefault(key, List.of()), overridden, c);
        } else if (earlier == c
            || sameSetting(earlier, c)
            || !HostAddresses.overlap(earlier.hostIp(), c.hostIp())) {
          earlier = null;
        }
        if (earlier != null) {
          found.add(
              Findings.at(
                  INFO,
                  c,
                  p,
                  Findings.portWithRange(p.port())
                      + "/"
                      + c.protocol().id()
                      + " is already bound by "
                      + earlier.place()
                      + ": the second listener fails with 'address already in use'"));
        }
      }
    }
  }

  private static boolean isAdvertised(String key) {
    for (int i = 0; i + 10 <= key.length(); i++) {
      if (key.regionMatches(true, i, "advertised", 0, 10)) {
        return true;
      }
    }
    return false;
  }

  private static BindKey bindKey(PortCandidate c, PortLiteral p) {
    return new BindKey(c.protocol(), p.side(), p.port());
  }

  /** One socket: protocol, which side of a mapping, port. */
  private record BindKey(Protocol protocol, PortLiteral.Side side, int port) {}

  /**
   * One setting written twice is an override, not a second listener: the same key in two files of
   * one application ({@code application.properties} over {@code application.yml}). Spring's {@code
   * management.server.port} equal to {@code server.port} shares the one server.
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
