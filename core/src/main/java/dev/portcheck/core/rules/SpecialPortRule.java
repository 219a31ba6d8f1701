package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Points out listen values with a special meaning (0 random, -1 off or random), naming the
 * framework the key belongs to. Silent where the random port is the documented idiom: the
 * application registers with a service registry ({@link ServiceDiscovery}), or the key is Quarkus'
 * test port.
 */
public final class SpecialPortRule implements ProjectRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "special-port",
          Severity.INFO,
          "Listen port with a special meaning",
          "0 lets the OS pick a free port; -1 turns Spring Boot's server off or makes Micronaut "
              + "pick one. Valid, but clients cannot know the port in advance; silent where the "
              + "application registers with Eureka, Consul, ZooKeeper or Kubernetes discovery.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(List<PortCandidate> candidates) {
    ServiceDiscovery discovery = ServiceDiscovery.of(candidates);
    List<Finding> found = new ArrayList<>();
    for (PortCandidate c : candidates) {
      for (PortLiteral p : c.ports()) {
        String meaning = SpecialPortValues.meaning(c, p);
        boolean idiom =
            SpecialPortValues.random(c, p)
                && (discovery.registers(c) || SpecialPortValues.testPort(c));
        if (meaning != null && !idiom) {
          found.add(Findings.at(INFO, c, p, meaning));
        }
      }
    }
    return found;
  }
}
