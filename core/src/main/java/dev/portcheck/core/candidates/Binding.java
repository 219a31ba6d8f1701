package dev.portcheck.core.candidates;

import java.util.Locale;

/**
 * Where a listen setting's socket lives: the network namespace that binds it. A clash, a privileged
 * port or a port in the client range is a failure only where it can happen, so every rule judges a
 * port in its binding.
 */
public enum Binding {
  /** A process run on a machine (an application's or a server's own configuration). */
  HOST_PROCESS("host process"),
  /** A container's own network namespace: a compose service's container side. */
  CONTAINER("container"),
  /** A Kubernetes pod's namespace, which all its containers and sidecars share. */
  POD("pod"),
  /** The host or node itself: a compose published port, a {@code hostPort}, a {@code nodePort}. */
  HOST("host"),
  /**
   * No socket: a Service port (a virtual address), a probe, a policy rule, a client address, a
   * variable that a compose file has yet to use.
   */
  NONE("none");

  private final String description;
  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  Binding(String description) {
    this.description = description;
  }

  /** The id reports use: {@code host-process}, {@code container}, ... */
  public String id() {
    return id;
  }

  /** How messages name it. */
  public String describe() {
    return description;
  }

  /** True where outgoing connections of other processes share the namespace. */
  public boolean sharedWithHostClients() {
    return this == HOST_PROCESS || this == HOST;
  }

  /** True for a namespace of its own (a container or pod), not the host's. */
  public boolean isolated() {
    return this == CONTAINER || this == POD;
  }
}
