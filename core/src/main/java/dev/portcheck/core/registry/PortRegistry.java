package dev.portcheck.core.registry;

import dev.portcheck.core.candidates.Protocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which service a port/protocol pair belongs to: every IANA registration (generated from the IANA
 * registry, see {@code core/src/main/registry}) plus a small overlay of de-facto uses the registry
 * names otherwise (Kafka on 9092, which IANA gives to XmlIpcRegSvc). Immutable; thread-safe.
 */
public final class PortRegistry {
  /**
   * A port's owner.
   *
   * @param name the IANA service name, or the de-facto one when IANA has none
   * @param description IANA's description
   * @param commonUse the de-facto service using it, or empty
   */
  public record Service(String name, String description, String commonUse) {
    public Service {
      // lower-cased once: isNamed runs for every listen port on a registered number
      name = name == null ? "" : name;
      commonUse = commonUse == null ? "" : commonUse;
    }

    /** {@code ssh (The Secure Shell (SSH) Protocol)}, or with its common use. */
    public String describe() {
      String text = name + (description.isEmpty() ? "" : " (" + description + ")");
      return commonUse.isEmpty() || commonUse.equals(name)
          ? text
          : text + ", and commonly used by " + commonUse;
    }

    /** Every name the service goes by, for matching a setting to it. */
    public boolean isNamed(String word) {
      return matches(name, word) || matches(commonUse, word);
    }

    private static boolean matches(String serviceName, String word) {
      String s = serviceName;
      if (s.isEmpty() || word.length() < 3) {
        return false;
      }
      return s.equalsIgnoreCase(word)
          || (word.length() >= 4
              && (s.regionMatches(true, 0, word, 0, word.length())
                  || word.regionMatches(true, 0, s, 0, s.length())));
    }
  }

  /** Services by protocol and port: a direct index, since every listen port is looked up. */
  private final Service[][] services;

  private final int size;

  private PortRegistry(Map<Long, Service> byKey) {
    services = new Service[Protocol.values().length][65536];
    byKey.forEach((k, v) -> services[(int) (k >>> 32)][(int) (k & 0xffff)] = v);
    size = byKey.size();
  }

  public Optional<Service> lookup(int port, Protocol protocol) {
    return port < 0 || port > 65535
        ? Optional.empty()
        : Optional.ofNullable(services[protocol.ordinal()][port]);
  }

  /** Number of port/protocol pairs known. */
  public int size() {
    return size;
  }

  /** The IANA registry with the de-facto overlay, loaded once. */
  public static PortRegistry standard() {
    return Holder.STANDARD;
  }

  /**
   * Reads tab-separated {@code port protocol service description} rows ('#' starts a comment); rows
   * of a later {@code overlay} add their service as the common use of the port.
   */
  static PortRegistry load(InputStream iana, InputStream overlay) throws IOException {
    Map<Long, Service> map = new HashMap<>();
    for (String[] row : rows(iana)) {
      map.put(
          key(Integer.parseInt(row[0]), Protocol.parse(row[1]).orElseThrow()),
          new Service(row[2], row.length > 3 ? row[3] : "", ""));
    }
    if (overlay != null) {
      for (String[] row : rows(overlay)) {
        long k = key(Integer.parseInt(row[0]), Protocol.parse(row[1]).orElseThrow());
        Service iana1 = map.get(k);
        map.put(
            k,
            iana1 == null
                ? new Service(row[2], row.length > 3 ? row[3] : "", row[2])
                : new Service(iana1.name(), iana1.description(), row[2]));
      }
    }
    return new PortRegistry(map);
  }

  private static java.util.List<String[]> rows(InputStream in) throws IOException {
    java.util.List<String[]> rows = new java.util.ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length >= 3 && Protocol.parse(cols[1]).isPresent()) {
          rows.add(cols);
        }
      }
    }
    return rows;
  }

  private static long key(int port, Protocol protocol) {
    return ((long) protocol.ordinal() << 32) | port;
  }

  private static final class Holder {
    static final PortRegistry STANDARD = loadResources();

    private static PortRegistry loadResources() {
      try (InputStream iana = resource("iana-ports.tsv");
          InputStream overlay = resource("de-facto-ports.tsv")) {
        return load(iana, overlay);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static InputStream resource(String name) {
      InputStream in = PortRegistry.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("portcheck jar is missing its resource " + name);
      }
      return in;
    }
  }
}
