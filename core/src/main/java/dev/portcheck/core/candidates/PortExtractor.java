package dev.portcheck.core.candidates;

import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.entries.LocatedEntry;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the located entries of one file into port candidates. */
public final class PortExtractor {
  /** Last words of keys whose values list hosts with ports even without a URL scheme. */
  private static final Set<String> HOST_LIST_WORDS =
      Set.of("servers", "server", "hosts", "host", "address", "addresses", "addr", "url", "urls",
          "uri", "uris", "endpoint", "endpoints", "brokers", "broker", "voters", "connect",
          "nodes", "listeners", "seeds", "peers", "bootstrap", "location", "locations");

  private PortExtractor() {}

  public static List<PortCandidate> extract(ConfigFile file, List<LocatedEntry> entries) {
    FileKind kind = FileKind.of(file, entries);
    Map<String, String> values = new HashMap<>();
    for (LocatedEntry e : entries) {
      values.put(e.key(), e.value());
    }
    Map<Integer, String> docProfiles = ProfileResolver.documentProfiles(entries);
    String fileProfile = ProfileResolver.fileProfile(file.path().getFileName().toString());
    List<PortCandidate> result = new ArrayList<>();
    for (LocatedEntry e : entries) {
      ProfileResolver.KeyProfile kp = ProfileResolver.keyProfile(e.key());
      String profile =
          !kp.profile().isEmpty() ? kp.profile()
              : docProfiles.getOrDefault(e.document(), fileProfile);
      String scope = kind.scope(file, e);
      candidate(kind, e, kp.key(), values, profile, scope, file.relativePath())
          .ifPresent(result::add);
    }
    return result;
  }

  private static Optional<PortCandidate> candidate(
      FileKind kind, LocatedEntry e, String key, Map<String, String> values, String profile,
      String scope, String file) {
    boolean shell = kind == FileKind.COMPOSE || kind == FileKind.ENV;
    Placeholders.Expanded x = Placeholders.expand(e.value(), shell, values::get);
    if (kind == FileKind.COMPOSE && KeyClassifier.isPortsListItem(key)) {
      return Optional.of(ComposePorts.candidate(e, x, key, profile, scope, file));
    }
    Optional<Role> role = KeyClassifier.classify(key);
    if (role.isPresent()) {
      List<PortLiteral> ports = ValueScanner.urls(e, x);
      if (ports.isEmpty()) {
        ports = ValueScanner.hostPorts(e, x);
      }
      if (ports.isEmpty()) {
        if (kind == FileKind.KUBERNETES && x.text().trim().matches("[a-z][-a-z0-9]*")) {
          ports = List.of(); // a named port
        } else {
          ports = ValueScanner.wholeValue(e, x);
        }
      }
      if (ports.isEmpty() && e.value().isBlank()) {
        return Optional.empty(); // a parent key or an empty setting
      }
      Role r = kind == FileKind.COMPOSE && key.endsWith("]") && key.contains(".expose[")
          ? Role.LISTEN : role.get();
      return Optional.of(new PortCandidate(file, e.line(), e.column(), e.document(), e.key(),
          e.raw(), profile, scope, r, Protocol.TCP, "", ports));
    }
    List<PortLiteral> ports = ValueScanner.urls(e, x);
    if (ports.isEmpty() && isHostListKey(key)) {
      ports = ValueScanner.hostPorts(e, x);
    }
    if (ports.isEmpty()) {
      return Optional.empty();
    }
    Role r = key.toLowerCase(Locale.ROOT).endsWith("listeners")
        && !key.toLowerCase(Locale.ROOT).contains("advertised") ? Role.LISTEN : Role.CONNECT;
    return Optional.of(new PortCandidate(file, e.line(), e.column(), e.document(), e.key(),
        e.raw(), profile, scope, r, Protocol.TCP, "", ports));
  }

  private static boolean isHostListKey(String key) {
    List<String> words = KeyClassifier.words(KeyClassifier.lastSegment(key));
    return !words.isEmpty() && HOST_LIST_WORDS.contains(words.get(words.size() - 1))
        || key.matches("(?i)server\\.\\d+");
  }

  /** What a file configures, which decides placeholder syntax and binding scope. */
  enum FileKind {
    APPLICATION,
    COMPOSE,
    KUBERNETES,
    ENV;

    static FileKind of(ConfigFile file, List<LocatedEntry> entries) {
      if (file.format() == FileFormat.ENV) {
        return ENV;
      }
      if (file.format() != FileFormat.YAML) {
        return APPLICATION;
      }
      boolean k8s = false;
      for (LocatedEntry e : entries) {
        if (e.key().startsWith("services.") && (e.key().contains(".ports[")
            || e.key().contains(".image") || e.key().contains(".build"))) {
          return COMPOSE;
        }
        if (e.key().equals("apiVersion") || e.key().equals("kind")) {
          k8s = true;
        }
      }
      return k8s ? KUBERNETES : APPLICATION;
    }

    String scope(ConfigFile file, LocatedEntry e) {
      return switch (this) {
        case COMPOSE -> "compose:" + file.relativePath();
        case KUBERNETES -> "k8s:" + file.relativePath() + "#" + e.document();
        default -> "app";
      };
    }
  }

  static PortLiteral host(PortLiteral p) {
    return p.withSide(Side.HOST);
  }
}
