package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.KeyClassifier;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.PortRange;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.registry.PortRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A listen setting on another service's well-known port. Dialling such a port is normal; binding it
 * takes it from the service everyone else expects there. HTTP(S) servers on 80/443 are that
 * service, so they are no clash.
 */
public final class WellKnownPortRule implements CandidateRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "well-known-port",
          Severity.WARNING,
          "Listen port registered to another service",
          "Listening on a port that the IANA registry (or common use) assigns to another service "
              + "(22 SSH, 25 SMTP, 53 DNS, 9092 Kafka...) collides with that service and confuses "
              + "firewalls and people. System-range clashes warn; registered-range ones are info.");

  private static final Set<String> HTTP_WORDS =
      Set.of(
          "http",
          "https",
          "server",
          "web",
          "ssl",
          "tls",
          "ui",
          "ingress",
          "gateway",
          "nginx",
          "httpd",
          "apache",
          "traefik",
          "proxy",
          "frontend");

  private final PortRegistry registry;

  public WellKnownPortRule(PortRegistry registry) {
    this.registry = registry;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(PortCandidate c) {
    List<Finding> found = new ArrayList<>();
    for (PortLiteral p : c.boundPorts()) {
      if (!p.isValidPort() || p.port() == 0 || p.origin() == PortLiteral.Origin.IMPLIED) {
        continue;
      }
      registry
          .lookup(p.port(), c.protocol())
          .ifPresent(
              service -> {
                if (isForService(c, service) || (isHttp(service) && isHttpServer(c))) {
                  return;
                }
                PortRange range = PortRange.of(p.port());
                // Everything in 1024-49151 is registered to someone; only system ports are sure
                // clashes.
                Severity severity = range == PortRange.SYSTEM ? Severity.WARNING : Severity.INFO;
                found.add(
                    Findings.at(
                            INFO,
                            c,
                            p,
                            "listens on "
                                + Findings.portWithRange(p.port())
                                + ", which is registered to "
                                + service.describe()
                                + ": choose a port no other service expects")
                        .withSeverity(severity));
              });
    }
    return found;
  }

  private static boolean isHttp(PortRegistry.Service service) {
    return service.name().startsWith("http") || service.name().equals("www-http");
  }

  /** A setting for that very service (a postgres container on 5432) takes no one's port. */
  private static boolean isForService(PortCandidate c, PortRegistry.Service service) {
    for (String segment : KeyClassifier.segments(c.key())) {
      for (String word : KeyClassifier.words(segment)) {
        if (service.isNamed(word)) {
          return true;
        }
      }
    }
    return !c.name().isEmpty() && service.isNamed(c.name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the setting is an HTTP(S) server: its key says so ({@code server.port}, {@code
   * quarkus.http.port}), or it is a container or Service port (Kubernetes, compose) whose name does
   * not say otherwise: 80 and 443 there are web servers in all but name.
   */
  private static boolean isHttpServer(PortCandidate c) {
    for (String segment : KeyClassifier.segments(c.key())) {
      for (String word : KeyClassifier.words(segment)) {
        if (HTTP_WORDS.contains(word)) {
          return true;
        }
      }
    }
    if (c.scope().startsWith("compose:")) {
      return true; // a published container port; the candidate's name is its image, not a protocol
    }
    if (!c.scope().startsWith("k8s:")) {
      return false;
    }
    if (c.name().isEmpty()) {
      return true;
    }
    for (String word : KeyClassifier.words(c.name())) {
      if (HTTP_WORDS.contains(word) || word.equals("http2") || word.equals("h2")) {
        return true;
      }
    }
    return false;
  }
}
