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

/** Which service a port/protocol pair is registered to. Immutable once loaded; thread-safe. */
public final class PortRegistry {
  /** A registered service. */
  public record Service(String name, String description) {}

  private final Map<Long, Service> services;

  private PortRegistry(Map<Long, Service> services) {
    this.services = Map.copyOf(services);
  }

  public Optional<Service> lookup(int port, Protocol protocol) {
    return Optional.ofNullable(services.get(key(port, protocol)));
  }

  public int size() {
    return services.size();
  }

  /** The seed table shipped with portcheck. */
  public static PortRegistry seed() {
    return SeedHolder.SEED;
  }

  /** Reads tab-separated {@code port protocol service description} rows; '#' starts a comment. */
  public static PortRegistry load(InputStream in) throws IOException {
    Map<Long, Service> map = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        int port = Integer.parseInt(cols[0].trim());
        Optional<Protocol> protocol = Protocol.parse(cols[1]);
        if (protocol.isPresent()) {
          map.put(key(port, protocol.get()),
              new Service(cols[2].trim(), cols.length > 3 ? cols[3].trim() : ""));
        }
      }
    }
    return new PortRegistry(map);
  }

  private static long key(int port, Protocol protocol) {
    return ((long) protocol.ordinal() << 32) | port;
  }

  private static final class SeedHolder {
    static final PortRegistry SEED = loadResource("seed-ports.tsv");

    private static PortRegistry loadResource(String name) {
      try (InputStream in = PortRegistry.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
