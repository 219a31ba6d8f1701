package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an application registers with a service registry, from the settings of its own
 * configuration files that portcheck reads (those holding a port or an address): Eureka ({@code
 * eureka.client.*}, {@code eureka.instance.*}), Consul ({@code spring.cloud.consul.*}, Micronaut's
 * {@code consul.client.*}), Kubernetes discovery ({@code spring.cloud.kubernetes.discovery.*},
 * Micronaut's {@code kubernetes.client.discovery.*}), ZooKeeper ({@code spring.cloud.zookeeper.*}).
 * Clients find such an application through the registry, so a random listen port is the documented
 * idiom there, not a surprise.
 */
final class ServiceDiscovery {
  private static final List<String> PREFIXES =
      List.of(
          "eureka.client.",
          "eureka.instance.",
          "spring.cloud.consul.",
          "consul.client.",
          "spring.cloud.kubernetes.discovery.",
          "kubernetes.client.discovery.",
          "spring.cloud.zookeeper.");

  private final Set<String> profiles = new HashSet<>();

  private ServiceDiscovery() {}

  /** The profiles of the module's application whose settings name a service registry. */
  static ServiceDiscovery of(List<PortCandidate> candidates) {
    ServiceDiscovery d = new ServiceDiscovery();
    for (PortCandidate c : candidates) {
      if (c.scope().equals(PortCandidate.APPLICATION_SCOPE) && names(c.key())) {
        d.profiles.add(c.profile());
      }
    }
    return d;
  }

  static boolean names(String key) {
    String k = SpecialPortValues.normalized(key);
    // A loop over prefixes written without '-': this runs for every port of the module.
    for (String p : PREFIXES) {
      if (k.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the application of {@code c} registers in {@code c}'s profile or in every profile.
   */
  boolean registers(PortCandidate c) {
    return c.scope().equals(PortCandidate.APPLICATION_SCOPE)
        && (profiles.contains("") || profiles.contains(c.profile()));
  }
}
