package dev.portcheck.core.registry;

import dev.portcheck.core.candidates.Protocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ports that hosts commonly have taken (sshd, mail agents, the 53 stub resolver, rpcbind, CUPS,
 * mDNS, local databases and brokers): a curated, sourced table, {@code host-services.tsv}. A host
 * listener or publish on one of them collides with a service the machine most likely runs; the rest
 * of the IANA registry names services nobody runs there.
 */
public final class HostServices {
  /**
   * One port a host commonly has taken.
   *
   * @param names what the service goes by, lower case: a listener so named is that service
   * @param address the address the service holds, or {@code *} for every address
   * @param heldBy who holds it, for messages
   * @param advice what to do instead
   */
  public record HostService(
      int port,
      Protocol protocol,
      List<String> names,
      String address,
      String heldBy,
      String advice) {

    /** Whether {@code word} (lower case) names this service. */
    public boolean isNamed(String word) {
      return names.contains(word);
    }

    /**
     * Whether a socket on {@code hostIp} (empty or a wildcard: every address) takes the address
     * this service holds.
     */
    public boolean collidesOn(String hostIp) {
      if (address.equals("*") || hostIp.isEmpty()) {
        return true;
      }
      String ip = hostIp.startsWith("[") ? hostIp.substring(1, hostIp.length() - 1) : hostIp;
      return ip.equals("0.0.0.0") || ip.equals("::") || ip.equals(address);
    }
  }

  private final Map<Long, HostService> byKey;

  private HostServices(Map<Long, HostService> byKey) {
    this.byKey = byKey;
  }

  public Optional<HostService> lookup(int port, Protocol protocol) {
    return Optional.ofNullable(byKey.get(key(port, protocol)));
  }

  public int size() {
    return byKey.size();
  }

  public static HostServices standard() {
    return Holder.STANDARD;
  }

  static HostServices load(InputStream in) throws IOException {
    Map<Long, HostService> byKey = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 7) {
          throw new IOException("host-services.tsv: 7 tab-separated columns expected: " + line);
        }
        int port = Integer.parseInt(f[0]);
        for (String proto : f[1].split(",")) {
          Protocol protocol =
              Protocol.parse(proto).orElseThrow(() -> new IOException("unknown protocol " + proto));
          byKey.put(
              key(port, protocol),
              new HostService(port, protocol, List.of(f[2].split(" ")), f[3], f[4], f[5]));
        }
      }
    }
    return new HostServices(Map.copyOf(byKey));
  }

  private static long key(int port, Protocol protocol) {
    return ((long) protocol.ordinal() << 32) | port;
  }

  private static final class Holder {
    static final HostServices STANDARD = loadResource();

    private static HostServices loadResource() {
      try (InputStream in = HostServices.class.getResourceAsStream("host-services.tsv")) {
        if (in == null) {
          throw new IllegalStateException("host-services.tsv is missing from the class path");
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
