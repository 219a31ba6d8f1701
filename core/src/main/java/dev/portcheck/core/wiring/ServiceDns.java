package dev.portcheck.core.wiring;

import java.util.Optional;

/**
 * A Service named by a Kubernetes DNS name: {@code name}, {@code name.ns}, {@code name.ns.svc} or
 * {@code name.ns.svc.cluster.local} (a trailing dot allowed). Any other host is no Service name.
 *
 * @param namespace the namespace written, or the referring object's when the name is bare
 * @param explicit true when the host writes the namespace
 */
public record ServiceDns(String name, String namespace, boolean explicit, boolean qualified) {

  /** The Service {@code host} names, looked up in {@code defaultNamespace} when it is bare. */
  public static Optional<ServiceDns> parse(String host, String defaultNamespace) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (h.isEmpty() || h.contains("*")) {
      return Optional.empty();
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length == 1) {
      return Optional.of(new ServiceDns(parts[0], defaultNamespace, false, false));
    }
    boolean svc =
        parts.length == 3 && parts[2].equals("svc")
            || parts.length == 5
                && parts[2].equals("svc")
                && parts[3].equals("cluster")
                && parts[4].equals("local");
    return parts.length == 2 || svc
        ? Optional.of(new ServiceDns(parts[0], parts[1], true, svc))
        : Optional.empty();
  }
}
