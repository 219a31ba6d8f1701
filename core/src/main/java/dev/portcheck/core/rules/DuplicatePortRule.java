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
import java.util.stream.IntStream;

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
    // The list may be read back from disk one file at a time (a large analysis): keep a few
    // numbers and shared strings per setting, fetch a candidate again only to report it, and
    // check a scope of one file (a compose project, a Kubernetes object) as soon as the file ends.
    // Only the application's settings are kept across files.
    Map<String, String> shared = new HashMap<>();
    List<Setting> application = new ArrayList<>();
    Map<String, List<Setting>> fileScopes = new LinkedHashMap<>();
    Set<Finding> found = new TreeSet<>(Finding.ORDER);
    String file = null;
    for (int index : reportOrder(candidates)) {
      PortCandidate c = candidates.get(index);
      if (!c.file().equals(file)) {
        fileScopes.values().forEach(scope -> checkScope(candidates, scope, found));
        fileScopes.clear();
        file = c.file();
      }
      // Advertised listeners are the addresses clients are told to use, not sockets bound here.
      if ((c.role() == Role.LISTEN || c.role() == Role.MAPPING)
          && !c.boundPorts().isEmpty()
          && !isAdvertised(c.key())) {
        (c.scope().equals(PortCandidate.APPLICATION_SCOPE)
                ? application
                : fileScopes.computeIfAbsent(c.scope(), s -> new ArrayList<>()))
            .add(Setting.of(index, c, shared));
      }
    }
    fileScopes.values().forEach(scope -> checkScope(candidates, scope, found));
    checkScope(candidates, application, found);
    return List.copyOf(found);
  }

  /** Indexes of the candidates in report order; the engine's list is in that order already. */
  private static int[] reportOrder(List<PortCandidate> candidates) {
    int n = candidates.size();
    boolean sorted = true;
    PortCandidate previous = null;
    for (int i = 0; i < n && sorted; i++) {
      PortCandidate c = candidates.get(i);
      sorted = previous == null || PortCandidate.ORDER.compare(previous, c) <= 0;
      previous = c;
    }
    if (sorted) {
      return IntStream.range(0, n).toArray();
    }
    return IntStream.range(0, n)
        .boxed()
        .sorted((a, b) -> PortCandidate.ORDER.compare(candidates.get(a), candidates.get(b)))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static String share(Map<String, String> shared, String s) {
    String known = shared.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  /**
   * What the rule needs of one listen setting: its place in the candidate list, the strings it
   * compares (shared between settings) and its sockets as {@link #bindKey} numbers, in the order of
   * {@link PortCandidate#sockets()}.
   */
  private record Setting(int index, String profile, String baseKey, String hostIp, int[] sockets) {

    static Setting of(int index, PortCandidate c, Map<String, String> shared) {
      List<PortLiteral> sockets = c.sockets();
      int[] keys = new int[sockets.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = bindKey(c.protocol(), sockets.get(i));
      }
      return new Setting(
          index,
          share(shared, c.profile()),
          share(shared, DuplicatePortRule.baseKey(c.key())),
          share(shared, c.hostIp()),
          keys);
    }
  }

  /**
   * The default settings are compared among themselves once; each profile's own settings are then
   * compared among themselves and with the default settings they do not override. Linear in the
   * settings however many profiles there are.
   */
  private static void checkScope(
      List<PortCandidate> candidates, List<Setting> scope, Set<Finding> found) {
    Map<String, List<Setting>> byProfile = new TreeMap<>();
    for (Setting c : scope) {
      byProfile.computeIfAbsent(c.profile(), p -> new ArrayList<>()).add(c);
    }
    List<Setting> defaults = byProfile.getOrDefault("", List.of());
    Map<Integer, List<Setting>> defaultBinds = new HashMap<>();
    findClashes(candidates, defaults, Map.of(), Set.of(), found);
    for (Setting c : defaults) {
      for (int key : c.sockets()) {
        defaultBinds.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    byProfile.forEach(
        (profile, settings) -> {
          if (!profile.isEmpty()) {
            Set<String> overridden = new HashSet<>();
            settings.forEach(c -> overridden.add(c.baseKey()));
            findClashes(candidates, settings, defaultBinds, overridden, found);
          }
        });
  }

  /** The first default setting on the same socket that {@code c}'s profile leaves in place. */
  private static Setting firstDefaultClash(
      List<Setting> defaults, Set<String> overridden, Setting c) {
    for (Setting d : defaults) {
      if (!overridden.contains(d.baseKey())
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
      List<PortCandidate> candidates,
      List<Setting> settings,
      Map<Integer, List<Setting>> defaults,
      Set<String> overridden,
      Set<Finding> found) {
    Map<Integer, Setting> first = new HashMap<>();
    for (Setting c : settings) {
      for (int s = 0; s < c.sockets().length; s++) {
        int key = c.sockets()[s];
        Setting earlier = first.putIfAbsent(key, c);
        if (earlier == null) {
          earlier = firstDefaultClash(defaults.getOrDefault(key, List.of()), overridden, c);
        } else if (earlier == c
            || sameSetting(earlier, c)
            || !HostAddresses.overlap(earlier.hostIp(), c.hostIp())) {
          earlier = null;
        }
        if (earlier != null) {
          PortCandidate here = candidates.get(c.index());
          PortLiteral p = here.sockets().get(s);
          String other = candidates.get(earlier.index()).place();
          found.add(
              Findings.at(
                  INFO,
                  here,
                  p,
                  Findings.portWithRange(p.port())
                      + "/"
                      + here.protocol().id()
                      + " is already bound by "
                      + other
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

  /** One socket as a number: protocol, which side of a mapping, port. */
  private static int bindKey(Protocol protocol, PortLiteral p) {
    return (protocol.ordinal() << 18) | (p.side().ordinal() << 16) | p.port();
  }

  /**
   * One setting written twice is an override, not a second listener: the same key in two files of
   * one application ({@code application.properties} over {@code application.yml}). Spring's {@code
   * management.server.port} equal to {@code server.port} shares the one server.
   */
  private static boolean sameSetting(Setting a, Setting b) {
    String ka = a.baseKey();
    String kb = b.baseKey();
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
