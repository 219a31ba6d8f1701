package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.Binding;
import dev.portcheck.core.candidates.FileKind;
import dev.portcheck.core.candidates.KeyClassifier;
import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortField;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.PortRange;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.registry.HostServices;
import dev.portcheck.core.registry.PortRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A host-side listener (a host process, a published host port, a hostPort) on a port that hosts
 * commonly have taken ({@link HostServices}): it fails to bind, or takes the port from the service
 * everyone expects there. Inside a container or pod nothing else listens, so those ports are never
 * judged here; a listener that is that service (named so by its key, image, service, container or
 * application) is no clash.
 */
public final class WellKnownPortRule extends PortByPortRule {
  public static final RuleInfo INFO =
      new RuleInfo(
          "well-known-port",
          Severity.WARNING,
          "Host port that a common host service holds",
          "A host process or published host port on a port that machines commonly have taken "
              + "(22 sshd, 25 mail agents, 53 the systemd-resolved stub, 111 rpcbind, 631 CUPS, "
              + "5353 mDNS; local databases and brokers as infos) fails to bind or takes that "
              + "service's port. wellKnownPorts=iana adds every IANA name as an info.");

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
          "frontend",
          "front",
          "caddy",
          "haproxy",
          "envoy");

  private final HostServices hostServices;
  // Loaded on first use: only wellKnownPorts=iana asks it, and its 11,000 rows cost a cold start.
  private final Supplier<PortRegistry> registry;
  private final WellKnownPorts scope;

  public WellKnownPortRule(
      HostServices hostServices, Supplier<PortRegistry> registry, WellKnownPorts scope) {
    super(INFO);
    this.hostServices = hostServices;
    this.registry = registry;
    this.scope = scope;
  }

  @Override
  Finding check(PortCandidate c, PortLiteral p) {
    if (!p.isValidPort()
        || p.port() == 0
        || p.origin() != PortLiteral.Origin.LITERAL
            && p.origin() != PortLiteral.Origin.PLACEHOLDER_DEFAULT
            && p.origin() != PortLiteral.Origin.VARIABLE) {
      return null;
    }
    Binding binding = c.bindingOf(p);
    if (!binding.sharedWithHostClients()) {
      return null;
    }
    Optional<HostServices.HostService> held = hostServices.lookup(p.port(), c.protocol());
    if (held.isPresent()) {
      HostServices.HostService s = held.get();
      boolean system = PortRange.of(p.port()) == PortRange.SYSTEM;
      if (!s.collidesOn(c.hostIp()) || mayBeThatService(c, binding, system, s)) {
        return null;
      }
      Severity severity = system ? Severity.WARNING : Severity.INFO;
      return Findings.at(INFO, c, p, where(c, p) + ": " + s.heldBy() + "; " + s.advice())
          .withSeverity(severity);
    }
    if (scope != WellKnownPorts.IANA) {
      return null;
    }
    return registry
        .get()
        .lookup(p.port(), c.protocol())
        .filter(service -> !isThatService(c, service::isNamed))
        .map(
            service ->
                Findings.at(
                        INFO,
                        c,
                        p,
                        where(c, p)
                            + ": IANA registers it to "
                            + service.describe()
                            + "; choose a port no other service expects")
                    .withSeverity(Severity.INFO))
        .orElse(null);
  }

  /** What binds the port where: {@code publishes host port 53/udp (system range 0-1023)}. */
  private static String where(PortCandidate c, PortLiteral p) {
    String port =
        p.port() + "/" + c.protocol().id() + " (" + PortRange.of(p.port()).describe() + ")";
    if (c.role() == Role.MAPPING) {
      return "publishes host port " + port;
    }
    if (c.field() == PortField.HOST_PORT || c.field() == PortField.NODE_PORT) {
      return "binds port " + port + " on the node";
    }
    return "listens on port " + port + " on the host";
  }

  /**
   * A host process may be the host's own daemon (an sshd configured on 22), and a published
   * database may be the developer's only one. A container publishing a system daemon's port is not
   * that daemon: a DNS container on host port 53 still meets the host's stub resolver, an SSH
   * server on 22 the host's sshd. HTTP servers on 80 and 443 are the host's web server in all but
   * name.
   */
  private static boolean mayBeThatService(
      PortCandidate c, Binding binding, boolean system, HostServices.HostService s) {
    boolean http = s.isNamed("http") || s.isNamed("https");
    if (!system && c.role() == Role.MAPPING && c.kind() == FileKind.COMPOSE && c.name().isEmpty()) {
      return true; // a templated image: what runs there, maybe that very database, is unknown
    }
    if (binding == Binding.HOST_PROCESS || !system || http) {
      return isThatService(c, s.names()::contains);
    }
    return false;
  }

  /**
   * A setting for that very service takes no one's port: a word of its key, owner (image, compose
   * service, container, application) or port name names the service, or it is an HTTP server on an
   * HTTP port.
   */
  private static boolean isThatService(
      PortCandidate c, java.util.function.Predicate<String> named) {
    List<String> words = new ArrayList<>();
    for (String segment : KeyClassifier.segments(c.key())) {
      words.addAll(KeyClassifier.words(segment));
    }
    for (String owner : c.owner().split(" ")) {
      words.add(owner);
      words.addAll(KeyClassifier.words(owner));
    }
    words.addAll(KeyClassifier.words(c.name().toLowerCase(Locale.ROOT)));
    boolean http = named.test("http") || named.test("https") || named.test("www-http");
    for (String word : words) {
      if (!word.isEmpty() && (named.test(word) || (http && HTTP_WORDS.contains(word)))) {
        return true;
      }
    }
    // A publish or hostPort on an HTTP port is a web server in all but name: images rarely say
    // "http".
    return http && (c.role() == Role.MAPPING || c.field() == PortField.HOST_PORT);
  }
}
