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
 * @param kind what the file configures
 * @param field the Kubernetes port field, {@link PortField#OTHER} outside Kubernetes
 * @param owner lower-case names of what listens, blank-separated: a compose service and its image,
 *     a container and its image; empty when nothing says
 * @param privilegedBind whether the container's security context lets the process bind a port below
 *     1024 ({@link PrivilegedBind}); {@code UNSAID} outside a container
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
    String name,
    FileKind kind,
    PortField field,
    String owner,
    PrivilegedBind privilegedBind) {

  /**
   * The scope of the settings of one application, which its {@code application*} and {@code
   * bootstrap*} files share. Every other scope names the file it is in: no other file shares it.
   */
  public static final String APPLICATION_SCOPE = "app";

  /** True when the process is known to run without root and without {@code NET_BIND_SERVICE}. */
  public boolean unprivileged() {
    return privilegedBind == PrivilegedBind.CANNOT;
  }

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
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    owner = owner == null ? "" : owner;
    // A module of thousands of files holds hundreds of thousands of candidates, kept until the
    // reports are written; their keys, values, scopes and owners repeat from file to file. One
    // shared copy of each (the JVM's string table lets go of a copy nothing holds) keeps that
    // heap, and what each garbage collection has to copy, a fraction of the strings' count.
    key = key.intern();
    raw = raw.intern();
    profile = profile.intern();
    scope = scope.intern();
    hostIp = hostIp.intern();
    name = name.intern();
    owner = owner.intern();
  }

  /** The same candidate in another profile. */
  public PortCandidate withProfile(String newProfile) {
    return with(newProfile, role);
  }

  /** The same candidate with another role. */
  public PortCandidate withRole(Role newRole) {
    return with(profile, newRole);
  }

  private PortCandidate with(String newProfile, Role newRole) {
    return new PortCandidate(
        file,
        line,
        column,
        document,
        key,
        raw,
        newProfile,
        scope,
        newRole,
        protocol,
        hostIp,
        ports,
        name,
        kind,
        field,
        owner,
        privilegedBind);
  }

  /**
   * Where this setting's own sockets are bound (for a publish, its host side): nowhere for a client
   * address or a setting of unknown direction.
   */
  public Binding binding() {
    if (role == Role.MAPPING) {
      return Binding.HOST;
    }
    if (role != Role.LISTEN || field == PortField.LISTEN_FLAG) {
      return Binding.NONE;
    }
    return switch (kind) {
      case APPLICATION, OTHER -> Binding.HOST_PROCESS;
      case COMPOSE ->
          dev.portcheck.core.entries.ComposeKeys.isServiceKey(key)
              ? Binding.CONTAINER
              : Binding.NONE;
      case KUBERNETES, HELM_VALUES ->
          switch (field) {
            case CONTAINER_PORT -> Binding.POD;
            case HOST_PORT, NODE_PORT -> Binding.HOST;
            default -> Binding.NONE;
          };
      // EXPOSE binds nothing: the image's process does, in whatever container runs it; so does an
      // nginx configuration, in whatever container loads it.
      case ENV, DOCKERFILE, NGINX -> Binding.NONE;
    };
  }

  /**
   * Where one literal of this setting is bound: the container side of a publish is the container's.
   */
  public Binding bindingOf(PortLiteral p) {
    Binding own = binding();
    if (own != Binding.NONE && p.side() == PortLiteral.Side.CONTAINER) {
      return Binding.CONTAINER;
    }
    return own;
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

  /**
   * The ports this setting binds where it is bound ({@link #binding()}): listen ports, or the host
   * side of a mapping; none for a setting that binds nothing (a Service port, a dotenv variable).
   */
  public List<PortLiteral> boundPorts() {
    if ((role != Role.LISTEN && role != Role.MAPPING) || binding() == Binding.NONE) {
      return List.of();
    }
    boolean listen = role == Role.LISTEN;
    int bound = 0;
    for (PortLiteral p : ports) {
      bound += isBound(p, listen) ? 1 : 0;
    }
    if (bound == ports.size()) {
      return ports; // every rule asks: most settings keep all their ports, which need no copy
    }
    List<PortLiteral> out = new ArrayList<>(bound);
    for (PortLiteral p : ports) {
      if (isBound(p, listen)) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isBound(PortLiteral p, boolean listen) {
    return listen ? p.side() != PortLiteral.Side.CONTAINER : p.side() == PortLiteral.Side.HOST;
  }

  /**
   * The sockets this setting itself opens: its bound ports that are valid and fixed, leaving out 0
   * (a random port) and numbers taken from a reference ({@code ${app.port}}), which are the
   * referenced setting's binding.
   */
  public List<PortLiteral> sockets() {
    List<PortLiteral> bound = boundPorts();
    int open = 0;
    for (PortLiteral p : bound) {
      open += opensSocket(p) ? 1 : 0;
    }
    if (open == bound.size()) {
      return bound;
    }
    List<PortLiteral> out = new ArrayList<>(open);
    for (PortLiteral p : bound) {
      if (opensSocket(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean opensSocket(PortLiteral p) {
    return p.isValidPort() && p.port() != 0 && p.origin() != PortLiteral.Origin.REFERENCE;
  }

  /** Where the candidate is, for messages: {@code file:line key}. */
  public String place() {
    return file + ":" + line + " " + key;
  }
}
