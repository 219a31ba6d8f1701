package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clash check behind {@code duplicate-port}, for the settings of one scope. Profiles are
 * compared as they run: each profile's effective configuration is the default settings it does not
 * override plus its own, so a profile overriding a key is no clash and two profiles never clash
 * with each other. Works on a few numbers per setting and fetches a candidate again only to report
 * it, since the candidate list may be read back from disk.
 */
final class BindingClashes {
  private final List<PortCandidate> candidates;
  private final Map<String, String> shared = new HashMap<>();

  /** Clashes among settings of {@code candidates}, which {@link Setting#index} points into. */
  BindingClashes(List<PortCandidate> candidates) {
    this.candidates = candidates;
  }

  /** Whether {@code c} opens sockets that could clash. */
  static boolean binds(PortCandidate c) {
    // Advertised listeners are the addresses clients are told to use, not sockets bound here.
    return (c.role() == Role.LISTEN || c.role() == Role.MAPPING)
        && !c.boundPorts().isEmpty()
        && !isAdvertised(c.key());
  }

  /** What the check keeps of candidate {@code index}, a {@link #binds} one. */
  Setting setting(int index) {
    return Setting.of(index, candidates.get(index), shared);
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
  record Setting(int index, String profile, String baseKey, String hostIp, int[] sockets) {

    static Setting of(int index, PortCandidate c, Map<String, String> shared) {
      List<PortLiteral> sockets = c.sockets();
      int[] keys = new int[sockets.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = bindKey(c.protocol(), sockets.get(i));
      }
      return new Setting(
          index,
          share(shared, c.profile()),
          share(shared, BindingClashes.baseKey(c.key())),
          share(shared, c.hostIp()),
          keys);
    }
  }

  /**
   * The default settings are compared among themselves once; each profile's own settings are then
   * compared among themselves and with the default settings they do not override. Linear in the
   * settings however many profiles there are.
   */
  void check(List<Setting> scope, Set<Finding> found) {
    // Profiles are compared with the defaults only, never with each other: any order will do.
    Map<String, List<Setting>> byProfile = new HashMap<>();
    for (Setting c : scope) {
      byProfile.computeIfAbsent(c.profile(), p -> new ArrayList<>()).add(c);
    }
    List<Setting> defaults = byProfile.getOrDefault("", List.of());
    Map<Integer, List<Setting>> defaultBinds = new HashMap<>();
    findClashes(defaults, Map.of(), Set.of(), found);
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
            findClashes(settings, defaultBinds, overridden, found);
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
  private void findClashes(
      List<Setting> settings,
      Map<Integer, List<Setting>> defaults,
      Set<String> overridden,
      Set<Finding> found) {
    Map<Integer, Setting> first = new HashMap<>();
    for (Setting c : settings) {
      for (int s = 0; s < c.sockets().length; s++) {
        int key = c.sockets()[s];
        Setting earlier = first.putIfAbsent(key, c);
        boolean withDefault = false;
        if (earlier == null) {
          earlier = firstDefaultClash(defaults.getOrDefault(key, List.of()), overridden, c);
          withDefault = earlier != null;
        } else if (earlier == c
            || sameSetting(earlier, c)
            || !HostAddresses.overlap(earlier.hostIp(), c.hostIp())) {
          earlier = null;
        }
        if (earlier != null) {
          PortCandidate here = candidates.get(c.index());
          PortLiteral p = here.sockets().get(s);
          String other = candidates.get(earlier.index()).place();
          String message =
              Findings.portWithRange(p.port())
                  + "/"
                  + here.protocol().id()
                  + " is already bound by "
                  + other
                  + namespace(here, p)
                  + ": the second listener fails with 'address already in use'";
          Finding clash = Findings.at(DuplicatePortRule.INFO, here, p, message);
          if (withDefault && here.kind() == FileKind.COMPOSE) {
            // A service of a compose profile clashes only when its profile runs beside the
            // others (up --profile), not when it runs alone (run): likely, not certain.
            clash =
                clash
                    .withSeverity(Severity.WARNING)
                    .withMessage(
                        message
                            + " when profile '"
                            + c.profile()
                            + "' runs beside the services outside it");
          }
          found.add(clash);
        }
      }
    }
  }

  /** Where both listeners are: the namespace they share, for the message. */
  private static String namespace(PortCandidate c, PortLiteral p) {
    return switch (c.bindingOf(p)) {
      case POD -> " in the same pod";
      case CONTAINER -> " in the same container";
      case HOST -> " on the same host";
      case HOST_PROCESS ->
          c.scope().equals(PortCandidate.APPLICATION_SCOPE)
              ? " in the same application"
              : " in the same process";
      case NONE -> "";
    };
  }

  private static boolean isAdvertised(String key) {
    // Keyed on its 'v', a rare letter in keys, found by indexOf (vectorised) before the case-blind
    // comparison: this runs per key.
    return hasAdvertisedAt(key, 'v') || hasAdvertisedAt(key, 'V');
  }

  private static boolean hasAdvertisedAt(String key, char v) {
    for (int at = key.indexOf(v, 2);
        at >= 0 && at + 8 <= key.length();
        at = key.indexOf(v, at + 1)) {
      if (key.regionMatches(true, at - 2, "advertised", 0, 10)) {
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
