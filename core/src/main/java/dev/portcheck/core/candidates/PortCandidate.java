package dev.portcheck.core.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A configured port: the setting that holds it and every port literal in its value.
 *
 * @param file path relative to the module base directory, '/' separated
 * @param line 1-based line of the value
 * @param column 1-based column of the value
 * @param document 0-based YAML document index (0 for other formats)
 * @param profile the profile or environment the setting belongs to; empty for the default
 * @param scope which set of bindings it belongs to, for duplicate detection: {@code app} for an
 *     application's configuration, {@code compose:<file>} for a compose project, {@code
 *     k8s:<file>#<doc>} for one Kubernetes object
 * @param hostIp the address a binding is restricted to; empty means every address
 * @param ports every port literal of the value in textual order; empty when the value holds none
 *     (an unresolved placeholder, a template expression, a named port)
 * @param name what the configuration calls the port or its owner: Kubernetes {@code ports[].name},
 *     the image of a compose service; empty when nothing says
 */
public record PortCandidate(
    String file,
    int line,
    int column,
    int document,
    String key,
    String raw,
    String profile,
    String scope,
    Role role,
    Protocol protocol,
    String hostIp,
    List<PortLiteral> ports,
    String name) {

  /**
   * The scope of the settings of one application, which its {@code application*} and {@code
   * bootstrap*} files share. Every other scope names the file it is in: no other file shares it.
   */
  public static final String APPLICATION_SCOPE = "app";

  public static final Comparator<PortCandidate> ORDER =
      Comparator.comparing(PortCandidate::file)
          .thenComparingInt(PortCandidate::line)
          .thenComparingInt(PortCandidate::column)
          .thenComparing(PortCandidate::key);

  public PortCandidate {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(protocol, "protocol");
    profile = profile == null ? "" : profile;
    scope = scope == null ? "" : scope;
    hostIp = hostIp == null ? "" : hostIp;
    ports = List.copyOf(ports);
    name = name == null ? "" : name;
  }

  /** The same candidate with another role. */
  public PortCandidate withRole(Role newRole) {
    return new PortCandidate(
        file, line, column, document, key, raw, profile, scope, newRole, protocol, hostIp, ports,
        name);
  }

  /**
   * The integer values written in the value, in order (what reports list as {@code ports}):
   * literals and placeholder defaults, not numbers taken from a referenced key or named port.
   */
  public List<Long> portValues() {
    return values(false);
  }

  /** Numbers the value refers to elsewhere ({@code ${app.port}}, a named Kubernetes port). */
  public List<Long> resolvedValues() {
    return values(true);
  }

  // Loops, not streams: these run for every candidate in every rule.
  private List<Long> values(boolean referenced) {
    List<Long> out = new ArrayList<>(ports.size());
    for (PortLiteral p : ports) {
      if (p.isInteger() && (p.origin() == PortLiteral.Origin.REFERENCE) == referenced) {
        out.add(p.value());
      }
    }
    return out;
  }

  /** The ports this setting binds on its host: listen ports, or the host side of a mapping. */
  public List<PortLiteral> boundPorts() {
    if (role != Role.LISTEN && role != Role.MAPPING) {
      return List.of();
    }
    List<PortLiteral> out = new ArrayList<>(ports.size());
    for (PortLiteral p : ports) {
      if (role == Role.LISTEN
          ? p.side() != PortLiteral.Side.CONTAINER
          : p.side() == PortLiteral.Side.HOST) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The sockets this setting itself opens: its bound ports that are valid and fixed, leaving out 0
   * (a random port) and numbers taken from a reference ({@code ${app.port}}), which are the
   * referenced setting's binding.
   */
  public List<PortLiteral> sockets() {
    List<PortLiteral> bound = boundPorts();
    List<PortLiteral> out = new ArrayList<>(bound.size());
    for (PortLiteral p : bound) {
      if (p.isValidPort() && p.port() != 0 && p.origin() != PortLiteral.Origin.REFERENCE) {
        out.add(p);
      }
    }
    return out;
  }

  /** Where the candidate is, for messages: {@code file:line key}. */
  public String place() {
    return file + ":" + line + " " + key;
  }
}
